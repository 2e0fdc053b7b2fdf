import {describe, expect, it} from 'vitest';
import {InputError} from '../../../source/core/errors.js';
import {parseTranscript} from '../../../source/core/formats/index.js';
import {MAX_PARAGRAPHS, paragraphAt} from '../../../source/core/model.js';
import {formatClock} from '../../../source/core/time.js';
import {loadSeed, parseText, SMALL, summary} from '../../helpers/transcripts.js';

const seed = await loadSeed();

describe('the bundled episode', () => {
	const transcript = seed;
	const speakerOf = (turn: number) => transcript.speakers[transcript.turns[turn]!.speaker!]!.name;

	it('has its title from the first line', async () => {
		expect(transcript.title).toBe('This is episode number 797 with Dr. Rosanne Liu, research scientist at Google DeepMind.');
	});

	it('has two speakers and one paragraph per stamp (136 named headers + 26 bare stamps)', async () => {
		expect(transcript.speakers.map(speaker => speaker.name)).toEqual(['Jon Krohn', 'Rosanne Liu']);
		expect(transcript.paragraphs).toHaveLength(162);
		expect(transcript.paragraphs.every(paragraph => paragraph.stamped)).toBe(true);
		expect(transcript.turns).toHaveLength(137);
		expect(transcript.warnings).toEqual([]);
	});

	it('gives the unnamed opening to the host who introduces himself in it', async () => {
		const opening = transcript.turns[0]!;
		expect(speakerOf(0)).toBe('Jon Krohn');
		expect(opening.paragraphs.map(paragraph => formatClock(paragraph.start))).toEqual(['00:00:11', '00:00:42', '00:01:18', '00:02:02']);
	});

	it('starts the first named turn at 00:02:12 with Rosanne Liu', async () => {
		const turn = transcript.turns[1]!;
		expect(speakerOf(1)).toBe('Rosanne Liu');
		expect(formatClock(turn.start)).toBe('00:02:12');
		expect(turn.paragraphs[0]!.text).toMatch(/^Thanks for having me, Jon\./);
	});

	it('ends with the last stamp, 01:09:29, and estimates its length from its words', async () => {
		const last = transcript.paragraphs.at(-1)!;
		expect(formatClock(last.start)).toBe('01:09:29');
		expect(last.text).toMatch(/with you very soon\.$/);
		const words = last.text.split(/\s+/).length;
		expect(last.end - last.start).toBe(Math.round(words / 2.5));
		expect(transcript.duration).toBe(last.end);
	});

	it('gives every paragraph an end: the next one’s start', async () => {
		transcript.paragraphs.slice(0, -1).forEach((paragraph, index) => {
			expect(paragraph.end).toBe(transcript.paragraphs[index + 1]!.start);
		});
	});

	it('keeps [inaudible 00:03:02] as text, not a boundary', async () => {
		const paragraph = paragraphAt(transcript, 172)!;
		expect(paragraph.text).toContain('[inaudible 00:03:02]');
		expect(formatClock(paragraph.start)).toBe('00:02:52');
	});

	it('keeps curly quotes and ellipses, and trims trailing no-break spaces', async () => {
		expect(transcript.paragraphs.some(paragraph => paragraph.text.includes('Six…'))).toBe(true);
		expect(transcript.paragraphs.some(paragraph => /\s$/.test(paragraph.text))).toBe(false);
	});
});

