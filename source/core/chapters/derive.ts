/*
 * Chapters from the transcript itself, when no file or heading gives them. The opening (cold open,
 * introduction, the sponsor reads before the conversation) is one chapter, the outro another, and
 * each sponsor read inside the conversation an Ad chapter (structure.ts). The conversation between
 * is divided where its words change (segment.ts), a little sooner where someone turns to a new
 * topic (cues.ts), into about as many chapters as shows publish: one per `CHAPTER_SECONDS`. Each
 * is titled by the phrase that best covers it (titles.ts). And the chapters to show, given or
 * derived (chaptersFor): here, so that the first screen, which needs only given ones (index.ts),
 * does not load the rules that derive them.
 */
import {cachedIn} from '../cache.js';
import type {Transcript} from '../model.js';
import type {ChapterEntry} from './chapter.js';
import {boundaryCues} from './cues.js';
import {chaptersFrom, givenChapters, type Chapters, type GivenChapters} from './index.js';
import {segment} from './segment.js';
import {frameOf, type AdSpan, type Frame} from './structure.js';
import {contentWords, titleFor, type Words} from './titles.js';

export type DerivedChapters = {
	readonly entries: readonly ChapterEntry[];
	/**
	 * `topics` when found from the text; `even` when the text gave nothing better than equal parts;
	 * `whole` when it is too short to divide.
	 */
	readonly method: 'topics' | 'even' | 'whole';
};

/**
 * One chapter per this much conversation: what the shows of the development set publish (Lex
 * Fridman one per 8 minutes, Lenny's Podcast one per 6, Syntax one per 4½), a little coarser.
 */
const CHAPTER_SECONDS = 7 * 60;
/** The shortest topic; a topic next to an ad, the opening or the outro may be no shorter than `BESIDE_FIXED_SECONDS`. */
const SHORTEST_SECONDS = 150;
const BESIDE_FIXED_SECONDS = 60;
/** A transcript with fewer content words than this says too little to find topics in. */
const MIN_WORDS = 360;
const EVEN_SECONDS = 300;
/** Words said in more paragraphs than this share (or than two chapters' share) are the episode's subject. */
const EPISODE_WORD_SHARE = 0.25;

export const INTRODUCTION = 'Introduction';
export const OUTRO = 'Outro';

function evenChapters(transcript: Transcript): DerivedChapters {
	const count = Math.round(transcript.duration / EVEN_SECONDS);
	if (count < 2) return {entries: [{start: 0, title: 'The whole episode'}], method: 'whole'};
	const length = transcript.duration / count;
	const entries = Array.from({length: count}, (_, index) => ({start: index * length, title: `Part ${index + 1}`}));
	return {entries, method: 'even'};
}

/**
 * Each paragraph's words as ids, leaving out ads' words, words said once in the whole episode (they
 * tie no two paragraphs together) and words said in more than `share` of its paragraphs (they are
 * the episode's subject, not a chapter's).
 */
