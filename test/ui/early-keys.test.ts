import {describe, expect, it} from 'vitest';
import {earlyKey} from '../../source/ui/early-keys.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import type {Action, ReaderState} from '../../source/ui/reader-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = await loadSeed();
const start = createReaderState(seed, 80, 24);
const run = (state: ReaderState, ...actions: Action[]) => actions.reduce(readerReducer, state);
/** The parts of a state a key that moves changes (times of actions aside). */
const view = (state: ReaderState | undefined) =>
	state && {top: state.top, anchor: state.anchor, count: state.count, hinting: state.hinting, notice: state.notice};

describe('keys answered before Ink has loaded', () => {
	it('move the view as the app moves it', () => {
		expect(view(earlyKey(start, 'j'))).toEqual(view(run(start, {type: 'move', by: 'line', direction: 1})));
		expect(view(earlyKey(start, ' '))).toEqual(view(run(start, {type: 'move', by: 'page', direction: 1})));
		expect(view(earlyKey(start, 'G'))).toEqual(view(run(start, {type: 'edge', to: 'end'})));
		const counted = earlyKey(earlyKey(start, '3')!, 'j');
		expect(view(counted)).toEqual(view(run(start, {type: 'digit', digit: '3'}, {type: 'move', by: 'line', direction: 1})));
		expect(counted!.top).toBeGreaterThan(earlyKey(start, 'j')!.top);
	});

	it('leave every other key to the app: modes, quitting, playing, control characters, escapes, letters beyond ASCII', () => {
		for (const key of ['/', 'q', 'p', 'c', '?', 'm', 's', '\u001B', '\u0003', '\r', 'é']) expect(earlyKey(start, key), JSON.stringify(key)).toBeUndefined();
	});

	it('answer nothing outside reading', () => {
		const searching = run(start, {type: 'search-open'});
		expect(earlyKey(searching, 'j')).toBeUndefined();
	});
});
