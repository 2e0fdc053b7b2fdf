/** The episode's audio: `--audio FILE`, or a file beside the transcript with its name (`ep.mp3` for `ep.vtt`). */
import {statSync} from 'node:fs';
import {basename} from 'node:path';
import {InputError} from '../core/errors.js';
import {sanitizeLine} from '../core/sanitize.js';
import {fsReason, type TranscriptSource} from './transcript.js';
import {besideTranscript} from './side-file.js';

/** What podcasts and recordings come as, most common first: the first found beside the transcript is played. */
export const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'm4b', 'aac', 'ogg', 'oga', 'opus', 'flac', 'wav', 'webm', 'mka', 'mp4'] as const;

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/** The audio to play with the transcript, if any; an `--audio` file that is not there is an error. */
export function findAudio(given: string | undefined, source: TranscriptSource): string | undefined {
	if (given !== undefined) {
		try {
			if (statSync(given).isFile()) return given;
			throw new InputError(`cannot play '${sanitizeLine(given)}': not a file`);
		} catch (error) {
			if (error instanceof InputError) throw error;
			throw new InputError(`cannot play '${sanitizeLine(given)}': ${fsReason(error)}`);
		}
	}

	if (source.kind !== 'file') return undefined;
	return AUDIO_EXTENSIONS.map(extension => besideTranscript(source.path, extension)).find(path => isFile(path));
}

/** The name audio beside the transcript would have (`ep.mp3` for `ep.vtt`), for saying how to add it; none for standard input. */
export function audioBesideName(source: TranscriptSource): string | undefined {
	return source.kind === 'file' ? sanitizeLine(basename(besideTranscript(source.path, AUDIO_EXTENSIONS[0]))) : undefined;
}
