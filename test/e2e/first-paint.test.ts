/*
 * The first screen is drawn before Ink has loaded, then Ink takes the screen over. In a real
 * terminal: the screen Ink draws is the one already there, cell for cell (text, colour, bold, dim,
 * inverse); keys typed during the hand-over are neither echoed nor lost, those that only move
 * through the text answered before Ink has loaded; a resize during it ends in a screen right for
 * the new size.
 */
import xterm from '@xterm/headless';
import {describe, expect, it} from 'vitest';
import {PtyTerminal, type PtyOptions} from './pty-terminal.js';
import {killedAfterEach} from './killed-after-each.js';

const SYNC_END = '\u001B[?2026l';
const CLEAR = '\u001B[2J';
const UNTIMED = 'test/fixtures/formats/names.txt';

const opened = killedAfterEach();

/**
 * The chapters are derived just after the first frame, which can take the event loop a while on a
 * slow machine: screens compared are taken once the header names the chapter, and all is drawn.
 */
async function chaptersShown(term: PtyTerminal): Promise<void> {
	await term.waitFor(screen => screen.split('\n')[0]!.includes(' › '), 10_000);
	await term.settle(300);
}

function start(options: PtyOptions): PtyTerminal {
	const term = new PtyTerminal({...options, env: {COLORTERM: 'truecolor', ...options.env}});
	opened(term);
	return term;
}

/** Where the n-th synchronized update ends in what was written (the first paint is the first, Ink's first frame the second). */
function updateEnd(output: string, n: number): number | undefined {
	let at = -1;
	for (let count = 0; count < n; count++) {
		at = output.indexOf(SYNC_END, at + 1);
		if (at < 0) return undefined;
	}

	return at + SYNC_END.length;
}

