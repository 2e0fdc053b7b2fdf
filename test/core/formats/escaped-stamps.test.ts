/* The Changelog's Markdown: sparse escaped stamps, minutes past 59, frames, ranges, and parts of the show that are no speakers. */
import {describe, expect, it} from 'vitest';
import {layoutTranscript} from '../../../source/core/layout.js';
import {parseFixture, summary} from '../../helpers/transcripts.js';

const transcript = await parseFixture('escaped-stamps.md');

describe('Markdown with escaped stamps, as The Changelog writes it', () => {
	it('reads the stamps as times, minutes past 59 without hours too, and a Break or an Outro as no one speaking', () => {
		expect(transcript.timed).toBe(true);
		expect(transcript.speakers.map(speaker => speaker.name)).toEqual(['Ada Quill', 'Bo Reyes']);
		const stamped = transcript.paragraphs.filter(paragraph => paragraph.stamped).map(paragraph => [paragraph.start, paragraph.text.slice(0, 12)]);
		expect(stamped).toEqual([
			[41, 'Thanks for h'],
			[1477, '[Break]'],
			[4841, 'Lighthouses,'],
			[6751.29, 'That is wher'],
			[6794.03, '[Outro]'],
		]);
		expect(summary(transcript).find(line => line.includes('[Break]'))).toBe('-|1477|[Break]');
		// The range's end is no part of the words.
		expect(transcript.paragraphs.at(-1)!.text).toBe('[Outro]');
	});

	it('times the paragraphs between two stamps by their words, in order, as estimates', () => {
		const [, , tell, well] = transcript.paragraphs;
		expect(tell!.stamped).toBe(false);
		expect(tell!.start).toBeGreaterThan(41);
		expect(well!.start).toBeGreaterThan(tell!.start);
		expect(well!.start).toBeLessThan(1477);
	});

	it('shows an estimated time in the gutter with a ~', () => {
		const layout = layoutTranscript(transcript, 100);
		const stamps = layout.lines.map(line => line.stamp).filter(Boolean);
		expect(stamps).toContain('00:00:41');
		expect(stamps.some(stamp => /^~\d\d:\d\d:\d\d$/.test(stamp))).toBe(true);
		expect(layout.stampWidth).toBe('~00:00:00 '.length);
	});
});
