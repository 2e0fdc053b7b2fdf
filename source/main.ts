/** The command line: flags, subcommands, and reading a transcript on a terminal or printing it to a pipe. */
import meow from 'meow';
import {contentKey} from './core/bookmarks.js';
import {InputError} from './core/errors.js';
import {exportTranscript, EXPORT_FORMATS, isExportFormat} from './core/export/index.js';
import {toText} from './core/export/text.js';
import {FROM_NAMES} from './core/formats/index.js';
import {paragraphAt, type Transcript} from './core/model.js';
import {sanitizeLine} from './core/sanitize.js';
import {parseTimeQuery, START_TIME_EXAMPLES} from './core/time-query.js';
import {bookmarksOutput, BOOKMARKS_FORMATS, isBookmarksFormat} from './bookmarks-command.js';
import {readGivenChapters} from './chapters-input.js';
import {chaptersOutput, CHAPTERS_FORMATS, isChaptersFormat} from './chapters-command.js';
import type {GivenChapters} from './core/chapters/index.js';
import {referencesFor, type GivenRefs} from './core/work-groups.js';
import {loadTranscript, nameOf, stdinHasData, withTitle, type TranscriptSource} from './input.js';
import {readGivenRefs} from './refs-input.js';
import {findAudio} from './audio-input.js';
import {openKeep} from './keep-input.js';
import {isRefsFormat, refsOutput, REFS_FORMATS} from './refs-command.js';
import {runSearch} from './search-command.js';
import {openEpisodeStore, stateDirectory} from './state/store.js';
import {detectColorDepth} from './ui/theme.js';

/** The episode read when no FILE is given: set by the launcher, which knows where the package is. */
let bundledEpisode = '';

const cli = readArguments(() =>
	meow(
	`
  Usage
    $ parley [FILE]      read a transcript (no FILE: the bundled episode)
    $ parley -           read the transcript from standard input
    $ parley FILE | less print it as plain text when output is not a terminal
    $ parley search QUERY [FILE|DIR]
                         the best matches for a half-remembered quote, in a
                         transcript or in every transcript in a folder;
                         exit status 1 when nothing matches
    $ parley export [FILE] --to FORMAT
                         write the transcript in another format
    $ parley chapters [FILE] [--json] [--to json|txt|vtt]
                         list the chapters, or write them as a chapters file
                         (Podcasting 2.0 JSON, YouTube-style text, WebVTT)
    $ parley refs [FILE] [--json] [--to md]
                         the books, papers and other works mentioned, with
                         the times they come up, or a reading list in Markdown
    $ parley bookmarks [FILE] [--json] [--to md|json]
                         your bookmarks (m while reading) and their notes,
                         kept in ~/.local/state/parley ($XDG_STATE_HOME)

  Formats (detected from the content): WebVTT, SRT, Podcasting 2.0 JSON and
  HTML, Whisper JSON and TSV, Markdown, Otter, Rev, Zoom and YouTube text,
  timed lines, plain text

  Chapters come from --chapters FILE, or a file beside the transcript (for
  ep.txt: ep.chapters.json, .txt or .vtt), or the transcript's headings;
  otherwise Parley finds where the topics change. Works mentioned can be
  corrected in a file beside the transcript (for ep.txt: ep.refs.json).
  Bookmarks, and where you stopped reading, are kept per transcript in
  $XDG_STATE_HOME/parley (else ~/.local/state/parley).

  Options
    --at TIME       open at this time: 35:00, 1:05:10, 35m, 90 (seconds), 50%
    --audio FILE    the episode's audio, played with mpv in step with the text
                    (default: a file beside the transcript, ep.mp3 for ep.vtt)
    --chapters FILE chapters to use (Podcasting 2.0 JSON, 0:00 Title lines, WebVTT)
    --from FORMAT   read the input as this format, not the one detected:
                    ${FROM_NAMES.slice(0, 6).join(', ')},
                    ${FROM_NAMES.slice(6).join(', ')}
    --to FORMAT     export: ${EXPORT_FORMATS.join(', ')}; chapters: ${CHAPTERS_FORMATS.join(', ')};
                    refs: ${REFS_FORMATS.join(', ')}; bookmarks: ${BOOKMARKS_FORMATS.join(', ')}
    --json          search, chapters, refs, bookmarks: print JSON
    --limit N       search: print at most N matches (default 10)
    --help          show this help
    --version       show the version

  Keys: j/k scroll, space/b page, {/} speaker turn, [/] chapter, c chapters,
        : go to a time, / search, s works sidebar (Tab to it and back),
        g/G start/end, p play/pause, < > speed, ← → seek, . follow,
        y copy a quote, m bookmark, ' bookmarks, q quit, ? all keys

  Exit status: 0 ok, 2 bad usage or unreadable input, 1 unexpected failure
`,
	{
		importMeta: import.meta,
		allowUnknownFlags: true,
		flags: {at: {type: 'string'}, audio: {type: 'string'}, from: {type: 'string'}, to: {type: 'string'}, json: {type: 'boolean'}, limit: {type: 'string'}, chapters: {type: 'string'}},
	},
	),
);

