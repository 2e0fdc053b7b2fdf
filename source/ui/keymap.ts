/** Keys to actions, with less and vim habits: the one place a key gets its meaning and its help. */
import type {Key} from 'ink';
import {RATES} from '../core/playback.js';
import {sanitizeText} from '../core/sanitize.js';
import {SEEK_BACK_SECONDS, SEEK_ON_SECONDS} from './player-state.js';
import type {Action} from './state.js';

type KeyPress = Pick<Key, 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'ctrl' | 'meta' | 'backspace' | 'delete' | 'tab'>;

/**
 * Reading; typing into a line (search, go to a time); or choosing from a list (the chapters). The
 * works sidebar reads the reading keys (the reducer gives them its meaning while it has the focus).
 */
export type KeyMode = 'read' | 'line' | 'list';

type Binding = {readonly keys: readonly string[]; readonly action: Action; readonly help: string};

/** The help of a binding listed with the one before, its keys beside that one's: `j … Enter`. */
const ALSO = '+';

/** A key that means nothing cancels a pending count and closes an overlay, as in less. */
const CANCEL: Action = {type: 'cancel'};

const BINDINGS: readonly Binding[] = [
	{keys: ['j', '↓', 'e', 'Ctrl-N', 'Ctrl-E'], action: {type: 'move', by: 'line', direction: 1}, help: 'one line down'},
	{keys: ['k', '↑', 'Ctrl-P', 'Ctrl-Y'], action: {type: 'move', by: 'line', direction: -1}, help: 'one line up'},
	{keys: ['Space', 'f', 'PgDn', 'Ctrl-F'], action: {type: 'move', by: 'page', direction: 1}, help: 'next page'},
	{keys: ['b', 'PgUp', 'Ctrl-B'], action: {type: 'move', by: 'page', direction: -1}, help: 'previous page'},
	{keys: ['d', 'Ctrl-D'], action: {type: 'move', by: 'half', direction: 1}, help: 'half a page down / up'},
	{keys: ['u', 'Ctrl-U'], action: {type: 'move', by: 'half', direction: -1}, help: ''},
	{keys: ['/'], action: {type: 'search-open'}, help: 'search: type a quote, ↑↓ choose, Enter go, Esc back'},
	{keys: ['n'], action: {type: 'match', direction: 1}, help: 'next / previous search match or work mention'},
	{keys: ['N'], action: {type: 'match', direction: -1}, help: ''},
	{keys: ['}'], action: {type: 'move', by: 'turn', direction: 1}, help: 'next speaker turn / this one’s start, the one before'},
	{keys: ['{'], action: {type: 'move', by: 'turn', direction: -1}, help: ''},
	{keys: [']'], action: {type: 'chapter', direction: 1}, help: 'next chapter / this one’s start, the one before'},
	{keys: ['['], action: {type: 'chapter', direction: -1}, help: ''},
	{keys: ['c'], action: {type: 'chapters-open'}, help: 'chapters: ↑↓ choose, Enter go, Esc back'},
	{keys: [':', 't'], action: {type: 'time-open'}, help: 'go to a time: 35:00 1:05:10 35m +90 -30s 50%'},
	{keys: ['s'], action: {type: 'sidebar'}, help: 'works sidebar: show or hide / focus it or the text'},
	{keys: ['Tab'], action: {type: 'focus'}, help: ''},
	{keys: ['g', 'Home'], action: {type: 'edge', to: 'start'}, help: 'beginning / end (after a count: that line)'},
	{keys: ['G', 'End'], action: {type: 'edge', to: 'end'}, help: ''},
	{keys: ['p'], action: {type: 'play'}, help: 'play or pause / play from here (sidebar: go to it)'},
	{keys: ['Enter'], action: {type: 'enter'}, help: ''},
	{keys: ['←'], action: {type: 'seek-by', seconds: -SEEK_BACK_SECONDS}, help: `${SEEK_BACK_SECONDS} s back / ${SEEK_ON_SECONDS} s on`},
	{keys: ['→'], action: {type: 'seek-by', seconds: SEEK_ON_SECONDS}, help: ''},
	{keys: ['<'], action: {type: 'rate', direction: -1}, help: `slower / faster (${RATES[0]}x to ${RATES.at(-1)}x)`},
	{keys: ['>'], action: {type: 'rate', direction: 1}, help: ''},
	{keys: ['.'], action: {type: 'follow'}, help: 'back to the words played / to where you last stopped'},
	{keys: ['r'], action: {type: 'resume'}, help: ''},
	{keys: ['y'], action: {type: 'copy'}, help: 'copy the paragraph or match as a quote / bookmark it'},
	{keys: ['m'], action: {type: 'bookmark'}, help: ''},
	{keys: ["'"], action: {type: 'bookmarks-open'}, help: 'bookmarks: Enter go, x delete, Esc back'},
	{keys: ['Esc'], action: CANCEL, help: 'cancel a count, hide the match or the time marked'},
	{keys: ['?', 'h'], action: {type: 'help'}, help: 'this help; moving keys scroll it, others close it'},
	{keys: ['q', 'Q'], action: {type: 'quit'}, help: 'quit (q: close the help; sidebar: back to the text)'},
	{keys: ['Ctrl-C'], action: {type: 'quit', force: true}, help: ALSO},
	{keys: ['Ctrl-Z'], action: {type: 'suspend'}, help: 'suspend (fg: back) / draw the screen again'},
	{keys: ['Ctrl-L'], action: {type: 'redraw'}, help: ''},
];

