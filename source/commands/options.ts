/**
 * The command line's options: one table for meow, the help, and the checks that an option goes
 * with the command given. Light: loaded on every start.
 */
import {InputError} from '../core/errors.js';

type OptionSpec = {
	readonly type: 'string' | 'boolean';
	/** What the value stands for in the help: `TIME`, `FILE`. */
	readonly value?: string;
	readonly help: string;
	readonly shortFlag?: string;
	/** A switch given only to turn something off: `--no-NAME` (NAME: false). */
	readonly negated?: true;
};

export const OPTIONS = {
	at: {type: 'string', value: 'TIME', help: 'open at this time: 35:00, 1:05:10, 35m, 90 (seconds), 50%, or paragraph ¶12'},
	audio: {
		type: 'string',
		value: 'FILE',
		help: "the episode's audio, played with mpv in step with the text (default: a file beside the transcript, ep.mp3 for ep.vtt)",
	},
	chapters: {type: 'string', value: 'FILE', help: 'chapters to use: Podcasting 2.0 JSON, `0:00 Title` lines or WebVTT'},
	from: {type: 'string', value: 'FORMAT', help: 'read the input as this format, not the one detected'},
	feed: {type: 'string', value: 'FILE', help: "a Podcasting 2.0 RSS feed: the episode's show notes, for the works they link to"},
	to: {type: 'string', value: 'FORMAT', help: 'write this format'},
	json: {type: 'boolean', help: 'print JSON'},
	limit: {type: 'string', value: 'N', help: 'print at most N matches (default 10)'},
	mouse: {
		type: 'boolean',
		negated: true,
		help: 'leave the mouse to the terminal: a drag selects text without Shift; the wheel and clicks do nothing in Parley',
	},
	help: {type: 'boolean', shortFlag: 'h', help: 'show the help (of a command: parley help COMMAND)'},
	version: {type: 'boolean', help: 'show the version'},
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** The flags as meow parses them. */
export type Flags = {
	readonly at?: string | undefined;
	readonly audio?: string | undefined;
	readonly chapters?: string | undefined;
	readonly from?: string | undefined;
	readonly feed?: string | undefined;
	readonly to?: string | undefined;
	readonly json?: boolean | undefined;
	readonly limit?: string | undefined;
	/** false with `--no-mouse`. */
	readonly mouse?: boolean | undefined;
	readonly help?: boolean | undefined;
	readonly version?: boolean | undefined;
};

/** What meow is told of the options. */
export function meowFlags(): Record<string, {type: 'string' | 'boolean'; shortFlag?: string}> {
	return Object.fromEntries(
		Object.entries(OPTIONS).map(([name, spec]) => [name, {type: spec.type, ...('shortFlag' in spec ? {shortFlag: spec.shortFlag} : {})}]),
	);
}

/** `--at`, `--no-mouse`: how an option is given. */
export function flagOf(name: OptionName): string {
	const spec: OptionSpec = OPTIONS[name];
	return spec.negated ? `--no-${name}` : `--${name}`;
}

/** `--at TIME`, `-h, --help`: how the help shows an option. */
export function optionLabel(name: OptionName): string {
	const spec: OptionSpec = OPTIONS[name];
	return `${spec.shortFlag === undefined ? '' : `-${spec.shortFlag}, `}${flagOf(name)}${spec.value === undefined ? '' : ` ${spec.value}`}`;
}

/** The first argument that looks like an option and is none of Parley's (before `--`). */
export function unknownOption(argv: readonly string[]): string | undefined {
	const end = argv.indexOf('--');
	const known = (arg: string) => {
		const name = /^--([^=]+)(?:=|$)/.exec(arg)?.[1];
		if (name !== undefined) return Object.keys(OPTIONS).some(option => flagOf(option as OptionName) === `--${name}`);
		return Object.values(OPTIONS).some(spec => 'shortFlag' in spec && arg === `-${spec.shortFlag}`);
	};

	return (end === -1 ? argv : argv.slice(0, end)).find(arg => arg.startsWith('-') && arg !== '-' && !known(arg));
}

/** `a, b or c`. */
export function either(names: readonly string[]): string {
	return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** A format given with `--to` (or `--from`) that is one of `formats`. */
export function checkFormat<T extends string>(given: string, formats: readonly T[], message: string): T {
	if (!(formats as readonly string[]).includes(given)) throw new InputError(message);
	return given as T;
}
