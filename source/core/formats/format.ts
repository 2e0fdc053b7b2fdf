import type {Transcript} from '../model.js';

/** One transcript file format. Parsers throw (or reject with) `InputError` for input they cannot read. */
export type TranscriptFormat = {
	readonly name: string;
	/** How sure we are (0 = not this format, 1 = certainly) that `text` is in this format. */
	detect(text: string): number;
	/** Formats that need a library load it when first used (start-up stays short): so, a promise. */
	parse(text: string): Transcript | Promise<Transcript>;
};
