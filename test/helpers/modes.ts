/** What tests ask of the reader's mode: its kind, the choice in a list, the line being typed. */
import type {EditLine, ReaderState, SearchLine} from '../../source/ui/reader-state.js';

/** The choice in the chapter or bookmark list. */
export function choiceOf(state: ReaderState): number {
	if (state.mode.kind !== 'chapters' && state.mode.kind !== 'bookmarks') throw new Error(`no list open: ${state.mode.kind}`);
	return state.mode.choice;
}

/** The line being typed (search, time, note), if one is. */
export function lineOf(state: ReaderState): EditLine | undefined {
	return 'line' in state.mode ? state.mode.line : undefined;
}

/** The search line, if it is open. */
export function searchOf(state: ReaderState): SearchLine | undefined {
	return state.mode.kind === 'search' ? state.mode.line : undefined;
}
