/*
 * Tiny and huge terminals: Parley never draws garbage. Below 30x6 it says what it needs; at
 * 400x120 the text keeps its 100 columns; keys at any size leave a whole screen.
 */
import {describe, expect, it} from 'vitest';
import {KEYS, PtyTerminal, type PtyOptions} from './pty-terminal.js';
import {killedAfterEach} from './killed-after-each.js';

const SIZES = [
	[20, 5],
	[1, 24],
	[80, 1],
	[400, 120],
] as const;
/** Each key, then what takes its overlay away again. */
const KEYS_TRIED = [
	['j', ''],
	[' ', ''],
	['/', KEYS.escape],
	['c', KEYS.escape],
	['s', 's'],
	['p', ''],
	['?', KEYS.escape],
] as const;
/** Text is kept to 100 columns, after the gutter's 11 (`00:00:11 │ `); header and footer are as wide. */
const TEXT_COLUMNS = 100;
const FRAME_COLUMNS = 11 + TEXT_COLUMNS;
const SIDEBAR_COLUMNS = 50;

const opened = killedAfterEach();

function start(options: PtyOptions): PtyTerminal {
	const term = new PtyTerminal(options);
	opened(term);
	return term;
}

const tooSmall = (columns: number, rows: number) => columns < 30 || rows < 6;

/** The message and nothing else, as much of it as fits (one column of 23 rows cuts it), and what it needs at least. */
function saysTooSmall(columns: number, rows: number): (screen: string) => boolean {
	const message = `Too small: need 30x6, have ${columns}x${rows}`.replaceAll(' ', '');
	return screen => {
		const shown = screen.replaceAll(/\s/g, '');
		return shown.startsWith('Toosmall:need30x6') && message.startsWith(shown);
	};
}

/** The header, and the sidebar's first row beside it when there is room. */
const header = /^This is episode .*\d\d:\d\d:\d\d(?: \/ 01:10:04)?\s+\d+%(?:$| │ \d+ works mentioned$)/;

/** What the screen must show once drawn: the message, or the header on top and the footer on the second-last row. */
function drawn(columns: number, rows: number): (screen: string) => boolean {
	if (tooSmall(columns, rows)) return saysTooSmall(columns, rows);
	return screen => {
		const lines = screen.split('\n');
		return header.test(lines[0]!) && lines[rows - 2] !== '' && lines[rows - 1] === '';
	};
}

/** Rows the terminal continued from the row above, having written past its right edge. */
function wrappedRows(term: PtyTerminal): number[] {
	const buffer = term.terminal.buffer.active;
	return Array.from({length: term.terminal.rows}, (_, row) => row).filter(row => buffer.getLine(buffer.viewportY + row)?.isWrapped);
}

/** The whole screen, drawn for this size and nothing else: no row wrapped, none wider than Parley draws. */
async function expectWhole(term: PtyTerminal, columns: number, rows: number, widest = Math.min(columns, FRAME_COLUMNS)): Promise<string[]> {
	await term.waitFor(drawn(columns, rows));
	await term.settle();
	const screen = await term.screen();
	expect(screen.join('\n')).toSatisfy(drawn(columns, rows));
	expect(wrappedRows(term)).toEqual([]);
	expect(term.isAlternateScreen()).toBe(true);
	for (const line of screen) expect(line.length).toBeLessThanOrEqual(Math.max(widest, 1));
	if (tooSmall(columns, rows)) return screen;
	expect(screen.filter(line => header.test(line))).toHaveLength(1);
	return screen;
}

async function quitRestored(term: PtyTerminal): Promise<void> {
	term.press('q');
	expect((await term.exited).exitCode).toBe(0);
	await term.settle(50);
	expect(term.isAlternateScreen()).toBe(false);
	expect(term.cursorVisible()).toBe(true);
}

describe.each(SIZES)('a terminal of %ix%i', (columns, rows) => {
	// The sidebar sits beside the text from 100 columns, a column apart.
	const widest = columns >= 100 ? Math.min(columns, FRAME_COLUMNS + 1 + SIDEBAR_COLUMNS) : Math.min(columns, FRAME_COLUMNS);

	it('opens whole at that size; j, space, /, c, s, p and ? leave a whole screen; q restores', async () => {
		const term = start({columns, rows});
		await term.waitFor(drawn(columns, rows));
		await term.settle(300);
		const first = await expectWhole(term, columns, rows);
		if (columns === 400) {
			expect(first[0]).toHaveLength(FRAME_COLUMNS);
			expect(first[0]).toMatch(/00:00:11 \/ 01:10:04\s+0%$/);
			expect(first[1]).toBe('00:00:11 │ Jon Krohn');
			expect(first[2]).toMatch(/^ {9}│ Welcome to the Super Data Science Podcast/);
			for (const line of first.slice(1, rows - 2)) expect(line.slice(11).length).toBeLessThanOrEqual(TEXT_COLUMNS);
			expect(first[rows - 2]).toHaveLength(FRAME_COLUMNS);
			expect(first[rows - 2]).toMatch(/^j\/k scroll .*\? help$/);
		}

		for (const [key, close] of KEYS_TRIED) {
			term.press(key);
			await expectWhole(term, columns, rows, widest);
			term.press(close);
			await expectWhole(term, columns, rows, widest);
		}

		await quitRestored(term);
	});

	it('is drawn whole when resized to it from 80x24, and as before when resized back', async () => {
		const term = start({columns: 80, rows: 24});
		await term.waitFor('? help');
		term.press('}}');
		await term.waitFor(screen => screen.split('\n')[1] === '00:02:22 │ Jon Krohn');
		// The chapters, derived just after the first frame (a while on a slow machine), name the one there.
		await term.waitFor(screen => screen.split('\n')[0]!.includes(' › '), 10_000);
		await term.settle(300);
		const before = await expectWhole(term, 80, 24);
		term.resize(columns, rows);
		await expectWhole(term, columns, rows);
		term.resize(80, 24);
		await term.waitFor(screen => screen.split('\n')[1] === '00:02:22 │ Jon Krohn');
		expect(await expectWhole(term, 80, 24)).toEqual(before);
		await quitRestored(term);
	});
});

describe('the works sidebar in a pseudo-terminal', () => {
	it('sits beside the text from 100 columns, the text re-wrapped to leave a blank column before its border', async () => {
		const term = start({columns: 120, rows: 30});
		await term.waitFor('? help');
		const before = await term.screen();
		term.press('s');
		await term.waitFor(screen => screen.split('\n')[0]!.endsWith('works mentioned'));
		await term.settle(200);
		const screen = await term.screen();
		// 91 columns of text (less the sidebar's 28 and the gap), the gap, then the border.
		for (const line of screen.slice(0, 29)) expect([...line].slice(91, 93).join('')).toBe(' │');
		expect(screen[1]).toMatch(/^00:00:11 │ Jon Krohn +│ /);
		expect(screen[2]).toMatch(/^ {9}│ Welcome to the Super Data Science Podcast/);
		expect(screen[2]!.slice(0, 91).trimEnd()).not.toBe(before[2]);
		expect(wrappedRows(term)).toEqual([]);
		term.press('s');
		await term.waitFor(current => !current.includes('works mentioned'));
		await term.settle(200);
		expect((await term.screen()).slice(1, 28)).toEqual(before.slice(1, 28));
		await quitRestored(term);
	});
});
