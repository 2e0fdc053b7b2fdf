import fc from 'fast-check';
import {wrapAnsi} from 'fast-wrap-ansi';
import {describe, expect, it} from 'vitest';
import {wrapText} from '../../source/core/wrap.js';
import {loadSeed} from '../helpers/transcripts.js';

const reference = (text: string, columns: number) => wrapAnsi(text, columns, {hard: true, trim: true}).split('\n');

/** Words, spaces (several in a row too), wide characters, combining marks, emoji, long runs. */
const piece = fc.constantFrom(
	'a',
	'word',
	'antidisestablishmentarianism',
	' ',
	'  ',
	'日本語',
	'本',
	'é',
	'e\u0301',
	'👩‍🔬',
	'\u200B',
	'-',
	'—',
	'“quoted”',
	'x'.repeat(30),
	'\n',
	'\u00A0',
);
const text = fc.array(piece, {maxLength: 60}).map(parts => parts.join(''));

describe('wrapText', () => {
	it('makes the lines fast-wrap-ansi makes, for any text without escapes and any width', () => {
		fc.assert(
			fc.property(text, fc.integer({min: 1, max: 120}), (sample, columns) => {
				expect(wrapText(sample, columns)).toEqual(reference(sample, columns));
			}),
			{numRuns: 3000},
		);
	});

	it('wraps every paragraph of the bundled episode as fast-wrap-ansi does', async () => {
		const seed = await loadSeed();
		for (const columns of [20, 69, 100])
			for (const paragraph of seed.paragraphs) expect(wrapText(paragraph.text, columns)).toEqual(reference(paragraph.text, columns));
	});
});
