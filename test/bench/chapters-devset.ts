/*
 * Derived chapters against the chapters shows published, on the development set
 * (test/devset/chapters/*.json, transcripts fetched into .devset/ by `node test/devset/fetch.mjs`).
 * Per episode: boundary precision and recall within 60 s (a derived boundary matches at most one
 * published one), derived count / published count, and the share of matched derived titles that
 * share a content word with the published title they match.
 *
 * Two things published lists leave out are not held against derived chapters, unless they match a
 * published boundary all the same: sponsor reads (no show here lists them: an Ad chapter and the
 * chapter that resumes after it), and whatever comes before a list that starts after 0:00 (Syntax
 * lists start at the first topic: the intro and the opening sponsor read are not labelled).
 *
 *   npx tsx test/bench/chapters-devset.ts          (the table; --episode ID for one episode's chapters)
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ChapterEntry} from '../../source/core/chapters/chapter.js';
import {deriveChapters} from '../../source/core/chapters/derive.js';
import {STOPWORDS} from '../../source/core/chapters/words.js';
import type {Transcript} from '../../source/core/model.js';
import {formatClock, parseClock} from '../../source/core/time.js';
import {loadTranscript} from '../../source/inputs/transcript.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LABELS = join(root, 'test', 'devset', 'chapters');
const NEAR = 60;

export type Published = {readonly start: number; readonly title: string};

type Label = {
	readonly episode: string;
	readonly transcript: {readonly repo: string; readonly path: string};
	readonly offsetSeconds: number;
	readonly chapters: ReadonlyArray<{readonly start: string; readonly title: string}>;
};

export type EpisodeScore = {
	readonly id: string;
	readonly minutes: number;
	readonly published: number;
	readonly derived: number;
	readonly precision: number;
	readonly recall: number;
	readonly ratio: number;
	/** Matched derived titles sharing a content word with their published title, of all matched. */
	readonly titleShare: number;
	readonly titled: number;
	readonly matched: number;
	/** Ad chapters derived. */
	readonly ads: number;
};

const isAd = (entry: ChapterEntry) => /^Ad\b/.test(entry.title);

/** Derived boundaries no published list would have: an ad, the chapter after it, anything before an unlabelled opening. */
function unlabelled(derived: readonly ChapterEntry[], published: readonly Published[]): Set<ChapterEntry> {
	const labelledFrom = published[0]!.start - NEAR;
	return new Set(derived.filter((entry, index) => entry.start < labelledFrom || isAd(entry) || (index > 0 && isAd(derived[index - 1]!))));
}

