/** What the help overlay lists: keys, then what they do. */
export const KEY_HELP: ReadonlyArray<readonly [string, string]> = [
	['j k ↓ ↑', 'scroll one line'],
	['Space f PgDn', 'next page'],
	['b PgUp', 'previous page'],
	['d u', 'half a page down / up'],
	['} {', 'next / previous speaker turn'],
	['g Home', 'beginning'],
	['G End', 'end'],
	['5j  10}  42g', 'a count repeats a key (g: go to line)'],
	['Esc', 'cancel a count'],
	['? h', 'this help (j/k scroll it, other keys close it)'],
	['q  Ctrl-C', 'quit'],
];