async function waitForUpdates(term: PtyTerminal, n: number): Promise<void> {
	const deadline = Date.now() + 10_000;
	while (updateEnd(term.output, n) === undefined) {
		if (Date.now() > deadline) throw new Error(`no ${n} screen updates; wrote:\n${JSON.stringify(term.output.slice(0, 2000))}`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}

type Cell = {
	readonly char: string;
	readonly fg: number;
	readonly fgMode: number;
	readonly bold: number;
	readonly dim: number;
	readonly inverse: number;
	readonly underline: number;
};

/** Every cell of the screen a terminal shows after `output`: its character and its looks. */
async function cellsAfter(output: string, columns: number, rows: number): Promise<Cell[][]> {
	const terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
	await new Promise<void>(resolve => terminal.write(output, resolve));
	const buffer = terminal.buffer.active;
	const cell = buffer.getNullCell();
	return Array.from({length: rows}, (_, row) =>
		Array.from({length: columns}, (__, column) => {
			buffer.getLine(buffer.viewportY + row)!.getCell(column, cell);
			return {
				char: cell.getChars() || ' ',
				fg: cell.getFgColor(),
				fgMode: cell.getFgColorMode(),
				bold: cell.isBold(),
				dim: cell.isDim(),
				inverse: cell.isInverse(),
				underline: cell.isUnderline(),
			};
		}),
	);
}

const textOf = (cells: Cell[][]) =>
	cells
		.map(row =>
			row
				.map(cell => cell.char)
				.join('')
				.trimEnd(),
		)
		.join('\n');

describe('the first screen, before Ink', () => {
	it.each([
		['the bundled episode at 100x30', [], 100, 30, {}],
		['the bundled episode at 80x24', [], 80, 24, {}],
		['opened at a time, marked', ['--at', '35:00'], 120, 40, {}],
		['a transcript without times', [UNTIMED], 80, 24, {}],
		['a terminal too small', [], 24, 5, {}],
		['without colours (names underlined)', [], 80, 24, {NO_COLOR: '1'}],
		['in 256 colours', [], 80, 24, {COLORTERM: ''}],
		['on a dumb terminal', [], 80, 24, {TERM: 'dumb'}],
	])('%s: Ink takes it over with nothing changed', async (_, args, columns, rows, env) => {
		const term = start({args, columns, rows, env});
		await waitForUpdates(term, 2);
		await term.settle();
		const first = await cellsAfter(term.output.slice(0, updateEnd(term.output, 1)), columns, rows);
		const ink = await cellsAfter(term.output.slice(0, updateEnd(term.output, 2)), columns, rows);
		expect(textOf(first)).not.toBe('');
		expect(textOf(ink)).toBe(textOf(first));
		expect(ink).toEqual(first);
	});

	it('draws in the first update the text Ink later draws, with speakers in colour', async () => {
		const term = start({columns: 100, rows: 30});
		await waitForUpdates(term, 1);
		const first = await cellsAfter(term.output.slice(0, updateEnd(term.output, 1)), 100, 30);
		const text = textOf(first);
		expect(text).toMatch(/^This is episode number 797/);
		expect(text).toContain('Jon Krohn');
		expect(text).toContain('? help');
		const name = first[1]!.slice(11, 20);
		expect(name.map(cell => cell.char).join('')).toBe('Jon Krohn');
		expect(name.every(cell => cell.bold && cell.fgMode !== 0)).toBe(true);
	});

	it('keeps the keys typed while Ink loads, and echoes none of them', async () => {
		const early = start({columns: 80, rows: 24});
		await waitForUpdates(early, 1);
		early.press('jjjjj');
		await waitForUpdates(early, 3);
		await chaptersShown(early);

		const late = start({columns: 80, rows: 24});
		await late.waitFor('? help');
		await chaptersShown(late);
		for (const key of 'jjjjj') {
			late.press(key);
			await late.settle(60);
		}
		await late.settle(300);

		expect(await early.screenText()).toBe(await late.screenText());
		expect((await early.screen())[2]).not.toMatch(/Welcome to the Super Data Science Podcast/);
	});

	it('answers a key that moves the text before Ink has loaded, and Ink takes over where it moved to', async () => {
		const term = start({columns: 80, rows: 24});
		// Typed as Parley starts, as someone in a hurry does: there before the first screen, so surely before Ink.
		term.press('j');
		await waitForUpdates(term, 3);
		await term.settle(300);
		// The first paint's updates each clear the screen (Ink's never do): the last of them is the screen Ink takes over.
		const updates = term.output.split(SYNC_END);
		const lastPainted = updates.findLastIndex(update => update.includes(CLEAR));
		const painted = await cellsAfter(term.output.slice(0, updateEnd(term.output, lastPainted + 1)), 80, 24);
		const ink = await cellsAfter(term.output.slice(0, updateEnd(term.output, lastPainted + 2)), 80, 24);
		// The first line of words scrolled off under the speaker's name, which stays.
		expect(textOf(painted).split('\n')[2]).not.toMatch(/Welcome to the Super Data Science/);
		expect(textOf(painted).split('\n')[1]).toMatch(/Jon Krohn/);
		expect(ink).toEqual(painted);
	});

	it('leaves the keys from the first that does more than move to Ink, in order', async () => {
		const typed = start({columns: 80, rows: 24});
		await waitForUpdates(typed, 1);
		typed.press('jj/curiosity');
		await typed.waitFor(screen => /^\/ curiosity/m.test(screen), 10_000);
		await chaptersShown(typed);

		const late = start({columns: 80, rows: 24});
		await late.waitFor('? help');
		await chaptersShown(late);
		for (const key of ['j', 'j', '/', 'curiosity']) {
			late.press(key);
			await late.settle(60);
		}
		await late.settle(300);
		expect(await typed.screenText()).toBe(await late.screenText());
	});

	it('ends in a screen right for the new size when resized during the hand-over', async () => {
		const resized = start({columns: 80, rows: 24});
		await waitForUpdates(resized, 1);
		resized.resize(110, 32);
		await waitForUpdates(resized, 2);
		await chaptersShown(resized);

		const fresh = start({columns: 110, rows: 32});
		await fresh.waitFor('? help');
		await chaptersShown(fresh);
		expect(await resized.screenText()).toBe(await fresh.screenText());
	});
});
