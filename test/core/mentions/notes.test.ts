import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {InputError} from '../../../source/core/errors.js';
import {chooseItem, parseFeed} from '../../../source/core/mentions/feed.js';
import {findReferences} from '../../../source/core/mentions/index.js';
import {kindBeside, kindOfSite} from '../../../source/core/mentions/notes-links.js';
import {parseNotes} from '../../../source/core/mentions/notes.js';
import {parseText} from '../../helpers/transcripts.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/notes/${name}`, import.meta.url), 'utf8');

describe('show notes: the links in them', () => {
	it('reads Markdown links with the words on their line', async () => {
		const links = await parseNotes(fixture('harbours.notes.md'), 'md');
		expect(links.map(link => [link.text, link.url])).toEqual([
			['The Salt Road: A History', 'https://www.amazon.com/dp/0000000000'],
			['Lifting Heavy Things', 'https://arxiv.org/abs/0000.00000'],
			['Harbour Atlas', 'https://openlibrary.org/works/OL0W'],
			['Mara Quell', 'https://twitter.com/maraquell'],
			['Quayside Bakery', 'https://quayside.example/'],
		]);
		expect(links[0]!.line).toBe('- The Salt Road: A History by Ines Varro');
	});

	it('reads HTML links (entities decoded) with the text of their paragraph or item', async () => {
		const links = await parseNotes(
			'<p>Read <a href="https://doi.org/10.1/2">Ports &amp; Tides</a>, a paper.</p><ul><li><a href="https://x.example">Home</a></li></ul>',
			'html',
		);
		expect(links).toEqual([
			{text: 'Ports & Tides', url: 'https://doi.org/10.1/2', line: 'Read Ports & Tides, a paper.'},
			{text: 'Home', url: 'https://x.example', line: 'Home'},
		]);
	});

	it('reads plain-text notes: a title, then its address', async () => {
		const links = await parseNotes(
			'Links:\n- The Salt Road: https://www.amazon.com/dp/1\n* Lifting Heavy Things - https://arxiv.org/abs/1.2\nhttps://bare.example/page\n',
			'txt',
		);
		expect(links.map(link => [link.text, link.url])).toEqual([
			['The Salt Road', 'https://www.amazon.com/dp/1'],
			['Lifting Heavy Things', 'https://arxiv.org/abs/1.2'],
			['https://bare.example/page', 'https://bare.example/page'],
		]);
	});

	it('knows books and papers by their sites, and what is never a work', () => {
		expect(
			[
				'https://www.amazon.co.uk/dp/1',
				'https://amzn.to/x',
				'https://www.goodreads.com/book/show/1',
				'https://openlibrary.org/works/1',
				'https://pragprog.com/book/x',
				'https://interpreterbook.com/',
				'https://example.org/books/essentialism/',
			].map(url => kindOfSite(url)),
		).toEqual(Array(7).fill('book'));
		expect(
			[
				'https://arxiv.org/abs/1',
				'https://doi.org/10.1/2',
				'https://dl.acm.org/doi/1',
				'https://ieeexplore.ieee.org/document/1',
				'https://example.edu/~a/p761-thompson.pdf',
			].map(url => kindOfSite(url)),
		).toEqual(Array(5).fill('paper'));
		expect(
			['https://github.com/someone', 'https://twitter.com/someone', 'https://www.youtube.com/watch?v=1', 'https://www.facebook.com/x'].map(url =>
				kindOfSite(url),
			),
		).toEqual(Array(4).fill('none'));
		expect(kindOfSite('https://en.wikipedia.org/wiki/Something')).toBeUndefined();
		expect(kindOfSite('not a url')).toBeUndefined();
		expect([kindBeside('The book series'), kindBeside('his paper on it'), kindBeside('a blog post'), kindBeside('our sponsor')]).toEqual([
			'book',
			'paper',
			'essay',
			undefined,
		]);
	});
});

describe('show notes: works placed in the transcript', async () => {
	const transcript = await parseText(fixture('harbours.txt'));
	const links = await parseNotes(fixture('harbours.notes.md'), 'md');
	const {works} = findReferences(transcript, [], links);
	const byTitle = (title: string) => works.find(work => work.title === title);

	it('gives the works the notes link to their proper titles, addresses, authors and kinds', () => {
		expect(works.map(work => [work.title, work.kind, work.url])).toEqual([
			['The Salt Road: A History', 'book', 'https://www.amazon.com/dp/0000000000'],
			['Tidewater Almanac', 'book', undefined],
			['Lifting Heavy Things', 'paper', 'https://arxiv.org/abs/0000.00000'],
			['Harbour Atlas', 'book', 'https://openlibrary.org/works/OL0W'],
		]);
		expect(byTitle('The Salt Road: A History')!.author).toBe('Ines Varro');
	});

	it('places each where it is said, loosely: in lower case, by its short form, with a misheard letter', () => {
		const said = (title: string) => byTitle(title)!.mentions.map(mention => transcript.paragraphs[mention.paragraph]!.text.slice(mention.start, mention.end));
		expect(said('The Salt Road: A History')).toEqual(['the salt raod', 'salt road']);
		expect(said('Lifting Heavy Things')).toEqual(['lifting heavy things']);
	});

	it('keeps a work only the notes name, with no mentions: not found in the words', () => {
		expect(byTitle('Harbour Atlas')).toMatchObject({origin: 'notes', mentions: []});
	});

	it('leaves out links that are people and sponsors', () => {
		expect(works.some(work => /Mara Quell|Quayside/.test(work.title))).toBe(false);
	});

	it('finds the same works without notes, but for those only the notes name', () => {
		expect(findReferences(transcript).works.map(work => work.title)).toEqual(['The Salt Raod', 'Tidewater Almanac']);
	});
});

describe('--feed: the item of an RSS feed', async () => {
	const items = await parseFeed(fixture('feed.xml'));

	it('reads each item: its title, enclosure and notes (content:encoded, else description)', () => {
		expect(items.map(item => [item.title, item.enclosure])).toEqual([
			['Another episode', 'https://cdn.example/other.mp3'],
			['A made-up episode about harbours', 'https://cdn.example/harbours.mp3?ref=feed'],
		]);
		expect(items[0]!.notes).toBe('<p><a href="https://www.amazon.com/dp/9">A Different Book</a></p>');
		expect(items[1]!.notes).toMatch(/^<ul><li><a href="https:\/\/www.goodreads.com\/book\/show\/1">/);
	});

	it("picks the item whose enclosure is the transcript's file name, or whose title is its title, or the only one", () => {
		expect(chooseItem(items, 'harbours.vtt', '').title).toBe('A made-up episode about harbours');
		expect(chooseItem(items, 'ep.txt', 'A made-up episode about harbours').title).toBe('A made-up episode about harbours');
		expect(chooseItem(items.slice(0, 1), 'unrelated.txt', '').title).toBe('Another episode');
		expect(() => chooseItem(items, 'unrelated.txt', 'Unrelated')).toThrow(
			new InputError("has 2 items and none is this episode's (by its title or its audio file's name)"),
		);
		expect(() => chooseItem([], 'ep.txt', '')).toThrow(new InputError('has no items'));
	});
});
