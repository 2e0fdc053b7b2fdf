/** The episode's audio through mpv, started at the reader's first play and kept until Parley exits. */
import type {AudioLink, AudioPlayer, AudioReport} from './audio-player.js';
import {startMpv} from './mpv.js';

export type MpvLink = AudioLink & {
	/** Stops mpv and waits for it (quitting). */
	close(): Promise<void>;
	/** Stops mpv at once (signals, crashes). */
	kill(): void;
};

export function mpvLink(file: string): MpvLink {
	let player: AudioPlayer | undefined;
	let listener: (report: AudioReport) => void = () => undefined;
	return {
		start(seconds, onReport) {
			listener = onReport;
			player ??= startMpv({file, startAt: seconds, onReport: report => listener(report)});
			return player;
		},
		close: async () => player?.close(),
		kill: () => player?.kill(),
	};
}
