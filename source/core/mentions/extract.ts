/*
 * Works found in a transcript: titles the rules find, filtered (venues, organisations, groups,
 * the speakers, sponsor reads), joined when they are one work (a short form, an acronym and its
 * expansion), then every place each is named, and "that book" / "this paper" linked to the work
 * last under discussion.
 */
import {isAdRead} from '../chapters/derive.js';
import {timeAt, type Transcript} from '../model.js';
import {GROUP_CONTEXT, KIND_NAMES, NOT_TITLES, ORGANISATION_WORDS, ORGANISATIONS, VENUES} from './filters.js';
import {escapeRegExp, findTitles, kindOf, type Found} from './rules.js';
import type {Mention, Work, WorkKind} from './work.js';

type Candidate = Found & {readonly paragraph: number};

const WRITTEN: ReadonlyArray<WorkKind | undefined> = ['book', 'paper', 'essay'];

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
		.replace(/ (?:and|or|but) (?:I|We|You|He|She|They|It)$/, '')
		.replace(/[’']$/, '')
		.trim();
}

/** A title as compared: case, punctuation and a leading article aside. */
export function keyOf(title: string): string {
	return title.toLowerCase().replace(/^the /, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isNotAWork(candidate: Candidate, text: string, names: ReadonlySet<string>): boolean {
	const title = candidate.title;
	const key = title.toLowerCase();
	const words = key.split(/\s+/);
	if (title.length < 2 || NOT_TITLES.has(key) || VENUES.has(key) || ORGANISATIONS.has(key) || names.has(key)) return true;
	if (words.some(word => ORGANISATION_WORDS.has(word.replace(/[^\p{L}]/gu, '')))) return true;
	const around = text.slice(Math.max(0, candidate.index - GROUP_WINDOW), candidate.index + title.length + GROUP_WINDOW);
	return candidate.kind === undefined && GROUP_CONTEXT.test(around);
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

/** The letters an acronym stands for: `AbC` → `ac`, `XYZ-bench` → `xyz`. */
function acronymLetters(word: string): string | undefined {
	const head = word.split('-')[0]!;
	const capitals = head.replace(/[^\p{Lu}]/gu, '');
	return capitals.length >= 2 && !/\s/.test(word) ? capitals.toLowerCase() : undefined;
}

function initials(title: string): string {
	return title
		.split(/[\s-]+/)
		.filter(word => /^\p{Lu}/u.test(word))
		.map(word => word[0]!.toLowerCase())
		.join('');
}

type Draft = {title: string; kind: WorkKind | undefined; author?: string; aliases: Set<string>; first: number; byAuthors?: boolean};

/** How close (characters, in one paragraph or the next) a title must follow "the X and Y paper" to be its title. */
const TITLE_FOLLOWS = 300;

/** "The A and B paper on that. It's called X": X is by A and B. */
function nameTheAuthors(candidates: Candidate[]) {
	for (const [index, named] of candidates.entries()) {
		const next = candidates[index + 1];
		if (!named.byAuthors || !next || next.byAuthors || next.author !== undefined) continue;
		const near = next.paragraph === named.paragraph ? next.index - named.index <= TITLE_FOLLOWS : next.paragraph === named.paragraph + 1 && next.index <= TITLE_FOLLOWS;
		if (near) candidates[index + 1] = {...next, author: named.title, kind: next.kind ?? named.kind};
	}
}

const PREPOSITION = /^(?:On|In|At|From|With|For|To|By|About) /;

/**
 * Names said for a work that are not its title: its authors (`the A paper`, `the A and B paper`)
 * or a title with the preposition before it (`On X, which is…`).
 */
function otherNameOf(draft: Draft, drafts: readonly Draft[], transcript: Transcript): Draft | undefined {
	const key = keyOf(draft.title);
	const byAuthor = drafts.find(other => other !== draft && other.author !== undefined && keyOf(other.author).split(' ').some(name => key === keyOf(other.author!) || key.split(' and ').concat(key.split(' ')).includes(name)));
	if (byAuthor) return byAuthor;
	const bare = PREPOSITION.test(draft.title) ? keyOf(draft.title.replace(PREPOSITION, '')) : undefined;
	if (bare !== undefined) return drafts.find(other => other !== draft && keyOf(other.title) === bare);
	return authorOfNearby(draft, drafts, transcript);
}

/** How near (paragraphs) a work must be for "the SURNAME paper" to be taken as its author's name. */
const AUTHOR_REACH = 3;

/** "the SURNAME paper" first said just after a paper was named, or just before: a surname standing for that paper. */
function authorOfNearby(draft: Draft, drafts: readonly Draft[], transcript: Transcript): Draft | undefined {
	// Written works have authors; a one-word model or dataset is its own name.
	if (!WRITTEN.includes(draft.kind!) || !/^\p{Lu}\p{Ll}+$/u.test(draft.title)) return undefined;
	const said = transcript.paragraphs.findIndex(paragraph => new RegExp(`\\b${draft.title}\\b`, 'u').test(paragraph.text));
	return drafts.find(other => other !== draft && other.kind === draft.kind && other.title.includes(' ') && other.first >= said - AUTHOR_REACH && other.first <= said + 1);
}

/** Drafts that are another work's author or preposition-led title join that work. */
function joinOtherNames(drafts: readonly Draft[], transcript: Transcript): Draft[] {
	const kept: Draft[] = [];
	for (const draft of drafts) {
		const owner = otherNameOf(draft, drafts, transcript);
		if (!owner) {
			kept.push(draft);
			continue;
		}

		// An author's whole name is not a title, but "the X paper" names the work.
		if (draft.byAuthors === true || keyOf(draft.title) !== keyOf(owner.author ?? '')) for (const alias of draft.aliases) owner.aliases.add(alias);
	}

	return kept;
}

/** One draft per work: the same title said again, or an acronym of another's title, joins it. */
function group(candidates: readonly Candidate[]): Draft[] {
	const drafts: Draft[] = [];
	const byKey = new Map<string, Draft>();
	for (const candidate of candidates) {
		const key = keyOf(candidate.title);
		const letters = acronymLetters(candidate.title);
		// An acronym and a title with its initials are one work, unless they are said to be different kinds (a paper and its benchmark).
		const compatible = (draft: Draft) => draft.kind === undefined || candidate.kind === undefined || draft.kind === candidate.kind;
		const sameInitials = (draft: Draft) =>
			compatible(draft) && ((letters !== undefined && initials(draft.title) === letters) || [...draft.aliases].some(alias => acronymLetters(alias) === initials(candidate.title) && initials(candidate.title).length >= 2));
		const same = byKey.get(key) ?? drafts.find(draft => sameInitials(draft));
		if (same) {
			same.aliases.add(candidate.title);
			same.kind ??= candidate.kind;
			same.author ??= candidate.author;
			byKey.set(key, same);
			continue;
		}

		const draft: Draft = {title: candidate.title, kind: candidate.kind, aliases: new Set([candidate.said ?? candidate.title]), first: candidate.paragraph, ...(candidate.author ? {author: candidate.author} : {}), ...(candidate.byAuthors ? {byAuthors: true} : {})};
		drafts.push(draft);
		byKey.set(key, draft);
	}

	return drafts;
}

const CAPITALISED_RUN = /\p{Lu}[\p{L}]*(?:-\p{L}+)*(?: \p{Lu}[\p{L}]*(?:-\p{L}+)*){0,5}/gu;

/**
 * An acronym's expansion, or a name's acronym, where the transcript says it: `AbC` and
 * `Able-Bodied Cat`, `Some Named Dataset` and `SND`.
 */
function addAcronyms(transcript: Transcript, draft: Draft) {
	const letters = [...draft.aliases].map(alias => acronymLetters(alias)).find(Boolean);
	const acronym = letters === undefined && draft.title.includes(' ') ? initials(draft.title).toUpperCase() : undefined;
	if (letters === undefined && (acronym === undefined || acronym.length < 2)) return;
	const standalone = acronym && new RegExp(`(?<![\\p{L}\\p{N}-])${acronym}(?![\\p{L}\\p{N}-])`, 'u');
	for (const paragraph of transcript.paragraphs) {
		if (standalone && standalone.test(paragraph.text)) draft.aliases.add(acronym);
		if (letters === undefined) continue;
		for (const [run] of paragraph.text.matchAll(CAPITALISED_RUN)) {
			const parts = run.split(/[\s-]+/);
			if (parts.length === letters.length && parts.map(part => part[0]!.toLowerCase()).join('') === letters) draft.aliases.add(run);
		}
	}
}

/** `Title: A Subtitle` is often just `Title` after its first mention. */
function addShortForm(draft: Draft) {
	const [head, subtitle] = draft.title.split(': ');
	if (subtitle !== undefined && head!.length >= 4 && !NOT_TITLES.has(head!.toLowerCase())) draft.aliases.add(head!);
}

/** Every place a work is named: its title and aliases, whole words, titles of one word as written. */
function namedMentions(transcript: Transcript, draft: Draft, skip: ReadonlySet<number>): Mention[] {
	// As written (`Deep Learning` the book, not deep learning the field), but for a leading article's capital.
	const written = [...draft.aliases].flatMap(name => (/^The /.test(name) ? [name, `t${name.slice(1)}`] : [name]));
	const names = written.sort((a, b) => b.length - a.length).map(name => escapeRegExp(name.replace(/\?$/, '')));
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	const mentions: Mention[] = [];
	for (const paragraph of transcript.paragraphs) {
		if (skip.has(paragraph.id)) continue;
		for (const match of paragraph.text.matchAll(pattern)) {
			mentions.push({paragraph: paragraph.id, start: match.index, end: match.index + match[0].length, time: timeAt(paragraph, match.index), indirect: false});
		}
	}

	return mentions;
}

/** "that book", "this paper": the work of that kind named last, within a few paragraphs. */
function indirectMentions(transcript: Transcript, works: ReadonlyArray<{kind: WorkKind; mentions: Mention[]}>, skip: ReadonlySet<number>): void {
	for (const paragraph of transcript.paragraphs) {
		if (skip.has(paragraph.id)) continue;
		for (const match of paragraph.text.matchAll(INDIRECT)) {
			const kind = kindOf(match[1]!);
			const at = {paragraph: paragraph.id, start: match.index};
			const before = (mention: Mention) => mention.paragraph < at.paragraph || (mention.paragraph === at.paragraph && mention.end <= at.start);
			const last = (work: {mentions: Mention[]}) => work.mentions.filter(mention => before(mention) && !mention.indirect).at(-1);
			const candidates = works.filter(work => work.kind === kind && last(work) && at.paragraph - last(work)!.paragraph <= INDIRECT_REACH);
			const work = candidates.sort((a, b) => last(b)!.paragraph - last(a)!.paragraph || last(b)!.start - last(a)!.start)[0];
			const overlaps = work?.mentions.some(mention => mention.paragraph === at.paragraph && mention.start < at.start + match[0].length && mention.end > at.start);
			if (work && !overlaps) work.mentions.push({...at, end: at.start + match[0].length, time: timeAt(paragraph, at.start), indirect: true});
		}
	}
}

export function extractWorks(transcript: Transcript): Work[] {
	const names = new Set(transcript.speakers.flatMap(speaker => [speaker.name.toLowerCase(), ...speaker.name.toLowerCase().split(/\s+/)]));
	const ads = new Set(transcript.paragraphs.filter(paragraph => isAdRead(paragraph.text)).map(paragraph => paragraph.id));
	const candidates: Candidate[] = [];
	for (const paragraph of transcript.paragraphs) {
		if (ads.has(paragraph.id)) continue;
		for (const found of findTitles(paragraph.text)) {
			const candidate = {...found, title: cleanTitle(found.title), paragraph: paragraph.id};
			if (!isNotAWork(candidate, paragraph.text, names)) candidates.push({...candidate, kind: candidate.kind ?? kindBefore(transcript, candidate)});
		}
	}

	candidates.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
	nameTheAuthors(candidates);
	const drafts = joinOtherNames(group(candidates), transcript).filter((draft): draft is Draft & {kind: WorkKind} => draft.kind !== undefined);
	for (const draft of drafts) {
		addAcronyms(transcript, draft);
		addShortForm(draft);
	}
	const works = drafts.map(draft => ({draft, kind: draft.kind, mentions: namedMentions(transcript, draft, ads)}));
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
