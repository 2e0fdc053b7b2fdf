/*
 * Parley's input limits for `npm run bench`: input far over the 8 MB cap (200 MB, named and piped)
 * is refused at once, in little memory; a 20-hour transcript (bundled format and WebVTT) and the
 * largest one the cap lets through open, page to the end and back. Peak memory is the process's
 * own high-water mark (VmHWM, ru_maxrss), not sampled.
 */
import {spawn} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {exportTranscript} from '../../source/core/export/index.js';
import {formatClock} from '../../source/core/time.js';
import {CLI, PtyTerminal} from '../e2e/pty-terminal.js';
import {parseText} from '../helpers/transcripts.js';
import {peakRssMB} from './measure.js';
import {syntheticTranscript} from './synthetic.js';

const MB = 1024 * 1024;
export const HUGE_BYTES = 200 * MB;
/** Hours of the synthetic episode that come nearest the 8 MB cap. */
export const LARGEST_HOURS = 140;
const OPEN_TIMEOUT_MS = 60_000;

export type Refusal = {
	readonly name: string;
	readonly exitCode: number | null;
	readonly stderr: string;
	readonly ms: number;
	readonly peakRssMB: number;
};

export type Opening = {
	readonly name: string;
	readonly bytes: number;
	readonly firstScreenMs: number;
	/** `G` pressed as soon as the first screen is up, until `(END)` shows. */
	readonly endMs: number;
	/** `g` pressed after a second's pause (when the works mentioned are found), until the start shows. */
	readonly backMs: number;
	readonly peakRssMB: number;
};

export type LimitFigures = {readonly refusals: readonly Refusal[]; readonly openings: readonly Opening[]};

export function scratchFolder(): string {
	return mkdtempSync(join(tmpdir(), 'parley-limits-'));
}

/** A transcript file of `bytes` (the synthetic episode over and over), written in pieces, never whole in memory. */
export function hugeTranscript(folder: string, bytes = HUGE_BYTES): string {
	const path = join(folder, 'huge.txt');
	const piece = Buffer.from(syntheticTranscript(20));
	const fd = openSync(path, 'w');
	try {
		for (let written = 0; written < bytes; ) written += writeSync(fd, piece, 0, Math.min(piece.length, bytes - written));
	} finally {
		closeSync(fd);
	}

	return path;
}

/** More paragraphs than Parley reads (100,000), in 3 MB: a stamp and a word each. */
export function manyParagraphs(folder: string): string {
	const lines = Array.from({length: 150_000}, (_, second) => `${second === 0 ? 'Ann:\t' : ''}${formatClock(second)}\t\nWord ${second}.`);
	const path = join(folder, 'many.txt');
	writeFileSync(path, `Many paragraphs\n${lines.join('\n')}\n`);
	return path;
}

/** The synthetic episode of `hours`, in the bundled format or as WebVTT (a cue per paragraph). */
export async function longTranscript(folder: string, hours: number, format: 'txt' | 'vtt' = 'txt'): Promise<string> {
	const text = syntheticTranscript(hours);
	const path = join(folder, `${hours}-hours.${format}`);
	writeFileSync(path, format === 'txt' ? text : exportTranscript(await parseText(text), 'vtt'));
	return path;
}

