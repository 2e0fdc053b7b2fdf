/*
 * Parley as a user runs it on a server: `ssh -tt` to an OpenSSH server on loopback (a throwaway
 * one, see helpers/sshd.ts), in the terminals SSH users have: TERM=xterm-256color without
 * COLORTERM (what SSH passes on), plain xterm, and screen-256color inside tmux.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {isRunning} from '../helpers/processes.js';
import {canRunSshd, parleyCommand, quote, startSshd, type Sshd} from '../helpers/sshd.js';
import {PtyTerminal} from './pty-terminal.js';
import {killedAfterEach} from './killed-after-each.js';

const PROBE = fileURLToPath(new URL('probe.mjs', import.meta.url));
const LONG = 10_000;
const tmuxInstalled = spawnSync('tmux', ['-V']).status === 0;

let sshd: Sshd | undefined;
let sessions = 0;

const opened = killedAfterEach();

afterAll(async () => {
	for (const pid of sshd ? parleysReadingIn(sshd.dir) : []) process.kill(pid, 'SIGKILL');
	await sshd?.stop();
});

/** A terminal of `term` that runs `remote` on the server; its own state folder there. */
function connect(term: string, remote: (state: string) => string): {term: PtyTerminal; state: string} {
	const state = join(sshd!.dir, `state-${++sessions}`);
	const terminal = new PtyTerminal({shell: sshd!.ssh(remote(state)), env: {TERM: term}});
	opened(terminal);
	return {term: terminal, state};
}

/** Parley on the server; ssh passes TERM on, and no COLORTERM. */
const parleyOver = (term = 'xterm-256color', env: Record<string, string> = {}) => connect(term, state => parleyCommand({XDG_STATE_HOME: state, ...env}));

/** Parley on the server with probe.mjs preloaded: what it noted is `probed(state)`. */
const probedParley = () =>
	connect('xterm-256color', state => parleyCommand({XDG_STATE_HOME: state, NODE_OPTIONS: `--import=${PROBE}`, PARLEY_PROBE: `${state}.probe`}));
const probed = (state: string) => readFileSync(`${state}.probe`, 'utf8').trimEnd().split('\n');

/** The Parley processes whose state folder is `folder` or inside it: on this machine, the server's. */
function parleysReadingIn(folder: string): number[] {
	return readdirSync('/proc')
		.filter(name => /^\d+$/.test(name))
		.map(Number)
		.filter(pid => {
			try {
				const state = /(?:^|\0)XDG_STATE_HOME=([^\0]*)/.exec(readFileSync(`/proc/${pid}/environ`, 'utf8'))?.[1];
				const reading = state === folder || state?.startsWith(`${folder}/`);
				// Once started, the process is named after the command (meow sets process.title).
				const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
				return reading && (command.startsWith('parley') || command.includes('dist/cli.js')) && isRunning(pid);
			} catch {
				return false; // gone meanwhile
			}
		});
}

/** The text shown inverse (search matches, the moment gone to, the footer's status), row by row. */
async function highlighted(term: PtyTerminal): Promise<string[]> {
	await term.screen();
	const buffer = term.terminal.buffer.active;
	const rows: string[] = [];
	for (let row = 0; row < term.terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		let text = '';
		for (let column = 0; column < term.terminal.cols; column++) {
			const cell = line?.getCell(column);
			if (cell?.isInverse()) text += cell.getChars() || ' ';
		}

		rows.push(text);
	}

	return rows;
}

async function expectRestored(term: PtyTerminal): Promise<void> {
	await term.settle(50);
	expect(term.isAlternateScreen()).toBe(false);
	expect(term.cursorVisible()).toBe(true);
}

async function quitRestores(term: PtyTerminal): Promise<void> {
	term.press('q');
	expect((await term.exited).exitCode).toBe(0);
	await expectRestored(term);
}

const footer = (screen: string) => screen.split('\n').at(-2)!;
const matchOf = (screen: string) => /(\d+)\/(\d+) \? help$/.exec(footer(screen))?.slice(1).join('/');
const goneTo35 = (screen: string) => /^00:35:0\d ▶/m.test(screen);

