/**
 * Earlier searches, kept between sessions in the state folder (`history.json`), at most 100, the
 * latest last. Changed under a lock and written atomically, as the bookmarks are; a file that
 * cannot be read is an empty history, and one that cannot be written costs only the history.
 */
import {mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {withLock} from './lock.js';
import {writeAtomically} from './store.js';

export const HISTORY_LENGTH = 100;

const FILE = 'history.json';

function load(file: string): string[] {
	try {
		const {queries} = JSON.parse(readFileSync(file, 'utf8')) as {queries?: unknown};
		return Array.isArray(queries) ? queries.filter((query): query is string => typeof query === 'string').slice(-HISTORY_LENGTH) : [];
	} catch {
		return [];
	}
}

/** `query` last, once. */
export function withQuery(history: readonly string[], query: string): string[] {
	return [...history.filter(earlier => earlier !== query), query].slice(-HISTORY_LENGTH);
}

export type SearchHistory = {
	readonly queries: readonly string[];
	/** Add the queries searched since, to what is saved now (another Parley may have added its own). */
	remember(queries: readonly string[]): void;
};

export function openSearchHistory(directory: string): SearchHistory {
	const file = join(directory, FILE);
	return {
		queries: load(file),
		remember(queries) {
			try {
				mkdirSync(directory, {recursive: true, mode: 0o700});
				withLock(`${file}.lock`, () => {
					const saved = queries.reduce(withQuery, load(file));
					writeAtomically(file, `${JSON.stringify({version: 1, queries: saved}, undefined, '\t')}\n`);
				});
			} catch {
				// The history is a convenience: a folder that cannot be written only loses it.
			}
		},
	};
}
