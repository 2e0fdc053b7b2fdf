import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {parseRefsSidecar} from '../../source/core/mentions/sidecar.js';
import {referencesFor} from '../../source/core/references.js';
import {loadSeed, parseText, SMALL} from '../helpers/transcripts.js';
import {renderApp} from '../helpers/render-app.js';

const seed = await loadSeed();
const small = await parseText(SMALL);
// Found once a transcript: found now, the works are there at once when a test opens the sidebar
// (the app quits 150 ms after its first resize, for the redraw a real terminal wants).
referencesFor(seed);
afterEach(cleanup);

const linesOf = (frame: string) => frame.split('\n').map(line => line.trimEnd());
/** The bundled episode's gutter and text: 111 columns. */
const TEXT_COLUMNS = 111;
/** Where the sidebar's border is: a column's gap after the text. */
const SIDEBAR_FROM = TEXT_COLUMNS + 1;
/** The footer, beside the sidebar's last row. */
const footerOf = (frame: string) => linesOf(frame).at(-1)!.slice(0, TEXT_COLUMNS).trimEnd();

/** Two works the rules do not find in the small episode, added by a references file. */
const refs = {
	name: "'small.refs.json'",
	entries: parseRefsSidecar(
		JSON.stringify({
			works: [
				{title: 'Sketch of the Analytical Engine', kind: 'paper', author: 'Ada Lovelace', year: 1843, at: ['00:00:25', '00:00:45']},
				{title: 'Passages from the Life of a Philosopher', kind: 'book', author: 'Charles Babbage', at: ['00:00:40']},
			],
		}),
	),
};

