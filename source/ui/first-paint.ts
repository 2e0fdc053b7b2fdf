/*
 * The first screen, written before Ink and React have loaded (they take most of start-up): the
 * same rows the app draws (screen.ts), styled as Ink styles them. Ink then takes over the screen; see
 * handover.ts. No Ink or React here.
 */
import chalk, {type ForegroundColorName} from 'chalk';
import {rowWidth, type Row, type Segment} from './rows.js';
import {resized} from './initial-state.js';
import {readingLook} from './modes/mode.js';
import {screenOf, type Screen} from './screen.js';
import type {ReaderState} from './reader-state.js';
import type {ColorDepth} from './theme.js';
import {readTerminalSize, type TerminalSize} from './terminal-size.js';
import {frameRows} from './viewport.js';

const SYNC_BEGIN = '\u001B[?2026h';
const SYNC_END = '\u001B[?2026l';
const HIDE_CURSOR = '\u001B[?25l';
const HOME = '\u001B[H';
const CLEAR = '\u001B[2J';

/**
 * A run of text styled as Ink styles it: with chalk, which Ink uses too (so a terminal that chalk
 * finds has no colours, TERM=dumb, gets no styles from either), and Ink's forms of colour.
 */
function styled({text, bold, dim, underline, inverse, color}: Segment): string {
	let style = chalk;
	if (color?.startsWith('#')) style = style.hex(color);
	else if (color?.startsWith('ansi256(')) style = style.ansi256(Number(/\((\d+)\)/.exec(color)![1]));
	else if (color) style = style[color as ForegroundColorName];
	if (bold) style = style.bold;
	if (dim) style = style.dim;
	if (underline) style = style.underline;
	if (inverse) style = style.inverse;
	return style === chalk ? text : style(text);
}

function rowText(row: Row): string {
	return row.map(segment => styled(segment)).join('');
}

/** `screen`, `height` rows of it, drawn from the top-left of a cleared screen; the cursor is left at the top-left, where Ink starts. */
export function firstScreen({main, side}: Screen, height: number): string {
	const lines = main.rows.map((row, index) => {
		const beside = side?.rows[index];
		// The sidebar's column starts where the main column ends.
		return beside ? `${rowText(row)}${' '.repeat(Math.max(0, main.width - rowWidth(row)))}${rowText(beside)}` : rowText(row);
	});
	return `${SYNC_BEGIN}${HIDE_CURSOR}${CLEAR}${HOME}${lines.slice(0, height).join('\r\n')}${HOME}${SYNC_END}`;
}

/** How a state is drawn: its screen, and the state at a new size. */
export type Painter<S> = {readonly screen: (state: S) => Screen; readonly resize: (state: S, size: TerminalSize) => S; readonly rows: (state: S) => number};

/** The reader's, as it opens: reading (so no mode but reading's drawing is loaded for it). */
export const readerPainter = (colorDepth: ColorDepth): Painter<ReaderState> => ({
	screen: state => screenOf(state, colorDepth, readingLook),
	resize: (state, {columns, rows}) => resized(state, columns, rows),
	rows: state => state.rows,
});

/** The first screen, drawn now and again at each resize until Ink takes over. */
export type FirstPaint<S> = {
	/** Stop drawing: the state as last drawn (at the terminal's current size), for Ink to start from. */
	takeOver(): S;
};

/** Draws the first screen for `initial`, and again whenever the terminal is resized before Ink takes over. */
export function paintFirstScreen<S>(stdout: NodeJS.WriteStream, initial: S, painter: Painter<S>): FirstPaint<S> {
	let state = initial;
	const paint = () => {
		state = painter.resize(state, readTerminalSize(stdout));
		stdout.write(firstScreen(painter.screen(state), frameRows(painter.rows(state))));
	};

	paint();
	stdout.on('resize', paint);
	return {
		takeOver() {
			stdout.off('resize', paint);
			return state;
		},
	};
}
