/** What a command is: what it takes and does (registry.ts lists them), and its code's shape. Types only. */
import type {Flags, OptionName} from './options.js';

/** What a command runs with: the arguments after its name, the flags, and the bundled episode's path. */
export type CommandContext = {
	readonly input: readonly string[];
	readonly flags: Flags;
	/** The episode read when no FILE is given. */
	readonly bundledEpisode: string;
	/** Every command (the help lists them). */
	readonly commands: readonly CommandSpec[];
};

/** A command's code: resolves with the exit status, or with nothing for 0. */
export type CommandModule = {run(context: CommandContext): Promise<unknown>};

export type CommandSpec = {
	/** `read` is Parley with no command: read a transcript, or print it to a pipe. */
	readonly name: string;
	readonly usage: readonly string[];
	readonly summary: string;
	/** The options it takes, each with what it means here. */
	readonly options: Readonly<Partial<Record<OptionName, string>>>;
	/** What `--to` may write, and whether it must be given. */
	readonly to?: {readonly formats: readonly string[]; readonly required?: boolean; readonly withJson?: string};
	readonly examples: readonly string[];
	readonly load: () => Promise<CommandModule>;
};
