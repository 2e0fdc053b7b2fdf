import {placeOf} from '../../source/ui/player-state.js';
import {describe, expect, it} from 'vitest';
import {searchOf} from '../helpers/modes.js';
import {lineAtAnchor} from '../../source/core/layout.js';
import type {References} from '../../source/core/mentions/work.js';
import type {Action, ReaderState} from '../../source/ui/reader-state.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {maxTop, screenWidth} from '../../source/ui/viewport.js';
import {currentWork, highlightedWork, sidebarPlace, sidebarShown, sidebarWorks, walkStatus} from '../../source/ui/works-shown.js';
import {madeWorks, said, work} from '../helpers/made-works.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = await loadSeed();
const refs = madeWorks(seed);
const {works} = sidebarWorks(refs);

function run(state: ReaderState, ...actions: Action[]): ReaderState {
	return actions.reduce(readerReducer, state);
}

const ready = (state: ReaderState, given: References = refs) => run(state, {type: 'refs-ready', refs: given});
/** 140 columns: the sidebar beside the text. */
const wide = ready(createReaderState(seed, 140, 40));
/** 80 columns: the sidebar over the text. */
const narrow = ready(createReaderState(seed, 80, 24));

const toggle: Action = {type: 'sidebar'};
const tab: Action = {type: 'focus'};
const enter: Action = {type: 'enter'};
const esc: Action = {type: 'cancel'};
const down: Action = {type: 'move', by: 'line', direction: 1};
const up: Action = {type: 'move', by: 'line', direction: -1};
const next: Action = {type: 'match', direction: 1};
const previous: Action = {type: 'match', direction: -1};
const digit = (value: string): Action => ({type: 'digit', digit: value});
/** `s`, then `j` until work `index` is chosen. */
const choose = (index: number): Action[] => [toggle, ...Array.from({length: index}, () => down)];

/** The line a mention is on, in this state's layout. */
const lineOf = (state: ReaderState, chosen: number, mention: number) => {
	const {paragraph, start} = works[chosen]!.mentions[mention]!;
	return lineAtAnchor(state.layout, {paragraph, offset: start});
};

describe('where the sidebar goes', () => {
	it('sits beside the text from 100 columns, taking what the text leaves at its widest (at least 28, up to 50); below, over the text', () => {
		const at = (columns: number) => sidebarPlace(createReaderState(seed, columns, 30));
		// The bundled episode's text and gutter take 111 columns at their widest; a column apart from the sidebar.
		expect(at(100)).toEqual({beside: true, width: 28});
		expect(at(120)).toEqual({beside: true, width: 28});
		expect(at(140)).toEqual({beside: true, width: 28});
		expect(at(160)).toEqual({beside: true, width: 48});
		expect(at(200)).toEqual({beside: true, width: 50});
		expect(at(99)).toEqual({beside: false, width: 99});
		expect(at(80)).toEqual({beside: false, width: 80});
	});

	it('narrows the text for it beside the text, a column apart, and widens it again when hidden, on the same words', () => {
		for (const [columns, text] of [
			[100, 71],
			[120, 91],
			[200, 111],
		] as const) {
			const reading = run(ready(createReaderState(seed, columns, 30)), {type: 'move', by: 'page', direction: 1});
			const opened = run(reading, toggle);
			expect(sidebarShown(opened)).toBe(true);
			expect(screenWidth(opened)).toBe(text);
			expect(screenWidth(opened) + 1 + sidebarPlace(opened).width).toBeLessThanOrEqual(columns);
			// The words at the top are the same, wrapped anew.
			expect(opened.layout.lines[opened.top]!.paragraph).toBe(reading.layout.lines[reading.top]!.paragraph);
			const hidden = run(opened, toggle);
			expect(sidebarShown(hidden)).toBe(false);
			expect(hidden.layout).toBe(reading.layout);
			expect(hidden.top).toBe(reading.top);
		}
	});

	it('keeps the text as it is when it sits beside it', () => {
		const opened = run(wide, toggle);
		expect(opened.layout).toBe(wide.layout);
		expect(opened.top).toBe(wide.top);
	});
});

