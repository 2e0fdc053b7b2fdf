import {describe, expect, it} from 'vitest';
import {editLine, lineOf, typeInto} from '../../source/ui/edit-line.js';

const at = (text: string, cursor: number) => ({text, cursor});

describe('a line edited as a shell edits it', () => {
	it('types at the cursor, up to the longest the line may be', () => {
		expect(typeInto(at('curosity', 3), 'i', 200)).toEqual(at('curiosity', 4));
		expect(typeInto(at('abc', 3), 'defg', 5)).toEqual(at('abcde', 5));
	});

	it('erases before and after the cursor, a word (spaces before it too) and to the start', () => {
		expect(editLine(at('goal driven', 11), 'erase-left')).toEqual(at('goal drive', 10));
		expect(editLine(at('goal driven', 0), 'erase-left')).toEqual(at('goal driven', 0));
		expect(editLine(at('goal driven', 0), 'erase-right')).toEqual(at('oal driven', 0));
		expect(editLine(at('goal driven  ', 13), 'erase-word')).toEqual(at('goal ', 5));
		expect(editLine(at('curiosity-driven vs goal', 19), 'erase-word')).toEqual(at('curiosity-driven  goal', 17));
		expect(editLine(at('goal driven', 5), 'erase-start')).toEqual(at('driven', 0));
	});

	it('moves by a character, a word, and to either end, never past them', () => {
		const line = at('intrinsic dimension', 10);
		expect(editLine(line, 'left')).toEqual(at('intrinsic dimension', 9));
		expect(editLine(at('ab', 2), 'right')).toEqual(at('ab', 2));
		expect(editLine(line, 'word-left')).toEqual(at('intrinsic dimension', 0));
		expect(editLine(line, 'word-right')).toEqual(at('intrinsic dimension', 19));
		expect(editLine(line, 'start').cursor).toBe(0);
		expect(editLine(line, 'end').cursor).toBe(19);
	});

	it('counts an emoji as one step', () => {
		expect(editLine(lineOf('a🎙️b'), 'erase-left')).toEqual(at('a🎙️', 3));
		expect(lineOf('a🎙️b').cursor).toBe(4);
	});
});
