/**
 * The reader's state made, and the one reducer that changes it: what happens to the reader
 * whatever its mode (the terminal, time, background work, leaving) is handled here; every key's
 * action goes to the mode the reader is in (modes/), the mouse's to where it lands (pointer.ts).
 * Pure: no terminal needed to test it.
 */
import type {Chapters} from '../core/chapters/index.js';
import {layoutTranscript} from '../core/layout.js';
import {shownClock, type Transcript} from '../core/model.js';
import type {GivenRefs} from '../core/work-groups.js';
import type {Kept} from '../state/keep.js';
import {goTo} from './chapter-state.js';
import {bookmarksSaved} from './keep-state.js';
import {clampHelpTop} from './modes/help.js';
import {modeOf} from './modes/index.js';
import {noticeFor} from './notice.js';
import {audioReport, follow, pauseToSuspend, stopFollowing, tick} from './player-state.js';
import {pointed} from './pointer.js';
import {isPointerAction, isWorldAction, KEY_ACTION_TYPES, type Action, type ReaderState, type WorldAction} from './reader-state.js';
import {relayout} from './viewport.js';
import {CLOSED_SIDEBAR, refsReady} from './works-state.js';

const NOTHING_KEPT: Kept = {bookmarks: [], resumeAt: undefined};

/** What the footer says first: a warning about the input, else where the reader stopped last time. */
function firstNotice(transcript: Transcript, kept: Kept): string | undefined {
	const resume = kept.resumeAt === undefined ? undefined : `you stopped at ${shownClock(transcript, kept.resumeAt) || 'a place'} last time: r goes back there`;
	return noticeFor(transcript.warnings) ?? kept.warning ?? resume;
}

export function createReaderState(
	transcript: Transcript,
	columns: number,
	rows: number,
	at?: number,
	chapters?: Chapters,
	givenRefs?: GivenRefs,
	kept: Kept = NOTHING_KEPT,
): ReaderState {
	const state: ReaderState = {
		transcript,
		columns,
		rows,
		layout: layoutTranscript(transcript, columns),
		top: 0,
		anchor: {paragraph: 0, prefix: 0},
		count: '',
		mode: {kind: 'reading'},
		found: undefined,
		chapters,
		marked: undefined,
		chapterFocus: undefined,
		givenRefs,
		refs: undefined,
		sidebar: CLOSED_SIDEBAR,
		walk: undefined,
		speakerFilter: undefined,
		withoutAudio: {beside: undefined, told: false},
		player: undefined,
		bookmarks: kept.bookmarks,
		history: kept.history ?? [],
		resumeAt: kept.resumeAt,
		clipboard: undefined,
		hinting: true,
		notice: firstNotice(transcript, kept),
		within: undefined,
		leaving: undefined,
	};
	return at === undefined ? state : goTo(state, at);
}

/** The reader told whether the episode has an audio file, and without one, the name it would have beside the transcript. */
export function withAudio(state: ReaderState, audio: boolean, beside: string | undefined): ReaderState {
	return {...state, withoutAudio: audio ? undefined : {beside, told: false}};
}

function resize(state: ReaderState, columns: number, rows: number): ReaderState {
	const resized = relayout({...state, columns, rows});
	const {mode} = state;
	return {...resized, mode: mode.kind === 'help' ? {...mode, top: clampHelpTop(resized, mode.top)} : mode};
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
