import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {emptyEpisodeState, type EpisodeState, type StateChange} from '../../source/core/bookmarks.js';
import type {AudioLink, AudioReport} from '../../source/player/audio-player.js';
import type {Keep} from '../../source/state/keep.js';
import type {Kept} from '../../source/state/keep.js';
import {renderApp} from '../helpers/render-app.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = await loadSeed();
const linesOf = (frame: string) => frame.split('\n').map(line => line.trimEnd());
const footer = (frame: string) => linesOf(frame).at(-1)!;

afterEach(() => {
	cleanup();
});

/** An audio player that records what it is told, and reports what a test makes it report. */
function fakeAudio() {
	const calls: string[] = [];
	let report: (report: AudioReport) => void = () => undefined;
	const link: AudioLink = {
		start(seconds, onReport) {
			calls.push(`start ${Math.round(seconds)}`);
			report = onReport;
			return {
				play: () => calls.push('play'),
				pause: () => calls.push('pause'),
				seek: to => calls.push(`seek ${Math.round(to)}`),
				setRate: rate => calls.push(`rate ${rate}`),
				close: async () => undefined,
				kill: () => calls.push('kill'),
			};
		},
	};
	return {link, calls, report: (sent: AudioReport) => report(sent)};
}

/** A store in memory. */
function fakeKeep(kept: Kept = {bookmarks: [], resumeAt: undefined}) {
	let saved: EpisodeState = {...emptyEpisodeState(seed.title), bookmarks: kept.bookmarks};
	const keep: Keep = {
		kept,
		save(change: StateChange) {
			saved = change(saved);
			return {state: saved, warning: undefined};
		},
		remember() {},
	};
	return {keep, saved: () => saved};
}

