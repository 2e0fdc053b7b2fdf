/*
 * Chapters from the transcript itself, when no file or heading gives them. Where the words people
 * use change (TextTiling: lexical cohesion between the stretch before and the stretch after each
 * paragraph), where the host asks a question or says they move on, a topic starts; sponsor reads
 * are chapters of their own. Each chapter is titled by its most distinctive phrase.
 */
import type {Paragraph, Transcript} from '../model.js';
import type {ChapterEntry} from './chapter.js';
import {contentWords, titleFor, type Words} from './titles.js';
import {AD_CUES, AD_MIN_CUES, TRANSITION_CUES} from './words.js';

export type DerivedChapters = {
	readonly entries: readonly ChapterEntry[];
	/**
	 * `topics` when found from the text; `even` when the text gave nothing better than equal parts;
	 * `whole` when it is too short to divide.
	 */
	readonly method: 'topics' | 'even' | 'whole';
};

/** Content words compared on either side of a possible boundary. */
const WINDOW_WORDS = 120;
/** The shortest chapter (but for an ad), and the most chapters an hour. */
const MIN_CHAPTER_SECONDS = 150;
const MAX_PER_HOUR = 16;
const MIN_BESIDE_AD_SECONDS = 120;
/** A transcript with fewer content words than this says too little to find topics in. */
const MIN_WORDS = 3 * WINDOW_WORDS;
const EVEN_SECONDS = 300;
const QUESTION_BONUS = 0.08;
const TRANSITION_BONUS = 0.1;

export function isAdRead(text: string): boolean {
	return AD_CUES.filter(cue => cue.test(text)).length >= AD_MIN_CUES;
}

/** Who asks: the speaker with the most questions, when there are two or more speakers. */
export function hostOf(transcript: Transcript): number | undefined {
	if (transcript.speakers.length < 2) return undefined;
	const questions = transcript.speakers.map(() => 0);
	for (const turn of transcript.turns) {
		if (turn.speaker === undefined) continue;
		questions[turn.speaker]! += turn.paragraphs.reduce((sum, paragraph) => sum + (paragraph.text.match(/\?/g)?.length ?? 0), 0);
	}

	return questions.indexOf(Math.max(...questions));
}

function vectorOf(words: readonly Words[], from: number, direction: 1 | -1): Map<string, number> {
	const vector = new Map<string, number>();
	let count = 0;
	for (let index = from; index >= 0 && index < words.length && count < WINDOW_WORDS; index += direction) {
		for (const word of words[index]!.stems) {
			if (count++ === WINDOW_WORDS) break;
			vector.set(word, (vector.get(word) ?? 0) + 1);
		}
	}

	return vector;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
	let dot = 0;
	for (const [word, count] of a) dot += count * (b.get(word) ?? 0);
	const norm = (vector: Map<string, number>) => Math.sqrt([...vector.values()].reduce((sum, count) => sum + count * count, 0));
	return dot === 0 ? 0 : dot / (norm(a) * norm(b));
}

/** How much a topic seems to start at paragraph `index`: the words change, and the host opens a subject. */
export function boundaryScore(transcript: Transcript, words: readonly Words[], index: number, host: number | undefined): number {
	const paragraph = transcript.paragraphs[index]!;
	const turn = transcript.turns[paragraph.turn]!;
	const change = 1 - cosine(vectorOf(words, index - 1, -1), vectorOf(words, index, 1));
	const asks = turn.speaker === host && host !== undefined && turn.paragraphs[0] === paragraph && turn.paragraphs.some(part => part.text.includes('?'));
	const opening = paragraph.text.slice(0, 300);
	const moves = turn.speaker === host && TRANSITION_CUES.some(cue => cue.test(opening));
	return change + (asks ? QUESTION_BONUS : 0) + (moves ? TRANSITION_BONUS : 0);
}

type Candidate = {readonly index: number; readonly score: number};

/** No two topics closer than a chapter's least length; an ad may follow a topic sooner. */
function farFrom(transcript: Transcript, chosen: readonly number[], fixed: readonly number[], index: number): boolean {
	const start = transcript.paragraphs[index]!.start;
	const apart = (other: number) => Math.abs(transcript.paragraphs[other]!.start - start);
	return chosen.every(other => apart(other) >= (fixed.includes(other) ? MIN_BESIDE_AD_SECONDS : MIN_CHAPTER_SECONDS));
}

