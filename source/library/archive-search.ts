/**
 * A half-remembered quote across a whole library, as fast as it is typed: SQLite's full-text index
 * picks the paragraphs worth ranking, and they are ranked as a search in one episode ranks its
 * passages (rank.ts), so a match is as good in the archive as in the episode.
 *
 * The index is asked for any of the query's words (OR; SQLite's bm25 puts first the paragraphs
 * holding most of them, rare ones weighing most), each word with the words of the library it may
 * stand for: its other forms (same stem: "networks", "network"), the two words it may be joined
 * with ("data set", "dataset"), and, when the library never says it, its likely spellings (one or
 * two letters off, the same first letter). Stop words are not asked for; the last word, while it
 * is being typed, stands for its commonest completions too.
 */
import {distance} from 'fastest-levenshtein';
import {stemmer} from 'stemmer';
import {cachedIn} from '../core/cache.js';
import {timeAt} from '../core/model.js';
import {foldForMatching, parseQuery} from '../core/search/query.js';
import {type Ranked, termsOf} from '../core/search/rank.js';
import {distinct, rankPassages} from '../core/search/search.js';
import {paragraphUnits, type SearchUnit} from '../core/search/units.js';
import type {LibraryIndex, ParagraphRow} from './index-db.js';

/** A passage found in the library. */
export type LibraryHit = {
	/** The episode's id in the index. */
	readonly episode: number;
	/** The paragraph's id in its episode, and the paragraph. */
	readonly paragraph: number;
	readonly row: ParagraphRow;
	/** The sentences (or so) the passage is in. */
	readonly sentence: string;
	/** The passage to highlight, as offsets into the paragraph's text (end exclusive). */
	readonly start: number;
	readonly end: number;
	/** Seconds into the episode where the passage is spoken. */
	readonly time: number;
	/** 0 is a perfect match. */
	readonly score: number;
	/** The query's words not found in the passage (stop words aside). */
	readonly missing: readonly string[];
};

/** Paragraphs handed to the ranking: enough for a typo'd quote's to be among them, few enough to rank as a key is typed. */
const CANDIDATES = 60;
/** A word said in more than this share of the paragraphs tells little and costs SQLite much: asked for only when nothing rarer is. */
const COMMON = 0.2;
/** Stop words alone are asked for from this many in a row: fewer are said everywhere. */
const MIN_STOP_PHRASE = 3;
/** Spellings asked for a word the library never says; completions of a word being typed. */
const SPELLINGS = 4;
const COMPLETIONS = 4;
/** Words starting as the word being typed does, looked through for its commonest completions. */
const COMPLETIONS_LOOKED_AT = 500;

/** As the index holds words: lower case, no accents, letters and digits. */
const folded = (word: string) => foldForMatching(word).normalize('NFD').replace(/\p{M}/gu, '');
const lettersOf = (word: string) =>
	folded(word)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** The words of the library starting with `prefix`, and how many paragraphs say each. */
const startingWith = (index: LibraryIndex, prefix: string, limit?: number) => index.words(prefix, `${prefix}\u{10FFFF}`, limit);

