/** `parley chapters [FILE]`: the chapters, as a table, as JSON, or as a chapters file to publish. */
import {formatChapters} from './core/chapters/files.js';
import {chaptersFor, chaptersSummary, type Chapters} from './core/chapters/index.js';
import type {ChaptersFormat} from './core/chapters/chapter.js';
import {InputError} from './core/errors.js';
import type {Transcript} from './core/model.js';
import {formatClock, formatLength} from './core/time.js';
import type {GivenChapters} from './core/chapters/index.js';

export const CHAPTERS_FORMATS: readonly ChaptersFormat[] = ['json', 'txt', 'vtt'];

export function isChaptersFormat(name: string): name is ChaptersFormat {
	return (CHAPTERS_FORMATS as readonly string[]).includes(name);
}

function table(transcript: Transcript, chapters: Chapters): string {
	const rows = chapters.list.map(chapter => (transcript.timed ? `${formatClock(chapter.start)}  ${formatLength(chapter.end - chapter.start).padStart(7)}  ${chapter.title}` : chapter.title));
	return `${transcript.title} — ${chaptersSummary(chapters)}\n${rows.join('\n')}\n`;
}

function json(transcript: Transcript, chapters: Chapters): string {
	const list = chapters.list.map(({title, start, end}) => (transcript.timed ? {title, start, end} : {title}));
	return `${JSON.stringify({title: transcript.title, origin: chapters.origin, chapters: list}, undefined, 2)}\n`;
}

export type ChaptersOutput = {readonly json: boolean; readonly to: ChaptersFormat | undefined};

export function chaptersOutput(transcript: Transcript, given: GivenChapters | undefined, {json: asJson, to}: ChaptersOutput): string {
	const chapters = chaptersFor(transcript, given);
	if (to === undefined) return asJson ? json(transcript, chapters) : table(transcript, chapters);
	if (!transcript.timed) throw new InputError('has no times: its chapters cannot be written as a chapters file');
	return formatChapters(chapters.entries, to, transcript.duration);
}
