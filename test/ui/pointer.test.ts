/** The mouse in the reader: the wheel and clicks where they land, in every mode (pointer.ts, each mode's `wheel` and `click`). */
import {describe, expect, it} from 'vitest';
import {givenChapters, type Chapters} from '../../source/core/chapters/index.js';
import {lineForTime} from '../../source/ui/chapter-state.js';
import type {Action, PointerAction, ReaderState} from '../../source/ui/reader-state.js';
import {modeOf} from '../../source/ui/modes/index.js';
import {footerProps} from '../../source/ui/screen.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {bodyRows, maxTop, positionOf, progressOf, screenWidth} from '../../source/ui/viewport.js';
import {sidebarWorks} from '../../source/ui/works-shown.js';
import {choiceOf, searchOf} from '../helpers/modes.js';
import {madeWorks} from '../helpers/made-works.js';
import {BUNDLED_TOPICS} from '../helpers/topics.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = await loadSeed();
const chapters: Chapters = givenChapters(seed, {entries: BUNDLED_TOPICS})!;
const refs = madeWorks(seed);

function run(state: ReaderState, ...actions: Action[]): ReaderState {
	return actions.reduce(readerReducer, state);
}

const wheel = (direction: 1 | -1, row = 5, column = 10): PointerAction => ({type: 'wheel', direction, column, row});
const click = (row: number, column = 10): PointerAction => ({type: 'click', column, row});
const down: Action = {type: 'move', by: 'line', direction: 1};
/** The screen's row of a list's `line` (0: its heading): the header is row 0. */
const rowOfLine = (line: number) => line + 1;

/** 80 × 24, a key pressed (the first screen's hints gone). */
const start = run(createReaderState(seed, 80, 24, undefined, chapters), down, {type: 'move', by: 'line', direction: -1});

describe('the wheel over the text', () => {
	it('scrolls 3 lines a notch, never past either end', () => {
		expect(run(start, wheel(1)).top).toBe(3);
		expect(run(start, wheel(1), wheel(1)).top).toBe(6);
		expect(run(start, wheel(1), wheel(-1)).top).toBe(0);
		expect(run(start, wheel(-1)).top).toBe(0);
		expect(run(start, {type: 'edge', to: 'end'}, wheel(1)).top).toBe(maxTop(start));
	});

	it('scrolls under a line being typed (a time), which stays open', () => {
		const typing = run(start, {type: 'time-open'}, wheel(1));
		expect(typing.top).toBe(3);
		expect(typing.mode.kind).toBe('time');
	});

	it('does nothing on a click in the text, the header, or a terminal too small', () => {
		expect(run(start, click(5)).top).toBe(0);
		expect(run(start, click(0)).mode.kind).toBe('reading');
		const small = createReaderState(seed, 10, 4);
		expect(run(small, wheel(1, 1, 1)).top).toBe(0);
	});

	it('scrolls the help 3 rows a notch, and a click leaves it open', () => {
		const help = run(start, {type: 'help'});
		const top = (state: ReaderState) => (state.mode.kind === 'help' ? state.mode.top : undefined);
		expect(top(run(help, wheel(1)))).toBe(3);
		expect(top(run(help, wheel(1), wheel(-1)))).toBe(0);
		expect(run(help, click(3)).mode.kind).toBe('help');
	});
});

describe('a click on the progress bar', () => {
	const footer = bodyRows(start) + 1;
	/** The column of the bar at `share` of it: the bar spans the footer's left, up to `? help`. */
	const barWidth = screenWidth(start) - ' ? help'.length - 1;

	it('goes to that point of the episode', () => {
		const half = run(start, click(footer, Math.floor(barWidth / 2)));
		expect(progressOf(half)).toBeGreaterThan(45);
		expect(progressOf(half)).toBeLessThan(55);
		expect(Math.abs(positionOf(half) - seed.duration * (Math.floor(barWidth / 2) / barWidth))).toBeLessThan(60);
		expect(run(half, click(footer, 0)).top).toBe(0);
	});

	it('does nothing where the bar is not drawn: under the hints, a notice, or a line being typed', () => {
		const first = createReaderState(seed, 80, 24, undefined, chapters);
		expect(footerProps(first, modeOf(first)).hinting).toBeDefined();
		expect(run(first, click(footer, 30)).top).toBe(0);
		expect(run(start, {type: 'time-open'}, click(footer, 30)).top).toBe(0);
	});
});

