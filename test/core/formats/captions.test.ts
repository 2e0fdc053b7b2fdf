import {describe, expect, it} from 'vitest';
import {parseTranscript} from '../../../source/core/formats/index.js';
import {timeAt} from '../../../source/core/model.js';
import {parseFixture, summary} from '../../helpers/transcripts.js';

describe('WebVTT', () => {
	it('takes speakers from voice tags, skips header, NOTE, STYLE and REGION blocks, removes tags and decodes entities', async () => {
		expect(summary(await parseFixture('voices.vtt'))).toEqual([
			'Ann Lee|1|Welcome back to Field Notes & thanks for listening. Today: tide pools <and> more.',
			"Bo Park|6.5|It's great to be here, Ann. I studied anemones for years.",
			'Ann Lee|12|The word is 磯, the shore. Short question.',
			'Bo Park|14|Short answer.',
		]);
	});

	it('keeps each merged cue’s time, so a place in the text maps back to its moment', async () => {
		const transcript = await parseFixture('voices.vtt');
		const first = transcript.paragraphs[0]!;
		expect(first.marks).toEqual([{offset: first.text.indexOf('for listening'), start: 3.5}]);
		expect(first.end).toBe(6);
		expect(timeAt(first, first.text.indexOf('for listening'))).toBe(3.5);
		expect(timeAt(first, 0)).toBe(1);
	});

	it('reads Whisper’s own timing (minutes and seconds under an hour, one-digit hours over it) without a warning', async () => {
		const transcript = await parseFixture('whisper.vtt');
		expect(transcript.warnings).toEqual([]);
		expect(transcript.paragraphs.map(paragraph => paragraph.start)).toEqual([0, 3594.1]);
		const last = transcript.paragraphs[1]!;
		expect(last.marks.map(mark => mark.start)).toEqual([3598.64, 3603.02]);
		expect(last.end).toBe(3607.5);
	});

	it('reads the timestamps real files write in other forms, and warns only of the cues dropped or whose end was guessed', async () => {
		const transcript = await parseFixture('broken-times.vtt');
		expect(summary(transcript)).toEqual([
			'-|0.86|Seconds only, from an old converter.',
			'-|850.72|Minutes and seconds, which WebVTT allows.',
			// Cues with no end (or an end before the start) run on into the next.
			'-|3723.5|One-digit hours. A comma and a short fraction. No end time. Ends before it starts.',
		]);
		expect(transcript.paragraphs[0]!.end).toBe(7.38);
		expect(transcript.warnings).toEqual([
			"2 cues dropped: line 15: 00:61:00.000 is not a time; line 24: 'nonsense --> more nonsense' is not a cue timing",
			'2 cues with no end time, or one before the start, taken to last until the next',
		]);
	});

	it('takes a title from the header line, and `Name:` prefixes when there are no voice tags', async () => {
		const transcript = await parseTranscript(
			'WEBVTT - Rooftops, part 2\n\n00:01.000 --> 00:02.000\nRui Sousa: Up here.\n\n00:02.000 --> 00:03.000\nJo: Careful.\n',
		);
		expect(transcript.title).toBe('Rooftops, part 2');
		expect(summary(transcript)).toEqual(['Rui Sousa|1|Up here.', 'Jo|2|Careful.']);
	});

	it('starts a paragraph after a long pause, and at a sentence end once the paragraph is long', async () => {
		// Each sentence is 37 characters long, and different: repeated lines would look like rolling captions.
		const sentence = (index: number) => `This sentence ${String.fromCodePoint(65 + index)} is about forty chars.`;
		const cues = Array.from(
			{length: 14},
			(_, index) => `00:00:${String(index * 2).padStart(2, '0')}.000 --> 00:00:${String(index * 2 + 2).padStart(2, '0')}.000\n<v A>${sentence(index)}`,
		);
		cues.push('00:00:40.000 --> 00:00:42.000\n<v A>After a pause.');
		const transcript = await parseTranscript(['WEBVTT', ...cues].join('\n\n'));
		expect(transcript.paragraphs.map(paragraph => paragraph.text.length)).toEqual([417, 113, 14]);
		expect(transcript.turns).toHaveLength(1);
	});

	it('removes control sequences from cue text and voice names', async () => {
		const transcript = await parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ev\u001B[31mil>Hi \u001B]52;c;ZXZpbA==\u0007there\u009B2J');
		expect(summary(transcript)).toEqual(['Ev[31mil|1|Hi ]52;c;ZXZpbA==there2J']);
	});

	it('fails with a clear message when no cue can be read', async () => {
		await expect(parseTranscript('WEBVTT\n\nNOTE nothing here\n')).rejects.toThrow('has no cues Parley can read (no cues found)');
		await expect(parseTranscript('WEBVTT\n\n00:99:00.000 --> 01:00:00.000\nHi\n')).rejects.toThrow('(line 3: 00:99:00.000 is not a time)');
		await expect(parseTranscript('WEBVTT\n\n00:01.000 --> 00:02.000\n<i></i>\n')).rejects.toThrow('(every cue is empty)');
	});
});

