/** What every mode is: the record modes/index.ts holds one of for each kind of `Mode`. */
import type {Hints, TypedLine} from '../footer-row.js';
import type {InMode, KeyActions, KeyMode, ModeKind, ReaderState} from '../reader-state.js';
import type {Row} from '../rows.js';
import type {ColorDepth} from '../theme.js';

export type ModeSpec<K extends ModeKind, KM extends KeyMode = KeyMode> = {
	/** How its keys are read (keymap.ts): as reading keys, typed into a line, or choosing in a list. */
	readonly keys: KM;
	/** What the footer says the keys do while it is open (undefined: nothing; the progress bar shows). */
	hints(state: InMode<K>): Hints | undefined;
	/** What its keys do; what happens to the reader whatever the mode (a resize, time passing) is state.ts's. */
	reduce(state: InMode<K>, action: KeyActions[KM], now: number): ReaderState;
	/** The rows it draws in place of the text; undefined: the text shows. */
	view(state: InMode<K>, colorDepth: ColorDepth): readonly Row[] | undefined;
	/** The line it has typed in the footer, if it types there. */
	typed(state: InMode<K>): TypedLine | undefined;
};

/** Back to reading, from whatever was open. */
export function closed(state: ReaderState): ReaderState {
	return {...state, mode: {kind: 'reading'}};
}

export const noView = (): undefined => undefined;
