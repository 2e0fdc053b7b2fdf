import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {basename, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';
import {mpvClient, type MpvClient} from '../helpers/mpv-ipc.js';
import {isRunning} from '../helpers/processes.js';
import {writeWav} from '../helpers/wav.js';
import {CLI, KEYS, PtyTerminal, type PtyOptions} from './pty-terminal.js';

const EPISODE = fileURLToPath(new URL('../../seeds/000_0c8a1c0868a88bbd.txt', import.meta.url));
const mpvInstalled = spawnSync('mpv', ['--version']).status === 0;
const LONG = 10_000;
const RIGHT = '\u001B[C';
const LEFT = '\u001B[D';

const open: PtyTerminal[] = [];
const clients: MpvClient[] = [];
afterEach(() => {
	for (const client of clients.splice(0)) client.close();
	for (const term of open.splice(0)) term.kill();
});

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, {recursive: true, force: true});
});

function temporary(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `parley-player-${name}-`));
	made.push(dir);
	return dir;
}

/** The bundled episode copied as ep.txt into `dir`, where its audio can be put beside it. */
function episodeIn(dir: string): string {
	const path = join(dir, 'ep.txt');
	copyFileSync(EPISODE, path);
	return path;
}

function start(options: PtyOptions = {}): PtyTerminal {
	const term = new PtyTerminal(options);
	open.push(term);
	return term;
}

/** mpv without a sound card, serving a socket of the test's own beside the connection Parley gives it. */
function mpvHome(): {env: Record<string, string>; socket: string} {
	const home = temporary('mpv');
	const socket = join(home, 'ipc.sock');
	writeFileSync(join(home, 'mpv.conf'), `ao=null\ninput-ipc-server=${socket}\n`);
	return {env: {MPV_HOME: home}, socket};
}

async function connectTo(socket: string): Promise<MpvClient> {
	const client = await mpvClient(socket);
	clients.push(client);
	return client;
}

async function untilProperty(client: MpvClient, name: string, check: (value: unknown) => void): Promise<void> {
	await vi.waitFor(async () => check(await client.property(name)), {timeout: LONG, interval: 50});
}

const seconds = async (client: MpvClient) => Number(await client.property('time-pos'));

/** The mpv processes running that play `file`. */
function mpvPlaying(file: string): number[] {
	const pids = readdirSync('/proc').filter(name => /^\d+$/.test(name));
	return pids.map(Number).filter(pid => {
		try {
			const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
			return basename(args[0]!) === 'mpv' && args.includes(file) && isRunning(pid);
		} catch {
			return false;
		}
	});
}

const footer = (screen: string) => screen.split('\n').at(-2)!;

type Clock = {readonly playing: boolean; readonly seconds: number; readonly rate: string};

/** The player's `▶ 00:01:32 1.25x` in the footer. */
function clockOf(screen: string): Clock | undefined {
	const match = /^([▶‖]) (\d\d):(\d\d):(\d\d) (\S+x) /.exec(footer(screen));
	return match ? {playing: match[1] === '▶', seconds: Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]), rate: match[5]!} : undefined;
}

async function waitForClock(term: PtyTerminal, test: (clock: Clock) => boolean): Promise<Clock> {
	const screen = await term.waitFor(current => {
		const clock = clockOf(current);
		return clock !== undefined && test(clock);
	}, LONG);
	return clockOf(screen)!;
}

/** The footer's clock shows ▶ and moves on. */
async function expectClockRuns(term: PtyTerminal): Promise<void> {
	const first = await waitForClock(term, clock => clock.playing);
	await waitForClock(term, clock => clock.playing && clock.seconds > first.seconds);
}

async function expectQuitRestored(term: PtyTerminal): Promise<void> {
	term.press('q');
	expect((await term.exited).exitCode).toBe(0);
	await term.settle(50);
	expect(term.isAlternateScreen()).toBe(false);
	expect(term.cursorVisible()).toBe(true);
}

