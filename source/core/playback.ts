/**
 * The play clock: where playback is at any moment, from where it was last set and how fast it
 * runs. Pure: every change takes the wall-clock time (`now`, in ms) it happens at.
 */

export type Playback = {
	readonly playing: boolean;
	readonly rate: number;
	/** Seconds into the episode at wall-clock time `since`. */
	readonly at: number;
	readonly since: number;
	readonly duration: number;
};

/** The speeds `<` and `>` step through. */
export const RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;

function clamp(playback: Playback, seconds: number): number {
	return Math.max(0, Math.min(playback.duration, seconds));
}

export function positionAt(playback: Playback, now: number): number {
	if (!playback.playing) return playback.at;
	return clamp(playback, playback.at + ((now - playback.since) / 1000) * playback.rate);
}

/** A paused clock at `seconds`. */
export function pausedAt(seconds: number, duration: number, now: number): Playback {
	const playback = {playing: false, rate: 1, at: 0, since: now, duration};
	return {...playback, at: clamp(playback, seconds)};
}

/** From now on: the same position, playing or not, at a rate. */
function rebased(playback: Playback, now: number, change: Partial<Pick<Playback, 'playing' | 'rate'>>): Playback {
	return {...playback, ...change, at: positionAt(playback, now), since: now};
}

export function setPlaying(playback: Playback, playing: boolean, now: number): Playback {
	// Played at the end: from the start again.
	if (playing && !playback.playing && playback.at >= playback.duration) return {...playback, playing, at: 0, since: now};
	return rebased(playback, now, {playing});
}

export function seekTo(playback: Playback, seconds: number, now: number): Playback {
	return {...playback, at: clamp(playback, seconds), since: now};
}

/** The next speed up or down from the current one (a speed between steps goes to the nearest step that way). */
export function stepRate(playback: Playback, direction: 1 | -1, now: number): Playback {
	const rate = direction > 0 ? (RATES.find(step => step > playback.rate) ?? RATES.at(-1)!) : (RATES.findLast(step => step < playback.rate) ?? RATES[0]);
	return rebased(playback, now, {rate});
}

/** Set as the audio reports it: where it is now, whether it plays, how fast. */
export function syncedTo(playback: Playback, seconds: number, playing: boolean, rate: number, now: number): Playback {
	return {...playback, playing, rate, at: clamp(playback, seconds), since: now};
}

/** Played to the end by now: stopped there. */
export function ended(playback: Playback, now: number): boolean {
	return playback.playing && positionAt(playback, now) >= playback.duration;
}

/**
 * Milliseconds from `now` until the next whole second of the episode, when something on screen
 * may change (the clock, the paragraph spoken); undefined while paused or at the end. Playing redraws at most
 * once a second of the episode, never at a frame rate.
 */
export function msToNextSecond(playback: Playback, now: number): number | undefined {
	const position = positionAt(playback, now);
	// At the end nothing changes any more (audio longer than the transcript plays on there).
	if (!playback.playing || position >= playback.duration) return undefined;
	const next = Math.min(playback.duration, Math.floor(position) + 1);
	return Math.max(1, Math.ceil(((next - position) * 1000) / playback.rate));
}

/** `1x`, `1.25x`, `0.5x`. */
export function formatRate(rate: number): string {
	return `${Number(rate.toFixed(2))}x`;
}
