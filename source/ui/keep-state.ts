/** What the reader keeps: quotes copied (`y`), bookmarks (`m`, and the list `'` opens), and where they stopped. Pure. */
import {addBookmark as added, bookmarkFor, deleteBookmark, type Bookmark, type StateChange} from '../core/bookmarks.js';
import {shownClock} from '../core/model.js';
import {quoteOf, type QuoteSpan} from '../core/quote.js';
import {goTo} from './chapter-state.js';
import {placeOf, type Place} from './player-state.js';
import type {Action, ReaderState} from './state.js';
import {listChoice} from './viewport.js';

/** The note being typed for a bookmark of `place`. */
export type NoteLine = {readonly text: string; readonly place: Place};

const MAX_NOTE = 200;

export function openNoteLine(state: ReaderState): ReaderState {
	return {...state, overlay: 'note', count: '', noteLine: {text: '', place: placeOf(state)}};
}

function addBookmark(state: ReaderState, line: NoteLine, now: number): ReaderState {
	const {paragraph, seconds} = line.place;
	const bookmark = bookmarkFor(state.transcript, paragraph, seconds, line.text.trim(), new Date(now));
	const bookmarks = [...state.bookmarks, bookmark].sort((a, b) => a.seconds - b.seconds);
	const clock = shownClock(state.transcript, seconds);
	return {...state, bookmarks, notice: `bookmarked${clock === '' ? '' : ` ${clock}`}: ' lists the bookmarks`};
}

export function noteLineAction(current: ReaderState, line: NoteLine, action: Action, now: number): ReaderState {
	const state = {...current, overlay: 'none' as const, noteLine: undefined};
	switch (action.type) {
		case 'line-type': {
			return {...current, noteLine: {...line, text: (line.text + action.text).slice(0, MAX_NOTE)}};
		}

		case 'line-erase': {
			return {...current, noteLine: {...line, text: [...line.text].slice(0, -1).join('')}};
		}

		case 'line-accept': {
			return addBookmark(state, line, now);
		}

		case 'line-cancel': {
			return state;
		}

		default: {
			return current;
		}
	}
}

/** The bookmark nearest before where the reader is, chosen when the list opens (it says how to make one when there is none). */
export function openBookmarkList(state: ReaderState): ReaderState {
	const {seconds} = placeOf(state);
	const choice = Math.max(0, state.bookmarks.findLastIndex(bookmark => bookmark.seconds <= seconds));
	return {...state, overlay: 'bookmarks', count: '', bookmarkChoice: choice};
}

function deleteChosen(state: ReaderState): ReaderState {
	const bookmarks = state.bookmarks.filter((_, index) => index !== state.bookmarkChoice);
	return {...state, bookmarks, bookmarkChoice: Math.max(0, Math.min(state.bookmarkChoice, bookmarks.length - 1))};
}

export function bookmarkListAction(state: ReaderState, action: Action): ReaderState {
	const chosen = listChoice(state, action, state.bookmarkChoice, state.bookmarks.length);
	if (chosen !== undefined) return {...state, bookmarkChoice: chosen};
	if (action.type === 'list-delete') return deleteChosen(state);
	const bookmark = action.type === 'line-accept' ? state.bookmarks[state.bookmarkChoice] : undefined;
	return bookmark ? goTo({...state, overlay: 'none'}, bookmark.seconds) : {...state, overlay: 'none'};
}

/** The bookmarks as saved, with those another Parley added or deleted meanwhile. */
export function bookmarksSaved(state: ReaderState, bookmarks: readonly Bookmark[], warning: string | undefined): ReaderState {
	const chosen = state.bookmarks[state.bookmarkChoice]?.id;
	const choice = Math.max(0, bookmarks.findIndex(bookmark => bookmark.id === chosen));
	return {...state, bookmarks, bookmarkChoice: choice, notice: warning ?? state.notice};
}

/** `r`: back to where the reader stopped last time. */
export function resumeReading(state: ReaderState): ReaderState {
	if (state.resumeAt === undefined) return {...state, count: ''};
	return goTo(state, state.resumeAt);
}

/** The search match shown, else the paragraph the reader is on. */
function quoteSpan(state: ReaderState): QuoteSpan {
	const {found} = state;
	const match = found?.shown ? found.hits[found.current] : undefined;
	const place = placeOf(state);
	return match?.paragraph === place.paragraph ? match : {paragraph: place.paragraph, start: 0};
}

/** `y`: the quote, for the app to put on the clipboard. */
export function copyQuote(state: ReaderState): ReaderState {
	const text = quoteOf(state.transcript, quoteSpan(state));
	return {...state, count: '', clipboard: {text, copies: (state.clipboard?.copies ?? 0) + 1}, notice: `copied: ${text}`};
}

/** The change to a saved state that makes its bookmarks `after` from `before` (keeping what others saved meanwhile). */
export function bookmarkChanges(before: readonly Bookmark[], after: readonly Bookmark[]): StateChange {
	const had = new Set(before.map(bookmark => bookmark.id));
	const has = new Set(after.map(bookmark => bookmark.id));
	const changes = [...after.filter(bookmark => !had.has(bookmark.id)).map(bookmark => added(bookmark)), ...before.filter(bookmark => !has.has(bookmark.id)).map(bookmark => deleteBookmark(bookmark.id))];
	return state => changes.reduce((changed, change) => change(changed), state);
}
