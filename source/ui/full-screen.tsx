/** Run the reader full-screen with Ink until the user quits; every way out restores the terminal. */
import {once} from 'node:events';
import {setTimeout as delay} from 'node:timers/promises';
import {render, type Instance, type RenderOptions} from 'ink';
import type {GivenChapters} from '../core/chapters/index.js';
import type {Transcript} from '../core/model.js';
import type {GivenRefs} from '../core/work-groups.js';
import {mpvLink, type MpvLink} from '../player/audio-link.js';
import type {Keep} from '../state/keep.js';
import {App, type AppExit} from './app.js';
import {osc52} from './clipboard.js';
import {inkStdout} from './ink-stdout.js';
import type {ReaderState} from './reader-state.js';
import type {TerminalSession} from './terminal-session.js';
import type {ColorDepth} from './theme.js';

/** How long to wait for a stop to take effect before carrying on without one. */
const STOP_GRACE_MS = 300;
/** How long Node may take to notice a resize made while Parley was stopped. */
const RESIZE_GRACE_MS = 50;

/** What to read, and how to open it. */
export type Reading = {
	readonly transcript: Transcript;
	readonly at: number | undefined;
	readonly given: GivenChapters | undefined;
	/** The references file beside the transcript, for the works sidebar. */
	readonly refs: GivenRefs | undefined;
	/** The episode's audio file, to play with mpv. */
	readonly audio: string | undefined;
	/** Without it, the name it would have beside the transcript (`ep.mp3`), for saying how to add it. */
	readonly audioBeside: string | undefined;
	/** Bookmarks and where the reader stopped. */
	readonly keep: Keep;
	readonly colorDepth: ColorDepth;
};

type Mounting = Omit<Reading, 'audio'> & {readonly session: TerminalSession; readonly audio: MpvLink | undefined};

/** Through the terminal, so that it reaches the clipboard of the user's machine over SSH. */
function copyToClipboard(text: string) {
	process.stdout.write(osc52(text, process.env));
}

function mount(mounting: Mounting, initial: ReaderState): Instance {
	const {transcript, at, given, refs, session, colorDepth, audio, keep} = mounting;
	const app = (
		<App
			transcript={transcript}
			given={given}
			refs={refs}
			colorDepth={colorDepth}
			at={at}
			initial={initial}
			audio={audio}
			keep={keep}
			copy={copyToClipboard}
			mouse={session.mouse}
		/>
	);
	return render(app, inkOptions(session));
}

/** How Ink draws Parley's screens (the reader's, the library's) on the session's terminal. */
export function inkOptions(session: TerminalSession): RenderOptions {
	return {
		stdin: session.stdin,
		stdout: inkStdout(process.stdout),
		exitOnCtrlC: false,
		patchConsole: false,
		incrementalRendering: true,
		// Parley draws with Ink only on a terminal, where someone is looking, CI or not.
		interactive: true,
	};
}

/*
 * Ctrl-Z: give the terminal back and stop the whole job, as less and vim do (under `npm start`,
 * npm and its shell stop too, so the shell gets the terminal); `fg` resumes it and Parley draws
 * again from scratch. Where nobody could resume it (no job control), the kernel ignores the stop
 * and Parley simply carries on.
 */
export async function suspend(session: TerminalSession) {
	session.screen.leave();
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
	// Without a listener, the stop it sends itself stops it.
	session.hearStops(false);
	process.kill(0, 'SIGTSTP');
	await continued;
	session.hearStops(true);
	// Resumed with `bg`, Parley may not draw over the shell: taking the keyboard first stops it
	// again (SIGTTOU) until `fg`, as with less and vim.
	session.stdin.setRawMode?.(true);
	// A stopped process misses resizes; on SIGWINCH Node reads the size again ('resize' if it changed).
	process.kill(process.pid, 'SIGWINCH');
	const waiting = new AbortController();
	await Promise.race([once(process.stdout, 'resize', {signal: waiting.signal}), delay(RESIZE_GRACE_MS)]).catch(() => undefined);
	waiting.abort();
	session.screen.enter();
}

/**
 * Reads an episode on a terminal already taken, from the state Ink starts at, until the reader
 * quits (`q`: back to the library, if from one) or exits (Ctrl-C). The screen is left as it is.
 */
export async function readInSession(session: TerminalSession, reading: Reading, initial: ReaderState): Promise<'quit' | 'exit'> {
	const audio = reading.audio === undefined ? undefined : mpvLink(reading.audio);
	const mounting: Mounting = {...reading, session, audio};
	let instance = mount(mounting, initial);
	// Unmounting saves where the reader is.
	session.onSignal(() => {
		instance.unmount();
		audio?.kill();
	});
	try {
		for (;;) {
			const exit = (await instance.waitUntilExit()) as AppExit;
			if (!('state' in exit)) return exit.reason;
			if (exit.reason === 'suspend') await suspend(session);
			else session.screen.clear();
			instance = mount(mounting, exit.state);
		}
	} finally {
		session.onSignal(() => audio?.kill());
		await audio?.close();
	}
}

/** Failures, once the screen is restored, go to `onCrash`: after what is running has cleaned up. */
export function crashesTo(session: TerminalSession, onCrash: (error: Error) => never): (error: Error) => never {
	const crash = (error: Error): never => {
		session.cleanUp();
		session.screen.leave();
		return onCrash(error);
	};

	process.on('uncaughtException', crash);
	return crash;
}

/**
 * Ink takes over the terminal from the first paint, starting from the state it drew; resolves when
 * the user quits. Failures, once the screen is restored, go to `onCrash`.
 */
export async function runFullScreen(session: TerminalSession, reading: Reading, initial: ReaderState, onCrash: (error: Error) => never): Promise<void> {
	const crash = crashesTo(session, onCrash);
	try {
		await readInSession(session, reading, initial);
	} catch (error) {
		crash(error as Error);
	}

	session.screen.leave();
}
