/** `parley index DIR`: build the index of a folder of transcripts, or bring it up to date. */
import {InputError} from '../core/errors.js';
import {refreshIndex, type Refreshed} from '../library/indexer.js';
import type {EpisodeRow} from '../library/index-db.js';
import {openLibrary, type Library} from '../library/library.js';
import {plural} from '../core/formats/warnings.js';
import {formatLength} from '../core/time.js';
import {sanitizeLine} from '../core/sanitize.js';
import {warn} from './output.js';
import {progressOutput} from './progress-output.js';
import type {CommandContext} from './command.js';

/**
 * The library of the one folder given, its index up to date (progress on standard error while it
 * is brought there), and the files that are not transcripts named on standard error.
 */
export async function refreshedLibrary(folder: string): Promise<{library: Library; refreshed: Refreshed}> {
	const library = openLibrary(folder);
	if (library.rebuilt) warn([`the index of '${folder}' is made afresh: ${library.rebuilt}`]);
	const progress = progressOutput();
	let refreshed: Refreshed;
	try {
		refreshed = await refreshIndex(library.folder, library.index, progress.update);
	} finally {
		progress.end();
	}

	warnUnread(refreshed.rows);
	return {library, refreshed};
}

/** Files that are not transcripts named on standard error; the rest are counted. */
const UNREAD_NAMED = 5;

/** `'archive': 1018 episodes (1018 read now, 0 gone; 3 files are not transcripts) in 41 s`. */
function summary(folder: string, {episodes, read, removed, skipped, elapsedMs}: Refreshed): string {
	const seconds = elapsedMs / 1000;
	const took = seconds < 10 ? `${seconds.toFixed(1)} s` : formatLength(seconds);
	const unread = skipped > 0 ? `; ${plural(skipped, 'file')} not transcripts` : '';
	return `indexed '${sanitizeLine(folder)}': ${plural(episodes - skipped, 'episode')} (${read} read now, ${removed} gone${unread}) in ${took}\n`;
}

/** The files of the library that are not transcripts, on standard error: the first few, with why. */
function warnUnread(episodes: readonly EpisodeRow[]) {
	const unread = episodes.filter(episode => episode.problem !== undefined);
	warn(unread.slice(0, UNREAD_NAMED).map(episode => `skipped, not a transcript: '${sanitizeLine(episode.path)}' ${sanitizeLine(episode.problem!)}`));
	if (unread.length > UNREAD_NAMED)
		warn([`skipped ${unread.length - UNREAD_NAMED} more files that are not transcripts (the library lists them all: parley DIR, then x)`]);
}

export async function run({input}: CommandContext) {
	if (input.length !== 1) throw new InputError(`index takes one folder, got ${input.length} (see parley help index)`);
	const [folder] = input as [string];
	const {library, refreshed} = await refreshedLibrary(folder);
	process.stdout.write(summary(folder, refreshed));
	library.index.close();
}