describe('the player in the reader', () => {
	it('p plays: the footer shows it playing, the clock, the speed; p again pauses', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('p');
		// Without audio, the first time, the footer says what plays (until the next key).
		expect(footer(app.frame())).toMatch(/^no audio: playing by the clock \(--audio FILE plays it\) +\? help$/);
		await app.press('>>');
		expect(footer(app.frame())).toMatch(/^▶ 00:00:1\d 1\.5x ━*●[─┼]+ +\? help$/);
		await app.press('p');
		expect(footer(app.frame())).toMatch(/^‖ 00:00:1\d 1\.5x /);
		await app.press('p');
		expect(footer(app.frame())).toMatch(/^▶ 00:00:1\d 1\.5x /);
	});

	it('with audio, p says nothing of the clock', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24, audio: fakeAudio().link});
		await app.press('p');
		expect(footer(app.frame())).toMatch(/^▶ 00:00:11 1x ━*●[─┼]+ +\? help$/);
	});

	it('draws the paragraph played with a heavy bar', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('p');
		const lines = linesOf(app.frame());
		expect(lines[1]).toBe('00:00:11 │ Jon Krohn');
		expect(lines[2]).toMatch(/^ {9}┃ Welcome to the Super Data Science Podcast/);
		const heavy = lines.flatMap((line, row) => (line.includes('┃') ? [row] : []));
		// The first paragraph's lines, and no others.
		expect(heavy).toEqual(Array.from({length: heavy.length}, (_, index) => index + 2));
		expect(lines[heavy.at(-1)! + 1]).toMatch(/│ *$/);
	});

	it('tells the audio what the reader does, and follows where the audio says it is', async () => {
		const audio = fakeAudio();
		const app = await renderApp(seed, {columns: 80, rows: 24, audio: audio.link});
		await app.press('p');
		expect(audio.calls).toEqual(['start 11', 'seek 11', 'rate 1', 'play']);
		await app.press('\u001B[C');
		expect(audio.calls.at(-1)).toMatch(/^seek 4\d$/);
		await app.press('<');
		expect(audio.calls.slice(-2)).toEqual(['rate 0.75', 'play']);
		audio.report({type: 'position', seconds: 35 * 60, playing: true, rate: 0.75});
		await app.waitFor(frame => footer(frame).startsWith('▶ 00:35:0'), 'the position the audio reported');
		expect(linesOf(app.frame())[0]).toMatch(/00:3[45]:\d\d/);
		// What the audio reports of itself (paused from elsewhere, as mpv starts) is not echoed back to it.
		const told = audio.calls.length;
		audio.report({type: 'position', seconds: 35 * 60 + 5, playing: false, rate: 1});
		await app.waitFor(frame => footer(frame).startsWith('‖ 00:35:05 1x'), 'the pause the audio reported');
		expect(audio.calls).toHaveLength(told);
		await app.press('p');
		expect(audio.calls.slice(told)).toEqual(['rate 1', 'play']);
		audio.report({type: 'failed', message: 'mpv stopped: playing by the clock'});
		await app.waitFor(frame => footer(frame).startsWith('mpv stopped: playing by the clock'), 'the failure');
	});

	it('scrolling away while playing says following is paused, and . returns', async () => {
		const app = await renderApp(seed, {columns: 80, rows: 24});
		await app.press('p');
		await app.press(' ');
		await app.press(' ');
		expect(footer(app.frame())).toMatch(/^▶ 00:00:1\d 1x following paused — \. to return +\? help$/);
		await app.press('.');
		expect(linesOf(app.frame())[1]).toMatch(/Jon Krohn|^ +│?$/);
		expect(footer(app.frame())).toMatch(/━*●/);
	});

	it('y puts a quote on the clipboard and says so', async () => {
		const copied: string[] = [];
		const app = await renderApp(seed, {columns: 80, rows: 24, copy: text => copied.push(text)});
		await app.press('y');
		expect(copied).toEqual([expect.stringMatching(/^“Welcome to the Super Data Science Podcast.*” — Jon Krohn, .* \(00:00:11\)$/)]);
		expect(footer(app.frame())).toMatch(/^copied: “Welcome/);
	});

	it("m saves a bookmark with its note; ' lists it; x deletes it from the store", async () => {
		const store = fakeKeep();
		const app = await renderApp(seed, {columns: 80, rows: 24, keep: store.keep});
		await app.press(':');
		await app.press('22:36\r');
		await app.press('m');
		expect(footer(app.frame())).toMatch(/^note: /);
		await app.press('LoRA\r');
		expect(store.saved().bookmarks).toEqual([expect.objectContaining({note: 'LoRA', seconds: 22 * 60 + 36})]);
		await app.press("'");
		const list = linesOf(app.frame());
		expect(list[1]).toMatch(/^1 bookmark: Enter go there, x delete/);
		expect(list[2]).toMatch(/^ {2}00:22:36 {2}LoRA — /);
		await app.press('x');
		expect(store.saved().bookmarks).toEqual([]);
	});

	it('offers to go back to where the reader stopped, and saves where they are on the way out', async () => {
		const store = fakeKeep({bookmarks: [], resumeAt: 35 * 60});
		const app = await renderApp(seed, {columns: 80, rows: 24, keep: store.keep});
		expect(footer(app.frame())).toMatch(/^you stopped at 00:35:00 last time: r goes back there/);
		await app.press('r');
		expect(linesOf(app.frame()).some(line => line.startsWith('00:35:00 ▶'))).toBe(true);
		app.unmount();
		expect(store.saved().position?.seconds).toBeGreaterThan(34 * 60);
	});
});

describe('what is kept across mounts and sessions', () => {
	it('a reader mounted anew (resize, Ctrl-L) does not seek the audio again', async () => {
		const audio = fakeAudio();
		const first = await renderApp(seed, {columns: 80, rows: 24, audio: audio.link});
		await first.press('p');
		first.unmount();
		const told = audio.calls.length;
		const second = await renderApp(seed, {columns: 80, rows: 24, audio: audio.link});
		await second.press('p');
		// The new reader starts its own player (in the real app it resumes the old state), and tells the audio only what it did.
		expect(audio.calls.slice(told).filter(call => call.startsWith('seek'))).toEqual([]);
	});

	it('opening a transcript and closing it again keeps where the reader stopped before', async () => {
		const store = fakeKeep({bookmarks: [], resumeAt: 35 * 60});
		const app = await renderApp(seed, {columns: 80, rows: 24, keep: store.keep});
		app.unmount();
		expect(store.saved().position).toBeUndefined();
		const gone = await renderApp(seed, {columns: 80, rows: 24, keep: store.keep, at: 20 * 60});
		gone.unmount();
		expect(store.saved().position).toBeUndefined();
	});
});
