/** `m`: a bookmark of the paragraph the reader is on, with a note typed in the footer. */
import {edited} from '../edit-line.js';
import {addBookmark} from '../keep-state.js';
import type {InMode, LineAction, ReaderState} from '../reader-state.js';
import {wheelText} from '../viewport.js';
import {closed, noClick, noView, type ModeSpec} from './mode.js';

const MAX_NOTE = 200;

function reduce(state: InMode<'note'>, action: LineAction, now: number): ReaderState {
	const {line} = state.mode;
	switch (action.type) {
		case 'line-type':
		case 'line-edit': {
			return {...state, mode: {kind: 'note', line: {...line, ...edited(line, action, MAX_NOTE)!}}};
		}

		case 'line-select': {
			return state;
		}

		case 'line-accept': {
			return addBookmark(closed(state), line, now);
		}

		case 'line-cancel': {
			return closed(state);
		}
	}
}

export const note: ModeSpec<'note', 'line'> = {
	keys: 'line',
	hints: () => [
		['Enter', 'save'],
		['Esc', 'cancel'],
	],
	reduce,
	view: noView,
	typed: state => ({prompt: 'note: ', line: state.mode.line, aside: 'Enter saves the bookmark, Esc cancels'}),
	wheel: wheelText,
	click: noClick,
};
