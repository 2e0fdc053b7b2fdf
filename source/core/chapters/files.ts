/*
 * Chapters files: Podcasting 2.0 JSON, YouTube-style text (`12:30 Topic` lines) and WebVTT chapter
 * tracks. Read strictly: a file that is wrong is an error the caller reports (and then falls back
 * to other chapters), never a guess. Titles are untrusted text and are cleaned.
 */
import {decodeHTML} from 'entities';
import {InputError} from '../errors.js';
import {isTimingLine, readTiming} from '../formats/cue-timing.js';
import {isRecord, readJson} from '../formats/json.js';
import {cleanText} from '../sanitize.js';
import {CLOCK, episodeTime, formatClock, formatCueTime, formatLength, formatStamp, MAX_SECONDS, parseClock} from '../time.js';
import type {ChapterEntry, ChaptersFormat} from './chapter.js';

export type ChaptersFile = {readonly format: ChaptersFormat; readonly entries: ChapterEntry[]};

/** More than any episode has; a limit so that a hostile file cannot cost much memory. */
const MAX_CHAPTERS = 10_000;

function countChapters(count: number): void {
	if (count > MAX_CHAPTERS) throw new InputError(`has more than ${MAX_CHAPTERS} chapters`);
}

/** The start of a line, for a message; not cut inside a surrogate pair. */
function quote(text: string): string {
	const trimmed = text.trim();
	return `'${trimmed.length > 40 ? `${trimmed.slice(0, 40).replace(/[\uD800-\uDBFF]$/, '')}…` : trimmed}'`;
}

/** Rounded to the millisecond, the precision chapters files write. */
function millis(seconds: number): number {
	return Math.round(seconds * 1000) / 1000;
}

/** Without its undefined fields, which the files leave out. */
function defined<T extends object>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** The chapters, if each ends after it starts and none starts before the one above it. */
function inTimeOrder(entries: ChapterEntry[]): ChapterEntry[] {
	if (entries.length === 0) throw new InputError('has no chapters');
	for (const [index, entry] of entries.entries()) {
		if (entry.end !== undefined && entry.end < entry.start) {
			throw new InputError(`chapter ${index + 1} ends at ${formatStamp(entry.end)}, before it starts (${formatStamp(entry.start)})`);
		}

		const previous = entries[index - 1];
		if (previous && entry.start < previous.start) {
			throw new InputError(
				`chapter ${index + 1} starts at ${formatStamp(entry.start)}, before chapter ${index} (${formatStamp(previous.start)}): chapters must be in time order`,
			);
		}
	}

	return entries;
}

// Podcasting 2.0 JSON

function preview(value: unknown): string {
	if (typeof value === 'string') return quote(value);
	return typeof value === 'object' ? JSON.stringify(value).slice(0, 40) : String(value);
}

/** A time field of chapter `number` in seconds (a number or a numeric string); undefined when absent. */
function secondsField(chapter: Record<string, unknown>, field: 'startTime' | 'endTime', number: number): number | undefined {
	const value = chapter[field];
	if (value === undefined || value === null) return undefined;
	const seconds = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	const whose = `chapter ${number}'s ${field}`;
	if (typeof seconds !== 'number' || Number.isNaN(seconds)) throw new InputError(`${whose} is not a number (${preview(value)})`);
	if (!Number.isFinite(seconds)) throw new InputError(`${whose} is not finite (${preview(value)})`);
	if (seconds < 0) throw new InputError(`${whose} is negative (${preview(value)})`);
	if (episodeTime(seconds) === undefined) throw new InputError(`${whose} is past ${formatClock(MAX_SECONDS)} (${preview(value)})`);
	return seconds;
}

function textField(value: unknown): string | undefined {
	return typeof value === 'string' ? cleanText(value) || undefined : undefined;
}

function jsonChapter(chapter: unknown, number: number): ChapterEntry {
	if (!isRecord(chapter)) throw new InputError(`chapter ${number} is not an object`);
	const start = secondsField(chapter, 'startTime', number);
	if (start === undefined) throw new InputError(`chapter ${number} has no startTime`);
	const end = secondsField(chapter, 'endTime', number);
	const toc = chapter.toc === false ? false : undefined;
	return defined({start, title: textField(chapter.title) ?? '', toc, end, url: textField(chapter.url), img: textField(chapter.img)});
}

