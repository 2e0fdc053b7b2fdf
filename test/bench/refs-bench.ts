/*
 * Figures for the works mentioned, in `npm run bench`: how long finding them takes (the first run
 * in the process, as the reader does it once, and the median after), and precision and recall
 * against the works labelled by hand in the bundled episode and in three made-up episodes (the
 * fourth held out: the rules are not tuned on it), then on the development set of real episodes
 * (refs-devset.ts; skipped where their transcripts are not fetched).
 */
import {readFileSync} from 'node:fs';
import {extractWorks} from '../../source/core/mentions/extract.js';
import type {Transcript} from '../../source/core/model.js';
import {loadSeed, parseText} from '../helpers/transcripts.js';
import {scoreWorks, trapsTaken, type Labels, type Score} from '../helpers/works.js';
import {devsetTable, measureDevset, type DevsetFigures} from './refs-devset.js';
import {syntheticTranscript} from './synthetic.js';

const RUNS = 15;

type Timing = {readonly name: string; readonly firstMs: number; readonly medianMs: number};
type Quality = {readonly name: string; readonly written: Score; readonly all: Score; readonly traps: readonly string[]};
export type RefsFigures = {readonly timing: readonly Timing[]; readonly quality: readonly Quality[]; readonly devset: DevsetFigures};

function time(name: string, transcript: Transcript): Timing {
	const runs = Array.from({length: RUNS}, () => {
		const started = performance.now();
		extractWorks(transcript);
		return performance.now() - started;
	});
	const sorted = [...runs.slice(1)].sort((a, b) => a - b);
	return {name, firstMs: runs[0]!, medianMs: sorted[Math.floor(sorted.length / 2)]!};
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/refs/${name}`, import.meta.url), 'utf8');

export async function measureRefs(): Promise<RefsFigures> {
	const seed = await loadSeed();
	const second = await parseText(fixture('second-episode.txt'));
	const third = await parseText(fixture('third-episode.txt'));
	const fourth = await parseText(fixture('fourth-episode.txt'));
	// Timed first, before anything else compiles the rules in this process.
	const timing = [time('bundled episode', seed), time('second episode', second), time('5 hours', await parseText(syntheticTranscript(5)))];
	const quality = [
		['bundled episode', seed, JSON.parse(fixture('bundled-works.json')) as Labels],
		['second episode', second, JSON.parse(fixture('second-works.json')) as Labels],
		['third episode', third, JSON.parse(fixture('third-works.json')) as Labels],
		['fourth episode (held out)', fourth, JSON.parse(fixture('fourth-works.json')) as Labels],
	].map(([name, transcript, labels]) => {
		const works = extractWorks(transcript as Transcript);
		return {name: name as string, ...scoreWorks(transcript as Transcript, works, labels as Labels), traps: trapsTaken(works, labels as Labels)};
	});
	return {timing, quality, devset: await measureDevset()};
}

const ratio = (score: Score) =>
	`${score.precision.toFixed(2)} / ${score.recall.toFixed(2)} (${score.right} right of ${score.found} found, ${score.labelled} labelled)`;

export function refsTable({timing, quality, devset}: RefsFigures): string {
	return [
		'| finding works | first run | median after | target |',
		'|---|---|---|---|',
		...timing.map(({name, firstMs, medianMs}) => `| ${name} | ${firstMs.toFixed(1)} ms | ${medianMs.toFixed(1)} ms | < 200 ms (bundled) |`),
		'',
		'| works | books, papers, essays: precision / recall | all kinds: precision / recall | traps shown as a book or paper |',
		'|---|---|---|---|',
		...quality.map(({name, written, all, traps}) => `| ${name} | ${ratio(written)} | ${ratio(all)} | ${traps.length === 0 ? 'none' : traps.join(', ')} |`),
		...quality.flatMap(({name, all}) =>
			all.missed.length === 0 && all.wrong.length === 0
				? []
				: [`\n${name}: missed ${all.missed.join('; ') || 'none'}; wrong ${all.wrong.join('; ') || 'none'}.`],
		),
		'',
		devsetTable(devset),
	].join('\n');
}
