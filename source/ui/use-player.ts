/** The player's clock and the audio, kept in step with the reader's state. */
import {useEffect, useRef, type Dispatch} from 'react';
import {msToNextSecond, positionAt} from '../core/playback.js';
import type {AudioLink, AudioPlayer} from '../player/audio-player.js';
import type {PlayerState} from './reader-state.js';
import type {Action} from './reader-state.js';

/** While playing, a tick at each new second of the episode, and none while paused: idle costs nothing. */
export function usePlayerClock(player: PlayerState | undefined, dispatch: Dispatch<Action>) {
	useEffect(() => {
		if (!player) return undefined;
		const wait = msToNextSecond(player.playback, Date.now());
		if (wait === undefined) return undefined;
		const timer = setTimeout(() => dispatch({type: 'tick', now: Date.now()}), wait);
		return () => clearTimeout(timer);
	}, [player, dispatch]);
}

type Sent = Pick<PlayerState, 'seeks' | 'commands'>;

/** What each audio was last told, kept with it: the reader is mounted anew on a resize or Ctrl-L, the audio plays on. */
const sentTo = new WeakMap<AudioLink, Sent>();

/** Tell the audio what the reader did (play, pause, speed, seek), not what it reported itself; its reports come back as actions. */
export function useAudio(player: PlayerState | undefined, audio: AudioLink | undefined, dispatch: Dispatch<Action>) {
	const started = useRef<AudioPlayer>(undefined);
	useEffect(() => {
		if (!player || !audio) return;
		const now = Date.now();
		started.current ??= audio.start(positionAt(player.playback, now), report => dispatch({type: 'audio', report, now: Date.now()}));
		const {playing, rate} = player.playback;
		const last = sentTo.get(audio);
		if (last?.seeks !== player.seeks) started.current.seek(positionAt(player.playback, now));
		if (last?.commands !== player.commands) {
			started.current.setRate(rate);
			if (playing) started.current.play();
			else started.current.pause();
		}

		sentTo.set(audio, {seeks: player.seeks, commands: player.commands});
	}, [player, audio, dispatch]);
}
