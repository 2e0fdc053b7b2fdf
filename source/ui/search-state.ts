/** The search line and the matches of the last search: the reducer's search actions. Pure. */
import {lineAtAnchor, type Anchor} from '../core/layout.js';
import type {Transcript} from '../core/model.js';
import {createSearchIndex, type SearchHit, type SearchIndex} from '../core/search/search.js';
import type {Action, ReaderState} from './state.js';
import {clampTop, repeat, scrollTo} from './viewport.js';

/** The search line while it is open. */
export type SearchLine = {
	readonly query: string;
	/** Best first. */
	readonly hits: readonly SearchHit[];
	readonly selected: number;
	/** Where the reader was (by words, so a resize meanwhile does not matter): Esc goes back there. */
	readonly origin: Anchor;
};

/** The matches of the last search accepted, in transcript order, for n/N and the highlight. */
export type Found = {
	readonly hits: readonly SearchHit[];
	readonly current: number;
	/** Esc hides the highlight; n/N show it again. */
	readonly shown: boolean;
};

const searchIndexes = new WeakMap<Transcript, SearchIndex>();

/** Built on first use (or ahead of it, off the start-up path: see App), once per transcript. */
export function searchIndexFor(transcript: Transcript): SearchIndex {
	let index = searchIndexes.get(transcript);
	if (!index) searchIndexes.set(transcript, (index = createSearchIndex([transcript])));
	return index;
}

/** Results appear from the second character typed. */
const SEARCH_FROM = 2;
const SEARCH_LIMIT = 50;
/** Lines of context shown above a match the view jumps to. */
export const CONTEXT_ABOVE = 2;

function lineOfHit(state: ReaderState, hit: SearchHit): number {
	return lineAtAnchor(state.layout, {paragraph: hit.paragraph, offset: hit.start});
}

function showHit(state: ReaderState, hit: SearchHit): ReaderState {
	return scrollTo(state, lineOfHit(state, hit) - CONTEXT_ABOVE);
}

function withQuery(state: ReaderState, line: SearchLine, query: string): ReaderState {
	const hits = query.trim().length >= SEARCH_FROM ? searchIndexFor(state.transcript).search(query, SEARCH_LIMIT) : [];
	return {...state, search: {...line, query, hits, selected: 0}};
}

const inReadingOrder = (a: SearchHit, b: SearchHit) => a.paragraph - b.paragraph || a.start - b.start;

function acceptSearch(state: ReaderState, line: SearchLine): ReaderState {
	const chosen = line.hits[line.selected];
	if (!chosen) {
		const query = line.query.trim();
		// Like less and vim: a search that found nothing replaces the last one for n/N.
		return query === '' ? {...state, overlay: 'none', search: undefined} : {...state, overlay: 'none', search: undefined, found: undefined, notice: `no matches for “${query}”`};
	}
	const hits = [...line.hits].sort(inReadingOrder);
	const found = {hits, current: hits.indexOf(chosen), shown: true};
	// A new search replaces the mentions of a work gone to for n/N.
	return showHit({...state, overlay: 'none', search: undefined, found, walk: undefined}, chosen);
}

export function searchAction(state: ReaderState, line: SearchLine, action: Action): ReaderState {
	switch (action.type) {
		case 'line-type': {
			return withQuery(state, line, line.query + action.text);
		}

		case 'line-erase': {
			return withQuery(state, line, [...line.query].slice(0, -1).join(''));
		}

		case 'line-select': {
			const selected = Math.max(0, Math.min(line.hits.length - 1, line.selected + action.direction));
			return {...state, search: {...line, selected}};
		}

		case 'line-accept': {
			return acceptSearch(state, line);
		}

		case 'line-cancel': {
			return {...state, overlay: 'none', search: undefined, top: clampTop(state, lineAtAnchor(state.layout, line.origin)), anchor: line.origin};
		}

		default: {
			return state;
		}
	}
}

/** n/N: the next or previous match of the last search, around the end. */
export function stepMatch(state: ReaderState, direction: 1 | -1): ReaderState {
	const {found} = state;
	if (!found || found.hits.length === 0) return {...state, count: ''};
	const current = (found.current + direction * repeat(state) + found.hits.length * repeat(state)) % found.hits.length;
	return showHit({...state, found: {...found, current, shown: true}}, found.hits[current]!);
}
