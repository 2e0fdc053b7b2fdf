/*
 * Every reader of untrusted files, fed random and mutated input: each returns what its type
 * promises, with every text it keeps safe to show, or refuses with a short one-line InputError.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {bookmarkFor, parseEpisodeState, serializeEpisodeState, type EpisodeState} from '../../source/core/bookmarks.js';
import {parseChaptersFile, formatChapters, type ChaptersFile} from '../../source/core/chapters/files.js';
import {decodeTranscriptBytes} from '../../source/core/decode.js';
import {FROM_NAMES, parseTranscript} from '../../source/core/formats/index.js';
import {parseRefsSidecar, type SidecarEntry} from '../../source/core/mentions/sidecar.js';
import type {Transcript} from '../../source/core/model.js';
import {MAX_SECONDS} from '../../source/core/time.js';
import {ATTACKS, BAD_NUMBERS, expectSafe, expectTime, hostile, hostileString, mutatedFrom, readsOrRefuses} from '../helpers/hostile.js';
import {fixtureText, SEED_PATH} from '../helpers/transcripts.js';

const FORMATS = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const FIXTURES = readdirSync(FORMATS).map(name => ({name, text: fixtureText(name)}));
const SEED = decodeTranscriptBytes(readFileSync(SEED_PATH)).text;

// What buildTranscript promises.

function checkParagraphs(transcript: Transcript) {
	expect(transcript.paragraphs.length).toBeGreaterThan(0);
	let previous = 0;
	for (const [index, paragraph] of transcript.paragraphs.entries()) {
		expect(paragraph.id).toBe(index);
		expectTime(paragraph.start);
		expect(paragraph.start).toBeGreaterThanOrEqual(previous);
		expectTime(paragraph.end);
		expect(paragraph.end).toBeGreaterThanOrEqual(paragraph.start);
		expect(paragraph.text).not.toBe('');
		expectSafe(paragraph.text);
		let mark = {offset: 0, start: paragraph.start};
		for (const next of paragraph.marks) {
			expect(next.offset).toBeGreaterThan(mark.offset);
			expect(next.offset).toBeLessThanOrEqual(paragraph.text.length);
			expect(next.start).toBeGreaterThanOrEqual(mark.start);
			expect(next.start).toBeLessThanOrEqual(paragraph.end);
			mark = next;
		}

		previous = paragraph.start;
	}
}

function checkTurns(transcript: Transcript) {
	const {turns, speakers} = transcript;
	expect(turns.flatMap(turn => turn.paragraphs)).toEqual(transcript.paragraphs);
	for (const [index, turn] of turns.entries()) {
		expect(turn.id).toBe(index);
		expect(turn.paragraphs.length).toBeGreaterThan(0);
		for (const paragraph of turn.paragraphs) expect(paragraph.turn).toBe(index);
		if (turn.speaker !== undefined) expect(speakers[turn.speaker]).toBeDefined();
		if (index > 0) expect(turn.speaker).not.toBe(turns[index - 1]!.speaker);
	}

	const names = speakers.map(speaker => speaker.name);
	expect(new Set(names).size).toBe(names.length);
	for (const name of names) expect(name.trim()).not.toBe('');
}

function checkTranscript(transcript: Transcript) {
	checkParagraphs(transcript);
	checkTurns(transcript);
	expectSafe(transcript.title, ...transcript.speakers.map(speaker => speaker.name), ...transcript.warnings);
	expect(transcript.duration).toBe(Math.max(...transcript.paragraphs.map(paragraph => paragraph.end)));
	for (const chapter of transcript.chapters ?? []) {
		expect(transcript.paragraphs[chapter.paragraph!]).toBeDefined();
		expectTime(chapter.start);
		expectSafe(chapter.title);
	}
}

/** Read as detected (with and without the file's name as a hint), and as every `--from`. */
async function readEveryWay(text: string, fileName = '') {
	for (const options of [{fileName}, {}, ...FROM_NAMES.map(from => ({from}))]) {
		const t0 = performance.now();
		await readsOrRefuses(() => parseTranscript(text, options), checkTranscript);
		const t2 = performance.now();
		if (t2 - t0 > 100) console.log('SLOW', (t2 - t0).toFixed(0), JSON.stringify(options), text.length, JSON.stringify(text));
	}
}

