/* `parley export --to FORMAT`: the transcript written in each format Parley also reads. */
import {InputError} from '../errors.js';
import type {Transcript} from '../model.js';
import {toSrt, toVtt} from './captions.js';
import {toPodcastJson} from './json.js';
import {toMarkdown} from './markdown.js';
import {toText} from './text.js';

const WRITERS = {json: toPodcastJson, vtt: toVtt, srt: toSrt, md: toMarkdown, txt: toText} satisfies Record<string, (transcript: Transcript) => string>;

export type ExportFormat = keyof typeof WRITERS;

export const EXPORT_FORMATS = Object.keys(WRITERS) as ExportFormat[];

/** Formats that need times: a transcript without them cannot be written as captions. */
const TIMED_ONLY = new Set<ExportFormat>(['json', 'vtt', 'srt']);

export function isExportFormat(name: string): name is ExportFormat {
	return Object.hasOwn(WRITERS, name);
}

export function exportTranscript(transcript: Transcript, format: ExportFormat): string {
	if (!transcript.timed && TIMED_ONLY.has(format)) {
		throw new InputError(`has no times, so it cannot be written as ${format}; --to md or --to txt keep it without times`);
	}

	return WRITERS[format](transcript);
}