function wordIds(words: readonly Words[], ads: readonly AdSpan[], share: number): {ids: number[][]; vocabulary: number} {
	const counts = new Map<string, number>();
	const spread = new Map<string, number>();
	for (const paragraph of words) {
		for (const stem of paragraph.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
		for (const stem of new Set(paragraph.stems)) spread.set(stem, (spread.get(stem) ?? 0) + 1);
	}

	const kept = (stem: string) => counts.get(stem)! > 1 && spread.get(stem)! <= share * words.length;
	const vocabulary = new Map<string, number>();
	const inAd = (index: number) => ads.some(ad => index >= ad.first && index < ad.after);
	const ids = words.map((paragraph, index) =>
		inAd(index)
			? []
			: paragraph.stems
					.filter(stem => kept(stem))
					.map(stem => {
						if (!vocabulary.has(stem)) vocabulary.set(stem, vocabulary.size);
						return vocabulary.get(stem)!;
					}),
	);
	return {ids, vocabulary: vocabulary.size};
}

/** Where the conversation's topics change, as paragraph indices. */
function topicStarts(transcript: Transcript, words: readonly Words[], frame: Frame): number[] {
	const {paragraphs} = transcript;
	const first = frame.conversation;
	const after = frame.outro ?? paragraphs.length;
	const end = after < paragraphs.length ? paragraphs[after]!.start : transcript.duration;
	const starts = paragraphs.slice(first, after).map(paragraph => paragraph.start);
	const wanted = Math.round((end - (starts[0] ?? end)) / CHAPTER_SECONDS);
	// In a short episode, with few chapters, a chapter's words fill a large share of it.
	const {ids, vocabulary} = wordIds(words, frame.ads, Math.max(EPISODE_WORD_SHARE, 2 / wanted));
	const cues = boundaryCues(transcript, first, after);
	return segment({words: ids.slice(first, after), starts, end, vocabulary, cues}, wanted, SHORTEST_SECONDS).map(index => index + first);
}

/** The boundaries the frame fixes: the conversation's start, each ad's start and end, the outro. */
function fixedStarts(frame: Frame, count: number): number[] {
	const ads = frame.ads.flatMap(ad => [ad.first, Math.min(ad.after, frame.outro ?? count)]);
	return [frame.conversation, ...ads, ...(frame.outro === undefined ? [] : [frame.outro])].filter(index => index > 0 && index < count);
}

/** Chapter starts in order: the fixed ones, and topic starts not too close to one of them; never two at one time. */
function chapterStarts(transcript: Transcript, fixed: readonly number[], topics: readonly number[]): number[] {
	const {paragraphs} = transcript;
	const apart = (a: number, b: number) => Math.abs(paragraphs[a]!.start - paragraphs[b]!.start) >= BESIDE_FIXED_SECONDS;
	const kept = topics.filter(topic => fixed.every(index => apart(index, topic)));
	return [...new Set([0, ...fixed, ...kept])]
		.sort((a, b) => a - b)
		.filter((index, order, all) => order === 0 || paragraphs[index]!.start > paragraphs[all[order - 1]!]!.start);
}

export function deriveChapters(transcript: Transcript): DerivedChapters {
	const {paragraphs} = transcript;
	const words = paragraphs.map(paragraph => contentWords(paragraph.text, transcript.speakers));
	if (words.reduce((sum, paragraph) => sum + paragraph.stems.length, 0) < MIN_WORDS) return evenChapters(transcript);
	const frame = frameOf(transcript);
	const starts = chapterStarts(transcript, fixedStarts(frame, paragraphs.length), topicStarts(transcript, words, frame));
	const used = new Set<string>();
	const entries = starts.map((first, order) => {
		const after = starts[order + 1] ?? paragraphs.length;
		const ad = frame.ads.find(span => span.first === first);
		const title =
			order === 0 && frame.conversation > 0
				? INTRODUCTION
				: first === frame.outro
					? OUTRO
					: ad
						? adTitle(ad, words, first, after, starts, used)
						: titleFor(words, first, after, starts, false, used);
		return {start: order === 0 ? 0 : paragraphs[first]!.start, title, paragraph: first};
	});
	return {entries, method: 'topics'};
}

function adTitle(ad: AdSpan, words: readonly Words[], first: number, after: number, starts: readonly number[], used: Set<string>): string {
	return ad.sponsor ? `Ad: ${ad.sponsor}` : titleFor(words, first, after, starts, true, used);
}

const derived = new WeakMap<Transcript, Chapters>();

/** The chapters to show: given ones, else derived (once per transcript, ~40 ms for an hour). */
export function chaptersFor(transcript: Transcript, given?: GivenChapters): Chapters {
	const known = givenChapters(transcript, given);
	if (known) return known;
	return cachedIn(derived, transcript, () => {
		const {entries, method} = deriveChapters(transcript);
		return chaptersFrom(entries, method, transcript);
	});
}
