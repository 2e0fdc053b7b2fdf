/** The references file beside a transcript (`ep.refs.json` for `ep.txt`): corrections to the works Parley finds. */
import {existsSync} from 'node:fs';
import {parseRefsSidecar} from '../core/mentions/sidecar.js';
import type {GivenRefs} from '../core/work-groups.js';
import type {TranscriptSource} from './transcript.js';
import {besideTranscript, readSideFile, sideFileName} from './side-file.js';

/** For `ep.txt`: `ep.refs.json`. */
function refsPath(transcriptPath: string): string {
	return besideTranscript(transcriptPath, 'refs.json');
}

/**
 * The references file beside a transcript file, when there is one; one that cannot be read or
 * used is a warning, and Parley carries on without it.
 */
export function readGivenRefs(source: TranscriptSource): {readonly given?: GivenRefs; readonly warnings: readonly string[]} {
	if (source.kind !== 'file' || !existsSync(refsPath(source.path))) return {warnings: []};
	const path = refsPath(source.path);
	const name = sideFileName(path);
	const read = readSideFile(path, 'a references file', parseRefsSidecar);
	return 'problem' in read ? {warnings: [`refs not used: ${name} ${read.problem}`]} : {given: {entries: read.value, name}, warnings: []};
}
