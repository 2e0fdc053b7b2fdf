/** What the reader keeps, saved as it changes: bookmarks, where they are, quotes copied. */
import {useEffect, useRef, type Dispatch} from 'react';
import {setPosition} from '../core/bookmarks.js';
import type {Keep} from '../state/keep.js';
import {readingTime} from './chapter-state.js';
import {bookmarkChanges} from './keep-state.js';
import type {Action, ReaderState} from './reader-state.js';

/** How long the view must stay put before where it is gets saved (it is saved on the way out too). */
const SAVE_POSITION_AFTER_MS = 2000;

function savePosition(keep: Keep, state: ReaderState) {
	keep.save(setPosition(state.anchor.paragraph, readingTime(state), new Date()));
}

export function useKeep(state: ReaderState, keep: Keep | undefined, dispatch: Dispatch<Action>) {
	const saved = useRef(state.bookmarks);
	useEffect(() => {
		if (!keep || state.bookmarks === saved.current) return;
		const {state: kept, warning} = keep.save(bookmarkChanges(saved.current, state.bookmarks));
		saved.current = kept.bookmarks;
		dispatch({type: 'bookmarks-saved', bookmarks: kept.bookmarks, warning});
	}, [state.bookmarks, keep, dispatch]);

	// Searches made are kept for the next sessions (those another Parley made meanwhile too).
	const searched = useRef(state.history);
	useEffect(() => {
		if (!keep || state.history === searched.current) return;
		searched.current = state.history;
		// Each search accepted puts its query last.
		keep.remember(state.history.slice(-1));
	}, [state.history, keep]);

	// Only once the reader has moved: opening a transcript and closing it again keeps where they stopped before.
	const latest = useRef(state);
	latest.current = state;
	const opened = useRef(state.anchor);
	useEffect(() => {
		if (!keep || state.anchor === opened.current) return undefined;
		const timer = setTimeout(() => savePosition(keep, latest.current), SAVE_POSITION_AFTER_MS);
		return () => clearTimeout(timer);
	}, [state.anchor, keep]);
	useEffect(
		() => () => {
			if (keep && latest.current.anchor !== opened.current) savePosition(keep, latest.current);
		},
		[keep],
	);
}

/** Each quote copied goes on the clipboard once (not again when the reader is drawn anew). */
export function useClipboard(clipboard: ReaderState['clipboard'], copy: ((text: string) => void) | undefined) {
	const copies = useRef(clipboard?.copies ?? 0);
	useEffect(() => {
		if (!clipboard || clipboard.copies === copies.current) return;
		copies.current = clipboard.copies;
		copy?.(clipboard.text);
	}, [clipboard, copy]);
}
