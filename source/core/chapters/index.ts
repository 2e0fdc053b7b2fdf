/**
 * An episode's chapters, from the best source there is: a chapters file, the transcript's own
 * headings, or else derived from what is said. Times are in seconds.
 */
import {formatClock} from '../time.js';
import type {Transcript} from '../model.js';
import type {ChapterEntry} from './chapter.js';
import {deriveChapters} from './derive.js';

/** A listed chapter, ending where the next starts (the last at the end), with what its file gave. */
export type Chapter = ChapterEntry & {readonly end: number};

export type ChapterOrigin = 'file' | 'transcript' | 'topics' | 'even' | 'whole';

export type Chapters = {
	/** The table of contents, in order. */
	readonly list: readonly Chapter[];
	/** Podcasting 2.0 `toc: false` entries: kept for export, not listed. */
	readonly markers: readonly ChapterEntry[];
	readonly origin: ChapterOrigin;
	/** Everything as the source gave it (untitled chapters untitled, ends as the file says): what is written out. */
	readonly entries: readonly ChapterEntry[];
};

/** A chapters file as read: its name for messages, and its entries. */
export type GivenChapters = {readonly name: string; readonly entries: readonly ChapterEntry[]};

const ORIGIN_NOTES: Readonly<Record<ChapterOrigin, string>> = {
	file: 'from the chapters file',
	transcript: "from the transcript's headings",
	topics: 'found from where the topics change',
	even: 'equal parts: the text gave no clear topic changes',
	whole: 'too short to divide',
};

/** How many chapters, and where they come from: `12 chapters, from the chapters file`. */
export function chaptersSummary(chapters: Chapters): string {
	const count = chapters.list.length;
	return `${count} chapter${count === 1 ? '' : 's'}, ${ORIGIN_NOTES[chapters.origin]}`;
}

function withEnds(entries: readonly ChapterEntry[], duration: number): Chapter[] {
	const listed = entries.filter(entry => entry.toc !== false);
	return listed.map((entry, index) => ({
		...entry,
		title: entry.title || `Chapter ${index + 1}`,
		end: Math.max(entry.start, entry.end ?? listed[index + 1]?.start ?? duration),
	}));
}

function chaptersFrom(entries: readonly ChapterEntry[], origin: ChapterOrigin, duration: number): Chapters {
	return {list: withEnds(entries, duration), markers: entries.filter(entry => entry.toc === false), origin, entries};
}

/** Why a chapters file cannot be used with this transcript, or undefined when it can. */
export function chaptersFileProblem(transcript: Transcript, entries: readonly ChapterEntry[]): string | undefined {
	if (!transcript.timed) return 'cannot be used: the transcript has no times';
	if (!entries.some(entry => entry.toc !== false)) return 'has only hidden chapters (toc: false)';
	const late = entries.find(entry => entry.start > transcript.duration);
	if (late) return `has a chapter at ${formatClock(late.start)}, after the transcript ends (${formatClock(transcript.duration)})`;
	return undefined;
}

/** Chapters known without deriving them: a usable file's, or the transcript's own. */
export function givenChapters(transcript: Transcript, given?: GivenChapters): Chapters | undefined {
	if (given && chaptersFileProblem(transcript, given.entries) === undefined) return chaptersFrom(given.entries, 'file', transcript.duration);
	if (transcript.chapters?.length) return chaptersFrom(transcript.chapters, 'transcript', transcript.duration);
	return undefined;
}

const derived = new WeakMap<Transcript, Chapters>();

/** The chapters to show: given ones, else derived (once per transcript, ~40 ms for an hour). */
export function chaptersFor(transcript: Transcript, given?: GivenChapters): Chapters {
	const known = givenChapters(transcript, given);
	if (known) return known;
	let chapters = derived.get(transcript);
	if (!chapters) {
		const {entries, method} = deriveChapters(transcript);
		derived.set(transcript, (chapters = chaptersFrom(entries, method, transcript.duration)));
	}

	return chapters;
}

/** The index of the chapter playing at `seconds` (the first before any starts). */
export function chapterIndexAt(chapters: Chapters, seconds: number): number {
	const index = chapters.list.findLastIndex(chapter => chapter.start <= seconds);
	return Math.max(0, index);
}