describe.skipIf(!mpvInstalled && !process.env.CI)('playing the audio with mpv', () => {
	it('plays ep.wav beside ep.txt: a seek in Parley moves mpv, mpv moved from outside moves Parley, q stops mpv', async () => {
		const dir = temporary('episode');
		const wav = join(dir, 'ep.wav');
		writeWav(wav, 120);
		const mpv = mpvHome();
		const term = start({args: [episodeIn(dir)], env: mpv.env});
		await term.waitFor('? help', LONG);
		term.press('p');
		await expectClockRuns(term);
		const client = await connectTo(mpv.socket);
		const [pid] = mpvPlaying(wav);
		expect(pid).toBeDefined();
		await untilProperty(client, 'pause', value => expect(value).toBe(false));

		const before = await seconds(client);
		term.press(RIGHT);
		await untilProperty(client, 'time-pos', value => expect(Number(value) - before).toBeGreaterThanOrEqual(29));
		expect((await seconds(client)) - before).toBeLessThan(40);

		await client.request(['seek', 90, 'absolute']);
		await waitForClock(term, clock => clock.playing && clock.seconds >= 90 && clock.seconds < 100);

		term.press('>');
		await untilProperty(client, 'speed', value => expect(value).toBe(1.25));
		await waitForClock(term, clock => clock.rate === '1.25x');
		term.press('p');
		await untilProperty(client, 'pause', value => expect(value).toBe(true));
		await waitForClock(term, clock => !clock.playing);

		await expectQuitRestored(term);
		expect(isRunning(pid!)).toBe(false);
		expect(mpvPlaying(wav)).toEqual([]);
	});

	it('plays --audio FILE: Enter seeks mpv to the time gone to, ← goes back 10 s', async () => {
		const wav = join(temporary('audio'), 'talk.wav');
		writeWav(wav, 120);
		const mpv = mpvHome();
		const term = start({args: ['--audio', wav], env: mpv.env});
		await term.waitFor('? help', LONG);
		term.press('p');
		await expectClockRuns(term);
		const client = await connectTo(mpv.socket);
		await untilProperty(client, 'pause', value => expect(value).toBe(false));

		term.press(':1:18\r');
		await term.waitFor('following paused — . to return', LONG);
		term.press('\r');
		await untilProperty(client, 'time-pos', value => expect(Number(value)).toBeGreaterThanOrEqual(78));
		await waitForClock(term, clock => clock.seconds >= 78 && clock.seconds < 88);
		const before = await seconds(client);
		term.press(LEFT);
		await untilProperty(client, 'time-pos', value => expect(Number(value)).toBeLessThan(before - 8));

		await expectQuitRestored(term);
		expect(mpvPlaying(wav)).toEqual([]);
	});

	it('says in one line that ep.mp3 cannot be played, and plays on by the clock', async () => {
		const dir = temporary('episode');
		writeFileSync(join(dir, 'ep.mp3'), 'not audio at all\n');
		const term = start({args: [episodeIn(dir)], env: mpvHome().env});
		await term.waitFor('? help', LONG);
		term.press('p');
		const screen = await term.waitFor(current => footer(current).startsWith("can't play 'ep.mp3'"), LONG);
		expect(footer(screen)).toMatch(/^can't play 'ep\.mp3': .+; playing by the clock +\? help$/);
		expect(screen.split('\n').filter(row => row.includes("can't play"))).toHaveLength(1);
		term.press('.');
		await expectClockRuns(term);
	});
});

describe('audio that cannot be played', () => {
	it('refuses --audio naming a file that is not there, in one line, before the reader opens', async () => {
		const term = start({args: ['--audio', 'missing.mp3']});
		expect((await term.exited).exitCode).toBe(2);
		const lines = (await term.screen()).filter(row => row !== '');
		expect(lines).toEqual(["parley: cannot play 'missing.mp3': no such file"]);
		expect(term.output).not.toContain('\u001B[?1049h');
	});

	it('says mpv is not installed, and plays on by the clock', async () => {
		const bin = temporary('bin');
		symlinkSync(process.execPath, join(bin, 'node'));
		const dir = temporary('episode');
		writeWav(join(dir, 'ep.wav'), 5);
		const term = start({args: [episodeIn(dir)], env: {PATH: bin}});
		await term.waitFor('? help', LONG);
		term.press('p');
		await term.waitFor(screen => footer(screen).startsWith('mpv not found: install mpv to hear the audio; playing by the clock'), LONG);
		term.press('.');
		await expectClockRuns(term);
	});
});

describe('playing by the clock, without audio', () => {
	it('plays with p, saying once how to add the audio; stops following when scrolled away, and . brings the view back', async () => {
		const term = start({args: [episodeIn(temporary('clock'))]});
		await term.waitFor('? help', LONG);
		term.press('p');
		await term.waitFor(screen => footer(screen).startsWith('no audio: playing by the clock (put ep.mp3 beside it, or --audio FILE)'), LONG);
		// The next key puts the player back in the footer; the word is not said again.
		term.press('pp');
		await expectClockRuns(term);
		term.press('  ');
		const away = await term.waitFor(screen => footer(screen).includes('following paused — . to return'), LONG);
		expect(away.split('\n')[1]).not.toBe('00:00:11 │ Jon Krohn');
		expect(clockOf(away)?.playing).toBe(true);
		term.press('.');
		const back = await term.waitFor(screen => !screen.includes('following paused') && clockOf(screen) !== undefined, LONG);
		expect(back.split('\n')[1]).toBe('00:00:11 │ Jon Krohn');
		await expectClockRuns(term);
	});
});

describe('quotes and bookmarks', () => {
	it('copies the paragraph as a quote with y, through OSC 52', async () => {
		const term = start();
		await term.waitFor('? help', LONG);
		term.press('y');
		await term.waitFor(screen => footer(screen).startsWith('copied: “Welcome to the Super Data Science Podcast'), LONG);
		// The clipboard is written just after the frame that says so.
		const copied = await vi.waitFor(() => /\u001B\]52;c;([A-Za-z\d+/=]+)\u0007/.exec(term.output)![1]!, {timeout: LONG, interval: 20});
		const quote = Buffer.from(copied, 'base64').toString('utf8');
		expect(quote).toMatch(/^“Welcome to the Super Data Science Podcast, .* Now let’s make the complex simple\.”/);
		expect(quote).toMatch(/” — Jon Krohn, This is episode number 797 with Dr\. Rosanne Liu, research scientist at Google DeepMind\. \(00:00:11\)$/);
	});

	it('keeps a bookmark and where the reader stopped, for the next time and for parley bookmarks', async () => {
		const state = temporary('state');
		const first = start({env: {XDG_STATE_HOME: state}});
		await first.waitFor('? help', LONG);
		first.press('m');
		await first.waitFor('note: ', LONG);
		first.press('the origin of ML Collective\r');
		await first.waitFor("bookmarked 00:00:11: ' lists the bookmarks", LONG);
		first.press(':');
		await first.waitFor('go to: ', LONG);
		first.press('35:00\r');
		await first.waitFor(screen => /^00:35:00 ▶/m.test(screen), LONG);
		await expectQuitRestored(first);

		const again = start({env: {XDG_STATE_HOME: state}});
		const offer = await again.waitFor(screen => /you stopped at 00:3[45]:\d\d last time: r goes back there/.test(footer(screen)), LONG);
		const stopped = /you stopped at (\S+)/.exec(offer)![1]!;
		again.press('r');
		await again.waitFor(screen => screen.includes(`\n${stopped} ▶ `), LONG);
		again.press("'");
		const list = await again.waitFor('1 bookmark', LONG);
		expect(list).toMatch(/00:00:11 {2}the origin of ML Collective — Jon Krohn: Welcome to the Super Data /);
		again.press(KEYS.escape);
		await expectQuitRestored(again);

		const markdown = execFileSync(process.execPath, [CLI, 'bookmarks', '--to', 'md'], {
			env: {...process.env, XDG_STATE_HOME: state},
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
		});
		expect(markdown).toMatch(/^# Bookmarks: /);
		expect(markdown).toContain('the origin of ML Collective');
		expect(markdown).toContain('00:00:11');
	});
});
