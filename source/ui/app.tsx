import {Box, useApp, useInput, usePaste, useStdout} from 'ink';
import {useCallback, useEffect, useReducer, useRef} from 'react';
import {chaptersFor, givenChapters, type GivenChapters} from '../core/chapters/index.js';
import type {Transcript} from '../core/model.js';
import type {AudioLink} from '../player/audio-player.js';
import {useClipboard, useKeep} from './use-keep.js';
import {useAudio, usePlayerClock} from './use-player.js';
import {referencesFor, type GivenRefs} from '../core/work-groups.js';
import {currentChapter} from './chapter-state.js';
import {ChapterList} from './components/chapter-list.js';
import {BookmarkList} from './components/bookmark-list.js';
import {RowText} from './components/row-text.js';
import {footerRow} from './footer-row.js';
import {headerRow} from './header-row.js';
import {footerProps, headerProps, screenWidth, textProps} from './reading-view.js';
import {HelpOverlay} from './components/help-overlay.js';
import {SearchOverlay} from './components/search-overlay.js';
import {Sidebar} from './components/sidebar.js';
import {TooSmall} from './components/too-small.js';
import {TranscriptView} from './components/transcript-view.js';
import {actionsForInput, actionsForPaste, modeAfter, type KeyMode} from './keymap.js';
import {searchIndexFor} from './search-state.js';
import {createReaderState, readerReducer, type Action, type Overlay, type ReaderState} from './state.js';
import type {Keep} from '../state/keep.js';
import {bodyRows, frameRows, isTooSmall} from './viewport.js';
import type {ColorDepth} from './theme.js';
import {readTerminalSize, type TerminalSize} from './terminal-size.js';
import {useTerminalResize} from './use-terminal-size.js';
import {currentWork, sidebarPlace, sidebarShown} from './works-state.js';

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
};

export type Timing = {
	/** How long after the first frame to build the search index and derive the chapters. */
	readonly prepareAfterMs: number;
	/** How long a pause in the keys after that to wait before finding the works mentioned (it holds the keys up ~0.1 s an hour). */
	readonly worksAfterPauseMs: number;
	/** How long the terminal must keep its size before the screen is drawn again from scratch. */
	readonly redrawAfterResizeMs: number;
};

/** What the app exits with: nothing when the reader quits; else why, and its state to resume. */
export type AppExit = {readonly reason: 'suspend' | 'redraw'; readonly state: ReaderState} | undefined;

/** Overlays that leave the text in view: a line typed in the footer. */
const TEXT_UNDER = new Set<Overlay>(['none', 'time', 'note']);

const TIMING: Timing = {prepareAfterMs: 100, worksAfterPauseMs: 300, redrawAfterResizeMs: 150};

function keyMode(state: ReaderState): KeyMode {
	if (state.search || state.timeLine || state.noteLine) return 'line';
	return state.overlay === 'chapters' || state.overlay === 'bookmarks' ? 'list' : 'read';
}

export function App({transcript, given, refs, colorDepth, at, initial, timing, audio, keep, copy}: Props) {
	const {prepareAfterMs, worksAfterPauseMs, redrawAfterResizeMs} = {...TIMING, ...timing};
	const {stdout} = useStdout();
	const [state, dispatch] = useReducer(readerReducer, undefined, () => {
		const size = readTerminalSize(stdout);
		// The terminal may have been resized since that state was drawn (while suspended, say): the first frame must fit.
		return initial === undefined
			? createReaderState(transcript, size.columns, size.rows, at, givenChapters(transcript, given), refs, keep?.kept)
			: readerReducer({...initial, leaving: undefined}, {type: 'resize', ...size});
	});
	const {exit} = useApp();

	// Ink redraws only what it thinks changed, and a terminal that was resized (several times
	// quickly, or in height) no longer holds what Ink thinks: once resizing stops, draw it all again.
	const redrawTimer = useRef<NodeJS.Timeout>(undefined);
	useTerminalResize(
		useCallback((size: TerminalSize) => {
			dispatch({type: 'resize', ...size});
			clearTimeout(redrawTimer.current);
			redrawTimer.current = setTimeout(() => dispatch({type: 'redraw'}), redrawAfterResizeMs);
		}, [redrawAfterResizeMs]),
	);
	useEffect(() => () => clearTimeout(redrawTimer.current), []);

	useEffect(() => {
		if (state.leaving === 'quit') exit();
		else if (state.leaving) exit({reason: state.leaving, state} satisfies AppExit);
	}, [state, exit]);

	usePlayerClock(state.player, dispatch);
	useAudio(state.player, audio, dispatch);
	useKeep(state, keep, dispatch);
	useClipboard(state.clipboard, copy);

	// Keys can arrive faster than frames: the mode follows the actions already sent, not the last frame.
	const mode = useRef<KeyMode>('read');
	mode.current = keyMode(state);
	const worksTimer = useRef<NodeJS.Timeout>(undefined);
	const act = (actions: readonly Action[]) => {
		const now = Date.now();
		for (const action of actions) {
			mode.current = modeAfter(action, mode.current);
			dispatch({...action, now});
		}

		// The works wait for a pause in the keys.
		worksTimer.current?.refresh();
	};

	useInput((input, key) => act(actionsForInput(input, key, mode.current)));
	// Bracketed paste: a pasted quote arrives whole, never as keys.
	usePaste(text => act(actionsForPaste(text, mode.current)));

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
	}, [transcript, given, refs, prepareAfterMs, worksAfterPauseMs]);

	if (isTooSmall(state)) return <TooSmall columns={state.columns} rows={state.rows} />;
	const height = bodyRows(state);
	const width = screenWidth(state);
	const place = sidebarPlace(state);
	const sidebar = sidebarShown(state) && state.refs ? (
		<Sidebar
			refs={state.refs}
			selected={state.sidebar.selected}
			current={currentWork(state)}
			focus={state.sidebar.focus}
			timed={transcript.timed}
			beside={place.beside}
			width={place.width}
			height={place.beside ? frameRows(state.rows) : height}
		/>
	) : undefined;
	const over = sidebar !== undefined && !place.beside;
	// When the terminal narrows, Ink redraws the old frame before this state catches up: its width
	// is a basis the terminal's own width can shrink, so that it never wraps into garbage.
	return (
		<Box width="100%" overflow="hidden">
			<Box flexDirection="column" flexBasis={width} flexShrink={1} flexGrow={0} height={frameRows(state.rows)}>
			<RowText row={headerRow(headerProps(state))} />
			{state.overlay === 'help' && <HelpOverlay columns={state.columns} height={height} top={state.helpTop} />}
			{state.search && <SearchOverlay transcript={transcript} line={state.search} width={width} height={height} colorDepth={colorDepth} />}
			{state.overlay === 'chapters' && state.chapters && (
				<ChapterList chapters={state.chapters} current={currentChapter(state, state.chapters)} selected={state.chapterChoice} timed={transcript.timed} width={width} height={height} />
			)}
			{state.overlay === 'bookmarks' && <BookmarkList bookmarks={state.bookmarks} selected={state.bookmarkChoice} timed={transcript.timed} height={height} />}
			{state.overlay === 'none' && over && sidebar}
			{TEXT_UNDER.has(state.overlay) && !over && (
				<TranscriptView {...textProps(state, colorDepth)} />
			)}
			<RowText row={footerRow(footerProps(state))} />
			</Box>
			{!over && sidebar}
		</Box>
	);
}
