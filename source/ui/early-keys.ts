/**
 * Keys answered before Ink has loaded (first-paint.ts): the ones that only move through the text
 * (j, k, Space, b, d, u, g, G, a count), read by the app's keymap and done by its reducer, so that
 * the reader moves at once however long Ink takes to load. Loaded right after the first screen,
 * before Ink.
 */
import {PLAIN_KEY, readKeys} from './keymap.js';
import type {Action, ReaderState} from './reader-state.js';
import {readerReducer} from './state.js';

/** What an early key may do: move the view (nothing the app would act on besides drawing it). */
const MOVING: ReadonlySet<Action['type']> = new Set(['move', 'edge', 'digit']);

/** A printable ASCII character: a key on its own, never part of an escape sequence or a paste. */
const isPlain = (character: string) => character >= ' ' && character <= '~';

/** The state after `character`, typed while reading, when it only moves the view; else undefined: it is the app's to read. */
export function earlyKey(state: ReaderState, character: string): ReaderState | undefined {
	if (state.mode.kind !== 'reading' || !isPlain(character)) return undefined;
	const actions: Action[] = [];
	readKeys(character, PLAIN_KEY, {mode: () => 'read', act: action => actions.push(action)});
	if (actions.length === 0 || actions.some(action => !MOVING.has(action.type))) return undefined;
	const now = Date.now();
	return actions.reduce((next, action) => readerReducer(next, {...action, now}), state);
}
