/**
 * Reading on a terminal: take the terminal, draw the first screen at once with Parley's own rows,
 * then load Ink and React (most of start-up) and let them take over. No Ink or React imported here.
 */
import {givenChapters} from '../core/chapters/index.js';
import {audioBesideName, findAudio} from '../inputs/audio.js';
import type {Episode} from '../inputs/episode.js';
import {withTitle} from '../inputs/transcript.js';
import {openKeep} from '../state/keep.js';
import {paintFirstScreen, readerPainter} from './first-paint.js';
import type {Reading} from './full-screen.js';
import type {ReaderState} from './reader-state.js';
import {createReaderState, withAudio} from './initial-state.js';
import {openTerminalSession, type TerminalOptions} from './terminal-session.js';
import {readTerminalSize, type TerminalSize} from './terminal-size.js';
import type {ColorDepth} from './theme.js';
import {dropFetch} from './yoga-without-fetch.js';

/**
 * What the reader needs of an episode: it titled (by its file's name when it has no title), its
 * audio (`--audio`, else a file beside it), what the reader kept of it. On a terminal only: printing
 * to a pipe loads none of it.
 */
export function readingOf(
	{source, transcript, given, refs}: Episode,
	{at, audio, colorDepth}: {readonly at: number | undefined; readonly audio: string | undefined; readonly colorDepth: ColorDepth},
): Reading {
	const titled = withTitle(transcript, source);
	return {transcript: titled, at, given, refs, audio: findAudio(audio, source), audioBeside: audioBesideName(source), keep: openKeep(titled, at), colorDepth};
}

/** The reader's first state for `reading`, at the terminal's size: from the command line, or an episode opened from the library. */
export function initialReaderState({transcript, at, given, refs, keep, audio, audioBeside}: Reading, {columns, rows}: TerminalSize): ReaderState {
	const created = createReaderState(transcript, columns, rows, at, givenChapters(transcript, given), refs, keep.kept);
	return withAudio(created, audio !== undefined, audioBeside);
}

/** Resolves when the reader quits; failures, once the screen is restored, go to `onCrash`. */
export async function startReading(reading: Reading, terminal: TerminalOptions, onCrash: (error: Error) => never): Promise<void> {
	const session = openTerminalSession(terminal);
	try {
		const initial = initialReaderState(reading, readTerminalSize(process.stdout));
		const painting = paintFirstScreen(process.stdout, initial, readerPainter(reading.colorDepth), session.keyboard);
		dropFetch();
		await painting.answering;
		const {runFullScreen} = await import('./full-screen.js');
		await runFullScreen(session, reading, painting.takeOver(), onCrash);
	} catch (error) {
		session.screen.leave();
		onCrash(error as Error);
	}
}
