/** The reader's state and the one reducer that changes it. Pure: no terminal needed to test it. */
import {lineAtAnchor, layoutTranscript, type Anchor, type Layout} from '../core/layout.js';
import type {Bookmark} from '../core/bookmarks.js';
import type {Kept} from '../state/keep.js';
import type {Chapters} from '../core/chapters/index.js';
import type {References} from '../core/mentions/work.js';
import {shownClock, type Transcript} from '../core/model.js';
import type {GivenRefs} from '../core/work-groups.js';
import {chapterListAction, goTo, openChapterList, stepChapter, timeLineAction, type ChapterFocus, type Marked, type TimeLine} from './chapter-state.js';
import {helpLines} from './help-lines.js';
import {bookmarkListAction, bookmarksSaved, copyQuote, noteLineAction, openBookmarkList, openNoteLine, resumeReading, type NoteLine} from './keep-state.js';
import {noticeFor} from './notice.js';
import {audioReport, changeRate, follow, pauseToSuspend, resumeFollowing, seekBy, seekHere, stopFollowing, tick, togglePlay, type PlayerState} from './player-state.js';
import type {AudioReport} from '../player/audio-player.js';
import {searchAction, stepMatch, type Found, type SearchLine} from './search-state.js';
import {bodyRows, clampTop, isTooSmall, maxTop, repeat, scrollTo} from './viewport.js';
import {CLOSED_SIDEBAR, enterWalks, refsReady, sidebarAction, stepWalk, switchFocus, toggleSidebar, type SidebarState, type Walk} from './works-state.js';

export type Overlay = 'none' | 'help' | 'search' | 'chapters' | 'time' | 'note' | 'bookmarks';

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
	/** The player, once the reader has played (or sought). */
	readonly player: PlayerState | undefined;
	/** This transcript's bookmarks, in time order. */
	readonly bookmarks: readonly Bookmark[];
	/** The bookmark chosen in the bookmark list. */
	readonly bookmarkChoice: number;
	/** The note being typed for a new bookmark. */
	readonly noteLine: NoteLine | undefined;
	/** Where the reader stopped last time (seconds), for `r`. */
	readonly resumeAt: number | undefined;
	/** The last quote copied, and how many copies were made: the app puts each on the clipboard. */
	readonly clipboard: {readonly text: string; readonly copies: number} | undefined;
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


/** An action, with the wall-clock time (ms) it happened at, which the player needs. */
export type Action = ActionOf & {readonly now?: number};

type ActionOf =
	| {readonly type: 'move'; readonly by: Motion; readonly direction: 1 | -1}
	/** The player to where the reader is (in a walk of a work's mentions, the next); in the sidebar, to the work chosen (again: its next mention). */
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
	| {readonly type: 'refs-ready'; readonly refs: References}
	| {readonly type: 'play'}
	| {readonly type: 'rate'; readonly direction: 1 | -1}
	| {readonly type: 'seek-by'; readonly seconds: number}
	/** `.`: the view back to the words spoken. */
	| {readonly type: 'follow'}
	| {readonly type: 'tick'}
	| {readonly type: 'audio'; readonly report: AudioReport}
	| {readonly type: 'copy'}
	| {readonly type: 'bookmark'}
	| {readonly type: 'bookmarks-open'}
	/** `x` in a list: delete the bookmark chosen. */
	| {readonly type: 'list-delete'}
	/** The bookmarks as saved (with those another Parley saved meanwhile). */
	| {readonly type: 'bookmarks-saved'; readonly bookmarks: readonly Bookmark[]; readonly warning?: string}
	| {readonly type: 'resume'};

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

const NOTHING_KEPT: Kept = {bookmarks: [], resumeAt: undefined};

/** What the footer says first: a warning about the input, else where the reader stopped last time. */
function firstNotice(transcript: Transcript, kept: Kept): string | undefined {
	const resume = kept.resumeAt === undefined ? undefined : `you stopped at ${shownClock(transcript, kept.resumeAt) || 'a place'} last time: r goes back there`;
	return noticeFor(transcript.warnings) ?? kept.warning ?? resume;
}