const KNOWN_OPTION = /^--(?:at|audio|from|to|json|limit|chapters|help|version)(?:=|$)/;
const DEFAULT_SEARCH_LIMIT = 10;

/** meow throws on a flag given twice: that is bad usage, said in one line. */
function readArguments<T>(read: () => T): T {
	try {
		return read();
	} catch (error) {
		const twice = /^The flag (--\S+) can only be set once\.$/.exec((error as Error).message);
		fail(twice ? `${twice[1]} given twice (see --help)` : (error as Error).message, 2);
	}
}

function fail(message: string, status: number): never {
	process.stderr.write(`parley: ${sanitizeLine(message)}\n`);
	process.exit(status);
}

function chooseSource(input: readonly string[]): TranscriptSource {
	if (input.length > 1) throw new InputError(`expected one transcript, got ${input.length} (see --help)`);
	const [path] = input;
	if (path === '-' && process.stdin.isTTY) throw new InputError("'-' reads a transcript from standard input, which is a terminal; pipe one in or name a FILE");
	if (path === '-') return {kind: 'stdin'};
	if (path !== undefined) return {kind: 'file', path};
	return stdinHasData() ? {kind: 'stdin', fallback: bundledEpisode} : {kind: 'file', path: bundledEpisode};
}

function startTime(at: string | undefined, transcript: Transcript): number | undefined {
	if (at === undefined) return undefined;
	if (!transcript.timed && !at.trim().endsWith('%')) throw new InputError(`--at needs times, and '${transcript.title}' has none (a share of it, like 50%, works)`);
	const result = parseTimeQuery(at, 0, transcript.duration, START_TIME_EXAMPLES);
	if ('error' in result) throw new InputError(`--at: ${result.error}`);
	return result.seconds;
}

/** A reader that stops reading (`| head`) is not an error; a full disk is, in one line. */
function guardStdout() {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		fail(`cannot write output: ${error.code === 'ENOSPC' ? 'no space left on device' : error.message}`, 1);
	});
}

function warn(transcript: Transcript) {
	for (const warning of transcript.warnings) process.stderr.write(`parley: warning: ${warning}\n`);
}

/** Plain text for a pipe or a file, from the paragraph spoken at `at`. */
function printPlain(transcript: Transcript, at: number | undefined) {
	warn(transcript);
	guardStdout();
	const from = at === undefined ? undefined : paragraphAt(transcript, at);
	process.stdout.write(toText(transcript, from?.id));
}

/** `parley export [FILE] --to FORMAT`: the whole transcript on standard output. */
async function exportCommand(input: readonly string[]) {
	const to = cli.flags.to;
	if (to === undefined || !isExportFormat(to)) throw new InputError(`export needs --to ${EXPORT_FORMATS.join('|')}${to === undefined ? '' : `; got '${to}'`}`);
	const source = chooseSource(input);
	const transcript = await loadTranscript(source, cli.flags.from);
	let output: string;
	try {
		output = exportTranscript(transcript, to);
	} catch (error) {
		throw error instanceof InputError ? new InputError(`'${nameOf(source)}' ${error.message}`) : error;
	}

	warn(transcript);
	guardStdout();
	process.stdout.write(output);
}

