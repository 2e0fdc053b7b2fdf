import {chmodSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {connect, type Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {AudioPlayer, AudioReport} from '../../source/player/audio-player.js';
import {startMpv, type MpvOptions} from '../../source/player/mpv.js';
import {isRunning} from '../helpers/processes.js';

const FAKE_MPV = fileURLToPath(new URL('fake-mpv.mjs', import.meta.url));
chmodSync(FAKE_MPV, 0o755);
const WAIT = {timeout: 10_000, interval: 10};

type Timed = AudioReport & {readonly at: number};

type Fake = {
	readonly player: AudioPlayer;
	readonly reports: Timed[];
	readonly pid: number;
	readonly dir: string;
	/** The commands the fake received, in order. */
	received(): unknown[][];
	/** Sends a line to the bridge as if mpv sent it. */
	emit(message: object): Promise<void>;
	/** The next report, once it comes. */
	nextReport(): Promise<Timed>;
};

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0)) await cleanup();
});

function scratch(): string {
	const dir = mkdtempSync(join(tmpdir(), 'parley-mpv-'));
	cleanups.push(() => rmSync(dir, {recursive: true, force: true}));
	return dir;
}

async function controlSocket(path: string): Promise<Socket> {
	return vi.waitFor(
		async () =>
			new Promise<Socket>((resolve, reject) => {
				const socket = connect(path, () => resolve(socket)).on('error', reject);
			}),
		WAIT,
	);
}

/** `atOnce` is called with the player as soon as it is made, before mpv can be ready. */
async function startFake(mode = 'normal', options: Partial<MpvOptions> = {}, atOnce?: (player: AudioPlayer) => void): Promise<Fake> {
	const dir = scratch();
	const reports: Timed[] = [];
	const waiting: Array<(report: Timed) => void> = [];
	const onReport = (report: AudioReport) => {
		const timed = {...report, at: performance.now()};
		reports.push(timed);
		waiting.shift()?.(timed);
	};

	const player = startMpv({file: join(dir, 'ep.mp3'), mpvPath: FAKE_MPV, extraArgs: [`--fake-dir=${dir}`, `--fake-mode=${mode}`], onReport, ...options});
	atOnce?.(player);
	cleanups.push(() => player.close());
	const pid = await vi.waitFor(() => {
		const read = Number(readFileSync(join(dir, 'pid'), 'utf8'));
		expect(read).toBeGreaterThan(0);
		return read;
	}, WAIT);
	let control: Socket | undefined;
	cleanups.push(() => {
		control?.destroy();
	});
	return {
		player,
		reports,
		pid,
		dir,
		received: () =>
			readFileSync(join(dir, 'received.jsonl'), 'utf8')
				.trim()
				.split('\n')
				.map(line => (JSON.parse(line) as {command: unknown[]}).command),
		async emit(message) {
			control ??= await controlSocket(join(dir, 'control.sock'));
			control.write(`${JSON.stringify(message)}\n`);
		},
		nextReport: async () => new Promise(resolve => waiting.push(resolve)),
	};
}

async function firstReport(fake: Fake): Promise<Timed> {
	return vi.waitFor(() => {
		expect(fake.reports[0]).toBeDefined();
		return fake.reports[0]!;
	}, WAIT);
}

async function gone(pid: number): Promise<void> {
	await vi.waitFor(() => expect(isRunning(pid)).toBe(false), WAIT);
}

function timePos(seconds: number): object {
	return {event: 'property-change', id: 1, name: 'time-pos', data: seconds};
}

