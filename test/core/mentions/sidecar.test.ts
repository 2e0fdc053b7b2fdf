import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {InputError} from '../../../source/core/errors.js';
import {findReferences, mergeSidecar} from '../../../source/core/mentions/index.js';
import {findTitles} from '../../../source/core/mentions/rules.js';
import {parseRefsSidecar} from '../../../source/core/mentions/sidecar.js';
import {loadSeed, parseFixture} from '../../helpers/transcripts.js';

const seed = await loadSeed();
const found = findReferences(seed).works;

describe('parseRefsSidecar', () => {
	it('reads corrections, additions and what to hide', () => {
		const entries = parseRefsSidecar(
			JSON.stringify({
				works: [
					{said: 'Why Things Fall Apart', title: 'When Things Fall Apart', author: 'Pema Chödrön', year: 1997},
					{title: 'Attention Is All You Need', kind: 'paper', doi: '10.48550/arXiv.1706.03762', at: ['00:41:10', 2500]},
					{said: 'Gemma', hide: true},
				],
			}),
		);
		expect(entries).toEqual([
			{said: 'Why Things Fall Apart', title: 'When Things Fall Apart', author: 'Pema Chödrön', year: 1997, at: [], hide: false},
			{title: 'Attention Is All You Need', kind: 'paper', url: 'https://doi.org/10.48550/arXiv.1706.03762', at: [2470, 2500], hide: false},
			{said: 'Gemma', at: [], hide: true},
		]);
	});

	it.each([
		['{"works": [', /^is not valid JSON/],
		['{"books": []}', /^has no "works" list$/],
		['{"works": [3]}', /^work 1 is not an object$/],
		['{"works": [{"author": "A"}]}', /^work 1 has neither "title" nor "said"$/],
		['{"works": [{"title": "X", "kind": "film"}]}', /^work 1: "kind" is 'film'; expected one of book, paper/],
		['{"works": [{"title": "X", "at": ["soon"]}]}', /^work 1: "at" has 'soon', not a time/],
		['{"works": [{"title": "X", "year": "1997"}]}', /^work 1: "year" is not a whole number$/],
		['{"works": [{"title": "X", "hide": "yes"}]}', /^work 1: "hide" is not true or false$/],
	])('refuses %j in one line', (text, message) => {
		expect(() => parseRefsSidecar(text)).toThrow(InputError);
		expect(() => parseRefsSidecar(text)).toThrow(message);
	});

	it('never throws anything but an InputError', () => {
		fc.assert(
			fc.property(fc.json(), text => {
				try {
					parseRefsSidecar(text);
				} catch (error) {
					expect(error).toBeInstanceOf(InputError);
				}
			}),
		);
	});
});

describe('mergeSidecar', () => {
	const merged = mergeSidecar(
		seed,
		found,
		parseRefsSidecar(
			JSON.stringify({
				works: [
					{said: 'Why Things Fall Apart', title: 'When Things Fall Apart', year: 1997, url: 'https://example.com/when'},
					{said: 'Gemma', hide: true},
					{title: 'Attention Is All You Need', kind: 'paper', at: ['00:41:10']},
					{said: 'Nothing Said Like This'},
					{title: 'No Kind Given'},
				],
			}),
		),
	);
	const work = (title: string) => merged.works.find(found => found.title === title);

	it('corrects a title, showing how it was said, and keeps what Parley found', () => {
		expect(work('When Things Fall Apart')).toMatchObject({
			saidAs: 'Why Things Fall Apart',
			author: 'Pema Chödrön',
			year: 1997,
			url: 'https://example.com/when',
			kind: 'book',
		});
		expect(work('Why Things Fall Apart')).toBeUndefined();
	});

	it('hides a false hit, and adds a work never named, at the times given', () => {
		expect(work('Gemma')).toBeUndefined();
		expect(work('Attention Is All You Need')).toMatchObject({kind: 'paper', origin: 'added', mentions: [{time: 2470, indirect: false}]});
	});

	it('keeps the works in order of first mention', () => {
		const firsts = merged.works.map(found => found.mentions[0]?.time ?? Number.POSITIVE_INFINITY);
		expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
	});

	it('warns about entries that match nothing and cannot be added', () => {
		expect(merged.warnings).toEqual([
			"work 4 ('Nothing Said Like This') matches nothing Parley found",
			'work 5 (\'No Kind Given\') is not one Parley found, and has no "kind"',
		]);
	});
});

describe('times a refs file gives', async () => {
	const merge = (transcript: typeof seed, works: object[]) =>
		mergeSidecar(transcript, findReferences(transcript).works, parseRefsSidecar(JSON.stringify({works})));

	it('are put in order', () => {
		const {works} = merge(seed, [{title: 'Late Paper', kind: 'paper', at: ['00:10:00', '5:00', 1200]}]);
		expect(works.find(work => work.title === 'Late Paper')!.mentions.map(mention => mention.time)).toEqual([300, 600, 1200]);
	});

	it('are left out, with a warning, after the end or for a transcript without times', async () => {
		const late = merge(seed, [{title: 'Late Model', kind: 'model', at: ['99:00:00', '00:01:00']}]);
		expect(late.warnings).toEqual(['work 1 (\'Late Model\'): "at" 99:00:00 is after the end (01:10:04); left out']);
		expect(late.works.find(work => work.title === 'Late Model')!.mentions.map(mention => mention.time)).toEqual([60]);
		const untimed = await parseFixture('names.txt');
		expect(merge(untimed, [{title: 'Added', kind: 'book', at: ['00:10:00']}]).warnings).toEqual([
			'work 1 (\'Added\'): "at" needs a transcript with times; left out',
		]);
	});
});

describe('a work renamed by a refs file', () => {
	it('is still found by the name Parley gave it, by a later entry', () => {
		const merged = mergeSidecar(
			seed,
			found,
			parseRefsSidecar(
				JSON.stringify({
					works: [
						{said: 'Why Things Fall Apart', title: 'When Things Fall Apart'},
						{said: 'Why Things Fall Apart', year: 1997},
					],
				}),
			),
		);
		expect(merged.warnings).toEqual([]);
		expect(merged.works.find(work => work.title === 'When Things Fall Apart')).toMatchObject({year: 1997, saidAs: 'Why Things Fall Apart'});
	});
});

describe('the rules on any text', () => {
	it('never throw, and finish on long runs of capitalised words (a pattern that backtracked would time the test out)', () => {
		fc.assert(fc.property(fc.string({maxLength: 400}), text => void findTitles(text)));
		expect(findTitles(`${'Big Title '.repeat(5000)}paper called ${'Word '.repeat(5000)}by ${'Name '.repeat(2000)}`).length).toBeGreaterThan(0);
	});
});