describe('s and Tab', () => {
	it('s shows the sidebar with the focus, and hides it', () => {
		const opened = run(wide, toggle);
		expect(opened).toMatchObject({sidebar: {open: true}, mode: {kind: 'works'}});
		expect(sidebarShown(opened)).toBe(true);
		const closed = run(opened, toggle);
		expect(closed).toMatchObject({sidebar: {open: false}, mode: {kind: 'reading'}});
		expect(sidebarShown(closed)).toBe(false);
	});

	it('Tab moves the focus between the text and the sidebar beside it, which stays in view', () => {
		const opened = run(wide, toggle, tab);
		expect(opened).toMatchObject({sidebar: {open: true}, mode: {kind: 'reading'}});
		expect(sidebarShown(opened)).toBe(true);
		// Reading keys read again.
		expect(run(opened, down).top).toBe(1);
		expect(run(opened, tab).mode.kind).toBe('works');
		// s with the focus on the text hides a sidebar in view.
		expect(run(opened, toggle).sidebar.open).toBe(false);
	});

	it('over the text, the sidebar shows only while it has the focus; s or Tab bring it back', () => {
		const opened = run(narrow, toggle);
		expect(sidebarShown(opened)).toBe(true);
		const back = run(opened, tab);
		expect(back).toMatchObject({sidebar: {open: true}, mode: {kind: 'reading'}});
		expect(sidebarShown(back)).toBe(false);
		expect(sidebarShown(run(back, toggle))).toBe(true);
		expect(sidebarShown(run(back, tab))).toBe(true);
		expect(sidebarShown(run(opened, esc))).toBe(false);
	});

	it('Tab with the sidebar hidden shows it, with the focus', () => {
		expect(run(wide, tab)).toMatchObject({sidebar: {open: true}, mode: {kind: 'works'}});
	});

	it('Esc and q give the focus back to the text; Esc first cancels a count', () => {
		const opened = run(wide, toggle);
		expect(run(opened, esc)).toMatchObject({sidebar: {open: true}, mode: {kind: 'reading'}});
		expect(run(opened, {type: 'quit'})).toMatchObject({leaving: undefined, mode: {kind: 'reading'}});
		expect(run(opened, digit('3'), esc)).toMatchObject({count: '', mode: {kind: 'works'}});
		expect(run(opened, {type: 'exit'}).leaving).toBe('exit');
	});

	it('finds the works when the sidebar is first opened, if they are not found yet', () => {
		const fresh = createReaderState(seed, 140, 40);
		expect(fresh.refs).toBeUndefined();
		const opened = run(fresh, toggle);
		expect(opened.refs).toBeDefined();
		// The first found are kept: they do not change under the reader.
		expect(run(opened, {type: 'refs-ready', refs}).refs).toBe(opened.refs);
	});
});

describe('choosing a work', () => {
	it('j/k and the arrows choose, within the list; g/G the first and last; a count repeats', () => {
		const opened = run(wide, toggle);
		expect(opened.sidebar.selected).toBe(0);
		expect(run(opened, down, down).sidebar.selected).toBe(2);
		expect(run(opened, down, up, up).sidebar.selected).toBe(0);
		expect(run(opened, {type: 'edge', to: 'end'}).sidebar.selected).toBe(works.length - 1);
		expect(run(opened, {type: 'edge', to: 'end'}, down).sidebar.selected).toBe(works.length - 1);
		expect(run(opened, digit('3'), down).sidebar.selected).toBe(3);
		expect(run(opened, digit('2'), {type: 'edge', to: 'start'}).sidebar.selected).toBe(1);
		// The text does not move.
		expect(run(opened, down, down).top).toBe(0);
	});

	it('} and { choose the first work of the next group, or of this one', () => {
		const opened = run(wide, toggle);
		const turn = (direction: 1 | -1): Action => ({type: 'move', by: 'turn', direction});
		expect(run(opened, turn(1)).sidebar.selected).toBe(2);
		expect(run(opened, turn(1), turn(1), turn(1)).sidebar.selected).toBe(6);
		expect(run(opened, turn(1), down, turn(-1)).sidebar.selected).toBe(2);
	});

	it('highlights the mentions of the work chosen while the sidebar has the focus', () => {
		expect(highlightedWork(run(wide, ...choose(2)))).toBe(works[2]);
		expect(highlightedWork(run(wide, ...choose(2), tab))).toBeUndefined();
	});

	it('chooses the work being discussed when the sidebar opens', () => {
		const there = run(wide, ...choose(2), enter, tab, toggle);
		const reopened = run({...there, sidebar: {...there.sidebar, selected: 0}}, toggle);
		expect(reopened.sidebar.selected).toBe(2);
	});
});

