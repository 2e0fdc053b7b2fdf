/** `parley chapters [FILE]`: the chapters, as a table, as JSON, or as a chapters file to publish. */
import {formatChapters} from '../core/chapters/files.js';
import {chaptersFor} from '../core/chapters/derive.js';
import {chapterPlace, chaptersSummary, type Chapter, type Chapters} from '../core/chapters/index.js';
import type {ChaptersFormat} from '../core/chapters/chapter.js';
import {InputError} from '../core/errors.js';
import type {Transcript} from '../core/model.js';
import {formatClock, formatLength} from '../core/time.js';
import type {GivenChapters} from '../core/chapters/index.js';
import {about, loadEpisode} from '../inputs/episode.js';
import {print} from './output.js';
import type {CommandContext} from './command.js';

function row(transcript: Transcript, chapter: Chapter, width: number): string {
	if (transcript.timed) return `${formatClock(chapter.start)}  ${formatLength(chapter.end - chapter.start).padStart(7)}  ${chapter.title}`;
	const {paragraph, percent} = chapterPlace(transcript, chapter);
	return `¶${String(paragraph).padEnd(width)}  ${`${percent}%`.padStart(4)}  ${chapter.title}`;
}

function table(transcript: Transcript, chapters: Chapters): string {
	const width = String(transcript.paragraphs.length).length;
	const rows = chapters.list.map(chapter => row(transcript, chapter, width));
	return `${transcript.title} — ${chaptersSummary(chapters)}\n${rows.join('\n')}\n`;
}

function json(transcript: Transcript, chapters: Chapters): string {
	const list = chapters.list.map(chapter =>
		transcript.timed ? {title: chapter.title, start: chapter.start, end: chapter.end} : {title: chapter.title, ...chapterPlace(transcript, chapter)},
	);
	return `${JSON.stringify({title: transcript.title, origin: chapters.origin, chapters: list}, undefined, 2)}\n`;
}

type ChaptersOutput = {readonly json: boolean; readonly to: ChaptersFormat | undefined};

function chaptersOutput(transcript: Transcript, given: GivenChapters | undefined, {json: asJson, to}: ChaptersOutput): string {
	const chapters = chaptersFor(transcript, given);
	if (to === undefined) return asJson ? json(transcript, chapters) : table(transcript, chapters);
	if (!transcript.timed) throw new InputError('has no times: its chapters cannot be written as a chapters file');
	return formatChapters(chapters.entries, to, transcript.duration);
}

export async function run({input, flags, bundledEpisode}: CommandContext) {
	const {source, transcript, given, unused} = await loadEpisode(input, bundledEpisode, flags, {chapters: true, titled: true});
	// Chapters written from a file the user named must be that file's, not ones found instead.
	if (flags.chapters !== undefined && unused !== undefined) throw new InputError(unused);
	const output = about(source, () => chaptersOutput(transcript, given, {json: flags.json === true, to: flags.to as ChaptersFormat | undefined}));
	print(output, transcript.warnings);
}
