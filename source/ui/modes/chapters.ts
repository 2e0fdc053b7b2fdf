/**
 * `c`: the chapters, with their start and length (without times, paragraph and share), the one being
 * read marked; Enter goes to the one chosen. And `]`/`[` while reading. Both derive the chapters when
 * the app has not yet.
 */
import {chaptersFor} from '../../core/chapters/derive.js';
import {chapterPlace, chaptersSummary, type Chapter, type Chapters} from '../../core/chapters/index.js';
import type {Transcript} from '../../core/model.js';
import {formatClock, formatLength} from '../../core/time.js';
import {chapterLines, currentChapter, goToChapter} from '../chapter-state.js';
import {choiceRows} from '../list-rows.js';
import type {InMode, ListAction, ReaderState} from '../reader-state.js';
import type {Row} from '../rows.js';
import {bodyRows, listChoice, repeat, screenWidth, topShowing} from '../viewport.js';
import {closed, listPointer, type ModeSpec} from './mode.js';

/** The chapters, derived now if they are not yet (the app derives them after the first frame). */
function withChapters(state: ReaderState): ReaderState & {chapters: Chapters} {
	// Given chapters (a file, headings) are in the state from the start: only derived ones can be missing.
	return state.chapters ? (state as ReaderState & {chapters: Chapters}) : {...state, chapters: chaptersFor(state.transcript)};
}

/** `]` the next chapter; `[` the start of this one, or the one before when already there. */
export function stepChapter(current: ReaderState, direction: 1 | -1): ReaderState {
	const state = withChapters(current);
	const here = currentChapter(state, state.chapters);
	const atItsStart = state.chapterFocus?.top === state.top || topShowing(state.layout, chapterLines(state, state.chapters)[here]!) === state.top;
	const steps = repeat(state) - (direction < 0 && !atItsStart ? 1 : 0);
	return goToChapter(state, Math.max(0, Math.min(state.chapters.list.length - 1, here + direction * steps)));
}

/** Below this width the lengths give their room to the titles. */
const LENGTHS_FROM_COLUMNS = 50;

/** The list, the chapter being read chosen. */
export function openChapterList(current: ReaderState): ReaderState {
	const state = withChapters(current);
	return {...state, mode: {kind: 'chapters', choice: currentChapter(state, state.chapters)}, count: ''};
}

function reduce(current: InMode<'chapters'>, action: ListAction): ReaderState {
	const state = withChapters(current);
	const {choice} = current.mode;
	switch (action.type) {
		case 'line-select':
		case 'move':
		case 'edge': {
			return {...state, mode: {kind: 'chapters', choice: listChoice(state, action, choice, state.chapters.list.length)}};
		}

		case 'line-accept': {
			return goToChapter({...state, mode: {kind: 'reading'}}, choice);
		}

		case 'list-delete': {
			return state;
		}

		case 'line-cancel': {
			return closed(state);
		}
	}
}

/** Without times, where a chapter starts: `¶12  34%`, the paragraphs' numbers as wide as the last one's. */
function untimedPlace(transcript: Transcript, chapter: Chapter): string {
	const {paragraph, percent} = chapterPlace(transcript, chapter);
	return `¶${String(paragraph).padEnd(String(transcript.paragraphs.length).length)} ${`${percent}%`.padStart(4)}`;
}

function view(current: InMode<'chapters'>): Row[] {
	const state = withChapters(current);
	const width = screenWidth(state);
	const rows = state.chapters.list.map(chapter => {
		const length = width >= LENGTHS_FROM_COLUMNS ? ` ${formatLength(chapter.end - chapter.start).padStart(7)}` : '';
		return `${state.transcript.timed ? `${formatClock(chapter.start)}${length}` : untimedPlace(state.transcript, chapter)}  ${chapter.title}`;
	});
	const heading = chaptersSummary(state.chapters);
	return choiceRows({heading, rows, selected: current.mode.choice, current: currentChapter(state, state.chapters), width, height: bodyRows(state)});
}

export const chapters: ModeSpec<'chapters', 'list'> = {
	keys: 'list',
	hints: () => [
		['↑↓', 'choose'],
		['Enter', 'go there'],
		['Esc', 'back'],
	],
	reduce,
	view,
	typed: () => undefined,
	...listPointer(
		state => withChapters(state).chapters.list.length,
		state => reduce(state, {type: 'line-accept'}),
	),
};
