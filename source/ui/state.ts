/**
 * The one reducer that changes the reader's state (made by initial-state.ts): what happens to the reader
 * whatever its mode (the terminal, time, background work, leaving) is handled here; every key's
 * action goes to the mode the reader is in (modes/), the mouse's to where it lands (pointer.ts).
 * Pure: no terminal needed to test it.
 */
import {resized} from './initial-state.js';
import {bookmarksSaved} from './keep-state.js';
import {clampHelpTop} from './modes/help.js';
import {modeOf} from './modes/index.js';
import {audioReport, follow, pauseToSuspend, stopFollowing, tick} from './player-state.js';
import {pointed} from './pointer.js';
import {isPointerAction, isWorldAction, KEY_ACTION_TYPES, type Action, type ReaderState, type WorldAction} from './reader-state.js';
import {refsReady} from './works-state.js';

function resize(state: ReaderState, columns: number, rows: number): ReaderState {
	const laid = resized(state, columns, rows);
	const {mode} = state;
	return {...laid, mode: mode.kind === 'help' ? {...mode, top: clampHelpTop(laid, mode.top)} : mode};
}

/** What happens to the reader whatever its mode: none of it clears the notice or the hints, as a key does. */
function world(state: ReaderState, action: WorldAction, now: number): ReaderState {
	switch (action.type) {
		case 'resize': {
			return resize(state, action.columns, action.rows);
		}

		case 'chapters-ready': {
			return state.chapters ? state : {...state, chapters: action.chapters};
		}

		case 'refs-ready': {
			return refsReady(state, action.refs);
		}

		case 'tick': {
			return tick(state, now);
		}

		case 'audio': {
			return audioReport(state, action.report, now);
		}

		case 'bookmarks-saved': {
			return bookmarksSaved(state, action.bookmarks, action.warning);
		}

		// On the way out the screen stays as it is: no last frame is drawn as Parley leaves.
		case 'exit': {
			return {...state, leaving: 'exit'};
		}

		case 'suspend': {
			return {...pauseToSuspend(state, now), leaving: 'suspend'};
		}

		case 'redraw': {
			return {...state, leaving: 'redraw'};
		}
	}
}

/** A key or the mouse, done by `act`: it clears the notice and the first screen's hints, and the reader's own moves of the view stop it following the player. */
function byReader(current: ReaderState, action: Action, act: (state: ReaderState) => ReaderState): ReaderState {
	const state = current.notice === undefined && !current.hinting ? current : {...current, notice: undefined, hinting: false};
	const next = act(state);
	// On the way out the screen stays as it is: no last frame (with the hints gone) is drawn as Parley leaves.
	if (next.leaving !== undefined && current.leaving === undefined) return {...next, notice: current.notice, hinting: current.hinting};
	// A search given up puts the view back where it was; while the player plays on, that is the words spoken.
	if (action.type === 'line-cancel' && current.mode.kind === 'search' && current.player?.following) return follow(next);
	return stopFollowing(current, next);
}

/** A key: done by the mode. */
function key(current: ReaderState, action: Action, now: number): ReaderState {
	const spec = modeOf(current);
	// Keys read ahead of a change of mode (a chunk typed quickly) cannot reach a mode they are not for.
	if (!KEY_ACTION_TYPES[spec.keys].has(action.type)) return current;
	return byReader(current, action, state => spec.reduce(state, action as never, now));
}

export function readerReducer(current: ReaderState, action: Action): ReaderState {
	// The time of the action; of the last one, for actions made without it (tests).
	const now = action.now ?? current.player?.now ?? 0;
	if (isWorldAction(action)) return world(current, action, now);
	return isPointerAction(action) ? byReader(current, action, state => pointed(state, action, now, current)) : key(current, action, now);
}
