/*
 * The stream Ink reads keys from: the keyboard, with the mouse's reports taken out of each chunk
 * as Ink reads it (mouse.ts) and handed to whoever listens. Ink 8 has no mouse: it drops a whole
 * report it reads, but one split between two reads more than 20 ms apart (over a slow link) would
 * reach the keys as `[<0;12;5M` typed, after an Esc. Here no report reaches Ink, split or not:
 * the start of one is held back until the rest comes; an ESC (or ESC [) at the end of a chunk, a
 * key as likely as a report's start, is held a moment, then let go (Esc costs that moment more),
 * and the rest of a report coming after it is still taken. See docs/ink.md.
 */
import {takeMouse, type MouseEvent} from './mouse.js';

/** How long an ESC at the end of a chunk waits for the rest of a report (Ink waits 20 ms more for the rest of a key). */
const ESCAPE_WAIT_MS = 25;

/** Listens to the mouse until the function returned is called. */
export type MouseEvents = (listener: (event: MouseEvent) => void) => () => void;

export type InkStdin = {readonly stdin: NodeJS.ReadStream; readonly mouse: MouseEvents};

export function inkStdin(keyboard: NodeJS.ReadStream): InkStdin {
	const listeners = new Set<(event: MouseEvent) => void>();
	let held = '';
	/** An ESC let go, to go to Ink at its next read; and, for the chunk after it, what it was. */
	let overdue = '';
	let released = '';
	let wait: NodeJS.Timeout | undefined;

	const letGo = () => {
		overdue = held;
		released = held;
		held = '';
		// Ink reads on `readable` until `read` gives null.
		keyboard.emit('readable');
	};

	// Ink reads in a loop until `read` gives null (a chunk that was all mouse gives it ''), and has
	// set the encoding: chunks are strings. The events go out before Ink reads the keys around them.
	const read = (): unknown => {
		if (overdue !== '') {
			const keys = overdue;
			overdue = '';
			return keys;
		}

		const chunk: unknown = keyboard.read();
		if (typeof chunk !== 'string') return chunk;
		clearTimeout(wait);
		const taken = takeMouse(held + chunk, released);
		held = taken.held;
		released = '';
		if (taken.ambiguous) wait = setTimeout(letGo, ESCAPE_WAIT_MS);
		for (const event of taken.events) for (const listener of listeners) listener(event);
		return taken.keys;
	};

	const stdin = new Proxy(keyboard, {
		get(target, property) {
			if (property === 'read') return read;
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
	const mouse: MouseEvents = listener => {
		listeners.add(listener);
		return () => listeners.delete(listener);
	};

	return {stdin, mouse};
}
