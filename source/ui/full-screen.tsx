/** Run the reader full-screen until the user quits; every way out restores the terminal. */
import {once} from 'node:events';
import {closeSync, openSync} from 'node:fs';
import {setTimeout as delay} from 'node:timers/promises';
import {isatty, ReadStream} from 'node:tty';
import {render, type Instance} from 'ink';
import type {GivenChapters} from '../core/chapters/index.js';
import {InputError} from '../core/errors.js';
import type {Transcript} from '../core/model.js';
import type {GivenRefs} from '../core/work-groups.js';
import {mpvLink, type MpvLink} from '../player/audio-link.js';
import {App, type AppExit, type Keep} from './app.js';
import {osc52} from './clipboard.js';
import type {ReaderState} from './state.js';
import {enterFullScreen, keepScrollback, type FullScreen} from './terminal.js';
import {detectColorDepth, type ColorDepth} from './theme.js';

/** How long to wait for a stop to take effect before carrying on without one. */
const STOP_GRACE_MS = 300;
/** How long Node may take to notice a resize made while Parley was stopped. */
const RESIZE_GRACE_MS = 50;

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

/** What to read, and how to open it. */
export type Reading = {
	readonly transcript: Transcript;
	readonly at: number | undefined;
	readonly given: GivenChapters | undefined;
	/** The references file beside the transcript, for the works sidebar. */
	readonly refs: GivenRefs | undefined;
	/** The episode's audio file, to play with mpv. */
	readonly audio: string | undefined;
	/** Bookmarks and where the reader stopped. */
	readonly keep: Keep;
};

type Session = Omit<Reading, 'audio'> & {
	readonly stdin: NodeJS.ReadStream;
	readonly colorDepth: ColorDepth;
	readonly audio: MpvLink | undefined;
};

/** Through the terminal, so that it reaches the clipboard of the user's machine over SSH. */
function copyToClipboard(text: string) {
	process.stdout.write(osc52(text, process.env));
}

function mount(session: Session, resume: ReaderState | undefined): Instance {
	const {transcript, at, given, refs, stdin, colorDepth, audio, keep} = session;
	// Ink takes raw mode only after its first frame: a key typed meanwhile would be echoed over it.
	stdin.setRawMode?.(true);
	const app = <App transcript={transcript} given={given} refs={refs} colorDepth={colorDepth} at={at} resume={resume} audio={audio} keep={keep} copy={copyToClipboard} />;
	return render(app, {
		stdin,
		stdout: keepScrollback(process.stdout),
		exitOnCtrlC: false,
		patchConsole: false,
		incrementalRendering: true,
	});
}

/*
 * Ctrl-Z: give the terminal back and stop the whole job, as less and vim do (under `npm start`,
 * npm and its shell stop too, so the shell gets the terminal); `fg` resumes it and Parley draws
 * again from scratch. Where nobody could resume it (no job control), the kernel ignores the stop
 * and Parley simply carries on.
 */
async function suspend(screen: FullScreen, keyboard: NodeJS.ReadStream) {
	screen.leave();
	const continued = new Promise<void>(resolve => {
		const done = () => {
			clearTimeout(timer);
			process.off('SIGCONT', done);
			resolve();
		};

		// The stop takes effect a moment after the signal is sent; without job control it never does.
		const timer = setTimeout(done, STOP_GRACE_MS);
		process.on('SIGCONT', done);
	});
	process.kill(0, 'SIGTSTP');
	await continued;
	// Resumed with `bg`, Parley may not draw over the shell: taking the keyboard first stops it
	// again (SIGTTOU) until `fg`, as with less and vim.
	keyboard.setRawMode?.(true);
	// A stopped process misses resizes; on SIGWINCH Node reads the size again ('resize' if it changed).
	process.kill(process.pid, 'SIGWINCH');
	const waiting = new AbortController();
	await Promise.race([once(process.stdout, 'resize', {signal: waiting.signal}), delay(RESIZE_GRACE_MS)]).catch(() => undefined);
	waiting.abort();
	screen.enter();
}

/*
 * On the way out Node resets the terminal's modes, and aborts (SIGABRT, a stack trace) when the
 * terminal has hung up, as when the SSH connection drops (nodejs/node#51519, fixed in later Node
 * releases). Nothing is left to reset then: closing the terminal first lets Node exit as asked.
 */
function forgetHungUpTerminal() {
	if (isatty(1)) return;
	for (const fd of [0, 1, 2]) closeSync(fd);
}

/** Resolves when the user quits; failures, once the screen is restored, go to `onCrash`. */
export async function runFullScreen(reading: Reading, onCrash: (error: Error) => never): Promise<void> {
	const audio = reading.audio === undefined ? undefined : mpvLink(reading.audio);
	const session: Session = {...reading, stdin: keyboard(), colorDepth: detectColorDepth(process.env, true), audio};
	const screen = enterFullScreen(process.stdout);
	process.once('exit', forgetHungUpTerminal);
	let instance = mount(session, undefined);
	const crash = (error: Error) => {
		audio?.kill();
		screen.leave();
		onCrash(error);
	};

	for (const [signal, status] of SIGNAL_STATUS) {
		process.on(signal, () => {
			// Unmounting saves where the reader is.
			instance.unmount();
			audio?.kill();
			screen.leave();
			process.exit(status);
		});
	}

	// Signals from outside. A stop (kill -TSTP) is taken as Ctrl-Z: Parley leaves the screen before
	// it stops, rather than stopping on top of it in raw mode, deaf to the keys once resumed. After a
	// stop it cannot see (kill -STOP) the shell has set the terminal its own way: once continued,
	// Parley takes raw mode again and draws the whole screen anew, as for Ctrl-L.
	const fromOutside: Array<[NodeJS.Signals, () => void]> = [
		['SIGTSTP', () => session.stdin.unshift('\u001A')],
		['SIGCONT', () => session.stdin.setRawMode?.(true).unshift('\u000C')],
	];
	const listen = (listening: boolean) => {
		for (const [signal, listener] of fromOutside) process[listening ? 'on' : 'off'](signal, listener);
	};

	listen(true);
	process.on('uncaughtException', crash);
	try {
		for (;;) {
			const exit = (await instance.waitUntilExit()) as AppExit;
			if (exit === undefined) break;
			if (exit.reason === 'suspend') {
				// Without a listener, the stop it sends itself stops it.
				listen(false);
				await suspend(screen, session.stdin);
				listen(true);
			} else screen.clear();
			instance = mount(session, exit.state);
		}
	} catch (error) {
		crash(error as Error);
	}

	await audio?.close();
	screen.leave();
}
