/**
 * The library's indexing, in a worker thread so that the library's keys never wait for it: brings
 * the index up to date and tells the library how far it has got (background-index.ts starts it).
 */
import {parentPort, workerData} from 'node:worker_threads';
import {openLibraryIndex} from './index-db.js';
import {refreshIndex, type Refreshed} from './indexer.js';
import type {Progress} from './progress.js';

/** What the worker is told: the folder and its index's file. */
export type IndexTask = {readonly task: 'index'; readonly folder: string; readonly path: string};

/** What the worker tells: how far it has got, what it did, or why it stopped. */
export type IndexMessage =
	| {readonly type: 'progress'; readonly progress: Progress}
	| {readonly type: 'done'; readonly refreshed: Refreshed}
	| {readonly type: 'failed'; readonly message: string};

/** At most this often: each message redraws the library. */
const PROGRESS_MS = 200;

const post = (message: IndexMessage) => parentPort!.postMessage(message);

const {folder, path} = workerData as IndexTask;
const {index} = openLibraryIndex(path);
let told = 0;
try {
	const refreshed = await refreshIndex(folder, index, progress => {
		if (performance.now() - told < PROGRESS_MS && progress.done < progress.total) return;
		told = performance.now();
		post({type: 'progress', progress});
	});
	post({type: 'done', refreshed});
} catch (error) {
	post({type: 'failed', message: (error as Error).message.split('\n')[0]!});
} finally {
	index.close();
}
