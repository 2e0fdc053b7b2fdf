import {PassThrough} from 'node:stream';
import {describe, expect, it, vi} from 'vitest';
import {inkStdin} from '../../source/ui/ink-stdin.js';
import {mouseAction} from '../../source/ui/keymap.js';
import {takeMouse, type MouseEvent} from '../../source/ui/mouse.js';

const ESC = '\u001B';
const report = (code: number, column: number, row: number, end = 'M') => `${ESC}[<${code};${column};${row}${end}`;

/** The chunks read one after another, as ink-stdin reads them (what each holds back goes before the next). */
function readAll(chunks: readonly string[]): {events: MouseEvent[]; keys: string; held: string} {
	const events: MouseEvent[] = [];
	let keys = '';
	let held = '';
	for (const chunk of chunks) {
		const read = takeMouse(held + chunk);
		events.push(...read.events);
		keys += read.keys;
		held = read.held;
	}

	return {events, keys, held};
}

describe('the mouse reports (SGR 1006)', () => {
	it('reads a press, a release and the wheel, in cells from 0', () => {
		expect(takeMouse(report(0, 12, 5)).events).toEqual([{kind: 'press', button: 'left', x: 11, y: 4}]);
		expect(takeMouse(report(0, 12, 5, 'm')).events).toEqual([{kind: 'release', button: 'left', x: 11, y: 4}]);
		expect(takeMouse(report(2, 1, 1)).events).toEqual([{kind: 'press', button: 'right', x: 0, y: 0}]);
		expect(takeMouse(report(64, 3, 4)).events).toEqual([{kind: 'wheel', direction: -1, x: 2, y: 3}]);
		expect(takeMouse(report(65, 3, 4)).events).toEqual([{kind: 'wheel', direction: 1, x: 2, y: 3}]);
		// With Shift, Alt or Ctrl held: the same button.
		expect(takeMouse(report(65 + 16, 3, 4)).events).toEqual([{kind: 'wheel', direction: 1, x: 2, y: 3}]);
		expect(takeMouse(report(0 + 4, 300, 90)).events).toEqual([{kind: 'press', button: 'left', x: 299, y: 89}]);
	});

	it('takes several reports out of one chunk, and leaves the keys around them', () => {
		const read = takeMouse(`a${report(65, 1, 2)}${report(65, 1, 2)}b${report(0, 5, 6)}c`);
		expect(read.events.map(event => event.kind)).toEqual(['wheel', 'wheel', 'press']);
		expect(read.keys).toBe('abc');
		expect(read.held).toBe('');
	});

	it('drops motions, the sideways wheel and the extra buttons, which mean nothing here, but never lets them reach the keys', () => {
		const read = takeMouse(`${report(32, 1, 1)}${report(35, 1, 1)}${report(66, 1, 1)}${report(128, 1, 1)}x`);
		expect(read.events).toEqual([]);
		expect(read.keys).toBe('x');
	});

	it('holds back a report split between chunks, wherever it is cut, until its rest comes', () => {
		const whole = `k${report(64, 40, 12)}j`;
		for (let cut = 1; cut < whole.length; cut++) {
			for (let second = cut + 1; second <= whole.length; second++) {
				const read = readAll([whole.slice(0, cut), whole.slice(cut, second), whole.slice(second)]);
				expect(read.events, `cut at ${cut}, ${second}`).toEqual([{kind: 'wheel', direction: -1, x: 39, y: 11}]);
				expect(read.keys, `cut at ${cut}, ${second}`).toBe('kj');
			}
		}
	});

	it('says that an ESC (or ESC [) at the end may be a key, and the start of a report is none', () => {
		expect(takeMouse(`j${ESC}`)).toMatchObject({keys: 'j', held: ESC, ambiguous: true});
		expect(takeMouse(`${ESC}[`)).toMatchObject({keys: '', held: `${ESC}[`, ambiguous: true});
		expect(takeMouse(`${ESC}[<64;1`)).toMatchObject({keys: '', held: `${ESC}[<64;1`, ambiguous: false});
	});

	it('takes the rest of a report whose ESC went on to the keys (it came too late)', () => {
		expect(takeMouse(`[<65;2;3M/`, ESC)).toMatchObject({events: [{kind: 'wheel', direction: 1, x: 1, y: 2}], keys: '/', held: ''});
		expect(takeMouse(`<0;2;3Mq`, `${ESC}[`)).toMatchObject({events: [{kind: 'press', button: 'left', x: 1, y: 2}], keys: 'q'});
		expect(takeMouse(`[<0;2`, ESC)).toMatchObject({events: [], keys: '', held: `${ESC}[<0;2`});
		// Not a report: the keys as they come.
		expect(takeMouse(`[A`, ESC)).toMatchObject({events: [], keys: '[A'});
		expect(takeMouse(`${ESC}[A`, ESC)).toMatchObject({events: [], keys: `${ESC}[A`});
	});

	it('leaves keys and garbage alone', () => {
		for (const keys of ['hello', `${ESC}[A${ESC}[B`, `${ESC}`, `[<0;1;1M`, `${ESC}[<a;b;cM`, `${ESC}[<0;1M`, `${ESC}[200~pasted${ESC}[201~`]) {
			const read = takeMouse(keys);
			expect(read.events).toEqual([]);
			expect(read.keys + read.held).toBe(keys);
		}
	});

	it('gives the reader a click for a left press, a notch for the wheel, and nothing for the rest', () => {
		expect(mouseAction({kind: 'press', button: 'left', x: 3, y: 4})).toEqual({type: 'click', column: 3, row: 4});
		expect(mouseAction({kind: 'wheel', direction: 1, x: 3, y: 4})).toEqual({type: 'wheel', direction: 1, column: 3, row: 4});
		expect(mouseAction({kind: 'release', button: 'left', x: 3, y: 4})).toBeUndefined();
		expect(mouseAction({kind: 'press', button: 'right', x: 3, y: 4})).toBeUndefined();
	});
});

