/*
 * The library's figures for `npm run bench`, on a generated archive of 1,000 episodes (archive.ts)
 * and, when fetched (`node test/devset/fetch.mjs --archive`), on Talk Python's real one:
 *   - the index built cold by `parley index DIR`, and again with nothing changed (whole processes,
 *     with their peak memory, read by /usr/bin/time where there is one);
 *   - each keystroke of a typo'd quote typed into the library's search (every prefix from two
 *     characters), in one process, as the library runs it;
 *   - `parley DIR` reopened (the index up to date): until the list is on screen, in a pseudo-terminal;
 *     then a quote typed into its search, a key at a time, and the process's peak memory;
 *   - `parley search QUERY DIR` as a whole process;
 *   - where the typo'd quotes land: on their episode and moment, first and in the first ten.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseQuery} from '../../source/core/search/query.js';
import {termsOf} from '../../source/core/search/rank.js';
import {searchLibrary} from '../../source/library/archive-search.js';
import type {LibraryIndex} from '../../source/library/index-db.js';
import {openLibrary} from '../../source/library/library.js';
import {writeArchive} from './archive.js';
import {close, open, peakRssMB, sleep, stats, type Stats} from './measure.js';
import {between, pick, random, type Random} from './synthetic.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const ARCHIVE_EPISODES = 1000;
const QUERIES = 200;
/** Quotes typed a key at a time, for the keystroke figures. */
const TYPED = 40;
const PROCESS_RUNS = 10;
/** A hit within this many seconds of the quote's moment is on it. */
const NEAR = 30;

/** A quote as someone half remembers it: its words (one or two misspelt), where it is, and what it said. */
type Quote = {readonly query: string; readonly episode: string; readonly seconds: number; readonly words: string};

export type LibraryFigures = {
	readonly name: string;
	readonly episodes: number;
	readonly files: number;
	readonly megabytes: number;
	readonly coldSeconds: number;
	readonly coldPeakMb: number | undefined;
	/** `parley index` with nothing changed. */
	readonly unchangedMs: number;
	/** `parley DIR` until the list is on screen. */
	readonly reopenMs: Stats;
	/** The library's process after a quote typed into its search. */
	readonly libraryPeakMb: number;
	readonly keystrokeMs: Stats;
	readonly searchProcessMs: Stats;
	readonly searchPeakMb: number | undefined;
	readonly quotes: number;
	readonly hitsAt1: number;
	readonly hitsAt10: number;
};

/** One or two words of five letters or more misspelt: two letters swapped, one dropped or doubled. */
function misspell(words: string[], next: Random): string[] {
	const long = words.map((word, at) => [word, at] as const).filter(([word]) => word.length >= 5);
	const typos = Math.min(long.length, between(next, 1, 2));
	const changed = [...words];
	for (let typo = 0; typo < typos; typo++) {
		const [word, at] = pick(next, long);
		const letter = between(next, 1, word.length - 2);
		const kind = between(next, 0, 2);
		changed[at] =
			kind === 0
				? word.slice(0, letter) + word[letter + 1] + word[letter] + word.slice(letter + 2)
				: kind === 1
					? word.slice(0, letter) + word.slice(letter + 1)
					: word.slice(0, letter) + word[letter] + word.slice(letter);
	}

	return changed;
}

/** A quote a person remembers has words that are its own: this many said in fewer than RARE of the archive's paragraphs. */
const TELLING_WORDS = 3;
const RARE = 0.01;

/** Whether `words` are said in one episode only: a quote said in several (`thanks for listening`) has no one right answer. */
function saidOnce(index: LibraryIndex, words: readonly string[]): boolean {
	const phrase = words
		.join(' ')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean)
		.join(' ');
	return new Set(index.candidates(`"${phrase}"`, 50).map(paragraph => paragraph.episode)).size === 1;
}

/** Whether `words` hold TELLING_WORDS words that are no stop words and said in fewer than `rare` paragraphs. */
function telling(index: LibraryIndex, words: readonly string[], rare: number): boolean {
	const meaningful = termsOf(parseQuery(words.join(' ')).words).filter(term => !term.stop);
	const seldom = meaningful.filter(term => (index.words(term.typed, `${term.typed}\0`)[0]?.paragraphs ?? 0) < rare);
	return seldom.length >= TELLING_WORDS;
}

