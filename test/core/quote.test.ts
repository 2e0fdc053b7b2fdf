import {describe, expect, it} from 'vitest';
import {quoteOf} from '../../source/core/quote.js';
import {parseText} from '../helpers/transcripts.js';

const timed = await parseText('WEBVTT - Episode 12\n\n00:22:30.000 --> 00:22:40.000\n<v Ada>I said “hello” to the world. And then left.\n');
const untimed = await parseText('ADA: First words.\nBOB: Second words.\nADA: Third.\n');

describe('quoteOf', () => {
	it('quotes a paragraph with its speaker, the episode and the time', () => {
		expect(quoteOf(timed, {paragraph: 0, start: 0})).toBe('“I said “hello” to the world. And then left.” — Ada, Episode 12 (00:22:30)');
	});

	it('quotes part of a paragraph (a search match) at the time it is said', () => {
		const start = timed.paragraphs[0]!.text.indexOf('And');
		expect(quoteOf(timed, {paragraph: 0, start, end: start + 'And then left.'.length})).toMatch(/^“And then left\.” — Ada, Episode 12 \(00:22:3\d\)$/);
	});

	it('leaves out the time when the transcript has none, and the title when there is none', () => {
		expect(quoteOf({...untimed, title: ''}, {paragraph: 1, start: 0})).toBe('“Second words.” — BOB');
		expect(quoteOf({...untimed, title: 'Talk'}, {paragraph: 0, start: 0})).toBe('“First words.” — ADA, Talk');
	});
});
