/*
 * Any keys, in any mode, with any modifier flags: the key map gives valid actions; and those
 * actions, with the player's, the audio's and the app's own, never break the reader's state.
 */
import type {Key} from 'ink';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {bookmarkFor, type Bookmark} from '../../source/core/bookmarks.js';
import {chaptersFor} from '../../source/core/chapters/derive.js';
import {referencesFor} from '../../source/core/references.js';
import {readKeys} from '../../source/ui/keymap.js';
import {actionsFor} from '../helpers/keys.js';
import {modeOf} from '../../source/ui/modes/index.js';
import {playerPosition} from '../../source/ui/player-state.js';
import type {Action, KeyMode, ReaderState} from '../../source/ui/reader-state.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {maxTop} from '../../source/ui/viewport.js';
import {ATTACKS, expectSafe, expectTime, hostileString, UNSAFE} from '../helpers/hostile.js';
import {NO_KEY} from '../helpers/keys.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = await loadSeed();
const chapters = chaptersFor(seed);
const refs = referencesFor(seed);

const FLAGS = [
	'upArrow',
	'downArrow',
	'leftArrow',
	'rightArrow',
	'pageUp',
	'pageDown',
	'home',
	'end',
	'return',
	'escape',
	'ctrl',
	'meta',
	'shift',
	'tab',
	'backspace',
	'delete',
] as const;
const key: fc.Arbitrary<Key> = fc.subarray([...FLAGS], {maxLength: 3}).map(flags => ({...NO_KEY, ...Object.fromEntries(flags.map(flag => [flag, true]))}));

const KEYS = [..."jkefbduGgnN{}[]c:t/sypm<>.r?hqQx'0123456789 \r\t\u007F\b\u001B", '\u0003', '\u001A', '\u000C', 'ж', '🎙️', ...ATTACKS];
const input = fc.oneof(
	{weight: 4, arbitrary: fc.constantFrom(...KEYS, '')},
	{weight: 3, arbitrary: fc.array(fc.constantFrom(...KEYS), {maxLength: 12}).map(keys => keys.join(''))},
	{weight: 2, arbitrary: hostileString(40)},
	// A paste, or keys piled up over a slow link: one chunk of thousands of keys.
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom("'", 'c', 'cx', "'j", 'x', ' ', 'j', '/x', 'the cat '), fc.integer({min: 1, max: 20_000}))
			.map(([keys, times]) => keys.repeat(times)),
	},
);
const mode = fc.constantFrom<KeyMode>('read', 'line', 'list');

const DIRECTIONS = [1, -1];

const OTHERS = new Set([
	'enter',
	'help',
	'cancel',
	'quit',
	'exit',
	'suspend',
	'redraw',
	'search-open',
	'line-edit',
	'line-accept',
	'line-cancel',
	'chapters-open',
	'speakers-open',
	'time-open',
	'sidebar',
	'focus',
	'play',
	'follow',
	'copy',
	'bookmark',
	'bookmarks-open',
	'list-delete',
	'resume',
]);

/** Whether every field of an action the key map makes is one the reducer knows, and typed text is safe to show. */
function isValid(action: Action): boolean {
	switch (action.type) {
		case 'move': {
			return ['line', 'half', 'page', 'turn'].includes(action.by) && DIRECTIONS.includes(action.direction);
		}

		case 'line-type': {
			return action.text !== '' && !UNSAFE.test(action.text);
		}

		case 'digit': {
			return /^\d$/.test(action.digit);
		}

		case 'edge': {
			return action.to === 'start' || action.to === 'end';
		}

		case 'seek-by': {
			return Number.isFinite(action.seconds);
		}

		case 'match':
		case 'chapter':
		case 'speaker':
		case 'rate':
		case 'line-select': {
			return DIRECTIONS.includes(action.direction);
		}

		default: {
			return OTHERS.has(action.type);
		}
	}
}

