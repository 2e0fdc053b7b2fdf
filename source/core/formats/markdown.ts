/*
 * Markdown transcripts: paragraphs that open with a `**Name:**` speaker and a `[hh:mm:ss]` stamp
 * (either first; both optional), or with Rev's `Name (hh:mm:ss):` line, under a `# Title` (after
 * YAML front matter, which is skipped). marked's lexer reads the Markdown (loaded only for a
 * Markdown file); the speaker and stamp are read from the start of each paragraph's text.
 *
 * The Changelog's transcripts stamp a turn in several, escaped: `**Name:** \[04:09\] text`, with
 * minutes past 59 and no hours (`\[80:41\]`), frames (`\[01:02:03.29\]`), a range (`\[13:19\] to
 * \[13:39\]`), and labels that are no speakers (`**Break:** \[24:37\]`, `**Outro:**`). Paragraphs
 * between stamps get times estimated from their words (model.ts).
 */
import type {Token, Tokens} from 'marked';
import {InputError} from '../errors.js';
import {addParagraph, buildTranscript, MAX_PARAGRAPHS, type DraftParagraph, type Transcript} from '../model.js';
import {cleanText} from '../sanitize.js';
import {CLOCK, parseClock} from '../time.js';
import {speakerPrefixes} from './cues.js';
import {decoderFor, type Decode} from './entities.js';
import type {TranscriptFormat} from './format.js';

// Strong text is kept between two private-use characters, to find a leading `**Name:**`; a
// backslash-escaped character follows a third, so that `\[00:01\]` or `10\:30` never reads as a stamp.
const STRONG_OPEN = '\uE000';
const STRONG_CLOSE = '\uE001';
const ESCAPED = '\uE002';
const MARKERS = /[\uE000-\uE002]/g;
/** A clock, or minutes past 59 without hours (The Changelog's `\[112:31\]`). */
const MD_CLOCK = String.raw`(?:${CLOCK}|\d{3}:\d{2}(?:[.,]\d{1,3})?)`;
/** Brackets, escaped or not: `[04:09]`, `\[04:09\]`. */
const OPEN = `${ESCAPED}?[[(]`;
const CLOSE = `${ESCAPED}?[\\])]`;
/** A stamp opening a paragraph, and the end of a range after it (`\[13:19\] to \[13:39\]`), which is dropped. */
const STAMP = new RegExp(String.raw`^(?:${OPEN})?(${MD_CLOCK})(?:${CLOSE})?(?=\s|:|$):?\s*(?:to\s+${OPEN}${MD_CLOCK}${CLOSE}\s*)?`);
/** Bold labels that name a part of the show, not someone speaking. */
const SHOW_PARTS = /^(?:break|ad break|sponsor break|mid-?roll|jingle|intro|outro|song|music|interlude|commercial)$/i;
const TRAILING_STAMP = new RegExp(String.raw`\s*[[(]${CLOCK}[\])]$`);
/** Rev's header on a line of its own: `Ann Lee (00:01:02):`, the words on the next line. */
const REV_SPEAKER = new RegExp(String.raw`^([^\n:()[\]*]{1,60}?)[ \t]+\((${CLOCK})\):?[ \t]*\n`);
/** YAML front matter (`---` lines around `key: value` lines) at the very start: metadata, not words said. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/;
const STRONG_SPEAKER = new RegExp(`^${STRONG_OPEN}([^${STRONG_CLOSE}]{1,80})${STRONG_CLOSE}(\\s*:)?\\s*`);
/**
 * A line inside a paragraph that opens with a bracketed stamp or a bold name starts a paragraph of
 * its own (a wrapped line that starts with a time said, `10:30 on Monday`, does not).
 */
const LEAD_LINE = new RegExp(`\\n(?=[ \\t]*(?:[[(]\\d{1,3}:\\d{2}|${STRONG_OPEN}))`);
/**
 * marked takes up to ~10 µs a character on dense emphasis markers (`_a_a_a…`) and is quadratic on
 * long blocks. A transcript's paragraphs have little markup and are shorter than this, so a block
 * that is longer, or dense with markers, is kept as plain text instead of being lexed.
 */
