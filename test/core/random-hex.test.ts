import {describe, expect, it} from 'vitest';
import {randomHex} from '../../source/core/random-hex.js';

describe('randomHex', () => {
	it('gives the bytes asked for, in hexadecimal, different each time', () => {
		expect(randomHex(4)).toMatch(/^[\da-f]{8}$/);
		expect(new Set(Array.from({length: 50}, () => randomHex(8))).size).toBe(50);
	});
});