/** Lower case, and a few endings off, so `languages` meets `language` and `programming` meets `program`. */
function stem(word: string): string {
	const lower = word.toLowerCase().replaceAll('’', "'").replace(/'s$/, '');
	return lower.replace(/(?:ations?|ings?|ies|es|s|ed|al|ly)$/, '').slice(0, 6);
}

export function contentStems(title: string): Set<string> {
	const words = title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
	return new Set(
		words
			.filter(word => word.length > 1 && !STOPWORDS.has(word.toLowerCase()))
			.flatMap(word => word.split('-'))
			.map(word => stem(word))
			.filter(word => word.length > 1),
	);
}

export function sharesWord(a: string, b: string): boolean {
	const stems = contentStems(b);
	return [...contentStems(a)].some(word => stems.has(word));
}

/**
 * Pairs of derived and published boundaries (starts after 0) within `NEAR` seconds, each used at
 * most once: greedily, closest pairs first.
 */
export function matchBoundaries(derived: readonly ChapterEntry[], published: readonly Published[]): Array<[ChapterEntry, Published]> {
	const pairs: Array<{distance: number; d: ChapterEntry; p: Published}> = [];
	for (const d of derived) {
		if (d.start <= 0) continue;
		for (const p of published) {
			const distance = Math.abs(d.start - p.start);
			if (p.start > 0 && distance <= NEAR) pairs.push({distance, d, p});
		}
	}

	const used = new Set<object>();
	const matches: Array<[ChapterEntry, Published]> = [];
	for (const {d, p} of pairs.sort((a, b) => a.distance - b.distance)) {
		if (used.has(d) || used.has(p)) continue;
		used.add(d).add(p);
		matches.push([d, p]);
	}

	return matches.sort((a, b) => a[0].start - b[0].start);
}

export function scoreEpisode(id: string, transcript: Transcript, derived: readonly ChapterEntry[], published: readonly Published[]): EpisodeScore {
	const matches = matchBoundaries(derived, published);
	const matched = new Set(matches.map(([d]) => d));
	const neutral = unlabelled(derived, published);
	const counted = derived.filter(entry => matched.has(entry) || !neutral.has(entry));
	const derivedCount = counted.filter(entry => entry.start > 0).length;
	const publishedCount = published.filter(entry => entry.start > 0).length;
	// Chapters in the labelled stretch (for a list that starts after 0:00, not the opening).
	const chapters = counted.length;
	const titled = matches.filter(([d, p]) => sharesWord(d.title, p.title)).length;
	return {
		id,
		minutes: Math.round(transcript.duration / 60),
		published: published.length,
		derived: chapters,
		precision: derivedCount === 0 ? 0 : matches.length / derivedCount,
		recall: publishedCount === 0 ? 0 : matches.length / publishedCount,
		ratio: chapters / published.length,
		titleShare: matches.length === 0 ? 0 : titled / matches.length,
		titled,
		matched: matches.length,
		ads: derived.filter(entry => isAd(entry)).length,
	};
}

export type DevsetEpisode = {readonly id: string; readonly transcript: Transcript; readonly published: readonly Published[]};

/** The dev-set episodes whose transcripts are fetched, and the ids of those that are not. */
export async function loadDevset(): Promise<{episodes: DevsetEpisode[]; missing: string[]}> {
	const episodes: DevsetEpisode[] = [];
	const missing: string[] = [];
	for (const name of readdirSync(LABELS)
		.filter(file => file.endsWith('.json'))
		.sort()) {
		const id = name.replace(/\.json$/, '');
		const label = JSON.parse(readFileSync(join(LABELS, name), 'utf8')) as Label;
		const path = join(root, '.devset', label.transcript.repo.replace('/', '+'), label.transcript.path);
		if (!existsSync(path)) {
			missing.push(id);
			continue;
		}

		const transcript = await loadTranscript({kind: 'file', path}, undefined);
		const published = label.chapters.map(({start, title}) => ({start: parseClock(start)! + label.offsetSeconds, title}));
		episodes.push({id, transcript, published});
	}

	return {episodes, missing};
}

export type DevsetFigures = {
	readonly scores: readonly EpisodeScore[];
	readonly missing: readonly string[];
	readonly mean?: Pick<EpisodeScore, 'precision' | 'recall' | 'ratio' | 'titleShare'>;
};

const average = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export function scoreDevset(episodes: readonly DevsetEpisode[], missing: readonly string[] = []): DevsetFigures {
	const scores = episodes.map(({id, transcript, published}) => scoreEpisode(id, transcript, deriveChapters(transcript).entries, published));
	if (scores.length === 0) return {scores, missing};
	const mean = {
		precision: average(scores.map(score => score.precision)),
		recall: average(scores.map(score => score.recall)),
		ratio: average(scores.map(score => score.ratio)),
		titleShare: average(scores.map(score => score.titleShare)),
	};
	return {scores, missing, mean};
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

export function devsetTable({scores, missing, mean}: DevsetFigures): string {
	const skipped = missing.length === 0 ? '' : `Skipped (transcript not fetched; run \`node test/devset/fetch.mjs\`): ${missing.join(', ')}.`;
	if (!mean) return `Chapters on the development set: no transcripts fetched, nothing measured. ${skipped}`;
	const rows = scores.map(
		score =>
			`| ${score.id} | ${score.minutes} min | ${score.published} | ${score.derived} | ${score.ads} | ${score.precision.toFixed(2)} | ${score.recall.toFixed(2)} | ${score.ratio.toFixed(2)} | ${percent(score.titleShare)} (${score.titled}/${score.matched}) |`,
	);
	return [
		`Derived chapters against published ones on the development set (${scores.length} episodes; boundaries within ${NEAR} s):`,
		'',
		'| episode | length | published | derived | ads | precision | recall | count ratio | title shares a word |',
		'|---|---|---|---|---|---|---|---|---|',
		...rows,
		`| **mean** | | | | | **${mean.precision.toFixed(2)}** | **${mean.recall.toFixed(2)}** | **${mean.ratio.toFixed(2)}** | **${percent(mean.titleShare)}** |`,
		'| target | | | | | ≥ 0.60 | ≥ 0.70 | 0.7–1.4 | ≥ 50% |',
		...(skipped ? ['', skipped] : []),
	].join('\n');
}

/** One episode's derived chapters beside the published ones, in time order, as a Markdown table. */
export function episodeTable({transcript, published}: DevsetEpisode): string {
	const derived = deriveChapters(transcript).entries;
	const matches = new Map(matchBoundaries(derived, published).map(([d, p]) => [p, d]));
	const matchedDerived = new Set(matches.values());
	type Row = {at: number; derived: string; published: string};
	const rows: Row[] = published.map(p => {
		const d = p.start === 0 ? derived[0] : matches.get(p);
		return {at: p.start, published: `${formatClock(p.start)} ${p.title}`, derived: d ? `${formatClock(d.start)} ${d.title}` : '—'};
	});
	for (const d of derived) if (d.start > 0 && !matchedDerived.has(d)) rows.push({at: d.start, derived: `${formatClock(d.start)} ${d.title}`, published: '—'});
	const line = (row: Row) => `| ${row.published} | ${row.derived} |`;
	return ['| published | derived |', '|---|---|', ...rows.sort((a, b) => a.at - b.at).map(line)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const {episodes, missing} = await loadDevset();
	const which = process.argv.indexOf('--episode');
	if (which > 0) {
		const episode = episodes.find(candidate => candidate.id === process.argv[which + 1]);
		console.log(episode ? episodeTable(episode) : `no fetched episode ${process.argv[which + 1]}`);
	} else {
		console.log(devsetTable(scoreDevset(episodes, missing)));
	}
}
