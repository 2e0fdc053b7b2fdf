import {describe, expect, it} from 'vitest';
import {highlightSpan} from '../../source/core/search/highlight.js';
import {parseQuery} from '../../source/core/search/query.js';
import {createSearchIndex, searchOnce} from '../../source/core/search/search.js';
import {buildTrigramIndex, prefilter, prefilterTexts} from '../../source/core/search/trigrams.js';
import {searchUnits} from '../../source/core/search/units.js';
import {loadSeed, parseText, SMALL} from '../helpers/transcripts.js';

const small = await parseText(SMALL);
const seed = await loadSeed();

describe('parseQuery', () => {
	it('takes quoted phrases as exact, other words as fuzzy terms', async () => {
		expect(parseQuery('Seven "ATE nine"  yeah')).toEqual({phrases: ['ate nine'], words: ['seven', 'yeah'], length: 19});
	});

	it('takes punctuation typed around words as no part of them, and drops one-letter words but not numbers', async () => {
		const query = parseQuery("!not ^start end$ =exact 'incl a|b i 7");
		expect(query.words).toEqual(['not', 'start', 'end', 'exact', 'incl', '7']);
	});

	it('folds curly apostrophes and quotes like the text', async () => {
		expect(parseQuery('didn’t “say”').phrases).toEqual(['say']);
		expect(parseQuery('didn’t').words).toEqual(["didn't"]);
	});
});

describe('highlightSpan', () => {
	const text = 'so I love this paper called Intrinsic Dimension, it is a paper';
	it('picks the densest stretch of matches and widens it to whole words', async () => {
		const ranges: Array<[number, number]> = [
			[0, 1],
			[28, 36],
			[38, 46],
			[60, 61],
		];
		expect(highlightSpan(text, ranges, 18)).toEqual({start: 28, end: 47});
	});

	it('merges matches one character apart', async () => {
		expect(
			highlightSpan(
				text,
				[
					[28, 30],
					[32, 36],
				],
				9,
			),
		).toEqual({start: 28, end: 37});
	});

	it('has nothing to highlight without matches', async () => {
		expect(highlightSpan(text, [], 5)).toBeUndefined();
	});
});

describe('searchUnits', () => {
	it('pairs neighbouring sentences, joining short ones, with offsets into the paragraph', async () => {
		const transcript = await parseText(
			'T\nA:\t00:00:01\nYeah. This sentence is long enough to stand on its own here. And here is another long sentence to pair with.',
		);
		const units = searchUnits(transcript);
		const text = transcript.paragraphs[0]!.text;
		expect(units).toHaveLength(1);
		expect(units[0]!.text).toBe(text);
		for (const unit of searchUnits(seed)) {
			expect(seed.paragraphs[unit.paragraph]!.text.slice(unit.offset, unit.offset + unit.text.length)).toBe(unit.text);
		}
	});

	it('cuts very long sentences at a space', async () => {
		const long = Array.from({length: 120}, (_, index) => `word${index}`).join(' ');
		const units = searchUnits(await parseText(`T\nA:\t00:00:01\n${long}`));
		expect(units.length).toBeGreaterThan(1);
		for (const unit of units) expect(unit.text.length).toBeLessThanOrEqual(600);
	});
});

describe('prefilter', () => {
	it('keeps the texts holding most of the query’s trigrams, best first', async () => {
		const index = buildTrigramIndex(['the intrinsic dimension of models', 'a dog and a cat', 'intrinsic value']);
		expect(prefilter(index, 'intrinsic dimenson', {minShare: 0.4, limit: 10})).toEqual([0, 2]);
		expect(prefilter(index, 'intrinsic dimenson', {minShare: 0.9, limit: 10})).toEqual([]);
		expect(prefilter(index, 'intrinsic', {minShare: 0.4, limit: 1})).toHaveLength(1);
	});

	it('gives the same ids read from the texts as from their index', async () => {
		const texts = searchUnits(seed).map(unit => unit.text);
		const index = buildTrigramIndex(texts);
		for (const query of ['intrinsic dimenson', 'seven ate nine', 'curiosity driven research', 'the the the', 'zebra']) {
			for (const options of [
				{minShare: 0.25, limit: 300},
				{minShare: 0.6, limit: 5},
			]) {
				expect(prefilterTexts(texts, query, options)).toEqual(prefilter(index, query, options));
			}
		}
	});
});

describe('searchOnce', () => {
	it('finds what an index finds', async () => {
		for (const query of ['diference engin', '"intrinsic dimension"', 'seven ate nine', 'curiosity driven research', 'zebra quantum volcano']) {
			expect(searchOnce([small, seed], query, 20)).toEqual(createSearchIndex([small, seed]).search(query, 20));
		}
	});
});

describe('createSearchIndex', () => {
	const index = createSearchIndex([small]);

	it('finds a quote with typos and gives its paragraph, passage and time', async () => {
		const [hit] = index.search('diference engin');
		const paragraph = small.paragraphs[hit!.paragraph]!;
		expect(paragraph.text.slice(hit!.start, hit!.end)).toBe('difference engine');
		expect(hit!.time).toBeGreaterThanOrEqual(40);
		expect(hit!.time).toBeLessThan(60);
	});

	it('lists each place an exact phrase occurs once', async () => {
		const hits = createSearchIndex([seed]).search('"intrinsic dimension"', 50);
		const places = hits.map(hit => `${hit.paragraph}:${hit.start}`);
		expect(new Set(places).size).toBe(places.length);
	});

	it('takes hyphens as spaces, in phrases too', async () => {
		const hits = createSearchIndex([seed]).search('"low rank adaptation"');
		expect(hits.map(hit => seed.paragraphs[hit.paragraph]!.text.slice(hit.start, hit.end))).toEqual(['Low-Rank Adaptation', 'Low-Rank Adaptation']);
	});

	it('asks quoted phrases to appear exactly', async () => {
		expect(index.search('"difference engine"')).toHaveLength(1);
		expect(index.search('"engine difference"')).toEqual([]);
	});

	it('finds nothing for nonsense, or for an empty query', async () => {
		expect(index.search('zebra quantum volcano')).toEqual([]);
		expect(index.search('  "" ! ')).toEqual([]);
	});

	it('searches several transcripts at once and says which each hit is in', async () => {
		const archive = createSearchIndex([small, seed]);
		expect(archive.search('difference engine', 1)[0]!.episode).toBe(0);
		expect(archive.search('jumbo shrimp', 1)[0]!.episode).toBe(1);
	});

	it('leaves out stray matches far behind the best', async () => {
		const passages = createSearchIndex([seed])
			.search('seven ate nine', 50)
			.map(hit => seed.paragraphs[hit.paragraph]!.text.slice(hit.start, hit.end).toLowerCase());
		expect(passages[0]).toBe('seven ate nine');
		expect(passages.every(passage => passage.includes('seven'))).toBe(true);
	});

	it('does not show one passage twice from overlapping units', async () => {
		const hits = createSearchIndex([seed]).search('seven ate nine', 50);
		const keys = hits.map(hit => `${hit.paragraph}:${hit.start}`);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
