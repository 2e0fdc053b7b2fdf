/**
 * The library on a terminal: take the terminal, draw the list at once from the index, then load
 * Ink and React and let them take over (as start-reading.ts does for one episode). No Ink here.
 */
import type {Library} from '../../library/library.js';
import {openSearchHistory} from '../../state/history.js';
import {stateDirectory} from '../../state/store.js';
import {paintFirstScreen, type Painter} from '../first-paint.js';
import {openTerminalSession, type TerminalOptions} from '../terminal-session.js';
import {readTerminalSize} from '../terminal-size.js';
import type {ColorDepth} from '../theme.js';
import {dropFetch} from '../yoga-without-fetch.js';
import {createLibraryState, resizedLibrary, type LibraryState} from './library-state.js';
import {libraryRows} from './library-view.js';

export const libraryPainter = (colorDepth: ColorDepth): Painter<LibraryState> => ({
	screen: state => ({main: {width: state.columns, rows: libraryRows(state, colorDepth)}, side: undefined}),
	resize: resizedLibrary,
	rows: state => state.rows,
});

/** Resolves when the user quits the library; failures, once the screen is restored, go to `onCrash`. */
export async function startLibrary(
	library: Library,
	name: string,
	colorDepth: ColorDepth,
	notice: string | undefined,
	terminal: TerminalOptions,
	onCrash: (error: Error) => never,
): Promise<void> {
	const session = openTerminalSession(terminal);
	try {
		const {columns, rows} = readTerminalSize(process.stdout);
		const initial = {...createLibraryState(name, library.index.episodes(), columns, rows, openSearchHistory(stateDirectory()).queries), notice};
		const painting = paintFirstScreen(process.stdout, initial, libraryPainter(colorDepth));
		dropFetch();
		const {libraryStore, runLibrary} = await import('./run-library.js');
		await runLibrary(session, library, libraryStore(library, painting.takeOver()), colorDepth, onCrash);
	} catch (error) {
		session.screen.leave();
		onCrash(error as Error);
	}
}
