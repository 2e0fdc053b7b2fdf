import {execFile, spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {addBookmark, bookmarkFor, contentKey} from '../../source/core/bookmarks.js';
import {loadTranscript} from '../../source/inputs/transcript.js';
import {openEpisodeStore} from '../../source/state/store.js';
import {untimedTopics} from '../fixtures/chapters/topics.js';
import {CLI} from './pty-terminal.js';

const run = promisify(execFile);
const SMALL = fileURLToPath(new URL('../fixtures/small.txt', import.meta.url));
const FORMATS = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'parley-cli-'));

type Result = {stdout: string; stderr: string; code: number};

async function parley(args: string[], input?: string): Promise<Result> {
	const child = run(CLI, args, {env: {PATH: process.env.PATH}, maxBuffer: 1 << 24});
	if (input === undefined) child.child.stdin?.end();
	else child.child.stdin?.end(input);
	try {
		const {stdout, stderr} = await child;
		return {stdout, stderr, code: 0};
	} catch (error) {
		const failed = error as {stdout: string; stderr: string; code: number};
		return {stdout: failed.stdout, stderr: failed.stderr, code: failed.code};
	}
}

function scratchFile(name: string, content: string | Uint8Array): string {
	const path = join(scratch, name);
	writeFileSync(path, content);
	return path;
}

describe('parley on a pipe', () => {
	it('prints the bundled episode as plain text when output is not a terminal', async () => {
		const {stdout, stderr, code} = await parley([]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).not.toContain('\u001B');
		expect(stdout.split('\n')[0]).toBe('This is episode number 797 with Dr. Rosanne Liu, research scientist at Google DeepMind.');
		expect(stdout).toContain('\n\nRosanne Liu:\t00:02:12\nThanks for having me, Jon. ');
		expect(stdout.trimEnd()).toMatch(/with you very soon\.$/);
	});

	it('reads the transcript from standard input, with - or without', async () => {
		const text = scratchFile('stdin.txt', 'Piped\nA:\t00:00:01\nFrom a pipe.');
		for (const args of [['-'], []]) {
			const {stdout, code} = await parley(args, readFileSync(text, 'utf8'));
			expect(code).toBe(0);
			expect(stdout).toBe('Piped\n\nA:\t00:00:01\nFrom a pipe.\n');
		}
	});

	it('waits for a slow pipe', async () => {
		const {stdout} = await run('/bin/sh', ['-c', `(sleep 0.5; cat '${SMALL}') | '${CLI}' -; (sleep 0.5; cat '${SMALL}') | '${CLI}'`]);
		expect(stdout.match(/^A small episode$/gm)).toHaveLength(2);
	});

	it('says what it waits for when a pipe stays silent', async () => {
		const {stdout, stderr} = await run('/bin/sh', ['-c', `(sleep 3; cat '${SMALL}') | '${CLI}'`]);
		expect(stderr).toBe('parley: waiting for a transcript on standard input…\n');
		expect(stdout).toMatch(/^A small episode\n/);
	});

	it('prints a transcript without a title as export --to txt writes it: no file name for a title', async () => {
		const untitled = scratchFile(
			'untitled-talk.vtt',
			'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>Hello there.\n\n00:00:05.000 --> 00:00:07.000\n<v Bo>Hi.\n',
		);
		const printed = await parley([untitled]);
		expect(printed.stdout).toBe((await parley(['export', untitled, '--to', 'txt'])).stdout);
		expect(printed.stdout.split('\n')[0]).toBe('Ann:\t00:00:01');
	});

	it('prints from the paragraph spoken at --at', async () => {
		const {stdout, code} = await parley(['--at', '0:35', SMALL]);
		expect(code).toBe(0);
		expect(stdout).toBe(
			'A small episode\n\nCharles Babbage:\t00:00:30\nThank you for having me.\n\n00:00:40\nThe difference engine was my first.\n\nAda Lovelace:\t00:01:00\nTell us more.\n',
		);
	});

	it('says so in one line when the output cannot be written', async () => {
		const {stderr} = await run('/bin/sh', ['-c', `'${CLI}' '${SMALL}' > /dev/full; echo "status $?" >&2`]);
		expect(stderr).toBe('parley: cannot write output: no space left on device\nstatus 1\n');
	});

	it('plays the bundled episode when standard input is empty, but says so for -', async () => {
		expect((await parley([], '')).stdout).toContain('Rosanne Liu:\t00:02:12');
		const {stderr, code} = await parley(['-'], '');
		expect(code).toBe(2);
		expect(stderr).toBe("parley: 'standard input' is empty\n");
	});

	it('reads Windows-1252 text and warns on stderr', async () => {
		const latin = scratchFile('latin.txt', Buffer.from('Caf\u00e9 talk\nA:\t00:00:01\n\u0093Quoted\u0094 \u0096 caf\u00e9\n', 'latin1'));
		const {stdout, stderr, code} = await parley([latin]);
		expect(code).toBe(0);
		expect(stdout).toContain('“Quoted” – café');
		expect(stderr).toBe('parley: warning: not valid UTF-8; read as Windows-1252 (Latin-1)\n');
	});

	it('never passes control sequences from a transcript through', async () => {
		const hostile = scratchFile('hostile.txt', 'T\u001B]0;owned\u0007\nEve:\t00:00:01\nhi \u001B]52;c;ZXZpbA==\u0007 \u001B[2J \u009B31m there');
		const {stdout, code} = await parley([hostile]);
		expect(code).toBe(0);
		expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
	});
});

