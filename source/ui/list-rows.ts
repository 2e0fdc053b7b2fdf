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

export function choiceRows({heading, rows, selected, current, width, height}: ChoiceList): Row[] {
	const shown = Math.max(0, height - 1);
	const first = Math.max(0, Math.min(selected - Math.floor(shown / 2), rows.length - shown));
	const list = rows.slice(first, first + shown).map((row, index): Row => {
		const at = first + index;
		const style = {inverse: at === selected, bold: at === current};
		return truncateEnd([{text: at === current ? '▶ ' : '  ', ...style}, {text: row, ...style}], width);
	});
	return [truncateEnd([{text: heading, dim: true}], width), ...list];
}
