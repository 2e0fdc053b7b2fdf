import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import type {DisplayLine} from '../../source/core/layout.js';
import {highlightsOn} from '../../source/ui/transcript-rows.js';
import {fewTimes, firstShownRow, sidebarRows} from '../../source/ui/sidebar-rows.js';
import {sidebarWorks} from '../../source/ui/works-shown.js';
import {work} from '../helpers/made-works.js';

const at = (time: number, indirect = false) => ({paragraph: 0, start: 0, end: 4, time, indirect});

describe('the sidebar’s rows', () => {
	const refs = {
		warnings: [],
		works: [
			work('What Does a Platypus Look Like? Generating Customized Prompts for Zero-shot Image Classification', 'paper', [at(3069), at(3087, true)], {
				author: 'Sarah Pratt et al.',
				year: 2023,
			}),
			work('When Things Fall Apart', 'book', [at(3926)], {saidAs: 'Why Things Fall Apart', author: 'Pema Chödrön'}),
			work('MNIST', 'dataset', [at(1356), at(1400), at(1500), at(1600), at(1700)]),
		],
	};

	it('heads each group, and gives each work its title (two lines at most), author, what it was said as, and times', () => {
		const rows = sidebarRows(sidebarWorks(refs), 30, true);
		expect(rows.map(row => `${row.kind}: ${row.text}`)).toEqual([
			'group: Books',
			'title: When Things Fall Apart',
			'detail: Pema Chödrön',
			'detail: said as “Why Things Fall Apart”',
			'detail: 01:05:26',
			'group: Papers',
			'title: What Does a Platypus Look',
			'title: Like? Generating Customized…',
			'detail: Sarah Pratt et al. (2023)',
			'detail: 00:51:09 00:51:27~',
			'group: Benchmarks, datasets & models',
			'title: MNIST',
			'detail: 00:22:36 00:23:20 +3',
		]);
		// Each work's rows name it, in the sidebar's order.
		expect(rows.flatMap(row => (row.kind === 'group' ? [] : [row.work]))).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2]);
		// Titles are wrapped to the room beside the mark; other rows are cut where they are drawn.
		for (const row of rows.filter(each => each.kind === 'title')) expect(stringWidth(row.text)).toBeLessThanOrEqual(28);
	});

	it('mark a work only the show notes give as not found in the words, wrapped to the room there is', () => {
		const notes = {
			warnings: [],
			works: [work('Thinking in Systems', 'book', [], {origin: 'notes', author: 'Donella Meadows'}), work('Never Linked', 'book', [])],
		};
		const rows = sidebarRows(sidebarWorks(notes), 30, true);
		expect(rows.map(row => `${row.kind}: ${row.text}`)).toEqual([
			'group: Books',
			'title: Thinking in Systems',
			'detail: Donella Meadows',
			'detail: in the show notes; not found',
			'detail: in the words',
			// Added by hand without a time: nothing to say of where it is.
			'title: Never Linked',
		]);
		expect(sidebarRows(sidebarWorks(notes), 60, false).map(row => row.text)).toContain('in the show notes; not found in the words');
	});

	it('are laid out once for works and a width', () => {
		const works = sidebarWorks(refs);
		expect(sidebarRows(works, 30, true)).toBe(sidebarRows(works, 30, true));
		expect(sidebarRows(works, 31, true)).not.toBe(sidebarRows(works, 30, true));
		expect(sidebarRows(works, 30, false)).not.toBe(sidebarRows(works, 30, true));
	});

	it('start where a group or a work starts, the chosen work’s title in view, at any height', () => {
		const rows = sidebarRows(sidebarWorks(refs), 30, true);
		for (let height = 1; height <= rows.length + 1; height++) {
			for (const chosen of [0, 1, 2]) {
				const first = firstShownRow(rows, chosen, height);
				const row = rows[first]!;
				expect(row.kind === 'group' || row.first, `height ${height}, work ${chosen}: row ${first}`).toBe(true);
				const title = rows.findIndex(each => each.kind === 'title' && each.work === chosen);
				expect(title - first, `height ${height}, work ${chosen}`).toBeLessThan(height);
				expect(title).toBeGreaterThanOrEqual(first);
			}
		}

		// The work's lines all in view when they fit: the paper's six rows, from its heading, in seven.
		expect(firstShownRow(rows, 1, 7)).toBe(5);
	});

	it('shows as many times as fit, and how many more', () => {
		const mnist = refs.works[2]!;
		expect(fewTimes(mnist, 60, true)).toBe('00:22:36 00:23:20 00:25:00 00:26:40 00:28:20');
		expect(fewTimes(mnist, 26, true)).toBe('00:22:36 00:23:20 +3');
		expect(fewTimes(mnist, 12, true)).toBe('00:22:36 +4');
		expect(fewTimes(mnist, 8, true)).toBe('5 times');
		expect(fewTimes(mnist, 30, false)).toBe('5 mentions');
		expect(fewTimes(work('X', 'book', []), 30, true)).toBe('');
	});
});

describe('the highlights on a line of text', () => {
	const line: DisplayLine = {kind: 'text', paragraph: 3, speaker: 0, stamp: '', text: 'the very famous fine-tuning method', bar: true, time: 0, offset: 100};

	it('are the parts of the spans on the line, in its own columns, in order, overlaps joined', () => {
		expect(highlightsOn(line, [])).toBeUndefined();
		expect(highlightsOn(line, [{paragraph: 2, start: 100, end: 110}])).toBeUndefined();
		expect(
			highlightsOn(line, [
				{paragraph: 3, start: 116, end: 127},
				{paragraph: 3, start: 104, end: 109},
			]),
		).toEqual([
			[4, 9],
			[16, 27],
		]);
		expect(
			highlightsOn(line, [
				{paragraph: 3, start: 90, end: 103},
				{paragraph: 3, start: 102, end: 109},
			]),
		).toEqual([[0, 9]]);
		expect(highlightsOn(line, [{paragraph: 3, start: 130, end: 200}])).toEqual([[30, 34]]);
	});
});
