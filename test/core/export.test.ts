import {describe, expect, it} from 'vitest';
import {exportTranscript, EXPORT_FORMATS, type ExportFormat} from '../../source/core/export/index.js';
import {parseTranscript} from '../../source/core/formats/index.js';
import type {Transcript} from '../../source/core/model.js';
import {timesOf, turnsOf} from '../helpers/round-trip.js';
import {loadSeed, parseFixture, parseText, SMALL} from '../helpers/transcripts.js';

const small = await parseText(SMALL);

describe('export', () => {
	it('writes Podcasting 2.0 JSON, a segment per paragraph', async () => {
		expect(JSON.parse(exportTranscript(small, 'json'))).toEqual({
			version: '1.0.0',
			title: 'A small episode',
			segments: [
				{speaker: 'Ada Lovelace', startTime: 5, endTime: 20, body: 'Welcome to the show. I’m your host, Ada Lovelace.'},
				{speaker: 'Ada Lovelace', startTime: 20, endTime: 30, body: 'Our guest today builds engines.'},
				{speaker: 'Charles Babbage', startTime: 30, endTime: 40, body: 'Thank you for having me.'},
				{speaker: 'Charles Babbage', startTime: 40, endTime: 60, body: 'The difference engine was my first.'},
				{speaker: 'Ada Lovelace', startTime: 60, endTime: 61, body: 'Tell us more.'},
			],
		});
	});

	it('writes WebVTT with the title in the header and speakers in <v> tags, text escaped', async () => {
		const vtt = exportTranscript(await parseTranscript('T\nA B:\t00:00:01.5\nx < y & z --> w'), 'vtt');
		expect(vtt).toBe('WEBVTT - T\n\n00:00:01.500 --> 00:00:04.500\n<v A B>x &lt; y &amp; z --&gt; w\n');
	});

	it('writes SRT with indexes, comma milliseconds and `Name:` where the speaker changes, a cue per caption of the source', async () => {
		expect(exportTranscript(await parseFixture('speakers.srt'), 'srt')).toBe(
			`${[
				'1\n00:00:00,500 --> 00:00:02,000\nMira: Hello and welcome to the show.',
				'2\n00:00:02,000 --> 00:00:04,250\nToday we talk about bridges.',
				'3\n00:00:05,000 --> 00:00:07,000\nTeo: Thanks, Mira.',
				'4\n00:00:07,000 --> 00:00:09,000\nI build them for a living.',
				'5\n00:00:09,500 --> 00:00:11,000\nMira: So, what makes one last?',
			].join('\n\n')}\n`,
		);
	});

	it('writes Markdown: a title, stamps, bold speakers at each turn, markup in the text escaped', async () => {
		const transcript = await parseTranscript('T\nAna:\t00:00:01\n# not a *heading* <b> &amp; [link](x)\n00:00:05\n1. Second.\nBo:\t00:01:00.250\nThird.');
		expect(exportTranscript(transcript, 'md')).toBe(
			'# T\n\n[00:00:01] **Ana:** \\# not a \\*heading\\* \\<b> \\&amp; \\[link\\](x)\n\n[00:00:05] \\1. Second.\n\n[00:01:00.250] **Bo:** Third.\n',
		);
	});

	it('writes text in the bundled episode’s format, or `NAME: text` without times', async () => {
		expect(exportTranscript(small, 'txt')).toBe(
			'A small episode\n\nAda Lovelace:\t00:00:05\nWelcome to the show. I’m your host, Ada Lovelace.\n\n00:00:20\nOur guest today builds engines.\n\nCharles Babbage:\t00:00:30\nThank you for having me.\n\n00:00:40\nThe difference engine was my first.\n\nAda Lovelace:\t00:01:00\nTell us more.\n',
		);
		expect(exportTranscript(await parseFixture('names.txt'), 'txt')).toBe(
			"Kitchen table interview\n\nHOST: Thanks for sitting down with me.\n\nGUEST: Happy to. The coffee helps.\n\nHOST: Let's start with the bakery. It opened in 1998, right?\n\nGUEST: Right. My mother ran it.\n\nThen I did.\n",
		);
	});

	it('refuses to invent times: an untimed transcript goes to md or txt only', async () => {
		const untimed = await parseFixture('names.txt');
		expect(() => exportTranscript(untimed, 'srt')).toThrow('has no times, so it cannot be written as srt; --to md or --to txt keep it without times');
		expect(exportTranscript(await parseFixture('names.txt'), 'md')).not.toMatch(/\[\d/);
	});
});

const SOURCES = [
	'voices.vtt',
	'broken-times.vtt',
	'rolling.vtt',
	'speakers.srt',
	'no-index.srt',
	'whisperx.srt',
	'words.json',
	'whisper.json',
	'whisperx.json',
	'whisper.tsv',
	'episode.html',
	'episode.md',
	'timed-lines.txt',
	'bracketed-lines.txt',
];

/** Formats that keep the time of every caption, not only of every paragraph. */
const KEEPS_MARKS = new Set<ExportFormat>(['vtt', 'srt']);

async function reimport(transcript: Transcript, format: ExportFormat): Promise<Transcript> {
	return parseTranscript(exportTranscript(transcript, format));
}

const cases = [
	...(await Promise.all(SOURCES.map(async name => [name, await parseFixture(name)] as const))),
	['the bundled episode', await loadSeed()] as const,
];

describe('export then import', () => {
	it.each(cases.flatMap(([name, transcript]) => EXPORT_FORMATS.map(format => [name, format, transcript] as const)))(
		'%s as %s gives the same speakers, times and words',
		async (_, format, transcript) => {
			const again = await reimport(transcript, format);
			expect(turnsOf(again)).toEqual(turnsOf(transcript));
			// Paragraphs the import merges keep their starts as times inside the merged paragraph.
			expect(timesOf(again, true)).toEqual(timesOf(transcript, KEEPS_MARKS.has(format)));
		},
	);

	it.each(['md', 'txt'] as const)('keeps an untimed transcript untimed as %s', async format => {
		const transcript = await parseFixture('names.txt');
		const again = await reimport(transcript, format);
		expect(again.timed).toBe(false);
		expect(turnsOf(again)).toEqual(turnsOf(transcript));
		expect(again.paragraphs.map(paragraph => paragraph.text)).toEqual(transcript.paragraphs.map(paragraph => paragraph.text));
	});

	it.each(['md', 'txt'] as const)('keeps paragraphs and titles exactly as %s', async format => {
		const seed = await loadSeed();
		const again = await reimport(seed, format);
		expect(again.title).toBe(seed.title);
		// Markdown stamps every paragraph; the bundled episode's are all stamped anyway.
		expect(again.paragraphs.map(paragraph => [paragraph.start, paragraph.stamped, paragraph.text])).toEqual(
			seed.paragraphs.map(paragraph => [paragraph.start, paragraph.stamped, paragraph.text]),
		);
	});
});

describe('export then import, in the cases that used to lose something', () => {
	it('keeps one-word names used once (`Host:`, `Guest:`), and a lone lecturer', async () => {
		const twoVoices = await parseTranscript('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Host>Welcome.\n\n00:00:04.500 --> 00:00:08.000\n<v Guest>Thanks.\n');
		const again = await parseTranscript(exportTranscript(twoVoices, 'srt'));
		expect(turnsOf(again)).toEqual(['Host: Welcome.', 'Guest: Thanks.']);
		const lecture = await parseTranscript('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Lecturer>Today, tides.\n');
		expect(exportTranscript(lecture, 'srt')).toBe('1\n00:00:01,000 --> 00:00:04,000\n[Lecturer]: Today, tides.\n');
		expect(turnsOf(await parseTranscript(exportTranscript(lecture, 'srt')))).toEqual(['Lecturer: Today, tides.']);
	});

	it('keeps a short untimed chat from Markdown through text', async () => {
		const chat = await parseTranscript('# Chat\n\n**Ann:** Hello.\n\n**Bob:** Hi.\n\n**Ann:** Bye.');
		const again = await parseTranscript(exportTranscript(chat, 'txt'));
		expect([again.title, again.timed, ...turnsOf(again)]).toEqual(['Chat', false, 'Ann: Hello.', 'Bob: Hi.', 'Ann: Bye.']);
	});

	it('keeps a time said at the start of a paragraph as words, in Markdown', async () => {
		const untimed = await parseTranscript('Talk\n\nANN LEE: 10:30 is when we met.\n\nBOB PARK: Right, at 9:15 we left.\n\nANN LEE: Yes.', {from: 'plain-text'});
		const again = await parseTranscript(exportTranscript(untimed, 'md'));
		expect([again.timed, ...turnsOf(again)]).toEqual([false, 'ANN LEE: 10:30 is when we met.', 'BOB PARK: Right, at 9:15 we left.', 'ANN LEE: Yes.']);
	});

	it('never writes a cue that ends before it starts (a cue with no end runs to the next)', async () => {
		const transcript = await parseTranscript('1\n00:00:01,000 --> 00:00:02,000\nHello there,\n\n2\n00:00:02,500 -->\nand welcome.\n');
		const vtt = exportTranscript(transcript, 'vtt');
		for (const [, start, end] of vtt.matchAll(/(\S+) --> (\S+)/g)) expect(end! >= start!).toBe(true);
		expect(vtt).toContain('00:00:02.500 --> 00:00:');
		expect((await parseTranscript(vtt)).warnings).toEqual([]);
	});
});

describe('export then import, second review', () => {
	it('keeps a title that reads like a stamp header out of text output, rather than reading it back as a speaker', async () => {
		const keynote = await parseTranscript('WEBVTT - Keynote (45:00)\n\n00:01.000 --> 00:02.000\nHello.\n\n00:05.000 --> 00:06.000\nWelcome.\n');
		const again = await parseTranscript(exportTranscript(keynote, 'txt'));
		expect([again.speakers.length, again.paragraphs[0]!.start, again.warnings]).toEqual([0, 1, []]);
	});

	it('keeps an untimed transcript’s unnamed first paragraph through text', async () => {
		const untimed = await parseTranscript('Welcome to the untimed show, everyone here.\n\n**Ann:** Hello.\n\n**Bob:** Hi.\n\n**Ann:** Bye.', {from: 'md'});
		const again = await parseTranscript(exportTranscript(untimed, 'txt'));
		expect(turnsOf(again)).toEqual(turnsOf(untimed));
	});

	it('reads a timed transcript without names back from Markdown, whatever its stamps', async () => {
		const html = '<p><time>0:01</time>One.</p><p>Two.</p><p>Three.</p><p><time>0:09</time>Four.</p><p>Five.</p>';
		const sparse = await parseTranscript(html, {from: 'html'});
		const again = await parseTranscript(exportTranscript(sparse, 'md'));
		expect(again.paragraphs.map(paragraph => [paragraph.start, paragraph.text])).toEqual(sparse.paragraphs.map(paragraph => [paragraph.start, paragraph.text]));
	});

	it('keeps speakers whose names have brackets, slashes or ampersands, through SRT', async () => {
		const names = ['Jane (she/her)', 'Guest #2', 'Ann & Bob', "O'Brien, Pat", 'Host 1/2', 'Dr. Who?'];
		const vtt = [
			'WEBVTT',
			...names.map((name, index) => `00:00:0${index}.000 --> 00:00:0${index}.900\n<v ${name.replace('&', '&amp;')}>Sentence number ${index}.`),
		].join('\n\n');
		const transcript = await parseTranscript(vtt);
		expect(turnsOf(await parseTranscript(exportTranscript(transcript, 'srt')))).toEqual(turnsOf(transcript));
	});
});

describe('export then import, third review', () => {
	it('keeps a speaker whose name is a label (Note, Question) through SRT and text', async () => {
		const note = await parseTranscript(
			'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Note>Hello there.\n\n00:02.500 --> 00:03.000\n<v Bo>Hi.\n\n00:03.500 --> 00:04.000\n<v Note>Again.\n',
		);
		expect(turnsOf(await parseTranscript(exportTranscript(note, 'srt')))).toEqual(turnsOf(note));
		const qa = await parseTranscript('<p><cite>Question:</cite> Where?</p><p><cite>Answer:</cite> Here.</p><p><cite>Question:</cite> When?</p>', {
			from: 'html',
		});
		expect(turnsOf(await parseTranscript(exportTranscript(qa, 'txt')))).toEqual(turnsOf(qa));
	});

	it('keeps the paragraphs of a transcript without speakers through text', async () => {
		const tsv = await parseTranscript('start\tend\ttext\n0\t2000\tOne.\n5000\t7000\tTwo.\n');
		expect(tsv.paragraphs).toHaveLength(2);
		expect((await parseTranscript(exportTranscript(tsv, 'txt'))).paragraphs).toHaveLength(2);
	});

	it('gives back the words of Markdown that is not lexed (long or dense with markup), without escapes', async () => {
		const censored = await parseTranscript(`T\n\nANN: ${'what the f*** f*** '.repeat(30)}end.\n\nBO: ok.\n\nANN: state_of_the_art.`, {from: 'plain-text'});
		expect(turnsOf(await parseTranscript(exportTranscript(censored, 'md')))).toEqual(turnsOf(censored));
	});

	it('escapes the colon that would make a name, not one inside an aside', async () => {
		const aside = await parseTranscript(
			'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hello.\n\n00:02.000 --> 00:03.000\n<v Bo>Ann Lee (00:10): she said so.\n\n00:03.000 --> 00:04.000\n<v Ann>Yes.\n',
		);
		expect(turnsOf(await parseTranscript(exportTranscript(aside, 'md')))).toEqual(turnsOf(aside));
	});

	it('writes the title into JSON', async () => {
		expect(JSON.parse(exportTranscript(small, 'json')).title).toBe('A small episode');
		expect((await parseTranscript(exportTranscript(small, 'json'))).title).toBe('A small episode');
	});
});
