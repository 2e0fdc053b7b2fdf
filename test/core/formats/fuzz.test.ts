/*
 * Random and mutated input to every parser: each either reads it or fails with a clean InputError,
 * never anything else, and never lets a control character through.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {InputError} from '../../../source/core/errors.js';
import {formats, parseTranscript} from '../../../source/core/formats/index.js';
import type {Transcript} from '../../../source/core/model.js';
import {fixtureText} from '../../helpers/transcripts.js';

const FIXTURES = [
	'voices.vtt',
	'broken-times.vtt',
	'rolling.vtt',
	'speakers.srt',
	'no-index.srt',
	'whisperx.srt',
	'words.json',
	'whisper.json',
	'whisper.tsv',
	'episode.html',
	'episode.md',
	'timed-lines.txt',
	'bracketed-lines.txt',
	'names.txt',
];

// Everything Parley shows comes from these: none may hold a C0/C1 control or a bidi override.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function checkSafe(transcript: Transcript) {
	const shown = [transcript.title, ...transcript.speakers.map(speaker => speaker.name), ...transcript.paragraphs.map(paragraph => paragraph.text)];
	for (const text of shown) expect(text).not.toMatch(UNSAFE);
	for (const paragraph of transcript.paragraphs) {
		expect(Number.isFinite(paragraph.start) && paragraph.end >= paragraph.start).toBe(true);
		for (const mark of paragraph.marks) expect(mark.offset).toBeLessThanOrEqual(paragraph.text.length);
	}
}

/** Parse with every format; anything thrown must be an InputError with a one-line message. */
async function parseWithEvery(text: string) {
	for (const format of formats) {
		let transcript: Transcript;
		try {
			format.detect(text);
			transcript = await format.parse(text);
		} catch (error) {
			if (!(error instanceof InputError)) throw new Error(`${format.name} threw ${String(error)} for ${JSON.stringify(text.slice(0, 200))}`);
			expect(error.message).not.toMatch(/\n/);
			continue;
		}

		checkSafe(transcript);
	}
}

/** A fixture with a few lines deleted, duplicated, truncated or replaced by random text. */
const mutated = fc
	.record({
		fixture: fc.constantFrom(...FIXTURES),
		edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'duplicate', 'truncate', 'replace', 'control'), fc.string({unit: 'binary', maxLength: 30})), {
			maxLength: 6,
		}),
		cut: fc.option(fc.nat(), {nil: undefined}),
	})
	.map(({fixture, edits, cut}) => {
		const lines = fixtureText(fixture).split('\n');
		for (const [at, edit, random] of edits) {
			const index = at % lines.length;
			if (edit === 'delete') lines.splice(index, 1);
			if (edit === 'duplicate') lines.splice(index, 0, lines[index] ?? '');
			if (edit === 'truncate') lines[index] = (lines[index] ?? '').slice(0, random.length);
			if (edit === 'replace') lines[index] = random;
			if (edit === 'control') lines[index] = `${lines[index] ?? ''}\u001B]52;c;${random}\u0007\u009B31m\u202E`;
		}

		const text = lines.join('\n');
		return cut === undefined ? text : text.slice(0, cut % (text.length + 1));
	});

const caption = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'WEBVTT',
				'',
				'-->',
				'00:00:01.000',
				'1:02',
				'99:99',
				'<v A>',
				'</v>',
				'&amp;',
				'&#x1F600;',
				'&#99999999;',
				'{\\an8}',
				'<rt>',
				'NOTE',
				'[SPEAKER_00]:',
				'A:',
				'**B:**',
				'[00:01]',
				'{"segments":[',
				'<p>',
				'<time>',
				'start\tend\ttext',
			),
			fc.string({maxLength: 12}),
		),
		{maxLength: 40},
	)
	.map(parts => parts.join(fc.sample(fc.constantFrom(' ', '\n', '\n\n', '\t'), 1)[0]!));

describe('every parser, under random and mutated input', () => {
	it('reads mutated fixtures or fails with a clean InputError', async () => {
		await fc.assert(
			fc.asyncProperty(mutated, async text => parseWithEvery(text)),
			{numRuns: 300},
		);
	});

	it('reads random text built from format fragments or fails with a clean InputError', async () => {
		await fc.assert(
			fc.asyncProperty(caption, async text => parseWithEvery(text)),
			{numRuns: 500},
		);
	});

	it('reads arbitrary strings or fails with a clean InputError', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({unit: 'binary', maxLength: 400}), async text => parseWithEvery(text)),
			{numRuns: 300},
		);
	});

	it('reads random JSON or fails with a clean InputError', async () => {
		const segment = fc.record(
			{speaker: fc.anything(), startTime: fc.anything(), endTime: fc.anything(), body: fc.anything(), start: fc.anything(), text: fc.anything()},
			{requiredKeys: []},
		);
		const json = fc.oneof(
			fc.json(),
			fc.record({segments: fc.array(segment, {maxLength: 8})}).map(value => JSON.stringify(value)),
		);
		await fc.assert(
			fc.asyncProperty(json, async text => parseWithEvery(text)),
			{numRuns: 300},
		);
	});
});

describe('hostile input found by review', () => {
	// Each of these overflowed the stack, or took 5 to 30 s; now each is read (or refused) at once.
	const seven = Array.from({length: 7}, (_, index) => (index % 2 ? `**Bob Stone:** Thanks, number ${index}.` : `**Ann Lee:** Hello, line ${index}.`)).join(
		'\n',
	);
	it.each([
		['Markdown nested 3,000 deep', `**Ann:** hi there\n\n**Bob:** hello you\n\n${'>'.repeat(3000)} deep`, 'md', 3],
		['a list nested 3,000 deep', `**Ann:** hi there\n\n**Bob:** hello you\n\n${'- '.repeat(3000)} deep`, 'md', 3],
		['200,000 lines continuing one cue', `WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n\n${'x\n'.repeat(200_000)}`, 'vtt', 1],
		['a cue of 100,000 unclosed ASS overrides', `1\n00:00:01,000 --> 00:00:02,000\n${'{\\'.repeat(100_000)}\n`, 'srt', 1],
		[
			'two cues of 60,000 repeated lines',
			`WEBVTT\n\n00:01.000 --> 00:02.000\n${'a\n'.repeat(59_999)}b\n\n00:02.000 --> 00:03.000\n${'a\n'.repeat(60_000)}`,
			'vtt',
			2,
		],
		['a paragraph of 100,000 spans', `<p><cite>A:</cite><time>0:01</time>${'<span>w </span>'.repeat(100_000)}</p><p><time>0:02</time>x</p>`, 'html', 2],
		['seven bold names on consecutive lines', seven, 'md', 7],
	])('%s', async (_, text, from, paragraphs) => {
		expect((await parseTranscript(text, {from})).paragraphs).toHaveLength(paragraphs);
	});

	it('refuses 200,000 timed lines under a heading with a clean error', async () => {
		await expect(parseTranscript(`# T\n\n${'[1:00] a\n'.repeat(200_000)}`)).rejects.toThrow('has more than 100,000 paragraphs');
	});
});
