import {describe, expect, it} from 'vitest';
import {osc52} from '../../source/ui/clipboard.js';

describe('osc52', () => {
	it('sends the text, base64-encoded, in one OSC 52 sequence', () => {
		expect(osc52('“héllo” — Ada', {})).toBe(`\u001B]52;c;${Buffer.from('“héllo” — Ada').toString('base64')}\u0007`);
	});

	it('inside tmux, also sends it wrapped for passthrough, with its ESCs doubled', () => {
		const plain = osc52('hi', {});
		const sent = osc52('hi', {TMUX: '/tmp/tmux-0/default,1,0'});
		expect(sent.startsWith(plain)).toBe(true);
		expect(sent.slice(plain.length)).toBe(`\u001BPtmux;\u001B\u001B]52;c;aGk=\u0007\u001B\\`);
	});

	it('carries no control character of the text: base64 has none', () => {
		const sent = osc52('\u001B]0;evil\u0007\u009B2J', {});
		expect(sent.slice(7, -1)).toMatch(/^[A-Za-z\d+/=]+$/);
	});
});
