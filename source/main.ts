/**
 * The command line: which command, with which options, checked against what it takes; then its
 * code, loaded only now (so printing to a pipe loads neither the reader, nor search, nor the rules
 * that find chapters and works). Every failure leaves through one path: a line and a status.
 */
import {InputError} from './core/errors.js';
import {FROM_NAMES} from './core/formats/index.js';
import {meowFlags, unknownOption, type Flags} from './commands/options.js';
import {fail} from './commands/output.js';
import {checkOptions, commandFor, COMMANDS} from './commands/registry.js';

/**
 * meow's reading of the arguments; it throws on a flag given twice: that is bad usage, said in one
 * line. Arguments without any option (`parley ep.vtt`, the common case) have no flags to read, and
 * meow, ~70 ms of start-up to load, is not loaded for them.
 */
async function readArguments(argv: readonly string[]): Promise<{input: string[]; flags: Flags}> {
	if (!argv.some(arg => arg.startsWith('-') && arg !== '-')) return {input: [...argv], flags: {}};
	const {default: meow} = await import('meow');
	try {
		// A switch not given is undefined, not false: false is `--no-mouse`.
		return meow({importMeta: import.meta, allowUnknownFlags: true, autoHelp: false, booleanDefault: undefined, flags: meowFlags()}) as {
			input: string[];
			flags: Flags;
		};
	} catch (error) {
		const twice = /^The flag (--\S+) can only be set once\.$/.exec((error as Error).message);
		throw new InputError(twice ? `${twice[1]} given twice (see --help)` : (error as Error).message);
	}
}

async function dispatch(bundledEpisode: string): Promise<unknown> {
	const argv = process.argv.slice(2);
	const unknown = unknownOption(argv);
	if (unknown) throw new InputError(`unknown option '${unknown}' (see --help)`);
	const {input, flags} = await readArguments(argv);
	const command = commandFor(input[0]);
	const rest = command.name === 'read' ? input : input.slice(1);
	if (flags.help === true) {
		const help = COMMANDS.find(each => each.name === 'help')!;
		return (await help.load()).run({input: command.name === 'read' ? [] : [command.name], flags: {}, bundledEpisode, commands: COMMANDS});
	}

	if (flags.from !== undefined && !FROM_NAMES.includes(flags.from)) throw new InputError(`--from expects one of ${FROM_NAMES.join(', ')}; got '${flags.from}'`);
	checkOptions(command, flags);
	return (await command.load()).run({input: rest, flags, bundledEpisode, commands: COMMANDS});
}

/** Runs the command line; `bundledEpisode` is the bundled episode's path. */
export async function main(bundledEpisode: string) {
	try {
		const status = await dispatch(bundledEpisode);
		// Not process.exit: the output may still be draining into a pipe.
		if (typeof status === 'number') process.exitCode = status;
	} catch (error) {
		if (error instanceof InputError) fail(error.message, 2);
		fail(`unexpected error: ${(error as Error).message}`, 1);
	}
}
