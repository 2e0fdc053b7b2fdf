/**
 * `S`: the speakers, to pick one out (the others' turns are dimmed, in place, so that nothing moves
 * and what they answer can still be read) or, first in the list, all of them again.
 */
import {choiceRows} from '../list-rows.js';
import type {InMode, ListAction, ReaderState} from '../reader-state.js';
import type {Row} from '../rows.js';
import {turnCounts} from '../speaker-state.js';
import {bodyRows, listChoice, screenWidth} from '../viewport.js';
import {closed, listPointer, type ModeSpec} from './mode.js';

const ALL_SPEAKERS = 'all speakers';

/** The list, the speaker picked out chosen (else all of them); a transcript that names nobody has none. */
export function openSpeakerList(state: ReaderState): ReaderState {
	if (state.transcript.speakers.length === 0) return {...state, count: '', notice: 'no speakers named here'};
	return {...state, mode: {kind: 'speakers', choice: (state.speakerFilter ?? -1) + 1}, count: ''};
}

function reduce(state: InMode<'speakers'>, action: ListAction): ReaderState {
	const {choice} = state.mode;
	switch (action.type) {
		case 'line-select':
		case 'move':
		case 'edge': {
			return {...state, mode: {kind: 'speakers', choice: listChoice(state, action, choice, state.transcript.speakers.length + 1)}};
		}

		case 'line-accept': {
			return {...closed(state), speakerFilter: choice === 0 ? undefined : choice - 1};
		}

		case 'list-delete': {
			return state;
		}

		case 'line-cancel': {
			return closed(state);
		}
	}
}

function view(state: InMode<'speakers'>): Row[] {
	const counts = turnCounts(state);
	const speakers = state.transcript.speakers.map(({name}, index) => `${name}  ${counts[index]} ${counts[index] === 1 ? 'turn' : 'turns'}`);
	const heading = `${speakers.length} ${speakers.length === 1 ? 'speaker' : 'speakers'}: pick one out, the others’ turns dimmed`;
	const current = (state.speakerFilter ?? -1) + 1;
	return choiceRows({heading, rows: [ALL_SPEAKERS, ...speakers], selected: state.mode.choice, current, width: screenWidth(state), height: bodyRows(state)});
}

export const speakers: ModeSpec<'speakers', 'list'> = {
	keys: 'list',
	hints: () => [
		['↑↓', 'choose'],
		['Enter', 'pick out'],
		['Esc', 'back'],
	],
	reduce,
	view,
	typed: () => undefined,
	...listPointer(
		state => state.transcript.speakers.length + 1,
		state => reduce(state, {type: 'line-accept'}),
	),
};
