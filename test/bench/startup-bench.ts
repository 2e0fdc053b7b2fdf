/*
 * Start-up figures for `npm run bench`, as whole processes: the first key answered (`j` pressed
 * 50 ms after spawning, in a real pseudo-terminal, until the screen has scrolled), `parley FILE |
 * head` and `parley search` on one episode, until they exit; and bare `node -e ''` beside them.
 */
import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {CLI} from '../e2e/pty-terminal.js';
import {close, open, stats, type Stats} from './measure.js';

const BUNDLED = fileURLToPath(new URL('../../seeds/000_0c8a1c0868a88bbd.txt', import.meta.url));
const RUNS = 15;
const KEY_AFTER_MS = 50;

export type StartupFigures = {
	readonly node: Stats;
	readonly firstKey: Stats;
	readonly piped: Stats;
	readonly search: Stats;
};

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function runs(measure: () => Promise<number>): Promise<Stats> {
	await measure(); // warm-up: file cache, compile cache
	const samples: number[] = [];
	for (let run = 0; run < RUNS; run++) samples.push(await measure());
	return stats(samples);
}

/** From spawning a command (through sh) to its exit. */
function whole(command: string): () => Promise<number> {
	return () =>
		new Promise((resolve, reject) => {
			const started = performance.now();
			execFile('/bin/sh', ['-c', command], error => (error ? reject(error) : resolve(performance.now() - started)));
		});
}

/** From spawning Parley at 80x24 to the screen scrolled by `j`, pressed 50 ms after the spawn. */
async function firstKeyMs(): Promise<number> {
	const started = performance.now();
	const term = open({columns: 80, rows: 24});
	try {
		await sleep(KEY_AFTER_MS - (performance.now() - started));
		term.press('j');
		const deadline = started + 10_000;
		for (;;) {
			const rows = await term.screen();
			// The first line of words scrolled off under the speaker's name (which stays, sticky): the key was read and answered.
			if (rows[0]!.startsWith('This is episode') && rows[2]!.includes('│') && !rows[2]!.includes('Welcome to the Super Data Science'))
				return performance.now() - started;
			if (performance.now() > deadline) throw new Error(`j not answered:\n${rows.join('\n')}`);
			await sleep(2);
		}
	} finally {
		await close(term);
	}
}

export async function measureStartup(): Promise<StartupFigures> {
	const quoted = (path: string) => `'${path}'`;
	return {
		node: await runs(whole(`exec '${process.execPath}' -e ''`)),
		firstKey: await runs(firstKeyMs),
		piped: await runs(whole(`${quoted(CLI)} ${quoted(BUNDLED)} | head -n 20 > /dev/null`)),
		search: await runs(whole(`${quoted(CLI)} search 'curiosity driven research' ${quoted(BUNDLED)} > /dev/null`)),
	};
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function startupTable({node, firstKey, piped, search}: StartupFigures): string {
	const row = (what: string, figures: Stats, target: number | undefined) =>
		`| ${what} | ${ms(figures.median)}${target === undefined ? '' : ` ${mark(figures.median <= target)}`} | ${ms(figures.p95)} | ${target === undefined ? '' : `≤ ${target} ms`} |`;
	return [
		`| whole process (median of ${RUNS}) | median | p95 | target |`,
		'|---|---|---|---|',
		row("`node -e ''`", node, undefined),
		row('`j` pressed 50 ms after spawn, answered (80x24)', firstKey, 300),
		row('`parley FILE | head` (bundled episode)', piped, 100),
		row('`parley search QUERY FILE` (bundled episode)', search, 120),
	].join('\n');
}
