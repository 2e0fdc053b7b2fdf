/** `?`: the keys, a page at a time; the moving keys scroll it, any other key closes it. */
import {helpLines, helpScreen} from '../help-lines.js';
import type {InMode, ReadAction, ReaderState} from '../reader-state.js';
import {bodyRows, motionRows, repeat, WHEEL_LINES} from '../viewport.js';
import {noClick, type ModeSpec} from './mode.js';

/** The first row shown, kept so that the help's end is never above the bottom of the screen. */
export function clampHelpTop(state: Pick<ReaderState, 'columns' | 'rows'>, top: number): number {
	const last = Math.max(0, helpLines(state.columns).length + 1 - bodyRows(state));
	return Math.max(0, Math.min(last, top));
}

function scrolled(state: InMode<'help'>, top: number): ReaderState {
	return {...state, mode: {...state.mode, top: clampHelpTop(state, top)}, count: ''};
}

/** Closed, back to what it was opened from. */
const closedHelp = (state: InMode<'help'>): ReaderState => ({...state, mode: {kind: state.mode.back}, count: ''});

function reduce(state: InMode<'help'>, action: ReadAction): ReaderState {
	const {top} = state.mode;
	switch (action.type) {
		case 'edge': {
			return scrolled(state, action.to === 'start' ? 0 : Number.POSITIVE_INFINITY);
		}

		case 'enter': {
			return scrolled(state, top + repeat(state));
		}

		case 'move': {
			if (action.by === 'turn') return closedHelp(state);
			return scrolled(state, top + action.direction * repeat(state) * motionRows(state, action.by));
		}

		case 'digit': {
			return {...state, count: (state.count + action.digit).slice(-6)};
		}

		case 'help':
		case 'cancel':
		case 'quit':
		case 'search-open':
		case 'match':
		case 'chapter':
		case 'speaker':
		case 'speakers-open':
		case 'chapters-open':
		case 'time-open':
		case 'sidebar':
		case 'focus':
		case 'play':
		case 'rate':
		case 'seek-by':
		case 'follow':
		case 'copy':
		case 'bookmark':
		case 'bookmarks-open':
		case 'resume': {
			return closedHelp(state);
		}
	}
}

export const help: ModeSpec<'help', 'read'> = {
	keys: 'read',
	hints: () => [
		['j/k Space b g G', 'scroll help'],
		['other keys', 'close it'],
	],
	reduce,
	view: state => helpScreen(helpLines(state.columns)).slice(state.mode.top, state.mode.top + bodyRows(state)),
	typed: () => undefined,
	wheel: (state, direction) => scrolled(state, state.mode.top + direction * WHEEL_LINES),
	click: noClick,
};
