/*
 * `npm run bench`: how fast Parley draws its first frame and each scroll key, how many bytes a
 * key costs, and how much memory a long episode takes, measured in a real pseudo-terminal; then
 * search latency and quality, parse time in every format, chapters, works, and what playing costs. Prints Markdown tables and writes
 * .bench/results.json.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {cpus, loadavg} from 'node:os';
import {fileURLToPath} from 'node:url';
import type {PtyTerminal, PtyOptions} from '../e2e/pty-terminal.js';
import {close, killAll, open, peakRssMB, press, stats, SYNC_BEGIN, SYNC_END, type Press, type Stats} from './measure.js';
import {parseTranscript} from '../../source/core/formats/index.js';
import {fiveHourCaptions, measureParsing, parseTable} from './parse-bench.js';
import {chaptersTable, measureChapters} from './chapters-bench.js';
import {limitsTable, measureLimits} from './limits-bench.js';
import {measurePlayer, playerTable} from './player-bench.js';
import {measureRefs, refsTable} from './refs-bench.js';
import {measureSsh, sshTable} from './ssh-bench.js';
import {measureStartup, startupTable} from './startup-bench.js';
import {libraryTable, measureLibrary} from './library-bench.js';
import {measureQuality, measureSearch, searchTable} from './search-bench.js';
import {syntheticTranscript} from './synthetic.js';

const OUT = fileURLToPath(new URL('../../.bench/', import.meta.url));
const BUNDLED = fileURLToPath(new URL('../../seeds/000_0c8a1c0868a88bbd.txt', import.meta.url));
const RUNS = 15;
const PRESSES = 50;
const PAGES_BACK = 10;

type Case = {
	readonly name: string;
	readonly file: string | undefined;
	/** The first words of the first paragraph: on screen once the body is drawn. */
	readonly opening: string;
	readonly columns: number;
	readonly rows: number;
};

type KeyResult = {
	readonly ms: Stats;
	readonly bytes: Stats;
	/** Most frames (end markers) one key press produced. */
	readonly maxFramesPerKey: number;
};

type CaseResult = {
	readonly name: string;
	readonly columns: number;
	readonly rows: number;
	readonly firstFrameMs: Stats;
	readonly synchronizedOutput: boolean;
	readonly line: KeyResult;
	readonly page: KeyResult;
	/** VmHWM once the first frame is up, before any key: what the app costs at rest. */
	readonly startRssMB: number;
	readonly peakRssMB: number;
};

const cliOptions = (c: Case): PtyOptions => ({args: c.file === undefined ? [] : [c.file], columns: c.columns, rows: c.rows});

function shows(c: Case): (screen: string) => boolean {
	return screen => screen.includes('? help') && screen.includes(c.opening);
}

async function openingOf(text: string): Promise<string> {
	return (await parseTranscript(text)).paragraphs[0]!.text.split(' ').slice(0, 3).join(' ');
}

/**
 * When the output that made the screen pass `test` arrived. The screen is checked after each
 * chunk rather than polled, so the time is that of the chunk, not of the next poll.
 */
function screenShows(term: PtyTerminal, test: (screen: string) => boolean, timeoutMs: number): Promise<number> {
	return new Promise((resolve, reject) => {
		let settled = false;
		const finish = (error: Error | undefined, at = 0) => {
			if (settled) return;
			settled = true;
			listener.dispose();
			clearTimeout(timer);
			if (error) reject(error);
			else resolve(at);
		};

		const listener = term.process.onData(() => {
			const at = performance.now();
			void term.screenText().then(screen => test(screen) && finish(undefined, at));
		});
		const timer = setTimeout(async () => finish(new Error(`screen not shown in ${timeoutMs} ms:\n${await term.screenText()}`)), timeoutMs);
	});
}

async function firstFrameMs(c: Case): Promise<number> {
	const started = performance.now();
	const term = open(cliOptions(c));
	try {
		return (await screenShows(term, shows(c), 10_000)) - started;
	} finally {
		await close(term);
	}
}

async function baselineMs(): Promise<number> {
	const started = performance.now();
	const term = open({shell: `exec '${process.execPath}' -e ''`});
	try {
		await term.exited;
		return performance.now() - started;
	} finally {
		await close(term);
	}
}

