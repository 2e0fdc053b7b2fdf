/** The footer: hints, a notice, a line being typed or the progress bar, and the status. Pure. */
import stringWidth from 'fast-string-width';
import {progressBar} from './progress-bar.js';
import {rowWidth, spaces, truncateEnd, truncateStart, type Row} from './rows.js';
import type {EditLine} from './reader-state.js';

/** Where the reader is, for the progress bar: seconds, and where chapters start. */
export type Progress = {readonly position: number; readonly duration: number; readonly ticks: readonly number[]};

/** The player, once started: the bar then shows where it plays. */
export type PlayerStatus = {readonly playing: boolean; readonly clock: string; readonly rate: string; readonly following: boolean};

/** A line being typed: what it is for, the text and its cursor, and what to say beside it when there is room. */
export type TypedLine = {readonly prompt: string; readonly line: EditLine; readonly aside: string};

export type FooterProps = {
	readonly width: number;
	/** What the right-hand side shows: a count being typed, the match n/N is on, (END). */
	readonly status: string;
	/** What the footer says the keys do, while a mode other than reading is open. */
	readonly hints: Hints | undefined;
	readonly notice: string | undefined;
	/** What the main keys do, shown instead of the progress bar on the first screen. */
	readonly hinting: Hints | undefined;
	readonly line: TypedLine | undefined;
	readonly progress: Progress;
	readonly player: PlayerStatus | undefined;
	/** The speaker picked out (`S`), named on the right while the others' turns are dimmed. */
	readonly filter?: string | undefined;
};

/** Keys and what they do, as the footer says it: `j/k scroll  / search`. Each key named is bound (test/ui/keys.test.ts). */
export type Hints = ReadonlyArray<readonly [keys: string, does: string]>;

/** The main keys, on the first screen: within the 72 columns an 80-column terminal leaves beside `? help`. */
export const READING_HINTS: Hints = [
	['j/k', 'scroll'],
	['/', 'search'],
	['] [', 'chapter'],
	['c', 'chapters'],
	[':', 'time'],
	['s', 'works'],
	['q', 'quit'],
];

/** In an episode opened from the library, `q` goes back to it. */
export const LIBRARY_READING_HINTS: Hints = READING_HINTS.map(([keys, does]) => [keys, keys === 'q' ? 'library' : does]);

export const hintText = (hints: Hints) => hints.map(([keys, does]) => `${keys} ${does}`).join('  ');

/** A line's text with its cursor: the character under it inverse, or an inverse space after the end. */
export function cursorRow({text, cursor}: EditLine): Row {
	const characters = [...text];
	const under = characters[cursor];
	return [
		{text: characters.slice(0, cursor).join('')},
		{text: under ?? ' ', inverse: true},
		...(under === undefined ? [] : [{text: characters.slice(cursor + 1).join('')}]),
	].filter(segment => segment.text !== '');
}

/** What is typed comes first, the cursor in view; the aside only when it fits beside it. */
function typed({prompt, line, aside}: TypedLine, width: number): Row {
	const beside = `  ${aside}`;
	const fits = stringWidth(prompt + line.text + beside) + 1 <= width;
	const row: Row = [{text: prompt, bold: true}, ...cursorRow(line), ...(fits ? [{text: beside, dim: true}] : [])];
	return truncateStart(row, width);
}

function bar(width: number, progress: Progress): Row {
	const {done, todo} = progressBar(width, progress.position, progress.duration, progress.ticks);
	return [{text: done}, {text: todo, dim: true}];
}

/** `▶ 00:12:03 1.5x` and the bar; `following paused` when the reader scrolled away while it plays. */
function player(width: number, status: PlayerStatus, progress: Progress): Row {
	const head = `${status.playing ? '▶' : '‖'} ${status.clock} ${status.rate} `;
	const rest = Math.max(0, width - stringWidth(head));
	return [{text: head, bold: true}, ...(status.following || !status.playing ? bar(rest, progress) : [{text: 'following paused — . to return'}])];
}

function left({width, hints, notice, hinting, line, progress, player: status}: Omit<FooterProps, 'status'>): Row {
	if (line !== undefined) return typed(line, width);
	if (notice !== undefined) return [{text: notice, bold: true}];
	if (hints !== undefined) return [{text: hintText(hints), dim: true}];
	if (hinting) return [{text: hintText(hinting), dim: true}];
	return status ? player(width, status, progress) : bar(width, progress);
}

/** The most the speaker picked out takes of the footer: `only Jon Krohn`. */
const FILTER_COLUMNS = 24;

/** The hints, a notice, a line being typed or the progress bar; on the right, the status and `? help`. */
export function footerRow({status, width, filter, ...rest}: FooterProps): Row {
	const only: Row = filter === undefined ? [] : [...truncateEnd([{text: `only ${filter}`, bold: true}], FILTER_COLUMNS), {text: ' '}];
	const right: Row = [...only, ...(status ? [{text: status, inverse: true}] : []), {text: ' '}, {text: '?', bold: true}, {text: ' help'}];
	// At least a column between the two.
	const room = Math.max(0, width - rowWidth(right) - 1);
	const shown = truncateEnd(left({width: room, ...rest}), room);
	return [...shown, spaces(width - rowWidth(shown) - rowWidth(right)), ...right];
}
