import {describe, expect, it} from 'vitest';
import {choiceOf, lineOf as typedLine, searchOf} from '../helpers/modes.js';
import {givenChapters, type Chapters} from '../../source/core/chapters/index.js';
import {buildTranscript, offsetAt, paragraphAt} from '../../source/core/model.js';
import {currentChapter, lineForTime, readingTime} from '../../source/ui/chapter-state.js';
import {placeOf} from '../../source/ui/player-state.js';
import type {Action, ReaderState} from '../../source/ui/reader-state.js';
import {modeOf} from '../../source/ui/modes/index.js';
import {screenOf} from '../../source/ui/screen.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {maxTop} from '../../source/ui/viewport.js';
import {BUNDLED_TOPICS} from '../helpers/topics.js';
import {loadSeed, parseText} from '../helpers/transcripts.js';

const seed = await loadSeed();

/** The hand-labelled topics of the bundled episode, given as a chapters file would give them. */
const chapters: Chapters = givenChapters(seed, {entries: BUNDLED_TOPICS})!;
const {list} = chapters;
const last = list.length - 1;

function run(state: ReaderState, ...actions: Action[]): ReaderState {
	return actions.reduce(readerReducer, state);
}

const next: Action = {type: 'chapter', direction: 1};
const previous: Action = {type: 'chapter', direction: -1};
const down: Action = {type: 'move', by: 'line', direction: 1};
const digit = (value: string): Action => ({type: 'digit', digit: value});
const select = (direction: 1 | -1): Action => ({type: 'line-select', direction});
const accept: Action = {type: 'line-accept'};
const open: Action = {type: 'chapters-open'};
const type = (text: string): Action => ({type: 'line-type', text});
/** `:` then `text` then Enter. */
const goToTime = (text: string): Action[] => [{type: 'time-open'}, type(text), accept];

const start = createReaderState(seed, 80, 24, undefined, chapters);

/** The line a chapter starts on, as far down as the view can go. */
const lineOf = (state: ReaderState, chapter: number) => Math.min(maxTop(state), lineForTime(state, list[chapter]!.start)!);

describe('the chapters the tests use', () => {
	it('are the labelled topics, all listed', () => {
		expect(chapters.origin).toBe('file');
		expect(list).toHaveLength(17);
		expect(list[0]!.start).toBe(0);
		expect(currentChapter(start, chapters)).toBe(0);
	});
});

describe('] and [', () => {
	it('] goes to the next chapter’s first line, and the chapter read follows', () => {
		const state = run(start, next);
		expect(state.top).toBe(lineOf(state, 1));
		expect(state.layout.lines[state.top]!.paragraph).toBe(paragraphAt(seed, list[1]!.start)!.id);
		expect(currentChapter(state, chapters)).toBe(1);
		expect(currentChapter(run(state, next), chapters)).toBe(2);
		expect(currentChapter(run(state, next, next, next), chapters)).toBe(4);
	});

	it('repeats ] by a count, then forgets the count', () => {
		const state = run(start, digit('3'), next);
		expect(state.top).toBe(lineOf(state, 3));
		expect(currentChapter(state, chapters)).toBe(3);
		expect(state.count).toBe('');
	});

	it('[ goes to the start of the chapter being read, then to the one before', () => {
		const atThird = run(start, digit('3'), next);
		const inside = run(atThird, down, down, down, down, down);
		expect(currentChapter(inside, chapters)).toBe(3);
		const back = run(inside, previous);
		expect(back.top).toBe(atThird.top);
		expect(currentChapter(back, chapters)).toBe(3);
		const before = run(back, previous);
		expect(before.top).toBe(lineOf(before, 2));
		expect(currentChapter(before, chapters)).toBe(2);
	});

	it('counts [ from the start of the chapter being read', () => {
		const inside = run(start, digit('5'), next, down, down);
		expect(currentChapter(run(inside, digit('2'), previous), chapters)).toBe(4);
		expect(currentChapter(run(start, digit('5'), next, digit('2'), previous), chapters)).toBe(3);
	});

	it('stops at the first and the last chapter', () => {
		expect(run(start, previous).top).toBe(0);
		expect(run(start, next, digit('9'), previous).top).toBe(0);
		const end = run(start, digit('9'), digit('9'), next);
		expect(end.top).toBe(lineOf(end, last));
		expect(run(end, next).top).toBe(end.top);
	});

	it('reaches, shows and passes chapters that start inside a paragraph', () => {
		// A publisher's chapters file seldom agrees with the transcript's stamps: these are 5 s late.
		const late = givenChapters(seed, {entries: BUNDLED_TOPICS.map(({start, title}) => ({start: start === 0 ? 0 : start + 5, title}))})!;
		let state = createReaderState(seed, 80, 24, undefined, late);
		for (let chapter = 1; chapter <= 5; chapter++) {
			const before = state.top;
			state = run(state, next);
			expect(state.top).toBeGreaterThan(before);
			expect(currentChapter(state, late)).toBe(chapter);
		}

		expect(currentChapter(run(state, previous), late)).toBe(4);
	});

	it('derives the chapters when they are not known yet', () => {
		const unknown = createReaderState(seed, 80, 24);
		expect(unknown.chapters).toBeUndefined();
		const state = run(unknown, next);
		expect(state.chapters).toBeDefined();
		expect(state.top).toBeGreaterThan(0);
	});
});

