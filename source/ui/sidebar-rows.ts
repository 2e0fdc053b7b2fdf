/** The works sidebar's rows for a width: group headings, and for each work its title, author and times. Pure. */
import stringWidth from 'fast-string-width';
import {cachedIn} from '../core/cache.js';
import {wrapText} from '../core/wrap.js';
import type {References, Work} from '../core/mentions/work.js';
import {byline, mentionCount, mentionStamps, NOT_IN_THE_WORDS, onlyInNotes, stampText, worksSummary} from '../core/work-groups.js';
import type {ReaderState} from './reader-state.js';
import {truncateEnd, type Row} from './rows.js';
import {currentWork, sidebarFocused, sidebarPlace, sidebarWorks, type SidebarWorks} from './works-shown.js';

export type SidebarRow =
	| {readonly kind: 'group'; readonly text: string}
	/** A line of a work's title (`first` on its first), or of what else is known of it. */
	| {readonly kind: 'title' | 'detail'; readonly text: string; readonly work: number; readonly first: boolean};

/** Columns before a work's lines: the mark of the work being discussed, `▶ `. */
const MARK_WIDTH = 2;
/** Lines of a title shown; a longer one ends in `…`. */
const TITLE_LINES = 2;

function wrapped(text: string, width: number): string[] {
	const lines = wrapText(text, Math.max(1, width));
	if (lines.length <= TITLE_LINES) return lines;
	const kept = lines.slice(0, TITLE_LINES);
	const last = kept[TITLE_LINES - 1]!;
	kept[TITLE_LINES - 1] = stringWidth(last) < width ? `${last}…` : `${[...last].slice(0, -1).join('')}…`;
	return kept;
}

/** The first few times a work comes up that fit the width, and how many more: `00:21:43 00:22:19~ +4`. */
export function fewTimes(work: Work, width: number, timed: boolean): string {
	if (!timed) return work.mentions.length === 0 ? '' : mentionCount(work);
	const stamps = mentionStamps(work).map(stamp => stampText(stamp));
	let shown = '';
	for (const [index, stamp] of stamps.entries()) {
		const line = shown === '' ? stamp : `${shown} ${stamp}`;
		const more = index + 1 < stamps.length ? ` +${stamps.length - index - 1}` : '';
		if (line.length + more.length > width)
			return shown === '' ? `${stamps.length} ${stamps.length === 1 ? 'time' : 'times'}` : `${shown} +${stamps.length - index}`;
		shown = line;
	}

	return shown;
}

const rowCache = new WeakMap<SidebarWorks, Map<string, readonly SidebarRow[]>>();

/** Every row of the sidebar's list, for a sidebar `width` columns wide inside its border: laid out once a width. */
export function sidebarRows(works: SidebarWorks, width: number, timed: boolean): readonly SidebarRow[] {
	const byWidth = cachedIn(rowCache, works, () => new Map<string, readonly SidebarRow[]>());
	const key = `${width} ${timed}`;
	return cachedIn(byWidth, key, () => layRows(works, width, timed));
}

/**
 * The first row shown for a list `height` rows high: a work's first line a third of the way down,
 * its lines all in view if they fit, its title always; the first row is a group's heading or a
 * work's first line, never the rest of a work cut off above.
 */
export function firstShownRow(rows: readonly SidebarRow[], work: number, height: number): number {
	const top = rows.findIndex(row => row.kind !== 'group' && row.work === work);
	if (top < 0 || height <= 0) return 0;
	const bottom = rows.findLastIndex(row => row.kind !== 'group' && row.work === work);
	// No empty rows below the last work; the title in view.
	const wanted = Math.min(top, Math.max(0, Math.min(Math.max(top - Math.floor(height / 3), bottom - height + 1), rows.length - height)));
	const starts = rows.flatMap((row, index) => (index <= top && (row.kind === 'group' || row.first) ? [index] : []));
	const before = starts.findLast(start => start <= wanted) ?? 0;
	// Back to a start above, unless that hides the work's last line: then on to the next one (the work's title at the latest).
	return bottom < before + height ? before : starts.find(start => start >= wanted)!;
}