describe.skipIf(!canRunSshd && !process.env.CI)('over ssh -tt', () => {
	beforeAll(async () => {
		sshd = await startSshd();
	});

	it('opens, finds a quote with /, jumps to it, steps with n, goes to a time, and q restores the terminal', async () => {
		const {term} = parleyOver();
		expect(await term.waitFor('? help', LONG)).toContain('This is episode number 797');
		expect(term.isAlternateScreen()).toBe(true);
		term.press('/');
		await term.waitFor(screen => screen.split('\n')[1]!.startsWith('/ '), LONG);
		term.press('intrinsic dimension');
		await term.waitFor(screen => /^\d+ matches, best first$/m.test(screen), LONG);
		term.press('\r');
		const first = matchOf(await term.waitFor(screen => matchOf(screen) !== undefined, LONG))!;
		expect((await highlighted(term)).slice(1, -2).join(' ')).toMatch(/Intrinsic Dimension/);
		term.press('n');
		await term.waitFor(screen => matchOf(screen) !== undefined && matchOf(screen) !== first, LONG);
		expect((await highlighted(term)).slice(1, -2).join(' ')).toMatch(/Intrinsic Dimension/);
		term.press(':35:00\r');
		const there = await term.waitFor(goneTo35, LONG);
		expect(there.split('\n')[0]).toMatch(/00:3[45]:\d\d \/ 01:10:04/);
		expect((await highlighted(term)).some(text => /^00:35:0\d $/.test(text))).toBe(true);
		await quitRestores(term);
	});

	it('when the connection drops, Parley on the server exits (SIGHUP), leaves no process behind and has saved where the reader was', async () => {
		const {term, state} = probedParley();
		await term.waitFor('? help', LONG);
		term.press(':35:00\r');
		await term.waitFor(goneTo35, LONG);
		expect(parleysReadingIn(state)).toHaveLength(1);
		term.process.kill('SIGKILL');
		await term.exited;
		await vi.waitFor(() => expect(parleysReadingIn(state)).toEqual([]), {timeout: LONG, interval: 50});
		const folder = join(state, 'parley');
		const [file] = readdirSync(folder).filter(name => name.endsWith('.json'));
		const {position} = JSON.parse(readFileSync(join(folder, file!), 'utf8')) as {position: {seconds: number}};
		expect(Math.abs(position.seconds - 35 * 60)).toBeLessThan(60);
		expect(probed(state)).toContain('exit 129');
	});

	it('puts the terminal in raw mode before the first frame, so that keys typed as it appears are not echoed over it', async () => {
		const {term, state} = probedParley();
		await term.waitFor('? help', LONG);
		await quitRestores(term);
		expect(probed(state)).toEqual(['exit 0']);
	});

	it.each([
		['xterm-256color', /\u001B\[38;5;\d+m/, /\u001B\[[34]8;2;/],
		['xterm', /\u001B\[9[0-7]m/, /\u001B\[[34]8;[25];/],
	] as const)('with TERM=%s and no COLORTERM, colours speakers with what the terminal has', async (name, used, unused) => {
		const {term} = parleyOver(name);
		const screen = await term.waitFor('? help', LONG);
		expect(screen.split('\n')[0]).toMatch(/^This is episode number 797.*00:00:11 \/ 01:10:04\s+0%$/);
		expect(screen.split('\n')[1]).toBe('00:00:11 │ Jon Krohn');
		expect(term.output).toMatch(used);
		expect(term.output).not.toMatch(unused);
		await quitRestores(term);
	});

	describe.skipIf(!tmuxInstalled && !process.env.CI)('inside tmux (TERM=screen-256color)', () => {
		it('shows the header, the speakers in colour and the footer, and q gives the pane back', async () => {
			const socket = join(sshd!.dir, 'tmux.sock');
			const tmux = (...args: string[]) => execFileSync('tmux', ['-S', socket, ...args], {encoding: 'utf8'});
			const pane = (state: string) => `${parleyCommand({XDG_STATE_HOME: state})}; echo "parley exited with $?"; read line`;
			const {term} = connect(
				'xterm-256color',
				state =>
					`exec tmux -S ${quote(socket)} -f /dev/null start-server \\; set-option -g default-terminal screen-256color \\; new-session ${quote(pane(state))}`,
			);
			try {
				await term.waitFor('? help', LONG);
				await vi.waitFor(() => expect(tmux('capture-pane', '-p')).toContain('? help'), {timeout: LONG, interval: 50});
				const rows = tmux('capture-pane', '-p', '-e').split('\n');
				expect(rows[0]).toMatch(/This is episode number 797.*00:00:11 \/ 01:10:04/);
				expect(rows[1]).toMatch(/^00:00:11 .*\u001B\[38;5;33m.*│ .*Jon Krohn/);
				expect(tmux('capture-pane', '-p').trimEnd().split('\n').at(-1)).toMatch(/^j\/k scroll .* \? help$/);
				expect(tmux('display-message', '-p', '#{alternate_on} #{cursor_flag}')).toBe('1 0\n');

				term.press('q');
				await vi.waitFor(() => expect(tmux('capture-pane', '-p')).toContain('parley exited with 0'), {timeout: LONG, interval: 50});
				expect(tmux('display-message', '-p', '#{alternate_on} #{cursor_flag}')).toBe('0 1\n');
				term.press('\r');
				expect((await term.exited).exitCode).toBe(0);
				await expectRestored(term);
			} finally {
				spawnSync('tmux', ['-S', socket, 'kill-server']);
			}
		});
	});
});
