import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {NO_KEY} from '../helpers/keys.js';
import {HELP_ROWS} from '../../source/ui/keymap.js';
import {actionsFor} from '../helpers/keys.js';
import type {KeyMode} from '../../source/ui/reader-state.js';

const _none = NO_KEY;

const press = (input: string, key: Partial<Key> = {}, mode: KeyMode = 'read') => actionsFor(input, key, mode);
const choosing = (input: string, key: Partial<Key> = {}) => press(input, key, 'list');

const selectDown = {type: 'line-select', direction: 1};
const selectUp = {type: 'line-select', direction: -1};
const accept = {type: 'line-accept'};
const lineCancel = {type: 'line-cancel'};
const timeOpen = {type: 'time-open'};

describe('chapter and time keys while reading', () => {
	it.each([
		[']', {type: 'chapter', direction: 1}],
		['[', {type: 'chapter', direction: -1}],
		['c', {type: 'chapters-open'}],
		[':', timeOpen],
		['t', timeOpen],
	])('maps %j', (input, action) => {
		expect(press(input)).toEqual([action]);
	});

	it('takes a count before ] and [', () => {
		expect(press('3]')).toEqual([
			{type: 'digit', digit: '3'},
			{type: 'chapter', direction: 1},
		]);
		expect(press('[[')).toEqual([
			{type: 'chapter', direction: -1},
			{type: 'chapter', direction: -1},
		]);
	});

	it('types the keys after : or t in the same chunk into the time line', () => {
		expect(press(':35:00')).toEqual([timeOpen, {type: 'line-type', text: '35:00'}]);
		expect(press('t+90\r')).toEqual([timeOpen, {type: 'line-type', text: '+90'}, accept]);
		expect(press('j:1:05:10')).toEqual([{type: 'move', by: 'line', direction: 1}, timeOpen, {type: 'line-type', text: '1:05:10'}]);
	});

	it('chooses in the chapter list with the keys after c in the same chunk', () => {
		expect(press('cjj\r')).toEqual([{type: 'chapters-open'}, selectDown, selectDown, accept]);
	});

	it('lists the chapter and time keys in the help', () => {
		const listed = new Set(HELP_ROWS.flatMap(([keys]) => keys.split(' ')));
		for (const key of [']', '[', 'c', ':', 't']) expect(listed).toContain(key);
	});
});

describe('keys in the chapter list', () => {
	it.each([
		['j', {}, selectDown],
		['k', {}, selectUp],
		['', {downArrow: true}, selectDown],
		['', {upArrow: true}, selectUp],
		['n', {ctrl: true}, selectDown],
		['p', {ctrl: true}, selectUp],
		['', {return: true}, accept],
		['\r', {}, accept],
		['', {pageDown: true}, {type: 'move', by: 'page', direction: 1}],
		[' ', {}, {type: 'move', by: 'page', direction: 1}],
		['', {pageUp: true}, {type: 'move', by: 'page', direction: -1}],
		['b', {}, {type: 'move', by: 'page', direction: -1}],
		['g', {}, {type: 'edge', to: 'start'}],
		['', {home: true}, {type: 'edge', to: 'start'}],
		['G', {}, {type: 'edge', to: 'end'}],
		['', {end: true}, {type: 'edge', to: 'end'}],
	] as Array<[string, Partial<Key>, unknown]>)('maps %j %j', (input, key, action) => {
		expect(choosing(input, key)).toEqual([action]);
	});

	it('takes a chunk of keys one by one', () => {
		expect(choosing('jj\r')).toEqual([selectDown, selectDown, accept]);
		expect(choosing('kj')).toEqual([selectUp, selectDown]);
	});

	it('closes on Esc, q, and any key that means nothing there', () => {
		expect(choosing('', {escape: true})).toEqual([lineCancel]);
		expect(choosing('', {escape: true, meta: true})).toEqual([lineCancel]);
		expect(choosing('q')).toEqual([lineCancel]);
		expect(choosing('z')).toEqual([lineCancel]);
		// x deletes in the bookmark list; the chapter list takes it as any other key.
		expect(choosing('x')).toEqual([{type: 'list-delete'}]);
		expect(choosing(']')).toEqual([lineCancel]);
	});

	it('quits on Ctrl-C and suspends on Ctrl-Z', () => {
		expect(choosing('c', {ctrl: true})).toEqual([{type: 'exit'}]);
		expect(choosing('z', {ctrl: true})).toEqual([{type: 'suspend'}]);
	});
});

describe('keys on the time line', () => {
	const typing = (input: string, key: Partial<Key> = {}) => press(input, key, 'line');

	it('types a time, commands letters included, and takes it with Enter', () => {
		expect(typing('35m')).toEqual([{type: 'line-type', text: '35m'}]);
		expect(typing('-30s\r')).toEqual([{type: 'line-type', text: '-30s'}, accept]);
		expect(typing('', {return: true})).toEqual([accept]);
	});

	it('closes on Esc', () => {
		expect(typing('', {escape: true})).toEqual([lineCancel]);
	});
});

describe('keys that close the chapter list, in one chunk', () => {
	it('reads the keys after the list closes as reading keys', () => {
		expect(press('cj\rj')).toEqual([{type: 'chapters-open'}, selectDown, accept, {type: 'move', by: 'line', direction: 1}]);
		expect(choosing('qj')).toEqual([lineCancel, {type: 'move', by: 'line', direction: 1}]);
	});

	it('redraws with Ctrl-L from the list and from the time line', () => {
		expect(choosing('l', {ctrl: true})).toEqual([{type: 'redraw'}]);
		expect(press('l', {ctrl: true}, 'line')).toEqual([{type: 'redraw'}]);
	});
});

describe('Esc and a key at once in the list or the time line', () => {
	it('closes, and reads the key as a reading key', () => {
		expect(choosing('t', {meta: true})).toEqual([lineCancel, timeOpen]);
		expect(press(':', {meta: true}, 'line')).toEqual([lineCancel, timeOpen]);
		expect(choosing('', {escape: true, meta: true})).toEqual([lineCancel]);
	});
});
