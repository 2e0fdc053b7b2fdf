import {describe, expect, it} from 'vitest';
import {buildTranscript, offsetAt, shownClock, timeAt} from '../../source/core/model.js';
import {parseFixture} from '../helpers/transcripts.js';

describe('the model', () => {
	const merged = buildTranscript('T', [{speaker: 'A', start: 10, end: 30, stamped: true, text: 'one two three four', marks: [{offset: 8, start: 20}]}]);
	const paragraph = merged.paragraphs[0]!;

	it('maps a place in a paragraph to its time through the times of the captions merged into it', async () => {
		expect(timeAt(paragraph, 0)).toBe(10);
		expect(timeAt(paragraph, 4)).toBe(15);
		expect(timeAt(paragraph, 8)).toBe(20);
		expect(timeAt(paragraph, 18)).toBe(30);
	});

	it('maps a time to the start of the caption spoken then', async () => {
		expect(offsetAt(paragraph, 5)).toBe(0);
		expect(offsetAt(paragraph, 19.9)).toBe(0);
		expect(offsetAt(paragraph, 20)).toBe(8);
		expect(offsetAt(paragraph, 99)).toBe(8);
	});

	it('takes an end from the source when it gives one, and the duration from the latest end', async () => {
		const transcript = buildTranscript('T', [
			{speaker: 'A', start: 0, end: 50, stamped: true, text: 'Long.'},
			{speaker: 'B', start: 10, end: 20, stamped: true, text: 'Overlap.'},
		]);
		expect(transcript.paragraphs.map(p => p.end)).toEqual([50, 20]);
		expect(transcript.duration).toBe(50);
	});

	it('estimates times for an untimed transcript, and never shows them', async () => {
		const transcript = await parseFixture('names.txt');
		expect(transcript.timed).toBe(false);
		expect(shownClock(transcript, 12)).toBe('');
		expect(shownClock(merged, 3723)).toBe('01:02:03');
	});
});
