/*
 * What playing costs: CPU (of one core) and bytes written each second while the bundled episode
 * plays by the clock, while it is paused, and while mpv plays a generated audio file (with
 * `--ao=null` through an mpv config folder, so no sound card is needed).
 */
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PtyTerminal} from '../e2e/pty-terminal.js';
import {writeWav} from '../helpers/wav.js';

/** How long each state is measured. */
const MEASURE_MS = 10_000;
/** The clock ticks of /proc/PID/stat (`getconf CLK_TCK`: 100 on Linux). */
const TICKS_PER_SECOND = 100;

export type PlayerCost = {
	readonly name: string;
	/** Percent of one core, Parley's process. */
	readonly cpuPercent: number;
	/** Percent of one core, mpv's process, when it plays. */
	readonly mpvCpuPercent: number | undefined;
	readonly bytesPerSecond: number;
	readonly framesPerSecond: number;
};

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** User and system time a process has used, in seconds. */
function cpuSeconds(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	// The command name, in parentheses, may hold spaces: the fields that follow are counted from its end.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

function childNamed(pid: number, name: string): number | undefined {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (parent === pid && stat.includes(`(${name})`)) return Number(entry);
		} catch {} // gone meanwhile
	}

	return undefined;
}

async function cost(name: string, term: PtyTerminal, mpv: number | undefined): Promise<PlayerCost> {
	const {pid} = term.process;
	const [before, mpvBefore, bytes, frames] = [
		cpuSeconds(pid),
		mpv === undefined ? 0 : cpuSeconds(mpv),
		term.output.length,
		term.output.split('\u001B[?2026l').length,
	];
	await sleep(MEASURE_MS);
	const seconds = MEASURE_MS / 1000;
	return {
		name,
		cpuPercent: ((cpuSeconds(pid) - before) / seconds) * 100,
		mpvCpuPercent: mpv === undefined ? undefined : ((cpuSeconds(mpv) - mpvBefore) / seconds) * 100,
		bytesPerSecond: (term.output.length - bytes) / seconds,
		framesPerSecond: (term.output.split('\u001B[?2026l').length - frames) / seconds,
	};
}

async function session(args: readonly string[], env: Record<string, string>, measure: (term: PtyTerminal) => Promise<PlayerCost[]>): Promise<PlayerCost[]> {
	const term = new PtyTerminal({args, columns: 80, rows: 24, env});
	try {
		await term.waitFor('? help');
		await term.settle(500);
		return await measure(term);
	} finally {
		term.press('q');
		await Promise.race([term.exited, sleep(2000)]);
		term.kill();
	}
}

export async function measurePlayer(): Promise<PlayerCost[]> {
	const folder = join(tmpdir(), `parley-player-bench-${process.pid}`);
	mkdirSync(folder, {recursive: true});
	const audio = join(folder, 'episode.wav');
	writeWav(audio, 120);
	writeFileSync(join(folder, 'mpv.conf'), 'ao=null\n');
	const env = {MPV_HOME: folder, XDG_STATE_HOME: folder};
	const clock = await session([], env, async term => {
		const idle = await cost('open, not playing', term, undefined);
		term.press('p');
		// The first play without audio says so over the player's clock, until the next key: Esc puts it away, as a reader's next key does.
		await sleep(300);
		term.press('\u001B');
		await sleep(1000);
		const playing = await cost('playing by the clock', term, undefined);
		term.press('p');
		await sleep(500);
		return [idle, playing, await cost('paused', term, undefined)];
	});
	const withAudio = await session(['--audio', audio], env, async term => {
		term.press('p');
		await sleep(1500);
		const mpv = childNamed(term.process.pid, 'mpv');
		if (mpv === undefined) throw new Error(`mpv did not start:\n${await term.screenText()}`);
		return [await cost('playing with mpv', term, mpv)];
	});
	return [...clock, ...withAudio];
}

export function playerTable(costs: readonly PlayerCost[]): string {
	const percent = (value: number) => `${value.toFixed(2)} %`;
	return [
		'| bundled 80x24, 10 s each | Parley CPU (one core) | mpv CPU | bytes/s | frames/s | target |',
		'|---|---|---|---|---|---|',
		...costs.map(
			c =>
				`| ${c.name} | ${percent(c.cpuPercent)} ${c.cpuPercent < 2 ? '✓' : '✗'} | ${c.mpvCpuPercent === undefined ? '' : percent(c.mpvCpuPercent)} | ${Math.round(c.bytesPerSecond)} | ${c.framesPerSecond.toFixed(1)} | < 2 % |`,
		),
	].join('\n');
}
