/**
 * The reader's state, its modes and its actions: types (and the action types' names), a leaf that every part of the UI
 * imports and that imports nothing of the UI. The reducer is state.ts; each mode's code is in
 * modes/.
 */
import type {Bookmark} from '../core/bookmarks.js';
import type {Chapters} from '../core/chapters/index.js';
import type {Anchor, Layout} from '../core/layout.js';
import type {References} from '../core/mentions/work.js';
import type {Transcript} from '../core/model.js';
import type {Playback} from '../core/playback.js';
import type {SearchHit} from '../core/search/search.js';
import type {GivenRefs} from '../core/work-groups.js';
import type {AudioReport} from '../player/audio-player.js';

/** Where a seek or `p` starts from, and what `y` and `m` take: a paragraph, a character of it, and that moment. */
export type Place = {readonly paragraph: number; readonly offset: number; readonly seconds: number};

/** A line being typed (search, go to a time, a bookmark's note): its text and where the cursor is in it (in code points). */
export type EditLine = {readonly text: string; readonly cursor: number};

/** What a line's editing keys do (edit-line.ts). */
export type Edit = 'erase-left' | 'erase-right' | 'erase-word' | 'erase-start' | 'left' | 'right' | 'start' | 'end' | 'word-left' | 'word-right';

/** The search line while it is open. */
export type SearchLine = EditLine & {
	/** Best first. */
	readonly hits: readonly SearchHit[];
	readonly selected: number;
	/** Where the reader was (by words, so a resize meanwhile does not matter): Esc goes back there. */
	readonly origin: Anchor;
	/** Which earlier query ↑/↓ have brought back (1 the last), while the line holds one. */
	readonly recalled: number;
};

/** The note being typed for a bookmark of `place`. */
export type NoteLine = EditLine & {readonly place: Place};

/**
 * What the keys are for. Reading; the help; the search line; the chapter, bookmark or speaker list; the
 * go-to-time or note line; the works sidebar, while it has the focus. Each has its record in modes/.
 */
export type Mode =
	| {readonly kind: 'reading'}
	/** The help, scrolled to `top`, closing back to the text or to the works sidebar. */
	| {readonly kind: 'help'; readonly top: number; readonly back: 'reading' | 'works'}
	| {readonly kind: 'search'; readonly line: SearchLine}
	| {readonly kind: 'chapters'; readonly choice: number}
	| {readonly kind: 'bookmarks'; readonly choice: number}
	/** The speakers, `choice` 0 for all of them, else speaker `choice - 1`. */
	| {readonly kind: 'speakers'; readonly choice: number}
	| {readonly kind: 'time'; readonly line: EditLine}
	| {readonly kind: 'note'; readonly line: NoteLine}
	| {readonly kind: 'works'};

export type ModeKind = Mode['kind'];

/** The matches of the last search accepted, in transcript order, for n/N and the highlight. */
export type Found = {
	readonly hits: readonly SearchHit[];
	readonly current: number;
	/** Esc hides the highlight; n/N show it again. */
	readonly shown: boolean;
};

/** The moment the reader went to by time, marked until Esc; `top` is where the view was put for it. */
export type Marked = {readonly paragraph: number; readonly offset: number; readonly seconds: number; readonly top: number};

/**
 * The chapter the reader went to, while the view stays where it was put: near the end, where the
 * view cannot scroll as far as a chapter's line, or where two chapters share a line.
 */
export type ChapterFocus = {readonly chapter: number; readonly top: number};

/** The works sidebar (its focus is the `works` mode). */
export type SidebarState = {
	/** `s` shows and hides it. */
	readonly open: boolean;
	/** The work chosen, in the sidebar's order (see `sidebarWorks`). */
	readonly selected: number;
	/** Whether the references file's warnings have been shown (in the footer, once). */
	readonly warned: boolean;
};

/**
 * The mention of a work the reader went to from the sidebar, and where the view was put for it.
 * Like a search's matches, n/N walk its work's mentions, and Esc hides their highlight.
 */
export type Walk = {readonly work: number; readonly mention: number; readonly top: number; readonly shown: boolean};

