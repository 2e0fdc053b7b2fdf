/** Hand-labelled works of a test transcript, and how the works Parley finds compare with them. */
import type {Transcript} from '../../source/core/model.js';
import type {Work, WorkKind} from '../../source/core/mentions/work.js';
import {parseClock} from '../../source/core/time.js';

export type LabelledWork = {
	readonly title: string;
	readonly kind: WorkKind;
	readonly aliases: readonly string[];
	/** Stamps of the paragraphs where it is named, and referred to. */
	readonly mentions: readonly string[];
	readonly indirect: readonly string[];
};

export type Labels = {readonly works: readonly LabelledWork[]; readonly traps: ReadonlyArray<{readonly text: string; readonly why: string}>};

const WRITTEN: readonly WorkKind[] = ['book', 'paper', 'essay'];

function key(title: string): string {
	return title
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Found and labelled are one work: a name in common, or the found work's first mention is one of the labelled's paragraphs. */
function isSame(transcript: Transcript, found: Work, labelled: LabelledWork): boolean {
	const names = new Set([labelled.title, ...labelled.aliases].map(name => key(name)));
	if ([found.title, ...found.aliases].some(name => names.has(key(name)))) return true;
	const stamps = new Set([...labelled.mentions, ...labelled.indirect].map(stamp => parseClock(stamp)));
	const first = found.mentions[0];
	return first !== undefined && stamps.has(transcript.paragraphs[first.paragraph]!.start);
}

export type Score = {
	readonly precision: number;
	readonly recall: number;
	readonly found: number;
	readonly labelled: number;
	readonly right: number;
	readonly wrong: readonly string[];
	readonly missed: readonly string[];
};

/** Pairs of one found and one labelled work of the same kind: by name first, then by where they are said. */
function pairs(transcript: Transcript, found: readonly Work[], labelled: readonly LabelledWork[]): Map<Work, LabelledWork> {
	const paired = new Map<Work, LabelledWork>();
	const taken = new Set<LabelledWork>();
	const byName = (work: Work, label: LabelledWork) =>
		[work.title, ...work.aliases].some(name => [label.title, ...label.aliases].some(other => key(other) === key(name)));
	for (const test of [byName, (work: Work, label: LabelledWork) => isSame(transcript, work, label)]) {
		for (const work of found) {
			if (paired.has(work)) continue;
			const label = labelled.find(candidate => !taken.has(candidate) && candidate.kind === work.kind && test(work, candidate));
			if (label) {
				paired.set(work, label);
				taken.add(label);
			}
		}
	}

	return paired;
}

function score(transcript: Transcript, found: readonly Work[], labelled: readonly LabelledWork[]): Score {
	const paired = pairs(transcript, found, labelled);
	const right = found.filter(work => paired.has(work));
	const matched = new Set(paired.values());
	const missed = labelled.filter(label => !matched.has(label));
	return {
		precision: found.length === 0 ? 1 : right.length / found.length,
		recall: labelled.length === 0 ? 1 : (labelled.length - missed.length) / labelled.length,
		found: found.length,
		labelled: labelled.length,
		right: right.length,
		wrong: found.filter(work => !right.includes(work)).map(work => `${work.kind}: ${work.title}`),
		missed: missed.map(label => `${label.kind}: ${label.title}`),
	};
}

/** Precision and recall for books, papers and essays, and for every kind. */
export function scoreWorks(transcript: Transcript, found: readonly Work[], labels: Labels): {written: Score; all: Score} {
	const written = (kind: WorkKind) => WRITTEN.includes(kind);
	return {
		written: score(
			transcript,
			found.filter(work => written(work.kind)),
			labels.works.filter(work => written(work.kind)),
		),
		all: score(transcript, found, labels.works),
	};
}

/** Found works whose title is one of the traps (a reading group, a venue, a person…) shown as a book, paper or essay. */
export function trapsTaken(found: readonly Work[], labels: Labels): string[] {
	const traps = new Set(labels.traps.map(trap => key(trap.text)));
	return found.filter(work => WRITTEN.includes(work.kind) && traps.has(key(work.title))).map(work => work.title);
}
