import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {extractWorks} from '../../../source/core/mentions/extract.js';
import {findTitles} from '../../../source/core/mentions/rules.js';
import {formatClock} from '../../../source/core/time.js';
import {loadSeed, parseText} from '../../helpers/transcripts.js';
import {scoreWorks, trapsTaken, type Labels} from '../../helpers/works.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/refs/${name}`, import.meta.url), 'utf8');
const episodes = [
	{name: 'the bundled episode', transcript: await loadSeed(), labels: JSON.parse(fixture('bundled-works.json')) as Labels},
	{
		name: 'a second episode, written to speak of works in other ways',
		transcript: await parseText(fixture('second-episode.txt')),
		labels: JSON.parse(fixture('second-works.json')) as Labels,
	},
	{
		name: 'a third episode, written after the rules',
		transcript: await parseText(fixture('third-episode.txt')),
		labels: JSON.parse(fixture('third-works.json')) as Labels,
	},
];

describe.each(episodes)('works found in $name', ({transcript, labels}) => {
	const works = extractWorks(transcript);

	it('finds the books, papers and essays, and nothing else as one (precision and recall ≥ 0.9)', () => {
		const {written} = scoreWorks(transcript, works, labels);
		expect(written.missed).toEqual([]);
		expect(written.wrong).toEqual([]);
		expect(written.precision).toBeGreaterThanOrEqual(0.9);
		expect(written.recall).toBeGreaterThanOrEqual(0.9);
	});

	it('shows nothing from the traps (groups, venues, people, games) as a book, paper or essay', () => {
		expect(trapsTaken(works, labels)).toEqual([]);
	});

	it('finds most of the benchmarks, datasets and models too, with nothing wrong', () => {
		const {all} = scoreWorks(transcript, works, labels);
		expect(all.precision).toBeGreaterThanOrEqual(0.9);
		expect(all.recall).toBeGreaterThanOrEqual(0.75);
	});

	it('lists each work once, in order of first mention, with mentions in transcript order', () => {
		const titles = works.map(work => work.title.toLowerCase());
		expect(new Set(titles).size).toBe(titles.length);
		const firsts = works.map(work => work.mentions[0]!.time);
		expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
		for (const work of works) {
			const order = work.mentions.map(mention => [mention.paragraph, mention.start] as const);
			expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
		}
	});

	it('points every mention at the words in its paragraph', () => {
		for (const work of works) {
			for (const mention of work.mentions) {
				const said = transcript.paragraphs[mention.paragraph]!.text.slice(mention.start, mention.end);
				if (mention.indirect) expect(said).toMatch(/^(?:that|this|the) \w+$/i);
				else expect([work.title, ...work.aliases].map(name => name.toLowerCase().replace(/\?$/, ''))).toContain(said.toLowerCase());
			}
		}
	});

	it('finds the same works every time', () => {
		expect(extractWorks(transcript)).toEqual(works);
	});
});

describe('a held-out episode (the rules are not tuned on it: its precision and recall are reported by the bench)', async () => {
	const transcript = await parseText(fixture('fourth-episode.txt'));

	it('shows nothing from its traps as a book, paper or essay', () => {
		expect(trapsTaken(extractWorks(transcript), JSON.parse(fixture('fourth-works.json')) as Labels)).toEqual([]);
	});
});

describe('the bundled episode’s works', async () => {
	const works = extractWorks(await loadSeed());
	const work = (title: string) => works.find(found => found.title === title)!;

	it('knows the books by their authors', () => {
		expect(works.filter(found => found.kind === 'book').map(found => [found.title, found.author])).toEqual([
			['I Am a Strange Loop', 'Douglas Hofstadter'],
			['Why Things Fall Apart', 'Pema Chödrön'],
			['Turtles All the Way Down', 'John Green'],
		]);
	});

	it('joins an acronym and its expansion, and links "that book" to the book under discussion', () => {
		expect(work('LoRA').aliases).toContain('Low-Rank Adaptation');
		expect(
			work('I Am a Strange Loop')
				.mentions.filter(mention => mention.indirect)
				.map(mention => formatClock(mention.time)),
		).toEqual(['01:05:18', '01:05:21']);
	});

	it('lists a paper whose title is not said by what is said of it', () => {
		expect(work('Untitled paper from ACL').aliases).toEqual(['a fun paper from last year’s ACL']);
	});
});

describe('the rules', () => {
	it.each([
		['I love this paper called Intrinsic Gravity. It was fun.', 'Intrinsic Gravity', 'paper'],
		['I was reading Ada Byron’s The Engine Diaries last week.', 'The Engine Diaries', 'book'],
		['Her new novel, Salt and Ash, is out.', 'Salt and Ash', 'book'],
		['It’s a classic: Moby Dick by Herman Melville.', 'Moby Dick', undefined],
		['We tested on the GLUE benchmark.', 'GLUE', 'benchmark'],
		['Mostly a thing called Sextant. It’s an open model.', 'Sextant', 'model'],
		['the first to train on a dataset like ImageNet', 'ImageNet', 'dataset'],
		['His essay, On Leaving, was short.', 'On Leaving', 'essay'],
		['Her favourite is Do Robots Sleep? by Ann Ames.', 'Do Robots Sleep?', undefined],
	])('finds the title in %j', (text, title, kind) => {
		expect(findTitles(text)).toContainEqual(expect.objectContaining({title, kind}));
	});

	it('counts a title said again as written, not the same words in lower case', async () => {
		const transcript = await parseText(
			'T\nA:\t00:00:05\nI am reading Deep Learning by Ian Goodfellow.\nB:\t00:00:20\nI love deep learning, and Deep Learning is a fine book.\n',
		);
		const [work] = extractWorks(transcript);
		expect(work!.title).toBe('Deep Learning');
		expect(work!.mentions.map(mention => transcript.paragraphs[mention.paragraph]!.text.slice(mention.start, mention.end))).toEqual([
			'Deep Learning',
			'Deep Learning',
		]);
	});

	it('takes "the X book" just after a title for who wrote it, not for another title', async () => {
		const transcript = await parseText(
			'Ada Moss:\t00:00:05\nI keep going back to Thinking in Systems, the Donella Meadows book. And Dune, the Frank Herbert novel, too.\n',
		);
		const titles = extractWorks(transcript).map(work => work.title);
		expect(titles).not.toContain('Donella Meadows');
		expect(titles).not.toContain('Frank Herbert');
	});

	it('finds no title in ordinary talk', () => {
		expect(findTitles('Yeah, I think the model was fine, and the paper was accepted in the end.')).toEqual([]);
	});
});
