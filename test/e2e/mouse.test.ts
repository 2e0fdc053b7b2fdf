/*
 * The mouse in a real terminal: SGR 1006 reports written to the pseudo-terminal as a terminal
 * writes them, and the screen read back; the reporting asked for on the way in and stopped on
 * every way out.
 */
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {ARCHIVE, folderOf} from '../helpers/library.js';
import {CLI, KEYS, PtyTerminal, type PtyOptions} from './pty-terminal.js';
import {killedAfterEach} from './killed-after-each.js';

const CRASH = fileURLToPath(new URL('crash-soon.mjs', import.meta.url));

const REPORT_MOUSE = '\u001B[?1000h\u001B[?1006h';
const STOP_MOUSE = '\u001B[?1000l\u001B[?1006l';

/** A report as the terminal writes it: cells from 1, `M` a press (64 and 65: the wheel up and down). */
const report = (code: number, column: number, row: number) => `\u001B[<${code};${column};${row}M`;
/** A click of the left button on the screen's `row` (from 0: the header), `column` (from 0). */
const click = (row: number, column = 10) => `${report(0, column + 1, row + 1)}\u001B[<0;${column + 1};${row + 1}m`;
const wheel = (direction: 1 | -1, row = 5, column = 10) => report(direction > 0 ? 65 : 64, column + 1, row + 1);

const opened = killedAfterEach();

function start(options: PtyOptions = {}): PtyTerminal {
	const term = new PtyTerminal(options);
	opened(term);
	return term;
}

/** The reader on its first screen, with raw mode on (it comes just after the first frame). */
async function reader(options: PtyOptions = {}): Promise<PtyTerminal> {
	const term = start(options);
	await term.waitFor('? help');
	await term.settle(100);
	return term;
}

const rowOf = async (term: PtyTerminal, row: number) => (await term.screen())[row]!;
/** Whether the screen's `row` is drawn inverse (a list's choice). */
const inverse = (term: PtyTerminal, row: number) =>
	Boolean(
		term.terminal.buffer.active
			.getLine(term.terminal.buffer.active.viewportY + row)
			?.getCell(4)
			?.isInverse(),
	);

describe('the mouse in the reader', () => {
	it('asks the terminal for SGR reports, and the wheel scrolls the text 3 lines a notch', async () => {
		const term = await reader();
		expect(term.output).toContain(REPORT_MOUSE);
		const before = await term.screen();
		// Row 1 keeps the speaker's name over a turn scrolled into (sticky): the text goes on below it.
		term.press(wheel(1));
		await term.waitFor(screen => screen.split('\n')[2] === before[5]);
		term.press(wheel(1) + wheel(1));
		await term.waitFor(screen => screen.split('\n')[2] === before[11]);
		term.press(wheel(-1) + wheel(-1) + wheel(-1));
		await term.waitFor(screen => screen.split('\n')[1] === before[1]);
	});

	it('chooses a chapter on a click, and goes there on a second click', async () => {
		const term = await reader();
		term.press('c');
		await term.waitFor('chapters, found from where the topics change');
		// Row 1 is the list's heading, row 2 its first chapter: row 5 the fourth.
		const chapter = await rowOf(term, 5);
		expect(chapter).toContain('00:15:57');
		expect(inverse(term, 2)).toBe(true);
		term.press(click(5));
		await term.waitFor(() => inverse(term, 5));
		expect(inverse(term, 2)).toBe(false);
		expect(await term.screenText()).toContain('Enter go there');
		term.press(click(5));
		// The chapter's first line, under its speaker's name when it starts inside a turn.
		const there = await term.waitFor(screen =>
			screen
				.split('\n')
				.slice(1, 3)
				.some(row => row.startsWith('00:15:57')),
		);
		expect(there.split('\n')[0]).toContain('› ML Collective, researchers');
	});

	it('goes to the point of the progress bar clicked', async () => {
		const term = await reader();
		// A click in the text does nothing but put the first screen's hints away: the bar shows.
		term.press(click(5));
		await term.waitFor(screen => !screen.includes('j/k scroll'));
		expect((await rowOf(term, 0)).trimEnd()).toMatch(/ 0%$/);
		term.press(click(22, 40));
		const header = await term.waitFor(screen => !/ 0%$/.test(screen.split('\n')[0]!.trimEnd()));
		const percent = Number(/(\d+)%$/.exec(header.split('\n')[0]!.trimEnd())![1]);
		expect(percent).toBeGreaterThan(45);
		expect(percent).toBeLessThan(65);
	});

	it('never lets a report reach a line being typed, whole or split across reads', async () => {
		const term = await reader();
		term.press('/ab');
		await term.waitFor('/ ab');
		term.press(wheel(1) + click(22, 40));
		const whole = report(65, 11, 6);
		term.press(whole.slice(0, 4));
		await new Promise(resolve => setTimeout(resolve, 150));
		term.press(`${whole.slice(4)}c`);
		const screen = await term.waitFor('/ abc');
		expect(screen).not.toContain('[<');
		expect(screen).not.toContain(';11;6');
		term.press(KEYS.escape);
		await term.waitFor(current => !current.includes('/ abc'));
	});

	it('with --no-mouse, never asks for the mouse', async () => {
		const term = await reader({args: ['--no-mouse']});
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		expect(term.output).not.toContain('\u001B[?1000h');
		expect(term.output).not.toContain('\u001B[?1006h');
	});
});

