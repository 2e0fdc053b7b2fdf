/**
 * The argument a library's worker (index-worker.ts) is started with, through Parley's own entry
 * point: cli.ts tells a worker by it without loading node:worker_threads (~3 ms of every start).
 * It holds a NUL, which no command line can: no argument typed is taken for it.
 */
export const INDEX_WORKER_ARGUMENT = '\0parley-index-worker';
