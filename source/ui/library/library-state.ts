/**
 * The library's state and what its keys do: the episodes of a folder, sorted and filtered, a
 * search of every episode as it is typed (the passages grouped by episode), the files that are
 * not transcripts, the show's works (works-mode.ts), and the indexing going on. Pure: the index is
 * reached through `Archive`.
 */
import type {LibraryHit} from '../../library/archive-search.js';
import type {EpisodeRow} from '../../library/index-db.js';
import type {Refreshed} from '../../library/indexer.js';
import type {Progress} from '../../library/progress.js';
import {withQuery} from '../../state/history.js';
import {edited, EMPTY_LINE, lineOf} from '../edit-line.js';
import {keptInView, movedChoice, type ListMove} from '../list-rows.js';
import type {EditLine, LineAction} from '../reader-state.js';
import {foundWorks, NO_WORKS_YET, openWorks, worksInView, worksKey, type LibraryWorks, type MomentPlace, type WorksFound, type WorksMode} from './works-mode.js';

/** What the library asks of its index, as it is typed. */
export type Archive = {readonly search: (query: string, limit: number) => LibraryHit[]};

export type SortKey = 'date' | 'title' | 'length' | 'file';

/** `o` goes through them in this order. */
export const SORTS: readonly SortKey[] = ['date', 'title', 'length', 'file'];

/** The search line, its matches best first, and the one chosen. */
export type LibrarySearch = EditLine & {
	/** Grouped by episode, at most a few of each. */
	readonly hits: readonly LibraryHit[];
	/** How many matches each episode has in all (n/N in it step through them). */
	readonly counts: ReadonlyMap<number, number>;
	readonly selected: number;
	readonly recalled: number;
};

export type LibraryMode =
	| {readonly kind: 'list'}
	/** `f`: the list narrowed to the episodes whose title, file, speakers or date hold every word typed. */
	| {readonly kind: 'filter'; readonly line: EditLine}
	| {readonly kind: 'search'; readonly line: LibrarySearch}
	/** `x`: the files that are not transcripts, and why. */
	| {readonly kind: 'unread'; readonly top: number}
	| WorksMode
	| {readonly kind: 'help'; readonly top: number};

/** Where the library goes when it leaves the screen: into an episode (at a passage found, or a moment a work comes up), or away. */
export type LibraryLeaving =
	| {
			readonly kind: 'open';
			readonly episode: EpisodeRow;
			readonly hit?: LibraryHit | undefined;
			readonly query?: string | undefined;
			readonly at?: MomentPlace | undefined;
	  }
	| {readonly kind: 'quit' | 'exit' | 'suspend' | 'redraw'};

export type LibraryState = {
	/** The folder, as the user named it. */
	readonly name: string;
	readonly columns: number;
	readonly rows: number;
	/** Every episode of the index, those that are not transcripts too. */
	readonly episodes: readonly EpisodeRow[];
	readonly sort: SortKey;
	readonly filter: string;
	/** The episode chosen, by key: it stays chosen as the list is sorted, filtered or refreshed. */
	readonly chosen: string | undefined;
	/** The first row of the list shown. */
	readonly top: number;
	readonly mode: LibraryMode;
	/** Indexing going on: files read of those to read. */
	readonly indexing: Progress | undefined;
	/** The show's works, once asked for (`w`): those found so far. */
	readonly works: LibraryWorks | undefined;
	readonly notice: string | undefined;
	/** Earlier searches, oldest first, shared with the reader's. */
	readonly history: readonly string[];
	readonly leaving: LibraryLeaving | undefined;
};

/** What the library's keys do (keymap.ts reads them; a line's keys are the reader's). */
export type LibraryKeyAction =
	| ({readonly type: 'choose'} & ListMove)
	| {readonly type: 'open'}
	| {readonly type: 'search-open'}
	| {readonly type: 'filter-open'}
	| {readonly type: 'sort'}
	| {readonly type: 'unread-open'}
	| {readonly type: 'works-open'}
	| {readonly type: 'help'}
	/** `q`: closes what is open, else leaves the library. */
	| {readonly type: 'quit'}
	/** Esc, or a key that means nothing: closes what is open, clears the filter. */
	| {readonly type: 'cancel'};

export type LibraryAction =
	| LibraryKeyAction
	| LineAction
	| {readonly type: 'resize'; readonly columns: number; readonly rows: number}
	| {readonly type: 'episodes'; readonly episodes: readonly EpisodeRow[]}
	| {readonly type: 'indexing'; readonly progress: Progress}
	| {readonly type: 'indexed'; readonly episodes: readonly EpisodeRow[]; readonly refreshed: Refreshed}
	| {readonly type: 'index-failed'; readonly message: string}
	| WorksFound
	/** Something to say in the footer: an episode that could not be opened. */
	| {readonly type: 'notice'; readonly notice: string}
	| {readonly type: 'exit'}
	| {readonly type: 'suspend'}
	| {readonly type: 'redraw'};

