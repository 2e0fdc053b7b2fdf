/**
 * Show notes: the links in an episode's notes (Markdown, HTML or plain text) that are books,
 * papers and essays become works with their proper titles and addresses, placed at the moments
 * the transcript says them (their title, or its short form, matched loosely: speech-to-text
 * writes titles in lower case and mishears a letter). A work the words never say is kept, with
 * no mentions: the notes name it, the episode may not.
 */
import {timeAt, type Transcript} from '../model.js';
import {GIVEN_NAMES, NEVER_WORKS, NOT_TITLE_STARTS} from './lexicon.js';
import {kindBeside, kindOfSite} from './notes-links.js';
import type {Mention, Work, WorkKind} from './work.js';

/** A link in the notes: its text, its address, and the words on its line (what it is said to be). */
export type NoteLink = {readonly text: string; readonly url: string; readonly line: string};

export type NotesFormat = 'md' | 'html' | 'txt';

/** The notes as the reader and `refs` are given them, and how messages name them. */
export type GivenNotes = {readonly links: readonly NoteLink[]; readonly name: string};

const MARKDOWN_LINK = /\[([^\]\n]+)\]\((<[^>\n]+>|[^)\s]+)(?:\s+"[^"]*")?\)/g;
const BARE_URL = /https?:\/\/[^\s<>()\]]+[^\s<>()\].,;:!?'"]/g;

/** Markdown: `[text](url)` links, each with its line (links made plain). */
function markdownLinks(text: string): NoteLink[] {
	return text.split('\n').flatMap(line => {
		const plain = line.replace(MARKDOWN_LINK, '$1');
		return [...line.matchAll(MARKDOWN_LINK)].map(match => ({text: match[1]!.trim(), url: match[2]!.replace(/^<|>$/g, ''), line: plain}));
	});
}

/** Plain text: `Title: https://…` or `Title - https://…` lines; a bare address is its own text. */
function textLinks(text: string): NoteLink[] {
	return text.split('\n').flatMap(line =>
		[...line.matchAll(BARE_URL)].map(match => {
			const before = line
				.slice(0, match.index)
				.replace(/^[\s*•-]+/, '')
				.replace(/[\s:–—-]+$/, '');
			return {text: before || match[0], url: match[0], line};
		}),
	);
}

/** HTML: `<a href>` links, each with the text of its paragraph or list item. htmlparser2 is loaded only for HTML notes. */
async function htmlLinks(html: string): Promise<NoteLink[]> {
	const {Parser} = await import('htmlparser2');
	const links: Array<{text: string; url: string; block: number}> = [];
	const blocks: string[] = [''];
	let open: {text: string; url: string} | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (/^(?:p|li|br|div|h\d|tr)$/.test(name)) blocks.push('');
				if (name === 'a' && attributes.href) open = {text: '', url: attributes.href};
			},
			ontext(text) {
				blocks[blocks.length - 1] += text;
				if (open) open.text += text;
			},
			onclosetag(name) {
				if (name === 'a' && open) {
					links.push({...open, text: open.text.replace(/\s+/g, ' ').trim(), block: blocks.length - 1});
					open = undefined;
				}
			},
		},
		{decodeEntities: true},
	);
	parser.write(html);
	parser.end();
	return links.map(link => ({text: link.text, url: link.url, line: blocks[link.block]!.replace(/\s+/g, ' ').trim()}));
}

/** The links in show notes. */
export async function parseNotes(text: string, format: NotesFormat): Promise<NoteLink[]> {
	if (format === 'html') return htmlLinks(text);
	return format === 'md' ? markdownLinks(text) : textLinks(text);
}

/** A work the notes link to, before it is placed in the transcript. */
type NotedWork = {
	readonly title: string;
	readonly url: string;
	readonly kind: WorkKind | undefined;
	readonly author?: string;
	readonly names: readonly string[];
};

/** `Dick Hamming's You and Your Research` is `You and Your Research`; `Foo (aka F)`, `Foo - 20th Anniversary Edition` are `Foo`. */
function cleanNoteTitle(text: string): string {
	return text
		.replace(/^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,2}['’]s (?=\p{Lu})/u, '')
		.replace(/\s*\((?:aka |also |book set|article|book|paper|essay|pdf|[^)]*edition)[^)]*\)\s*$/i, '')
		.replace(/\s+[-–—]\s+\d+\w* anniversary edition$/i, '')
		.trim();
}

