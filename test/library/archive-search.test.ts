import {describe, expect, it} from 'vitest';
import {createSearchIndex} from '../../source/core/search/search.js';
import {searchLibrary} from '../../source/library/archive-search.js';
import {PARAPHRASES} from '../fixtures/search-paraphrases.js';
import {ARCHIVE, folderOf, indexedLibrary} from '../helpers/library.js';
import {parseText} from '../helpers/transcripts.js';

const library = await indexedLibrary(folderOf(ARCHIVE));
const episodes = new Map(library.index.episodes().map(episode => [episode.id, episode]));
const keyOf = (id: number) => episodes.get(id)!.key;
/** Each paraphrase's file, as the archive holds it. */
const KEYS: Record<string, string> = {
	'refs/second-episode.txt': 'tidelines/2024-03-01-harbours',
	'refs/third-episode.txt': 'tidelines/third',
	'refs/fourth-episode.txt': 'more/deep/fourth',
};
// The third episode is read from its WebVTT twin in the archive: its paraphrases are not there.
const inArchive = PARAPHRASES.filter(paraphrase => paraphrase.file !== 'refs/third-episode.txt');

describe('searching a library', () => {
	it('finds paraphrased quotes in their episode, first, as searching that episode alone does', async () => {
		let first = 0;
		let alone = 0;
		for (const {file, query, expect: said} of inArchive) {
			const [hit] = searchLibrary(library.index, query, 10);
			if (hit && keyOf(hit.episode) === KEYS[file] && hit.row.text.toLowerCase().includes(said.toLowerCase())) first++;
			const episode = await parseText(ARCHIVE[file === 'refs/second-episode.txt' ? 'tidelines/2024-03-01-harbours.txt' : 'more/deep/fourth.txt']!);
			const [own] = createSearchIndex([episode]).search(query, 10);
			if (own && episode.paragraphs[own.paragraph]!.text.toLowerCase().includes(said.toLowerCase())) alone++;
		}

		expect(inArchive.length).toBeGreaterThanOrEqual(30);
		expect(first).toBeGreaterThanOrEqual(alone - 1);
		expect(first / inArchive.length).toBeGreaterThanOrEqual(0.9);
	});

	it('finds a typo’d quote, and highlights the passage with the time it is said at', () => {
		const [hit] = searchLibrary(library.index, 'paintd sings persist for decdes', 5);
		expect(keyOf(hit!.episode)).toBe('tidelines/2024-03-01-harbours');
		expect(hit!.row.text.slice(hit!.start, hit!.end)).toMatch(/painted signs persist for decades/i);
		expect(hit!.time).toBeGreaterThan(0);
		expect(hit!.missing).toEqual([]);
	});

	it('says which words a passage lacks, and finds an exact "phrase" only as it is said', () => {
		const [partial] = searchLibrary(library.index, 'painted signs persist zeppelin', 5);
		expect(partial!.missing).toEqual(['zeppelin']);
		expect(searchLibrary(library.index, '"signs persist for decades"', 5).map(hit => keyOf(hit.episode))).toEqual(['tidelines/2024-03-01-harbours']);
		expect(searchLibrary(library.index, '"decades persist signs"', 5)).toEqual([]);
	});

	it('finds a word as it is being typed, by its start', () => {
		const hits = searchLibrary(library.index, 'painted signs pers', 5);
		expect(hits[0]!.row.text).toMatch(/painted signs persist/i);
	});

	it('finds nothing, quickly, for words said nowhere or stop words alone', () => {
		expect(searchLibrary(library.index, 'zeppelin quasar', 5)).toEqual([]);
		expect(searchLibrary(library.index, 'the', 5)).toEqual([]);
		expect(searchLibrary(library.index, '', 5)).toEqual([]);
	});

	it('gives no two passages that overlap, and at most the number asked for', () => {
		const hits = searchLibrary(library.index, 'harbour', 7);
		expect(hits.length).toBeLessThanOrEqual(7);
		for (const [at, hit] of hits.entries()) {
			for (const other of hits.slice(at + 1))
				expect(hit.episode === other.episode && hit.paragraph === other.paragraph && hit.start < other.end && other.start < hit.end).toBe(false);
		}
	});
});
