import {describe, expect, it} from 'vitest';
import {createSearchIndex} from '../../source/core/search/search.js';
import {formatClock} from '../../source/core/time.js';
import {SEED_QUOTES} from '../fixtures/seed-quotes.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = (await loadSeed());
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
