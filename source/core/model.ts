/** The transcript model every part of Parley shares. Times are in seconds. */
import type {ChapterEntry} from './chapters/chapter.js';
import {InputError} from './errors.js';
import {sanitizeLine} from './sanitize.js';
import {formatClock} from './time.js';

export type Speaker = {
	readonly name: string;
};

export type Paragraph = {
	readonly id: number;
	readonly turn: number;
	readonly start: number;
	readonly end: number;
	/** Whether the source gave this paragraph its own timestamp. */
	readonly stamped: boolean;
	readonly text: string;
	/** Times the source gave inside the paragraph (merged caption cues), in order, after offset 0. */
	readonly marks: readonly TimeMark[];
};

/** The source says the words from character `offset` of a paragraph on are spoken from `start`. */
export type TimeMark = {
	readonly offset: number;
	readonly start: number;
};

export type Turn = {
	readonly id: number;
	/** Index into `speakers` (in order of first appearance: it picks the colour), or undefined when the source names nobody. */
	readonly speaker: number | undefined;
	readonly start: number;
	readonly end: number;
	readonly paragraphs: readonly Paragraph[];
};

export type Transcript = {
	readonly title: string;
	readonly speakers: readonly Speaker[];
	readonly turns: readonly Turn[];
	/** All paragraphs in order; `paragraphs[p.id] === p`. */
	readonly paragraphs: readonly Paragraph[];
	readonly duration: number;
	/** False when the source has no times: then times are estimates, for order only, never shown. */
	readonly timed: boolean;
	readonly warnings: readonly string[];
	/** Chapters the transcript itself gives (Markdown headings), in order; none when it gives none. */
	readonly chapters?: readonly ChapterEntry[];
};

/**
 * Far more than any episode has (two a minute is ~800 hours), few enough that the model and two
 * layouts stay well inside the memory Parley gives V8 even when every paragraph is one word.
 */
export const MAX_PARAGRAPHS = 100_000;

/** Add a paragraph to a parser's drafts, refusing more than `MAX_PARAGRAPHS`. */
export function addParagraph(drafts: DraftParagraph[], draft: DraftParagraph) {
	if (drafts.length === MAX_PARAGRAPHS) throw new InputError(`has more than ${MAX_PARAGRAPHS.toLocaleString('en')} paragraphs, the most Parley reads`);
	drafts.push(draft);
}

/** Add a line of text to the last draft: a hard-wrapped paragraph continues. */
export function continueParagraph(drafts: DraftParagraph[], text: string) {
	const last = drafts.pop()!;
	drafts.push({...last, text: `${last.text} ${text}`});
}

/** Speaking rate used to estimate how long a paragraph with no following stamp lasts. */
const WORDS_PER_SECOND = 2.5;

/** How many words `text` has (runs of non-space). */
export const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

function estimateSpokenSeconds(text: string): number {
	return Math.max(1, Math.round(wordsIn(text) / WORDS_PER_SECOND));
}

/** A paragraph as a parser produces it, before ends and ids are known. */
export type DraftParagraph = {
	readonly speaker: string | undefined;
	readonly start: number;
	readonly stamped: boolean;
	readonly text: string;
	/** When the source says (a caption's end); otherwise where the next paragraph starts. */
	readonly end?: number;
	readonly marks?: readonly TimeMark[];
};

export type TranscriptOptions = {
	readonly warnings?: readonly string[];
	readonly timed?: boolean;
	/** Chapters the source gives, each opening at a paragraph (an index into the drafts). */
	readonly chapters?: ReadonlyArray<{readonly title: string; readonly paragraph: number}>;
};

/** Never before the paragraph's last time: a caption cannot end before it starts. */
function endOf(draft: DraftParagraph, next: DraftParagraph | undefined): number {
	const latest = draft.marks?.at(-1)?.start ?? draft.start;
	if (draft.end !== undefined) return Math.max(latest, draft.end);
	return next ? Math.max(latest, next.start) : latest + estimateSpokenSeconds(draft.text);
}

/** Drafts timed by speaking rate alone, for a source with no times: one after another. */
function estimateTimes(drafts: readonly DraftParagraph[]): DraftParagraph[] {
	let start = 0;
	return drafts.map(draft => {
		const timed = {...draft, start, end: undefined, stamped: false, marks: []};
		start += estimateSpokenSeconds(draft.text);
		return timed;
	});
}

/**
 * Paragraphs without a stamp of their own in a timed transcript (The Changelog stamps one turn in
 * several) start where the stamped one before them does. Spread them over the time to the next
 * stamp by their words (after the last stamp, at the speaking rate): estimates, as their
 * `stamped: false` says, and the reader shows them so.
 */
function spreadBetweenStamps(drafts: readonly DraftParagraph[]): DraftParagraph[] {
	const spread = [...drafts];
	let anchor = drafts.findIndex(draft => draft.stamped);
	for (let next = anchor + 1; anchor >= 0 && next <= drafts.length; next++) {
		const stop = drafts[next];
		if (stop && !stop.stamped) continue;
		const run = drafts.slice(anchor, next);
		const words = run.map(draft => Math.max(1, wordsIn(draft.text)));
		const total = words.reduce((sum, count) => sum + count, 0);
		const from = drafts[anchor]!.start;
		const span = stop ? stop.start - from : total / WORDS_PER_SECOND;
		let before = words[0]!;
		for (let at = 1; at < run.length && span > 0; at++) {
			const draft = run[at]!;
			// To the second: an estimate is no finer.
			const estimate = Math.min(stop?.start ?? Number.POSITIVE_INFINITY, Math.max(from, Math.round(from + (span * before) / total)));
			if (draft.start === from && !draft.marks?.length) spread[anchor + at] = {...draft, start: estimate};
			before += words[at]!;
		}

		anchor = next;
	}

	return spread;
}

