/*
 * Chapter figures for `npm run bench`: how long deriving chapters takes (bundled episode, 5 hours),
 * how the derived chapters of the bundled episode compare with the hand-labelled topic changes,
 * and how derived chapters compare with the ones shows published, on the development set
 * (chapters-devset.ts; episodes whose transcript is not fetched are skipped and named).
 */
import {deriveChapters} from '../../source/core/chapters/derive.js';
import type {Transcript} from '../../source/core/model.js';
import {formatClock} from '../../source/core/time.js';
import {loadSeed, parseText} from '../helpers/transcripts.js';
import {BUNDLED_TOPICS, scoreBoundaries, TOLERANCE_SECONDS, type BoundaryScore} from '../helpers/topics.js';
import {devsetTable, episodeTable, loadDevset, scoreDevset, type DevsetFigures} from './chapters-devset.js';
import {syntheticTranscript} from './synthetic.js';

const RUNS = 20;
/** The development-set episode whose chapters the README shows beside the published ones. */
const SHOWN_EPISODE = 'lenny-dmitry-zlokazov';

export type ChapterFigures = {
	readonly timing: ReadonlyArray<{readonly name: string; readonly medianMs: number; readonly maxMs: number}>;
	readonly score: BoundaryScore;
	readonly derived: ReadonlyArray<{readonly start: string; readonly title: string; readonly matches: string}>;
	readonly devset: DevsetFigures;
	/** SHOWN_EPISODE's derived and published chapters, as a Markdown table; undefined when it is not fetched. */
	readonly shown?: string;
};

function time(name: string, transcript: Transcript) {
	const samples = Array.from({length: RUNS}, () => {
		const started = performance.now();
		deriveChapters(transcript);
		return performance.now() - started;
	}).sort((a, b) => a - b);
	return {name, medianMs: samples[Math.floor(RUNS / 2)]!, maxMs: samples.at(-1)!};
}

export async function measureChapters(): Promise<ChapterFigures> {
	const seed = await loadSeed();
	const five = await parseText(syntheticTranscript(5));
	const {entries} = deriveChapters(seed);
	const derived = entries.map(entry => {
		const distance = (start: number) => Math.abs(start - entry.start);
		const match = BUNDLED_TOPICS.filter(chapter => distance(chapter.start) <= TOLERANCE_SECONDS).sort((a, b) => distance(a.start) - distance(b.start))[0];
		return {start: formatClock(entry.start), title: entry.title, matches: match ? `${formatClock(match.start)} ${match.title}` : '—'};
	});
	const {episodes, missing} = await loadDevset();
	const shown = episodes.find(episode => episode.id === SHOWN_EPISODE);
	return {
		timing: [time('bundled episode', seed), time('5 hours', five)],
		score: scoreBoundaries(entries),
		derived,
		devset: scoreDevset(episodes, missing),
		...(shown ? {shown: episodeTable(shown)} : {}),
	};
}

export function chaptersTable({timing, score, derived, devset, shown}: ChapterFigures): string {
	const rows = timing.map(({name, medianMs, maxMs}) => `| ${name} | ${medianMs.toFixed(1)} ms | ${maxMs.toFixed(1)} ms | < 100 ms |`);
	const quality = `Derived chapters of the bundled episode against ${score.labelled} hand-labelled topic changes (within ${TOLERANCE_SECONDS} s): found ${score.found}/${score.labelled}, spurious ${score.spurious} of ${score.derived}; missed: ${score.missed.map(chapter => `${formatClock(chapter.start)} ${chapter.title}`).join(', ') || 'none'}.`;
	const list = derived.map(({start, title, matches}) => `| ${start} | ${title} | ${matches} |`);
	return [
		'| deriving chapters | median | max | target |',
		'|---|---|---|---|',
		...rows,
		'',
		quality,
		'',
		'| derived start | derived title | labelled topic it matches |',
		'|---|---|---|',
		...list,
		'',
		devsetTable(devset),
		...(shown ? ['', `${SHOWN_EPISODE}, published and derived chapters:`, '', shown] : []),
	].join('\n');
}
