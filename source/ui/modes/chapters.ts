/** `c`: the chapters, with their start and length (without times, paragraph and share), the one being read marked; Enter goes to the one chosen. */
import {chapterPlace, chaptersSummary, type Chapter} from '../../core/chapters/index.js';
import type {Transcript} from '../../core/model.js';
import {formatClock, formatLength} from '../../core/time.js';
import {currentChapter, goToChapter, withChapters} from '../chapter-state.js';
import {choiceRows} from '../list-rows.js';
import type {InMode, ListAction, ReaderState} from '../reader-state.js';
import type {Row} from '../rows.js';
import {bodyRows, listChoice, screenWidth} from '../viewport.js';
import {closed, listPointer, type ModeSpec} from './mode.js';

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