/**
 * Build the model from drafts in reading order: consecutive paragraphs of one speaker form a turn;
 * each paragraph ends when the source says, or else where the next starts (the last one after its
 * estimated speaking time).
 */
export function buildTranscript(title: string, source: readonly DraftParagraph[], options: TranscriptOptions = {}): Transcript {
	const timed = options.timed ?? true;
	const drafts = timed ? spreadBetweenStamps(source) : estimateTimes(source);
	const speakers: Speaker[] = [];
	const speakerIndex = new Map<string, number>();
	const indexOf = (name: string | undefined) => {
		if (name === undefined) return undefined;
		if (!speakerIndex.has(name)) {
			speakerIndex.set(name, speakers.length);
			speakers.push({name});
		}
		return speakerIndex.get(name);
	};

	const paragraphs: Paragraph[] = [];
	const turns: Turn[] = [];
	let turnParagraphs: Paragraph[] = [];
	drafts.forEach((draft, id) => {
		const end = endOf(draft, drafts[id + 1]);
		const speaker = indexOf(draft.speaker);
		const previous = drafts[id - 1];
		if (!previous || previous.speaker !== draft.speaker) {
			turnParagraphs = [];
			turns.push({id: turns.length, speaker, start: draft.start, end, paragraphs: turnParagraphs});
		}

		const turn = turns.at(-1)!;
		const paragraph = {id, turn: turn.id, start: draft.start, end, stamped: draft.stamped, text: draft.text, marks: draft.marks ?? []};
		turnParagraphs.push(paragraph);
		paragraphs.push(paragraph);
		turns[turn.id] = {...turn, end: Math.max(turn.end, end)};
	});

	const duration = turns.reduce((latest, turn) => Math.max(latest, turn.end), 0);
	// The first paragraph's chapter holds what comes before its first words too.
	const chapters = options.chapters?.map(({title, paragraph}) => ({title, start: paragraph === 0 ? 0 : paragraphs[paragraph]!.start, paragraph}));
	// Warnings quote the input, which is untrusted.
	const warnings = (options.warnings ?? []).map(warning => sanitizeLine(warning));
	return {title, speakers, turns, paragraphs, duration, timed, warnings, ...(chapters?.length ? {chapters} : {})};
}

type Span = {readonly offset: number; readonly start: number; readonly endOffset: number; readonly end: number};

/** What a paragraph's times are worked out from. */
type TimedText = Pick<Paragraph, 'start' | 'end' | 'text' | 'marks'>;

/** The stretch of a paragraph, between two of its times, that holds character `offset`. */
function spanAt(paragraph: TimedText, offset: number): Span {
	const {marks, text} = paragraph;
	let index = -1;
	while (index + 1 < marks.length && marks[index + 1]!.offset <= offset) index++;
	const from = index < 0 ? {offset: 0, start: paragraph.start} : marks[index]!;
	const to = marks[index + 1] ?? {offset: text.length, start: paragraph.end};
	return {offset: from.offset, start: from.start, endOffset: to.offset, end: Math.max(from.start, to.start)};
}

/** Seconds into the episode at character `offset` of a paragraph, spreading each stretch's time evenly. */
export function timeAt(paragraph: TimedText, offset: number): number {
	const span = spanAt(paragraph, offset);
	return span.start + ((span.end - span.start) * (offset - span.offset)) / Math.max(1, span.endOffset - span.offset);
}

/** The character of a paragraph spoken at `seconds`: the start of the last stretch begun by then. */
export function offsetAt(paragraph: Paragraph, seconds: number): number {
	let offset = 0;
	for (const mark of paragraph.marks) if (mark.start <= seconds) offset = mark.offset;
	return offset;
}

/**
 * The paragraph being spoken at `seconds`: the last one starting at or before it. Paragraphs
 * without a time of their own start with the one before: the stamped one stands for them. At the
 * very time several start, the first.
 */
export function paragraphAt(transcript: Transcript, seconds: number): Paragraph | undefined {
	const {paragraphs} = transcript;
	let low = 0;
	let high = paragraphs.length - 1;
	let found = 0;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (paragraphs[mid]!.start <= seconds) {
			found = mid;
			low = mid + 1;
		} else {
			high = mid - 1;
		}
	}

	const {start} = paragraphs[found]!;
	while (found > 0 && paragraphs[found - 1]!.start === start && (seconds === start || !paragraphs[found]!.stamped)) found--;
	return paragraphs[found];
}

/** A time as the user sees it: `HH:MM:SS`, or nothing when the transcript's times are estimates. */
export function shownClock(transcript: Pick<Transcript, 'timed'>, seconds: number): string {
	return transcript.timed ? formatClock(seconds) : '';
}

/** How far into the episode a moment is, in whole percent (of its words, when its times are estimates). */
export function percentOf(transcript: Pick<Transcript, 'duration'>, seconds: number): number {
	return transcript.duration > 0 ? Math.round((100 * seconds) / transcript.duration) : 0;
}

/** Where a moment is, as the user sees it: `00:12:03`; without times, its paragraph (from 1) and share, `¶25 18%`. */
export function shownPlace(transcript: Pick<Transcript, 'timed' | 'duration'>, paragraph: number, seconds: number): string {
	return transcript.timed ? formatClock(seconds) : `¶${paragraph + 1} ${percentOf(transcript, seconds)}%`;
}
