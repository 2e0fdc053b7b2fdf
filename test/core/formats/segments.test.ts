import {describe, expect, it} from 'vitest';
import {parseTranscript} from '../../../source/core/formats/index.js';
import {parseFixture, summary} from '../../helpers/transcripts.js';

describe('Podcasting 2.0 JSON', () => {
	it('merges one word per segment into paragraphs, skipping whitespace-only and unusable segments', async () => {
		const transcript = await parseFixture('words.json');
		expect(summary(transcript)).toEqual(['Ines Ortega|0.5|Good morning, everyone.', 'Kofi Mensah|2.4|Morning Ines!', 'Kofi Mensah|6|Shall we start? Yes.']);
		expect(transcript.paragraphs[0]!.marks.map(mark => mark.start)).toEqual([0.8, 1.2, 1.3, 1.6]);
		expect(transcript.paragraphs[0]!.end).toBe(1.7);
		expect(transcript.turns).toHaveLength(2);
		expect(transcript.warnings).toEqual(['1 segment without a startTime in seconds or a body skipped (number 12)']);
	});

	it('names the line and column where broken JSON stops', async () => {
		await expect(parseTranscript('{"version": "1.0.0", "segments": [\n  {"startTime": 1, "body": "Hi"},\n  {"startTime": 2,')).rejects.toThrow(
			/^is not valid JSON \(at (line 3, column 19|the end): .+\)$/,
		);
		await expect(parseTranscript('{"version": "1.0.0", "segments": [\n  {"startTime": 1 "body": "Hi"}]}')).rejects.toThrow(
			/^is not valid JSON \(at line 2, column 19: /,
		);
	});

	it('fails cleanly on JSON that is not a transcript', async () => {
		await expect(parseTranscript('{"segments": []}')).rejects.toThrow('has no segments with text');
		await expect(parseTranscript('{"segments": 5}', {from: 'json'})).rejects.toThrow('is JSON but has no "segments" list');
		await expect(parseTranscript('{"name": "parley"}')).rejects.toThrow('is not a transcript Parley can read');
	});
});

describe('Whisper', () => {
	it('reads JSON segments (start, end, text) as one unnamed speaker', async () => {
		const transcript = await parseFixture('whisper.json');
		expect(summary(transcript)).toEqual(['-|0|The tide is out. We walk to the far rocks.']);
		expect(transcript.paragraphs[0]!.marks).toEqual([{offset: 17, start: 2.24}]);
	});

	it('reads WhisperX speakers from the segments', async () => {
		expect(summary(await parseFixture('whisperx.json'))).toEqual([
			'SPEAKER_00|0.031|Is the recorder on?',
			'SPEAKER_01|2.6|It is now.',
			'SPEAKER_00|4|Then let us begin.',
		]);
	});

	it('reads TSV with times in milliseconds, and names the lines it cannot read', async () => {
		expect(summary(await parseFixture('whisper.tsv'))).toEqual(['-|0|The tide is out. We walk to the far rocks. The pools are full of life.']);
		const broken = await parseTranscript('start\tend\ttext\n0\t1000\tOne.\nbad line\n1000\t2000\tTwo.\n');
		expect(broken.paragraphs[0]!.text).toBe('One. Two.');
		expect(broken.warnings).toEqual(['1 line not of the form start<TAB>end<TAB>text (line 3) skipped']);
	});
});

describe('times out of range and units', () => {
	it('skips segments whose times are no times an episode has (1e306 seconds), with a warning', async () => {
		const transcript = await parseTranscript('{"segments":[{"start":0,"end":1,"text":"hi"},{"start":1e306,"end":1e307,"text":"far"}]}');
		expect(summary(transcript)).toEqual(['-|0|hi']);
		expect(transcript.warnings).toEqual(['1 segment without a start in seconds or a text skipped (number 2)']);
	});

	it('says why no segment could be read', async () => {
		await expect(parseTranscript('{"segments":[{"startTime":"0:05","body":"hi"}]}')).rejects.toThrow(
			'has no segments with text: 1 segment without a startTime in seconds or a body skipped (number 1)',
		);
	});

	it('reads the first row of a TSV without a header, when told it is Whisper TSV', async () => {
		expect(summary(await parseTranscript('0\t1000\tFirst row.\n1000\t2000\tSecond row.\n', {from: 'whisper-tsv'}))).toEqual(['-|0|First row. Second row.']);
	});

	it('reads Whisper TSV written in seconds, and skips a row with a time too large to be one', async () => {
		const transcript = await parseTranscript(`start\tend\ttext\n0.0\t2.24\tThe tide is out.\n2.24\t4.8\tWe walk.\n${'9'.repeat(400)}\t1\tNever.\n`);
		expect(summary(transcript)).toEqual(['-|0|The tide is out. We walk.']);
		expect(transcript.warnings).toEqual(['1 line not of the form start<TAB>end<TAB>text (line 4) skipped']);
	});
});
