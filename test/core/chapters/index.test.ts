import {describe, expect, it} from 'vitest';
import type {ChapterEntry} from '../../../source/core/chapters/chapter.js';
import {deriveChapters} from '../../../source/core/chapters/derive.js';
import {chapterIndexAt, chaptersFileProblem, chaptersFor, givenChapters, type Chapters, type GivenChapters} from '../../../source/core/chapters/index.js';
import {buildTranscript, type DraftParagraph} from '../../../source/core/model.js';

/** Ten paragraphs a minute apart, two speakers taking turns; the last ends at 600 s. */
function drafts(): DraftParagraph[] {
	return Array.from({length: 10}, (_, index) => ({
		speaker: index % 2 ? 'Bo' : 'Ann',
		start: index * 60,
		end: (index + 1) * 60,
		stamped: true,
		text: `Paragraph ${index + 1} says a few words.`,
	}));
}

const DURATION = 600;
const plain = buildTranscript('Plain', drafts());
/** As a Markdown transcript with `## Opening` before paragraph 1 and `## Middle` before paragraph 6. */
const headed = buildTranscript('Headed', drafts(), {chapters: [{title: 'Opening', paragraph: 0}, {title: 'Middle', paragraph: 5}]});
const untimed = buildTranscript('Untimed', drafts(), {timed: false});

const FILE_ENTRIES: readonly ChapterEntry[] = [
	{start: 0, title: 'Cold open'},
	{start: 90, title: 'Guest', url: 'https://example.com/guest'},
	{start: 200, title: '', img: 'https://example.com/art.png', toc: false},
	{start: 300, title: 'Questions', img: 'https://example.com/q.png'},
];
const file: GivenChapters = {name: 'episode.chapters.json', entries: FILE_ENTRIES};

const summary = (chapters: Chapters) => chapters.list.map(chapter => `${chapter.start}-${chapter.end} ${chapter.title}`);

describe('where chapters come from', () => {
	it('reads the durations the tests rely on', () => {
		expect(plain.duration).toBe(DURATION);
		expect(headed.chapters).toEqual([
			{title: 'Opening', start: 0},
			{title: 'Middle', start: 300},
		]);
		expect(untimed.timed).toBe(false);
	});

	it('takes a usable chapters file first, over the transcript’s headings', () => {
		const chapters = givenChapters(headed, file)!;
		expect(chapters.origin).toBe('file');
		expect(summary(chapters)).toEqual(['0-90 Cold open', '90-300 Guest', '300-600 Questions']);
		expect(chaptersFor(headed, file)).toEqual(chapters);
	});

	it('takes the transcript’s headings when there is no file, or the file cannot be used', () => {
		const late: GivenChapters = {name: 'late.txt', entries: [{start: 0, title: 'A'}, {start: 900, title: 'B'}]};
		for (const given of [undefined, late]) {
			const chapters = givenChapters(headed, given)!;
			expect(chapters.origin).toBe('transcript');
			expect(summary(chapters)).toEqual(['0-300 Opening', '300-600 Middle']);
			expect(chaptersFor(headed, given)).toEqual(chapters);
		}
	});

	it('derives chapters when neither gives them, once per transcript', () => {
		expect(givenChapters(plain)).toBeUndefined();
		const chapters = chaptersFor(plain);
		const {entries, method} = deriveChapters(plain);
		expect(chapters.origin).toBe(method);
		expect(chapters.list.map(({start, title}) => ({start, title}))).toEqual(entries);
		expect(chaptersFor(plain)).toBe(chapters);
	});

	it('derives chapters when the only file cannot be used', () => {
		const chapters = chaptersFor(untimed, file);
		expect(givenChapters(untimed, file)).toBeUndefined();
		expect(['file', 'transcript']).not.toContain(chapters.origin);
		expect(chapters.list.length).toBeGreaterThan(0);
	});
});

