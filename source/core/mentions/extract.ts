/*
 * Works found in a transcript: titles the rules find, filtered (venues, organisations, groups,
 * the speakers, sponsor reads), joined when they are one work (a short form, an acronym and its
 * expansion), then every place each is named, and "that book" / "this paper" linked to the work
 * last under discussion.
 */
import {isAdRead} from '../chapters/structure.js';
import {timeAt, type Transcript} from '../model.js';
import {GROUP_CONTEXT, KIND_NAMES, NOT_TITLES, ORGANISATION_WORDS, ORGANISATIONS, VENUES} from './filters.js';
import {BOOK_COMPOUNDS, GIVEN_NAMES, NAMED_FOR, NEVER_WORKS, NOT_WORK_AFTER, NOT_WORK_NOUNS, PLACE_ENDS, SPEECH_STARTS, TITLE_INNER} from './lexicon.js';
import {escapeRegExp, findTitles, kindOf} from './rules.js';
import {
	addAcronyms,
	addShortForm,
	capitalsOf,
	group,
	joinOtherNames,
	joinShortForms,
	keyOf,
	nameTheAuthors,
	WRITTEN,
	type Candidate,
	type Draft,
} from './drafts.js';
import {cleanAuthor, findSpokenTitles} from './spoken.js';
import type {Mention, Work, WorkKind} from './work.js';

/** Characters before a title looked at for the kind of work it is ("…a great blog post. It's called X"). */
const KIND_CONTEXT = 400;
/** Characters around a title looked at for a group or event it names. */
const GROUP_WINDOW = 40;
/** How far back (paragraphs) "that book" looks for the book under discussion. */
const INDIRECT_REACH = 8;
const KIND_WORD = new RegExp(String.raw`\b(${KIND_NAMES})\b`, 'gi');
const INDIRECT = /\b(?:that|this|the) (book|novel|paper|essay|piece|post)\b(?! (?:called|titled|named|by|of|we|I|you))/gi;

