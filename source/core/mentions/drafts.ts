/*
 * Titles found, made into works: the same title said again, a short form, an acronym and its
 * expansion, a surname standing for a paper, or a preposition-led name joined into one draft per
 * work, with the names each may be said by (extract.ts finds the titles and then their mentions).
 */
import type {Transcript} from '../model.js';
import {NOT_TITLES} from './filters.js';
import type {Found} from './rules.js';
import type {WorkKind} from './work.js';

/** The kinds that are written: books, papers, essays. */
export const WRITTEN: ReadonlyArray<WorkKind | undefined> = ['book', 'paper', 'essay'];

/** A title found, and the paragraph it was found in. */
export type Candidate = Found & {readonly paragraph: number};

/** A title as compared: case, punctuation and a leading article aside. */
export function keyOf(title: string): string {
	return title
		.toLowerCase()
		.replace(/^the /, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
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

export type Draft = {title: string; kind: WorkKind | undefined; author?: string; aliases: Set<string>; first: number; byAuthors?: boolean; handle?: boolean};

/** How close (characters, in one paragraph or the next) a title must follow "the X and Y paper" to be its title. */
const TITLE_FOLLOWS = 300;

/** "The A and B paper on that. It's called X": X is by A and B. */
export function nameTheAuthors(candidates: Candidate[]) {
	for (const [index, named] of candidates.entries()) {
		const next = candidates[index + 1];
		if (!named.byAuthors || !next || next.byAuthors || next.author !== undefined) continue;
		const near =
			next.paragraph === named.paragraph ? next.index - named.index <= TITLE_FOLLOWS : next.paragraph === named.paragraph + 1 && next.index <= TITLE_FOLLOWS;
		if (near) candidates[index + 1] = {...next, author: named.title, kind: next.kind ?? named.kind};
	}
}

const PREPOSITION = /^(?:On|In|At|From|With|For|To|By|About) /;

/**
 * Names said for a work that are not its title: its authors (`the A paper`, `the A and B paper`)
 * or a title with the preposition before it (`On X, which is…`).
 */
type Index = {
	/** Works by each word of their authors' names, and by their whole names. */
	readonly byAuthor: ReadonlyMap<string, readonly Draft[]>;
	readonly byTitle: ReadonlyMap<string, Draft>;
	/** Where each capitalised word is first said. */
	readonly firstSaid: ReadonlyMap<string, number>;
};

function indexOf(drafts: readonly Draft[], transcript: Transcript): Index {
	const byAuthor = new Map<string, Draft[]>();
	for (const draft of drafts) {
		if (draft.author === undefined) continue;
		const author = keyOf(draft.author);
		for (const name of new Set([author, ...author.split(' ')])) byAuthor.set(name, [...(byAuthor.get(name) ?? []), draft]);
	}

	const firstSaid = new Map<string, number>();
	transcript.paragraphs.forEach((paragraph, index) => {
		for (const [word] of paragraph.text.matchAll(/\p{Lu}\p{Ll}+/gu)) if (!firstSaid.has(word)) firstSaid.set(word, index);
	});
	return {byAuthor, byTitle: new Map(drafts.map(draft => [keyOf(draft.title), draft])), firstSaid};
}

function otherNameOf(draft: Draft, index: Index, drafts: readonly Draft[]): Draft | undefined {
	const key = keyOf(draft.title);
	const names = [key, ...key.split(' and '), ...key.split(' ')];
	const byAuthor = names.flatMap(name => index.byAuthor.get(name) ?? []).find(other => other !== draft);
	if (byAuthor) return byAuthor;
	if (PREPOSITION.test(draft.title)) {
		const bare = index.byTitle.get(keyOf(draft.title.replace(PREPOSITION, '')));
		return bare === draft ? undefined : bare;
	}

	return authorOfNearby(draft, drafts, index);
}

/** How near (paragraphs) a work must be for "the SURNAME paper" to be taken as its author's name. */
const AUTHOR_REACH = 3;

/** "the SURNAME paper" first said just after a paper was named, or just before: a surname standing for that paper. */
function authorOfNearby(draft: Draft, drafts: readonly Draft[], index: Index): Draft | undefined {
	// Written works have authors; a one-word model or dataset is its own name.
	if (!draft.handle || !WRITTEN.includes(draft.kind!) || !/^\p{Lu}\p{Ll}+$/u.test(draft.title)) return undefined;
	const said = index.firstSaid.get(draft.title) ?? draft.first;
	// Drafts are in order of first candidate: look only at those that can be near.
	return drafts.find(
		other => other !== draft && other.kind === draft.kind && other.title.includes(' ') && other.first >= said - AUTHOR_REACH && other.first <= said + 1,
	);
}

/** Drafts that are another work's author or preposition-led title join that work. */
export function joinOtherNames(drafts: readonly Draft[], transcript: Transcript): Draft[] {
	const index = indexOf(drafts, transcript);
	const kept: Draft[] = [];
	for (const draft of drafts) {
		const owner = otherNameOf(draft, index, drafts);
		if (!owner) {
			kept.push(draft);
			continue;
		}

		// An author's whole name is not a title, but "the X paper" names the work.
		if (draft.byAuthors === true || keyOf(draft.title) !== keyOf(owner.author ?? '')) for (const alias of draft.aliases) owner.aliases.add(alias);
	}

	return kept;
}

/**
 * "99 Bottles" and "99 Bottles of OOP", "Go To" and "Go To Considered Harmful", "JavaScript and
 * jQuery" and "JavaScript and jQuery: Interactive…": a title of two words or more that begins
 * another found title is its short form, and joins it (the longer title is kept).
 */
export function joinShortForms<T extends Draft>(drafts: readonly T[]): T[] {
	const words = (draft: Draft) => keyOf(draft.title).split(' ');
	const kept: T[] = [];
	for (const draft of [...drafts].sort((a, b) => words(b).length - words(a).length)) {
		const short = words(draft);
		const longer =
			short.length >= 2
				? kept.find(other =>
						short.every((word, index) => word === words(other)[index] || (word.length >= 5 && word.startsWith(words(other)[index]!.slice(0, -1)))),
					)
				: undefined;
		if (!longer) {
			kept.push(draft);
			continue;
		}

		for (const alias of draft.aliases) longer.aliases.add(alias);
		longer.first = Math.min(longer.first, draft.first);
		longer.kind ??= draft.kind;
	}

	return drafts.filter(draft => kept.includes(draft));
}

/** A title said in lower case, as said and as said at the start of a sentence ("thinking in fog", "Thinking in fog"). */
function saidForms(said: string): string[] {
	return [said, said.charAt(0).toUpperCase() + said.slice(1)];
}

/** One draft per work: the same title said again, or an acronym of another's title, joins it. */
export function group(candidates: readonly Candidate[]): Draft[] {
	const drafts: Draft[] = [];
	const byKey = new Map<string, Draft>();
	// Drafts by the initials of their title, and by the letters of their acronyms.
	const byInitials = new Map<string, Draft[]>();
	const byLetters = new Map<string, Draft[]>();
	const file = (index: Map<string, Draft[]>, key: string | undefined, draft: Draft) => key && index.set(key, [...(index.get(key) ?? []), draft]);
	for (const candidate of candidates) {
		const key = keyOf(candidate.title);
		const letters = acronymLetters(candidate.title);
		const itsInitials = initials(candidate.title);
		// An acronym and a title with its initials are one work, unless they are said to be different kinds (a paper and its benchmark).
		const compatible = (draft: Draft) => draft.kind === undefined || candidate.kind === undefined || draft.kind === candidate.kind;
		const byAcronym = letters === undefined ? undefined : byInitials.get(letters)?.find(draft => compatible(draft));
		const byExpansion = itsInitials.length >= 2 ? byLetters.get(itsInitials)?.find(draft => compatible(draft)) : undefined;
		const same = byKey.get(key) ?? byAcronym ?? byExpansion;
		if (same) {
			same.aliases.add(candidate.title);
			if (candidate.lower) for (const said of saidForms(candidate.said!)) same.aliases.add(said);
			same.kind ??= candidate.kind;
			same.author ??= candidate.author;
			byKey.set(key, same);
			file(byLetters, letters, same);
			continue;
		}

		const draft: Draft = {
			title: candidate.title,
			kind: candidate.kind,
			aliases: new Set([...(candidate.lower ? saidForms(candidate.said!) : [candidate.said ?? candidate.title]), candidate.title]),
			first: candidate.paragraph,
			...(candidate.author ? {author: candidate.author} : {}),
			...(candidate.byAuthors ? {byAuthors: true} : {}),
			...(candidate.handle ? {handle: true} : {}),
		};
		drafts.push(draft);
		byKey.set(key, draft);
		file(byInitials, initials(draft.title), draft);
		file(byLetters, letters, draft);
	}

	return drafts;
}

const CAPITALISED_RUN = /\p{Lu}[\p{L}]*(?:-\p{L}+)*(?: \p{Lu}[\p{L}]*(?:-\p{L}+)*){0,5}/gu;

/** The transcript's capitalised runs by their initials (`Able-Bodied Cat` under `abc`), and its acronyms. */
type Capitals = {readonly byInitials: ReadonlyMap<string, ReadonlySet<string>>; readonly acronyms: ReadonlySet<string>};

export function capitalsOf(transcript: Transcript): Capitals {
	const byInitials = new Map<string, Set<string>>();
	const acronyms = new Set<string>();
	for (const paragraph of transcript.paragraphs) {
		for (const [run] of paragraph.text.matchAll(CAPITALISED_RUN)) {
			const letters = run
				.split(/[\s-]+/)
				.map(part => part[0]!.toLowerCase())
				.join('');
			byInitials.set(letters, (byInitials.get(letters) ?? new Set()).add(run));
		}

		for (const [word] of paragraph.text.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}{2,}(?![\p{L}\p{N}-])/gu)) acronyms.add(word);
	}

	return {byInitials, acronyms};
}

/**
 * An acronym's expansion, or a name's acronym, where the transcript says it: `AbC` and
 * `Able-Bodied Cat`, `Some Named Dataset` and `SND`.
 */
export function addAcronyms(capitals: Capitals, draft: Draft) {
	const letters = [...draft.aliases].map(alias => acronymLetters(alias)).find(Boolean);
	if (letters !== undefined) {
		for (const run of capitals.byInitials.get(letters) ?? []) draft.aliases.add(run);
		return;
	}

	const acronym = draft.title.includes(' ') ? initials(draft.title).toUpperCase() : '';
	if (acronym.length >= 2 && capitals.acronyms.has(acronym)) draft.aliases.add(acronym);
}

/** `Title: A Subtitle` is often just `Title` after its first mention. */
export function addShortForm(draft: Draft) {
	const [head, subtitle] = draft.title.split(': ');
	if (subtitle !== undefined && head!.length >= 4 && !NOT_TITLES.has(head!.toLowerCase())) draft.aliases.add(head!);
}
