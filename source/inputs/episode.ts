/** The transcript a command works on, where it comes from, and the files beside it that are wanted. */
import type {GivenChapters} from '../core/chapters/index.js';
import {InputError} from '../core/errors.js';
import type {Transcript} from '../core/model.js';
import type {GivenRefs} from '../core/work-groups.js';
import {readGivenChapters} from './chapters.js';
import {readGivenNotes} from './notes.js';
import {readGivenRefs} from './refs.js';
import {loadTranscript, nameOf, stdinHasData, withTitle, type TranscriptSource} from './transcript.js';

/** FILE, `-` for standard input, or nothing: standard input when it is a pipe, else the bundled episode. */
export function chooseSource(input: readonly string[], bundledEpisode: string): TranscriptSource {
	if (input.length > 1) throw new InputError(`expected one transcript, got ${input.length} (see --help)`);
	const [path] = input;
	if (path === '-' && process.stdin.isTTY) throw new InputError("'-' reads a transcript from standard input, which is a terminal; pipe one in or name a FILE");
	if (path === '-') return {kind: 'stdin'};
	if (path !== undefined) return {kind: 'file', path};
	return stdinHasData() ? {kind: 'stdin', fallback: bundledEpisode} : {kind: 'file', path: bundledEpisode};
}

export type Episode = {
	readonly source: TranscriptSource;
	readonly transcript: Transcript;
	readonly given?: GivenChapters;
	/** Why a chapters file named with --chapters is not used. */
	readonly unused?: string;
	readonly refs?: GivenRefs | undefined;
};

/**
 * The transcript to read, with the files beside it that are wanted (chapters, references); one
 * that cannot be used is a warning, added to the transcript's.
 */
/** What a command wants besides the transcript: the files beside it, and a title to show (its own, else the file's name). */
type Wanted = {readonly chapters?: boolean; readonly refs?: boolean; readonly titled?: boolean};

/** How to read it: `from` a format, with `chapters` from a file, show notes from a `feed`. */
type Reading = {readonly from?: string | undefined; readonly chapters?: string | undefined; readonly feed?: string | undefined};

export async function loadEpisode(input: readonly string[], bundledEpisode: string, flags: Reading, wanted: Wanted = {}): Promise<Episode> {
	const source = chooseSource(input, bundledEpisode);
	const read = await loadTranscript(source, flags.from);
	const loaded = wanted.titled ? withTitle(read, source) : read;
	const chapters = wanted.chapters ? await readGivenChapters(flags.chapters, source, loaded) : {warnings: []};
	const refs = wanted.refs ? readGivenRefs(source) : {warnings: []};
	const notes = wanted.refs ? await readGivenNotes(flags.feed, source, loaded) : {warnings: []};
	const warnings = [...chapters.warnings, ...refs.warnings, ...notes.warnings];
	const transcript = warnings.length > 0 ? {...loaded, warnings: [...loaded.warnings, ...warnings]} : loaded;
	const given = notes.notes ? {entries: refs.given?.entries ?? [], name: refs.given?.name ?? '', notes: notes.notes} : refs.given;
	return {source, transcript, ...chapters, refs: given};
}

/** What `make` says is wrong with an input, named by where the input came from: `'ep.txt' has no times, …`. */
export function about<T>(source: TranscriptSource, make: () => T): T {
	try {
		return make();
	} catch (error) {
		throw error instanceof InputError ? new InputError(`'${nameOf(source)}' ${error.message}`) : error;
	}
}
