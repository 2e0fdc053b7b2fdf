import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {
	addBookmark,
	bookmarkFor,
	bookmarksToJson,
	bookmarksToMarkdown,
	contentKey,
	deleteBookmark,
	emptyEpisodeState,
	NewerStateError,
	parseEpisodeState,
	serializeEpisodeState,
	setPosition,
	type Bookmark,
	type EpisodeState,
} from '../../source/core/bookmarks.js';
import {decodeTranscriptBytes} from '../../source/core/decode.js';
import {InputError} from '../../source/core/errors.js';
import {speakerName} from '../../source/core/export/spans.js';
import {parseTranscript} from '../../source/core/formats/index.js';
import {buildTranscript} from '../../source/core/model.js';
import {parseText, SMALL} from '../helpers/transcripts.js';

const NOW = new Date('2026-03-01T10:00:00.000Z');

async function parseBytes(bytes: Uint8Array, fileName: string) {
	return parseTranscript(decodeTranscriptBytes(bytes).text, {fileName});
}

function utf16(text: string): Buffer {
	return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('contentKey', () => {
	it('is the same for a renamed, CRLF or UTF-16 copy of a transcript', async () => {
		const key = contentKey(await parseBytes(Buffer.from(SMALL), 'ep.txt'));
		expect(key).toMatch(/^[\da-f]{32}$/);
		const crlf = SMALL.replaceAll('\n', '\r\n');
		expect(contentKey(await parseBytes(Buffer.from(crlf), 'renamed.txt'))).toBe(key);
		expect(contentKey(await parseBytes(utf16(crlf), 'episode 12.txt'))).toBe(key);
		expect(contentKey({...(await parseText(SMALL)), title: 'Another title'})).toBe(key);
	});

	it('is the key earlier versions saved under: the SHA-256 node:crypto gives, beyond ASCII too', async () => {
		const said = await parseText(`${SMALL}\nAda Lovelace: Ünïcödé — “quotes”, 日本語 🎙️`);
		const paragraphs = said.paragraphs.map(paragraph => [speakerName(said, paragraph) ?? null, paragraph.start, paragraph.text]);
		expect(contentKey(said)).toBe(createHash('sha256').update(JSON.stringify(paragraphs)).digest('hex').slice(0, 32));
	});

	it('differs when the times or the words differ', async () => {
		const key = contentKey(await parseText(SMALL));
		expect(contentKey(await parseText(SMALL.replace('00:00:30', '00:00:31')))).not.toBe(key);
		expect(contentKey(await parseText(SMALL.replace('builds engines', 'builds looms')))).not.toBe(key);
		expect(contentKey(await parseText(SMALL.replace('Charles Babbage:', 'Charles B:')))).not.toBe(key);
	});
});

const transcript = buildTranscript('Episode *1*', [
	{speaker: 'Ann', start: 1356, stamped: true, text: 'We talk about [books] and `code`.'},
	{speaker: undefined, start: 1400, stamped: true, text: `${'word '.repeat(60)}end`},
]);

describe('bookmarkFor', () => {
	it('keeps the paragraph’s speaker and words, and the note as one clean line', () => {
		const bookmark = bookmarkFor(transcript, 0, 1356.5, ' a\u001B[2J note\n  on two lines ', NOW);
		expect(bookmark).toMatchObject({
			paragraph: 0,
			seconds: 1356.5,
			speaker: 'Ann',
			quote: 'We talk about [books] and `code`.',
			note: 'a[2J note on two lines',
			created: '2026-03-01T10:00:00.000Z',
		});
		expect(bookmark.id).not.toBe(bookmarkFor(transcript, 0, 1356.5, '', NOW).id);
	});

	it('shortens a long paragraph at a word, with …', () => {
		const {quote, speaker} = bookmarkFor(transcript, 1, 1400, '', NOW);
		expect(speaker).toBeUndefined();
		expect(quote.length).toBeLessThanOrEqual(201);
		expect(quote).toMatch(/^(word )+word…$/);
	});
});

function bookmark(seconds: number, fields: Partial<Bookmark> = {}): Bookmark {
	return {id: `b${seconds}`, paragraph: 0, seconds, note: '', speaker: 'Ann', quote: 'Hello.', created: NOW.toISOString(), ...fields};
}

describe('changes to the state', () => {
	it('keeps bookmarks in time order, adds one once, deletes by id and sets the position', () => {
		const changes = [
			addBookmark(bookmark(30)),
			addBookmark(bookmark(10)),
			addBookmark(bookmark(30)),
			addBookmark(bookmark(20)),
			deleteBookmark('b10'),
			setPosition(3, 45, NOW),
		];
		const state = changes.reduce<EpisodeState>((changed, change) => change(changed), emptyEpisodeState('T'));
		expect(state.bookmarks.map(each => each.id)).toEqual(['b20', 'b30']);
		expect(state.position).toEqual({paragraph: 3, seconds: 45, updated: NOW.toISOString()});
	});
});

describe('the state file', () => {
	const state: EpisodeState = {
		title: 'T',
		position: {paragraph: 2, seconds: 61.5, updated: NOW.toISOString()},
		bookmarks: [bookmark(10), bookmark(20, {speaker: undefined, note: 'n'})],
	};

	it('reads back what it writes, with a version', () => {
		const text = serializeEpisodeState(state);
		expect(JSON.parse(text)).toMatchObject({version: 1, title: 'T', bookmarks: [{id: 'b10'}, {id: 'b20', speaker: null}]});
		expect(parseEpisodeState(text)).toEqual(state);
		expect(parseEpisodeState(serializeEpisodeState({...state, position: undefined})).position).toBeUndefined();
	});

	it('cleans the text of a file that was edited', () => {
		const text = serializeEpisodeState({...state, bookmarks: [bookmark(10, {note: 'evil\u001B]0;x\u0007 note', quote: 'a\u202Eb'})]});
		expect(parseEpisodeState(text).bookmarks[0]).toMatchObject({note: 'evil]0;x note', quote: 'ab'});
	});

	const valid = JSON.parse(serializeEpisodeState(state)) as Record<string, unknown>;
	const withBookmark = (fields: Record<string, unknown>) =>
		JSON.stringify({...valid, bookmarks: [{...((valid.bookmarks as unknown[])[0] as object), ...fields}]});

	it.each([
		['not JSON', '{"version": 1,', /^is not valid JSON/],
		['not an object', '[]', /^is not a JSON object$/],
		['no version', JSON.stringify({...valid, version: undefined}), /^has no "version"$/],
		['an unknown version', JSON.stringify({...valid, version: '1.0'}), /^has version "1.0"; this Parley reads version 1$/],
		['no bookmarks list', JSON.stringify({...valid, bookmarks: {}}), /^has no "bookmarks" list$/],
		['no title', JSON.stringify({...valid, title: 3}), /^has no "title"$/],
		['a bad position', JSON.stringify({...valid, position: {paragraph: -1, seconds: 0, updated: NOW}}), /^position: "paragraph" is not a whole number from 0$/],
		['a bookmark that is not an object', JSON.stringify({...valid, bookmarks: ['x']}), /^bookmark 1 is not an object$/],
		['a bad time', withBookmark({seconds: 'soon'}), /^bookmark 1: "seconds" is not a time in seconds$/],
		['a bad speaker', withBookmark({speaker: 3}), /^bookmark 1: "speaker" is not text$/],
		['a bad date', withBookmark({created: 'yesterday'}), /^bookmark 1: "created" is not a date$/],
		['no id', withBookmark({id: ''}), /^bookmark 1 has no "id"$/],
		['no note', withBookmark({note: undefined}), /^bookmark 1: "note" is not text$/],
	])('refuses %s, saying what is wrong', (_name, text, message) => {
		expect(() => parseEpisodeState(text)).toThrow(InputError);
		expect(() => parseEpisodeState(text)).toThrow(message);
	});

	it('does not take a file a newer Parley wrote for a malformed one', () => {
		expect(() => parseEpisodeState(JSON.stringify({...valid, version: 2}))).toThrow(NewerStateError);
	});
});

describe('exports', () => {
	const bookmarks = [
		bookmark(1356.7, {speaker: 'Ann *the host*', quote: 'We talk about [books].', note: 'read _this_'}),
		bookmark(1400, {speaker: undefined, quote: 'No one named.'}),
	];

	it('writes Markdown: a heading, an item a bookmark, user text escaped', () => {
		expect(bookmarksToMarkdown('Episode *1*', bookmarks, true)).toBe(
			'# Bookmarks: Episode \\*1\\*\n\n- **00:22:36** Ann \\*the host\\*: “We talk about \\[books\\].” — read \\_this\\_\n- **00:23:20** “No one named.”\n',
		);
	});

	it('leaves times out of Markdown for a transcript without times, and says when there are none', () => {
		expect(bookmarksToMarkdown('T', bookmarks.slice(1), false)).toBe('# Bookmarks: T\n\n- “No one named.”\n');
		expect(bookmarksToMarkdown('T', [], true)).toBe('# Bookmarks: T\n\nNo bookmarks.\n');
	});

	it('writes JSON with the same fields for each bookmark, times only where the transcript has them', () => {
		expect(JSON.parse(bookmarksToJson('T', bookmarks, true))).toEqual({
			title: 'T',
			bookmarks: [
				{
					time: '00:22:36',
					seconds: 1356.7,
					paragraph: 0,
					speaker: 'Ann *the host*',
					quote: 'We talk about [books].',
					note: 'read _this_',
					created: NOW.toISOString(),
				},
				{time: '00:23:20', seconds: 1400, paragraph: 0, speaker: null, quote: 'No one named.', note: '', created: NOW.toISOString()},
			],
		});
		expect(JSON.parse(bookmarksToJson('T', bookmarks, false))).toEqual({
			title: 'T',
			bookmarks: [expect.not.objectContaining({time: expect.anything()}), expect.not.objectContaining({seconds: expect.anything()})],
		});
	});
});
