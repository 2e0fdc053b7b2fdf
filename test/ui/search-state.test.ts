import {describe, expect, it} from 'vitest';
import {searchOf} from '../helpers/modes.js';
import {formatClock} from '../../source/core/time.js';
import type {Action, ReaderState} from '../../source/ui/reader-state.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = await loadSeed();
const run = (state: ReaderState, ...actions: Action[]) => actions.reduce(readerReducer, state);
const type = (text: string): Action[] => [...text].map(character => ({type: 'line-type', text: character}));
const start = createReaderState(seed, 80, 24);
const topLine = (state: ReaderState) => state.layout.lines[state.top]!;
const shownText = (state: ReaderState) =>
	state.layout.lines
		.slice(state.top, state.top + 21)
		.map(line => line.text)
		.join(' ');

describe('searching from the reader', () => {
	it('opens a search line that finds matches from the second character, best first', async () => {
		const open = run(start, {type: 'search-open'});
		expect(open.mode.kind).toBe('search');
		expect(searchOf(run(open, ...type('s')))!.hits).toEqual([]);
		const typed = run(open, ...type('seven ate nien'));
		expect(searchOf(typed)!.hits.length).toBeGreaterThan(1);
		const best = searchOf(typed)!.hits[0]!;
		expect(seed.paragraphs[best.paragraph]!.text.slice(best.start, best.end)).toBe('Seven ate nine');
	});

	it('jumps to the chosen match, with the match in view and highlighted', async () => {
		const accepted = run(start, {type: 'search-open'}, ...type('jumbo shrimp'), {type: 'line-accept'});
		expect(accepted.mode.kind).toBe('reading');
		expect(searchOf(accepted)).toBeUndefined();
		expect(shownText(accepted)).toContain('jumbo shrimp');
		const match = accepted.found!.hits[accepted.found!.current]!;
		expect(seed.paragraphs[match.paragraph]!.text.slice(match.start, match.end)).toBe('jumbo shrimp');
		expect(accepted.found!.shown).toBe(true);
	});

	it('moves the choice with up and down, and takes the chosen one', async () => {
		const typed = run(start, {type: 'search-open'}, ...type('seven hate nine'));
		const second = searchOf(typed)!.hits[1]!;
		const accepted = run(
			typed,
			{type: 'line-select', direction: 1},
			{type: 'line-select', direction: -1},
			{type: 'line-select', direction: 1},
			{type: 'line-accept'},
		);
		expect(accepted.found!.hits[accepted.found!.current]).toBe(second);
	});

	it('erases with backspace, and Esc goes back to where the reader was', async () => {
		const scrolled = run(start, {type: 'move', by: 'page', direction: 1});
		const typed = run(scrolled, {type: 'search-open'}, ...type('dogg'), {type: 'line-edit', edit: 'erase-left'});
		expect(searchOf(typed)!.text).toBe('dog');
		const back = run(typed, {type: 'line-cancel'});
		expect(back).toMatchObject({mode: {kind: 'reading'}, top: scrolled.top});
	});

	it('goes back to the same words on Esc after a resize while searching', async () => {
		const scrolled = run(start, {type: 'move', by: 'page', direction: 1}, {type: 'move', by: 'page', direction: 1});
		const words = topLine(scrolled);
		const back = run(scrolled, {type: 'search-open'}, {type: 'resize', columns: 50, rows: 24}, {type: 'line-cancel'});
		expect(topLine(back).paragraph).toBe(words.paragraph);
		expect(topLine(back).offset).toBeLessThanOrEqual(words.offset);
	});

	it('steps through the matches in transcript order with n and N, around the ends', async () => {
		const accepted = run(start, {type: 'search-open'}, ...type('seven nine'), {type: 'line-accept'});
		const {hits} = accepted.found!;
		const times = hits.map(hit => hit.time);
		expect(times).toEqual([...times].sort((a, b) => a - b));
		const next = run(accepted, {type: 'match', direction: 1});
		expect(next.found!.current).toBe((accepted.found!.current + 1) % hits.length);
		expect(run(next, {type: 'match', direction: -1}).found!.current).toBe(accepted.found!.current);
		const last = run({...accepted, found: {...accepted.found!, current: hits.length - 1}}, {type: 'match', direction: 1});
		expect(last.found!.current).toBe(0);
		expect(formatClock(seed.paragraphs[topLine(last).paragraph]!.start) <= formatClock(hits[0]!.time)).toBe(true);
	});

	it('hides the highlight on Esc and shows it again with n', async () => {
		const accepted = run(start, {type: 'search-open'}, ...type('jumbo shrimp'), {type: 'line-accept'});
		const hidden = run(accepted, {type: 'cancel'});
		expect(hidden.found!.shown).toBe(false);
		expect(run(hidden, {type: 'match', direction: 1}).found!.shown).toBe(true);
	});

	it('forgets the last search when a new one finds nothing, and says so', async () => {
		const found = run(start, {type: 'search-open'}, ...type('jumbo shrimp'), {type: 'line-accept'});
		const failed = run(found, {type: 'search-open'}, ...type('zebra quantum volcano'), {type: 'line-accept'});
		expect(failed.found).toBeUndefined();
		expect(failed.notice).toBe('no matches for “zebra quantum volcano”: try fewer words');
		expect(run(failed, {type: 'match', direction: 1})).toMatchObject({top: failed.top, notice: 'no search yet: / to search'});
	});

	it('says how to search for n or N before any search, and Enter without a match just closes the line', async () => {
		for (const direction of [1, -1] as const) expect(run(start, {type: 'match', direction})).toMatchObject({top: 0, notice: 'no search yet: / to search'});
		const none = run(start, {type: 'search-open'}, ...type('zebra quantum volcano'), {type: 'line-accept'});
		expect(none).toMatchObject({mode: {kind: 'reading'}, found: undefined, top: 0});
	});
});
