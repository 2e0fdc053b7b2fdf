/**
 * The library on screen, as rows: a header (the folder, how many episodes, the sort, indexing),
 * the list of episodes (date, length, title, speakers, file), or the search's matches grouped by
 * episode, or the files that are not transcripts, or the show's works (works-view.ts), or the help;
 * and a footer (keys, a notice, the filter being typed). Pure.
 */
import {cachedIn} from '../../core/cache.js';
import {shownPlace} from '../../core/model.js';
import {excerpt} from '../../core/search/highlight.js';
import {formatLength} from '../../core/time.js';
import type {LibraryHit} from '../../library/archive-search.js';
import type {EpisodeRow} from '../../library/index-db.js';
import {progressText, type Progress} from '../../library/progress.js';
import {cursorRow, hintText, type Hints} from '../footer-row.js';
import {helpScreen, layoutHelp} from '../help-lines.js';
import {LIBRARY_HELP_ROWS} from '../keymap.js';
import {shareBar} from '../progress-bar.js';
import {cellText as cell, plainRow, rowWidth, spaces, truncateEnd, truncateStart, type Row} from '../rows.js';
import {speakerColor, type ColorDepth} from '../theme.js';
import {tooSmallText} from '../too-small.js';
import {MIN_COLUMNS, MIN_ROWS} from '../viewport.js';
import {
	chosenRow,
	listRows,
	searchRows,
	shownEpisodes,
	unreadEpisodes,
	type InSearch,
	type LibrarySearch,
	type LibraryState,
	type SearchRow,
} from './library-state.js';
import {SEARCH_FROM} from '../search-line.js';
import {NO_WORKS_YET} from './works-mode.js';
import {worksCount, worksRows} from './works-view.js';

const DATE_WIDTH = 10;
const LENGTH_WIDTH = 9;
const GAP = 2;
/** The list shows speakers from this much room for them and the title, the file from more. */
const SPEAKERS_FROM = 50;
const FILE_FROM = 80;

export const LIBRARY_HINTS: Hints = [
	['↑↓', 'choose'],
	['Enter', 'read'],
	['/', 'search all'],
	['f', 'filter'],
	['o', 'sort'],
	['w', 'works'],
	['q', 'quit'],
	['?', 'help'],
];

const SEARCH_HINTS: Hints = [
	['↑↓', 'choose'],
	['Enter', 'read it there'],
	['Esc', 'back'],
];

const WORKS_HINTS: Hints = [
	['↑↓', 'choose'],
	['Enter', 'its moments'],
	['Esc', 'back'],
];

const FILTER_HINTS: Hints = [
	['Enter', 'keep'],
	['Esc', 'clear'],
];

/** `1:32:05`, or for a transcript without times its words: `12.3k words`. */
function lengthOf(episode: EpisodeRow): string {
	if (episode.timed) return formatLength(episode.duration);
	return episode.words >= 1000 ? `${(episode.words / 1000).toFixed(1)}k words` : `${episode.words} words`;
}

function episodeRow(episode: EpisodeRow, chosen: boolean, width: number): Row {
	const room = width - DATE_WIDTH - LENGTH_WIDTH - 2 * GAP;
	const file = room >= FILE_FROM ? Math.floor(room * 0.3) : 0;
	const speakers = room - file >= SPEAKERS_FROM ? Math.floor((room - file) * 0.35) : 0;
	const title = room - file - speakers - (speakers > 0 ? GAP : 0) - (file > 0 ? GAP : 0);
	const inverse = chosen;
	const row: Row = [
		{text: cell(episode.date, DATE_WIDTH), dim: !chosen, inverse},
		spaces(GAP),
		{text: lengthOf(episode).padStart(LENGTH_WIDTH), dim: !chosen, inverse},
		spaces(GAP),
		{text: cell(episode.title, title), bold: true, inverse},
		...(speakers > 0 ? [spaces(GAP), {text: cell(episode.speakers.join(', '), speakers), inverse}] : []),
		...(file > 0 ? [spaces(GAP), {text: cell(episode.path, file), dim: !chosen, inverse}] : []),
	];
	return truncateEnd(row, width);
}