describe('the mouse in the library', () => {
	it('chooses the episode clicked and reads it on a second click; the wheel moves the choice', async () => {
		const term = start({args: [folderOf(ARCHIVE)], columns: 100, rows: 30, env: {XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'parley-e2e-library-'))}});
		await term.waitFor('index up to date');
		// Row 0 is the header; the episodes from row 1, the first chosen.
		expect(inverse(term, 1)).toBe(true);
		const third = await rowOf(term, 3);
		term.press(click(3));
		await term.waitFor(() => inverse(term, 3));
		expect(inverse(term, 1)).toBe(false);
		expect((await rowOf(term, 3)).trimEnd()).toBe(third.trimEnd());
		term.press(click(3));
		const reading = await term.waitFor('q library');
		const title = /^\S+ +\S+ +(.+?)(?: {2}|$)/.exec(third)![1]!.replace(/…$/, '');
		expect(reading.split('\n')[0]).toContain(title.slice(0, 20));
		term.press(KEYS.escape);
		await term.waitFor('4 episodes');
		await term.waitFor(() => inverse(term, 3));
		term.press(wheel(-1));
		await term.waitFor(() => inverse(term, 1));
		expect(inverse(term, 3)).toBe(false);
	});
});

describe('the mouse given back to the terminal', () => {
	const stoppedLast = (output: string) => output.lastIndexOf(STOP_MOUSE) > output.lastIndexOf(REPORT_MOUSE);

	it.each([
		['q', 'q'],
		['Ctrl-C', KEYS.ctrlC],
	])('on %s', async (_, key) => {
		const term = await reader();
		expect(stoppedLast(term.output)).toBe(false);
		term.press(key);
		expect((await term.exited).exitCode).toBe(0);
		expect(stoppedLast(term.output)).toBe(true);
	});

	it('on SIGTERM', async () => {
		const term = await reader();
		term.process.kill('SIGTERM');
		expect((await term.exited).exitCode).toBe(143);
		expect(stoppedLast(term.output)).toBe(true);
	});

	it('on an uncaught error', async () => {
		const term = start({shell: `'${process.execPath}' --import '${CRASH}' '${CLI}'`});
		await term.waitFor('? help');
		expect((await term.exited).exitCode).toBe(1);
		expect(term.output).toContain(REPORT_MOUSE);
		expect(stoppedLast(term.output)).toBe(true);
	});

	it('on Ctrl-Z, and asked for again on fg', async () => {
		const term = start({shell: 'exec bash --norc --noprofile -i', env: {PS1: 'shell$ '}});
		await term.waitFor('shell$');
		term.press(`'${process.execPath}' dist/cli.js\r`);
		await term.waitFor('? help');
		await term.settle(100);
		term.press('\u001A');
		await term.waitFor('Stopped');
		expect(stoppedLast(term.output)).toBe(true);
		const before = term.output.length;
		term.press('fg\r');
		await term.waitFor('? help');
		expect(term.output.slice(before)).toContain(REPORT_MOUSE);
		term.press(wheel(1));
		await term.waitFor(screen => screen.split('\n')[2]!.startsWith('         │'));
		term.press('q');
		await term.waitFor(screen => screen.trimEnd().endsWith('shell$'));
		expect(stoppedLast(term.output)).toBe(true);
	});
});
