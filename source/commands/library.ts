/**
 * `parley DIR`: the library of a folder on a terminal; to a pipe, its episodes as lines of text
 * (date, length, title, file), once the index is up to date.
 */
import {InputError} from '../core/errors.js';
import {sanitizeLine} from '../core/sanitize.js';
import {formatLength} from '../core/time.js';
import {openLibrary} from '../library/library.js';
import {detectColorDepth} from '../ui/theme.js';
import {refreshedLibrary} from './index.js';
import type {Flags} from './options.js';
import {fail, print} from './output.js';

/** Options that go with one transcript: a folder takes none. */
const ONE_TRANSCRIPT = ['at', 'audio', 'chapters', 'from', 'feed'] as const;

async function printLibrary(folder: string) {
	const {library, refreshed} = await refreshedLibrary(folder);
	const lines = refreshed.rows
		.filter(episode => episode.problem === undefined)
		.map(episode =>
			[episode.date, episode.timed ? formatLength(episode.duration) : `${episode.words} words`, episode.title, episode.path]
				.map(field => sanitizeLine(field))
				.join('\t'),
		);
	library.index.close();
	print(lines.map(line => `${line}\n`).join(''));
}

export async function readLibrary(folder: string, flags: Flags) {
	const given = ONE_TRANSCRIPT.find(option => flags[option] !== undefined);
	if (given) throw new InputError(`--${given} goes with one transcript, not a folder`);
	if (!process.stdout.isTTY) return printLibrary(folder);
	const library = openLibrary(folder);
	const name = sanitizeLine(folder.replace(/(?<=.)\/+$/, ''));
	const notice = library.rebuilt && `the index is made afresh: ${library.rebuilt}`;
	const {startLibrary} = await import('../ui/library/start-library.js');
	await startLibrary(library, name, detectColorDepth(process.env, true), notice, {mouse: flags.mouse !== false}, error =>
		fail(`unexpected error: ${error.message}`, 1),
	);
	process.exit(0);
}
