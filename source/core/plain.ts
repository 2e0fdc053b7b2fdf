/** The transcript as plain text, for a pipe or a file: one paragraph per line, no escape codes. */
import type {Transcript} from './model.js';
import {formatClock} from './time.js';

/** From paragraph `from` on (that paragraph's turn starts there, with its speaker named). */
export function formatPlainText(transcript: Transcript, from = 0): string {
	const blocks: string[] = [];
	if (transcript.title) blocks.push(transcript.title);
	for (const turn of transcript.turns) {
		const shown = turn.paragraphs.filter(paragraph => paragraph.id >= from);
		if (shown.length === 0) continue;
		const name = turn.speaker === undefined ? '' : ` ${transcript.speakers[turn.speaker]!.name}:`;
		const paragraphs = shown.map((paragraph, index) =>
			paragraph.stamped && index > 0 ? `[${formatClock(paragraph.start)}] ${paragraph.text}` : paragraph.text,
		);
		blocks.push(`[${formatClock(shown[0]!.start)}]${name}\n${paragraphs.join('\n')}`);
	}

	return blocks.join('\n\n') + '\n';
}
