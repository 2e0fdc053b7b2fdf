import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {paintFirstScreen, type Painter} from '../../source/ui/first-paint.js';
import type {Screen} from '../../source/ui/screen.js';

/** A state that is just where the view is, drawn as that number; `+` moves it, any other key does not. */
const painter: Painter<number> = {
	screen: (top): Screen => ({main: {rows: [[{text: `top ${top}`}]], width: 10}, side: undefined}) as unknown as Screen,
	resize: top => top,
	rows: () => 3,
	keys: async () => (top, character) => (character === '+' ? top + 1 : undefined),
};

function terminal() {
	const written: string[] = [];
	const stdout = Object.assign(new PassThrough(), {columns: 80, rows: 24});
	stdout.on('data', chunk => written.push(String(chunk)));
	const keyboard = new PassThrough();
	return {stdout: stdout as unknown as NodeJS.WriteStream, keyboard: keyboard as unknown as NodeJS.ReadStream, written};
}

const drawn = (written: readonly string[]) => written.join('').match(/top \d+/g);

describe('the first screen’s keys, before Ink', () => {
	it('answers the keys that move, typed before or after the answer has loaded, a screen a chunk', async () => {
		const {stdout, keyboard, written} = terminal();
		keyboard.write('++');
		const painting = paintFirstScreen(stdout, 0, painter, keyboard);
		await painting.answering;
		keyboard.write('+');
		await new Promise(resolve => setImmediate(resolve));
		expect(drawn(written)).toEqual(['top 0', 'top 2', 'top 3']);
		expect(painting.takeOver()).toBe(3);
		expect(keyboard.read()).toBeNull();
	});

	it('leaves the first key that does not move, and every key after it, to Ink, in order', async () => {
		const {stdout, keyboard, written} = terminal();
		const painting = paintFirstScreen(stdout, 0, painter, keyboard);
		keyboard.write('+/a+');
		await painting.answering;
		keyboard.write('+');
		await new Promise(resolve => setImmediate(resolve));
		expect(painting.takeOver()).toBe(1);
		expect(drawn(written)).toEqual(['top 0', 'top 1']);
		expect(String(keyboard.read())).toBe('/a++');
	});
});
