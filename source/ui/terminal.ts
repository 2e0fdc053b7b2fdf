/*
 * The full-screen session's terminal modes. Parley enters the alternate screen itself, not with
 * Ink's option: it draws the first screen there before Ink has loaded, and keeps it while Ink is
 * mounted anew (Ctrl-L, after Ctrl-Z). It must leave it, show the cursor and stop bracketed paste
 * and the mouse's reports on every way out: q, Ctrl-C, Ctrl-Z, signals, crashes.
 */
const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
/** Ink turns bracketed paste on while the reader takes pastes whole; a crash or a signal may not let it turn it off. */
const STOP_BRACKETED_PASTE = '\u001B[?2004l';
const CLEAR_AND_HOME = '\u001B[2J\u001B[H';
/** The mouse's presses, releases and wheel reported (1000), as SGR extended reports (1006: any column, unambiguous). Not drags (1002): nothing is dragged. */
const REPORT_MOUSE = '\u001B[?1000h\u001B[?1006h';
const STOP_MOUSE = '\u001B[?1000l\u001B[?1006l';

export type FullScreen = {
	/** Back to the user's screen with the cursor shown. Idempotent: safe from every exit path. */
	leave(): void;
	/** Into the alternate screen again, cleared, after a `leave`. */
	enter(): void;
	/** Blank the screen, for drawing it again from scratch. */
	clear(): void;
};

/** With `mouse`, the terminal reports the mouse while Parley has the screen (with Shift, most terminals still select text). */
export function enterFullScreen(stdout: NodeJS.WriteStream, mouse: boolean): FullScreen {
	let active = false;
	// The mouse is reported only while the alternate screen is there: asked for after it, stopped before it is left.
	const [reportMouse, stopMouse] = mouse ? [REPORT_MOUSE, STOP_MOUSE] : ['', ''];
	const screen: FullScreen = {
		enter() {
			if (active) return;
			active = true;
			stdout.write(ENTER_ALTERNATE_SCREEN + CLEAR_AND_HOME + reportMouse);
		},
		leave() {
			if (!active) return;
			active = false;
			stdout.write(stopMouse + STOP_BRACKETED_PASTE + LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
		},
		clear() {
			stdout.write(CLEAR_AND_HOME);
		},
	};
	screen.enter();
	process.once('exit', screen.leave);
	return screen;
}