describe('chapters the view cannot put at its top', () => {
	const late = givenChapters(seed, {
		entries: [
			{start: 0, title: 'Intro'},
			{start: 1800, title: 'Middle'},
			{start: seed.duration - 10, title: 'Credits'},
		],
	})!;
	const reader = createReaderState(seed, 80, 24, undefined, late);

	it('makes a chapter in the last screenful current when ] goes to it, until the view moves', () => {
		const there = run(reader, next, next);
		expect(currentChapter(there, late)).toBe(2);
		expect(run(there, next).top).toBe(there.top);
		expect(currentChapter(run(there, next), late)).toBe(2);
		expect(currentChapter(run(there, previous), late)).toBe(1);
		expect(currentChapter(run(there, {type: 'move', by: 'line', direction: -1}), late)).toBe(1);
	});

	it('marks where a chapter starts when the view cannot put it at the top', () => {
		const there = run(reader, next, next);
		expect(there.marked).toMatchObject({seconds: seed.duration - 10, top: there.top});
		expect(run(reader, next).marked).toBeUndefined();
	});

	it('is at the first of several chapters that start on the line at the top', () => {
		const shared = givenChapters(seed, {
			entries: [
				{start: 0, title: 'A'},
				{start: 1, title: 'B'},
				{start: 2, title: 'C'},
				{start: 600, title: 'D'},
			],
		})!;
		const state = createReaderState(seed, 80, 24, undefined, shared);
		expect(currentChapter(state, shared)).toBe(0);
		expect(currentChapter(run(state, down, {type: 'move', by: 'line', direction: -1}), shared)).toBe(0);
	});

	it('counts the gap above a speaker’s name as part of what follows', () => {
		const atChapter = run(start, next, next, next);
		const above = run(atChapter, {type: 'move', by: 'line', direction: -1});
		expect(above.layout.lines[above.top]!.kind).toBe('gap');
		expect(currentChapter(above, chapters)).toBe(currentChapter(atChapter, chapters));
	});

	it('steps through two chapters that start on one line', () => {
		const shared = givenChapters(seed, {
			entries: [
				{start: 0, title: 'A'},
				{start: 600, title: 'B'},
				{start: 601, title: 'C'},
				{start: 1200, title: 'D'},
			],
		})!;
		const state = createReaderState(seed, 80, 24, undefined, shared);
		const titles = [1, 2, 3].map(steps => shared.list[currentChapter(run(state, ...Array.from({length: steps}, () => next)), shared)]!.title);
		expect(titles).toEqual(['B', 'C', 'D']);
	});
});

describe('the chapter list', () => {
	const listed = run(start, next, next, open);

	it('opens with the chapter being read chosen', () => {
		expect(listed.mode.kind).toBe('chapters');
		expect(choiceOf(listed)).toBe(2);
		expect(run(start, digit('4'), open).count).toBe('');
	});

	it('moves the choice with the arrows, a page, and to either end, never past them', () => {
		expect(choiceOf(run(listed, select(1)))).toBe(3);
		expect(choiceOf(run(listed, select(-1)))).toBe(1);
		expect(choiceOf(run(listed, select(-1), select(-1), select(-1), select(-1)))).toBe(0);
		expect(choiceOf(run(listed, {type: 'move', by: 'page', direction: 1}))).toBe(last);
		expect(choiceOf(run(listed, {type: 'move', by: 'page', direction: -1}))).toBe(0);
		expect(choiceOf(run(listed, {type: 'edge', to: 'end'}))).toBe(last);
		expect(choiceOf(run(listed, {type: 'edge', to: 'end'}, select(1)))).toBe(last);
		expect(choiceOf(run(listed, {type: 'edge', to: 'start'}))).toBe(0);
		expect(run(listed, select(1)).mode.kind).toBe('chapters');
		expect(run(listed, select(1)).top).toBe(listed.top);
	});

	it('goes to the chosen chapter on Enter, and closes', () => {
		const state = run(listed, select(1), select(1), select(1), accept);
		expect(state.mode.kind).toBe('reading');
		expect(state.top).toBe(lineOf(state, 5));
		expect(currentChapter(state, chapters)).toBe(5);
	});

	it('closes on any other key (the key map makes it line-cancel), staying where it was', () => {
		const state = run(listed, select(1), {type: 'line-cancel'});
		expect(state.mode.kind).toBe('reading');
		expect(state.top).toBe(listed.top);
		expect(state.leaving).toBeUndefined();
	});

	it.each<Action>([{type: 'cancel'}, {type: 'help'}, {type: 'quit'}, {type: 'search-open'}, next])(
		'does nothing with an action of another mode (%o): keys are read for the mode open',
		action => {
			expect(run(listed, action)).toBe(listed);
			expect(searchOf(run(listed, action))).toBeUndefined();
		},
	);

	it('still quits on Ctrl-C', () => {
		expect(run(listed, {type: 'exit'}).leaving).toBe('exit');
	});
});

