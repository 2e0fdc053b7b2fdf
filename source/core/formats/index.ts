import {InputError} from '../errors.js';
import type {Transcript} from '../model.js';
import type {TranscriptFormat} from './format.js';
import {stampedText} from './stamped-text.js';

export const formats: readonly TranscriptFormat[] = [stampedText];

/** Parse `text` with the format that recognises it best. */
export function parseTranscript(text: string): Transcript {
	const format = detectFormat(text);
	if (!format) throw new InputError('is not a transcript Parley can read (no timestamps found)');
	return format.parse(text);
}

/** Below this, a file with a few times in it (notes, a README) is not taken for a transcript. */
const MIN_CONFIDENCE = 0.1;

function detectFormat(text: string): TranscriptFormat | undefined {
	let best: TranscriptFormat | undefined;
	let bestScore = MIN_CONFIDENCE;
	for (const format of formats) {
		const score = format.detect(text);
		if (score >= bestScore) {
			best = format;
			bestScore = score;
		}
	}

	return best;
}
