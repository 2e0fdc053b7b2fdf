/**
 * The episode's audio played by mpv, driven over its JSON IPC (https://mpv.io/manual/stable/#json-ipc).
 *
 * The IPC connection is one end of the socket pair Node makes for a child's extra stdio pipe, which
 * mpv inherits as fd 3 (`--input-ipc-client=fd://3`). No socket file is made, and mpv quits when
 * the connection closes ("The player quits when the connection is closed", mpv(1)), so when
 * Parley dies, even by SIGKILL, mpv goes too. mpv runs in its own session, out of the reach of
 * the terminal's signals (Ctrl-C, Ctrl-Z, hang-up).
 */
import {spawn} from 'node:child_process';
import type {Socket} from 'node:net';
import {basename} from 'node:path';
import {sanitizeLine} from '../core/sanitize.js';
import type {AudioPlayer, AudioReport} from './audio-player.js';

export type MpvOptions = {
	readonly file: string;
	readonly onReport: (report: AudioReport) => void;
	/** Where to start, in seconds. */
	readonly startAt?: number;
	/** Default `mpv`, found on the PATH. */
	readonly mpvPath?: string;
	/** How long mpv may take to start the file before the audio is given up (default 5 s). */
	readonly connectTimeoutMs?: number;
	/** More options for mpv, such as `--ao=null` in tests. */
	readonly extraArgs?: readonly string[];
};

/** Commands that only matter by their latest value, held until mpv has the file ready. */
type Pending = {seek?: number; speed?: number; pause?: boolean};

type MpvState = {seconds?: number; paused?: boolean; rate: number; ended: boolean};

type Reported = {readonly seconds: number; readonly playing: boolean; readonly rate: number; readonly at: number};

type MpvMessage = {readonly event?: unknown; readonly name?: unknown; readonly data?: unknown; readonly reason?: unknown; readonly file_error?: unknown};

/** While playing, mpv's position may stray this far from what the last report predicts before it is reported again. */
const DRIFT_SECONDS = 0.75;
/** Closer than this, a position is the one predicted: nothing new to report. */
const SAME_SECONDS = 0.05;
const QUIT_WAIT_MS = 500;
/** `time-pos` first: mpv sends the changes of a moment in this order, so a change of pause or speed is reported with the position it happened at. */
const OBSERVED = ['time-pos', 'pause', 'speed', 'eof-reached'];

function mpvArgs({file, startAt = 0, extraArgs = []}: MpvOptions): string[] {
	return [
		'--input-ipc-client=fd://3',
		'--no-video',
		'--no-terminal',
		'--idle=no',
		'--keep-open=yes',
		'--no-resume-playback',
		'--pause',
		...(startAt > 0 ? [`--start=${startAt.toFixed(3)}`] : []),
		...extraArgs,
		'--',
		file,
	];
}

/** Where the audio is at `at`, if it went on as `reported` says. */
function predict(reported: Reported, at: number): number {
	return reported.playing ? reported.seconds + ((at - reported.at) / 1000) * reported.rate : reported.seconds;
}

function commandFor(key: keyof Pending, value: number | boolean): unknown[] {
	return key === 'seek' ? ['seek', value, 'absolute+exact'] : ['set_property', key, value];
}

function exitWord(code: number | null, signal: NodeJS.Signals | null): string {
	return signal ?? `exit code ${code}`;
}

function parse(line: string): MpvMessage | undefined {
	try {
		const value: unknown = JSON.parse(line);
		return typeof value === 'object' && value !== null ? value : undefined;
	} catch {
		return undefined;
	}
}

function readLines(socket: Socket, onLine: (line: string) => void): void {
	let partial = '';
	socket.setEncoding('utf8');
	socket.on('data', (chunk: string) => {
		const lines = (partial + chunk).split('\n');
		partial = lines.pop() ?? '';
		for (const line of lines) onLine(line);
	});
}

/**
 * Starts mpv, paused, on `options.file`. Every outcome comes through `onReport`, never as an
 * exception: the position once mpv has the file and on every real change, or one failure, after
 * which the player does nothing.
 */