/** The names a noted title is said by: itself, before its subtitle, and in parentheses (`POODR`). */
function shortForm(title: string): string {
	return title.split(/: | [-–—] |, Vol\. /)[0]!;
}

function namesOf(title: string, text: string): string[] {
	const short = shortForm(title);
	const aka = /\((?:aka )?([^)]+)\)/.exec(text)?.[1];
	return [...new Set([title, short, ...(aka && !/edition|book|set/i.test(aka) ? [aka] : [])])];
}

/** Words beside a link that say it is a person ("Mara Quell, our guest"). */
const PERSON_BESIDE = /\b(?:our guest|guest|co-?host|our host|host of)\b/i;

/** "Tom Stuart": two or three capitalised words, the first a given name. */
function isPersonName(text: string): boolean {
	const words = text.split(' ');
	return words.length >= 2 && words.length <= 3 && words.every(word => /^\p{Lu}/u.test(word)) && GIVEN_NAMES.has(words[0]!.toLowerCase());
}

/** "[Ken Thompson](…pdf) - Reflections on Trusting Trust": the title after a name that links to the work. */
function titleOf(link: NoteLink): string {
	const after = link.line.slice(link.line.indexOf(link.text) + link.text.length);
	const named = isPersonName(link.text) ? /^\s*[-–—:]\s*(\p{Lu}[^.;]+)/u.exec(after)?.[1] : undefined;
	return cleanNoteTitle(named ?? link.text);
}

