import {rmSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {openLibraryIndex} from '../../source/library/index-db.js';
import {refreshIndex} from '../../source/library/indexer.js';
import {openLibrary} from '../../source/library/library.js';
import {loadSqlite} from '../../source/library/sqlite.js';
import {ARCHIVE, fixture, folderOf, scratchCache} from '../helpers/library.js';

const readable = (library: ReturnType<typeof openLibrary>) => library.index.episodes().filter(episode => episode.problem === undefined);

describe('a library’s index', () => {
	it('holds each episode with its title, date, length, speakers and formats, and why a file is no transcript', async () => {
		const library = openLibrary(folderOf(ARCHIVE), scratchCache());
		const refreshed = await refreshIndex(library.folder, library.index);
		expect(refreshed).toMatchObject({read: 5, episodes: 5, removed: 0, skipped: 1});
		const episodes = new Map(library.index.episodes().map(episode => [episode.key, episode]));
		expect(episodes.get('tidelines/2024-03-01-harbours')).toMatchObject({
			title: 'Tidelines Episode 48: How Harbours Remember, with Ines Kallstrom and Ravi Mendel-Osei',
			// From the file's name: the title has none.
			date: '2024-03-01',
			timed: true,
			formats: ['txt'],
		});
		expect(episodes.get('tidelines/2024-03-01-harbours')!.speakers.length).toBeGreaterThan(1);
		expect(episodes.get('tidelines/third')).toMatchObject({path: 'tidelines/third.vtt', formats: ['vtt', 'txt']});
		// No title in the file: its name, as words.
		expect(episodes.get('more/deep/fourth')!.title).not.toMatch(/\.txt$/);
		// No date in the title or the path: the file's.
		expect(episodes.get('more/walk')!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(episodes.get('notes')!.problem).toMatch(/not a transcript/);
		expect(library.index.paragraphs(episodes.get('more/walk')!.id)[0]!.text).toMatch(/^We start at the gate\./);
	});

	it('reads again only what changed: an unchanged folder reads nothing; a changed, added or removed file, only that one', async () => {
		const folder = folderOf(ARCHIVE);
		const library = openLibrary(folder, scratchCache());
		await refreshIndex(library.folder, library.index);
		expect(await refreshIndex(library.folder, library.index)).toMatchObject({read: 0, removed: 0});
		writeFileSync(join(folder, 'more/walk.txt'), fixture('formats/timed-lines.txt').replace('gate', 'bridge'));
		utimesSync(join(folder, 'more/walk.txt'), new Date(), new Date(Date.now() + 5000));
		writeFileSync(join(folder, 'more/new.txt'), fixture('formats/timed-lines.txt'));
		rmSync(join(folder, 'more/deep/fourth.txt'));
		const progress: number[] = [];
		expect(await refreshIndex(library.folder, library.index, each => progress.push(each.done))).toMatchObject({read: 2, removed: 1, episodes: 5});
		expect(progress).toEqual([1, 2]);
		const walk = readable(library).find(episode => episode.key === 'more/walk')!;
		expect(library.index.paragraphs(walk.id)[0]!.text).toMatch(/^We start at the bridge\./);
		expect(readable(library).map(episode => episode.key)).not.toContain('more/deep/fourth');
	});

	it('keeps a file that is not a transcript, and does not read it again while it is unchanged', async () => {
		const library = openLibrary(folderOf({'notes.md': 'a shopping list', 'walk.txt': fixture('formats/timed-lines.txt')}), scratchCache());
		expect(await refreshIndex(library.folder, library.index)).toMatchObject({read: 2, skipped: 1});
		expect(await refreshIndex(library.folder, library.index)).toMatchObject({read: 0, skipped: 1});
	});

	it('is made afresh, saying why, when its file is damaged or of another version', async () => {
		const env = scratchCache();
		const folder = folderOf(ARCHIVE);
		const first = openLibrary(folder, env);
		await refreshIndex(first.folder, first.index);
		const path = first.index.path;
		first.index.close();
		writeFileSync(path, 'this is not a database, it is a file that was overwritten by mistake'.repeat(100));
		rmSync(`${path}-wal`, {force: true});
		const damaged = openLibrary(folder, env);
		expect(damaged.rebuilt).toMatch(/^it was unreadable/);
		expect(damaged.index.episodes()).toEqual([]);
		await refreshIndex(damaged.folder, damaged.index);
		expect(readable(damaged)).toHaveLength(4);
		damaged.index.close();
		const {DatabaseSync} = loadSqlite();
		const db = new DatabaseSync(path);
		db.exec('PRAGMA user_version = 99');
		db.close();
		expect(openLibrary(folder, env).rebuilt).toBe('it was made by another version of Parley (schema 99)');
	});

	it('is shared by two Parleys indexing the same folder at once, whole', async () => {
		const env = scratchCache();
		const folder = folderOf(ARCHIVE);
		const one = openLibrary(folder, env);
		const two = openLibraryIndex(one.index.path).index;
		await Promise.all([refreshIndex(one.folder, one.index), refreshIndex(one.folder, two)]);
		expect(one.index.episodes().map(episode => episode.key)).toEqual(two.episodes().map(episode => episode.key));
		expect(readable(one)).toHaveLength(4);
		// Each episode once: put in place of itself, never twice.
		expect(one.index.episodes()).toHaveLength(5);
	});

	it('says in one line when the cache folder cannot be written', () => {
		const folder = folderOf(ARCHIVE);
		const blocked = folderOf({parley: 'a file where the cache folder would be'});
		expect(() => openLibrary(folder, {XDG_CACHE_HOME: blocked})).toThrow(/^cannot keep the index of '.*' in '.*': /);
	});

	it('refuses what is not a folder', () => {
		expect(() => openLibrary(join(folderOf(ARCHIVE), 'notes.md'), scratchCache())).toThrow(/is not a folder$/);
	});
});
