/*
 * Find a half-remembered quote: fuzzy, in any word order, typos, added words and other forms
 * welcome, over one transcript or many. A trigram prefilter picks the passages worth ranking;
 * rank.ts ranks them word by word (fuse.js finds each word among theirs).
 */
import {timeAt, type Transcript} from '../model.js';
import {foldForMatching, parseQuery, type ParsedQuery} from './query.js';
import {rankCandidates, type Ranked} from './rank.js';
import {buildTrigramIndex, prefilter, prefilterTexts} from './trigrams.js';
import {searchUnits, type SearchUnit} from './units.js';

export type SearchHit = {
	/** Which of the indexed transcripts. */
	readonly episode: number;
	readonly paragraph: number;
	/** The sentence (or so) that matched. */
	readonly unit: SearchUnit;
	/** The passage to highlight, as offsets into the paragraph's text (end exclusive). */
	readonly start: number;
	readonly end: number;
	/** Seconds into the episode where the passage is spoken. */
	readonly time: number;
	/** 0 is a perfect match, 1 no match. */
	readonly score: number;
	/** The query's words not found in the passage (stop words aside). */
	readonly missing: readonly string[];
};

export type Entry = {
	readonly episode: number;
	readonly unit: SearchUnit;
	/** The unit's text folded for matching; same length, so offsets into it are the text's. */
	readonly match: string;
	readonly text: string;
};

export type SearchIndex = {
	readonly transcripts: readonly Transcript[];
	search(query: string, limit?: number): SearchHit[];
};

/** A passage holding a quarter of the query's letter trigrams may hold its words, with a typo or one more word. */
const PREFILTER = {minShare: 0.25, limit: 300};
const DEFAULT_LIMIT = 50;

function hitFor(transcripts: readonly Transcript[], entry: Entry, {span, score, missing}: Ranked): SearchHit {
	const paragraph = transcripts[entry.episode]!.paragraphs[entry.unit.paragraph]!;
	const start = entry.unit.offset + span.start;
	return {
		episode: entry.episode,
		paragraph: paragraph.id,
		unit: entry.unit,
		start,
		end: entry.unit.offset + span.end,
		time: timeAt(paragraph, start),
		score,
		missing,
	};
}

/** A unit to rank: its text, folded for matching (same length, so offsets into it are the text's). */
type Rankable = {readonly text: string; readonly match: string};

/**
 * The candidates that match the query, best first (at most about `limit` passages): those holding
 * every phrase, ranked by their words (rank.ts); with phrases alone, in the order given.
 */
export function rankPassages(candidates: readonly Rankable[], query: ParsedQuery, limit: number): Ranked[] {
	const holding = candidates.flatMap((candidate, index) => (query.phrases.every(phrase => candidate.match.includes(phrase)) ? [{candidate, index}] : []));
	if (query.words.length > 0) {
		// Neighbouring units overlap: ask for more, keep the best of each passage (distinct).
		return rankCandidates(
			holding.map(each => each.candidate),
			query.words,
			query.length,
			limit * 2,
		).map(ranked => ({...ranked, index: holding[ranked.index]!.index}));
	}

	const phrase = query.phrases[0]!;
	return holding.slice(0, limit * 2).map(({candidate, index}) => {
		const start = candidate.match.indexOf(phrase);
		return {index, span: {start, end: start + phrase.length}, score: 0, missing: []};
	});
}

/** Where a passage is: which episode, paragraph and characters of it. */
type Placed = {readonly episode: number; readonly paragraph: number; readonly start: number; readonly end: number};

const overlaps = (a: Placed, b: Placed) => a.episode === b.episode && a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

/** Best first, without a hit whose passage overlaps a better one. */
export function distinct<H extends Placed>(hits: readonly H[]): H[] {
	const kept: H[] = [];
	for (const hit of hits) if (!kept.some(other => overlaps(hit, other))) kept.push(hit);
	return kept;
}

function entriesOf(transcripts: readonly Transcript[]): Entry[] {
	return transcripts.flatMap((transcript, episode) =>
		searchUnits(transcript).map(unit => ({episode, unit, text: unit.text, match: foldForMatching(unit.text)})),
	);
}

/** The hits for `typed` among `entries`; `prefiltered` picks the entries worth ranking for the query's words. */
function searchEntries(
	transcripts: readonly Transcript[],
	entries: readonly Entry[],
	typed: string,
	limit: number,
	prefiltered: (words: string) => readonly number[],
): SearchHit[] {
	const query = parseQuery(typed);
	if (query.words.length === 0 && query.phrases.length === 0) return [];
	const pool = query.words.length === 0 ? entries : prefiltered(query.words.join(' ')).map(id => entries[id]!);
	return distinct(rankPassages(pool, query, limit).map(ranked => hitFor(transcripts, pool[ranked.index]!, ranked))).slice(0, limit);
}

/** An index over one transcript or many (an archive), for searching again and again; build it off the start-up path. */
export function createSearchIndex(transcripts: readonly Transcript[]): SearchIndex {
	const entries = entriesOf(transcripts);
	const trigrams = buildTrigramIndex(entries.map(entry => entry.unit.text));
	return {
		transcripts,
		search: (typed, limit = DEFAULT_LIMIT) => searchEntries(transcripts, entries, typed, limit, words => prefilter(trigrams, words, PREFILTER)),
	};
}

/** One search, with no index kept: the same hits as `createSearchIndex(transcripts).search(typed, limit)`, sooner. */
export function searchOnce(transcripts: readonly Transcript[], typed: string, limit = DEFAULT_LIMIT): SearchHit[] {
	const entries = entriesOf(transcripts);
	const texts = entries.map(entry => entry.unit.text);
	return searchEntries(transcripts, entries, typed, limit, words => prefilterTexts(texts, words, PREFILTER));
}
