import {describe, expect, it} from 'vitest';
import {buildTranscript} from '../../source/core/model.js';
import {actionsFor} from '../helpers/keys.js';
import type {Action, ReaderState} from '../../source/ui/reader-state.js';
import type {Row} from '../../source/ui/rows.js';
import {modeOf} from '../../source/ui/modes/index.js';
import {screenOf} from '../../source/ui/screen.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {parseText} from '../helpers/transcripts.js';

const said = (speaker: string, start: number, text = `${speaker} says something at ${start}.`) => ({speaker, start, stamped: true, text});
/** Ann, Bo, Ann, Cy, Ann, Bo: each turn two lines (a name and a line of text) after a gap; then Dee at length, so that the view can go to each. */
const talk = buildTranscript('Talk', [
	said('Ann', 0),
	said('Bo', 10),
	said('Ann', 20),
	said('Cy', 30),
	said('Ann', 40),
	said('Bo', 50),
	said('Dee', 60, 'And so on. '.repeat(80)),
]);
const reading = createReaderState(talk, 80, 8);
const run = (state: ReaderState, ...actions: Action[]) => actions.reduce(readerReducer, state);
const next: Action = {type: 'speaker', direction: 1};
const previous: Action = {type: 'speaker', direction: -1};
const digit = (value: string): Action => ({type: 'digit', digit: value});
const down: Action = {type: 'move', by: 'line', direction: 1};
/** Each turn's name line. */
const turn = (index: number) => reading.layout.turnStart[index]!;
const speakerAtTop = (state: ReaderState) => state.layout.lines[state.top]!.text;
const text = (row: Row) =>
	row
		.map(segment => segment.text)
		.join('')
		.trimEnd();

describe('( and ): the turns of one speaker', () => {
	it('are bound, and take a count', () => {
		expect(actionsFor(')')).toEqual([next]);
		expect(actionsFor('(')).toEqual([previous]);
		expect(actionsFor('2)')).toEqual([digit('2'), next]);
	});

	it(') goes to the next turn of the speaker in view, passing the others’', () => {
		const once = run(reading, next);
		expect(once.top).toBe(turn(2));
		expect(speakerAtTop(once)).toBe('Ann');
		expect(run(once, next).top).toBe(turn(4));
		expect(run(reading, digit('2'), next).top).toBe(turn(4));
		// From Bo's first turn, Bo's next.
		expect(run({...reading, top: turn(1)}, next).top).toBe(turn(5));
	});

	it('takes the speaker whose name the first row shows: the sticky name over the rest of a turn, or the turn after a gap', () => {
		const inside = run({...reading, top: turn(1)}, down);
		expect(inside.top).toBe(turn(1) + 1);
		expect(run(inside, next).top).toBe(turn(5));
		// The gap before Ann's second turn is hers.
		expect(run({...reading, top: turn(2) - 1}, next).top).toBe(turn(4));
	});

	it('( goes back to the start of their turn the view is inside, then to their turn before', () => {
		const inside = {...reading, top: turn(4) + 1};
		expect(run(inside, previous).top).toBe(turn(4));
		expect(run(inside, previous, previous).top).toBe(turn(2));
		expect(run(inside, digit('3'), previous).top).toBe(turn(0));
	});

	it('says so when the speaker has no turn further that way, and stays', () => {
		const last = {...reading, top: turn(3)};
		const stayed = run(last, next);
		expect(stayed.top).toBe(turn(3));
		expect(stayed.notice).toBe('no later turn of Cy');
		expect(run(reading, previous).notice).toBe('no earlier turn of Ann');
	});

	it('follow the speaker picked out, wherever the view is', () => {
		const boOnly = {...reading, speakerFilter: 1};
		expect(run(boOnly, next).top).toBe(turn(1));
		expect(run(boOnly, next, next).top).toBe(turn(5));
		expect(run({...reading, top: turn(4), speakerFilter: 2}, previous).top).toBe(turn(3));
	});

	it('need speakers', async () => {
		const unnamed = createReaderState(await parseText('A talk\n00:00:05\tWelcome.\n00:00:20\tAnd more.'), 80, 8);
		expect(run(unnamed, next).notice).toBe('no speakers named here');
		expect(run(unnamed, {type: 'speakers-open'}).mode.kind).toBe('reading');
	});
});

describe('S: the speaker filter', () => {
	const open: Action = {type: 'speakers-open'};
	const choose = (steps: number): Action[] => [
		open,
		...Array.from({length: steps}, (): Action => ({type: 'line-select', direction: 1})),
		{type: 'line-accept'},
	];
	const body = (state: ReaderState) => screenOf(state, 0, modeOf(state)).main.rows.slice(1, -1);

	it('is bound to S, and lists all speakers, then each with their turns', () => {
		expect(actionsFor('S')).toEqual([open]);
		const listed = run(reading, open);
		expect(listed.mode).toEqual({kind: 'speakers', choice: 0});
		expect(
			body(listed)
				.slice(0, 5)
				.map(row => text(row)),
		).toEqual(['4 speakers: pick one out, the others’ turns dimmed', '▶ all speakers', '  Ann  3 turns', '  Bo  2 turns', '  Cy  1 turn']);
	});

	it('dims the turns of the speakers not picked out, in place, and names the one picked out in the footer', () => {
		const bo = run(reading, ...choose(2));
		expect(bo.speakerFilter).toBe(1);
		expect(bo.mode.kind).toBe('reading');
		expect(bo.top).toBe(reading.top);
		const rows = body(bo);
		expect(rows.map(row => text(row))).toEqual(body(reading).map(row => text(row)));
		const dimmed = (row: Row) => row.length > 0 && row.every(segment => segment.dim === true);
		expect(rows.map(row => (text(row).includes('Bo') || text(row) === '' ? 'Bo or gap' : dimmed(row)))).toEqual([
			true,
			true,
			'Bo or gap',
			'Bo or gap',
			'Bo or gap',
		]);
		expect(rows.filter(row => text(row).includes('Bo says')).map(row => row.at(-1)!.dim)).toEqual([undefined]);
		expect(text(screenOf(bo, 0, modeOf(bo)).main.rows.at(-1)!)).toMatch(/ only Bo +\? help$/);
		expect(text(screenOf(reading, 0, modeOf(reading)).main.rows.at(-1)!)).not.toContain('only');
	});

	it('opens on the speaker picked out; all speakers clears it, and Esc leaves it as it was', () => {
		const bo = run(reading, ...choose(2));
		expect(run(bo, open).mode).toEqual({kind: 'speakers', choice: 2});
		expect(run(bo, open, {type: 'line-cancel'}).speakerFilter).toBe(1);
		expect(run(bo, open, {type: 'edge', to: 'start'}, {type: 'line-accept'}).speakerFilter).toBeUndefined();
	});
});
