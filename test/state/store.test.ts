import {spawn, spawnSync} from 'node:child_process';
import {once} from 'node:events';
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {addBookmark, deleteBookmark, parseEpisodeState, setPosition, type Bookmark} from '../../source/core/bookmarks.js';
import {openEpisodeStore, stateDirectory} from '../../source/state/store.js';

const KEY = '0123456789abcdef0123456789abcdef';
const NOW = new Date('2026-03-01T10:00:00.000Z');
const ADD_BOOKMARKS = fileURLToPath(new URL('add-bookmarks.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function scratch(): string {
	return mkdtempSync(join(tmpdir(), 'parley-state-'));
}

function bookmark(seconds: number, id = `b${seconds}`): Bookmark {
	return {id, paragraph: 0, seconds, note: '', speaker: undefined, quote: 'Words.', created: NOW.toISOString()};
}

const ids = (bookmarks: readonly Bookmark[]) => bookmarks.map(each => each.id);
const saved = (directory: string) => parseEpisodeState(readFileSync(join(directory, `${KEY}.json`), 'utf8'));

describe('stateDirectory', () => {
	it('is $XDG_STATE_HOME/parley when that is an absolute path, else ~/.local/state/parley', () => {
		expect(stateDirectory({XDG_STATE_HOME: '/var/state'}, '/home/ann')).toBe('/var/state/parley');
		expect(stateDirectory({}, '/home/ann')).toBe('/home/ann/.local/state/parley');
		expect(stateDirectory({XDG_STATE_HOME: ''}, '/home/ann')).toBe('/home/ann/.local/state/parley');
		expect(stateDirectory({XDG_STATE_HOME: 'relative/state'}, '/home/ann')).toBe('/home/ann/.local/state/parley');
	});
});

describe('the episode store', () => {
	it('starts empty, without making anything, until something changes', () => {
		const directory = join(scratch(), 'parley');
		expect(openEpisodeStore(directory, KEY, 'T').read()).toEqual({state: {title: 'T', position: undefined, bookmarks: []}, warnings: []});
		expect(() => statSync(directory)).toThrow();
	});

	it('saves each change in a folder only the user may read, leaving no temporary or lock file', () => {
		const directory = join(scratch(), 'state', 'parley');
		const store = openEpisodeStore(directory, KEY, 'T');
		expect(store.update(addBookmark(bookmark(20))).warnings).toEqual([]);
		store.update(addBookmark(bookmark(10)));
		const {state, warnings} = store.update(setPosition(4, 50, NOW));
		expect(warnings).toEqual([]);
		expect(ids(state.bookmarks)).toEqual(['b10', 'b20']);
		expect(saved(directory)).toEqual(state);
		expect(statSync(directory).mode & 0o777).toBe(0o700);
		expect(readdirSync(directory)).toEqual([`${KEY}.json`]);
	});

	it('adds up the changes of two stores on one file instead of overwriting them', () => {
		const directory = scratch();
		const first = openEpisodeStore(directory, KEY, 'T');
		const second = openEpisodeStore(directory, KEY, 'T');
		first.update(addBookmark(bookmark(10)));
		second.update(addBookmark(bookmark(20)));
		expect(ids(first.update(setPosition(1, 5, NOW)).state.bookmarks)).toEqual(['b10', 'b20']);
		second.update(deleteBookmark('b10'));
		expect(first.read().state).toMatchObject({bookmarks: [{id: 'b20'}], position: {paragraph: 1}});
	});

	it('sets a corrupt file aside with a warning and starts afresh', () => {
		const directory = scratch();
		writeFileSync(join(directory, `${KEY}.json`), '{"version": 1, "bookm');
		const store = openEpisodeStore(directory, KEY, 'T');
		const {state, warnings} = store.read();
		expect(state.bookmarks).toEqual([]);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(
			/^bookmarks file was unreadable \(is not valid JSON \(at line 1, column \d+: .*\)\); set aside as \/.*\.json\.corrupt-[\dT-]+\.\d+Z$/,
		);
		const aside = readdirSync(directory).find(name => name.includes('.corrupt-'))!;
		expect(readFileSync(join(directory, aside), 'utf8')).toBe('{"version": 1, "bookm');
		expect(store.update(addBookmark(bookmark(10)))).toEqual({state: expect.objectContaining({bookmarks: [bookmark(10)]}) as unknown, warnings: []});
		expect(ids(saved(directory).bookmarks)).toEqual(['b10']);
	});

	it('leaves a file a newer Parley wrote as it is, and keeps the changes in memory', () => {
		const directory = scratch();
		const newer = JSON.stringify({version: 2, title: 'T', bookmarks: [], somethingNew: true});
		writeFileSync(join(directory, `${KEY}.json`), newer);
		const store = openEpisodeStore(directory, KEY, 'T');
		expect(store.read().warnings).toEqual([`cannot read bookmarks: it was written by a newer Parley (version 2) and is left as it is (${directory})`]);
		const {state, warnings} = store.update(addBookmark(bookmark(10)));
		expect(warnings).toEqual([`cannot save bookmarks: it was written by a newer Parley (version 2) and is left as it is (${directory})`]);
		expect(ids(state.bookmarks)).toEqual(['b10']);
		expect(readdirSync(directory)).toEqual([`${KEY}.json`]);
		expect(readFileSync(join(directory, `${KEY}.json`), 'utf8')).toBe(newer);
	});

	it('sets aside a file of the wrong shape found when saving', () => {
		const directory = scratch();
		writeFileSync(join(directory, `${KEY}.json`), JSON.stringify({version: 1, title: 'T', bookmarks: [{id: 'x'}]}));
		const {state, warnings} = openEpisodeStore(directory, KEY, 'T').update(addBookmark(bookmark(10)));
		expect(warnings).toEqual([expect.stringMatching(/^bookmarks file was unreadable \(bookmark 1: "paragraph" is not a whole number from 0\); set aside as /)]);
		expect(ids(state.bookmarks)).toEqual(['b10']);
		expect(saved(directory)).toEqual(state);
	});

	it('keeps working in memory where it cannot save, warning once', () => {
		const file = join(scratch(), 'not-a-folder');
		writeFileSync(file, '');
		const store = openEpisodeStore(join(file, 'parley'), KEY, 'T');
		const first = store.update(addBookmark(bookmark(10)));
		expect(first.warnings).toEqual([`cannot save bookmarks: not a folder (${file}/parley)`]);
		const second = store.update(addBookmark(bookmark(20)));
		expect(second.warnings).toEqual([]);
		expect(ids(second.state.bookmarks)).toEqual(['b10', 'b20']);
		expect(ids(store.read().state.bookmarks)).toEqual(['b10', 'b20']);
	});

	it.runIf(process.getuid?.() !== 0)('keeps working in memory in a folder it may not write', () => {
		const directory = scratch();
		const store = openEpisodeStore(directory, KEY, 'T');
		store.update(addBookmark(bookmark(10)));
		chmodSync(directory, 0o500);
		try {
			const {state, warnings} = store.update(addBookmark(bookmark(20)));
			expect(warnings).toEqual([`cannot save bookmarks: permission denied (${directory})`]);
			expect(ids(state.bookmarks)).toEqual(['b10', 'b20']);
			expect(ids(store.read().state.bookmarks)).toEqual(['b10', 'b20']);
		} finally {
			chmodSync(directory, 0o700);
		}

		expect(ids(saved(directory).bookmarks)).toEqual(['b10']);
	});

	it('saves a change it could not save with the next one', () => {
		const directory = scratch();
		const lock = join(directory, `${KEY}.json.lock`);
		// Held by a live Parley (this one), just now.
		writeFileSync(lock, JSON.stringify({host: hostname(), pid: process.pid, time: Date.now(), token: 'other'}));
		const store = openEpisodeStore(directory, KEY, 'T');
		const held = store.update(addBookmark(bookmark(10)));
		expect(held.warnings).toEqual([`cannot save bookmarks: another Parley has kept them locked for over 2 s (${directory})`]);
		expect(ids(held.state.bookmarks)).toEqual(['b10']);
		expect(readdirSync(directory)).toEqual([`${KEY}.json.lock`]);
		spawnSync('rm', [lock]);
		expect(store.update(addBookmark(bookmark(20))).warnings).toEqual([]);
		expect(ids(saved(directory).bookmarks)).toEqual(['b10', 'b20']);
	});

	it.each([
		['whose process is gone', () => JSON.stringify({host: hostname(), pid: spawnSync(process.execPath, ['-e', '']).pid, time: Date.now(), token: 'dead'})],
		['older than any save takes', () => JSON.stringify({host: hostname(), pid: process.pid, time: Date.now() - 60_000, token: 'old'})],
		['unreadable, and old', () => 'garbage'],
	])('breaks a lock %s', (_name, content) => {
		const directory = scratch();
		const lock = join(directory, `${KEY}.json.lock`);
		writeFileSync(lock, content());
		const old = new Date(Date.now() - 60_000);
		utimesSync(lock, old, old);
		const {warnings} = openEpisodeStore(directory, KEY, 'T').update(addBookmark(bookmark(10)));
		expect(warnings).toEqual([]);
		expect(readdirSync(directory)).toEqual([`${KEY}.json`]);
	});

	it('loses nothing when four Parleys add bookmarks at once', async () => {
		const directory = join(scratch(), 'parley');
		mkdirSync(directory);
		const writers = ['a', 'b', 'c', 'd'].map(name => spawn(process.execPath, ['--import', 'tsx', ADD_BOOKMARKS, directory, KEY, name, '25'], {cwd: ROOT}));
		const errors = writers.map(writer => {
			let text = '';
			writer.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
			return () => text;
		});
		await Promise.all(writers.map(async writer => once(writer.stdout, 'data')));
		for (const writer of writers) writer.stdin.end('go\n');
		const codes = await Promise.all(writers.map(async writer => (await once(writer, 'exit'))[0] as number));
		expect(errors.map(text => text())).toEqual(['', '', '', '']);
		expect(codes).toEqual([0, 0, 0, 0]);
		const {bookmarks} = saved(directory);
		expect(bookmarks).toHaveLength(100);
		expect(new Set(ids(bookmarks)).size).toBe(100);
		expect(readdirSync(directory)).toEqual([`${KEY}.json`]);
	});
});
