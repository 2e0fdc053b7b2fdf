/*
 * WebVTT (speakers as `<v>` tags) and SRT (indexes, `Name:` when the speaker changes, or when the
 * text itself starts like a name: `Ann: Q: what…` rather than `Q: what…`, which reads as Q speaking).
 */
import {prefixStyle, startsLikeSpeaker} from '../formats/cues.js';
import {formatCueTime} from '../time.js';
import type {Transcript} from '../model.js';
import {transcriptSpans} from './spans.js';

function escapeCueText(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function toVtt(transcript: Transcript): string {
	const header = transcript.title ? `WEBVTT - ${transcript.title}` : 'WEBVTT';
	const cues = transcriptSpans(transcript).map(span => {
		const voice = span.speaker === undefined ? '' : `<v ${escapeCueText(span.speaker)}>`;
		return `${formatCueTime(span.start)} --> ${formatCueTime(span.end)}\n${voice}${escapeCueText(span.text)}`;
	});
	return `${[header, ...cues].join('\n\n')}\n`;
}

export function toSrt(transcript: Transcript): string {
	const spans = transcriptSpans(transcript);
	const names = spans.map(span => (span.speaker !== undefined && (span.newSpeaker || startsLikeSpeaker(span.text)) ? span.speaker : undefined));
	const prefix = prefixStyle(names.filter(name => name !== undefined));
	const cues = spans.map((span, index) => {
		const name = names[index] === undefined ? '' : prefix(names[index]);
		const timing = `${formatCueTime(span.start, ',')} --> ${formatCueTime(span.end, ',')}`;
		return `${index + 1}\n${timing}\n${name}${escapeCueText(span.text)}`;
	});
	return `${cues.join('\n\n')}\n`;
}
