import {describe, expect, it} from 'vitest';
import type {ChapterEntry} from '../../../source/core/chapters/chapter.js';
import {chaptersFor, deriveChapters} from '../../../source/core/chapters/derive.js';
import {checkChaptersFile, chaptersSummary, givenChapters, type Chapters, type GivenChapters} from '../../../source/core/chapters/index.js';
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
const headed = buildTranscript('Headed', drafts(), {
	chapters: [
		{title: 'Opening', paragraph: 0},
		{title: 'Middle', paragraph: 5},
	],
});
const untimed = buildTranscript('Untimed', drafts(), {timed: false});

const FILE_ENTRIES: readonly ChapterEntry[] = [
	{start: 0, title: 'Cold open'},
	{start: 90, title: 'Guest', url: 'https://example.com/guest'},
	{start: 200, title: '', img: 'https://example.com/art.png', toc: false},
	{start: 300, title: 'Questions', img: 'https://example.com/q.png'},
];
const file: GivenChapters = {entries: FILE_ENTRIES};

const summary = (chapters: Chapters) => chapters.list.map(chapter => `${chapter.start}-${chapter.end} ${chapter.title}`);

describe('where chapters come from', () => {
	it('reads the durations the tests rely on', () => {
		expect(plain.duration).toBe(DURATION);
		expect(headed.chapters).toEqual([
			{title: 'Opening', start: 0, paragraph: 0},
			{title: 'Middle', start: 300, paragraph: 5},
		]);
		expect(untimed.timed).toBe(false);
	});

	it('takes a usable chapters file first, over the transcript’s headings', () => {
		const chapters = givenChapters(headed, file)!;
		expect(chapters.origin).toBe('file');
		expect(summary(chapters)).toEqual(['0-90 Cold open', '90-300 Guest', '300-600 Questions']);
		expect(chaptersFor(headed, file)).toEqual(chapters);
	});

	it('takes the transcript’s headings when there is no file', () => {
		const chapters = givenChapters(headed)!;
		expect(chapters.origin).toBe('transcript');
		expect(summary(chapters)).toEqual(['0-300 Opening', '300-600 Middle']);
		expect(chaptersFor(headed)).toEqual(chapters);
	});

	it('derives chapters when neither gives them, once per transcript', () => {
		expect(givenChapters(plain)).toBeUndefined();
		const chapters = chaptersFor(plain);
		const {entries, method} = deriveChapters(plain);
		expect(chapters.origin).toBe(method);
		expect(chapters.list.map(({start, title}) => ({start, title}))).toEqual(entries);
		expect(chaptersFor(plain)).toBe(chapters);
	});
});

describe('checkChaptersFile', () => {
	it('accepts chapters that fit the transcript, one at its very end included', () => {
		expect(checkChaptersFile(plain, FILE_ENTRIES)).toEqual({usable: FILE_ENTRIES});
		const atEnd = [
			{start: 0, title: 'A'},
			{start: DURATION, title: 'End'},
		];
		expect(checkChaptersFile(plain, atEnd)).toEqual({usable: atEnd});
	});

	it('refuses a file for a transcript without times', () => {
		expect(checkChaptersFile(untimed, FILE_ENTRIES)).toEqual({usable: [], problem: 'needs a transcript with times'});
	});

	it('refuses a file with only hidden chapters', () => {
		expect(
			checkChaptersFile(plain, [
				{start: 0, title: 'Art', toc: false},
				{start: 30, title: '', toc: false},
			]),
		).toEqual({usable: [], problem: 'has only hidden chapters (toc: false)'});
	});

	it('leaves out chapters after the transcript ends, saying how many', () => {
		expect(
			checkChaptersFile(plain, [
				{start: 0, title: 'A'},
				{start: 1200, title: 'Late'},
				{start: 1300, title: 'Later'},
			]),
		).toEqual({
			usable: [{start: 0, title: 'A'}],
			problem: '2 chapters after the end left out',
		});
		expect(
			checkChaptersFile(plain, [
				{start: 0, title: 'A'},
				{start: 601, title: '', toc: false},
			]).problem,
		).toBe('1 chapter after the end left out');
	});

	it('refuses a file whose chapters all start after the end', () => {
		expect(checkChaptersFile(plain, [{start: 1200, title: 'Late'}])).toEqual({usable: [], problem: 'has no chapter before the end (00:10:00)'});
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
		const untitled = givenChapters(plain, {
			entries: [
				{start: 0, title: 'Intro'},
				{start: 50, title: '', toc: false},
				{start: 100, title: ''},
				{start: 200, title: ''},
			],
		})!;
		expect(untitled.list.map(chapter => chapter.title)).toEqual(['Intro', 'Chapter 2', 'Chapter 3']);
	});

	it('never ends a chapter before it starts', () => {
		const atEnd = givenChapters(plain, {
			entries: [
				{start: 0, title: 'A'},
				{start: DURATION, title: 'B'},
			],
		})!;
		expect(summary(atEnd)).toEqual(['0-600 A', '600-600 B']);
	});
});

describe('a file with chapters left out', () => {
	it('says so with the count of chapters', () => {
		const chapters = givenChapters(plain, {entries: [{start: 0, title: 'A'}], note: '2 chapters after the end left out'})!;
		expect(chaptersSummary(chapters)).toBe('1 chapter, from the chapters file (2 chapters after the end left out)');
	});
});

describe('a file whose first chapter starts late', () => {
	it('gets an opening chapter before it in the list, but not in what is written out', () => {
		const entries = [
			{start: 30, title: 'A'},
			{start: 90, title: 'B'},
		];
		const late = givenChapters(plain, {entries})!;
		expect(summary(late)).toEqual(['0-30 Opening', '30-90 A', `90-${DURATION} B`]);
		expect(late.entries).toEqual(entries);
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
		expect(givenChapters(plain, {entries})!.entries).toEqual(entries);
	});

	it('keeps an untitled chapter (one that only changes the artwork) untitled', () => {
		const entries: ChapterEntry[] = [
			{start: 0, title: 'Intro'},
			{start: 60, title: '', img: 'https://example.com/slide.png'},
		];
		expect(givenChapters(plain, {entries})!.entries).toEqual(entries);
	});
});
