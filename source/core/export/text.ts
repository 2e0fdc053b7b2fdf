/*
 * Plain text, for a pipe and for `--to txt`. Timed: the bundled episode's own format (a title
 * line, `Name:<TAB>HH:MM:SS` opening each turn, a bare stamp before each later stamped paragraph).
 * Untimed: `Name: text`. Both read back as they were written.
 */
import type {Paragraph, Transcript} from '../model.js';
import {startsLikeSpeaker} from '../formats/cues.js';
import {formatStamp} from '../time.js';
import {speakerName} from './spans.js';

function timedBlock(transcript: Transcript, paragraph: Paragraph, opensTurn: boolean): string {
	const name = speakerName(transcript, paragraph);
	const stamp = formatStamp(paragraph.start);
	if (opensTurn) return `${name === undefined ? '' : `${name}:\t`}${stamp}\n${paragraph.text}`;
	return paragraph.stamped ? `${stamp}\n${paragraph.text}` : paragraph.text;
}

function untimedBlock(transcript: Transcript, paragraph: Paragraph, opensTurn: boolean): string {
	const name = speakerName(transcript, paragraph);
	const named = name !== undefined && (opensTurn || startsLikeSpeaker(paragraph.text));
	return named ? `${name}: ${paragraph.text}` : paragraph.text;
}

/** From paragraph `from` on (its turn is opened there, with its speaker named). */
export function toText(transcript: Transcript, from = 0): string {
	const block = transcript.timed ? timedBlock : untimedBlock;
	const blocks = transcript.title ? [transcript.title] : [];
	for (const paragraph of transcript.paragraphs.slice(from)) {
		const opensTurn = paragraph.id === from || transcript.turns[paragraph.turn]!.paragraphs[0] === paragraph;
		blocks.push(block(transcript, paragraph, opensTurn));
	}

	return blocks.join('\n\n') + '\n';
}
