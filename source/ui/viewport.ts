/** Where the reader's view is and how much of the terminal it may use: pure, like the reducer. */
import {anchorAt, contentWidth, contentWidthFor, layoutTranscript, lineAtAnchor, nameAbove, type Layout} from '../core/layout.js';
import {movedChoice, type ListMove} from './list-rows.js';
import type {ListAction, Motion, ReaderState} from './reader-state.js';

/** The header and the footer. */
const CHROME_ROWS = 2;
export const MIN_COLUMNS = 30;
export const MIN_ROWS = 6;

/**
 * Rows Parley draws: one less than the terminal. Ink 8 draws a frame as tall as the terminal in
 * place, but its incremental renderer can lose its place when a frame comes to fill the terminal
 * as it loses rows (vadimdemedes/ink#1023, open in 8.0.0); a frame a row short never fills it.
 * See docs/ink.md.
 */
export function frameRows(rows: number): number {
	return Math.max(1, rows - 1);
}

/** As wide as the text: in a very wide terminal the time stays beside what it describes. */
export function screenWidth(state: Pick<ReaderState, 'columns' | 'layout'>): number {
	return Math.min(state.columns, contentWidth(state.layout));
}

/** From this width the works sidebar goes beside the text, which narrows for it; below it, over the text. */
export const SIDEBAR_BESIDE_COLUMNS = 100;
/** The narrowest sidebar beside the text (its border included). */
const SIDEBAR_MIN_COLUMNS = 28;
/** The widest: the rest of a very wide terminal stays empty. */
const SIDEBAR_MAX_COLUMNS = 50;
/** Between the text and the sidebar's border, so that a full line of text does not run into it. */
export const SIDEBAR_GAP = 1;

/** The sidebar beside the text: what the text leaves at its widest (at least the narrowest: the text narrows for that), at most the widest. */
export function sidebarBesideWidth(state: Pick<ReaderState, 'columns' | 'transcript'>): number {
	const room = state.columns - contentWidthFor(state.transcript, state.columns) - SIDEBAR_GAP;
	return Math.max(SIDEBAR_MIN_COLUMNS, Math.min(SIDEBAR_MAX_COLUMNS, room));
}

/** The columns the text is laid out in: the terminal's, less the sidebar's and the gap while it is open beside the text. */
export function textColumns(state: Pick<ReaderState, 'columns' | 'transcript' | 'sidebar'>): number {
	const beside = state.sidebar.open && state.columns >= SIDEBAR_BESIDE_COLUMNS;
	return beside ? state.columns - sidebarBesideWidth(state) - SIDEBAR_GAP : state.columns;
}

export function bodyRows(state: Pick<ReaderState, 'rows'>): number {
	return Math.max(1, frameRows(state.rows) - CHROME_ROWS);
}

export function isTooSmall(state: Pick<ReaderState, 'columns' | 'rows'>): boolean {
	return state.columns < MIN_COLUMNS || state.rows < MIN_ROWS;
}

export function maxTop(state: Pick<ReaderState, 'layout' | 'rows'>): number {
	return Math.max(0, state.layout.lines.length - bodyRows(state));
}

export function atEnd(state: ReaderState): boolean {
	return state.top >= maxTop(state);
}

/** Seconds into the episode at the top of the view. */
export function positionOf(state: ReaderState): number {
	return state.layout.lines[state.top]?.time ?? 0;
}

/** How far through the transcript the view is, in percent: 0 at the top, 100 at the end. */
export function progressOf(state: ReaderState): number {
	if (atEnd(state)) return 100;
	if (state.top === 0) return 0;
	const {duration} = state.transcript;
	return duration > 0 ? Math.min(99, Math.max(1, Math.round((100 * positionOf(state)) / duration))) : 0;
}

export function clampTop(state: ReaderState, top: number): number {
	return Math.max(0, Math.min(maxTop(state), top));
}

