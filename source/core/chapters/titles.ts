/** A paragraph's content words, and a chapter's title made from its most distinctive phrase. */
import type {Speaker} from '../model.js';
import {STOPWORDS} from './words.js';

type Phrase = {
	/** The stems, space-separated: what counts as the same phrase. */
	readonly key: string;
	/** As the transcript writes it. */
	readonly surface: string;
	readonly size: number;
};

export type Words = {
	/** Content words, stemmed, in order. */
	readonly stems: readonly string[];
	/** Runs of one to three content words not broken by punctuation or a function word. */
	readonly phrases: readonly Phrase[];
};

const LONGEST_PHRASE = 3;
const CLAUSE = /[.,;:!?()[\]"“”‘…—–]+|\s['’]|['’]\s/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Longer phrases say more; a name (capitalised inside a sentence) says more than a common word. */
const SIZE_WEIGHT = [0, 0.6, 1.6, 1.9];
const NAME_WEIGHT = 2;
/** The second phrase joins the title when it is nearly as distinctive as the first. */
const SECOND_SHARE = 0.6;

/** Endings taken off so that `evals`, `evaluating` and `evaluation` count as one word; the longest that leaves four letters. */
const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ures', 'ure', 'ies', 'ed', 'es', 's'];

/** Stems already worked out: an episode says a few thousand words many times each. Emptied when it grows past `STEMS_KEPT`. */
const stems = new Map<string, string>();
const STEMS_KEPT = 50_000;

function stem(word: string): string {
	let stemmed = stems.get(word);
	if (stemmed === undefined) {
		if (stems.size >= STEMS_KEPT) stems.clear();
		stems.set(word, (stemmed = stemOf(word)));
	}

	return stemmed;
}

function stemOf(word: string): string {
	const lower = word.toLowerCase().replace(/['’]s$/, '').replaceAll('’', "'");
	if (/(?:ss|us|is)$/.test(lower)) return lower;
	const suffix = SUFFIXES.find(ending => lower.endsWith(ending) && lower.length - ending.length >= 4);
	return suffix ? lower.slice(0, -suffix.length) : lower;
}

function isContent(word: string, names: ReadonlySet<string>): boolean {
	const lower = word.toLowerCase().replaceAll('’', "'");
	return word.length > 1 && !/^\d+$/.test(word) && !STOPWORDS.has(lower.replace(/'.*$/, '')) && !STOPWORDS.has(lower) && !names.has(lower);
}

const nameWords = new WeakMap<readonly Speaker[], Set<string>>();

/** Speakers' names say who talks, not what about. */
function namesOf(speakers: readonly Speaker[]): ReadonlySet<string> {
	let names = nameWords.get(speakers);
	if (!names) nameWords.set(speakers, (names = new Set(speakers.flatMap(speaker => speaker.name.toLowerCase().split(/[^\p{L}]+/u)))));
	return names;
}

function phrasesOf(run: readonly string[], stems: readonly string[]): Phrase[] {
	const phrases: Phrase[] = [];
	for (let size = 1; size <= LONGEST_PHRASE; size++) {
		for (let index = 0; index + size <= run.length; index++) {
			phrases.push({key: stems.slice(index, index + size).join(' '), surface: run.slice(index, index + size).join(' '), size});
		}
	}

	return phrases;
}

export function contentWords(text: string, speakers: readonly Speaker[]): Words {
	const names = namesOf(speakers);
	const stems: string[] = [];
	const phrases: Phrase[] = [];
	for (const clause of text.split(CLAUSE)) {
		let run: string[] = [];
		let runStems: string[] = [];
		for (const [word] of clause.matchAll(WORD)) {
			if (isContent(word, names)) {
				const stemmed = stem(word);
				stems.push(stemmed);
				run.push(word);
				runStems.push(stemmed);
			} else {
				phrases.push(...phrasesOf(run, runStems));
				run = [];
				runStems = [];
			}
		}

		phrases.push(...phrasesOf(run, runStems));
	}

	return {stems, phrases};
}

type Tally = {count: number; surfaces: Map<string, number>; size: number};

function tally(words: readonly Words[], first: number, after: number): Map<string, Tally> {
	const tallies = new Map<string, Tally>();
	for (let index = first; index < after; index++) {
		for (const {key, surface, size} of words[index]!.phrases) {
			const entry = tallies.get(key) ?? {count: 0, surfaces: new Map(), size};
			entry.count++;
			entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
			tallies.set(key, entry);
		}
	}

	return tallies;
}

function usualSurface(entry: Tally): string {
	return [...entry.surfaces].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Written with a capital where a sentence does not need one: a name, a title, an acronym. */
function isName(surface: string): boolean {
	return /^\p{Lu}/u.test(surface) && surface.split(' ').every(word => /^[\p{Lu}\p{N}]/u.test(word));
}

type Scored = {readonly key: string; readonly surface: string; readonly score: number};

/**
 * Verbs, adverbs and adjectives (`combined`, `usually`, `curious`) name no topic: a phrase in lower
 * case that ends with one is not a title.
 */
const NOT_A_NOUN = /(?:ed|ing|ly|ous|ful|ive|able|ible|stand)$/;

function canTitle(surface: string): boolean {
	return isName(surface) || !NOT_A_NOUN.test(surface);
}

type Chapters = {
	readonly tallies: ReadonlyArray<Map<string, Tally>>;
	/** How many chapters say each phrase. */
	readonly spread: ReadonlyMap<string, number>;
};

function scored(tallies: Map<string, Tally>, chapters: Chapters, least: number): Scored[] {
	const result: Scored[] = [];
	for (const [key, entry] of tallies) {
		if (entry.count < least) continue;
		const surface = usualSurface(entry);
		if (!canTitle(surface)) continue;
		const spread = chapters.spread.get(key)!;
		const weight = SIZE_WEIGHT[entry.size]! * (isName(surface) ? NAME_WEIGHT : 1);
		result.push({key, surface, score: entry.count * Math.log(1 + chapters.tallies.length / spread) * weight});
	}

	return result.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
}

function overlaps(a: string, b: string): boolean {
	const stems = new Set(a.split(' '));
	return b.split(' ').some(word => stems.has(word));
}

function capitalised(surface: string): string {
	return surface.charAt(0).toUpperCase() + surface.slice(1);
}

const chaptersCache = new WeakMap<readonly Words[], Map<string, Chapters>>();

function chapterTallies(words: readonly Words[], starts: readonly number[]): Chapters {
	const cache = chaptersCache.get(words) ?? new Map<string, Chapters>();
	chaptersCache.set(words, cache);
	const key = starts.join(',');
	let chapters = cache.get(key);
	if (!chapters) {
		const tallies = starts.map((first, order) => tally(words, first, starts[order + 1] ?? words.length));
		const spread = new Map<string, number>();
		for (const chapter of tallies) for (const phrase of chapter.keys()) spread.set(phrase, (spread.get(phrase) ?? 0) + 1);
		cache.set(key, (chapters = {tallies, spread}));
	}

	return chapters;
}

/**
 * The title of the chapter of paragraphs [first, after), among chapters starting at `starts`: its
 * most distinctive phrase (said at least twice, rarely elsewhere) not in an earlier chapter's title
 * (`used`, which it adds to), with a second one when it is nearly as distinctive.
 */
export function titleFor(words: readonly Words[], first: number, after: number, starts: readonly number[], isAd: boolean, used: Set<string>): string {
	const chapters = chapterTallies(words, starts);
	const tallies = chapters.tallies[starts.indexOf(first)] ?? tally(words, first, after);
	if (isAd) {
		// An ad is short: its sponsor may be named once.
		const sponsor = scored(tallies, chapters, 1).find(phrase => isName(phrase.surface));
		return sponsor ? `Ad: ${sponsor.surface}` : 'Ad';
	}

	// Two chapters about one thing are told apart by what else they hold.
	const [best, ...rest] = scored(tallies, chapters, 2).filter(phrase => !used.has(phrase.key));
	if (!best) return '';
	const second = rest.find(phrase => !overlaps(phrase.key, best.key));
	used.add(best.key);
	const title = capitalised(best.surface);
	return second && second.score >= SECOND_SHARE * best.score ? `${title}, ${second.surface}` : title;
}
