/** What the library's keys do: in the list, in a line being typed (a search, a filter), in the help. Pure. */
import {withQuery} from '../../state/history.js';
import {edited, EMPTY_LINE, lineOf} from '../edit-line.js';
import {MAX_QUERY, recalledQuery, SEARCH_FROM, SEARCH_LIMIT} from '../search-line.js';
import type {EditLine, LineAction} from '../reader-state.js';
import {
	rechosen,
	chosenRow,
	groupedHits,
	moveChoice,
	scrollOverlay,
	selectHit,
	SORTS,
	unreadEpisodes,
	shownEpisodes,
	listRows,
	type Archive,
	type InOverlay,
	type InSearch,
	type LibraryAction,
	type LibraryKeyAction,
	type LibrarySearch,
	type LibraryState,
} from './library-state.js';
import {NO_WORKS_YET, openWorks, worksKey, type WorksKey, type WorksMode, type WorksOutcome} from './works-mode.js';

type InWorks = LibraryState & {mode: WorksMode};

function searchLine(state: LibraryState, archive: Archive, line: EditLine, recalled: number): LibraryState {
	const text = line.text.trim();
	const {hits, counts} = groupedHits(text.length >= SEARCH_FROM ? archive.search(text, SEARCH_LIMIT) : []);
	return {...state, mode: {kind: 'search', line: {...line, hits, counts, selected: 0, recalled}}};
}

/** ↑/↓ on an empty search line (or one brought back): an earlier search, older (↑) or newer (↓). */
function recall(state: LibraryState, archive: Archive, line: LibrarySearch, direction: 1 | -1): LibraryState {
	const {text, recalled} = recalledQuery(state.history, line.recalled, direction);
	return searchLine(state, archive, lineOf(text), recalled);
}

export function searchKey(state: InSearch, action: LineAction, archive: Archive): LibraryState {
	const {line} = state.mode;
	switch (action.type) {
		case 'line-type':
		case 'line-edit': {
			const next = edited(line, action, MAX_QUERY)!;
			return next.text === line.text ? {...state, mode: {kind: 'search', line: {...line, ...next}}} : searchLine(state, archive, next, 0);
		}

		case 'line-select': {
			if (line.text === '' || line.recalled > 0) return recall(state, archive, line, action.direction);
			return selectHit(state, Math.max(0, Math.min(line.hits.length - 1, line.selected + action.direction)));
		}

		case 'line-accept': {
			const query = line.text.trim();
			const hit = line.hits[line.selected];
			if (query === '') return {...state, mode: {kind: 'list'}};
			const history = withQuery(state.history, query);
			if (!hit) return {...state, history, mode: {kind: 'list'}, notice: `no matches for “${query}” in the library: try fewer words`};
			const episode = state.episodes.find(each => each.id === hit.episode);
			return episode ? {...state, history, leaving: {kind: 'open', episode, hit, query}} : state;
		}

		case 'line-cancel': {
			return {...state, mode: {kind: 'list'}};
		}
	}
}

function filterKey(state: LibraryState & {mode: {kind: 'filter'}}, action: LineAction): LibraryState {
	const {line} = state.mode;
	switch (action.type) {
		case 'line-type':
		case 'line-edit': {
			const next: LibraryState = {...state, mode: {kind: 'filter', line: edited(line, action, MAX_QUERY)!}};
			return rechosen(next);
		}

		case 'line-select': {
			return moveChoice(state, {by: 'row', direction: action.direction});
		}

		// Enter keeps the filter; Esc takes it away.
		case 'line-accept': {
			return {...state, filter: line.text.trim(), mode: {kind: 'list'}};
		}

		case 'line-cancel': {
			const next: LibraryState = {...state, filter: '', mode: {kind: 'list'}};
			return rechosen(next);
		}
	}
}

