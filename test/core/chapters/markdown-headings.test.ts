import {describe, expect, it} from 'vitest';
import {chaptersFor} from '../../../source/core/chapters/derive.js';
import {parseTranscript} from '../../../source/core/formats/index.js';
import {parseText} from '../../helpers/transcripts.js';

const TWO_PARTS = [
	'# The garden show',
	'',
	'## Part one',
	'',
	'[00:00:05] **Ann:** Welcome to the garden show.',
	'',
	'[00:00:20] **Bo:** Glad to be here.',
	'',
	'## Part two',
	'',
	'[00:01:10] **Ann:** Now, tomatoes.',
	'',
	'[00:01:30] **Bo:** Stake them early.',
].join('\n');

describe('Markdown headings as chapters', () => {
	it('takes the first heading for the title and each later one for a chapter at the paragraph after it', async () => {
		const transcript = await parseText(TWO_PARTS);
		expect(transcript.title).toBe('The garden show');
		expect(transcript.paragraphs.map(paragraph => paragraph.text)).toEqual([
			'Welcome to the garden show.',
			'Glad to be here.',
			'Now, tomatoes.',
			'Stake them early.',
		]);
		expect(transcript.chapters).toEqual([
			{title: 'Part one', start: 0, paragraph: 0},
			{title: 'Part two', start: 70, paragraph: 2},
		]);
	});

	it('reads the same from a file named .md', async () => {
		const transcript = await parseTranscript(TWO_PARTS, {fileName: 'garden.md'});
		expect(transcript.chapters).toEqual([
			{title: 'Part one', start: 0, paragraph: 0},
			{title: 'Part two', start: 70, paragraph: 2},
		]);
	});

	it('opens a chapter at a heading in the middle of a speaker’s turn', async () => {
		const text = ['# T', '', '[00:00:00] **Ann:** One.', '', '## Later', '', '[00:02:00] **Ann:** Two.', '', '[00:03:00] **Bo:** Three.'].join('\n');
		const transcript = await parseText(text);
		expect(transcript.chapters).toEqual([{title: 'Later', start: 120, paragraph: 1}]);
	});

	it('opens one chapter for headings in a row, and takes a stamp after a heading off its title', async () => {
		const text = ['# T', '', '[00:00:00] **Ann:** One.', '', '## Part two', '', '### Section A (00:02:00)', '', '[00:02:00] **Ann:** Two.'].join('\n');
		const transcript = await parseText(text);
		expect(transcript.chapters).toEqual([{title: 'Part two — Section A', start: 120, paragraph: 1}]);
	});

	it('takes a stamp off a heading: its paragraph starts then, and the chapter with it', async () => {
		const text = ['# T', '', '[00:00:00] **Ann:** One.', '', '## [00:02:00] Later', '', 'Two, with no stamp of its own.', '', '[00:03:00] **Bo:** Three.'].join(
			'\n',
		);
		const transcript = await parseText(text);
		expect(transcript.chapters).toEqual([{title: 'Later', start: 120, paragraph: 1}]);
		expect(transcript.paragraphs[1]).toMatchObject({start: 120, stamped: true});
	});

	it('gives the chapters from the headings, ending where the next starts', async () => {
		const transcript = await parseText(TWO_PARTS);
		const chapters = chaptersFor(transcript);
		expect(chapters.origin).toBe('transcript');
		expect(chapters.list.map(({title, start, end}) => ({title, start, end}))).toEqual([
			{title: 'Part one', start: 0, end: 70},
			{title: 'Part two', start: 70, end: transcript.duration},
		]);
	});

	it('leaves out a heading with no paragraph after it', async () => {
		const transcript = await parseText(`${TWO_PARTS}\n\n## Notes`);
		expect(transcript.chapters?.map(chapter => chapter.title)).toEqual(['Part one', 'Part two']);
	});

	it('gives no chapters property to a document with only its title heading', async () => {
		const text = ['# The garden show', '', '[00:00:05] **Ann:** Welcome.', '', '[00:00:20] **Bo:** Thanks.'].join('\n');
		const transcript = await parseText(text);
		expect(transcript.title).toBe('The garden show');
		expect(transcript.paragraphs).toHaveLength(2);
		expect(transcript).not.toHaveProperty('chapters');
	});
});
