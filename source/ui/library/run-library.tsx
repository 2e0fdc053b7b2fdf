/**
 * The library with Ink, from the first paint to the way out: its screen, the episodes opened from
 * it (the reader, in the same terminal session; `q` comes back), and the indexing going on in a
 * worker meanwhile. Every way out restores the terminal.
 */
import {join} from 'node:path';
import {render, type Instance} from 'ink';
import {givenChapters} from '../../core/chapters/index.js';
import {InputError} from '../../core/errors.js';
import {audioBesideName, findAudio} from '../../inputs/audio.js';
import {loadEpisode} from '../../inputs/episode.js';
import {withTitle} from '../../inputs/transcript.js';
import {searchLibrary} from '../../library/archive-search.js';
import {indexInBackground} from '../../library/background-index.js';
import type {Library} from '../../library/library.js';
import type {IndexMessage} from '../../library/index-worker.js';
import {openSearchHistory} from '../../state/history.js';
import {openKeep} from '../../state/keep.js';
import {stateDirectory} from '../../state/store.js';
import {crashesTo, inkOptions, readInSession, suspend} from '../full-screen.js';
import type {ReaderState} from '../reader-state.js';
import {openedAtPassage} from '../search-state.js';
import {createReaderState, withAudio} from '../state.js';
import {createStore, type Store} from '../store.js';
import type {TerminalSession} from '../terminal-session.js';
import {readTerminalSize} from '../terminal-size.js';
import type {ColorDepth} from '../theme.js';
import {LibraryApp} from './library-app.js';
import {libraryReducer, type Archive, type LibraryAction, type LibraryLeaving, type LibraryState} from './library-state.js';
import {libraryHelp} from './library-view.js';

type LibraryStore = Store<LibraryState, LibraryAction>;

function mount(session: TerminalSession, store: LibraryStore, colorDepth: ColorDepth): Instance {
	return render(<LibraryApp store={store} colorDepth={colorDepth} />, inkOptions(session));
}

/** The library's store: its reducer, asking the index for what is searched. */
export function libraryStore(library: Library, initial: LibraryState): LibraryStore {
	const archive: Archive = {search: (query, limit) => searchLibrary(library.index, query, limit)};
	return createStore((state, action) => libraryReducer(state, action, archive, libraryHelp(state.columns).length), initial);
}

/** What the indexing worker says, as the library's actions; the episodes read again as it goes. */
function indexingActions(library: Library, store: LibraryStore): (message: IndexMessage) => void {
	let listed = 0;
	return message => {
		if (message.type !== 'progress') {
			store.dispatch(message.type === 'failed' ? {type: 'index-failed', message: message.message} : {type: 'indexed', episodes: library.index.episodes(), refreshed: message.refreshed});
			return;
		}

		store.dispatch({type: 'indexing', progress: message.progress});
		// The list grows as episodes are read: once a second is enough to see it.
		if (message.progress.elapsedMs - listed < 1000) return;
		listed = message.progress.elapsedMs;
		store.dispatch({type: 'episodes', episodes: library.index.episodes()});
	};
}

/** The searches made in the library kept with the reader's (↑ on an empty search line, here or there). */
function rememberSearches(store: LibraryStore): () => void {
	const history = openSearchHistory(stateDirectory());
	let known = store.get().history;
	return store.subscribe(() => {
		const {history: now} = store.get();
		if (now === known) return;
		known = now;
		history.remember(now.slice(-1));
	});
}

/** The reader's first state for an episode opened from the library: at the passage found, if it was one. */
function readerStart(state: ReaderState, leaving: Extract<LibraryLeaving, {kind: 'open'}>): ReaderState {
	const {hit, query} = leaving;
	return hit && query ? openedAtPassage(state, query, hit) : state;
}

/** Reads the episode chosen, in this session; a file that cannot be read now is a notice in the library. */
async function openEpisode(session: TerminalSession, library: Library, leaving: Extract<LibraryLeaving, {kind: 'open'}>, name: string, colorDepth: ColorDepth): Promise<'quit' | 'exit' | string> {
	let episode: Awaited<ReturnType<typeof loadEpisode>>;
	try {
		episode = await loadEpisode([join(library.folder, leaving.episode.path)], '', {}, {chapters: true, refs: true});
	} catch (error) {
		if (error instanceof InputError) return `cannot open ${error.message}`;
		throw error;
	}

	const transcript = withTitle(episode.transcript, episode.source);
	const keep = openKeep(transcript, undefined);
	const {columns, rows} = readTerminalSize(process.stdout);
	const reading = {transcript, at: undefined, given: episode.given, refs: episode.refs, audio: findAudio(undefined, episode.source), audioBeside: audioBesideName(episode.source), keep, colorDepth};
	const created = createReaderState(transcript, columns, rows, undefined, givenChapters(transcript, episode.given), episode.refs, keep.kept);
	const opened = {...withAudio(created, reading.audio !== undefined, reading.audioBeside), within: name};
	session.screen.clear();
	return readInSession(session, reading, readerStart(opened, leaving));
}

/** The library until the user quits it (or exits from an episode with Ctrl-C). */
export async function runLibrary(session: TerminalSession, library: Library, store: LibraryStore, colorDepth: ColorDepth, onCrash: (error: Error) => never): Promise<void> {
	const crash = crashesTo(session, onCrash);
	const indexing = indexInBackground(library, indexingActions(library, store));
	const forget = rememberSearches(store);
	try {
		for (;;) {
			session.onSignal(() => indexing.stop());
			await mount(session, store, colorDepth).waitUntilExit();
			const {leaving, name} = store.get();
			if (!leaving || leaving.kind === 'quit' || leaving.kind === 'exit') break;
			if (leaving.kind === 'suspend') await suspend(session);
			else if (leaving.kind === 'open') {
				const outcome = await openEpisode(session, library, leaving, name, colorDepth);
				if (outcome === 'exit') break;
				if (outcome !== 'quit') store.dispatch({type: 'notice', notice: outcome});
			}

			session.screen.clear();
			// At the terminal's size now; and no longer leaving.
			store.dispatch({type: 'resize', ...readTerminalSize(process.stdout)});
		}
	} catch (error) {
		indexing.stop();
		crash(error as Error);
	}

	forget();
	indexing.stop();
	library.index.close();
	session.screen.leave();
}