const ACTIONS = new Map(BINDINGS.flatMap(binding => binding.keys.map(name => [name, binding.action] as const)));

/** A binding without help of its own is the other half of the one before (`n / N`), or (ALSO) listed with it. */
function helpRows(): Array<readonly [string, string]> {
	const rows: Array<readonly [string, string]> = [];
	for (const {keys, help} of BINDINGS) {
		const last = rows.at(-1);
		if ((help === '' || help === ALSO) && last) rows[rows.length - 1] = [`${last[0]}${help === ALSO ? ' ' : ' / '}${keys.join(' ')}`, last[1]];
		else rows.push([keys.join(' '), help]);
	}

	return rows;
}

/** What the help overlay lists: keys, then what they do. */
export const HELP_ROWS: ReadonlyArray<readonly [string, string]> = [
	...helpRows(),
	['sidebar: j k { } g G', 'choose a work, a group, the first or last'],
	['sidebar: Enter n N', 'go to its first mention, again the next; n/N step'],
	['5j 3} 42g', 'a count before a key repeats it'],
];

const SPECIAL_NAMES: ReadonlyArray<readonly [keyof KeyPress, string]> = [
	['downArrow', '↓'],
	['upArrow', '↑'],
	['leftArrow', '←'],
	['rightArrow', '→'],
	['return', 'Enter'],
	['pageDown', 'PgDn'],
	['pageUp', 'PgUp'],
	['home', 'Home'],
	['end', 'End'],
	['escape', 'Esc'],
	['tab', 'Tab'],
];

function nameOf(character: string, key: KeyPress): string {
	if (key.ctrl) return `Ctrl-${character.toUpperCase()}`;
	const special = SPECIAL_NAMES.find(([flag]) => key[flag]);
	if (special) return special[1];
	// Within a chunk of keys (`jj` and Enter typed quickly), Tab and Enter are characters.
	if (character === '\t') return 'Tab';
	if (character === '\r') return 'Enter';
	return character === ' ' ? 'Space' : character;
}

function actionFor(character: string, key: KeyPress): Action {
	if (/^\d$/.test(character) && !key.ctrl) return {type: 'digit', digit: character};
	return ACTIONS.get(nameOf(character, key)) ?? CANCEL;
}

/**
 * Typed or pasted text: backspace erases; Enter at the end of the chunk accepts; line breaks
 * inside it (terminals send a pasted newline as Enter) and tabs become spaces.
 */
function typedText(input: string): Action[] {
	const actions: Action[] = [];
	const characters = [...input];
	for (const [index, raw] of characters.entries()) {
		const last = actions.at(-1);
		const character = raw === '\r' && index < characters.length - 1 ? ' ' : raw;
		if (character === '\r') actions.push({type: 'line-accept'});
		else if (character === '\u007F' || character === '\b') actions.push({type: 'line-erase'});
		// Controls and bidi overrides (a paste may hold them) would act on the terminal as the line is shown.
		else if (sanitizeText(character) === '') continue;
		else if (last?.type === 'line-type') actions[actions.length - 1] = {type: 'line-type', text: last.text + character.replace(/[\n\t]/, ' ')};
		else actions.push({type: 'line-type', text: character.replace(/[\n\t]/, ' ')});
	}

	return actions;
}

/** Keys that quit, suspend or redraw whatever is open. */
function leaving(input: string, key: KeyPress): Action[] | undefined {
	if (key.ctrl && input === 'c') return [{type: 'quit', force: true}];
	if (key.ctrl && input === 'z') return [{type: 'suspend'}];
	if (key.ctrl && input === 'l') return [{type: 'redraw'}];
	return undefined;
}

