/* The library driven as a user drives it: the built CLI in a real pseudo-terminal, and on pipes. */
import {execFile} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {writeArchive} from '../bench/archive.js';
import {openLibrary} from '../../source/library/library.js';
import {ARCHIVE, fixture, folderOf} from '../helpers/library.js';
import {CLI, KEYS, PtyTerminal, type PtyOptions} from './pty-terminal.js';
import {killedAfterEach} from './killed-after-each.js';

const run = promisify(execFile);
const opened = killedAfterEach();

/** A cache of its own: each test indexes its folder afresh. */
const cacheEnv = () => ({XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'parley-e2e-library-'))});

function start(folder: string, options: PtyOptions = {}): PtyTerminal {
	const term = new PtyTerminal({args: [folder], columns: 100, rows: 30, ...options, env: {...cacheEnv(), ...options.env}});
	opened(term);
	return term;
}

/** How many episodes of `folder`'s index have not had their works looked for. */
function worksToFind(folder: string, env: NodeJS.ProcessEnv): number {
	const {index} = openLibrary(folder, env);
	try {
		return index.worksToFind().length;
	} finally {
		index.close();
	}
}

async function parley(args: readonly string[], env: Record<string, string> = cacheEnv()) {
	try {
		const {stdout, stderr} = await run(process.execPath, [CLI, ...args], {env: {...process.env, ...env}});
		return {stdout, stderr, code: 0};
	} catch (error) {
		const {stdout, stderr, code} = error as {stdout: string; stderr: string; code: number};
		return {stdout, stderr, code};
	}
}

