import type {Transcript} from '../../source/core/model.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Each turn as `speaker: words`, so transcripts merged into paragraphs differently still compare. */
export function turnsOf(transcript: Transcript): string[] {
	return transcript.turns.map(turn => {
		const name = turn.speaker === undefined ? '-' : transcript.speakers[turn.speaker]!.name;
		return `${name}: ${turn.paragraphs.map(paragraph => words(paragraph.text).join(' ')).join(' ')}`;
	});
}

/**
 * Where the time changes, as `word index@seconds`: paragraph starts, and with `marks` the times
 * inside paragraphs too. Equal lists mean the same words are said at the same moments.
 */
export function timesOf(transcript: Transcript, marks: boolean): string[] {
	const anchors: string[] = [];
	let wordIndex = 0;
	let last: number | undefined;
	const add = (start: number, index: number) => {
		if (start === last) return;
		anchors.push(`${index}@${start.toFixed(3)}`);
		last = start;
	};

	for (const paragraph of transcript.paragraphs) {
		add(paragraph.start, wordIndex);
		for (const mark of marks ? paragraph.marks : []) add(mark.start, wordIndex + words(paragraph.text.slice(0, mark.offset)).length);
		wordIndex += words(paragraph.text).length;
	}

	return anchors;
}
