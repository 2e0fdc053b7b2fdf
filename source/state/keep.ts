/** The reader's saved state for a transcript (bookmarks, where they stopped), from the user's state folder. */
import {contentKey, type Bookmark, type EpisodeState, type StateChange} from '../core/bookmarks.js';
import type {Transcript} from '../core/model.js';
import {openSearchHistory} from './history.js';
import {openEpisodeStore, stateDirectory} from './store.js';

/** What the reader keeps from earlier sessions: this transcript's bookmarks and where they stopped, and the searches made in any. */
export type Kept = {
	readonly bookmarks: readonly Bookmark[];
	readonly resumeAt: number | undefined;
	readonly warning?: string | undefined;
	readonly history?: readonly string[];
};

/** The reader's saved state for a transcript: what was kept, and how to save a change (it returns the state saved, and any warning). */
export type Keep = {
	readonly kept: Kept;
	save(change: StateChange): {readonly state: EpisodeState; readonly warning: string | undefined};
	/** Keep searches made, with those kept before. */
	remember(queries: readonly string[]): void;
};

/** Nearer the start than this, there is nothing to go back to. */
const RESUME_FROM_SECONDS = 60;

const warningOf = (warnings: readonly string[]) => (warnings.length === 0 ? undefined : warnings.join('; '));

/** The bookmarks of paragraphs this transcript has (a state file can be edited by hand). */
function inRange(state: EpisodeState, transcript: Transcript): EpisodeState {
	return {...state, bookmarks: state.bookmarks.filter(bookmark => bookmark.paragraph < transcript.paragraphs.length)};
}

/** `at`: where the reader asked to start; then where they stopped last time is not offered. */
export function openKeep(transcript: Transcript, at: number | undefined): Keep {
	const store = openEpisodeStore(stateDirectory(), contentKey(transcript), transcript.title);
	const history = openSearchHistory(stateDirectory());
	const read = store.read();
	const state = inRange(read.state, transcript);
	const stopped = state.position?.seconds;
	const offered = at === undefined && stopped !== undefined && stopped >= RESUME_FROM_SECONDS && stopped < transcript.duration;
	return {
		kept: {bookmarks: state.bookmarks, resumeAt: offered ? stopped : undefined, warning: warningOf(read.warnings), history: history.queries},
		save(change) {
			const saved = store.update(change);
			return {state: inRange(saved.state, transcript), warning: warningOf(saved.warnings)};
		},
		remember: queries => history.remember(queries),
	};
}