describe('going to mentions', () => {
	it('Enter goes to the first mention: its line, with a little context above', () => {
		const gone = run(wide, ...choose(2), enter);
		expect(gone.top).toBe(lineOf(gone, 2, 0) - 2);
		expect(gone.walk).toMatchObject({work: 2, mention: 0, shown: true});
		expect(gone.mode.kind).toBe('works');
		expect(highlightedWork(gone)).toBe(works[2]);
		expect(walkStatus(gone)).toBe('1/6');
	});

	it('Enter again, and n/N, walk through the other mentions, around the ends', () => {
		const first = run(wide, ...choose(2), enter);
		const second = run(first, enter);
		expect(second.top).toBe(lineOf(second, 2, 1) - 2);
		expect(walkStatus(second)).toBe('2/6');
		expect(run(second, next).top).toBe(lineOf(second, 2, 2) - 2);
		expect(run(second, previous).top).toBe(first.top);
		expect(walkStatus(run(first, previous))).toBe('6/6');
		expect(run(first, previous).top).toBe(lineOf(first, 2, 5) - 2);
		expect(walkStatus(run(first, previous, next))).toBe('1/6');
		expect(walkStatus(run(first, digit('3'), next))).toBe('4/6');
	});

	it('n and N on a work not yet gone to go to its next mention after the view, or before it', () => {
		const opened = run(wide, toggle);
		// Just below where going to mention 3 puts the view.
		const chosen = run({...opened, top: lineOf(opened, 2, 3) - 1}, down, down);
		expect(run(chosen, next).walk!.mention).toBe(4);
		expect(run(chosen, previous).walk!.mention).toBe(3);
		// From the top, N goes around to the last.
		expect(run(wide, ...choose(2), previous).walk!.mention).toBe(5);
	});

	it('several mentions on one line are one stop', () => {
		const loop = work('I Am a Strange Loop', 'book', [...said(seed, 150, 'Strange'), ...said(seed, 150, 'Loop', {nth: 0}), ...said(seed, 150, 'that book')]);
		const state = ready(createReaderState(seed, 140, 40), {works: [loop], warnings: []});
		const gone = run(state, toggle, enter);
		// Four mentions on two lines: 'Strange' and 'Loop', then 'that book' twice.
		expect(walkStatus(gone)).toBe('1/2');
		expect(run(gone, enter).walk!.mention).toBe(2);
	});

	it('n/N in the text walk the mentions of the work gone to, as after a search', () => {
		const gone = run(wide, ...choose(2), enter, tab);
		expect(gone.mode.kind).not.toBe('works');
		expect(highlightedWork(gone)).toBe(works[2]);
		const stepped = run(gone, next);
		expect(stepped.walk!.mention).toBe(1);
		expect(stepped.mode.kind).not.toBe('works');
		expect(walkStatus(stepped)).toBe('2/6');
	});

	it('Esc hides the highlight and n brings it back', () => {
		const hidden = run(wide, ...choose(2), enter, tab, esc);
		expect(hidden.walk!.shown).toBe(false);
		expect(highlightedWork(hidden)).toBeUndefined();
		expect(walkStatus(hidden)).toBeUndefined();
		expect(highlightedWork(run(hidden, next))).toBe(works[2]);
	});

	it('going to a work replaces the last search for n/N, and a search replaces the work', () => {
		const searched = run(wide, {type: 'search-open'}, {type: 'line-type', text: 'jumbo shrimp'}, {type: 'line-accept'});
		expect(searched.found).toBeDefined();
		const gone = run(searched, ...choose(2), enter, tab);
		expect(gone.found).toBeUndefined();
		expect(run(gone, next).walk!.mention).toBe(1);
		const searchedAgain = run(gone, {type: 'search-open'}, {type: 'line-type', text: 'jumbo shrimp'}, {type: 'line-accept'});
		expect(searchedAgain.walk).toBeUndefined();
		expect(run(searchedAgain, esc, next)).toMatchObject({walk: undefined, found: {shown: true}});
	});

	it('over the text, Enter goes to the mention and the sidebar steps aside; n walks on in the text', () => {
		const gone = run(narrow, ...choose(2), enter);
		expect(gone.top).toBe(lineOf(gone, 2, 0) - 2);
		expect(gone).toMatchObject({sidebar: {open: true}, mode: {kind: 'reading'}});
		expect(sidebarShown(gone)).toBe(false);
		expect(highlightedWork(gone)).toBe(works[2]);
		expect(run(gone, next).walk!.mention).toBe(1);
		// Back in the sidebar, Enter goes on to the next mention.
		expect(run(gone, tab, enter).walk!.mention).toBe(1);
	});

	it('over the text, Enter again in the text walks on like n while the view has not moved; then it plays from there', () => {
		const gone = run(narrow, ...choose(2), enter);
		const second = run(gone, enter);
		expect(second.walk!.mention).toBe(1);
		expect(second.top).toBe(lineOf(second, 2, 1) - 2);
		expect(walkStatus(second)).toBe('2/6');
		// Once the reader scrolls, Enter plays from where the view is.
		const scrolled = run(second, down);
		const played = run(scrolled, enter);
		expect(played).toMatchObject({top: scrolled.top, walk: {mention: 1}});
		expect(played.player!.playback.at).toBe(placeOf(scrolled).seconds);
		// Or once the walk is hidden.
		expect(run(second, esc, enter).player).toBeDefined();
	});

	it('n/N step from the view once it has moved since the last step: the next mention after its top, or the one before', () => {
		const gone = run(narrow, ...choose(2), enter);
		// Elsewhere: just below where going to mention 3 puts the view.
		const elsewhere = {...gone, top: lineOf(gone, 2, 3) - 1};
		expect(run(elsewhere, next).walk!.mention).toBe(4);
		expect(run(elsewhere, previous).walk!.mention).toBe(3);
		// From the sidebar as well.
		expect(run(elsewhere, tab, next).walk!.mention).toBe(4);
		expect(run(elsewhere, tab, enter).walk!.mention).toBe(4);
		// A time gone to moves the view too.
		const late = run(gone, {type: 'time-open'}, {type: 'line-type', text: '33:00'}, {type: 'line-accept'});
		const after = works[2]!.mentions.findIndex((_, index) => lineOf(late, 2, index) - 2 > late.top);
		expect(run(late, next).walk!.mention).toBe(after === -1 ? 0 : after);
		expect(run(late, next).walk!.mention).not.toBe(1);
	});

	it('marks the moment of a mention the references file gives only a time for', () => {
		const gone = run(wide, ...choose(4), enter);
		expect(gone.marked).toMatchObject({seconds: 2500});
		expect(gone.walk).toMatchObject({work: 4, mention: 0});
	});

	it('says so for a work with no time to go to', () => {
		const state = run(wide, ...choose(5), enter);
		expect(state.notice).toBe('no time given for “An Essay Never Said”');
		expect(state.top).toBe(0);
	});

	it('says that a work only the show notes give is not in the words, and stays', () => {
		const notes = ready(createReaderState(seed, 140, 40), {works: [work('A Book Only Linked', 'book', [], {origin: 'notes'})], warnings: []});
		const state = run(notes, toggle, enter);
		expect(state.notice).toBe('“A Book Only Linked” is in the show notes; not found in the words: nowhere to go');
		expect(state.top).toBe(0);
		expect(state.walk).toBeUndefined();
	});

	it('stays as far down as the view goes for a mention near the end', () => {
		const end = ready(createReaderState(seed, 140, 40), {works: [work('Outro', 'book', said(seed, seed.paragraphs.length - 1, 'soon'))], warnings: []});
		expect(run(end, toggle, enter).top).toBe(maxTop(end));
	});
});

