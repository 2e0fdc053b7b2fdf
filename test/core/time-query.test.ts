import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {namesTime, parsePlaceQuery, parseTimeQuery} from '../../source/core/time-query.js';

const HOUR = 3600;
const at = (text: string, position = 600, duration = 2 * HOUR) => parseTimeQuery(text, position, duration);

describe('parseTimeQuery', () => {
	it.each([
		['35:00', 2100],
		['1:05:10', 3910],
		['01:05:10', 3910],
		['90', 90],
		['90s', 90],
		['35m', 2100],
		['35min', 2100],
		['1h5m', 3900],
		['1m30s', 90],
		[' 1h 5m ', 3900],
		['50%', HOUR],
		['12.5%', 900],
		['0', 0],
		['100%', 2 * HOUR],
	])('reads %j as %i seconds', (text, seconds) => {
		expect(at(text)).toEqual({seconds});
	});

	it.each([
		['+90', 690],
		['-30s', 570],
		['+2m', 720],
		['-1:00', 540],
		['+1h', 600 + HOUR],
	])('steps %j from where the reader is', (text, seconds) => {
		expect(at(text)).toEqual({seconds});
	});

	it('stops a step at either end', () => {
		expect(at('-20m')).toEqual({seconds: 0});
		expect(at('+5h')).toEqual({seconds: 2 * HOUR});
	});

	it('says a time after the end is after the end', () => {
		expect(at('3:00:00')).toEqual({error: '03:00:00 is after the end (02:00:00)'});
		expect(at('150%')).toEqual({error: '03:00:00 is after the end (02:00:00)'});
	});

	it.each(['', 'm', 'soon', '35:99', '+', '+-3', '--5', '1:2:3:4', '%', '-50%', '5 o’clock'])('refuses %j with examples', text => {
		expect(at(text)).toEqual({error: expect.stringMatching(/^not a time: .*; try 35:00/) as string});
	});

	it('names the forms that make sense where it is asked, when it cannot read a time', () => {
		expect(parseTimeQuery('soon', 0, HOUR, '35:00  50%')).toEqual({error: "not a time: 'soon'; try 35:00  50%"});
	});

	it('never throws and never leaves the episode', () => {
		fc.assert(
			fc.property(fc.string(), fc.nat(10 * HOUR), fc.nat(10 * HOUR), (text, position, duration) => {
				const result = parseTimeQuery(text, Math.min(position, duration), duration);
				if ('error' in result) return;
				expect(result.seconds).toBeGreaterThanOrEqual(0);
				expect(result.seconds).toBeLessThanOrEqual(duration);
			}),
		);
	});
});

describe('parsePlaceQuery', () => {
	const transcript = {duration: 100, paragraphs: [{start: 0}, {start: 12}, {start: 40}]};

	it.each([
		['¶2', 12],
		['¶ 3', 40],
		['p2', 12],
		['P3', 40],
		// As `parley search` and the chapters print a place: the paragraph says where.
		['¶2 13%', 12],
		['50%', 50],
	])('reads %j as %i seconds', (text, seconds) => {
		expect(parsePlaceQuery(text, 0, transcript)).toEqual({seconds});
	});

	it('says which paragraphs there are', () => {
		expect(parsePlaceQuery('¶4', 0, transcript)).toEqual({error: 'there is no ¶4: the paragraphs are ¶1 to ¶3'});
		expect(parsePlaceQuery('¶0', 0, transcript)).toEqual({error: 'there is no ¶0: the paragraphs are ¶1 to ¶3'});
	});

	it('tells a time from a share or a paragraph, which a transcript without times can go to', () => {
		expect(['35:00', '90', '+30'].map(namesTime)).toEqual([true, true, true]);
		expect(['50%', '¶12', 'p12', '¶12 34%'].map(namesTime)).toEqual([false, false, false, false]);
	});
});