describe('the mouse over the chapter list', () => {
	const listed = run(start, {type: 'chapter', direction: 1}, {type: 'chapter', direction: 1}, {type: 'chapters-open'});

	it('moves the choice 3 rows a notch', () => {
		expect(choiceOf(run(listed, wheel(1)))).toBe(5);
		expect(choiceOf(run(listed, wheel(-1)))).toBe(0);
	});

	it('chooses the chapter clicked, and goes there on a second click', () => {
		const chosen = run(listed, click(rowOfLine(1 + 4)));
		expect(chosen.mode.kind).toBe('chapters');
		expect(choiceOf(chosen)).toBe(4);
		const there = run(chosen, click(rowOfLine(1 + 4)));
		expect(there.mode.kind).toBe('reading');
		expect(there.top).toBe(Math.min(maxTop(there), lineForTime(there, chapters.list[4]!.start)!));
	});

	it('does nothing on its heading, or below its last row', () => {
		expect(run(listed, click(rowOfLine(0)))).toMatchObject({mode: {kind: 'chapters', choice: 2}});
		expect(run(listed, click(rowOfLine(chapters.list.length + 1)))).toMatchObject({mode: {kind: 'chapters', choice: 2}});
	});
});

describe('the mouse over the bookmarks', () => {
	const marked = run(start, {type: 'bookmark'}, {type: 'line-accept'}, wheel(1), wheel(1), wheel(1), {type: 'bookmark'}, {type: 'line-accept'});
	const listed = run(marked, {type: 'bookmarks-open'});

	it('chooses the bookmark clicked, and goes there on a second click', () => {
		expect(choiceOf(listed)).toBe(1);
		const chosen = run(listed, click(rowOfLine(1)));
		expect(choiceOf(chosen)).toBe(0);
		const there = run(chosen, click(rowOfLine(1)));
		expect(there.mode.kind).toBe('reading');
		expect(there.top).toBeLessThan(marked.top);
	});
});

describe('the mouse over the search', () => {
	const searching = run(start, {type: 'search-open'}, {type: 'line-type', text: 'model'});
	const hits = searchOf(searching)!.hits.length;

	it('moves the choice 3 matches a notch', () => {
		expect(hits).toBeGreaterThan(4);
		expect(searchOf(run(searching, wheel(1)))!.selected).toBe(3);
		expect(searchOf(run(searching, wheel(1), wheel(-1)))!.selected).toBe(0);
	});

	it('chooses the match clicked (below the line and the status), and goes there on a second click', () => {
		const chosen = run(searching, click(rowOfLine(2 + 2)));
		expect(searchOf(chosen)!.selected).toBe(2);
		expect(searchOf(chosen)!.text).toBe('model');
		const there = run(chosen, click(rowOfLine(2 + 2)));
		expect(there.mode.kind).toBe('reading');
		expect(there.top).not.toBe(start.top);
		// The query line and the status are no match.
		expect(searchOf(run(searching, click(rowOfLine(0))))!.selected).toBe(0);
		expect(searchOf(run(searching, click(rowOfLine(1))))!.selected).toBe(0);
	});
});

describe('the mouse over the works sidebar', () => {
	const {works} = sidebarWorks(refs);
	/** 140 columns: the sidebar beside the text, from the main column's width on. */
	const wide = run(createReaderState(seed, 140, 40), {type: 'refs-ready', refs}, down, {type: 'sidebar'}, {type: 'focus'});
	const side = screenWidth(wide) + 5;

	it('a notch over it gives it the focus and chooses the next work; over the text, scrolls the text', () => {
		expect(wide.mode.kind).toBe('reading');
		const turned = run(wide, wheel(1, 5, side));
		expect(turned.mode.kind).toBe('works');
		expect(turned.top).toBe(wide.top);
		expect(run(wide, wheel(1, 5, 3)).top).toBe(wide.top + 3);
	});

	it('a click on a work chooses it; a second goes to its first mention; a click on the text gives the text the focus', () => {
		expect(works.length).toBeGreaterThan(1);
		// Row 0 is the summary, row 1 the first group's name, row 2 the first work's title.
		const chosen = run(wide, click(2, side));
		expect(chosen.mode.kind).toBe('works');
		expect(chosen.sidebar.selected).toBe(0);
		const there = run(chosen, click(2, side));
		expect(there.top).not.toBe(chosen.top);
		expect(run(chosen, click(5, 3)).mode.kind).toBe('reading');
	});
});
