import {describe, expect, it} from 'vitest';
import {decodeTranscriptBytes} from '../../source/core/decode.js';
import {InputError} from '../../source/core/errors.js';

const text = 'Title\r\n00:00:01\r\nCafé\rok';

describe('decodeTranscriptBytes', () => {
	it('reads UTF-8 with and without a BOM, normalising line ends', () => {
		expect(decodeTranscriptBytes(Buffer.from(text)).text).toBe('Title\n00:00:01\nCafé\nok');
		expect(decodeTranscriptBytes(Buffer.from(`\uFEFF${text}`)).text).toBe('Title\n00:00:01\nCafé\nok');
	});

	it('reads UTF-16 LE and BE with a BOM', () => {
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		const be = Buffer.from(le);
		be.swap16();
		expect(decodeTranscriptBytes(le).text).toBe('Title\n00:00:01\nCafé\nok');
		expect(decodeTranscriptBytes(be).text).toBe('Title\n00:00:01\nCafé\nok');
	});

	it('normalises to NFC', () => {
		expect(decodeTranscriptBytes(Buffer.from('Cafe\u0301')).text).toBe('Café');
		expect(decodeTranscriptBytes(Buffer.from('Ca\u0301fe\u0301 ½ ÿ “quoted”')).text).toBe('Cáfé ½ ÿ “quoted”');
	});

	it('leaves text of Latin-1 characters alone: it is NFC already', () => {
		const latin1 = Array.from({length: 0xff - 0x20 + 1}, (_, index) => String.fromCharCode(0x20 + index)).join('');
		expect(decodeTranscriptBytes(Buffer.from(latin1)).text).toBe(latin1.normalize('NFC'));
	});

	it('reads bytes that are not UTF-8 as Windows-1252, with a warning', () => {
		const decoded = decodeTranscriptBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
		expect(decoded.text).toBe('Café “q”');
		expect(decoded.warnings).toEqual([expect.stringContaining('Windows-1252')]);
	});

	it('refuses binary and empty input', () => {
		expect(() => decodeTranscriptBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]))).toThrow(InputError);
		expect(() => decodeTranscriptBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]))).toThrow('binary');
		expect(() => decodeTranscriptBytes(Buffer.from(''))).toThrow('is empty');
		expect(() => decodeTranscriptBytes(Buffer.from(' \n\n '))).toThrow('is empty');
	});
});
