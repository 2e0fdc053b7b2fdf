/** `:` or `t`: go to a time typed in the footer (35:00, 1:05:10, 35m, +90, -30s, 50%), or a paragraph (¶12). */
import {namesTime, parsePlaceQuery, PLACE_EXAMPLES, TIME_QUERY_EXAMPLES} from '../../core/time-query.js';
import {goTo, readingTime} from '../chapter-state.js';
import {edited} from '../edit-line.js';
import type {InMode, LineAction, ReaderState} from '../reader-state.js';
import {wheelText} from '../viewport.js';
import {closed, noClick, noView, type ModeSpec} from './mode.js';

const MAX_TIME = 40;

function goToTime(state: ReaderState, text: string): ReaderState {
	if (text.trim() === '') return state;
	const {transcript} = state;
	if (!transcript.timed && namesTime(text)) return {...state, notice: 'no times here: go to a share of it, like 50%, or a paragraph, like ¶12'};
	// `+30` after going to a time steps on from that time, not from the top of the paragraph shown.
	const from = state.marked?.top === state.top ? state.marked.seconds : readingTime(state);
	const result = parsePlaceQuery(text, from, transcript, transcript.timed ? TIME_QUERY_EXAMPLES : PLACE_EXAMPLES);
	if ('error' in result) return {...state, notice: result.error};
	return goTo(state, result.seconds);
}

function reduce(state: InMode<'time'>, action: LineAction): ReaderState {
	switch (action.type) {
		case 'line-type':
		case 'line-edit': {
			return {...state, mode: {kind: 'time', line: edited(state.mode.line, action, MAX_TIME)!}};
		}

		case 'line-select': {
			return state;
		}

		case 'line-accept': {
			return goToTime(closed(state), state.mode.line.text);
		}

		case 'line-cancel': {
			return closed(state);
		}
	}
}

export const time: ModeSpec<'time', 'line'> = {
	keys: 'line',
	hints: () => [
		['Enter', 'go'],
		['Esc', 'back'],
	],
	reduce,
	view: noView,
	typed: state => ({prompt: 'go to: ', line: state.mode.line, aside: state.transcript.timed ? TIME_QUERY_EXAMPLES : PLACE_EXAMPLES}),
	wheel: wheelText,
	click: noClick,
};
