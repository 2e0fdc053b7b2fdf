import {describe, expect, it} from 'vitest';
import {paragraphAt} from '../../source/core/model.js';
import {msToNextSecond} from '../../source/core/playback.js';
import {liveParagraph, placeOf, playerPosition, spokenLine} from '../../source/ui/player-state.js';
import type {Action, ReaderState} from '../../source/ui/reader-state.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {readerReducer} from '../../source/ui/state.js';
import {bodyRows} from '../../source/ui/viewport.js';
import {loadSeed, parseText} from '../helpers/transcripts.js';

const seed = await loadSeed();
const start = createReaderState(seed, 80, 24);
/** Where p first plays from at the top: the first words, 11 s in. */
const first = placeOf(start).seconds;

function run(state: ReaderState, ...actions: Action[]): ReaderState {
	return actions.reduce(readerReducer, state);
}

const at =
	(now: number) =>
	<T extends Action>(action: T): T => ({...action, now});
const play = (now: number): Action => at(now)({type: 'play'});
const tick = (now: number): Action => ({type: 'tick', now});
const down = (now: number): Action => at(now)({type: 'move', by: 'page', direction: 1});
const goToTime = (text: string): Action[] => [{type: 'time-open'}, {type: 'line-type', text}, {type: 'line-accept'}];

/** Whether the line spoken is where the view keeps it: in its upper third. */
function inUpperThird(state: ReaderState): boolean {
	const line = spokenLine(state, playerPosition(state.player!))!;
	return line >= state.top && line < state.top + Math.floor(bodyRows(state) / 3);
}

