import type {Paragraph, Transcript} from '../model.js';

/** A stretch of a paragraph with its own time: a caption cue in the source, or the whole paragraph. */
export type Span = {
	readonly speaker: string | undefined;
	/** Whether the speaker differs from the span before. */
	readonly newSpeaker: boolean;
	readonly start: number;
	readonly end: number;
	readonly text: string;
};

function paragraphSpans(paragraph: Paragraph): {start: number; end: number; text: string}[] {
	const cuts = [{offset: 0, start: paragraph.start}, ...paragraph.marks];
	return cuts.map((cut, index) => {
		const next = cuts[index + 1];
		return {start: cut.start, end: next?.start ?? paragraph.end, text: paragraph.text.slice(cut.offset, next?.offset).trim()};
	});
}

export function speakerName(transcript: Transcript, paragraph: Paragraph): string | undefined {
	const speaker = transcript.turns[paragraph.turn]!.speaker;
	return speaker === undefined ? undefined : transcript.speakers[speaker]!.name;
}

/** Every timed stretch of the transcript, in order, with its speaker. */
export function transcriptSpans(transcript: Transcript): Span[] {
	let previous: string | undefined;
	return transcript.paragraphs.flatMap((paragraph, index) => {
		const speaker = speakerName(transcript, paragraph);
		const newSpeaker = index === 0 || speaker !== previous;
		previous = speaker;
		return paragraphSpans(paragraph).map((span, spanIndex) => ({...span, speaker, newSpeaker: newSpeaker && spanIndex === 0}));
	});
}