/** Two neighbouring letters swapped, and nothing else: `wroet`, `wrote`. */
function swapped(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	const at = [...a].findIndex((letter, index) => letter !== b[index]);
	return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Words of the library within a letter or two of `word` (two from eight letters; two swapped count as one), starting as it does, the commonest first. */
function spellings(index: LibraryIndex, word: string): string[] {
	const allowed = word.length >= 8 ? 2 : 1;
	return startingWith(index, word[0]!)
		.filter(each => Math.abs(each.word.length - word.length) <= allowed && (distance(each.word, word) <= allowed || swapped(each.word, word)))
		.sort((a, b) => b.paragraphs - a.paragraphs)
		.slice(0, SPELLINGS)
		.map(each => each.word);
}

/**
 * The words of the library `word` may stand for, with how many paragraphs say each. A word being
 * typed that starts words of the library stands for the commonest of them, and is not spelt otherwise.
 */
function standsFor(index: LibraryIndex, word: string, next: string | undefined, typing: boolean): Map<string, number> {
	const found = new Map<string, number>();
	const stem = stemmer(word);
	// Its forms: the words that start as its stem does and have its stem ("network", "networks", "networking").
	const forms = word.length >= 3 ? startingWith(index, stem.length >= 3 ? stem : word) : index.words(word, `${word}\0`);
	for (const each of forms) if (each.word === word || stemmer(each.word) === stem) found.set(each.word, each.paragraphs);
	if (next !== undefined) for (const each of index.words(word + next, `${word + next}\0`)) found.set(each.word, each.paragraphs);
	if (found.has(word) || word.length < 3) return found;
	// Being typed: the commonest words it starts.
	const completions = typing ? startingWith(index, word, COMPLETIONS_LOOKED_AT) : [];
	for (const each of completions.sort((a, b) => b.paragraphs - a.paragraphs).slice(0, COMPLETIONS)) found.set(each.word, each.paragraphs);
	if (completions.length === 0 && word.length >= 4) for (const spelling of spellings(index, word)) found.set(spelling, 1);
	return found;
}

/**
 * Kept while the library holds as many paragraphs: what each word stood for (typing a quote asks
 * again for every word before the last), and the last search's candidates split into passages (the
 * same come back as a key is typed, and the ranking keeps their stemmed words while they are the same).
 */
type Memo = {readonly paragraphs: number; readonly standsFor: Map<string, Map<string, number>>; entries: Map<string, Entry[]>};

const memos = new WeakMap<LibraryIndex, Memo>();

function memoOf(index: LibraryIndex): Memo {
	const paragraphs = index.paragraphCount();
	const memo = memos.get(index);
	if (memo?.paragraphs === paragraphs) return memo;
	const fresh = {paragraphs, standsFor: new Map(), entries: new Map()};
	memos.set(index, fresh);
	return fresh;
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * The FTS5 query: any of the words the query's words stand for, and every "phrase" as it is; and
 * whether to rank what it finds, which SQLite does for every paragraph found: not for words said
 * all over the library, where any few paragraphs are as good as the best.
 */
function ftsQuery(
	index: LibraryIndex,
	memo: Memo,
	typed: string,
	words: readonly string[],
	phrases: readonly string[],
): {match: string; ranked: boolean} | undefined {
	const meaningful = termsOf(words).filter(term => !term.stop);
	// Stop words only ("to be or not to be"): asked for in a row, which is quicker than any of them, each in most of the library.
	const phrase = meaningful.length === 0 && words.length >= MIN_STOP_PHRASE ? [words.join(' ')] : [];
	const asked = meaningful.flatMap(term => lettersOf(term.typed));
	const common = COMMON * memo.paragraphs;
	const typing = !/\s$/.test(typed);
	const terms = new Map<string, number>();
	for (const [at, word] of asked.entries()) {
		const next = asked[at + 1];
		const last = typing && at === asked.length - 1;
		const found = cachedIn(memo.standsFor, `${word} ${next ?? ''} ${last}`, () => standsFor(index, word, next, last));
		for (const [each, count] of found) terms.set(each, count);
	}
	const telling = [...terms].filter(([, count]) => count <= common);
	const chosen = (telling.length > 0 ? telling : [...terms]).map(([word]) => quoted(word));
	const exact = [...phrases, ...phrase].map(each => quoted(folded(each)));
	const any = chosen.length > 0 ? `(${[...new Set(chosen)].join(' OR ')})` : undefined;
	const parts = [...exact, ...(any ? [any] : [])];
	return parts.length > 0 ? {match: parts.join(' AND '), ranked: telling.length > 0 || exact.length > 0} : undefined;
}

type Entry = {readonly paragraph: ParagraphRow; readonly unit: SearchUnit; readonly text: string; readonly match: string};

function hitOf({paragraph, unit}: Entry, {span, score, missing}: Ranked): LibraryHit {
	const start = unit.offset + span.start;
	return {
		episode: paragraph.episode,
		paragraph: paragraph.id,
		row: paragraph,
		sentence: unit.text,
		start,
		end: unit.offset + span.end,
		time: timeAt(paragraph, start),
		score,
		missing,
	};
}

/** The best passages for `typed` in the library, best first, at most `limit`, no two overlapping. */
export function searchLibrary(index: LibraryIndex, typed: string, limit: number): LibraryHit[] {
	const query = parseQuery(typed);
	const memo = memoOf(index);
	const asked = ftsQuery(index, memo, typed, query.words, query.phrases);
	if (asked === undefined) return [];
	const kept = new Map<string, Entry[]>();
	for (const paragraph of index.candidates(asked.match, CANDIDATES, asked.ranked)) {
		const key = `${paragraph.episode}:${paragraph.id}`;
		kept.set(key, memo.entries.get(key) ?? paragraphUnits(paragraph).map(unit => ({paragraph, unit, text: unit.text, match: foldForMatching(unit.text)})));
	}

	// Only this search's: the next key's candidates are mostly these.
	memo.entries = kept;
	const entries = [...kept.values()].flat();
	return distinct(rankPassages(entries, query, limit).map(ranked => hitOf(entries[ranked.index]!, ranked))).slice(0, limit);
}
