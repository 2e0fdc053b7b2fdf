import {afterEach} from 'vitest';
import type {PtyTerminal} from './pty-terminal.js';

/** For a test file: each terminal given to the function returned is killed once its test is over, passed or failed. */
export function killedAfterEach(): (term: PtyTerminal) => PtyTerminal {
	const open: PtyTerminal[] = [];
	afterEach(() => {
		for (const term of open.splice(0)) term.kill();
	});
	return term => {
		open.push(term);
		return term;
	};
}