function layRows({groups}: SidebarWorks, width: number, timed: boolean): SidebarRow[] {
	const room = Math.max(1, width - MARK_WIDTH);
	const rows: SidebarRow[] = [];
	let work = 0;
	for (const group of groups) {
		rows.push({kind: 'group', text: group.title});
		for (const each of group.works) {
			for (const [index, text] of wrapped(each.title, room).entries()) rows.push({kind: 'title', text, work, first: index === 0});
			const details = [byline(each), each.saidAs === undefined ? '' : `said as “${each.saidAs}”`, fewTimes(each, room, timed)];
			for (const text of details.filter(Boolean)) rows.push({kind: 'detail', text, work, first: false});
			// Where its times would be: that there are none to go to, wrapped rather than cut.
			if (onlyInNotes(each)) for (const text of wrapped(NOT_IN_THE_WORDS, room)) rows.push({kind: 'detail', text, work, first: false});
			work++;
		}
	}

	return rows;
}

/** What the sidebar shows. */
export type SidebarView = {
	readonly refs: References;
	/** The work chosen: shown inverse while the sidebar has the focus, underlined otherwise. */
	readonly selected: number;
	/** The work being discussed where the reader is, marked `▶`. */
	readonly current: number | undefined;
	readonly focus: boolean;
	readonly timed: boolean;
	/** Beside the text: a border on its left. Over the text: none. */
	readonly beside: boolean;
	readonly width: number;
	readonly height: number;
};

function rowOf(row: SidebarRow, {selected, current, focus}: SidebarView): Row {
	if (row.kind === 'group') return [{text: row.text, bold: true}];
	const mark = row.kind === 'title' && row.first && row.work === current ? '▶ ' : ' '.repeat(MARK_WIDTH);
	if (row.kind === 'detail') return [{text: mark + row.text, dim: true}];
	const chosen = row.work === selected;
	const bold = row.work === current;
	return [
		{text: mark, bold},
		{text: row.text, bold, inverse: chosen && focus, underline: chosen && !focus},
	];
}

/** The sidebar of a reader, `height` rows high: beside the text if there is room, else over it. */
export function sidebarViewOf(state: ReaderState & {refs: References}, height: number): SidebarView {
	const {beside, width} = sidebarPlace(state);
	return {
		refs: state.refs,
		selected: state.sidebar.selected,
		current: currentWork(state),
		focus: sidebarFocused(state),
		timed: state.transcript.timed,
		beside,
		width,
		height,
	};
}

/** The list's rows below the summary, for the width inside the border, and the first of them shown: the one chosen (or, while the text has the focus, the one being discussed) in view. */
function listed({refs, selected, current, focus, timed, beside, width, height}: SidebarView): {rows: readonly SidebarRow[]; first: number; inner: number} {
	const inner = Math.max(1, width - (beside ? 2 : 0));
	const rows = sidebarRows(sidebarWorks(refs), inner, timed);
	return {rows, first: firstShownRow(rows, focus ? selected : (current ?? selected), Math.max(0, height - 1)), inner};
}

/** The work on row `line` of the sidebar (0: the summary), if one is there (a line of its title or of what else is known of it). */
export function workAt(view: SidebarView, line: number): number | undefined {
	const {rows, first} = listed(view);
	const row = line >= 1 && line < view.height ? rows[first + line - 1] : undefined;
	return row?.kind === 'group' ? undefined : row?.work;
}

/** The works the transcript mentions, grouped by kind, as rows: a summary, then the list; beside the text, each row after a border. */
export function sidebarView(view: SidebarView): Row[] {
	const {refs, focus, beside, height} = view;
	const {rows, first, inner} = listed(view);
	const summary = worksSummary(refs.works);
	const shown: Row[] = [
		[{text: summary.charAt(0).toUpperCase() + summary.slice(1), bold: focus, dim: !focus}],
		...rows.slice(first, first + Math.max(0, height - 1)).map(row => rowOf(row, view)),
	];
	const border: Row = beside ? [{text: '│', dim: !focus}, {text: ' '}] : [];
	const padded = [...shown, ...Array.from({length: Math.max(0, height - shown.length)}, (): Row => [])];
	return padded.map(row => [...border, ...truncateEnd(row, inner)]);
}
