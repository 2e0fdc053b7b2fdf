import {Box, useApp, useInput, useStdout} from 'ink';
import {useCallback, useEffect, useReducer, useRef} from 'react';
import {contentWidth} from '../core/layout.js';
import type {Transcript} from '../core/model.js';
import type {SearchHit} from '../core/search/search.js';
import {formatClock} from '../core/time.js';
import {Footer} from './components/footer.js';
import {Header} from './components/header.js';
import {HelpOverlay} from './components/help-overlay.js';
import {SearchOverlay} from './components/search-overlay.js';
import {TooSmall} from './components/too-small.js';
import {TranscriptView} from './components/transcript-view.js';
import {actionsForInput, type KeyMode} from './keymap.js';
import {searchIndexFor} from './search-state.js';
import {createReaderState, readerReducer, type ReaderState} from './state.js';
import {atEnd, bodyRows, frameRows, isTooSmall, positionOf, progressOf} from './viewport.js';
import type {ColorDepth} from './theme.js';
import {readTerminalSize, useTerminalResize, type TerminalSize} from './use-terminal-size.js';

type Props = {
	readonly transcript: Transcript;
	readonly colorDepth: ColorDepth;
	/** Open at this many seconds into the episode. */
	readonly at?: number;
	/** Carry on from where a suspended session left off. */
	readonly resume?: ReaderState;
};

/** What the app exits with: nothing when the reader quits; else why, and its state to resume. */
export type AppExit = {readonly reason: 'suspend' | 'redraw'; readonly state: ReaderState} | undefined;

/** How long after the first frame the search index is built. */
const INDEX_DELAY_MS = 100;
/** How long the terminal must keep its size before the screen is drawn again from scratch. */
const REDRAW_AFTER_RESIZE_MS = 150;

/** `HH:MM:SS / HH:MM:SS`, or nothing for a transcript without times. */
function clockOf(transcript: Transcript, position: number): string {
	return transcript.timed ? `${formatClock(position)} / ${formatClock(transcript.duration)}` : '';
}

function shownMatch({found}: ReaderState): SearchHit | undefined {
	return found?.shown ? found.hits[found.current] : undefined;
}

function footerStatus(state: ReaderState): string {
	if (state.search) return '';
	if (state.count !== '') return state.count;
	if (state.found?.shown) return `${state.found.current + 1}/${state.found.hits.length}`;
	return atEnd(state) ? '(END)' : '';
}

export function App({transcript, colorDepth, at, resume}: Props) {
	const {stdout} = useStdout();
	const [state, dispatch] = useReducer(readerReducer, undefined, () => {
		const size = readTerminalSize(stdout);
		// The terminal may have been resized while Parley was suspended: the first frame must fit.
		return resume === undefined
			? createReaderState(transcript, size.columns, size.rows, at)
			: readerReducer({...resume, leaving: undefined}, {type: 'resize', ...size});
	});
	const {exit} = useApp();

	// Ink redraws only what it thinks changed, and a terminal that was resized (several times
	// quickly, or in height) no longer holds what Ink thinks: once resizing stops, draw it all again.
	const redrawTimer = useRef<NodeJS.Timeout>(undefined);
	useTerminalResize(
		useCallback((size: TerminalSize) => {
			dispatch({type: 'resize', ...size});
			clearTimeout(redrawTimer.current);
			redrawTimer.current = setTimeout(() => dispatch({type: 'redraw'}), REDRAW_AFTER_RESIZE_MS);
		}, []),
	);
	useEffect(() => () => clearTimeout(redrawTimer.current), []);

	useEffect(() => {
		if (state.leaving === 'quit') exit();
		else if (state.leaving) exit({reason: state.leaving, state} satisfies AppExit);
	}, [state, exit]);

	// Keys can arrive faster than frames: the mode follows the actions already sent, not the last frame.
	const mode = useRef<KeyMode>('read');
	mode.current = state.search ? 'search' : 'read';
	useInput((input, key) => {
		for (const action of actionsForInput(input, key, mode.current)) {
			if (action.type === 'search-open') mode.current = 'search';
			if (action.type === 'search-accept' || action.type === 'search-cancel') mode.current = 'read';
			dispatch(action);
		}
	});

	// Build the search index once the first frame is up, so that `/` answers at once.
	useEffect(() => {
		const timer = setTimeout(() => searchIndexFor(transcript), INDEX_DELAY_MS);
		return () => clearTimeout(timer);
	}, [transcript]);

	if (isTooSmall(state)) return <TooSmall columns={state.columns} rows={state.rows} />;
	const height = bodyRows(state);
	// As wide as the text: in a very wide terminal the time stays beside what it describes.
	const width = Math.min(state.columns, contentWidth(state.layout));
	// When the terminal narrows, Ink redraws the old frame before this state catches up: its width
	// is a basis the terminal's own width can shrink, so that it never wraps into garbage.
	return (
		<Box width="100%" overflow="hidden">
			<Box flexDirection="column" flexBasis={width} flexShrink={1} flexGrow={0} height={frameRows(state.rows)}>
			<Header title={transcript.title} clock={clockOf(transcript, positionOf(state))} percent={progressOf(state)} />
			{state.overlay === 'help' && <HelpOverlay columns={state.columns} height={height} top={state.helpTop} />}
			{state.search && <SearchOverlay transcript={transcript} line={state.search} width={width} height={height} colorDepth={colorDepth} />}
			{state.overlay === 'none' && (
				<TranscriptView layout={state.layout} top={state.top} height={height} colorDepth={colorDepth} match={shownMatch(state)} />
			)}
			<Footer status={footerStatus(state)} overlay={state.overlay} notice={state.notice} />
			</Box>
		</Box>
	);
}