/** The strongest boundaries, no two closer than a chapter's least length, above the typical score. */
function chooseBoundaries(transcript: Transcript, candidates: readonly Candidate[], fixed: readonly number[]): number[] {
	const scores = candidates.map(candidate => candidate.score);
	const mean = scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length);
	const deviation = Math.sqrt(scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / Math.max(1, scores.length));
	const most = Math.max(1, Math.round((transcript.duration / 3600) * MAX_PER_HOUR));
	const chosen = [0, ...fixed];
	for (const {index, score} of [...candidates].sort((a, b) => b.score - a.score)) {
		if (chosen.length - fixed.length > most || score < mean + deviation / 2) break;
		const end = transcript.duration - transcript.paragraphs[index]!.start;
		if (end >= MIN_CHAPTER_SECONDS && farFrom(transcript, chosen, fixed, index)) chosen.push(index);
	}

	return chosen.slice(1 + fixed.length);
}

/** Ads, each as the paragraphs it spans: [first, after the last). */
function adSpans(paragraphs: readonly Paragraph[]): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	paragraphs.forEach((paragraph, index) => {
		if (!isAdRead(paragraph.text)) return;
		const last = spans.at(-1);
		if (last?.[1] === index) last[1] = index + 1;
		else spans.push([index, index + 1]);
	});
	return spans;
}

function evenChapters(transcript: Transcript): DerivedChapters {
	const count = Math.round(transcript.duration / EVEN_SECONDS);
	if (count < 2) return {entries: [{start: 0, title: 'The whole episode'}], method: 'whole'};
	const length = transcript.duration / count;
	const entries = Array.from({length: count}, (_, index) => ({start: index * length, title: `Part ${index + 1}`}));
	return {entries, method: 'even'};
}

/**
 * Where the conversation is: from the second voice's first words to the last words of anyone but
 * the last speaker. Before it a host introduces, after it they close; credits and calls to
 * subscribe there are the outro, not ads. Undefined for one voice.
 */
function conversationOf(transcript: Transcript): {readonly first: number; readonly last: number} | undefined {
	const {turns} = transcript;
	const opener = turns[0]?.speaker;
	const closer = turns.at(-1)?.speaker;
	const firstTurn = turns.find(turn => turn.speaker !== opener);
	const lastTurn = turns.findLast(turn => turn.speaker !== closer);
	if (!firstTurn || !lastTurn) return undefined;
	return {first: firstTurn.paragraphs[0]!.id, last: lastTurn.paragraphs.at(-1)!.id};
}

/** A host speaking alone this long at either end is an intro or an outro. */
const FRAME_SECONDS = 30;

function structure(transcript: Transcript) {
	const conversation = conversationOf(transcript);
	const {paragraphs} = transcript;
	const ads = adSpans(paragraphs).filter(([first]) => !conversation || (first > conversation.first && first <= conversation.last));
	const outro = conversation && conversation.last + 1 < paragraphs.length && transcript.duration - paragraphs[conversation.last + 1]!.start >= FRAME_SECONDS ? conversation.last + 1 : undefined;
	const intro = conversation !== undefined && paragraphs[conversation.first]!.start >= FRAME_SECONDS;
	return {ads, outro, intro};
}

export function deriveChapters(transcript: Transcript): DerivedChapters {
	const {paragraphs} = transcript;
	const words = paragraphs.map(paragraph => contentWords(paragraph.text, transcript.speakers));
	if (words.reduce((sum, paragraph) => sum + paragraph.stems.length, 0) < MIN_WORDS) return evenChapters(transcript);
	const {ads, outro, intro} = structure(transcript);
	const inAd = (index: number) => ads.some(([first, after]) => index > first && index < after);
	const fixed = [...ads.flatMap(([first, after]) => (after < paragraphs.length ? [first, after] : [first])), ...(outro === undefined ? [] : [outro])];
	const host = hostOf(transcript);
	const candidates = paragraphs
		.map((paragraph, index) => ({index, score: index === 0 || inAd(index) || paragraph.start === paragraphs[index - 1]!.start ? -1 : boundaryScore(transcript, words, index, host)}))
		.filter(candidate => candidate.score >= 0);
	// Paragraphs without a time of their own share the one before's: one chapter starts there.
	const starts = [...new Set([0, ...fixed, ...chooseBoundaries(transcript, candidates, fixed)])]
		.sort((a, b) => a - b)
		.filter((index, order, all) => order === 0 || paragraphs[index]!.start > paragraphs[all[order - 1]!]!.start);
	const used = new Set<string>();
	const entries = starts.map((first, order) => {
		const after = starts[order + 1] ?? paragraphs.length;
		const title = order === 0 && intro ? 'Intro' : first === outro ? 'Outro' : titleFor(words, first, after, starts, ads.some(([adFirst]) => adFirst === first), used);
		return {start: order === 0 ? 0 : paragraphs[first]!.start, title, paragraph: first};
	});
	return {entries, method: 'topics'};
}