async function repeat(runs: number, measure: () => Promise<number>): Promise<Stats> {
	await measure(); // warm-up: file cache, first compile
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) samples.push(await measure());
	return stats(samples);
}

async function timeKey(term: PtyTerminal, key: string, sync: boolean): Promise<KeyResult> {
	const presses: Press[] = [];
	for (let n = 0; n < PRESSES; n++) {
		if ((await term.screenText()).includes('(END)')) await press(term, 'g', sync);
		presses.push(await press(term, key, sync));
	}

	return {
		ms: stats(presses.map(p => p.ms)),
		bytes: stats(presses.map(p => p.bytes)),
		maxFramesPerKey: sync ? Math.max(...presses.map(p => p.frames)) : Number.NaN,
	};
}

async function pageThrough(term: PtyTerminal, sync: boolean): Promise<void> {
	await press(term, 'G', sync);
	await term.waitFor('(END)');
	for (let n = 0; n < PAGES_BACK; n++) await press(term, 'b', sync);
}

async function interactive(c: Case): Promise<Omit<CaseResult, 'firstFrameMs'>> {
	const term = open(cliOptions(c));
	try {
		await screenShows(term, shows(c), 10_000);
		await term.settle(100);
		const startRss = peakRssMB(term.process.pid);
		const synchronizedOutput = term.output.includes(SYNC_BEGIN) && term.output.includes(SYNC_END);
		const line = await timeKey(term, 'j', synchronizedOutput);
		await press(term, 'g', synchronizedOutput);
		const page = await timeKey(term, ' ', synchronizedOutput);
		await pageThrough(term, synchronizedOutput);
		const rss = peakRssMB(term.process.pid);
		term.press('q');
		return {name: c.name, columns: c.columns, rows: c.rows, synchronizedOutput, line, page, startRssMB: startRss, peakRssMB: rss};
	} finally {
		await close(term);
	}
}

