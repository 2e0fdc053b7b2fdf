/*
 * Ranking the passages a half-remembered quote may be: word by word, since a person adds a word
 * that was never said, or says it differently, as often as they misspell one.
 *
 * - Each word of the query is found among the words of the candidate passages by its stem (the
 *   Porter stemmer: "networks" is "network", "driven" is "drive"), by the forms that mean the
 *   same ("someone" and "somebody"), joined or split ("data set" and "dataset"), or fuzzily:
 *   fuse.js looks each word up among the candidates' words, so "curiosty" finds "curiosity".
 * - Stop words ("the", "a", "vs") count for little and are never missing.
 * - A passage scores by how much of the query it holds, each word weighted by how rare it is among
 *   the candidates, and by how close together its words are. One that holds every word (well)
 *   ranks above one that does not.
 */
import Fuse from 'fuse.js';
import {stemmer} from 'stemmer';
import {eng} from 'stopword';
import type {Span} from './highlight.js';
import {highlightSpan} from './highlight.js';

/** What the ranking needs of a candidate: its text, and the same folded for matching (same length). */
export type Candidate = {readonly text: string; readonly match: string};

export type Ranked = {
	/** Which candidate. */
	readonly index: number;
	/** The passage to highlight, in the candidate's text. */
	readonly span: Span;
	/** 0 for every word found as typed, towards 1 for little of the query. */
	readonly score: number;
	/** The words of the query not found in the passage (stop words aside), as typed. */
	readonly missing: readonly string[];
};

/** Words that are different forms of one another, as people remember them. */
const SAME_WORDS: ReadonlyArray<readonly string[]> = [
	['someone', 'somebody'],
	['anyone', 'anybody'],
	['everyone', 'everybody'],
	['noone', 'nobody'],
	['something', 'somethin'],
	['okay', 'ok'],
	['versus', 'vs'],
	['percent', '%'],
];

const STOP_WORDS = new Set([...eng, 'vs', 'versus', 'like', 'just', 'really', 'very', 'so', 'um', 'uh']);

/** A found word is worth this much less per unit of fuse's score (0 exact, 1 nothing alike). */
const FUZZY_PENALTY = 1.2;
/** Fuse's threshold for a word: a letter or two off in a word of five or more. */
const WORD_THRESHOLD = 0.34;
/** A stop word weighs this much of a word that carries meaning. */
const STOP_WEIGHT = 0.15;
/** A passage holding less of the query than this is no match. */
const MIN_COVERAGE = 0.45;
/** Passages far behind the best are not shown. */
const BEHIND_BEST = 0.3;

type Token = {readonly word: string; readonly stem: string; readonly start: number; readonly end: number};

const stemOf = (word: string) => stemmer(word.replaceAll("'", ''));

/** A candidate's words, stemmed once: the same passages come back as a quote is typed. */
const tokenCache = new WeakMap<Candidate, Token[]>();

function tokens(candidate: Candidate): Token[] {
	let found = tokenCache.get(candidate);
	if (!found) {
		found = [...candidate.match.matchAll(/[\p{L}\p{N}']+/gu)].map(word => ({
			word: word[0],
			stem: stemOf(word[0]),
			start: word.index,
			end: word.index + word[0].length,
		}));
		tokenCache.set(candidate, found);
	}

	return found;
}

const SAME = new Map(SAME_WORDS.flatMap(group => group.map(word => [stemOf(word), group.map(other => stemOf(other))] as const)));

type Term = {readonly typed: string; readonly stem: string; readonly stop: boolean};

/** How well each stem of the candidates matches a term: 1 for the same stem, less for a fuzzy one. */
function matchesOf(term: Term, next: Term | undefined, vocabulary: Fuse<string>, stems: ReadonlySet<string>): Map<string, number> {
	const found = new Map<string, number>();
	const add = (stem: string, quality: number) => found.set(stem, Math.max(found.get(stem) ?? 0, quality));
	for (const stem of [term.stem, ...(SAME.get(term.stem) ?? [])]) if (stems.has(stem)) add(stem, 1);
	// "data set" said, "dataset" remembered, or the other way round.
	if (next) {
		const joined = stemOf(term.typed + next.typed);
		if (stems.has(joined)) add(joined, 1);
	}

	// A word found as it is needs no spelling of it looked for (fuse is the slowest part of a search).
	if (!term.stop && term.stem.length >= 4 && found.size === 0) {
		// A typo rarely falls on the first letter; "even" is no typo of "seven".
		for (const result of vocabulary.search(term.stem, {limit: 20}))
			if (result.item[0] === term.stem[0]) add(result.item, Math.max(0, 1 - FUZZY_PENALTY * (result.score ?? 1)));
	}

	return found;
}

