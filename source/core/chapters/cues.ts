/*
 * Where a chapter is likelier to start than the words alone say. Published chapters start where
 * someone turns the conversation ("Let me ask you about …", "Let's talk about …"), and, in a
 * transcript that names its speakers, where a turn asking a question at length begins: a host
 * opening a topic, not following one up. Each cue is worth a number of nats of the segmenter's
 * word cost (segment.ts), so it decides between boundaries the words hold about as likely.
 */
import type {Paragraph, Transcript} from '../model.js';
import {TOPIC_TURNS} from './words.js';

/** What a cue is worth, in nats of word cost (tuned on the development set, test/bench/chapters-devset.ts). */
const TOPIC_TURN_NATS = 20;
const QUESTION_NATS = 5;
/** A turn asking a question in this many words or more opens a topic; a shorter one follows one up. */
const QUESTION_WORDS = 50;

const wordCount = (text: string) => text.split(/\s+/).length;

/** The paragraph opens a named speaker's turn of `QUESTION_WORDS` or more that asks a question. */
function opensQuestion(transcript: Transcript, paragraph: Paragraph): boolean {
	const turn = transcript.turns[paragraph.turn]!;
	if (turn.speaker === undefined || turn.paragraphs[0] !== paragraph) return false;
	const words = turn.paragraphs.reduce((sum, each) => sum + wordCount(each.text), 0);
	return words >= QUESTION_WORDS && turn.paragraphs.some(each => each.text.includes('?'));
}

/** For each paragraph of [first, after), how much a chapter starting there is favoured, in nats. */
export function boundaryCues(transcript: Transcript, first: number, after: number): number[] {
	return transcript.paragraphs
		.slice(first, after)
		.map(paragraph => (TOPIC_TURNS.test(paragraph.text) ? TOPIC_TURN_NATS : 0) + (opensQuestion(transcript, paragraph) ? QUESTION_NATS : 0));
}