function searchLimit(limit: string | undefined): number {
	if (limit === undefined) return DEFAULT_SEARCH_LIMIT;
	if (!/^[1-9]\d*$/.test(limit)) throw new InputError(`--limit expects a whole number from 1; got '${limit}'`);
	return Number(limit);
}

/** Resolves with the exit status: 0 when something matched, 1 when nothing did. */
async function search(input: readonly string[]): Promise<number> {
	const [query, ...paths] = input;
	if (query === undefined || query.trim() === '') throw new InputError('search needs a QUERY: parley search "half-remembered quote" [FILE|DIR]');
	const limit = searchLimit(cli.flags.limit);
	guardStdout();
	const bold = process.stdout.isTTY && detectColorDepth(process.env, true) > 0;
	return runSearch({query, source: chooseSource(paths), limit, json: cli.flags.json === true, bold, from: cli.flags.from});
}

type Episode = {
	readonly source: TranscriptSource;
	readonly transcript: Transcript;
	readonly given?: GivenChapters;
	/** Why a chapters file named with --chapters is not used. */
	readonly unused?: string;
	readonly refs?: GivenRefs;
};

/**
 * The transcript to read, with the files beside it that are wanted (chapters, references); one
 * that cannot be used is a warning.
 */
async function loadEpisode(input: readonly string[], wanted: {readonly chapters: boolean; readonly refs: boolean}): Promise<Episode> {
	const source = chooseSource(input);
	const loaded = withTitle(await loadTranscript(source, cli.flags.from), source);
	const chapters = wanted.chapters ? readGivenChapters(cli.flags.chapters, source, loaded) : {warnings: []};
	const refs = wanted.refs ? readGivenRefs(source) : {warnings: []};
	const warnings = [...chapters.warnings, ...refs.warnings];
	const transcript = warnings.length > 0 ? {...loaded, warnings: [...loaded.warnings, ...warnings]} : loaded;
	return {source, transcript, ...chapters, refs: refs.given};
}

/** `parley chapters [FILE]`. */
async function chaptersCommand(input: readonly string[]) {
	const {to} = cli.flags;
	if (to !== undefined && !isChaptersFormat(to)) throw new InputError(`chapters --to expects ${CHAPTERS_FORMATS.join('|')}; got '${to}'`);
	if (to !== undefined && cli.flags.json === true) throw new InputError('chapters takes --json or --to, not both (--to json writes Podcasting 2.0 JSON)');
	const {source, transcript, given, unused} = await loadEpisode(input, {chapters: true, refs: false});
	// Chapters written from a file the user named must be that file's, not ones found instead.
	if (cli.flags.chapters !== undefined && unused !== undefined) throw new InputError(unused);
	let output: string;
	try {
		output = chaptersOutput(transcript, given, {json: cli.flags.json === true, to});
	} catch (error) {
		throw error instanceof InputError ? new InputError(`'${nameOf(source)}' ${error.message}`) : error;
	}

	warn(transcript);
	guardStdout();
	process.stdout.write(output);
}

/** `parley refs [FILE]`. */
async function refsCommand(input: readonly string[]) {
	const {to} = cli.flags;
	if (to !== undefined && !isRefsFormat(to)) throw new InputError(`refs --to expects ${REFS_FORMATS.join('|')}; got '${to}'`);
	if (to !== undefined && cli.flags.json === true) throw new InputError('refs takes --json or --to, not both');
	const {transcript, refs} = await loadEpisode(input, {chapters: false, refs: true});
	const references = referencesFor(transcript, refs);
	warn({...transcript, warnings: [...transcript.warnings, ...references.warnings]});
	guardStdout();
	process.stdout.write(refsOutput(transcript, references, {json: cli.flags.json === true, to}));
}