describe('parley with bad input', () => {
	const cases: Array<[string, () => string[], RegExp]> = [
		['a missing file', () => ['/nonexistent/episode.txt'], /^parley: cannot open '\/nonexistent\/episode.txt': no such file$/],
		[
			'a binary file',
			() => [scratchFile('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))],
			/^parley: '.*image.png' is a binary file, not a transcript$/,
		],
		['an empty file', () => [scratchFile('empty.txt', '')], /^parley: '.*empty.txt' is empty$/],
		[
			'a file that is not a transcript',
			() => [scratchFile('notes.txt', 'Shopping list\nmilk\neggs\n')],
			/^parley: '.*notes.txt' is not a transcript Parley can read/,
		],
		[
			'a file too large to be a transcript',
			() => [scratchFile('huge.txt', Buffer.alloc(9 * 1024 * 1024, 'a'))],
			/^parley: '.*huge.txt' is too large: Parley reads transcripts of up to 8 MB$/,
		],
		['an endless device', () => ['/dev/zero'], /^parley: '\/dev\/zero' is too large: Parley reads transcripts of up to 8 MB$/],
		[
			'a file name with control characters',
			() => [scratchFile('t\u001B]0;owned\u0007.txt', 'no stamps here')],
			/^parley: '.*t\]0;owned\.txt' is not a transcript Parley can read/,
		],
		[
			'a file name with a line break',
			() => [scratchFile('two\nlines.txt', 'no stamps here')],
			/^parley: '.*two lines\.txt' is not a transcript Parley can read/,
		],
		['a bad --at', () => ['--at', 'soon', SMALL], /^parley: --at: not a time: 'soon'; try 35:00 {2}1:05:10/],
		['an --at after the end', () => ['--at', '5:00:00', SMALL], /^parley: --at: 05:00:00 is after the end \(\d\d:\d\d:\d\d\)$/],
		[
			'a --chapters file that does not exist',
			() => ['--chapters', '/nonexistent.json', SMALL],
			/^parley: cannot open chapters file '\/nonexistent\.json': no such file$/,
		],
		['chapters with --json and --to', () => ['chapters', SMALL, '--json', '--to', 'json'], /^parley: chapters takes --json or --to, not both/],
		['chapters --to an unknown format', () => ['chapters', SMALL, '--to', 'srt'], /^parley: chapters --to expects json\|txt\|vtt; got 'srt'$/],
		[
			'--chapters with search',
			() => ['search', 'x', SMALL, '--chapters', 'c.json'],
			/^parley: --chapters goes with reading or parley chapters, not with search \(see --help\)$/,
		],
		['an unknown option', () => ['--colour', SMALL], /^parley: unknown option '--colour' \(see --help\)$/],
		['two files', () => [SMALL, SMALL], /^parley: expected one transcript, got 2/],
		[
			'truncated JSON',
			() => [scratchFile('cut.json', '{"version": "1.0.0", "segments": [\n  {"startTime": 1, "body": "Hi"},\n  {"startTime": 2, "bo')],
			/^parley: '.*cut\.json' is not valid JSON \(at line 3, column 23: Unterminated string\)$/,
		],
		[
			'a caption file with no readable cue',
			() => [scratchFile('bad.vtt', 'WEBVTT\n\n00:75:00.000 --> 00:76:00.000\nHi\n')],
			/^parley: '.*bad\.vtt' has no cues Parley can read \(line 3: 00:75:00\.000 is not a time\)$/,
		],
		['a format --from does not know', () => ['--from', 'docx', '/nonexistent.txt'], /^parley: --from expects one of vtt, json, .*; got 'docx'$/],
		['--at with export', () => ['export', SMALL, '--to', 'md', '--at', '1:00'], /^parley: --at goes with reading, not with export \(see --help\)$/],
		['--to without export', () => ['--to', 'vtt', SMALL], /^parley: --to goes with parley export, chapters, refs or bookmarks \(see --help\)$/],
		[
			'--at for a transcript without times',
			() => ['--at', '5:00', `${FORMATS}names.txt`],
			/^parley: --at needs times, and 'Kitchen table interview' has none \(a share of it, like 50%, or a paragraph, like ¶12, works\)$/,
		],
		['--at past the last paragraph', () => ['--at', '¶9', `${FORMATS}names.txt`], /^parley: --at: there is no ¶9: the paragraphs are ¶1 to ¶5$/],
		['export without --to', () => ['export', SMALL], /^parley: export needs --to json\|vtt\|srt\|md\|txt$/],
		['export to an unknown format', () => ['export', SMALL, '--to', 'docx'], /^parley: export needs --to json\|vtt\|srt\|md\|txt; got 'docx'$/],
		[
			'export of an untimed transcript as captions',
			() => ['export', `${FORMATS}names.txt`, '--to', 'srt'],
			/^parley: '.*names\.txt' has no times, so it cannot be written as srt; --to md or --to txt keep it without times$/,
		],
	];

	it.each(cases)('%s: one line on stderr, exit 2, no stack trace', async (_name, args, message) => {
		const {stdout, stderr, code} = await parley(args());
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stderr.trimEnd()).toMatch(message);
	});
});

// root reads anything: as root, the test runs Parley as nobody (when nobody can reach the CLI).
const AS_USER = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
const canRunAsUser = AS_USER.length === 0 || spawnSync(AS_USER[0]!, [...AS_USER.slice(1), 'test', '-r', CLI]).status === 0;

describe('parley and file permissions', () => {
	it.runIf(canRunAsUser)('says permission denied for a file it may not read', async () => {
		const locked = scratchFile('locked.txt', 'T\nA:\t00:00:01\nSecret.');
		chmodSync(locked, 0o000);
		chmodSync(scratch, 0o755);
		const [file, ...args] = [...AS_USER, CLI, locked];
		const failed = await run(file!, args, {env: {PATH: process.env.PATH}}).catch((error: {stderr: string; code: number}) => error);
		expect(failed).toMatchObject({code: 2, stderr: `parley: cannot open '${locked}': permission denied\n`});
	});
});

describe('parley search', () => {
	it('prints the best matches with time, speaker and the passage in context', async () => {
		const {stdout, code} = await parley(['search', 'seven ate nine']);
		expect(code).toBe(0);
		expect(stdout.split('\n').slice(0, 2)).toEqual(['00:03:02  Jon Krohn', '    Seven ate nine. Yeah. [inaudible 00:03:02].']);
		expect(stdout).not.toContain('\u001B');
	});

	it('exits 1 with nothing printed when nothing matches, like grep', async () => {
		const {stdout, code} = await parley(['search', 'zebra quantum volcano', SMALL]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
	});

	it('gives structured results with --json, at most --limit of them', async () => {
		const {stdout, code} = await parley(['search', 'jumbo shrimp', '--json', '--limit', '1']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual([
			expect.objectContaining({timestamp: '00:25:57', at: '00:25:57', speaker: 'Jon Krohn', passage: 'jumbo shrimp', paragraph: 51, start: 138, end: 150}),
		]);
	});

	it('places a match in a transcript without times by paragraph and share, which --at opens', async () => {
		const names = `${FORMATS}names.txt`;
		const {stdout, code} = await parley(['search', 'bakery', names]);
		expect(code).toBe(0);
		expect(stdout.split('\n').slice(0, 2)).toEqual(['¶3 51%  HOST', "    Let's start with the bakery. It opened in 1998, right?"]);
		const json = await parley(['search', 'bakery', names, '--json']);
		expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({time: null, timestamp: null, at: '¶3', percent: 51, paragraph: 2, speaker: 'HOST'})]);
		// Printed from there: the paragraph found comes first.
		for (const at of ['¶3', '¶3 51%', 'p3']) {
			const opened = await parley(['--at', at, names]);
			expect(opened.stdout.split('\n').slice(0, 3)).toEqual(['Kitchen table interview', '', "HOST: Let's start with the bakery. It opened in 1998, right?"]);
		}
	});

	it('names the words a partial match lacks, in the text and in --json', async () => {
		const text = await parley(['search', 'jumbo shrimp zeppelin', '--limit', '1']);
		expect(text.stdout.split('\n')[0]).toBe('00:25:57  Jon Krohn  (not found: zeppelin)');
		const json = await parley(['search', 'jumbo shrimp zeppelin', '--limit', '1', '--json']);
		expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({passage: 'jumbo shrimp', missing: ['zeppelin']})]);
	});

	it('searches every transcript in a folder and names the file of each match', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'parley-archive-'));
		writeFileSync(join(folder, 'small.txt'), readFileSync(SMALL));
		writeFileSync(join(folder, 'notes.md'), 'not a transcript');
		const {stdout, stderr, code} = await parley(['search', 'diference engin', folder]);
		expect(code).toBe(0);
		expect(stdout.split('\n')[0]).toBe('small.txt  00:00:42  Charles Babbage');
		expect(stderr).toBe("parley: warning: skipped, not a transcript: 'notes.md' is not a transcript Parley can read (no timestamps or speakers found)\n");
	});

	it.each([
		[['search'], /^parley: search needs a QUERY/],
		[['search', 'x', '--limit', 'many'], /^parley: --limit expects a whole number/],
		[['--json'], /^parley: --json goes with parley search, chapters, refs or bookmarks/],
		[['--limit', '3'], /^parley: --limit goes with parley search/],
	])('refuses %j in one line with exit 2', async (args, message) => {
		const {stderr, code} = await parley(args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
	});
});

