import {describe, expect, it} from 'vitest';
import {searchLibrary} from '../../source/library/archive-search.js';
import {chosenRow, createLibraryState, shownEpisodes, type Archive, type LibraryAction, type LibraryState} from '../../source/ui/library/library-state.js';
import {libraryReducer} from '../../source/ui/library/library-reducer.js';
import {libraryRows} from '../../source/ui/library/library-view.js';
import {ARCHIVE, folderOf, indexedLibrary} from '../helpers/library.js';

const library = await indexedLibrary(folderOf(ARCHIVE));
const archive: Archive = {search: (query, limit) => searchLibrary(library.index, query, limit)};
const start = createLibraryState('podcasts', library.index.episodes(), 100, 30, ['earlier search']);
const run = (state: LibraryState, ...actions: LibraryAction[]) => actions.reduce((each, action) => libraryReducer(each, action, archive, 20), state);
const type = (text: string): LibraryAction => ({type: 'line-type', text});
const titles = (state: LibraryState) => shownEpisodes(state).map(episode => episode.key);
const text = (state: LibraryState) => libraryRows(state, 0).map(row => row.map(segment => segment.text).join(''));
const down: LibraryAction = {type: 'choose', by: 'row', direction: 1};

describe('the library', () => {
	it('lists the episodes that are transcripts, newest first, and counts the files that are not', () => {
		// Three dated by their files (today), by file; the one dated 2024-03-01 in its name last.
		expect(titles(start)).toEqual(['more/deep/fourth', 'more/walk', 'tidelines/third', 'tidelines/2024-03-01-harbours']);
		const rows = text(start);
		expect(rows[0]).toMatch(/^podcasts {2}4 episodes · by date/);
		expect(rows.at(-1)).toMatch(/x 1 not transcripts/);
		expect(rows.some(row => /2024-03-01 .*Tidelines Episode 48/.test(row))).toBe(true);
	});

	it('sorts by date, title, length and file in turn, keeping the episode chosen', () => {
		const chosen = run(start, down, down);
		const key = titles(chosen)[chosenRow(chosen)];
		const byTitle = run(chosen, {type: 'sort'});
		expect(byTitle.sort).toBe('title');
		expect(titles(byTitle)[chosenRow(byTitle)]).toBe(key);
		const byLength = run(byTitle, {type: 'sort'});
		expect(shownEpisodes(byLength).map(episode => episode.duration)).toEqual(
			shownEpisodes(byLength)
				.map(episode => episode.duration)
				.sort((a, b) => b - a),
		);
		expect(run(byLength, {type: 'sort'}, {type: 'sort'}).sort).toBe('date');
	});

	it('filters as a filter is typed; Enter keeps it, Esc takes it away', () => {
		const filtering = run(start, {type: 'filter-open'}, type('tide'));
		expect(titles(filtering)).toEqual(['tidelines/third', 'tidelines/2024-03-01-harbours']);
		expect(text(filtering).at(-1)).toMatch(/^filter: tide/);
		const kept = run(filtering, {type: 'line-accept'});
		expect(kept.mode.kind).toBe('list');
		expect(titles(kept)).toHaveLength(2);
		expect(text(kept)[0]).toMatch(/2 of 4 episodes/);
		expect(titles(run(kept, {type: 'cancel'}))).toHaveLength(4);
		expect(titles(run(start, {type: 'filter-open'}, type('tide'), {type: 'line-cancel'}))).toHaveLength(4);
	});

	it('opens the episode chosen with Enter', () => {
		const opened = run(start, down, {type: 'open'});
		expect(opened.leaving).toMatchObject({kind: 'open', episode: {key: titles(start)[1]}});
		expect(opened.leaving).not.toHaveProperty('hit');
	});

	it('searches every episode as it is typed, the matches grouped by episode; Enter opens the episode at the passage', () => {
		const searching = run(start, {type: 'search-open'}, type('painted signs persist for decades'));
		const {mode} = searching;
		if (mode.kind !== 'search') throw new Error('not searching');
		expect(mode.line.hits.length).toBeGreaterThan(0);
		const rows = text(searching);
		expect(rows[1]).toBe('/ painted signs persist for decades ');
		expect(rows[2]).toMatch(/^\d+ match(es)? in \d+ episodes?, best first$/);
		expect(rows[3]).toMatch(/^Tidelines Episode 48/);
		expect(rows[4]).toMatch(/^ {2}\d\d:\d\d:\d\d .*painted signs persist for decades/i);
		const opened = run(searching, {type: 'line-accept'});
		expect(opened.leaving).toMatchObject({kind: 'open', episode: {key: 'tidelines/2024-03-01-harbours'}, query: 'painted signs persist for decades'});
		expect(opened.history.at(-1)).toBe('painted signs persist for decades');
	});

	it('lists at most three matches of an episode, saying how many it has', () => {
		const searching = run(start, {type: 'search-open'}, type('harbour'));
		if (searching.mode.kind !== 'search') throw new Error('not searching');
		const perEpisode = new Map<number, number>();
		for (const hit of searching.mode.line.hits) perEpisode.set(hit.episode, (perEpisode.get(hit.episode) ?? 0) + 1);
		expect(Math.max(...perEpisode.values())).toBeLessThanOrEqual(3);
		expect(text(searching).some(row => /\d+ matches: n\/N in it/.test(row))).toBe(true);
	});

	it('brings back earlier searches with ↑ on an empty line, says when nothing matched, and Esc goes back to the list', () => {
		const recalled = run(start, {type: 'search-open'}, {type: 'line-select', direction: -1});
		expect(recalled.mode).toMatchObject({kind: 'search', line: {text: 'earlier search'}});
		const none = run(start, {type: 'search-open'}, type('zeppelin quasar'), {type: 'line-accept'});
		expect(none).toMatchObject({mode: {kind: 'list'}, notice: 'no matches for “zeppelin quasar” in the library: try fewer words'});
		expect(run(start, {type: 'search-open'}, type('harbour'), {type: 'line-cancel'}).mode.kind).toBe('list');
	});

	it('lists the files that are not transcripts, and why', () => {
		const unread = run(start, {type: 'unread-open'});
		expect(text(unread)[1]).toBe('1 files are not transcripts Parley can read:');
		expect(text(unread)[2]).toMatch(/^notes\.md {2}is not a transcript/);
		expect(run(unread, {type: 'quit'}).mode.kind).toBe('list');
	});

	it('shows the help, and leaves: q quits, Ctrl-C exits, Ctrl-Z suspends', () => {
		const help = run(start, {type: 'help'});
		expect(text(help)[1]).toBe(' Keys');
		expect(run(help, {type: 'quit'}).mode.kind).toBe('list');
		expect(run(start, {type: 'quit'}).leaving).toEqual({kind: 'quit'});
		expect(run(start, {type: 'exit'}).leaving).toEqual({kind: 'exit'});
		expect(run(start, {type: 'suspend'}).leaving).toEqual({kind: 'suspend'});
	});

	it('keeps the episode chosen in view as the choice moves a page at a time, and after a resize', () => {
		const small = run(createLibraryState('p', library.index.episodes(), 60, 6), down, down, down);
		expect(chosenRow(small)).toBe(3);
		expect(small.top).toBeGreaterThan(0);
		const resized = run(small, {type: 'resize', columns: 60, rows: 20});
		expect(resized.top).toBeLessThanOrEqual(3);
		expect(run(small, {type: 'choose', by: 'edge', direction: -1}).top).toBe(0);
	});

	it('shows indexing as it goes, and the episodes as they are read', () => {
		const indexing = run(createLibraryState('p', [], 100, 30), {type: 'indexing', progress: {done: 12, total: 40, elapsedMs: 3000}});
		expect(text(indexing)[0]).toMatch(/indexing ━+─+ 12\/40 files {2}4\.0 files\/s {2}0:07 left$/);
		expect(text(indexing)[1]).toBe('indexing: the episodes appear as they are read');
		const done = run(indexing, {
			type: 'indexed',
			episodes: library.index.episodes(),
			refreshed: {read: 5, episodes: 5, removed: 0, skipped: 1, elapsedMs: 9000, rows: library.index.episodes()},
		});
		expect(done.indexing).toBeUndefined();
		expect(done.notice).toBe('index up to date: 5 read, 0 gone');
		expect(titles(done)).toHaveLength(4);
	});

	it('draws within the terminal at any size, and says when it is too small', () => {
		for (const [columns, rows] of [
			[30, 6],
			[80, 24],
			[250, 70],
		] as const) {
			const drawn = text(run(start, {type: 'resize', columns, rows}));
			expect(drawn).toHaveLength(rows - 1);
			for (const row of drawn) expect(row.length).toBeLessThanOrEqual(columns);
		}

		expect(text(run(start, {type: 'resize', columns: 20, rows: 5}))[0]).toMatch(/^Too small/);
	});
});
