/**
 * Following one speaker: `(`/`)` go from one of their turns to the next, and the speaker filter
 * (`S`) picks one out, the others' turns dimmed. Pure.
 */
import {turnAt, type Layout} from '../core/layout.js';
import type {ReaderState} from './reader-state.js';
import {repeat, scrollTo} from './viewport.js';

const speakerOfTurn = (layout: Layout, turn: number): number | undefined => layout.lines[layout.turnStart[turn]!]?.speaker;

/**
 * The turn the view is in: the one its top line is in, whose name the first row shows (a sticky
 * name over a turn's last line is the turn in view, not the one below it); a gap belongs to the turn after it.
 */
function turnInView(state: ReaderState): number {
	const line = state.layout.lines[state.top]?.kind === 'gap' ? state.top + 1 : state.top;
	return Math.max(0, turnAt(state.layout, line));
}

/** The speaker `(`/`)` follow: the one picked out, else the speaker of the turn in view. */
function followedSpeaker(state: ReaderState): number | undefined {
	return state.speakerFilter ?? speakerOfTurn(state.layout, turnInView(state));
}

/** The name line of each of `speaker`'s turns. */
function turnsOf(layout: Layout, speaker: number): number[] {
	return layout.turnStart.filter((_, turn) => speakerOfTurn(layout, turn) === speaker);
}

/**
 * `)`: the speaker's next turn after the one in view; `(`: the start of theirs the view is inside,
 * else their turn before (as `{` does for any turn); a count of times, as far as there are turns.
 */
export function stepSpeaker(state: ReaderState, direction: 1 | -1): ReaderState {
	const speaker = followedSpeaker(state);
	if (speaker === undefined) return {...state, count: '', notice: 'no speakers named here'};
	const theirs = turnsOf(state.layout, speaker);
	const from = direction > 0 ? state.layout.turnStart[turnInView(state)]! : state.top;
	let target = from;
	for (let step = 0; step < repeat(state); step++) {
		const next = direction > 0 ? theirs.find(line => line > target) : theirs.findLast(line => line < target);
		if (next === undefined) break;
		target = next;
	}

	const {name} = state.transcript.speakers[speaker]!;
	if (target === from) return {...state, count: '', notice: `no ${direction > 0 ? 'later' : 'earlier'} turn of ${name}`};
	return scrollTo(state, target);
}

/** How many turns each speaker has. */
export function turnCounts(state: ReaderState): number[] {
	const counts = state.transcript.speakers.map(() => 0);
	for (const turn of state.transcript.turns) if (turn.speaker !== undefined) counts[turn.speaker]!++;
	return counts;
}

/** Whether a line of `speaker`'s is dimmed: another speaker is picked out. */
export const dimmedSpeaker = (only: number | undefined, speaker: number | undefined): boolean => only !== undefined && speaker !== only;
