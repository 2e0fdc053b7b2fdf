import {describe, expect, it} from 'vitest';
import {formatRate, msToNextSecond, pausedAt, positionAt, RATES, seekTo, setPlaying, stepRate, syncedTo, ended} from '../../source/core/playback.js';

const paused = pausedAt(100, 600, 0);
const playing = setPlaying(paused, true, 1000);

describe('the play clock', () => {
	it('stands still while paused and runs with the wall clock while playing', () => {
		expect(positionAt(paused, 50_000)).toBe(100);
		expect(positionAt(playing, 1000)).toBe(100);
		expect(positionAt(playing, 3500)).toBe(102.5);
	});

	it('keeps its position when paused, and runs on from it when played again', () => {
		const again = setPlaying(setPlaying(playing, false, 11_000), true, 60_000);
		expect(positionAt(again, 60_000)).toBe(110);
		expect(positionAt(again, 61_000)).toBe(111);
	});

	it('runs faster or slower with the rate, from where it is when the rate changes', () => {
		const faster = stepRate(stepRate(playing, 1, 3000), 1, 3000);
		expect(faster.rate).toBe(1.5);
		expect(positionAt(faster, 5000)).toBe(105);
	});

	it('steps through the rates from 0.5x to 3x and no further', () => {
		let playback = paused;
		const up = [];
		for (let step = 0; step < RATES.length + 1; step++) {
			playback = stepRate(playback, 1, 0);
			up.push(playback.rate);
		}

		expect(up).toEqual([1.25, 1.5, 1.75, 2, 2.5, 3, 3, 3, 3, 3]);
		expect(stepRate(stepRate(stepRate(paused, -1, 0), -1, 0), -1, 0).rate).toBe(0.5);
		// A rate between steps (set from the audio) steps to the nearest one that way.
		expect(stepRate({...paused, rate: 1.1}, 1, 0).rate).toBe(1.25);
		expect(stepRate({...paused, rate: 1.1}, -1, 0).rate).toBe(1);
	});

	it('seeks within the episode', () => {
		expect(positionAt(seekTo(playing, -5, 2000), 2000)).toBe(0);
		expect(positionAt(seekTo(playing, 9999, 2000), 2000)).toBe(600);
		expect(positionAt(seekTo(playing, 300, 2000), 4000)).toBe(302);
	});

	it('stops at the end, and plays from the start when played there', () => {
		const nearEnd = seekTo(playing, 599, 0);
		expect(ended(nearEnd, 500)).toBe(false);
		expect(ended(nearEnd, 1000)).toBe(true);
		expect(positionAt(nearEnd, 9000)).toBe(600);
		const atEnd = pausedAt(600, 600, 0);
		expect(positionAt(setPlaying(atEnd, true, 0), 1000)).toBe(1);
	});

	it('takes the audio’s word for where it is', () => {
		const synced = syncedTo(playing, 250, true, 2, 7000);
		expect(positionAt(synced, 8000)).toBe(252);
	});

	it('asks to be woken at the next whole second of the episode, and never while paused', () => {
		expect(msToNextSecond(paused, 0)).toBeUndefined();
		expect(msToNextSecond(playing, 1000)).toBe(1000);
		expect(msToNextSecond(playing, 1250)).toBe(750);
		expect(msToNextSecond(stepRate(playing, 1, 1000), 1000)).toBe(800);
		expect(msToNextSecond(stepRate(stepRate(stepRate(playing, -1, 1000), -1, 1000), -1, 1000), 1000)).toBe(2000);
	});

	it('shows rates as 1x, 1.25x, 0.5x', () => {
		expect(RATES.map(rate => formatRate(rate))).toEqual(['0.5x', '0.75x', '1x', '1.25x', '1.5x', '1.75x', '2x', '2.5x', '3x']);
	});
});