describe('the stamped-text format', () => {
	it('merges consecutive paragraphs of one speaker into a turn', async () => {
		const transcript = await parseText(SMALL);
		expect(transcript.turns.map(turn => transcript.speakers[turn.speaker!]!.name)).toEqual(['Ada Lovelace', 'Charles Babbage', 'Ada Lovelace']);
		expect(transcript.turns[0]!.paragraphs).toHaveLength(2);
		expect(transcript.turns[1]!.paragraphs.map(paragraph => paragraph.start)).toEqual([30, 40]);
	});

	it.each([
		['Hi, I am your host Jon. Today: engines.', 'Jon Krohn'],
		['My name is Jon Krohn and this is the show.', 'Jon Krohn'],
		['This is the show, with your host Jon Krohn.', 'Jon Krohn'],
		['Welcome! I’m Ada, and with me is Jon.', 'Ada Lovelace'],
		['hi, i’m jon krohn, welcome.', 'Jon Krohn'],
		['Honestly, I’m Ada Lovelace’s biggest fan. Welcome back, I am your host Jon Krohn.', 'Jon Krohn'],
	])('gives the opening to the speaker who introduces themself: %j', async (opening, host) => {
		const text = ['T', '00:00:01', opening, 'Ada Lovelace:\t00:00:10', 'Hello.', 'Jon Krohn:\t00:00:20', 'Hi.'].join('\n');
		const transcript = await parseText(text);
		expect(transcript.speakers[transcript.turns[0]!.speaker!]!.name).toBe(host);
	});

	it.each([
		'Welcome to the show. Let’s begin.',
		'This is Ada Lovelace, our guest today.',
		'I’m Ada’s biggest fan.',
		'I’m here with Ada Lovelace.',
		'Honestly, I am ada about it.',
	])('leaves the opening unnamed without a clear self-introduction: %j', async opening => {
		const text = ['T', '00:00:01', opening, 'Ada Lovelace:\t00:00:10', 'Hello.', 'Jon Krohn:\t00:00:20', 'Hi.'].join('\n');
		expect((await parseText(text)).turns[0]!.speaker).toBeUndefined();
	});

	it('reads a full name with a lower-case particle', async () => {
		const text = ['T', '00:00:01', 'I am Jon de Vries, hello.', 'Jon de Vries:\t00:00:10', 'Hello.', 'Jon Smith:\t00:00:20', 'Hi.'].join('\n');
		const transcript = await parseText(text);
		expect(transcript.speakers[transcript.turns[0]!.speaker!]!.name).toBe('Jon de Vries');
	});

	it('does not take a first name shared by two speakers as an introduction', async () => {
		const text = ['T', '00:00:01', 'I’m Ada, welcome.', 'Ada Lovelace:\t00:00:10', 'Hello.', 'Ada King:\t00:00:20', 'Hi.'].join('\n');
		expect((await parseText(text)).turns[0]!.speaker).toBeUndefined();
	});

	it('does not take prose with a few times in it for a transcript', async () => {
		const notes = [
			'# Notes',
			'',
			...Array.from({length: 40}, (_, index) => `Line ${index} of prose about the show.`),
			'00:02:12',
			'A time in an example.',
		].join('\n');
		await expect(parseText(notes)).rejects.toThrow('is not a transcript Parley can read');
	});

	it('finds the host among many speakers', async () => {
		const letters = (index: number) =>
			[0, 1, 2, 3].map(place => String.fromCharCode((place === 0 ? 65 : 97) + (Math.floor(index / 26 ** place) % 26))).join('');
		const speakers = Array.from({length: 20_000}, (_, index) => `Guest ${letters(index)}:\t00:00:10\nHi.`);
		const transcript = await parseText(['T', '00:00:01', 'Welcome, I’m your host Guest Hbaa.', ...speakers].join('\n'));
		expect(transcript.speakers[transcript.turns[0]!.speaker!]!.name).toBe('Guest Hbaa');
	});

	it('refuses prose read as this format, which has no speaker or time lines', async () => {
		await expect(parseTranscript('Just prose.\nMore prose.', {from: 'stamped-text'})).rejects.toThrow('has no speaker or time lines');
	});

	it('reads an impossible stamp (minute 61) as text, not as a time', async () => {
		const transcript = await parseText('T\nA:\t00:00:05\nOne.\n00:61:00\nTwo.\nB:\t00:75:00\nThree.');
		expect(transcript.paragraphs.map(paragraph => [paragraph.start, paragraph.text])).toEqual([[5, 'One. 00:61:00 Two. B: 00:75:00 Three.']]);
	});

	it('refuses more paragraphs than it can hold', async () => {
		const text = ['T', ...Array.from({length: MAX_PARAGRAPHS + 1}, (_, index) => `${formatClock(index)}\nx`)].join('\n');
		await expect(parseText(text)).rejects.toThrow('has more than 100,000 paragraphs, the most Parley reads');
	});

	it('leaves a transcript with no names without speakers', async () => {
		const transcript = await parseText('Notes\n00:00:01\nOne.\n00:00:05\nTwo.');
		expect(transcript.speakers).toEqual([]);
		expect(transcript.turns).toHaveLength(1);
		expect(transcript.turns[0]!.speaker).toBeUndefined();
	});

	it('strips control characters from text and names', async () => {
		const transcript = await parseText('Ti\u001B]0;pwned\u0007tle\nEv\u001B[31mil:\t00:00:01\nHello \u001B]52;c;ZXZpbA==\u0007there');
		expect(transcript.title).toBe('Ti]0;pwnedtle');
		expect(transcript.speakers[0]!.name).toBe('Ev[31mil');
		expect(transcript.paragraphs[0]!.text).toBe('Hello ]52;c;ZXZpbA==there');
	});

	it('warns about and keeps stamps that go backwards', async () => {
		const transcript = await parseText('T\nA:\t00:01:00\nOne.\nB:\t00:00:30\nTwo.');
		expect(transcript.paragraphs.map(paragraph => paragraph.start)).toEqual([60, 60]);
		expect(transcript.warnings).toEqual(['1 time earlier than the time before, kept in reading order: line 4: 00:00:30']);
	});

	it('joins text lines that follow each other into one paragraph; a blank line starts another', async () => {
		const transcript = await parseText('T\nA:\t00:00:10\nFirst line\nwrapped.\n\nSecond.\nB:\t00:00:20\nThird.');
		expect(transcript.paragraphs.map(paragraph => [paragraph.start, paragraph.stamped, paragraph.text])).toEqual([
			[10, true, 'First line wrapped.'],
			// Without a stamp: between the two around it, by the words before it.
			[18, false, 'Second.'],
			[20, true, 'Third.'],
		]);
		expect(paragraphAt(transcript, 15)!.text).toBe('First line wrapped.');
	});

	it('takes the later of two paragraphs the source stamps with one time for what is said after it', async () => {
		const transcript = await parseText('T\nA:\t00:00:10\nGot it.\nB:\t00:00:10\nA long answer that goes on.\nA:\t00:01:00\nNext.');
		expect(paragraphAt(transcript, 10)!.text).toBe('Got it.');
		expect(paragraphAt(transcript, 40)!.text).toBe('A long answer that goes on.');
	});

	it('reads stamps of 100 hours and more', async () => {
		const transcript = await parseText('T\nA:\t99:59:59\nOne.\nB:\t100:00:16\nTwo.');
		expect(transcript.paragraphs.map(paragraph => paragraph.start)).toEqual([359_999, 360_016]);
	});

	it('gives every turn the start of its first paragraph and the end of its last', async () => {
		const transcript = await parseText(SMALL);
		expect(transcript.turns.map(turn => [turn.start, turn.end])).toEqual([
			[5, 30],
			[30, 60],
			[60, 61],
		]);
	});

	it('refuses text without timestamps, and timestamps without text', async () => {
		await expect(parseTranscript('Just some notes.\nNothing timed.')).rejects.toThrow(InputError);
		await expect(parseTranscript('Just some notes.\nNothing timed.')).rejects.toThrow('no timestamps');
		await expect(parseTranscript('T\n00:00:01\n00:00:02')).rejects.toThrow('no transcript text');
	});
});

