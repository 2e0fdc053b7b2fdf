import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {CLI, KEYS, PtyTerminal, type PtyOptions} from './pty-terminal.js';
import {killedAfterEach} from './killed-after-each.js';

const SMALL = fileURLToPath(new URL('../fixtures/small.txt', import.meta.url));
const CRASH = fileURLToPath(new URL('crash-soon.mjs', import.meta.url));
const FORMATS = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

const opened = killedAfterEach();

function start(options: PtyOptions = {}): PtyTerminal {
	const term = new PtyTerminal(options);
	opened(term);
	return term;
}

/** An interactive bash (with job control) that has started `command` and shows its first frame. */
async function startInShell(command: string): Promise<PtyTerminal> {
	const term = start({shell: 'exec bash --norc --noprofile -i', env: {PS1: 'shell$ '}});
	await term.waitFor('shell$');
	term.press(`${command}\r`);
	await term.waitFor('? help');
	return term;
}

/** Two turns on from the start: a place to come back to. */
async function goToSecondTurn(term: PtyTerminal) {
	term.press('}}');
	await term.waitFor(screen => screen.split('\n')[1] === '00:02:22 │ Jon Krohn');
}

const backInShell = (screen: string) => screen.trimEnd().endsWith('shell$');

async function expectRestored(term: PtyTerminal) {
	await term.settle(50);
	expect(term.isAlternateScreen()).toBe(false);
	expect(term.cursorVisible()).toBe(true);
}