function listView(state: LibraryState): Row[] {
	const shown = shownEpisodes(state);
	const chosen = chosenRow(state, shown);
	if (shown.length === 0)
		return [
			plainRow(
				state.indexing
					? 'indexing: the episodes appear as they are read'
					: state.filter
						? 'no episode matches the filter (Esc clears it)'
						: 'no transcripts in this folder',
				state.columns,
				{dim: true},
			),
		];
	return shown.slice(state.top, state.top + listRows(state)).map((episode, row) => episodeRow(episode, state.top + row === chosen, state.columns));
}

/** A match of the library's search: where, who, and the passage in context, with the words not found. */
function hitRow(hit: LibraryHit, episode: EpisodeRow, chosen: boolean, width: number, colorDepth: ColorDepth): Row {
	const place = shownPlace(episode, hit.paragraph, hit.time);
	const speaker = hit.row.speaker ?? '';
	const lacking = hit.missing.length > 0 ? `  not found: ${hit.missing.join(' ')}` : '';
	const room = Math.max(10, width - place.length - speaker.length - 6 - (hit.end - hit.start) - lacking.length);
	const {before, passage, after} = excerpt(hit.row.text, hit, room);
	const inverse = chosen;
	const color = speakerColor(Math.max(0, episode.speakers.indexOf(speaker)), colorDepth);
	return truncateEnd(
		[
			{text: `  ${place} `, dim: !chosen, inverse},
			{text: speaker, color, inverse},
			{text: `  ${before}`, inverse},
			{text: passage, bold: true, underline: true, inverse},
			{text: after, inverse},
			{text: lacking, dim: true, inverse},
		],
		width,
	);
}

/** An episode's title over its matches, with how many there are when not all are listed. */
function episodeHeading(episode: EpisodeRow, shown: number, count: number, width: number): Row {
	// The count stays in view: the title and the file give way.
	const more: Row = count > shown ? [{text: `  ${count} matches: n/N in it`, dim: true}] : [];
	return [
		...truncateEnd(
			[
				{text: episode.title, bold: true},
				{text: `  ${episode.date}  ${episode.path}`, dim: true},
			],
			width - rowWidth(more),
		),
		...more,
	];
}

function matchCount(line: LibrarySearch): string {
	const all = [...line.counts.values()].reduce((sum, count) => sum + count, 0);
	return all === 1 ? '1 match' : `${all} matches`;
}

/** The search line, a status line, and the matches grouped by episode; the chosen one in view. */
function searchView(state: InSearch, colorDepth: ColorDepth): Row[] {
	const {line} = state.mode;
	const byId = new Map(state.episodes.map(episode => [episode.id, episode]));
	const {rows, first, height} = searchRows(state);
	const rowOf = ({hit: at, heading}: SearchRow): Row => {
		const hit = line.hits[at]!;
		const episode = byId.get(hit.episode)!;
		if (!heading) return hitRow(hit, episode, at === line.selected, state.columns, colorDepth);
		const shown = line.hits.filter(other => other.episode === hit.episode).length;
		return episodeHeading(episode, shown, line.counts.get(hit.episode) ?? shown, state.columns);
	};
	const status =
		line.text.trim().length < SEARCH_FROM
			? 'type a few words of a quote: every episode is searched; typos and any word order are fine'
			: line.hits.length === 0
				? 'no matches: try fewer words'
				: `${matchCount(line)} in ${line.counts.size === 1 ? '1 episode' : `${line.counts.size} episodes`}, best first`;
	return [
		truncateStart([{text: '/', bold: true}, {text: ' '}, ...cursorRow(line)], state.columns),
		plainRow(status, state.columns, {dim: true}),
		...rows.slice(first, first + height).map(rowOf),
	];
}

function unreadView(state: LibraryState & {mode: {kind: 'unread'}}): Row[] {
	const unread = unreadEpisodes(state);
	const heading = plainRow(`${unread.length} files are not transcripts Parley can read:`, state.columns, {bold: true});
	const rows = unread.map(episode => truncateEnd([{text: episode.path}, {text: `  ${episode.problem}`, dim: true}], state.columns));
	return [heading, ...rows.slice(state.mode.top, state.mode.top + listRows(state) - 1)];
}

/** The library's help laid out, by width: asked for by every key and every frame. */
const helpByWidth = new Map<number, readonly Row[]>();

