import {describe, expect, it} from 'vitest';
import {eraseUnder} from '../../source/ui/ink-stdout.js';
import {readPaste} from '../../source/ui/keymap.js';
import type {Action, KeyMode} from '../../source/ui/reader-state.js';
import {rowWidth, truncateEnd, truncateStart, type Row} from '../../source/ui/rows.js';

const text = (row: Row) => row.map(segment => segment.text).join('');

describe('rows', () => {
	const row: Row = [
		{text: 'Jon ', bold: true},
		{text: 'Krohn said', dim: true},
	];

	it('leaves a row that fits as it is', () => {
		expect(truncateEnd(row, 14)).toBe(row);
		expect(truncateStart(row, 14)).toBe(row);
	});

	it('cuts a row at its end with an ellipsis in the style of the run it cuts', () => {
		const cut = truncateEnd(row, 8);
		expect(text(cut)).toBe('Jon Kro…');
		expect(rowWidth(cut)).toBe(8);
		expect(cut.at(-1)).toEqual({text: '…', dim: true});
		expect(text(truncateEnd(row, 4))).toBe('Jon…');
	});

	it('keeps the end of a line being typed, opening with an ellipsis', () => {
		expect(text(truncateStart(row, 6))).toBe('… said');
		expect(rowWidth(truncateStart(row, 6))).toBe(6);
	});

	it('counts wide characters as two columns and never cuts one in half', () => {
		const wide: Row = [{text: '日本語の本'}];
		expect(rowWidth(wide)).toBe(10);
		expect(text(truncateEnd(wide, 6))).toBe('日本…');
		expect(rowWidth(truncateEnd(wide, 6))).toBeLessThanOrEqual(6);
	});

	it('gives nothing for no room', () => {
		expect(truncateEnd(row, 0)).toEqual([]);
	});
});

describe('the stream Ink draws on', () => {
	it('erases each line of its first frame before drawing it, and what is below a frame that ends in a line feed', () => {
		expect(eraseUnder('a\nb')).toBe('\u001B[2Ka\n\u001B[2Kb');
		expect(eraseUnder('a\nb\n')).toBe('\u001B[2Ka\n\u001B[2Kb\n\u001B[2K\u001B[J');
	});
});

/** What a paste does, for a reader whose mode follows the actions as the reducer would. */
function actionsForPaste(text: string, mode: KeyMode): Action[] {
	const actions: Action[] = [];
	let current = mode;
	readPaste(text, {
		mode: () => current,
		act(action) {
			actions.push(action);
			if (action.type === 'line-cancel') current = 'read';
			if (action.type === 'search-open') current = 'line';
		},
	});
	return actions;
}

describe('a paste', () => {
	it('is typed whole into a line, line breaks and tabs as spaces and controls dropped', () => {
		expect(actionsForPaste('a quote\r\nacross\tlines\u001B]0;x\u0007', 'line')).toEqual([{type: 'line-type', text: 'a quote across lines]0;x'}]);
	});

	it('is searched for while reading, and from a list', () => {
		expect(actionsForPaste('curiosity', 'read')).toEqual([{type: 'search-open'}, {type: 'line-type', text: 'curiosity'}]);
		expect(actionsForPaste('curiosity', 'list')).toEqual([{type: 'line-cancel'}, {type: 'search-open'}, {type: 'line-type', text: 'curiosity'}]);
	});

	it('of nothing but controls does nothing', () => {
		expect(actionsForPaste('\u001B\u0007', 'read')).toEqual([]);
	});
});