async function measure(c: Case): Promise<CaseResult> {
	const firstFrame = await repeat(RUNS, () => firstFrameMs(c));
	return {...(await interactive(c)), firstFrameMs: firstFrame};
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function bytesCell(key: KeyResult, screen: number): string {
	return `${Math.round(key.bytes.mean)} B (${(key.bytes.mean / screen).toFixed(2)} screens) ${mark(key.bytes.mean <= screen)}`;
}

function table(results: readonly CaseResult[], baseline: Stats): string {
	const row = (label: string, target: string, cell: (r: CaseResult) => string) => `| ${label} | ${results.map(cell).join(' | ')} | ${target} |`;
	const rss = (r: CaseResult) => `${r.peakRssMB.toFixed(1)} MB${r.name.startsWith('5') ? ` ${mark(r.peakRssMB <= 100)}` : ''}`;
	return [
		`| | ${results.map(r => `${r.name} ${r.columns}x${r.rows}`).join(' | ')} | target |`,
		`|---|${results.map(() => '---|').join('')}---|`,
		row(
			'first frame, median',
			'≤ 100 ms (5 h: 120)',
			r => `${ms(r.firstFrameMs.median)} ${mark(r.firstFrameMs.median <= (r.name.startsWith('5') ? 120 : 100))}`,
		),
		row('first frame, p95', '', r => ms(r.firstFrameMs.p95)),
		row('`j` (line), p50', '≤ 16 ms', r => `${ms(r.line.ms.median)} ${mark(r.line.ms.median <= 16)}`),
		row('`j` (line), p95', '≤ 16 ms', r => `${ms(r.line.ms.p95)} ${mark(r.line.ms.p95 <= 16)}`),
		row('space (page), p50', '≤ 16 ms', r => `${ms(r.page.ms.median)} ${mark(r.page.ms.median <= 16)}`),
		row('space (page), p95', '≤ 16 ms', r => `${ms(r.page.ms.p95)} ${mark(r.page.ms.p95 <= 16)}`),
		row('bytes per `j`, mean', '≤ 1 screen', r => bytesCell(r.line, r.columns * r.rows)),
		row('bytes per space, mean', '≤ 1 screen', r => bytesCell(r.page, r.columns * r.rows)),
		row('peak RSS at first frame', '', r => `${r.startRssMB.toFixed(1)} MB`),
		row('peak RSS after paging', '≤ 100 MB (5 h)', rss),
		row('synchronized output', '', r => (r.synchronizedOutput ? `yes, ≤ ${Math.max(r.line.maxFramesPerKey, r.page.maxFramesPerKey)} frame/key` : 'no')),
		'',
		`Baseline, \`node -e ''\` spawned the same way, until it exits: median ${ms(baseline.median)}, p95 ${ms(baseline.p95)}.`,
	].join('\n');
}

async function cases(): Promise<Case[]> {
	mkdirSync(OUT, {recursive: true});
	const fiveHours = `${OUT}five-hours.txt`;
	const synthetic = syntheticTranscript(5);
	writeFileSync(fiveHours, synthetic);
	const fiveHoursVtt = `${OUT}five-hours.vtt`;
	writeFileSync(fiveHoursVtt, await fiveHourCaptions('vtt'));
	const bundled = await openingOf(readFileSync(BUNDLED, 'utf8'));
	return [
		{name: 'bundled', file: undefined, opening: bundled, columns: 80, rows: 24},
		{name: 'bundled', file: undefined, opening: bundled, columns: 100, rows: 30},
		{name: 'bundled', file: undefined, opening: bundled, columns: 120, rows: 40},
		{name: '5 hours', file: fiveHours, opening: await openingOf(synthetic), columns: 80, rows: 24},
		{name: '5 hours, WebVTT', file: fiveHoursVtt, opening: await openingOf(synthetic), columns: 80, rows: 24},
	];
}

async function main(): Promise<void> {
	const started = performance.now();
	const load = loadavg()[0]!;
	// Everything here is timed against the wall clock: other work on the machine shows up in it.
	if (load > 0.5) process.stderr.write(`note: load average ${load.toFixed(2)} before starting; figures will be noisy\n`);
	const baseline = await repeat(RUNS, baselineMs);
	const results: CaseResult[] = [];
	for (const c of await cases()) {
		process.stderr.write(`measuring ${c.name} ${c.columns}x${c.rows}…\n`);
		results.push(await measure(c));
	}

	console.log(table(results, baseline));
	process.stderr.write('measuring start-up as whole processes…\n');
	const startup = await measureStartup();
	console.log(`\n${startupTable(startup)}`);
	process.stderr.write('measuring search…\n');
	const search = await measureSearch();
	const quality = await measureQuality();
	console.log(`\n${searchTable(search, quality)}`);
	process.stderr.write('measuring the library…\n');
	const library = await measureLibrary();
	console.log(`\n${libraryTable(library)}`);
	process.stderr.write('measuring parsing…\n');
	const parsing = await measureParsing();
	console.log(`\n${parseTable(parsing)}`);
	process.stderr.write('measuring chapters…\n');
	const chapters = await measureChapters();
	console.log(`\n${chaptersTable(chapters)}`);
	process.stderr.write('measuring works mentioned…\n');
	const refs = await measureRefs();
	console.log(`\n${refsTable(refs)}`);
	process.stderr.write('measuring the input limits…\n');
	console.log(`\n${limitsTable(await measureLimits())}`);
	process.stderr.write('measuring the player…\n');
	const player = await measurePlayer();
	console.log(`\n${playerTable(player)}`);
	process.stderr.write('measuring keys over ssh…\n');
	const ssh = await measureSsh();
	console.log(`\n${sshTable(ssh)}`);
	const environment = {node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadAverage: load, date: new Date().toISOString()};
	writeFileSync(
		`${OUT}results.json`,
		`${JSON.stringify({environment, baselineMs: baseline, results, startup, search, quality, library, parsing, chapters, refs, player, ssh}, undefined, '\t')}\n`,
	);
	console.log(`\n${OUT}results.json written; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

for (const [signal, status] of [
	['SIGINT', 130],
	['SIGTERM', 143],
] as const) {
	process.on(signal, () => {
		killAll();
		process.exit(status);
	});
}

try {
	await main();
} catch (error) {
	process.exitCode = 1;
	console.error(error);
} finally {
	killAll();
}
