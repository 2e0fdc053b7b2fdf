import {describe, expect, it} from 'vitest';
import type {Action, ReaderState} from '../../source/ui/reader-state.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {atEnd, bodyRows, isTooSmall, maxTop, positionOf, progressOf} from '../../source/ui/viewport.js';
import {helpLines} from '../../source/ui/help-lines.js';
import {loadSeed, parseText, SMALL} from '../helpers/transcripts.js';
import {parseFixture} from '../helpers/transcripts.js';

const seed = await loadSeed();

function run(state: ReaderState, ...actions: Action[]): ReaderState {
	return actions.reduce(readerReducer, state);
}

const down: Action = {type: 'move', by: 'line', direction: 1};
const helpTop = (state: ReaderState) => (state.mode.kind === 'help' ? state.mode.top : undefined);
const up: Action = {type: 'move', by: 'line', direction: -1};
const digit = (value: string): Action => ({type: 'digit', digit: value});

describe('readerReducer', () => {
	const start = createReaderState(seed, 80, 24);

	it('starts at the top with a body of rows − 1 − header − footer lines', async () => {
		expect(start.top).toBe(0);
		expect(bodyRows(start)).toBe(21);
		expect(positionOf(start)).toBe(11);
	});

	it('leaves the screen as it is on the way out: quitting keeps the hints (no last frame to draw)', async () => {
		for (const leave of [{type: 'quit'}, {type: 'exit'}, {type: 'suspend'}] as const) {
			const left = run(start, leave);
			expect(left.leaving).toBeDefined();
			expect(left.hinting).toBe(true);
		}

		expect(run(start, down).hinting).toBe(false);
	});

	it('scrolls by lines and never past either end', async () => {
		expect(run(start, down, down, down).top).toBe(3);
		expect(run(start, up).top).toBe(0);
		expect(run(start, {type: 'edge', to: 'end'}, down).top).toBe(maxTop(start));
	});

	it('pages by a screen less one line, and half-pages', async () => {
		expect(run(start, {type: 'move', by: 'page', direction: 1}).top).toBe(20);
		expect(run(start, {type: 'move', by: 'half', direction: 1}).top).toBe(10);
		expect(run(start, {type: 'move', by: 'page', direction: 1}, {type: 'move', by: 'page', direction: -1}).top).toBe(0);
	});

	it('repeats a motion by a typed count, then forgets the count', async () => {
		const state = run(start, digit('1'), digit('2'), down);
		expect(state.top).toBe(12);
		expect(state.count).toBe('');
		expect(run(state, down).top).toBe(13);
	});

	it('goes to a line with a count before g, and to the end with G', async () => {
		expect(run(start, digit('4'), digit('0'), {type: 'edge', to: 'start'}).top).toBe(39);
		const end = run(start, {type: 'edge', to: 'end'});
		expect(end.top).toBe(maxTop(start));
		expect(atEnd(end)).toBe(true);
		expect(end.layout.lines.at(-1)!.text).toMatch(/very soon\.$/);
	});

	it('shows progress as 0% at the top, 100% at the end, and the time’s share between', async () => {
		expect(progressOf(start)).toBe(0);
		expect(progressOf(run(start, {type: 'edge', to: 'end'}))).toBe(100);
		const middle = createReaderState(seed, 80, 24, seed.duration / 2);
		expect(progressOf(middle)).toBe(50);
		expect(progressOf(run(start, down))).toBe(1);
	});

	it('cancels a count with Esc', async () => {
		expect(run(start, digit('5'), {type: 'cancel'}).count).toBe('');
	});

	it('jumps to the next and previous turn, vim-style', async () => {
		const {turnStart} = start.layout;
		const next = run(start, {type: 'move', by: 'turn', direction: 1});
		expect(next.top).toBe(turnStart[1]);
		expect(next.layout.lines[next.top]!.kind).toBe('name');
		expect(run(next, digit('3'), {type: 'move', by: 'turn', direction: 1}).top).toBe(turnStart[4]);
		const inside = run(next, down, down);
		expect(run(inside, {type: 'move', by: 'turn', direction: -1}).top).toBe(turnStart[1]);
		expect(run(next, {type: 'move', by: 'turn', direction: -1}).top).toBe(0);
	});

	it('seeks to the paragraph spoken at a time', async () => {
		const state = createReaderState(seed, 80, 24, 35 * 60);
		const line = state.layout.lines[state.top]!;
		const paragraph = seed.paragraphs[line.paragraph]!;
		expect(paragraph.start).toBeLessThanOrEqual(2100);
		expect(paragraph.end).toBeGreaterThan(2100);
		expect(line.kind === 'name' || line.stamp !== '').toBe(true);
	});

	it('seeks inside a paragraph merged from captions, to the line of the caption spoken then', async () => {
		const transcript = await parseFixture('timed-lines.txt');
		const state = createReaderState(transcript, 30, 6, 70);
		const line = state.layout.lines[state.top]!;
		expect(line.text).toContain('From there');
		expect(state.layout.lines[state.top - 1]!.text).not.toContain('From there');
		expect(createReaderState(transcript, 30, 6, 1).top).toBe(0);
	});

	it('keeps the same paragraph at the top when the terminal is resized', async () => {
		const scrolled = run(start, digit('3'), digit('0'), {type: 'move', by: 'turn', direction: 1}, down, down);
		const paragraph = scrolled.layout.lines[scrolled.top]!.paragraph;
		for (const [columns, rows] of [
			[40, 10],
			[250, 70],
			[80, 24],
		] as const) {
			const resized = run(scrolled, {type: 'resize', columns, rows});
			expect(resized.layout.textWidth).toBe(Math.min(100, columns - 11));
			expect(resized.layout.lines[resized.top]!.paragraph).toBe(paragraph);
		}

		expect(run(scrolled, {type: 'resize', columns: 40, rows: 10}, {type: 'resize', columns: 80, rows: 24}).top).toBe(scrolled.top);
	});

	it('opens help; motion keys scroll it, other keys close it; q there closes help, Ctrl-C quits', async () => {
		const help = run(start, {type: 'help'});
		expect(help.mode.kind).toBe('help');
		expect(run(help, down)).toMatchObject({mode: {kind: 'help', top: 1}, top: 0});
		expect(run(help, {type: 'cancel'}).mode.kind).toBe('reading');
		expect(run(help, {type: 'move', by: 'turn', direction: 1})).toMatchObject({mode: {kind: 'reading'}, top: 0});
		expect(run(help, {type: 'quit'})).toMatchObject({mode: {kind: 'reading'}, leaving: undefined});
		expect(run(help, {type: 'exit'}).leaving).toBe('exit');
		expect(run(start, {type: 'quit'}).leaving).toBe('quit');
		expect(run(help, {type: 'suspend'}).leaving).toBe('suspend');
	});

	it('scrolls the help when it is taller than the screen', async () => {
		const small = run(createReaderState(seed, 40, 10), {type: 'help'});
		expect(bodyRows(small)).toBe(7);
		expect(helpTop(run(small, down))).toBe(1);
		// Enter scrolls it too, as j does.
		expect(run(small, {type: 'enter'})).toMatchObject({mode: {kind: 'help', top: 1}});
		const bottom = run(small, {type: 'edge', to: 'end'});
		expect(helpTop(bottom)).toBe(helpLines(40).length + 1 - 7);
		expect(helpTop(run(bottom, down))).toBe(helpTop(bottom));
		expect(run(bottom, {type: 'help'}).mode.kind).toBe('reading');
	});

	it('keeps the help in view when a resize makes it shorter', async () => {
		const scrolled = run(createReaderState(seed, 40, 10), {type: 'help'}, {type: 'edge', to: 'end'});
		expect(helpTop(scrolled)).toBeGreaterThan(20);
		const wide = run(scrolled, {type: 'resize', columns: 80, rows: 24});
		expect(helpTop(wide)).toBe(helpLines(80).length + 1 - bodyRows(wide));
		expect(helpTop(wide)).toBeLessThan(helpTop(scrolled)!);
	});

	it('shows 100% when the whole transcript fits on the screen', async () => {
		expect(progressOf(createReaderState(await parseText(SMALL), 80, 24))).toBe(100);
	});

	it('shows warnings about the input until the next key', async () => {
		const warned = createReaderState({...seed, warnings: ['first problem', 'second problem']}, 80, 24);
		expect(warned.notice).toBe('warning: first problem (and 1 more)');
		expect(run(warned, {type: 'resize', columns: 100, rows: 30}).notice).toBe(warned.notice);
		expect(run(warned, down).notice).toBeUndefined();
		expect(start.notice).toBeUndefined();
	});

	it('knows when the terminal is too small to draw', async () => {
		expect(isTooSmall(createReaderState(seed, 40, 10))).toBe(false);
		expect(isTooSmall(createReaderState(seed, 29, 24))).toBe(true);
		expect(isTooSmall(createReaderState(seed, 80, 5))).toBe(true);
	});
});
