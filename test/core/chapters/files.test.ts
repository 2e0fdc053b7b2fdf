import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {ChapterEntry, ChaptersFormat} from '../../../source/core/chapters/chapter.js';
import {formatChapters, parseChaptersFile, toPodcastingChapters, toVttChapters, toYouTubeChapters} from '../../../source/core/chapters/files.js';
import {InputError} from '../../../source/core/errors.js';
import {cleanText} from '../../../source/core/sanitize.js';

const PODCASTING_EXAMPLE = readFileSync(new URL('../../fixtures/chapters/podcasting-example.json', import.meta.url), 'utf8');

/** The InputError parsing `text` throws; any other error, or none, fails the test. */
function failure(text: string, fileName?: string): InputError {
	try {
		parseChaptersFile(text, fileName);
	} catch (error) {
		if (error instanceof InputError) return error;
		throw error;
	}

	throw new Error(`parsed: ${text.slice(0, 100)}`);
}

const summary = (entries: readonly ChapterEntry[]) => entries.map(entry => `${entry.start}|${entry.title}`);

describe('Podcasting 2.0 chapters JSON', () => {
	it('reads the namespace example: times, titles, images and links', () => {
		const {format, entries} = parseChaptersFile(PODCASTING_EXAMPLE, 'example.json');
		expect(format).toBe('json');
		expect(summary(entries)).toEqual([
			'0|Intro',
			'168|Hearing Aids',
			'260|Progress Report',
			'410|Namespace',
			'3990|Just Break Up',
			'4600|Donations',
			'5510|The Big Players',
			'5854|Spread the Word',
			'6089|Outro',
		]);
		expect(entries[3]).toStrictEqual({
			start: 410,
			title: 'Namespace',
			img: 'https://example.com/images/namepsace_example.jpg',
			url: 'https://github.com/Podcastindex-org/podcast-namespace',
		});
	});

	it('reads hidden markers, end times, numeric strings, chapters without a title, and ignores fields it does not know', () => {
		const text = JSON.stringify({
			version: '1.2.0',
			author: 'Jo',
			chapters: [
				{startTime: '0', endTime: '12.5', title: ' Cold  open '},
				{startTime: 12.5, img: 'https://example.com/a.png', toc: false},
				{startTime: 30, title: 'Guest', toc: true, value: {type: 'lightning'}, location: {name: 'Austin'}},
			],
		});
		expect(parseChaptersFile(text).entries).toStrictEqual([
			{start: 0, end: 12.5, title: 'Cold open'},
			{start: 12.5, title: '', toc: false, img: 'https://example.com/a.png'},
			{start: 30, title: 'Guest'},
		]);
	});

	it('writes version 1.2.0, two-space indents, times to the millisecond, and toc only when false', () => {
		const entries: ChapterEntry[] = [
			{start: 0, title: 'Intro', end: 61.123_456},
			{start: 61.123_456, title: 'Marker', toc: false, img: 'https://example.com/m.png'},
			{start: 90, title: 'Topic', toc: true, url: 'https://example.com'},
		];
		expect(toPodcastingChapters(entries, {title: 'Episode 7'})).toBe(`{
  "version": "1.2.0",
  "title": "Episode 7",
  "chapters": [
    {
      "startTime": 0,
      "endTime": 61.123,
      "title": "Intro"
    },
    {
      "startTime": 61.123,
      "title": "Marker",
      "img": "https://example.com/m.png",
      "toc": false
    },
    {
      "startTime": 90,
      "title": "Topic",
      "url": "https://example.com"
    }
  ]
}
`);
		expect(toPodcastingChapters([])).toBe('{\n  "version": "1.2.0",\n  "chapters": []\n}\n');
	});
});

