/** `parley refs [FILE|DIR]`: the books, papers and other works a transcript (or a library) mentions, as a table, as JSON, or as a reading list. */
import {escapeInline, linkTarget} from '../core/export/markdown.js';
import type {Transcript} from '../core/model.js';
import type {References, Work} from '../core/mentions/work.js';
import {byline, groupWorks, mentionCount, mentionStamps, NOT_IN_THE_WORDS, onlyInNotes, stampText, workLine, worksSummary} from '../core/work-groups.js';
import {referencesFor} from '../core/references.js';
import {InputError} from '../core/errors.js';
import {loadEpisode} from '../inputs/episode.js';
import {isFolder} from '../inputs/folder.js';
import {print} from './output.js';
import {libraryRefs} from './refs-library.js';
import type {CommandContext} from './command.js';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type RefsFormat = 'md';

type RefsOutput = {readonly json: boolean; readonly to: RefsFormat | undefined};

function saidAs(work: Work): string {
	return work.saidAs === undefined ? '' : ` (said as “${work.saidAs}”)`;
}

/** `00:21:43 00:22:19~`, or a count of mentions where the transcript has no times. */
function timesOf(transcript: Transcript, work: Work): string {
	if (work.mentions.length === 0) return onlyInNotes(work) ? `  (${NOT_IN_THE_WORDS})` : '';
	if (!transcript.timed) return `  (${mentionCount(work)})`;
	return `  ${mentionStamps(work)
		.map(stamp => stampText(stamp))
		.join(' ')}`;
}

function table(transcript: Transcript, refs: References): string {
	const rows = groupWorks(refs.works).flatMap(group => [
		group.title,
		...group.works.map(work => `  ${workLine(work)}${saidAs(work)}${timesOf(transcript, work)}`),
	]);
	return `${[`${transcript.title} — ${worksSummary(refs.works)}`, ...rows].join('\n')}\n`;
}

/** Seconds to the millisecond: a mention's time is spread over its paragraph's words. */
const seconds = (time: number) => Math.round(time * 1000) / 1000;

function json(transcript: Transcript, refs: References): string {
	const works = refs.works.map(work => ({
		title: work.title,
		kind: work.kind,
		...(work.author === undefined ? {} : {author: work.author}),
		...(work.year === undefined ? {} : {year: work.year}),
		...(work.url === undefined ? {} : {url: work.url}),
		...(work.saidAs === undefined ? {} : {saidAs: work.saidAs}),
		origin: work.origin,
		mentions: work.mentions.map(mention => (transcript.timed ? {time: seconds(mention.time), indirect: mention.indirect} : {indirect: mention.indirect})),
	}));
	return `${JSON.stringify({title: transcript.title, works}, undefined, 2)}\n`;
}

function readingListItem(transcript: Transcript, work: Work): string {
	const title = `*${escapeInline(work.title)}*`;
	const by = byline(work);
	const times =
		transcript.timed && work.mentions.length > 0
			? ` — ${mentionStamps(work)
					.map(stamp => stampText(stamp))
					.join(', ')}`
			: onlyInNotes(work)
				? ` — ${NOT_IN_THE_WORDS}`
				: '';
	return `- ${work.url === undefined ? title : `[${title}](${linkTarget(work.url)})`}${by === '' ? '' : ` — ${escapeInline(by)}`}${times}`;
}

/** A reading list: a section for each kind of work, an item for each work, with the times it comes up (`~`: only referred to). */
function readingList(transcript: Transcript, refs: References): string {
	const heading = `# Reading list: ${escapeInline(transcript.title)}`;
	if (refs.works.length === 0) return `${heading}\n\n${capitalised(worksSummary(refs.works))}.\n`;
	const sections = groupWorks(refs.works).map(group => `## ${group.title}\n\n${group.works.map(work => readingListItem(transcript, work)).join('\n')}`);
	return `${[heading, ...sections].join('\n\n')}\n`;
}

export function refsOutput(transcript: Transcript, refs: References, {json: asJson, to}: RefsOutput): string {
	if (to === 'md') return readingList(transcript, refs);
	return asJson ? json(transcript, refs) : table(transcript, refs);
}

export async function run({input, flags, bundledEpisode}: CommandContext) {
	const options = {json: flags.json === true, to: flags.to as RefsFormat | undefined};
	const [path] = input;
	if (input.length === 1 && path !== undefined && isFolder(path)) {
		if (flags.feed !== undefined || flags.from !== undefined)
			throw new InputError(`--${flags.feed === undefined ? 'from' : 'feed'} goes with one transcript, not a folder (see parley help refs)`);
		print(await libraryRefs(path, options));
		return;
	}

	const {transcript, refs} = await loadEpisode(input, bundledEpisode, flags, {refs: true, titled: true});
	const references = referencesFor(transcript, refs);
	print(refsOutput(transcript, references, options), [...transcript.warnings, ...references.warnings]);
}