export type PlayerState = {
	readonly playback: Playback;
	/** Whether the view follows the words spoken; scrolling away stops it, `.` brings it back. */
	readonly following: boolean;
	/** How many seeks the reader made: the audio is told of each. */
	readonly seeks: number;
	/** How many times the reader played, paused or changed the speed: the audio is told of each (not of its own changes). */
	readonly commands: number;
	/** Whether the audio has reported: then it, not the clock, says when the episode ends. */
	readonly heard: boolean;
	/** The wall-clock time (ms) of the last action or tick: what the screen shows is as of then. */
	readonly now: number;
};

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
	readonly mode: Mode;
	readonly found: Found | undefined;
	/** Given with the transcript, or derived once the first frame is up (or when first needed). */
	readonly chapters: Chapters | undefined;
	readonly marked: Marked | undefined;
	readonly chapterFocus: ChapterFocus | undefined;
	/** The references file beside the transcript: its corrections to the works found. */
	readonly givenRefs: GivenRefs | undefined;
	/** The works the transcript mentions: found once the first frame is up, or when the sidebar first needs them. */
	readonly refs: References | undefined;
	readonly sidebar: SidebarState;
	readonly walk: Walk | undefined;
	/** The speaker picked out (`S`): the others' turns are dimmed, and `(`/`)` follow this one. */
	readonly speakerFilter: number | undefined;
	/**
	 * Without an audio file the player is a clock: the first `p` says so, and how to add the audio
	 * (`beside`: the name a file beside the transcript would have). Undefined with audio.
	 */
	readonly withoutAudio: {readonly beside: string | undefined; readonly told: boolean} | undefined;
	/** The player, once the reader has played (or sought). */
	readonly player: PlayerState | undefined;
	/** This transcript's bookmarks, in time order. */
	readonly bookmarks: readonly Bookmark[];
	/** Earlier searches, oldest first (at most 100, kept between sessions): ↑ on an empty search line brings them back. */
	readonly history: readonly string[];
	/** Where the reader stopped last time (seconds), for `r`. */
	readonly resumeAt: number | undefined;
	/** The last quote copied, and how many copies were made: the app puts each on the clipboard. */
	readonly clipboard: {readonly text: string; readonly copies: number} | undefined;
	/** The first screen shows what the main keys do; the first key replaces them with the progress bar. */
	readonly hinting: boolean;
	/** A message for the footer (a warning about the input) until the next key. */
	readonly notice: string | undefined;
	/** The library the episode was opened from (its folder's name): `q`, and Esc with nothing to cancel, go back to it. */
	readonly within: string | undefined;
	/**
	 * Set when the reader leaves the screen: to quit (back to the library, if opened from one); to
	 * exit at once (Ctrl-C); to be suspended (Ctrl-Z) and resumed; or to be drawn again from
	 * scratch (Ctrl-L, when something else has written on the screen).
	 */
	readonly leaving: 'quit' | 'exit' | 'suspend' | 'redraw' | undefined;
};

/** The state while in mode `K`. */
export type InMode<K extends ModeKind> = ReaderState & {readonly mode: Extract<Mode, {kind: K}>};

export type Motion = 'line' | 'half' | 'page' | 'turn';

/** How keys are read (keymap.ts): as reading keys, typed into a line, or choosing in a list. */
export type KeyMode = 'read' | 'line' | 'list';

/** What the reading keys do (in the help and the works sidebar too, with their own meaning there). */
export type ReadAction =
	| {readonly type: 'move'; readonly by: Motion; readonly direction: 1 | -1}
	/** The player to where the reader is (in a walk of a work's mentions, the next); in the sidebar, to the work chosen (again: its next mention). */
	| {readonly type: 'enter'}
	| {readonly type: 'edge'; readonly to: 'start' | 'end'}
	| {readonly type: 'digit'; readonly digit: string}
	| {readonly type: 'help'}
	| {readonly type: 'cancel'}
	/** `q` closes what is open before it quits. */
	| {readonly type: 'quit'}
	| {readonly type: 'search-open'}
	| {readonly type: 'match'; readonly direction: 1 | -1}
	| {readonly type: 'chapter'; readonly direction: 1 | -1}
	/** `)`/`(`: the next or previous turn of the same speaker. */
	| {readonly type: 'speaker'; readonly direction: 1 | -1}
	| {readonly type: 'speakers-open'}
	| {readonly type: 'chapters-open'}
	| {readonly type: 'time-open'}
	/** `s`: show or hide the works sidebar. */
	| {readonly type: 'sidebar'}
	/** Tab: the focus to the sidebar or back to the text. */
	| {readonly type: 'focus'}
	| {readonly type: 'play'}
	| {readonly type: 'rate'; readonly direction: 1 | -1}
	| {readonly type: 'seek-by'; readonly seconds: number}
	/** `.`: the view back to the words spoken. */
	| {readonly type: 'follow'}
	| {readonly type: 'copy'}
	| {readonly type: 'bookmark'}
	| {readonly type: 'bookmarks-open'}
	| {readonly type: 'resume'};