describe('YouTube-style chapters text', () => {
	it('reads a description’s timestamps, skipping the text and heading above them', () => {
		const text = [
			'In this episode: tide pools, anemones and a very patient octopus.',
			'',
			'Timestamps:',
			'0:00 Intro',
			'02:48 - Hearing aids: what changed',
			'4:20 – Progress report',
			'',
			'(6:50) The namespace',
			'[12:30] 2024 in review',
			'• 59:59 | Almost an hour',
			'1:02:03 — Just break up',
			'1:16:40: Donations',
		].join('\n');
		const {format, entries} = parseChaptersFile(text, 'description.txt');
		expect(format).toBe('txt');
		expect(summary(entries)).toEqual([
			'0|Intro',
			'168|Hearing aids: what changed',
			'260|Progress report',
			'410|The namespace',
			'750|2024 in review',
			'3599|Almost an hour',
			'3723|Just break up',
			'4600|Donations',
		]);
		expect(entries[0]).toStrictEqual({start: 0, title: 'Intro'});
	});

	it('reads CRLF line ends and a byte order mark', () => {
		expect(summary(parseChaptersFile('\uFEFF0:00 Intro\r\n1:00 Next\r\n').entries)).toEqual(['0|Intro', '60|Next']);
	});

	it('writes `m:ss` under an hour and `h:mm:ss` after, leaving hidden markers out', () => {
		const entries: ChapterEntry[] = [
			{start: 0, title: 'Intro'},
			{start: 59.9, title: 'Marker', toc: false},
			{start: 168.7, title: 'Hearing aids'},
			{start: 3723, title: '- a title with a dash'},
			{start: 36_000, title: ''},
		];
		expect(toYouTubeChapters(entries)).toBe('0:00 Intro\n2:48 Hearing aids\n1:02:03 - - a title with a dash\n10:00:00\n');
	});
});

describe('WebVTT chapters', () => {
	const vtt = [
		'WEBVTT - Episode 7',
		'Kind: chapters',
		'',
		'NOTE written by hand,',
		'over two lines',
		'',
		'chapter-1',
		'00:00:00.000 --> 00:02:48.000',
		'Intro',
		'',
		'2',
		'00:02:48.000 --> 00:04:20.500 align:start',
		'Hearing aids &amp; &lt;more&gt;',
		'',
		'04:20.500 --> 06:50.000',
		'<b>Progress</b>',
		'report \u001B[31m',
		'',
	].join('\n');

	it('reads cue times and titles, skipping ids and NOTE blocks, removing tags and decoding entities', () => {
		const {format, entries} = parseChaptersFile(vtt, 'ep.vtt');
		expect(format).toBe('vtt');
		expect(entries).toStrictEqual([
			{start: 0, end: 168, title: 'Intro'},
			{start: 168, end: 260.5, title: 'Hearing aids & <more>'},
			{start: 260.5, end: 410, title: 'Progress report [31m'},
		]);
	});

	it('reads a track without its header by its cue timings', () => {
		expect(parseChaptersFile('1\n00:00:00,000 --> 00:01:00,000\nIntro\n', 'ep.srt')).toStrictEqual({
			format: 'vtt',
			entries: [{start: 0, end: 60, title: 'Intro'}],
		});
	});

	it('writes cues that end at the chapter’s end, the next chapter’s start or the episode’s end, escaping markup', () => {
		const entries: ChapterEntry[] = [
			{start: 0, title: 'Intro', end: 100},
			{start: 168, title: 'Q&A <live>'},
			{start: 200, title: 'Marker', toc: false},
			{start: 260.5, title: ''},
		];
		expect(toVttChapters(entries, 3723.25)).toBe(
			['WEBVTT', '00:00:00.000 --> 00:01:40.000\nIntro', '00:02:48.000 --> 00:04:20.500\nQ&amp;A &lt;live&gt;', '00:04:20.500 --> 01:02:03.250\n'].join('\n\n'),
		);
	});

	it('never writes a cue that ends before it starts, even when the duration is unknown', () => {
		expect(toVttChapters([{start: 90, title: 'Only'}], 0)).toBe('WEBVTT\n\n00:01:30.000 --> 00:01:30.000\nOnly\n');
		expect(toVttChapters([{start: 90, title: 'Only'}], Number.NaN)).toBe('WEBVTT\n\n00:01:30.000 --> 00:01:30.000\nOnly\n');
	});
});