/** `MAKER’s X` and `X from MAKER` are X; a title ends without its closing punctuation but `?`. */
function cleanTitle(title: string): string {
	const maker = / (?:from|by) ([\p{L} ]+)$/u.exec(title);
	const bare = maker && ORGANISATIONS.has(maker[1]!.toLowerCase()) ? title.slice(0, maker.index) : title;
	return bare
		.replace(/^.*\S['’]s (?=\p{Lu})/u, '')
		.replace(/^(?:One|Another one|The other one|The first one|The second one) is /, '')
		.replace(/ (?:and|or|but) (?:I|We|You|He|She|They|It)$/, '')
		.replace(/[’']$/, '')
		.trim();
}

/** The word said right after a title: "the X podcast" names a podcast. */
function wordAfter(candidate: Candidate, text: string): string {
	return /^\s+(\p{L}+)/u.exec(text.slice(candidate.index + candidate.title.length))?.[1]?.toLowerCase() ?? '';
}

/** "Oh.", "Hm.", "Oh, I read this, …": a remark in quotes, not a title ("I Was a Stranger Here" is one: no stop after its first word). */
function isRemark(title: string): boolean {
	const first = title
		.split(/\s+/)[0]!
		.toLowerCase()
		.replace(/’/g, "'")
		.replace(/[^\p{L}']/gu, '');
	return SPEECH_STARTS.has(first) && (/[,.!?]/.test(title) || !title.includes(' '));
}

function isNotAWork(candidate: Candidate, text: string, names: ReadonlySet<string>): boolean {
	const title = candidate.title;
	const key = title.toLowerCase();
	const words = key.split(/\s+/);
	if (title.length < 2 || NOT_TITLES.has(key) || VENUES.has(key) || ORGANISATIONS.has(key) || names.has(key)) return true;
	if (isRemark(title) || NEVER_WORKS.has(key) || NEVER_WORKS.has(keyOf(title)) || /^(?:the )?\d+$/.test(key) || NOT_WORK_AFTER.has(wordAfter(candidate, text)))
		return true;
	// "Buffalo Web Framework", "the Deep Questions Podcast": named for what they are.
	if (words.length > 1 && NAMED_FOR.has(words.at(-1)!)) return true;
	if (words.some(word => ORGANISATION_WORDS.has(word.replace(/[^\p{L}]/gu, '')))) return true;
	if (isOtherThing(candidate, text)) return true;
	// "the Panama Canal", "Fox News", "Fermat's Last Theorem": names of places, media and results ("a book, A Renegade History of the United States" is a title).
	if ((candidate.weak || /\b(?:theorem|conjecture|lemma|hypothesis)$/.test(key)) && words.length > 1 && PLACE_ENDS.has(words.at(-1)!)) return true;
	const around = text.slice(Math.max(0, candidate.index - GROUP_WINDOW), candidate.index + title.length + GROUP_WINDOW);
	return candidate.kind === undefined && (GROUP_CONTEXT.test(around) || namesSomethingElse(text, candidate.index));
}

/**
 * Not a title, by its shape: an acronym no kind of work is said of ("when TDD came out"), a
 * person's possessive ("Jim Gay's book"), a compound ("your book URL"), a person's papers ("the
 * Einstein papers"), who wrote the title just said ("Dune, the Frank Herbert novel").
 */
function isOtherThing(candidate: Candidate, text: string): boolean {
	const title = candidate.title;
	if (/^\p{Lu}{2,5}$/u.test(title) && candidate.kind === undefined) return true;
	if (/['’]s$/.test(title)) return true;
	const before = text.slice(Math.max(0, candidate.index - 12), candidate.index);
	if (/\b(?:book|novel|paper) $/i.test(before) && BOOK_COMPOUNDS.has(title.split(' ')[0]!.toLowerCase())) return true;
	const after = text.slice(candidate.index + title.length);
	// "Thinking in Systems, the Donella Meadows book": after a title, "the X book" says whose it is.
	if (/\p{Lu}[\p{L}\d'’-]*, the $/u.test(text.slice(Math.max(0, candidate.index - 40), candidate.index)) && /^ (?:book|novel|paper|essay)\b/i.test(after))
		return true;
	return candidate.handle === true && !title.includes(' ') && /^ (?:books|papers|essays|novels|articles)\b/i.test(after);
}

/** How far back (characters) the noun a title names is looked for. */
const NOUN_REACH = 120;
const THING_NOUN = /\b([\p{L}]+)\b/gu;

/** "my favourite chapter of that book… it's called X": the nearest noun before a name given says X is a chapter. */
function namesSomethingElse(text: string, index: number): boolean {
	const before = text.slice(Math.max(0, index - NOUN_REACH), index).toLowerCase();
	if (!/\b(?:called|named|titled)[,:]? ["“]?$/.test(before)) return false;
	const nouns = [...before.matchAll(THING_NOUN)].map(match => match[1]!).filter(word => NOT_WORK_NOUNS.has(word) || kindOf(word) !== undefined);
	return nouns.length > 0 && NOT_WORK_NOUNS.has(nouns.at(-1)!);
}

/** How far (characters) a kind of work said around a weakly cued title corroborates it. */
const CORROBORATION_WINDOW = 250;
const WRITTEN_WORD = /\b(?:books?|novels?|novelists?|memoirs?|biograph(?:y|ies)|textbooks?|papers?|essays?|articles?|authors?|writers?)\b/i;

/** "Neil Postman": capitalised names only, the first a given name: a person, not a title. */
function isPersonName(title: string): boolean {
	const words = title.split(' ');
	return words.length <= 3 && words.every(word => /^\p{Lu}\p{Ll}/u.test(word)) && GIVEN_NAMES.has(words[0]!.toLowerCase());
}

/** A weakly cued title stays when the episode says more: a kind of work around it, the title found or said again. */
function corroborated(candidates: readonly Candidate[], transcript: Transcript): Candidate[] {
	const keys = new Map<string, Set<number>>();
	for (const candidate of candidates)
		keys.set(keyOf(candidate.title), (keys.get(keyOf(candidate.title)) ?? new Set()).add(candidate.weak ? candidate.paragraph : -1));
	const said = transcript.paragraphs.map(paragraph => paragraph.text.toLowerCase());
	const saidAgain = (candidate: Candidate) => {
		const title = candidate.title.toLowerCase();
		return keyOf(title).replace(/^an? /, '').includes(' ') && said.some((text, index) => index !== candidate.paragraph && text.includes(title));
	};

	return candidates.filter(candidate => {
		if (!candidate.weak) return true;
		if (isPersonName(candidate.title)) return false;
		const found = keys.get(keyOf(candidate.title))!;
		if (found.has(-1) || found.size > 1) return true;
		if (candidate.weak === 'found') return false;
		const text = transcript.paragraphs[candidate.paragraph]!.text;
		const around = `${text.slice(Math.max(0, candidate.index - CORROBORATION_WINDOW), candidate.index)} ${text.slice(candidate.index + candidate.title.length, candidate.index + candidate.title.length + CORROBORATION_WINDOW)}`;
		return (candidate.weak === 'near' && WRITTEN_WORD.test(around)) || saidAgain(candidate);
	});
}

/** Between a title and its subtitle: commas, colons, dashes, "and", and the subtitle's own capitalised words. */
const CONTINUATION = /^[,:;–—-] ?(?:(?:\p{Lu}[\p{L}'’-]*|and|or|of|the|a|in|to|for)[,:;]? ?)*$/u;

/**
 * "Shape, The Hidden Geometry of Information, Biology, …, and Everything Else": a title said right
 * after another one, after a colon or a comma, that starts with an article or follows capitalised
 * words, is its subtitle, not a work ("Moby Dick" after "the Count of Monte Cristo, " is another).
 */
function withoutSubtitles(candidates: readonly Candidate[], transcript: Transcript): Candidate[] {
	const byParagraph = new Map<number, Candidate[]>();
	for (const candidate of candidates) byParagraph.set(candidate.paragraph, [...(byParagraph.get(candidate.paragraph) ?? []), candidate]);
	const isSubtitle = (candidate: Candidate) =>
		byParagraph.get(candidate.paragraph)!.some(title => {
			const end = title.index + title.title.length;
			if (end > candidate.index || candidate.index - end > 100 || title === candidate) return false;
			const between = transcript.paragraphs[candidate.paragraph]!.text.slice(end, candidate.index);
			if (!CONTINUATION.test(between)) return false;
			return /^(?:The|A|An) /.test(candidate.title) || between.startsWith(':') || /\p{Lu}/u.test(between);
		});
	return candidates.filter(candidate => !isSubtitle(candidate));
}

/** `thinking in systems` as a title: `Thinking in Systems`. */
function titleCased(title: string): string {
	return title
		.split(' ')
		.map((word, index) => (index > 0 && TITLE_INNER.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
		.join(' ');
}

/**
 * The kind of a title whose cue says none: the kind said nearest before it; but a title read,
 * written or picked is a book, paper or essay, never a dataset or model said about earlier.
 */
function kindFromContext(transcript: Transcript, candidate: Candidate): WorkKind | undefined {
	const before = kindBefore(transcript, candidate);
	if (candidate.fallback === undefined) return before;
	return before !== undefined && WRITTEN.includes(before) ? before : candidate.fallback;
}

/** The kind said nearest before a title, in its paragraph or the two before. */
function kindBefore(transcript: Transcript, candidate: Candidate): WorkKind | undefined {
	const before = [candidate.paragraph - 2, candidate.paragraph - 1]
		.filter(index => index >= 0)
		.map(index => transcript.paragraphs[index]!.text)
		.concat(transcript.paragraphs[candidate.paragraph]!.text.slice(0, candidate.index))
		.join(' ')
		.slice(-KIND_CONTEXT);
	const words = [...before.matchAll(KIND_WORD)];
	return words.length === 0 ? undefined : kindOf(words.at(-1)![1]!);
}

/** Every place a work is named: its title and aliases, whole words, titles of one word as written. */
/**
 * Every place each work is named, in one pass: its title and aliases as written (`Deep Learning`
 * the book, not deep learning the field), but for a leading article's capital; the longest name wins.
 */
function namedMentions(transcript: Transcript, drafts: readonly Draft[], skip: ReadonlySet<number>): Map<Draft, Mention[]> {
	const owners = new Map<string, Draft>();
	for (const draft of drafts) {
		for (const alias of draft.aliases) {
			const name = alias.replace(/\?$/, '');
			for (const written of /^The /.test(name) ? [name, `t${name.slice(1)}`] : [name]) if (!owners.has(written)) owners.set(written, draft);
		}
	}

	const mentions = new Map<Draft, Mention[]>(drafts.map(draft => [draft, []]));
	if (owners.size === 0) return mentions;
	const names = [...owners.keys()].sort((a, b) => b.length - a.length).map(name => escapeRegExp(name));
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	for (const paragraph of transcript.paragraphs) {
		if (skip.has(paragraph.id)) continue;
		for (const match of paragraph.text.matchAll(pattern)) {
			const mention = {paragraph: paragraph.id, start: match.index, end: match.index + match[0].length, time: timeAt(paragraph, match.index), indirect: false};
			mentions.get(owners.get(match[0])!)!.push(mention);
		}
	}

	return mentions;
}

/** "that book", "this paper": the work of that kind named last, within a few paragraphs. In one sweep. */
function indirectMentions(transcript: Transcript, works: ReadonlyArray<{kind: WorkKind; mentions: Mention[]}>, skip: ReadonlySet<number>): void {
	const named = works
		.flatMap(work => work.mentions.map(mention => ({work, mention})))
		.sort((a, b) => a.mention.paragraph - b.mention.paragraph || a.mention.start - b.mention.start);
	const lastOfKind = new Map<WorkKind, {work: (typeof works)[number]; mention: Mention}>();
	let next = 0;
	for (const paragraph of transcript.paragraphs) {
		if (skip.has(paragraph.id)) continue;
		for (const match of paragraph.text.matchAll(INDIRECT)) {
			const start = match.index;
			const end = start + match[0].length;
			for (
				;
				next < named.length &&
				(named[next]!.mention.paragraph < paragraph.id || (named[next]!.mention.paragraph === paragraph.id && named[next]!.mention.end <= start));
				next++
			) {
				lastOfKind.set(named[next]!.work.kind, named[next]!);
			}

			const said = named[next]?.mention;
			const overlaps = said !== undefined && said.paragraph === paragraph.id && said.start < end;
			const last = lastOfKind.get(kindOf(match[1]!)!);
			if (last && !overlaps && paragraph.id - last.mention.paragraph <= INDIRECT_REACH)
				last.work.mentions.push({paragraph: paragraph.id, start, end, time: timeAt(paragraph, start), indirect: true});
		}
	}
}

export function extractWorks(transcript: Transcript): Work[] {
	const names = new Set(transcript.speakers.flatMap(speaker => [speaker.name.toLowerCase(), ...speaker.name.toLowerCase().split(/\s+/)]));
	const ads = new Set(transcript.paragraphs.filter(paragraph => isAdRead(paragraph.text)).map(paragraph => paragraph.id));
	const candidates: Candidate[] = [];
	for (const paragraph of transcript.paragraphs) {
		if (ads.has(paragraph.id)) continue;
		for (const found of [...findTitles(paragraph.text), ...findSpokenTitles(paragraph.text)]) {
			const candidate = {...found, title: cleanTitle(found.title), paragraph: paragraph.id, ...(found.author ? {author: cleanAuthor(found.author)} : {})};
			if (isNotAWork(candidate, paragraph.text, names)) continue;
			const kind = candidate.kind ?? kindFromContext(transcript, candidate);
			candidates.push(candidate.lower ? {...candidate, kind, title: titleCased(candidate.title), said: candidate.title} : {...candidate, kind});
		}
	}

	const kept = corroborated(withoutSubtitles(candidates, transcript), transcript);
	kept.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
	nameTheAuthors(kept);
	const drafts = joinShortForms(joinOtherNames(group(kept), transcript)).filter((draft): draft is Draft & {kind: WorkKind} => draft.kind !== undefined);
	const capitals = capitalsOf(transcript);
	for (const draft of drafts) {
		addAcronyms(capitals, draft);
		addShortForm(draft);
	}
	const named = namedMentions(transcript, drafts, ads);
	const works = drafts.map(draft => ({draft, kind: draft.kind, mentions: named.get(draft)!}));
	indirectMentions(transcript, works, ads);
	return works
		.map(({draft, kind, mentions}) => ({
			title: draft.title,
			kind,
			...(draft.author ? {author: draft.author} : {}),
			aliases: [...draft.aliases].filter(alias => alias !== draft.title),
			mentions: mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start),
			origin: 'found' as const,
		}))
		.filter(work => work.mentions.length > 0)
		.sort((a, b) => a.mentions[0]!.paragraph - b.mentions[0]!.paragraph || a.mentions[0]!.start - b.mentions[0]!.start);
}