const fixtureName = fc.constantFrom(...FIXTURES.map(fixture => fixture.name));
const named = (texts: fc.Arbitrary<string>) => fc.tuple(texts, fixtureName);

/** Pieces of every format, so that random text gets past detection into the parsers. */
const FRAGMENTS = [
	'WEBVTT',
	'WEBVTT - ',
	'-->',
	'00:00:01.000 --> 00:00:02.000',
	'1:02',
	'00:61:00',
	'<v Ann>',
	'<v.loud Bo Li>',
	'</v>',
	'&amp;',
	'&#x1B;',
	'&#155;',
	'<c.x>',
	'<00:00:01.000>',
	'{\\an8}',
	'<rt>',
	'NOTE',
	'1',
	'00:00:01,000 --> 00:00:02,000',
	'[SPEAKER_00]:',
	'Ann Lee:',
	'Ann Lee:\t00:00:01',
	'**Bo:**',
	'**[00:01] Ann:**',
	'# ',
	'[00:01]',
	'(1:02:03)',
	'{"segments":[{"speaker":"',
	'","startTime":',
	',"endTime":',
	',"body":"',
	'"}]}',
	'{"text":"", "segments":[{"start":',
	'<p>',
	'<cite>',
	'</cite>',
	'<time>',
	'0:05',
	'</time>',
	'start\tend\ttext',
	'1000\t2000\t',
];
/** A speaker's header line (`Name:<TAB>00:00:01`, `[Name] 0:01` …) whose name is an attack, or nothing but one. */
const header = fc
	.tuple(
		fc.constantFrom('', 'Eve'),
		fc.constantFrom(...ATTACKS),
		fc.constantFrom('NAME:\t00:00:01', 'NAME  0:05', 'NAME (0:01):', '[NAME] 0:01', '**NAME:** [00:01]', '<v NAME>', 'NAME: '),
	)
	.map(([name, attack, line]) => `\n${line.replace('NAME', name + attack)}\n`);
const fragmentText = fc
	.tuple(
		fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS, ...ATTACKS, ...BAD_NUMBERS), fc.string({maxLength: 10}), header), {maxLength: 40}),
		fc.constantFrom(' ', '\n', '\n\n', '\t', ''),
	)
	.map(([parts, separator]) => parts.join(separator));

describe('every transcript format, through parseTranscript (detected, and each --from)', () => {
	it('reads arbitrary text (any code points, controls, escape sequences) or refuses it cleanly', async () => {
		await fc.assert(
			fc.asyncProperty(named(hostileString(400)), async ([text, name]) => readEveryWay(text, name)),
			{numRuns: 150},
		);
	});

	it('reads random text made of every format’s pieces or refuses it cleanly', async () => {
		await fc.assert(
			fc.asyncProperty(named(fragmentText), async ([text, name]) => readEveryWay(text, name)),
			{numRuns: 200},
		);
	});

	it('reads every fixture, mutated (lines deleted, inserted, swapped; characters flipped; broken times; huge lines; cut short), or refuses it cleanly', async () => {
		const mutated = fc.tuple(mutatedFrom(FIXTURES.map(fixture => fixture.text)), fixtureName);
		await fc.assert(
			fc.asyncProperty(mutated, async ([text, name]) => readEveryWay(text, name)),
			{numRuns: 200},
		);
	});

	it('reads the bundled episode, mutated, or refuses it cleanly', async () => {
		await fc.assert(
			fc.asyncProperty(mutatedFrom([SEED]), async text => readEveryWay(text, 'episode.txt')),
			{numRuns: 15},
		);
	});

	it('reads segments whose fields are anything at all, or refuses them cleanly', async () => {
		const anyField = fc.oneof(
			fc.anything(),
			fc.constantFrom(...BAD_NUMBERS),
			fc.constantFrom(-1, 1e308, Number.MAX_SAFE_INTEGER, MAX_SECONDS + 1),
			hostileString(20),
		);
		const segment = fc.dictionary(fc.constantFrom('speaker', 'startTime', 'endTime', 'body', 'start', 'end', 'text'), anyField);
		const json = fc.record({title: anyField, segments: fc.array(segment, {maxLength: 10})}, {requiredKeys: ['segments']}).map(value => JSON.stringify(value));
		await fc.assert(
			fc.asyncProperty(json, async text => readEveryWay(text, 'ep.json')),
			{numRuns: 150},
		);
	});
});

