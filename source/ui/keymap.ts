/** Keys to actions, with less and vim habits. The one place a key gets its meaning. */
import type {Key} from 'ink';
import type {Action} from './state.js';

type KeyPress = Pick<Key, 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'ctrl'>;

/** A key that means nothing cancels a pending count and closes an overlay, as in less. */
const CANCEL: Action = {type: 'cancel'};

const CHARACTERS: Readonly<Record<string, Action>> = {
	j: {type: 'move', by: 'line', direction: 1},
	e: {type: 'move', by: 'line', direction: 1},
	k: {type: 'move', by: 'line', direction: -1},
	y: {type: 'move', by: 'line', direction: -1},
	' ': {type: 'move', by: 'page', direction: 1},
	f: {type: 'move', by: 'page', direction: 1},
	b: {type: 'move', by: 'page', direction: -1},
	d: {type: 'move', by: 'half', direction: 1},
	u: {type: 'move', by: 'half', direction: -1},
	'}': {type: 'move', by: 'turn', direction: 1},
	'{': {type: 'move', by: 'turn', direction: -1},
	g: {type: 'edge', to: 'start'},
	'<': {type: 'edge', to: 'start'},
	G: {type: 'edge', to: 'end'},
	'>': {type: 'edge', to: 'end'},
	'?': {type: 'help'},
	h: {type: 'help'},
	q: {type: 'quit'},
	Q: {type: 'quit'},
};

const CONTROL: Readonly<Record<string, Action>> = {
	c: {type: 'quit', force: true},
	f: {type: 'move', by: 'page', direction: 1},
	b: {type: 'move', by: 'page', direction: -1},
	d: {type: 'move', by: 'half', direction: 1},
	u: {type: 'move', by: 'half', direction: -1},
	n: {type: 'move', by: 'line', direction: 1},
	e: {type: 'move', by: 'line', direction: 1},
	p: {type: 'move', by: 'line', direction: -1},
	y: {type: 'move', by: 'line', direction: -1},
};

function specialKey(key: KeyPress): Action | undefined {
	if (key.downArrow || key.return) return {type: 'move', by: 'line', direction: 1};
	if (key.upArrow) return {type: 'move', by: 'line', direction: -1};
	if (key.pageDown) return {type: 'move', by: 'page', direction: 1};
	if (key.pageUp) return {type: 'move', by: 'page', direction: -1};
	if (key.home) return {type: 'edge', to: 'start'};
	if (key.end) return {type: 'edge', to: 'end'};
	if (key.escape) return CANCEL;
	return undefined;
}

function actionForCharacter(character: string): Action {
	if (/^\d$/.test(character)) return {type: 'digit', digit: character};
	return CHARACTERS[character] ?? CANCEL;
}

/**
 * The actions for one input event. Keys typed quickly (or sent over a slow link) can arrive as
 * one chunk, `jjj`; each character is its own key press.
 */
export function actionsForInput(input: string, key: KeyPress): Action[] {
	if (key.ctrl) return [CONTROL[input] ?? CANCEL];
	const special = specialKey(key);
	if (special) return [special];
	if (input === '') return [CANCEL];
	return [...input].map(character => actionForCharacter(character));
}
