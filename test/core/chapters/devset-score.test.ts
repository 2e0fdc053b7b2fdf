import {describe, expect, it} from 'vitest';
import {buildTranscript} from '../../../source/core/model.js';
import {devsetTable, loadDevset, matchBoundaries, scoreDevset, scoreEpisode, sharesWord} from '../../bench/chapters-devset.js';

const transcript = buildTranscript('Made up', [
	{speaker: undefined, start: 0, stamped: true, text: 'words'},
	{speaker: undefined, start: 3600, stamped: true, text: 'words'},
]);

describe('the development-set scorer', () => {
	it('matches each derived boundary to at most one published one within 60 s, closest first', () => {
		const derived = [
			{start: 0, title: 'Intro'},
			{start: 100, title: 'A'},
			{start: 130, title: 'B'},
			{start: 1000, title: 'C'},
		];
		const published = [
			{start: 0, title: 'Introduction'},
			{start: 120, title: 'Bees'},
			{start: 2000, title: 'Boats'},
		];
		expect(matchBoundaries(derived, published).map(([d, p]) => [d.title, p.title])).toEqual([['B', 'Bees']]);
	});

	it('scores precision, recall, the count ratio and titles that share a content word, leaving ads out', () => {
		const derived = [
			{start: 0, title: 'Introduction'},
			{start: 610, title: 'Nuclear power plants'},
			{start: 900, title: 'Ad: Northpaw'},
			{start: 960, title: 'Reactors'},
			{start: 1500, title: 'Dog, harder'},
		];
		const published = [
			{start: 0, title: 'Intro'},
			{start: 600, title: 'Nuclear energy'},
			{start: 1800, title: 'Advice for young people'},
		];
		const score = scoreEpisode('made-up', transcript, derived, published);
		// 610 matches 600; 1500 matches nothing; the ad and the chapter after it count for nothing.
		expect(score).toMatchObject({precision: 0.5, recall: 0.5, derived: 3, ratio: 1, matched: 1, titled: 1, titleShare: 1, ads: 1});
	});

	it('knows words that share a stem, and not stopwords', () => {
		expect(sharesWord('Programming languages', 'History of programming language')).toBe(true);
		expect(sharesWord('The way we work', 'What is the way')).toBe(false);
	});

	it('skips episodes whose transcript is not fetched, and says so', async () => {
		const {episodes, missing} = await loadDevset();
		expect(episodes.length + missing.length).toBe(19);
		const table = devsetTable(scoreDevset([], ['lex-101']));
		expect(table).toMatch(/no transcripts fetched.*lex-101/s);
	});
});
