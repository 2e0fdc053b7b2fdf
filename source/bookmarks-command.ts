/** `parley bookmarks [FILE]`: the reader's bookmarks on a transcript, as a table, as JSON, or in Markdown. */
import {bookmarksSummary, bookmarksToJson, bookmarksToMarkdown, type Bookmark} from './core/bookmarks.js';
import type {Transcript} from './core/model.js';
import {formatClock} from './core/time.js';

export const BOOKMARKS_FORMATS = ['md', 'json'] as const;
type BookmarksFormat = (typeof BOOKMARKS_FORMATS)[number];

export function isBookmarksFormat(name: string): name is BookmarksFormat {
	return (BOOKMARKS_FORMATS as readonly string[]).includes(name);
}

type BookmarksOutput = {readonly json: boolean; readonly to: BookmarksFormat | undefined};

function row(bookmark: Bookmark, timed: boolean): string {
	const clock = timed ? `${formatClock(bookmark.seconds)}  ` : '';
	const speaker = bookmark.speaker === undefined ? '' : `${bookmark.speaker}: `;
	return `${clock}${speaker}“${bookmark.quote}”${bookmark.note === '' ? '' : ` — ${bookmark.note}`}`;
}

function table(transcript: Transcript, bookmarks: readonly Bookmark[]): string {
	return `${[`${transcript.title} — ${bookmarksSummary(bookmarks)}`, ...bookmarks.map(bookmark => row(bookmark, transcript.timed))].join('\n')}\n`;
}

export function bookmarksOutput(transcript: Transcript, bookmarks: readonly Bookmark[], {json, to}: BookmarksOutput): string {
	if (to === 'md') return bookmarksToMarkdown(transcript.title, bookmarks, transcript.timed);
	if (to === 'json' || json) return bookmarksToJson(transcript.title, bookmarks, transcript.timed);
	return table(transcript, bookmarks);
}
