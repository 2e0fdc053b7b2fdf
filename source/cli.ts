#!/usr/bin/env -S node --max-semi-space-size=2 --max-old-space-size=1024 --no-regexp-tier-up
// The flags: a small young generation and an explicit old-space size make V8 collect Ink's
// per-frame garbage early (peak memory paging through 5 hours: ~130 MB without, ~90 MB with).
// Regular expressions compiled at their first use, not interpreted until they are hot: finding
// the works mentioned in an hour runs each of its patterns once a paragraph (~250 ms → ~85 ms).
//
// The launcher: small, and written so that an old Node can run it to say what is wrong. It turns
// on Node's compile cache before the rest of Parley is loaded, so that its code is compiled once,
// not at every start.
import module from 'node:module';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {INDEX_WORKER_ARGUMENT} from './library/worker-argument.js';
import {cacheFolder} from './state/cache-folder.js';

const NEEDED_MAJOR = 22;

const major = Number(process.versions.node.split('.')[0]);
if (major < NEEDED_MAJOR) {
	process.stderr.write(`parley: needs Node.js ${NEEDED_MAJOR} or newer (24 LTS recommended); this is Node.js ${process.versions.node}\n`);
	process.exit(2);
}

// A cache that cannot be written (a read-only home) only costs speed.
module.enableCompileCache?.(join(cacheFolder(), 'compile'));
if (process.argv[2] === INDEX_WORKER_ARGUMENT) {
	// A library's indexing (or the finding of its works), in a worker of its own (library/background-index.ts).
	await import('./library/index-worker.js');
} else {
	const {main} = await import('./main.js');
	await main(fileURLToPath(new URL('../seeds/000_0c8a1c0868a88bbd.txt', import.meta.url)));
}
