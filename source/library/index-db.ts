/**
 * A library's index on disk: SQLite (Node's own `node:sqlite`), one file per folder in the user's
 * cache folder. It holds what the library and search need without reading the transcripts again:
 * each episode (its file, size and time, so that an unchanged one is not read again) and its
 * paragraphs (times, speaker, words), with an FTS5 index of their words that finds the candidates
 * a quote is then ranked among (archive-search.ts), and whose vocabulary is the library's words;
 * and, once `parley refs DIR` has looked for them, the works each episode mentions. WAL mode and a busy timeout let two
 * Parleys share it; each episode is written in one transaction, so an index cut short is whole, if
 * not complete.
 */
import {createHash} from 'node:crypto';
import {mkdirSync, realpathSync, rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {DatabaseSync, SQLOutputValue} from 'node:sqlite';
import type {Work, WorkKind} from '../core/mentions/work.js';
import type {TimeMark} from '../core/model.js';
import {foldForMatching} from '../core/search/query.js';
import {cacheFolder} from '../state/cache-folder.js';
import {loadSqlite} from './sqlite.js';

/** Changed whenever the tables change: an index of another version is built again. */
const SCHEMA_VERSION = 3;
const BUSY_TIMEOUT_MS = 10_000;

/*
 * The full-text index holds no copy of the words (contentless), of the text folded as search folds
 * it (plain quotes, dashes as spaces). Words as they are said, not stems: its vocabulary (fts5vocab)
 * is where a query word's other forms and its likely spellings are looked for.
 */
const SCHEMA = `
	CREATE TABLE episodes (
		id INTEGER PRIMARY KEY,
		key TEXT NOT NULL UNIQUE,
		path TEXT NOT NULL,
		size INTEGER NOT NULL,
		mtime REAL NOT NULL,
		formats TEXT NOT NULL,
		sides TEXT NOT NULL,
		title TEXT NOT NULL,
		date TEXT NOT NULL,
		duration REAL NOT NULL,
		timed INTEGER NOT NULL,
		words INTEGER NOT NULL,
		speakers TEXT NOT NULL,
		problem TEXT
	);
	CREATE TABLE paragraphs (
		rowid INTEGER PRIMARY KEY,
		episode INTEGER NOT NULL,
		id INTEGER NOT NULL,
		start REAL NOT NULL,
		end REAL NOT NULL,
		speaker TEXT,
		marks TEXT NOT NULL,
		text TEXT NOT NULL,
		UNIQUE (episode, id)
	);
	CREATE VIRTUAL TABLE paragraphs_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1);
	CREATE VIRTUAL TABLE paragraphs_vocab USING fts5vocab(paragraphs_fts, 'row');
	CREATE TABLE works (
		episode INTEGER NOT NULL,
		title TEXT NOT NULL,
		kind TEXT NOT NULL,
		author TEXT,
		url TEXT,
		origin TEXT NOT NULL,
		mentions TEXT NOT NULL
	);
	CREATE INDEX works_by_episode ON works (episode);
	CREATE TABLE works_found (episode INTEGER PRIMARY KEY);
`;

/** What the library lists of an episode. */
export type EpisodeRow = {
	readonly id: number;
	/** Its files' path without the extension, relative to the library's folder: `2024/ep-12`. */
	readonly key: string;
	/** The file read, relative to the library's folder. */
	readonly path: string;
	readonly size: number;
	readonly mtime: number;
	readonly formats: readonly string[];
	/** Its references and notes files, with their sizes and times (scan.ts): the works come from them too. */
	readonly sides: string;
	readonly title: string;
	/** From the file (its title or path), else its modification time: `2024-03-01`. */
	readonly date: string;
	readonly duration: number;
	readonly timed: boolean;
	readonly words: number;
	readonly speakers: readonly string[];
	/** Why the file is not a transcript Parley can read; undefined for one that is. */
	readonly problem: string | undefined;
};

export type ParagraphRow = {
	readonly episode: number;
	readonly id: number;
	readonly start: number;
	readonly end: number;
	readonly speaker: string | undefined;
	readonly marks: readonly TimeMark[];
	readonly text: string;
};

/** A work one episode mentions, as the index keeps it: what `parley refs DIR` lists, without finding it again. */
export type WorkRow = {
	readonly episode: number;
	readonly title: string;
	readonly kind: WorkKind;
	readonly author: string | undefined;
	readonly url: string | undefined;
	readonly origin: Work['origin'];
	/** Where it comes up: the paragraph, its time, and whether it is only referred to there. */
	readonly mentions: ReadonlyArray<{readonly paragraph: number; readonly time: number; readonly indirect: boolean}>;
};

/** An episode read, as it goes into the index. */
export type IndexedEpisode = Omit<EpisodeRow, 'id'> & {readonly paragraphs: ReadonlyArray<Omit<ParagraphRow, 'episode'>>};

/** The index file of a folder: named by a hash of its real path. */
export function indexPath(folder: string, env: NodeJS.ProcessEnv = process.env): string {
	const hash = createHash('sha256').update(realpathSync(folder)).digest('hex').slice(0, 20);
	return join(cacheFolder(env), 'index', `${hash}.sqlite`);
}

type Row = Record<string, SQLOutputValue>;

const optional = (value: SQLOutputValue | undefined) => (value === null || value === undefined ? undefined : String(value));

function episodeOf(row: Row): EpisodeRow {
	return {
		id: Number(row.id),
		key: String(row.key),
		path: String(row.path),
		size: Number(row.size),
		mtime: Number(row.mtime),
		formats: JSON.parse(String(row.formats)) as string[],
		sides: String(row.sides),
		title: String(row.title),
		date: String(row.date),
		duration: Number(row.duration),
		timed: row.timed === 1,
		words: Number(row.words),
		speakers: JSON.parse(String(row.speakers)) as string[],
		problem: optional(row.problem),
	};
}

function workOf(row: Row): WorkRow {
	return {
		episode: Number(row.episode),
		title: String(row.title),
		kind: String(row.kind) as WorkKind,
		author: optional(row.author),
		url: optional(row.url),
		origin: String(row.origin) as Work['origin'],
		mentions: JSON.parse(String(row.mentions)) as WorkRow['mentions'],
	};
}

function paragraphOf(row: Row): ParagraphRow {
	return {
		episode: Number(row.episode),
		id: Number(row.id),
		start: Number(row.start),
		end: Number(row.end),
		speaker: optional(row.speaker),
		marks: JSON.parse(String(row.marks)) as TimeMark[],
		text: String(row.text),
	};
}

export type LibraryIndex = {
	readonly path: string;
	/** Every episode, in key order. */
	episodes(): EpisodeRow[];
	/** Put an episode in (in place of the one with its key), in one transaction. */
	put(episode: IndexedEpisode): void;
	/** Take out the episodes whose keys are not in `keep`. */
	keepOnly(keep: ReadonlySet<string>): number;
	/** The words of the library from `from` (inclusive) to `to` (exclusive), as the index folds them (lower case, no accents), with how many paragraphs say each. */
	words(from: string, to: string, limit?: number): Array<{readonly word: string; readonly paragraphs: number}>;
	/** About how many paragraphs the index holds (more, once episodes have been taken out). */
	paragraphCount(): number;
	/** The paragraphs that best match an FTS5 query, best first (or, not `ranked`, the first found), at most `limit`. */
	candidates(match: string, limit: number, ranked?: boolean): ParagraphRow[];
	/** One episode's paragraphs, in order. */
	paragraphs(episode: number): ParagraphRow[];
	/** The transcripts whose works have not been looked for since they were read. */
	worksToFind(): EpisodeRow[];
	/** The works found in an episode (none is an answer too: it is not looked at again while unchanged). */
	putWorks(episode: number, works: ReadonlyArray<Omit<WorkRow, 'episode'>>): void;
	/** Every work found, in the order of the episodes' keys, then of first mention. */
	works(): WorkRow[];
	close(): void;
};

/** Why an index could not be used as it was: said in one line when it is built again. */
class StaleIndexError extends Error {}

const versionOf = (db: DatabaseSync) => Number((db.prepare('PRAGMA user_version').get() as Row).user_version);

function prepareSchema(db: DatabaseSync) {
	if (versionOf(db) === SCHEMA_VERSION) return;
	// Another Parley may be making it at the same moment: look again once holding the write lock.
	db.exec('BEGIN IMMEDIATE');
	try {
		const version = versionOf(db);
		if (version !== SCHEMA_VERSION) {
			const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as Row;
			if (Number(tables.n) > 0) throw new StaleIndexError(`it was made by another version of Parley (schema ${version})`);
			db.exec(`${SCHEMA} PRAGMA user_version = ${SCHEMA_VERSION};`);
		}

		db.exec('COMMIT');
	} catch (error) {
		db.exec('ROLLBACK');
		throw error;
	}
}

function connect(path: string): DatabaseSync {
	const {DatabaseSync} = loadSqlite();
	const db = new DatabaseSync(path, {timeout: BUSY_TIMEOUT_MS});
	try {
		db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
		prepareSchema(db);
		// A file that is not SQLite, or is damaged, fails here or on the first read.
		db.prepare('SELECT count(*) FROM episodes').get();
		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}

/**
 * The index at `path`, made if there is none; one that is damaged or of another version is deleted
 * and made afresh, and `rebuilt` says why.
 */
export function openLibraryIndex(path: string): {index: LibraryIndex; rebuilt?: string} {
	mkdirSync(dirname(path), {recursive: true, mode: 0o700});
	let db: DatabaseSync;
	let rebuilt: string | undefined;
	try {
		db = connect(path);
	} catch (error) {
		rebuilt = error instanceof StaleIndexError ? error.message : `it was unreadable (${(error as Error).message.split('\n')[0]})`;
		for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, {force: true});
		db = connect(path);
	}

	return {index: libraryIndex(db, path), ...(rebuilt === undefined ? {} : {rebuilt})};
}

function libraryIndex(db: DatabaseSync, path: string): LibraryIndex {
	const insertEpisode = db.prepare(
		'INSERT INTO episodes (key, path, size, mtime, formats, sides, title, date, duration, timed, words, speakers, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
	);
	const insertParagraph = db.prepare('INSERT INTO paragraphs (episode, id, start, end, speaker, marks, text) VALUES (?, ?, ?, ?, ?, ?, ?)');
	const insertFts = db.prepare('INSERT INTO paragraphs_fts (rowid, text) VALUES (?, ?)');
	const idOf = db.prepare('SELECT id FROM episodes WHERE key = ?');
	const deleteFts = db.prepare('DELETE FROM paragraphs_fts WHERE rowid IN (SELECT rowid FROM paragraphs WHERE episode = ?)');
	const deleteParagraphs = db.prepare('DELETE FROM paragraphs WHERE episode = ?');
	const deleteEpisode = db.prepare('DELETE FROM episodes WHERE id = ?');
	const vocabulary = db.prepare('SELECT term, doc FROM paragraphs_vocab WHERE term >= ? AND term < ? LIMIT ?');
	const candidates = db.prepare(
		// The best few first, then their rows: joined before the limit, every match's row would be read.
		'SELECT p.episode, p.id, p.start, p.end, p.speaker, p.marks, p.text FROM (SELECT rowid, rank FROM paragraphs_fts WHERE paragraphs_fts MATCH ? ORDER BY rank LIMIT ?) f JOIN paragraphs p ON p.rowid = f.rowid ORDER BY f.rank',
	);
	const firstFound = db.prepare(
		'SELECT p.episode, p.id, p.start, p.end, p.speaker, p.marks, p.text FROM (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ? LIMIT ?) f JOIN paragraphs p ON p.rowid = f.rowid',
	);
	const paragraphs = db.prepare('SELECT * FROM paragraphs WHERE episode = ? ORDER BY id');
	const deleteWorks = db.prepare('DELETE FROM works WHERE episode = ?');
	const deleteWorksFound = db.prepare('DELETE FROM works_found WHERE episode = ?');
	const insertWork = db.prepare('INSERT INTO works (episode, title, kind, author, url, origin, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)');
	const insertWorksFound = db.prepare('INSERT INTO works_found (episode) VALUES (?)');

	/** An episode's rows out (the index's and its works too), inside the caller's transaction. */
	const remove = (id: number) => {
		deleteFts.run(id);
		deleteParagraphs.run(id);
		deleteWorks.run(id);
		deleteWorksFound.run(id);
		deleteEpisode.run(id);
	};

	const transaction = <T>(work: () => T): T => {
		db.exec('BEGIN IMMEDIATE');
		try {
			const result = work();
			db.exec('COMMIT');
			return result;
		} catch (error) {
			db.exec('ROLLBACK');
			throw error;
		}
	};

	return {
		path,
		episodes: () => (db.prepare('SELECT * FROM episodes ORDER BY key').all() as Row[]).map(row => episodeOf(row)),
		put(episode) {
			transaction(() => {
				const old = idOf.get(episode.key) as Row | undefined;
				if (old) remove(Number(old.id));
				const {lastInsertRowid} = insertEpisode.run(
					episode.key,
					episode.path,
					episode.size,
					episode.mtime,
					JSON.stringify(episode.formats),
					episode.sides,
					episode.title,
					episode.date,
					episode.duration,
					episode.timed ? 1 : 0,
					episode.words,
					JSON.stringify(episode.speakers),
					episode.problem ?? null,
				);
				const id = Number(lastInsertRowid);
				for (const paragraph of episode.paragraphs) {
					const row = insertParagraph.run(
						id,
						paragraph.id,
						paragraph.start,
						paragraph.end,
						paragraph.speaker ?? null,
						JSON.stringify(paragraph.marks),
						paragraph.text,
					);
					insertFts.run(row.lastInsertRowid, foldForMatching(paragraph.text));
				}
			});
		},
		keepOnly(keep) {
			const gone = (db.prepare('SELECT id, key FROM episodes').all() as Row[]).filter(row => !keep.has(String(row.key)));
			if (gone.length > 0) {
				transaction(() => {
					for (const row of gone) remove(Number(row.id));
				});
			}
			return gone.length;
		},
		words: (from, to, limit = -1) => (vocabulary.all(from, to, limit) as Row[]).map(row => ({word: String(row.term), paragraphs: Number(row.doc)})),
		paragraphCount: () => Number((db.prepare('SELECT max(rowid) AS n FROM paragraphs').get() as Row).n ?? 0),
		candidates: (match, limit, ranked = true) => ((ranked ? candidates : firstFound).all(match, limit) as Row[]).map(row => paragraphOf(row)),
		paragraphs: episode => (paragraphs.all(episode) as Row[]).map(row => paragraphOf(row)),
		worksToFind: () =>
			(db.prepare('SELECT * FROM episodes WHERE problem IS NULL AND id NOT IN (SELECT episode FROM works_found) ORDER BY key').all() as Row[]).map(row =>
				episodeOf(row),
			),
		putWorks(episode, works) {
			transaction(() => {
				deleteWorks.run(episode);
				deleteWorksFound.run(episode);
				for (const work of works)
					insertWork.run(episode, work.title, work.kind, work.author ?? null, work.url ?? null, work.origin, JSON.stringify(work.mentions));
				insertWorksFound.run(episode);
			});
		},
		works: () => (db.prepare('SELECT w.* FROM works w JOIN episodes e ON e.id = w.episode ORDER BY e.key, w.rowid').all() as Row[]).map(row => workOf(row)),
		close: () => db.close(),
	};
}