/** Results appear from the second character typed. */
const SEARCH_FROM = 2;
const SEARCH_LIMIT = 50;
const MAX_LINE = 200;
/** Rows of the screen that are not the list: the header and the footer. */
const CHROME_ROWS = 2;

export function createLibraryState(name: string, episodes: readonly EpisodeRow[], columns: number, rows: number, history: readonly string[] = []): LibraryState {
	return {name, columns, rows, episodes, sort: 'date', filter: '', chosen: undefined, top: 0, mode: {kind: 'list'}, indexing: undefined, works: undefined, notice: undefined, history, leaving: undefined};
}

/** Rows the list (or what a mode shows) has on screen. */
export function listRows(state: Pick<LibraryState, 'rows'>): number {
	// One row less than the terminal, as the reader draws (viewport.ts frameRows).
	return Math.max(1, state.rows - 1 - CHROME_ROWS);
}

const readable = (episode: EpisodeRow) => episode.problem === undefined;

export const unreadEpisodes = (state: Pick<LibraryState, 'episodes'>) => state.episodes.filter(episode => !readable(episode));

const COMPARE: Record<SortKey, (a: EpisodeRow, b: EpisodeRow) => number> = {
	// Newest first; then by file, so that episodes of one day keep their order.
	date: (a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path),
	title: (a, b) => a.title.localeCompare(b.title, undefined, {sensitivity: 'base', numeric: true}) || a.path.localeCompare(b.path),
	length: (a, b) => b.duration - a.duration || a.path.localeCompare(b.path),
	file: (a, b) => a.path.localeCompare(b.path, undefined, {numeric: true}),
};

function matchesFilter(episode: EpisodeRow, words: readonly string[]): boolean {
	const haystack = `${episode.title} ${episode.path} ${episode.speakers.join(' ')} ${episode.date}`.toLowerCase();
	return words.every(word => haystack.includes(word));
}

/** The episodes listed: readable ones, filtered, sorted. */
export function shownEpisodes(state: Pick<LibraryState, 'episodes' | 'filter' | 'sort' | 'mode'>): EpisodeRow[] {
	const filter = state.mode.kind === 'filter' ? state.mode.line.text : state.filter;
	const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
	return state.episodes.filter(episode => readable(episode) && matchesFilter(episode, words)).sort(COMPARE[state.sort]);
}

/** The row of the episode chosen in the list shown (the first when it is not there). */
export function chosenRow(state: LibraryState, shown: readonly EpisodeRow[] = shownEpisodes(state)): number {
	return Math.max(0, shown.findIndex(episode => episode.key === state.chosen));
}

function choose(state: LibraryState, row: number, shown: readonly EpisodeRow[] = shownEpisodes(state)): LibraryState {
	const at = Math.max(0, Math.min(shown.length - 1, row));
	return {...state, chosen: shown[at]?.key, top: keptInView(state.top, at, listRows(state))};
}

function moveChoice(state: LibraryState, move: ListMove): LibraryState {
	const shown = shownEpisodes(state);
	return choose(state, movedChoice(chosenRow(state, shown), shown.length, move, listRows(state)), shown);
}

/** Matches listed of one episode: the rest are there once it is open (n/N). */
const SHOWN_AN_EPISODE = 3;

/** The search's matches: grouped by episode, the episode of the best first; within one, best first, the first few. */
export function groupedHits(hits: readonly LibraryHit[]): {hits: LibraryHit[]; counts: Map<number, number>} {
	const counts = new Map<number, number>();
	for (const hit of hits) counts.set(hit.episode, (counts.get(hit.episode) ?? 0) + 1);
	const order = [...counts.keys()];
	const shown = order.flatMap(episode => hits.filter(hit => hit.episode === episode).slice(0, SHOWN_AN_EPISODE));
	return {hits: shown, counts};
}

function searchLine(state: LibraryState, archive: Archive, line: EditLine, recalled: number): LibraryState {
	const text = line.text.trim();
	const {hits, counts} = groupedHits(text.length >= SEARCH_FROM ? archive.search(text, SEARCH_LIMIT) : []);
	return {...state, mode: {kind: 'search', line: {...line, hits, counts, selected: 0, recalled}}};
}

/** ↑/↓ on an empty search line (or one brought back): an earlier search, older (↑) or newer (↓). */
function recall(state: LibraryState, archive: Archive, line: LibrarySearch, direction: 1 | -1): LibraryState {
	const recalled = Math.max(0, Math.min(state.history.length, line.recalled - direction));
	return searchLine(state, archive, lineOf(recalled === 0 ? '' : state.history[state.history.length - recalled]!), recalled);
}

