/** The player in the reader: play, speed, seek, and the view following the words spoken. Pure. */
import {paragraphAt} from '../core/model.js';
import {ended, pausedAt, positionAt, seekTo, setPlaying, stepRate, syncedTo} from '../core/playback.js';
import type {AudioReport} from '../player/audio-player.js';
import {lineForTime} from './chapter-state.js';
import type {Place, PlayerState, ReaderState} from './reader-state.js';
import {bodyRows, firstShown, scrollTo} from './viewport.js';

export const SEEK_BACK_SECONDS = 10;
export const SEEK_ON_SECONDS = 30;

export function playerPosition(player: PlayerState): number {
	return positionAt(player.playback, player.now);
}

/** The paragraph being spoken, once the player has started. */
export function liveParagraph(state: ReaderState): number | undefined {
	return state.player && paragraphAt(state.transcript, playerPosition(state.player))?.id;
}

function placeAtLine(state: ReaderState, line: number): Place {
	const shown = state.layout.lines[line]!;
	return {paragraph: shown.paragraph, offset: shown.offset, seconds: shown.time};
}

/** Whether display line `line` is on screen. */
function inView(state: ReaderState, line: number): boolean {
	return line >= state.top && line < state.top + bodyRows(state);
}

/**
 * What the reader is on: the search match shown; else the moment gone to; else, while the view
 * follows the player, the words spoken; else the first line the view shows.
 */
export function placeOf(state: ReaderState): Place {
	const {found, marked, player} = state;
	const match = found?.shown ? found.hits[found.current] : undefined;
	const paragraphOf = (id: number) => state.transcript.paragraphs[id]!;
	if (match && inView(state, state.layout.textStart[match.paragraph]!)) {
		return {paragraph: match.paragraph, offset: match.start, seconds: paragraphOf(match.paragraph).start};
	}

	if (marked?.top === state.top) return {paragraph: marked.paragraph, offset: marked.offset, seconds: marked.seconds};
	if (player?.following) {
		const seconds = playerPosition(player);
		const paragraph = paragraphAt(state.transcript, seconds);
		if (paragraph) return {paragraph: paragraph.id, offset: 0, seconds};
	}

	// The gap and the speaker's name above a paragraph belong to it.
	const first = firstShown(state);
	const top = state.layout.lines[first]?.kind === 'text' ? first : state.layout.textStart[state.layout.lines[first]?.paragraph ?? 0]!;
	return placeAtLine(state, top ?? 0);
}

/**
 * The line being spoken at `seconds`: in its paragraph, the last line begun by then (times inside a
 * paragraph are spread over its lines); the speaker's name for the first line of a turn.
 */
export function spokenLine(state: ReaderState, seconds: number): number | undefined {
	const paragraph = paragraphAt(state.transcript, seconds);
	if (!paragraph) return undefined;
	const {lines, textStart, blockStart} = state.layout;
	let line = textStart[paragraph.id]!;
	while (line + 1 < blockStart[paragraph.id + 1]! && lines[line + 1]!.kind === 'text' && lines[line + 1]!.time <= seconds) line++;
	return line === textStart[paragraph.id] ? lineForTime(state, paragraph.start) : line;
}

/** The view keeps the line spoken in its upper third: when it leaves it, the view moves it to the top, a line below the one before. */
export function follow(state: ReaderState): ReaderState {
	const {player} = state;
	if (!player?.following) return state;
	const line = spokenLine(state, playerPosition(player));
	if (line === undefined) return state;
	const third = Math.max(1, Math.floor(bodyRows(state) / 3));
	if (line >= state.top && line < state.top + third) return state;
	const followed = scrollTo(state, line - 1);
	return {...followed, marked: undefined, chapterFocus: undefined};
}

function withPlayer(state: ReaderState, player: PlayerState): ReaderState {
	return follow({...state, player});
}

/** A paused player where the reader is, the first time one is needed. */
function playerFor(state: ReaderState, now: number): PlayerState {
	return state.player
		? {...state.player, now}
		: {playback: pausedAt(placeOf(state).seconds, state.transcript.duration, now), following: true, seeks: 1, commands: 1, heard: false, now};
}

/** Without times there is nothing to play along with. */
function timedOnly(state: ReaderState, change: () => ReaderState): ReaderState {
	return state.transcript.timed ? change() : {...state, notice: 'no times here: nothing to play along with'};
}

