/*
 * Search figures for `npm run bench`: per-keystroke latency while a 20-character query is typed
 * (every prefix from 2 characters on, as the search line would run them), on the bundled episode,
 * a 5-hour transcript and a folder of 100 episodes; and how well half-remembered quotes are found
 * (hits@1, hits@5): typo'd quotes from the bundled episode, paraphrased ones on our own transcripts
 * and, when fetched (test/devset/fetch.mjs), on real episodes.
 */
import type {Transcript} from '../../source/core/model.js';
import {createSearchIndex} from '../../source/core/search/search.js';
import {formatClock} from '../../source/core/time.js';
import {devSet, hitsWithin, ownSet, type Outcome} from '../devset/search-cases.js';
import {SEED_QUOTES} from '../fixtures/seed-quotes.js';
import {loadSeed, parseText} from '../helpers/transcripts.js';
import {syntheticTranscript} from './synthetic.js';

type Corpus = {readonly name: string; readonly transcripts: readonly Transcript[]; readonly query: string};

export type SearchFigures = {
	readonly name: string;
	readonly indexMs: number;
	readonly keystrokeMs: {readonly p50: number; readonly p95: number; readonly max: number};
};

export type QualityFigures = {readonly name: string; readonly quotes: number; readonly hitsAt1: number; readonly hitsAt5: number; readonly target: string};

const TYPINGS = 20;

function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** 20 characters of a real sentence of the corpus, with a typo, as someone would type it. */
function typedQuery(transcript: Transcript): string {
	const words = transcript.paragraphs[Math.floor(transcript.paragraphs.length / 2)]!.text.toLowerCase()
		.replace(/[^a-z ]/g, '')
		.split(' ');
	const phrase = words.slice(3, 9).join(' ').slice(0, 20);
	return phrase.slice(0, 6) + phrase.slice(7) + phrase[6];
}

async function corpora(): Promise<Corpus[]> {
	const seed = await loadSeed();
	const five = await parseText(syntheticTranscript(5));
	const archive = await Promise.all(Array.from({length: 100}, async (_, episode) => parseText(syntheticTranscript(1, episode + 1))));
	return [
		{name: 'bundled episode', transcripts: [seed], query: 'love this paper calld'},
		{name: '5 hours', transcripts: [five], query: typedQuery(five)},
		{name: '100 episodes (100 h)', transcripts: archive, query: typedQuery(archive[50]!)},
	];
}

function measureCorpus({name, transcripts, query}: Corpus): SearchFigures {
	let started = performance.now();
	const index = createSearchIndex(transcripts);
	const indexMs = performance.now() - started;
	const samples: number[] = [];
	for (let round = 0; round < TYPINGS; round++) {
		for (let length = 2; length <= query.length; length++) {
			started = performance.now();
			index.search(query.slice(0, length));
			samples.push(performance.now() - started);
		}
	}

	samples.sort((a, b) => a - b);
	return {name, indexMs, keystrokeMs: {p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: samples.at(-1)!}};
}

export async function measureSearch(): Promise<SearchFigures[]> {
	return (await corpora()).map(corpus => measureCorpus(corpus));
}

async function typedQuotes(): Promise<QualityFigures> {
	const seed = await loadSeed();
	const index = createSearchIndex([seed]);
	let hitsAt1 = 0;
	let hitsAt5 = 0;
	for (const [query, start] of SEED_QUOTES) {
		const starts = index.search(query, 5).map(hit => formatClock(seed.paragraphs[hit.paragraph]!.start));
		if (starts[0] === start) hitsAt1++;
		if (starts.includes(start)) hitsAt5++;
	}

	return {name: "typo'd quotes, bundled episode", quotes: SEED_QUOTES.length, hitsAt1, hitsAt5, target: '≥ 95% first'};
}

const figuresOf = (name: string, outcomes: readonly Outcome[], target: string): QualityFigures => ({
	name,
	quotes: outcomes.length,
	hitsAt1: hitsWithin(outcomes, 1),
	hitsAt5: hitsWithin(outcomes, 5),
	target,
});

export async function measureQuality(): Promise<QualityFigures[]> {
	const paraphrases = '≥ 75% first, ≥ 90% in 5';
	const real = await devSet();
	return [
		await typedQuotes(),
		figuresOf('paraphrased, own transcripts', await ownSet(), paraphrases),
		...(real ? [figuresOf('paraphrased, real episodes (dev set)', real, paraphrases)] : []),
	];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const share = (count: number, all: number) => `${count} (${((100 * count) / all).toFixed(0)}%)`;

export function searchTable(figures: readonly SearchFigures[], quality: readonly QualityFigures[]): string {
	const targets: Record<string, string> = {'5 hours': 'p95 ≤ 16 ms', '100 episodes (100 h)': '≤ 100 ms a query'};
	return [
		'| search | index built in | per keystroke p50 | p95 | max | target |',
		'|---|---|---|---|---|---|',
		...figures.map(
			f => `| ${f.name} | ${ms(f.indexMs)} | ${ms(f.keystrokeMs.p50)} | ${ms(f.keystrokeMs.p95)} | ${ms(f.keystrokeMs.max)} | ${targets[f.name] ?? ''} |`,
		),
		'',
		'| quotes typed from memory | queries | found first | in the top 5 | target |',
		'|---|---|---|---|---|',
		...quality.map(q => `| ${q.name} | ${q.quotes} | ${share(q.hitsAt1, q.quotes)} | ${share(q.hitsAt5, q.quotes)} | ${q.target} |`),
	].join('\n');
}
