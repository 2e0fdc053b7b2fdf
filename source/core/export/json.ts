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
	// `title` is not in the Podcasting 2.0 schema; readers ignore it, and Parley reads it back.
	return `${JSON.stringify({version: '1.0.0', ...(transcript.title ? {title: transcript.title} : {}), segments}, undefined, 2)}\n`;
}
