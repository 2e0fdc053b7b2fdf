/**
 * The mouse as the terminal reports it once asked to (terminal.ts): SGR extended reports (mode
 * 1006), `ESC [ < button ; column ; row M` for a press, `m` for a release, the wheel as buttons 64
 * and 65. Pure: the text read from the keyboard in, the events and the keys out.
 */

/** Where, in cells from the top left of the screen (from 0). */
export type MouseEvent =
	| {readonly kind: 'press' | 'release'; readonly button: 'left' | 'middle' | 'right'; readonly x: number; readonly y: number}
	/** A notch of the wheel: down (1) or up (-1). */
	| {readonly kind: 'wheel'; readonly direction: 1 | -1; readonly x: number; readonly y: number};

// The code's low bits are the button; 4, 8 and 16 are Shift, Alt and Ctrl; 32 is a motion (only
// reported in modes Parley does not ask for); 64 the wheel (and 128 the extra buttons).
const BUTTONS = ['left', 'middle', 'right'] as const;
const MOTION = 32;
const WHEEL = 64;
const MODIFIERS = 4 | 8 | 16;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the reports start with ESC
const REPORT = /\u001B\[<(\d+);(\d+);(\d+)([Mm])/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the reports start with ESC
const FIRST_REPORT = /^\u001B\[<(\d+);(\d+);(\d+)([Mm])/;
/** The start of a report at the end of a chunk: the rest is in the next one. No key starts so. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the reports start with ESC
const UNFINISHED = /\u001B\[<[\d;]*$/;
/** ESC, or ESC [, at the end of a chunk: a key (Esc, Alt-[), or a report's start. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC it is
const AMBIGUOUS = /\u001B\[?$/;

/** The event a report (its match: the code, the column, the row, `M` or `m`) is, if one Parley uses. */
function eventOf(report: readonly string[]): MouseEvent | undefined {
	const [code, x, y] = [Number(report[1]), Number(report[2]) - 1, Number(report[3]) - 1];
	const button = code & ~MODIFIERS;
	if (button === WHEEL || button === WHEEL + 1) return {kind: 'wheel', direction: button === WHEEL ? -1 : 1, x, y};
	const pressed = BUTTONS[button];
	// Motions, the sideways wheel (66, 67) and the extra buttons mean nothing here.
	if (pressed === undefined || code & MOTION) return undefined;
	return {kind: report[4] === 'm' ? 'release' : 'press', button: pressed, x, y};
}

/**
 * What one chunk read from the keyboard holds: the mouse's events, the keys around them, and the
 * end held back: the start of a report (`ambiguous` false), or an ESC or ESC [ that may be one's
 * (`ambiguous`: let go to the keys if nothing follows soon).
 */
export type MouseRead = {readonly events: readonly MouseEvent[]; readonly keys: string; readonly held: string; readonly ambiguous: boolean};

function taken(text: string): MouseRead {
	const events: MouseEvent[] = [];
	const rest = text.replace(REPORT, (...report: string[]) => {
		const event = eventOf(report);
		if (event) events.push(event);
		return '';
	});
	const unfinished = UNFINISHED.exec(rest) ?? AMBIGUOUS.exec(rest);
	if (!unfinished) return {events, keys: rest, held: '', ambiguous: false};
	return {events, keys: rest.slice(0, unfinished.index), held: unfinished[0], ambiguous: !unfinished[0].includes('<')};
}

/**
 * The mouse's reports taken out of `text` (what was held back from the last chunk, then this
 * one): none reaches the keys, even one split between two chunks, however far apart they come.
 * `released`: an ESC (or ESC [) held back, then let go to the keys as nothing followed; when this
 * chunk goes on with the rest of a report, that rest is taken too.
 */
export function takeMouse(text: string, released = ''): MouseRead {
	const joined = released + text;
	if (released === '' || !joined.startsWith('\u001B[<')) return taken(text);
	const report = FIRST_REPORT.exec(joined);
	// The rest of a report still to come is held back as any start of one is.
	if (!report) return UNFINISHED.exec(joined)?.index === 0 ? {events: [], keys: '', held: joined, ambiguous: false} : taken(text);
	const event = eventOf(report);
	const rest = taken(joined.slice(report[0].length));
	return event ? {...rest, events: [event, ...rest.events]} : rest;
}
