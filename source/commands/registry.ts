/**
 * Parley's commands: what each is called, takes and does (for the help and for checking what was
 * typed), and where its code is, loaded only when it runs. Light: loaded on every start.
 */
import {InputError} from '../core/errors.js';
import type {CommandSpec} from './command.js';
import {either, flagOf, type Flags, type OptionName} from './options.js';

const READ: CommandSpec = {
	name: 'read',
	usage: ['parley [FILE]', 'parley DIR', 'parley -', 'cat FILE | parley', 'parley FILE | less'],
	summary:
		'read a transcript full-screen (no FILE: the bundled episode; - or a pipe: standard input), or a library: every transcript under DIR, listed, searched as you type; printed as plain text when the output is not a terminal',
	options: {
		at: 'open at this time: 35:00, 1:05:10, 35m, 90 (seconds), 50%, or paragraph ¶12 (as search shows a transcript without times); printed: start there',
		audio: "the episode's audio, played with mpv in step with the text (default: a file beside FILE with its name, ep.mp3 for ep.vtt)",
		chapters: 'the chapters to use: Podcasting 2.0 JSON, `0:00 Title` lines or WebVTT (default: ep.chapters.json, .txt or .vtt beside FILE)',
		from: 'read the input as this format, not the one detected',
		feed: 'a Podcasting 2.0 RSS feed: the works its item for this episode links to join the sidebar (default: ep.notes.md, .html or .txt beside FILE)',
		mouse: 'leave the mouse to the terminal: a drag selects text without Shift (by default the wheel scrolls and a click chooses; Shift-drag selects)',
	},
	examples: ['parley episode.vtt', 'parley --at 35:00 episode.vtt', 'parley episode.txt | less', 'parley ~/podcasts/talk-python'],
	load: () => import('./read.js'),
};

export const COMMANDS: readonly CommandSpec[] = [
	READ,
	{
		name: 'search',
		usage: ['parley search QUERY [FILE|DIR]'],
		summary:
			'the best matches for a half-remembered quote (time, speaker, passage, and the words not found), in a transcript or in a library: every transcript under a folder, through its index (made or brought up to date first); exit status 1 when nothing matches, like grep',
		options: {json: 'print the matches as JSON', limit: 'print at most N matches (default 10)', from: 'read the input as this format, not the one detected'},
		examples: ["parley search 'curiosity driven research' episode.vtt", 'parley search --json --limit 3 "jumbo shrimp" archive/'],
		load: () => import('./search.js'),
	},
	{
		name: 'index',
		usage: ['parley index DIR'],
		summary:
			'index every transcript under a folder (sub-folders too) for the library and search, or bring the index up to date (only files added, changed or gone are read); it is kept in $XDG_CACHE_HOME/parley/index (else ~/.cache/parley/index)',
		options: {},
		examples: ['parley index ~/podcasts/talk-python', 'parley ~/podcasts/talk-python'],
		load: () => import('./index.js'),
	},
	{
		name: 'export',
		usage: ['parley export [FILE] --to json|vtt|srt|md|txt'],
		summary: 'write the transcript in another format on standard output',
		options: {to: 'the format: Podcasting 2.0 json, vtt, srt, md or txt (the bundled episode’s)', from: 'read the input as this format, not the one detected'},
		to: {formats: ['json', 'vtt', 'srt', 'md', 'txt'], required: true},
		examples: ['parley export episode.srt --to vtt > episode.vtt'],
		load: () => import('./export.js'),
	},
	{
		name: 'chapters',
		usage: ['parley chapters [FILE] [--json] [--to json|txt|vtt]'],
		summary:
			"the chapters (start, length, title; without times: paragraph and share of the episode): a chapters file's, the transcript's headings, or found where the topics change",
		options: {
			json: 'print the chapters as JSON',
			to: 'write them as a chapters file: Podcasting 2.0 json, YouTube-style txt, or WebVTT vtt',
			chapters: 'read the chapters from this file',
			from: 'read the input as this format, not the one detected',
		},
		to: {formats: ['json', 'txt', 'vtt'], withJson: '(--to json writes Podcasting 2.0 JSON)'},
		examples: ['parley chapters episode.vtt', 'parley chapters episode.vtt --to txt'],
		load: () => import('./chapters.js'),
	},
	{
		name: 'refs',
		usage: ['parley refs [FILE] [--json] [--to md] [--feed FEED]', 'parley refs DIR [--json] [--to md]'],
		summary:
			'the books, papers and other works mentioned, with the times they come up (~: only referred to); in a library (a folder), every work its episodes mention, with the episodes and moments (looked for once per episode, then kept with the index)',
		options: {
			json: 'print the works as JSON',
			to: 'md: a reading list in Markdown',
			from: 'read the input as this format, not the one detected',
			feed: 'a Podcasting 2.0 RSS feed: the works its item for this episode links to (default: ep.notes.md, .html or .txt beside FILE)',
		},
		to: {formats: ['md']},
		examples: [
			'parley refs episode.vtt',
			'parley refs episode.vtt --to md > reading-list.md',
			'parley refs episode.vtt --feed feed.xml',
			'parley refs ~/podcasts/talk-python',
		],
		load: () => import('./refs.js'),
	},
	{
		name: 'bookmarks',
		usage: ['parley bookmarks [FILE] [--json] [--to md|json]'],
		summary: 'your bookmarks of a transcript (m while reading) with their notes, kept in $XDG_STATE_HOME/parley (else ~/.local/state/parley)',
		options: {json: 'print them as JSON', to: 'md or json', from: 'read the input as this format, not the one detected'},
		to: {formats: ['md', 'json']},
		examples: ['parley bookmarks episode.vtt --to md'],
		load: () => import('./bookmarks.js'),
	},
	{
		name: 'help',
		usage: ['parley help [COMMAND]', 'parley --help', 'parley COMMAND --help'],
		summary: "this help, or a command's: its options and examples",
		options: {},
		examples: ['parley help search'],
		load: () => import('./help.js'),
	},
];

