import {afterEach, describe, expect, it} from 'vitest';
import {KEYS, PtyTerminal} from './pty-terminal.js';

let term: PtyTerminal | undefined;
afterEach(() => term?.kill());

describe('parley in a terminal', () => {
	it('shows the bundled episode, scrolls to the end, quits and restores the terminal', async () => {
		term = new PtyTerminal({columns: 80, rows: 24});
		const first = await term.waitFor('? help');
		expect(first).toContain('This is episode number 797');
		expect(first).toContain('Jon Krohn');
		expect(term.isAlternateScreen()).toBe(true);
		term.press('G');
		const last = await term.waitFor('(END)');
		expect(last).toContain('very soon.');
		expect(last).toContain('01:09:29');
		term.press('q');
		expect((await term.exited).exitCode).toBe(0);
		await term.settle(50);
		expect(term.isAlternateScreen()).toBe(false);
		expect(term.cursorVisible()).toBe(true);
	});
});