const sgrColors = (output: string) => output.match(/\u001B\[(?:3[0-7]|9[0-7]|38;[25];[\d;]+)m/g) ?? [];

describe('the full-screen reader', () => {
	it('shows the bundled episode, scrolls to the end, quits with q and restores the terminal', async () => {
		const term = start();
		const first = await term.waitFor('? help');
		expect(first).toContain('This is episode number 797');
		expect(first).toContain('00:00:11 / 01:10:04');
		expect(term.isAlternateScreen()).toBe(true);
		term.press('G');
		const last = await term.waitFor('(END)');
		expect(last).toContain('very soon.');
		expect(last).toContain('01:09:29');
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		await expectRestored(term);
	});

	it('draws exactly the expected screen rows: header on top, footer on the second-last row', async () => {
		const term = start({columns: 80, rows: 24});
		await term.waitFor('? help');
		term.press('}');
		await term.waitFor(screen => screen.split('\n')[1] === '00:02:12 │ Rosanne Liu');
		const rows = await term.screen();
		expect(rows[0]).toMatch(/^This is episode .*00:02:12 \/ 01:10:04\s+3%$/);
		expect(rows[22]).toMatch(/\? help$/);
		expect(rows[23]).toBe('');
	});

	it('pages with space and b, moves by lines with arrows, and takes a count', async () => {
		const term = start({columns: 80, rows: 24});
		await term.waitFor('? help');
		term.press(' ');
		await term.waitFor(screen => !screen.includes('Welcome to the Super Data Science Podcast'));
		term.press('b');
		await term.waitFor(screen => screen.split('\n')[2]!.includes('Welcome to the Super Data Science Podcast'));
		term.press('3}');
		await term.waitFor(screen => screen.split('\n')[1] === '00:02:36 │ Rosanne Liu');
		term.press(KEYS.down);
		// The turn's one line scrolls off under her name: the next turn comes up below it.
		await term.waitFor(screen => screen.split('\n')[1] === '00:02:36 │ Rosanne Liu' && screen.split('\n')[3] === '00:02:38 │ Jon Krohn');
	});

	it('keeps the speaker of the turn the page opens inside in the first row, with the turn’s time', async () => {
		const term = start({columns: 80, rows: 24});
		await term.waitFor('? help');
		term.press(' ');
		const inside = (await term.waitFor(screen => screen.split('\n')[0]!.includes('00:01:25 /'))).split('\n');
		expect(inside.slice(1, 3)).toEqual(['00:00:11 │ Jon Krohn', '         │ and ML engineers. In today’s episode, Rosanne details the problem she']);
		term.press(' ');
		const next = (await term.waitFor(screen => screen.split('\n')[0]!.includes('00:02:22 /'))).split('\n');
		expect(next.slice(1, 3)).toEqual(['00:02:22 │ Jon Krohn', '         │ that lucked out the most in terms of episode number of any guest. He']);
	});

	it('re-wraps on resize, keeping the same paragraph at the top', async () => {
		const term = start({columns: 100, rows: 30});
		await term.waitFor('? help');
		term.press('}}');
		await term.waitFor(screen => screen.split('\n')[1] === '00:02:22 │ Jon Krohn');
		for (const [columns, rows] of [
			[40, 10],
			[160, 50],
			[80, 24],
		] as const) {
			term.resize(columns, rows);
			const screen = await term.waitFor(current => current.split('\n')[1] === '00:02:22 │ Jon Krohn' && current.split('\n')[rows - 2]!.endsWith('? help'));
			for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
			expect(screen.split('\n')[0]).toContain(columns < 60 ? ' 00:02:22 ' : '00:02:22 / 01:10:04');
		}
	});

	it('stays clean when the terminal narrows, even by one column', async () => {
		const term = start({columns: 80, rows: 24});
		await term.waitFor('? help');
		await goToSecondTurn(term);
		for (const [columns, rows] of [
			[79, 24],
			[60, 20],
			[45, 30],
			[99, 30],
		] as const) {
			term.resize(columns, rows);
			await term.settle(300);
			const screen = await term.screen();
			expect(screen[0]).toMatch(columns < 60 ? / 00:02:22\s+3%$/ : /00:02:22 \/ 01:10:04\s+3%$/);
			expect(screen[1]).toBe('00:02:22 │ Jon Krohn');
			expect(screen[2]).toMatch(/^ {9}│ Nice\. You were highly recommended/);
			expect(screen[rows - 2]).toMatch(/\? help$/);
		}
	});

	it('is drawn whole again after a storm of resizes', async () => {
		const term = start({columns: 80, rows: 24});
		await term.waitFor('? help');
		for (let step = 1; step <= 20; step++) term.resize(60 + ((step * 7) % 50), 10 + ((step * 5) % 25));
		term.resize(70, 20);
		await term.settle(500);
		const screen = await term.screen();
		expect(screen[0]).toMatch(/00:00:11 \/ 01:10:04\s+0%$/);
		expect(screen[1]).toBe('00:00:11 │ Jon Krohn');
		expect(screen[18]).toMatch(/^j\/k scroll .*\? help$/);
		expect(screen.filter(row => row.includes('? help'))).toHaveLength(1);
	});

	it('says the terminal is too small below 30x6, and recovers when it grows', async () => {
		const term = start({columns: 20, rows: 5});
		await term.waitFor('Too small: need');
		term.resize(80, 24);
		await term.waitFor('? help');
	});

	it('refuses - when standard input is the terminal itself', async () => {
		const term = start({args: ['-']});
		expect((await term.exited).exitCode).toBe(2);
		expect(await term.screenText()).toContain("parley: '-' reads a transcript from standard input, which is a terminal");
	});

	it('finds a half-remembered quote with /, jumps to it and steps through the matches with n', async () => {
		const term = start({columns: 80, rows: 24});
		await term.waitFor('? help');
		term.press('/');
		await term.waitFor(screen => screen.split('\n')[1]!.startsWith('/ '));
		term.press('seven ate nien');
		await term.waitFor('4 matches, best first');
		term.press('\r');
		const found = await term.waitFor(screen => /2\/4 \? help$/m.test(screen));
		expect(found).toContain('Seven ate nine. Yeah.');
		term.press('n');
		await term.waitFor(screen => /3\/4 \? help$/m.test(screen) && screen.includes('brutally eaten by seven'));
		term.press('N');
		await term.waitFor(screen => /2\/4 \? help$/m.test(screen));
	});

	it('opens at --at', async () => {
		const term = start({args: ['--at', '00:35:00']});
		const screen = await term.waitFor('? help');
		expect(screen.split('\n')[0]).toContain('00:34:59 / 01:10:04');
		expect(screen.split('\n')[1]).toBe('00:34:59 │ Rosanne Liu');
	});

	it('names the chapter in the header, moves by chapter with ] and [, lists them with c', async () => {
		const term = start({columns: 100, rows: 30});
		await term.waitFor(screen => screen.split('\n')[0]!.includes('› Intro'));
		term.press(']');
		const next = await term.waitFor(screen => !screen.split('\n')[0]!.includes('› Intro'));
		const chapter = /› (.+?) {2}/.exec(next.split('\n')[0]!)![1]!;
		term.press('c');
		const list = await term.waitFor(screen => /^\d+ chapters, found from where the topics change/m.test(screen));
		expect(list).toMatch(new RegExp(`^▶ \\d\\d:\\d\\d:\\d\\d +\\d+:\\d\\d {2}${chapter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
		term.press('G\r');
		await term.waitFor(screen => screen.split('\n')[0]!.includes('› Outro'));
		term.press('[');
		await term.waitFor(screen => !screen.split('\n')[0]!.includes('› Outro'));
	});

	it('goes to a time typed after :, marks the moment, and shows the progress bar', async () => {
		const term = start({columns: 80, rows: 24});
		await term.waitFor('? help');
		term.press(':1:05:10\r');
		const screen = await term.waitFor(screen => screen.includes('01:05:10 ▶'));
		expect(screen.split('\n')[0]).toContain('01:05:');
		expect(screen.split('\n')[22]).toMatch(/^━+[╋━]*●[─┼]* +\? help$/);
		term.press('\u001B');
		await term.waitFor(current => !current.includes('▶'));
	});

	it('reads a piped transcript and takes keys from the terminal', async () => {
		const term = start({shell: `cat '${SMALL}' | '${CLI}'`});
		await term.waitFor('A small episode');
		term.press('G');
		await term.waitFor('(END)');
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		await expectRestored(term);
	});
});

describe('transcripts in other formats', () => {
	it('shows a WebVTT file with its speakers in their colours, and --at lands on the caption spoken then', async () => {
		const term = start({args: [`${FORMATS}voices.vtt`], columns: 60, rows: 12});
		const screen = await term.waitFor('? help');
		expect(screen.split('\n').slice(0, 3)).toEqual([
			expect.stringMatching(/^voices\.vtt\s+00:00:01 \/ 00:00:16\s+0%$/),
			'00:00:01 │ Ann Lee',
			expect.stringMatching(/^ {9}│ Welcome back to Field Notes & thanks for$/),
		]);
		expect(screen).toContain('00:00:06 │ Bo Park');
		expect(new Set(sgrColors(term.output)).size).toBeGreaterThanOrEqual(2);
		term.press('q');
		await term.exited;

		const at = start({args: ['--at', '0:10', `${FORMATS}timed-lines.txt`], columns: 30, rows: 6});
		const seeked = await at.waitFor('? help');
		expect(seeked.split('\n')[1]).toMatch(/From there/);
	});

	it('shows a transcript without times with no clock and no stamps', async () => {
		const term = start({args: [`${FORMATS}names.txt`], columns: 60, rows: 12});
		const screen = await term.waitFor('? help');
		expect(screen.split('\n').slice(0, 3)).toEqual([expect.stringMatching(/^Kitchen table interview\s+0%$/), '│ HOST', '│ Thanks for sitting down with me.']);
		expect(screen).not.toMatch(/\d\d:\d\d/);
	});
});

describe('restoring the terminal', () => {
	it('on Ctrl-Z, and draws again on fg, where it was', async () => {
		const term = await startInShell(`'${CLI}'`);
		await goToSecondTurn(term);
		term.press('\u001A');
		const shell = await term.waitFor('Stopped');
		expect(term.isAlternateScreen()).toBe(false);
		expect(term.cursorVisible()).toBe(true);
		expect(shell).toContain('shell$');
		term.press('fg\r');
		const back = await term.waitFor(screen => screen.split('\n')[1] === '00:02:22 │ Jon Krohn' && screen.includes('? help'));
		expect(term.isAlternateScreen()).toBe(true);
		expect(back.split('\n')[0]).toContain('00:02:22 / 01:10:04');
		term.press('q');
		await term.waitFor(backInShell);
		expect(term.isAlternateScreen()).toBe(false);
		expect(term.cursorVisible()).toBe(true);
	});

	it('draws at the new size when the terminal was resized while suspended', async () => {
		const term = await startInShell(`'${CLI}'`);
		await goToSecondTurn(term);
		term.press('\u001A');
		await term.waitFor('Stopped');
		term.resize(50, 15);
		term.press('fg\r');
		const back = await term.waitFor(screen => screen.split('\n')[1] === '00:02:22 │ Jon Krohn' && screen.split('\n')[13]!.endsWith('? help'));
		for (const line of back.split('\n')) expect(line.length).toBeLessThanOrEqual(50);
		term.press('q');
		await term.waitFor(backInShell);
	});

	it('suspends the whole job under npm start, so the shell gets the terminal back', async () => {
		const term = await startInShell('npm start --silent');
		term.press('\u001A');
		const stopped = await term.waitFor(screen => screen.includes('Stopped') && backInShell(screen));
		expect(stopped).toContain('npm start');
		term.press('fg\r');
		await term.waitFor('? help');
		term.press('q');
		await term.waitFor(backInShell);
		expect(term.isAlternateScreen()).toBe(false);
	});

	it('stays stopped after bg instead of drawing over the shell, until fg', async () => {
		const term = await startInShell(`'${CLI}'`);
		term.press('\u001A');
		await term.waitFor('Stopped');
		term.press('bg\r');
		await term.settle(500);
		expect(term.isAlternateScreen()).toBe(false);
		term.press('jobs\r');
		await term.waitFor(screen => /jobs\n\[1\]\+ +Stopped/.test(screen));
		term.press('fg\r');
		await term.waitFor('? help');
		term.press('q');
		await term.waitFor(backInShell);
	});

	it('draws the whole screen again on Ctrl-L, where it was', async () => {
		const term = start();
		await term.waitFor('? help');
		await goToSecondTurn(term);
		term.terminal.write('\u001B[5;1Hscribbled over by something else');
		await term.waitFor('scribbled over');
		term.press('\u000C');
		const screen = await term.waitFor(current => !current.includes('scribbled over') && current.includes('? help'));
		expect(screen.split('\n')[1]).toBe('00:02:22 │ Jon Krohn');
	});

	it('carries on when Ctrl-Z cannot suspend it (no job control)', async () => {
		const term = start();
		await term.waitFor('? help');
		term.press('}');
		await term.waitFor(screen => screen.split('\n')[1] === '00:02:12 │ Rosanne Liu');
		term.press('\u001A');
		await term.waitFor(screen => !screen.includes('? help'));
		await term.waitFor(screen => screen.split('\n')[1] === '00:02:12 │ Rosanne Liu');
		expect(term.isAlternateScreen()).toBe(true);
		term.press('j');
		await term.waitFor(screen => screen.split('\n')[2]!.includes('fascinating episode. I’ll try my best.'));
	});

	it('on Ctrl-C', async () => {
		const term = start();
		await term.waitFor('? help');
		// Raw mode comes on just after the first frame; before it, Ctrl-C is a SIGINT (status 130).
		await term.settle(100);
		term.press(KEYS.ctrlC);
		expect((await term.exited).exitCode).toBe(0);
		await expectRestored(term);
	});

	it.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
		['SIGQUIT', 131],
	] as const)('on %s', async (signal, status) => {
		const term = start();
		await term.waitFor('? help');
		term.process.kill(signal);
		expect((await term.exited).exitCode).toBe(status);
		await expectRestored(term);
	});

	it('on an uncaught error, with one line on stderr', async () => {
		const term = start({shell: `'${process.execPath}' --import '${CRASH}' '${CLI}'`});
		await term.waitFor('? help');
		expect((await term.exited).exitCode).toBe(1);
		await expectRestored(term);
		const screen = await term.screenText();
		expect(screen).toContain('parley: unexpected error: simulated crash');
		expect(screen).not.toMatch(/^\s+at /m);
	});
});

describe('colours and untrusted text', () => {
	it('colours speakers with 256 colours, 16 colours, or not at all', async () => {
		const colored = start({env: {TERM: 'xterm-256color'}});
		await colored.waitFor('? help');
		expect(colored.output).toContain('\u001B[38;5;33m');
		const basic = start({env: {TERM: 'xterm'}});
		await basic.waitFor('? help');
		expect(sgrColors(basic.output)).toContain('\u001B[94m');
		expect(basic.output).not.toContain('38;5;');
		const uncoloured: Array<Record<string, string>> = [{NO_COLOR: '1'}, {TERM: 'dumb'}];
		for (const env of uncoloured) {
			const plain = start({env});
			await plain.waitFor('? help');
			expect(sgrColors(plain.output)).toEqual([]);
			expect(await plain.screenText()).toContain('Jon Krohn');
		}
	});

	it('shows escape sequences in a transcript as harmless text', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-hostile-'));
		const path = join(dir, 'hostile.txt');
		writeFileSync(path, 'Hostile\u001B]0;owned\u0007 title\nEve:\t00:00:01\nhi \u001B]52;c;ZXZpbA==\u0007 there \u001B[2J \u009B31m \u202Eevil\n');
		const term = start({args: [path]});
		const screen = await term.waitFor('? help');
		expect(screen).toContain('hi ]52;c;ZXZpbA== there [2J 31m evil');
		expect(term.output).not.toContain('\u001B]');
		expect(term.output).not.toContain('\u0007');
		expect(term.output).not.toContain('\u202E');
	});
});
