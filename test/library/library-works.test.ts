import {rmSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {referencesFor} from '../../source/core/references.js';
import {refreshIndex} from '../../source/library/indexer.js';
import {findLibraryWorks, showWorks} from '../../source/library/library-works.js';
import {loadEpisode} from '../../source/inputs/episode.js';
import {ARCHIVE, fixture, folderOf, indexedLibrary} from '../helpers/library.js';

const SHOW = {
	...ARCHIVE,
	'picks/systems.txt': fixture('library/systems.txt'),
	'picks/design-picks.txt': fixture('library/design-picks.txt'),
	'picks/harbours.txt': fixture('notes/harbours.txt'),
	'picks/harbours.notes.md': fixture('notes/harbours.notes.md'),
};

const titles = (works: ReadonlyArray<{readonly title: string}>) => works.map(work => work.title).sort();

describe('the works of a library', () => {
	it('are each episode’s works as parley refs FILE finds them, with the show notes beside it', async () => {
		const folder = folderOf(SHOW);
		const library = await indexedLibrary(folder);
		await findLibraryWorks(library);
		const works = showWorks(library.index);
		for (const episode of library.index.episodes().filter(each => each.problem === undefined)) {
			const path = join(folder, episode.path);
			const {transcript, refs} = await loadEpisode([path], path, {}, {refs: true});
			const inLibrary = works.filter(work => work.episodes.some(said => said.episode.id === episode.id));
			expect(titles(inLibrary)).toEqual(titles(referencesFor(transcript, refs).works));
		}

		// Corrected by the notes beside it, as `parley refs FILE` is; and one the words never say.
		expect(titles(works)).toContain('The Salt Road: A History');
		expect(titles(works)).not.toContain('The Salt Raod');

		const atlas = works.find(work => work.title === 'Harbour Atlas')!;
		expect(atlas).toMatchObject({url: 'https://openlibrary.org/works/OL0W', episodes: [{work: {origin: 'notes', mentions: []}}]});
	});

	it('list a work said in several episodes once, with each episode, before the works of one', async () => {
		const library = await indexedLibrary(folderOf(SHOW));
		await findLibraryWorks(library);
		const [first] = showWorks(library.index);
		expect(first).toMatchObject({title: 'Thinking in Systems', kind: 'book', author: 'Donella Meadows'});
		expect(first!.episodes.map(said => said.episode.key)).toEqual(['picks/design-picks', 'picks/systems']);
		expect(first!.episodes[1]!.work.mentions[0]).toMatchObject({indirect: false, time: expect.closeTo(28.9, 0)});
	});

	it('are looked for once per episode: again only in one changed, and gone with one removed', async () => {
		const folder = folderOf(SHOW);
		const library = await indexedLibrary(folder);
		const looked: number[] = [];
		await findLibraryWorks(library, progress => looked.push(progress.total));
		expect(looked.length).toBe(library.index.episodes().filter(each => each.problem === undefined).length);
		looked.length = 0;
		await findLibraryWorks(library, progress => looked.push(progress.total));
		expect(looked).toEqual([]);

		writeFileSync(join(folder, 'picks/design-picks.txt'), fixture('library/design-picks.txt').replace('Thinking in Systems by Donella Meadows', 'the garden'));
		utimesSync(join(folder, 'picks/design-picks.txt'), new Date(), new Date(Date.now() + 5000));
		rmSync(join(folder, 'picks/systems.txt'));
		await refreshIndex(library.folder, library.index);
		await findLibraryWorks(library, progress => looked.push(progress.total));
		expect(looked).toEqual([1]);
		const works = showWorks(library.index);
		expect(titles(works)).not.toContain('Thinking in Systems');
		expect(titles(works)).toContain('The Design of Everyday Things');
	});

	it('are found again in an unchanged episode when show notes come beside it', async () => {
		const {'picks/harbours.notes.md': notes, ...withoutNotes} = SHOW;
		const folder = folderOf(withoutNotes);
		const library = await indexedLibrary(folder);
		await findLibraryWorks(library);
		expect(titles(showWorks(library.index))).not.toContain('Harbour Atlas');

		writeFileSync(join(folder, 'picks/harbours.notes.md'), notes);
		await refreshIndex(library.folder, library.index);
		const looked: number[] = [];
		await findLibraryWorks(library, progress => looked.push(progress.total));
		expect(looked).toEqual([1]);
		expect(titles(showWorks(library.index))).toContain('Harbour Atlas');
	});
});
