/**
 * The cues of speech before a title ("a book called", "my first pick is", "I read"), each with what
 * a title after it needs to be believed: the table findSpokenTitles (spoken.ts) goes through.
 */
import type {Found} from './rules.js';
import type {WorkKind} from './work.js';

/** How a title was written: in quotes, capitalised, or in lower case (shown title-cased). */
export type Form = 'quoted' | 'capitalised' | 'lower';

export type Span = {readonly title: string; readonly start: number; readonly end: number; readonly form: Form};

export const WRITTEN_KIND = String.raw`(?:books?|novels?|memoirs?|biography|biographies|textbooks?|papers?|essays?|articles?|blog posts?|posts?|pieces?)`;
/** A person: up to three capitalised names or initials (`A. B. Author`), not the sentence after them. */
export const NAME = String.raw`\p{Lu}(?:\.|[\p{L}'’-]+)(?: \p{Lu}(?:\.|[\p{L}'’-]+)){0,2}`;
export const FILLER = String.raw`(?:so|uh|um|like|well|oh|I think|I believe|you know|actually)`;

type Cue = {
	readonly pattern: RegExp;
	/** The kind's word in the match, when it says one. */
	readonly kind?: (match: RegExpExecArray) => string | undefined;
	/** The kind when nothing said around the title says another: reading and writing are of books. */
	readonly fallback?: WorkKind;
	/** Whether a title after this cue needs corroboration, and which (`Found['weak']`). */
	readonly weak: (title: Span) => Found['weak'];
	/** A word the text must hold for the cue to be there: tested first, as most text holds none. */
	readonly needs: RegExp;
};

/** The cue says which work it is ("called"): nothing more is needed. */
const STRONG = () => undefined;
/** The cue names the kind ("his book, X"): a title in lower case must be found again. */
const LOWER_AGAIN = (title: Span) => (title.form === 'lower' ? 'again' : undefined);
/** A title in lower case needs a kind of work said around it ("it's called X"). */
const LOWER_NEAR = (title: Span) => (title.form === 'lower' ? 'near' : undefined);
/** Reading and lists: a title in lower case must be found again; a capitalised one but `The …` needs a kind of work said around it. */
const UNMARKED_NEAR = (title: Span) => (title.form === 'lower' ? 'again' : title.form === 'quoted' || /^(?:The|A|An) /.test(title.title) ? undefined : 'near');

/** After "read": as UNMARKED_NEAR, but capitalised words with a title's small words between them are a title ("Amusing Ourselves to Death"), not a name. */
const READ_NEAR = (title: Span) =>
	title.form === 'capitalised' && / (?:of|to|the|in|for|a|an|with) /.test(title.title) && !/ (?:and|or) /.test(title.title) ? undefined : UNMARKED_NEAR(title);

const cue = (needs: RegExp, source: string, weak: Cue['weak'], kind?: Cue['kind'], fallback?: WorkKind, flags = 'giu'): Cue => ({
	needs,
	pattern: new RegExp(source, flags),
	weak,
	...(kind ? {kind} : {}),
	...(fallback ? {fallback} : {}),
});

/** Words before a title that say one follows, weakest last. Compiled at first use. */
let cues: readonly Cue[] | undefined;

export function spokenCues(): readonly Cue[] {
	cues ??= [
		// "a book over here called classes of graphs", "a great book by A B called X"
		cue(
			/\b(?:called|titled|entitled|named)\b/i,
			String.raw`\b(${WRITTEN_KIND})\b(?:[ ,]+[\p{L}'’]+){0,6}?,? (?:is |was )?(?:called|titled|entitled|named),? `,
			STRONG,
			match => match[1],
		),
		// "it's called X", "the other one is called X" (the kind from what was said before)
		cue(
			/\bcalled\b/i,
			String.raw`\b(?:it|that|this|one|the other one|the other|the first one|the second one|the title|the name)(?:['’]s| is| was) called,? `,
			LOWER_NEAR,
		),
		// "his book, Deep Work", "in her new novel the pale king", "my first book was X"
		cue(
			/book|novel|memoir|biograph|paper|essay|article|post|piece/i,
			String.raw`\b(?:my|his|her|their|your|our|this|another|the) (?:(?:new|latest|last|first|next|recent|favou?rite|own|early|classic|famous|great|big|little|second|third|fourth|idea) ){0,3}(${WRITTEN_KIND}),? `,
			LOWER_AGAIN,
			match => match[1],
		),
		// "you wrote a book, C Programming Language" (after "a", only with the comma)
		cue(
			/book|novel|memoir|biograph|paper|essay|article|post|piece/i,
			String.raw`\ban? (?:(?:new|great|wonderful|amazing|short|little|big|classic|famous) ){0,2}(${WRITTEN_KIND}), `,
			LOWER_AGAIN,
			match => match[1],
		),
		// "I read snow crash", "have you read The Pale King"
		// (in lower case: "Writing" inside a capitalised subtitle is no cue)
		cue(
			/\b(?:read|reread|recommend|finished|loved)/,
			String.raw`\b(?:read|reading|re-?read|rereading|recommend|recommended|recommending|finished|loved)(?: (?:like|through|all of))?,? (?:(?:a (?:good |big |large )?(?:chunk|bit|lot|part|portion)|some|all|most|much|parts|half|the (?:first|second|last) (?:half|part|few chapters)) of )?`,
			READ_NEAR,
			undefined,
			'book',
			'gu',
		),
		// "listening to Atomic Habits": an audiobook, or a podcast; a kind of work said around it tells
		cue(/\blistened to|\blistening to/, String.raw`\b(?:listening to|listened to) `, UNMARKED_NEAR, undefined, 'book', 'gu'),
		// "Malcolm Gladwell's "Blink"", "Philip Roth's American Pastoral"
		cue(/['’]s /, String.raw`\b\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+['’]s (?=[“"]|\p{Lu})`, UNMARKED_NEAR, undefined, 'book', 'gu'),
		// "the author of X", "she wrote, Their Eyes…"
		cue(
			/\b(?:author of|wrote|writing|co-?authored|coauthored)\b/,
			String.raw`\b(?:author of|wrote|writing|co-?authored|coauthored),? `,
			UNMARKED_NEAR,
			undefined,
			'book',
			'gu',
		),
		// "my first pick is X", "the next one is X", "number three is X"
		cue(
			/\b(?:pick|choice|number|next up|first up|one is|book is|recommendation|selection)\b/i,
			String.raw`\b(?:(?:my|the) (?:first|second|third|fourth|fifth|next|last|final|other|top) (?:pick|choice|one|book|recommendation|selection)(?: is|['’]s| would be|,)|number (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)(?: is|,)|(?:next|first) up(?: is|,)|(?:^|[.!?] )(?:one|another one|the other one|the first one|the second one|the third one|the last one) is)(?: probably| definitely)?(?: called| titled)?,? `,
			UNMARKED_NEAR,
			undefined,
			'book',
		),
	];
	return cues;
}
