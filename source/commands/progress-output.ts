/**
 * Indexing's progress (or finding works') on standard error, when it is a terminal: one line drawn over itself,
 * `indexing ━━━━━━────── 412/1018 files  38 files/s  0:16 left`, at most ten times a second.
 * Elsewhere (a pipe, a log) nothing is drawn; the command says what it did once it is done.
 */
import {progressText, type Progress} from '../library/progress.js';
import {shareBar} from '../ui/progress-bar.js';

const REDRAW_MS = 100;
const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\u001B[K';

export type ProgressOutput = {
	readonly update: (progress: Progress) => void;
	/** Takes the line away (before the command's own output). */
	readonly end: () => void;
};

/** What is being done, as the line starts and as Ctrl-C says it stopped: each file's work is kept whole. */
const STOPPED = {
	indexing: 'indexing stopped; what was indexed is kept, and indexing again goes on from there',
	'finding works': 'finding works stopped; the works found are kept, and parley refs DIR goes on from there',
} as const;

export function progressOutput(stream: NodeJS.WriteStream = process.stderr, doing: keyof typeof STOPPED = 'indexing'): ProgressOutput {
	if (!stream.isTTY) return {update: () => {}, end: () => {}};
	let drawn = 0;
	let shown = false;
	const end = () => {
		if (shown) stream.write(CLEAR_LINE);
		shown = false;
	};

	// Ctrl-C: what is done is kept (each file is written whole); the line goes.
	const interrupted = () => {
		end();
		process.stderr.write(`parley: ${STOPPED[doing]}\n`);
		process.exit(130);
	};

	process.once('SIGINT', interrupted);
	return {
		update(progress) {
			const now = performance.now();
			if (now - drawn < REDRAW_MS && progress.done < progress.total) return;
			drawn = now;
			shown = true;
			const bar = shareBar(progress.total === 0 ? 1 : progress.done / progress.total, BAR_WIDTH);
			stream.write(`${CLEAR_LINE}${doing} ${bar.done}${bar.todo} ${progressText(progress)}`);
		},
		end() {
			process.off('SIGINT', interrupted);
			end();
		},
	};
}
