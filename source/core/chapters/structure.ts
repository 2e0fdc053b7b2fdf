/*
 * The frame around an episode's conversation: the opening (cold open, the host's introduction and
 * the sponsor reads before the conversation), the sponsor reads inside it, and the outro. Found from
 * the words shows use for them (words.ts), and, failing those, from who speaks: a host alone at
 * either end introduces or closes.
 */
import type {Paragraph, Transcript} from '../model.js';
import {AD_CUES, AD_MIN_CUES, AD_OPENERS, CONVERSATION_STARTS, GUEST_GREETINGS, OUTRO_STARTS} from './words.js';

/** A sponsor read: the paragraphs [first, after), and the sponsor when the read names one. */
export type AdSpan = {readonly first: number; readonly after: number; readonly sponsor?: string};

export type Frame = {
	/** The paragraph the conversation starts at, when something comes before it (0 when nothing does). */
	readonly conversation: number;
	/** The paragraph the outro starts at, if there is one. */
	readonly outro: number | undefined;
	readonly ads: readonly AdSpan[];
};

/** The opening is looked for in the first quarter, at most this long. */
const OPENING_SECONDS = 15 * 60;
/** The outro in the last tenth, at most this long, and only when it lasts this long. */
const OUTRO_SECONDS = 5 * 60;
const FRAME_SECONDS = 30;
/** A host's welcome is short; a longer turn before a guest's greeting is the intro or an ad. */
const WELCOME_WORDS = 40;
/** How long the host speaks alone before a guest's greeting: an introduction, not banter. */
const HOST_ALONE_SECONDS = 60;
/** An ad goes on, paragraph by paragraph, at most this long. */
const AD_SECONDS = 150;

const cues = (text: string) => AD_CUES.filter(cue => cue.test(text)).length;

