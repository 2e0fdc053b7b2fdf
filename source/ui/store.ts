/**
 * A state held for an app: one place that runs the reducer, so that each key is read for the mode
 * the screen is in by then (keys can arrive faster than frames), and React draws the latest state
 * (useSyncExternalStore). No React here.
 */
import type {Action, ReaderState} from './reader-state.js';
import {readerReducer} from './state.js';

export type Store<S, A> = {
	readonly get: () => S;
	readonly dispatch: (action: A) => void;
	readonly subscribe: (listener: () => void) => () => void;
};

export function createStore<S, A>(reduce: (state: S, action: A) => S, initial: S): Store<S, A> {
	let state = initial;
	const listeners = new Set<() => void>();
	return {
		get: () => state,
		dispatch(action) {
			const next = reduce(state, action);
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

export type ReaderStore = Store<ReaderState, Action>;

export const createReaderStore = (initial: ReaderState): ReaderStore => createStore(readerReducer, initial);
