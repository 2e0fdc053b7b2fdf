import type {Transcript} from '../model.js';

/** One transcript file format. Parsers throw `InputError` for input they cannot read. */
export type TranscriptFormat = {
	readonly name: string;
	/** How sure we are (0 = not this format, 1 = certainly) that `text` is in this format. */
	detect(text: string): number;
	parse(text: string): Transcript;
};