/** The help's rows, for the width: what the reducer scrolls through. */
export function libraryHelp(columns: number): readonly Row[] {
	return cachedIn(helpByWidth, columns, () => helpScreen(layoutHelp(LIBRARY_HELP_ROWS, columns)));
}

/** What is going on in the background, if anything: indexing, else finding the works (asked for, not yet whole). */
function working({indexing, works}: LibraryState): {readonly doing: string; readonly progress: Progress | undefined} | undefined {
	if (indexing) return {doing: 'indexing', progress: indexing};
	return works && !works.done ? {doing: 'finding works', progress: works.finding} : undefined;
}

function headerCount(state: LibraryState): string {
	if (state.mode.kind === 'works') return worksCount(state.works ?? NO_WORKS_YET);
	const readable = state.episodes.length - unreadEpisodes(state).length;
	const shown = shownEpisodes(state).length;
	const count = shown === readable ? `${readable} episodes` : `${shown} of ${readable} episodes`;
	return `${count} · by ${state.sort}`;
}

function headerRow(state: LibraryState): Row {
	const left: Row = [
		{text: state.name, bold: true},
		{text: `  ${headerCount(state)}`, dim: true},
	];
	const work = working(state);
	if (!work) return truncateEnd(left, state.columns);
	const {doing, progress} = work;
	const bar = progress && shareBar(progress.total === 0 ? 1 : progress.done / progress.total, 12);
	// Before the first count (the worker starting): what is going on, without a bar.
	const right: Row =
		progress && bar ? [{text: `${doing} `}, {text: bar.done}, {text: bar.todo, dim: true}, {text: ` ${progressText(progress)}`}] : [{text: `${doing}…`}];
	const room = state.columns - rowWidth(right) - GAP;
	if (room < 12) return truncateEnd(right, state.columns);
	const fitted = truncateEnd(left, room);
	return [...fitted, spaces(state.columns - rowWidth(fitted) - rowWidth(right)), ...right];
}

function footerRow(state: LibraryState): Row {
	const {mode, notice, columns} = state;
	if (mode.kind === 'filter')
		return truncateStart([{text: 'filter: ', bold: true}, ...cursorRow(mode.line), {text: `  ${hintText(FILTER_HINTS)}`, dim: true}], columns);
	if (notice) return plainRow(notice, columns);
	const hints =
		mode.kind === 'works'
			? mode.moments
				? SEARCH_HINTS
				: WORKS_HINTS
			: mode.kind === 'search'
				? SEARCH_HINTS
				: mode.kind === 'list'
					? LIBRARY_HINTS
					: ([['any key', 'close']] as Hints);
	const unread = unreadEpisodes(state).length;
	const extra = mode.kind === 'list' && unread > 0 ? `  x ${unread} not transcripts` : '';
	const filter = mode.kind === 'list' && state.filter ? `  filter: ${state.filter}` : '';
	return plainRow(hintText(hints) + extra + filter, columns, {dim: true});
}

function body(state: LibraryState, colorDepth: ColorDepth): Row[] {
	const {mode} = state;
	switch (mode.kind) {
		case 'search': {
			return searchView({...state, mode}, colorDepth);
		}

		case 'unread': {
			return unreadView({...state, mode});
		}

		case 'works': {
			return worksRows(mode, state.works ?? NO_WORKS_YET, state.columns, listRows(state));
		}

		case 'help': {
			return libraryHelp(state.columns).slice(mode.top, mode.top + listRows(state));
		}

		case 'list':
		case 'filter': {
			return listView(state);
		}
	}
}

/** Every row of the library's screen, top to bottom: as many as it draws (one less than the terminal). */
export function libraryRows(state: LibraryState, colorDepth: ColorDepth): Row[] {
	const height = Math.max(1, state.rows - 1);
	if (state.columns < MIN_COLUMNS || state.rows < MIN_ROWS)
		return tooSmallText(state.columns, state.rows)
			.map(text => plainRow(text, state.columns))
			.slice(0, height);
	const rows = body(state, colorDepth);
	const filler = Array.from({length: Math.max(0, listRows(state) - rows.length)}, (): Row => []);
	return [headerRow(state), ...rows, ...filler, footerRow(state)];
}