describe('App with the works sidebar', () => {
	it('from 100 columns, narrows the text for the sidebar beside it, a column apart, and widens it again when hidden', async () => {
		for (const [columns, text] of [
			[100, 71],
			[120, 91],
			[200, 111],
		] as const) {
			const app = await renderApp(seed, {columns, rows: 30});
			const before = linesOf(app.frame());
			await app.press('s');
			const lines = linesOf(await app.waitFor(frame => frame.includes('works mentioned'), 'the sidebar'));
			for (const line of lines.slice(0, -1)) {
				expect(stringWidth(line)).toBeLessThanOrEqual(columns);
				// The text, then a blank column, then the sidebar's border: a full line of text never touches it.
				expect([...line].slice(text, text + 2).join('')).toBe(' │');
			}

			// Re-wrapped to fit, from the same words (at 200 columns the text keeps its widest, 111).
			expect(lines[2]).toMatch(/^ {9}│ Welcome to the Super Data Science Podcast/);
			expect(lines[2]!.slice(0, text).trimEnd() === before[2]).toBe(columns === 200);
			expect(lines[1]).toMatch(/^00:00:11 │ Jon Krohn +│ /);
			await app.press('s');
			await app.waitFor(frame => !frame.includes('works mentioned'), 'the sidebar hidden');
			expect(linesOf(app.frame()).slice(1, -1)).toEqual(before.slice(1, -1));
			app.unmount();
		}
	});

	it('shows the sidebar beside the text at 140x40, the text as it was', async () => {
		const app = await renderApp(seed, {columns: 140, rows: 40});
		const before = linesOf(app.frame());
		await app.press('s');
		const shown = await app.waitFor(frame => frame.includes('works mentioned'), 'the sidebar');
		// Tab: reading again, the sidebar still in view.
		await app.press('\t}');
		const read = await app.waitFor(frame => linesOf(frame)[1]!.startsWith('00:02:12 │ Rosanne Liu'), 'the text scrolled');

		const lines = linesOf(shown);
		expect(lines).toHaveLength(39);
		expect(lines[0]).toMatch(/^This is episode number 797 .* 0% │ \d+ works mentioned$/);
		expect(lines[1]).toMatch(/^00:00:11 │ Jon Krohn +│ Books$/);
		for (const [row, line] of lines.entries()) {
			expect(stringWidth(line)).toBeLessThanOrEqual(140);
			// Left of the sidebar's border, the text keeps its columns and its words.
			if (row > 0 && row < lines.length - 1) expect(line.slice(0, TEXT_COLUMNS).trimEnd()).toBe(before[row]);
			if (row < lines.length - 1) expect([...line].slice(TEXT_COLUMNS, SIDEBAR_FROM + 1).join('')).toBe(' │');
		}

		expect(footerOf(shown)).toMatch(/^j\/k choose {2}Enter go there.* \? help$/);
		expect(linesOf(read)[0]).toMatch(/│ \d+ works mentioned$/);
		expect(footerOf(read)).not.toMatch(/^j\/k choose/);
	});

	it('puts the sidebar over the text at 80x24, and steps aside to show a mention gone to', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('s');
		const lines = linesOf(await app.waitFor(frame => frame.includes('works mentioned'), 'the sidebar'));
		expect(lines).toHaveLength(23);
		expect(lines[1]).toMatch(/^\d+ works mentioned$/);
		expect(lines[2]).toBe('Books');
		// Over the text: none of it shows.
		expect(lines.slice(1, -1).some(line => line.includes(' │ '))).toBe(false);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
		await app.press('\r');
		const read = linesOf(await app.waitFor(frame => !frame.includes('works mentioned') && frame.includes(' │ '), 'the text at the mention'));
		expect(read.at(-1)).toMatch(/ 1\/\d+ \? help$/);
		// Enter again, in the text: the next mention.
		await app.press('\r');
		await app.waitFor(frame => / 2\/\d+ \? help$/.test(linesOf(frame).at(-1)!), 'the second mention');
		await app.press('\t');
		await app.waitFor(frame => frame.includes('works mentioned'), 'the sidebar again');
		await app.press('\u001B');
		await app.waitFor(frame => !frame.includes('works mentioned'), 'the sidebar put away');
	});

	it('lists the works by kind with author and times; Enter goes to the first, again to the next', async () => {
		const app = await renderApp(small, {columns: 140, rows: 20, refs});
		await app.press('s');
		const lines = linesOf(await app.waitFor(frame => frame.includes('2 works mentioned'), 'the sidebar'));
		const side = lines.map(line => line.slice(SIDEBAR_FROM));
		expect(side.slice(0, 9)).toEqual([
			'│ 2 works mentioned',
			'│ Books',
			'│   Passages from the Life',
			'│   of a Philosopher',
			'│   Charles Babbage',
			'│   00:00:40',
			'│ Papers',
			'│   Sketch of the Analytical',
			'│   Engine',
		]);
		expect(side.slice(9, 12)).toEqual(['│   Ada Lovelace (1843)', '│   00:00:25 00:00:45', '│']);
		await app.press('j\r');
		// A time given by the references file is marked in the gutter, as a time gone to is.
		const gone = linesOf(await app.waitFor(frame => frame.includes('▶'), 'the first mention'));
		expect(gone.find(line => line.includes('▶'))).toMatch(/^00:00:25 ▶ /);
		expect(footerOf(app.frame())).toMatch(/ 1\/2 \? help$/);
		expect(gone[7]!.slice(SIDEBAR_FROM)).toBe('│ ▶ Sketch of the Analytical');
		await app.press('\r');
		await app.waitFor(frame => footerOf(frame).endsWith(' 2/2 ? help'), 'the second mention');
	});

	it('keeps the work being discussed in view and marked while the reader reads', async () => {
		const late = {name: "'ep.refs.json'", entries: parseRefsSidecar('{"works": [{"title": "A Late Model", "kind": "model", "at": ["01:00:00"]}]}')};
		referencesFor(seed, late);
		const app = await renderApp(seed, {columns: 140, rows: 40, refs: late});
		// The sidebar, the focus back on the text, and a time just after the model is named.
		await app.press('s\t:1:00:05\r');
		const lines = linesOf(await app.waitFor(frame => frame.includes('▶ A Late Model'), 'the model marked'));
		expect(lines[0]).toMatch(/01:00:0\d \/ 01:10:04/);
	});

	it('says so when no works are found', async () => {
		const app = await renderApp(small, {columns: 80, rows: 12});
		await app.press('s');
		const empty = await app.waitFor(frame => linesOf(frame)[1] === 'No books, papers or other works found', 'the empty sidebar');
		// Only the hints that apply: nothing to go to.
		expect(linesOf(empty).at(-1)).toMatch(/^s hide {2}Tab back +\? help$/);
	});

	it('finds the works after the first frame, and shows the references file’s warnings with the first screen', async () => {
		const unknown = {name: "'small.refs.json'", entries: parseRefsSidecar('{"works": [{"said": "Nothing Said", "hide": true}]}')};
		const app = await renderApp(small, {columns: 100, rows: 12, refs: unknown, timing: {prepareAfterMs: 20, worksAfterPauseMs: 20}});
		await app.waitFor(
			frame => linesOf(frame).at(-1)!.startsWith("warning: refs file 'small.refs.json': work 1 ('Nothing Said') matches nothing"),
			'the warning',
		);
	});
});