/** The command named by the first argument; without one, reading. */
export function commandFor(first: string | undefined): CommandSpec {
	return COMMANDS.find(command => command.name !== 'read' && command.name === first) ?? READ;
}

/** How a command is named in a message: `reading`, or `parley search`. */
function named(command: CommandSpec): string {
	return command.name === 'read' ? 'reading' : command.name;
}

/** `--limit goes with parley search, not with refs`: an option given to a command that does not take it. */
function misplaced(option: OptionName, command: CommandSpec): string {
	const takers = COMMANDS.filter(each => each.name !== 'help' && Object.hasOwn(each.options, option));
	const others = takers.filter(each => each.name !== 'read').map(each => each.name);
	const places = [...(takers.some(each => each.name === 'read') ? ['reading'] : []), ...(others.length > 0 ? [`parley ${either(others)}`] : [])];
	return `${flagOf(option)} goes with ${places.join(' or ')}${command.name === 'read' ? '' : `, not with ${named(command)}`} (see --help)`;
}

/** Every option given goes with the command, and `--to` (with or without `--json`) is one it writes. */
export function checkOptions(command: CommandSpec, flags: Flags) {
	const given = (Object.keys(flags) as Array<keyof Flags>).filter(name => flags[name] !== undefined && name !== 'help' && name !== 'version');
	const wrong = given.find(name => !Object.hasOwn(command.options, name));
	if (wrong) throw new InputError(misplaced(wrong, command));
	const {to} = command;
	if (to === undefined) return;
	const formats = to.formats.join('|');
	if (flags.to === undefined) {
		if (to.required) throw new InputError(`${command.name} needs --to ${formats}`);
		return;
	}

	if (!to.formats.includes(flags.to))
		throw new InputError(
			to.required ? `${command.name} needs --to ${formats}; got '${flags.to}'` : `${command.name} --to expects ${formats}; got '${flags.to}'`,
		);
	if (flags.json === true) throw new InputError(`${command.name} takes --json or --to, not both${to.withJson === undefined ? '' : ` ${to.withJson}`}`);
}
