import {describe, expect, it} from 'vitest';
import {createSearchIndex} from '../../source/core/search/search.js';
import {formatClock} from '../../source/core/time.js';
import {SEED_QUOTES} from '../fixtures/seed-quotes.js';
import {loadSeed} from '../helpers/transcripts.js';
import {hitsWithin, ownSet} from '../devset/search-cases.js';

const seed = await loadSeed();
const index = createSearchIndex([seed]);
const startsOf = (query: string) => index.search(query, 5).map(hit => formatClock(seed.paragraphs[hit.paragraph]!.start));

describe('finding half-remembered quotes in the bundled episode', () => {
	it.each(SEED_QUOTES)('%j is at %s', async (query, start) => {
		expect(startsOf(query)).toContain(start);
	});

	it('puts at least 90% of them first', async () => {
		const first = SEED_QUOTES.filter(([query, start]) => startsOf(query)[0] === start);
		expect(first.length / SEED_QUOTES.length).toBeGreaterThanOrEqual(0.9);
	});
});

describe('finding paraphrased quotes (a word added, a synonym, another form, a word dropped)', async () => {
	const outcomes = await ownSet();

	it('finds at least 75% first and 90% in the top 5, on our own transcripts', async () => {
		expect(outcomes.length).toBeGreaterThanOrEqual(30);
		expect(hitsWithin(outcomes, 1) / outcomes.length).toBeGreaterThanOrEqual(0.75);
		expect(hitsWithin(outcomes, 5) / outcomes.length).toBeGreaterThanOrEqual(0.9);
	});

	it('finds a quote with a word never said ("vs" for "versus", for "…-driven research … -driven research")', async () => {
		const passages = index.search('curiosity driven vs goal driven', 5).map(hit => formatClock(seed.paragraphs[hit.paragraph]!.start));
		expect(passages.slice(0, 3)).toContain('00:28:52');
	});

	it('finds the passages holding most of a quote when none holds all of it, and names the word not found', async () => {
		const [best] = index.search('intrinsic dimension neural network', 5);
		expect(seed.paragraphs[best!.paragraph]!.text.slice(best!.start, best!.end)).toBe('Intrinsic Dimension');
		expect(best!.missing).toEqual(['neural']);
	});

	it('ranks a passage holding every word above one that holds some, and names the words not found', async () => {
		const hits = index.search('jumbo shrimp zeppelin', 5);
		expect(seed.paragraphs[hits[0]!.paragraph]!.text.slice(hits[0]!.start, hits[0]!.end)).toContain('jumbo shrimp');
		expect(hits[0]!.missing).toEqual(['zeppelin']);
	});
});