const MAX_LEXED_BLOCK = 10_000;
const MARKUP = /[*_~`[<]/g;

/** A bold name (and stamp) opening a line: the markup every transcript line may have. */
const LEADING_NAME = /^([ \t]*(?:[[(][^\])\n]{1,20}[\])][ \t]*)?)\*\*([^*\n]{1,80})\*\*/gm;

function worthLexing(block: string): boolean {
	const markup = block.replace(LEADING_NAME, '$1').match(MARKUP)?.length ?? 0;
	return block.length <= MAX_LEXED_BLOCK && markup <= 20 + block.length / 50;
}

/** marked recurses into nested quotes and lists; a block nested thousands deep is not lexed. */
function lexed(block: string, lexer: (markdown: string) => Token[]): Token[] | undefined {
	if (!worthLexing(block)) return undefined;
	try {
		return lexer(block);
	} catch (error) {
		if (error instanceof RangeError) return undefined;
		throw error;
	}
}

function inlineText(tokens: readonly Token[], decode: Decode): string {
	return tokens
		.map(token => {
			if (token.type === 'strong') return STRONG_OPEN + inlineText((token as Tokens.Strong).tokens, decode) + STRONG_CLOSE;
			if (token.type === 'html') return '';
			if (token.type === 'br') return '\n';
			if (token.type === 'escape') return ESCAPED + (token.text as string);
			if (token.type === 'codespan') return token.text as string;
			if ('tokens' in token && token.tokens) return inlineText(token.tokens, decode);
			return decode((token as Tokens.Text).text);
		})
		.join('');
}

/**
 * Block tokens in reading order whose inline text is a paragraph of the transcript. A stack, not
 * recursion: lists and quotes can nest thousands deep, past what nested generators can hold.
 */
function* textBlocks(tokens: readonly Token[], heading: (text: string) => void, decode: Decode): Generator<string> {
	const pending: Token[] = [...tokens].reverse();
	for (let token = pending.pop(); token !== undefined; token = pending.pop()) {
		if (token.type === 'heading') heading(inlineText((token as Tokens.Heading).tokens, decode));
		else if (token.type === 'paragraph' || token.type === 'text') yield inlineText((token as Tokens.Paragraph).tokens ?? [token], decode);
		else if (token.type === 'list') pending.push(...(token as Tokens.List).items.flatMap(item => item.tokens).reverse());
		else if (token.type === 'blockquote') pending.push(...[...(token as Tokens.Blockquote).tokens].reverse());
	}
}

type Lead = {speaker: string | undefined; start: number | undefined; body: string; heading?: string};

function takeStamp(text: string): {start: number | undefined; rest: string} {
	const match = STAMP.exec(text);
	const start = match ? parseClock(match[1]!) : undefined;
	return start === undefined ? {start, rest: text} : {start, rest: text.slice(match![0].length)};
}

/** `**Name:**`, `**Name**:`, `**[00:01] Name:**`, or `**Name**` followed by a stamp or a line break. */
function takeSpeaker(text: string): {speaker: string | undefined; start: number | undefined; rest: string} {
	const match = STRONG_SPEAKER.exec(text);
	if (!match) return {speaker: undefined, start: undefined, rest: text};
	const inner = takeStamp(match[1]!.trim());
	const rest = text.slice(match[0].length);
	const isSpeaker = inner.rest.endsWith(':') || match[2] !== undefined || rest === '' || STAMP.test(rest) || /\n/.test(match[0]);
	if (!isSpeaker) return {speaker: undefined, start: undefined, rest: text};
	return {speaker: cleanText(inner.rest.replace(/:$/, '').replaceAll(MARKERS, '')) || undefined, start: inner.start, rest};
}

/** Rev's `Name (00:01:02):` line before the words. */
function takeRevSpeaker(text: string): Lead | undefined {
	const match = REV_SPEAKER.exec(text);
	const start = match ? parseClock(match[2]!) : undefined;
	return start === undefined ? undefined : {speaker: cleanText(match![1]!) || undefined, start, body: text.slice(match![0].length)};
}

/** The stamp and the bold name a paragraph opens with, in either order, and the text after them. */
function readLead(text: string): Lead {
	const rev = takeRevSpeaker(text.trimStart());
	if (rev) return rev;
	const first = takeStamp(text.trimStart());
	const named = takeSpeaker(first.rest);
	const second = first.start === undefined && named.start === undefined ? takeStamp(named.rest) : {start: undefined, rest: named.rest};
	return {speaker: named.speaker, start: first.start ?? named.start ?? second.start, body: second.rest};
}

/** A block not lexed: its text as it is, but for the bold names opening its lines. */
function unlexed(block: string): string {
	return block.replace(LEADING_NAME, `$1${STRONG_OPEN}$2${STRONG_CLOSE}`).replace(/\\([!-/:-@[-`{-~])/g, `${ESCAPED}$1`);
}

