/**
 * Keys to actions, with less, vim and readline habits: the one place a key gets its meaning and its
 * help. How a key is read depends on the mode the reader is in (its record says: reading keys, a
 * line typed, a list), asked again after each action, since one chunk of input can hold keys for
 * several modes (`/abc` typed quickly).
 */
import type {Key} from 'ink';
import {RATES} from '../core/playback.js';
import {sanitizeText} from '../core/sanitize.js';
import {SEEK_BACK_SECONDS, SEEK_ON_SECONDS} from './player-state.js';
import type {LibraryAction, LibraryKeyAction} from './library/library-state.js';
import type {MouseEvent} from './mouse.js';
import type {Action, KeyMode, LineAction, ListAction, PointerAction, ReadAction} from './reader-state.js';

export type KeyPress = Pick<
	Key,
	| 'upArrow'
	| 'downArrow'
	| 'leftArrow'
	| 'rightArrow'
	| 'pageUp'
	| 'pageDown'
	| 'home'
	| 'end'
	| 'return'
	| 'escape'
	| 'ctrl'
	| 'meta'
	| 'backspace'
	| 'delete'
	| 'tab'
>;

/** A key on its own: no special key, no modifier. */
export const PLAIN_KEY: KeyPress = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageUp: false,
	pageDown: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	meta: false,
	backspace: false,
	delete: false,
	tab: false,
};

type Binding = {readonly keys: readonly string[]; readonly action: ReadAction | Action; readonly help: string};

/** The help of a binding listed with the one before, its keys beside that one's: `j … Enter`. */
const ALSO = '+';

/** A key that means nothing cancels a pending count and closes an overlay, as in less. */
const CANCEL: ReadAction = {type: 'cancel'};

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
	{keys: [')'], action: {type: 'speaker', direction: 1}, help: 'next / previous turn by the same speaker (or S’s pick)'},
	{keys: ['('], action: {type: 'speaker', direction: -1}, help: ''},
	{keys: ['S'], action: {type: 'speakers-open'}, help: 'speakers: pick one out (the others dimmed) or all'},
	{keys: [']'], action: {type: 'chapter', direction: 1}, help: 'next chapter / this one’s start, the one before'},
	{keys: ['['], action: {type: 'chapter', direction: -1}, help: ''},
	{keys: ['c'], action: {type: 'chapters-open'}, help: 'chapters: ↑↓ choose, Enter go, Esc back'},
	{keys: [':', 't'], action: {type: 'time-open'}, help: 'go to a time: 35:00 1:05:10 35m +90 -30s 50% ¶12'},
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
	{keys: ['Ctrl-C'], action: {type: 'exit'}, help: ALSO},
	{keys: ['Ctrl-Z'], action: {type: 'suspend'}, help: 'suspend (fg: back) / draw the screen again'},
	{keys: ['Ctrl-L'], action: {type: 'redraw'}, help: ''},
];

const ACTIONS = new Map(BINDINGS.flatMap(binding => binding.keys.map(name => [name, binding.action] as const)));

/** A binding without help of its own is the other half of the one before (`n / N`), or (ALSO) listed with it. */
function helpRows(bindings: ReadonlyArray<{readonly keys: readonly string[]; readonly help: string}>): Array<readonly [string, string]> {
	const rows: Array<readonly [string, string]> = [];
	for (const {keys, help} of bindings) {
		const last = rows.at(-1);
		if ((help === '' || help === ALSO) && last) rows[rows.length - 1] = [`${last[0]}${help === ALSO ? ' ' : ' / '}${keys.join(' ')}`, last[1]];
		else rows.push([keys.join(' '), help]);
	}

	return rows;
}

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

/** A key's name, as the bindings and the help write it: `j`, `Ctrl-W`, `Alt-B`, `↑`, `Enter`. */
function nameOf(character: string, key: KeyPress): string {
	if (key.ctrl) return `Ctrl-${character.toUpperCase()}`;
	if (key.backspace) return key.meta ? 'Alt-Backspace' : 'Backspace';
	if (key.delete) return 'Delete';
	if (key.meta && character !== '') return `Alt-${character.toUpperCase()}`;
	const special = SPECIAL_NAMES.find(([flag]) => key[flag]);
	if (special) return special[1];
	// Within a chunk of keys (`jj` and Enter typed quickly), Tab and Enter are characters.
	if (character === '\t') return 'Tab';
	if (character === '\r') return 'Enter';
	return character === ' ' ? 'Space' : character;
}

function readingAction(character: string, key: KeyPress): Action {
	if (/^\d$/.test(character) && !key.ctrl) return {type: 'digit', digit: character};
	return ACTIONS.get(nameOf(character, key)) ?? CANCEL;
}

