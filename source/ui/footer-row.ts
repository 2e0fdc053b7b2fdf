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

/** `▶ 00:12:03 1.5x `: the player, once started, before the bar. */
const playerHead = (status: PlayerStatus) => `${status.playing ? '▶' : '‖'} ${status.clock} ${status.rate} `;

/** What the left of the footer says in place of the progress bar: a line being typed, a notice, the hints. */
function message({line, notice, hints, hinting}: FooterProps, room: number): Row | undefined {
	if (line !== undefined) return typed(line, room);
	if (notice !== undefined) return [{text: notice, bold: true}];
	if (hints !== undefined) return [{text: hintText(hints), dim: true}];
	return hinting ? [{text: hintText(hinting), dim: true}] : undefined;
}

/** The bar's cells in the left's `room`, after the player's head: none (`following paused`) when the reader scrolled away while it plays. */
function barPlace({player: status}: FooterProps, room: number): {start: number; width: number} | undefined {
	if (!status) return {start: 0, width: room};
	if (status.playing && !status.following) return undefined;
	const start = Math.min(room, stringWidth(playerHead(status)));
	return {start, width: room - start};
}

function left(props: FooterProps, room: number): Row {
	const said = message(props, room);
	if (said) return said;
	const head: Row = props.player ? [{text: playerHead(props.player), bold: true}] : [];
	const place = barPlace(props, room);
	return [...head, ...(place ? bar(place.width, props.progress) : [{text: 'following paused — . to return'}])];
}

/** The most the speaker picked out takes of the footer: `only Jon Krohn`. */
const FILTER_COLUMNS = 24;

/** The right of the footer: the speaker picked out, the status, `? help`. */
function rightOf({status, filter}: Pick<FooterProps, 'status' | 'filter'>): Row {
	const only: Row = filter === undefined ? [] : [...truncateEnd([{text: `only ${filter}`, bold: true}], FILTER_COLUMNS), {text: ' '}];
	return [...only, ...(status ? [{text: status, inverse: true}] : []), {text: ' '}, {text: '?', bold: true}, {text: ' help'}];
}

/** The left's columns: at least one between it and the right. */
const roomOf = (props: FooterProps) => Math.max(0, props.width - rowWidth(rightOf(props)) - 1);

/** The hints, a notice, a line being typed or the progress bar; on the right, the status and `? help`. */
export function footerRow(props: FooterProps): Row {
	const right = rightOf(props);
	const room = roomOf(props);
	const shown = truncateEnd(left(props, room), room);
	return [...shown, spaces(props.width - rowWidth(shown) - rowWidth(right)), ...right];
}

/** Where in the episode (a share of it, 0 to 1) the footer's `column` is, when the progress bar is drawn there. */
export function barShareAt(props: FooterProps, column: number): number | undefined {
	const room = roomOf(props);
	const place = message(props, room) === undefined ? barPlace(props, room) : undefined;
	const cell = column - (place?.start ?? 0);
	return place && cell >= 0 && cell < place.width ? cell / place.width : undefined;
}
