/* Any transcript, exported to any format and read back, has the same speakers, times and words. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {EXPORT_FORMATS, exportTranscript} from '../../source/core/export/index.js';
import {parseTranscript} from '../../source/core/formats/index.js';
import {buildTranscript, type DraftParagraph} from '../../source/core/model.js';
import {timesOf, turnsOf} from '../helpers/round-trip.js';

const NAMES = ['Ada Lovelace', 'Grace Hopper', 'Host', 'Guest', 'Speaker 1', 'SPEAKER_00', 'SPEAKER_01', 'Dr. Jo March-Ng', 'Zoë de Vries'];

// Words with the characters each format must escape: markup, entities, cue arrows, brackets.
const word = fc.oneof(
	{weight: 8, arbitrary: fc.stringMatching(/^[a-zà-ÿ]{1,9}$/)},
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			'&amp;',
			'<b>',
			'a<b',
			'x>y',
			'-->',
			'*star*',
			'_under_',
			'[1]',
			'(see)',
			'#tag',
			'`code`',
			'Q&A',
			'100%',
			'it’s',
			'“quote”',
			'漢字',
			'🎙️',
			'e.g.',
			'—',
			'~',
			'|',
			'\\',
		),
	},
);
const sentence = fc.array(word, {minLength: 1, maxLength: 12}).map(words => `${words.join(' ')}.`);
// Some paragraphs open like a speaker's name would (`Q: …`): still the same speaker's words.
const paragraphText = fc
	.tuple(fc.constantFrom('', '', '', 'Q: ', 'Note Well: ', '[SPEAKER_09]: '), fc.array(sentence, {minLength: 1, maxLength: 4}))
	.map(([opening, sentences]) => {
		const text = sentences.join(' ');
		return opening + text.charAt(0).toUpperCase() + text.slice(1);
	});

const transcript = fc
	.record({
		title: fc.constantFrom('', 'An episode', 'Episode 12: *the* <sequel> & more'),
		paragraphs: fc.array(fc.record({speaker: fc.constantFrom(...NAMES), gap: fc.integer({min: 0, max: 120_000}), stamped: fc.boolean(), text: paragraphText}), {
			minLength: 1,
			maxLength: 12,
		}),
	})
	.map(({title, paragraphs}) => {
		let millis = 0;
		const drafts: DraftParagraph[] = paragraphs.map(({speaker, gap, stamped, text}, index) => {
			const fresh = index === 0 || stamped || speaker !== paragraphs[index - 1]!.speaker;
			if (fresh) millis += gap;
			return {speaker, start: millis / 1000, stamped: fresh, text};
		});
		return buildTranscript(title, drafts);
	});

describe('export then import, for any transcript', () => {
	it.each(EXPORT_FORMATS)('as %s', async format => {
		await fc.assert(
			fc.asyncProperty(transcript, async original => {
				const again = await parseTranscript(exportTranscript(original, format));
				expect(turnsOf(again)).toEqual(turnsOf(original));
				expect(timesOf(again, true)).toEqual(timesOf(original, false));
			}),
			{numRuns: 150},
		);
	});
});