/**
 * Typed or pasted text: Backspace erases; Enter at the end of the chunk accepts; line breaks
 * inside it (terminals send a pasted newline as Enter) and tabs become spaces.
 */
function typedText(input: string): LineAction[] {
	const actions: LineAction[] = [];
	const characters = [...input];
	for (const [index, raw] of characters.entries()) {
		const last = actions.at(-1);
		const character = raw === '\r' && index < characters.length - 1 ? ' ' : raw;
		if (character === '\r') actions.push({type: 'line-accept'});
		else if (character === '\u007F' || character === '\b') actions.push({type: 'line-edit', edit: 'erase-left'});
		// Controls and bidi overrides (a paste may hold them) would act on the terminal as the line is shown.
		else if (sanitizeText(character) === '') continue;
		else if (last?.type === 'line-type') actions[actions.length - 1] = {type: 'line-type', text: last.text + character.replace(/[\n\t]/, ' ')};
		else actions.push({type: 'line-type', text: character.replace(/[\n\t]/, ' ')});
	}

	return actions;
}

/** Ctrl-C, Ctrl-Z and Ctrl-L: quit, suspend or redraw, whatever is open (in the reader and the library alike). */
function leaving(input: string, key: KeyPress): {readonly type: 'exit' | 'suspend' | 'redraw'} | undefined {
	if (!key.ctrl) return undefined;
	if (input === 'c') return {type: 'exit'};
	if (input === 'z') return {type: 'suspend'};
	return input === 'l' ? {type: 'redraw'} : undefined;
}

/** A line's keys, as readline has them. */
const LINE_BINDINGS: ReadonlyArray<{readonly keys: readonly string[]; readonly action: LineAction}> = [
	{keys: ['Backspace'], action: {type: 'line-edit', edit: 'erase-left'}},
	{keys: ['Delete', 'Ctrl-D'], action: {type: 'line-edit', edit: 'erase-right'}},
	{keys: ['Ctrl-W', 'Alt-Backspace'], action: {type: 'line-edit', edit: 'erase-word'}},
	{keys: ['Ctrl-U'], action: {type: 'line-edit', edit: 'erase-start'}},
	{keys: ['←', 'Ctrl-B'], action: {type: 'line-edit', edit: 'left'}},
	{keys: ['→', 'Ctrl-F'], action: {type: 'line-edit', edit: 'right'}},
	{keys: ['Alt-B'], action: {type: 'line-edit', edit: 'word-left'}},
	{keys: ['Alt-F'], action: {type: 'line-edit', edit: 'word-right'}},
	{keys: ['Home', 'Ctrl-A'], action: {type: 'line-edit', edit: 'start'}},
	{keys: ['End', 'Ctrl-E'], action: {type: 'line-edit', edit: 'end'}},
	{keys: ['↑', 'Ctrl-P'], action: {type: 'line-select', direction: -1}},
	{keys: ['↓', 'Ctrl-N'], action: {type: 'line-select', direction: 1}},
	{keys: ['Enter'], action: {type: 'line-accept'}},
	{keys: ['Esc'], action: {type: 'line-cancel'}},
];

/** A list's keys (the chapters, the bookmarks): any other key closes it. */
const LIST_BINDINGS: ReadonlyArray<{readonly keys: readonly string[]; readonly action: ListAction}> = [
	{keys: ['j', '↓', 'Ctrl-N'], action: {type: 'line-select', direction: 1}},
	{keys: ['k', '↑', 'Ctrl-P'], action: {type: 'line-select', direction: -1}},
	{keys: ['Space', 'PgDn'], action: {type: 'move', by: 'page', direction: 1}},
	{keys: ['b', 'PgUp'], action: {type: 'move', by: 'page', direction: -1}},
	{keys: ['g', 'Home'], action: {type: 'edge', to: 'start'}},
	{keys: ['G', 'End'], action: {type: 'edge', to: 'end'}},
	{keys: ['Enter'], action: {type: 'line-accept'}},
	{keys: ['x'], action: {type: 'list-delete'}},
	// Any key the list does not use closes it; Esc is the one the footer names.
	{keys: ['Esc'], action: {type: 'line-cancel'}},
];

