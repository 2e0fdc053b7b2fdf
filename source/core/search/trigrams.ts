/*
 * A prefilter in front of fuse.js: fuse scans every unit it is given, which is fine for one
 * episode and too slow for an archive. Units that share few of the query's letter trigrams cannot
 * match it well, typos and word order notwithstanding; only the best few hundred reach fuse.
 */
import {cachedIn} from '../cache.js';

/** Lower case, letters and digits only, single spaces: what trigrams are taken from. */
export function foldForTrigrams(text: string): string {
	return ` ${text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}

function trigramsOf(text: string): Set<string> {
	const folded = foldForTrigrams(text);
	const grams = new Set<string>();
	for (let index = 0; index + 3 <= folded.length; index++) grams.add(folded.slice(index, index + 3));
	return grams;
}

export type TrigramIndex = {
	readonly size: number;
	readonly postings: ReadonlyMap<string, readonly number[]>;
};

export function buildTrigramIndex(texts: readonly string[]): TrigramIndex {
	const postings = new Map<string, number[]>();
	texts.forEach((text, id) => {
		for (const gram of trigramsOf(text)) {
			cachedIn(postings, gram, () => []).push(id);
		}
	});
	return {size: texts.length, postings};
}

export type PrefilterOptions = {
	/** The share of the query's trigrams a unit must hold. */
	readonly minShare: number;
	readonly limit: number;
};

/** The ids whose counts reach `minShare` of the query's `grams`, most first. */
function mostHeld(counts: Uint16Array, touched: readonly number[], grams: number, {minShare, limit}: PrefilterOptions): number[] {
	const needed = Math.max(1, Math.ceil(grams * minShare));
	return touched
		.filter(id => counts[id]! >= needed)
		.sort((a, b) => counts[b]! - counts[a]! || a - b)
		.slice(0, limit);
}

/** The ids of the units that hold the most of the query's trigrams, best first. */
export function prefilter(index: TrigramIndex, query: string, options: PrefilterOptions): number[] {
	const grams = trigramsOf(query);
	const counts = new Uint16Array(index.size);
	const touched: number[] = [];
	for (const gram of grams) {
		for (const id of index.postings.get(gram) ?? []) {
			if (counts[id] === 0) touched.push(id);
			counts[id]!++;
		}
	}

	return mostHeld(counts, touched, grams.size, options);
}

/**
 * What `prefilter` gives, read from the texts themselves: for a single search (`parley search` on
 * one transcript) building the index costs three times what the search does.
 */
export function prefilterTexts(texts: readonly string[], query: string, options: PrefilterOptions): number[] {
	const grams = trigramsOf(query);
	const counts = new Uint16Array(texts.length);
	const touched: number[] = [];
	texts.forEach((text, id) => {
		for (const gram of trigramsOf(text)) {
			if (!grams.has(gram)) continue;
			if (counts[id] === 0) touched.push(id);
			counts[id]!++;
		}
	});
	return mostHeld(counts, touched, grams.size, options);
}
