/**
 * Which links in show notes are books, papers and essays, as data: the sites that sell or hold
 * them, and the words around a link that say what it is. Tested in test/core/mentions/notes.test.ts.
 */
import type {WorkKind} from './work.js';

/** Hosts (and paths) whose pages are books: shops, catalogues, publishers. */
const BOOK_SITES: readonly RegExp[] = [
	/(?:^|\.)amazon\.[a-z.]+$/,
	/^amzn\.(?:to|com)$/,
	/(?:^|\.)goodreads\.com$/,
	/(?:^|\.)openlibrary\.org$/,
	/^books\.google\./,
	/(?:^|\.)bookshop\.org$/,
	/(?:^|\.)barnesandnoble\.com$/,
	/(?:^|\.)audible\.[a-z.]+$/,
	/(?:^|\.)worldcat\.org$/,
	/(?:^|\.)pragprog\.com\/(?:book|titles)/,
	/(?:^|\.)oreilly\.com\/(?:product|library\/view|catalog)/,
	/(?:^|\.)manning\.com\/books/,
	/(?:^|\.)nostarch\.com/,
	/(?:^|\.)packtpub\.com/,
	/(?:^|\.)leanpub\.com/,
	/(?:^|\.)apress\.com/,
	/(?:^|\.)informit\.com/,
	/(?:^|\.)mitpress\.mit\.edu/,
	/(?:^|\.)press\.princeton\.edu/,
	/(?:^|\.)penguinrandomhouse\.com/,
	/(?:^|\.)harpercollins\.com/,
	/(?:^|\.)simonandschuster\.com/,
	/(?:^|\.)wiley\.com/,
	/(?:^|\.)routledge\.com/,
	/(?:^|\.)link\.springer\.com\/book/,
	/(?:^|\.)cambridge\.org\/core\/books/,
];

/** Hosts whose pages are papers: preprint servers, DOIs, digital libraries. */
const PAPER_SITES: readonly RegExp[] = [
	/(?:^|\.)arxiv\.org$/,
	/^(?:dx\.)?doi\.org$/,
	/^dl\.acm\.org$/,
	/^ieeexplore\.ieee\.org$/,
	/(?:^|\.)semanticscholar\.org$/,
	/(?:^|\.)jstor\.org$/,
	/(?:^|\.)ssrn\.com$/,
	/(?:^|\.)biorxiv\.org$/,
	/(?:^|\.)pubmed\.ncbi\.nlm\.nih\.gov$/,
	/^openreview\.net$/,
	/^aclanthology\.org$/,
	/^papers\.nips\.cc$/,
	/^proceedings\.neurips\.cc$/,
	/^proceedings\.mlr\.press$/,
	/(?:^|\.)usenix\.org\/(?:conference|system\/files)/,
];

/** Hosts that are never a work by themselves: profiles, code, video, social sites (unless the words around say so). */
const NOT_WORK_SITES: readonly RegExp[] = [
	/(?:^|\.)github\.com$/,
	/(?:^|\.)gitlab\.com$/,
	/(?:^|\.)twitter\.com$/,
	/^x\.com$/,
	/(?:^|\.)youtube\.com$/,
	/^youtu\.be$/,
	/(?:^|\.)linkedin\.com$/,
	/(?:^|\.)facebook\.com$/,
	/(?:^|\.)instagram\.com$/,
	/(?:^|\.)reddit\.com$/,
	/(?:^|\.)coursera\.org$/,
	/(?:^|\.)udemy\.com$/,
	/(?:^|\.)etsy\.com$/,
	/(?:^|\.)changelog\.com\/(?:podcast|gotime|jsparty|founderstalk|practicalai|shipit|news\/?$)/,
];

/** Words beside a link that say what it is, strongest first ("In this book we…", "a PDF of the paper"). */
const KIND_BESIDE: ReadonlyArray<readonly [RegExp, WorkKind]> = [
	[/\b(?:book|books|novel|memoir|biography|textbook|print book|ebook|book series)\b/i, 'book'],
	[/\b(?:paper|preprint|white ?paper|publication)\b/i, 'paper'],
	[/\b(?:essay|article|blog post|post|lecture)\b/i, 'essay'],
];

/** `www.amazon.com/dp/…` as `amazon.com/dp/…`: the host and path compared with the tables. */
function site(url: string): {readonly host: string; readonly path: string} | undefined {
	try {
		const parsed = new URL(url);
		return {host: parsed.hostname.toLowerCase().replace(/^www\./, ''), path: parsed.pathname.toLowerCase()};
	} catch {
		return undefined;
	}
}

const onSite = (patterns: readonly RegExp[], url: string) => {
	const where = site(url);
	return where !== undefined && patterns.some(pattern => pattern.test(pattern.source.includes('\\/') ? `${where.host}${where.path}` : where.host));
};

/** What a link's site says it is: a book, a paper, never a work, or nothing (`undefined`). */
export function kindOfSite(url: string): WorkKind | 'none' | undefined {
	if (onSite(NOT_WORK_SITES, url)) return 'none';
	// A site of its own for a book (`…book.com`), or a page under /book/ or /books/.
	const where = site(url);
	if (onSite(BOOK_SITES, url) || /book\.[a-z]+$/.test(where?.host ?? '') || /\/books?\//.test(where?.path ?? '')) return 'book';
	return onSite(PAPER_SITES, url) || /\.pdf$/i.test(where?.path ?? '') ? 'paper' : undefined;
}

/** What the words beside a link say it is. */
export function kindBeside(words: string): WorkKind | undefined {
	return KIND_BESIDE.find(([pattern]) => pattern.test(words))?.[1];
}