describe('decodeTranscriptBytes', () => {
	const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]];
	const bytes = fc
		.tuple(
			fc.constantFrom(...BOMS),
			fc.oneof(
				fc.uint8Array({maxLength: 400}),
				hostileString(200).map(text => Buffer.from(text)),
			),
		)
		.map(([bom, rest]) => Uint8Array.from([...bom, ...rest]));

	it('decodes random bytes to normalised text, or refuses them cleanly', async () => {
		await fc.assert(
			fc.asyncProperty(bytes, async input =>
				readsOrRefuses(
					() => decodeTranscriptBytes(input),
					({text, warnings}) => {
						expect(text).not.toMatch(/\r|^\uFEFF/);
						expect(text.trim()).not.toBe('');
						expect(text).toBe(text.normalize('NFC'));
						expectSafe(...warnings);
					},
				),
			),
			{numRuns: 300},
		);
	});
});

// Chapters files

function checkChapters({format, entries}: ChaptersFile) {
	expect(['json', 'txt', 'vtt']).toContain(format);
	expect(entries.length).toBeGreaterThan(0);
	for (const [index, entry] of entries.entries()) {
		expectTime(entry.start, MAX_SECONDS);
		if (index > 0) expect(entry.start).toBeGreaterThanOrEqual(entries[index - 1]!.start);
		if (entry.end !== undefined) expectTime(entry.end, MAX_SECONDS);
		if (entry.end !== undefined) expect(entry.end).toBeGreaterThanOrEqual(entry.start);
		expect([undefined, false]).toContain(entry.toc);
		expectSafe(entry.title, entry.url, entry.img);
	}
}

const CHAPTERS_EXAMPLE = readFileSync(fileURLToPath(new URL('../fixtures/chapters/podcasting-example.json', import.meta.url)), 'utf8');
const CHAPTERS = (['json', 'txt', 'vtt'] as const).map(format =>
	formatChapters(
		parseChaptersFile(CHAPTERS_EXAMPLE).entries.map(entry => ({...entry, title: hostile(entry.title)})),
		format,
		5000,
	),
);
const chaptersName = fc.constantFrom(undefined, 'ep.chapters.json', 'ep.chapters.txt', 'ep.chapters.vtt', 'ep.chapters');

describe('parseChaptersFile', () => {
	it.each([
		['arbitrary text', hostileString(300)],
		['chapters files in each format, with hostile titles, mutated', mutatedFrom(CHAPTERS)],
	])('reads %s or refuses it cleanly', async (_, texts) => {
		await fc.assert(
			fc.asyncProperty(texts, chaptersName, async (text, name) => readsOrRefuses(() => parseChaptersFile(text, name), checkChapters)),
			{numRuns: 200},
		);
	});

	it('reads chapters whose fields are anything at all, or refuses them cleanly', async () => {
		const field = fc.oneof(fc.anything(), fc.constantFrom(...BAD_NUMBERS), fc.constantFrom(-1, 1e308, MAX_SECONDS + 1, false), hostileString(30));
		const chapter = fc.dictionary(fc.constantFrom('startTime', 'endTime', 'title', 'url', 'img', 'toc'), field);
		const json = fc.array(chapter, {maxLength: 8}).map(chapters => JSON.stringify({version: '1.2.0', chapters}));
		await fc.assert(
			fc.asyncProperty(json, async text => readsOrRefuses(() => parseChaptersFile(text), checkChapters)),
			{numRuns: 200},
		);
	});
});

