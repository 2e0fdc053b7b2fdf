/*
 * What the benchmarks share: statistics, terminals opened for measuring (none outlives the bench),
 * and a key pressed with the frame it draws timed and counted.
 */
import {readFileSync} from 'node:fs';
import {PtyTerminal, type PtyOptions} from '../e2e/pty-terminal.js';

export const SYNC_BEGIN = '\u001B[?2026h';
export const SYNC_END = '\u001B[?2026l';
/** Without synchronized-output markers, a frame is over when nothing more comes for this long. */
const QUIET_MS = 30;
/** Ink renders at most every 34 ms (30 fps); waiting longer between keys keeps frames apart. */
const GAP_MS = 60;

export type Stats = {readonly median: number; readonly p95: number; readonly mean: number};

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export function stats(values: readonly number[]): Stats {
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
	return {median: rank(0.5), p95: rank(0.95), mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length};
}

/* Every terminal opened, so that none outlives the bench, whatever happens. */
const live = new Set<PtyTerminal>();

export function open(options: PtyOptions): PtyTerminal {
	const term = new PtyTerminal(options);
	live.add(term);
	void term.exited.then(() => live.delete(term));
	return term;
}

export async function close(term: PtyTerminal): Promise<void> {
	term.kill();
	const exited = await Promise.race([term.exited.then(() => true), sleep(2000).then(() => false)]);
	if (!exited) term.process.kill('SIGKILL');
}

export function killAll(): void {
	for (const term of live) {
		try {
			term.process.kill('SIGKILL');
		} catch {} // already gone
	}
}

/** When the frame written after output offset `from` was complete. */
export function frameWritten(term: PtyTerminal, from: number, sync: boolean, timeoutMs = 2000): Promise<number> {
	return new Promise((resolve, reject) => {
		let last = 0;
		let quiet: NodeJS.Timeout | undefined;
		const finish = (error?: Error) => {
			listener.dispose();
			clearTimeout(timer);
			clearTimeout(quiet);
			if (error) reject(error);
			else resolve(last);
		};

		const listener = term.process.onData(() => {
			last = performance.now();
			if (sync) {
				if (term.output.includes(SYNC_END, from)) finish();
				return;
			}

			clearTimeout(quiet);
			quiet = setTimeout(finish, QUIET_MS);
		});
		const timer = setTimeout(() => finish(new Error(`no frame within ${timeoutMs} ms`)), timeoutMs);
	});
}

export type Press = {readonly ms: number; readonly bytes: number; readonly frames: number};

export async function press(term: PtyTerminal, key: string, sync: boolean): Promise<Press> {
	await term.screen(); // let the emulator catch up first, so it does not compete inside the timing
	const from = term.output.length;
	const written = frameWritten(term, from, sync);
	const started = performance.now();
	term.press(key);
	const ms = (await written) - started;
	await sleep(GAP_MS); // and a second frame for the same key, if any, arrives before the next key
	const output = term.output.slice(from);
	return {ms, bytes: Buffer.byteLength(output), frames: output.split(SYNC_END).length - 1};
}

/** The most memory a process has held so far (VmHWM), in MB. */
export function peakRssMB(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kB = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
	return (kB * 1024) / 1e6;
}
