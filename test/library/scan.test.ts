import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {scanFolder} from '../../source/library/scan.js';
import {ARCHIVE, folderOf} from '../helpers/library.js';

describe('scanning a folder for episodes', () => {
	it('finds transcripts in sub-folders, an episode in several formats once, and leaves side files out', () => {
		const {episodes, files} = scanFolder(folderOf(ARCHIVE));
		expect(episodes.map(episode => [episode.key, episode.file.path, episode.formats])).toEqual([
			['more/deep/fourth', 'more/deep/fourth.txt', ['txt']],
			['more/walk', 'more/walk.txt', ['txt']],
			['notes', 'notes.md', ['md']],
			['tidelines/2024-03-01-harbours', 'tidelines/2024-03-01-harbours.txt', ['txt']],
			// WebVTT says the most (times for each caption): it is read first.
			['tidelines/third', 'tidelines/third.vtt', ['vtt', 'txt']],
		]);
		expect(files).toBe(6);
	});

	it('skips hidden files and folders, node_modules, other extensions and broken links', () => {
		const folder = folderOf({'.hidden/a.txt': 'x', 'node_modules/b.txt': 'x', '.c.txt': 'x', 'd.mp3': 'x', 'e.txt': '00:00:01 Hi.'});
		mkdirSync(join(folder, 'links'));
		symlinkSync(join(folder, 'gone.txt'), join(folder, 'links', 'broken.txt'));
		writeFileSync(join(folder, 'f.notes.md'), 'notes');
		expect(scanFolder(folder).episodes.map(episode => episode.key)).toEqual(['e']);
	});

	it('gives each episode its references and notes files, with their sizes and times', () => {
		const folder = folderOf({'a.txt': '00:00:01 Hi.', 'a.notes.md': 'notes', 'a.refs.json': '{}', 'a.chapters.json': '{}', 'b.txt': '00:00:01 Hi.'});
		const [a, b] = scanFolder(folder).episodes;
		expect(a!.sides.split('\n').map(line => line.split(' ').slice(0, 2).join(' '))).toEqual(['a.notes.md 5', 'a.refs.json 2']);
		expect(b!.sides).toBe('');
	});
});
