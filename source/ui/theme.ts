/*
 * Speaker colours. Chosen for mid lightness so they read on dark and light backgrounds alike; a
 * speaker's colour is fixed by their order of appearance, so it never changes between runs.
 */
export type ColorDepth = 0 | 16 | 256 | 16_777_216;

type Env = Readonly<Record<string, string | undefined>>;

/** The colours this terminal can show. NO_COLOR and TERM=dumb mean none (chalk ignores NO_COLOR). */
export function detectColorDepth(env: Env, isTty: boolean): ColorDepth {
	if (env.NO_COLOR || env.TERM === 'dumb' || !isTty) return 0;
	if (/^(truecolor|24bit)$/i.test(env.COLORTERM ?? '')) return 16_777_216;
	if (/256/.test(env.TERM ?? '')) return 256;
	return 16;
}

const TRUECOLOR = ['#3b8eea', '#d7870f', '#2aa876', '#c454c4', '#d44d4d', '#1fa3b5', '#8f7ad9', '#8c9a1a'];
const ANSI_256 = [33, 172, 35, 170, 167, 37, 98, 106];
// Plain blue is too dark on a dark background; the bright one reads on both.
const ANSI_16 = ['blueBright', 'magenta', 'green', 'red', 'cyan', 'yellow'];

/** An Ink colour for speaker `index`, or undefined when colours are off. */
export function speakerColor(index: number | undefined, depth: ColorDepth): string | undefined {
	if (index === undefined || depth === 0) return undefined;
	if (depth === 16) return ANSI_16[index % ANSI_16.length];
	if (depth === 256) return `ansi256(${ANSI_256[index % ANSI_256.length]})`;
	return TRUECOLOR[index % TRUECOLOR.length];
}
