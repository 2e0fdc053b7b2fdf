/** The help overlay's lines, laid out for a width: pure, so the reducer can scroll them. */
import {cachedIn} from '../core/cache.js';
import {wrapText} from '../core/wrap.js';
import {HELP_ROWS} from './keymap.js';
import type {Row} from './rows.js';

export type HelpLine = {readonly keys: string; readonly meaning: string};

/** The overlay's left padding. */
const PADDING = 1;
const GAP = '  ';

function wrap(text: string, width: number): string[] {
	return wrapText(text, Math.max(1, width));
}

/** Keys and meaning side by side when both fit; else the meaning under its keys, wrapped. */
export function layoutHelp(rows: ReadonlyArray<readonly [string, string]>, columns: number): readonly HelpLine[] {
	const keyWidth = Math.max(...rows.map(([keys]) => keys.length));
	const meaningWidth = Math.max(...rows.map(([, meaning]) => meaning.length));
	if (columns >= PADDING + keyWidth + GAP.length + meaningWidth) {
		return rows.map(([keys, meaning]) => ({keys: keys.padEnd(keyWidth) + GAP, meaning}));
	}

	return rows.flatMap(([keys, meaning]) => [
		...wrap(keys, columns - PADDING).map(line => ({keys: line, meaning: ''})),
		...wrap(meaning, columns - PADDING - GAP.length).map(line => ({keys: GAP, meaning: line})),
	]);
}

/** The reader's help laid out, by width: asked for by every scrolling key and every frame it is open. */
const laidOut = new Map<number, readonly HelpLine[]>();

/** The reader's help. */
export function helpLines(columns: number): readonly HelpLine[] {
	return cachedIn(laidOut, columns, () => layoutHelp(HELP_ROWS, columns));
}

/** A help overlay's rows: a title, then the keys in bold and what they do. */
export function helpScreen(lines: readonly HelpLine[]): Row[] {
	return [[{text: ' '}, {text: 'Keys', bold: true}], ...lines.map(({keys, meaning}): Row => [{text: ' '}, {text: keys, bold: true}, {text: meaning}])];
}