/** The first time the clock plays without audio: what it is, and how to hear the episode. */
function clockNotice(state: ReaderState): ReaderState {
	const {withoutAudio} = state;
	if (!withoutAudio || withoutAudio.told) return state;
	const how = withoutAudio.beside === undefined ? '--audio FILE plays it' : `put ${withoutAudio.beside} beside it, or --audio FILE`;
	return {...state, withoutAudio: {...withoutAudio, told: true}, notice: `no audio: playing by the clock (${how})`};
}

export function togglePlay(state: ReaderState, now: number): ReaderState {
	return timedOnly(state, () => {
		const player = playerFor(state, now);
		const playing = !player.playback.playing;
		const playback = setPlaying(player.playback, playing, now);
		// Played at the end, it starts again from the beginning: a seek, for the audio.
		const seeks = player.seeks + (playing && player.playback.at >= player.playback.duration ? 1 : 0);
		// Playing again brings the view back to the words spoken.
		const played = withPlayer(state, {...player, playback, seeks, following: playing || player.following, commands: player.commands + 1});
		return playing ? clockNotice(played) : played;
	});
}

function seekPlayer(state: ReaderState, seconds: (player: PlayerState) => number, now: number): ReaderState {
	return timedOnly(state, () => {
		const player = playerFor(state, now);
		return withPlayer(state, {...player, playback: seekTo(player.playback, seconds(player), now), seeks: player.seeks + 1, following: true});
	});
}

/** Left/Right: back or on from the position played (or from where the reader is, before the first play). */
export function seekBy(state: ReaderState, seconds: number, now: number): ReaderState {
	return seekPlayer(state, player => positionAt(player.playback, now) + seconds, now);
}

/** Enter: play from what the reader is on. */
export function seekHere(state: ReaderState, now: number): ReaderState {
	const {seconds} = placeOf(state);
	const sought = seekPlayer(state, () => seconds, now);
	const {player} = sought;
	if (!player || player.playback.playing) return sought;
	return {...sought, player: {...player, playback: setPlaying(player.playback, true, now), commands: player.commands + 1}};
}

export function changeRate(state: ReaderState, direction: 1 | -1, now: number): ReaderState {
	return timedOnly(state, () => {
		const player = playerFor(state, now);
		return {...state, player: {...player, playback: stepRate(player.playback, direction, now), commands: player.commands + 1}};
	});
}

/** `.`: back to the words spoken. */
export function resumeFollowing(state: ReaderState, now: number): ReaderState {
	return state.player ? withPlayer(state, {...state.player, now, following: true}) : state;
}

/** Time passing: the clock moves on, stops at the end (the audio's end, when there is audio), and the view follows. */
export function tick(state: ReaderState, now: number): ReaderState {
	if (!state.player) return state;
	const {playback} = state.player;
	const stopped = ended(playback, now) && !state.player.heard ? {...playback, playing: false, at: playback.duration, since: now} : playback;
	return withPlayer(state, {...state.player, playback: stopped, now});
}

/** The audio's word on where it is (it can be moved from outside Parley), or that it cannot play. */
export function audioReport(state: ReaderState, report: AudioReport, now: number): ReaderState {
	// Failed, the audio no longer says when the episode ends: the clock does.
	if (report.type === 'failed') return {...state, notice: report.message, player: state.player && {...state.player, heard: false}};
	if (!state.player) return state;
	const playback = syncedTo(state.player.playback, report.seconds, report.playing, report.rate, now);
	return withPlayer(state, {...state.player, playback, now, heard: true});
}

/** The reader moved the view (not by playing or seeking): it stops following the words spoken until `.`. */
export function stopFollowing(before: ReaderState, after: ReaderState): ReaderState {
	const {player} = after;
	return player?.following && player === before.player && after.top !== before.top ? {...after, player: {...player, following: false}} : after;
}

/** Ctrl-Z: the audio would play on while Parley is stopped. */
export function pauseToSuspend(state: ReaderState, now: number): ReaderState {
	const {player} = state;
	if (!player?.playback.playing) return state;
	return {...state, player: {...player, playback: setPlaying(player.playback, false, now), commands: player.commands + 1, now}};
}