// The references file beside a transcript

const KINDS = ['book', 'paper', 'essay', 'benchmark', 'dataset', 'model'];

function checkRefs(entries: SidecarEntry[]) {
	for (const entry of entries) {
		expect(entry.said ?? entry.title).toBeDefined();
		for (const text of [entry.said, entry.title, entry.author, entry.url]) if (text !== undefined) expect(text.trim()).not.toBe('');
		expectSafe(entry.said, entry.title, entry.author, entry.url);
		if (entry.kind !== undefined) expect(KINDS).toContain(entry.kind);
		if (entry.year !== undefined) expect(Number.isInteger(entry.year)).toBe(true);
		for (const seconds of entry.at) expectTime(seconds);
		expect(typeof entry.hide).toBe('boolean');
	}
}

const REFS_FIXTURES = fileURLToPath(new URL('../fixtures/refs/', import.meta.url));
const REFS = readdirSync(REFS_FIXTURES)
	.filter(name => name.endsWith('.json'))
	.map(name => readFileSync(REFS_FIXTURES + name, 'utf8'));

describe('parseRefsSidecar', () => {
	const field = fc.oneof(
		fc.anything(),
		fc.constantFrom(...KINDS, ...BAD_NUMBERS, true, -1, 1e308, 2.5),
		fc.array(fc.oneof(fc.constantFrom(...BAD_NUMBERS), fc.double(), hostileString(12)), {maxLength: 3}),
		hostileString(30),
	);
	const work = fc.dictionary(fc.constantFrom('said', 'title', 'kind', 'author', 'year', 'url', 'doi', 'at', 'hide'), field);
	const generated = fc.array(work, {maxLength: 6}).map(works => JSON.stringify({works}, undefined, 1));

	it.each([
		['arbitrary text', hostileString(300)],
		['works whose fields are anything at all', generated],
		['references files, mutated', mutatedFrom([...REFS, '{"works": [{"said": "x", "title": "y", "kind": "book", "at": ["00:01:00", 90]}]}'])],
	])('reads %s or refuses it cleanly', async (_, texts) => {
		await fc.assert(
			fc.asyncProperty(texts, async text => readsOrRefuses(() => parseRefsSidecar(text), checkRefs)),
			{numRuns: 200},
		);
	});
});

// The state file that keeps bookmarks and where the reader stopped

function checkState(state: EpisodeState) {
	expectSafe(state.title);
	if (state.position) {
		expect(Number.isInteger(state.position.paragraph) && state.position.paragraph >= 0).toBe(true);
		expectTime(state.position.seconds);
	}

	for (const [index, bookmark] of state.bookmarks.entries()) {
		expect(bookmark.id.trim()).not.toBe('');
		expectSafe(bookmark.id, bookmark.note, bookmark.quote, bookmark.speaker);
		expectTime(bookmark.seconds);
		expect(Number.isInteger(bookmark.paragraph) && bookmark.paragraph >= 0).toBe(true);
		expect(Number.isNaN(Date.parse(bookmark.created))).toBe(false);
		if (index > 0) expect(bookmark.seconds).toBeGreaterThanOrEqual(state.bookmarks[index - 1]!.seconds);
	}
}

const SMALL_TRANSCRIPT = await parseTranscript(fixtureText('timed-lines.txt'));
const savedState = fc
	.record({
		title: hostileString(30),
		notes: fc.array(fc.tuple(fc.nat({max: SMALL_TRANSCRIPT.paragraphs.length - 1}), fc.double({min: 0, max: 1e6, noNaN: true}), hostileString(30)), {
			maxLength: 4,
		}),
	})
	.map(({title, notes}) => {
		const bookmarks = notes.map(([paragraph, seconds, note]) => ({
			...bookmarkFor(SMALL_TRANSCRIPT, paragraph, seconds, note, new Date(0)),
			note: hostile(note),
		}));
		return serializeEpisodeState({title, position: {paragraph: 1, seconds: 61.5, updated: new Date(0).toISOString()}, bookmarks});
	});

