/*
 * Plain text, for a pipe and for `--to txt`. Timed: the bundled episode's own format (a title
 * line, `Name:<TAB>HH:MM:SS` opening each turn, a bare stamp before each later stamped paragraph).
 * Untimed: `Name: text`. Both read back as written (though without times, a transcript needs two
 * speakers to be told from prose).
 */
import {prefixStyle, startsLikeSpeaker} from '../formats/cues.js';
import {isStampLine} from '../formats/stamped-text.js';
import type {Paragraph, Transcript} from '../model.js';
import {formatStamp} from '../time.js';
import {speakerName} from './spans.js';

function timedBlock(transcript: Transcript, paragraph: Paragraph, opensTurn: boolean): string {
	const name = speakerName(transcript, paragraph);
	const stamp = formatStamp(paragraph.start);
	if (opensTurn) return `${name === undefined ? '' : `${name}:\t`}${stamp}\n${paragraph.text}`;
	return paragraph.stamped ? `${stamp}\n${paragraph.text}` : paragraph.text;
}

/** `Name: text` where a turn opens (or where the text itself starts like a name). */
function untimedBlocks(transcript: Transcript, paragraphs: readonly Paragraph[], opens: readonly boolean[]): string[] {
	const names = paragraphs.map((paragraph, index) => {
		const name = speakerName(transcript, paragraph);
		return name !== undefined && (opens[index] || startsLikeSpeaker(paragraph.text)) ? name : undefined;
	});
	const prefix = prefixStyle(names.filter(name => name !== undefined));
	return paragraphs.map((paragraph, index) => (names[index] === undefined ? paragraph.text : prefix(names[index]) + paragraph.text));
}

/** From paragraph `from` on (its turn is opened there, with its speaker named). */
export function toText(transcript: Transcript, from = 0): string {
	const paragraphs = transcript.paragraphs.slice(from);
	const opens = paragraphs.map(paragraph => paragraph.id === from || transcript.turns[paragraph.turn]!.paragraphs[0] === paragraph);
	const blocks = transcript.timed
		? paragraphs.map((paragraph, index) => timedBlock(transcript, paragraph, opens[index]!))
		: untimedBlocks(transcript, paragraphs, opens);
	return `${[...titleLine(transcript), ...blocks].join('\n\n')}\n`;
}

/**
 * The first line is the title unless it reads as a stamp: a title that does (`Keynote (45:00)`)
 * is left out. Without times, a first paragraph would read as the title: a title is always written.
 */
function titleLine(transcript: Transcript): string[] {
	if (!transcript.timed) return [transcript.title || 'Transcript'];
	return transcript.title && !isStampLine(transcript.title) ? [transcript.title] : [];
}
