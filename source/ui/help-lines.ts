/** The help overlay's lines, laid out for a width: pure, so the reducer can scroll them. */
import {wrapText} from '../core/wrap.js';
import {HELP_ROWS} from './keymap.js';

export type HelpLine = {readonly keys: string; readonly meaning: string};

const KEY_WIDTH = Math.max(...HELP_ROWS.map(([keys]) => keys.length));
const MEANING_WIDTH = Math.max(...HELP_ROWS.map(([, meaning]) => meaning.length));
/** The overlay's left padding. */
const PADDING = 1;
const GAP = '  ';

function wrap(text: string, width: number): string[] {
	return wrapText(text, Math.max(1, width));
}

/** Keys and meaning side by side when both fit; else the meaning under its keys, wrapped. */
export function helpLines(columns: number): readonly HelpLine[] {
	if (columns >= PADDING + KEY_WIDTH + GAP.length + MEANING_WIDTH) {
		return HELP_ROWS.map(([keys, meaning]) => ({keys: keys.padEnd(KEY_WIDTH) + GAP, meaning}));
	}

	return HELP_ROWS.flatMap(([keys, meaning]) => [
		...wrap(keys, columns - PADDING).map(line => ({keys: line, meaning: ''})),
		...wrap(meaning, columns - PADDING - GAP.length).map(line => ({keys: GAP, meaning: line})),
	]);
}
