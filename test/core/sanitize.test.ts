import {describe, expect, it} from 'vitest';
import {sanitizeText} from '../../source/core/sanitize.js';

describe('sanitizeText', () => {
	it('removes escape sequences’ introducers and C0/C1 controls', () => {
		const hostile = 'a\u001B]52;c;aGVsbG8=\u0007b\u001B[2Jc\u009B31md\u0000e\u007F';
		const clean = sanitizeText(hostile);
		expect(clean).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		expect(clean).toBe('a]52;c;aGVsbG8=b[2Jc31mde');
	});

	it('removes bidi overrides and isolates, keeps ordinary text and newlines', () => {
		expect(sanitizeText('x\u202Eevil\u202C\u2066y\u2069')).toBe('xevily');
		expect(sanitizeText('Curly ‘quotes’ … and\u00A0nbsp\nnext')).toBe('Curly ‘quotes’ … and\u00A0nbsp\nnext');
	});

	it('turns tabs into spaces', () => {
		expect(sanitizeText('a\tb')).toBe('a b');
	});
});
