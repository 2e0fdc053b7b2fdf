/* Anything typed into search, over the bundled episode or random text: hits inside their paragraphs, never a throw. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {buildTranscript, type Transcript} from '../../source/core/model.js';
import {foldForMatching, parseQuery} from '../../source/core/search/query.js';
import {createSearchIndex, type SearchIndex} from '../../source/core/search/search.js';
import {searchIndexFor} from '../../source/ui/search-state.js';
import {expectTime, hostileString} from '../helpers/hostile.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = await loadSeed();
const LIMIT = 20;

function checkHits(index: SearchIndex, query: string) {
	const hits = index.search(query, LIMIT);
	expect(hits.length).toBeLessThanOrEqual(LIMIT);
	for (const hit of hits) {
		const paragraph = index.transcripts[hit.episode]!.paragraphs[hit.paragraph]!;
		expect(0 <= hit.start && hit.start <= hit.end && hit.end <= paragraph.text.length, `span ${hit.start}–${hit.end} of ${paragraph.text.length}`).toBe(true);
		expect(hit.unit.paragraph).toBe(hit.paragraph);
		expect(hit.score).toBeGreaterThanOrEqual(0);
		expect(hit.score).toBeLessThanOrEqual(1);
		expectTime(hit.time, index.transcripts[hit.episode]!.duration);
	}
}

/** What people type: quotes, fuse's operators, regular-expression characters, words from the text, typos. */
const OPERATORS = [
	'"',
	"'",
	'!',
	'^',
	'=',
	'$',
	'|',
	'(',
	')',
	'[',
	']',
	'*',
	'+',
	'?',
	'.',
	'\\',
	'{',
	'}',
	'-',
	'—',
	'’',
	'“',
	'”',
	' ',
	'\t',
	'\n',
	'İ',
	'ß',
	'e\u0301',
	'🎙️',
];
const wordsOf = (transcript: Transcript) => [...new Set(transcript.paragraphs.flatMap(paragraph => paragraph.text.split(' ')))].slice(0, 2000);

function typedQuery(words: readonly string[]) {
	const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...OPERATORS), fc.string({maxLength: 6}));
	return fc.oneof(
		{weight: 3, arbitrary: fc.array(piece, {maxLength: 12}).map(pieces => pieces.join(''))},
		{weight: 3, arbitrary: fc.array(piece, {maxLength: 12}).map(pieces => pieces.join(' '))},
		{weight: 1, arbitrary: hostileString(100)},
		{weight: 1, arbitrary: fc.constantFrom('', ' ', '""', '" "', '"', "'", '|', 'x'.repeat(3000), `"${'the '.repeat(500)}"`, 'the '.repeat(40))},
	);
}

describe('search', () => {
	it('finds hits inside their paragraphs in the bundled episode, for anything typed', () => {
		const index = searchIndexFor(seed);
		fc.assert(
			fc.property(typedQuery(wordsOf(seed)), query => checkHits(index, query)),
			{numRuns: 200},
		);
	});

	it('finds hits inside their paragraphs in any text, for words of it and anything else', () => {
		const text = fc
			.array(
				fc.oneof(
					fc.constantFrom(...OPERATORS, 'İstanbul', 'DİYARBAKIR', 'straße', 'ﬁle', 'Ǆ'),
					fc.string({maxLength: 8}),
					fc.string({unit: 'grapheme', maxLength: 8}),
				),
				{minLength: 1, maxLength: 30},
			)
			.map(parts => parts.join(' ').trim() || 'x');
		const transcript = fc.array(text, {minLength: 1, maxLength: 6}).map(texts =>
			buildTranscript(
				'',
				texts.map((text, index) => ({speaker: 'A', start: index * 10, stamped: true, text})),
			),
		);
		const searched = transcript.chain(built => fc.tuple(fc.constant(built), typedQuery(wordsOf(built))));
		fc.assert(
			fc.property(searched, ([built, query]) => checkHits(createSearchIndex([built]), query)),
			{numRuns: 200},
		);
	});

	it('folds any text for matching without moving a character (fuse’s offsets must be the text’s)', () => {
		const text = fc
			.array(fc.oneof(fc.string({unit: 'binary', maxLength: 10}), fc.constantFrom('İstanbul', 'DİYARBAKIR', 'ẞ', 'ﬁ', 'Ǆ', '“', '—')), {maxLength: 10})
			.map(parts => parts.join(' '));
		fc.assert(
			fc.property(text, each => {
				expect(foldForMatching(each)).toHaveLength(each.length);
			}),
			{numRuns: 300},
		);
	});

	it('parses any query into phrases and words, none empty, at most 16 words', () => {
		fc.assert(
			fc.property(typedQuery(['quote']), query => {
				const {phrases, words, length} = parseQuery(query);
				for (const part of [...phrases, ...words]) expect(part.trim()).not.toBe('');
				expect(words.length).toBeLessThanOrEqual(16);
				expect(length).toBeGreaterThanOrEqual(0);
			}),
			{numRuns: 300},
		);
	});
});

describe('searches found by these properties', () => {
	it('highlights the words found after an İ (Turkish), not the ones beside them', () => {
		const text = 'İİİİİİİİİİ İstanbul is where the conference was held';
		const index = createSearchIndex([buildTranscript('', [{speaker: 'A', start: 0, stamped: true, text}])]);
		const shown = (query: string) => index.search(query).map(hit => text.slice(hit.start, hit.end));
		expect(shown('held')).toEqual(['held']);
		expect(shown('"was held"')).toEqual(['was held']);
		expect(shown('istanbul')).toEqual(['İstanbul']);
	});
});
