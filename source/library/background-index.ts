/**
 * Indexing a library, or finding its works, off the UI thread: a worker (index-worker.ts) runs
 * Parley's own entry point, which hands it to the worker's code (told by its argument), and reports back.
 */
import {Worker} from 'node:worker_threads';
import type {IndexMessage, IndexTask} from './index-worker.js';
import type {Library} from './library.js';
import {INDEX_WORKER_ARGUMENT} from './worker-argument.js';

export type BackgroundIndex = {
	/** Stop it: what is indexed stays (each file is written whole). */
	readonly stop: () => void;
};

/** Starts `task` (indexing `library`, or finding its works) in a worker; `tell` hears how far it has got, and the end. */
function inBackground(task: IndexTask['task'], library: Library, tell: (message: IndexMessage) => void, entry: string): BackgroundIndex {
	const data: IndexTask = {task, folder: library.folder, path: library.index.path};
	const worker = new Worker(entry, {argv: [INDEX_WORKER_ARGUMENT], workerData: data, stdout: true, stderr: true});
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
		if (!done && code !== 0) tell({type: 'failed', message: `the ${task === 'index' ? 'indexer' : 'finding of works'} stopped (${code})`});
		done = true;
	});
	return {
		stop() {
			if (!done) void worker.terminate();
			done = true;
		},
	};
}

/** Starts bringing `library`'s index up to date. */
export const indexInBackground = (library: Library, tell: (message: IndexMessage) => void, entry = process.argv[1]!) =>
	inBackground('index', library, tell, entry);

/** Starts looking for the works of the episodes whose works have not been looked for (the index up to date first). */
export const findWorksInBackground = (library: Library, tell: (message: IndexMessage) => void, entry = process.argv[1]!) =>
	inBackground('works', library, tell, entry);
