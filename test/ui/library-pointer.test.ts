/** The mouse in the library: the wheel and clicks on the list, the search's matches, the help (library-pointer.ts). */
import {describe, expect, it} from 'vitest';
import type {LibraryHit} from '../../source/library/archive-search.js';
import type {EpisodeRow} from '../../source/library/index-db.js';
import {libraryReducer} from '../../source/ui/library/library-reducer.js';
import {chosenRow, createLibraryState, listRows, type Archive, type LibraryAction, type LibraryState} from '../../source/ui/library/library-state.js';
import {libraryRows} from '../../source/ui/library/library-view.js';
import type {PointerAction} from '../../source/ui/reader-state.js';

const episode = (id: number): EpisodeRow => ({
	id,
	key: `ep-${String(id).padStart(2, '0')}`,
	path: `ep-${String(id).padStart(2, '0')}.vtt`,
	size: 1000,
	mtime: 0,
	formats: ['vtt'],
	sides: '',
	title: `Episode ${id}`,
	date: `2024-01-${String(40 - id).padStart(2, '0')}`,
	duration: 3600,
	timed: true,
	words: 9000,
	speakers: ['Ada'],
	problem: undefined,
});
const episodes = Array.from({length: 30}, (_, at) => episode(at + 1));

/** Two matches in episode 3, one in episode 7. */
const hit = (id: number, paragraph: number): LibraryHit =>
	({
		episode: id,
		paragraph,
		row: {episode: id, id: paragraph, start: 60 * paragraph, end: 60 * paragraph + 30, speaker: 'Ada', text: 'the harbour at night'},
		sentence: 'the harbour at night',
		start: 4,
		end: 11,
		time: 60 * paragraph,
		score: 0.1,
		missing: [],
	}) as unknown as LibraryHit;
const archive: Archive = {search: query => (query.includes('harbour') ? [hit(3, 1), hit(3, 5), hit(7, 2)] : [])};

const run = (state: LibraryState, ...actions: LibraryAction[]) => actions.reduce((each, action) => libraryReducer(each, action, archive, 40), state);
const wheel = (direction: 1 | -1, row = 5): PointerAction => ({type: 'wheel', direction, column: 10, row});
const click = (row: number): PointerAction => ({type: 'click', column: 10, row});
const start = createLibraryState('podcasts', episodes, 100, 20);
const chosenTitle = (state: LibraryState) =>
	libraryRows(state, 0)
		.find(row => row.some(segment => segment.inverse))
		?.map(segment => segment.text)
		.join('');

describe('the mouse over the library', () => {
	it('moves the choice 3 episodes a notch of the wheel, the list following it', () => {
		expect(chosenRow(run(start, wheel(1)))).toBe(3);
		expect(chosenRow(run(start, wheel(1), wheel(1), wheel(-1)))).toBe(3);
		expect(chosenRow(run(start, wheel(-1)))).toBe(0);
		const far = run(start, ...Array.from({length: 8}, () => wheel(1)));
		expect(chosenRow(far)).toBe(24);
		expect(far.top).toBe(24 - listRows(far) + 1);
	});

	it('chooses the episode clicked (the header is row 0), and reads it on a second click', () => {
		const chosen = run(start, click(4));
		expect(chosenRow(chosen)).toBe(3);
		expect(chosenTitle(chosen)).toContain('Episode');
		expect(chosen.leaving).toBeUndefined();
		const reading = run(chosen, click(4));
		expect(reading.leaving).toMatchObject({kind: 'open', episode: {key: chosen.chosen}});
	});

	it('counts the rows from the first shown once the list has scrolled', () => {
		const far = run(start, ...Array.from({length: 8}, () => wheel(1)));
		expect(chosenRow(run(far, click(1)))).toBe(far.top);
	});

	it('does nothing on the header, the footer, or below the last episode', () => {
		expect(run(start, click(0))).toEqual(start);
		expect(run(start, click(19))).toEqual(start);
		const few = createLibraryState('podcasts', episodes.slice(0, 3), 100, 20);
		expect(run(few, click(8))).toEqual(few);
	});

	it('keeps the filter being typed when an episode is clicked', () => {
		const filtering = run(start, {type: 'filter-open'}, {type: 'line-type', text: 'Episode 1'});
		const chosen = run(filtering, click(2));
		expect(chosen.mode.kind).toBe('list');
		expect(chosen.filter).toBe('Episode 1');
	});

	it('scrolls the help 3 rows a notch, and a click there closes nothing', () => {
		const help = run(start, {type: 'help'});
		expect(run(help, wheel(1)).mode).toEqual({kind: 'help', top: 3});
		expect(run(help, wheel(1), wheel(-1)).mode).toEqual({kind: 'help', top: 0});
		expect(run(help, click(3)).mode).toEqual({kind: 'help', top: 0});
	});
});

describe("the mouse over the library's search", () => {
	const searching = run(start, {type: 'search-open'}, {type: 'line-type', text: 'harbour'});
	const selected = (state: LibraryState) => (state.mode.kind === 'search' ? state.mode.line.selected : undefined);

	it('moves the choice a notch of the wheel, never past the last match', () => {
		expect(selected(run(searching, wheel(1)))).toBe(2);
		expect(selected(run(searching, wheel(1), wheel(-1)))).toBe(0);
	});

	it('chooses the match clicked and reads its episode there on a second click; a heading is its first match', () => {
		// Rows: header, the line, the status, episode 3's heading, its two matches, episode 7's heading, its match.
		const second = run(searching, click(5));
		expect(selected(second)).toBe(1);
		expect(run(second, click(5)).leaving).toMatchObject({kind: 'open', episode: {id: 3}, hit: {paragraph: 5}, query: 'harbour'});
		expect(selected(run(searching, click(7)))).toBe(2);
		expect(selected(run(second, click(3)))).toBe(0);
		// The line and the status choose nothing.
		expect(run(searching, click(1))).toEqual(searching);
		expect(run(searching, click(2))).toEqual(searching);
	});
});