describe('detecting the format', () => {
	it('goes by the content before the file name', () => {
		expect(parseChaptersFile('0:00 Intro\n', 'chapters.json').format).toBe('txt');
		expect(parseChaptersFile(PODCASTING_EXAMPLE, 'chapters.txt').format).toBe('json');
		expect(parseChaptersFile('WEBVTT\n\n00:00.000 --> 00:01.000\nIntro\n', 'chapters.txt').format).toBe('vtt');
	});

	it('lets the file name decide which error a file that is none of them gets', () => {
		expect(failure('Chapters', 'ep.json').message).toBe("is not valid JSON (Unexpected token 'C')");
		expect(failure('Chapters', 'ep.vtt').message).toBe(
			"line 1 is not a chapter cue ('Chapters'): expected a cue timing like '00:12:30.000 --> 00:15:00.000' then a title",
		);
		expect(failure('Chapters', 'ep.txt').message).toBe("has no chapters: no line starts with a time (expected a time then a title, like '12:30 Topic')");
		expect(failure('Chapters').message).toBe(failure('Chapters', 'ep.txt').message);
	});

	it('dispatches on the format to write', () => {
		const entries: ChapterEntry[] = [{start: 0, title: 'Intro'}];
		expect(formatChapters(entries, 'json', 60)).toBe(toPodcastingChapters(entries));
		expect(formatChapters(entries, 'txt', 60)).toBe(toYouTubeChapters(entries));
		expect(formatChapters(entries, 'vtt', 60)).toBe(toVttChapters(entries, 60));
	});
});

describe('files that are wrong', () => {
	const json = (chapters: unknown[]) => JSON.stringify({version: '1.2.0', chapters});
	it.each<[string, string, string]>([
		['empty', ' \n\n', 'is empty'],
		[
			'broken JSON',
			'{\n  "version": "1.2.0",\n  "chapters": [\n    {startTime: 0}\n  ]\n}',
			"is not valid JSON (at line 4, column 6: Expected property name or '}')",
		],
		['JSON without chapters', '{"version": "1.2.0", "segments": []}', 'is JSON but has no "chapters" list'],
		['no JSON chapters', json([]), 'has no chapters'],
		['a chapter that is not an object', json([{startTime: 0}, 'Intro']), 'chapter 2 is not an object'],
		['no startTime', json([{startTime: 0, title: 'A'}, {title: 'B'}]), 'chapter 2 has no startTime'],
		['a startTime that is not a number', json([{startTime: '1:00'}]), "chapter 1's startTime is not a number ('1:00')"],
		['a startTime that is an object', json([{startTime: {seconds: 1}}]), 'chapter 1\'s startTime is not a number ({"seconds":1})'],
		['a negative startTime', json([{startTime: -5}]), "chapter 1's startTime is negative (-5)"],
		['an infinite startTime', '{"chapters": [{"startTime": 1e999}]}', "chapter 1's startTime is not finite (Infinity)"],
		['a startTime past the longest episode', json([{startTime: 4_000_000}]), "chapter 1's startTime is past 999:59:59 (4000000)"],
		['an endTime that is not a number', json([{startTime: 0, endTime: 'soon'}]), "chapter 1's endTime is not a number ('soon')"],
		['an endTime before the startTime', json([{startTime: 0}, {startTime: 120, endTime: 60}]), 'chapter 2 ends at 00:01:00, before it starts (00:02:00)'],
		[
			'JSON chapters out of order',
			json([{startTime: 0}, {startTime: 420}, {startTime: 300.5}]),
			'chapter 3 starts at 00:05:00.500, before chapter 2 (00:07:00): chapters must be in time order',
		],
		[
			'text chapters out of order',
			'Chapters\n0:00 Intro\n7:00 Two\n5:00 Three\n',
			'chapter 3 starts at 00:05:00, before chapter 2 (00:07:00): chapters must be in time order',
		],
		[
			'a line that is not a chapter',
			'0:00 Intro\n2:00 Two\n\nThanks for listening!\n',
			"line 4 is not a chapter ('Thanks for listening!'): expected a time then a title, like '12:30 Topic'",
		],
		[
			'a long line that is not a chapter',
			`0:00 Intro\n${'x'.repeat(500)}`,
			`line 2 is not a chapter ('${'x'.repeat(40)}…'): expected a time then a title, like '12:30 Topic'`,
		],
		['an impossible time', '0:00 Intro\n1:75:00 Late\n', 'line 2 starts with 1:75:00, which is not a time'],
		[
			'VTT chapters out of order',
			'WEBVTT\n\n00:07:00.000 --> 00:08:00.000\nA\n\n00:05:00.000 --> 00:06:00.000\nB\n',
			'chapter 2 starts at 00:05:00, before chapter 1 (00:07:00): chapters must be in time order',
		],
		['VTT with no cues', 'WEBVTT\n\nNOTE nothing here\n', 'has no chapters'],
		[
			'a VTT block without a timing',
			'WEBVTT\n\n00:00.000 --> 00:01.000\nIntro\n\nan id\nIntro again\n',
			"line 6 is not a chapter cue ('an id'): expected a cue timing like '00:12:30.000 --> 00:15:00.000' then a title",
		],
		[
			'a VTT timing that is not a time',
			'WEBVTT\n\n00:00.000 --> 00:01.000\nIntro\n\n00:61:00.000 --> 01:02:00.000\nLate\n',
			'line 6: 00:61:00.000 is not a time',
		],
		[
			'two VTT cues with no blank line between',
			'WEBVTT\n\n00:00.000 --> 00:01.000\nIntro\n00:01.000 --> 00:02.000\nNext\n',
			'line 5 is a cue timing with no blank line before it',
		],
	])('%s', (_, text, message) => {
		const error = failure(text, 'ep.chapters');
		expect(error.message).toBe(message);
		expect(error.message).not.toMatch(/^[A-Z]|ep\.chapters/);
	});

	it.each<[string, string]>([
		['json', json(Array.from({length: 10_001}, (_, index) => ({startTime: index})))],
		['txt', '0:00 Chapter\n'.repeat(10_001)],
		['vtt', `WEBVTT\n\n${Array.from({length: 10_001}, () => '00:00.000 --> 00:01.000\nChapter').join('\n\n')}`],
	])('more than 10 000 chapters in %s', (_, text) => {
		expect(failure(text).message).toBe('has more than 10000 chapters');
	});
});

