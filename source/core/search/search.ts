/*
 * Find a half-remembered quote: fuzzy, in any word order, typos welcome, over one transcript or a
 * whole archive. fuse.js does the matching, with settings that suit long spoken text
 * (`ignoreLocation`: a quote may be anywhere in a sentence); a trigram prefilter keeps it fast.
 */
import Fuse, {type FuseResult, type IFuseOptions} from 'fuse.js';
import {timeAt, type Transcript} from '../model.js';
import {highlightSpan, type Span} from './highlight.js';
import {foldForMatching, fusePattern, parseQuery, type ParsedQuery} from './query.js';
import {buildTrigramIndex, prefilter, type TrigramIndex} from './trigrams.js';
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
};

type Entry = {
	readonly episode: number;
	readonly unit: SearchUnit;
	/** The unit's text folded for matching; same length, so fuse's offsets are the text's. */
	readonly match: string;
};

export type SearchIndex = {
	readonly transcripts: readonly Transcript[];
	search(query: string, limit?: number): SearchHit[];
};

const FUSE_OPTIONS: IFuseOptions<Entry> = {
	keys: ['match'],
	ignoreLocation: true,
	threshold: 0.4,
	useExtendedSearch: true,
	includeMatches: true,
	includeScore: true,
	minMatchCharLength: 2,
};

const PREFILTER = {minShare: 0.4, limit: 300};
/*
 * fuse's scores are not comparable across queries (longer units score worse), but within one
 * query a hit far behind the best is a stray letter match ("even" for "seven"): drop those.
 */
const WORSE_THAN_BEST = 0.35;
const DEFAULT_LIMIT = 50;

function hitFor(index: SearchIndex, entry: Entry, span: Span, score: number): SearchHit {
	const paragraph = index.transcripts[entry.episode]!.paragraphs[entry.unit.paragraph]!;
	const start = entry.unit.offset + span.start;
	return {episode: entry.episode, paragraph: paragraph.id, unit: entry.unit, start, end: entry.unit.offset + span.end, time: timeAt(paragraph, start), score};
}

function phraseSpan(entry: Entry, query: ParsedQuery): Span {
	const start = entry.match.indexOf(query.phrases[0]!);
	return {start, end: start + query.phrases[0]!.length};
}

function fuzzyHit(index: SearchIndex, result: FuseResult<Entry>, query: ParsedQuery): SearchHit {
	const ranges = result.matches?.flatMap(match => match.indices) ?? [];
	const span = highlightSpan(result.item.unit.text, ranges, query.length) ?? {start: 0, end: 0};
	return hitFor(index, result.item, span, result.score ?? 1);
}

function candidates(entries: readonly Entry[], trigrams: TrigramIndex, query: ParsedQuery): Entry[] {
	const pool = query.words.length === 0 ? entries : prefilter(trigrams, query.words.join(' '), PREFILTER).map(id => entries[id]!);
	return pool.filter(entry => query.phrases.every(phrase => entry.match.includes(phrase)));
}

const overlaps = (a: SearchHit, b: SearchHit) => a.episode === b.episode && a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

/** Best first, without a hit whose passage overlaps a better one, or that is far behind the best. */
function distinct(hits: readonly SearchHit[]): SearchHit[] {
	const kept: SearchHit[] = [];
	const worst = (hits[0]?.score ?? 0) + WORSE_THAN_BEST;
	for (const hit of hits) if (hit.score <= worst && !kept.some(other => overlaps(hit, other))) kept.push(hit);
	return kept;
}

/** An index over one transcript or many (an archive); build it off the start-up path. */
export function createSearchIndex(transcripts: readonly Transcript[]): SearchIndex {
	const entries: Entry[] = transcripts.flatMap((transcript, episode) =>
		searchUnits(transcript).map(unit => ({episode, unit, match: foldForMatching(unit.text)})),
	);
	const trigrams = buildTrigramIndex(entries.map(entry => entry.unit.text));
	const index: SearchIndex = {
		transcripts,
		search(typed, limit = DEFAULT_LIMIT) {
			const query = parseQuery(typed);
			if (query.words.length === 0 && query.phrases.length === 0) return [];
			const pool = candidates(entries, trigrams, query);
			if (query.words.length === 0) return distinct(pool.map(entry => hitFor(index, entry, phraseSpan(entry, query), 0))).slice(0, limit);
			// Neighbouring units overlap: ask for more, keep the best of each passage.
			const results = new Fuse(pool, FUSE_OPTIONS).search(fusePattern(query.words), {limit: limit * 2});
			return distinct(results.map(result => fuzzyHit(index, result, query))).slice(0, limit);
		},
	};
	return index;
}
