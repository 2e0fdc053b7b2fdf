/** The works a transcript mentions, as people are shown them: grouped by kind, with the times they come up. */
import type {GivenNotes} from './mentions/notes.js';
import type {SidecarEntry} from './mentions/sidecar.js';
import {KIND_GROUPS, type Mention, type Work} from './mentions/work.js';
import {formatClock} from './time.js';

/**
 * The entries of a references file beside the transcript, and its name as warnings give it
 * (`'ep.refs.json'`); and the links of the episode's show notes, when there are any.
 */
export type GivenRefs = {readonly entries: readonly SidecarEntry[]; readonly name: string; readonly notes?: GivenNotes};

export type WorkGroup<W extends Pick<Work, 'kind'> = Work> = {readonly title: string; readonly works: readonly W[]};

/** The works in the sidebar's groups (books, papers, …), each group in the order given; empty groups left out. */
export function groupWorks<W extends Pick<Work, 'kind'>>(works: readonly W[]): Array<WorkGroup<W>> {
	return KIND_GROUPS.map(group => ({title: group.title, works: works.filter(work => group.kinds.includes(work.kind))})).filter(group => group.works.length > 0);
}

/** A time a work comes up: `00:21:43`, whether it is only referred to there ("that paper"), and the mention shown. */
type MentionStamp<M> = {readonly clock: string; readonly indirect: boolean; readonly mention: M};

/** The times a work comes up, one a second (said by name wins over referred to), in transcript order. */
export function mentionStamps<M extends Pick<Mention, 'time' | 'indirect'>>(work: {readonly mentions: readonly M[]}): Array<MentionStamp<M>> {
	const stamps = new Map<string, MentionStamp<M>>();
	for (const mention of work.mentions) {
		const clock = formatClock(mention.time);
		const known = stamps.get(clock);
		if (!known || (known.indirect && !mention.indirect)) stamps.set(clock, {clock, indirect: mention.indirect, mention});
	}

	return [...stamps.values()];
}

/** `00:21:43`, or `00:22:19~` where the work is only referred to. */
export function stampText(stamp: Pick<MentionStamp<unknown>, 'clock' | 'indirect'>): string {
	return stamp.indirect ? `${stamp.clock}~` : stamp.clock;
}

/** What is known of a work besides its title. */
type Known = {readonly title: string; readonly author?: string | undefined; readonly year?: number | undefined};

/** `Author (1997)`, `Author`, `(1997)` or nothing: who wrote a work and when, as far as known. */
export function byline(work: Known): string {
	return [work.author, work.year === undefined ? undefined : `(${work.year})`].filter(Boolean).join(' ');
}

/** `Title — Author (1997)`: what is known of a work, in one line. */
export function workLine(work: Known): string {
	const by = byline(work);
	return by === '' ? work.title : `${work.title} — ${by}`;
}

/** What is shown for a work the show notes link to that the transcript never says (`onlyInNotes`). */
export const NOT_IN_THE_WORDS = 'in the show notes; not found in the words';

/** A work from the show notes that the words never say: it has no mention to go to. */
export function onlyInNotes(work: Work): boolean {
	return work.origin === 'notes' && work.mentions.length === 0;
}

/** `16 works mentioned`, or that none were found. */
export function worksSummary(works: readonly Work[]): string {
	return works.length === 0 ? 'no books, papers or other works found' : `${works.length} ${works.length === 1 ? 'work' : 'works'} mentioned`;
}

/** `1 mention`, `3 mentions`: how often a work comes up, where the transcript has no times to show. */
export function mentionCount(work: {readonly mentions: readonly unknown[]}): string {
	return work.mentions.length === 1 ? '1 mention' : `${work.mentions.length} mentions`;
}
