/* Podcasting 2.0 JSON: a segment per paragraph. */
import type {Transcript} from '../model.js';
import {speakerName} from './spans.js';

const roundMillis = (seconds: number) => Math.round(seconds * 1000) / 1000;

export function toPodcastJson(transcript: Transcript): string {
	const segments = transcript.paragraphs.map(paragraph => ({
		...(speakerName(transcript, paragraph) === undefined ? {} : {speaker: speakerName(transcript, paragraph)}),
		startTime: roundMillis(paragraph.start),
		endTime: roundMillis(paragraph.end),
		body: paragraph.text,
	}));
	return JSON.stringify({version: '1.0.0', segments}, undefined, 2) + '\n';
}