describe('hostile input', () => {
	const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

	it('removes control characters and bidi overrides from titles, links and images, in every format', () => {
		const evil = 'Ti\u001B]52;c;ZXZpbA==\u0007tle\u009B2J \u202Egnp.exe\u2066 &#27;[31m';
		const texts = [
			`0:00 ${evil}\n`,
			`WEBVTT\n\n00:00.000 --> 00:01.000\n${evil}\n`,
			JSON.stringify({chapters: [{startTime: 0, title: evil, url: `https://x.example/\u001B[2J`, img: evil}]}),
		];
		for (const text of texts) {
			for (const entry of parseChaptersFile(text).entries) {
				for (const field of [entry.title, entry.url, entry.img]) expect(field ?? '').not.toMatch(UNSAFE);
			}
		}
	});

	/** A megabyte of text from a fixed seed, drawn from `alphabet`. */
	function garbage(alphabet: string, seed: number): string {
		let state = seed;
		return Array.from({length: 1 << 20}, () => {
			state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
			return alphabet[state % alphabet.length];
		}).join('');
	}

	const ALPHABET = '0123456789:.,-–>< \n\n[](){}"\u0000\u001B\u202Eé漢🎙️&;aZ';
	it.each<[string, string]>([
		['random text', garbage(ALPHABET, 1)],
		['random text after a chapter', `0:00 Intro\n${garbage(ALPHABET, 2)}`],
		['random text in a VTT file', `WEBVTT\n\n${garbage(ALPHABET, 3)}`],
		['random text in a JSON object', `{"chapters": [${garbage(ALPHABET, 4)}`],
		['digits and colons', garbage('0123456789:', 5)],
		['a line of spaces and dashes', `0:00 Intro\n${' -'.repeat(1 << 19)}`],
	])('%s: a megabyte fails quickly with an InputError', (_, text) => {
		const began = performance.now();
		expect(failure(text).message).not.toMatch(/\n/);
		expect(performance.now() - began).toBeLessThan(1000);
	});

	it('reads a cue of a megabyte of unclosed tags in linear time', () => {
		const began = performance.now();
		const {entries} = parseChaptersFile(`WEBVTT\n\n00:00.000 --> 00:01.000\n${'<a'.repeat(1 << 19)}\n`);
		expect(entries[0]!.title).toHaveLength(1 << 20);
		expect(performance.now() - began).toBeLessThan(1000);
	});

	it('any text either parses into safe, ordered chapters or fails with a one-line InputError', () => {
		const line = fc.oneof(
			fc.string({unit: 'binary', maxLength: 30}),
			fc.constantFrom('WEBVTT', '0:00 Intro', '[1:00] x', '00:01.000 --> 00:02.000', 'NOTE', '{"chapters": [', '{"startTime": 1}', ']}'),
		);
		fc.assert(
			fc.property(fc.array(line, {maxLength: 12}), fc.constantFrom(undefined, 'a.json', 'a.vtt', 'a.txt'), (lines, fileName) => {
				const text = lines.join('\n');
				let entries: ChapterEntry[];
				try {
					entries = parseChaptersFile(text, fileName).entries;
				} catch (error) {
					if (!(error instanceof InputError)) throw error;
					expect(error.message).not.toMatch(/\n/);
					return;
				}

				for (const [index, entry] of entries.entries()) {
					expect(entry.title).not.toMatch(UNSAFE);
					expect(entry.start).toBeGreaterThanOrEqual(entries[index - 1]?.start ?? 0);
				}
			}),
			{numRuns: 500},
		);
	});
});

