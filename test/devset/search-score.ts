/*
 * How well search finds paraphrased quotes: hits@1 and hits@5, per set and per kind of change, and
 * the misses. Two sets:
 *   - own: test/fixtures/search-paraphrases.ts, on Parley's own made-up transcripts; a hit is right
 *     when its paragraph contains `expect`;
 *   - devset: test/devset/search/*.json, on real public transcripts (fetched into .devset/ by
 *     `node test/devset/fetch.mjs`); a hit is right within 30 s of `at`, or when its paragraph spans `at`.
 *
 *   npx tsx test/devset/search-score.ts      (or: node --import tsx test/devset/search-score.ts)
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
const LIMIT = 50;
const NEAR = 30;

type Label = {
	readonly episode: string;
	readonly transcript: {readonly repo: string; readonly path: string; readonly commit?: string};
	readonly queries: ReadonlyArray<{readonly query: string; readonly at: string; readonly kind: string}>;
};

type Case = {
	readonly source: string;
	readonly query: string;
	readonly kind: string;
	readonly wanted: string;
	readonly right: (hit: SearchHit) => boolean;
};

type Outcome = {readonly case: Case; readonly rank: number | undefined; readonly first: string};

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

async function ownSet(): Promise<Outcome[]> {
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

async function devSet(): Promise<Outcome[] | undefined> {
	const folder = join(root, 'test', 'devset', 'search');
	if (!existsSync(folder)) return undefined;
	const outcomes: Outcome[] = [];
	for (const name of readdirSync(folder).filter(file => file.endsWith('.json')).sort()) {
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

const share = (count: number, all: number) => (all === 0 ? '   -' : (count / all).toFixed(2));

function row(name: string, outcomes: readonly Outcome[]): string {
	const at1 = outcomes.filter(outcome => outcome.rank === 1).length;
	const at5 = outcomes.filter(outcome => outcome.rank !== undefined && outcome.rank <= 5).length;
	return `  ${name.padEnd(14)} ${String(outcomes.length).padStart(3)}   hits@1 ${share(at1, outcomes.length)} (${String(at1).padStart(2)})   hits@5 ${share(at5, outcomes.length)} (${String(at5).padStart(2)})`;
}

function report(title: string, outcomes: readonly Outcome[]): void {
	console.log(`\n${title}`);
	console.log(row('all', outcomes));
	const kinds = [...new Set(outcomes.map(outcome => outcome.case.kind))];
	for (const kind of kinds) console.log(row(kind, outcomes.filter(outcome => outcome.case.kind === kind)));
	const misses = outcomes.filter(outcome => outcome.rank !== 1);
	if (misses.length === 0) return;
	console.log(`  not first (${misses.length}):`);
	for (const {case: test, rank, first} of misses) {
		const where = rank === undefined ? `not in top ${LIMIT}` : `rank ${rank}`;
		console.log(`    [${test.kind}] ${test.source}: "${test.query}" → want ${test.wanted}, ${where}; first: ${first}`);
	}
}

report('Own transcripts (test/fixtures/search-paraphrases.ts)', await ownSet());
const dev = await devSet();
if (dev) report('Real transcripts (test/devset/search)', dev);
