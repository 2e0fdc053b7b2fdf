/** The transcript as plain text, for a pipe or a file: one paragraph per line, no escape codes. */
import type {Transcript} from './model.js';
import {formatClock} from './time.js';

export function formatPlainText(transcript: Transcript): string {
	const blocks: string[] = [];
	if (transcript.title) blocks.push(transcript.title);
	for (const turn of transcript.turns) {
		const name = turn.speaker === undefined ? '' : ` ${transcript.speakers[turn.speaker]!.name}:`;
		const paragraphs = turn.paragraphs.map((paragraph, index) =>
			paragraph.stamped && index > 0 ? `[${formatClock(paragraph.start)}] ${paragraph.text}` : paragraph.text,
		);
		blocks.push(`[${formatClock(turn.start)}]${name}\n${paragraphs.join('\n')}`);
	}

	return blocks.join('\n\n') + '\n';
}
