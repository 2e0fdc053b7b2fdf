/**
 * The files of a folder that may be transcripts, sub-folders included, grouped into episodes: the
 * same episode in several formats (`ep.txt` and `ep.vtt`) is one, read from the format that says
 * the most (times per caption first). Files beside a transcript (`ep.chapters.json`,
 * `ep.refs.json`, `ep.notes.md`, audio) are not episodes.
 */
import {type Dirent, readdirSync, statSync} from 'node:fs';
import {extname, join} from 'node:path';

/** Extensions a transcript may have, in the order an episode's formats are preferred. */
const TRANSCRIPT_EXTENSIONS = ['vtt', 'srt', 'json', 'md', 'markdown', 'html', 'htm', 'txt', 'tsv'];
/** What files beside a transcript are called: `ep.chapters.json`. */
const SIDE_FILE = /\.(?:chapters|refs|notes)\.[a-z]+$/i;
/** The side files the works of an episode come from too: when one comes, goes or changes, they are found again. */
const WORKS_SIDE_FILE = /\.(?:refs|notes)\.[a-z]+$/i;
/** Folders nobody keeps transcripts in. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** A folder tree deeper than this is a loop of links or a mistake, not an archive. */
const MAX_DEPTH = 32;

export type ScannedFile = {
	/** Relative to the library's folder, with `/`. */
	readonly path: string;
	readonly size: number;
	readonly mtimeMs: number;
};

export type ScannedEpisode = {
	/** The episode's key: its files' path without the extension (`2024/ep-12`). */
	readonly key: string;
	/** The file read for it. */
	readonly file: ScannedFile;
	/** Its formats, the one read first: `['vtt', 'txt']`. */
	readonly formats: readonly string[];
	/** Its references and notes files, each with its size and time (empty when none): a change here is a change of the episode. */
	readonly sides: string;
};

export type Scan = {readonly episodes: readonly ScannedEpisode[]; readonly files: number};

const extensionOf = (name: string) => extname(name).slice(1).toLowerCase();

function isCandidate(name: string): boolean {
	return !name.startsWith('.') && ((TRANSCRIPT_EXTENSIONS.includes(extensionOf(name)) && !SIDE_FILE.test(name)) || WORKS_SIDE_FILE.test(name));
}

/** `under` is `folder` relative to the library's, with `/` (built as the walk goes down: path.relative per file costs ~20 ms in 1,000). */
function walk(folder: string, under: string, depth: number, found: ScannedFile[]) {
	if (depth > MAX_DEPTH) return;
	let entries: Dirent[];
	try {
		entries = readdirSync(folder, {withFileTypes: true});
	} catch {
		// A folder that cannot be read (permissions) has nothing Parley can read either.
		return;
	}

	for (const entry of entries) {
		const path = join(folder, entry.name);
		const relativePath = `${under}${entry.name}`;
		if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) walk(path, `${relativePath}/`, depth + 1, found);
		else if ((entry.isFile() || entry.isSymbolicLink()) && isCandidate(entry.name)) {
			try {
				const stat = statSync(path);
				if (stat.isFile()) found.push({path: relativePath, size: stat.size, mtimeMs: stat.mtimeMs});
			} catch {
				// A broken link is no file.
			}
		}
	}
}

const rank = (file: ScannedFile) => TRANSCRIPT_EXTENSIONS.indexOf(extensionOf(file.path));

/** `ep.notes.md 512 1709280000000` a line, in name order. */
const sidesOf = (files: readonly ScannedFile[]) =>
	files
		.map(file => `${file.path} ${file.size} ${file.mtimeMs}`)
		.sort()
		.join('\n');

/** Every episode under `root`, in path order. */
export function scanFolder(root: string): Scan {
	const found: ScannedFile[] = [];
	walk(root, '', 0, found);
	const files = found.filter(file => !WORKS_SIDE_FILE.test(file.path));
	const byKey = new Map<string, ScannedFile[]>();
	for (const file of files) {
		const key = file.path.slice(0, file.path.length - extname(file.path).length);
		byKey.set(key, [...(byKey.get(key) ?? []), file]);
	}

	const sides = new Map<string, ScannedFile[]>();
	for (const file of found.filter(each => WORKS_SIDE_FILE.test(each.path))) {
		const key = file.path.replace(WORKS_SIDE_FILE, '');
		sides.set(key, [...(sides.get(key) ?? []), file]);
	}

	const episodes = [...byKey.entries()].map(([key, group]): ScannedEpisode => {
		const sorted = [...group].sort((a, b) => rank(a) - rank(b));
		return {key, file: sorted[0]!, formats: sorted.map(file => extensionOf(file.path)), sides: sidesOf(sides.get(key) ?? [])};
	});
	return {episodes: episodes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), files: files.length};
}
