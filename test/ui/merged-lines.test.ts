/** Going to a time, and the player following, inside a paragraph merged from timed lines. */
import {describe, expect, it} from 'vitest';
import {lineForTime} from '../../source/ui/chapter-state.js';
import {spokenLine} from '../../source/ui/player-state.js';
import type {Action, ReaderState} from '../../source/ui/reader-state.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {parseText} from '../helpers/transcripts.js';

// Made up for this test: one sentence spoken over three timed lines, long pauses between them.
const text = [
	'Washing up',
	'00:23:40 I have spent years learning how to turn the chore of washing up after a long dinner with friends',
	'00:23:55 into something that, with the radio on and the window open to the garden,',
	'00:24:10 is almost enjoyable, as long as nobody has burnt the rice again.',
	'00:24:30 Music helps.',
].join('\n');
const transcript = await parseText(text);
const start = createReaderState(transcript, 60, 24);

/** The display line holding the words `words`. */
function lineWith(state: ReaderState, words: string): number {
	return state.layout.lines.findIndex(line => line.kind === 'text' && line.text.includes(words));
}

describe('a sentence merged from timed lines', () => {
	it('is one paragraph wrapped over several lines', () => {
		expect(transcript.paragraphs).toHaveLength(2);
		expect(transcript.paragraphs[0]!.marks.map(mark => mark.start)).toEqual([1435, 1450]);
		expect(lineWith(start, 'garden')).toBeGreaterThan(lineWith(start, 'chore'));
	});

	it('going to a line’s time lands on the line that holds its words', () => {
		expect(lineForTime(start, 23 * 60 + 55)).toBe(lineWith(start, 'into something'));
		expect(lineForTime(start, 24 * 60 + 10)).toBe(lineWith(start, 'is almost'));
		const gone = [{type: 'time-open'}, {type: 'line-type', text: '24:10'}, {type: 'line-accept'}] as Action[];
		// The transcript fits on the screen, so the view stays put; the mark is on the words said then.
		const {marked} = gone.reduce(readerReducer, start);
		expect(marked).toMatchObject({paragraph: 0, offset: transcript.paragraphs[0]!.text.indexOf('is almost'), seconds: 24 * 60 + 10});
	});

	it('the player, following, is on the line whose words are being said', () => {
		expect(spokenLine(start, 23 * 60 + 56)).toBe(lineWith(start, 'into something'));
		expect(spokenLine(start, 24 * 60 + 11)).toBe(lineWith(start, 'is almost'));
		expect(spokenLine(start, 24 * 60 + 31)).toBe(lineWith(start, 'Music helps'));
	});
});
