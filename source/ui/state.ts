/** The reader's state and the one reducer that changes it. Pure: no terminal needed to test it. */
import {lineAtAnchor, layoutTranscript, type Anchor, type Layout} from '../core/layout.js';
import type {Chapters} from '../core/chapters/index.js';
import type {References} from '../core/mentions/work.js';
import type {Transcript} from '../core/model.js';
import type {GivenRefs} from '../core/work-groups.js';
import {chapterListAction, goTo, openChapterList, stepChapter, timeLineAction, type ChapterFocus, type Marked, type TimeLine} from './chapter-state.js';
import {helpLines} from './help-lines.js';
import {noticeFor} from './notice.js';
import {searchAction, stepMatch, type Found, type SearchLine} from './search-state.js';
import {bodyRows, clampTop, isTooSmall, maxTop, repeat, scrollTo} from './viewport.js';
import {CLOSED_SIDEBAR, enterWalks, refsReady, sidebarAction, stepWalk, switchFocus, toggleSidebar, type SidebarState, type Walk} from './works-state.js';

export type Overlay = 'none' | 'help' | 'search' | 'chapters' | 'time';

export type ReaderState = {
	readonly transcript: Transcript;
	readonly columns: number;
	readonly rows: number;
	readonly layout: Layout;
	/** The first display line shown. */
	readonly top: number;
	/** What the reader scrolled to, independent of width: resizing returns to it. */
	readonly anchor: Anchor;
	/** Digits typed before a motion key (`5j`). */
	readonly count: string;
	readonly overlay: Overlay;
	/** The first row of the help shown, when it is taller than the screen. */
	readonly helpTop: number;
	readonly search: SearchLine | undefined;
	readonly found: Found | undefined;
	/** Given with the transcript, or derived once the first frame is up (or when first needed). */
	readonly chapters: Chapters | undefined;
	/** The chapter chosen in the chapter list. */
	readonly chapterChoice: number;
	readonly timeLine: TimeLine | undefined;
	readonly marked: Marked | undefined;
	readonly chapterFocus: ChapterFocus | undefined;
	/** The references file beside the transcript: its corrections to the works found. */
	readonly givenRefs: GivenRefs | undefined;
	/** The works the transcript mentions: found once the first frame is up, or when the sidebar first needs them. */
	readonly refs: References | undefined;
	readonly sidebar: SidebarState;
	readonly walk: Walk | undefined;
	/** The first screen shows what the main keys do; the first key replaces them with the progress bar. */
	readonly hinting: boolean;
	/** A message for the footer (a warning about the input) until the next key. */
	readonly notice: string | undefined;
	/**
	 * Set when the reader leaves the screen: to quit; to be suspended (Ctrl-Z) and resumed; or to
	 * be drawn again from scratch (Ctrl-L, when something else has written on the screen).
	 */
	readonly leaving: 'quit' | 'suspend' | 'redraw' | undefined;
};

export type Motion = 'line' | 'half' | 'page' | 'turn';

export type Action =
	| {readonly type: 'move'; readonly by: Motion; readonly direction: 1 | -1}
	/** One line down when reading (in a walk of a work's mentions, the next); in the sidebar, to the work chosen (again: its next mention). */
	| {readonly type: 'enter'}
	| {readonly type: 'edge'; readonly to: 'start' | 'end'}
	| {readonly type: 'digit'; readonly digit: string}
	| {readonly type: 'resize'; readonly columns: number; readonly rows: number}
	| {readonly type: 'help'}
	| {readonly type: 'cancel'}
	/** `q` closes an overlay before it quits; Ctrl-C (`force`) always quits. */
	| {readonly type: 'quit'; readonly force?: boolean}
	| {readonly type: 'suspend'}
	| {readonly type: 'redraw'}
	| {readonly type: 'search-open'}
	| {readonly type: 'line-type'; readonly text: string}
	| {readonly type: 'line-erase'}
	| {readonly type: 'line-select'; readonly direction: 1 | -1}
	| {readonly type: 'line-accept'}
	| {readonly type: 'line-cancel'}
	| {readonly type: 'match'; readonly direction: 1 | -1}
	| {readonly type: 'chapter'; readonly direction: 1 | -1}
	| {readonly type: 'chapters-open'}
	| {readonly type: 'chapters-ready'; readonly chapters: Chapters}
	| {readonly type: 'time-open'}
	/** `s`: show or hide the works sidebar. */
	| {readonly type: 'sidebar'}
	/** Tab: the focus to the sidebar or back to the text. */
	| {readonly type: 'focus'}
	| {readonly type: 'refs-ready'; readonly refs: References};

function clampHelpTop(state: ReaderState, helpTop: number): number {
	const last = Math.max(0, helpLines(state.columns).length + 1 - bodyRows(state));
	return Math.max(0, Math.min(last, helpTop));
}

function scrollHelp(state: ReaderState, action: Action): ReaderState {
	let helpTop: number;
	if (action.type === 'edge') helpTop = action.to === 'start' ? 0 : Number.POSITIVE_INFINITY;
	else if (action.type === 'enter') helpTop = state.helpTop + repeat(state);
	else if (action.type === 'move' && action.by !== 'turn') helpTop = state.helpTop + action.direction * repeat(state) * motionRows(state, action.by);
	else return {...state, overlay: 'none', count: ''};
	return {...state, helpTop: clampHelpTop(state, helpTop), count: ''};
}

