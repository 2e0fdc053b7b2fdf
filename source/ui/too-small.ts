/** What a terminal too small to read in shows: what it needs, wrapped onto the rows there are. Pure. */
import {wrapText} from '../core/wrap.js';
import {frameRows, MIN_COLUMNS, MIN_ROWS} from './viewport.js';

/** What to do first, so that the part that fits says it. */
export function tooSmallText(columns: number, rows: number): string[] {
	const text = `Too small: need ${MIN_COLUMNS}x${MIN_ROWS}, have ${columns}x${rows}`;
	return wrapText(text, Math.max(1, columns)).slice(0, frameRows(rows));
}
