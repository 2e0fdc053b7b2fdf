/**
 * The reader's state held for the app: one place that runs the reducer, so that each key is read
 * for the mode the reader is in by then (keys can arrive faster than frames), and React draws the
 * latest state (useSyncExternalStore). No React here.
 */
import type {Action, ReaderState} from './reader-state.js';
import {readerReducer} from './state.js';

export type ReaderStore = {
	readonly get: () => ReaderState;
	readonly dispatch: (action: Action) => void;
	readonly subscribe: (listener: () => void) => () => void;
};

export function createReaderStore(initial: ReaderState): ReaderStore {
	let state = initial;
	const listeners = new Set<() => void>();
	return {
		get: () => state,
		dispatch(action) {
			const next = readerReducer(state, action);
			if (next === state) return;
			state = next;
			for (const listener of listeners) listener();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
