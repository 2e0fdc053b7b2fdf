import {describe, expect, it} from 'vitest';
import type {References} from '../../source/core/mentions/work.js';
import {buildTranscript} from '../../source/core/model.js';
import {groupWorks, mentionStamps} from '../../source/core/work-groups.js';
import {refsOutput} from '../../source/commands/refs.js';
import {work} from '../helpers/made-works.js';

const at = (time: number, indirect = false) => ({paragraph: 0, start: 0, end: 4, time, indirect});
const transcript = buildTranscript('Episode 1', [
	{speaker: 'Ann', start: 0, text: 'We talk about books.', stamped: true},
	{speaker: 'Bo', start: 3000, text: 'Indeed.', stamped: true},
]);
const untimed = {...transcript, timed: false};

const refs: References = {
	warnings: [],
	works: [
		work('Deep Learning', 'book', [at(90), at(90.6, true), at(130, true), at(1303)], {author: 'Ian Goodfellow', year: 2016}),
		work('Attention [Is] *All* You Need', 'paper', [at(200)], {url: 'https://example.org/a paper (v2)', saidAs: 'Attention Is All'}),
		work('MNIST', 'dataset', [at(300)]),
		work('A Book Given Without Times', 'book', [], {origin: 'added'}),
	],
};

const run = (options: {json?: boolean; to?: 'md'} = {}, on = transcript) => refsOutput(on, refs, {json: options.json ?? false, to: options.to});

describe('the works, grouped and stamped', () => {
	it('groups by kind in the sidebar’s order, each group in order of first mention, leaving out empty groups', () => {
		expect(groupWorks(refs.works).map(group => [group.title, group.works.map(each => each.title)])).toEqual([
			['Books', ['Deep Learning', 'A Book Given Without Times']],
			['Papers', ['Attention [Is] *All* You Need']],
			['Benchmarks, datasets & models', ['MNIST']],
		]);
	});

	it('gives a stamp a second, said by name winning over referred to', () => {
		// Each with the mention it stands for (the library's works view opens there).
		expect(mentionStamps(refs.works[0]!)).toMatchObject([
			{clock: '00:01:30', indirect: false, mention: {time: 90, indirect: false}},
			{clock: '00:02:10', indirect: true, mention: {time: 130}},
			{clock: '00:21:43', indirect: false},
		]);
	});
});

describe('parley refs output', () => {
	it('is a table: a heading a group, a line a work with author, year and times, ~ for referred to', () => {
		expect(run()).toBe(
			[
				'Episode 1 — 4 works mentioned',
				'Books',
				'  Deep Learning — Ian Goodfellow (2016)  00:01:30 00:02:10~ 00:21:43',
				'  A Book Given Without Times',
				'Papers',
				'  Attention [Is] *All* You Need (said as “Attention Is All”)  00:03:20',
				'Benchmarks, datasets & models',
				'  MNIST  00:05:00',
				'',
			].join('\n'),
		);
	});

	it('counts mentions where the transcript has no times', () => {
		expect(run({}, untimed)).toContain('\n  Deep Learning — Ian Goodfellow (2016)  (4 mentions)\n');
		expect(run({}, untimed)).toContain('\n  MNIST  (1 mention)\n');
	});

	it('is JSON with --json: the works in order of first mention, times in seconds', () => {
		const json = JSON.parse(run({json: true})) as {title: string; works: unknown[]};
		expect(json.title).toBe('Episode 1');
		expect(json.works[0]).toEqual({
			title: 'Deep Learning',
			kind: 'book',
			author: 'Ian Goodfellow',
			year: 2016,
			origin: 'found',
			mentions: [
				{time: 90, indirect: false},
				{time: 90.6, indirect: true},
				{time: 130, indirect: true},
				{time: 1303, indirect: false},
			],
		});
		expect(json.works[1]).toMatchObject({url: 'https://example.org/a paper (v2)', saidAs: 'Attention Is All'});
		expect(json.works[3]).toEqual({title: 'A Book Given Without Times', kind: 'book', origin: 'added', mentions: []});
		const plain = JSON.parse(run({json: true}, untimed)) as {works: Array<{mentions: unknown[]}>};
		expect(plain.works[2]!.mentions).toEqual([{indirect: false}]);
	});

	it('is a Markdown reading list with --to md: escaped titles, safe links, times', () => {
		expect(run({to: 'md'})).toBe(
			[
				'# Reading list: Episode 1',
				'',
				'## Books',
				'',
				'- *Deep Learning* — Ian Goodfellow (2016) — 00:01:30, 00:02:10~, 00:21:43',
				'- *A Book Given Without Times*',
				'',
				'## Papers',
				'',
				'- [*Attention \\[Is\\] \\*All\\* You Need*](https://example.org/a%20paper%20%28v2%29) — 00:03:20',
				'',
				'## Benchmarks, datasets & models',
				'',
				'- *MNIST* — 00:05:00',
				'',
			].join('\n'),
		);
		expect(run({to: 'md'}, untimed)).toContain('\n- *MNIST*\n');
	});
});