function parsePodcastingChapters(text: string): ChapterEntry[] {
	const json = readJson(text);
	const chapters = isRecord(json) ? json.chapters : undefined;
	if (!Array.isArray(chapters)) throw new InputError('is JSON but has no "chapters" list');
	countChapters(chapters.length);
	return inTimeOrder(chapters.map((chapter, index) => jsonChapter(chapter, index + 1)));
}

// YouTube-style text

/** `0:00 Intro`, `- 00:00 - Intro`, `1:02:03 – Topic`, `(12:30) Topic`, `[12:30]: Topic`. */
const CHAPTER_LINE = new RegExp(String.raw`^\s*(?:[-*•]\s*)?(?:\((${CLOCK})\)|\[(${CLOCK})\]|(${CLOCK})(?=[\s\-–—:|]|$))\s*(?:[-–—:|]\s*)?(.*)$`, 's');
const EXAMPLE = "expected a time then a title, like '12:30 Topic'";

function youTubeChapter(match: RegExpExecArray, lineNumber: number): ChapterEntry {
	const [, parenthesised, bracketed, bare, title = ''] = match;
	const clock = parenthesised ?? bracketed ?? bare ?? '';
	const start = parseClock(clock);
	if (start === undefined) throw new InputError(`line ${lineNumber} starts with ${clock}, which is not a time`);
	return {start, title: cleanText(title)};
}

function parseYouTubeChapters(text: string): ChapterEntry[] {
	const entries: ChapterEntry[] = [];
	for (const [index, line] of text.split('\n').entries()) {
		if (line.trim() === '') continue;
		const match = CHAPTER_LINE.exec(line);
		// Lines before the first chapter are a heading: `Chapters:`, `Timestamps`.
		if (!match && entries.length === 0) continue;
		if (!match) throw new InputError(`line ${index + 1} is not a chapter (${quote(line)}): ${EXAMPLE}`);
		entries.push(youTubeChapter(match, index + 1));
		countChapters(entries.length);
	}

	if (entries.length === 0) throw new InputError(`has no chapters: no line starts with a time (${EXAMPLE})`);
	return inTimeOrder(entries);
}

// WebVTT

type Block = {readonly firstLine: number; readonly lines: string[]};

function blocks(lines: readonly string[]): Block[] {
	const found: Block[] = [];
	for (const [index, line] of lines.entries()) {
		if (line.trim() === '') continue;
		if (index === 0 || lines[index - 1]!.trim() === '') found.push({firstLine: index + 1, lines: []});
		found.at(-1)!.lines.push(line);
	}

	return found;
}

const METADATA_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:[\s:]|$)/;
// Bounded by the next `<`, so a file of unclosed tags costs linear time.
const TAG = /<\/?[a-zA-Z][^<>]*>|<\d[\d:.]*>/g;

/** Tags removed before entities are decoded, so that an escaped `&lt;b&gt;` stays in the title. */
function vttTitle(lines: readonly string[]): string {
	return cleanText(decodeHTML(lines.join(' ').replace(TAG, '')));
}

function vttChapter({firstLine, lines}: Block): ChapterEntry {
	// A cue may have an id line before its timing.
	const at = isTimingLine(lines[0]!) ? 0 : 1;
	const timingLine = lines[at];
	if (timingLine === undefined || !isTimingLine(timingLine)) {
		throw new InputError(
			`line ${firstLine} is not a chapter cue (${quote(lines[0]!)}): expected a cue timing like '00:12:30.000 --> 00:15:00.000' then a title`,
		);
	}

	const timing = readTiming(timingLine);
	if ('problem' in timing) throw new InputError(`line ${firstLine + at}: ${timing.problem}`);
	const titleLines = lines.slice(at + 1);
	const stray = titleLines.findIndex(line => isTimingLine(line));
	if (stray >= 0) throw new InputError(`line ${firstLine + at + 1 + stray} is a cue timing with no blank line before it`);
	return defined({start: millis(timing.start), title: vttTitle(titleLines), end: timing.end === undefined ? undefined : millis(timing.end)});
}

