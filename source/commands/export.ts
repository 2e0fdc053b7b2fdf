/** `parley export [FILE] --to FORMAT`: the whole transcript on standard output. */
import {exportTranscript, type ExportFormat} from '../core/export/index.js';
import {about, loadEpisode} from '../inputs/episode.js';
import {print} from './output.js';
import type {CommandContext} from './command.js';

export async function run({input, flags, bundledEpisode}: CommandContext) {
	const {source, transcript} = await loadEpisode(input, bundledEpisode, flags);
	// The registry has checked that --to is one of the formats.
	const output = about(source, () => exportTranscript(transcript, flags.to as ExportFormat));
	print(output, transcript.warnings);
}
