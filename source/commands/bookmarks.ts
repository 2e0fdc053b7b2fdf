/** `parley bookmarks [FILE]`: the reader's bookmarks on a transcript, as a table, as JSON, or in Markdown. */
import {bookmarksSummary, bookmarksToJson, bookmarksToMarkdown, contentKey, type Bookmark} from '../core/bookmarks.js';
import type {Transcript} from '../core/model.js';
import {formatClock} from '../core/time.js';
import {loadEpisode} from '../inputs/episode.js';
import {openEpisodeStore, stateDirectory} from '../state/store.js';
import {print} from './output.js';
import type {CommandContext} from './command.js';

type BookmarksFormat = 'md' | 'json';

type BookmarksOutput = {readonly json: boolean; readonly to: BookmarksFormat | undefined};

function row(bookmark: Bookmark, timed: boolean): string {
	const clock = timed ? `${formatClock(bookmark.seconds)}  ` : '';
	const speaker = bookmark.speaker === undefined ? '' : `${bookmark.speaker}: `;
	return `${clock}${speaker}“${bookmark.quote}”${bookmark.note === '' ? '' : ` — ${bookmark.note}`}`;
}

function table(transcript: Transcript, bookmarks: readonly Bookmark[]): string {
	return `${[`${transcript.title} — ${bookmarksSummary(bookmarks)}`, ...bookmarks.map(bookmark => row(bookmark, transcript.timed))].join('\n')}\n`;
}

function bookmarksOutput(transcript: Transcript, bookmarks: readonly Bookmark[], {json, to}: BookmarksOutput): string {
	if (to === 'md') return bookmarksToMarkdown(transcript.title, bookmarks, transcript.timed);
	if (to === 'json' || json) return bookmarksToJson(transcript.title, bookmarks, transcript.timed);
	return table(transcript, bookmarks);
}

/** Those saved for the transcript's content, whatever its file is called. */
export async function run({input, flags, bundledEpisode}: CommandContext) {
	const {transcript} = await loadEpisode(input, bundledEpisode, flags, {titled: true});
	const {state, warnings} = openEpisodeStore(stateDirectory(), contentKey(transcript), transcript.title).read();
	print(bookmarksOutput(transcript, state.bookmarks, {json: flags.json === true, to: flags.to as BookmarksFormat | undefined}), [
		...transcript.warnings,
		...warnings,
	]);
}