/** The library's keys: the list of episodes; a key it does not use does nothing but close what is open. */
const LIBRARY_BINDINGS: ReadonlyArray<{readonly keys: readonly string[]; readonly action: LibraryKeyAction; readonly help: string}> = [
	{keys: ['j', '↓', 'Ctrl-N'], action: {type: 'choose', by: 'row', direction: 1}, help: 'the next / previous episode'},
	{keys: ['k', '↑', 'Ctrl-P'], action: {type: 'choose', by: 'row', direction: -1}, help: ''},
	{keys: ['Space', 'PgDn', 'Ctrl-F'], action: {type: 'choose', by: 'page', direction: 1}, help: 'a page down / up'},
	{keys: ['b', 'PgUp', 'Ctrl-B'], action: {type: 'choose', by: 'page', direction: -1}, help: ''},
	{keys: ['g', 'Home'], action: {type: 'choose', by: 'edge', direction: -1}, help: 'the first / last episode'},
	{keys: ['G', 'End'], action: {type: 'choose', by: 'edge', direction: 1}, help: ''},
	{keys: ['Enter'], action: {type: 'open'}, help: 'read it (q or Esc there: back here)'},
	{keys: ['/'], action: {type: 'search-open'}, help: 'search every episode as you type; Enter: read it there'},
	{keys: ['f'], action: {type: 'filter-open'}, help: 'filter by title, file, speaker, date; Esc: clear'},
	{keys: ['o'], action: {type: 'sort'}, help: 'sort by date, title, length or file'},
	{keys: ['x'], action: {type: 'unread-open'}, help: 'the files that are not transcripts, and why'},
	{keys: ['w'], action: {type: 'works-open'}, help: 'the works the show mentions; Enter: their moments, then read one'},
	{keys: ['?', 'h'], action: {type: 'help'}, help: 'this help'},
	{keys: ['Esc'], action: {type: 'cancel'}, help: 'clear the filter; close the help or a list'},
	{keys: ['q', 'Q'], action: {type: 'quit'}, help: 'quit (q: close the help or a list)'},
	{keys: ['Ctrl-C'], action: {type: 'quit'}, help: ALSO},
];

const LINE_ACTIONS = new Map(LINE_BINDINGS.flatMap(binding => binding.keys.map(name => [name, binding.action] as const)));
const LIST_ACTIONS = new Map(LIST_BINDINGS.flatMap(binding => binding.keys.map(name => [name, binding.action] as const)));
const LIBRARY_ACTIONS = new Map(LIBRARY_BINDINGS.flatMap(binding => binding.keys.map(name => [name, binding.action] as const)));

/** What the help overlay lists: keys, then what they do. */
export const HELP_ROWS: ReadonlyArray<readonly [string, string]> = [
	...helpRows(BINDINGS),
	['sidebar: j k { } g G', 'choose a work, a group, the first or last'],
	['sidebar: Enter n N', 'go to its first mention, again the next; n/N step'],
	['5j 3} 42g', 'a count before a key repeats it'],
	['line: ← → Alt-B Alt-F', 'move the cursor; with Alt, a word at a time'],
	['line: Ctrl-A Ctrl-E', 'to the start, the end (Home, End too)'],
	['line: Ctrl-W Ctrl-U', 'erase a word, all before the cursor'],
	['line: ↑ ↓', 'choose a match; on an empty line, earlier searches'],
	['list: j k Space b g G', 'choose; Enter go there, x delete, others close it'],
	['mouse: wheel', 'scroll what is under it, 3 lines a notch'],
	['mouse: click', 'choose a row; again: open it; on the bar: go there'],
	['mouse: Shift-drag', 'select text (or start Parley with --no-mouse)'],
];

/** What the library's help lists. */
export const LIBRARY_HELP_ROWS: ReadonlyArray<readonly [string, string]> = [
	...helpRows(LIBRARY_BINDINGS),
	['search: ↑ ↓', 'choose a match; on an empty line, earlier searches'],
	['line: Ctrl-W Ctrl-U ← →', 'edit as in a shell (the reader’s help lists them all)'],
	['mouse: wheel click', 'choose; click the episode chosen to read it'],
];

/** The names of the keys that mean something when keys are read as `mode` says (for the tests that keep the hints true). */
export function boundKeys(mode: KeyMode): ReadonlySet<string> {
	const map = mode === 'read' ? ACTIONS : mode === 'line' ? LINE_ACTIONS : LIST_ACTIONS;
	return new Set(map.keys());
}

/** A list: move the choice, Enter takes it, anything else closes it. */
function listAction(input: string, key: KeyPress): ListAction {
	return LIST_ACTIONS.get(nameOf(input, key)) ?? {type: 'line-cancel'};
}

/** Where the actions of keys go, and the mode they are read in, asked again after each. */
export type KeySink = {readonly mode: () => KeyMode; readonly act: (action: Action) => void};

/**
 * Characters arriving in one chunk (typed quickly, or over a slow link), each its own key press,
 * read for the mode the reader is in at each: after `/`, `:` or `m` the rest is typed into the line.
 */
function readChunk(characters: readonly string[], key: KeyPress, sink: KeySink) {
	const plain = {...key, meta: false, escape: false};
	for (const [index, character] of characters.entries()) {
		const mode = sink.mode();
		if (mode === 'line') {
			for (const action of typedText(characters.slice(index).join(''))) sink.act(action);
			return;
		}

		sink.act(mode === 'list' ? listAction(character, plain) : readingAction(character, plain));
	}
}