describe('the key map', () => {
	it('gives valid actions for any input, modifier flags and mode', () => {
		fc.assert(
			fc.property(input, key, mode, (typed, flags, current) => {
				const actions = actionsFor(typed, flags, current);
				expect(Array.isArray(actions)).toBe(true);
				expect(actions.find(action => !isValid(action))).toBeUndefined();
			}),
			{numRuns: 300},
		);
	});
});

// The reader's state under those actions, and everything else that reaches the reducer.

const within = (index: number, length: number) => Number.isInteger(index) && index >= 0 && index <= Math.max(0, length - 1);

function checkMode(state: ReaderState) {
	const {mode} = state;
	if (mode.kind === 'chapters') expect(within(mode.choice, state.chapters!.list.length)).toBe(true);
	if (mode.kind === 'bookmarks') expect(within(mode.choice, state.bookmarks.length)).toBe(true);
	if (mode.kind === 'speakers') expect(within(mode.choice, state.transcript.speakers.length + 1)).toBe(true);
	if (mode.kind === 'search') expect(within(mode.line.selected, mode.line.hits.length)).toBe(true);
	if (mode.kind === 'help') expect(mode.top).toBeGreaterThanOrEqual(0);
	if ('line' in mode) expect(mode.line.cursor >= 0 && mode.line.cursor <= [...mode.line.text].length).toBe(true);
	if (state.found) expect(within(state.found.current, state.found.hits.length)).toBe(true);
	expectSafe('line' in mode ? mode.line.text : undefined, state.notice, state.clipboard?.text, ...state.history);
}

function checkState(state: ReaderState) {
	expect(Number.isInteger(state.top) && state.top >= 0 && state.top <= maxTop(state), `top ${state.top} of ${maxTop(state)}`).toBe(true);
	expect(state.count).toMatch(/^\d{0,6}$/);
	checkMode(state);
	if (state.player) {
		expectTime(playerPosition(state.player), seed.duration);
		expect(Number.isFinite(state.player.playback.rate) && state.player.playback.rate > 0).toBe(true);
	}

	if (state.marked) expectTime(state.marked.seconds, seed.duration);
	expect(within(state.sidebar.selected, refs.works.length)).toBe(true);
}

const savedBookmark = fc
	.tuple(
		fc.nat({max: seed.paragraphs.length - 1}),
		fc.double({min: 0, max: seed.duration, noNaN: true}),
		hostileString(20),
		fc.integer({min: 0, max: 500}),
		fc.double({min: 0, max: 1e7, noNaN: true}),
	)
	.map(
		([paragraph, seconds, note, stored, storedSeconds]): Bookmark => ({
			...bookmarkFor(seed, paragraph, seconds, note, new Date(0)),
			paragraph: stored,
			seconds: storedSeconds,
		}),
	);

/** What else reaches the reducer: resizes, the clock, the audio, the app's own results, another Parley's saves. */
const event: fc.Arbitrary<Action> = fc.oneof(
	fc.record({type: fc.constant('resize' as const), columns: fc.integer({min: 1, max: 250}), rows: fc.integer({min: 1, max: 80})}),
	fc.constant<Action>({type: 'tick'}),
	fc.constant<Action>({type: 'redraw'}),
	fc.constant<Action>({type: 'chapters-ready', chapters}),
	fc.constant<Action>({type: 'refs-ready', refs}),
	fc.record({
		type: fc.constant('audio' as const),
		report: fc.oneof(
			fc.record({
				type: fc.constant('position' as const),
				seconds: fc.double({min: 0, max: 1e6, noNaN: true}),
				playing: fc.boolean(),
				rate: fc.double({min: 0.01, max: 100, noNaN: true}),
			}),
			fc.constant({type: 'failed' as const, message: 'mpv: cannot play ep.mp3'}),
		),
	}),
	fc.record({
		type: fc.constant('bookmarks-saved' as const),
		bookmarks: fc.array(savedBookmark, {maxLength: 4}).map(list => list.sort((a, b) => a.seconds - b.seconds)),
		warning: fc.option(fc.constant('cannot save bookmarks: disk full'), {nil: undefined}),
	}),
);

