/**
 * The library's indexing, in a worker thread so that the library's keys never wait for it: brings
 * the index up to date, or finds the episodes' works, and tells the library how far it has got
 * (background-index.ts starts it).
 */
import {parentPort, workerData} from 'node:worker_threads';
import {openLibraryIndex} from './index-db.js';
import {refreshIndex, type Refreshed} from './indexer.js';
import {findLibraryWorks} from './library-works.js';
import type {Progress} from './progress.js';

/** What the worker is told: what to do (index the folder, or find its works), the folder and its index's file. */
export type IndexTask = {readonly task: 'index' | 'works'; readonly folder: string; readonly path: string};

/** What the worker tells: how far it has got, what it did (indexed; found the works), or why it stopped. */
export type IndexMessage =
	| {readonly type: 'progress'; readonly progress: Progress}
	| {readonly type: 'done'; readonly refreshed: Refreshed}
	| {readonly type: 'found'}
	| {readonly type: 'failed'; readonly message: string};

/** At most this often: each message redraws the library. */
const PROGRESS_MS = 200;

const post = (message: IndexMessage) => parentPort!.postMessage(message);

const {task, folder, path} = workerData as IndexTask;
const {index} = openLibraryIndex(path);
let told = 0;
const tell = (progress: Progress) => {
	if (performance.now() - told < PROGRESS_MS && progress.done < progress.total) return;
	told = performance.now();
	post({type: 'progress', progress});
};

try {
	if (task === 'works') {
		await findLibraryWorks({folder, index}, tell);
		post({type: 'found'});
	} else post({type: 'done', refreshed: await refreshIndex(folder, index, tell)});
} catch (error) {
	post({type: 'failed', message: (error as Error).message.split('\n')[0]!});
} finally {
	index.close();
}
