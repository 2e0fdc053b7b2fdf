import {describe, expect, it} from 'vitest';
import {layoutTranscript, nameAbove} from '../../source/core/layout.js';
import type {Transcript} from '../../source/core/model.js';
import type {ReaderState} from '../../source/ui/reader-state.js';
import type {Row} from '../../source/ui/rows.js';
import {modeOf} from '../../source/ui/modes/index.js';
import {screenOf, textProps} from '../../source/ui/screen.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {transcriptRows} from '../../source/ui/transcript-rows.js';
import {speakerColor, type ColorDepth} from '../../source/ui/theme.js';
import {loadSeed, parseText, SMALL} from '../helpers/transcripts.js';

const small = await parseText(SMALL);
const seed = await loadSeed();
const untimed = await parseText(
	'A talk\n\nAda: Welcome to the show, everyone, this is a long first paragraph of words.\n\nAda: And a second one.\n\nBob: Thanks.',
);
const unnamed = await parseText('A talk\n00:00:05\tWelcome to the show, everyone, this is a long first paragraph.\n00:00:20\tAnd a second one.');

const text = (row: Row) =>
	row
		.map(segment => segment.text)
		.join('')
		.trimEnd();

/** The body's rows with the view's top at `top`, `height` rows of them. */
function bodyAt(transcript: Transcript, top: number, height = 4, colorDepth: ColorDepth = 0): Row[] {
	const state: ReaderState = {...createReaderState(transcript, 40, 24), top};
	return transcriptRows({...textProps(state, colorDepth), height});
}

describe('the name of a turn scrolled into (a sticky speaker line)', () => {
	it('is the turn’s name line, above every line of the turn below it', () => {
		const {lines} = layoutTranscript(small, 40);
		// Ada's name, her text, the gap between her paragraphs, then the gap before Charles and his name.
		expect(lines.slice(0, 8).map((_, line) => nameAbove(layoutTranscript(small, 40), line))).toEqual([undefined, 0, 0, 0, 0, 0, undefined, undefined]);
		expect(nameAbove(layoutTranscript(small, 40), 8)).toBe(7);
	});

	it('shows over the first row, with the turn’s time in the gutter and the speaker’s colour', () => {
		expect(bodyAt(small, 2).map(row => text(row))).toEqual([
			'00:00:05 │ Ada Lovelace',
			'         │',
			'00:00:20 │ Our guest today builds',
			'         │ engines.',
		]);
		expect(bodyAt(small, 9).map(row => text(row))).toEqual(['00:00:30 │ Charles Babbage', '00:00:40 │ The difference engine was my', '         │ first.', '']);
		const [sticky] = bodyAt(small, 2, 4, 16);
		expect(sticky).toEqual(bodyAt(small, 0, 4, 16)[0]);
		expect(sticky!.at(-1)).toMatchObject({text: 'Ada Lovelace', bold: true, color: speakerColor(0, 16)});
	});

	it('is not there at a turn’s name, or on the gap before it', () => {
		expect(text(bodyAt(small, 0)[0]!)).toBe('00:00:05 │ Ada Lovelace');
		expect(bodyAt(small, 6).map(row => text(row))).toEqual(['', '00:00:30 │ Charles Babbage', '         │ Thank you for having me.', '         │']);
	});

	it('has the name only without times, and is not there without speakers', () => {
		expect(bodyAt(untimed, 2).map(row => text(row))).toEqual(['│ Ada', '│', '│ And a second one.', '']);
		expect(bodyAt(unnamed, 1).map(row => text(row))).toEqual([
			'         │ everyone, this is a long',
			'         │ first paragraph.',
			'         │',
			'00:00:20 │ And a second one.',
		]);
	});

	it('is part of the screen, so that the first paint draws it too', () => {
		const state = {...createReaderState(seed, 80, 24), top: 20};
		const {rows} = screenOf(state, 0, modeOf(state)).main;
		expect(text(rows[1]!)).toMatch(/^\d\d:\d\d:\d\d │ (Jon Krohn|Rosanne Liu)$/);
		expect(rows).toHaveLength(23);
	});
});
