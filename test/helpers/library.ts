/** Folders of transcripts made for the library's tests, from Parley's own fixtures, and their indexes kept in a scratch cache. */
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {refreshIndex} from '../../source/library/indexer.js';
import {openLibrary, type Library} from '../../source/library/library.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

/**
 * A small archive: three made-up episodes in sub-folders (one dated in its name, one in two
 * formats), a file beside one that is no episode, and a file that is not a transcript.
 */
export const ARCHIVE: Readonly<Record<string, string>> = {
	'tidelines/2024-03-01-harbours.txt': fixture('refs/second-episode.txt'),
	'tidelines/third.txt': fixture('refs/third-episode.txt'),
	'tidelines/third.vtt': fixture('formats/voices.vtt'),
	'tidelines/third.chapters.json': '{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Start"}]}',
	'more/deep/fourth.txt': fixture('refs/fourth-episode.txt'),
	'more/walk.txt': fixture('formats/timed-lines.txt'),
	'notes.md': 'Things to read this week, and nothing else.\n',
};

/** A folder holding `files` (paths relative to it, sub-folders made). */
export function folderOf(files: Readonly<Record<string, string>>): string {
	const folder = mkdtempSync(join(tmpdir(), 'parley-library-'));
	writeFiles(folder, files);
	return folder;
}

export function writeFiles(folder: string, files: Readonly<Record<string, string>>) {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(folder, path)), {recursive: true});
		writeFileSync(join(folder, path), text);
	}
}

/** A cache of its own for a test: where the libraries' indexes go. */
export const scratchCache = (): NodeJS.ProcessEnv => ({XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'parley-cache-'))});

/** The library of `folder`, its index brought up to date. */
export async function indexedLibrary(folder: string, env: NodeJS.ProcessEnv = scratchCache()): Promise<Library> {
	const library = openLibrary(folder, env);
	await refreshIndex(library.folder, library.index);
	return library;
}
