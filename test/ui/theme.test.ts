import {describe, expect, it} from 'vitest';
import {detectColorDepth, speakerColor} from '../../source/ui/theme.js';

describe('detectColorDepth', () => {
	it('honours NO_COLOR and TERM=dumb, and needs a terminal', () => {
		expect(detectColorDepth({NO_COLOR: '1', TERM: 'xterm-256color'}, true)).toBe(0);
		expect(detectColorDepth({TERM: 'dumb'}, true)).toBe(0);
		expect(detectColorDepth({TERM: 'xterm-256color'}, false)).toBe(0);
	});

	it('uses truecolor only when COLORTERM says so, 256 colours from TERM, else 16', () => {
		expect(detectColorDepth({TERM: 'xterm-256color', COLORTERM: 'truecolor'}, true)).toBe(16_777_216);
		expect(detectColorDepth({TERM: 'xterm-256color'}, true)).toBe(256);
		expect(detectColorDepth({TERM: 'screen-256color'}, true)).toBe(256);
		expect(detectColorDepth({TERM: 'xterm'}, true)).toBe(16);
	});
});

describe('speakerColor', () => {
	it('gives the first speakers distinct colours at every depth', () => {
		for (const depth of [16, 256, 16_777_216] as const) {
			const colors = [0, 1, 2, 3, 4, 5].map(index => speakerColor(index, depth));
			expect(new Set(colors).size).toBe(6);
		}
	});

	it('gives no colour without colours or without a speaker', () => {
		expect(speakerColor(0, 0)).toBeUndefined();
		expect(speakerColor(undefined, 256)).toBeUndefined();
	});

	it('is stable for a speaker', () => {
		expect(speakerColor(1, 256)).toBe(speakerColor(1, 256));
		expect(speakerColor(1, 256)).toBe('ansi256(172)');
	});
});
