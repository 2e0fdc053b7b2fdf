/**
 * `parley search QUERY [FILE|DIR]`: the best matches for scripts and quick looks, like grep. A
 * folder is a library: searched through its index, made or brought up to date first.
 */
import {InputError} from '../core/errors.js';
import {speakerName} from '../core/export/spans.js';
import {percentOf, shownClock, shownPlace} from '../core/model.js';
import {excerpt} from '../core/search/highlight.js';
import {searchOnce} from '../core/search/search.js';
import {sanitizeLine} from '../core/sanitize.js';
import {chooseSource} from '../inputs/episode.js';
import {loadTranscript, withTitle} from '../inputs/transcript.js';
import {isFolder} from '../inputs/folder.js';
import {detectColorDepth} from '../ui/theme.js';
import {guardStdout} from './output.js';
import type {CommandContext} from './command.js';

/** A match as it is printed, wherever it was found. */
type Printed = {
	/** The file, relative to the library's folder; none for a single transcript. */
	readonly file: string | undefined;
	readonly episode: {readonly title: string; readonly timed: boolean; readonly duration: number};
	readonly paragraph: number;
	readonly text: string;
	/** The sentences (or so) the passage is in. */
	readonly sentence: string;
	readonly speaker: string;
	readonly start: number;
	readonly end: number;
	readonly time: number;
	readonly score: number;
	readonly missing: readonly string[];
};

/** Characters of context around a match. */
const CONTEXT = 120;
const DEFAULT_LIMIT = 10;

async function searchFile(
	path: string | undefined,
	query: string,
	limit: number,
	{from, bundledEpisode}: {from: string | undefined; bundledEpisode: string},
): Promise<Printed[]> {
	const source = chooseSource(path === undefined ? [] : [path], bundledEpisode);
	const transcript = withTitle(await loadTranscript(source, from), source);
	return searchOnce([transcript], query, limit).map(hit => ({
		file: undefined,
		episode: transcript,
		paragraph: hit.paragraph,
		text: transcript.paragraphs[hit.paragraph]!.text,
		sentence: hit.unit.text,
		speaker: speakerName(transcript, transcript.paragraphs[hit.paragraph]!) ?? '',
		start: hit.start,
		end: hit.end,
		time: hit.time,
		score: hit.score,
		missing: hit.missing,
	}));
}

async function searchFolder(folder: string, query: string, limit: number): Promise<Printed[]> {
	// Loaded for a folder only: the index (SQLite, node:crypto for its file's name) is no single transcript's.
	const [{refreshedLibrary}, {searchLibrary}] = await Promise.all([import('./index.js'), import('../library/archive-search.js')]);
	const {library, refreshed} = await refreshedLibrary(folder);
	const episodes = new Map(refreshed.rows.map(episode => [episode.id, episode]));
	const hits = searchLibrary(library.index, query, limit);
	library.index.close();
	return hits.map(hit => {
		const episode = episodes.get(hit.episode)!;
		return {
			file: episode.path,
			episode,
			paragraph: hit.paragraph,
			text: hit.row.text,
			sentence: hit.sentence,
			speaker: hit.row.speaker ?? '',
			start: hit.start,
			end: hit.end,
			time: hit.time,
			score: hit.score,
			missing: hit.missing,
		};
	});
}

function asJson(hits: readonly Printed[]): string {
	const results = hits.map(hit => ({
		// A file's name is untrusted text like its contents (JSON escapes controls, not bidi overrides).
		...(hit.file === undefined ? {} : {file: sanitizeLine(hit.file)}),
		episode: sanitizeLine(hit.episode.title),
		time: hit.episode.timed ? Math.round(hit.time * 10) / 10 : null,
		timestamp: shownClock(hit.episode, hit.time) || null,
		// What --at takes to open there: the time, or without times the paragraph (from 1).
		at: shownClock(hit.episode, hit.time) || `¶${hit.paragraph + 1}`,
		percent: percentOf(hit.episode, hit.time),
		speaker: hit.speaker,
		passage: hit.text.slice(hit.start, hit.end),
		sentence: hit.sentence,
		paragraph: hit.paragraph,
		start: hit.start,
		end: hit.end,
		score: Math.round(hit.score * 1000) / 1000,
		missing: hit.missing,
	}));
	return `${JSON.stringify(results, undefined, 2)}\n`;
}

function asText(hits: readonly Printed[], bold: boolean): string {
	return hits
		.map(hit => {
			const {before, passage, after} = excerpt(hit.text, hit, CONTEXT);
			const marked = bold ? `\u001B[1m${passage}\u001B[22m` : passage;
			const lacking = hit.missing.length > 0 && `(not found: ${hit.missing.join(' ')})`;
			const where = [hit.file && sanitizeLine(hit.file), shownPlace(hit.episode, hit.paragraph, hit.time), hit.speaker, lacking].filter(Boolean).join('  ');
			return `${where}\n    ${before}${marked}${after}\n`;
		})
		.join('\n');
}

function searchLimit(limit: string | undefined): number {
	if (limit === undefined) return DEFAULT_LIMIT;
	if (!/^[1-9]\d*$/.test(limit)) throw new InputError(`--limit expects a whole number from 1; got '${limit}'`);
	return Number(limit);
}

/** Prints the matches; resolves with the exit status: 0 found, 1 nothing matched. */
export async function run({input, flags, bundledEpisode}: CommandContext): Promise<number> {
	const [query, ...paths] = input;
	if (query === undefined || query.trim() === '') throw new InputError('search needs a QUERY: parley search "half-remembered quote" [FILE|DIR]');
	if (paths.length > 1) throw new InputError(`search takes one FILE or DIR, got ${paths.length} (see parley help search)`);
	const limit = searchLimit(flags.limit);
	const [path] = paths;
	const folder = path !== undefined && isFolder(path);
	if (folder && flags.from !== undefined) throw new InputError('--from goes with one transcript, not a folder (each file is read as the format detected)');
	guardStdout();
	// The passage in bold for a reader at a terminal with colours.
	const bold = process.stdout.isTTY && detectColorDepth(process.env, true) > 0;
	const hits = folder ? await searchFolder(path, query, limit) : await searchFile(path, query, limit, {from: flags.from, bundledEpisode});
	process.stdout.write(flags.json === true ? asJson(hits) : asText(hits, bold));
	return hits.length > 0 ? 0 : 1;
}
