/**
 * How people speak about works, as patterns over a sentence: "a paper called X", "the X paper",
 * "reading X by AUTHOR", "AUTHOR's new novel, X", "it's called X", "X is a dataset", "X. That's
 * a model". Each names a title, and the kind of work when the words say it.
 */
import {KIND_NAMES, KIND_WORDS, VENUE_NAMES} from './filters.js';
import type {WorkKind} from './work.js';

/** A word of a title: capitalised, or a number (`XYZ-bench`, `ABC-4`, `1984`, `Éclair`). */
const WORD = String.raw`[\p{Lu}\d][\p{L}\p{N}'’-]*`;
/** Small words a title may hold between its capitalised ones ("War and the Way of Things"). */
const SMALL = String.raw`(?:of|the|a|an|and|or|in|on|for|to|with|at|from|is|not|as|all|into|about|over|your|my|our|you|we|it|do|does|be|no)`;
const RUN = String.raw`${WORD}(?: (?:${SMALL} ){0,3}${WORD}){0,12}`;
/** A title said inside a phrase (`the X paper`): only the small words titles begin their inner parts with. */
const TIGHT = String.raw`${WORD}(?: (?:(?:of|the|a|an|in|on|for) ){0,2}${WORD}){0,8}`;
/** A title: words, an optional `: Subtitle`, and a closing `?` when it asks. */
const TITLE = String.raw`${RUN}(?:: ${RUN})?\??`;
/** A person: one to three capitalised names or initials (`A. B. Author`, `Zoë Écrivain`). */
const NAME_PART = String.raw`\p{Lu}(?:\.|[\p{L}'’-]+)`;
const NAME = String.raw`${NAME_PART}(?: ${NAME_PART}){0,3}`;
const KIND = String.raw`(?:${KIND_NAMES})`;
/** A kind written as the last word of a name: the Some Named Dataset. */
const NAMED_KIND = String.raw`(?:Dataset|Benchmark|Corpus|Model)`;
const OWNER = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)`;
const ADJECTIVES = String.raw`(?:new |latest |first |last |recent |classic |famous |debut |second |third |own |favourite |favorite )?`;
/** An acronym or a word capitalised inside (`ABC`, `SomeNet`, `XYZ-bench`, `AbC`). */
const ACRONYM = String.raw`(?:\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d-]*|\p{Lu}{2,}[\d-]*[\p{L}\d-]*)`;

export type Found = {
	readonly title: string;
	/** Where the title is in the text searched. */
	readonly index: number;
	readonly kind: WorkKind | undefined;
	readonly author?: string;
	/** The words said, when the title is not (an untitled paper): what is looked for in the text. */
	readonly said?: string;
	/** The "title" is its authors' names (`the A and B paper`): the title may follow. */
	readonly byAuthors?: boolean;
	/**
	 * Said after a weak cue: `near`, kept when a kind of work is said around it or it is found or
	 * said again; `again`, only when found or said again; `found`, only when found again.
	 */
	readonly weak?: 'near' | 'again' | 'found';
	/** `the X paper`: X may be the authors' name rather than a title. */
	readonly handle?: boolean;
	/** Said in lower case, as speech-to-text writes titles: shown title-cased. */
	readonly lower?: boolean;
	/** The kind when nothing said around the title says one. */
	readonly fallback?: WorkKind;
};

/** Text matched as it is, in a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The kind a word says: `novel` a book, `blog post` an essay, `data set` a dataset. */
export function kindOf(words: string): WorkKind | undefined {
	const word = words
		.toLowerCase()
		.replace(/^data sets?$/, 'dataset')
		.split(' ')
		.at(-1)!;
	return KIND_WORDS.find(([pattern]) => pattern.test(word))?.[1];
}

type Rule = {
	readonly pattern: RegExp;
	/** Plain words the text must hold for the pattern to match: tested first, as most text holds none. */
	readonly needs: readonly RegExp[];
	/** What the match says: the title, the kind's word, the author (nothing: not a title after all). */
	readonly read: (
		match: RegExpExecArray,
	) => {title: string; kind?: string; author?: string; said?: string; byAuthors?: boolean; handle?: boolean; fallback?: WorkKind} | undefined;
};

/** Most of its words capitalised, as titles are written: “The Name of a Thing”, not “oh, what a day”. */
function isTitleCase(text: string): boolean {
	const words = text.split(/\s+/).filter(word => !new RegExp(`^${SMALL}$`).test(word));
	const capitalised = words.filter(word => /^[\p{Lu}\d]/u.test(word)).length;
	return words.length > 0 && words.length <= 20 && capitalised >= 0.75 * words.length;
}

const rule = (source: string, read: Rule['read'], ...needs: RegExp[]): Rule => ({pattern: new RegExp(source, 'gu'), read, needs});
const KINDISH = new RegExp(KIND_NAMES, 'i');

/** The rules, compiled at first use: building their patterns takes ~15 ms, which start-up need not pay. */
let compiled: readonly Rule[] | undefined;

function rules(): readonly Rule[] {
	compiled ??= [
		// "a paper called X", "another paper of yours is called X", "a book titled X"
		rule(
			String.raw`\b(${KIND})\b(?: [\p{L}'’]+){0,4}? (?:is |was )?(?:called|titled|entitled|named) (${TITLE})`,
			match => ({kind: match[1], title: match[2]!}),
			/called|titled|named/,
		),
		// "a paper with a really interesting title was X"
		rule(String.raw`\b(${KIND})\b[^.!?]{0,60}?\btitle (?:was|is) (${TITLE})`, match => ({kind: match[1], title: match[2]!}), /title (?:was|is)/),
		// "the paper we're talking about is X"
		rule(
			String.raw`\b[Tt]he (${KIND}) (?:we|I|you|they)['’]?(?:re|m)? (?:talk|talking|discussing|reading) about (?:is|was) (${TITLE})`,
			match => ({kind: match[1], title: match[2]!}),
			/about (?:is|was)/,
		),
		// "reading X by AUTHOR", "X by AUTHOR" after a verb of reading
		rule(
			String.raw`\b(?:reading|read|re-reading|rereading|finished|finishing|recommend|recommending|loved|love) (${TITLE}) by (${NAME})`,
			match => ({kind: 'book', title: match[1]!, author: match[2]}),
			/ by /,
		),
		// "AUTHOR's new novel, X"
		rule(String.raw`(${NAME})['’]s ${ADJECTIVES}(${KIND}),? (${TITLE})`, match => ({kind: match[2], title: match[3]!, author: match[1]}), /['’]s /, KINDISH),
		// "I was reading AUTHOR's X"
		rule(
			String.raw`\b(?:reading|read|re-reading|rereading|finished|loved|love) (${NAME})['’]s (${TITLE})`,
			match => ({kind: 'book', title: match[2]!, author: match[1]}),
			/['’]s /,
		),
		// "her new novel, X", "his essay, X"
		rule(
			String.raw`\b${OWNER} ${ADJECTIVES}(${KIND}),? (${TITLE})`,
			match => ({kind: match[1], title: match[2]!}),
			/\b(?:his|her|their|my|our|your) /i,
			KINDISH,
		),
		// "that 2019 NeurIPS paper, X, by …"
		rule(String.raw`\b(${KIND}), (${TITLE}),`, match => ({kind: match[1], title: match[2]!}), KINDISH, /, /),
		// "a blog post by AUTHOR called X"
		rule(
			String.raw`\b(${KIND}) by (${NAME}) (?:called|titled|named) (${TITLE})`,
			match => ({kind: match[1], title: match[3]!, author: match[2]}),
			/ by /,
			/called|titled|named/,
		),
		// "X by AUTHOR", "X, by AUTHOR" (of two words or more, a book unless a paper or essay was said before)
		rule(
			String.raw`(${TITLE}),? by (${NAME})`,
			match => ({title: match[1]!, author: match[2], ...(match[1]!.includes(' ') ? {fallback: 'book' as const} : {})}),
			/ by /,
		),
		// "the author of X"
		rule(String.raw`\bauthor of (${TITLE})`, match => ({kind: 'book', title: match[1]!}), /author of/),
		// "X, which is a beautiful, slow book"
		rule(String.raw`(${TITLE}),? which is (?:a|an|the) (?:[\p{L}-]+,? ){0,3}(${KIND})\b`, match => ({kind: match[2], title: match[1]!}), /which is/, KINDISH),
		// "the A and B paper"
		rule(
			String.raw`\b[Tt]he (\p{Lu}[\p{L}'’-]+ and \p{Lu}[\p{L}'’-]+) (${KIND})\b`,
			match => ({kind: match[2], title: match[1]!, byAuthors: true}),
			/ and /,
			KINDISH,
		),
		// "the X paper", "the X benchmark"
		rule(String.raw`\b[Tt]he (${TIGHT}) (${KIND})\b`, match => ({kind: match[2], title: match[1]!, handle: true}), KINDISH),
		// "XYZ-bench", "SomeBench": a name that says it is a benchmark
		rule(String.raw`\b(\p{Lu}[\p{L}\d]*-?[Bb]ench)\b`, match => ({kind: 'benchmark', title: match[1]!}), /bench/i),
		// "the Some Named Dataset"
		rule(String.raw`\b(${TIGHT} ${NAMED_KIND})\b`, match => ({kind: match[1]!.split(' ').at(-1), title: match[1]!}), /Dataset|Benchmark|Corpus|Model/),
		// "a thing called X. It's an open model."
		rule(
			String.raw`\bcalled (${TITLE})[.!] (?:It|That|This)(?:['’]s| is) (?:a|an) (?:[\p{L}-]+ ){0,2}(${KIND})\b`,
			match => ({kind: match[2], title: match[1]!}),
			/called/,
		),
		// "a dataset like X", "models such as X"
		rule(String.raw`\b(${KIND}) (?:like|such as) (${TITLE})`, match => ({kind: match[1], title: match[2]!}), / like | such as /, KINDISH),
		// "X is a training data set", "X is an open benchmark"
		rule(
			String.raw`\b(${TITLE}) (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,2}(${KIND})\b`,
			match => ({kind: match[2], title: match[1]!}),
			/ (?:is|was) (?:a|an|the) /,
			KINDISH,
		),
		// "the X series of models"
		rule(String.raw`\b[Tt]he (${TITLE}) (?:series|family) of (${KIND})`, match => ({kind: match[2], title: match[1]!}), /series|family/),
		// "X. That's an open model."
		rule(
			String.raw`\b(${ACRONYM})\b[^.!?]{0,80}[.!?] (?:That|It|This)(?:['’]s| is) (?:a|an) (?:[\p{L}-]+ ){0,2}(${KIND})\b`,
			match => ({kind: match[2], title: match[1]!}),
			/(?:That|It|This)(?:['’]s| is) (?:a|an) /,
			KINDISH,
		),
		// "70 billion X models", "the ABC-4 model"
		rule(
			String.raw`(?<!\p{Lu}[\p{L}-]* )\b(${ACRONYM}|\p{Lu}\p{Ll}+(?: \d[\w.-]*)?) (models?|LLMs?)\b`,
			match => ({kind: match[2], title: match[1]!}),
			/model|LLM/i,
		),
		// "He tells you what LLM is in the background. One of them is using X, another is using Y…"
		rule(
			String.raw`\b(?:LLMs?|models?)\b[^.!?]{0,60}[.!?]?[^.!?]{0,40}?\b(?:using|running|uses|runs) (${TITLE})`,
			match => ({kind: 'model', title: match[1]!}),
			/using|running|uses|runs/,
			/model|LLM/i,
		),
		rule(String.raw`\b(?:another|one) (?:is )?(?:using|running) (${TITLE})`, match => ({title: match[1]!}), /using|running/),
		// "when X came out" (the kind from what was said before)
		rule(
			String.raw`\b(?:when|after|before|since|until) (${TITLE}) (?:came out|was released|was published|appeared)`,
			match => ({title: match[1]!}),
			/came out|released|published|appeared/,
		),
		// "a paper from last year's VENUE": a paper whose title is not said
		rule(
			String.raw`\b(?:a|an|one|another) (?:[\p{L}-]+ )?(paper|preprint|book|essay) (?:from|at|in) (?:last year['’]s |this year['’]s |(?:19|20)\d\d )?(${VENUE_NAMES.map(name => escapeRegExp(name)).join('|')})\b`,
			match => ({kind: match[1], title: `Untitled ${match[1]!} from ${match[2]!}`, said: match[0]}),
			/paper|preprint|book|essay/,
		),
		// “A Title in Quotes,” by AUTHOR (the kind from what was said before); one word in quotes is too often a word quoted (spoken.ts reads lists of them)
		rule(
			String.raw`[“"](${WORD}[^”"\n]{0,150}?)[,.!]?[”"](?:,? by (${NAME}))?`,
			match =>
				isTitleCase(match[1]!) && (match[1]!.includes(' ') || match[2] !== undefined)
					? {title: match[1]!.replace(/[,.]$/, ''), ...(match[2] ? {author: match[2]} : {})}
					: undefined,
			/[“"]/,
		),
		// "I'd just read The Long Title"
		rule(
			String.raw`\b(?:just read|was reading|been reading|I['’]m reading|am reading|finished reading|re-?read) ((?:The|A|An) ${RUN})`,
			match => ({kind: 'book', title: match[1]!}),
			/read/,
		),
		// "it's called X" (the kind from what was said before)
		rule(String.raw`\b(?:[Ii]t|[Tt]hat|[Tt]his)(?:['’]s| is| was) called (${TITLE})`, match => ({title: match[1]!}), /called/),
	];
	return compiled;
}

/** Every title the rules find in a stretch of text, with where it is. */
export function findTitles(text: string): Found[] {
	const found: Found[] = [];
	for (const {pattern, read, needs} of rules()) {
		if (!needs.every(need => need.test(text))) continue;
		for (const match of text.matchAll(pattern)) {
			const says = read(match);
			if (!says) continue;
			const {title, kind, author, said, byAuthors, handle, fallback} = says;
			const index = match.index + match[0].lastIndexOf(said ?? title);
			const by = author?.replace(/['’]s$/, '');
			found.push({
				title,
				index,
				kind: kind === undefined ? undefined : kindOf(kind),
				...(by ? {author: by} : {}),
				...(said ? {said} : {}),
				...(byAuthors ? {byAuthors} : {}),
				...(handle ? {handle} : {}),
				...(fallback ? {fallback} : {}),
			});
		}
	}

	return found;
}
