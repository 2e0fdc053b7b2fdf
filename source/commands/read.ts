/** `parley [FILE]`: read a transcript full-screen on a terminal; printed as plain text to a pipe or a file. */
import {InputError} from '../core/errors.js';
import {toText} from '../core/export/text.js';
import {paragraphAt, type Transcript} from '../core/model.js';
import {namesTime, parsePlaceQuery, PLACE_EXAMPLES, START_TIME_EXAMPLES} from '../core/time-query.js';
import {loadEpisode} from '../inputs/episode.js';
import {withTitle} from '../inputs/transcript.js';
import {isFolder} from '../inputs/folder.js';
import {detectColorDepth} from '../ui/theme.js';
import {fail, print} from './output.js';
import type {CommandContext} from './command.js';

function startTime(at: string | undefined, transcript: Transcript): number | undefined {
	if (at === undefined) return undefined;
	if (!transcript.timed && namesTime(at))
		throw new InputError(`--at needs times, and '${transcript.title}' has none (a share of it, like 50%, or a paragraph, like ¶12, works)`);
	const result = parsePlaceQuery(at, 0, transcript, transcript.timed ? START_TIME_EXAMPLES : PLACE_EXAMPLES);
	if ('error' in result) throw new InputError(`--at: ${result.error}`);
	return result.seconds;
}

export async function run({input, flags, bundledEpisode}: CommandContext) {
	if (input.length === 1 && isFolder(input[0]!)) {
		const {readLibrary} = await import('./library.js');
		return readLibrary(input[0]!, flags);
	}

	const terminal = process.stdout.isTTY === true;
	// The references file matters only to the reader's sidebar, not to text printed to a pipe.
	const episode = await loadEpisode(input, bundledEpisode, flags, {chapters: true, refs: terminal});
	const {source, transcript} = episode;
	// Printed, it is what `export --to txt` writes; on screen (and in messages) a transcript without a title of its own is called by its file's name.
	const titled = withTitle(transcript, source);
	const at = startTime(flags.at, titled);
	if (!terminal) {
		const from = at === undefined ? undefined : paragraphAt(transcript, at);
		print(toText(transcript, from?.id), transcript.warnings);
		return;
	}

	// Loaded only for a terminal; it draws the first screen, then loads Ink and React.
	const {readingOf, startReading} = await import('../ui/start-reading.js');
	const reading = readingOf(episode, {at, audio: flags.audio, colorDepth: detectColorDepth(process.env, true)});
	await startReading(reading, {mouse: flags.mouse !== false}, error => fail(`unexpected error: ${error.message}`, 1));
	process.exit(0);
}
