/**
 * The library's state: the episodes of a folder, sorted and filtered, a search of every episode
 * as it is typed (the passages grouped by episode), the files that are not transcripts, the show's
 * works (works-mode.ts), and the indexing going on; what is chosen, and where each is on screen (library-view.ts draws it). What
 * keys and the mouse do to it: library-keys.ts, library-pointer.ts, library-reducer.ts. Pure.
 */
import type {LibraryHit} from '../../library/archive-search.js';
import type {EpisodeRow} from '../../library/index-db.js';
import type {Refreshed} from '../../library/indexer.js';
import type {Progress} from '../../library/progress.js';
import {keptInView, movedChoice, type ListMove} from '../list-rows.js';
import type {EditLine, LineAction, PointerAction} from '../reader-state.js';
import {worksInView, type LibraryWorks, type MomentPlace, type WorksFound, type WorksMode} from './works-mode.js';

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
	| PointerAction
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

/** Rows of the screen that are not the list: the header and the footer. */
const CHROME_ROWS = 2;

export function createLibraryState(
	name: string,
	episodes: readonly EpisodeRow[],
	columns: number,
	rows: number,
	history: readonly string[] = [],
): LibraryState {
	return {
		name,
		columns,
		rows,
		episodes,
		sort: 'date',
		filter: '',
		chosen: undefined,
		top: 0,
		mode: {kind: 'list'},
		indexing: undefined,
		works: undefined,
		notice: undefined,
		history,
		leaving: undefined,
	};
}

/** Rows the list (or what a mode shows) has on screen. */
export function listRows(state: Pick<LibraryState, 'rows'>): number {
	// One row less than the terminal, as the reader draws (viewport.ts frameRows).
	return Math.max(1, state.rows - 1 - CHROME_ROWS);
}

const readable = (episode: EpisodeRow) => episode.problem === undefined;

export const unreadEpisodes = (state: Pick<LibraryState, 'episodes'>) => state.episodes.filter(episode => !readable(episode));

// Made once: localeCompare with options makes a collator at every comparison (~75 ms to sort 2,000 titles).
const byTitle = new Intl.Collator(undefined, {sensitivity: 'base', numeric: true}).compare;
const byFile = new Intl.Collator(undefined, {numeric: true}).compare;

const COMPARE: Record<SortKey, (a: EpisodeRow, b: EpisodeRow) => number> = {
	// Newest first; then by file, so that episodes of one day keep their order.
	date: (a, b) => b.date.localeCompare(a.date) || a.path.localeCompare(b.path),
	title: (a, b) => byTitle(a.title, b.title) || a.path.localeCompare(b.path),
	length: (a, b) => b.duration - a.duration || a.path.localeCompare(b.path),
	file: (a, b) => byFile(a.path, b.path),
};

function matchesFilter(episode: EpisodeRow, words: readonly string[]): boolean {
	const haystack = `${episode.title} ${episode.path} ${episode.speakers.join(' ')} ${episode.date}`.toLowerCase();
	return words.every(word => haystack.includes(word));
}

/** The last list worked out: a key, and the frame drawn after it, ask for the same one several times. */
let lastShown: {episodes: readonly EpisodeRow[]; filter: string; sort: SortKey; shown: EpisodeRow[]} | undefined;

/** The episodes listed: readable ones, filtered, sorted. */
export function shownEpisodes(state: Pick<LibraryState, 'episodes' | 'filter' | 'sort' | 'mode'>): EpisodeRow[] {
	const filter = state.mode.kind === 'filter' ? state.mode.line.text : state.filter;
	const {episodes, sort} = state;
	if (lastShown?.episodes === episodes && lastShown.filter === filter && lastShown.sort === sort) return lastShown.shown;
	const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
	const shown = episodes.filter(episode => readable(episode) && matchesFilter(episode, words)).sort(COMPARE[sort]);
	lastShown = {episodes, filter, sort, shown};
	return shown;
}

/** The row of the episode chosen in the list shown (the first when it is not there). */
export function chosenRow(state: LibraryState, shown: readonly EpisodeRow[] = shownEpisodes(state)): number {
	return Math.max(
		0,
		shown.findIndex(episode => episode.key === state.chosen),
	);
}

export function choose(state: LibraryState, row: number, shown: readonly EpisodeRow[] = shownEpisodes(state)): LibraryState {
	const at = Math.max(0, Math.min(shown.length - 1, row));
	return {...state, chosen: shown[at]?.key, top: keptInView(state.top, at, listRows(state))};
}

export function moveChoice(state: LibraryState, move: ListMove): LibraryState {
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

/** Rows above the search's matches: the line typed and a status line. */
export const SEARCH_HEAD_ROWS = 2;

export type InSearch = LibraryState & {mode: {kind: 'search'}};

/** A row of the search's matches: an episode's heading, or a match; `hit`, the match (a heading's: the first of its episode's shown). */
export type SearchRow = {readonly hit: number; readonly heading: boolean};

/** The matches as rows, each episode's under its heading, and the first row shown: the chosen match in view, with its heading when it fits. */
export function searchRows(state: InSearch): {rows: SearchRow[]; first: number; height: number} {
	const {hits, selected} = state.mode.line;
	const known = new Set(state.episodes.map(episode => episode.id));
	const rows = hits.flatMap((hit, at): SearchRow[] => {
		if (!known.has(hit.episode)) return [];
		const opens = at === 0 || hits[at - 1]!.episode !== hit.episode;
		return [...(opens ? [{hit: at, heading: true}] : []), {hit: at, heading: false}];
	});
	const height = Math.max(0, listRows(state) - SEARCH_HEAD_ROWS);
	const chosen = rows.findIndex(row => row.hit === selected && !row.heading);
	return {rows, first: Math.max(0, Math.min(Math.max(0, chosen - 1), rows.length - height, Math.max(0, chosen - height + 1))), height};
}

/** The match chosen. */
export function selectHit(state: InSearch, selected: number): LibraryState {
	return {...state, mode: {kind: 'search', line: {...state.mode.line, selected}}};
}

export type InOverlay = LibraryState & {mode: {kind: 'help' | 'unread'}};

/** The help or the list of files that are not transcripts, `length` rows, scrolled to `top` (as far as its end allows). */
export function scrollOverlay(state: InOverlay, top: number, length: number): LibraryState {
	const last = Math.max(0, length - listRows(state));
	return {...state, mode: {...state.mode, top: Math.max(0, Math.min(last, top))}};
}

/** The chosen episode kept in the list (it may have gone), in view. */
export const rechosen = (state: LibraryState) => choose(state, chosenRow(state));

/** The work chosen kept in view: after the list grew, or at a new size. */
export const worksKept = (state: LibraryState): LibraryState =>
	state.mode.kind === 'works' ? {...state, mode: worksInView(state.mode, state.works?.list ?? [], listRows(state))} : state;

/** The library at a new size (and no longer leaving: it is on screen again). */
export function resizedLibrary(state: LibraryState, {columns, rows}: {readonly columns: number; readonly rows: number}): LibraryState {
	return worksKept(rechosen({...state, columns, rows, leaving: undefined}));
}