type Scored = {
	readonly index: number;
	readonly complete: boolean;
	readonly coverage: number;
	readonly closeness: number;
	readonly ranges: Array<[number, number]>;
	readonly missing: string[];
};

/** How much of the query a candidate holds, how close together, and where. */
function scoreCandidate(
	index: number,
	candidateTokens: readonly Token[],
	terms: readonly Term[],
	matches: ReadonlyArray<Map<string, number>>,
	weights: readonly number[],
): Scored {
	let held = 0;
	let complete = true;
	const missing: string[] = [];
	const ranges: Array<[number, number]> = [];
	const positions: number[] = [];
	for (const [at, term] of terms.entries()) {
		let best = 0;
		let where = -1;
		for (const [position, token] of candidateTokens.entries()) {
			const quality = matches[at]!.get(token.stem) ?? 0;
			if (quality > best) [best, where] = [quality, position];
		}

		held += weights[at]! * best;
		if (where >= 0) {
			const token = candidateTokens[where]!;
			ranges.push([token.start, token.end - 1]);
			positions.push(where);
		} else if (!term.stop) {
			complete = false;
			missing.push(term.typed);
		}
	}

	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const spread = positions.length > 0 ? Math.max(...positions) - Math.min(...positions) + 1 : 1;
	return {index, complete, coverage: total > 0 ? held / total : 0, closeness: positions.length / spread, ranges, missing};
}

/** The query's words, as terms: its stem, and whether it is a stop word (a short word is one). */
export function termsOf(words: readonly string[]): Term[] {
	return words.map(word => ({typed: word, stem: stemOf(word), stop: STOP_WORDS.has(word) || word.length < 3}));
}

/**
 * The candidates that hold enough of the query's words, best first: those holding every word
 * (that is no stop word) first, then by how much they hold, then by how close together.
 */
export function rankCandidates(candidates: readonly Candidate[], words: readonly string[], queryLength: number, limit: number): Ranked[] {
	const terms = termsOf(words);
	if (terms.length === 0) return [];
	const tokenized = candidates.map(candidate => tokens(candidate));
	const stems = new Set(tokenized.flatMap(list => list.map(token => token.stem)));
	const vocabulary = new Fuse([...stems], {threshold: WORD_THRESHOLD, includeScore: true, ignoreLocation: true, minMatchCharLength: 2});
	const matches = terms.map((term, at) => matchesOf(term, terms[at + 1], vocabulary, stems));
	// Rarer words say more: a word found in few candidates weighs more than one found in most. A
	// word found in none (misspelt past finding, or never said) tells nothing: it weighs as little
	// as the commonest word found.
	const holding = terms.map((_, at) => tokenized.filter(list => list.some(token => matches[at]!.has(token.stem))).length);
	const idf = (count: number) => Math.log(1 + (candidates.length + 1) / (count + 1));
	const commonest = Math.max(0, ...holding);
	const weights = terms.map((term, at) => (term.stop ? STOP_WEIGHT : 1) * idf(holding[at]! > 0 ? holding[at]! : commonest));
	const scored = tokenized
		.map((list, index) => scoreCandidate(index, list, terms, matches, weights))
		.filter(each => each.coverage >= MIN_COVERAGE)
		.sort((a, b) => Number(b.complete) - Number(a.complete) || b.coverage - a.coverage || b.closeness - a.closeness || a.index - b.index);
	const best = scored[0]?.coverage ?? 0;
	return scored
		.filter(each => each.coverage >= best - BEHIND_BEST)
		.slice(0, limit)
		.map(each => ({
			index: each.index,
			span: highlightSpan(candidates[each.index]!.text, each.ranges, queryLength) ?? {start: 0, end: 0},
			score: 1 - each.coverage * (each.complete ? 1 : 0.8),
			missing: each.missing,
		}));
}
