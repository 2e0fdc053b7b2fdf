/*
 * The stream Ink draws on. Ink's first frame lands on a screen that already shows something (the
 * first paint, or a screen being drawn anew): Ink writes each line from the top left and leaves
 * what is right of a shorter line. Erasing each line just before Ink writes it (in the same write,
 * inside Ink's synchronized update) leaves exactly Ink's frame, with nothing to see where the two
 * agree. Later frames are Ink's own diffs of its own frames.
 */
const ERASE_LINE = '\u001B[2K';
const ERASE_BELOW = '\u001B[J';

/** The first frame written: every line erased before it is drawn, and below it when it ends with a line feed. */
export function eraseUnder(frame: string): string {
	const lines = ERASE_LINE + frame.replaceAll('\n', `\n${ERASE_LINE}`);
	return frame.endsWith('\n') ? lines + ERASE_BELOW : lines;
}

/** `stdout` for Ink: its first frame (its first write holding a line feed) replaces whatever is on screen. */
export function inkStdout(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
	let drawn = false;
	const write = (chunk: unknown, ...rest: unknown[]) => {
		const first = !drawn && typeof chunk === 'string' && chunk.includes('\n');
		if (first) drawn = true;
		return (stdout.write as (...args: unknown[]) => boolean)(first ? eraseUnder(chunk) : chunk, ...rest);
	};

	return new Proxy(stdout, {
		get(target, property) {
			if (property === 'write') return write;
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}
