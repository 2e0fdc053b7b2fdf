/* Titles as speech-to-text writes them, on our own made-up sentences. */
import {describe, expect, it} from 'vitest';
import {extractWorks} from '../../../source/core/mentions/extract.js';
import {
	FILLERS,
	GENERIC_NOUNS,
	GIVEN_NAMES,
	NAMED_FOR,
	NEVER_WORKS,
	NOT_TITLE_STARTS,
	NOT_WORK_AFTER,
	PLACE_ENDS,
	SPEECH_STARTS,
	TITLE_ENDS,
	TITLE_INNER,
} from '../../../source/core/mentions/lexicon.js';
import {cleanAuthor, findSpokenTitles, titleAt} from '../../../source/core/mentions/spoken.js';
import type {Work} from '../../../source/core/mentions/work.js';
import {parseText} from '../../helpers/transcripts.js';

/** A made-up episode: one paragraph a minute, said by a host and a guest in turn, then a goodbye. */
async function episode(...said: string[]): Promise<Work[]> {
	const paragraphs = [...said, 'Thanks for coming on.', 'Thanks for having me.'];
	const lines = paragraphs.flatMap((text, index) => [`${index % 2 === 0 ? 'Ada Host' : 'Ben Guest'}:\t00:${String(index + 1).padStart(2, '0')}:00`, text]);
	return extractWorks(await parseText(['A made-up episode', ...lines].join('\n')));
}

const titles = (works: readonly Work[]) => works.map(work => `${work.kind}: ${work.title}${work.author ? ` — ${work.author}` : ''}`);

describe('titles said in lower case', () => {
	it('reads a title after a cue up to where the speaker goes on', () => {
		expect(titleAt('thinking in fog, primer. And then', 0)).toMatchObject({title: 'thinking in fog', form: 'lower'});
		expect(titleAt('the lantern keeper because it was short', 0)).toMatchObject({title: 'the lantern keeper', form: 'lower'});
		expect(titleAt('The Road to Nowhere Else is great', 0)).toMatchObject({title: 'The Road to Nowhere Else', form: 'capitalised'});
		expect(titleAt('“a quiet harbour,” she said', 0)).toMatchObject({title: 'a quiet harbour', form: 'quoted'});
		expect(titleAt('some of it', 0)).toBeUndefined();
		expect(titleAt('10 books', 0)).toBeUndefined();
	});

	it('finds them near cues, title-cased, and keeps the lower-case form as said', async () => {
		const works = await episode(
			'I read a book called thinking in fog last year, and it stayed with me.',
			"Yeah, it's called the lantern keeper, a novel about a lighthouse.",
			'Thinking in fog is the one I give people.',
		);
		expect(titles(works)).toEqual(['book: Thinking in Fog', 'book: The Lantern Keeper']);
		expect(works[0]!.aliases).toContain('thinking in fog');
		expect(works[0]!.mentions).toHaveLength(2);
	});

	it('keeps a title read only once only when the episode corroborates it', async () => {
		expect(titles(await episode('Last week I read the harbour ledger. Anyway, how was your week?', 'Busy, busy.'))).toEqual([]);
		expect(titles(await episode('Last week I read the harbour ledger.', 'Oh, the harbour ledger! Great book.'))).toEqual(['book: The Harbour Ledger']);
	});

	it('reads lists of picks', async () => {
		const works = await episode(
			'Okay, books. My first pick is the orchard ledger by so Tomas Reyn, and the next one is Salt and Cedar.',
			'Salt and Cedar, yes, I loved the orchard ledger too.',
		);
		expect(titles(works)).toEqual(['book: The Orchard Ledger — Tomas Reyn', 'book: Salt and Cedar']);
	});
});

describe('authors', () => {
	it('cleans the fillers said before a name', () => {
		expect(['so Hana Berrow', 'uh Hana Berrow', 'like Hana Berrow', 'Hana Berrow', "Hana Berrow's"].map(name => cleanAuthor(name))).toEqual(
			Array(5).fill('Hana Berrow'),
		);
	});

	it('finds "X by so AUTHOR" with the author cleaned', async () => {
		expect(titles(await episode('There is a great book, Engines of Dusk, by so Hana Berrow, that I reread every year.'))).toEqual([
			'book: Engines of Dusk — Hana Berrow',
		]);
		expect(findSpokenTitles('I read the quiet engine by uh Hana Berrow.')).toContainEqual(
			expect.objectContaining({title: 'the quiet engine', author: 'Hana Berrow', lower: true}),
		);
	});
});

describe('precision: what is never a work unless the episode says so', () => {
	it('leaves out numbers, companies, products, games, shows and people near cues', async () => {
		const works = await episode(
			'I wrote 10 books about this. I read 37 Signals every morning, and I read Stand Up Dev.',
			'Have you read Tomas Reyn? He wrote Dungeons and Dragons, and his company built the Raspberry Pi.',
			'My first pick is Minecraft, the game. The next one is the Harbour Talk podcast.',
			'I read a great book by Ada Host, Quay Web Framework by Lina Osk, and wrote the Dock Runner App.',
		);
		expect(titles(works)).toEqual([]);
	});

	it('takes a work’s kind from what is said about it', async () => {
		expect(
			titles(
				await episode('Her paper, Tides of Doubt, came out last spring.', 'And the essay called Slow Water was good.', 'I read a novel called The Brass Gate.'),
			),
		).toEqual(['paper: Tides of Doubt', 'essay: Slow Water', 'book: The Brass Gate']);
	});

	it('tells a title after "a book," from a person after "my student,"', async () => {
		expect(titles(await episode('You wrote a book, Harbour Lights Revisited, and one of my students, Aiko Vell, read it twice.'))).toEqual([
			'book: Harbour Lights Revisited',
		]);
	});

	it('files a book picked after talk of datasets as a book', async () => {
		expect(
			titles(
				await episode(
					'We trained on a dataset of street photos for the model.',
					'My first pick is About Nothing Much by Alan Vire.',
					'About Nothing Much is short and good.',
				),
			),
		).toEqual(['book: About Nothing Much — Alan Vire']);
	});

	it('does not take a remark in quotes for a title', async () => {
		expect(titles(await episode('I read books, and people say "Oh, just read the summary" or "Hey, let\'s skip it", which is wrong.'))).toEqual([]);
	});
});

describe('the word lists are data', () => {
	const lists = {
		FILLERS,
		GENERIC_NOUNS,
		GIVEN_NAMES,
		NAMED_FOR,
		NEVER_WORKS,
		NOT_TITLE_STARTS,
		NOT_WORK_AFTER,
		PLACE_ENDS,
		SPEECH_STARTS,
		TITLE_ENDS,
		TITLE_INNER,
	};

	it.each(Object.entries(lists))('%s: lower case, no blanks', (_, list) => {
		expect(list.size).toBeGreaterThan(0);
		for (const word of list) expect(word).toBe(word.toLowerCase().trim());
	});

	it('never end a title said in lower case on its small words, but "and" and "or", which start a new clause', () => {
		expect([...TITLE_INNER].filter(word => TITLE_ENDS.has(word))).toEqual(['and', 'or']);
	});
});
