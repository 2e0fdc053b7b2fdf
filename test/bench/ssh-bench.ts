/*
 * What a key costs over SSH: Parley on a loopback OpenSSH server reached with `ssh -tt` (see
 * helpers/sshd.ts), TERM=xterm-256color and no COLORTERM, as SSH gives. For each key: the bytes
 * Parley writes, the bytes the ssh client reads from the network for them (encrypted, with SSH's
 * framing), the screen rows the key changed (text or attributes) and the rows the output wrote on.
 */
import {readFileSync} from 'node:fs';
import type {PtyTerminal} from '../e2e/pty-terminal.js';
import {canRunSshd, parleyCommand, startSshd, type Sshd} from '../helpers/sshd.js';
import {close, open, press, stats, type Stats} from './measure.js';

const SAMPLES = 40;
const SIZES = [
	[80, 24],
	[120, 40],
] as const;

type KeyCase = {
	readonly name: string;
	readonly key: string;
	/** What opens the list the key moves in, and the screen once it is open. */
	readonly open: string;
	readonly ready: (screen: string) => boolean;
	/** Presses from the start (g) before the key would do nothing. */
	readonly lap: (screen: string) => number;
};

const countOf = (pattern: RegExp) => (screen: string) => Number(pattern.exec(screen)?.[1]) - 1;

const CASES: readonly KeyCase[] = [
	{name: '`j` (scroll)', key: 'j', open: '', ready: screen => screen.includes('? help'), lap: () => 50},
	{name: 'space (page)', key: ' ', open: '', ready: screen => screen.includes('? help'), lap: () => 10},
	{name: '↓ in the chapter list', key: '\u001B[B', open: 'c', ready: screen => /^\d+ chapters/m.test(screen), lap: countOf(/^(\d+) chapters/m)},
	{name: '`j` in the works sidebar', key: 'j', open: 's', ready: screen => /\d+ works mentioned/.test(screen), lap: countOf(/(\d+) works mentioned/)},
];

export type SshKeyCost = {
	readonly name: string;
	readonly columns: number;
	readonly rows: number;
	readonly bytes: Stats;
	readonly received: Stats;
	readonly changedRows: Stats;
	readonly redrawnRows: Stats;
};

let sessions = 0;

type Sample = {readonly bytes: number; readonly received: number; readonly changed: number; readonly redrawn: number};

/** Bytes a process has read (network and terminal alike). */
const bytesRead = (pid: number) => Number(/^rchar: (\d+)/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))![1]);

/** Each row of the screen, text and attributes, as a string to compare. */
async function rowsOf(term: PtyTerminal): Promise<string[]> {
	await term.screen();
	const buffer = term.terminal.buffer.active;
	const rows: string[] = [];
	for (let row = 0; row < term.terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row)!;
		const cells: string[] = [];
		for (let column = 0; column < term.terminal.cols; column++) {
			const cell = line.getCell(column)!;
			cells.push(
				`${cell.getChars()}/${cell.getFgColorMode()}:${cell.getFgColor()}/${cell.getBgColorMode()}:${cell.getBgColor()}/${cell.isInverse()}${cell.isBold()}${cell.isDim()}${cell.isUnderline()}`,
			);
		}

		rows.push(cells.join(''));
	}

	return rows;
}

/** The rows `output` wrote on (text or an erase), following the cursor from `row` as Ink moves it. */
function rowsWritten(output: string, from: number, rows: number): number {
	const written = new Set<number>();
	let row = from;
	for (const [token, parameters, final] of output.matchAll(/\u001B\[([\d;?]*)([A-Za-z])|\u001B\][^\u0007]*\u0007|\u001B.|\n|\r|[^\u001B\r\n]+/g)) {
		const count = Number(parameters) || 1;
		if (final === 'A' || final === 'F') row -= count;
		else if (final === 'B' || final === 'E') row += count;
		else if (final === 'H') row = (Number(parameters!.split(';')[0]) || 1) - 1;
		else if (token === '\n') row++;
		else if (final === 'K' || (final === undefined && !token.startsWith('\u001B') && token !== '\r')) written.add(row);
		row = Math.max(0, Math.min(rows - 1, row));
	}

	return written.size;
}

async function sample(term: PtyTerminal, key: string, sync: boolean): Promise<Sample> {
	const before = await rowsOf(term);
	const cursor = term.terminal.buffer.active.cursorY;
	const [from, read] = [term.output.length, bytesRead(term.process.pid)];
	const {bytes} = await press(term, key, sync);
	const after = await rowsOf(term);
	return {
		bytes,
		received: bytesRead(term.process.pid) - read - key.length,
		changed: after.filter((row, index) => row !== before[index]).length,
		redrawn: rowsWritten(term.output.slice(from), cursor, term.terminal.rows),
	};
}

/** g: to the start of the text, or of the list; unmeasured, and nothing is drawn when already there. */
async function toStart(term: PtyTerminal): Promise<void> {
	term.press('g');
	await term.settle(150);
}

async function measureKey(sshd: Sshd, c: KeyCase, columns: number, rows: number): Promise<SshKeyCost> {
	const term = open({shell: sshd.ssh(parleyCommand({XDG_STATE_HOME: `${sshd.dir}/state-${++sessions}`})), columns, rows, env: {TERM: 'xterm-256color'}});
	try {
		await term.waitFor('? help', 10_000);
		term.press(c.open);
		const lap = c.lap(await term.waitFor(c.ready, 10_000));
		const sync = term.output.includes('\u001B[?2026l');
		const samples: Sample[] = [];
		while (samples.length < SAMPLES) {
			await toStart(term);
			for (let n = 0; n < lap && samples.length < SAMPLES; n++) samples.push(await sample(term, c.key, sync));
		}

		const of = (field: keyof Sample) => stats(samples.map(s => s[field]));
		return {name: c.name, columns, rows, bytes: of('bytes'), received: of('received'), changedRows: of('changed'), redrawnRows: of('redrawn')};
	} finally {
		await close(term);
	}
}

/** Nothing when this machine has no sshd. */
export async function measureSsh(): Promise<SshKeyCost[]> {
	if (!canRunSshd) return [];
	const sshd = await startSshd();
	const costs: SshKeyCost[] = [];
	try {
		for (const c of CASES) for (const [columns, rows] of SIZES) costs.push(await measureKey(sshd, c, columns, rows));
	} finally {
		await sshd.stop();
	}

	return costs;
}

export function sshTable(costs: readonly SshKeyCost[]): string {
	if (costs.length === 0) return 'Keys over SSH: not measured (needs root, ssh and /usr/sbin/sshd).';
	const row = (c: SshKeyCost) =>
		`| ${c.name} | ${c.columns}x${c.rows} | ${Math.round(c.bytes.mean)} B | ${(c.bytes.mean / (c.columns * c.rows)).toFixed(2)} | ${Math.round(c.received.mean)} B | ${c.changedRows.mean.toFixed(1)} | ${c.redrawnRows.mean.toFixed(1)} |`;
	return [
		`| over \`ssh -tt\` (loopback), TERM=xterm-256color, mean of ${SAMPLES} | screen | bytes per key | of the screen's cells | read by ssh from the network | rows changed | rows written |`,
		'|---|---|---|---|---|---|---|',
		...costs.map(row),
	].join('\n');
}
