/**
 * The reader's state as it opens: made for a transcript at the terminal's size, and made again at
 * a new size. All that the first screen needs (first-paint.ts): the reducer that changes the state
 * (state.ts) loads every mode, after it. Pure.
 */
import type {Chapters} from '../core/chapters/index.js';
import {layoutTranscript} from '../core/layout.js';
import {shownClock, type Transcript} from '../core/model.js';
import type {GivenRefs} from '../core/work-groups.js';
import type {Kept} from '../state/keep.js';
import {goTo} from './chapter-state.js';
import {noticeFor} from './notice.js';
import type {ReaderState} from './reader-state.js';
import {relayout} from './viewport.js';
import {CLOSED_SIDEBAR} from './works-shown.js';

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

/** The reader at a new size, laid out anew for it. (An open help keeps its place too: state.ts.) */
export function resized(state: ReaderState, columns: number, rows: number): ReaderState {
	return relayout({...state, columns, rows});
}