export function createReaderState(transcript: Transcript, columns: number, rows: number, at?: number, chapters?: Chapters, givenRefs?: GivenRefs): ReaderState {
	const state: ReaderState = {
		transcript,
		columns,
		rows,
		layout: layoutTranscript(transcript, columns),
		top: 0,
		anchor: {paragraph: 0, prefix: 0},
		count: '',
		overlay: 'none',
		helpTop: 0,
		search: undefined,
		found: undefined,
		chapters,
		chapterChoice: 0,
		timeLine: undefined,
		marked: undefined,
		chapterFocus: undefined,
		givenRefs,
		refs: undefined,
		sidebar: CLOSED_SIDEBAR,
		walk: undefined,
		hinting: true,
		notice: noticeFor(transcript.warnings),
		leaving: undefined,
	};
	return at === undefined ? state : goTo(state, at);
}

function motionRows(state: ReaderState, by: Exclude<Motion, 'turn'>): number {
	if (by === 'line') return 1;
	const rows = bodyRows(state);
	return by === 'page' ? Math.max(1, rows - 1) : Math.max(1, Math.floor(rows / 2));
}

/** Vim's `{`/`}`: to the next turn's name, or back to the start of this turn (then the one before). */
function turnTarget(state: ReaderState, direction: 1 | -1): number {
	const starts = state.layout.turnStart;
	let target = state.top;
	for (let step = 0; step < repeat(state); step++) {
		const next = direction > 0 ? starts.find(line => line > target) : starts.findLast(line => line < target);
		if (next === undefined) return direction > 0 ? maxTop(state) : 0;
		target = next;
	}

	return target;
}

function move(state: ReaderState, by: Motion, direction: 1 | -1): ReaderState {
	if (by === 'turn') return scrollTo(state, turnTarget(state, direction));
	return scrollTo(state, state.top + direction * repeat(state) * motionRows(state, by));
}

function resize(state: ReaderState, columns: number, rows: number): ReaderState {
	// Too small to draw: keep the layout (one laid out for a few columns can take a lot of memory).
	const layout = isTooSmall({columns, rows}) ? state.layout : layoutTranscript(state.transcript, columns);
	const resized = {...state, columns, rows, layout};
	return {...resized, top: clampTop(resized, lineAtAnchor(resized.layout, state.anchor)), helpTop: clampHelpTop(resized, state.helpTop)};
}

/** Actions that are not the reader's doing: a key press clears the notice and the hints, these do not. */
const UNBIDDEN = new Set<Action['type']>(['resize', 'chapters-ready', 'refs-ready', 'redraw']);

export function readerReducer(current: ReaderState, action: Action): ReaderState {
	const state = UNBIDDEN.has(action.type) || (current.notice === undefined && !current.hinting) ? current : {...current, notice: undefined, hinting: false};
	const forced = (action.type === 'quit' && action.force === true) || action.type === 'suspend' || action.type === 'redraw';
	const overlaid = !forced && !UNBIDDEN.has(action.type);
	if (state.overlay === 'help' && action.type !== 'digit' && overlaid) return scrollHelp(state, action);
	if (state.search && overlaid) return searchAction(state, state.search, action);
	if (state.timeLine && overlaid) return timeLineAction(state, state.timeLine, action);
	if (state.overlay === 'chapters' && overlaid) return chapterListAction(state, action);
	if (state.sidebar.focus && overlaid) return sidebarAction(state, action, readerReducer);

	switch (action.type) {
		case 'move': {
			return move(state, action.by, action.direction);
		}

		case 'enter': {
			// While a work's mentions are walked and the view is where the last step put it, Enter steps on like n.
			return enterWalks(state) ? stepWalk(state, 1) : move(state, 'line', 1);
		}

		case 'edge': {
			if (state.count !== '') return scrollTo(state, Number(state.count) - 1);
			return scrollTo(state, action.to === 'start' ? 0 : maxTop(state));
		}

		case 'digit': {
			return {...state, count: (state.count + action.digit).slice(-6)};
		}

		case 'resize': {
			return resize(state, action.columns, action.rows);
		}

		case 'help': {
			return {...state, overlay: 'help', helpTop: 0, count: ''};
		}

		case 'cancel': {
			// Esc also puts away the highlight of the last search (n/N bring it back) and the time marked.
			if (state.count !== '') return {...state, count: ''};
			return {...state, marked: undefined, found: state.found && {...state.found, shown: false}, walk: state.walk && {...state.walk, shown: false}};
		}

		case 'quit': {
			return {...state, leaving: 'quit'};
		}

		case 'suspend':
		case 'redraw': {
			return {...state, leaving: action.type};
		}

		case 'search-open': {
			return {...state, overlay: 'search', count: '', search: {query: '', hits: [], selected: 0, origin: state.anchor}};
		}

		case 'match': {
			// The mentions of the work last gone to, or the matches of the last search: whichever came last.
			return state.walk ? stepWalk(state, action.direction) : stepMatch(state, action.direction);
		}

		case 'chapter': {
			return stepChapter(state, action.direction);
		}

		case 'chapters-open': {
			return openChapterList(state);
		}

		case 'chapters-ready': {
			return state.chapters ? state : {...state, chapters: action.chapters};
		}

		case 'time-open': {
			return {...state, overlay: 'time', count: '', timeLine: {text: ''}};
		}

		case 'sidebar': {
			return toggleSidebar(state);
		}

		case 'focus': {
			return switchFocus(state);
		}

		case 'refs-ready': {
			return refsReady(state, action.refs);
		}

		default: {
			return state;
		}
	}
}
