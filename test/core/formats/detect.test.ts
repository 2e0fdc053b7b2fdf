import {describe, expect, it} from 'vitest';
import {decodeTranscriptBytes} from '../../../source/core/decode.js';
import {chooseFormat, parseTranscript} from '../../../source/core/formats/index.js';
import {fixtureText, loadSeed, parseFixture, SEED_PATH, summary} from '../../helpers/transcripts.js';
import {readFileSync} from 'node:fs';

const EXPECTED: Record<string, string> = {
	'voices.vtt': 'vtt',
	'broken-times.vtt': 'vtt',
	'rolling.vtt': 'vtt',
	'speakers.srt': 'srt',
	'no-index.srt': 'srt',
	'whisperx.srt': 'srt',
	'words.json': 'json',
	'whisper.json': 'whisper-json',
	'whisperx.json': 'whisper-json',
	'whisper.tsv': 'whisper-tsv',
	'episode.html': 'html',
	'episode.md': 'md',
	'rev-front-matter.md': 'md',
	'timed-lines.txt': 'timed-lines',
	'bracketed-lines.txt': 'timed-lines',
	'names.txt': 'plain-text',
};

describe('format detection', () => {
	it.each(Object.entries(EXPECTED))('knows %s by its content alone, whatever its name', async (name, format) => {
		expect(chooseFormat(fixtureText(name)).name).toBe(format);
		expect(chooseFormat(fixtureText(name), {fileName: 'transcript.txt'}).name).toBe(format);
	});

	it('knows the bundled episode', async () => {
		expect(chooseFormat(decodeTranscriptBytes(readFileSync(SEED_PATH)).text).name).toBe('stamped-text');
	});

	it('takes the extension as a hint between near-equals: headerless WebVTT named .vtt is still read', async () => {
		const headerless = '00:00:01.000 --> 00:00:02.000\n<v Ann>Hi.\n';
		expect(chooseFormat(headerless, {fileName: 'a.vtt'}).name).toBe('vtt');
		expect(chooseFormat(headerless, {fileName: 'a.txt'}).name).toBe('srt');
		expect(summary(await parseTranscript(headerless, {fileName: 'a.vtt'}))).toEqual(['Ann|1|Hi.']);
	});

	it('reads the format --from names, or fails in one line for a name it does not know', async () => {
		expect(chooseFormat(fixtureText('names.txt'), {from: 'txt'}).name).toBe('plain-text');
		expect(chooseFormat(fixtureText('timed-lines.txt'), {from: 'txt'}).name).toBe('timed-lines');
		await expect(parseTranscript(fixtureText('episode.md'), {from: 'vtt'})).rejects.toThrow('has no cues Parley can read');
		await expect(parseTranscript('x', {from: 'docx'})).rejects.toThrow(
			"--from expects one of vtt, json, whisper-json, whisper-tsv, html, srt, md, stamped-text, timed-lines, plain-text, txt; got 'docx'",
		);
	});
});

describe('encodings and line ends', () => {
	const encode = (text: string, encoding: 'utf16le' | 'utf16be' | 'utf8bom') => {
		if (encoding === 'utf8bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
		const little = Buffer.from(`\uFEFF${text}`, 'utf16le');
		return encoding === 'utf16le' ? little : little.swap16();
	};

	it.each(Object.keys(EXPECTED))('reads %s the same in UTF-16 LE/BE and UTF-8 with BOM, with CRLF and CR line ends', async name => {
		const expected = summary(await parseFixture(name));
		const text = fixtureText(name);
		for (const variant of [text.replaceAll('\n', '\r\n'), text.replaceAll('\n', '\r')]) {
			for (const encoding of ['utf16le', 'utf16be', 'utf8bom'] as const) {
				expect(summary(await parseTranscript(decodeTranscriptBytes(encode(variant, encoding)).text))).toEqual(expected);
			}
		}
	});

	it('keeps reading the bundled episode exactly as before', async () => {
		const seed = await loadSeed();
		expect([seed.paragraphs.length, seed.turns.length, seed.speakers.length, seed.timed]).toEqual([162, 137, 2, true]);
	});
});

describe('what is not a transcript', () => {
	const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
	it.each([
		['this README', README],
		['Markdown prose with a heading and bold words', '# My Project\n\nA library.\n\n**Install** it with npm.\n\nMore prose.\n'],
		[
			'a Debian copyright file',
			'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: foo\n\nFiles: *\nCopyright: 2008 John Doe <john@example.com>\nLicense: GPL-2+\n\nFiles: debian/*\nCopyright: 2010 Jane Roe\nLicense: GPL-2+\n',
		],
		['notes with labels', 'Meeting notes\n\nNote: the room changed.\nWe discussed the budget.\nNote: bring slides.\nAction: book the hall.\n'],
		['an application log', '10:01:02.123 [main] INFO Server started\n10:01:03.456 [main] WARN Slow start\n10:01:04.001 [worker-1] ERROR Lost connection\n'],
		['a build log', "[10:01:02] Starting 'default'...\n[10:01:03] Finished 'default' after 1 s\n"],
		['a log with clock times', '10:01:02 AM  Build started\n10:01:05 AM  Build finished\n'],
		['a server log without levels', '12:00:01.123 Server listening on port 8080\n12:00:02.000 Connected\n'],
		[
			'a blog page with dates in <time>',
			'<html><body><article><h1>Tides</h1><time datetime="2023-01-05">January 5, 2023</time><p>An article.</p><cite>alice</cite> <time>Jan 6</time><p>Nice post.</p></article></body></html>',
		],
		['meeting notes in Markdown', '# Meeting\n\n**Attendees:** Ann, Bob\n\n**Agenda:** tides\n\n**Decision:** go\n'],
		['a recipe', 'Bread\n\nIngredients: flour, water and salt.\n\nMethod: mix them all well.\n\nServes: four hungry people.\n'],
	])('refuses %s', async (_, text) => {
		await expect(parseTranscript(text)).rejects.toThrow('is not a transcript Parley can read');
	});
});