/** The flags the CLI's first line gives node (`#!/usr/bin/env -S node …`), so that a run under `--import` is the same. */
function nodeFlags(): string[] {
	const shebang = readFileSync(CLI, 'utf8').split('\n', 1)[0]!;
	return shebang
		.replace(/^#!\S+ -S node/, '')
		.trim()
		.split(/\s+/);
}

/** Preloaded: writes the process's peak RSS (kB) to the file named by PARLEY_PEAK_FILE as it exits. */
const REPORT_PEAK = `data:text/javascript,${encodeURIComponent("import {writeFileSync} from 'node:fs'; process.on('exit', () => writeFileSync(process.env.PARLEY_PEAK_FILE, String(process.resourceUsage().maxRSS)));")}`;

/** Runs `parley ARGS`, its input piped from `from` with `cat` when given, to its exit. */
export async function runParley(name: string, args: readonly string[], from?: string): Promise<Refusal> {
	const folder = scratchFolder();
	const peakFile = join(folder, 'peak');
	const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
	const command = [process.execPath, ...nodeFlags(), '--import', REPORT_PEAK, CLI, ...args].map(quote).join(' ');
	const started = performance.now();
	const child = spawn('/bin/sh', ['-c', from === undefined ? `exec ${command} < /dev/null` : `cat ${quote(from)} | ${command}`], {
		env: {PATH: process.env.PATH, PARLEY_PEAK_FILE: peakFile},
	});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exitCode = await new Promise<number | null>(resolve => child.on('close', resolve));
	const ms = performance.now() - started;
	const peakRssMB = (Number(readFileSync(peakFile, 'utf8')) * 1024) / 1e6;
	rmSync(folder, {recursive: true, force: true});
	return {name, exitCode, stderr, ms, peakRssMB};
}

/** When `test` first held, polling the screen (every 20 ms: the figures are that coarse). */
async function shownAfter(term: PtyTerminal, test: (screen: string) => boolean): Promise<number> {
	await term.waitFor(test, OPEN_TIMEOUT_MS);
	return performance.now();
}

const atStart = (screen: string) => /^Synthetic episode .* 00:00:00 /.test(screen) && !screen.includes('(END)');

/** Open `path` in a terminal, go to the end and back; the terminal is left open, for more checks. */
export async function openAndPage(name: string, path: string, columns = 80, rows = 24): Promise<{opening: Opening; term: PtyTerminal}> {
	const started = performance.now();
	const term = new PtyTerminal({args: [path], columns, rows});
	const shown = await shownAfter(term, screen => screen.includes('? help'));
	const end = performance.now();
	term.press('G');
	const ended = await shownAfter(term, screen => screen.includes('(END)'));
	await new Promise(resolve => setTimeout(resolve, 1000));
	const back = performance.now();
	term.press('g');
	const backed = await shownAfter(term, atStart);
	const bytes = readFileSync(path).length;
	return {opening: {name, bytes, firstScreenMs: shown - started, endMs: ended - end, backMs: backed - back, peakRssMB: peakRssMB(term.process.pid)}, term};
}

async function opening(name: string, path: string): Promise<Opening> {
	const {opening, term} = await openAndPage(name, path);
	term.press('q');
	await term.exited;
	return opening;
}

export async function measureLimits(): Promise<LimitFigures> {
	const folder = scratchFolder();
	try {
		const huge = hugeTranscript(folder);
		const refusals = [
			await runParley('200 MB file, named', [huge]),
			await runParley('200 MB, piped on standard input', [], huge),
			await runParley('150,000 paragraphs (3 MB)', [manyParagraphs(folder)]),
		];
		const openings = [
			await opening('20 hours, bundled format', await longTranscript(folder, 20)),
			await opening('20 hours, WebVTT', await longTranscript(folder, 20, 'vtt')),
			await opening(`${LARGEST_HOURS} hours, bundled format`, await longTranscript(folder, LARGEST_HOURS)),
		];
		return {refusals, openings};
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}

const ms = (value: number) => (value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(1)} s`);

export function limitsTable({refusals, openings}: LimitFigures): string {
	return [
		'| refused | exit status | message | to exit | peak RSS |',
		'|---|---|---|---|---|',
		...refusals.map(r => `| ${r.name} | ${r.exitCode} | \`${r.stderr.trim().replace(/'[^']*\//, "'…/")}\` | ${ms(r.ms)} | ${r.peakRssMB.toFixed(1)} MB |`),
		'',
		'| opened at 80x24 | size | first screen | `G` to `(END)` | `g` back, after a pause | peak RSS |',
		'|---|---|---|---|---|---|',
		...openings.map(
			o => `| ${o.name} | ${(o.bytes / MB).toFixed(1)} MB | ${ms(o.firstScreenMs)} | ${ms(o.endMs)} | ${ms(o.backMs)} | ${o.peakRssMB.toFixed(1)} MB |`,
		),
	].join('\n');
}
