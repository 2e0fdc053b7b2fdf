/** The chapters file for a transcript: the one the user names, or one beside the transcript. */
import {existsSync} from 'node:fs';
import {checkChaptersFile, type GivenChapters} from '../core/chapters/index.js';
import {InputError} from '../core/errors.js';
import type {Transcript} from '../core/model.js';
import type {TranscriptSource} from './transcript.js';
import {besideTranscript, readSideFile, sideFileName} from './side-file.js';

const SIDECAR_EXTENSIONS = ['json', 'txt', 'vtt'];
/** A chapters file found, and what became of it: its chapters to use, or why it is not used. */
type Found = {readonly given?: GivenChapters; readonly warnings: readonly string[]; readonly unused?: string};

/** For `ep.txt`: `ep.chapters.json`, `ep.chapters.txt`, `ep.chapters.vtt`. */
export function sidecarPaths(transcriptPath: string): string[] {
	return SIDECAR_EXTENSIONS.map(extension => besideTranscript(transcriptPath, `chapters.${extension}`));
}

/** A chapters file that cannot be read or used is a warning: the transcript's own chapters are used. */
async function chaptersIn(path: string, transcript: Transcript): Promise<Found> {
	const name = sideFileName(path);
	const notUsed = (reason: string): Found => {
		const unused = `chapters not used: ${name} ${reason}`;
		return {warnings: [unused], unused};
	};

	// Loaded only for a chapters file: its parsers (and HTML's entities) are not every start's.
	const {parseChaptersFile} = await import('../core/chapters/files.js');
	const read = readSideFile(path, 'a chapters file', text => parseChaptersFile(text, path).entries);
	if ('problem' in read) return notUsed(read.problem);
	const {usable, problem} = checkChaptersFile(transcript, read.value);
	if (usable.length === 0) return notUsed(problem!);
	return problem ? {given: {entries: usable, note: problem}, warnings: [`chapters file ${name}: ${problem}`]} : {given: {entries: usable}, warnings: []};
}

/**
 * The chapters file to use: `--chapters FILE` (which must exist), else one beside a transcript
 * file, with warnings about it.
 */
export async function readGivenChapters(flag: string | undefined, source: TranscriptSource, transcript: Transcript): Promise<Found> {
	if (flag !== undefined) {
		if (flag.trim() === '') throw new InputError('--chapters expects a FILE');
		if (!existsSync(flag)) throw new InputError(`cannot open chapters file '${flag}': no such file`);
		return chaptersIn(flag, transcript);
	}

	// Beside the transcript: the first that can be used, with warnings about any before it.
	const warnings: string[] = [];
	const beside = source.kind === 'file' ? sidecarPaths(source.path).filter(candidate => existsSync(candidate)) : [];
	for (const path of beside) {
		const found = await chaptersIn(path, transcript);
		warnings.push(...found.warnings);
		if (found.given) return {given: found.given, warnings};
	}

	return {warnings};
}