/**
 * Quotes of seven to ten words from the index's own paragraphs (what a real archive says), with
 * words of their own (see TELLING_WORDS), said in one episode only; then misspelt.
 */
export function quotesFrom(folder: string, count: number, seed: number): Quote[] {
	const {index} = openLibrary(folder);
	const episodes = index.episodes().filter(episode => episode.problem === undefined && episode.timed);
	const paragraphCount = index.paragraphCount();
	const next = random(seed);
	const quotes: Quote[] = [];
	while (quotes.length < count) {
		const episode = pick(next, episodes);
		const paragraphs = index.paragraphs(episode.id);
		const paragraph = pick(next, paragraphs);
		const words = paragraph.text.split(/\s+/).filter(Boolean);
		const length = between(next, 7, 10);
		if (words.length < length) continue;
		const from = between(next, 0, words.length - length);
		const said = words.slice(from, from + length);
		if (!telling(index, said, RARE * paragraphCount) || !saidOnce(index, said)) continue;
		const offset = paragraph.text.indexOf(said.join(' '));
		const seconds = paragraph.start + ((paragraph.end - paragraph.start) * Math.max(0, offset)) / Math.max(1, paragraph.text.length);
		quotes.push({query: misspell(said, next).join(' '), episode: episode.key, seconds, words: said.join(' ')});
	}

	index.close();
	return quotes;
}

export function quality(folder: string, quotes: readonly Quote[]): {hitsAt1: number; hitsAt10: number; keystrokeMs: Stats} {
	const {index} = openLibrary(folder);
	const keys = new Map(index.episodes().map(episode => [episode.id, episode.key]));
	let hitsAt1 = 0;
	let hitsAt10 = 0;
	const samples: number[] = [];
	for (const [at, quote] of quotes.entries()) {
		for (let length = 2; at < TYPED && length <= quote.query.length; length++) {
			const started = performance.now();
			searchLibrary(index, quote.query.slice(0, length), 50);
			samples.push(performance.now() - started);
		}

		const hits = searchLibrary(index, quote.query, 10);
		const right = hits.findIndex(
			hit => keys.get(hit.episode) === quote.episode && (Math.abs(hit.time - quote.seconds) <= NEAR || hit.row.text.includes(quote.words)),
		);
		if (right === 0) hitsAt1++;
		if (right >= 0) hitsAt10++;
	}

	index.close();
	return {hitsAt1, hitsAt10, keystrokeMs: stats(samples)};
}

/** A whole process's wall time (ms) and peak memory (MB, when /usr/bin/time can tell). */
function timed(args: readonly string[], env: NodeJS.ProcessEnv): {ms: number; peakMb: number | undefined} {
	const withTime = existsSync('/usr/bin/time');
	const started = performance.now();
	const result = withTime
		? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], {env, encoding: 'utf8'})
		: spawnSync(process.execPath, [CLI, ...args], {env, encoding: 'utf8'});
	const ms = performance.now() - started;
	if (result.status !== 0 && result.status !== 1) throw new Error(`parley ${args.join(' ')}: ${result.stderr}`);
	const kilobytes = withTime ? Number(result.stderr.trim().split('\n').at(-1)) : Number.NaN;
	return {ms, peakMb: Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined};
}

