/*
 * A paragraph's content words, and a chapter's title: the noun phrase that best covers the chapter.
 * Candidates are runs of one to three content words (not broken by punctuation or a function word)
 * that end like a noun; each scores by how many of the chapter's paragraphs say it (coverage, not
 * one burst), by how few other chapters do, by its length, and by whether the chapter's first
 * paragraph says it (a question that opens a topic names it) or turns the conversation to it. A person's name is a title only when
 * the chapter keeps coming back to them; named in passing, it is not.
 */
import {cachedIn} from '../cache.js';
import type {Speaker} from '../model.js';
import {EMPTY_ADJECTIVES, FIRST_NAMES, GENERIC_NOUNS, NOT_TITLE_WORDS, STOPWORDS, TOPIC_TURNS} from './words.js';

/** A run of content words: as the transcript writes them, and their stems. */
type Run = {readonly words: readonly string[]; readonly stems: readonly string[]};

export type Words = {
	/** Content words, stemmed, in order. */
	readonly stems: readonly string[];
	readonly runs: readonly Run[];
	/** The phrases (as `phraseKeys` gives them) the paragraph turns the conversation to: "Let me ask you about the night market". */
	readonly named: ReadonlySet<string>;
};

const LONGEST_PHRASE = 3;
const CLAUSE = /[.,;:!?()[\]"“”‘…—–]+|\s['’]|['’]\s/u;
const SENTENCE_END = /[.!?…]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Longer phrases say more: `Programming languages` over `languages`. */
const SIZE_WEIGHT = [0, 0.7, 1.6, 1.9];
/**
 * A phrase scores (paragraphs of the chapter that say it)^COVERAGE_POWER × log(1 + chapters /
 * chapters that say it)^RARITY_POWER × its length's weight: what the chapter keeps saying counts
 * more than what only it says (tuned on the development set: test/bench/chapters-devset.ts).
 */
const COVERAGE_POWER = 2;
const RARITY_POWER = 0.7;
/**
 * A phrase the chapter's first paragraph says (where a question usually names the topic) scores
 * this many times more, and as many times again when that paragraph turns the conversation to it.
 */
const OPENING_WEIGHT = 2;
/** A phrase said in fewer of the chapter's paragraphs than this is a detail. */
const LEAST_PARAGRAPHS = 2;
/** A person's name must come up in this share of the chapter's paragraphs (and in three at least) to be its title. */
const NAME_SHARE = 0.3;
const LEAST_NAME_PARAGRAPHS = 3;
/** A longer phrase said in this share of the paragraphs that say its part names the topic more fully. */
const FULLER_SHARE = 0.6;
/** How many of a chapter's best phrases are looked at as titles. */
const CONSIDERED = 30;
/** The second phrase joins the title when it is nearly as good as the first. */
const SECOND_SHARE = 0.5;

/** Endings taken off so that `evals`, `evaluating` and `evaluation` count as one word; the longest that leaves four letters. */
const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ures', 'ure', 'ies', 'ed', 'es', 's'];

/** What a word is to topics: undefined for a function word, else its lower case (to check against names) and stem. */
type Known = {readonly lower: string; readonly stem: string} | undefined;

/** Words already looked at: an episode says a few thousand words many times each. Emptied when it grows past `WORDS_KEPT`. */
const known = new Map<string, Known>();
const WORDS_KEPT = 50_000;

function stemOf(lower: string): string {
	const word = lower.replace(/'s$/, '');
	if (/(?:ss|us|is)$/.test(word)) return word;
	const suffix = SUFFIXES.find(ending => word.endsWith(ending) && word.length - ending.length >= 4);
	// `language` and `languages` (languag) are one word.
	return (suffix ? word.slice(0, -suffix.length) : word).replace(/(?<=\p{L}{4})e$/u, '');
}

function look(word: string): Known {
	if (known.has(word)) return known.get(word);
	if (known.size >= WORDS_KEPT) known.clear();
	const lower = word.toLowerCase().replaceAll('’', "'");
	const content = word.length > 1 && !/^\d+$/.test(word) && !STOPWORDS.has(lower.replace(/'.*$/, '')) && !STOPWORDS.has(lower);
	const entry = content ? {lower, stem: stemOf(lower)} : undefined;
	known.set(word, entry);
	return entry;
}

const nameWords = new WeakMap<readonly Speaker[], Set<string>>();

/** Speakers' names say who talks, not what about. */
function namesOf(speakers: readonly Speaker[]): ReadonlySet<string> {
	return cachedIn(nameWords, speakers, () => new Set(speakers.flatMap(speaker => speaker.name.toLowerCase().split(/[^\p{L}]+/u))));
}

export function contentWords(text: string, speakers: readonly Speaker[]): Words {
	const turn = TOPIC_TURNS.exec(text);
	// What follows the words that turn the conversation, to the end of the sentence.
	const named = turn ? runsOf(text.slice(turn.index + turn[0].length).split(SENTENCE_END)[0]!, speakers).runs.flatMap(run => [...phraseKeys(run)]) : [];
	return {...runsOf(text, speakers), named: new Set(named)};
}

/** A text's content words, and its runs of them. */
function runsOf(text: string, speakers: readonly Speaker[]): Omit<Words, 'named'> {
	const names = namesOf(speakers);
	const stems: string[] = [];
	const runs: Run[] = [];
	for (const clause of text.split(CLAUSE)) {
		let run: Run = {words: [], stems: []};
		for (const [word] of clause.matchAll(WORD)) {
			const entry = look(word);
			if (entry && !names.has(entry.lower)) {
				stems.push(entry.stem);
				(run.words as string[]).push(word);
				(run.stems as string[]).push(entry.stem);
			} else if (run.words.length > 0) {
				runs.push(run);
				run = {words: [], stems: []};
			}
		}

		if (run.words.length > 0) runs.push(run);
	}

	return {stems, runs};
}

/** Each phrase of a run (one to three words) as its key, the stems joined by spaces. */
function* phraseKeys(run: Run): Generator<string> {
	for (let size = 1; size <= LONGEST_PHRASE; size++) {
		for (let index = 0; index + size <= run.stems.length; index++) yield run.stems.slice(index, index + size).join(' ');
	}
}

/** For each phrase, how many paragraphs of [first, after) say it. */
function coverage(words: readonly Words[], first: number, after: number): Map<string, number> {
	const paragraphs = new Map<string, number>();
	const lastSeen = new Map<string, number>();
	for (let index = first; index < after; index++) {
		for (const run of words[index]!.runs) {
			for (const key of phraseKeys(run)) {
				if (lastSeen.get(key) === index) continue;
				lastSeen.set(key, index);
				paragraphs.set(key, (paragraphs.get(key) ?? 0) + 1);
			}
		}
	}

	return paragraphs;
}

/** How the chapter writes each of `keys` most often: one pass over its runs. */
function usualSurfaces(words: readonly Words[], first: number, after: number, keys: ReadonlySet<string>): Map<string, string> {
	const surfaces = new Map<string, Map<string, number>>();
	for (let index = first; index < after; index++) {
		for (const run of words[index]!.runs) {
			for (let size = 1; size <= LONGEST_PHRASE; size++) {
				for (let start = 0; start + size <= run.stems.length; start++) {
					const key = run.stems.slice(start, start + size).join(' ');
					if (!keys.has(key)) continue;
					const surface = run.words.slice(start, start + size).join(' ');
					const counts = surfaces.get(key) ?? new Map<string, number>();
					surfaces.set(key, counts.set(surface, (counts.get(surface) ?? 0) + 1));
				}
			}
		}
	}

	const usual = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
	return new Map([...surfaces].map(([key, counts]) => [key, usual(counts)]));
}

/** The name an ad says most (`SuperDataScience`), the longer on a tie: the sponsor. */
function sponsorOf(words: readonly Words[], first: number, after: number): string | undefined {
	const said = new Map<string, number>();
	for (let index = first; index < after; index++) {
		for (const run of words[index]!.runs) {
			for (let size = 1; size <= LONGEST_PHRASE; size++) {
				for (let start = 0; start + size <= run.words.length; start++) {
					const surface = run.words.slice(start, start + size).join(' ');
					if (/^\p{Lu}/u.test(surface) && isName(surface)) said.set(surface, (said.get(surface) ?? 0) + 1);
				}
			}
		}
	}

	return [...said].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0];
}

/** Written with a capital where a sentence does not need one: a name, a title, an acronym. */
function isName(surface: string): boolean {
	return surface.split(' ').every(word => /^[\p{Lu}\p{N}]/u.test(word));
}

/** A person: a name that starts with a first name (`Jeff`, `Elon Musk`). */
function isPerson(surface: string): boolean {
	return isName(surface) && FIRST_NAMES.has(surface.split(' ')[0]!.toLowerCase());
}

/**
 * Verbs, adverbs and adjectives (`combined`, `usually`, `curious`, `harder`) name no topic: a phrase
 * that ends with one, or starts with an empty adjective (`incredible`, `huge`), is not a title. A
 * gerund ends a title only after another word (`machine learning`, not `learning`), and so does a
 * noun too general to name a topic alone (`story`, `side`).
 */
const NOT_A_NOUN = /(?:ed|ly|ous|ful|ive|able|ible|stand)$/;

function canTitle(surface: string): boolean {
	if (isName(surface)) return true;
	const words = surface.toLowerCase().split(' ');
	const last = words.at(-1)!;
	if (NOT_A_NOUN.test(last) || (words.length === 1 && (last.endsWith('ing') || GENERIC_NOUNS.has(last)))) return false;
	return !NOT_TITLE_WORDS.has(last) && !EMPTY_ADJECTIVES.has(words[0]!);
}

type Chapters = {
	readonly coverages: ReadonlyArray<Map<string, number>>;
	/** How many chapters say each phrase. */
	readonly spread: ReadonlyMap<string, number>;
};

const chaptersCache = new WeakMap<readonly Words[], Map<string, Chapters>>();

function chapterCoverages(words: readonly Words[], starts: readonly number[]): Chapters {
	const cache = cachedIn(chaptersCache, words, () => new Map<string, Chapters>());
	return cachedIn(cache, starts.join(','), () => {
		const coverages = starts.map((first, order) => coverage(words, first, starts[order + 1] ?? words.length));
		const spread = new Map<string, number>();
		for (const chapter of coverages) for (const phrase of chapter.keys()) spread.set(phrase, (spread.get(phrase) ?? 0) + 1);
		return {coverages, spread};
	});
}

type Scored = {readonly key: string; readonly surface: string; readonly score: number};

/** The chapter's phrases that can be its title, best first. */
function candidates(words: readonly Words[], first: number, after: number, chapters: Chapters, paragraphs: Map<string, number>): Scored[] {
	const result: Scored[] = [];
	const nameLeast = Math.max(LEAST_NAME_PARAGRAPHS, NAME_SHARE * (after - first));
	// A chapter of a paragraph or two (long monologues, coarse captions) says its topic once.
	const least = after - first > LEAST_PARAGRAPHS ? LEAST_PARAGRAPHS : 1;
	const opening = coverage(words, first, first + 1);
	const rarity = (key: string) => Math.log(1 + chapters.coverages.length / chapters.spread.get(key)!) ** RARITY_POWER;
	const named = words[first]!.named;
	const weight = (key: string) => (opening.has(key) ? OPENING_WEIGHT : 1) * (named.has(key) ? OPENING_WEIGHT : 1) * SIZE_WEIGHT[key.split(' ').length]!;
	const ranked = [...paragraphs]
		.filter(([, count]) => count >= least)
		.map(([key, count]) => ({key, count, score: count ** COVERAGE_POWER * rarity(key) * weight(key)}))
		.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
	// Surfaces only for the best few: it means reading the chapter again.
	const best = ranked.slice(0, CONSIDERED);
	const surfaces = usualSurfaces(words, first, after, new Set(best.map(phrase => phrase.key)));
	for (const {key, count, score} of best) {
		const surface = surfaces.get(key) ?? key;
		if (canTitle(surface) && (!isPerson(surface) || count >= nameLeast)) result.push({key, surface, score});
	}

	return result;
}

/** A phrase said nearly wherever `best` is, of which `best` is a part (`open` → `open source`), is the fuller name. */
function fullest(best: Scored, ranked: readonly Scored[], paragraphs: ReadonlyMap<string, number>): Scored {
	const said = paragraphs.get(best.key)!;
	const longer = ranked.filter(
		phrase => ` ${phrase.key} `.includes(` ${best.key} `) && phrase.key !== best.key && paragraphs.get(phrase.key)! >= FULLER_SHARE * said,
	);
	return longer.sort((a, b) => b.key.length - a.key.length)[0] ?? best;
}

/**
 * A title from `best`: with a second phrase (not part of it, nor said with it as one phrase) when
 * that is nearly as good, or always when `best` is in an earlier title (then the second must not be).
 */
function titled(best: Scored, ranked: readonly Scored[], paragraphs: ReadonlyMap<string, number>, used: ReadonlySet<string>): {best: Scored; second?: Scored} {
	const again = used.has(best.key);
	const second = ranked.find(
		phrase =>
			!overlaps(phrase.key, best.key) &&
			!paragraphs.has(`${best.key} ${phrase.key}`) &&
			!paragraphs.has(`${phrase.key} ${best.key}`) &&
			!(again && used.has(phrase.key)),
	);
	return second && (again || second.score >= SECOND_SHARE * best.score) ? {best, second} : {best};
}

function overlaps(a: string, b: string): boolean {
	const stems = new Set(a.split(' '));
	return b.split(' ').some(word => stems.has(word));
}

function capitalised(surface: string): string {
	return surface.charAt(0).toUpperCase() + surface.slice(1);
}

/**
 * The title of the chapter of paragraphs [first, after), among chapters starting at `starts`: its
 * best phrase, with a second one when it is nearly as good; a phrase in an earlier chapter's title
 * (`used`, which it adds to) only with a second one that is not. An ad is titled by the name it
 * says most.
 */
export function titleFor(words: readonly Words[], first: number, after: number, starts: readonly number[], isAd: boolean, used: Set<string>): string {
	const chapters = chapterCoverages(words, starts);
	const paragraphs = chapters.coverages[starts.indexOf(first)] ?? coverage(words, first, after);
	if (isAd) {
		const sponsor = sponsorOf(words, first, after);
		return sponsor ? `Ad: ${sponsor}` : 'Ad';
	}

	const ranked = candidates(words, first, after, chapters, paragraphs);
	// A chapter about what an earlier one was about is told apart by what else it holds; failing that, it is titled by something else.
	const top = ranked[0] && titled(fullest(ranked[0], ranked, paragraphs), ranked, paragraphs, used);
	const fresh = ranked.filter(phrase => !used.has(phrase.key));
	const title = top?.second || (top && !used.has(top.best.key)) ? top : fresh[0] && titled(fullest(fresh[0], fresh, paragraphs), fresh, paragraphs, used);
	if (!title) return '';
	used.add(title.best.key);
	if (title.second) used.add(title.second.key);
	return title.second ? `${capitalised(title.best.surface)}, ${title.second.surface}` : capitalised(title.best.surface);
}
