/** The header: the episode's title, the chapter being read, the clock and how far through. Pure. */
import stringWidth from 'fast-string-width';
import {spaces, truncateEnd, type Row} from './rows.js';

export type HeaderProps = {
	readonly width: number;
	readonly title: string;
	/** The chapter being read, when the chapters are known. */
	readonly chapter: string | undefined;
	/** `HH:MM:SS / HH:MM:SS`, or empty for a transcript without times. */
	readonly clock: string;
	readonly percent: number;
};

const SEPARATOR = ' › ';
/** Columns the episode's title keeps however long the chapter's title is: at most a third of the room. */
const TITLE_KEEPS = 16;
/** Below this width the clock shows where the reader is, not the episode's length too. */
const FULL_CLOCK_COLUMNS = 60;
/** Between the titles and the clock. */
const GAP = 2;

/** The episode's title gives way first: the chapter says more about where the reader is. */
export function headerRow({width, title, chapter, clock: fullClock, percent}: HeaderProps): Row {
	const clock = width < FULL_CLOCK_COLUMNS ? fullClock.split(' / ')[0]! : fullClock;
	const right: Row = [{text: clock && `${clock} `}, {text: `${String(percent).padStart(3)}%`, dim: true}];
	const rightWidth = (clock ? clock.length + 1 : 0) + 4;
	const room = Math.max(0, width - rightWidth - GAP);
	const chapterWidth = chapter === undefined ? 0 : SEPARATOR.length + stringWidth(chapter);
	const titleRoom = Math.min(stringWidth(title), room, Math.max(Math.min(TITLE_KEEPS, Math.floor(room / 3)), room - chapterWidth));
	const titles: Row = [
		...truncateEnd([{text: title, bold: true}], titleRoom),
		...(chapter === undefined ? [] : truncateEnd([{text: SEPARATOR, dim: true}, {text: chapter}], room - titleRoom)),
	];
	const used = titles.reduce((sum, segment) => sum + stringWidth(segment.text), 0);
	return [...titles, spaces(width - rightWidth - used), ...right];
}
