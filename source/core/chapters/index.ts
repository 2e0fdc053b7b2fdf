/**
 * An episode's chapters, from the best source there is: a chapters file, the transcript's own
 * headings, or else derived from what is said (derive.ts, loaded only then). Times are in seconds.
 */
import {formatClock} from '../time.js';
import {paragraphAt, percentOf, type Transcript} from '../model.js';
import type {ChapterEntry} from './chapter.js';

/** A listed chapter, ending where the next starts (the last at the end), with what its file gave. */
export type Chapter = ChapterEntry & {readonly end: number};

export type ChapterOrigin = 'file' | 'transcript' | 'topics' | 'even' | 'whole';

export type Chapters = {
	/** The table of contents, in order. */
	readonly list: readonly Chapter[];
	/** Podcasting 2.0 `toc: false` entries: kept for export, not listed. */
	readonly markers: readonly ChapterEntry[];
	readonly origin: ChapterOrigin;
	readonly note?: string;
	/**
	 * Everything as the source gave it (untitled chapters untitled, ends as the file says, no
	 * opening added): what is written out.
	 */
	readonly entries: readonly ChapterEntry[];
};

/** A chapters file as read, and what was left out of it (said with the chapters' list). */
export type GivenChapters = {readonly entries: readonly ChapterEntry[]; readonly note?: string};

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
	const note = chapters.note === undefined ? '' : ` (${chapters.note})`;
	return `${count} chapter${count === 1 ? '' : 's'}, ${ORIGIN_NOTES[chapters.origin]}${note}`;
}

/**
 * Where a chapter of a transcript without times starts: its first paragraph, counted from 1, and
 * how far into the episode that is, in whole percent of its words (the times are estimates from
 * the words, so a share of the estimated length is a share of the words).
 */
export function chapterPlace(transcript: Transcript, chapter: Chapter): {paragraph: number; percent: number} {
	const paragraph = chapter.paragraph ?? paragraphAt(transcript, chapter.start)?.id ?? 0;
	return {paragraph: paragraph + 1, percent: percentOf(transcript, transcript.paragraphs[paragraph]!.start)};
}

/** What comes before the first chapter, when it starts after the transcript does. */
const OPENING = 'Opening';

function withEnds(entries: readonly ChapterEntry[], duration: number): Chapter[] {
	const listed = entries.filter(entry => entry.toc !== false);
	return listed.map((entry, index) => ({
		...entry,
		title: entry.title || `Chapter ${index + 1}`,
		end: Math.min(duration, Math.max(entry.start, entry.end ?? listed[index + 1]?.start ?? duration)),
	}));
}

/** Chapters start at the start: what comes before the first one is a chapter of its own. */
function fromTheStart(entries: readonly ChapterEntry[], transcript: Transcript): readonly ChapterEntry[] {
	const first = entries.find(entry => entry.toc !== false);
	const before =
		first !== undefined && (first.paragraph === undefined ? first.start > 0 && transcript.paragraphs[0]!.start < first.start : first.paragraph > 0);
	return before ? [{start: 0, title: OPENING, paragraph: 0}, ...entries] : entries;
}

export function chaptersFrom(entries: readonly ChapterEntry[], origin: ChapterOrigin, transcript: Transcript): Chapters {
	return {list: withEnds(fromTheStart(entries, transcript), transcript.duration), markers: entries.filter(entry => entry.toc === false), origin, entries};
}

/**
 * A chapters file checked against its transcript: the chapters to use, and what is wrong. Chapters
 * after the end are left out (a transcript's end is often a guess); a file left with none, or a
 * transcript without times, cannot be used (`usable` is empty).
 */
export function checkChaptersFile(transcript: Transcript, entries: readonly ChapterEntry[]): {usable: readonly ChapterEntry[]; problem?: string} {
	if (!transcript.timed) return {usable: [], problem: 'needs a transcript with times'};
	const usable = entries.filter(entry => entry.start <= transcript.duration);
	const late = entries.length - usable.length;
	const end = `the end (${formatClock(transcript.duration)})`;
	if (!usable.some(entry => entry.toc !== false))
		return {usable: [], problem: late > 0 ? `has no chapter before ${end}` : 'has only hidden chapters (toc: false)'};
	return late > 0 ? {usable, problem: `${late} ${late === 1 ? 'chapter' : 'chapters'} after the end left out`} : {usable};
}

/** Chapters known without deriving them: a usable file's, or the transcript's own. */
export function givenChapters(transcript: Transcript, given?: GivenChapters): Chapters | undefined {
	if (given) return {...chaptersFrom(given.entries, 'file', transcript), ...(given.note === undefined ? {} : {note: given.note})};
	if (transcript.chapters?.length) return chaptersFrom(transcript.chapters, 'transcript', transcript);
	return undefined;
}