describe('parley DIR: the library', () => {
	it('lists the episodes under a folder as they are indexed, and the list again at once when reopened', async () => {
		const folder = folderOf(ARCHIVE);
		const env = cacheEnv();
		const first = start(folder, {env});
		const screen = await first.waitFor('4 episodes');
		expect(screen).toMatch(/Tidelines Episode 48: How Harbours Remember/);
		expect(screen).toMatch(/2024-03-01 /);
		// Indexing done: what it did, until a key; then what the keys do.
		expect((await first.waitFor('index up to date')).split('\n').at(-2)).toBe('index up to date: 5 read, 0 gone');
		first.press('j');
		expect((await first.waitFor('↑↓ choose')).split('\n').at(-2)).toMatch(/↑↓ choose {2}Enter read {2}\/ search all.*x 1 not transcripts/);
		first.press('q');
		expect((await first.exited).exitCode).toBe(0);
		const again = start(folder, {env});
		// From the index: the first screen already lists them.
		expect(await again.waitFor('4 episodes', 2000)).toMatch(/Tidelines Episode 48/);
	});

	it('searches every episode as a quote is typed, opens the episode at the passage, and q comes back to the search', async () => {
		const term = start(folderOf(ARCHIVE));
		await term.waitFor('4 episodes');
		term.press('/');
		term.press('paintd sings persist');
		const results = await term.waitFor(screen => /\d+ match(es)? in \d+ episodes?, best first/.test(screen));
		expect(results.split('\n')[1]).toMatch(/^\/ paintd sings persist\s*$/);
		expect(results.split('\n')[3]).toMatch(/^Tidelines Episode 48/);
		expect(results.split('\n')[4]).toMatch(/^ {2}\d\d:\d\d:\d\d .*painted signs persist/i);
		term.press('\r');
		const reading = await term.waitFor(screen => / \d+\/\d+ \? help$/.test(screen.split('\n').at(-2) ?? ''));
		expect(reading.split('\n')[0]).toMatch(/^Tidelines Episode 48/);
		expect(reading).toMatch(/painted signs persist/i);
		term.press('q');
		const back = await term.waitFor('best first');
		expect(back.split('\n')[1]).toMatch(/^\/ paintd sings persist\s*$/);
		term.press(KEYS.escape);
		await term.waitFor(screen => screen.split('\n').at(-2)?.startsWith('↑↓ choose') ?? false);
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		expect(term.isAlternateScreen()).toBe(false);
	});

	it('steps through the opened episode’s own matches with n', async () => {
		const term = start(folderOf(ARCHIVE));
		await term.waitFor('4 episodes');
		term.press('/');
		term.press('harbour');
		await term.waitFor('matches: n/N in it');
		term.press('\r');
		const status = (screen: string) => / (\d+)\/(\d+) \? help$/.exec(screen.split('\n').at(-2) ?? '');
		const opened = status(await term.waitFor(screen => status(screen) !== null))!;
		expect(Number(opened[2])).toBeGreaterThan(3);
		term.press('n');
		const stepped = status(await term.waitFor(screen => status(screen)?.[1] !== opened[1]))!;
		expect(Number(stepped[1])).toBe((Number(opened[1]) % Number(opened[2])) + 1);
	});

	it('opens the episode chosen with Enter, comes back with Esc, and Ctrl-C in an episode leaves Parley at once', async () => {
		const term = start(folderOf(ARCHIVE));
		await term.waitFor('4 episodes');
		term.press('f');
		term.press('harbours\r');
		await term.waitFor('1 of 4 episodes');
		term.press('\r');
		await term.waitFor(screen => screen.includes('q library'));
		term.press(KEYS.escape);
		await term.waitFor('1 of 4 episodes');
		term.press('\r');
		await term.waitFor(screen => screen.includes('q library'));
		term.press(KEYS.ctrlC);
		expect((await term.exited).exitCode).toBe(0);
		expect(term.isAlternateScreen()).toBe(false);
	});

	it('lists the works the show mentions with w, their moments with Enter, reads one there, and q comes back', async () => {
		const folder = folderOf({...ARCHIVE, 'picks/systems.txt': fixture('library/systems.txt'), 'picks/design-picks.txt': fixture('library/design-picks.txt')});
		const env = cacheEnv();
		const term = start(folder, {env});
		await term.waitFor('index up to date');
		// Opening the library looks for no works: only w does.
		expect(worksToFind(folder, env)).toBe(6);
		term.press('w');
		// Found in the background, then listed: the work both episodes name first, under Books.
		const works = await term.waitFor(screen => /Thinking in Systems — Donella Meadows +2 episodes/.test(screen) && !screen.includes('finding works'));
		expect(works.split('\n')[0]).toMatch(/ {2}\d+ works mentioned in 4 episodes/);
		expect(works.split('\n')[1]).toBe('Books');
		expect(works.split('\n')[2]).toMatch(/^ {2}Thinking in Systems — Donella Meadows {2}2 episodes\s*$/);
		expect(works.split('\n').at(-2)).toMatch(/^↑↓ choose {2}Enter its moments {2}Esc back/);
		term.press('\r');
		const moments = (await term.waitFor('3 moments')).split('\n');
		expect(moments[2]).toMatch(/^ {2}design picks +00:02:01 /);
		expect(moments[3]).toMatch(/^ {2}systems +00:00:28 /);
		term.press('j');
		term.press('\r');
		// The episode at that moment, marked as --at marks it.
		const reading = await term.waitFor(screen => screen.includes('q library'));
		expect(reading.split('\n')[0]).toMatch(/^systems\.txt/);
		expect(reading).toMatch(/^00:00:28 ▶ I have been reading Thinking in Systems/m);
		term.press('q');
		await term.waitFor('3 moments');
		term.press(KEYS.escape);
		await term.waitFor('Enter its moments');
		term.press('q');
		await term.waitFor('6 episodes');
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		expect(worksToFind(folder, env)).toBe(0);

		// Kept in the index: listed again at once, nothing to find.
		const again = start(folder, {env});
		await again.waitFor('6 episodes');
		again.press('w');
		expect(await again.waitFor(screen => screen.includes('Thinking in Systems — Donella Meadows') && !screen.includes('finding works'), 2000)).toMatch(
			/works mentioned in 4 episodes/,
		);
	});

	it('sorts with o, and lists the files that are not transcripts with x', async () => {
		const term = start(folderOf(ARCHIVE));
		await term.waitFor('4 episodes · by date');
		term.press('o');
		await term.waitFor('by title');
		term.press('x');
		const unread = await term.waitFor('files are not transcripts');
		expect(unread).toMatch(/notes\.md {2}is not a transcript/);
	});
});