describe('going to a time', () => {
	it('opens a line to type the time into', () => {
		const state = run(start, digit('7'), {type: 'time-open'}, type('35'), type(':00'));
		expect(state.mode.kind).toBe('time');
		expect(state.count).toBe('');
		expect(typedLine(state)).toEqual({text: '35:00', cursor: 5});
		expect(typedLine(run(state, {type: 'line-edit', edit: 'erase-left'}))).toEqual({text: '35:0', cursor: 4});
	});

	it('lands on the paragraph spoken at 35:00 and marks that moment', () => {
		const paragraph = paragraphAt(seed, 35 * 60)!;
		const state = run(start, ...goToTime('35:00'));
		expect(state.mode.kind).toBe('reading');
		expect(typedLine(state)).toBeUndefined();
		expect(state.top).toBe(lineForTime(state, 35 * 60));
		expect(state.layout.lines[state.top]!.paragraph).toBe(paragraph.id);
		expect(state.marked).toEqual({paragraph: paragraph.id, offset: offsetAt(paragraph, 35 * 60), seconds: 35 * 60, top: state.top});
		expect(state.notice).toBeUndefined();
	});

	it('steps from the time gone to with +90, and from where the reader is once the view moves', () => {
		const at = run(start, ...goToTime('35:00'));
		const stepped = run(at, ...goToTime('+90'));
		expect(stepped.marked!.seconds).toBe(35 * 60 + 90);
		expect(stepped.marked!.paragraph).toBe(paragraphAt(seed, 35 * 60 + 90)!.id);
		const moved = run(at, next, next);
		const fromView = run(moved, ...goToTime('+90'));
		expect(fromView.marked!.seconds).toBeCloseTo(readingTime(moved) + 90, 6);
	});

	it('steps again and again from each time gone to, inside one long paragraph', () => {
		const first = run(start, ...goToTime('0:42'));
		const times = [first];
		for (let step = 0; step < 3; step++) times.push(run(times.at(-1)!, ...goToTime('+10')));
		expect(times.map(state => state.marked!.seconds)).toEqual([42, 52, 62, 72]);
	});

	it('says what is wrong with a time it cannot read, and closes the line', () => {
		const state = run(start, next, ...goToTime('soonish'));
		expect(state.notice).toMatch(/not a time: 'soonish'/);
		expect(state.mode.kind).toBe('reading');
		expect(typedLine(state)).toBeUndefined();
		expect(state.marked).toBeUndefined();
		expect(state.top).toBe(run(start, next).top);
	});

	it('closes the line on an empty time, and on Esc, without moving', () => {
		for (const closing of [[accept], [{type: 'line-cancel'} as const]]) {
			const state = run(start, next, {type: 'time-open'}, ...closing);
			expect(state.mode.kind).toBe('reading');
			expect(typedLine(state)).toBeUndefined();
			expect(state.notice).toBeUndefined();
			expect(state.top).toBe(run(start, next).top);
		}
	});

	it('puts the mark away on Esc', () => {
		const marked = run(start, ...goToTime('35:00'));
		expect(marked.marked).toBeDefined();
		const state = run(marked, {type: 'cancel'});
		expect(state.marked).toBeUndefined();
		expect(state.top).toBe(marked.top);
	});

	it('marks the time given with --at', () => {
		const state = createReaderState(seed, 80, 24, 35 * 60, chapters);
		const paragraph = paragraphAt(seed, 35 * 60)!;
		expect(state.marked).toEqual({paragraph: paragraph.id, offset: offsetAt(paragraph, 35 * 60), seconds: 35 * 60, top: state.top});
		expect(state.top).toBe(run(start, ...goToTime('35:00')).top);
	});

	describe('in a transcript without times', () => {
		const untimed = buildTranscript(
			'Untimed',
			Array.from({length: 80}, (_, index) => ({
				speaker: index % 2 ? 'Ann' : 'Bo',
				start: 0,
				stamped: false,
				text: `Paragraph ${index + 1}, with a few more words to make it a line or so long.`,
			})),
			{timed: false},
		);
		const plain = createReaderState(untimed, 80, 24);

		it('cannot go to a clock time', () => {
			const state = run(plain, ...goToTime('35:00'));
			expect(untimed.timed).toBe(false);
			expect(state.notice).toMatch(/no times/);
			expect(state.marked).toBeUndefined();
			expect(state.top).toBe(0);
			expect(state.mode.kind).toBe('reading');
		});

		it('goes to a share of it', () => {
			const state = run(plain, ...goToTime('50%'));
			expect(state.notice).toBeUndefined();
			expect(state.marked!.seconds).toBe(untimed.duration / 2);
			expect(state.marked!.paragraph).toBe(paragraphAt(untimed, untimed.duration / 2)!.id);
			expect(state.top).toBeGreaterThan(0);
		});
	});
});