async function measureArchive(name: string, folder: string): Promise<LibraryFigures> {
	const cache = mkdtempSync(join(tmpdir(), 'parley-bench-cache-'));
	const env = {...process.env, XDG_CACHE_HOME: cache};
	try {
		const cold = timed(['index', folder], env);
		const unchanged = timed(['index', folder], env);
		process.env.XDG_CACHE_HOME = cache;
		const quotes = quotesFrom(folder, QUERIES, 5);
		const {hitsAt1, hitsAt10, keystrokeMs} = quality(folder, quotes);
		const runs = Array.from({length: PROCESS_RUNS}, (_, run) => timed(['search', quotes[run]!.query, folder], env));
		const {index} = openLibrary(folder);
		const episodes = index.episodes();
		index.close();
		const readable = episodes.filter(episode => episode.problem === undefined).length;
		const screen = await measureScreen(folder, env, readable, quotes[0]!.query);
		const files = Number(execFileSync('find', [folder, '-type', 'f'], {encoding: 'utf8'}).trim().split('\n').length);
		const megabytes = Number(execFileSync('du', ['-sm', folder], {encoding: 'utf8'}).split('\t')[0]);
		return {
			name,
			episodes: readable,
			files,
			megabytes,
			coldSeconds: cold.ms / 1000,
			coldPeakMb: cold.peakMb,
			unchangedMs: unchanged.ms,
			...screen,
			keystrokeMs,
			searchProcessMs: stats(runs.map(run => run.ms)),
			searchPeakMb: Math.max(...runs.map(run => run.peakMb ?? 0)) || undefined,
			quotes: quotes.length,
			hitsAt1,
			hitsAt10,
		};
	} finally {
		delete process.env.XDG_CACHE_HOME;
		rmSync(cache, {recursive: true, force: true});
	}
}

export async function measureLibrary(): Promise<LibraryFigures[]> {
	const folder = mkdtempSync(join(tmpdir(), 'parley-bench-archive-'));
	try {
		writeArchive(folder, ARCHIVE_EPISODES);
		const figures = [await measureArchive(`generated, ${ARCHIVE_EPISODES} episodes`, folder)];
		const real = join(import.meta.dirname, '..', '..', '.devset', 'archives', 'talk-python');
		if (existsSync(real)) figures.push(await measureArchive('Talk Python (real; 100–199 left out)', real));
		return figures;
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

const REOPENS = 5;

/** `parley DIR` in a pseudo-terminal, the index up to date: how soon the list shows, and the memory it takes to search. */
async function measureScreen(folder: string, env: NodeJS.ProcessEnv, episodes: number, quote: string): Promise<{reopenMs: Stats; libraryPeakMb: number}> {
	const listed = `${episodes} episodes`;
	const times: number[] = [];
	let libraryPeakMb = 0;
	for (let run = 0; run < REOPENS; run++) {
		const started = performance.now();
		const term = open({args: [folder], columns: 120, rows: 40, env: {XDG_CACHE_HOME: env.XDG_CACHE_HOME!}});
		await term.waitFor(listed, 10_000);
		times.push(performance.now() - started);
		if (run === REOPENS - 1) {
			term.press('/');
			for (const character of quote) {
				term.press(character);
				await sleep(60);
			}

			await term.waitFor('best first', 10_000);
			libraryPeakMb = peakRssMB(term.process.pid);
		}

		await close(term);
	}

	return {reopenMs: stats(times), libraryPeakMb};
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(0)} MB`);
const share = (count: number, all: number) => `${((100 * count) / all).toFixed(0)}%`;

export function libraryTable(figures: readonly LibraryFigures[]): string {
	return [
		'| library | episodes (files, MB) | cold index (peak) | unchanged: `parley index` / `parley DIR` on screen | search keystroke p50 / p95 (library peak) | `parley search` median (peak) | typo’d quotes first / in 10 |',
		'|---|---|---|---|---|---|---|',
		...figures.map(
			f =>
				`| ${f.name} | ${f.episodes} (${f.files}, ${f.megabytes}) | ${f.coldSeconds.toFixed(1)} s (${mb(f.coldPeakMb)}) | ${ms(f.unchangedMs)} / ${ms(f.reopenMs.median)} | ${f.keystrokeMs.median.toFixed(1)} / ${f.keystrokeMs.p95.toFixed(1)} ms (${mb(f.libraryPeakMb)}) | ${ms(f.searchProcessMs.median)} (${mb(f.searchPeakMb)}) | ${share(f.hitsAt1, f.quotes)} / ${share(f.hitsAt10, f.quotes)} of ${f.quotes} |`,
		),
		'| target | | ≤ 60 s (≤ 300 MB) | – / ≤ 500 ms | p95 ≤ 50 ms (≤ 150 MB) | ≤ 300 ms (≤ 150 MB) | ≥ 90% / ≥ 98% |',
	].join('\n');
}
