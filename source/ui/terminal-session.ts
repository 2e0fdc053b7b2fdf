/*
 * The terminal, from the first paint to the way out, whatever draws on it (the first paint, then
 * Ink): the keyboard in raw mode, the alternate screen, and the signals that end or stop Parley.
 * No Ink or React here: it is set up before they have loaded.
 */
import {closeSync, openSync} from 'node:fs';
import {isatty, ReadStream} from 'node:tty';
import {InputError} from '../core/errors.js';
import {inkStdin, type MouseEvents} from './ink-stdin.js';
import {enterFullScreen, type FullScreen} from './terminal.js';

const SIGNAL_STATUS = [
	['SIGTERM', 143],
	['SIGHUP', 129],
	['SIGINT', 130],
	['SIGQUIT', 131],
] as const;

/** How the terminal is taken: `--no-mouse` leaves the mouse to the terminal. */
export type TerminalOptions = {readonly mouse: boolean};

export type TerminalSession = {
	/** The keyboard, for Ink: the terminal, even when the transcript came on standard input; the mouse's reports taken out. */
	readonly stdin: NodeJS.ReadStream;
	/** The keyboard itself, for the keys read before Ink has loaded (first-paint.ts). */
	readonly keyboard: NodeJS.ReadStream;
	/** The mouse's reports (none with `--no-mouse`). */
	readonly mouse: MouseEvents;
	readonly screen: FullScreen;
	/** What to do before exiting on a signal or a crash (unmount, which saves where the reader is; stop the audio). */
	onSignal(cleanup: () => void): void;
	/** Run it now, on the way out after a crash. */
	cleanUp(): void;
	/** Listen for stops and continues sent from outside, or not (while Parley stops itself). */
	hearStops(listening: boolean): void;
};

/** Keys come from the terminal even when the transcript arrived on a pipe. */
function keyboard(): NodeJS.ReadStream {
	if (process.stdin.isTTY) return process.stdin;
	try {
		return new ReadStream(openSync('/dev/tty', 'r')) as unknown as NodeJS.ReadStream;
	} catch {
		throw new InputError('no terminal to read keys from');
	}
}

/*
 * On the way out Node resets the terminal's modes, and aborts (SIGABRT, a stack trace) when the
 * terminal has hung up, as when the SSH connection drops (nodejs/node#51519). Nothing is left to
 * reset then: closing the terminal first lets Node exit as asked.
 */
function forgetHungUpTerminal() {
	if (isatty(1)) return;
	for (const fd of [0, 1, 2]) closeSync(fd);
}

/**
 * Takes the terminal: the alternate screen, and raw mode at once, so that keys typed while the
 * first screen appears are neither echoed over it nor lost (they wait for whoever reads them).
 */
export function openTerminalSession({mouse}: TerminalOptions): TerminalSession {
	const stdin = keyboard();
	const screen = enterFullScreen(process.stdout, mouse);
	process.once('exit', forgetHungUpTerminal);
	stdin.setRawMode?.(true);
	let cleanup = () => {};
	for (const [signal, status] of SIGNAL_STATUS) {
		process.on(signal, () => {
			cleanup();
			screen.leave();
			process.exit(status);
		});
	}

	// Signals from outside. A stop (kill -TSTP) is taken as Ctrl-Z: Parley leaves the screen before
	// it stops, rather than stopping on top of it in raw mode, deaf to the keys once resumed. After a
	// stop it cannot see (kill -STOP) the shell has set the terminal its own way: once continued,
	// Parley takes raw mode again and draws the whole screen anew, as for Ctrl-L. (The keys wait in
	// the keyboard's stream until Ink reads them.)
	const fromOutside: Array<[NodeJS.Signals, () => void]> = [
		['SIGTSTP', () => stdin.unshift('\u001A')],
		['SIGCONT', () => stdin.setRawMode?.(true).unshift('\u000C')],
	];
	const hearStops = (listening: boolean) => {
		for (const [signal, listener] of fromOutside) process[listening ? 'on' : 'off'](signal, listener);
	};

	hearStops(true);
	return {
		...inkStdin(stdin),
		keyboard: stdin,
		screen,
		onSignal(next) {
			cleanup = next;
		},
		cleanUp: () => cleanup(),
		hearStops,
	};
}
