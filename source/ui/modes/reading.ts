/** Reading: the keys of less and vim move the view; others open the other modes, play, bookmark. */
import {EMPTY_LINE} from '../edit-line.js';
import {copyQuote, resumeReading} from '../keep-state.js';
import {changeRate, placeOf, resumeFollowing, seekBy, seekHere, togglePlay} from '../player-state.js';
import type {InMode, ReadAction, ReaderState} from '../reader-state.js';
import {stepMatch} from '../search-state.js';
import {stepSpeaker} from '../speaker-state.js';
import {maxTop, move, scrollTo, scrollToShow, wheelText} from '../viewport.js';
import {enterWalks, stepWalk, switchFocus, toggleSidebar} from '../works-state.js';
import {openBookmarkList} from './bookmarks.js';
import {openChapterList, stepChapter} from './chapters.js';
import {noClick, readingLook, type ModeSpec} from './mode.js';
import {openSearch} from './search.js';
import {openSpeakerList} from './speakers.js';

/** Esc: cancel a count; else put away the highlight of the last search (n/N bring it back), of the work gone to, and the time marked. */
function cancel(state: ReaderState): ReaderState {
	if (state.count !== '') return {...state, count: ''};
	// Nothing left to cancel in an episode opened from the library: back to it.
	if (state.within !== undefined && !state.marked && !state.found?.shown && !state.walk?.shown) return {...state, leaving: 'quit'};
	return {...state, marked: undefined, found: state.found && {...state.found, shown: false}, walk: state.walk && {...state.walk, shown: false}};
}

/** g/G, or with a count, that line (`42g`). */
function edge(state: ReaderState, to: 'start' | 'end'): ReaderState {
	if (state.count !== '') return scrollToShow(state, Number(state.count) - 1);
	return scrollTo(state, to === 'start' ? 0 : maxTop(state));
}

/** What the reading keys do; the works sidebar's keys, once it has given the focus back, are these too. */
export function readingReduce(state: ReaderState, action: ReadAction, now: number): ReaderState {
	switch (action.type) {
		case 'move': {
			return move(state, action.by, action.direction);
		}

		case 'enter': {
			// While a work's mentions are walked and the view is where the last step put it, Enter steps on like n.
			return enterWalks(state) ? stepWalk(state, 1) : seekHere(state, now);
		}

		case 'edge': {
			return edge(state, action.to);
		}

		case 'digit': {
			return {...state, count: (state.count + action.digit).slice(-6)};
		}

		case 'help': {
			return {...state, mode: {kind: 'help', top: 0, back: state.mode.kind === 'works' ? 'works' : 'reading'}, count: ''};
		}

		case 'cancel': {
			return cancel(state);
		}

		case 'quit': {
			return {...state, leaving: 'quit'};
		}

		case 'search-open': {
			return openSearch(state);
		}

		case 'match': {
			// The mentions of the work last gone to, or the matches of the last search: whichever came last.
			return state.walk ? stepWalk(state, action.direction) : stepMatch(state, action.direction);
		}

		case 'chapter': {
			return stepChapter(state, action.direction);
		}

		case 'speaker': {
			return stepSpeaker(state, action.direction);
		}

		case 'speakers-open': {
			return openSpeakerList(state);
		}

		case 'chapters-open': {
			return openChapterList(state);
		}

		case 'time-open': {
			return {...state, mode: {kind: 'time', line: EMPTY_LINE}, count: ''};
		}

		case 'sidebar': {
			return toggleSidebar(state);
		}

		case 'focus': {
			return switchFocus(state);
		}

		case 'play': {
			return togglePlay(state, now);
		}

		case 'rate': {
			return changeRate(state, action.direction, now);
		}

		case 'seek-by': {
			return seekBy(state, action.seconds, now);
		}

		case 'follow': {
			return resumeFollowing(state, now);
		}

		case 'copy': {
			return copyQuote(state);
		}

		case 'bookmark': {
			return {...state, mode: {kind: 'note', line: {text: '', cursor: 0, place: placeOf(state)}}, count: ''};
		}

		case 'bookmarks-open': {
			return openBookmarkList(state);
		}

		case 'resume': {
			return resumeReading(state);
		}
	}
}

export const reading: ModeSpec<'reading', 'read'> = {
	...readingLook,
	keys: 'read',
	reduce: (state: InMode<'reading'>, action, now) => readingReduce(state, action, now),
	wheel: wheelText,
	click: noClick,
};
