/** Works mentioned in a transcript (books, papers, essays, benchmarks…), and where. */

export type WorkKind = 'book' | 'paper' | 'essay' | 'benchmark' | 'dataset' | 'model';

/** The sidebar's groups, in order, and what each is called. */
export const KIND_GROUPS: ReadonlyArray<{readonly title: string; readonly kinds: readonly WorkKind[]}> = [
	{title: 'Books', kinds: ['book']},
	{title: 'Papers', kinds: ['paper']},
	{title: 'Essays & posts', kinds: ['essay']},
	{title: 'Benchmarks, datasets & models', kinds: ['benchmark', 'dataset', 'model']},
];

/** Where a work is mentioned: characters [start, end) of a paragraph's text, said at `time`. */
export type Mention = {
	readonly paragraph: number;
	readonly start: number;
	readonly end: number;
	readonly time: number;
	/** "that book", "this paper": a mention of the work last under discussion, not by name. */
	readonly indirect: boolean;
};

export type Work = {
	readonly title: string;
	readonly kind: WorkKind;
	readonly author?: string;
	readonly year?: number;
	readonly url?: string;
	/** How the transcript says the title, when a sidecar corrects it. */
	readonly saidAs?: string;
	/** Other names for it in the transcript: a short form, an acronym, its expansion. */
	readonly aliases: readonly string[];
	/** In transcript order; the first is the first mention. */
	readonly mentions: readonly Mention[];
	/**
	 * `found` by Parley's rules, `added` by a sidecar (never named in the transcript, or given by
	 * hand), `notes` from a link in the show notes (with no mentions: not found in the words).
	 */
	readonly origin: 'found' | 'added' | 'notes';
};

export type References = {
	/** In order of first mention. */
	readonly works: readonly Work[];
	/** About the sidecar file: problems reading it, entries that match nothing. */
	readonly warnings: readonly string[];
};
