/*
 * Parley over SSH and under abuse: signals sent from outside, the terminal going away, and storms
 * of resizes. Each leaves the terminal restored, the exit status the README gives, and the place
 * the reader was saved.
 */
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {IPty} from 'node-pty';
import {describe, expect, it, vi} from 'vitest';
import {isRunning} from '../helpers/processes.js';
import {CLI, PtyTerminal, type PtyOptions} from './pty-terminal.js';
import {killedAfterEach} from './killed-after-each.js';

const LONG = 10_000;
const AT = 35 * 60;

const opened = killedAfterEach();

/** A terminal with a state folder the test reads back. */
function start(options: PtyOptions = {}): {term: PtyTerminal; state: string} {
	const state = mkdtempSync(join(tmpdir(), 'parley-signals-'));
	const term = new PtyTerminal({...options, env: {...options.env, XDG_STATE_HOME: state}});
	opened(term);
	return {term, state};
}

async function goTo35(term: PtyTerminal): Promise<void> {
	await term.waitFor('? help', LONG);
	term.press(':35:00\r');
	await term.waitFor(screen => /^00:35:00 ▶/m.test(screen), LONG);
	// The chapters, found just after the first frame, name the one there in the header.
	await term.waitFor(screen => screen.split('\n')[0]!.includes(' › '), LONG);
}

async function play(term: PtyTerminal): Promise<void> {
	term.press('p');
	// Without audio, the first play says so in the footer, until the next key (`.`: the view stays with the words).
	await term.waitFor(screen => screen.split('\n').at(-2)!.startsWith('no audio: playing by the clock'), LONG);
	term.press('.');
	await term.waitFor(screen => /^▶ 00:35:0\d /m.test(screen.split('\n').at(-2)!), LONG);
}

type Position = {readonly seconds: number; readonly updated: string};

function savedPosition(state: string): Position | undefined {
	const folder = join(state, 'parley');
	const files = readdirSync(folder).filter(name => name.endsWith('.json'));
	expect(files).toHaveLength(1);
	return (JSON.parse(readFileSync(join(folder, files[0]!), 'utf8')) as {position: Position | null}).position ?? undefined;
}

/** Saved near 35:00; with `since`, on the way out (not only by the save 2 s after the view stops). */
function expectSavedAt35(state: string, since?: number): void {
	const position = savedPosition(state)!;
	if (since !== undefined) expect(Date.parse(position.updated)).toBeGreaterThanOrEqual(since);
	expect(Math.abs(position.seconds - AT)).toBeLessThan(60);
}

async function expectRestored(term: PtyTerminal): Promise<void> {
	await term.settle(50);
	expect(term.isAlternateScreen()).toBe(false);
	expect(term.cursorVisible()).toBe(true);
}

const rowsOf = (screen: string) => screen.split('\n');

type InShell = {term: PtyTerminal; state: string; pid: number; stderr: string};

/** Bash with job control, running Parley; its process id, for signals from outside, and its stderr, kept in a file. */
async function startInShell(): Promise<InShell> {
	const {term, state} = start({shell: 'exec bash --norc --noprofile -i', env: {PS1: 'shell$ '}});
	await term.waitFor('shell$');
	const [pidFile, stderr] = [join(state, 'pid'), join(state, 'stderr')];
	term.press(`sh -c 'echo $$ > ${pidFile}; exec "${CLI}" 2> ${stderr}'\r`);
	await goTo35(term);
	return {term, state, pid: Number(readFileSync(pidFile, 'utf8')), stderr};
}

const backInShell = (screen: string) => screen.trimEnd().endsWith('shell$');

/** Close the pseudo-terminal's master side, as sshd does when the connection drops: the kernel sends SIGHUP. */
const hangUp = (term: PtyTerminal) => (term.process as IPty & {destroy(): void}).destroy();