/** `parley bookmarks [FILE]`: those saved for the transcript's content, whatever its file is called. */
async function bookmarksCommand(input: readonly string[]) {
	const {to} = cli.flags;
	if (to !== undefined && !isBookmarksFormat(to)) throw new InputError(`bookmarks --to expects ${BOOKMARKS_FORMATS.join('|')}; got '${to}'`);
	if (to !== undefined && cli.flags.json === true) throw new InputError('bookmarks takes --json or --to, not both');
	const {transcript} = await loadEpisode(input, {chapters: false, refs: false});
	const {state, warnings} = openEpisodeStore(stateDirectory(), contentKey(transcript), transcript.title).read();
	warn({...transcript, warnings: [...transcript.warnings, ...warnings]});
	guardStdout();
	process.stdout.write(bookmarksOutput(transcript, state.bookmarks, {json: cli.flags.json === true, to}));
}

/** Options that go with some commands only. */
function rejectMisplacedOptions(command: string | undefined) {
	const {flags} = cli;
	const misplaced: Array<[boolean, string]> = [
		[flags.limit !== undefined && command !== 'search', '--limit goes with parley search'],
		[flags.json === true && command !== 'search' && command !== 'chapters' && command !== 'refs' && command !== 'bookmarks', '--json goes with parley search, chapters, refs or bookmarks'],
		[flags.to !== undefined && command !== 'export' && command !== 'chapters' && command !== 'refs' && command !== 'bookmarks', '--to goes with parley export, chapters, refs or bookmarks'],
		[flags.at !== undefined && command !== undefined, `--at goes with reading, not with ${command}`],
		[flags.audio !== undefined && command !== undefined, `--audio goes with reading, not with ${command}`],
		[flags.chapters !== undefined && command !== undefined && command !== 'chapters', `--chapters goes with reading or parley chapters, not with ${command}`],
	];
	const found = misplaced.find(([wrong]) => wrong);
	if (found) throw new InputError(`${found[1]} (see --help)`);
}

function rejectUnknownOptions(argv: readonly string[]) {
	const end = argv.indexOf('--');
	const unknown = (end === -1 ? argv : argv.slice(0, end)).find(arg => arg.startsWith('-') && arg !== '-' && !KNOWN_OPTION.test(arg));
	if (unknown) throw new InputError(`unknown option '${unknown}' (see --help)`);
	const {from} = cli.flags;
	if (from !== undefined && !FROM_NAMES.includes(from)) throw new InputError(`--from expects one of ${FROM_NAMES.join(', ')}; got '${from}'`);
}

const COMMANDS = ['search', 'export', 'chapters', 'refs', 'bookmarks'];

async function dispatch() {
	rejectUnknownOptions(process.argv.slice(2));
	const command = COMMANDS.find(name => name === cli.input[0]);
	rejectMisplacedOptions(command);
	if (command === 'search') {
		// Not process.exit: the output may still be draining into a pipe.
		process.exitCode = await search(cli.input.slice(1));
		return;
	}

	if (command === 'export') {
		await exportCommand(cli.input.slice(1));
		return;
	}

	if (command === 'chapters') {
		await chaptersCommand(cli.input.slice(1));
		return;
	}

	if (command === 'refs') {
		await refsCommand(cli.input.slice(1));
		return;
	}

	if (command === 'bookmarks') {
		await bookmarksCommand(cli.input.slice(1));
		return;
	}

	// The references file matters only to the reader's sidebar, not to text printed to a pipe.
	const {source, transcript, given, refs} = await loadEpisode(cli.input, {chapters: true, refs: process.stdout.isTTY === true});
	const at = startTime(cli.flags.at, transcript);
	if (!process.stdout.isTTY) {
		printPlain(transcript, at);
		return;
	}

	const reading = {transcript, at, given, refs, audio: findAudio(cli.flags.audio, source), keep: openKeep(transcript, at), colorDepth: detectColorDepth(process.env, true)};
	// Loaded only for a terminal; it draws the first screen, then loads Ink and React.
	const {startReading} = await import('./ui/start-reading.js');
	await startReading(reading, error => fail(`unexpected error: ${error.message}`, 1));
	process.exit(0);
}

/** Runs the command line; `episode` is the bundled episode's path. */
export async function main(episode: string) {
	bundledEpisode = episode;
	try {
		await dispatch();
	} catch (error) {
		if (error instanceof InputError) fail(error.message, 2);
		fail(`unexpected error: ${(error as Error).message}`, 1);
	}
}
