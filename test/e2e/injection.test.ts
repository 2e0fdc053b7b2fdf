/*
 * Transcripts (and the files beside them, and their names) that try to act on the terminal: OSC 52
 * clipboard writes, title changes, cursor moves, C1 controls, bidi overrides. Parley must show their
 * printable rest as text and write no escape sequence but its own: everything it writes is scanned.
 */
import {execFile} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {hostile, UNSAFE} from '../helpers/hostile.js';
import {CLI, KEYS, PtyTerminal} from './pty-terminal.js';
import {killedAfterEach} from './killed-after-each.js';

const run = promisify(execFile);
const ROWS = 24;

// What Parley writes itself: colours, Ink's cursor moves and erases, its terminal modes (bracketed
// paste and the mouse's reports among them), clear and home.
const OWN_SEQUENCES = [/^\u001B\[[\d;]*m/, /^\u001B\[\d*[A-EG]/, /^\u001B\[[012]?[JK]/, /^\u001B\[\?(?:25|1000|1006|1049|2004|2026)[hl]/, /^\u001B\[H/];
const CLIPBOARD = /^\u001B\]52;c;([A-Za-z\d+/]*={0,2})\u0007/;
// Anything else that acts on a terminal: C0 controls but line ends and tabs (the bundled format's
// own: a file's are spaces), DEL, C1 controls, bidi controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const context = (output: string, at: number) => JSON.stringify(output.slice(Math.max(0, at - 40), at + 40));

/**
 * Everything written, read as the terminal would: each escape sequence must be one of Parley's own
 * (the clipboard's at most `copies` times), and no other control may appear. Returns the clipboard texts.
 */
function scan(output: string, copies = 0): string[] {
	const copied: string[] = [];
	let at = 0;
	while (at < output.length) {
		const rest = output.slice(at, at + 4096);
		if (output[at] === '\u001B') {
			const own = OWN_SEQUENCES.map(sequence => sequence.exec(rest)).find(Boolean);
			const clipboard = own ? undefined : CLIPBOARD.exec(rest);
			if (!own && !clipboard) throw new Error(`a sequence Parley does not write, at ${context(output, at)}`);
			if (clipboard) copied.push(Buffer.from(clipboard[1]!, 'base64').toString('utf8'));
			at += (own ?? clipboard)![0].length;
		} else {
			if (CONTROL.test(output[at]!)) throw new Error(`a control character, at ${context(output, at)}`);
			at++;
		}
	}

	expect(copied.length).toBeLessThanOrEqual(copies);
	for (const text of copied) expect(text).not.toMatch(UNSAFE);
	return copied;
}

// The hostile files: a transcript in each format, with chapters and references beside it.

type Case = {readonly format: string; readonly name: string; readonly text: string; readonly chapters: readonly [string, string]; readonly word: string};

/** Two lines' worth of text that is safe once sanitised: the word, the attacks, a carriage return mid-line. */
const body = (word: string) => `${hostile(word)} first\rsecond half.`;

const chaptersJson = JSON.stringify({
	version: '1.2.0',
	chapters: [
		{startTime: 0, title: hostile('Chapone')},
		{startTime: 3, title: hostile('Chaptwo'), url: hostile('https://example.com')},
		{startTime: 99_999, title: hostile('Toolate')},
	],
});
const chaptersText = `0:00 ${hostile('Chapone')}\n0:03 ${hostile('Chaptwo')}\n`;
const chaptersVtt = `WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n${hostile('Chapone')}\n\n00:00:03.000 --> 00:00:08.000\n${hostile('Chaptwo')}\n`;

const CASES: readonly Case[] = [
	{
		format: 'WebVTT',
		name: 'ep.vtt',
		text: `WEBVTT - ${hostile('Titleword')}\n\n00:00:01.000 --> 00:00:04.000\n<v ${hostile('Evename')}>${body('Vttbody')}\n\n00:00:05.000 --> 00:00:08.000\n<v Bob Lee>A plain reply.\n`,
		chapters: ['ep.chapters.json', chaptersJson],
		word: 'Vttbody',
	},
	{
		format: 'SRT, in a file whose name holds ESC, OSC, a newline and a bidi override',
		name: 'ep\u001B]0;pwned\u0007\n\u202Ename.srt',
		text: `1\n00:00:01,000 --> 00:00:04,000\nEve Stone: ${body('Srtbody')}\n\n2\n00:00:05,000 --> 00:00:08,000\n${hostile('Bob')}: A plain reply.\n`,
		chapters: ['ep\u001B]0;pwned\u0007\n\u202Ename.chapters.txt', chaptersText],
		word: 'Srtbody',
	},
	{
		format: 'Podcasting 2.0 JSON',
		name: 'ep.json',
		text: JSON.stringify({
			version: '1.0.0',
			title: hostile('Titleword'),
			segments: [
				{speaker: hostile('Evename'), startTime: 1, endTime: 4, body: body('Jsonbody')},
				{speaker: 'Bob Lee', startTime: 5, endTime: 8, body: 'A plain reply.'},
			],
		}),
		chapters: ['ep.chapters.json', chaptersJson],
		word: 'Jsonbody',
	},
	{
		format: 'the bundled text format',
		name: 'ep.txt',
		text: `${hostile('Titleword')}\n${hostile('Evename')}:\t00:00:01\n${body('Txtbody')}\nBob Lee:\t00:00:05\nA plain reply.\n`,
		chapters: ['ep.chapters.txt', chaptersText],
		word: 'Txtbody',
	},
	{
		format: 'Markdown',
		name: 'ep.md',
		text: `# ${hostile('Titleword')}\n\n**${hostile('Evename').slice(0, 70)}:** [00:00:01] ${body('Mdbody')}\n\n**Bob Lee:** [00:00:05] A plain reply.\n`,
		chapters: ['ep.chapters.vtt', chaptersVtt],
		word: 'Mdbody',
	},
];

const refsJson = JSON.stringify({
	works: [
		{title: hostile('Workname'), kind: 'book', author: hostile('Authorname'), year: 1999, url: hostile('https://example.com/w'), at: ['00:00:01']},
		{said: hostile('Nowhere said'), title: hostile('Unmatched')},
	],
});

/** A folder of its own for each case: the transcript, its chapters and references, and a state folder. */
function writeCase({name, text, chapters: [chaptersName, chapters]}: Case) {
	const dir = mkdtempSync(join(tmpdir(), 'parley-injection-'));
	const path = join(dir, name);
	writeFileSync(path, text);
	writeFileSync(join(dir, chaptersName), chapters);
	writeFileSync(join(dir, `${name.replace(/\.[a-z]+$/, '')}.refs.json`), refsJson);
	const state = join(dir, 'state');
	mkdirSync(state);
	return {path, state};
}

const opened = killedAfterEach();

/** Nothing moved the cursor or cleared the screen: the header is on the first row and the footer on the second-last. */
async function expectFramed(term: PtyTerminal) {
	const rows = await term.screen();
	expect(rows[0]).toMatch(/\d\d:\d\d:\d\d \/ \d\d:\d\d:\d\d\s+\d+%$/);
	expect(rows[ROWS - 2]).toMatch(/\? help$/);
	expect(rows[ROWS - 1]).toBe('');
}

/** Text as a terminal sends it when pasted into a program that asked for bracketed paste. */
const pasted = (text: string) => `\u001B[200~${text}\u001B[201~`;

async function step(term: PtyTerminal, keys: string, shows: string | ((screen: string) => boolean)) {
	term.press(keys);
	await term.waitFor(shows);
	await expectFramed(term);
}

/** Back to the text: no line, list, sidebar or help open (each says how to leave it). */
const reading = (screen: string) => !['Esc back', 'Tab back', 'Esc cancels', 'close it'].some(way => screen.includes(way));

/** Every screen a reader sees: the text, a search for the hostile word, chapters, works, a quote copied, a bookmark with a hostile note, the bookmarks, the help. */
async function readEverything(path: string, state: string, word: string) {
	const term = new PtyTerminal({args: [path], columns: 80, rows: ROWS, env: {XDG_STATE_HOME: state}});
	opened(term);
	await term.waitFor(screen => screen.includes(word) && screen.includes('? help'));
	await expectFramed(term);
	await step(term, `/${word.toLowerCase()}`, '1 match');
	await step(term, '\r', reading);
	await step(term, 'c', 'Chaptwo');
	await step(term, KEYS.escape, reading);
	await step(term, 's', 'Workname');
	await step(term, 's', reading);
	await step(term, 'y', 'copied:');
	await step(term, 'm', 'note:');
	// Notes pasted (the terminal brackets a paste) with C1 controls and bidi overrides, and with an OSC: their controls are dropped.
	await step(term, pasted('a note \u009B2J \u009D0;t\u009C \u202E\u2066 kept'), 'kept');
	await step(term, '\r', 'bookmarked');
	await step(term, 'm', 'note:');
	await step(term, pasted('\u001B]0;pwned\u0007'), 'note: ]0;pwned');
	await step(term, '\r', 'bookmarked');
	await step(term, "'", 'a note');
	await step(term, KEYS.escape, reading);
	await step(term, '?', ' Keys');
	await step(term, 'q', reading);
	term.press('q');
	expect((await term.exited).exitCode).toBe(0);
	const [quote] = scan(term.output, 1);
	expect(quote).toContain(word);
}

type Output = {readonly stdout: string; readonly stderr: string; readonly code: number};

async function parley(args: readonly string[], state: string): Promise<Output> {
	try {
		const {stdout, stderr} = await run(CLI, [...args], {env: {PATH: process.env.PATH, XDG_STATE_HOME: state}, maxBuffer: 1 << 24});
		return {stdout, stderr, code: 0};
	} catch (error) {
		const failed = error as Output;
		return {stdout: failed.stdout, stderr: failed.stderr, code: failed.code};
	}
}

/** Every command, printing to a pipe: what each writes, to stdout and stderr. */
async function printEverything(path: string, state: string, word: string): Promise<Record<string, Output>> {
	const commands: Record<string, string[]> = {
		plain: [path],
		search: ['search', word, path],
		'search --json': ['search', word, path, '--json'],
		chapters: ['chapters', path],
		'chapters --json': ['chapters', path, '--json'],
		'chapters --to vtt': ['chapters', path, '--to', 'vtt'],
		refs: ['refs', path],
		'refs --json': ['refs', path, '--json'],
		'refs --to md': ['refs', path, '--to', 'md'],
		bookmarks: ['bookmarks', path],
		'bookmarks --json': ['bookmarks', path, '--json'],
		'bookmarks --to md': ['bookmarks', path, '--to', 'md'],
		...Object.fromEntries(['json', 'vtt', 'srt', 'md', 'txt'].map(format => [`export --to ${format}`, ['export', path, '--to', format]])),
	};
	const outputs = await Promise.all(Object.values(commands).map(async args => parley(args, state)));
	return Object.fromEntries(Object.keys(commands).map((command, index) => [command, outputs[index]!]));
}

describe('a transcript that tries to act on the terminal', () => {
	it.each(CASES)('in $format: shown, searched, listed, copied and bookmarked harmlessly', async hostileCase => {
		const {path, state} = writeCase(hostileCase);
		await readEverything(path, state, hostileCase.word);
		const outputs = await printEverything(path, state, hostileCase.word);
		for (const [command, {stdout, stderr, code}] of Object.entries(outputs)) {
			expect(code, `${command}: ${stderr}`).toBe(0);
			scan(stdout);
			scan(stderr);
			// Printed, not shown: no escape sequence at all.
			expect(stdout + stderr, command).not.toContain('\u001B');
		}

		// The printable rest of each attack is there, as text.
		expect(outputs.plain!.stdout).toContain(`${hostileCase.word} ]52;c;cGF5bG9hZA== ]0;pwned ]2;x\\ [2J [H [10;10H 2J 0;c1 qdcs`);
		expect(outputs.chapters!.stdout).toContain('Chaptwo ]52;c;');
		expect(outputs.refs!.stdout).toContain('Workname ]52;c;');
		expect(outputs.bookmarks!.stdout).toContain('a note 2J 0;t kept');
	});

	it('searches a folder of hostile transcripts, its file names among them, harmlessly', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-injection-'));
		for (const {name, text} of CASES) writeFileSync(join(dir, name), text);
		for (const args of [
			['search', 'srtbody', dir],
			['search', 'srtbody', dir, '--json'],
		]) {
			const {stdout, stderr, code} = await parley(args, dir);
			expect(code, stderr).toBe(0);
			scan(stdout);
			scan(stderr);
			expect(stdout).toContain('Srtbody');
			expect(stdout).toContain('ep]0;pwned name.srt');
		}
	});
});
