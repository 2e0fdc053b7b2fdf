/** The matches of the last search: its index, the view shown at a match, n/N. Pure. (The search line is modes/search.ts.) */
import {lineAtAnchor} from '../core/layout.js';
import {cachedIn} from '../core/cache.js';
import type {Transcript} from '../core/model.js';
import {createSearchIndex, type SearchHit, type SearchIndex} from '../core/search/search.js';
import type {ReaderState} from './reader-state.js';
import {repeat, scrollTo} from './viewport.js';

const searchIndexes = new WeakMap<Transcript, SearchIndex>();

/** Built on first use (or ahead of it, off the start-up path: see App), once per transcript. */
export function searchIndexFor(transcript: Transcript): SearchIndex {
	return cachedIn(searchIndexes, transcript, () => createSearchIndex([transcript]));
}

/** Lines of context shown above a match the view jumps to. */
export const CONTEXT_ABOVE = 2;

function lineOfHit(state: ReaderState, hit: SearchHit): number {
	return lineAtAnchor(state.layout, {paragraph: hit.paragraph, offset: hit.start});
}

export function showHit(state: ReaderState, hit: SearchHit): ReaderState {
	return scrollTo(state, lineOfHit(state, hit) - CONTEXT_ABOVE);
}

/** n/N: the next or previous match of the last search, around the end. */
export function stepMatch(state: ReaderState, direction: 1 | -1): ReaderState {
	const {found} = state;
	if (!found || found.hits.length === 0) return {...state, count: '', notice: 'no search yet: / to search'};
	const current = (found.current + direction * repeat(state) + found.hits.length * repeat(state)) % found.hits.length;
	return showHit({...state, found: {...found, current, shown: true}}, found.hits[current]!);
}