/**
 * Each paragraph's lead, with lines that open with a stamp or a name split off as paragraphs. The
 * first heading is the title; each later one (empty leads) opens a chapter.
 */
function readLeads(text: string, lexer: (markdown: string) => Token[], decode: Decode): {title: string; leads: Lead[]} {
	let title: string | undefined;
	const leads: Lead[] = [];
	const addHeading = (text: string) => {
		// `## [00:01:00] Topic`, `## Topic (01:00)`: the stamp is the time of the paragraph after it, where the chapter starts.
		const plain = text.replaceAll(MARKERS, '').trim();
		const leading = takeStamp(plain);
		const trailing = TRAILING_STAMP.exec(leading.rest);
		const heading = cleanText(leading.rest.replace(TRAILING_STAMP, ''));
		if (title === undefined) title = heading;
		else leads.push({speaker: undefined, start: leading.start ?? (trailing ? parseClock(trailing[0].trim().slice(1, -1)) : undefined), body: '', heading});
	};

	const clean = text.replace(FRONT_MATTER, '').replaceAll(MARKERS, '');
	for (const block of clean.split(/\n[ \t]*\n/)) {
		const tokens = lexed(block, lexer);
		const paragraphs = tokens ? textBlocks(tokens, addHeading, decode) : [unlexed(block)];
		for (const paragraph of paragraphs) {
			for (const line of paragraph.split(LEAD_LINE)) {
				if (leads.length === MAX_PARAGRAPHS) throw new InputError(`has more than ${MAX_PARAGRAPHS.toLocaleString('en')} paragraphs, the most Parley reads`);
				leads.push(readLead(line));
			}
		}
	}

	return {title: title ?? '', leads};
}

/** Headings in a row open one chapter: `Part one — Section A`. */
function addChapter(headings: Array<{title: string; paragraph: number}>, title: string, paragraph: number) {
	const last = headings.at(-1);
	if (last?.paragraph === paragraph) last.title = `${last.title} — ${title}`;
	else headings.push({title, paragraph});
}

async function parse(text: string): Promise<Transcript> {
	const [{marked}, decode] = await Promise.all([import('marked'), decoderFor(text)]);
	const {title, leads} = readLeads(text, markdown => marked.lexer(markdown), decode);
	// `[00:01] Ann Lee: hello`: a plain `Name:` after the stamp names the speaker too.
	const split = speakerPrefixes(leads.filter(lead => lead.speaker === undefined).map(lead => lead.body));
	const drafts: DraftParagraph[] = [];
	const headings: Array<{title: string; paragraph: number}> = [];
	let pending: Omit<Lead, 'body'> = {speaker: undefined, start: undefined};
	let speaker: string | undefined;
	for (const lead of leads) {
		if (lead.heading !== undefined) addChapter(headings, lead.heading, drafts.length);
		const part = lead.speaker !== undefined && SHOW_PARTS.test(lead.speaker) ? lead.speaker : undefined;
		// `**Break:** \[24:37\]`: a part of the show at its time, said by no one.
		const named = part
			? {speaker: undefined, text: lead.body || `[${part}]`}
			: lead.speaker === undefined
				? split(lead.body)
				: {speaker: lead.speaker, text: lead.body};
		pending = {speaker: named.speaker?.replaceAll(MARKERS, '') ?? pending.speaker, start: lead.start ?? pending.start};
		const body = cleanText(named.text.replaceAll(MARKERS, ''));
		if (body === '') continue;
		speaker = part ? undefined : (pending.speaker ?? speaker);
		const lastStart = drafts.at(-1)?.start ?? 0;
		addParagraph(drafts, {speaker, start: Math.max(pending.start ?? lastStart, lastStart), stamped: pending.start !== undefined, text: body});
		pending = {speaker: undefined, start: undefined};
	}

	if (drafts.length === 0) throw new InputError('is Markdown without transcript paragraphs');
	// One heading over the whole transcript (`## Transcript`) divides nothing.
	const chapters = headings.filter(heading => heading.paragraph < drafts.length);
	if (chapters.length === 1 && chapters[0]!.paragraph === 0) chapters.pop();
	return buildTranscript(title, drafts, {timed: drafts.some(draft => draft.stamped), chapters});
}