function searchKey(state: LibraryState & {mode: {kind: 'search'}}, action: LineAction, archive: Archive): LibraryState {
	const {line} = state.mode;
	switch (action.type) {
		case 'line-type':
		case 'line-edit': {
			const next = edited(line, action, MAX_LINE)!;
			return next.text === line.text ? {...state, mode: {kind: 'search', line: {...line, ...next}}} : searchLine(state, archive, next, 0);
		}

		case 'line-select': {
			if (line.text === '' || line.recalled > 0) return recall(state, archive, line, action.direction);
			const selected = Math.max(0, Math.min(line.hits.length - 1, line.selected + action.direction));
			return {...state, mode: {kind: 'search', line: {...line, selected}}};
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
			const next: LibraryState = {...state, mode: {kind: 'filter', line: edited(line, action, MAX_LINE)!}};
			return choose(next, chosenRow(next));
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
			return choose(next, chosenRow(next));
		}
	}
}

/** In the help or the list of files that are not transcripts: the moving keys scroll, the others close it. */
function overlayKey(state: LibraryState & {mode: {kind: 'help' | 'unread'}}, action: LibraryKeyAction, length: number): LibraryState {
	if (action.type !== 'choose') return {...state, mode: {kind: 'list'}};
	const last = Math.max(0, length - listRows(state));
	const step = action.by === 'page' ? listRows(state) - 1 : 1;
	const top = action.by === 'edge' ? (action.direction < 0 ? 0 : last) : Math.max(0, Math.min(last, state.mode.top + action.direction * step));
	return {...state, mode: {...state.mode, top}};
}

function listKey(state: LibraryState, action: LibraryKeyAction): LibraryState {
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
			return choose(next, chosenRow(next));
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
			return choose(next, chosenRow(next));
		}
	}
}

/** In the works view: the moving keys and Enter go there; q and Esc close a list; the others do nothing. */
function worksKeyIn(state: LibraryState & {mode: WorksMode}, action: LibraryKeyAction): LibraryState {
	if (action.type !== 'choose' && action.type !== 'open' && action.type !== 'quit' && action.type !== 'cancel') return state;
	const key = action.type === 'quit' || action.type === 'cancel' ? {type: 'back' as const} : action;
	const next = worksKey(state.mode, state.works?.list ?? [], key, listRows(state));
	if (next.kind === 'works') return {...state, mode: next};
	if (next.kind === 'closed') return {...state, mode: {kind: 'list'}};
	return {...state, leaving: {kind: 'open', episode: next.moment.episode, at: next.moment.at}};
}

const isLineAction = (action: LibraryAction): action is LineAction => action.type.startsWith('line-');

/** A key: read for the mode the library is in (a line's keys only reach a line). */
function key(state: LibraryState, action: LibraryKeyAction | LineAction, archive: Archive, helpLength: number): LibraryState {
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

/** The chosen episode kept in the list (it may have gone), in view. */
const rechosen = (state: LibraryState) => choose(state, chosenRow(state));

/** The work chosen kept in view: after the list grew, or at a new size. */
const worksKept = (state: LibraryState): LibraryState =>
	state.mode.kind === 'works' ? {...state, mode: worksInView(state.mode, state.works?.list ?? [], listRows(state))} : state;

/** The library at a new size (and no longer leaving: it is on screen again). */
export function resizedLibrary(state: LibraryState, {columns, rows}: {readonly columns: number; readonly rows: number}): LibraryState {
	return worksKept(rechosen({...state, columns, rows, leaving: undefined}));
}

/** What indexing did, when it read anything: a line for the footer. */
function indexedNotice({read, removed}: Refreshed): string | undefined {
	if (read === 0 && removed === 0) return undefined;
	return `index up to date: ${read} read, ${removed} gone`;
}

/**
 * The library after an action. `archive` answers the search; `helpLength` is how many rows the
 * help has (the key map's, which this module does not import).
 */
export function libraryReducer(state: LibraryState, action: LibraryAction, archive: Archive, helpLength = 0): LibraryState {
	switch (action.type) {
		case 'resize': {
			return resizedLibrary(state, action);
		}

		case 'episodes': {
			return rechosen({...state, episodes: action.episodes});
		}

		case 'indexing': {
			return {...state, indexing: action.progress};
		}

		case 'indexed': {
			return rechosen({...state, episodes: action.episodes, indexing: undefined, notice: state.notice ?? indexedNotice(action.refreshed)});
		}

		case 'notice': {
			return {...state, notice: action.notice};
		}

		case 'index-failed': {
			return {...state, indexing: undefined, notice: `indexing stopped: ${action.message}`};
		}

		case 'works':
		case 'finding-works':
		case 'works-failed': {
			const next = worksKept({...state, works: foundWorks(state.works, action)});
			return action.type === 'works-failed' ? {...next, notice: `finding works stopped: ${action.message}`} : next;
		}

		case 'exit':
		case 'suspend':
		case 'redraw': {
			return {...state, leaving: {kind: action.type}};
		}

		default: {
			return key(state, action, archive, helpLength);
		}
	}
}