describe('write then read, for any chapters', () => {
	const title = fc
		.oneof(
			{weight: 3, arbitrary: fc.string({unit: 'grapheme', maxLength: 20})},
			{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 20})},
			{
				weight: 3,
				arbitrary: fc.constantFrom(
					'- dash first',
					'-',
					': colon',
					'– en dash',
					'— em dash',
					'| pipe',
					'12:30 starts with a time',
					'2024 recap',
					'(1:00) parenthesised',
					'[2:00]',
					'• bullet',
					'🎙️ Mic check',
					'漢字とかな',
					'Q&A <live> &amp; -->',
					'NOTE',
					'WEBVTT',
					'  spaced   out  ',
					'ends with a colon:',
				),
			},
		)
		.map(text => cleanText(text));
	const url = fc.option(fc.webUrl(), {nil: undefined});

	/** Chapters in time order, each `start` a whole number of `unit` milliseconds. */
	function chapters(unit: number, fields: (start: number) => fc.Arbitrary<Partial<ChapterEntry>>): fc.Arbitrary<ChapterEntry[]> {
		return fc.array(fc.tuple(fc.integer({min: 0, max: 4_000_000}), title), {minLength: 1, maxLength: 15}).chain(drafts => {
			let millis = 0;
			const starts = drafts.map(([gap]) => {
				millis += Math.floor(gap / unit) * unit;
				return millis / 1000;
			});
			return fc.tuple(...starts.map((start, index) => fields(start).map(extra => ({start, title: drafts[index]![1], ...extra}))));
		});
	}

	const roundTrip = (entries: readonly ChapterEntry[], format: ChaptersFormat) => parseChaptersFile(formatChapters(entries, format, 360_000)).entries;

	it('as Podcasting 2.0 JSON: every field', () => {
		const extra = (start: number) =>
			fc
				.record({
					end: fc.option(
						fc.integer({min: 0, max: 600_000}).map(length => (Math.round(start * 1000) + length) / 1000),
						{nil: undefined},
					),
					url,
					img: url,
					toc: fc.constantFrom(undefined, false),
				})
				.map(fields => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
		fc.assert(
			fc.property(chapters(1, extra), entries => {
				const again = parseChaptersFile(toPodcastingChapters(entries), 'x.json');
				expect(again.format).toBe('json');
				expect(again.entries).toStrictEqual(entries);
			}),
			{numRuns: 300},
		);
	});

	it('as YouTube text: whole-second starts and titles', () => {
		fc.assert(
			fc.property(
				chapters(1000, () => fc.constant({})),
				entries => {
					expect(roundTrip(entries, 'txt')).toStrictEqual(entries);
				},
			),
			{numRuns: 300},
		);
	});

	it('as WebVTT: starts, ends and titles, to the millisecond', () => {
		const end = (start: number) => fc.integer({min: 0, max: 600_000}).map(length => ({end: (Math.round(start * 1000) + length) / 1000}));
		fc.assert(
			fc.property(chapters(1, end), entries => {
				expect(roundTrip(entries, 'vtt')).toStrictEqual(entries);
			}),
			{numRuns: 300},
		);
	});
});
