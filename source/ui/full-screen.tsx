/** Run the reader full-screen until the user quits; every way out restores the terminal. */
import {openSync} from 'node:fs';
import {ReadStream} from 'node:tty';
import {render} from 'ink';
import {InputError} from '../core/errors.js';
import type {Transcript} from '../core/model.js';
import {App} from './app.js';
import {enterFullScreen, keepScrollback} from './terminal.js';
import {detectColorDepth} from './theme.js';

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

/** Resolves when the user quits; failures, once the screen is restored, go to `onCrash`. */
export async function runFullScreen(transcript: Transcript, at: number | undefined, onCrash: (error: Error) => never): Promise<void> {
	const stdin = keyboard();
	const session = enterFullScreen(process.stdout);
	const crash = (error: Error) => {
		session.restore();
		onCrash(error);
	};

	const instance = render(<App transcript={transcript} colorDepth={detectColorDepth(process.env, true)} at={at} />, {
		stdin,
		stdout: keepScrollback(process.stdout),
		exitOnCtrlC: false,
		patchConsole: false,
		incrementalRendering: true,
	});
	const leave = (status: number) => {
		instance.unmount();
		session.restore();
		process.exit(status);
	};

	for (const [signal, status] of SIGNAL_STATUS) process.on(signal, () => leave(status));
	process.on('uncaughtException', crash);
	try {
		await instance.waitUntilExit();
	} catch (error) {
		crash(error as Error);
	}

	session.restore();
}