describe('chaptersFileProblem', () => {
	it('accepts chapters that fit the transcript, one at its very end included', () => {
		expect(chaptersFileProblem(plain, FILE_ENTRIES)).toBeUndefined();
		expect(chaptersFileProblem(plain, [{start: 0, title: 'A'}, {start: DURATION, title: 'End'}])).toBeUndefined();
	});

	it('refuses a file for a transcript without times', () => {
		expect(chaptersFileProblem(untimed, FILE_ENTRIES)).toBe('cannot be used: the transcript has no times');
	});

	it('refuses a file with only hidden chapters', () => {
		expect(chaptersFileProblem(plain, [{start: 0, title: 'Art', toc: false}, {start: 30, title: '', toc: false}])).toBe('has only hidden chapters (toc: false)');
	});

	it('refuses a file with a chapter after the transcript ends, saying when', () => {
		expect(chaptersFileProblem(plain, [{start: 0, title: 'A'}, {start: 1200, title: 'Late'}])).toBe('has a chapter at 00:20:00, after the transcript ends (00:10:00)');
		// A hidden marker past the end is a mistake too.
		expect(chaptersFileProblem(plain, [{start: 0, title: 'A'}, {start: 601, title: '', toc: false}])).toMatch(/^has a chapter at 00:10:01, after/);
	});
});

describe('a chapters list', () => {
	const chapters = givenChapters(plain, file)!;

	it('lists the chapters, and keeps hidden markers apart', () => {
		expect(chapters.list.map(chapter => chapter.title)).toEqual(['Cold open', 'Guest', 'Questions']);
		expect(chapters.markers).toEqual([{start: 200, title: '', img: 'https://example.com/art.png', toc: false}]);
	});

	it('ends each chapter where the next listed one starts, and the last at the end', () => {
		expect(chapters.list.map(chapter => chapter.end)).toEqual([90, 300, DURATION]);
	});

	it('keeps what the file gave with each chapter', () => {
		expect(chapters.list[1]).toEqual({start: 90, title: 'Guest', url: 'https://example.com/guest', end: 300});
		expect(chapters.list[2]).toEqual({start: 300, title: 'Questions', img: 'https://example.com/q.png', end: DURATION});
	});

	it('calls an untitled chapter by its number in the list', () => {
		const untitled = givenChapters(plain, {name: 'x.txt', entries: [{start: 0, title: 'Intro'}, {start: 50, title: '', toc: false}, {start: 100, title: ''}, {start: 200, title: ''}]})!;
		expect(untitled.list.map(chapter => chapter.title)).toEqual(['Intro', 'Chapter 2', 'Chapter 3']);
	});

	it('never ends a chapter before it starts', () => {
		const atEnd = givenChapters(plain, {name: 'x.txt', entries: [{start: 0, title: 'A'}, {start: DURATION, title: 'B'}]})!;
		expect(summary(atEnd)).toEqual(['0-600 A', '600-600 B']);
	});
});

describe('chapterIndexAt', () => {
	const chapters = givenChapters(plain, {name: 'x.txt', entries: [{start: 30, title: 'A'}, {start: 90, title: 'B'}, {start: 300, title: 'C'}]})!;

	it('finds the chapter playing at a time', () => {
		expect(chapterIndexAt(chapters, 30)).toBe(0);
		expect(chapterIndexAt(chapters, 89.9)).toBe(0);
		expect(chapterIndexAt(chapters, 90)).toBe(1);
		expect(chapterIndexAt(chapters, 299)).toBe(1);
		expect(chapterIndexAt(chapters, 300)).toBe(2);
		expect(chapterIndexAt(chapters, DURATION + 100)).toBe(2);
	});

	it('counts the time before the first chapter as the first', () => {
		expect(chapterIndexAt(chapters, 0)).toBe(0);
		expect(chapterIndexAt(chapters, 29)).toBe(0);
	});
});

describe('entries', () => {
	it('gives back the file’s entries, listed and hidden, in time order', () => {
		expect(givenChapters(plain, file)!.entries).toEqual(FILE_ENTRIES);
	});

	it('gives the chapters of headings as they were', () => {
		expect(givenChapters(headed)!.entries).toEqual(headed.chapters);
	});

	it('keeps where the file says a chapter ends', () => {
		const entries: ChapterEntry[] = [
			{start: 0, title: 'Intro', end: 45},
			{start: 60, title: 'Main'},
			{start: 400, title: 'Credits', end: 420},
		];
		expect(givenChapters(plain, {name: 'x.json', entries})!.entries).toEqual(entries);
	});

	it('keeps an untitled chapter (one that only changes the artwork) untitled', () => {
		const entries: ChapterEntry[] = [
			{start: 0, title: 'Intro'},
			{start: 60, title: '', img: 'https://example.com/slide.png'},
		];
		expect(givenChapters(plain, {name: 'x.json', entries})!.entries).toEqual(entries);
	});
});

