/*
 * The full-screen session's terminal modes. Ink 6 has no alternate screen, so Parley enters it
 * itself, and must leave it (and show the cursor) on every way out: q, Ctrl-C, signals, crashes.
 */
const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
const ERASE_SCROLLBACK = '\u001B[3J';
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
			stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
		},
		clear() {
			stdout.write(CLEAR_AND_HOME);
		},
	};
	screen.enter();
	process.once('exit', screen.leave);
	return screen;
}

/*
 * When a frame is as tall as the terminal (for a moment while it shrinks), Ink clears the whole
 * terminal, scrollback included. Parley draws in the alternate screen; the user's scrollback in
 * the main screen is theirs, so that part of the sequence is dropped.
 */
export function keepScrollback(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
	const write = (chunk: unknown, ...rest: unknown[]) =>
		(stdout.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' ? chunk.replaceAll(ERASE_SCROLLBACK, '') : chunk, ...rest);
	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'write') return write;
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}
