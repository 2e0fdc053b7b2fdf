/**
 * `node:sqlite`, loaded without the warning Node 22 prints the first time ("SQLite is an
 * experimental feature"): it would land on the reader's screen. Node 24 prints none.
 */
import {createRequire} from 'node:module';

type Sqlite = typeof import('node:sqlite');

let sqlite: Sqlite | undefined;

export function loadSqlite(): Sqlite {
	if (sqlite) return sqlite;
	const emitWarning = process.emitWarning;
	process.emitWarning = () => {};
	try {
		sqlite = createRequire(import.meta.url)('node:sqlite') as Sqlite;
		return sqlite;
	} finally {
		process.emitWarning = emitWarning;
	}
}
