import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {sha256Hex} from '../../source/core/sha256.js';

const nodeSha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('sha256Hex', () => {
	it('is the standard test vectors', () => {
		expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
		expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it("is node:crypto's at every length around a block's edges", () => {
		for (let length = 0; length <= 200; length++) {
			const text = 'a'.repeat(length);
			expect(sha256Hex(text), `length ${length}`).toBe(nodeSha256(text));
		}
	});

	it("is node:crypto's for text beyond ASCII and a long transcript", () => {
		const text = 'Ünïcödé — “quotes”, 日本語, emoji 🎙️\n';
		expect(sha256Hex(text)).toBe(nodeSha256(text));
		const long = Array.from({length: 20_000}, (_, index) => `[${index}, "Ann Lee", "word ${index * 7919} said"]`).join(',');
		expect(sha256Hex(long)).toBe(nodeSha256(long));
	});
});
