/** Where the reader's view is and how much of the terminal it may use: pure, like the reducer. */
import {anchorAt} from '../core/layout.js';
import type {Action, ReaderState} from './state.js';

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

export function scrollTo(state: ReaderState, line: number): ReaderState {
	const top = clampTop(state, line);
	return {...state, top, anchor: anchorAt(state.layout, top), count: ''};
}

export function repeat(state: ReaderState): number {
	return state.count === '' ? 1 : Math.max(1, Number(state.count));
}

/** Where a move in a list (the chapters, the bookmarks) of `length` rows takes its choice; undefined for an action that is not a move. */
export function listChoice(state: ReaderState, action: Action, choice: number, length: number): number | undefined {
	const last = Math.max(0, length - 1);
	const within = (index: number) => Math.max(0, Math.min(last, index));
	if (action.type === 'line-select') return within(choice + action.direction);
	if (action.type === 'move') return within(choice + action.direction * Math.max(1, bodyRows(state) - 2));
	if (action.type === 'edge') return action.to === 'start' ? 0 : last;
	return undefined;
}
