/**
 * Indexing a library off the UI thread: a worker (index-worker.ts) runs Parley's own entry point,
 * which hands it to the worker's code, and reports back.
 */
import {Worker} from 'node:worker_threads';
import type {IndexMessage, IndexTask} from './index-worker.js';
import type {Library} from './library.js';

export type BackgroundIndex = {
	/** Stop it: what is indexed stays (each file is written whole). */
	readonly stop: () => void;
};

/** Starts bringing `library`'s index up to date; `tell` hears how far it has got, and the end. */
export function indexInBackground(library: Library, tell: (message: IndexMessage) => void, entry = process.argv[1]!): BackgroundIndex {
	const task: IndexTask = {task: 'index', folder: library.folder, path: library.index.path};
	const worker = new Worker(entry, {workerData: task, stdout: true, stderr: true});
	let done = false;
	worker.on('message', (message: IndexMessage) => {
		done ||= message.type !== 'progress';
		tell(message);
	});
	worker.on('error', error => {
		done = true;
		tell({type: 'failed', message: error.message.split('\n')[0]!});
	});
	worker.on('exit', code => {
		if (!done && code !== 0) tell({type: 'failed', message: `the indexer stopped (${code})`});
		done = true;
	});
	return {
		stop() {
			if (!done) void worker.terminate();
			done = true;
		},
	};
}
