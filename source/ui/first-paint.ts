/*
 * The first screen, written before Ink and React have loaded (they take most of start-up): the
 * same rows the app draws (screen.ts), styled as Ink styles them; keys that only move through the
 * text are answered on it at once (early-keys.ts). Ink then takes over the screen, and the keys
 * not answered; see start-reading.ts. No Ink or React here.
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

/** The state after a key, when it is answered before the app has loaded; else undefined. */
export type EarlyKey<S> = (state: S, character: string) => S | undefined;

/** How a state is drawn: its screen, the state at a new size, and (loaded once it is drawn) the keys answered early. */
export type Painter<S> = {
	readonly screen: (state: S) => Screen;
	readonly resize: (state: S, size: TerminalSize) => S;
	readonly rows: (state: S) => number;
	readonly keys?: () => Promise<EarlyKey<S>>;
};

/** The reader's, as it opens: reading (so no mode but reading's drawing is loaded for it). */
export const readerPainter = (colorDepth: ColorDepth): Painter<ReaderState> => ({
	screen: state => screenOf(state, colorDepth, readingLook),
	resize: (state, {columns, rows}) => resized(state, columns, rows),
	rows: state => state.rows,
	keys: async () => (await import('./early-keys.js')).earlyKey,
});

/** The first screen, drawn now and again at each resize until Ink takes over. */
export type FirstPaint<S> = {
	/**
	 * Once the keys typed so far are answered (or cannot be): to wait for before loading Ink, whose
	 * loading holds the event loop, and with it the keys, for a long while.
	 */
	readonly answering: Promise<unknown>;
	/** Stop drawing: the state as last drawn (at the terminal's current size), for Ink to start from. */
	takeOver(): S;
};

/** Answers the first of `characters` it can with `answer`, and says how many it took. */
type TakeKeys<S> = (answer: EarlyKey<S>, characters: string) => number;

/**
 * Reads the keys typed before Ink takes over: `take` answers those it can, once `answer` has
 * loaded; from the first it does not, it and every key after it wait, in order, for Ink. The
 * function returned stops reading and gives the keys not answered back to the keyboard, where Ink
 * reads them.
 */
function readEarlyKeys<S>(keyboard: NodeJS.ReadStream, answer: Promise<EarlyKey<S> | undefined>, take: TakeKeys<S>): () => void {
	let waiting = '';
	let loaded: EarlyKey<S> | undefined;
	let waitForInk = false;
	const answerWaiting = () => {
		if (loaded === undefined || waitForInk) return;
		const taken = take(loaded, waiting);
		waitForInk = taken < waiting.length;
		waiting = waiting.slice(taken);
	};

	const onReadable = () => {
		for (let chunk: unknown = keyboard.read(); chunk !== null; chunk = keyboard.read()) waiting += String(chunk);
		answerWaiting();
	};

	void answer.then(early => {
		loaded = early;
		answerWaiting();
	});
	keyboard.setEncoding('utf8');
	keyboard.on('readable', onReadable);
	return () => {
		waitForInk = true;
		keyboard.off('readable', onReadable);
		if (waiting !== '') keyboard.unshift(waiting);
	};
}

/**
 * Draws the first screen for `initial`, and again whenever the terminal is resized, or a key typed
 * on `keyboard` moves the view, before Ink takes over.
 */
export function paintFirstScreen<S>(stdout: NodeJS.WriteStream, initial: S, painter: Painter<S>, keyboard?: NodeJS.ReadStream): FirstPaint<S> {
	let state = initial;
	const draw = () => stdout.write(firstScreen(painter.screen(state), frameRows(painter.rows(state))));
	const paint = () => {
		state = painter.resize(state, readTerminalSize(stdout));
		draw();
	};

	paint();
	stdout.on('resize', paint);
	const take: TakeKeys<S> = (answer, characters) => {
		let taken = 0;
		for (const character of characters) {
			const next = answer(state, character);
			if (next === undefined) break;
			state = next;
			taken += character.length;
		}

		if (taken > 0) draw();
		return taken;
	};

	// Should the answer fail to load, the keys wait for Ink, as they would without it.
	const answer = keyboard && painter.keys ? painter.keys().catch(() => undefined) : Promise.resolve(undefined);
	const stopKeys = keyboard ? readEarlyKeys(keyboard, answer, take) : () => {};
	return {
		// One turn of the event loop after the answer has loaded: the keys already typed are read, and answered.
		answering: answer.then(() => new Promise(resolve => setImmediate(resolve))),
		takeOver() {
			stdout.off('resize', paint);
			stopKeys();
			return state;
		},
	};
}
