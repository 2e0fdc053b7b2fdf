/*
 * Markdown transcripts: paragraphs that open with a `**Name:**` speaker and a `[hh:mm:ss]` stamp
 * (either first; both optional), under a `# Title`. marked's lexer reads the Markdown (loaded only
 * for a Markdown file); the speaker and stamp are read from the start of each paragraph's text.
 */
import {decodeHTML} from 'entities';
import type {Token, Tokens} from 'marked';
import {InputError} from '../errors.js';
import {buildTranscript, type DraftParagraph, type Transcript} from '../model.js';
import {parseClock} from '../time.js';
import {cleanCueText} from './cues.js';
import type {TranscriptFormat} from './format.js';

// Strong text is kept between these two (private-use) characters, to find a leading `**Name:**`.
const STRONG_OPEN = '\uE000';
const STRONG_CLOSE = '\uE001';
const STAMP = /^[[(]?((?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?(?=\s|$)\s*/;
const STRONG_SPEAKER = new RegExp(`^${STRONG_OPEN}([^${STRONG_CLOSE}]{1,80})${STRONG_CLOSE}(\\s*:)?\\s*`);

function inlineText(tokens: readonly Token[]): string {
	return tokens.map(token => {
		if (token.type === 'strong') return STRONG_OPEN + inlineText((token as Tokens.Strong).tokens) + STRONG_CLOSE;
		if (token.type === 'html') return '';
		if (token.type === 'br') return ' ';
		if (token.type === 'escape' || token.type === 'codespan') return token.text as string;
		if ('tokens' in token && token.tokens) return inlineText(token.tokens);
		return decodeHTML((token as Tokens.Text).text);
	}).join('');
}

/** Block tokens in reading order whose inline text is a paragraph of the transcript. */
function* textBlocks(tokens: readonly Token[], heading: (text: string) => void): Generator<string> {
	for (const token of tokens) {
		if (token.type === 'heading') heading(inlineText((token as Tokens.Heading).tokens));
		else if (token.type === 'paragraph' || token.type === 'text') yield inlineText((token as Tokens.Paragraph).tokens ?? [token]);
		else if (token.type === 'list') for (const item of (token as Tokens.List).items) yield* textBlocks(item.tokens, heading);
		else if (token.type === 'blockquote') yield* textBlocks((token as Tokens.Blockquote).tokens, heading);
	}
}

type Lead = {speaker: string | undefined; start: number | undefined; body: string};

function takeStamp(text: string): {start: number | undefined; rest: string} {
	const match = STAMP.exec(text);
	const start = match ? parseClock(match[1]!) : undefined;
	return start === undefined ? {start, rest: text} : {start, rest: text.slice(match![0].length)};
}

/** `**Name:**`, `**Name**:`, or `**Name**` followed by a stamp or a line break. */
function takeSpeaker(text: string): {speaker: string | undefined; rest: string} {
	const match = STRONG_SPEAKER.exec(text);
	if (!match) return {speaker: undefined, rest: text};
	const inner = match[1]!.trim();
	const rest = text.slice(match[0].length);
	const isSpeaker = inner.endsWith(':') || match[2] !== undefined || rest === '' || STAMP.test(rest) || /\n/.test(match[0]);
	return isSpeaker ? {speaker: cleanCueText(inner.replace(/:$/, '')) || undefined, rest} : {speaker: undefined, rest: text};
}

function readLead(text: string): Lead {
	const first = takeStamp(text.trimStart());
	const named = takeSpeaker(first.rest);
	const second = first.start === undefined ? takeStamp(named.rest) : {start: undefined, rest: named.rest};
	const body = cleanCueText(second.rest.replaceAll(STRONG_OPEN, '').replaceAll(STRONG_CLOSE, ''));
	return {speaker: named.speaker, start: first.start ?? second.start, body};
}

async function parse(text: string): Promise<Transcript> {
	const {marked} = await import('marked');
	let title = '';
	const drafts: DraftParagraph[] = [];
	let pending: Omit<Lead, 'body'> = {speaker: undefined, start: undefined};
	let speaker: string | undefined;
	const clean = text.replaceAll(STRONG_OPEN, '').replaceAll(STRONG_CLOSE, '');
	for (const block of textBlocks(marked.lexer(clean), heading => (title ||= cleanCueText(heading)))) {
		const lead = readLead(block);
		pending = {speaker: lead.speaker ?? pending.speaker, start: lead.start ?? pending.start};
		if (lead.body === '') continue;
		speaker = pending.speaker ?? speaker;
		const lastStart = drafts.at(-1)?.start ?? 0;
		drafts.push({speaker, start: Math.max(pending.start ?? lastStart, lastStart), stamped: pending.start !== undefined, text: lead.body});
		pending = {speaker: undefined, start: undefined};
	}

	if (drafts.length === 0) throw new InputError('is Markdown without transcript paragraphs');
	return buildTranscript(title, drafts, {timed: drafts.some(draft => draft.stamped)});
}

const BRACKET_STAMP = String.raw`\[\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\]`;
const BOLD_SPEAKER = new RegExp(String.raw`^\s*(?:[-*]\s+)?(?:${BRACKET_STAMP}\s*)?\*\*[^*\n]{1,60}\*\*`);
const STAMPED = new RegExp(String.raw`^\s*(?:[-*]\s+)?${BRACKET_STAMP}`);

/**
 * The share of paragraphs that open with a bold speaker or a bracketed stamp, in a file that has
 * bold speakers or opens with a `# Title` (without either, it is timed lines).
 */
function detect(text: string): number {
	const head = text.slice(0, 100_000);
	const paragraphs = head.split(/\n\s*\n/).filter(block => block.trim() !== '' && !/^\s*#/.test(block));
	const speakers = paragraphs.filter(block => BOLD_SPEAKER.test(block)).length;
	const stamps = paragraphs.filter(block => STAMPED.test(block)).length;
	if (speakers === 0 && !/^\s*# \S/.test(head)) return 0;
	return Math.min(1, (speakers + stamps) / Math.max(1, paragraphs.length));
}

export const markdown: TranscriptFormat = {name: 'md', detect, parse};
