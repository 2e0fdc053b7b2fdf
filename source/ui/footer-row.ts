/** The footer: hints, a notice, a line being typed or the progress bar, and the status. Pure. */
import stringWidth from 'fast-string-width';
import {progressBar} from './progress-bar.js';
import {rowWidth, spaces, truncateEnd, truncateStart, type Row} from './rows.js';
import type {Overlay} from './state.js';

/** Where the reader is, for the progress bar: seconds, and where chapters start. */
export type Progress = {readonly position: number; readonly duration: number; readonly ticks: readonly number[]};

/** The player, once started: the bar then shows where it plays. */
export type PlayerStatus = {readonly playing: boolean; readonly clock: string; readonly rate: string; readonly following: boolean};

/** A line being typed: what it is for, the text, and what to say beside it when there is room. */
export type TypedLine = {readonly prompt: string; readonly text: string; readonly aside: string};

export type FooterProps = {
	readonly width: number;
	/** What the right-hand side shows: a count being typed, the match n/N is on, (END). */
	readonly status: string;
	/** Which keys the hints are about: an overlay's, or the works sidebar's while it has the focus (`sidebar-empty`: with no works). */
	readonly keys: Overlay | 'sidebar' | 'sidebar-empty';
	readonly notice: string | undefined;
	/** Show what the main keys do instead of the progress bar (the first screen). */
	readonly hinting: boolean;
	readonly line: TypedLine | undefined;
	readonly progress: Progress;
	readonly player: PlayerStatus | undefined;
};

const HINTS: Readonly<Record<FooterProps['keys'], string>> = {
	// Within the 72 columns an 80-column terminal leaves beside `? help`.
	none: 'j/k scroll  / search  ] [ chapter  c chapters  : time  s works  q quit',
	sidebar: 'j/k choose  Enter go there, again: next  n/N mentions  Tab back',
	'sidebar-empty': 's hide  Tab back',
	help: 'j/k space b g G scroll help  other keys close it',
	search: '↑↓ choose  Enter go there  Esc back',
	chapters: '↑↓ choose  Enter go there  Esc back',
	time: 'Enter go  Esc back',
	note: 'Enter save  Esc cancel',
	bookmarks: '↑↓ choose  Enter go there  x delete  Esc back',
};

/** What is typed comes first, its end in view; the aside only when it fits beside it. */
function typed(line: TypedLine, width: number): Row {
	const aside = `  ${line.aside}`;
	const fits = stringWidth(line.prompt + line.text + aside) + 1 <= width;
	const row: Row = [{text: line.prompt, bold: true}, {text: line.text}, {text: ' ', inverse: true}, ...(fits ? [{text: aside, dim: true}] : [])];
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

function left({width, keys, notice, hinting, line, progress, player: status}: Omit<FooterProps, 'status'>): Row {
	if (line !== undefined) return typed(line, width);
	if (notice !== undefined) return [{text: notice, bold: true}];
	if (hinting || keys !== 'none') return [{text: HINTS[keys], dim: true}];
	return status ? player(width, status, progress) : bar(width, progress);
}

/** The hints, a notice, a line being typed or the progress bar; on the right, the status and `? help`. */
export function footerRow({status, width, ...rest}: FooterProps): Row {
	const right: Row = [...(status ? [{text: status, inverse: true}] : []), {text: ' '}, {text: '?', bold: true}, {text: ' help'}];
	// At least a column between the two.
	const room = Math.max(0, width - rowWidth(right) - 1);
	const shown = truncateEnd(left({width: room, ...rest}), room);
	return [...shown, spaces(width - rowWidth(shown) - rowWidth(right)), ...right];
}
