/** Chapters and time in the reader: the chapter being read, going to a chapter or a time. Pure. (`]`/`[` and the list: modes/chapters.ts.) */
import {cachedIn} from '../core/cache.js';
import {lineAtAnchor, type Layout} from '../core/layout.js';
import type {Chapters} from '../core/chapters/index.js';
import {offsetAt, paragraphAt} from '../core/model.js';
import type {Marked, ReaderState} from './reader-state.js';
import {firstShown, scrollTo, scrollToShow, topShowing} from './viewport.js';

/** The first line of a paragraph: its speaker's name when it opens a turn. */
function paragraphLine(state: ReaderState, paragraph: number): number {
	const {turn} = state.transcript.paragraphs[paragraph]!;
	const opensTurn = state.transcript.turns[turn]!.paragraphs[0]!.id === paragraph;
	return opensTurn ? state.layout.turnStart[turn]! : state.layout.blockStart[paragraph]! + 1;
}

/** The line the reader lands on for `seconds`: the paragraph spoken then, at the caption spoken then. */
export function lineForTime(state: ReaderState, seconds: number): number | undefined {
	const paragraph = paragraphAt(state.transcript, seconds);
	if (!paragraph) return undefined;
	const offset = offsetAt(paragraph, seconds);
	// Inside a paragraph merged from captions: the line with the caption spoken then.
	return offset > 0 ? lineAtAnchor(state.layout, {paragraph: paragraph.id, offset}) : paragraphLine(state, paragraph.id);
}

export function seek(state: ReaderState, seconds: number): ReaderState {
	const line = lineForTime(state, seconds);
	return line === undefined ? state : scrollToShow(state, line);
}

/**
 * Seconds into the episode the top of the view stands for: the top line's, or, when that line also
 * holds words said later (a chapter starting inside it), the time its last words begin.
 */
export function readingTime(state: ReaderState): number {
	const {lines} = state.layout;
	const top = lines[state.top]?.time ?? 0;
	const next = lines[state.top + 1]?.time;
	return next === undefined ? top : Math.max(top, next - 0.001);
}

const chapterLineCache = new WeakMap<Chapters, WeakMap<Layout, readonly number[]>>();

/** The line each chapter lands on, for this width: its paragraph's when known, else the one spoken at its start. */
export function chapterLines(state: ReaderState, chapters: Chapters): readonly number[] {
	const byLayout = cachedIn(chapterLineCache, chapters, () => new WeakMap<Layout, readonly number[]>());
	return cachedIn(byLayout, state.layout, () =>
		chapters.list.map(chapter => (chapter.paragraph === undefined ? (lineForTime(state, chapter.start) ?? 0) : paragraphLine(state, chapter.paragraph))),
	);
}

/**
 * The chapter being read: the one gone to, while the view has not moved; else the last whose line
 * is at or above the first line shown (a chapter starting inside a paragraph is reached at its line).
 */
export function currentChapter(state: ReaderState, chapters: Chapters): number {
	if (state.chapterFocus?.top === state.top) return state.chapterFocus.chapter;
	const lines = chapterLines(state, chapters);
	// The gap above a speaker's name belongs to what follows it.
	const first = firstShown(state);
	const top = state.layout.lines[first]?.kind === 'gap' ? first + 1 : first;
	const last = lines.findLastIndex(line => line <= top);
	// Chapters that start on one line: the view is at the first of them.
	return Math.max(0, lines.indexOf(lines[last]!));
}

/**
 * To a chapter's line; when the view cannot scroll that far (near the end), the moment the chapter
 * starts is marked, as a time gone to is.
 */
export function goToChapter(state: ReaderState & {chapters: Chapters}, chapter: number): ReaderState {
	const top = topShowing(state.layout, chapterLines(state, state.chapters)[chapter]!);
	const scrolled = scrollTo(state, top);
	const focused = {...scrolled, chapterFocus: {chapter, top: scrolled.top}};
	return top > scrolled.top ? {...focused, marked: markAt(focused, state.chapters.list[chapter]!.start)} : focused;
}

/** The moment said at `seconds`, to mark where the view is now. */
export function markAt(state: ReaderState, seconds: number): Marked | undefined {
	const paragraph = paragraphAt(state.transcript, seconds);
	return paragraph && {paragraph: paragraph.id, offset: offsetAt(paragraph, seconds), seconds, top: state.top};
}

/** To the paragraph spoken at `seconds`, with that moment marked. */
export function goTo(state: ReaderState, seconds: number): ReaderState {
	const seeked = seek(state, seconds);
	return {...seeked, marked: markAt(seeked, seconds)};
}