/** The sponsor a paragraph's opening words name ("brought to you by Miro"), or '' for an opener without a name. */
function adOpener(text: string): string | undefined {
	for (const opener of AD_OPENERS) {
		const match = opener.exec(text);
		if (match) return match[1]?.replace(/[.’']+$/, '') ?? '';
	}

	return undefined;
}

/** A paragraph that reads like a promotion: several of its signs, or the words that open a sponsor read and one sign more. */
export function isAdRead(text: string): boolean {
	const count = cues(text);
	return count >= AD_MIN_CUES || (count >= 1 && adOpener(text) !== undefined);
}

const wordCount = (text: string) => text.split(/\s+/).length;
const speakerOf = (transcript: Transcript, paragraph: Paragraph) => transcript.turns[paragraph.turn]!.speaker;

/**
 * Sponsor reads: a paragraph that reads as one, and the paragraphs of the same voice after it that
 * go on with the read (a sign of a promotion, or the sponsor's name), for at most `AD_SECONDS`.
 */
function adSpans(transcript: Transcript): AdSpan[] {
	const {paragraphs} = transcript;
	const spans: AdSpan[] = [];
	for (let index = 0; index < paragraphs.length; index++) {
		const {text} = paragraphs[index]!;
		if (!isAdRead(text)) continue;
		const sponsor = adOpener(text) || undefined;
		let after = index + 1;
		const goesOn = (next: Paragraph) =>
			speakerOf(transcript, next) === speakerOf(transcript, paragraphs[index]!) &&
			next.start - paragraphs[index]!.start < AD_SECONDS &&
			(cues(next.text) > 0 || (sponsor !== undefined && next.text.includes(sponsor)));
		while (after < paragraphs.length && goesOn(paragraphs[after]!)) after++;
		const last = spans.at(-1);
		if (last && last.after === index) spans[spans.length - 1] = {...last, after, sponsor: last.sponsor ?? sponsor};
		else spans.push({first: index, after, ...(sponsor ? {sponsor} : {})});
		index = after - 1;
	}

	return spans;
}

/**
 * Where a guest answers the host's welcome ("Thank you for having me") after the host has spoken
 * alone for a while: the welcome starts the conversation, or the answer when the welcome is not
 * in the transcript (the host's last words were an ad).
 */
function greeted(transcript: Transcript, index: number): number | undefined {
	const paragraph = transcript.paragraphs[index]!;
	const turn = transcript.turns[paragraph.turn]!;
	const before = transcript.turns[paragraph.turn - 1];
	if (
		!before ||
		turn.paragraphs[0] !== paragraph ||
		paragraph.start - before.start < HOST_ALONE_SECONDS ||
		!GUEST_GREETINGS.some(cue => cue.test(paragraph.text))
	)
		return undefined;
	const welcome = transcript.paragraphs[index - 1]!;
	return wordCount(welcome.text) <= WELCOME_WORDS && !isAdRead(welcome.text) ? index - 1 : index;
}

/** The paragraph after one whose cue ends a long paragraph (an ad read that ends "…welcome to the podcast"), else the paragraph itself. */
function startingAt(transcript: Transcript, index: number, cue: RegExp): number {
	const {text} = transcript.paragraphs[index]!;
	const at = cue.exec(text)?.index ?? 0;
	const next = transcript.paragraphs[index + 1];
	return next && wordCount(text) > WELCOME_WORDS && at > (text.length * 2) / 3 ? index + 1 : index;
}

/**
 * The paragraph the conversation starts at: the host's "here's my conversation with" or welcome,
 * or a guest's greeting, in the opening; else the second voice's first words after the host has
 * spoken alone for a while; else 0.
 */
function conversationStart(transcript: Transcript): number {
	const {paragraphs} = transcript;
	const limit = Math.min(OPENING_SECONDS, transcript.duration / 4);
	const opening = paragraphs.filter(paragraph => paragraph.start <= limit);
	for (const cue of CONVERSATION_STARTS) {
		const found = opening.find(paragraph => paragraph.id > 0 && cue.test(paragraph.text));
		if (found) return startingAt(transcript, found.id, cue);
	}

	for (const paragraph of opening) {
		const start = greeted(transcript, paragraph.id);
		if (start !== undefined && paragraphs[start]!.start >= FRAME_SECONDS) return start;
	}

	const opener = transcript.turns[0]?.speaker;
	const second = transcript.turns.find(turn => turn.speaker !== opener);
	return opener !== undefined && second && second.start >= FRAME_SECONDS && second.start <= limit ? second.paragraphs[0]!.id : 0;
}

/** The paragraph the outro starts at: the words a show closes with, near the end; else the last speaker alone after everyone else has finished. */
function outroStart(transcript: Transcript, conversation: number): number | undefined {
	const {paragraphs, duration} = transcript;
	const from = duration - Math.min(OUTRO_SECONDS, duration / 10);
	const closing = paragraphs.find(paragraph => paragraph.id > conversation && paragraph.start >= from && OUTRO_STARTS.some(cue => cue.test(paragraph.text)));
	const closer = transcript.turns.at(-1)?.speaker;
	const lastTurn = closer === undefined ? undefined : transcript.turns.findLast(turn => turn.speaker !== closer);
	const alone = lastTurn ? lastTurn.paragraphs.at(-1)!.id + 1 : undefined;
	const outro = closing?.id ?? (alone !== undefined && alone < paragraphs.length && paragraphs[alone]!.start >= from ? alone : undefined);
	return outro !== undefined && outro > conversation && duration - paragraphs[outro]!.start >= FRAME_SECONDS ? outro : undefined;
}

/** The opening, the ads inside the conversation (those in the opening or the outro are part of them), and the outro. */
export function frameOf(transcript: Transcript): Frame {
	const conversation = conversationStart(transcript);
	const outro = outroStart(transcript, conversation);
	const ads = adSpans(transcript).filter(ad => ad.first > conversation && (outro === undefined || ad.first < outro));
	return {conversation, outro, ads};
}
