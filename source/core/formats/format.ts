import type {Transcript} from '../model.js';
import {cleanText} from '../sanitize.js';

/** One transcript file format. Parsers throw (or reject with) `InputError` for input they cannot read. */
export type TranscriptFormat = {
	readonly name: string;
	/** How sure we are (0 = not this format, 1 = certainly) that `text` is in this format. */
	detect(text: string): number;
	/** Formats that need a library load it when first used (start-up stays short): so, a promise. */
	parse(text: string): Transcript | Promise<Transcript>;
};

/** A first line that is not part of the transcript (`isContent` says) is its title; the rest are its lines. */
export function splitTitle(lines: readonly string[], isContent: (line: string) => boolean): {title: string; body: readonly string[]} {
	const first = lines[0] ?? '';
	return isContent(first) ? {title: '', body: lines} : {title: cleanText(first), body: lines.slice(1)};
}
