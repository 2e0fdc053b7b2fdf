import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {HELP_ROWS} from '../../source/ui/keymap.js';
import {loadSeed, parseFixture, parseText, SMALL} from '../helpers/transcripts.js';
import {renderApp} from '../helpers/render-app.js';

const seed = await loadSeed();
afterEach(cleanup);

const linesOf = (frame: string) => frame.split('\n');

describe('App', () => {
	it('draws header, transcript and footer in 80x24, one row short of the terminal', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		const lines = linesOf(app.frame());
		expect(lines).toHaveLength(23);
		expect(lines[0]).toMatch(/^This is episode number 797 .*…\s+00:00:11 \/ 01:10:04\s+0%$/);
		expect(lines[1]).toBe('00:00:11 │ Jon Krohn');
		expect(lines[2]).toMatch(/^ {9}│ Welcome to the Super Data Science Podcast/);
		expect(lines.at(-1)).toMatch(/^j\/k scroll .* \? help$/);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
	});

	it('shows no clock and no gutter for a transcript without times', async () => {
		const app = await renderApp(await parseFixture('names.txt'), {columns: 60, rows: 12});
		const lines = linesOf(app.frame());
		expect(lines[0]).toMatch(/^Kitchen table interview\s+0%$/);
		expect(lines[1]).toBe('│ HOST');
		expect(lines[2]).toBe('│ Thanks for sitting down with me.');
		expect(app.frame()).not.toMatch(/\d\d:\d\d/);
		await app.press('/');
		await app.press('bakery');
		await app.waitFor(frame => frame.includes('1 match'));
		// Its place, without a time: the paragraph (from 1) and how far into the episode, as --at takes it.
		expect(app.frame()).toMatch(/\n¶3 51% HOST {2}…start with the bakery/);
	});

	it('works in 40x10', async () => {
		const app = await renderApp(seed, {columns: 40, rows: 10});
		const lines = linesOf(app.frame());
		expect(lines).toHaveLength(9);
		expect(lines[0]).toMatch(/ 00:00:11 +0%$/);
		expect(lines[1]).toBe('00:00:11 │ Jon Krohn');
		expect(lines.at(-1)).toMatch(/\? help$/);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
	});

	it('says so instead of drawing when the terminal is too small', async () => {
		const app = await renderApp(seed, {columns: 25, rows: 8});
		expect(linesOf(app.frame()).slice(0, 2)).toEqual(['Too small: need 30x6,', 'have 25x8']);
		await app.resize(80, 5);
		expect(linesOf(app.frame())[0]).toBe('Too small: need 30x6, have 80x5');
	});

	it('goes from one of Jon Krohn’s turns to his next with ), and picks out Rosanne Liu with S', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press(')');
		expect(linesOf(app.frame())[1]).toMatch(/^\d\d:\d\d:\d\d │ Jon Krohn$/);
		expect(linesOf(app.frame())[0]).not.toContain('00:00:11 /');
		await app.press('S');
		const list = linesOf(app.frame());
		expect(list.slice(1, 3)).toEqual(['2 speakers: pick one out, the others’ turns dimmed', '▶ all speakers']);
		expect(list[3]).toMatch(/^ {2}Jon Krohn {2}\d+ turns$/);
		expect(list[4]).toMatch(/^ {2}Rosanne Liu {2}\d+ turns$/);
		await app.press('jj\r');
		expect(linesOf(app.frame()).at(-1)).toMatch(/ only Rosanne Liu +\? help$/);
		await app.press(')');
		expect(linesOf(app.frame())[1]).toMatch(/^\d\d:\d\d:\d\d │ Rosanne Liu$/);
	});

	it('scrolls with keys and shows the time at the top', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('}');
		expect(linesOf(app.frame())[1]).toBe('00:02:12 │ Rosanne Liu');
		expect(linesOf(app.frame())[0]).toContain('00:02:12 / 01:10:04   3%');
		await app.press('j');
		// The turn's first line scrolls off under its speaker's name, which stays.
		expect(linesOf(app.frame()).slice(1, 3)).toEqual(['00:02:12 │ Rosanne Liu', '         │ fascinating episode. I’ll try my best. I’m in San Francisco']);
		await app.press('G');
		expect(app.frame()).toContain('very soon.');
		expect(app.frame()).toContain('(END)');
		expect(linesOf(app.frame())[0]).toMatch(/ 100%$/);
		await app.press('g');
		expect(linesOf(app.frame())[1]).toBe('00:00:11 │ Jon Krohn');
	});

	it('shows a count being typed in the footer', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('1');
		await app.press('2');
		expect(linesOf(app.frame()).at(-1)).toMatch(/12 \? help$/);
	});

	it('opens at --at time', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24, at: 35 * 60});
		expect(linesOf(app.frame())[0]).toContain('00:34:59 / 01:10:04  50%');
		expect(linesOf(app.frame())[1]).toBe('00:34:59 │ Rosanne Liu');
	});

	it('re-wraps on resize and keeps the same paragraph at the top', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('}');
		await app.press('}');
		const before = linesOf(app.frame())[1];
		expect(before).toBe('00:02:22 │ Jon Krohn');
		await app.resize(40, 10);
		await app.waitFor(frame => linesOf(frame).length === 9);
		expect(linesOf(app.frame())[1]).toBe('00:02:22 │ Jon Krohn');
		await app.resize(120, 40);
		await app.waitFor(frame => linesOf(frame).length === 39);
		expect(linesOf(app.frame())[1]).toBe('00:02:22 │ Jon Krohn');
	});

	it('shows every key in the help overlay, and a key that is not a motion closes it', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('?');
		const rows = linesOf(app.frame()).slice(1, -1);
		expect(rows[0]).toBe(' Keys');
		const shown = (lines: string[]) => lines.map(row => row.trim().replace(/\s{2,}/, ' | '));
		const all = HELP_ROWS.map(([keys, meaning]) => `${keys} | ${meaning}`);
		expect(shown(rows.slice(1))).toEqual(all.slice(0, rows.length - 1));
		// The rest is a G away.
		await app.press('G');
		expect(shown(linesOf(app.frame()).slice(1, -1)).slice(-3)).toEqual(all.slice(-3));
		await app.press('x');
		expect(app.frame()).toContain('00:00:11 │ Jon Krohn');
	});

	it('scrolls the help in a small terminal so every key can be read', async () => {
		const app = await renderApp(seed, {columns: 40, rows: 10});
		await app.press('?');
		expect(app.frame()).toContain('Keys');
		const last = HELP_ROWS.at(-1)![1];
		expect(app.frame()).not.toContain(last);
		await app.press('G');
		expect(app.frame().replaceAll(/\s+/g, ' ')).toContain(last);
		await app.press('q');
		expect(linesOf(app.frame())[1]).toBe('00:00:11 │ Jon Krohn');
	});

	it('shows a warning about the input in the footer until a key is pressed', async () => {
		const app = await renderApp({...seed, warnings: ['not valid UTF-8; read as Windows-1252 (Latin-1)']}, {columns: 80, rows: 24});
		expect(linesOf(app.frame()).at(-1)).toMatch(/^warning: not valid UTF-8; read as Windows-1252 \(Latin-1\)\s+\? help$/);
		await app.press('j');
		expect(linesOf(app.frame()).at(-1)).toMatch(/^━*●[─┼]+ +\? help$/);
	});

	it('shows the words a partial match lacks beside each match', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('/');
		await app.press('jumbo shrimp zeppelin');
		const results = linesOf(await app.waitFor(frame => frame.includes('holding some of the words'), 'the partial match'));
		expect(results[2]).toBe('1 match holding some of the words, best first');
		expect(results[3]).toMatch(/^00:25:57 Jon Krohn {2}.*jumbo shrimp.* {2}not found: zeppelin$/);
	});

	it('searches with /, shows the matches, jumps to the chosen one; Esc leaves the search line', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('/');
		await app.press('jumbo shrimp');
		const results = linesOf(await app.waitFor(frame => frame.includes('1 match, best first'), 'the match'));
		expect(results[1]).toBe('/ jumbo shrimp');
		expect(results[2]).toBe('1 match, best first');
		expect(results[3]).toMatch(/^00:25:57 Jon Krohn {2}.*jumbo shrimp/);
		expect(results.at(-1)).toMatch(/^↑↓ choose {2}Enter go there {2}Esc back/);
		await app.press('\r');
		await app.waitFor(frame => /1\/1 \? help$/.test(linesOf(frame).at(-1)!), 'the match shown');
		expect(app.frame()).toContain('jumbo shrimp');
		await app.press('/');
		await app.press('\u001B');
		await app.waitFor(frame => !linesOf(frame)[1]!.startsWith('/ '));
		expect(app.frame()).toContain('jumbo shrimp');
	});

	it('keeps speakers apart without colour: names and layout', async () => {
		const app = await renderApp(await parseText(SMALL), {columns: 60, rows: 20});
		const lines = linesOf(app.frame());
		expect(lines.slice(1, 12)).toEqual([
			'00:00:05 │ Ada Lovelace',
			'         │ Welcome to the show. I’m your host, Ada Lovelace.',
			'         │',
			'00:00:20 │ Our guest today builds engines.',
			'',
			'00:00:30 │ Charles Babbage',
			'         │ Thank you for having me.',
			'         │',
			'00:00:40 │ The difference engine was my first.',
			'',
			'00:01:00 │ Ada Lovelace',
		]);
	});
});
