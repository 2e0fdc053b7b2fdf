import {BOOK_COMPOUNDS, FILLERS, GENERIC_NOUNS, NOT_TITLE_STARTS, SPEECH_STARTS, TITLE_ENDS, TITLE_INNER} from './lexicon.js';
import {kindOf, type Found} from './rules.js';
import {FILLER, NAME, spokenCues, WRITTEN_KIND, type Form, type Span} from './spoken-cues.js';
import type {WorkKind} from './work.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/uy;
/** A quote in lower case that begins with one of these is said, not a title ("that looks terrible"). */
const QUOTE_NOT_STARTS = new Set(['that', 'this', 'it', 'there', 'they', 'he', 'she', "you're", 'what', 'who', 'why']);
const QUOTES = /[“”"]/u;
/** A title is rarely longer; past this the speaker has gone on. */
const MAX_LOWER_WORDS = 7;
const MAX_CAPITALISED_WORDS = 12;
const MAX_QUOTED_WORDS = 12;

const isCapitalised = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);
const bare = (word: string) => word.toLowerCase().replace(/['’]s$/, '');

type Word = {readonly text: string; readonly start: number; readonly end: number};

/** The words from `at` on, up to the first mark that is not inside a word (a comma, a full stop, a quote). */
function wordsFrom(text: string, at: number, limit: number): Word[] {
	const found: Word[] = [];
	let index = at;
	while (found.length < limit) {
		while (text[index] === ' ') index++;
		WORD.lastIndex = index;
		const match = WORD.exec(text);
		if (!match) break;
		const end = index + match[0].length;
		found.push({text: match[0], start: index, end});
		if (text[end] !== ' ') break;
		index = end;
	}

	return found;
}

/** Capitalised words, with the small words between them ("The Road to Reality"). */
function capitalisedRun(words: readonly Word[]): Word[] {
	let last = -1;
	for (const [index, word] of words.entries()) {
		if (isCapitalised(word.text)) last = index;
		else if (!TITLE_INNER.has(word.text)) break;
	}

	return words.slice(0, last + 1);
}

/** Where a title said in lower case ends: a word that ends titles, a plain noun ("the design patterns book"), or "with A Name". */
function endsLowerTitle(words: readonly Word[], index: number): boolean {
	const word = words[index]!.text.toLowerCase();
	if (TITLE_ENDS.has(word) || FILLERS.has(word) || (index > 0 && GENERIC_NOUNS.has(word))) return true;
	// "thinking in fog last year": when it was read, not the title.
	if (/^(?:last|this|next|every)$/.test(word) && TIMES.has(words[index + 1]?.text.toLowerCase() ?? '')) return true;
	return (word === 'with' || word === 'and') && isCapitalised(words[index + 1]?.text ?? '');
}

const TIMES = new Set(['year', 'years', 'week', 'weeks', 'month', 'months', 'night', 'summer', 'winter', 'spring', 'fall', 'autumn', 'time', 'day', 'weekend']);

/** Lower-case words up to one that ends a title; none when a plain noun ends them ("machine learning paper" is a topic). */
function lowerRun(words: readonly Word[]): Word[] {
	const end = words.findIndex((_, index) => endsLowerTitle(words, index));
	if (end > 0 && GENERIC_NOUNS.has(words[end]!.text.toLowerCase())) return [];
	const run = words.slice(0, end === -1 ? MAX_LOWER_WORDS : Math.min(end, MAX_LOWER_WORDS));
	while (run.length > 0 && TITLE_INNER.has(run.at(-1)!.text.toLowerCase())) run.pop();
	return run;
}

/** Whether words said in lower case can be a title: not a phrase about something ("some of it", "10 books"). */
function canBeLowerTitle(words: readonly string[]): boolean {
	const content = words[0] === 'the' || words[0] === 'a' || words[0] === 'an' ? words.slice(1) : words;
	if (content.length === 0 || NOT_TITLE_STARTS.has(content[0]!) || GENERIC_NOUNS.has(content[0]!)) return false;
	if (content.every(word => /^\d+$/.test(word))) return false;
	return !content.every(word => GENERIC_NOUNS.has(word) || TITLE_INNER.has(word));
}

function span(text: string, words: readonly Word[], form: Form): Span | undefined {
	if (words.length === 0) return undefined;
	const title = text.slice(words[0]!.start, words.at(-1)!.end).replace(/['’]s$/, '');
	const lower = words.map(word => bare(word.text).replace(/’/g, "'"));
	if (lower.every(word => GENERIC_NOUNS.has(word) || TITLE_INNER.has(word)) || lower.every(word => /^\d+$/.test(word))) return undefined;
	if (form === 'lower' ? !canBeLowerTitle(lower) : SPEECH_STARTS.has(lower[0]!)) return undefined;
	return {title, start: words[0]!.start, end: words.at(-1)!.end, form};
}

/** A quoted title starting at `at` (the opening quote): not a quoted remark ("Oh, I read this…"). */
function quotedAt(text: string, at: number): Span | undefined {
	const close = text.slice(at + 1, at + 200).search(QUOTES);
	if (close < 0) return undefined;
	const inner = text.slice(at + 1, at + 1 + close).replace(/[,.!?…]+$/u, '');
	const words = inner.split(/\s+/).filter(Boolean);
	if (words.length === 0 || words.length > MAX_QUOTED_WORDS || /[.!?;]\s/u.test(inner)) return undefined;
	const first = words[0]!.toLowerCase().replace(/’/g, "'").replace(/[,]$/, '');
	const titleCase = words.filter(word => !TITLE_INNER.has(word.toLowerCase())).every(word => isCapitalised(word));
	if (SPEECH_STARTS.has(first) || (!titleCase && (/,\s/.test(inner) || QUOTE_NOT_STARTS.has(first)))) return undefined;
	return {title: inner.trim(), start: at + 1, end: at + 1 + inner.length, form: 'quoted'};
}

/** The title that starts at `at`: quoted, capitalised, or said in lower case. */
export function titleAt(text: string, at: number): Span | undefined {
	if (QUOTES.test(text[at] ?? '')) return quotedAt(text, at);
	const words = wordsFrom(text, at, MAX_CAPITALISED_WORDS);
	if (words.length === 0) return undefined;
	if (isCapitalised(words[0]!.text)) return span(text, capitalisedRun(words), 'capitalised');
	// "read like a Amusing Ourselves to Death", "the Design Patterns book": capitals after an article.
	if (/^(?:the|a|an)$/.test(words[0]!.text) && isCapitalised(words[1]?.text ?? '')) {
		const run = capitalisedRun(words.slice(1));
		// "the C programming language": one capitalised word among lower-case ones is said in lower case.
		const mixed = run.length === 1 && words[2] !== undefined && !endsLowerTitle(words, 2);
		if (!mixed) return span(text, words[0]!.text === 'the' ? [words[0]!, ...run] : run, 'capitalised');
	}

	return span(text, lowerRun(words), 'lower');
}

/** The title that ends at `end` (before `by AUTHOR`): read back to the cue or the start of the clause. */
function titleBefore(text: string, end: number): Span | undefined {
	const before = text.slice(Math.max(0, end - 160), end);
	const closing = /[”"],?$/u.exec(before);
	if (closing) {
		const open = before.slice(0, closing.index).search(/[“"][^“”"]*$/u);
		return open < 0 ? undefined : quotedAt(text, end - before.length + open);
	}

	const tail = /[\p{L}\p{N}'’ -]+$/u.exec(before);
	if (!tail) return undefined;
	const offset = end - before.length + tail.index;
	const words = wordsFrom(text, offset, 40).filter(word => word.end <= end);
	const reversed = words.toReversed();
	if (isCapitalised(reversed[0]?.text ?? '')) return span(text, capitalisedRun(reversed).toReversed(), 'capitalised');
	const stop = reversed.findIndex(word => {
		const lower = word.text.toLowerCase();
		return TITLE_ENDS.has(lower) || FILLERS.has(lower) || READING.has(lower) || GENERIC_NOUNS.has(lower);
	});
	// In lower case, only "read X by A", "the book X by A": right after a word that says a work follows.
	if (stop === -1 || !(READING.has(reversed[stop]!.text.toLowerCase()) || GENERIC_NOUNS.has(reversed[stop]!.text.toLowerCase()))) return undefined;
	const run = reversed.slice(0, Math.min(stop, MAX_LOWER_WORDS)).toReversed();
	while (run.length > 0 && TITLE_INNER.has(run[0]!.text.toLowerCase()) && run[0]!.text.toLowerCase() !== 'the') run.shift();
	return run.length < 2 ? undefined : span(text, run, 'lower');
}

/** Verbs of reading and writing: before a title, they say a work follows; read back, the title starts after them. */
const READING = new Set([
	'read',
	'reading',
	'reread',
	're-read',
	'rereading',
	'recommend',
	'recommended',
	'recommending',
	'wrote',
	'written',
	'writing',
	'called',
	'titled',
	'named',
	'finished',
	'loved',
]);

/** `so Steven Levy`, `Steven Levy's`: an author's name without the fillers said before it. */
export function cleanAuthor(name: string): string {
	const words = name.replace(/['’]s$/, '').split(/\s+/);
	while (words.length > 1 && FILLERS.has(words[0]!.toLowerCase().replace(/,$/, ''))) words.shift();
	return words.join(' ');
}

function found(title: Span, kind: string | undefined, weak: Found['weak'], author?: string, fallback?: WorkKind): Found {
	return {
		title: title.title,
		index: title.start,
		kind: kind === undefined ? undefined : kindOf(kind),
		...(fallback ? {fallback} : {}),
		...(author ? {author: cleanAuthor(author)} : {}),
		...(weak ? {weak} : {}),
		...(title.form === 'lower' ? {lower: true} : {}),
	};
}

function afterCues(text: string): Found[] {
	const results: Found[] = [];
	for (const {needs, pattern, kind, weak, fallback} of spokenCues()) {
		if (!needs.test(text)) continue;
		for (const match of text.matchAll(pattern)) {
			const title = titleAt(text, match.index + match[0].length);
			// One word in lower case is a title only when the speaker says so ("a book called ostracism"); "the book tour" is no title.
			if (!title || (title.form === 'lower' && !title.title.includes(' ') && !/called|titled|named/i.test(match[0]))) continue;
			if (BOOK_COMPOUNDS.has(title.title.split(' ')[0]!.toLowerCase())) continue;
			// "my first pick is X by so A Name": an author named right after corroborates the title.
			byAuthor ??= new RegExp(String.raw`,? by (?:${FILLER},? )*(${NAME})`, 'gu');
			const after = new RegExp(`^${byAuthor.source}`, 'u').exec(text.slice(title.end))?.[1];
			const author = after ?? new RegExp(` by (${NAME})`, 'u').exec(match[0])?.[1];
			results.push(found(title, kind?.(match), after ? undefined : weak(title), author, fallback));
		}
	}

	return results;
}

let byAuthor: RegExp | undefined;

let published: RegExp | undefined;

/** "Cryptonomicon published in 1999", "when X came out in 2008": a capitalised title read back from it. */
function beforePublished(text: string): Found[] {
	published ??= /,? (?:was )?(?:published|came out|come out) in (?:19|20)\d\d/gu;
	if (!/published|came out|come out/.test(text)) return [];
	return [...text.matchAll(published)].flatMap(match => {
		const title = titleBefore(text, match.index);
		return title && title.form !== 'lower' ? [found(title, undefined, 'near', undefined, 'book')] : [];
	});
}

/** "X by AUTHOR", "X, by so AUTHOR": the title read back from `by`; of two words or more, a book unless a paper or essay was said. */
function beforeAuthors(text: string): Found[] {
	byAuthor ??= new RegExp(String.raw`,? by (?:${FILLER},? )*(${NAME})`, 'gu');
	const results: Found[] = [];
	if (!text.includes(' by ')) return results;
	for (const match of text.matchAll(byAuthor)) {
		// "a book by Simon Sinek - Start With Why": the title after the name and a dash.
		const dash = /^ ?[-–—] /.exec(text.slice(match.index + match[0].length));
		const title = titleBefore(text, match.index) ?? (dash ? titleAt(text, match.index + match[0].length + dash[0].length) : undefined);
		if (title) results.push(found(title, undefined, title.form === 'lower' ? 'near' : undefined, match[1], title.title.includes(' ') ? 'book' : undefined));
	}

	return results;
}

let quoted: RegExp | undefined;

/** Titles in quotes where a kind of work is said around them: “Skin in the game”, “The bully pulpit”. */
function quotedTitles(text: string): Found[] {
	quoted ??= new RegExp(String.raw`\b(${WRITTEN_KIND})\b`, 'iu');
	const kindWord = quoted;
	if (!QUOTES.test(text)) return [];
	const titles = [...text.matchAll(/[“"][^“”"\n]{2,200}[”"]/gu)].map(match => quotedAt(text, match.index)).filter(title => title !== undefined);
	return titles.flatMap(title => {
		const around = text.slice(Math.max(0, title.start - 300), title.end + 300);
		const kind = kindWord.exec(around)?.[1];
		const titleCase = title.title.split(/\s+/).every(word => isCapitalised(word) || TITLE_INNER.has(word));
		// One word in quotes is a title only in a list of them ("Maintainable" - who doesn't want that?).
		const listed = isListed(text, title);
		return kind && (listed || (titleCase && title.title.includes(' '))) ? [found(title, kind, undefined)] : [];
	});
}

/** Quotes in lower case are titles only in a list of them: “Skin in the game”, “Antifragile”, and “Blink”. */
function isListed(text: string, title: Span): boolean {
	const next = /^[,.!?…]*[”"][,;]? (?:and |or )?[“"]/u;
	const previous = /[”"][,;]? (?:and |or )?[“"]$/u;
	return next.test(text.slice(title.end, title.end + 12)) || previous.test(text.slice(Math.max(0, title.start - 12), title.start));
}

let sentenceCue: RegExp | undefined;

/**
 * "Khrushchev and Gorbachev", "Adam Wathan and Steve Schoger", "the Vanderbilt or the Rockefeller":
 * names joined, not a title. (A title such as "War and Peace" is found only when a cue says it is one.)
 */
function isListOfNames(run: string): boolean {
	const parts = run.split(/ (?:and|or) /);
	return parts.length >= 2 && parts.every(part => /^(?:[Tt]he )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u.test(part));
}

/**
 * Capitalised words that name people or places, by how they are said: "A and B" (people),
 * "in X", "at X", "from X", "by X" (a place, a company, a person), "X's" or "X who" (a person).
 */
function isNamesOrPlace(text: string, at: number, run: string): boolean {
	if (isListOfNames(run) || /['’]s$/.test(run)) return true;
	if (/\b(?:in|at|from|to|near|into|of|by) $/i.test(text.slice(Math.max(0, at - 6), at))) return true;
	return /^(?:['’]s\b| who\b| said\b| says\b| wrote\b| writes\b)/u.test(text.slice(at + run.length, at + run.length + 8));
}

/**
 * Names of several capitalised words in a sentence that speaks of books or reading ("I read a good
 * chunk of the Gulag Archipelago", "the classics, the Count of Monte Cristo, Robinson Crusoe"):
 * titles only when found again, or when nothing else names them (people and places are filtered).
 */
function capitalisedInSentence(text: string): Found[] {
	sentenceCue ??= new RegExp(String.raw`\b(?:${WRITTEN_KIND}|novelists?|authors?|read|reading(?! group| list)|wrote|writing)\b`, 'iu');
	const results: Found[] = [];
	if (!sentenceCue.test(text)) return results;
	for (const sentence of text.matchAll(/[^.!?]+[.!?]*/gu)) {
		// The sentence, or the start of the next ("Which is X. It's a spectacular book").
		const end = sentence.index + sentence[0].length;
		if (!sentenceCue.test(sentence[0]) && !/^ (?:It|That)['’]s (?:a|an) (?:[\p{L}-]+ ){0,2}(?:book|novel|paper|essay)\b/u.test(text.slice(end, end + 50)))
			continue;
		for (const run of sentence[0].matchAll(
			/(?<=(?:^|[\s(])\p{Ll}[\p{Ll}'’-]*,? |[.!?] )(?:the |The )?\p{Lu}[\p{L}'’-]*(?: (?:(?:of|the|to|in|and|a|for|on) ){0,2}\p{Lu}[\p{L}'’-]*)+/gu,
		)) {
			const at = sentence.index + run.index;
			if (isNamesOrPlace(text, at, run[0])) continue;
			const title = span(
				text,
				wordsFrom(text, at, MAX_CAPITALISED_WORDS).filter(word => word.end <= at + run[0].length),
				'capitalised',
			);
			if (title) results.push(found(title, undefined, actsLikeAPerson(text, title) ? 'found' : 'near', undefined, 'book'));
		}
	}

	return results;
}

/**
 * Shaped like a person's name ("Dorota Weiss") and said as people are: doing something ("X has
 * a nice answer"), or named after a comma ("one of my students, X"; not "a book, X"). A title only
 * when a cue finds it too.
 */
function actsLikeAPerson(text: string, title: Span): boolean {
	if (/ \p{Lu}$/u.test(title.title) && text[title.end] === '.') return true;
	if (!/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,2}$/u.test(title.title)) return false;
	const afterComma =
		/, $/.test(text.slice(title.start - 2, title.start)) &&
		!/\b(?:book|novel|paper|essay|article|memoir|biography|textbook)s?, $/i.test(text.slice(Math.max(0, title.start - 14), title.start));
	return (
		/^ (?:has|had|is|was|says|said|thinks|thought|talks|talked|argues|argued|did|does|who|and I)\b/u.test(text.slice(title.end, title.end + 10)) || afterComma
	);
}

/** Every title said in a paragraph that the cues of speech find. */
export function findSpokenTitles(text: string): Found[] {
	return [...afterCues(text), ...beforeAuthors(text), ...beforePublished(text), ...quotedTitles(text), ...capitalisedInSentence(text)];
}
