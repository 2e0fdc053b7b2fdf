/** `parley help [COMMAND]`, `--help`, `-h`: what Parley and each command take, from the registry and the key map. */
import {wrapText} from '../core/wrap.js';
import {InputError} from '../core/errors.js';
import {FROM_NAMES} from '../core/formats/index.js';
import {HELP_ROWS} from '../ui/keymap.js';
import {either, OPTIONS, optionLabel, type OptionName} from './options.js';
import {print} from './output.js';
import type {CommandContext, CommandSpec} from './command.js';

const WIDTH = 80;
const INDENT = '  ';

/** `label` then `text`, the text wrapped in a column from `column` on. */
function entry(label: string, text: string, column: number): string {
	const lines = wrapText(text, WIDTH - column);
	const first =
		label.length + 2 <= column ? `${INDENT}${label.padEnd(column - INDENT.length)}${lines[0]}` : `${INDENT}${label}\n${' '.repeat(column)}${lines[0]}`;
	return [first, ...lines.slice(1).map(line => `${' '.repeat(column)}${line}`)].join('\n');
}

function optionLines(options: Readonly<Partial<Record<OptionName, string>>>): string[] {
	const names = Object.keys(options) as OptionName[];
	return names.map(name => entry(optionLabel(name), name === 'from' ? `${options[name]!}: ${FROM_NAMES.join(', ')}` : options[name]!, 22));
}

const COMMON: ReadonlyArray<OptionName> = ['help', 'version'];

/** A command's help: its usage, what it does, its options, examples. */
export function commandHelp(command: CommandSpec): string {
	return [
		'Usage',
		...command.usage.map(usage => `${INDENT}${usage}`),
		'',
		wrapText(`${command.summary.charAt(0).toUpperCase() + command.summary.slice(1)}.`, WIDTH).join('\n'),
		...(Object.keys(command.options).length === 0 ? [] : ['', 'Options', ...optionLines(command.options)]),
		'',
		'Examples',
		...command.examples.map(example => `${INDENT}$ ${example}`),
		'',
	].join('\n');
}

/** Parley's help: every command, the options, the keys while reading, the exit status. */
export function generalHelp(commands: readonly CommandSpec[]): string {
	const usages = commands.flatMap(command => command.usage.slice(0, 1).map(usage => entry(usage, command.summary, 34)));
	const common = Object.fromEntries(COMMON.map(name => [name, OPTIONS[name].help])) as Partial<Record<OptionName, string>>;
	const keys = HELP_ROWS.map(([keys, meaning]) => entry(keys, meaning, 26));
	return [
		'Parley: read podcast and interview transcripts in a terminal.',
		'',
		'Usage',
		...usages,
		'',
		'Options',
		...optionLines(common),
		`${INDENT}Each command's own: parley help ${either(commands.filter(command => command.name !== 'read' && command.name !== 'help').map(command => command.name))}, or parley help read.`,
		'',
		'Formats (detected from the content): WebVTT, SRT, Podcasting 2.0 JSON and HTML, Whisper JSON and TSV,',
		'Markdown, Otter, Rev, Zoom and YouTube text, timed lines, plain text.',
		'',
		'Keys while reading',
		...keys,
		'',
		'Exit status: 0 ok, 2 bad usage or unreadable input, 1 unexpected failure.',
		'',
	].join('\n');
}

/** `parley help [COMMAND]`. */
export async function run({input, commands}: CommandContext) {
	const [name, ...rest] = input;
	if (rest.length > 0) throw new InputError(`help takes one COMMAND at most, got ${input.length} (see --help)`);
	if (name === undefined) return print(generalHelp(commands));
	const command = commands.find(each => each.name === name);
	if (!command) throw new InputError(`no command '${name}': the commands are ${either(commands.map(each => each.name))}`);
	print(commandHelp(command));
}
