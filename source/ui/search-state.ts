/** The matches of the last search: its index, the view shown at a match, n/N. Pure. (The search line is modes/search.ts.) */
import {lineAtAnchor} from '../core/layout.js';
import {cachedIn} from '../core/cache.js';
import {timeAt, type Transcript} from '../core/model.js';
import {createSearchIndex, type SearchHit, type SearchIndex} from '../core/search/search.js';
import {withQuery} from '../state/history.js';
import type {ReaderState} from './reader-state.js';
import {SEARCH_LIMIT} from './search-line.js';
import {CONTEXT_ABOVE, repeat, scrollTo} from './viewport.js';

const searchIndexes = new WeakMap<Transcript, SearchIndex>();

/** Built on first use (or ahead of it, off the start-up path: see App), once per transcript. */
export function searchIndexFor(transcript: Transcript): SearchIndex {
	return cachedIn(searchIndexes, transcript, () => createSearchIndex([transcript]));
}

function lineOfHit(state: ReaderState, hit: SearchHit): number {
	return lineAtAnchor(state.layout, {paragraph: hit.paragraph, offset: hit.start});
}

function showHit(state: ReaderState, hit: SearchHit): ReaderState {
	return scrollTo(state, lineOfHit(state, hit) - CONTEXT_ABOVE);
}

/** n/N: the next or previous match of the last search, around the end. */
export function stepMatch(state: ReaderState, direction: 1 | -1): ReaderState {
	const {found} = state;
	if (!found || found.hits.length === 0) return {...state, count: '', notice: 'no search yet: / to search'};
	const current = (found.current + direction * repeat(state) + found.hits.length * repeat(state)) % found.hits.length;
	return showHit({...state, found: {...found, current, shown: true}}, found.hits[current]!);
}

const inReadingOrder = (a: SearchHit, b: SearchHit) => a.paragraph - b.paragraph || a.start - b.start;

/** The matches of `hits` for n/N, in reading order, the view at `chosen` and it highlighted. */
export function showFound(state: ReaderState, hits: readonly SearchHit[], chosen: SearchHit): ReaderState {
	const ordered = [...hits].sort(inReadingOrder);
	// A new search replaces the mentions of a work gone to for n/N.
	return showHit({...state, found: {hits: ordered, current: ordered.indexOf(chosen), shown: true}, walk: undefined}, chosen);
}

/** A passage of the transcript: its paragraph and characters. */
export type Passage = {readonly paragraph: number; readonly start: number; readonly end: number};

/**
 * The reader opened at a passage found outside it (the library's search): the query searched here
 * too, so that the passage is highlighted as `/` highlights it and n/N step through this episode's
 * matches; the passage is one of them even where this search ranks it out.
 */
export function openedAtPassage(state: ReaderState, query: string, passage: Passage): ReaderState {
	const hits = searchIndexFor(state.transcript).search(query, SEARCH_LIMIT);
	const same = hits.find(hit => hit.paragraph === passage.paragraph && hit.start < passage.end && passage.start < hit.end);
	const paragraph = state.transcript.paragraphs[passage.paragraph];
	if (same || !paragraph) return same ? showFound({...state, history: withQuery(state.history, query)}, hits, same) : state;
	const unit = {paragraph: paragraph.id, offset: passage.start, text: paragraph.text.slice(passage.start, passage.end)};
	const given: SearchHit = {
		episode: 0,
		paragraph: paragraph.id,
		unit,
		start: passage.start,
		end: passage.end,
		time: timeAt(paragraph, passage.start),
		score: 0,
		missing: [],
	};
	return showFound({...state, history: withQuery(state.history, query)}, [...hits, given], given);
}
