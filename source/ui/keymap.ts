/** Keys to actions, with less and vim habits: the one place a key gets its meaning and its help. */
import type {Key} from 'ink';
import type {Action} from './state.js';

type KeyPress = Pick<Key, 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'ctrl' | 'meta' | 'backspace' | 'delete'>;

/** Reading, or typing into the search line. */
export type KeyMode = 'read' | 'search';

type Binding = {readonly keys: readonly string[]; readonly action: Action; readonly help: string};

/** A key that means nothing cancels a pending count and closes an overlay, as in less. */
const CANCEL: Action = {type: 'cancel'};

const BINDINGS: readonly Binding[] = [
	{keys: ['j', '↓', 'Enter', 'e', 'Ctrl-N', 'Ctrl-E'], action: {type: 'move', by: 'line', direction: 1}, help: 'one line down'},
	{keys: ['k', '↑', 'y', 'Ctrl-P', 'Ctrl-Y'], action: {type: 'move', by: 'line', direction: -1}, help: 'one line up'},
	{keys: ['Space', 'f', 'PgDn', 'Ctrl-F'], action: {type: 'move', by: 'page', direction: 1}, help: 'next page'},
	{keys: ['b', 'PgUp', 'Ctrl-B'], action: {type: 'move', by: 'page', direction: -1}, help: 'previous page'},
	{keys: ['d', 'Ctrl-D'], action: {type: 'move', by: 'half', direction: 1}, help: 'half a page down'},
	{keys: ['u', 'Ctrl-U'], action: {type: 'move', by: 'half', direction: -1}, help: 'half a page up'},
	{keys: ['/'], action: {type: 'search-open'}, help: 'search: type a quote, ↑↓ choose, Enter go, Esc back'},
	{keys: ['n'], action: {type: 'match', direction: 1}, help: 'next match of the last search'},
	{keys: ['N'], action: {type: 'match', direction: -1}, help: 'previous match of the last search'},
	{keys: ['}'], action: {type: 'move', by: 'turn', direction: 1}, help: 'next speaker turn'},
	{keys: ['{'], action: {type: 'move', by: 'turn', direction: -1}, help: 'start of this turn, then the one before'},
	{keys: ['g', 'Home', '<'], action: {type: 'edge', to: 'start'}, help: 'beginning (after a count: that line)'},
	{keys: ['G', 'End', '>'], action: {type: 'edge', to: 'end'}, help: 'end (after a count: that line)'},
	{keys: ['Esc'], action: CANCEL, help: 'cancel a count'},
	{keys: ['?', 'h'], action: {type: 'help'}, help: 'this help; moving keys scroll it, others close it'},
	{keys: ['q', 'Q'], action: {type: 'quit'}, help: 'quit (in the help: close it)'},
	{keys: ['Ctrl-C'], action: {type: 'quit', force: true}, help: 'quit'},
	{keys: ['Ctrl-Z'], action: {type: 'suspend'}, help: 'suspend (fg brings Parley back)'},
	{keys: ['Ctrl-L'], action: {type: 'redraw'}, help: 'draw the screen again'},
];

const ACTIONS = new Map(BINDINGS.flatMap(binding => binding.keys.map(name => [name, binding.action] as const)));

/** What the help overlay lists: keys, then what they do. */
export const HELP_ROWS: ReadonlyArray<readonly [string, string]> = [
	...BINDINGS.map(binding => [binding.keys.join(' '), binding.help] as const),
	['5j 3} 42g', 'a count before a key repeats it'],
];

const SPECIAL_NAMES: ReadonlyArray<readonly [keyof KeyPress, string]> = [
	['downArrow', '↓'],
	['upArrow', '↑'],
	['return', 'Enter'],
	['pageDown', 'PgDn'],
	['pageUp', 'PgUp'],
	['home', 'Home'],
	['end', 'End'],
	['escape', 'Esc'],
];

function nameOf(character: string, key: KeyPress): string {
	if (key.ctrl) return `Ctrl-${character.toUpperCase()}`;
	const special = SPECIAL_NAMES.find(([flag]) => key[flag]);
	if (special) return special[1];
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
		if (character === '\r') actions.push({type: 'search-accept'});
		else if (character === '\u007F' || character === '\b') actions.push({type: 'search-erase'});
		else if (/\p{Cc}/u.test(character) && !/[\n\t]/.test(character)) continue;
		else if (last?.type === 'search-type') actions[actions.length - 1] = {type: 'search-type', text: last.text + character.replace(/[\n\t]/, ' ')};
		else actions.push({type: 'search-type', text: character.replace(/[\n\t]/, ' ')});
	}

	return actions;
}

function searchLineActions(input: string, key: KeyPress): Action[] {
	if (key.ctrl && input === 'c') return [{type: 'quit', force: true}];
	if (key.ctrl && input === 'z') return [{type: 'suspend'}];
	if (key.return) return [{type: 'search-accept'}];
	if (key.escape || (key.meta && input === '')) return [{type: 'search-cancel'}];
	if (key.backspace || key.delete) return [{type: 'search-erase'}];
	if (key.upArrow || (key.ctrl && input === 'p')) return [{type: 'search-select', direction: -1}];
	if (key.downArrow || (key.ctrl && input === 'n')) return [{type: 'search-select', direction: 1}];
	if (key.ctrl) return [];
	return key.meta ? [{type: 'search-cancel'}] : typedText(input);
}

/**
 * The actions for one input event. Keys typed quickly (or sent over a slow link) can arrive as
 * one chunk, `jjj`: each character is its own key press. Esc and a key right after it arrive as
 * one Alt-key: that is Esc, then the key.
 */
export function actionsForInput(input: string, key: KeyPress, mode: KeyMode = 'read'): Action[] {
	if (mode === 'search') return searchLineActions(input, key);
	if (input === '' || key.ctrl) return [actionFor(input, key)];
	const plain = {...key, meta: false, escape: false};
	const actions: Action[] = key.meta ? [CANCEL] : [];
	for (const [index, character] of [...input].entries()) {
		const action = actionFor(character, plain);
		actions.push(action);
		// Keys that follow `/` in the same chunk are the search being typed.
		if (action.type === 'search-open') return [...actions, ...typedText([...input].slice(index + 1).join(''))];
	}

	return actions;
}
