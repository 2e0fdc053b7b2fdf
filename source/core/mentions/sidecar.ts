/*
 * `NAME.refs.json`, beside a transcript: what the user knows better than the rules.
 *
 *   {"works": [
 *     {"said": "The Title As Said", "title": "The Title As Printed", "author": "A. Author", "year": 1997},
 *     {"title": "Attention Is All You Need", "kind": "paper", "url": "https://arxiv.org/abs/1706.03762", "at": ["00:41:10"]},
 *     {"said": "Deep Learning", "hide": true}
 *   ]}
 *
 * An entry with `said` (or a `title` Parley found) changes that work: its title (shown with "said
 * as …"), kind, author, year, url (or doi); `hide` removes it. An entry that matches nothing is a
 * work Parley did not find: it needs a `kind`, and `at` gives the times it is discussed.
 */
import {InputError} from '../errors.js';
import {readJson} from '../formats/json.js';
import {cleanText} from '../sanitize.js';
import {parseClock} from '../time.js';
import type {WorkKind} from './work.js';

export type SidecarEntry = {
	readonly said?: string;
	readonly title?: string;
	readonly kind?: WorkKind;
	readonly author?: string;
	readonly year?: number;
	readonly url?: string;
	readonly at: readonly number[];
	readonly hide: boolean;
};

const KINDS: readonly WorkKind[] = ['book', 'paper', 'essay', 'benchmark', 'dataset', 'model'];
const MAX_ENTRIES = 10_000;

/** The start of a value from the file, for a message: a value may be as long as the file. */
function preview(value: unknown): string {
	const characters = [...String(value)];
	return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : characters.join('');
}

function text(entry: Record<string, unknown>, field: string, where: string): string | undefined {
	const value = entry[field];
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') throw new InputError(`${where}: "${field}" is not text`);
	return cleanText(value) || undefined;
}

function kindIn(entry: Record<string, unknown>, where: string): WorkKind | undefined {
	const kind = text(entry, 'kind', where);
	if (kind !== undefined && !KINDS.includes(kind as WorkKind))
		throw new InputError(`${where}: "kind" is '${preview(kind)}'; expected one of ${KINDS.join(', ')}`);
	return kind as WorkKind | undefined;
}

function timesIn(entry: Record<string, unknown>, where: string): number[] {
	const at = entry.at;
	if (at === undefined) return [];
	const list = Array.isArray(at) ? at : [at];
	return list.map(value => {
		const seconds = typeof value === 'number' ? value : typeof value === 'string' ? parseClock(value) : undefined;
		if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0)
			throw new InputError(`${where}: "at" has '${preview(value)}', not a time like 00:41:10`);
		return seconds;
	});
}

function urlIn(entry: Record<string, unknown>, where: string): string | undefined {
	const doi = text(entry, 'doi', where);
	return text(entry, 'url', where) ?? (doi === undefined ? undefined : `https://doi.org/${doi.replace(/^https?:\/\/doi\.org\//, '')}`);
}

function entryIn(value: unknown, index: number): SidecarEntry {
	const where = `work ${index + 1}`;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${where} is not an object`);
	const entry = value as Record<string, unknown>;
	const hide = entry.hide;
	if (hide !== undefined && typeof hide !== 'boolean') throw new InputError(`${where}: "hide" is not true or false`);
	const year = entry.year;
	if (year !== undefined && (typeof year !== 'number' || !Number.isInteger(year))) throw new InputError(`${where}: "year" is not a whole number`);
	const said = text(entry, 'said', where);
	const title = text(entry, 'title', where);
	if (said === undefined && title === undefined) throw new InputError(`${where} has neither "title" nor "said"`);
	const kind = kindIn(entry, where);
	const author = text(entry, 'author', where);
	const url = urlIn(entry, where);
	return {
		...(said === undefined ? {} : {said}),
		...(title === undefined ? {} : {title}),
		...(kind === undefined ? {} : {kind}),
		...(author === undefined ? {} : {author}),
		...(year === undefined ? {} : {year: year as number}),
		...(url === undefined ? {} : {url}),
		at: timesIn(entry, where),
		hide: hide === true,
	};
}

/** The entries of a `.refs.json` file; a bad file is one `InputError` naming what is wrong. */
export function parseRefsSidecar(source: string): SidecarEntry[] {
	const json = readJson(source) as unknown;
	const works = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>).works : undefined;
	if (!Array.isArray(works)) throw new InputError('has no "works" list');
	if (works.length > MAX_ENTRIES) throw new InputError(`has more than ${MAX_ENTRIES} works`);
	return works.map((value, index) => entryIn(value, index));
}
