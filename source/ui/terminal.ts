/*
 * The full-screen session's terminal modes. Parley enters the alternate screen itself, not with
 * Ink's option: it draws the first screen there before Ink has loaded, and keeps it while Ink is
 * mounted anew (Ctrl-L, after Ctrl-Z). It must leave it, show the cursor and stop bracketed paste
 * on every way out: q, Ctrl-C, signals, crashes.
 */
const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
/** Ink turns bracketed paste on while the reader takes pastes whole; a crash or a signal may not let it turn it off. */
const STOP_BRACKETED_PASTE = '\u001B[?2004l';
const CLEAR_AND_HOME = '\u001B[2J\u001B[H';

export type FullScreen = {
	/** Back to the user's screen with the cursor shown. Idempotent: safe from every exit path. */
	leave(): void;
	/** Into the alternate screen again, cleared, after a `leave`. */
	enter(): void;
	/** Blank the screen, for drawing it again from scratch. */
	clear(): void;
};

export function enterFullScreen(stdout: NodeJS.WriteStream): FullScreen {
	let active = false;
	const screen: FullScreen = {
		enter() {
			if (active) return;
			active = true;
			stdout.write(ENTER_ALTERNATE_SCREEN + CLEAR_AND_HOME);
		},
		leave() {
			if (!active) return;
			active = false;
			stdout.write(STOP_BRACKETED_PASTE + LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
		},
		clear() {
			stdout.write(CLEAR_AND_HOME);
		},
	};
	screen.enter();
	process.once('exit', screen.leave);
	return screen;
}
