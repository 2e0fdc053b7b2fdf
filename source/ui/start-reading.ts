/**
 * Reading on a terminal: take the terminal, draw the first screen at once with Parley's own rows,
 * then load Ink and React (most of start-up) and let them take over. No Ink or React imported here.
 */
import {givenChapters} from '../core/chapters/index.js';
import {paintFirstScreen, readerPainter} from './first-paint.js';
import type {Reading} from './full-screen.js';
import {createReaderState, withAudio} from './state.js';
import {openTerminalSession, type TerminalOptions} from './terminal-session.js';
import {readTerminalSize} from './terminal-size.js';
import {dropFetch} from './yoga-without-fetch.js';

/** Resolves when the reader quits; failures, once the screen is restored, go to `onCrash`. */
export async function startReading(reading: Reading, terminal: TerminalOptions, onCrash: (error: Error) => never): Promise<void> {
	const {transcript, at, given, refs, keep, colorDepth, audio, audioBeside} = reading;
	const session = openTerminalSession(terminal);
	try {
		const {columns, rows} = readTerminalSize(process.stdout);
		const initial = withAudio(
			createReaderState(transcript, columns, rows, at, givenChapters(transcript, given), refs, keep.kept),
			audio !== undefined,
			audioBeside,
		);
		const painting = paintFirstScreen(process.stdout, initial, readerPainter(colorDepth));
		dropFetch();
		const {runFullScreen} = await import('./full-screen.js');
		await runFullScreen(session, reading, painting.takeOver(), onCrash);
	} catch (error) {
		session.screen.leave();
		onCrash(error as Error);
	}
}
