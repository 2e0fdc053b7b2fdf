/** What the mouse does in the library, where it lands on the rows library-view.ts draws. Pure. */
import type {PointerAction} from '../reader-state.js';
import {WHEEL_LINES, wheelChoice} from '../viewport.js';
import {listKey, searchKey, worksKeyIn, worksOutcome as outcome} from './library-keys.js';
import {worksClick} from './works-mode.js';
import {
	choose,
	chosenRow,
	listRows,
	scrollOverlay,
	SEARCH_HEAD_ROWS,
	searchRows,
	selectHit,
	shownEpisodes,
	unreadEpisodes,
	type Archive,
	type InSearch,
	type LibraryState,
} from './library-state.js';

/** A click on a match chooses it; on the one chosen (or its heading), reads the episode there. */
function searchClick(state: InSearch, line: number, archive: Archive): LibraryState {
	const {rows, first, height} = searchRows(state);
	const at = line - SEARCH_HEAD_ROWS;
	const row = at >= 0 && at < height ? rows[first + at] : undefined;
	if (!row) return state;
	return row.hit === state.mode.line.selected ? searchKey(state, {type: 'line-accept'}, archive) : selectHit(state, row.hit);
}

/** A click on an episode chooses it; on the one chosen, reads it. While a filter is typed, it is kept first (as Enter keeps it). */
function listClick(current: LibraryState, line: number): LibraryState {
	const {mode} = current;
	const state: LibraryState = mode.kind === 'filter' ? {...current, filter: mode.line.text.trim(), mode: {kind: 'list'}} : current;
	const shown = shownEpisodes(state);
	const row = state.top + line;
	if (row >= shown.length) return state;
	return row === chosenRow(state, shown) ? listKey(state, {type: 'open'}) : choose(state, row, shown);
}

/**
 * The mouse, where it lands on the rows library-view.ts draws: the header, then the list (or what
 * a mode shows), then the footer. The wheel moves the choice, or scrolls the help; a click chooses
 * a row, and reads the episode of the one chosen.
 */
export function pointed(state: LibraryState, action: PointerAction, archive: Archive, helpLength: number): LibraryState {
	const {mode} = state;
	const line = action.row - 1;
	if (action.type === 'click' && (line < 0 || line >= listRows(state))) return state;
	switch (mode.kind) {
		case 'help':
		case 'unread': {
			const length = mode.kind === 'help' ? helpLength : unreadEpisodes(state).length;
			return action.type === 'wheel' ? scrollOverlay({...state, mode}, mode.top + action.direction * WHEEL_LINES, length) : state;
		}

		case 'search': {
			const {hits, selected} = mode.line;
			return action.type === 'wheel'
				? selectHit({...state, mode}, wheelChoice(selected, action.direction, hits.length))
				: searchClick({...state, mode}, line, archive);
		}

		case 'works': {
			if (action.type === 'click') return outcome({...state, mode}, worksClick(mode, state.works?.list ?? [], line, listRows(state)));
			let moved: LibraryState = state;
			for (let notch = 0; notch < WHEEL_LINES && moved.mode.kind === 'works'; notch++)
				moved = worksKeyIn({...moved, mode: moved.mode}, {type: 'choose', by: 'row', direction: action.direction});
			return moved;
		}

		case 'list':
		case 'filter': {
			const shown = shownEpisodes(state);
			return action.type === 'wheel' ? choose(state, chosenRow(state, shown) + action.direction * WHEEL_LINES, shown) : listClick(state, line);
		}
	}
}