/** In the help or the list of files that are not transcripts: the moving keys scroll, the others close it. */
function overlayKey(state: InOverlay, action: LibraryKeyAction, length: number): LibraryState {
	if (action.type !== 'choose') return {...state, mode: {kind: 'list'}};
	const step = action.by === 'page' ? listRows(state) - 1 : 1;
	return scrollOverlay(state, action.by === 'edge' ? action.direction * Number.POSITIVE_INFINITY : state.mode.top + action.direction * step, length);
}

export function listKey(state: LibraryState, action: LibraryKeyAction): LibraryState {
	switch (action.type) {
		case 'choose': {
			return moveChoice(state, action);
		}

		case 'open': {
			const shown = shownEpisodes(state);
			const episode = shown[chosenRow(state, shown)];
			return episode ? {...state, leaving: {kind: 'open', episode}} : state;
		}

		case 'search-open': {
			return {...state, mode: {kind: 'search', line: {...EMPTY_LINE, hits: [], counts: new Map(), selected: 0, recalled: 0}}};
		}

		case 'filter-open': {
			return {...state, mode: {kind: 'filter', line: lineOf(state.filter)}};
		}

		case 'sort': {
			const next: LibraryState = {...state, sort: SORTS[(SORTS.indexOf(state.sort) + 1) % SORTS.length]!};
			return rechosen(next);
		}

		case 'unread-open': {
			return unreadEpisodes(state).length === 0 ? {...state, notice: 'every file is a transcript'} : {...state, mode: {kind: 'unread', top: 0}};
		}

		case 'works-open': {
			// The works are found (or read from the index) once asked for: the runner sees them asked.
			return {...state, mode: openWorks(), works: state.works ?? NO_WORKS_YET};
		}

		case 'help': {
			return {...state, mode: {kind: 'help', top: 0}};
		}

		case 'quit': {
			return {...state, leaving: {kind: 'quit'}};
		}

		case 'cancel': {
			if (state.filter === '') return state;
			const next: LibraryState = {...state, filter: ''};
			return rechosen(next);
		}
	}
}

/** In the works view: the moving keys and Enter go there; q and Esc close a list; the others do nothing. */
export function worksKeyIn(state: InWorks, action: LibraryKeyAction | WorksKey): LibraryState {
	if (action.type !== 'choose' && action.type !== 'open' && action.type !== 'quit' && action.type !== 'cancel' && action.type !== 'back') return state;
	const key = action.type === 'quit' || action.type === 'cancel' ? {type: 'back' as const} : action;
	return worksOutcome(state, worksKey(state.mode, state.works?.list ?? [], key, listRows(state)));
}

/** The library after a key or a click in the works view: the view as it is now, closed, or an episode to read at a moment. */
export function worksOutcome(state: InWorks, next: WorksOutcome): LibraryState {
	if (next.kind === 'works') return {...state, mode: next};
	if (next.kind === 'closed') return {...state, mode: {kind: 'list'}};
	return {...state, leaving: {kind: 'open', episode: next.moment.episode, at: next.moment.at}};
}

const isLineAction = (action: LibraryAction): action is LineAction => action.type.startsWith('line-');

/** A key: read for the mode the library is in (a line's keys only reach a line). */
export function key(state: LibraryState, action: LibraryKeyAction | LineAction, archive: Archive, helpLength: number): LibraryState {
	const {mode} = state;
	const cleared = state.notice === undefined ? state : {...state, notice: undefined};
	if (mode.kind === 'search' || mode.kind === 'filter') {
		if (!isLineAction(action)) return state;
		return mode.kind === 'search' ? searchKey({...cleared, mode}, action, archive) : filterKey({...cleared, mode}, action);
	}

	if (isLineAction(action)) return state;
	if (mode.kind === 'help') return overlayKey({...cleared, mode}, action, helpLength);
	if (mode.kind === 'unread') return overlayKey({...cleared, mode}, action, unreadEpisodes(state).length);
	if (mode.kind === 'works') return worksKeyIn({...cleared, mode}, action);
	return listKey(cleared, action);
}