describe('playing by the clock', () => {
	it('p plays from where the reader is, and the paragraph spoken is the live one', () => {
		const reading = run(start, {type: 'move', by: 'page', direction: 1});
		const playing = run(reading, play(0));
		expect(playing.player).toMatchObject({following: true, playback: {playing: true, rate: 1, at: placeOf(reading).seconds}});
		expect(playing.top).toBe(reading.top);
		expect(liveParagraph(playing)).toBe(paragraphAt(seed, placeOf(reading).seconds)!.id);
	});

	it('keeps the line spoken in the upper third of the view as time passes', () => {
		let state = run(start, play(0));
		const tops = new Set<number>();
		for (let second = 1; second <= 600; second++) {
			state = run(state, tick(second * 1000));
			expect(inUpperThird(state)).toBe(true);
			tops.add(state.top);
		}

		expect(playerPosition(state.player!)).toBe(first + 600);
		// It moves in steps, not on every tick.
		expect(tops.size).toBeGreaterThan(10);
		expect(tops.size).toBeLessThan(200);
	});

	it('does not pull the reader back after they scroll away; . returns to the words spoken', () => {
		const playing = run(start, play(0), tick(60_000));
		const away = run(playing, down(61_000), down(61_000));
		expect(away.player!.following).toBe(false);
		const later = run(away, tick(300_000));
		expect(later.top).toBe(away.top);
		expect(playerPosition(later.player!)).toBe(first + 300);
		const back = run(later, at(300_000)({type: 'follow'}));
		expect(back.player!.following).toBe(true);
		expect(inUpperThird(back)).toBe(true);
	});

	it('a pause and p again bring the view back to the words spoken', () => {
		const away = run(start, play(0), tick(100_000), at(100_000)({type: 'play'}), down(100_500), down(100_500));
		expect(away.player!.following).toBe(false);
		const again = run(away, play(120_000));
		expect(again.player).toMatchObject({following: true, playback: {playing: true, at: first + 100}});
		expect(inUpperThird(again)).toBe(true);
	});

	it('← and → seek 10 s back and 30 s on, and the view follows', () => {
		const playing = run(start, play(0), tick(100_000));
		const sought = run(
			playing,
			at(100_000)({type: 'seek-by', seconds: 30}),
			at(100_000)({type: 'seek-by', seconds: 30}),
			at(100_000)({type: 'seek-by', seconds: -10}),
		);
		expect(playerPosition(sought.player!)).toBe(first + 150);
		expect(sought.player!.seeks).toBe(playing.player!.seeks + 3);
		expect(inUpperThird(sought)).toBe(true);
		expect(playerPosition(run(start, at(0)({type: 'seek-by', seconds: -10})).player!)).toBe(first - 10);
		expect(playerPosition(run(start, at(0)({type: 'seek-by', seconds: -10}), at(0)({type: 'seek-by', seconds: -10})).player!)).toBe(0);
	});

	it('Enter plays from the paragraph the reader is on: a time gone to, or the top of the view', () => {
		const gone = run(start, ...goToTime('35:00'));
		const sought = run(gone, at(5000)({type: 'enter'}));
		expect(playerPosition(sought.player!)).toBe(35 * 60);
		expect(sought.player!.playback.playing).toBe(true);
		// Playing already: the player moves, and plays on.
		const again = run(sought, ...goToTime('50:00'), at(6000)({type: 'enter'}));
		expect(again.player!.playback).toMatchObject({playing: true, at: 50 * 60});
		expect(again.player!.commands).toBe(sought.player!.commands);
	});

	it('< and > change the speed, and the clock runs at it', () => {
		const fast = run(start, play(0), at(0)({type: 'rate', direction: 1}), at(0)({type: 'rate', direction: 1}), tick(10_000));
		expect(fast.player!.playback.rate).toBe(1.5);
		expect(playerPosition(fast.player!)).toBe(first + 15);
	});

	it('stops at the end; p there plays from the start, and the audio is told to seek there', () => {
		const end = seed.duration;
		const state = run(start, play(0), tick((end + 60) * 1000));
		expect(state.player!.playback).toMatchObject({playing: false, at: end});
		expect(state.top).toBeGreaterThan(0);
		const again = run(state, play((end + 70) * 1000));
		expect(again.player!.playback).toMatchObject({playing: true, at: 0});
		expect(again.player!.seeks).toBe(state.player!.seeks + 1);
		// A pause is no seek.
		expect(run(again, play((end + 75) * 1000)).player!.seeks).toBe(again.player!.seeks);
	});

	it('with audio longer than the transcript, plays on at the end without waking every millisecond', () => {
		const heard = run(start, play(0), {type: 'audio', report: {type: 'position', seconds: seed.duration - 1, playing: true, rate: 1}, now: 0});
		const past = run(heard, tick(5000));
		expect(past.player!.playback.playing).toBe(true);
		expect(playerPosition(past.player!)).toBe(seed.duration);
		expect(msToNextSecond(past.player!.playback, 5000)).toBeUndefined();
		// Once the audio has failed, the clock says where the end is again.
		const failed = run(past, {type: 'audio', report: {type: 'failed', message: 'mpv stopped (SIGKILL); playing by the clock'}, now: 6000}, tick(7000));
		expect(failed.player!.playback.playing).toBe(false);
	});

	it('a search given up while playing goes back to the words spoken, not to where the search began', () => {
		const playing = run(start, play(0));
		const searching = run(playing, at(0)({type: 'search-open'}), {type: 'line-type', text: 'dimension'}, tick(120_000));
		const back = run(searching, at(120_000)({type: 'line-cancel'}));
		expect(back.player!.following).toBe(true);
		expect(inUpperThird(back)).toBe(true);
		expect(back.top).toBeGreaterThan(0);
	});

	it('follows the audio’s reports, and plays by the clock when the audio fails', () => {
		const playing = run(start, play(0));
		const moved = run(playing, {type: 'audio', report: {type: 'position', seconds: 1200, playing: true, rate: 2}, now: 1000});
		expect(playerPosition({...moved.player!, now: 2000})).toBe(1202);
		expect(inUpperThird(moved)).toBe(true);
		const failed = run(moved, {type: 'audio', report: {type: 'failed', message: 'mpv not found: playing by the clock'}, now: 1500});
		expect(failed.notice).toBe('mpv not found: playing by the clock');
		expect(failed.player!.playback.playing).toBe(true);
	});

	it('a move from the audio or the clock is not the reader scrolling away', () => {
		const state = run(start, play(0), {type: 'audio', report: {type: 'position', seconds: 2000, playing: true, rate: 1}, now: 10});
		expect(state.player!.following).toBe(true);
		expect(run(state, {type: 'resize', columns: 100, rows: 30}).player!.following).toBe(true);
	});

	it('says there is nothing to play along with when the transcript has no times', async () => {
		const untimed = createReaderState(await parseText('ADA: One.\nBOB: Two.\nADA: Three.\n'), 80, 24);
		for (const action of [play(0), at(0)({type: 'seek-by', seconds: 30}), at(0)({type: 'rate', direction: 1}), at(0)({type: 'enter'})] as Action[]) {
			const state = run(untimed, action);
			expect(state.player).toBeUndefined();
			expect(state.notice).toBe('no times here: nothing to play along with');
		}
	});
});
