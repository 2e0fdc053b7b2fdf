/*
 * What the user typed: quoted phrases must appear as they are; every other word is matched
 * fuzzily, in any order (rank.ts). Punctuation typed around a word is not part of it.
 */

export type ParsedQuery = {
	/** Exact phrases, folded for matching. */
	readonly phrases: readonly string[];
	/** Words to match fuzzily, folded. */
	readonly words: readonly string[];
	/** How long the typed text is, without quotes: the size of the span to highlight. */
	readonly length: number;
};

/**
 * Curly quotes and apostrophes as their plain forms, hyphens and dashes as spaces ("low-rank" is
 * remembered as "low rank"), lower case; every character keeps its index (so `İ`, which alone
 * lower-cases to two characters, is `i`).
 */
export function foldForMatching(text: string): string {
	return text
		.replaceAll('İ', 'I')
		.toLowerCase()
		.replace(/[‘’ʼ]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[-‐‑–—]/g, ' ');
}

/** Nobody remembers a longer quote word for word, and each word costs fuse a pass. */
const MAX_WORDS = 16;

/** `|` is fuse's OR and `"` its quoting even inside a term; other operators only act at a term's edges. */
const SEPARATOR = /[\s|"]+/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function parseQuery(typed: string): ParsedQuery {
	const folded = foldForMatching(typed.normalize('NFC'));
	const phrases: string[] = [];
	const rest = folded.replace(/"([^"]*)"/g, (_, phrase: string) => {
		const clean = phrase.trim().replace(/\s+/g, ' ');
		if (clean) phrases.push(clean);
		return ' ';
	});
	const words = rest
		.split(SEPARATOR)
		.map(word => word.replace(EDGE_PUNCTUATION, ''))
		.filter(word => word.length > 1 || /\p{N}/u.test(word))
		.slice(0, MAX_WORDS);
	const length = [...phrases, ...words].join(' ').length;
	return {phrases, words, length};
}
