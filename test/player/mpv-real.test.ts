import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import type {AudioPlayer, AudioReport} from '../../source/player/audio-player.js';
import {startMpv} from '../../source/player/mpv.js';
import {mpvClient, type MpvClient} from '../helpers/mpv-ipc.js';
import {isRunning} from '../helpers/processes.js';
import {writeWav} from '../helpers/wav.js';

const mpvInstalled = spawnSync('mpv', ['--version']).status === 0;
const CHILD = fileURLToPath(new URL('mpv-child.ts', import.meta.url));
const WAIT = {timeout: 10_000, interval: 20};

describe.skipIf(!mpvInstalled && !process.env.CI)('startMpv, with mpv', () => {
	let dir: string;
	let episode: string;
	const players: AudioPlayer[] = [];
	const clients: MpvClient[] = [];

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'parley-mpv-real-'));
		episode = join(dir, 'ep.wav');
		writeWav(episode, 20);
	});
	afterEach(async () => {
		for (const each of clients.splice(0)) each.close();
		for (const player of players.splice(0)) await player.close();
	});
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	function start(file: string, socket?: string): {player: AudioPlayer; reports: AudioReport[]} {
		const reports: AudioReport[] = [];
		const extraArgs = ['--ao=null', ...(socket ? [`--input-ipc-server=${socket}`] : [])];
		const player = startMpv({file, extraArgs, onReport: report => reports.push(report)});
		players.push(player);
		return {player, reports};
	}

	async function reported(reports: AudioReport[], expected: (report: AudioReport) => boolean): Promise<void> {
		await vi.waitFor(() => expect(reports.some(expected), JSON.stringify(reports)).toBe(true), WAIT);
	}

	const near = (seconds: number) => (report: AudioReport) => report.type === 'position' && Math.abs(report.seconds - seconds) < 0.3;

	it('seeks, plays, pauses and changes speed, reporting each', async () => {
		const {player, reports} = start(episode);
		await reported(reports, report => report.type === 'position' && !report.playing && report.seconds < 0.3);
		player.seek(12);
		await reported(reports, near(12));
		player.play();
		await reported(reports, report => report.type === 'position' && report.playing);
		player.setRate(2);
		await reported(reports, report => report.type === 'position' && report.rate === 2);
		player.pause();
		await vi.waitFor(() => expect(reports.at(-1)).toMatchObject({type: 'position', playing: false, rate: 2}), WAIT);
		expect(reports.every(report => report.type === 'position')).toBe(true);
	});

	it('follows a seek made by another client of mpv', async () => {
		const socket = join(dir, 'outside.sock');
		const {reports} = start(episode, socket);
		await reported(reports, report => report.type === 'position');
		const outside = await mpvClient(socket);
		clients.push(outside);
		await outside.request(['seek', 15, 'absolute']);
		await reported(reports, near(15));
	});

	it('reports a file mpv cannot play', async () => {
		const text = join(dir, 'x.mp3');
		writeFileSync(text, 'Not audio at all.\n');
		const {reports} = start(text);
		await vi.waitFor(() => expect(reports).toHaveLength(1), WAIT);
		expect(reports[0]).toMatchObject({type: 'failed', message: expect.stringMatching(/^can't play 'x\.mp3': [^\n]+; playing by the clock$/)});
	});

	it('close() ends mpv', async () => {
		const socket = join(dir, 'close.sock');
		const {player, reports} = start(episode, socket);
		await reported(reports, report => report.type === 'position');
		const outside = await mpvClient(socket);
		clients.push(outside);
		const pid = (await outside.request(['get_property', 'pid'])) as number;
		expect(isRunning(pid)).toBe(true);
		await player.close();
		expect(isRunning(pid)).toBe(false);
		expect(reports.every(report => report.type === 'position')).toBe(true);
	});

	it('mpv quits when the program that started it is killed', async () => {
		const socket = join(dir, 'orphan.sock');
		const parley = spawn(process.execPath, ['--import', 'tsx', CHILD, episode, socket], {stdio: ['ignore', 'pipe', 'inherit']});
		let output = '';
		parley.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			output += chunk;
		});
		await vi.waitFor(() => expect(output).toContain('"type":"position"'), WAIT);
		const outside = await mpvClient(socket);
		clients.push(outside);
		const pid = (await outside.request(['get_property', 'pid'])) as number;
		parley.kill('SIGKILL');
		await vi.waitFor(() => expect(isRunning(pid)).toBe(false), WAIT);
	});
});