describe('parley index and parley search on a folder', () => {
	it('indexes a folder, saying what it did in one line, and only what changed the next time', async () => {
		const folder = folderOf(ARCHIVE);
		const env = cacheEnv();
		const first = await parley(['index', folder], env);
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/^indexed '.*': 4 episodes \(5 read now, 0 gone; 1 file not transcripts\) in \d/);
		expect(first.stderr).toMatch(/^parley: warning: skipped, not a transcript: 'notes\.md'/);
		writeFileSync(join(folder, 'tidelines/new.txt'), fixture('formats/timed-lines.txt'));
		expect((await parley(['index', folder], env)).stdout).toMatch(/: 5 episodes \(1 read now, 0 gone; 1 file not transcripts\)/);
	});

	it('shows a progress bar on a terminal, and Ctrl-C while indexing keeps what was indexed', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'parley-e2e-archive-'));
		writeArchive(folder, 80);
		const env = cacheEnv();
		const term = new PtyTerminal({args: ['index', folder], env});
		opened(term);
		const progress = await term.waitFor(screen => /indexing ━*─* \d+\/80 files/.test(screen), 10_000);
		expect(progress).toMatch(/indexing [━─]{24} \d+\/80 files/);
		term.press(KEYS.ctrlC);
		expect((await term.exited).exitCode).toBe(130);
		expect(term.output).toMatch(/\r\u001B\[Kparley: indexing stopped; what was indexed is kept, and indexing again goes on from there\r?\n/);
		const again = await parley(['index', folder], env);
		const [, read] = /\((\d+) read now/.exec(again.stdout)!;
		expect(Number(read)).toBeLessThan(80);
		expect(again.stdout).toMatch(/: 80 episodes/);
	});

	it('searches sub-folders through the index and names each match’s file relative to the folder', async () => {
		const {stdout, code} = await parley(['search', 'the path goes up past the old mill', folderOf(ARCHIVE), '--json', '--limit', '1']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual([
			expect.objectContaining({file: 'more/walk.txt', passage: expect.stringMatching(/path goes up past the old mill/i), missing: []}),
		]);
	});

	it('prints the library as lines when the output is not a terminal', async () => {
		const {stdout, code} = await parley([folderOf(ARCHIVE)]);
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(4);
		expect(lines).toContainEqual(
			expect.stringMatching(/^2024-03-01\t\d+:\d\d\tTidelines Episode 48: How Harbours Remember.*\ttidelines\/2024-03-01-harbours\.txt$/),
		);
	});

	it('keeps the index whole when two Parleys index the same folder at once', async () => {
		const folder = folderOf(ARCHIVE);
		const env = cacheEnv();
		const [one, two] = await Promise.all([parley(['index', folder], env), parley(['index', folder], env)]);
		expect([one.code, two.code]).toEqual([0, 0]);
		expect((await parley(['index', folder], env)).stdout).toMatch(/: 4 episodes \(0 read now, 0 gone/);
	});

	it('refuses options that go with one transcript, in one line', async () => {
		const {stderr, code} = await parley(['--at', '10:00', folderOf(ARCHIVE)]);
		expect(code).toBe(2);
		expect(stderr).toBe('parley: --at goes with one transcript, not a folder\n');
	});
});

describe('parley refs DIR: the works of a library', () => {
	const show = () => folderOf({...ARCHIVE, 'picks/systems.txt': fixture('library/systems.txt'), 'picks/design-picks.txt': fixture('library/design-picks.txt')});

	it('lists every work once, with the episodes and moments it comes up in, a work of several episodes first', async () => {
		const env = cacheEnv();
		const folder = show();
		const {stdout, code} = await parley(['refs', folder], env);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines[0]).toMatch(/^parley-library-\w+: \d+ works mentioned in \d+ of 6 episodes$/);
		expect(lines.slice(1, 5)).toEqual([
			'Books',
			'  Thinking in Systems — Donella Meadows  (2 episodes)',
			'      picks/design-picks.txt  00:02:01',
			'      picks/systems.txt  00:00:28 00:00:46~',
		]);
		// Found once and kept: the second time reads no transcript, and says the same.
		expect((await parley(['refs', folder], env)).stdout).toBe(stdout);
	});

	it('as JSON and as a reading list of the show', async () => {
		const env = cacheEnv();
		const folder = show();
		const {stdout} = await parley(['refs', folder, '--json'], env);
		expect(JSON.parse(stdout).works[0]).toEqual({
			title: 'Thinking in Systems',
			kind: 'book',
			author: 'Donella Meadows',
			episodes: [
				{file: 'picks/design-picks.txt', title: 'design picks', origin: 'found', mentions: [{time: expect.any(Number), indirect: false}]},
				{
					file: 'picks/systems.txt',
					title: 'systems',
					origin: 'found',
					mentions: [expect.objectContaining({indirect: false}), expect.objectContaining({indirect: true})],
				},
			],
		});
		const list = (await parley(['refs', folder, '--to', 'md'], env)).stdout;
		expect(list).toMatch(/^# Reading list: parley-library-\w+\n/);
		expect(list).toContain('- *Thinking in Systems* — Donella Meadows — design picks (00:02:01); systems (00:00:28)');
	});

	it('refuses --feed, which goes with one transcript', async () => {
		const {stderr, code} = await parley(['refs', show(), '--feed', 'feed.xml']);
		expect(code).toBe(2);
		expect(stderr).toBe('parley: --feed goes with one transcript, not a folder (see parley help refs)\n');
	});
});
