/** The library's one reducer: what happens to it whatever it shows (the terminal, indexing); the keys' and the mouse's actions to where they go. Pure. */
import type {Refreshed} from '../../library/indexer.js';
import {isPointerAction} from '../reader-state.js';
import {key} from './library-keys.js';
import {pointed} from './library-pointer.js';
import {rechosen, resizedLibrary, worksKept, type Archive, type LibraryAction, type LibraryState} from './library-state.js';
import {foundWorks} from './works-mode.js';

/** What indexing did, when it read anything: a line for the footer. */
function indexedNotice({read, removed}: Refreshed): string | undefined {
	if (read === 0 && removed === 0) return undefined;
	return `index up to date: ${read} read, ${removed} gone`;
}

/**
 * The library after an action. `archive` answers the search; `helpLength` is how many rows the
 * help has (the key map's, which this module does not import).
 */
export function libraryReducer(state: LibraryState, action: LibraryAction, archive: Archive, helpLength = 0): LibraryState {
	switch (action.type) {
		case 'resize': {
			return resizedLibrary(state, action);
		}

		case 'episodes': {
			return rechosen({...state, episodes: action.episodes});
		}

		case 'indexing': {
			return {...state, indexing: action.progress};
		}

		case 'indexed': {
			return rechosen({...state, episodes: action.episodes, indexing: undefined, notice: state.notice ?? indexedNotice(action.refreshed)});
		}

		case 'notice': {
			return {...state, notice: action.notice};
		}

		case 'index-failed': {
			return {...state, indexing: undefined, notice: `indexing stopped: ${action.message}`};
		}

		case 'works':
		case 'finding-works':
		case 'works-failed': {
			const next = worksKept({...state, works: foundWorks(state.works, action)});
			return action.type === 'works-failed' ? {...next, notice: `finding works stopped: ${action.message}`} : next;
		}

		case 'exit':
		case 'suspend':
		case 'redraw': {
			return {...state, leaving: {kind: action.type}};
		}

		default: {
			if (!isPointerAction(action)) return key(state, action, archive, helpLength);
			return pointed(state.notice === undefined ? state : {...state, notice: undefined}, action, archive, helpLength);
		}
	}
}
