import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {actionsForInput} from '../../source/ui/keymap.js';

const none: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

const press = (input: string, key: Partial<Key> = {}) => actionsForInput(input, {...none, ...key});

describe('actionsForInput', () => {
	it('maps less and vim keys', () => {
		expect(press('j')).toEqual([{type: 'move', by: 'line', direction: 1}]);
		expect(press('k')).toEqual([{type: 'move', by: 'line', direction: -1}]);
		expect(press(' ')).toEqual([{type: 'move', by: 'page', direction: 1}]);
		expect(press('f')).toEqual([{type: 'move', by: 'page', direction: 1}]);
		expect(press('b')).toEqual([{type: 'move', by: 'page', direction: -1}]);
		expect(press('d')).toEqual([{type: 'move', by: 'half', direction: 1}]);
		expect(press('u')).toEqual([{type: 'move', by: 'half', direction: -1}]);
		expect(press('}')).toEqual([{type: 'move', by: 'turn', direction: 1}]);
		expect(press('{')).toEqual([{type: 'move', by: 'turn', direction: -1}]);
		expect(press('g')).toEqual([{type: 'edge', to: 'start'}]);
		expect(press('G', {shift: true})).toEqual([{type: 'edge', to: 'end'}]);
		expect(press('?')).toEqual([{type: 'help'}]);
		expect(press('q')).toEqual([{type: 'quit'}]);
	});

	it('maps arrows, paging keys, Home and End', () => {
		expect(press('', {downArrow: true})).toEqual([{type: 'move', by: 'line', direction: 1}]);
		expect(press('', {upArrow: true})).toEqual([{type: 'move', by: 'line', direction: -1}]);
		expect(press('', {pageDown: true})).toEqual([{type: 'move', by: 'page', direction: 1}]);
		expect(press('', {pageUp: true})).toEqual([{type: 'move', by: 'page', direction: -1}]);
		expect(press('', {home: true})).toEqual([{type: 'edge', to: 'start'}]);
		expect(press('', {end: true})).toEqual([{type: 'edge', to: 'end'}]);
		expect(press('', {escape: true, meta: true})).toEqual([{type: 'cancel'}]);
	});

	it('maps control keys; Ctrl-C always quits', () => {
		expect(press('c', {ctrl: true})).toEqual([{type: 'quit', force: true}]);
		expect(press('f', {ctrl: true})).toEqual([{type: 'move', by: 'page', direction: 1}]);
		expect(press('d', {ctrl: true})).toEqual([{type: 'move', by: 'half', direction: 1}]);
		expect(press('z', {ctrl: true})).toEqual([{type: 'cancel'}]);
	});

	it('collects digits for a count', () => {
		expect(press('5')).toEqual([{type: 'digit', digit: '5'}]);
	});

	it('splits keys that arrive together into one action each', () => {
		expect(press('jj5G')).toEqual([
			{type: 'move', by: 'line', direction: 1},
			{type: 'move', by: 'line', direction: 1},
			{type: 'digit', digit: '5'},
			{type: 'edge', to: 'end'},
		]);
	});

	it('turns a key that means nothing into a cancel', () => {
		expect(press('x')).toEqual([{type: 'cancel'}]);
		expect(press('é')).toEqual([{type: 'cancel'}]);
	});
});
