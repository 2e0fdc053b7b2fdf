/*
 * Drive the built CLI in a real pseudo-terminal and read the screen as a user would see it:
 * node-pty gives the process a terminal, @xterm/headless interprets everything it writes.
 */
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import xterm from '@xterm/headless';
import {spawn, type IPty} from 'node-pty';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** One cache folder for the terminals of a test file (compiled code, libraries' indexes), out of the user's own. */
const CACHE = mkdtempSync(join(tmpdir(), 'parley-e2e-cache-'));

export type PtyOptions = {
	readonly args?: readonly string[];
	readonly columns?: number;
	readonly rows?: number;
	readonly env?: Readonly<Record<string, string>>;
	/** A shell command line to run instead of the CLI (for pipes into it). */
	readonly shell?: string;
};

export type Exit = {readonly exitCode: number; readonly signal: number | undefined};

export class PtyTerminal {
	readonly process: IPty;
	readonly terminal: xterm.Terminal;
	/** Everything the program wrote, as written. */
	output = '';
	readonly exited: Promise<Exit>;
	private pendingWrites = Promise.resolve();

	constructor(options: PtyOptions = {}) {
		const columns = options.columns ?? 80;
		const rows = options.rows ?? 24;
		this.terminal = new xterm.Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 1000});
		const [file, args] = options.shell === undefined ? [CLI, [...(options.args ?? [])]] : ['/bin/sh', ['-c', options.shell]];
		// A state folder per terminal: bookmarks stay out of the user's own, and where one test stopped
		// reading is not offered (in the footer, in place of the hints) to the next.
		const state = mkdtempSync(join(tmpdir(), 'parley-e2e-state-'));
		const env = {
			PATH: process.env.PATH ?? '',
			HOME: process.env.HOME ?? '/tmp',
			XDG_STATE_HOME: state,
			XDG_CACHE_HOME: CACHE,
			TERM: 'xterm-256color',
			LANG: 'C.UTF-8',
			...options.env,
		};
		this.process = spawn(file, args, {
			name: env.TERM,
			cols: columns,
			rows,
			cwd: fileURLToPath(new URL('../..', import.meta.url)),
			env,
		});
		this.process.onData(data => {
			this.output += data;
			this.pendingWrites = this.pendingWrites.then(() => new Promise(resolve => this.terminal.write(data, resolve)));
		});
		this.exited = new Promise(resolve => {
			this.process.onExit(({exitCode, signal}) => resolve({exitCode, signal: signal || undefined}));
		});
	}

	/** The visible screen, one string per row, trailing spaces removed. */
	async screen(): Promise<string[]> {
		await this.pendingWrites;
		const buffer = this.terminal.buffer.active;
		const rows: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			// Up to the current width: after a resize to fewer columns, xterm keeps the cut-off cells.
			rows.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true, 0, this.terminal.cols) ?? '');
		}

		return rows;
	}

	async screenText(): Promise<string> {
		return (await this.screen()).join('\n');
	}

	/** Wait until the screen satisfies `test` (text to contain, or a predicate). */
	async waitFor(test: string | ((screen: string) => boolean), timeoutMs = 5000): Promise<string> {
		const predicate = typeof test === 'string' ? (screen: string) => screen.includes(test) : test;
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const screen = await this.screenText();
			if (predicate(screen)) return screen;
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(test)}; screen:\n${screen}`);
			await new Promise(resolve => setTimeout(resolve, 20));
		}
	}

	/** Wait until the program has written nothing for `quietMs`. */
	async settle(quietMs = 150): Promise<void> {
		let seen = -1;
		while (seen !== this.output.length) {
			seen = this.output.length;
			await new Promise(resolve => setTimeout(resolve, quietMs));
		}

		await this.pendingWrites;
	}

	press(keys: string): void {
		this.process.write(keys);
	}

	resize(columns: number, rows: number): void {
		this.process.resize(columns, rows);
		this.terminal.resize(columns, rows);
	}

	isAlternateScreen(): boolean {
		return this.terminal.buffer.active.type === 'alternate';
	}

	/** Whether the last cursor-visibility sequence written shows the cursor (or none was written). */
	cursorVisible(): boolean {
		return this.output.lastIndexOf('\u001B[?25l') <= this.output.lastIndexOf('\u001B[?25h');
	}

	kill(): void {
		try {
			this.process.kill();
		} catch {}
	}
}

export const KEYS = {
	down: '\u001B[B',
	up: '\u001B[A',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	home: '\u001B[H',
	end: '\u001B[F',
	escape: '\u001B',
	ctrlC: '\u0003',
} as const;