describe('SRT', () => {
	it('merges cues into turns, with `Name:` only where the speaker changes, tags removed, empty cues skipped, CRLF', async () => {
		const transcript = await parseFixture('speakers.srt');
		expect(summary(transcript)).toEqual([
			'Mira|0.5|Hello and welcome to the show. Today we talk about bridges.',
			'Teo|5|Thanks, Mira. I build them for a living.',
			'Mira|9.5|So, what makes one last?',
		]);
		expect(transcript.paragraphs[0]!.marks).toEqual([{offset: 31, start: 2}]);
		expect(transcript.warnings).toEqual([]);
	});

	it('reads cues without indexes, with dot milliseconds, without blank lines between, and with blank lines inside', async () => {
		const transcript = await parseFixture('no-index.srt');
		expect(transcript.paragraphs.map(paragraph => paragraph.text)).toEqual([
			'First cue without an index. Second cue, dot milliseconds. Third cue, no blank line before it. Fourth cue has a blank line inside its text.',
		]);
		expect(transcript.paragraphs[0]!.marks.map(mark => mark.start)).toEqual([2, 3, 4]);
	});

	it('takes WhisperX speakers (`[SPEAKER_00]:`)', async () => {
		expect(summary(await parseFixture('whisperx.srt'))).toEqual([
			'SPEAKER_00|0.031|Is the recorder on?',
			'SPEAKER_01|2.6|It is now.',
			'SPEAKER_00|4|Then let us begin.',
		]);
	});

	it('does not take a word before a colon for a speaker unless the file names speakers that way', async () => {
		const transcript = await parseTranscript(
			'1\n00:00:01,000 --> 00:00:02,000\nNote: the bridge is closed.\n\n2\n00:00:02,000 --> 00:00:03,000\nWe take the ferry.\n',
		);
		expect(summary(transcript)).toEqual(['-|1|Note: the bridge is closed. We take the ferry.']);
	});

	it('warns about cues that go back in time, and keeps them in reading order', async () => {
		const transcript = await parseTranscript('1\n00:00:05,000 --> 00:00:06,000\nLater.\n\n2\n00:00:01,000 --> 00:00:02,000\nEarlier.\n');
		expect(transcript.paragraphs[0]!.marks).toEqual([]);
		expect(transcript.paragraphs[0]!.text).toBe('Later. Earlier.');
		expect(transcript.warnings).toEqual(['1 cue starting before the one before kept in reading order']);
	});
});

describe('automatic captions', () => {
	it('drops the lines each rolling cue repeats from the cue before, keeping the times', async () => {
		const transcript = await parseFixture('rolling.vtt');
		expect(summary(transcript)).toEqual(["-|0.32|so today we're going to talk about tide pools and the creatures in them"]);
		expect(transcript.paragraphs[0]!.marks).toEqual([
			{offset: 24, start: 2.76},
			{offset: 46, start: 5.2},
		]);
	});

	it('keeps a line said twice in a file whose cues do not roll', async () => {
		const cues = [
			'00:01.000 --> 00:02.000\n<v A>No.',
			'00:02.000 --> 00:03.000\n<v B>No.',
			'00:03.000 --> 00:04.000\n<v A>Yes, it rolls on.',
			'00:04.000 --> 00:05.000\n<v A>Another line.',
		];
		expect(summary(await parseTranscript(['WEBVTT', ...cues].join('\n\n')))).toEqual(['A|1|No.', 'B|2|No.', 'A|3|Yes, it rolls on. Another line.']);
	});
});