describe('the work being discussed', () => {
	it('is none at the start, and the work gone to while the view stays there', () => {
		expect(currentWork(wide)).toBeUndefined();
		expect(currentWork(run(wide, ...choose(3), enter))).toBe(3);
	});

	it('follows the reader: the work of the nearest mention above, for a few minutes', () => {
		const gone = run(wide, ...choose(2), enter, tab);
		const scrolled = run(gone, down, down, down, down, down);
		expect(currentWork(scrolled)).toBe(2);
		// Paragraph 77 names Beyond the Imitation Game.
		const later = {...gone, top: lineAtAnchor(gone.layout, {paragraph: 77, offset: 0}) + 3};
		expect(currentWork(later)).toBe(3);
		// Minutes after the last mention, nothing is being discussed.
		const far = {...gone, top: lineAtAnchor(gone.layout, {paragraph: 110, offset: 0})};
		expect(currentWork(far)).toBeUndefined();
	});
});

describe('keys that are not the sidebar’s', () => {
	it('give the focus back to the text and do what they do there', () => {
		const searched = run(wide, toggle, {type: 'search-open'});
		expect(searched.mode.kind).not.toBe('works');
		expect(searchOf(searched)).toBeDefined();
		const paged = run(wide, toggle, {type: 'edge', to: 'end'}, tab, {type: 'move', by: 'page', direction: 1});
		expect(paged.top).toBeGreaterThan(0);
		expect(run(wide, toggle, {type: 'chapters-open'}).mode.kind).toBe('chapters');
	});

	it('the help opens over the text and closes back to the sidebar', () => {
		const help = run(wide, toggle, {type: 'help'});
		expect(help.mode.kind).toBe('help');
		expect(run(help, {type: 'cancel'})).toMatchObject({mode: {kind: 'works'}});
	});
});

describe('warnings about the references file', () => {
	const warned = madeWorks(seed, ["refs file 'ep.refs.json': work 2 ('X') matches nothing Parley found"]);

	it('join the first screen’s notice when the works arrive before a key', () => {
		const state = ready(createReaderState(seed, 80, 24), warned);
		expect(state.notice).toBe("warning: refs file 'ep.refs.json': work 2 ('X') matches nothing Parley found");
		// Shown once: not again when the sidebar opens.
		expect(run(state, toggle).notice).toBeUndefined();
	});

	it('show when the sidebar first opens, when the works came after the first key', () => {
		const state = ready(run(createReaderState(seed, 80, 24), down), warned);
		expect(state.notice).toBeUndefined();
		const opened = run(state, toggle);
		expect(opened.notice).toMatch(/^warning: refs file 'ep\.refs\.json'/);
		expect(run(opened, toggle, toggle).notice).toBeUndefined();
	});
});