describe('parley and the formats people have', () => {
	it.each([
		'voices.vtt',
		'whisper.vtt',
		'speakers.srt',
		'whisperx.json',
		'whisper.json',
		'whisper.tsv',
		'episode.html',
		'episode.md',
		'timed-lines.txt',
		'names.txt',
	])('reads %s', async name => {
		const {stdout, stderr, code} = await parley([`${FORMATS}${name}`]);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		// A transcript without a title prints no title line (as export --to txt).
		expect(stdout.split('\n').length).toBeGreaterThan(2);
	});

	it('prints the warnings about a file on stderr, and the cues it could read', async () => {
		const {stdout, stderr, code} = await parley([`${FORMATS}broken-times.vtt`]);
		expect(code).toBe(0);
		expect(stderr).toBe(
			"parley: warning: 2 cues dropped: line 15: 00:61:00.000 is not a time; line 24: 'nonsense --> more nonsense' is not a cue timing\nparley: warning: 2 cues with no end time, or one before the start, taken to last until the next\n",
		);
		expect(stdout).toContain('00:00:00.860\nSeconds only, from an old converter.');
	});

	it('exports to every format, and what it exports reads back the same through a pipe', async () => {
		const source = await parley(['export', `${FORMATS}speakers.srt`, '--to', 'txt']);
		for (const format of ['json', 'vtt', 'srt', 'md', 'txt']) {
			const exported = await parley(['export', `${FORMATS}speakers.srt`, '--to', format]);
			expect(exported.code).toBe(0);
			const again = await parley(['export', '-', '--to', 'txt'], exported.stdout);
			// From the first turn on: some formats carry no title, and Markdown always has one.
			const turns = (text: string) => text.slice(text.indexOf('Mira:\t'));
			expect(turns(again.stdout)).toBe(turns(source.stdout));
		}
	});

	it('writes WebVTT with <v> tags, and the title only when the transcript has one (not the file name)', async () => {
		const {stdout} = await parley(['export', `${FORMATS}bracketed-lines.txt`, '--to', 'vtt']);
		expect(stdout.split('\n').slice(0, 4)).toEqual(['WEBVTT', '', '00:00:05.000 --> 00:00:09.000', '<v Dana Cruz>So the map was wrong.']);
		expect((await parley(['export', `${FORMATS}episode.md`, '--to', 'vtt'])).stdout).toMatch(/^WEBVTT - Night Shift, episode 9\n/);
	});

	it('reads the format --from names instead of detecting it', async () => {
		const text = '00:00:01 Not a bundled-format stamp line\n00:00:02 but timed lines\n';
		expect((await parley(['export', '-', '--to', 'md'], text)).stdout).toBe('# Transcript\n\n[00:00:01] Not a bundled-format stamp line but timed lines\n');
		const forced = await parley(['export', '-', '--to', 'md', '--from', 'plain-text'], text);
		// The times are words here, escaped so that Markdown does not read them as stamps.
		expect(forced.stdout).toBe('# 00\\:00:01 Not a bundled-format stamp line\n\n00\\:00:02 but timed lines\n');
	});
});

