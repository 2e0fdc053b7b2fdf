/** Small files that go with a transcript (chapters, references): found beside it by its name, read with care. */
import {readFileSync} from 'node:fs';
import {basename, dirname, extname, join} from 'node:path';
import {decodeTranscriptBytes} from '../core/decode.js';
import {InputError} from '../core/errors.js';
import {sanitizeLine} from '../core/sanitize.js';

/** Far more than any chapters or references file; a larger one is not read. */
const MAX_SIDE_FILE_BYTES = 1024 * 1024;

/** For `ep.txt` and `chapters.json`: `ep.chapters.json`, in the transcript's folder. */
export function besideTranscript(transcriptPath: string, suffix: string): string {
	const stem = basename(transcriptPath, extname(transcriptPath));
	return join(dirname(transcriptPath), `${stem}.${suffix}`);
}

/** A side file as messages name it: `'ep.refs.json'` (a file name is untrusted text). */
export function sideFileName(path: string): string {
	return `'${sanitizeLine(basename(path))}'`;
}

/** A side file's text, decoded as a transcript is; what is wrong with it is one `InputError`. */
function readSideText(path: string, kind: string, maxBytes: number): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		const {code} = error as NodeJS.ErrnoException;
		throw new InputError(
			`cannot open: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`,
		);
	}

	if (bytes.length > maxBytes) throw new InputError(`is too large (over ${maxBytes / (1024 * 1024)} MB)`);
	return decodeTranscriptBytes(bytes, kind).text;
}

/**
 * A side file read and parsed: what `parse` makes of it, or why it cannot be used (it cannot be
 * read, or `parse` throws an `InputError`). Other errors are bugs, and are thrown.
 */
export function readSideFile<T>(
	path: string,
	kind: string,
	parse: (text: string) => T,
	maxBytes = MAX_SIDE_FILE_BYTES,
): {readonly value: T} | {readonly problem: string} {
	try {
		return {value: parse(readSideText(path, kind, maxBytes))};
	} catch (error) {
		if (error instanceof InputError) return {problem: error.message};
		throw error;
	}
}
