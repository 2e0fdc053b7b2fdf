/*
 * A screen row as styled runs of text. Ink draws rows as nested <Text>s, and the first paint
 * (before Ink has loaded) writes the same rows as SGR codes, so the two cannot disagree on what a
 * row holds, how long it is or where it is cut. Pure: no Ink or React.
 */
import stringWidth from 'fast-string-width';

export type Style = {
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly underline?: boolean;
	readonly inverse?: boolean;
	/** An Ink colour: a name (`blueBright`), `ansi256(n)` or `#rrggbb` (see theme.ts). */
	readonly color?: string | undefined;
};

export type Segment = Style & {readonly text: string};

export type Row = readonly Segment[];

const ELLIPSIS = '…';

export function rowWidth(row: Row): number {
	return row.reduce((sum, segment) => sum + stringWidth(segment.text), 0);
}

/** The characters of `text` that fit in `width` columns, from its start (or its end). */
function fitting(text: string, width: number, fromEnd: boolean): string {
	const characters = [...text];
	if (fromEnd) characters.reverse();
	let used = 0;
	let count = 0;
	for (const character of characters) {
		const next = used + stringWidth(character);
		if (next > width) break;
		used = next;
		count++;
	}

	const kept = characters.slice(0, count);
	return (fromEnd ? kept.reverse() : kept).join('');
}

/** The first `width` columns of a row. */
function head(row: Row, width: number): Segment[] {
	const kept: Segment[] = [];
	let room = width;
	for (const segment of row) {
		if (room <= 0) break;
		const text = fitting(segment.text, room, false);
		if (text !== '') kept.push({...segment, text});
		room -= stringWidth(text);
	}

	return kept;
}

/** A row cut to `width` columns, ending in `…` where it was cut (the last run's style). */
export function truncateEnd(row: Row, width: number): Row {
	if (rowWidth(row) <= width) return row;
	if (width <= 0) return [];
	const kept = head(row, width - 1);
	const last = kept.at(-1) ?? row[0]!;
	return [...kept, {...last, text: ELLIPSIS}];
}

/** A row cut to its last `width` columns, opening with `…`: a line being typed shows its end. */
export function truncateStart(row: Row, width: number): Row {
	if (rowWidth(row) <= width) return row;
	if (width <= 0) return [];
	const kept: Segment[] = [];
	let room = width - 1;
	for (const segment of [...row].reverse()) {
		if (room <= 0) break;
		const text = fitting(segment.text, room, true);
		if (text !== '') kept.unshift({...segment, text});
		room -= stringWidth(text);
	}

	return [{...(kept[0] ?? row.at(-1)!), text: ELLIPSIS}, ...kept];
}

/** Spaces to fill a row out to `width` (a gap between its left and right parts). */
export function spaces(count: number): Segment {
	return {text: ' '.repeat(Math.max(0, count))};
}

/** A row of plain text, cut to `width`. */
export function plainRow(text: string, width: number, style: Style = {}): Row {
	return truncateEnd([{...style, text}], width);
}

/** `text` in exactly `width` columns: cut (with `…`) or padded (a column of a table). */
export function cellText(text: string, width: number): string {
	const fitted = truncateEnd([{text}], width)
		.map(segment => segment.text)
		.join('');
	return fitted + ' '.repeat(Math.max(0, width - rowWidth([{text: fitted}])));
}
