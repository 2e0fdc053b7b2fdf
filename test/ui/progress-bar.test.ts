import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {BAR, progressBar} from '../../source/ui/progress-bar.js';

/** The bar as one string. */
const whole = (bar: {done: string; todo: string}) => bar.done + bar.todo;

describe('progressBar', () => {
	it('is empty with no room', () => {
		expect(progressBar(0, 10, 100, [50])).toEqual({done: '', todo: ''});
		expect(progressBar(-3, 10, 100, [50])).toEqual({done: '', todo: ''});
	});

	it('marks the position, at the start, in the middle and at the end', () => {
		expect(progressBar(10, 0, 100, [])).toEqual({done: BAR.here, todo: BAR.todo.repeat(9)});
		expect(progressBar(10, 50, 100, [])).toEqual({done: BAR.done.repeat(5) + BAR.here, todo: BAR.todo.repeat(4)});
		expect(progressBar(10, 100, 100, [])).toEqual({done: BAR.done.repeat(9) + BAR.here, todo: ''});
		expect(progressBar(10, 150, 100, []).done.at(-1)).toBe(BAR.here);
	});

	it('puts the position at the start of an episode without a length', () => {
		expect(progressBar(5, 30, 0, [10])).toEqual({done: BAR.here, todo: BAR.todo.repeat(4)});
	});

	it('ticks where each chapter but the first starts', () => {
		expect(whole(progressBar(10, 0, 100, [0, 30, 70]))).toBe(
			`${BAR.here}${BAR.todo.repeat(2)}${BAR.tick}${BAR.todo.repeat(3)}${BAR.tick}${BAR.todo.repeat(2)}`,
		);
		// A chapter at 0 gets no tick even when the reader has moved on.
		expect(whole(progressBar(10, 95, 100, [0]))[0]).toBe(BAR.done);
	});

	it('draws the ticks already passed as done', () => {
		expect(progressBar(10, 50, 100, [20, 80])).toEqual({
			done: `${BAR.done.repeat(2)}${BAR.doneTick}${BAR.done.repeat(2)}${BAR.here}`,
			todo: `${BAR.todo.repeat(2)}${BAR.tick}${BAR.todo}`,
		});
	});

	it('shows the position rather than a tick in the same cell', () => {
		expect(progressBar(10, 30, 100, [30])).toEqual({done: BAR.done.repeat(3) + BAR.here, todo: BAR.todo.repeat(6)});
	});

	it('keeps a tick at the very end in the last cell', () => {
		expect(whole(progressBar(10, 0, 100, [100])).at(-1)).toBe(BAR.tick);
	});

	it('is always as wide as asked, with one position, the done part ending at it', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 1, max: 300}),
				fc.double({min: 0, max: 20_000, noNaN: true}),
				fc.double({min: 0, max: 20_000, noNaN: true}),
				fc.array(fc.double({min: 0, max: 20_000, noNaN: true}), {maxLength: 40}),
				(width, position, duration, ticks) => {
					const bar = progressBar(width, Math.min(position, duration), duration, ticks);
					expect([...whole(bar)]).toHaveLength(width);
					expect(whole(bar).length).toBe(width);
					expect([...whole(bar)].filter(cell => cell === BAR.here)).toHaveLength(1);
					expect(bar.done.at(-1)).toBe(BAR.here);
					expect(bar.done.slice(0, -1)).toMatch(new RegExp(`^[${BAR.done}${BAR.doneTick}]*$`));
					expect(bar.todo).toMatch(new RegExp(`^[${BAR.todo}${BAR.tick}]*$`));
				},
			),
			{numRuns: 500},
		);
	});

	it('is as wide as asked however far the position is', () => {
		fc.assert(
			fc.property(
				fc.integer({min: 0, max: 200}),
				fc.double({noNaN: true}),
				fc.double({min: 0, max: 1e6, noNaN: true}),
				fc.array(fc.double({noNaN: true}), {maxLength: 10}),
				(width, position, duration, ticks) => {
					expect(whole(progressBar(width, position, duration, ticks)).length).toBe(width);
				},
			),
			{numRuns: 500},
		);
	});
});

describe('a position that is not a time yet', () => {
	it('draws the mark at the start', () => {
		for (const position of [Number.NaN, -5]) expect(progressBar(10, position, 100, []).done).toBe('●');
	});
});
