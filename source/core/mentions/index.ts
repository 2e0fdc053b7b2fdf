/** The works a transcript mentions, as found by the rules and corrected by the user's sidecar. */
import {cachedIn} from '../cache.js';
import {paragraphAt, type Transcript} from '../model.js';
import {formatClock} from '../time.js';
import {keyOf} from './drafts.js';
import {extractWorks} from './extract.js';
import {mergeNotes, type NoteLink} from './notes.js';
import type {SidecarEntry} from './sidecar.js';
import type {Mention, References, Work} from './work.js';

function sameTitle(a: string, b: string): boolean {
	return keyOf(a) === keyOf(b);
}

function matches(work: Work, entry: SidecarEntry): boolean {
	const said = entry.said ?? entry.title!;
	return [work.title, ...work.aliases].some(name => sameTitle(name, said));
}

/** A mention at each time the sidecar gives, in order: the paragraph spoken then. */
function mentionsAt(transcript: Transcript, times: readonly number[]): Mention[] {
	return [...times]
		.sort((a, b) => a - b)
		.flatMap(time => {
			const paragraph = paragraphAt(transcript, time);
			return paragraph ? [{paragraph: paragraph.id, start: 0, end: 0, time, indirect: false}] : [];
		});
}

/** The entry's times a transcript can have: none without times, none after its end. */
function usableTimes(transcript: Transcript, entry: SidecarEntry, index: number, warnings: string[]): SidecarEntry {
	if (entry.at.length === 0) return entry;
	const name = `work ${index + 1} ('${entry.title ?? entry.said}')`;
	if (!transcript.timed) {
		warnings.push(`${name}: "at" needs a transcript with times; left out`);
		return {...entry, at: []};
	}

	const late = entry.at.filter(time => time > transcript.duration);
	if (late.length > 0) warnings.push(`${name}: "at" ${formatClock(late[0]!)} is after the end (${formatClock(transcript.duration)}); left out`);
	return {...entry, at: entry.at.filter(time => time <= transcript.duration)};
}

function corrected(work: Work, entry: SidecarEntry, transcript: Transcript): Work {
	const title = entry.said !== undefined && entry.title !== undefined && !sameTitle(entry.title, work.title) ? entry.title : work.title;
	const extra = mentionsAt(transcript, entry.at);
	return {
		...work,
		title,
		...(title === work.title ? {} : {saidAs: work.title, aliases: [work.title, ...work.aliases]}),
		...(entry.kind ? {kind: entry.kind} : {}),
		...(entry.author ? {author: entry.author} : {}),
		...(entry.year === undefined ? {} : {year: entry.year}),
		...(entry.url ? {url: entry.url} : {}),
		mentions: [...work.mentions, ...extra].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start),
	};
}

function added(entry: SidecarEntry, transcript: Transcript): Work {
	return {
		title: entry.title ?? entry.said!,
		kind: entry.kind!,
		...(entry.author ? {author: entry.author} : {}),
		...(entry.year === undefined ? {} : {year: entry.year}),
		...(entry.url ? {url: entry.url} : {}),
		aliases: [],
		mentions: mentionsAt(transcript, entry.at),
		origin: 'added',
	};
}

const firstTime = (work: Work) => work.mentions[0]?.time ?? Number.POSITIVE_INFINITY;

/** Found works merged with the sidecar's entries; warnings for entries that cannot be used. */
export function mergeSidecar(transcript: Transcript, found: readonly Work[], entries: readonly SidecarEntry[]): References {
	const warnings: string[] = [];
	let works = [...found];
	for (const [index, given] of entries.entries()) {
		const entry = usableTimes(transcript, given, index, warnings);
		const target = works.findIndex(work => matches(work, entry));
		if (target >= 0) {
			works = entry.hide ? works.filter((_, at) => at !== target) : works.map((work, at) => (at === target ? corrected(work, entry, transcript) : work));
		} else if (entry.hide || entry.said !== undefined) {
			warnings.push(`work ${index + 1} ('${entry.said ?? entry.title}') matches nothing Parley found`);
		} else if (entry.kind === undefined) {
			warnings.push(`work ${index + 1} ('${entry.title}') is not one Parley found, and has no "kind"`);
		} else {
			works.push(added(entry, transcript));
		}
	}

	return {works: works.sort((a, b) => firstTime(a) - firstTime(b)), warnings};
}

const found = new WeakMap<Transcript, readonly Work[]>();

/**
 * The works, found once per transcript (off the start-up path: ~100 ms for an hour), with the
 * show notes' links, then corrected by the references file.
 */
export function findReferences(transcript: Transcript, entries: readonly SidecarEntry[] = [], notes: readonly NoteLink[] = []): References {
	const works = cachedIn(found, transcript, () => extractWorks(transcript));
	return mergeSidecar(transcript, notes.length === 0 ? works : mergeNotes(transcript, works, notes), entries);
}
