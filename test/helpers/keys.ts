import type {Key} from 'ink';

import {PLAIN_KEY, readKeys, type KeyPress} from '../../source/ui/keymap.js';
import {modeOf} from '../../source/ui/modes/index.js';
import type {Action, KeyMode, ReaderState} from '../../source/ui/reader-state.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {buildTranscript} from '../../source/core/model.js';

/** A key press with no special key and no modifier: tests set the flags they need. */
export const NO_KEY: Key = {...PLAIN_KEY, shift: false, super: false, hyper: false, capsLock: false, numLock: false};

const TALK = buildTranscript('Talk', [
	{speaker: 'Ann', start: 0, stamped: true, text: 'Hello there, and welcome.'},
	{speaker: 'Bo', start: 400, stamped: true, text: 'Thanks for having me.'},
	{speaker: 'Ann', start: 800, stamped: true, text: 'Tell us about the cat.'},
]);

/** A reader whose keys are read as `mode` says: reading, a line (the search), or a list (the chapters). */
function readerIn(mode: KeyMode): ReaderState {
	const reading = createReaderState(TALK, 80, 24);
	if (mode === 'read') return reading;
	return readerReducer(reading, mode === 'line' ? {type: 'search-open'} : {type: 'chapters-open'});
}

/** The actions one input event makes, each key read for the mode the actions before it left the reader in, as the app reads them. */
export function actionsFor(input: string, flags: Partial<KeyPress> = {}, start: KeyMode = 'read'): Action[] {
	let state = readerIn(start);
	const actions: Action[] = [];
	readKeys(
		input,
		{...NO_KEY, ...flags},
		{
			mode: () => modeOf(state).keys,
			act(action) {
				actions.push(action);
				state = readerReducer(state, action);
			},
		},
	);
	return actions;
}