describe('the keyboard Ink reads', () => {
	/** A keyboard as Ink reads it: on `readable`, `read` until null. */
	function keyboard() {
		const stream = new PassThrough({encoding: 'utf8'}) as unknown as NodeJS.ReadStream & PassThrough;
		const {stdin, mouse} = inkStdin(stream);
		const keys: string[] = [];
		const events: MouseEvent[] = [];
		stdin.on('readable', () => {
			for (let chunk: unknown = stdin.read(); chunk !== null; chunk = stdin.read()) keys.push(chunk as string);
		});
		mouse(event => events.push(event));
		const write = async (text: string) => {
			stream.write(text);
			await new Promise(resolve => setImmediate(resolve));
		};

		return {write, typed: () => keys.join(''), events};
	}

	it('reads the keys without the reports, and hands the reports to who listens', async () => {
		const board = keyboard();
		await board.write(`/ab${report(65, 10, 5)}c`);
		await board.write(report(0, 1, 2).slice(0, 5));
		await board.write(`${report(0, 1, 2).slice(5)}d`);
		expect(board.typed()).toBe('/abcd');
		expect(board.events.map(event => event.kind)).toEqual(['wheel', 'press']);
	});

	it('lets go of an Esc typed alone, a moment later', async () => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
		try {
			const board = keyboard();
			await board.write(ESC);
			expect(board.typed()).toBe('');
			vi.advanceTimersByTime(100);
			expect(board.typed()).toBe(ESC);
			// A report's rest coming after it is still no key.
			await board.write('[<64;3;3Mx');
			expect(board.typed()).toBe(`${ESC}x`);
			expect(board.events).toEqual([{kind: 'wheel', direction: -1, x: 2, y: 2}]);
		} finally {
			vi.useRealTimers();
		}
	});

	it('keeps an ESC that the rest of a report follows soon', async () => {
		const board = keyboard();
		await board.write(`a${ESC}`);
		await board.write('[<65;3;3M');
		expect(board.typed()).toBe('a');
		expect(board.events).toHaveLength(1);
	});
});