function lineActions(input: string, key: KeyPress): Action[] {
	const leave = leaving(input, key);
	if (leave) return leave;
	if (key.return) return [{type: 'line-accept'}];
	if (key.escape || (key.meta && input === '')) return [{type: 'line-cancel'}];
	if (key.backspace || key.delete) return [{type: 'line-erase'}];
	if (key.upArrow || (key.ctrl && input === 'p')) return [{type: 'line-select', direction: -1}];
	if (key.downArrow || (key.ctrl && input === 'n')) return [{type: 'line-select', direction: 1}];
	if (key.ctrl) return [];
	return key.meta ? afterEscape(input, key) : typedText(input);
}

const LIST_KEYS: ReadonlyArray<readonly [(input: string, key: KeyPress) => boolean, Action]> = [
	[(input, key) => key.downArrow || input === 'j' || (key.ctrl && input === 'n'), {type: 'line-select', direction: 1}],
	[(input, key) => key.upArrow || input === 'k' || (key.ctrl && input === 'p'), {type: 'line-select', direction: -1}],
	[(input, key) => key.pageDown || input === ' ', {type: 'move', by: 'page', direction: 1}],
	[(input, key) => key.pageUp || input === 'b', {type: 'move', by: 'page', direction: -1}],
	[(input, key) => key.home || input === 'g', {type: 'edge', to: 'start'}],
	[(input, key) => key.end || input === 'G', {type: 'edge', to: 'end'}],
	[(input, key) => key.return || input === '\r', {type: 'line-accept'}],
	[input => input === 'x', {type: 'list-delete'}],
];

/** Esc and a key at once (an Alt-key): Esc closes the line or the list, and the key is read as a reading key. */
function afterEscape(input: string, key: KeyPress): Action[] {
	return [{type: 'line-cancel'}, ...(input === '' ? [] : actionsForInput(input, {...key, meta: false, escape: false}))];
}

/** A list: move the choice, Enter takes it, anything else closes it. */
function listActions(input: string, key: KeyPress): Action[] {
	const leave = leaving(input, key);
	if (leave) return leave;
	if (key.meta) return afterEscape(input, key);
	const found = LIST_KEYS.find(([matches]) => matches(input, key));
	return [found ? found[1] : {type: 'line-cancel'}];
}

/**
 * Keys of one chunk, from `mode` on, each its own key press: after `c` or `'` they choose in its
 * list until one closes it, then are read again; after `/`, `:` or `m` they are typed into its
 * line. One pass, however long the chunk (a paste).
 */
function chunkActions(characters: readonly string[], key: KeyPress, mode: 'read' | 'list'): Action[] {
	const plain = {...key, meta: false, escape: false};
	const actions: Action[] = [];
	let current: KeyMode = mode;
	for (const [index, character] of characters.entries()) {
		const action = current === 'list' ? listActions(character, plain)[0]! : actionFor(character, plain);
		actions.push(action);
		current = modeAfter(action, current);
		if (current === 'line') return [...actions, ...typedText(characters.slice(index + 1).join(''))];
	}

	return actions;
}

const MODE_AFTER: Partial<Record<Action['type'], KeyMode>> = {
	'search-open': 'line',
	'time-open': 'line',
	'chapters-open': 'list',
	bookmark: 'line',
	'bookmarks-open': 'list',
	'line-accept': 'read',
	'line-cancel': 'read',
};

/** The key mode an action leaves the keyboard in (keys can arrive faster than frames). */
export function modeAfter(action: Action, mode: KeyMode): KeyMode {
	return MODE_AFTER[action.type] ?? mode;
}

/**
 * The actions for one input event. Keys typed quickly (or sent over a slow link) can arrive as
 * one chunk, `jjj`: each character is its own key press. Esc and a key right after it arrive as
 * one Alt-key: that is Esc, then the key.
 */
export function actionsForInput(input: string, key: KeyPress, mode: KeyMode = 'read'): Action[] {
	if (mode === 'line') return lineActions(input, key);
	if (mode === 'list') return key.ctrl || key.meta || [...input].length <= 1 ? listActions(input, key) : chunkActions([...input], key, 'list');
	if (input === '' || key.ctrl) return [actionFor(input, key)];
	return [...(key.meta ? [CANCEL] : []), ...chunkActions([...input], key, 'read')];
}

/**
 * A paste (the terminal brackets it): typed whole into the line being edited, line breaks and tabs
 * as spaces, controls removed; while reading, or from a list, it is searched for.
 */
export function actionsForPaste(text: string, mode: KeyMode): Action[] {
	const typed = sanitizeText(text.replace(/[\r\n\t]+/g, ' '));
	if (typed === '') return [];
	const line: Action = {type: 'line-type', text: typed};
	if (mode === 'line') return [line];
	return [...(mode === 'list' ? [{type: 'line-cancel'} as const] : []), {type: 'search-open'}, line];
}
