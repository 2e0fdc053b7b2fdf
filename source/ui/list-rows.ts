/** Lists to choose from: a heading and rows (the chapters, the bookmarks), the chosen one in view; moving the choice. Pure. */
import {truncateEnd, type Row} from './rows.js';

export type ChoiceList = {
	readonly heading: string;
	readonly rows: readonly string[];
	readonly selected: number;
	/** The row marked `▶` (the chapter being read). */
	readonly current?: number | undefined;
	readonly width: number;
	readonly height: number;
};

type ListPlace = {readonly length: number; readonly selected: number; readonly height: number};

/** The first of a list's rows shown under its heading: the chosen one near the middle. */
function firstShown({length, selected, height}: ListPlace): number {
	const shown = Math.max(0, height - 1);
	return Math.max(0, Math.min(selected - Math.floor(shown / 2), length - shown));
}

/** The row of a list drawn by choiceRows at its `line` (0: the heading), if one is there. */
export function choiceAt(list: ListPlace, line: number): number | undefined {
	const at = firstShown(list) + line - 1;
	return line >= 1 && line < list.height && at < list.length ? at : undefined;
}

export function choiceRows({heading, rows, selected, current, width, height}: ChoiceList): Row[] {
	const shown = Math.max(0, height - 1);
	const first = firstShown({length: rows.length, selected, height});
	const list = rows.slice(first, first + shown).map((row, index): Row => {
		const at = first + index;
		const style = {inverse: at === selected, bold: at === current};
		return truncateEnd(
			[
				{text: at === current ? '▶ ' : '  ', ...style},
				{text: row, ...style},
			],
			width,
		);
	});
	return [truncateEnd([{text: heading, dim: true}], width), ...list];
}

/** A move of the choice in a list: a row, a page, or to an end. */
export type ListMove = {readonly by: 'row' | 'page' | 'edge'; readonly direction: 1 | -1};

/** Where a move takes the choice at `row` in a list of `length` rows, `height` of them on screen. */
export function movedChoice(row: number, length: number, {by, direction}: ListMove, height: number): number {
	const last = Math.max(0, length - 1);
	if (by === 'edge') return direction < 0 ? 0 : last;
	// A page less a row: the row chosen last stays in view, for context.
	return Math.max(0, Math.min(last, row + direction * (by === 'page' ? Math.max(1, height - 1) : 1)));
}

/** A list's first row on screen, moved only as far as it takes to keep `row` in view. */
export function keptInView(top: number, row: number, height: number): number {
	return Math.max(0, Math.min(row, Math.max(top, row - height + 1)));
}
