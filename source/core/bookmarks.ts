/**
 * The reader's own marks on a transcript: bookmarks, and where they stopped reading. Pure: the
 * file that keeps them is `state/store.ts`'s.
 */
import {sha256} from '@noble/hashes/sha2.js';
import {bytesToHex, utf8ToBytes} from '@noble/hashes/utils.js';
import {InputError} from './errors.js';
import {escapeInline} from './export/markdown.js';
import {speakerName} from './export/spans.js';
import {readJson} from './formats/json.js';
import type {Transcript} from './model.js';
import {randomHex} from './random-hex.js';
import {cleanText, sanitizeLine} from './sanitize.js';
import {formatClock} from './time.js';

export type Bookmark = {
	readonly id: string;
	readonly paragraph: number;
	readonly seconds: number;
	readonly note: string;
	readonly speaker: string | undefined;
	/** The paragraph's words, shortened (`QUOTE_LENGTH`). */
	readonly quote: string;
	/** ISO 8601. */
	readonly created: string;
};

export type ReadingPosition = {readonly paragraph: number; readonly seconds: number; readonly updated: string};

export type EpisodeState = {
	readonly title: string;
	readonly position: ReadingPosition | undefined;
	/** In time order. */
	readonly bookmarks: readonly Bookmark[];
};

/** A change to the state, applied to what is saved when it is saved: two Parleys' changes add up. */
export type StateChange = (state: EpisodeState) => EpisodeState;

const VERSION = 1;
const QUOTE_LENGTH = 200;

export function emptyEpisodeState(title: string): EpisodeState {
	return {title, position: undefined, bookmarks: []};
}

/**
 * What identifies a transcript: its speakers, words and times, not its file's name or encoding.
 * The same words with other times are another transcript (another cut of the episode). SHA-256 by
 * @noble/hashes, the same digest as node:crypto's (keys saved before stay), without loading
 * node:crypto (~12 ms) before the first screen.
 */
export function contentKey(transcript: Transcript): string {
	const paragraphs = transcript.paragraphs.map(paragraph => [speakerName(transcript, paragraph) ?? null, paragraph.start, paragraph.text]);
	return bytesToHex(sha256(utf8ToBytes(JSON.stringify(paragraphs)))).slice(0, 32);
}

