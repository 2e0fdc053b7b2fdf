/** Chapters and time in the reader: `]`/`[`, the chapter list, and the go-to-time line. Pure. */
import {lineAtAnchor, type Layout} from '../core/layout.js';
import {chaptersFor, type Chapters} from '../core/chapters/index.js';
import {offsetAt, paragraphAt} from '../core/model.js';
import {parseTimeQuery} from '../core/time-query.js';
import type {Action, ReaderState} from './state.js';
import {bodyRows, repeat, scrollTo} from './viewport.js';

/** The go-to-time line while it is open. */
export type TimeLine = {readonly text: string};

/** The moment the reader went to by time, marked until Esc. */
export type Marked = {readonly paragraph: number; readonly offset: number; readonly seconds: number};

/** The chapters, derived now if they are not yet (the app derives them after the first frame). */
export function withChapters(state: ReaderState): ReaderState & {chapters: Chapters} {
	return state.chapters ? (state as ReaderState & {chapters: Chapters}) : {...state, chapters: chaptersFor(state.transcript)};
}

/** The line the reader lands on for `seconds`: the paragraph spoken then, at the caption spoken then. */
export function lineForTime(state: ReaderState, seconds: number): number | undefined {
	const paragraph = paragraphAt(state.transcript, seconds);
	if (!paragraph) return undefined;
	const offset = offsetAt(paragraph, seconds);
	// Inside a paragraph merged from captions: the line with the caption spoken then.
	if (offset > 0) return lineAtAnchor(state.layout, {paragraph: paragraph.id, offset});
	const turn = state.transcript.turns[paragraph.turn]!;
	return turn.paragraphs[0] === paragraph ? state.layout.turnStart[turn.id]! : state.layout.blockStart[paragraph.id]! + 1;
}

export function seek(state: ReaderState, seconds: number): ReaderState {
	const line = lineForTime(state, seconds);
	return line === undefined ? state : scrollTo(state, line);
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

/** The line each chapter lands on, for this width. */
function chapterLines(state: ReaderState, chapters: Chapters): readonly number[] {
	const byLayout = chapterLineCache.get(chapters) ?? new WeakMap<Layout, readonly number[]>();
	chapterLineCache.set(chapters, byLayout);
	let lines = byLayout.get(state.layout);
	if (!lines) byLayout.set(state.layout, (lines = chapters.list.map(chapter => lineForTime(state, chapter.start) ?? 0)));
	return lines;
}

/**
 * The chapter being read: the last whose line is at or above the top of the view. (A chapter can
 * start inside a paragraph: it is reached at that paragraph's line.)
 */
export function currentChapter(state: ReaderState, chapters: Chapters): number {
	return Math.max(0, chapterLines(state, chapters).findLastIndex(line => line <= state.top));
}

/** `]` the next chapter; `[` the start of this one, or the one before when already there. */
export function stepChapter(current: ReaderState, direction: 1 | -1): ReaderState {
	const state = withChapters(current);
	const lines = chapterLines(state, state.chapters);
	let target = state.top;
	for (let step = 0; step < repeat(state); step++) {
		const next = direction > 0 ? lines.find(line => line > target) : lines.findLast(line => line < target);
		if (next === undefined) break;
		target = next;
	}

	return scrollTo(state, target);
}

export function openChapterList(current: ReaderState): ReaderState {
	const state = withChapters(current);
	return {...state, overlay: 'chapters', count: '', chapterChoice: currentChapter(state, state.chapters)};
}

function chooseChapter(state: ReaderState & {chapters: Chapters}, choice: number): ReaderState {
	return {...state, chapterChoice: Math.max(0, Math.min(state.chapters.list.length - 1, choice))};
}

export function chapterListAction(current: ReaderState, action: Action): ReaderState {
	const state = withChapters(current);
	const choice = state.chapterChoice;
	switch (action.type) {
		case 'line-select': {
			return chooseChapter(state, choice + action.direction);
		}

		case 'move': {
			return chooseChapter(state, choice + action.direction * Math.max(1, bodyRows(state) - 2));
		}

		case 'edge': {
			return chooseChapter(state, action.to === 'start' ? 0 : state.chapters.list.length - 1);
		}

		case 'line-accept': {
			return seek({...state, overlay: 'none'}, state.chapters.list[choice]!.start);
		}

		default: {
			return {...state, overlay: 'none'};
		}
	}
}

function goToTime(state: ReaderState, text: string): ReaderState {
	const closed = {...state, overlay: 'none' as const, timeLine: undefined};
	if (text.trim() === '') return closed;
	if (!state.transcript.timed && !text.trim().endsWith('%')) return {...closed, notice: 'this transcript has no times: only a share of it, like 50%, can be gone to'};
	const result = parseTimeQuery(text, readingTime(state), state.transcript.duration);
	if ('error' in result) return {...closed, notice: result.error};
	return goTo(closed, result.seconds);
}

/** To the paragraph spoken at `seconds`, with that moment marked. */
export function goTo(state: ReaderState, seconds: number): ReaderState {
	const paragraph = paragraphAt(state.transcript, seconds);
	if (!paragraph) return state;
	return {...seek(state, seconds), marked: {paragraph: paragraph.id, offset: offsetAt(paragraph, seconds), seconds}};
}

export function timeLineAction(state: ReaderState, line: TimeLine, action: Action): ReaderState {
	switch (action.type) {
		case 'line-type': {
			return {...state, timeLine: {text: (line.text + action.text).slice(0, 40)}};
		}

		case 'line-erase': {
			return {...state, timeLine: {text: [...line.text].slice(0, -1).join('')}};
		}

		case 'line-accept': {
			return goToTime(state, line.text);
		}

		case 'line-cancel': {
			return {...state, overlay: 'none', timeLine: undefined};
		}

		default: {
			return state;
		}
	}
}