describe('parley flags', () => {
	it('--help shows usage', async () => {
		const {stdout, code} = await parley(['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('parley [FILE]');
		expect(stdout).toContain('parley search QUERY [FILE|DIR]');
		expect(stdout).toContain('parley help search');
		expect((await parley(['help', 'read'])).stdout).toContain('--at TIME');
	});

	it.each([[['-h']], [['help']], [['--help', SMALL]]])('%j shows the help, exit 0', async args => {
		const {stdout, stderr, code} = await parley(args);
		expect({code, stderr}).toEqual({code: 0, stderr: ''});
		expect(stdout).toMatch(/^Parley: read podcast and interview transcripts in a terminal\.\n\nUsage\n/);
		expect(stdout).toContain('Keys while reading');
	});

	it.each(['search', 'export', 'chapters', 'refs', 'bookmarks'])(
		"each command's --help, and parley help %s, give its usage, options and an example",
		async command => {
			const viaFlag = await parley([command, SMALL, '--help']);
			expect(viaFlag.code).toBe(0);
			expect(viaFlag.stdout).toMatch(new RegExp(`^Usage\n  parley ${command} `));
			expect(viaFlag.stdout).toMatch(/\nOptions\n {2}--/);
			expect(viaFlag.stdout).toMatch(new RegExp(`\nExamples\n  \\$ parley ${command} `));
			expect((await parley(['help', command])).stdout).toBe(viaFlag.stdout);
		},
	);

	it('says in one line that a command it does not know has no help', async () => {
		const {stderr, code} = await parley(['help', 'nope']);
		expect(code).toBe(2);
		expect(stderr).toBe("parley: no command 'nope': the commands are read, search, index, export, chapters, refs, bookmarks or help\n");
	});

	it('--version shows the version from package.json', async () => {
		const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
		const {stdout, code} = await parley(['--version']);
		expect(code).toBe(0);
		expect(stdout.trim()).toBe(version);
	});
});

describe('parley chapters', () => {
	it('lists the chapters it finds in the bundled episode, with start and length', async () => {
		const {stdout, code} = await parley(['chapters']);
		expect(code).toBe(0);
		const [head, ...rows] = stdout.trimEnd().split('\n');
		expect(head).toMatch(/^This is episode number 797 .* — \d+ chapters, found from where the topics change$/);
		expect(rows[0]).toMatch(/^00:00:00 +\d+:\d\d {2}Introduction$/);
		expect(rows.at(-1)).toMatch(/^01:\d\d:\d\d +\d+:\d\d {2}Outro$/);
		expect(rows.some(row => /^00:15:\d\d +0:\d\d {2}Ad: /.test(row))).toBe(true);
	});

	it('places the chapters of a transcript without times by paragraph and share of the episode, in the table and in --json', async () => {
		const episode = scratchFile('untimed-topics.txt', untimedTopics());
		const listed = await parley(['chapters', episode, '--json']);
		expect(listed.code).toBe(0);
		const {chapters} = JSON.parse(listed.stdout) as {chapters: Array<{title: string; paragraph: number; percent: number}>};
		expect(chapters.length).toBeGreaterThan(1);
		expect(chapters[0]).toEqual({title: expect.any(String) as string, paragraph: 1, percent: 0});
		for (const [index, chapter] of chapters.entries()) {
			expect(Object.keys(chapter)).toEqual(['title', 'paragraph', 'percent']);
			if (index === 0) continue;
			expect(chapter.paragraph).toBeGreaterThan(chapters[index - 1]!.paragraph);
			expect(chapter.percent).toBeGreaterThan(chapters[index - 1]!.percent);
			expect(chapter.percent).toBeLessThan(100);
		}

		const {stdout} = await parley(['chapters', episode]);
		const rows = stdout.trimEnd().split('\n').slice(1);
		expect(rows).toEqual(
			chapters.map(
				({title, paragraph, percent}) =>
					expect.stringMatching(new RegExp(`^¶${paragraph} +${percent}% {2}${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)) as string,
			),
		);
	});

	it('uses a chapters file beside the transcript, and --to json writes Podcasting 2.0 chapters', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'parley-chapters-'));
		const episode = join(folder, 'ep.txt');
		writeFileSync(episode, readFileSync(SMALL));
		writeFileSync(join(folder, 'ep.chapters.txt'), 'Chapters:\n0:00 Hello\n0:30 The engine\n');
		const listed = await parley(['chapters', episode, '--json']);
		expect(JSON.parse(listed.stdout)).toEqual({
			title: 'A small episode',
			origin: 'file',
			chapters: [
				{title: 'Hello', start: 0, end: 30},
				{title: 'The engine', start: 30, end: expect.any(Number) as number},
			],
		});
		const written = await parley(['chapters', episode, '--to', 'json']);
		expect(JSON.parse(written.stdout)).toEqual({
			version: '1.2.0',
			chapters: [
				{startTime: 0, title: 'Hello'},
				{startTime: 30, title: 'The engine'},
			],
		});
		const youtube = await parley(['chapters', episode, '--to', 'txt']);
		expect(youtube.stdout).toBe('0:00 Hello\n0:30 The engine\n');
	});

	it.each([
		[
			'an unsorted',
			'0:00 A\n0:40 B\n0:20 C\n',
			/chapters not used: 'ep\.chapters\.txt' chapter 3 starts at 00:00:20, before chapter 2 \(00:00:40\): chapters must be in time order$/,
			'too short to divide',
		],
		['a malformed', 'this is not a chapters file\n', /chapters not used: 'ep\.chapters\.txt' has no chapters: .*$/, 'too short to divide'],
		['an out-of-range', '0:00 A\n9:00:00 B\n', /chapters file 'ep\.chapters\.txt': 1 chapter after the end left out$/, 'from the chapters file'],
	])('warns about %s chapters file, in one line, and carries on without what it cannot use', async (_name, chapters, warning, origin) => {
		const folder = mkdtempSync(join(tmpdir(), 'parley-chapters-'));
		const episode = join(folder, 'ep.txt');
		writeFileSync(episode, readFileSync(SMALL));
		writeFileSync(join(folder, 'ep.chapters.txt'), chapters);
		const {stdout, stderr, code} = await parley(['chapters', episode]);
		expect(code).toBe(0);
		expect(stderr).toMatch(new RegExp(`^parley: warning: ${warning.source}`, 'm'));
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stdout.split('\n')[0]).toContain(origin);
	});

	it.each([
		['CR line ends', Buffer.from('0:00 Hello\r0:30 Café\r')],
		['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('0:00 Hello\n0:30 Café\n', 'utf16le')])],
		['Windows-1252', Buffer.from('0:00 Hello\n0:30 Caf\u00e9\n', 'latin1')],
	])('reads a chapters file with %s', async (_name, bytes) => {
		const folder = mkdtempSync(join(tmpdir(), 'parley-chapters-'));
		const episode = join(folder, 'ep.txt');
		writeFileSync(episode, readFileSync(SMALL));
		writeFileSync(join(folder, 'ep.chapters.txt'), bytes);
		const {stdout} = await parley(['chapters', episode, '--to', 'txt']);
		expect(stdout).toBe('0:00 Hello\n0:30 Café\n');
	});

	it('refuses to write chapters from a file named with --chapters that cannot be used', async () => {
		const bad = scratchFile('bad.chapters.txt', '0:40 B\n0:20 A\n');
		const {stdout, stderr, code} = await parley(['chapters', SMALL, '--chapters', bad, '--to', 'json']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe(
			"parley: chapters not used: 'bad.chapters.txt' chapter 2 starts at 00:00:20, before chapter 1 (00:00:40): chapters must be in time order\n",
		);
	});

	it('says a flag given twice is bad usage, in one line', async () => {
		const {stderr, code} = await parley(['chapters', '--chapters', 'a.json', '--chapters', 'b.json']);
		expect(code).toBe(2);
		expect(stderr).toBe('parley: --chapters given twice (see --help)\n');
	});

	it('takes the next chapters file beside the transcript when the first cannot be used', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'parley-chapters-'));
		const episode = join(folder, 'ep.txt');
		writeFileSync(episode, readFileSync(SMALL));
		writeFileSync(join(folder, 'ep.chapters.json'), '{"chapters": [');
		writeFileSync(join(folder, 'ep.chapters.txt'), '0:00 Hello\n');
		const {stdout, stderr} = await parley(['chapters', episode]);
		expect(stderr).toMatch(/^parley: warning: chapters not used: 'ep\.chapters\.json' is not valid JSON/);
		expect(stdout).toMatch(/1 chapter, from the chapters file\n00:00:00 +1:01 {2}Hello\n$/);
	});

	it('warns about a chapters file beside the transcript that cannot be read, and carries on', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'parley-chapters-'));
		const episode = join(folder, 'ep.txt');
		writeFileSync(episode, readFileSync(SMALL));
		mkdirSync(join(folder, 'ep.chapters.json'));
		const {stderr, code} = await parley(['chapters', episode]);
		expect(code).toBe(0);
		expect(stderr).toBe("parley: warning: chapters not used: 'ep.chapters.json' cannot open: is a directory\n");
	});

	it('reads chapters from a Markdown transcript’s headings', async () => {
		const markdown = scratchFile(
			'headed.md',
			'# Show\n\n## Opening\n\n**Ann:** [00:00:05] Hello there.\n\n## The main part\n\n**Bo:** [00:01:10] Let us begin.\n',
		);
		const {stdout} = await parley(['chapters', markdown, '--json']);
		expect(JSON.parse(stdout)).toMatchObject({
			origin: 'transcript',
			chapters: [
				{title: 'Opening', start: 0},
				{title: 'The main part', start: 70},
			],
		});
	});

	it('--at takes a share of a transcript without times', async () => {
		const {stdout, code} = await parley(['--at', '50%', `${FORMATS}names.txt`]);
		expect(code).toBe(0);
		expect(stdout).not.toContain('Thanks for sitting down with me.');
	});

	it('--at takes a share of the episode and the plain text starts there', async () => {
		const {stdout} = await parley(['--at', '50%', SMALL]);
		expect(stdout).toMatch(/^A small episode\n\nCharles Babbage:\t00:00:30\n/);
	});
});

/** Two works the rules find (a novel, a paper) and one they do not (Gödel, Escher, Bach). */
const READING = [
	'Reading with friends',
	'Ann Lee:\t00:00:05',
	'Welcome back. Today we talk about books and papers.',
	'Bob Stone:\t00:01:00',
	'I just finished John Green’s new novel, Turtles All the Way Down. I loved it.',
	'Ann Lee:\t00:02:00',
	'There is also this paper called Attention Is All You Need, which changed everything.',
	'Bob Stone:\t00:03:00',
	'Yes, and I am rereading Gödel, Escher, Bach by Douglas Hofstadter.',
	'Ann Lee:\t00:04:00',
	'We will put all of them in the show notes.',
].join('\n');

/** A folder with `ep.txt` (READING) and, when given, `ep.refs.json` beside it. */
function readingEpisode(refs?: string | object): string {
	const folder = mkdtempSync(join(tmpdir(), 'parley-refs-'));
	const episode = join(folder, 'ep.txt');
	writeFileSync(episode, READING);
	if (refs !== undefined) writeFileSync(join(folder, 'ep.refs.json'), typeof refs === 'string' ? refs : JSON.stringify(refs));
	return episode;
}

const CLOCK = String.raw`\d\d:\d\d:\d\d`;

describe('parley refs', () => {
	const notesFixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/notes/${name}`, import.meta.url)), 'utf8');

	/** A folder with our made-up harbours episode as `harbours.txt`, and its show notes beside it when asked. */
	function harbours(notes?: string): string {
		const folder = mkdtempSync(join(tmpdir(), 'parley-notes-'));
		const episode = join(folder, 'harbours.txt');
		writeFileSync(episode, notesFixture('harbours.txt'));
		if (notes !== undefined) writeFileSync(join(folder, notes), notesFixture('harbours.notes.md'));
		return episode;
	}

	it('reads the show notes beside the transcript: works linked, placed in the words, or not found in them', async () => {
		const {stdout, stderr, code} = await parley(['refs', harbours('harbours.notes.md')]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toMatch(
			/^A made-up episode about harbours — 4 works mentioned\nBooks\n {2}The Salt Road: A History — Ines Varro {2}00:01:\d\d 00:02:\d\d\n {2}Tidewater Almanac — Mara Quell {2}00:02:\d\d\n {2}Harbour Atlas {2}\(in the show notes; not found in the words\)\nPapers\n {2}Lifting Heavy Things {2}00:03:\d\d\n$/,
		);
		const {stdout: list} = await parley(['refs', harbours('harbours.notes.md'), '--to', 'md']);
		expect(list).toContain('\n- [*Harbour Atlas*](https://openlibrary.org/works/OL0W) — in the show notes; not found in the words\n');
		const {stdout: json} = await parley(['refs', harbours('harbours.notes.md'), '--json']);
		expect((JSON.parse(json) as {works: Array<Record<string, unknown>>}).works.find(work => work.title === 'Harbour Atlas')).toEqual({
			title: 'Harbour Atlas',
			kind: 'book',
			url: 'https://openlibrary.org/works/OL0W',
			origin: 'notes',
			mentions: [],
		});
	});

	it("takes the notes of the feed's item for the episode with --feed", async () => {
		const feed = fileURLToPath(new URL('../fixtures/notes/feed.xml', import.meta.url));
		const {stdout, stderr, code} = await parley(['refs', harbours(), '--feed', feed, '--json']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const works = (JSON.parse(stdout) as {works: Array<{title: string; url?: string}>}).works;
		expect(works.map(work => [work.title, work.url])).toEqual([
			['The Salt Road: A History', 'https://www.goodreads.com/book/show/1'],
			['Tidewater Almanac', undefined],
			['Lifting Heavy Things', 'https://doi.org/10.0000/000'],
		]);
	});

	it('says why a feed is not used, and stops when it is not there', async () => {
		const other = scratchFile('other-feed.xml', '<rss><channel><item><title>One</title></item><item><title>Two</title></item></channel></rss>');
		const {stdout, stderr, code} = await parley(['refs', harbours(), '--feed', other]);
		expect(code).toBe(0);
		expect(stdout).toContain('Tidewater Almanac');
		expect(stderr).toBe("parley: warning: feed not used: 'other-feed.xml' has 2 items and none is this episode's (by its title or its audio file's name)\n");
		const missing = await parley(['refs', harbours(), '--feed', join(scratch, 'nope.xml')]);
		expect(missing).toMatchObject({code: 2, stdout: '', stderr: "parley: --feed: cannot open 'nope.xml': no such file\n"});
	});

	it('lists the works mentioned, grouped by kind, with the times they come up', async () => {
		const {stdout, stderr, code} = await parley(['refs', readingEpisode()]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toMatch(
			/^Reading with friends — \d+ works mentioned\nBooks\n {2}Turtles All the Way Down — John Green {2}00:01:\d\d\nPapers\n {2}Attention Is All You Need {2}00:02:\d\d/,
		);
	});

	it('marks the times a work is only referred to ("that book") with ~', async () => {
		const {stdout, code} = await parley(['refs']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^This is episode number 797 .* — \d+ works mentioned\nBooks\n/);
		expect(stdout).toMatch(new RegExp(` ${CLOCK}~`));
	});

	it('gives each work with --json: title, kind, origin, and each mention’s time and whether it is indirect', async () => {
		const episode = readingEpisode({works: [{said: 'Attention Is All You Need', at: ['00:03:30']}]});
		expect((await parley(['refs', episode])).stdout).toMatch(new RegExp(String.raw`\n  Attention Is All You Need  00:02:\d\d( ${CLOCK}~?)* 00:03:30`));
		const {stdout, code} = await parley(['refs', episode, '--json']);
		expect(code).toBe(0);
		const listed = JSON.parse(stdout) as {
			title: string;
			works: Array<{title: string; kind: string; origin: string; mentions: Array<{time: number; indirect: boolean}>}>;
		};
		expect(listed.title).toBe('Reading with friends');
		const paper = listed.works.find(work => work.title === 'Attention Is All You Need')!;
		expect(paper).toMatchObject({kind: 'paper', origin: 'found'});
		expect(paper.mentions[0]).toEqual({time: expect.any(Number), indirect: false});
		expect(paper.mentions).toContainEqual({time: 210, indirect: false});
	});

	it('writes a reading list in Markdown with --to md: a section a kind, times, and links where a url is known', async () => {
		const episode = readingEpisode({works: [{said: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762', year: 2017}]});
		const {stdout, code} = await parley(['refs', episode, '--to', 'md']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^# Reading list: Reading with friends\n\n## Books\n\n- \*Turtles All the Way Down\* — John Green — 00:01:\d\d\n\n## Papers\n\n/);
		expect(stdout).toMatch(/\n- \[\*Attention Is All You Need\*\]\(https:\/\/arxiv\.org\/abs\/1706\.03762\) — \(2017\) — 00:02:\d\d/);
	});

	it('follows the refs file beside the transcript: renames, hides and adds works', async () => {
		const episode = readingEpisode({
			works: [
				{said: 'Turtles All the Way Down', title: 'Turtles All the Way Down: A Novel', year: 2017},
				{said: 'Attention Is All You Need', hide: true},
				{title: 'Gödel, Escher, Bach', kind: 'book', author: 'Douglas Hofstadter', year: 1979, at: ['00:03:10']},
			],
		});
		const {stdout, stderr, code} = await parley(['refs', episode]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toMatch(/\n {2}Turtles All the Way Down: A Novel — John Green \(2017\) \(said as “Turtles All the Way Down”\) {2}00:01:\d\d\n/);
		expect(stdout).toContain('\n  Gödel, Escher, Bach — Douglas Hofstadter (1979)  00:03:10\n');
		expect(stdout).not.toContain('Attention');
		const {stdout: json} = await parley(['refs', episode, '--json']);
		const works = (JSON.parse(json) as {works: Array<Record<string, unknown>>}).works;
		expect(works.find(work => work.title === 'Gödel, Escher, Bach')).toEqual({
			title: 'Gödel, Escher, Bach',
			kind: 'book',
			author: 'Douglas Hofstadter',
			year: 1979,
			origin: 'added',
			mentions: [{time: 190, indirect: false}],
		});
		expect(works.find(work => work.saidAs === 'Turtles All the Way Down')).toMatchObject({title: 'Turtles All the Way Down: A Novel', origin: 'found'});
	});

	it('warns about refs file entries that match nothing, naming the file', async () => {
		const {stdout, stderr, code} = await parley(['refs', readingEpisode({works: [{said: 'A Book Nobody Said', hide: true}]})]);
		expect(code).toBe(0);
		expect(stdout).toContain('Turtles All the Way Down');
		expect(stderr).toBe("parley: warning: refs file 'ep.refs.json': work 1 ('A Book Nobody Said') matches nothing Parley found\n");
	});

	it.each([
		['broken JSON', '{"works": [', /^parley: warning: refs not used: 'ep\.refs\.json' is not valid JSON \(.*\)$/],
		['a wrong shape', '{"books": []}', /^parley: warning: refs not used: 'ep\.refs\.json' has no "works" list$/],
		[
			'a bad kind',
			'{"works": [{"title": "X", "kind": "movie"}]}',
			/^parley: warning: refs not used: 'ep\.refs\.json' work 1: "kind" is 'movie'; expected one of book, paper, /,
		],
		['binary bytes', Buffer.from([0, 1, 2, 3, 0x89]), /^parley: warning: refs not used: 'ep\.refs\.json' is a binary file, not a references file$/],
	])('warns in one line about a refs file with %s, and carries on without it', async (_name, content, warning) => {
		const folder = mkdtempSync(join(tmpdir(), 'parley-refs-'));
		const episode = join(folder, 'ep.txt');
		writeFileSync(episode, READING);
		writeFileSync(join(folder, 'ep.refs.json'), content);
		const {stdout, stderr, code} = await parley(['refs', episode]);
		expect(code).toBe(0);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stderr.trimEnd()).toMatch(warning);
		expect(stdout).toContain('Turtles All the Way Down — John Green');
	});

	it('warns about a refs file too large to read, or a folder in its place', async () => {
		const large = readingEpisode(`{"works": [], "padding": "${'x'.repeat(1024 * 1024)}"}`);
		expect((await parley(['refs', large])).stderr).toBe("parley: warning: refs not used: 'ep.refs.json' is too large (over 1 MB)\n");
		const folder = mkdtempSync(join(tmpdir(), 'parley-refs-'));
		writeFileSync(join(folder, 'ep.txt'), READING);
		mkdirSync(join(folder, 'ep.refs.json'));
		expect((await parley(['refs', join(folder, 'ep.txt')])).stderr).toBe("parley: warning: refs not used: 'ep.refs.json' cannot open: is a directory\n");
	});

	it('says when no works are found, in each form', async () => {
		expect((await parley(['refs', SMALL])).stdout).toBe('A small episode — no books, papers or other works found\n');
		expect(JSON.parse((await parley(['refs', SMALL, '--json'])).stdout)).toEqual({title: 'A small episode', works: []});
		expect((await parley(['refs', SMALL, '--to', 'md'])).stdout).toBe('# Reading list: A small episode\n\nNo books, papers or other works found.\n');
	});

	it('reads the transcript from standard input (no refs file then)', async () => {
		const {stdout, code} = await parley(['refs', '-'], READING);
		expect(code).toBe(0);
		expect(stdout).toContain('Turtles All the Way Down — John Green');
	});

	it('ignores the refs file when printing the transcript to a pipe', async () => {
		const {stderr, code} = await parley([readingEpisode('{"works": [')]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
	});

	it.each([
		[['refs', SMALL, '--to', 'txt'], /^parley: refs --to expects md; got 'txt'$/],
		[['refs', SMALL, '--json', '--to', 'md'], /^parley: refs takes --json or --to, not both$/],
		[['refs', SMALL, '--at', '1:00'], /^parley: --at goes with reading, not with refs \(see --help\)$/],
		[['refs', SMALL, '--chapters', 'c.json'], /^parley: --chapters goes with reading or parley chapters, not with refs \(see --help\)$/],
		[['refs', SMALL, '--limit', '3'], /^parley: --limit goes with parley search/],
		[['refs', SMALL, SMALL], /^parley: expected one transcript, got 2/],
		[['refs', '/nonexistent/ep.txt'], /^parley: cannot open '\/nonexistent\/ep\.txt': no such file$/],
	])('refuses %j in one line with exit 2', async (args, message) => {
		const {stdout, stderr, code} = await parley(args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stderr.trimEnd()).toMatch(message);
	});
});

describe('parley bookmarks', () => {
	/** A state folder (as XDG_STATE_HOME) with these bookmarks on `small.txt`: [paragraph, note]. */
	async function stateWith(marks: Array<[number, string]>): Promise<string> {
		const state = mkdtempSync(join(tmpdir(), 'parley-state-'));
		const transcript = await loadTranscript({kind: 'file', path: SMALL});
		const store = openEpisodeStore(join(state, 'parley'), contentKey(transcript), transcript.title);
		for (const [paragraph, note] of marks)
			store.update(addBookmark(bookmarkFor(transcript, paragraph, transcript.paragraphs[paragraph]!.start, note, new Date('2026-03-01T10:00:00Z'))));
		return state;
	}

	async function bookmarks(state: string, args: string[]): Promise<Result> {
		return run(CLI, ['bookmarks', ...args], {env: {PATH: process.env.PATH, XDG_STATE_HOME: state}}).then(
			({stdout, stderr}) => ({stdout, stderr, code: 0}),
			(error: Result) => error,
		);
	}

	it('lists the bookmarks with their times, speakers, words and notes', async () => {
		const state = await stateWith([
			[3, 'the *first* one'],
			[1, ''],
		]);
		const {stdout, stderr, code} = await bookmarks(state, [SMALL]);
		expect({stderr, code}).toEqual({stderr: '', code: 0});
		expect(stdout).toBe(
			'A small episode — 2 bookmarks\n00:00:20  Ada Lovelace: “Our guest today builds engines.”\n00:00:40  Charles Babbage: “The difference engine was my first.” — the *first* one\n',
		);
	});

	it('finds them for a renamed copy with other line ends', async () => {
		const state = await stateWith([[1, 'here']]);
		const copy = scratchFile('renamed.txt', readFileSync(SMALL, 'utf8').replaceAll('\n', '\r\n'));
		expect((await bookmarks(state, [copy])).stdout).toMatch(/— 1 bookmark\n00:00:20 .* — here\n$/);
	});

	it('writes them in Markdown with --to md, and as JSON with --to json or --json', async () => {
		const state = await stateWith([[3, 'the *first* one']]);
		expect((await bookmarks(state, [SMALL, '--to', 'md'])).stdout).toBe(
			'# Bookmarks: A small episode\n\n- **00:00:40** Charles Babbage: “The difference engine was my first.” — the \\*first\\* one\n',
		);
		const json = (await bookmarks(state, [SMALL, '--to', 'json'])).stdout;
		expect(JSON.parse(json)).toEqual({
			title: 'A small episode',
			bookmarks: [
				{
					time: '00:00:40',
					seconds: 40,
					paragraph: 3,
					speaker: 'Charles Babbage',
					quote: 'The difference engine was my first.',
					note: 'the *first* one',
					created: '2026-03-01T10:00:00.000Z',
				},
			],
		});
		expect((await bookmarks(state, [SMALL, '--json'])).stdout).toBe(json);
	});

	it('says when there are none, in each form, and makes no state folder', async () => {
		const state = mkdtempSync(join(tmpdir(), 'parley-state-'));
		expect(await bookmarks(state, [SMALL])).toEqual({stdout: 'A small episode — no bookmarks\n', stderr: '', code: 0});
		expect((await bookmarks(state, [SMALL, '--to', 'md'])).stdout).toBe('# Bookmarks: A small episode\n\nNo bookmarks.\n');
		expect(JSON.parse((await bookmarks(state, [SMALL, '--to', 'json'])).stdout)).toEqual({title: 'A small episode', bookmarks: []});
		expect(readdirSync(state)).toEqual([]);
	});

	it('sets a corrupt state file aside with a one-line warning, and carries on', async () => {
		const state = await stateWith([[1, '']]);
		const [file] = readdirSync(join(state, 'parley'));
		writeFileSync(join(state, 'parley', file!), 'not json');
		const {stdout, stderr, code} = await bookmarks(state, [SMALL]);
		expect(code).toBe(0);
		expect(stdout).toBe('A small episode — no bookmarks\n');
		expect(stderr).toMatch(/^parley: warning: bookmarks file was unreadable \(is not valid JSON \(.*\)\); set aside as \/.*\.corrupt-\S+\n$/);
		expect(readdirSync(join(state, 'parley'))).toHaveLength(1);
	});

	it.each([
		[['--to', 'txt'], /^parley: bookmarks --to expects md\|json; got 'txt'$/],
		[['--json', '--to', 'md'], /^parley: bookmarks takes --json or --to, not both$/],
		[['--at', '1:00'], /^parley: --at goes with reading, not with bookmarks \(see --help\)$/],
		[['/nonexistent/ep.txt'], /^parley: cannot open '\/nonexistent\/ep\.txt': no such file$/],
	])('refuses %j in one line with exit 2', async (args, message) => {
		const {stdout, stderr, code} = await bookmarks(mkdtempSync(join(tmpdir(), 'parley-state-')), args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trimEnd()).toMatch(message);
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});
