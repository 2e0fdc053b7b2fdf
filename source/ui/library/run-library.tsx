/**
 * The library with Ink, from the first paint to the way out: its screen, the episodes opened from
 * it (the reader, in the same terminal session; `q` comes back), and the indexing going on in a
 * worker meanwhile (and the finding of works, once asked for). Every way out restores the terminal.
 */
import {join} from 'node:path';
import {render, type Instance} from 'ink';
import {InputError} from '../../core/errors.js';
import {loadEpisode} from '../../inputs/episode.js';
import {searchLibrary} from '../../library/archive-search.js';
import {findWorksInBackground, indexInBackground, type BackgroundIndex} from '../../library/background-index.js';
import type {Library} from '../../library/library.js';
import {showWorks} from '../../library/library-works.js';
import type {IndexMessage} from '../../library/index-worker.js';
import {openSearchHistory} from '../../state/history.js';
import {stateDirectory} from '../../state/store.js';
import {crashesTo, inkOptions, readInSession, suspend} from '../full-screen.js';
import type {ReaderState} from '../reader-state.js';
import {goTo} from '../chapter-state.js';
import {openedAtPassage} from '../search-state.js';
import {initialReaderState, readingOf} from '../start-reading.js';
import {createStore, type Store} from '../store.js';
import {scrollTo} from '../viewport.js';
import type {TerminalSession} from '../terminal-session.js';
import {readTerminalSize} from '../terminal-size.js';
import type {ColorDepth} from '../theme.js';
import {LibraryApp} from './library-app.js';
import {libraryReducer} from './library-reducer.js';
import type {Archive, LibraryAction, LibraryLeaving, LibraryState} from './library-state.js';
import {libraryHelp} from './library-view.js';

type LibraryStore = Store<LibraryState, LibraryAction>;

function mount(session: TerminalSession, store: LibraryStore, colorDepth: ColorDepth): Instance {
	return render(<LibraryApp store={store} colorDepth={colorDepth} mouse={session.mouse} />, inkOptions(session));
}

/** The library's store: its reducer, asking the index for what is searched. */
export function libraryStore(library: Library, initial: LibraryState): LibraryStore {
	const archive: Archive = {search: (query, limit) => searchLibrary(library.index, query, limit)};
	return createStore((state, action) => libraryReducer(state, action, archive, libraryHelp(state.columns).length), initial);
}

/** What the indexing worker says, as the library's actions; the episodes read again as it goes; `ended` once it has done. */
function indexingActions(library: Library, store: LibraryStore, ended: () => void): (message: IndexMessage) => void {
	let listed = 0;
	return message => {
		if (message.type === 'done') store.dispatch({type: 'indexed', episodes: message.refreshed.rows, refreshed: message.refreshed});
		if (message.type === 'failed') store.dispatch({type: 'index-failed', message: message.message});
		if (message.type !== 'progress') {
			ended();
			return;
		}

		store.dispatch({type: 'indexing', progress: message.progress});
		// The list grows as episodes are read: once a second is enough to see it.
		if (message.progress.elapsedMs - listed < 1000) return;
		listed = message.progress.elapsedMs;
		store.dispatch({type: 'episodes', episodes: library.index.episodes()});
	};
}

type WorksFinder = {readonly indexed: () => void; readonly stop: () => void};

/**
 * The show's works, once the user asks for them (`w`): at once those the index holds; then, the
 * index up to date, those of the episodes not yet looked at, found in a worker (the list again
 * from the index as they are found). Nothing is looked for until asked.
 */
function worksOnRequest(library: Library, store: LibraryStore): WorksFinder {
	let phase: 'unasked' | 'waiting' | 'finding' | 'done' = 'unasked';
	let indexed = false;
	let finding: BackgroundIndex | undefined;
	let listed = 0;
	const give = (done: boolean) => store.dispatch({type: 'works', list: showWorks(library.index), done});
	const found = (message: IndexMessage) => {
		if (message.type === 'failed') store.dispatch({type: 'works-failed', message: message.message});
		else if (message.type !== 'progress') give(true);
		else {
			store.dispatch({type: 'finding-works', progress: message.progress});
			// The list grows as works are found: once a second is enough to see it.
			if (message.progress.elapsedMs - listed < 1000) return;
			listed = message.progress.elapsedMs;
			give(false);
		}
	};

	const next = () => {
		if (phase === 'unasked' && store.get().works) {
			phase = 'waiting';
			give(indexed && library.index.worksToFind().length === 0);
		}

		if (phase !== 'waiting' || !indexed) return;
		phase = store.get().works?.done ? 'done' : 'finding';
		if (phase === 'finding') finding = findWorksInBackground(library, found);
	};

	const unsubscribe = store.subscribe(next);
	return {
		indexed() {
			indexed = true;
			next();
		},
		stop() {
			unsubscribe();
			finding?.stop();
		},
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

/** The reader's first state for an episode opened from the library: at the passage found, or the moment a work comes up, if either. */
export function readerStart(state: ReaderState, leaving: Extract<LibraryLeaving, {kind: 'open'}>): ReaderState {
	const {hit, query, at} = leaving;
	if (hit && query) return openedAtPassage(state, query, hit);
	if (!at) return state;
	// That moment marked, as `--at` marks it; without times, the paragraph.
	return state.transcript.timed ? goTo(state, at.time) : scrollTo(state, state.layout.textStart[at.paragraph] ?? 0);
}

/** Reads the episode chosen, in this session; a file that cannot be read now is a notice in the library. */
async function openEpisode(
	session: TerminalSession,
	library: Library,
	leaving: Extract<LibraryLeaving, {kind: 'open'}>,
	name: string,
	colorDepth: ColorDepth,
): Promise<'quit' | 'exit' | string> {
	let episode: Awaited<ReturnType<typeof loadEpisode>>;
	try {
		episode = await loadEpisode([join(library.folder, leaving.episode.path)], '', {}, {chapters: true, refs: true});
	} catch (error) {
		if (error instanceof InputError) return `cannot open ${error.message}`;
		throw error;
	}

	const reading = readingOf(episode, {at: undefined, audio: undefined, colorDepth});
	const opened = {...initialReaderState(reading, readTerminalSize(process.stdout)), within: name};
	session.screen.clear();
	return readInSession(session, reading, readerStart(opened, leaving));
}

/** The library until the user quits it (or exits from an episode with Ctrl-C). */
export async function runLibrary(
	session: TerminalSession,
	library: Library,
	store: LibraryStore,
	colorDepth: ColorDepth,
	onCrash: (error: Error) => never,
): Promise<void> {
	const crash = crashesTo(session, onCrash);
	const works = worksOnRequest(library, store);
	const indexing = indexInBackground(library, indexingActions(library, store, works.indexed));
	const forget = rememberSearches(store);
	try {
		for (;;) {
			session.onSignal(() => {
				indexing.stop();
				works.stop();
			});
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
		works.stop();
		crash(error as Error);
	}

	forget();
	indexing.stop();
	works.stop();
	library.index.close();
	session.screen.leave();
}