describe('speaker headers as transcription services write them', () => {
	it.each([
		[
			'Otter (`Name  0:05`)',
			'Jane Doe  0:00\nHello and welcome.\n\nSpeaker 2  0:05\nThanks, Jane.\n\nJane Doe  1:02:03\nLater on.',
			['Jane Doe|0|Hello and welcome.', 'Speaker 2|5|Thanks, Jane.', 'Jane Doe|3723|Later on.'],
		],
		[
			'Rev (`Name (00:05):`)',
			'Speaker 1 (00:00):\nHello and welcome.\n\nSpeaker 2 (00:05):\nThanks.\n',
			['Speaker 1|0|Hello and welcome.', 'Speaker 2|5|Thanks.'],
		],
		[
			'Zoom (`[Name] 10:01:22`)',
			'[John Smith] 10:01:22\nCan you hear me?\n[Ann Lee] 10:01:25\nYes.\n',
			['John Smith|36082|Can you hear me?', 'Ann Lee|36085|Yes.'],
		],
		[
			'Otter with its footer',
			'Jane Doe  0:00\nHello and welcome.\n\nSpeaker 2  0:05\nThanks, Jane.\n\n\nTranscribed by https://otter.ai\n',
			['Jane Doe|0|Hello and welcome.', 'Speaker 2|5|Thanks, Jane.'],
		],
		[
			'YouTube’s transcript (a bare `0:04` before each caption)',
			'0:00\nwelcome back to the channel\n0:04\ntoday we look at\n0:07\ntide pools and crabs\n',
			['-|0|welcome back to the channel today we look at tide pools and crabs'],
		],
	])('reads %s', async (_, text, expected) => {
		expect(summary(await parseTranscript(text))).toEqual(expected);
	});
});
