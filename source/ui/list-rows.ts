/** A heading and rows to choose from (the chapters, the bookmarks), the chosen one in view: as rows. Pure. */
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
		return truncateEnd([{text: at === current ? '▶ ' : '  ', ...style}, {text: row, ...style}], width);
	});
	return [truncateEnd([{text: heading, dim: true}], width), ...list];
}