/** Esc and a key at once (an Alt-key): Esc closes the line or the list, and the key is read as the next. */
function afterEscape(input: string, key: KeyPress, sink: KeySink) {
	sink.act({type: 'line-cancel'});
	if (input !== '') readKeys(input, {...key, meta: false, escape: false}, sink);
}

/** A key in a line: an editing key, or text typed; Esc with a key (an Alt-key the line does not use) closes the line, and `again` reads the key. */
function readLineKey(input: string, key: KeyPress, act: (action: LineAction) => void, again: (input: string, key: KeyPress) => void) {
	const bound = LINE_ACTIONS.get(nameOf(input, key));
	if (bound) act(bound);
	else if (key.meta) {
		act({type: 'line-cancel'});
		if (input !== '') again(input, {...key, meta: false, escape: false});
	} else if (!key.ctrl) for (const action of typedText(input)) act(action);
}

/**
 * One input event, read for the mode the reader is in. Esc and a key right after it arrive as one
 * Alt-key: that is Esc, then the key (in a line, Alt-B and Alt-F move by a word, as in readline).
 */
export function readKeys(input: string, key: KeyPress, sink: KeySink): void {
	const leave = leaving(input, key);
	const mode = sink.mode();
	if (leave) sink.act(leave);
	else if (mode === 'line') readLineKey(input, key, sink.act, (again, pressed) => readKeys(again, pressed, sink));
	else if (mode === 'list' && key.meta) afterEscape(input, key, sink);
	else if (mode === 'list' && (key.ctrl || [...input].length <= 1)) sink.act(listAction(input, key));
	else if (mode === 'read' && (input === '' || key.ctrl)) sink.act(readingAction(input, key));
	else {
		if (mode === 'read' && key.meta) sink.act(CANCEL);
		readChunk([...input], key, sink);
	}
}

/** A paste as it is typed into a line: line breaks and tabs as spaces, controls removed. */
const pastedText = (text: string) => sanitizeText(text.replace(/[\r\n\t]+/g, ' '));

/**
 * A paste (the terminal brackets it): typed whole into the line being edited, line breaks and tabs
 * as spaces, controls removed; while reading, or from a list, it is searched for.
 */
export function readPaste(text: string, sink: KeySink): void {
	const typed = pastedText(text);
	if (typed === '') return;
	if (sink.mode() === 'list') sink.act({type: 'line-cancel'});
	if (sink.mode() === 'read') sink.act({type: 'search-open'});
	// Only a line takes text: a mode that opened none (the help) lets the paste go.
	if (sink.mode() === 'line') sink.act({type: 'line-type', text: typed});
}

/** The mouse, in the reader and the library: the wheel scrolls, the left button clicks (when pressed); the rest is the terminal's. */
export function mouseAction(event: MouseEvent): PointerAction | undefined {
	if (event.kind === 'wheel') return {type: 'wheel', direction: event.direction, column: event.x, row: event.y};
	return event.kind === 'press' && event.button === 'left' ? {type: 'click', column: event.x, row: event.y} : undefined;
}

/** Where the library's key actions go, and whether a line is being typed (a search, a filter). */
export type LibrarySink = {readonly typing: () => boolean; readonly act: (action: LibraryAction) => void};

/**
 * One input event in the library: a line's keys while a search or a filter is typed, else the
 * list's, each character of a chunk (keys typed quickly) read for the mode it arrives in.
 */
export function readLibraryKeys(input: string, key: KeyPress, sink: LibrarySink): void {
	const leave = leaving(input, key);
	if (leave) {
		sink.act(leave);
		return;
	}

	if (sink.typing()) {
		readLineKey(input, key, sink.act, (again, pressed) => readLibraryKeys(again, pressed, sink));
		return;
	}

	if (key.meta) sink.act({type: 'cancel'});
	const plain = {...key, meta: false, escape: key.escape && input === ''};
	const characters = key.ctrl || input === '' ? [input] : [...input];
	for (const [index, character] of characters.entries()) {
		if (sink.typing()) {
			for (const action of typedText(characters.slice(index).join(''))) sink.act(action);
			return;
		}

		sink.act(LIBRARY_ACTIONS.get(nameOf(character, plain)) ?? {type: 'cancel'});
	}
}

/** A paste in the library: typed into the line, or searched for. */
export function readLibraryPaste(text: string, sink: LibrarySink): void {
	const typed = pastedText(text);
	if (typed === '') return;
	if (!sink.typing()) sink.act({type: 'search-open'});
	sink.act({type: 'line-type', text: typed});
}
