/**
 * The works sidebar with the focus (Tab or `s`): moving keys choose a work, Enter and n/N go to its
 * mentions, Esc, Tab and q give the focus back to the text, `s` hides it. Any other key gives the
 * focus back and does what it does when reading (`/` searches).
 */
import type {InMode, ReadAction, ReaderState} from '../reader-state.js';
import type {Row} from '../rows.js';
import {sidebarView, sidebarViewOf, workAt, type SidebarView} from '../sidebar-rows.js';
import type {ColorDepth} from '../theme.js';
import {bodyRows, repeat, wheelText} from '../viewport.js';
import {choose, chooseGroup, clickWork, goToChosen, leaveSidebar, pageOfWorks, toggleSidebar, wheelWorks, withRefs} from '../works-state.js';
import type {ModeSpec} from './mode.js';
import {readingReduce} from './reading.js';

function reduce(current: InMode<'works'>, action: ReadAction, now: number): ReaderState {
	const state = withRefs(current);
	const {selected} = state.sidebar;
	switch (action.type) {
		case 'move': {
			if (action.by === 'turn') return chooseGroup(state, action.direction);
			return choose(state, selected + action.direction * repeat(state) * (action.by === 'line' ? 1 : pageOfWorks(state)));
		}

		case 'edge': {
			if (state.count !== '') return choose(state, Number(state.count) - 1);
			return choose(state, action.to === 'start' ? 0 : Number.POSITIVE_INFINITY);
		}

		case 'enter': {
			return goToChosen(state, 'enter');
		}

		case 'match': {
			return goToChosen(state, action.direction);
		}

		// A count is for the sidebar's moving keys, and the help closes back to it: the focus stays.
		case 'digit':
		case 'help': {
			return readingReduce(state, action, now);
		}

		case 'sidebar': {
			return toggleSidebar(state);
		}

		case 'focus':
		case 'quit': {
			return {...leaveSidebar(state), count: ''};
		}

		case 'cancel': {
			return state.count === '' ? leaveSidebar(state) : {...state, count: ''};
		}

		case 'search-open':
		case 'chapter':
		case 'speaker':
		case 'speakers-open':
		case 'chapters-open':
		case 'time-open':
		case 'play':
		case 'rate':
		case 'seek-by':
		case 'follow':
		case 'copy':
		case 'bookmark':
		case 'bookmarks-open':
		case 'resume': {
			return readingReduce(leaveSidebar(state), action, now);
		}
	}
}

/** Over the text (a terminal too narrow for it beside the text): the sidebar in place of the text; beside it, nothing here. */
function overText(current: InMode<'works'>): SidebarView | undefined {
	const view = sidebarViewOf(withRefs(current), bodyRows(current));
	return view.beside ? undefined : view;
}

function view(state: InMode<'works'>, _colorDepth: ColorDepth): readonly Row[] | undefined {
	const over = overText(state);
	return over && sidebarView(over);
}

/** A click on a work over the text chooses it, or goes to it; beside the sidebar, a click on the text gives the focus back to it. */
function click(state: InMode<'works'>, line: number): ReaderState {
	const over = overText(state);
	if (!over) return leaveSidebar(state);
	const work = workAt(over, line);
	return work === undefined ? state : clickWork(state, work);
}

export const works: ModeSpec<'works', 'read'> = {
	keys: 'read',
	hints: state =>
		state.refs?.works.length === 0
			? [
					['s', 'hide'],
					['Tab', 'back'],
				]
			: [
					['j/k', 'choose'],
					['Enter', 'go there, again: next'],
					['n/N', 'mentions'],
					['Tab', 'back'],
				],
	reduce,
	view,
	typed: () => undefined,
	wheel: (state, direction) => (overText(state) ? wheelWorks(state, direction) : wheelText(state, direction)),
	click,
};
