/**
 * Reading on a terminal: take the terminal, draw the first screen at once with Parley's own rows,
 * then load Ink and React (most of start-up) and let them take over. No Ink or React imported here.
 */
import {givenChapters} from '../core/chapters/index.js';
import {paintFirstScreen} from './first-paint.js';
import type {Reading} from './full-screen.js';
import {createReaderState} from './state.js';
import {openTerminalSession} from './terminal-session.js';
import {readTerminalSize} from './terminal-size.js';

/** Resolves when the reader quits; failures, once the screen is restored, go to `onCrash`. */
export async function startReading(reading: Reading, onCrash: (error: Error) => never): Promise<void> {
	const {transcript, at, given, refs, keep, colorDepth} = reading;
	const session = openTerminalSession();
	try {
		const {columns, rows} = readTerminalSize(process.stdout);
		const initial = createReaderState(transcript, columns, rows, at, givenChapters(transcript, given), refs, keep.kept);
		const painting = paintFirstScreen(process.stdout, initial, colorDepth);
		// Yoga, Ink's layout engine, loads its WebAssembly with fetch() when there is one, which makes
		// Node load its HTTP client first (~25 ms). Parley uses no network; without fetch, Yoga decodes
		// the bytes directly.
		delete (globalThis as {fetch?: unknown}).fetch;
		const {runFullScreen} = await import('./full-screen.js');
		await runFullScreen(session, reading, painting.takeOver(), onCrash);
	} catch (error) {
		session.screen.leave();
		onCrash(error as Error);
	}
}
