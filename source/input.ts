/** Where a transcript comes from (a file or standard input) and reading it into the model. */
import {fstatSync, readFileSync, statSync} from 'node:fs';
import {basename} from 'node:path';
import {decodeTranscriptBytes} from './core/decode.js';
import {InputError} from './core/errors.js';
import {parseTranscript} from './core/formats/index.js';
import type {Transcript} from './core/model.js';

export type TranscriptSource =
	| {readonly kind: 'file'; readonly path: string}
	/** `fallback`: the file to read when standard input turns out to be empty. */
	| {readonly kind: 'stdin'; readonly fallback?: string};

const FS_REASONS: Readonly<Record<string, string>> = {
	ENOENT: 'no such file',
	EISDIR: 'is a directory',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'no such file',
	ELOOP: 'too many symbolic links',
	ENAMETOOLONG: 'name too long',
};

/** Whether standard input carries data (a pipe, a socket or a file), not a terminal or /dev/null. */
export function stdinHasData(): boolean {
	try {
		const stat = fstatSync(0);
		return stat.isFIFO() || stat.isFile() || stat.isSocket();
	} catch {
		return false;
	}
}

/** About 300 hours of speech; larger input is refused before it can exhaust memory. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

function checkSize(source: TranscriptSource, bytes: number) {
	if (bytes <= MAX_INPUT_BYTES) return;
	const megabytes = (size: number) => `${Math.round(size / 1024 / 1024)} MB`;
	throw new InputError(`'${describe(source)}' is too large (${megabytes(bytes)}; Parley reads transcripts up to ${megabytes(MAX_INPUT_BYTES)})`);
}

function readBytes(source: TranscriptSource): Uint8Array {
	try {
		if (source.kind === 'file') checkSize(source, statSync(source.path).size);
		const bytes = readFileSync(source.kind === 'stdin' ? 0 : source.path);
		checkSize(source, bytes.length);
		return bytes;
	} catch (error) {
		if (error instanceof InputError) throw error;
		const code = (error as NodeJS.ErrnoException).code ?? '';
		throw new InputError(`cannot open '${describe(source)}': ${FS_REASONS[code] ?? (error as Error).message}`);
	}
}

export function describe(source: TranscriptSource): string {
	return source.kind === 'stdin' ? 'standard input' : source.path;
}

/** Read and parse a transcript; every problem with the input becomes a one-line `InputError`. */
export function loadTranscript(source: TranscriptSource): Transcript {
	const bytes = readBytes(source);
	if (source.kind === 'stdin' && bytes.length === 0 && source.fallback !== undefined) {
		return loadTranscript({kind: 'file', path: source.fallback});
	}

	try {
		const {text, warnings} = decodeTranscriptBytes(bytes);
		const transcript = parseTranscript(text);
		const title = transcript.title || (source.kind === 'file' ? basename(source.path) : 'standard input');
		return {...transcript, title, warnings: [...warnings, ...transcript.warnings]};
	} catch (error) {
		if (error instanceof InputError) throw new InputError(`'${describe(source)}' ${error.message}`);
		throw error;
	}
}