describe('parseEpisodeState', () => {
	const value = fc.oneof(fc.anything(), fc.constantFrom(...BAD_NUMBERS, -1, 1e308, 1.5, 'yesterday'), hostileString(20));
	const bookmark = fc.dictionary(fc.constantFrom('id', 'paragraph', 'seconds', 'note', 'speaker', 'quote', 'created'), value);
	const position = fc.dictionary(fc.constantFrom('paragraph', 'seconds', 'updated'), value);
	const fields = fc.record(
		{version: fc.constantFrom(1, 1, 2, '1', null), title: value, position: fc.option(position), bookmarks: fc.array(bookmark, {maxLength: 4})},
		{requiredKeys: []},
	);

	it.each([
		['arbitrary text', hostileString(300)],
		['random JSON', fc.json()],
		['state files whose fields are anything at all', fields.map(state => JSON.stringify(state))],
	])('reads %s or refuses it cleanly', async (_, texts) => {
		await fc.assert(
			fc.asyncProperty(texts, async text => readsOrRefuses(() => parseEpisodeState(text), checkState)),
			{numRuns: 200},
		);
	});

	it('reads saved states with hostile notes, mutated, or refuses them cleanly', async () => {
		const mutated = fc.tuple(savedState, fc.boolean()).chain(([text, keep]) => (keep ? fc.constant(text) : mutatedFrom([text])));
		await fc.assert(
			fc.asyncProperty(mutated, async text => readsOrRefuses(() => parseEpisodeState(text), checkState)),
			{numRuns: 200},
		);
	});
});

describe('hostile input found by these properties', () => {
	// Each took time quadratic in the line's length to detect (200,000 characters: ~40 s); now linear.
	it('reads speakers’ lines with a word of 200,000 letters', async () => {
		const text = `Ann Lee: Hello there, Bo.\nBo: ${'x'.repeat(200_000)}\nAnn Lee: Say that again.\nBo: Yes, I will.`;
		expect((await parseTranscript(text)).paragraphs).toHaveLength(4);
	});

	it('reads a name followed by 200,000 tabs', async () => {
		const text = `Title\nAnn Lee:\t00:00:01\nHello.\n\nBo:${'\t'.repeat(200_000)}\n\nBo:\t00:00:05\nHi.`;
		expect((await parseTranscript(text)).paragraphs.map(paragraph => paragraph.text)).toEqual(['Hello.', 'Bo:', 'Hi.']);
	});

	it.each([
		['Name:<TAB>time', 'T\n\u202E:\t00:00:01\nHello.\nBob:\t00:00:03\nHi.'],
		['Name  time', '\u0001  0:01\nHello.\nBob  0:03\nHi.'],
		['[Name] time', 'T\n[\u2066] 0:01\nHello.\n[Bob] 0:03\nHi.'],
		['Name (time):', '\u001B (0:01):\nHello.\nBob (0:03):\nHi.'],
	])('names no speaker by a %s header whose name is only controls', async (_, text) => {
		expect((await parseTranscript(text)).speakers).toEqual([{name: 'Bob'}]);
	});

	it.each([
		['an "at"', {title: 'A work', kind: 'book', at: ['9'.repeat(100_000)]}],
		['a "kind"', {title: 'A work', kind: 'k'.repeat(100_000)}],
	])('refuses %s of 100,000 characters in a references file in a short message', (_, work) => {
		expect(() => parseRefsSidecar(JSON.stringify({works: [work]}))).toThrow(/^work 1: "(?:at|kind)" (?:has|is) '\w{40}…'/);
	});
});
