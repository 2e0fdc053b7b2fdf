/** What the reader needs of a player of the episode's audio (mpv, or a fake one in tests). */

/** What the audio reports: Parley follows it, as it follows its own clock without audio. */
export type AudioReport =
	/** Playing (or paused) at `seconds`, at `rate`, as of now: sent on start, on every change of pause, speed or position from outside, and after a seek. */
	| {readonly type: 'position'; readonly seconds: number; readonly playing: boolean; readonly rate: number}
	/** The audio cannot be played (no mpv, an unplayable file, mpv gone): one line for the footer; Parley plays by its clock. */
	| {readonly type: 'failed'; readonly message: string};

export type AudioPlayer = {
	play(): void;
	pause(): void;
	seek(seconds: number): void;
	setRate(rate: number): void;
	/** Stops the audio and the player's process, and removes its socket. */
	close(): Promise<void>;
	/** For process exit handlers: kills the player's process at once, synchronously. */
	kill(): void;
};

/** The episode's audio as the reader sees it: started at the first play, then the same player, whoever listens now. */
export type AudioLink = {
	/** The player (started at `seconds` the first time); its reports go to `onReport` from now on. */
	start(seconds: number, onReport: (report: AudioReport) => void): AudioPlayer;
};