describe('startMpv, with a fake mpv', () => {
	it('starts mpv on the file at the time asked, and reports where it is once it has the file', async () => {
		const fake = await startFake('normal', {startAt: 42, file: '-x.mp3'});
		expect(await firstReport(fake)).toMatchObject({type: 'position', seconds: 42, playing: false, rate: 1});
		const argv = JSON.parse(readFileSync(join(fake.dir, 'argv.json'), 'utf8')) as string[];
		expect(argv).toContain('--input-ipc-client=fd://3');
		expect(argv).toContain('--start=42.000');
		expect(argv.slice(-2)).toEqual(['--', '-x.mp3']);
		expect(fake.received().slice(0, 4)).toEqual([
			['observe_property', 1, 'time-pos'],
			['observe_property', 2, 'pause'],
			['observe_property', 3, 'speed'],
			['observe_property', 4, 'eof-reached'],
		]);
	});

	it('holds the commands given before mpv has the file, and then sends the latest of each', async () => {
		const fake = await startFake('normal', {}, player => {
			player.seek(5);
			player.pause();
			player.setRate(1.5);
			player.seek(7);
			player.play();
		});
		await vi.waitFor(() => expect(fake.reports.at(-1)).toMatchObject({seconds: 7, playing: true, rate: 1.5}), WAIT);
		expect(fake.received().slice(4)).toEqual([
			['seek', 7, 'absolute+exact'],
			['set_property', 'speed', 1.5],
			['set_property', 'pause', false],
		]);
	});

	it('sends each command at once when mpv has the file, and reports the changes of pause, speed and position', async () => {
		const fake = await startFake();
		await firstReport(fake);
		fake.player.play();
		expect(await fake.nextReport()).toMatchObject({type: 'position', seconds: 0, playing: true, rate: 1});
		fake.player.setRate(2);
		expect(await fake.nextReport()).toMatchObject({playing: true, rate: 2});
		fake.player.seek(3.5);
		expect(await fake.nextReport()).toMatchObject({seconds: 3.5, playing: true, rate: 2});
		fake.player.pause();
		expect(await fake.nextReport()).toMatchObject({seconds: 3.5, playing: false, rate: 2});
		expect(fake.received().slice(4)).toEqual([
			['set_property', 'pause', false],
			['set_property', 'speed', 2],
			['seek', 3.5, 'absolute+exact'],
			['set_property', 'pause', true],
		]);
		expect(fake.reports).toHaveLength(5);
	});

	it('seeks to the start for a time before it (mpv counts a negative time from the end)', async () => {
		const fake = await startFake('normal', {startAt: 4});
		await firstReport(fake);
		fake.player.seek(-2);
		expect(await fake.nextReport()).toMatchObject({seconds: 0});
		expect(fake.received().at(-1)).toEqual(['seek', 0, 'absolute+exact']);
	});

	it('reports a jump in mpv’s position from outside, but not the small steps of playing', async () => {
		const fake = await startFake();
		await firstReport(fake);
		await fake.emit(timePos(10));
		expect(await fake.nextReport()).toMatchObject({seconds: 10, playing: false});
		fake.player.play();
		const playing = await fake.nextReport();
		for (let step = 1; step <= 5; step++) await fake.emit(timePos(10 + (performance.now() - playing.at) / 1000 + 0.02 * step));
		await fake.emit(timePos(30));
		expect(await fake.nextReport()).toMatchObject({seconds: 30, playing: true});
		expect(fake.reports.map(report => report.type === 'position' && report.seconds)).toEqual([0, 10, 10, 30]);
	});

	it('reports the end of the file as paused there', async () => {
		const fake = await startFake();
		await firstReport(fake);
		fake.player.play();
		await fake.nextReport();
		await fake.emit(timePos(20));
		await fake.emit({event: 'property-change', id: 4, name: 'eof-reached', data: true});
		await vi.waitFor(() => expect(fake.reports.at(-1)).toMatchObject({seconds: 20, playing: false}), WAIT);
	});

	it('reports a file mpv cannot play, once, in one clean line, and leaves nothing running', async () => {
		const fake = await startFake('unplayable');
		await gone(fake.pid);
		expect(fake.reports).toEqual([
			{type: 'failed', message: "can't play 'ep.mp3': unrecognized file format[2J see the log; playing by the clock", at: expect.any(Number)},
		]);
	});

	it('reports an mpv that exits before it has the file', async () => {
		const fake = await startFake('exit-early');
		await vi.waitFor(
			() => expect(fake.reports).toMatchObject([{type: 'failed', message: "can't play 'ep.mp3': mpv exited (exit code 3); playing by the clock"}]),
			WAIT,
		);
	});

	it('reports mpv not installed', async () => {
		const reports: AudioReport[] = [];
		const player = startMpv({file: 'ep.mp3', mpvPath: join(scratch(), 'mpv'), onReport: report => reports.push(report)});
		await vi.waitFor(() => expect(reports).toEqual([{type: 'failed', message: 'mpv not found: install mpv to hear the audio; playing by the clock'}]), WAIT);
		player.play();
		await player.close();
		expect(reports).toHaveLength(1);
	});

	it('gives up on an mpv that does not answer in time, and ends it', async () => {
		const fake = await startFake('silent', {connectTimeoutMs: 300});
		await gone(fake.pid);
		expect(fake.reports).toMatchObject([{type: 'failed', message: "mpv did not start 'ep.mp3' within 0.3 s; playing by the clock"}]);
		fake.player.play();
		fake.player.seek(3);
		await fake.player.close();
		expect(fake.reports).toHaveLength(1);
	});

	it('reports mpv stopping while in use', async () => {
		const fake = await startFake();
		await firstReport(fake);
		process.kill(fake.pid, 'SIGKILL');
		await vi.waitFor(() => expect(fake.reports.at(-1)).toMatchObject({type: 'failed', message: 'mpv stopped (SIGKILL); playing by the clock'}), WAIT);
	});

	it('close() asks mpv to quit, reports nothing more, and leaves nothing running', async () => {
		const fake = await startFake();
		await firstReport(fake);
		await fake.player.close();
		expect(isRunning(fake.pid)).toBe(false);
		expect(fake.received().at(-1)).toEqual(['quit']);
		await fake.player.close();
		fake.player.play();
		expect(fake.reports).toHaveLength(1);
	});

	it('close() kills an mpv that does not quit', async () => {
		const fake = await startFake('stubborn');
		await firstReport(fake);
		await fake.player.close();
		expect(isRunning(fake.pid)).toBe(false);
		expect(fake.reports).toHaveLength(1);
	});

	it('kill() ends mpv at once; close() after it resolves', async () => {
		const fake = await startFake();
		await firstReport(fake);
		fake.player.kill();
		fake.player.kill();
		await gone(fake.pid);
		fake.player.pause();
		await fake.player.close();
		expect(fake.reports).toHaveLength(1);
	});
});
