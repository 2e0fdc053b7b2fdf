/** Run the reader full-screen until the user quits; every way out restores the terminal. */
import {openSync} from 'node:fs';
import {ReadStream} from 'node:tty';
import {render, type Instance} from 'ink';
import {InputError} from '../core/errors.js';
import type {Transcript} from '../core/model.js';
import {App, type AppExit} from './app.js';
import type {ReaderState} from './state.js';
import {enterFullScreen, keepScrollback, type FullScreen} from './terminal.js';
import {detectColorDepth, type ColorDepth} from './theme.js';

const SIGNAL_STATUS = [
	['SIGTERM', 143],
	['SIGHUP', 129],
	['SIGINT', 130],
	['SIGQUIT', 131],
] as const;

/** Keys come from the terminal even when the transcript arrived on a pipe. */
function keyboard(): NodeJS.ReadStream {
	if (process.stdin.isTTY) return process.stdin;
	try {
		return new ReadStream(openSync('/dev/tty', 'r')) as unknown as NodeJS.ReadStream;
	} catch {
		throw new InputError('no terminal to read keys from');
	}
}

type Session = {
	readonly transcript: Transcript;
	readonly at: number | undefined;
	readonly stdin: NodeJS.ReadStream;
	readonly colorDepth: ColorDepth;
};

function mount(session: Session, resume: ReaderState | undefined): Instance {
	const {transcript, at, stdin, colorDepth} = session;
	return render(<App transcript={transcript} colorDepth={colorDepth} at={at} resume={resume} />, {
		stdin,
		stdout: keepScrollback(process.stdout),
		exitOnCtrlC: false,
		patchConsole: false,
		incrementalRendering: true,
	});
}

/*
 * Ctrl-Z: give the terminal back, stop as the shell expects (it resumes us with `fg`), then draw
 * again from scratch. Where nobody can resume us (no job control), the kernel ignores the stop
 * and Parley simply carries on.
 */
function suspend(screen: FullScreen) {
	screen.leave();
	process.kill(process.pid, 'SIGTSTP');
	screen.enter();
}

/** Resolves when the user quits; failures, once the screen is restored, go to `onCrash`. */
export async function runFullScreen(transcript: Transcript, at: number | undefined, onCrash: (error: Error) => never): Promise<void> {
	const session: Session = {transcript, at, stdin: keyboard(), colorDepth: detectColorDepth(process.env, true)};
	const screen = enterFullScreen(process.stdout);
	let instance = mount(session, undefined);
	const crash = (error: Error) => {
		screen.leave();
		onCrash(error);
	};

	for (const [signal, status] of SIGNAL_STATUS) {
		process.on(signal, () => {
			instance.unmount();
			screen.leave();
			process.exit(status);
		});
	}

	process.on('uncaughtException', crash);
	try {
		for (;;) {
			const exit = (await instance.waitUntilExit()) as AppExit;
			if (exit === undefined) break;
			suspend(screen);
			instance = mount(session, exit.suspended);
		}
	} catch (error) {
		crash(error as Error);
	}

	screen.leave();
}
