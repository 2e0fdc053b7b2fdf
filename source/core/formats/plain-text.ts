/*
 * Plain text with no times: `NAME: text` lines start a speaker's turn, other lines continue it and
 * a blank line starts a new paragraph. The transcript is untimed: Parley shows no clock for it.
 */
import {InputError} from '../errors.js';
import {buildTranscript, type DraftParagraph, type Transcript} from '../model.js';
import {cleanCueText, speakerPrefixes} from './cues.js';
import type {TranscriptFormat} from './format.js';
import {isStampLine} from './stamped-text.js';

function speakerLines(lines: readonly string[]) {
	const split = speakerPrefixes(lines.map(line => line.trim()));
	return lines.map(line => split(line.trim()));
}

function parse(text: string): Transcript {
	const lines = text.split('\n');
	const read = speakerLines(lines);
	const title = read[0]?.speaker === undefined ? cleanCueText(lines[0] ?? '') : '';
	const drafts: DraftParagraph[] = [];
	let speaker: string | undefined;
	let continuing = false;
	for (const [index, line] of read.entries()) {
		if (index === 0 && title !== '') continue;
		const body = cleanCueText(line.text);
		if (line.speaker !== undefined) {
			speaker = line.speaker;
			continuing = false;
		}

		if (body === '') {
			if (line.speaker === undefined) continuing = false;
			continue;
		}

		if (continuing) {
			const last = drafts.pop()!;
			drafts.push({...last, text: `${last.text} ${body}`});
		} else {
			drafts.push({speaker, start: 0, stamped: false, text: body});
		}

		continuing = true;
	}

	if (drafts.length === 0) throw new InputError('has speakers but no transcript text');
	return buildTranscript(title, drafts, {timed: false});
}

function detect(text: string): number {
	const lines = text.split('\n', 2000).filter(line => line.trim() !== '');
	// Lines that are times (`00:01:02`, `Name:<TAB>00:01:02`) make it the bundled format.
	if (lines.some(line => isStampLine(line))) return 0;
	const named = speakerLines(lines).filter(line => line.speaker !== undefined).length;
	return named < 2 ? 0 : Math.min(0.6, (1.5 * named) / lines.length);
}

export const plainText: TranscriptFormat = {name: 'plain-text', detect, parse};
