import {describe, expect, it} from 'vitest';
import {findLibraryWorks, showWorks} from '../../source/library/library-works.js';
import {libraryReducer} from '../../source/ui/library/library-reducer.js';
import {createLibraryState, type Archive, type LibraryAction, type LibraryState} from '../../source/ui/library/library-state.js';
import {libraryRows} from '../../source/ui/library/library-view.js';
import {readerStart} from '../../source/ui/library/run-library.js';
import {momentsOf, worksLines} from '../../source/ui/library/works-mode.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {ARCHIVE, fixture, folderOf, indexedLibrary} from '../helpers/library.js';
import {loadSeed, parseText} from '../helpers/transcripts.js';

const library = await indexedLibrary(
	folderOf({...ARCHIVE, 'picks/systems.txt': fixture('library/systems.txt'), 'picks/design-picks.txt': fixture('library/design-picks.txt')}),
);
await findLibraryWorks(library);
const works = showWorks(library.index);
const archive: Archive = {search: () => []};
const start = createLibraryState('podcasts', library.index.episodes(), 100, 30);
const run = (state: LibraryState, ...actions: LibraryAction[]) => actions.reduce((each, action) => libraryReducer(each, action, archive, 20), state);
const text = (state: LibraryState) => libraryRows(state, 0).map(row => row.map(segment => segment.text).join(''));
const down: LibraryAction = {type: 'choose', by: 'row', direction: 1};
const found: LibraryAction = {type: 'works', list: works, done: true};
const worksInOrder = worksLines(works).flatMap(line => (line.work ? [line.work.title] : []));

