/** The reader's saved state for a transcript (bookmarks, where they stopped), from the user's state folder. */
import {contentKey} from './core/bookmarks.js';
import type {Transcript} from './core/model.js';
import {openEpisodeStore, stateDirectory} from './state/store.js';
import type {Keep} from './ui/app.js';

/** Nearer the start than this, there is nothing to go back to. */
const RESUME_FROM_SECONDS = 60;

const warningOf = (warnings: readonly string[]) => (warnings.length === 0 ? undefined : warnings.join('; '));

/** `at`: where the reader asked to start; then where they stopped last time is not offered. */
export function openKeep(transcript: Transcript, at: number | undefined): Keep {
	const store = openEpisodeStore(stateDirectory(), contentKey(transcript), transcript.title);
	const {state, warnings} = store.read();
	const stopped = state.position?.seconds;
	const offered = at === undefined && stopped !== undefined && stopped >= RESUME_FROM_SECONDS && stopped < transcript.duration;
	return {
		kept: {bookmarks: state.bookmarks.filter(bookmark => bookmark.paragraph < transcript.paragraphs.length), resumeAt: offered ? stopped : undefined, warning: warningOf(warnings)},
		save(change) {
			const saved = store.update(change);
			return {state: saved.state, warning: warningOf(saved.warnings)};
		},
	};
}
