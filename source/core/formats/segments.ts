/*
 * JSON transcripts are lists of segments: Podcasting 2.0 (`speaker, startTime, endTime, body`,
 * often one word each) and Whisper (`start, end, text`, WhisperX adds `speaker`). Both become cues.
 */
import {InputError} from '../errors.js';
import {buildTranscript, type Transcript} from '../model.js';
import {cleanText} from '../sanitize.js';
import {cuesToParagraphs, withPrefixedSpeakers, type Cue} from './cues.js';
import type {TranscriptFormat} from './format.js';
import {isRecord, readJson, secondsField, segmentsOf, tryJson} from './json.js';
import {firstFew, plural} from './warnings.js';

export type SegmentFields = {readonly start: string; readonly end: string; readonly text: string};

function stringField(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function readSegments(segments: readonly unknown[], fields: SegmentFields, warnings: string[]): Cue[] {
	const cues: Cue[] = [];
	const bad: number[] = [];
	for (const [index, segment] of segments.entries()) {
		const record = isRecord(segment) ? segment : {};
		const start = secondsField(record[fields.start]);
		const text = stringField(record[fields.text]);
		if (start === undefined || text === undefined) {
			bad.push(index + 1);
			continue;
		}

		const end = secondsField(record[fields.end]);
		const speaker = cleanText(stringField(record.speaker) ?? '') || undefined;
		cues.push({start, end: end !== undefined && end >= start ? end : undefined, speaker, text: cleanText(text)});
	}

	if (bad.length > 0)
		warnings.push(`${plural(bad.length, 'segment')} without a ${fields.start} in seconds or a ${fields.text} skipped (number ${firstFew(bad)})`);
	return cues;
}

function parseSegments(text: string, fields: SegmentFields): Transcript {
	const json = readJson(text);
	const segments = segmentsOf(json);
	if (!segments) throw new InputError('is JSON but has no "segments" list');
	const warnings: string[] = [];
	const paragraphs = cuesToParagraphs(withPrefixedSpeakers(readSegments(segments, fields, warnings)), warnings);
	if (paragraphs.length === 0) throw new InputError(`has no segments with text${warnings.length > 0 ? `: ${warnings[0]}` : ''}`);
	return buildTranscript(cleanText(stringField((json as Record<string, unknown>).title) ?? ''), paragraphs, {warnings});
}

/** Certain when the first segment has the fields; likely when it is JSON with segments at all. */
function detectSegments(text: string, fields: SegmentFields): number {
	const segments = segmentsOf(tryJson(text));
	if (segments === undefined) return /"segments"\s*:/.test(text.slice(0, 4000)) ? 0.5 : 0;
	const first = segments.find(isRecord);
	return first && fields.start in first && fields.text in first ? 1 : 0.5;
}

function segmentFormat(name: string, fields: SegmentFields): TranscriptFormat {
	return {name, detect: text => detectSegments(text, fields), parse: text => parseSegments(text, fields)};
}

export const podcastJson = segmentFormat('json', {start: 'startTime', end: 'endTime', text: 'body'});
export const whisperJson = segmentFormat('whisper-json', {start: 'start', end: 'end', text: 'text'});