// Not in a list: `- **Key**: value` is how documents define things.
const ITEM = String.raw`^[ \t]*`;
/** `**Name:**`, `**Name**:`, `**[00:01] Name:**`, `**Name** [00:01]`, after an optional stamp. */
const BOLD_SPEAKER = new RegExp(
	String.raw`${ITEM}(?:[[(]${CLOCK}[\])]\s*)?\*\*(?:[[(]${CLOCK}[\])]\s*)?([^*\n:]{1,60}?)\s*(?::\*\*|\*\*\s*(?::|[[(]${CLOCK}[\])]))`,
	'gm',
);
/** A document with a few bold labels is not a transcript: most paragraphs must open with a name or a time. */
const MIN_SHARE = 0.3;
/** A stamp, its brackets escaped or not (`[04:09]`, `\[04:09\]`). */
const STAMPED = new RegExp(String.raw`${ITEM}\\?\[${MD_CLOCK}\\?\]`, 'gm');
const STAMP_AFTER_NAME = new RegExp(String.raw`${ITEM}\*\*[^*\n]{1,60}:\*\*[ \t]*\\?[[(]${MD_CLOCK}\\?[\])]`, 'gm');
/** Rev's `Name (00:01:02):` and `(00:01:02):` lines: stamps, counted only under a `# Title` (a plain Rev export is stamped text). */
const REV_STAMP = new RegExp(String.raw`^[ \t]*(?:[^\n:()[\]*]{1,60}?[ \t]+)?\(${CLOCK}\):?[ \t]*$`, 'gm');

/**
 * Lines that open with a bold speaker or a bracketed stamp, for each paragraph, in a conversation
 * of bold speakers, or under a `# Title` over paragraphs that mostly open with stamps (without
 * either, it is timed lines or prose).
 */
function detect(text: string): number {
	const head = text.replace(FRONT_MATTER, '').slice(0, 100_000);
	const paragraphs = head.split(/\n[ \t]*\n/).filter(block => block.trim() !== '' && !/^\s*#/.test(block));
	const matches = [...head.matchAll(BOLD_SPEAKER)];
	const names = matches.map(match => match[1]);
	const stamps = (head.match(STAMPED)?.length ?? 0) + (head.match(STAMP_AFTER_NAME)?.length ?? 0) + matches.filter(match => /\d:\d\d/.test(match[0])).length;
	// A conversation has times or returns to a speaker; a document's bold labels (`**Agenda:**`) come once each.
	const conversation = names.length >= 2 && (stamps > 0 || names.length > new Set(names).size);
	const titled = /^\s*# \S/.test(head);
	const revStamps = titled ? (head.match(REV_STAMP)?.length ?? 0) : 0;
	const stampedUnderTitle = titled && stamps + revStamps > 0 && stamps + revStamps >= paragraphs.length / 2;
	const share = Math.min(1, (names.length + stamps + revStamps) / Math.max(1, paragraphs.length));
	return (conversation || stampedUnderTitle) && share >= MIN_SHARE ? share : 0;
}

export const markdown: TranscriptFormat = {name: 'md', detect, parse};
