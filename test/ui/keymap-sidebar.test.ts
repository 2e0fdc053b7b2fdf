import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {HELP_ROWS} from '../../source/ui/keymap.js';
import {actionsFor} from '../helpers/keys.js';
import {MODES} from '../../source/ui/modes/index.js';
import type {Action} from '../../source/ui/reader-state.js';

const press = (input: string, key: Partial<Key> = {}, mode: 'read' | 'list' | 'line' = 'read') => actionsFor(input, key, mode);

const sidebar: Action = {type: 'sidebar'};
const focus: Action = {type: 'focus'};
const enter: Action = {type: 'enter'};
const lineDown = {type: 'move', by: 'line', direction: 1};

describe('the works sidebar’s keys', () => {
	it('s shows or hides the sidebar, Tab (and Shift-Tab) moves the focus', () => {
		expect(press('s')).toEqual([sidebar]);
		expect(press('', {tab: true})).toEqual([focus]);
		expect(press('', {tab: true, shift: true})).toEqual([focus]);
	});

	it('Enter is a key of its own: a line down when reading, going to the work in the sidebar', () => {
		expect(press('', {return: true})).toEqual([enter]);
		expect(press('\r', {return: true})).toEqual([enter]);
	});

	it('reads Tab and Enter inside a chunk of keys typed quickly', () => {
		expect(press('jj\r')).toEqual([lineDown, lineDown, enter]);
		expect(press('s\tj')).toEqual([sidebar, focus, lineDown]);
	});

	it('reads the reading keys in the sidebar: its mode gives them their meaning', () => {
		expect(MODES.works.keys).toBe('read');
	});

	it('Tab closes the chapter list and is a space on the search line', () => {
		expect(press('', {tab: true}, 'list')).toEqual([{type: 'line-cancel'}]);
		expect(press('a\tb', {}, 'line')).toEqual([{type: 'line-type', text: 'a b'}]);
	});

	it('are in the help', () => {
		const listed = new Map(HELP_ROWS);
		expect(listed.get('s / Tab')).toBe('works sidebar: show or hide / focus it or the text');
		expect(listed.get('p / Enter')).toBe('play or pause / play from here (sidebar: go to it)');
		expect(listed.get('sidebar: Enter n N')).toBe('go to its first mention, again the next; n/N step');
		expect(listed.get('n / N')).toMatch(/work mention/);
		// q in the sidebar gives the focus back to the text (s hides it).
		expect(listed.get('q Q Ctrl-C')).toBe('quit (q: close the help; sidebar: back to the text)');
	});
});
