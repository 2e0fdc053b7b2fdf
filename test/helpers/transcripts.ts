import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {decodeTranscriptBytes} from '../../source/core/decode.js';
import {parseTranscript} from '../../source/core/formats/index.js';
import type {Transcript} from '../../source/core/model.js';

export const SEED_PATH = fileURLToPath(new URL('../../seeds/000_0c8a1c0868a88bbd.txt', import.meta.url));

export async function parseText(text: string): Promise<Transcript> {
	return parseTranscript(decodeTranscriptBytes(Buffer.from(text)).text);
}

const FIXTURES = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

export function fixtureText(name: string): string {
	return decodeTranscriptBytes(readFileSync(FIXTURES + name)).text;
}

/** A fixture from `test/fixtures/formats`, parsed as Parley opens a file (its name is a hint). */
export async function parseFixture(name: string, from?: string): Promise<Transcript> {
	return parseTranscript(fixtureText(name), {from, fileName: name});
}

/** Each paragraph as `speaker|start|text`, to compare transcripts in one assertion. */
export function summary(transcript: Transcript): string[] {
	return transcript.paragraphs.map(paragraph => {
		const speaker = transcript.turns[paragraph.turn]!.speaker;
		return `${speaker === undefined ? '-' : transcript.speakers[speaker]!.name}|${paragraph.start}|${paragraph.text}`;
	});
}

export async function loadSeed(): Promise<Transcript> {
	return parseTranscript(decodeTranscriptBytes(readFileSync(SEED_PATH)).text);
}

/** A small transcript in the bundled episode's format: an unnamed opening, two speakers. */
export const SMALL = [
	'A small episode',
	'00:00:05\t',
	'Welcome to the show. I’m your host, Ada Lovelace.',
	'Ada Lovelace:\t00:00:20\t',
	'Our guest today builds engines.',
	'Charles Babbage:\t00:00:30\t',
	'Thank you for having me.',
	'00:00:40\t',
	'The difference engine was my first.',
	'Ada Lovelace:\t00:01:00',
	'Tell us more.',
].join('\n');