/** Some wall-clock time later (or earlier: clocks are set back). */
const later = fc.oneof(fc.integer({min: 0, max: 2000}), fc.integer({min: -5000, max: 3_600_000}));
const step = fc.tuple(
	fc.oneof(
		{
			weight: 3,
			arbitrary: fc
				.tuple(
					input.filter(typed => typed.length < 200),
					key,
				)
				.map(([typed, flags]) => ({typed, flags})),
		},
		{weight: 1, arbitrary: event},
	),
	later,
);

const start = fc.record({
	columns: fc.integer({min: 30, max: 200}),
	rows: fc.integer({min: 6, max: 60}),
	at: fc.option(fc.double({min: 0, max: seed.duration, noNaN: true}), {nil: undefined}),
	bookmarks: fc.array(
		savedBookmark.map(bookmark => ({
			...bookmark,
			paragraph: Math.min(bookmark.paragraph, seed.paragraphs.length - 1),
			seconds: Math.min(bookmark.seconds, seed.duration),
		})),
		{maxLength: 3},
	),
	resumeAt: fc.option(fc.double({min: 0, max: seed.duration, noNaN: true}), {nil: undefined}),
});

/** Steps the reader as the app does: each key's actions in turn, the key mode following them, all at the step's time. */
function play(initial: ReaderState, steps: ReadonlyArray<readonly [{typed: string; flags: Key} | Action, number]>) {
	let state = initial;
	let now = 1_700_000_000_000;
	for (const [happening, elapsed] of steps) {
		now += elapsed;
		const act = (action: Action) => {
			state = readerReducer(state, {...action, now});
			checkState(state);
		};

		// Each key read for the mode the reader is in by then, as the app reads them.
		if ('typed' in happening) readKeys(happening.typed, happening.flags, {mode: () => modeOf(state).keys, act});
		else act(happening);

		if (state.leaving === 'quit') return;
		// Suspended or redrawn, the app is mounted again with the state it left.
		state = {...state, leaving: undefined};
	}
}

describe('readerReducer, under any keys and events', () => {
	it('keeps the view, the overlays and the player consistent', () => {
		fc.assert(
			fc.property(start, fc.array(step, {maxLength: 25}), ({columns, rows, at, bookmarks, resumeAt}, steps) => {
				const initial = createReaderState(seed, columns, rows, at, undefined, undefined, {
					bookmarks: [...bookmarks].sort((a, b) => a.seconds - b.seconds),
					resumeAt,
				});
				checkState(initial);
				play(initial, steps);
			}),
			{numRuns: 150},
		);
	});
});

describe('keys found by these properties', () => {
	// Each key opening and closing a list read the rest of the chunk again, one call deeper: a stack overflow.
	it.each(["'", 'c', 'cx'])('reads a chunk of 20,000 %s keys, each in turn, for the mode it leaves the reader in', keys => {
		let state = createReaderState(seed, 80, 24, undefined, chapters);
		const actions: Action[] = [];
		readKeys(keys.repeat(20_000 / keys.length), NO_KEY, {
			mode: () => modeOf(state).keys,
			act: action => {
				actions.push(action);
				state = readerReducer(state, action);
			},
		});
		expect(actions).toHaveLength(20_000);
		expect(actions.slice(0, 2).map(action => action.type)).toEqual([
			keys === "'" ? 'bookmarks-open' : 'chapters-open',
			keys === 'cx' ? 'list-delete' : 'line-cancel',
		]);
	});

	it('types no bidi override into a line (a paste may hold them), and keeps joiners', () => {
		expect(actionsFor('/a\u202Eb\u2066c\u200Dd\u200F', NO_KEY)).toEqual([{type: 'search-open'}, {type: 'line-type', text: 'abc\u200Dd'}]);
	});
});
