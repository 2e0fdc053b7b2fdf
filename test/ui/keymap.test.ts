import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {NO_KEY} from '../helpers/keys.js';
import {HELP_ROWS} from '../../source/ui/keymap.js';
import {actionsFor} from '../helpers/keys.js';

const _none = NO_KEY;

const press = (input: string, key: Partial<Key> = {}) => actionsFor(input, key);

const lineDown = {type: 'move', by: 'line', direction: 1};
const lineUp = {type: 'move', by: 'line', direction: -1};
const pageDown = {type: 'move', by: 'page', direction: 1};
const pageUp = {type: 'move', by: 'page', direction: -1};
const halfDown = {type: 'move', by: 'half', direction: 1};
const halfUp = {type: 'move', by: 'half', direction: -1};
const start = {type: 'edge', to: 'start'};
const end = {type: 'edge', to: 'end'};
const cancel = {type: 'cancel'};

describe('the key map', () => {
	it.each([
		['j', lineDown],
		['e', lineDown],
		['k', lineUp],
		['y', {type: 'copy'}],
		[' ', pageDown],
		['f', pageDown],
		['b', pageUp],
		['d', halfDown],
		['u', halfUp],
		['}', {type: 'move', by: 'turn', direction: 1}],
		['{', {type: 'move', by: 'turn', direction: -1}],
		['g', start],
		['<', {type: 'rate', direction: -1}],
		['G', end],
		['>', {type: 'rate', direction: 1}],
		['p', {type: 'play'}],
		['.', {type: 'follow'}],
		['m', {type: 'bookmark'}],
		["'", {type: 'bookmarks-open'}],
		['r', {type: 'resume'}],
		['?', {type: 'help'}],
		['h', {type: 'help'}],
		['q', {type: 'quit'}],
		['Q', {type: 'quit'}],
	])('maps %j', (input, action) => {
		expect(press(input)).toEqual([action]);
	});

	it.each([
		[{downArrow: true}, lineDown],
		[{return: true}, {type: 'enter'}],
		[{upArrow: true}, lineUp],
		[{leftArrow: true}, {type: 'seek-by', seconds: -10}],
		[{rightArrow: true}, {type: 'seek-by', seconds: 30}],
		[{pageDown: true}, pageDown],
		[{pageUp: true}, pageUp],
		[{home: true}, start],
		[{end: true}, end],
		[{escape: true, meta: true}, cancel],
	] as Array<[Partial<Key>, unknown]>)('maps %j', (key, action) => {
		expect(press('', key)).toEqual([action]);
	});

	it.each([
		['c', {type: 'exit'}],
		['f', pageDown],
		['b', pageUp],
		['d', halfDown],
		['u', halfUp],
		['n', lineDown],
		['e', lineDown],
		['p', lineUp],
		['y', lineUp],
		['z', {type: 'suspend'}],
		['x', cancel],
	])('maps Ctrl-%s', (input, action) => {
		expect(press(input, {ctrl: true})).toEqual([action]);
	});

	it('collects digits for a count', () => {
		expect(press('5')).toEqual([{type: 'digit', digit: '5'}]);
	});

	it('splits keys that arrive together into one action each', () => {
		expect(press('jj5G')).toEqual([lineDown, lineDown, {type: 'digit', digit: '5'}, end]);
	});

	it('takes the keys after / in the same chunk as the search being typed', () => {
		expect(press('/seven')).toEqual([{type: 'search-open'}, {type: 'line-type', text: 'seven'}]);
	});

	it('reads Esc followed quickly by a key (an Alt-key) as Esc, then the key', () => {
		expect(press('j', {meta: true})).toEqual([cancel, lineDown]);
	});

	it('turns a key that means nothing into a cancel', () => {
		expect(press('x')).toEqual([cancel]);
		expect(press('é')).toEqual([cancel]);
	});
});

describe('the key map on the search line', () => {
	const typing = (input: string, key: Partial<Key> = {}) => actionsFor(input, key, 'line');

	it('types every printable key, letters that are commands included', () => {
		expect(typing('q')).toEqual([{type: 'line-type', text: 'q'}]);
		expect(typing('!^=$')).toEqual([{type: 'line-type', text: '!^=$'}]);
		expect(typing(' ')).toEqual([{type: 'line-type', text: ' '}]);
	});

	it('takes a chunk of keys as typing: text, held backspace, Enter, pasted line breaks', () => {
		expect(typing('ab\u007F\u007Fcd\r')).toEqual([
			{type: 'line-type', text: 'ab'},
			{type: 'line-edit', edit: 'erase-left'},
			{type: 'line-edit', edit: 'erase-left'},
			{type: 'line-type', text: 'cd'},
			{type: 'line-accept'},
		]);
		expect(typing('one\ntwo\tthree')).toEqual([{type: 'line-type', text: 'one two three'}]);
		expect(typing('seven ate nine\rbut why')).toEqual([{type: 'line-type', text: 'seven ate nine but why'}]);
	});

	it('maps Enter, Esc, backspace, arrows and Ctrl-N/P', () => {
		expect(typing('', {return: true})).toEqual([{type: 'line-accept'}]);
		expect(typing('', {escape: true, meta: true})).toEqual([{type: 'line-cancel'}]);
		expect(typing('', {backspace: true})).toEqual([{type: 'line-edit', edit: 'erase-left'}]);
		expect(typing('', {delete: true})).toEqual([{type: 'line-edit', edit: 'erase-right'}]);
		expect(typing('', {upArrow: true})).toEqual([{type: 'line-select', direction: -1}]);
		expect(typing('n', {ctrl: true})).toEqual([{type: 'line-select', direction: 1}]);
		expect(typing('c', {ctrl: true})).toEqual([{type: 'exit'}]);
	});

	it.each([
		['w', {ctrl: true}, 'erase-word'],
		['u', {ctrl: true}, 'erase-start'],
		['a', {ctrl: true}, 'start'],
		['e', {ctrl: true}, 'end'],
		['', {home: true}, 'start'],
		['', {end: true}, 'end'],
		['', {leftArrow: true}, 'left'],
		['', {rightArrow: true}, 'right'],
		['b', {meta: true}, 'word-left'],
		['f', {meta: true}, 'word-right'],
		['', {meta: true, backspace: true}, 'erase-word'],
	] as const)('edits the line as a shell does: %s %o is %s', (input, flags, edit) => {
		expect(typing(input, flags)).toEqual([{type: 'line-edit', edit}]);
	});
});

describe('HELP_ROWS', () => {
	it('lists every key that has a meaning', () => {
		const listed = new Set(HELP_ROWS.flatMap(([keys]) => keys.split(' ')));
		for (const key of [
			'j',
			'↓',
			'Enter',
			'e',
			'Ctrl-N',
			'Ctrl-E',
			'k',
			'↑',
			'y',
			'm',
			"'",
			'p',
			'.',
			'r',
			'←',
			'→',
			'Ctrl-P',
			'Ctrl-Y',
			'Space',
			'f',
			'PgDn',
			'Ctrl-F',
			'b',
			'PgUp',
			'Ctrl-B',
			'd',
			'Ctrl-D',
			'u',
			'Ctrl-U',
			'}',
			'{',
			'g',
			'Home',
			'<',
			'G',
			'End',
			'>',
			'Esc',
			'?',
			'h',
			'q',
			'Q',
			'Ctrl-C',
			'Ctrl-Z',
			'Ctrl-L',
			'/',
			'n',
			'N',
		]) {
			expect(listed).toContain(key);
		}
	});
});
