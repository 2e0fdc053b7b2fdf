/** The works a transcript mentions, found by the rules (mentions/), corrected by what is given beside it. */
import {findReferences} from './mentions/index.js';
import type {References} from './mentions/work.js';
import type {Transcript} from './model.js';
import type {GivenRefs} from './work-groups.js';

/**
 * The works the transcript mentions, corrected by the references file; its entries that cannot be
 * used are warnings that name it. (~100 ms for an hour the first time: keep it off the start-up path.)
 */
export function referencesFor(transcript: Transcript, given?: GivenRefs): References {
	const refs = findReferences(transcript, given?.entries, given?.notes?.links);
	return given === undefined || refs.warnings.length === 0 ? refs : {...refs, warnings: refs.warnings.map(warning => `refs file ${given.name}: ${warning}`)};
}
