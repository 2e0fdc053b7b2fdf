/*
 * The paraphrased quotes search is measured on, run: where the right passage ranks for each. Two sets:
 *   - own: test/fixtures/search-paraphrases.ts, on Parley's own made-up transcripts; a hit is right
 *     when its paragraph contains `expect`;
 *   - devset: test/devset/search/*.json, on real public transcripts (fetched into .devset/ by
 *     `node test/devset/fetch.mjs`); a hit is right within 30 s of `at`, or when its paragraph spans `at`.
 *
 * search-score.ts prints the figures; the bench and a test use them too.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Transcript} from '../../source/core/model.js';
import {createSearchIndex, type SearchHit, type SearchIndex} from '../../source/core/search/search.js';
import {formatClock, parseClock} from '../../source/core/time.js';
import {loadTranscript} from '../../source/inputs/transcript.js';
import {PARAPHRASES} from '../fixtures/search-paraphrases.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const LIMIT = 50;
const NEAR = 30;

type Label = {
	readonly episode: string;
	readonly transcript: {readonly repo: string; readonly path: string; readonly commit?: string};
	readonly queries: ReadonlyArray<{readonly query: string; readonly at: string; readonly kind: string}>;
};

export type Case = {
	readonly source: string;
	readonly query: string;
	readonly kind: string;
	readonly wanted: string;
	readonly right: (hit: SearchHit) => boolean;
};

export type Outcome = {readonly case: Case; readonly rank: number | undefined; readonly first: string};

type Indexed = {readonly transcript: Transcript; readonly index: SearchIndex};

const loaded = new Map<string, Indexed>();

async function indexed(path: string): Promise<Indexed> {
	let entry = loaded.get(path);
	if (!entry) {
		const transcript = await loadTranscript({kind: 'file', path});
		entry = {transcript, index: createSearchIndex([transcript])};
		loaded.set(path, entry);
	}

	return entry;
}

const clip = (text: string, length = 70) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function describe(transcript: Transcript, hit: SearchHit | undefined): string {
	if (!hit) return '(no hits)';
	const text = transcript.paragraphs[hit.paragraph]!.text.slice(hit.start, hit.end);
	return `${formatClock(hit.time)} "${clip(text.replace(/\s+/g, ' '))}"`;
}

async function run(path: string, test: Case): Promise<Outcome> {
	const {transcript, index} = await indexed(path);
	const hits = index.search(test.query, LIMIT);
	const at = hits.findIndex(hit => test.right(hit));
	return {case: test, rank: at < 0 ? undefined : at + 1, first: describe(transcript, hits[0])};
}

export async function ownSet(): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (const paraphrase of PARAPHRASES) {
		const path = join(root, 'test', 'fixtures', paraphrase.file);
		const {transcript} = await indexed(path);
		const expect = paraphrase.expect.toLowerCase();
		const right = (hit: SearchHit) => transcript.paragraphs[hit.paragraph]!.text.toLowerCase().includes(expect);
		outcomes.push(await run(path, {source: paraphrase.file, query: paraphrase.query, kind: paraphrase.kind, wanted: `"${paraphrase.expect}"`, right}));
	}

	return outcomes;
}

export async function devSet(): Promise<Outcome[] | undefined> {
	const folder = join(root, 'test', 'devset', 'search');
	if (!existsSync(folder)) return undefined;
	const outcomes: Outcome[] = [];
	for (const name of readdirSync(folder)
		.filter(file => file.endsWith('.json'))
		.sort()) {
		const label = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Label;
		const path = join(root, '.devset', label.transcript.repo.replace('/', '+'), label.transcript.path);
		if (!existsSync(path)) {
			console.error(`${name}: ${path} is missing; run \`node test/devset/fetch.mjs\` first`);
			continue;
		}

		const {transcript} = await indexed(path);
		for (const {query, at, kind} of label.queries) {
			const seconds = parseClock(at);
			if (seconds === undefined) throw new Error(`${name}: bad time ${at} for ${query}`);
			const right = (hit: SearchHit) => {
				const paragraph = transcript.paragraphs[hit.paragraph]!;
				return Math.abs(hit.time - seconds) <= NEAR || (paragraph.start <= seconds && seconds <= paragraph.end);
			};

			outcomes.push(await run(path, {source: name.replace(/\.json$/, ''), query, kind, wanted: at, right}));
		}
	}

	return outcomes;
}

/** How many outcomes found the right passage within the first `rank` hits. */
export const hitsWithin = (outcomes: readonly Outcome[], rank: number) => outcomes.filter(outcome => outcome.rank !== undefined && outcome.rank <= rank).length;
