import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {untimedTopics} from '../fixtures/chapters/topics.js';
import {loadSeed, parseText} from '../helpers/transcripts.js';
import {renderApp} from '../helpers/render-app.js';

const seed = await loadSeed();
// An app left mounted would find the works mentioned (its prepare timer) while the next test types.
afterEach(cleanup);
const linesOf = (frame: string) => frame.split('\n').map(line => line.trimEnd());
const given = {
	name: 'ep.chapters.json',
	entries: [
		{start: 0, title: 'Hello'},
		{start: 600, title: 'Ten minutes in'},
		{start: 1200, title: 'Hidden', toc: false},
		{start: 2100, title: 'Thirty-five'},
	],
};

describe('App with chapters', () => {
	it('shows the chapter being read in the header; ] goes to the next', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24, given});
		expect(linesOf(app.frame())[0]).toMatch(/› Hello +00:00:11/);
		await app.press(']');
		await app.waitFor(frame => /› Ten minutes in +00:09:45/.test(linesOf(frame)[0]!), 'the next chapter');
	});

	it('lists the chapters with c, the current one marked; Enter jumps, Esc closes', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24, given});
		await app.press(']c');
		const list = linesOf(await app.waitFor(frame => frame.includes('3 chapters'), 'the chapter list'));
		expect(list[1]).toBe('3 chapters, from the chapters file');
		expect(list.slice(2, 5)).toEqual(['  00:00:00   10:00  Hello', '▶ 00:10:00   25:00  Ten minutes in', '  00:35:00   35:04  Thirty-five']);
		expect(list.at(-1)).toMatch(/^↑↓ choose/);
		await app.press('j\r');
		await app.waitFor(frame => /› Thirty-five/.test(frame.split('\n')[0]!), 'the chapter chosen');
		await app.press('c\u001B');
		await app.waitFor(frame => !frame.includes('3 chapters') && frame.includes('│'), 'the list to close');
	});

	it('derives chapters after the first frame when none are given', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24, timing: {prepareAfterMs: 100}});
		await app.waitFor(frame => frame.split('\n')[0]!.includes('› Intro'), 'the derived chapter in the header');
	});

	it('goes to a time typed after :, marks it, and shows a progress bar', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24, given});
		const footer = (frame: string) => linesOf(frame).at(-1)!;
		await app.press(':50%');
		await app.waitFor(frame => /^go to: 50% +35:00 {2}1:05:10/.test(footer(frame)), 'the time typed');
		await app.press('\r');
		const lines = linesOf(await app.waitFor(frame => frame.includes('▶'), 'the moment marked'));
		expect(lines[0]).toContain('00:34:59 / 01:10:04');
		expect(lines.find(line => line.includes('▶'))).toMatch(/^00:35:02 ▶ I have a Bernedoodle/);
		expect(lines.at(-1)).toMatch(/^━+╋━+●─+ +\? help$/);
		await app.press('tsoon\r');
		await app.waitFor(frame => footer(frame).startsWith("not a time: 'soon'"), 'the error');
	});

	it('lists the chapters of a transcript without times by paragraph and share of the episode', async () => {
		const app = await renderApp(await parseText(untimedTopics()), {columns: 80, rows: 24, timing: {prepareAfterMs: 0}});
		await app.press('c');
		const list = linesOf(await app.waitFor(frame => /\d+ chapters, found/.test(frame), 'the chapter list'));
		const rows = list.filter(line => /^[ ▶] ¶/.test(line));
		expect(rows.length).toBeGreaterThan(1);
		expect(rows[0]).toMatch(/^▶ ¶1 +0% {2}\S/);
		const places = rows.map(row => /¶(\d+) +(\d+)%/.exec(row)!.slice(1).map(Number));
		for (const [index, [paragraph, percent]] of places.entries()) {
			if (index === 0) continue;
			expect(paragraph).toBeGreaterThan(places[index - 1]![0]!);
			expect(percent).toBeGreaterThan(places[index - 1]![1]!);
		}
	});
});
