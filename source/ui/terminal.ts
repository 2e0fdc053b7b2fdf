/*
 * The full-screen session's terminal modes. Ink 6 has no alternate screen, so Parley enters it
 * itself, and must leave it (and show the cursor) on every way out: q, Ctrl-C, signals, crashes.
 */
const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';
const ERASE_SCROLLBACK = '\u001B[3J';

export type TerminalSession = {
	/** Idempotent: safe to call from every exit path. */
	restore(): void;
};

export function enterFullScreen(stdout: NodeJS.WriteStream): TerminalSession {
	let active = true;
	stdout.write(ENTER_ALTERNATE_SCREEN);
	const restore = () => {
		if (!active) return;
		active = false;
		stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
	};

	process.once('exit', restore);
	return {restore};
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
