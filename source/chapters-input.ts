/** The chapters file for a transcript: the one the user names, or one beside the transcript. */
import {existsSync, readFileSync} from 'node:fs';
import {basename, dirname, extname, join} from 'node:path';
import type {ChapterEntry} from './core/chapters/chapter.js';
import {parseChaptersFile} from './core/chapters/files.js';
import {chaptersFileProblem, type GivenChapters} from './core/chapters/index.js';
import {InputError} from './core/errors.js';
import type {Transcript} from './core/model.js';
import {sanitizeLine} from './core/sanitize.js';
import type {TranscriptSource} from './input.js';

/** Far more than any chapters file; a larger one is not read. */
const MAX_CHAPTERS_BYTES = 1024 * 1024;
const SIDECAR_EXTENSIONS = ['json', 'txt', 'vtt'];
const FALLBACK = "; using the transcript's own chapters instead";

/** For `ep.txt`: `ep.chapters.json`, `ep.chapters.txt`, `ep.chapters.vtt`. */
export function sidecarPaths(transcriptPath: string): string[] {
	const stem = basename(transcriptPath, extname(transcriptPath));
	return SIDECAR_EXTENSIONS.map(extension => join(dirname(transcriptPath), `${stem}.chapters.${extension}`));
}

function readChaptersText(path: string): string {
	try {
		const bytes = readFileSync(path);
		if (bytes.length > MAX_CHAPTERS_BYTES) throw new InputError(`chapters file '${path}' is too large (over 1 MB)`);
		return new TextDecoder().decode(bytes);
	} catch (error) {
		if (error instanceof InputError) throw error;
		const {code} = error as NodeJS.ErrnoException;
		throw new InputError(`cannot open chapters file '${path}': ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
	}
}

function parsedOrWarning(path: string, text: string, transcript: Transcript): {given?: GivenChapters; warning?: string} {
	const name = sanitizeLine(basename(path));
	let entries: ChapterEntry[];
	try {
		entries = parseChaptersFile(text, path).entries;
	} catch (error) {
		if (error instanceof InputError) return {warning: `chapters file '${name}' ${error.message}${FALLBACK}`};
		throw error;
	}

	const problem = chaptersFileProblem(transcript, entries);
	return problem ? {warning: `chapters file '${name}' ${problem}${FALLBACK}`} : {given: {name, entries}};
}

/**
 * The chapters file to use: `--chapters FILE` (which must exist), else one beside a transcript
 * file. A file that cannot be used is a warning, and the transcript's own chapters are used.
 */
export function readGivenChapters(flag: string | undefined, source: TranscriptSource, transcript: Transcript): {given?: GivenChapters; warning?: string} {
	const path = flag ?? (source.kind === 'file' ? sidecarPaths(source.path).find(candidate => existsSync(candidate)) : undefined);
	if (path === undefined) return {};
	return parsedOrWarning(path, readChaptersText(path), transcript);
}