describe('chapters found after the first frame', () => {
	const other: Chapters = {
		list: [{start: 0, title: 'Everything', end: seed.duration}],
		markers: [],
		origin: 'even',
		entries: [{start: 0, title: 'Everything'}],
	};

	it('are taken when none were known', () => {
		const unknown = createReaderState(seed, 80, 24);
		expect(run(unknown, {type: 'chapters-ready', chapters: other}).chapters).toBe(other);
	});

	it('do not replace chapters already known', () => {
		expect(run(start, {type: 'chapters-ready', chapters: other}).chapters).toBe(chapters);
	});
});

describe('the hints on the first screen', () => {
	it('show until the first key', () => {
		expect(start.hinting).toBe(true);
		expect(run(start, down).hinting).toBe(false);
		expect(run(start, next).hinting).toBe(false);
		expect(run(start, {type: 'time-open'}).hinting).toBe(false);
	});

	it('stay through what the reader did not do: a resize, chapters becoming ready', () => {
		expect(run(start, {type: 'resize', columns: 100, rows: 30}).hinting).toBe(true);
		expect(run(createReaderState(seed, 80, 24), {type: 'chapters-ready', chapters}).hinting).toBe(true);
		expect(run(start, {type: 'resize', columns: 100, rows: 30}, down).hinting).toBe(false);
	});
});

describe('going to a place in a transcript without times', () => {
	it('goes to a paragraph typed as ¶N, and says what it can go to when given a time', async () => {
		const untimed = createReaderState(await parseText('ADA: One.\nBOB: Two.\nADA: Three.\nBOB: Four.\n'), 80, 24);
		expect(run(untimed, ...goToTime('¶3')).marked).toMatchObject({paragraph: 2, offset: 0});
		const refused = run(untimed, ...goToTime('1:00'));
		expect(refused.marked).toBeUndefined();
		expect(refused.notice).toBe('no times here: go to a share of it, like 50%, or a paragraph, like ¶12');
	});
});

describe('a place gone to inside a turn', () => {
	// Jon Krohn's second paragraph, in the turn that opens the episode.
	const within = seed.paragraphs[1]!;
	const midTurn: Chapters = givenChapters(seed, {
		entries: [
			{start: 0, title: 'Opening'},
			{start: within.start, title: 'Welcome back'},
		],
	})!;
	const reading = createReaderState(seed, 80, 24, undefined, midTurn);
	const shown = (state: ReaderState) =>
		screenOf(state, 0, modeOf(state))
			.main.rows.slice(1, 3)
			.map(row =>
				row
					.map(segment => segment.text)
					.join('')
					.trimEnd(),
			);

	it('] shows the chapter’s first line just below the speaker’s name, and [ goes back from there', () => {
		const state = run(reading, next);
		expect(shown(state)).toEqual(['00:00:11 │ Jon Krohn', '00:00:42 │ Welcome back to the Super Data Science Podcast. Hold onto your seats']);
		expect(currentChapter(state, midTurn)).toBe(1);
		expect(run(state, previous).top).toBe(0);
		// Scrolled to there rather than gone to, the view is at the chapter's start too: [ goes to the one before.
		const back: ReaderState = {...state, chapterFocus: undefined};
		expect(currentChapter(back, midTurn)).toBe(1);
		expect(run(back, previous).top).toBe(0);
	});

	it('a time gone to is marked on the line below the speaker’s name; p, y and m take the first line shown', () => {
		const state = run(reading, ...goToTime('0:42'));
		expect(shown(state)).toEqual(['00:00:11 │ Jon Krohn', '00:00:42 ▶ Welcome back to the Super Data Science Podcast. Hold onto your seats']);
		expect(placeOf(state)).toEqual({paragraph: within.id, offset: 0, seconds: within.start});
		// A line on, the paragraph's first line is under the name: the reader is on its second.
		const moved = run(state, {type: 'cancel'}, down);
		const second = moved.layout.lines[moved.top + 1]!;
		expect(second.offset).toBeGreaterThan(0);
		expect(placeOf(moved)).toEqual({paragraph: within.id, offset: second.offset, seconds: second.time});
	});
});