/**
 * The text laid out again for the columns it has (after a resize, the sidebar shown or hidden),
 * the view on the same words; too small to draw, the layout is kept (one laid out for a few
 * columns can take a lot of memory).
 */
export function relayout(state: ReaderState): ReaderState {
	const layout = isTooSmall(state) ? state.layout : layoutTranscript(state.transcript, textColumns(state));
	const laid = {...state, layout};
	return {...laid, top: clampTop(laid, lineAtAnchor(layout, state.anchor))};
}

export function scrollTo(state: ReaderState, line: number): ReaderState {
	const top = clampTop(state, line);
	return {...state, top, anchor: anchorAt(state.layout, top), count: ''};
}

/** The top that shows line `line` first: the line above it when the speaker's name shows over the top (transcript-rows.ts). */
export function topShowing(layout: Layout, line: number): number {
	return nameAbove(layout, line) === undefined ? line : line - 1;
}

/** The first line of the transcript the view shows: below the speaker's name when that shows over the top. */
export function firstShown(state: Pick<ReaderState, 'layout' | 'top'>): number {
	return nameAbove(state.layout, state.top) === undefined ? state.top : state.top + 1;
}

/** To a place gone to (a chapter, a time): its line first in view. */
export function scrollToShow(state: ReaderState, line: number): ReaderState {
	return scrollTo(state, topShowing(state.layout, line));
}

export function repeat(state: ReaderState): number {
	return state.count === '' ? 1 : Math.max(1, Number(state.count));
}

/** Where a move in a list (the chapters, the bookmarks) of `length` rows takes its choice: a row, a page, an end. */
export function listChoice(state: ReaderState, action: Extract<ListAction, {type: 'line-select' | 'move' | 'edge'}>, choice: number, length: number): number {
	const move: ListMove =
		action.type === 'edge'
			? {by: 'edge', direction: action.to === 'start' ? -1 : 1}
			: {by: action.type === 'move' ? 'page' : 'row', direction: action.direction};
	// The list's heading takes a row of the body.
	return movedChoice(choice, length, move, bodyRows(state) - 1);
}

/** Lines a notch of the mouse's wheel scrolls; rows it moves a list's choice. */
export const WHEEL_LINES = 3;

/** Lines of context shown above what the view jumps to: a search's match, a work's mention. */
export const CONTEXT_ABOVE = 2;

/** Where a notch of the wheel takes the choice in a list of `length` rows. */
export function wheelChoice(choice: number, direction: 1 | -1, length: number): number {
	return Math.max(0, Math.min(length - 1, choice + direction * WHEEL_LINES));
}

/** The view scrolled by a notch of the wheel. */
export function wheelText(state: ReaderState, direction: 1 | -1): ReaderState {
	return scrollTo(state, state.top + direction * WHEEL_LINES);
}

/** Rows a motion moves: a line, half a page, or a page (less a line, kept for context). */
export function motionRows(state: Pick<ReaderState, 'rows'>, by: Exclude<Motion, 'turn'>): number {
	if (by === 'line') return 1;
	const rows = bodyRows(state);
	return by === 'page' ? Math.max(1, rows - 1) : Math.max(1, Math.floor(rows / 2));
}

/** Vim's `{`/`}`: to the next turn's name, or back to the start of this turn (then the one before). */
function turnTarget(state: ReaderState, direction: 1 | -1): number {
	const starts = state.layout.turnStart;
	let target = state.top;
	for (let step = 0; step < repeat(state); step++) {
		const next = direction > 0 ? starts.find(line => line > target) : starts.findLast(line => line < target);
		if (next === undefined) return direction > 0 ? maxTop(state) : 0;
		target = next;
	}

	return target;
}

/** The view moved by a motion key, a count of times. */
export function move(state: ReaderState, by: Motion, direction: 1 | -1): ReaderState {
	if (by === 'turn') return scrollTo(state, turnTarget(state, direction));
	return scrollTo(state, state.top + direction * repeat(state) * motionRows(state, by));
}
