/** What every mode is: the record modes/index.ts holds one of for each kind of `Mode`. */
import type {Hints, TypedLine} from '../footer-row.js';
import {choiceAt} from '../list-rows.js';
import type {InMode, KeyActions, KeyMode, ModeKind, ReaderState} from '../reader-state.js';
import type {Row} from '../rows.js';
import type {ColorDepth} from '../theme.js';
import {bodyRows, wheelChoice} from '../viewport.js';

/** What a mode draws (screen.ts). */
export type ModeLook<K extends ModeKind> = {
	/** What the footer says the keys do while it is open (undefined: nothing; the progress bar shows). */
	hints(state: InMode<K>): Hints | undefined;
	/** The rows it draws in place of the text; undefined: the text shows. */
	view(state: InMode<K>, colorDepth: ColorDepth): readonly Row[] | undefined;
	/** The line it has typed in the footer, if it types there. */
	typed(state: InMode<K>): TypedLine | undefined;
};

export type ModeSpec<K extends ModeKind, KM extends KeyMode = KeyMode> = ModeLook<K> & {
	/** How its keys are read (keymap.ts): as reading keys, typed into a line, or choosing in a list. */
	readonly keys: KM;
	/** What its keys do; what happens to the reader whatever the mode (a resize, time passing) is state.ts's. */
	reduce(state: InMode<K>, action: KeyActions[KM], now: number): ReaderState;
	/** A notch of the mouse's wheel (down: 1) over what it draws, or the text. */
	wheel(state: InMode<K>, direction: 1 | -1, now: number): ReaderState;
	/** A click on row `line` (from 0) of what it draws, or of the text. */
	click(state: InMode<K>, line: number, now: number): ReaderState;
};

/** Back to reading, from whatever was open. */
export function closed(state: ReaderState): ReaderState {
	return {...state, mode: {kind: 'reading'}};
}

export const noView = (): undefined => undefined;

/**
 * Reading's: the text, and the progress bar in the footer (on the first screen, the main keys:
 * footer-row.ts). On its own, for the first screen: drawn before the modes' keys are loaded.
 */
export const readingLook: ModeLook<ModeKind> = {hints: () => undefined, view: noView, typed: () => undefined};

/** A click where it means nothing (the text, the help). */
export const noClick = (state: ReaderState): ReaderState => state;

/**
 * The mouse over a list drawn by choiceRows (the chapters, the bookmarks, the speakers): the wheel moves its
 * choice; a click chooses the row clicked and, on the row chosen already, takes it (as Enter).
 */
export function listPointer<S extends InMode<'chapters'> | InMode<'bookmarks'> | InMode<'speakers'>>(
	length: (state: S) => number,
	take: (state: S) => ReaderState,
): {wheel(state: S, direction: 1 | -1): ReaderState; click(state: S, line: number): ReaderState} {
	const chosen = (state: S, choice: number): ReaderState => ({...state, mode: {kind: state.mode.kind, choice}});
	return {
		wheel: (state, direction) => chosen(state, wheelChoice(state.mode.choice, direction, length(state))),
		click(state, line) {
			const at = choiceAt({length: length(state), selected: state.mode.choice, height: bodyRows(state)}, line);
			if (at === undefined) return state;
			return at === state.mode.choice ? take(state) : chosen(state, at);
		},
	};
}
