/** The hand-labelled topic changes of the bundled episode, and how derived chapters compare with them. */
import type {ChapterEntry} from '../../source/core/chapters/chapter.js';
import {parseClock} from '../../source/core/time.js';
import labelled from '../fixtures/chapters/bundled-topics.json' with {type: 'json'};

export type LabelledChapter = {readonly start: number; readonly title: string};

export const BUNDLED_TOPICS: readonly LabelledChapter[] = labelled.chapters.map(({start, title}) => ({start: parseClock(start)!, title}));

/** How close (seconds) a derived boundary must be to a labelled one to count as finding it. */
export const TOLERANCE_SECONDS = 60;

export type BoundaryScore = {
	/** Labelled boundaries (not counting the start at 0). */
	readonly labelled: number;
	readonly found: number;
	readonly derived: number;
	/** Derived boundaries near no labelled one. */
	readonly spurious: number;
	readonly missed: readonly LabelledChapter[];
};

export function scoreBoundaries(derived: readonly ChapterEntry[], truth: readonly LabelledChapter[] = BUNDLED_TOPICS): BoundaryScore {
	const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE_SECONDS;
	const labelledBoundaries = truth.filter(chapter => chapter.start > 0);
	const derivedBoundaries = derived.filter(entry => entry.start > 0);
	const missed = labelledBoundaries.filter(chapter => !derivedBoundaries.some(entry => near(entry.start, chapter.start)));
	return {
		labelled: labelledBoundaries.length,
		found: labelledBoundaries.length - missed.length,
		derived: derivedBoundaries.length,
		spurious: derivedBoundaries.filter(entry => !labelledBoundaries.some(chapter => near(entry.start, chapter.start))).length,
		missed,
	};
}