/** What the keys do while a line is typed. */
export type LineAction =
	| {readonly type: 'line-type'; readonly text: string}
	| {readonly type: 'line-edit'; readonly edit: Edit}
	| {readonly type: 'line-select'; readonly direction: 1 | -1}
	| {readonly type: 'line-accept'}
	| {readonly type: 'line-cancel'};

/** What the keys do in a list. */
export type ListAction =
	| {readonly type: 'line-select'; readonly direction: 1 | -1}
	| {readonly type: 'move'; readonly by: Motion; readonly direction: 1 | -1}
	| {readonly type: 'edge'; readonly to: 'start' | 'end'}
	| {readonly type: 'line-accept'}
	/** `x`: delete the bookmark chosen. */
	| {readonly type: 'list-delete'}
	| {readonly type: 'line-cancel'};

/** What happens to the reader, whatever mode it is in: the terminal, time, work done in the background, leaving. */
export type WorldAction =
	| {readonly type: 'resize'; readonly columns: number; readonly rows: number}
	| {readonly type: 'chapters-ready'; readonly chapters: Chapters}
	| {readonly type: 'refs-ready'; readonly refs: References}
	| {readonly type: 'tick'}
	| {readonly type: 'audio'; readonly report: AudioReport}
	/** The bookmarks as saved (with those another Parley saved meanwhile). */
	| {readonly type: 'bookmarks-saved'; readonly bookmarks: readonly Bookmark[]; readonly warning?: string | undefined}
	/** Ctrl-C: quit at once, whatever is open. */
	| {readonly type: 'exit'}
	| {readonly type: 'suspend'}
	| {readonly type: 'redraw'};

/** The mouse (keymap.ts), where it is on the screen: a notch of the wheel (down: 1), a click. In cells from the top left, from 0. */
export type PointerAction =
	| {readonly type: 'wheel'; readonly direction: 1 | -1; readonly column: number; readonly row: number}
	| {readonly type: 'click'; readonly column: number; readonly row: number};

export type KeyActions = {readonly read: ReadAction; readonly line: LineAction; readonly list: ListAction};

/** An action, with the wall-clock time (ms) it happened at, which the player needs. */
export type Action = (ReadAction | LineAction | ListAction | PointerAction | WorldAction) & {readonly now?: number};

/** Each group's action types, every one named (the compiler checks): the reducer routes by them. */
const READ_TYPES: Record<ReadAction['type'], true> = {
	move: true,
	enter: true,
	edge: true,
	digit: true,
	help: true,
	cancel: true,
	quit: true,
	'search-open': true,
	match: true,
	chapter: true,
	speaker: true,
	'speakers-open': true,
	'chapters-open': true,
	'time-open': true,
	sidebar: true,
	focus: true,
	play: true,
	rate: true,
	'seek-by': true,
	follow: true,
	copy: true,
	bookmark: true,
	'bookmarks-open': true,
	resume: true,
};
const LINE_TYPES: Record<LineAction['type'], true> = {'line-type': true, 'line-edit': true, 'line-select': true, 'line-accept': true, 'line-cancel': true};
const LIST_TYPES: Record<ListAction['type'], true> = {
	'line-select': true,
	move: true,
	edge: true,
	'line-accept': true,
	'list-delete': true,
	'line-cancel': true,
};
const WORLD_TYPES: Record<WorldAction['type'], true> = {
	resize: true,
	'chapters-ready': true,
	'refs-ready': true,
	tick: true,
	audio: true,
	'bookmarks-saved': true,
	exit: true,
	suspend: true,
	redraw: true,
};

const typesOf = (group: Record<string, true>): ReadonlySet<string> => new Set(Object.keys(group));

/** The actions each way of reading keys makes. */
export const KEY_ACTION_TYPES: {readonly [M in KeyMode]: ReadonlySet<string>} = {
	read: typesOf(READ_TYPES),
	line: typesOf(LINE_TYPES),
	list: typesOf(LIST_TYPES),
};

const WORLD = typesOf(WORLD_TYPES);

export function isWorldAction(action: Action): action is WorldAction & {readonly now?: number} {
	return WORLD.has(action.type);
}

export function isPointerAction<A extends {readonly type: string}>(action: A | PointerAction): action is PointerAction {
	return action.type === 'wheel' || action.type === 'click';
}