export function startMpv(options: MpvOptions): AudioPlayer {
	const {onReport, connectTimeoutMs = 5000} = options;
	const fileName = `'${basename(options.file)}'`;
	const child = spawn(options.mpvPath ?? 'mpv', mpvArgs(options), {stdio: ['ignore', 'ignore', 'ignore', 'pipe'], detached: true});
	const ipc = child.stdio[3] as Socket;
	const state: MpvState = {rate: 1, ended: false};
	let pending: Pending | undefined = {};
	let last: Reported | undefined;
	/** Failed, closed or killed: nothing more is sent or reported. */
	let done = false;
	let closing: Promise<void> | undefined;
	const startTimer = setTimeout(() => fail(`mpv did not start ${fileName} within ${connectTimeoutMs / 1000} s`), connectTimeoutMs).unref();

	const running = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null;
	const send = (command: unknown[]) => ipc.write(`${JSON.stringify({command})}\n`);

	function stop(): void {
		done = true;
		clearTimeout(startTimer);
		ipc.destroy();
		if (running()) child.kill('SIGKILL');
	}

	function fail(message: string): void {
		if (done) return;
		stop();
		onReport({type: 'failed', message: sanitizeLine(`${message}; playing by the clock`)});
	}

	function report(): void {
		if (state.seconds === undefined || state.paused === undefined) return;
		const next = {seconds: Math.max(0, state.seconds), playing: !state.paused && !state.ended, rate: state.rate, at: performance.now()};
		if (last && last.playing === next.playing && last.rate === next.rate && Math.abs(next.seconds - predict(last, next.at)) < SAME_SECONDS) return;
		last = next;
		onReport({type: 'position', seconds: next.seconds, playing: next.playing, rate: next.rate});
	}

	/** Positions while playing are reported only when they stray from the last report's prediction. */
	function onPosition(seconds: number): void {
		state.seconds = seconds;
		if (!last || Math.abs(seconds - predict(last, performance.now())) > (last.playing ? DRIFT_SECONDS : SAME_SECONDS)) report();
	}

	function onProperty(name: unknown, data: unknown): void {
		if (name === 'time-pos' && typeof data === 'number') {
			// The position reports itself, when it strays from what was last reported.
			onPosition(data);
			return;
		}

		if (name === 'pause' && typeof data === 'boolean') state.paused = data;
		else if (name === 'speed' && typeof data === 'number') state.rate = data;
		else if (name === 'eof-reached') state.ended = data === true;
		else return;
		report();
	}

	/** After a seek, and once the file is first ready: then the commands held until now are sent. */
	function onRestart(): void {
		if (pending) {
			clearTimeout(startTimer);
			for (const key of ['seek', 'speed', 'pause'] as const) {
				const value = pending[key];
				if (value !== undefined) send(commandFor(key, value));
			}

			pending = undefined;
		}

		report();
	}

	function onMessage(message: MpvMessage): void {
		if (done) return;
		if (message.event === 'property-change') onProperty(message.name, message.data);
		else if (message.event === 'playback-restart') onRestart();
		else if (message.event === 'end-file' && message.reason === 'error') fail(`can't play ${fileName}: ${String(message.file_error ?? 'error')}`);
	}

	function command<K extends keyof Pending>(key: K, value: NonNullable<Pending[K]>): void {
		if (done) return;
		if (pending) pending[key] = value;
		else send(commandFor(key, value));
	}

	async function quit(): Promise<void> {
		if (!running()) return stop();
		child.ref();
		const exited = new Promise(resolve => child.once('exit', resolve));
		if (!done) send(['quit']);
		done = true;
		const killTimer = setTimeout(stop, QUIT_WAIT_MS);
		await exited;
		clearTimeout(killTimer);
		stop();
	}

	child.on('error', error =>
		fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'mpv not found: install mpv to hear the audio' : `can't start mpv: ${error.message}`),
	);
	child.on('exit', (code, signal) =>
		fail(pending ? `can't play ${fileName}: mpv exited (${exitWord(code, signal)})` : `mpv stopped (${exitWord(code, signal)})`),
	);
	ipc.on('error', () => undefined);
	readLines(ipc, line => {
		const message = parse(line);
		if (message) onMessage(message);
	});
	for (const [index, property] of OBSERVED.entries()) send(['observe_property', index + 1, property]);
	child.unref();
	ipc.unref();

	return {
		play: () => command('pause', false),
		pause: () => command('pause', true),
		// mpv counts a negative time from the end.
		seek: seconds => command('seek', Math.max(0, seconds)),
		setRate: rate => command('speed', rate),
		close() {
			closing ??= quit();
			return closing;
		},
		kill: stop,
	};
}
