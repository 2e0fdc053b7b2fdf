import {Box, useApp, useInput, usePaste, useStdout} from 'ink';
import {useEffect, useRef, useState, useSyncExternalStore} from 'react';
import {chaptersFor} from '../core/chapters/derive.js';
import {givenChapters, type GivenChapters} from '../core/chapters/index.js';
import type {Transcript} from '../core/model.js';
import type {GivenRefs} from '../core/work-groups.js';
import {referencesFor} from '../core/references.js';
import type {AudioLink} from '../player/audio-player.js';
import type {Keep} from '../state/keep.js';
import {RowText} from './components/row-text.js';
import type {MouseEvents} from './ink-stdin.js';
import {readKeys, readPaste, type KeySink} from './keymap.js';
import {modeOf} from './modes/index.js';
import type {ReaderState} from './reader-state.js';
import {screenOf, type Column} from './screen.js';
import {searchIndexFor} from './search-state.js';
import {createReaderState, withAudio} from './initial-state.js';
import {readerReducer} from './state.js';
import {createReaderStore} from './store.js';
import {readTerminalSize} from './terminal-size.js';
import type {ColorDepth} from './theme.js';
import {useClipboard, useKeep} from './use-keep.js';
import {useMouse} from './use-mouse.js';
import {useAudio, usePlayerClock} from './use-player.js';
import {useResizeAndRedraw} from './use-terminal-size.js';
import {frameRows} from './viewport.js';

type Props = {
	readonly transcript: Transcript;
	/** A chapters file that goes with the transcript. */
	readonly given?: GivenChapters;
	/** The references file beside the transcript: corrections to the works found. */
	readonly refs?: GivenRefs;
	readonly colorDepth: ColorDepth;
	/** Open at this many seconds into the episode. */
	readonly at?: number;
	/** The state to start from: the first screen's (painted before Ink loaded), or where a suspended session left off. */
	readonly initial?: ReaderState;
	/** When the app does its work in the background (tests move it out of their way). */
	readonly timing?: Partial<Timing>;
	/** The episode's audio, to play in step with the text; without it, a clock plays. */
	readonly audio?: AudioLink;
	/** Where bookmarks and the place the reader stopped are kept. */
	readonly keep?: Keep;
	/** Puts a quote on the clipboard. */
	readonly copy?: (text: string) => void;
	/** The mouse's reports, taken out of the keys. */
	readonly mouse?: MouseEvents;
};

export type Timing = {
	/** How long after the first frame to build the search index and derive the chapters. */
	readonly prepareAfterMs: number;
	/** How long a pause in the keys after that to wait before finding the works mentioned (it holds the keys up ~0.1 s an hour). */
	readonly worksAfterPauseMs: number;
	/** How long the terminal must keep its size before the screen is drawn again from scratch. */
	readonly redrawAfterResizeMs: number;
};

/** What the app exits with: the reader quit (`q`) or exited (Ctrl-C); or it is to be suspended or drawn again, and its state to resume. */
export type AppExit = {readonly reason: 'quit' | 'exit'} | {readonly reason: 'suspend' | 'redraw'; readonly state: ReaderState};

const TIMING: Timing = {prepareAfterMs: 100, worksAfterPauseMs: 300, redrawAfterResizeMs: 150};

/** A column of rows, as tall as the frame. */
function ColumnView({column, rows, shrink}: {readonly column: Column; readonly rows: number; readonly shrink: boolean}) {
	// When the terminal narrows, Ink draws the old frame before this state catches up: the main
	// column's width is a basis the terminal's own width can shrink, so that it never wraps into garbage.
	return (
		<Box
			flexDirection="column"
			flexBasis={column.width}
			flexShrink={shrink ? 1 : 0}
			flexGrow={0}
			width={shrink ? undefined : column.width}
			height={rows}
			overflow="hidden"
		>
			{column.rows.map((row, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: rows are screen positions
				<RowText key={index} row={row} />
			))}
		</Box>
	);
}

export function App({transcript, given, refs, colorDepth, at, initial, timing, audio, keep, copy, mouse}: Props) {
	const {prepareAfterMs, worksAfterPauseMs, redrawAfterResizeMs} = {...TIMING, ...timing};
	const {stdout} = useStdout();
	const [store] = useState(() => {
		const size = readTerminalSize(stdout);
		// The terminal may have been resized since that state was drawn (while suspended, say): the first frame must fit.
		return createReaderStore(
			initial === undefined
				? withAudio(
						createReaderState(transcript, size.columns, size.rows, at, givenChapters(transcript, given), refs, keep?.kept),
						audio !== undefined,
						undefined,
					)
				: readerReducer({...initial, leaving: undefined}, {type: 'resize', ...size}),
		);
	});
	const state = useSyncExternalStore(store.subscribe, store.get);
	const {dispatch} = store;
	const {exit} = useApp();

	useResizeAndRedraw(dispatch, redrawAfterResizeMs);

	useEffect(() => {
		const {leaving} = state;
		if (leaving === 'quit' || leaving === 'exit') exit({reason: leaving} satisfies AppExit);
		else if (leaving) exit({reason: leaving, state} satisfies AppExit);
	}, [state, exit]);

	usePlayerClock(state.player, dispatch);
	useAudio(state.player, audio, dispatch);
	useKeep(state, keep, dispatch);
	useClipboard(state.clipboard, copy);

	const worksTimer = useRef<NodeJS.Timeout>(undefined);
	// Each key is read for the mode the reader is in once the keys before it are done.
	const sink: KeySink = {
		mode: () => modeOf(store.get()).keys,
		act: action => dispatch({...action, now: Date.now()}),
	};
	const read = (reading: () => void) => {
		reading();
		// The works wait for a pause in the keys.
		worksTimer.current?.refresh();
	};

	useInput((input, key) => read(() => readKeys(input, key, sink)));
	// Bracketed paste: a pasted quote arrives whole, never as keys.
	usePaste(text => read(() => readPaste(text, sink)));
	useMouse(mouse, action => read(() => sink.act(action)));

	// Build the search index and derive the chapters once the first frame is up, so that `/` and
	// `c` answer at once; then find the works mentioned, so that `s` does, once the reader pauses
	// (they hold the keys up ~0.1 s for the bundled episode; `s` finds them itself when it comes first).
	useEffect(() => {
		const timer = setTimeout(() => {
			searchIndexFor(transcript);
			dispatch({type: 'chapters-ready', chapters: chaptersFor(transcript, given)});
			worksTimer.current = setTimeout(() => {
				worksTimer.current = undefined;
				dispatch({type: 'refs-ready', refs: referencesFor(transcript, refs)});
			}, worksAfterPauseMs);
		}, prepareAfterMs);
		return () => {
			clearTimeout(timer);
			clearTimeout(worksTimer.current);
			worksTimer.current = undefined;
		};
	}, [transcript, given, refs, prepareAfterMs, worksAfterPauseMs, dispatch]);

	const {main, side} = screenOf(state, colorDepth, modeOf(state));
	return (
		<Box width="100%" overflow="hidden">
			<ColumnView column={main} rows={frameRows(state.rows)} shrink />
			{side && <ColumnView column={side} rows={frameRows(state.rows)} shrink={false} />}
		</Box>
	);
}