/** "[Title](url) by Author", "Author's [Title](url)". */
function authorOf(link: NoteLink): string | undefined {
	const after = link.line.slice(link.line.indexOf(link.text) + link.text.length);
	return /^\s*,? by ([\p{Lu}][\p{L}.'’-]*(?: (?:&|and) [\p{Lu}][\p{L}.'’-]*| [\p{Lu}][\p{L}.'’-]*){0,4})/u.exec(after)?.[1];
}

/** A link's text that cannot be a title: a bare address, "here", "from O'Reilly". */
function isTitleText(text: string): boolean {
	if (text.length < 2 || /^https?:|^[\w.-]+\.(?:com|org|net|io|dev)\b/i.test(text)) return false;
	return !NOT_TITLE_STARTS.has(text.split(' ')[0]!.toLowerCase()) || /^\p{Lu}/u.test(text);
}

/** The links that may be works, with what the notes say they are. */
function notedWorks(links: readonly NoteLink[]): NotedWork[] {
	const works = new Map<string, NotedWork>();
	for (const link of links) {
		const title = titleOf(link);
		if (!isTitleText(title) || /^(?:from|at|on|via|here)\b/i.test(link.text)) continue;
		const besides = kindBeside(link.line.replace(link.text, ' '));
		const bySite = kindOfSite(link.url);
		const kind = bySite === 'none' ? besides : bySite === 'paper' && /\.pdf/i.test(link.url) ? (besides ?? 'paper') : (bySite ?? besides);
		// A person, a company, a project: not a work unless a site of books or papers says so.
		const isPerson = isPersonName(title) || PERSON_BESIDE.test(link.line.replace(link.text, ' '));
		if ((bySite === 'none' && besides === undefined) || NEVER_WORKS.has(title.toLowerCase()) || (bySite !== 'book' && bySite !== 'paper' && isPerson)) continue;
		const key = normalWords(shortForm(title)).join(' ');
		const author = authorOf(link);
		if (!works.has(key)) works.set(key, {title, url: link.url, kind, ...(author ? {author} : {}), names: namesOf(title, link.text)});
	}

	return [...works.values()];
}

/** Words as compared: lower case, no accents, no punctuation. */
function normalWords(text: string): string[] {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** The same word, or one misheard: a letter changed, added, dropped or two swapped (words of four letters or more). */
function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	const swapped = a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	return swapped || a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}

type Token = {readonly word: string; readonly start: number; readonly end: number};

/** A paragraph's words with where they are. */
function tokens(text: string): Token[] {
	return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map(match => ({
		word: match[0].toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''),
		start: match.index,
		end: match.index + match[0].length,
	}));
}

/** How far (characters) a kind of work or an author said around a one-word title places it there. */
const ONE_WORD_REACH = 200;

/** Every place the transcript says one of the names, loosely (a misheard letter, lower case); one-word names only beside a kind of work or the author. */
function place(transcript: Transcript, work: NotedWork, said: ReadonlyArray<readonly Token[]>): Mention[] {
	const names = work.names.map(name => normalWords(name).filter((word, index) => index > 0 || !/^(?:the|a|an)$/.test(word))).filter(words => words.length > 0);
	const surname = work.author?.split(/\s+/).at(-1)?.toLowerCase();
	const mentions: Mention[] = [];
	for (const paragraph of transcript.paragraphs) {
		const words = said[paragraph.id]!;
		for (let index = 0; index < words.length; index++) {
			const name = names.find(each => each.every((word, offset) => words[index + offset] !== undefined && withinOneEdit(word, words[index + offset]!.word)));
			if (!name) continue;
			const start = words[index]!.start;
			const end = words[index + name.length - 1]!.end;
			if (name.length === 1 && !isSingleNamePlaced(paragraph.text, start, end, surname)) continue;
			mentions.push({paragraph: paragraph.id, start, end, time: timeAt(paragraph, start), indirect: false});
			index += name.length - 1;
		}
	}

	return mentions;
}

/** A one-word title ("Titan", "Shape") is that work where it is capitalised and a kind of work or its author is said near. */
function isSingleNamePlaced(text: string, start: number, end: number, surname: string | undefined): boolean {
	if (!/^\p{Lu}/u.test(text[start]!)) return false;
	const around = text.slice(Math.max(0, start - ONE_WORD_REACH), end + ONE_WORD_REACH).toLowerCase();
	return /\b(?:book|novel|paper|essay|article|read|wrote|author)/.test(around) || (surname !== undefined && around.includes(surname));
}

/** The same work, by its names: equal word for word (a misheard letter aside), or one is the other's short form. */
function sameWork(work: Work, noted: NotedWork): boolean {
	const content = (name: string) => normalWords(name).filter(word => !/^(?:the|a|an)$/.test(word));
	const ours = [work.title, ...work.aliases].map(name => content(name));
	return noted.names.some(name => {
		const theirs = content(name);
		// Said in lower case, a title may run on past its end ("the salt road last winter").
		return ours.some(
			words =>
				(words.length === theirs.length || (theirs.length >= 2 && words.length > theirs.length)) &&
				theirs.every((word, index) => withinOneEdit(word, words[index]!)),
		);
	});
}

/**
 * The works found, with the notes' works: a found work the notes link to takes their title and
 * address (and kind, when the site says it); the others are added, placed where the words say
 * them, or with no mentions. Links that are not works (people, projects) are left out unless
 * the words say them beside a kind of work.
 */
export function mergeNotes(transcript: Transcript, found: readonly Work[], links: readonly NoteLink[]): Work[] {
	const said = transcript.paragraphs.map(paragraph => tokens(paragraph.text));
	// A link to someone who wrote a work found is a person, not a work.
	const authors = new Set(found.flatMap(work => (work.author ? [work.author.toLowerCase()] : [])));
	let works = [...found];
	for (const noted of notedWorks(links)) {
		if (authors.has(noted.title.toLowerCase())) continue;
		const mentions = place(transcript, noted, said);
		const index = works.findIndex(work => sameWork(work, noted));
		if (index >= 0) {
			const work = works[index]!;
			works = works.with(index, {
				...work,
				title: noted.title,
				url: noted.url,
				kind: noted.kind ?? work.kind,
				mentions: joined(work.mentions, mentions),
				aliases: [...new Set([work.title, ...work.aliases])].filter(alias => alias !== noted.title),
				...(work.author || noted.author ? {author: work.author ?? noted.author} : {}),
			});
			continue;
		}

		const kind = noted.kind ?? kindSaidAround(transcript, mentions);
		if (kind === undefined) continue;
		works.push({title: noted.title, kind, ...(noted.author ? {author: noted.author} : {}), url: noted.url, aliases: [], mentions, origin: 'notes'});
	}

	return works;
}

/** Mentions of both lists, once each, in transcript order. */
function joined(ours: readonly Mention[], theirs: readonly Mention[]): Mention[] {
	const overlaps = (mention: Mention) => ours.some(other => other.paragraph === mention.paragraph && other.start < mention.end && mention.start < other.end);
	return [...ours, ...theirs.filter(mention => !overlaps(mention))].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** A noted link whose site says nothing is a work when the words say a kind of work where it is named. */
function kindSaidAround(transcript: Transcript, mentions: readonly Mention[]): WorkKind | undefined {
	for (const mention of mentions) {
		const text = transcript.paragraphs[mention.paragraph]!.text;
		const kind = kindBeside(text.slice(Math.max(0, mention.start - ONE_WORD_REACH), mention.end + ONE_WORD_REACH));
		if (kind) return kind;
	}

	return undefined;
}
