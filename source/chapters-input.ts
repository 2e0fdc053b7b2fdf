/** The chapters file for a transcript: the one the user names, or one beside the transcript. */
import {existsSync, readFileSync} from 'node:fs';
import {basename, dirname, extname, join} from 'node:path';
import type {ChapterEntry} from './core/chapters/chapter.js';
import {parseChaptersFile} from './core/chapters/files.js';
import {checkChaptersFile, type GivenChapters} from './core/chapters/index.js';
import {decodeTranscriptBytes} from './core/decode.js';
import {InputError} from './core/errors.js';
import type {Transcript} from './core/model.js';
import {sanitizeLine} from './core/sanitize.js';
import type {TranscriptSource} from './input.js';

/** Far more than any chapters file; a larger one is not read. */
const MAX_CHAPTERS_BYTES = 1024 * 1024;
const SIDECAR_EXTENSIONS = ['json', 'txt', 'vtt'];
/** A chapters file found, and what became of it: its chapters to use, or why it is not used. */
type Found = {readonly given?: GivenChapters; readonly warnings: readonly string[]; readonly unused?: string};

/** For `ep.txt`: `ep.chapters.json`, `ep.chapters.txt`, `ep.chapters.vtt`. */
export function sidecarPaths(transcriptPath: string): string[] {
	const stem = basename(transcriptPath, extname(transcriptPath));
	return SIDECAR_EXTENSIONS.map(extension => join(dirname(transcriptPath), `${stem}.chapters.${extension}`));
}

function readChaptersText(path: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		const {code} = error as NodeJS.ErrnoException;
		throw new InputError(`cannot open: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
	}

	if (bytes.length > MAX_CHAPTERS_BYTES) throw new InputError('is too large (over 1 MB)');
	return decodeTranscriptBytes(bytes, 'a chapters file').text;
}

function entriesIn(path: string): ChapterEntry[] {
	return parseChaptersFile(readChaptersText(path), path).entries;
}

/** A chapters file that cannot be read or used is a warning: the transcript's own chapters are used. */
function chaptersIn(path: string, transcript: Transcript): Found {
	const name = `'${sanitizeLine(basename(path))}'`;
	const notUsed = (reason: string): Found => {
		const unused = `chapters not used: ${name} ${reason}`;
		return {warnings: [unused], unused};
	};

	let entries: ChapterEntry[];
	try {
		entries = entriesIn(path);
	} catch (error) {
		if (error instanceof InputError) return notUsed(error.message);
		throw error;
	}

	const {usable, problem} = checkChaptersFile(transcript, entries);
	if (usable.length === 0) return notUsed(problem!);
	return problem ? {given: {entries: usable, note: problem}, warnings: [`chapters file ${name}: ${problem}`]} : {given: {entries: usable}, warnings: []};
}

/**
 * The chapters file to use: `--chapters FILE` (which must exist), else one beside a transcript
 * file, with warnings about it.
 */
export function readGivenChapters(flag: string | undefined, source: TranscriptSource, transcript: Transcript): Found {
	if (flag !== undefined) {
		if (flag.trim() === '') throw new InputError('--chapters expects a FILE');
		if (!existsSync(flag)) throw new InputError(`cannot open chapters file '${flag}': no such file`);
		return chaptersIn(flag, transcript);
	}

	// Beside the transcript: the first that can be used, with warnings about any before it.
	const warnings: string[] = [];
	const beside = source.kind === 'file' ? sidecarPaths(source.path).filter(candidate => existsSync(candidate)) : [];
	for (const path of beside) {
		const found = chaptersIn(path, transcript);
		warnings.push(...found.warnings);
		if (found.given) return {given: found.given, warnings};
	}

	return {warnings};
}
