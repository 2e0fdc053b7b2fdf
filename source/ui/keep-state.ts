/** What the reader keeps: quotes copied (`y`), bookmarks (`m`), and where they stopped. Pure. (The note line and the bookmark list are modes/.) */
import {addBookmark as added, bookmarkFor, deleteBookmark, type Bookmark, type StateChange} from '../core/bookmarks.js';
import {shownClock} from '../core/model.js';
import {quoteOf, type QuoteSpan} from '../core/quote.js';
import {goTo} from './chapter-state.js';
import {placeOf} from './player-state.js';
import type {NoteLine, ReaderState} from './reader-state.js';

/** The bookmarks as saved, with those another Parley added or deleted meanwhile. */
export function bookmarksSaved(state: ReaderState, bookmarks: readonly Bookmark[], warning: string | undefined): ReaderState {
	const {mode} = state;
	const notice = warning ?? state.notice;
	if (mode.kind !== 'bookmarks') return {...state, bookmarks, notice};
	// The list open keeps the bookmark chosen chosen.
	const chosen = state.bookmarks[mode.choice]?.id;
	return {
		...state,
		bookmarks,
		notice,
		mode: {
			...mode,
			choice: Math.max(
				0,
				bookmarks.findIndex(bookmark => bookmark.id === chosen),
			),
		},
	};
}

/** A bookmark of `line.place` with the note typed, in time order with the others. */
export function addBookmark(state: ReaderState, line: NoteLine, now: number): ReaderState {
	const {paragraph, seconds} = line.place;
	const bookmark = bookmarkFor(state.transcript, paragraph, seconds, line.text.trim(), new Date(now));
	const bookmarks = [...state.bookmarks, bookmark].sort((a, b) => a.seconds - b.seconds);
	const clock = shownClock(state.transcript, seconds);
	return {...state, bookmarks, notice: `bookmarked${clock === '' ? '' : ` ${clock}`}: ' lists the bookmarks`};
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
	const changes = [
		...after.filter(bookmark => !had.has(bookmark.id)).map(bookmark => added(bookmark)),
		...before.filter(bookmark => !has.has(bookmark.id)).map(bookmark => deleteBookmark(bookmark.id)),
	];
	return state => changes.reduce((changed, change) => change(changed), state);
}
