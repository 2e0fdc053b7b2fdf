/** `'`: the bookmarks in time order, with time, note, speaker and words; Enter goes there, `x` deletes. */
import {bookmarksSummary} from '../../core/bookmarks.js';
import {formatClock} from '../../core/time.js';
import {goTo} from '../chapter-state.js';
import {choiceRows} from '../list-rows.js';
import {placeOf} from '../player-state.js';
import type {InMode, ListAction, ReaderState} from '../reader-state.js';
import type {Row} from '../rows.js';
import {bodyRows, listChoice, screenWidth} from '../viewport.js';
import {closed, listPointer, type ModeSpec} from './mode.js';

/** The list, with the bookmark nearest before where the reader is chosen (it says how to make one when there is none). */
export function openBookmarkList(state: ReaderState): ReaderState {
	const {seconds} = placeOf(state);
	const choice = Math.max(
		0,
		state.bookmarks.findLastIndex(bookmark => bookmark.seconds <= seconds),
	);
	return {...state, mode: {kind: 'bookmarks', choice}, count: ''};
}

function deleteChosen(state: InMode<'bookmarks'>): ReaderState {
	const {choice} = state.mode;
	const bookmarks = state.bookmarks.filter((_, index) => index !== choice);
	return {...state, bookmarks, mode: {kind: 'bookmarks', choice: Math.max(0, Math.min(choice, bookmarks.length - 1))}};
}

function reduce(state: InMode<'bookmarks'>, action: ListAction): ReaderState {
	const {choice} = state.mode;
	switch (action.type) {
		case 'line-select':
		case 'move':
		case 'edge': {
			return {...state, mode: {kind: 'bookmarks', choice: listChoice(state, action, choice, state.bookmarks.length)}};
		}

		case 'line-accept': {
			const bookmark = state.bookmarks[choice];
			return bookmark ? goTo(closed(state), bookmark.seconds) : closed(state);
		}

		case 'list-delete': {
			return deleteChosen(state);
		}

		case 'line-cancel': {
			return closed(state);
		}
	}
}

/** `00:22:36  the note — Speaker: the words`, a bookmark a row. */
function view(state: InMode<'bookmarks'>): Row[] {
	const {bookmarks, transcript} = state;
	const rows = bookmarks.map(bookmark => {
		const time = transcript.timed ? `${formatClock(bookmark.seconds)}  ` : '';
		const note = bookmark.note === '' ? '' : `${bookmark.note} — `;
		return `${time}${note}${bookmark.speaker === undefined ? '' : `${bookmark.speaker}: `}${bookmark.quote}`;
	});
	const heading =
		bookmarks.length === 0 ? 'no bookmarks yet: m bookmarks the paragraph you are on' : `${bookmarksSummary(bookmarks)}: Enter go there, x delete`;
	return choiceRows({heading, rows, selected: state.mode.choice, width: screenWidth(state), height: bodyRows(state)});
}

export const bookmarks: ModeSpec<'bookmarks', 'list'> = {
	keys: 'list',
	hints: () => [
		['↑↓', 'choose'],
		['Enter', 'go there'],
		['x', 'delete'],
		['Esc', 'back'],
	],
	reduce,
	view,
	typed: () => undefined,
	...listPointer(
		state => state.bookmarks.length,
		state => reduce(state, {type: 'line-accept'}),
	),
};