export function createReaderState(transcript: Transcript, columns: number, rows: number, at?: number, chapters?: Chapters, givenRefs?: GivenRefs, kept: Kept = NOTHING_KEPT): ReaderState {
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
		player: undefined,
		bookmarks: kept.bookmarks,
		bookmarkChoice: 0,
		noteLine: undefined,
		resumeAt: kept.resumeAt,
		clipboard: undefined,
		hinting: true,
		notice: firstNotice(transcript, kept),
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
const UNBIDDEN = new Set<Action['type']>(['resize', 'chapters-ready', 'refs-ready', 'redraw', 'tick', 'audio', 'bookmarks-saved']);

/** The reader's own moves of the view (not the player's, nor a resize's) stop it following the player. */
export function readerReducer(current: ReaderState, action: Action): ReaderState {
	const next = reduce(current, action);
	if (UNBIDDEN.has(action.type)) return next;
	// On the way out the screen stays as it is: no last frame (with the hints gone) is drawn as Parley leaves.
	if (next.leaving !== undefined && current.leaving === undefined) return {...next, notice: current.notice, hinting: current.hinting};
	// A search given up puts the view back where it was; while the player plays on, that is the words spoken.
	if (action.type === 'line-cancel' && current.player?.following) return follow(next);
	return stopFollowing(current, next);
}

function reduce(current: ReaderState, action: Action): ReaderState {
	// The time of the action; of the last one, for actions made without it (tests).
	const now = action.now ?? current.player?.now ?? 0;
	const state = UNBIDDEN.has(action.type) || (current.notice === undefined && !current.hinting) ? current : {...current, notice: undefined, hinting: false};
	const forced = (action.type === 'quit' && action.force === true) || action.type === 'suspend' || action.type === 'redraw';
	const overlaid = !forced && !UNBIDDEN.has(action.type);
	if (state.overlay === 'help' && action.type !== 'digit' && overlaid) return scrollHelp(state, action);
	if (state.search && overlaid) return searchAction(state, state.search, action);
	if (state.timeLine && overlaid) return timeLineAction(state, state.timeLine, action);
	if (state.noteLine && overlaid) return noteLineAction(state, state.noteLine, action, now);
	if (state.overlay === 'bookmarks' && overlaid) return bookmarkListAction(state, action);
	if (state.overlay === 'chapters' && overlaid) return chapterListAction(state, action);
	if (state.sidebar.focus && overlaid) return sidebarAction(state, action, readerReducer);
	return action.type in PLAYER_ACTIONS ? playerAction(state, action, now) : readerAction(state, action, now);
}

/** Actions of the player, and of what the reader keeps. */
const PLAYER_ACTIONS = {play: 0, rate: 0, 'seek-by': 0, follow: 0, tick: 0, audio: 0, copy: 0, bookmark: 0, 'bookmarks-open': 0, 'bookmarks-saved': 0, resume: 0} as const;

function playerAction(state: ReaderState, action: Action, now: number): ReaderState {
	switch (action.type) {
		case 'play': {
			return togglePlay(state, now);
		}

		case 'rate': {
			return changeRate(state, action.direction, now);
		}

		case 'seek-by': {
			return seekBy(state, action.seconds, now);
		}

		case 'follow': {
			return resumeFollowing(state, now);
		}

		case 'tick': {
			return tick(state, now);
		}

		case 'audio': {
			return audioReport(state, action.report, now);
		}

		case 'copy': {
			return copyQuote(state);
		}

		case 'bookmark': {
			return openNoteLine(state);
		}

		case 'bookmarks-open': {
			return openBookmarkList(state);
		}

		case 'bookmarks-saved': {
			return bookmarksSaved(state, action.bookmarks, action.warning);
		}

		default: {
			return resumeReading(state);
		}
	}
}

function readerAction(state: ReaderState, action: Action, now: number): ReaderState {

	switch (action.type) {
		case 'move': {
			return move(state, action.by, action.direction);
		}

		case 'enter': {
			// While a work's mentions are walked and the view is where the last step put it, Enter steps on like n.
			return enterWalks(state) ? stepWalk(state, 1) : seekHere(state, now);
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

		case 'suspend': {
			return {...pauseToSuspend(state, now), leaving: 'suspend'};
		}

		case 'redraw': {
			return {...state, leaving: 'redraw'};
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
