/** Where a transcript comes from (a file or standard input) and reading it into the model. */
import {createReadStream, fstatSync} from 'node:fs';
import {basename} from 'node:path';
import {decodeTranscriptBytes} from '../core/decode.js';
import {InputError} from '../core/errors.js';
import {parseTranscript} from '../core/formats/index.js';
import type {Transcript} from '../core/model.js';
import {sanitizeLine} from '../core/sanitize.js';

export type TranscriptSource =
	| {readonly kind: 'file'; readonly path: string}
	/** `fallback`: the file to read when standard input turns out to be empty. */
	| {readonly kind: 'stdin'; readonly fallback?: string};

/** About 150 hours of speech. Reading stops past it, so a huge file or `/dev/zero` cannot exhaust memory. */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;

const FS_REASONS: Readonly<Record<string, string>> = {
	ENOENT: 'no such file',
	EISDIR: 'is a directory',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'no such file',
	ELOOP: 'too many symbolic links',
	ENAMETOOLONG: 'name too long',
};

/** Why a file could not be opened, in a few words. */
export function fsReason(error: unknown): string {
	return FS_REASONS[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message;
}

/** Whether standard input carries data (a pipe, a socket or a file), not a terminal or /dev/null. */
export function stdinHasData(): boolean {
	try {
		const stat = fstatSync(0);
		return stat.isFIFO() || stat.isFile() || stat.isSocket();
	} catch {
		return false;
	}
}

/** The source as messages name it; a file name is untrusted text like any other. */
export function nameOf(source: TranscriptSource): string {
	return source.kind === 'stdin' ? 'standard input' : sanitizeLine(source.path);
}

async function readCapped(chunks: AsyncIterable<Buffer>, source: TranscriptSource): Promise<Uint8Array> {
	const parts: Buffer[] = [];
	let size = 0;
	for await (const chunk of chunks) {
		size += chunk.length;
		if (size > MAX_INPUT_BYTES) throw new InputError(`'${nameOf(source)}' is too large: Parley reads transcripts of up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
		parts.push(chunk);
	}

	return Buffer.concat(parts, size);
}

/** A pipe that stays silent looks like a hang: say what Parley is waiting for. */
const STDIN_NOTICE_MS = 1000;

async function readBytes(source: TranscriptSource): Promise<Uint8Array> {
	const notice =
		source.kind === 'stdin' ? setTimeout(() => process.stderr.write('parley: waiting for a transcript on standard input…\n'), STDIN_NOTICE_MS) : undefined;
	try {
		return await readCapped(source.kind === 'stdin' ? process.stdin : createReadStream(source.path), source);
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw new InputError(`cannot open '${nameOf(source)}': ${fsReason(error)}`);
	} finally {
		clearTimeout(notice);
	}
}

async function parseBytes(bytes: Uint8Array, source: TranscriptSource, from: string | undefined): Promise<Transcript> {
	try {
		const {text, warnings} = decodeTranscriptBytes(bytes);
		const transcript = await parseTranscript(text, {from, fileName: source.kind === 'file' ? source.path : ''});
		return {...transcript, warnings: [...warnings, ...transcript.warnings]};
	} catch (error) {
		if (error instanceof InputError) throw new InputError(`'${nameOf(source)}' ${error.message}`);
		throw error;
	}
}

/** A transcript to show has a title: its own, or else its file's name. (Exports keep their own.) */
export function withTitle(transcript: Transcript, source: TranscriptSource): Transcript {
	if (transcript.title) return transcript;
	return {...transcript, title: source.kind === 'file' ? sanitizeLine(basename(source.path)) : 'standard input'};
}

/** Read and parse a transcript; every problem with the input becomes a one-line `InputError`. */
export async function loadTranscript(source: TranscriptSource, from?: string): Promise<Transcript> {
	const bytes = await readBytes(source);
	if (source.kind === 'stdin' && bytes.length === 0 && source.fallback !== undefined) {
		return loadTranscript({kind: 'file', path: source.fallback});
	}

	return parseBytes(bytes, source, from);
}