/** Up to `QUOTE_LENGTH` characters, cut at a space, with `…` when shortened. */
function shorten(text: string): string {
	if (text.length <= QUOTE_LENGTH) return text;
	const space = text.lastIndexOf(' ', QUOTE_LENGTH);
	const cut = space > QUOTE_LENGTH / 2 ? text.slice(0, space) : [...text].slice(0, QUOTE_LENGTH).join('');
	return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function bookmarkFor(transcript: Transcript, paragraph: number, seconds: number, note: string, now: Date): Bookmark {
	const found = transcript.paragraphs[paragraph];
	if (found === undefined) throw new RangeError(`no paragraph ${paragraph}`);
	return {
		id: `${now.getTime().toString(36)}-${randomHex(4)}`,
		paragraph,
		seconds,
		note: cleanText(note),
		speaker: speakerName(transcript, found),
		quote: shorten(cleanText(found.text)),
		created: now.toISOString(),
	};
}

const inTimeOrder = (a: Bookmark, b: Bookmark) => a.seconds - b.seconds || a.paragraph - b.paragraph || a.created.localeCompare(b.created);

export function addBookmark(bookmark: Bookmark): StateChange {
	return state => ({...state, bookmarks: [...state.bookmarks.filter(each => each.id !== bookmark.id), bookmark].sort(inTimeOrder)});
}

export function deleteBookmark(id: string): StateChange {
	return state => ({...state, bookmarks: state.bookmarks.filter(bookmark => bookmark.id !== id)});
}

export function setPosition(paragraph: number, seconds: number, now: Date): StateChange {
	return state => ({...state, position: {paragraph, seconds, updated: now.toISOString()}});
}

type Fields = Record<string, unknown>;

function objectIn(value: unknown, where: string): Fields {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${where} is not an object`);
	return value as Fields;
}

function textIn(fields: Fields, name: string, where: string): string {
	const value = fields[name];
	if (typeof value !== 'string') throw new InputError(`${where}: "${name}" is not text`);
	return value;
}

function countIn(fields: Fields, name: string, where: string): number {
	const value = fields[name];
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new InputError(`${where}: "${name}" is not a whole number from 0`);
	return value;
}

function secondsIn(fields: Fields, where: string): number {
	const value = fields.seconds;
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new InputError(`${where}: "seconds" is not a time in seconds`);
	return value;
}

function dateIn(fields: Fields, name: string, where: string): string {
	const value = textIn(fields, name, where);
	if (Number.isNaN(Date.parse(value))) throw new InputError(`${where}: "${name}" is not a date`);
	return value;
}

function positionIn(value: unknown): ReadingPosition | undefined {
	if (value === undefined || value === null) return undefined;
	const fields = objectIn(value, 'position');
	return {paragraph: countIn(fields, 'paragraph', 'position'), seconds: secondsIn(fields, 'position'), updated: dateIn(fields, 'updated', 'position')};
}

function bookmarkIn(value: unknown, index: number): Bookmark {
	const where = `bookmark ${index + 1}`;
	const fields = objectIn(value, where);
	const speaker = fields.speaker;
	if (speaker !== undefined && speaker !== null && typeof speaker !== 'string') throw new InputError(`${where}: "speaker" is not text`);
	const id = cleanText(textIn(fields, 'id', where));
	if (id === '') throw new InputError(`${where} has no "id"`);
	return {
		id,
		paragraph: countIn(fields, 'paragraph', where),
		seconds: secondsIn(fields, where),
		note: cleanText(textIn(fields, 'note', where)),
		speaker: typeof speaker === 'string' ? cleanText(speaker) : undefined,
		quote: cleanText(textIn(fields, 'quote', where)),
		created: dateIn(fields, 'created', where),
	};
}

/** A state file a newer Parley wrote: not malformed, not to be set aside or overwritten. */
export class NewerStateError extends InputError {
	override name = 'NewerStateError';
}

/** A state file's contents; anything malformed is one `InputError` naming what. Its text is cleaned: the file may have been edited. */
export function parseEpisodeState(text: string): EpisodeState {
	const json = readJson(text);
	if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new InputError('is not a JSON object');
	const fields = json as Fields;
	const version = fields.version;
	if (version === undefined) throw new InputError('has no "version"');
	if (typeof version === 'number' && version > VERSION) throw new NewerStateError(`it was written by a newer Parley (version ${version}) and is left as it is`);
	if (version !== VERSION) throw new InputError(`has version ${sanitizeLine(JSON.stringify(version))}; this Parley reads version ${VERSION}`);
	const {title, bookmarks} = fields;
	if (typeof title !== 'string') throw new InputError('has no "title"');
	if (!Array.isArray(bookmarks)) throw new InputError('has no "bookmarks" list');
	return {
		title: sanitizeLine(title),
		position: positionIn(fields.position),
		bookmarks: bookmarks.map((value, index) => bookmarkIn(value, index)).sort(inTimeOrder),
	};
}

export function serializeEpisodeState(state: EpisodeState): string {
	const bookmarks = state.bookmarks.map(bookmark => ({...bookmark, speaker: bookmark.speaker ?? null}));
	return `${JSON.stringify({version: VERSION, title: state.title, position: state.position ?? null, bookmarks}, undefined, 2)}\n`;
}

/** `1 bookmark`, `3 bookmarks`, `no bookmarks`. */
export function bookmarksSummary(bookmarks: readonly Bookmark[]): string {
	if (bookmarks.length === 0) return 'no bookmarks';
	return bookmarks.length === 1 ? '1 bookmark' : `${bookmarks.length} bookmarks`;
}

function markdownItem(bookmark: Bookmark, timed: boolean): string {
	const parts = [
		...(timed ? [`**${formatClock(bookmark.seconds)}**`] : []),
		`${bookmark.speaker === undefined ? '' : `${escapeInline(bookmark.speaker)}: `}“${escapeInline(bookmark.quote)}”`,
		...(bookmark.note === '' ? [] : [`— ${escapeInline(bookmark.note)}`]),
	];
	return `- ${parts.join(' ')}`;
}

/** `# Bookmarks: Title`, then an item a bookmark: `- **00:22:36** Speaker: “quote” — note` (times only where the transcript has them). */
export function bookmarksToMarkdown(title: string, bookmarks: readonly Bookmark[], timed: boolean): string {
	const heading = `# Bookmarks: ${escapeInline(title)}`;
	if (bookmarks.length === 0) return `${heading}\n\nNo bookmarks.\n`;
	return `${heading}\n\n${bookmarks.map(bookmark => markdownItem(bookmark, timed)).join('\n')}\n`;
}

/** Seconds to the millisecond. */
const toMillisecond = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** The same fields for every bookmark (`speaker` null when none is named); times only where the transcript has them. */
export function bookmarksToJson(title: string, bookmarks: readonly Bookmark[], timed: boolean): string {
	const list = bookmarks.map(bookmark => ({
		...(timed ? {time: formatClock(bookmark.seconds), seconds: toMillisecond(bookmark.seconds)} : {}),
		paragraph: bookmark.paragraph,
		speaker: bookmark.speaker ?? null,
		quote: bookmark.quote,
		note: bookmark.note,
		created: bookmark.created,
	}));
	return `${JSON.stringify({title, bookmarks: list}, undefined, 2)}\n`;
}
