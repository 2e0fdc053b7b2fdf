import {InputError} from '../errors.js';
import type {Transcript} from '../model.js';
import {srt, webVtt} from './captions.js';
import type {TranscriptFormat} from './format.js';
import {markdown} from './markdown.js';
import {plainText} from './plain-text.js';
import {podcastHtml} from './podcast-html.js';
import {podcastJson, whisperJson} from './segments.js';
import {stampedText} from './stamped-text.js';
import {timedLines} from './timed-lines.js';
import {whisperTsv} from './whisper-tsv.js';

/** Every format Parley reads. On a tie in detection, the earlier one wins. */
export const formats: readonly TranscriptFormat[] = [
	webVtt,
	podcastJson,
	whisperJson,
	whisperTsv,
	podcastHtml,
	srt,
	markdown,
	stampedText,
	timedLines,
	plainText,
];

/** What `--from` takes: a format's name, or `txt` for any of the plain-text ones. */
const FAMILIES: Readonly<Record<string, readonly TranscriptFormat[]>> = {
	...Object.fromEntries(formats.map(format => [format.name, [format]])),
	txt: [stampedText, timedLines, plainText],
};

export const FROM_NAMES = Object.keys(FAMILIES);

/** File extensions and the formats they suggest: a hint that breaks near-ties, never proof. */
const EXTENSION_HINTS: Readonly<Record<string, readonly string[]>> = {
	vtt: ['vtt'],
	srt: ['srt'],
	json: ['json', 'whisper-json'],
	tsv: ['whisper-tsv'],
	html: ['html'],
	htm: ['html'],
	md: ['md'],
	markdown: ['md'],
};

const HINT_BONUS = 0.05;

/** Below this, a file that merely has a few times or names with colons in it is not taken for a transcript. */
const MIN_CONFIDENCE = 0.1;

function detectFormat(text: string, candidates: readonly TranscriptFormat[], hinted: readonly string[]): TranscriptFormat | undefined {
	let best: TranscriptFormat | undefined;
	let bestScore = MIN_CONFIDENCE;
	for (const format of candidates) {
		const detected = format.detect(text);
		const score = detected > 0 && hinted.includes(format.name) ? detected + HINT_BONUS : detected;
		if (score > bestScore || (best === undefined && score === bestScore)) {
			best = format;
			bestScore = score;
		}
	}

	return best;
}

export type ParseOptions = {
	/** A name from `FROM_NAMES`: read as that format (or family) instead of detecting among all. */
	readonly from?: string;
	/** The file's name, whose extension hints at the format. */
	readonly fileName?: string;
};

/** The format `text` is in, by its content, `from` and the file name's extension. */
export function chooseFormat(text: string, {from, fileName = ''}: ParseOptions = {}): TranscriptFormat {
	const candidates = from === undefined ? formats : FAMILIES[from];
	if (!candidates) throw new InputError(`--from expects one of ${FROM_NAMES.join(', ')}; got '${from}'`);
	const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
	const format = candidates.length === 1 ? candidates[0] : detectFormat(text, candidates, EXTENSION_HINTS[extension] ?? []);
	if (!format) throw new InputError('is not a transcript Parley can read (no timestamps or speakers found)');
	return format;
}

export async function parseTranscript(text: string, options: ParseOptions = {}): Promise<Transcript> {
	return chooseFormat(text, options).parse(text);
}