describe('signals from outside', () => {
	it.each([
		['SIGINT', 130, 'reading'],
		['SIGTERM', 143, 'reading'],
		['SIGHUP', 129, 'reading'],
		['SIGINT', 130, 'playing'],
		['SIGTERM', 143, 'playing'],
		['SIGHUP', 129, 'playing'],
	] as const)('%s exits %i, restores the terminal and saves where the reader was (%s)', async (signal, status, doing) => {
		const {term, state} = start();
		await goTo35(term);
		if (doing === 'playing') await play(term);
		const since = Date.now();
		term.process.kill(signal);
		expect((await term.exited).exitCode).toBe(status);
		await expectRestored(term);
		expectSavedAt35(state, since);
	});

	it('the terminal closing (the SSH connection dropping) hangs Parley up: exit 129, where the reader was saved', async () => {
		const {term, state} = start();
		await goTo35(term);
		await play(term);
		const since = Date.now();
		hangUp(term);
		expect((await term.exited).exitCode).toBe(129);
		expectSavedAt35(state, since);
	});

	it.each(['running', 'stopped with Ctrl-Z'] as const)(
		'the connection dropping under a shell ends Parley %s, and where the reader was is saved',
		async doing => {
			const {term, state, pid, stderr} = await startInShell();
			if (doing === 'stopped with Ctrl-Z') {
				term.press('\u001A');
				await term.waitFor('Stopped');
			}

			const since = Date.now();
			hangUp(term);
			await vi.waitFor(() => expect(isRunning(pid)).toBe(false), {timeout: LONG, interval: 50});
			// Stopped, it saved on the way out to the shell.
			expectSavedAt35(state, doing === 'running' ? since : undefined);
			// Node aborts on exit when it cannot reset a terminal that has hung up, unless Parley lets go of it first.
			expect(readFileSync(stderr, 'utf8')).not.toMatch(/Assertion failed|stack trace/);
		},
	);
});

describe('a stop and a continue sent from outside', () => {
	it('kill -TSTP under a shell gives the shell the terminal back; kill -CONT leaves it waiting for fg, which draws it again where it was', async () => {
		const {term, state, pid} = await startInShell();
		const before = await term.screen();
		process.kill(pid, 'SIGTSTP');
		await term.waitFor(screen => screen.includes('Stopped') && backInShell(screen));
		await expectRestored(term);
		// Continued in the background, as after bg: it may not draw over the shell.
		process.kill(pid, 'SIGCONT');
		await term.settle(500);
		expect(term.isAlternateScreen()).toBe(false);
		term.press('fg\r');
		await term.waitFor(screen => screen.includes('? help') && rowsOf(screen)[1] === before[1], LONG);
		expect(await term.screen()).toEqual(before);
		term.press('j');
		// The speaker's name stays over the top (the sticky line): the rows below it move up one.
		await term.waitFor(screen => rowsOf(screen)[3] === before[4]);
		const since = Date.now();
		term.press('q');
		await term.waitFor(backInShell);
		await expectRestored(term);
		expectSavedAt35(state, since);
	});

	it('kill -STOP under a shell (a stop Parley cannot see), then fg: it takes the keys again and draws the whole screen anew', async () => {
		const {term, pid} = await startInShell();
		const before = await term.screen();
		process.kill(pid, 'SIGSTOP');
		// The shell writes over Parley's screen, and puts the terminal back in its own modes.
		await term.waitFor(screen => screen.includes('Stopped') && backInShell(screen));
		term.press('fg\r');
		await term.waitFor(screen => screen === before.join('\n'), LONG);
		term.press('j');
		// The speaker's name stays over the top (the sticky line): the rows below it move up one.
		await term.waitFor(screen => rowsOf(screen)[3] === before[4]);
		term.press('q');
		await term.waitFor(backInShell);
		await expectRestored(term);
	});

	it('kill -TSTP without job control (nothing could resume it) leaves Parley where it was, and kill -CONT too', async () => {
		const {term} = start();
		await goTo35(term);
		const before = await term.screen();
		term.process.kill('SIGTSTP');
		await term.settle(500);
		term.process.kill('SIGCONT');
		await term.settle(300);
		expect(await term.screen()).toEqual(before);
		expect(term.isAlternateScreen()).toBe(true);
		term.press('j');
		// The speaker's name stays over the top (the sticky line): the rows below it move up one.
		await term.waitFor(screen => rowsOf(screen)[3] === before[4]);
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		await expectRestored(term);
	});
});

describe('a storm of resizes', () => {
	it('50 in a second, tiny sizes among them, then 80x24: drawn whole and as before, and q still saves', async () => {
		const {term, state} = start();
		await goTo35(term);
		await term.settle(300);
		const before = await term.screen();
		// Random sizes, the same every run (Park and Miller's generator).
		let seed = 797;
		const upTo = (most: number) => {
			seed = (seed * 48_271) % 2_147_483_647;
			return 1 + (seed % most);
		};
		for (let n = 0; n < 50; n++) {
			const tiny = n % 5 === 0;
			term.resize(upTo(tiny ? 30 : 250), upTo(tiny ? 6 : 80));
			await new Promise(resolve => setTimeout(resolve, 15));
		}

		term.resize(80, 24);
		await term.settle(500);
		const after = await term.screen();
		expect(after).toEqual(before);
		expect(after[0]).toMatch(/^This is episode .* 00:3[45]:\d\d \/ 01:10:04\s+\d+%$/);
		expect(after[22]).toMatch(/\? help$/);
		expect(after[23]).toBe('');
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		await expectRestored(term);
		// Drawn again after the storm, the reader has not moved since: where it was is kept, not saved again.
		expectSavedAt35(state);
	});
});
