import {describe, expect, it} from 'vitest';
import {formatClock, parseClock} from '../../source/core/time.js';

describe('parseClock', () => {
	it.each([
		['00:35:00', 2100],
		['1:05:10', 3910],
		['35:00', 2100],
		['125:30', 7530],
		['90', 90],
		['12.5', 12.5],
		['00:00:01.500', 1.5],
		['00:00:01,250', 1.25],
		[' 00:01:00 ', 60],
	])('reads %s as %d seconds', (text, seconds) => {
		expect(parseClock(text)).toBe(seconds);
	});

	it.each(['', 'abc', '1:2', '00:60:00', '00:00:60', '1:2:3:4', '-5', '10:00 pm'])('rejects %j', text => {
		expect(parseClock(text)).toBeUndefined();
	});
});

describe('formatClock', () => {
	it('always shows hours, minutes and seconds', () => {
		expect(formatClock(0)).toBe('00:00:00');
		expect(formatClock(4169)).toBe('01:09:29');
		expect(formatClock(59.9)).toBe('00:00:59');
		expect(formatClock(-3)).toBe('00:00:00');
		expect(formatClock(100 * 3600)).toBe('100:00:00');
	});
});
