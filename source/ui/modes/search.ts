/**
 * `/`: find a half-remembered quote; the matches appear as it is typed, best first; ↑/↓ choose,
 * Enter goes there (n/N then step through them), Esc goes back. On an empty line ↑/↓ bring back
 * earlier searches.
 */
import {lineAtAnchor} from '../../core/layout.js';
import {shownPlace} from '../../core/model.js';
import {excerpt} from '../../core/search/highlight.js';
import type {SearchHit} from '../../core/search/search.js';
import {edited, lineOf} from '../edit-line.js';
import type {InMode, LineAction, ReaderState, SearchLine} from '../reader-state.js';
import {truncateEnd, truncateStart, type Row} from '../rows.js';
import {searchIndexFor, showFound} from '../search-state.js';
import {speakerColor, type ColorDepth} from '../theme.js';
import {bodyRows, clampTop, screenWidth, wheelChoice} from '../viewport.js';
import {withQuery} from '../../state/history.js';
import {closed, type ModeSpec} from './mode.js';
import {MAX_QUERY, recalledQuery, SEARCH_FROM, SEARCH_LIMIT} from '../search-line.js';
import {cursorRow} from '../footer-row.js';

/** Rows above the results: the query and a status line. */
const HEAD_ROWS = 2;
/** `00:03:02 ` and room for a speaker's name. */
const LABEL_WIDTH = 9;

/** The search line as `/` opens it, remembering where the reader was. */
export function openSearch(state: ReaderState): ReaderState {
	return {...state, mode: {kind: 'search', line: {text: '', cursor: 0, hits: [], selected: 0, origin: state.anchor, recalled: 0}}, count: ''};
}

function withLine(state: InMode<'search'>, line: SearchLine): ReaderState {
	const query = line.text;
	const same = query === state.mode.line.text;
	const hits = same ? line.hits : query.trim().length >= SEARCH_FROM ? searchIndexFor(state.transcript).search(query, SEARCH_LIMIT) : [];
	return {...state, mode: {kind: 'search', line: {...line, hits, selected: same ? line.selected : 0}}};
}

/** ↑/↓ on an empty line (or one brought back): an earlier search, older (↑) or newer (↓). */
function recall(state: InMode<'search'>, direction: 1 | -1): ReaderState {
	const {line} = state.mode;
	const {text, recalled} = recalledQuery(state.history, line.recalled, direction);
	return withLine(state, {...line, ...lineOf(text), recalled});
}

function accept(state: InMode<'search'>): ReaderState {
	const {line} = state.mode;
	const query = line.text.trim();
	if (query === '') return closed(state);
	const history = withQuery(state.history, query);
	const chosen = line.hits[line.selected];
	// Like less and vim: a search that found nothing replaces the last one for n/N.
	if (!chosen) return {...closed(state), history, found: undefined, notice: `no matches for “${query}”: try fewer words`};
	return showFound({...closed(state), history}, line.hits, chosen);
}

/** The match chosen. */
function select(state: InMode<'search'>, selected: number): ReaderState {
	return {...state, mode: {kind: 'search', line: {...state.mode.line, selected}}};
}

function reduce(state: InMode<'search'>, action: LineAction): ReaderState {
	const {line} = state.mode;
	switch (action.type) {
		case 'line-type':
		case 'line-edit': {
			return withLine(state, {...line, ...edited(line, action, MAX_QUERY)!, recalled: 0});
		}

		case 'line-select': {
			if (line.text === '' || line.recalled > 0) return recall(state, action.direction);
			return select(state, Math.max(0, Math.min(line.hits.length - 1, line.selected + action.direction)));
		}

		case 'line-accept': {
			return accept(state);
		}

		case 'line-cancel': {
			// Back where the reader was.
			return {...closed(state), top: clampTop(state, lineAtAnchor(state.layout, line.origin)), anchor: line.origin};
		}
	}
}

function status(line: SearchLine): string {
	if (line.text.trim().length < SEARCH_FROM) return 'type a few words of the quote; typos and any word order are fine';
	if (line.hits.length === 0) return 'no matches: try fewer words';
	const count = line.hits.length === 1 ? '1 match' : `${line.hits.length} matches`;
	// Partial matches only: no passage holds every word.
	return line.hits[0]!.missing.length > 0 ? `${count} holding some of the words, best first` : `${count}, best first`;
}

function resultRow(state: ReaderState, hit: SearchHit, selected: boolean, width: number, colorDepth: ColorDepth): Row {
	const {transcript} = state;
	const paragraph = transcript.paragraphs[hit.paragraph]!;
	const speaker = transcript.turns[paragraph.turn]!.speaker;
	const name = speaker === undefined ? '' : transcript.speakers[speaker]!.name;
	// The words a partial match lacks stay in view, after the passage.
	const lacking = hit.missing.length > 0 ? `  not found: ${hit.missing.join(' ')}` : '';
	const room = Math.max(10, width - LABEL_WIDTH - name.length - 2 - (hit.end - hit.start) - lacking.length);
	const {before, passage, after} = excerpt(paragraph.text, hit, room);
	const inverse = selected;
	const row: Row = [
		{text: `${shownPlace(transcript, hit.paragraph, hit.time)} `, dim: !selected, inverse},
		{text: name, color: speakerColor(speaker, colorDepth), inverse},
		{text: `  ${before}`, inverse},
		{text: passage, bold: true, underline: true, inverse},
		{text: after, inverse},
		{text: lacking, dim: true, inverse},
	];
	return truncateEnd(row, width);
}

/** The matches there is room for below the query and the status, and the first of them shown: the chosen one in view. */
function shownResults(state: InMode<'search'>): {rows: number; first: number} {
	const {line} = state.mode;
	const rows = Math.max(0, bodyRows(state) - HEAD_ROWS);
	return {rows, first: Math.max(0, Math.min(line.selected - rows + 1, line.hits.length - rows))};
}

/** A click on a match chooses it; on the one chosen, goes there. */
function click(state: InMode<'search'>, row: number): ReaderState {
	const {rows, first} = shownResults(state);
	const at = first + row - HEAD_ROWS;
	if (row < HEAD_ROWS || row >= HEAD_ROWS + rows || at >= state.mode.line.hits.length) return state;
	return at === state.mode.line.selected ? accept(state) : select(state, at);
}

/** The query line, a status line, and the matches best first; the chosen one stays in view. */
function view(state: InMode<'search'>, colorDepth: ColorDepth): Row[] {
	const {line} = state.mode;
	const width = screenWidth(state);
	const {rows, first} = shownResults(state);
	return [
		truncateStart([{text: '/', bold: true}, {text: ' '}, ...cursorRow(line)], width),
		truncateEnd([{text: status(line), dim: true}], width),
		...line.hits.slice(first, first + rows).map((hit, row) => resultRow(state, hit, first + row === line.selected, width, colorDepth)),
	];
}

export const search: ModeSpec<'search', 'line'> = {
	keys: 'line',
	hints: () => [
		['↑↓', 'choose'],
		['Enter', 'go there'],
		['Esc', 'back'],
	],
	reduce,
	view,
	typed: () => undefined,
	wheel: (state, direction) => select(state, wheelChoice(state.mode.line.selected, direction, state.mode.line.hits.length)),
	click,
};