describe('the library’s works view', () => {
	it('asks for the works with w, showing how finding them goes until they come', () => {
		expect(start.works).toBeUndefined();
		const asked = run(start, {type: 'works-open'});
		expect(asked.mode.kind).toBe('works');
		expect(asked.works).toEqual({list: [], finding: undefined, done: false});
		expect(text(asked)[1]).toBe('finding works: they appear as they are found');
		// Not "0 works mentioned in 0 episodes" before any is found.
		expect(text(asked)[0]).toMatch(/^podcasts {2}0 works found so far +finding works…$/);
		const finding = run(asked, {type: 'finding-works', progress: {done: 3, total: 7, elapsedMs: 100}});
		expect(text(finding)[0]).toMatch(/^podcasts {2}0 works found so far +finding works ━+─+ 3\/7 files$/);
		const done = run(finding, found);
		expect(text(done)[0]).not.toMatch(/finding works/);
		expect(text(done)[0]).toMatch(/^podcasts {2}\d+ works mentioned in \d+ episodes/);
		// Closed and opened again: the works are kept, not asked for again.
		const again = run(done, {type: 'quit'}, {type: 'works-open'});
		expect(again.works).toBe(done.works);
	});

	it('lists each work once under its kind, with how many episodes say it, the one said most first', () => {
		const rows = text(run(start, {type: 'works-open'}, found));
		expect(rows[1]).toBe('Books');
		expect(rows[2]).toMatch(/^ {2}Thinking in Systems — Donella Meadows +2 episodes$/);
		expect(rows.filter(row => /Thinking in Systems/.test(row))).toHaveLength(1);
		expect(rows.at(-1)).toMatch(/^↑↓ choose {2}Enter its moments {2}Esc back/);
	});

	it('goes into a work’s moments with Enter, one an episode and time, and reads the episode there', () => {
		const moments = run(start, {type: 'works-open'}, found, {type: 'open'});
		const rows = text(moments);
		expect(rows[1]).toMatch(/^Thinking in Systems — Donella Meadows {2}2 episodes, 3 moments$/);
		// The design picks, then systems: said by name, then referred to (“The book changed…”).
		expect(rows[2]).toMatch(/^ {2}.+ {2}00:02:\d\d {2}/);
		expect(rows[3]).toMatch(/^ {2}.+ {2}00:00:2\d {2}/);
		expect(rows[4]).toMatch(/^ {2}.+ {2}00:00:4\d~ {2}/);
		const opened = run(moments, down, {type: 'open'});
		expect(opened.leaving).toMatchObject({kind: 'open', episode: {key: 'picks/systems'}, at: {time: expect.closeTo(28.9, 0)}});
		// Esc: back to the works, then to the episodes.
		const back = run(moments, {type: 'cancel'});
		expect(back.mode).toMatchObject({kind: 'works', moments: undefined});
		expect(run(back, {type: 'quit'}).mode.kind).toBe('list');
	});

	it('moves the choice over the works, not their kinds’ headings, and keeps it in view', () => {
		const listed = run(createLibraryState('p', library.index.episodes(), 80, 6), {type: 'works-open'}, found);
		const last = run(listed, {type: 'choose', by: 'edge', direction: 1});
		const rows = text(last);
		expect(rows).toHaveLength(5);
		expect(last.mode.kind === 'works' && last.mode.chosen).toBe(worksInOrder.at(-1));
		expect(rows.slice(1, -1).some(row => row.includes(worksInOrder.at(-1)!))).toBe(true);
		const first = run(last, {type: 'choose', by: 'edge', direction: -1});
		expect(text(first)[1]).toBe('Books');
		expect(first.mode.kind === 'works' && first.mode.chosen).toBe('Thinking in Systems');
		const second = run(first, down);
		expect(second.mode.kind === 'works' && second.mode.chosen).not.toBe('Thinking in Systems');
	});

	it('gives a moment for each second a work is said, and a paragraph where an episode has no times', () => {
		const [systems] = works;
		expect(momentsOf(systems!).map(moment => moment.episode.key)).toEqual(['picks/design-picks', 'picks/systems', 'picks/systems']);
		const untimed = {...systems!, episodes: systems!.episodes.map(said => ({...said, episode: {...said.episode, timed: false}}))};
		// Both of systems’ in its second paragraph: one row.
		expect(momentsOf(untimed).map(moment => moment.place)).toEqual(['¶3', '¶2']);
	});

	it('draws titles from transcripts without their control characters', () => {
		const [systems] = works;
		const hostile = {...systems!, title: 'Thinking\u001b]52;c;aGk=\u0007 in Systems'};
		const rows = text(run(start, {type: 'works-open'}, {type: 'works', list: [hostile], done: true}, {type: 'open'}));
		expect(rows.join('\n')).not.toMatch(/\u001b|\u0007/);
		expect(rows[1]).toMatch(/^Thinking\]52;c;aGk= in Systems/);
	});

	it('opens the reader at the moment: marked where the episode has times, at the paragraph where it has none', async () => {
		const seed = await loadSeed();
		const episode = library.index.episodes()[0]!;
		const timed = readerStart(createReaderState(seed, 80, 24), {kind: 'open', episode, at: {paragraph: 30, time: seed.paragraphs[30]!.start + 1}});
		expect(timed.marked).toMatchObject({paragraph: 30});
		expect(timed.top).toBeGreaterThan(0);
		const plain = await parseText(
			Array.from({length: 60}, (_, at) => `${at % 2 ? 'Ada' : 'Ben'}: Paragraph ${at + 1} of a transcript without times.`).join('\n\n'),
		);
		expect(plain.timed).toBe(false);
		const untimed = readerStart(createReaderState(plain, 80, 24), {kind: 'open', episode, at: {paragraph: 40, time: 0}});
		expect(untimed.layout.lines[untimed.top]).toMatchObject({paragraph: 40});
	});
});

describe('the mouse in the library’s works view', () => {
	// Rows of the screen from 0: the header, then the list's lines (Books, then its works).
	const click = (row: number): LibraryAction => ({type: 'click', column: 10, row});
	const view = run(start, {type: 'works-open'}, found);

	it('a click chooses the work on its line, a second one lists its moments; a click on a heading does nothing', () => {
		const second = worksInOrder[1]!;
		const chosen = run(view, click(3));
		expect(chosen.mode).toMatchObject({kind: 'works', chosen: second, moments: undefined});
		expect(run(chosen, click(1)).mode).toEqual(chosen.mode);
		expect(run(chosen, click(3)).mode).toMatchObject({moments: {work: {title: second}}});
	});

	it('in the moments, a click chooses one and a second reads the episode there', () => {
		const moments = run(view, {type: 'open'});
		const chosen = run(moments, click(3));
		expect(chosen.mode).toMatchObject({moments: {chosen: 1}});
		expect(run(chosen, click(3)).leaving).toMatchObject({kind: 'open', episode: {key: 'picks/systems'}});
	});

	it('the wheel moves the choice three works a notch', () => {
		const wheeled = run(view, {type: 'wheel', direction: 1, column: 10, row: 5});
		expect(wheeled.mode).toMatchObject({chosen: worksInOrder[Math.min(3, worksInOrder.length - 1)]});
	});
});