function parseVttChapters(text: string): ChapterEntry[] {
	const entries: ChapterEntry[] = [];
	for (const block of blocks(text.split('\n'))) {
		if (METADATA_BLOCK.test(block.lines[0]!)) continue;
		entries.push(vttChapter(block));
		countChapters(entries.length);
	}

	return inTimeOrder(entries);
}

// Reading

const PARSERS: Record<ChaptersFormat, (text: string) => ChapterEntry[]> = {json: parsePodcastingChapters, txt: parseYouTubeChapters, vtt: parseVttChapters};

function hasCueTiming(lines: readonly string[]): boolean {
	return lines.some(line => isTimingLine(line) && !('problem' in readTiming(line)));
}

/** The format the text is in; the file name's extension decides only when the text does not. */
function detectFormat(text: string, fileName: string | undefined): ChaptersFormat {
	const head = text.slice(0, 4000).trimStart();
	if (head.startsWith('{')) return 'json';
	if (/^WEBVTT(?:\s|$)/.test(head)) return 'vtt';
	const lines = head.split('\n');
	if (hasCueTiming(lines)) return 'vtt';
	if (lines.some(line => CHAPTER_LINE.test(line))) return 'txt';
	const extension = /\.(json|vtt|txt)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
	return (extension as ChaptersFormat | undefined) ?? 'txt';
}

/** Read a chapters file in any of the formats, or throw an `InputError` saying what is wrong and where. */
export function parseChaptersFile(text: string, fileName?: string): ChaptersFile {
	const normalised = text.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
	if (normalised.trim() === '') throw new InputError('is empty');
	const format = detectFormat(normalised, fileName);
	return {format, entries: PARSERS[format](normalised)};
}

// Writing

/** The chapters a reader lists: hidden markers (`toc: false`) left out. */
function listed(entries: readonly ChapterEntry[]): ChapterEntry[] {
	return entries.filter(entry => entry.toc !== false);
}

/** Podcasting 2.0 chapters JSON, version 1.2.0. */
export function toPodcastingChapters(entries: readonly ChapterEntry[], meta: {title?: string} = {}): string {
	const chapters = entries.map(entry =>
		defined({
			startTime: millis(entry.start),
			endTime: entry.end === undefined ? undefined : millis(entry.end),
			title: entry.title,
			img: entry.img,
			url: entry.url,
			toc: entry.toc === false ? false : undefined,
		}),
	);
	return `${JSON.stringify(defined({version: '1.2.0', title: meta.title, chapters}), undefined, 2)}\n`;
}

/** `m:ss` under an hour, `h:mm:ss` from there, as YouTube writes chapter times. */
function youTubeTime(seconds: number): string {
	return formatLength(millis(seconds));
}

/** A title that opens with a separator (`- `, `:`) gets one in front, or reading would drop its own. */
function youTubeTitle(title: string): string {
	return /^[-–—:|]/.test(title) ? `- ${title}` : title;
}

/** One `m:ss Title` line per chapter, as in a YouTube description. */
export function toYouTubeChapters(entries: readonly ChapterEntry[]): string {
	return listed(entries)
		.map(entry => (entry.title === '' ? youTubeTime(entry.start) : `${youTubeTime(entry.start)} ${youTubeTitle(entry.title)}`))
		.map(line => `${line}\n`)
		.join('');
}

function escapeVtt(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A WebVTT chapters track: each cue ends where the chapter does, or the next starts, or the episode ends. */
export function toVttChapters(entries: readonly ChapterEntry[], duration: number): string {
	const chapters = listed(entries);
	const cues = chapters.map((entry, index) => {
		const end = entry.end ?? chapters[index + 1]?.start ?? duration;
		const timing = `${formatCueTime(entry.start)} --> ${formatCueTime(Number.isFinite(end) ? Math.max(entry.start, end) : entry.start)}`;
		return entry.title === '' ? timing : `${timing}\n${escapeVtt(entry.title)}`;
	});
	return `${['WEBVTT', ...cues].join('\n\n')}\n`;
}

export function formatChapters(entries: readonly ChapterEntry[], format: ChaptersFormat, duration: number): string {
	switch (format) {
		case 'json': {
			return toPodcastingChapters(entries);
		}

		case 'txt': {
			return toYouTubeChapters(entries);
		}

		case 'vtt': {
			return toVttChapters(entries, duration);
		}
	}
}