describe('untrusted text in messages', () => {
	it('removes control sequences from the lines a warning or an error quotes', async () => {
		const bad = '\u001B[2J\u001B]52;c;aGVsbG8=\u0007 --> 00:00:04,000';
		const transcript = await parseTranscript(`1\n00:00:01,000 --> 00:00:02,000\nhi\n\n2\n${bad}\nx\n`);
		expect(transcript.warnings).toEqual(["1 cue dropped: line 6: '[2J]52;c;aGVsbG8= --> 00:00:04,000' is not a cue timing"]);
		await expect(parseTranscript(`1\n${bad}\nx\n`, {from: 'srt'})).rejects.toThrow(
			"has no cues Parley can read (line 2: '[2J]52;c;aGVsbG8= --> 00:00:04,000' is not a cue timing)",
		);
	});
});

describe('sentences across a pause', () => {
	// Made up for these tests; each line is a cue.
	const dishes = [
		'Washing up',
		'00:23:40 I have spent years learning how to turn the chore of washing up',
		'00:23:55 into something that is almost enjoyable.',
		'00:24:10 Music helps.',
	].join('\n');

	it('keeps a sentence whose timed line goes on after a long gap in one paragraph, its time a mark inside it', async () => {
		const transcript = await parseTranscript(dishes);
		expect(summary(transcript)).toEqual([
			'-|1420|I have spent years learning how to turn the chore of washing up into something that is almost enjoyable.',
			// The sentence ended: the same gap now starts a paragraph.
			'-|1450|Music helps.',
		]);
		const [first] = transcript.paragraphs;
		expect(first!.marks).toEqual([{offset: first!.text.indexOf('into something'), start: 1435}]);
		expect(timeAt(first!, first!.text.indexOf('almost'))).toBeGreaterThan(1435);
	});

	it('keeps a caption after a pause in the paragraph when the one before ends mid-sentence or it opens in lower case', async () => {
		const cues = [
			'00:01.000 --> 00:03.000\n<v A>We bought a boat, e.g.',
			'00:06.000 --> 00:08.000\n<v A>the small one with the red sail, and then',
			'00:12.000 --> 00:14.000\n<v A>we sailed it to the island.',
			'00:18.000 --> 00:20.000\n<v A>It sank.',
		];
		const transcript = await parseTranscript(['WEBVTT', ...cues].join('\n\n'));
		expect(summary(transcript)).toEqual(['A|1|We bought a boat, e.g. the small one with the red sail, and then we sailed it to the island.', 'A|18|It sank.']);
		expect(transcript.paragraphs[0]!.marks.map(mark => mark.start)).toEqual([6, 12]);
	});

	it('starts a new turn where the speaker changes, mid-sentence or not', async () => {
		const srt = '1\n00:00:01,000 --> 00:00:02,000\nAnn Lee: So the reason is\n\n2\n00:00:02,000 --> 00:00:03,000\nBo Park: because of the tide.\n';
		expect(summary(await parseTranscript(srt))).toEqual(['Ann Lee|1|So the reason is', 'Bo Park|2|because of the tide.']);
	});

	it('keeps paragraphs bounded: a sentence that never ends is cut once a paragraph is at its longest', async () => {
		const lines = Array.from({length: 60}, (_, index) => `00:${String(index).padStart(2, '0')}:00 and on line ${index} the speaker kept going without a stop`);
		const transcript = await parseTranscript(['Rambling', ...lines].join('\n'));
		expect(transcript.paragraphs.length).toBeGreaterThan(1);
		expect(Math.max(...transcript.paragraphs.map(paragraph => paragraph.text.length))).toBeLessThan(1600);
	});

	it('divides captions without punctuation at pauses, as before', async () => {
		const cues = [
			'00:01.000 --> 00:03.000\nso we went down to the rocks',
			'00:03.000 --> 00:05.000\nand looked in the pools',
			'00:09.000 --> 00:11.000\nthen the tide came back in',
		];
		expect(summary(await parseTranscript(['WEBVTT', ...cues].join('\n\n')))).toEqual([
			'-|1|so we went down to the rocks and looked in the pools',
			'-|9|then the tide came back in',
		]);
	});
});
