import {describe, expect, it} from 'vitest';
import {choiceOf} from '../helpers/modes.js';
import {addBookmark, bookmarkFor, emptyEpisodeState, type EpisodeState} from '../../source/core/bookmarks.js';
import {bookmarkChanges} from '../../source/ui/keep-state.js';
import {placeOf} from '../../source/ui/player-state.js';
import type {Action, ReaderState} from '../../source/ui/reader-state.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = await loadSeed();
const start = createReaderState(seed, 80, 24);

function run(state: ReaderState, ...actions: Action[]): ReaderState {
	return actions.reduce(readerReducer, state);
}

const type = (text: string): Action => ({type: 'line-type', text});
const accept: Action = {type: 'line-accept', now: Date.UTC(2026, 10, 26)};
const goToTime = (text: string): Action[] => [{type: 'time-open'}, type(text), {type: 'line-accept'}];
/** `m`, a note, Enter. */
const bookmark = (note: string): Action[] => [{type: 'bookmark'}, ...(note === '' ? [] : [type(note)]), accept];

describe('bookmarks', () => {
	it('m asks for a note, and Enter bookmarks the paragraph the reader is on', () => {
		const there = run(start, ...goToTime('22:36'));
		const asking = run(there, {type: 'bookmark'});
		expect(asking.mode.kind).toBe('note');
		expect(asking.mode.kind === 'note' && asking.mode.line.place).toEqual(placeOf(there));
		const made = run(asking, type('the LoRA bit'), accept);
		expect(made.mode.kind).toBe('reading');
		expect(made.bookmarks).toHaveLength(1);
		expect(made.bookmarks[0]).toMatchObject({
			note: 'the LoRA bit',
			seconds: 22 * 60 + 36,
			paragraph: placeOf(there).paragraph,
			created: '2026-11-26T00:00:00.000Z',
		});
		expect(made.notice).toBe("bookmarked 00:22:36: ' lists the bookmarks");
	});

	it('Esc while typing the note makes no bookmark', () => {
		const state = run(start, {type: 'bookmark'}, type('never mind'), {type: 'line-cancel'});
		expect(state).toMatchObject({bookmarks: [], mode: {kind: 'reading'}});
	});

	it("keeps the bookmarks in time order; ' lists them from the one before the reader, Enter goes there, x deletes", () => {
		const marked = run(start, ...goToTime('40:00'), ...bookmark('late'), ...goToTime('5:00'), ...bookmark(''), ...goToTime('20:00'), ...bookmark('middle'));
		expect(marked.bookmarks.map(each => each.note)).toEqual(['', 'middle', 'late']);
		const listed = run(marked, ...goToTime('30:00'), {type: 'bookmarks-open'});
		expect(listed).toMatchObject({mode: {kind: 'bookmarks', choice: 1}});
		const gone = run(listed, {type: 'line-select', direction: 1}, {type: 'line-accept'});
		expect(gone.mode.kind).toBe('reading');
		expect(gone.marked?.seconds).toBe(40 * 60);
		const deleted = run(listed, {type: 'list-delete'});
		expect(deleted.bookmarks.map(each => each.note)).toEqual(['', 'late']);
		expect(deleted).toMatchObject({mode: {kind: 'bookmarks', choice: 1}});
		const emptied = run(deleted, {type: 'list-delete'}, {type: 'list-delete'});
		expect(emptied).toMatchObject({bookmarks: [], mode: {kind: 'bookmarks', choice: 0}});
		expect(run(emptied, {type: 'list-delete'}, {type: 'line-accept'})).toMatchObject({bookmarks: [], mode: {kind: 'reading'}, top: listed.top});
	});

	it("' with no bookmarks opens the empty list (it says how to make one), so that keys typed after it are the list's", () => {
		const empty = run(start, {type: 'bookmarks-open'});
		expect(empty).toMatchObject({mode: {kind: 'bookmarks', choice: 0}});
		expect(run(empty, {type: 'line-select', direction: 1}, {type: 'line-select', direction: 1})).toMatchObject({mode: {kind: 'bookmarks'}, top: 0});
		expect(run(empty, {type: 'line-cancel'}).mode.kind).toBe('reading');
	});

	it('saves only what changed, so that bookmarks another Parley saved meanwhile stay', () => {
		const mine = bookmarkFor(seed, 3, 100, 'mine', new Date());
		const theirs = bookmarkFor(seed, 5, 200, 'theirs', new Date());
		const old = bookmarkFor(seed, 1, 20, 'old', new Date());
		const saved: EpisodeState = [theirs, old].reduce((state, each) => addBookmark(each)(state), emptyEpisodeState('T'));
		const changed = bookmarkChanges([old], [mine])(saved);
		expect(changed.bookmarks.map(each => each.note)).toEqual(['mine', 'theirs']);
	});

	it('takes the bookmarks as saved, keeping the one chosen', () => {
		const marked = run(start, ...goToTime('5:00'), ...bookmark('a'), ...goToTime('9:00'), ...bookmark('b'), {type: 'bookmarks-open'});
		expect(choiceOf(marked)).toBe(1);
		const other = bookmarkFor(seed, 0, 11, 'from another window', new Date());
		const saved = run(marked, {type: 'bookmarks-saved', bookmarks: [other, ...marked.bookmarks]});
		expect(choiceOf(saved)).toBe(2);
		expect(run(marked, {type: 'bookmarks-saved', bookmarks: [], warning: 'cannot save bookmarks: permission denied'})).toMatchObject({
			mode: {kind: 'bookmarks'},
			notice: 'cannot save bookmarks: permission denied',
		});
	});
});

describe('where the reader stopped', () => {
	it('is offered at the start, and r goes back there', () => {
		const state = createReaderState(seed, 80, 24, undefined, undefined, undefined, {bookmarks: [], resumeAt: 35 * 60});
		expect(state.notice).toBe('you stopped at 00:35:00 last time: r goes back there');
		const back = run(state, {type: 'move', by: 'line', direction: 1}, {type: 'resume'});
		expect(back.marked?.seconds).toBe(35 * 60);
		expect(run(start, {type: 'resume'}).top).toBe(0);
	});
});

describe('copying a quote', () => {
	it('y copies the paragraph the reader is on, with speaker, episode and time', () => {
		const state = run(start, ...goToTime('22:36'), {type: 'copy'});
		const paragraph = seed.paragraphs[placeOf(run(start, ...goToTime('22:36'))).paragraph]!;
		expect(state.clipboard).toEqual({text: expect.stringMatching(/^“.+” — .+, .+ \(00:22:\d\d\)$/), copies: 1});
		expect(state.clipboard!.text).toContain(paragraph.text);
		expect(state.notice).toBe(`copied: ${state.clipboard!.text}`);
		expect(run(state, {type: 'copy'}).clipboard!.copies).toBe(2);
	});

	it('copies just the search match when one is shown', () => {
		const searched = run(start, {type: 'search-open'}, type('intrinsic dimension'), {type: 'line-accept'});
		const hit = searched.found!.hits[searched.found!.current]!;
		const {text} = run(searched, {type: 'copy'}).clipboard!;
		expect(text.startsWith(`“${seed.paragraphs[hit.paragraph]!.text.slice(hit.start, hit.end).trim()}”`)).toBe(true);
	});
});
