/**
 * The mouse in the reader: what a notch of the wheel or a click does where it lands, found by the
 * geometry the screen is drawn with (screen.ts): the works sidebar beside the text, the footer's
 * progress bar, and the body between the header and the footer, where the mode answers (its
 * `wheel` and `click`). The wheel acts on what is under the pointer. Pure.
 */
import {goTo} from './chapter-state.js';
import {barShareAt} from './footer-row.js';
import {modeOf} from './modes/index.js';
import type {PointerAction, ReaderState} from './reader-state.js';
import {footerProps, sideView} from './screen.js';
import {workAt} from './sidebar-rows.js';
import {bodyRows, isTooSmall, screenWidth} from './viewport.js';
import {clickWork, wheelWorks} from './works-state.js';

/** The sidebar beside the text answers while reading or while it has the focus (a list, a line or the help has the mouse to itself). */
function onSidebar(state: ReaderState, action: PointerAction): ReaderState {
	const view = state.mode.kind === 'reading' || state.mode.kind === 'works' ? sideView(state) : undefined;
	if (!view) return state;
	if (action.type === 'wheel') return wheelWorks(state, action.direction);
	const work = workAt(view, action.row);
	return work === undefined ? state : clickWork(state, work);
}

/** A click on the progress bar, where it is on screen (not under a notice or the hints), goes to that point of the episode, as `:` with a share of it does. */
function onFooter(state: ReaderState, shown: ReaderState, column: number): ReaderState {
	const share = barShareAt(footerProps(shown, modeOf(shown)), column);
	return share === undefined ? state : goTo(state, share * state.transcript.duration);
}

/** What `action` does to `state`; `shown`, the state on screen where the mouse was (its notice, its hints). */
export function pointed(state: ReaderState, action: PointerAction, now: number, shown: ReaderState = state): ReaderState {
	if (isTooSmall(state)) return state;
	if (action.column >= screenWidth(state)) return onSidebar(state, action);
	const mode = modeOf(state);
	if (action.type === 'wheel') return mode.wheel(state, action.direction, now);
	// The header is row 0, the footer the row below the body.
	const line = action.row - 1;
	if (line === bodyRows(state)) return onFooter(state, shown, action.column);
	return line >= 0 && line < bodyRows(state) ? mode.click(state, line, now) : state;
}
