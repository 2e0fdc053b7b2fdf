/**
 * The episode's show notes, when the user has them: `ep.notes.md`, `ep.notes.html` or
 * `ep.notes.txt` beside the transcript, or the item of an RSS feed given with `--feed FILE`.
 * Notes that cannot be read or used are a warning; Parley carries on without them.
 */
import {existsSync} from 'node:fs';
import {basename} from 'node:path';
import {InputError} from '../core/errors.js';
import type {GivenNotes, NotesFormat} from '../core/mentions/notes.js';
import type {Transcript} from '../core/model.js';
import type {TranscriptSource} from './transcript.js';
import {besideTranscript, readSideFile, sideFileName} from './side-file.js';

const FORMATS: readonly NotesFormat[] = ['md', 'html', 'txt'];
/** Feeds hold every episode's notes: far larger than a notes file. */
const MAX_FEED_BYTES = 32 * 1024 * 1024;

type Found = {readonly notes?: GivenNotes; readonly warnings: readonly string[]};

/** A notes file beside a transcript file: `ep.notes.md`, `.html` or `.txt`, the first there. */
async function notesBeside(source: TranscriptSource): Promise<Found> {
	if (source.kind !== 'file') return {warnings: []};
	const format = FORMATS.find(each => existsSync(besideTranscript(source.path, `notes.${each}`)));
	if (format === undefined) return {warnings: []};
	const path = besideTranscript(source.path, `notes.${format}`);
	const name = sideFileName(path);
	const read = readSideFile(path, 'a notes file', text => text);
	if ('problem' in read) return {warnings: [`notes not used: ${name} ${read.problem}`]};
	// Loaded only when there are notes: reading an episode without them never pays for it.
	const {parseNotes} = await import('../core/mentions/notes.js');
	return {notes: {links: await parseNotes(read.value, format), name}, warnings: []};
}

/** The feed's item for this transcript, and the links in its notes. */
async function notesInFeed(path: string, source: TranscriptSource, transcript: Transcript): Promise<Found> {
	if (path.trim() === '') throw new InputError('--feed expects a FILE');
	if (!existsSync(path)) throw new InputError(`--feed: cannot open ${sideFileName(path)}: no such file`);
	const name = sideFileName(path);
	const read = readSideFile(path, 'a feed', text => text, MAX_FEED_BYTES);
	if ('problem' in read) return {warnings: [`feed not used: ${name} ${read.problem}`]};
	const [{chooseItem, parseFeed}, {parseNotes}] = await Promise.all([import('../core/mentions/feed.js'), import('../core/mentions/notes.js')]);
	try {
		const item = chooseItem(await parseFeed(read.value), source.kind === 'file' ? basename(source.path) : '', transcript.title);
		return {notes: {links: await parseNotes(item.notes, 'html'), name}, warnings: []};
	} catch (error) {
		if (error instanceof InputError) return {warnings: [`feed not used: ${name} ${error.message}`]};
		throw error;
	}
}

/** The show notes to use: the feed's item (`--feed FILE`), else a notes file beside the transcript. */
export function readGivenNotes(feed: string | undefined, source: TranscriptSource, transcript: Transcript): Promise<Found> {
	return feed === undefined ? notesBeside(source) : notesInFeed(feed, source, transcript);
}
