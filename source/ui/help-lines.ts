/** The help overlay's lines, laid out for a width: pure, so the reducer can scroll them. */
import {HELP_ROWS} from './keymap.js';

export type HelpLine = {readonly keys: string; readonly meaning: string};

const KEY_WIDTH = Math.max(...HELP_ROWS.map(([keys]) => keys.length));
/** Room a meaning needs beside its keys before it goes on a line of its own. */
const MEANING_WIDTH = 30;
/** The overlay's left padding and the gap between the columns. */
const SPACING = 3;

/** Keys and meaning side by side; in a narrow terminal, the meaning on the line under its keys. */
export function helpLines(columns: number): readonly HelpLine[] {
	if (columns >= KEY_WIDTH + MEANING_WIDTH + SPACING) return HELP_ROWS.map(([keys, meaning]) => ({keys: keys.padEnd(KEY_WIDTH + 2), meaning}));
	return HELP_ROWS.flatMap(([keys, meaning]) => [
		{keys, meaning: ''},
		{keys: '  ', meaning},
	]);
}
