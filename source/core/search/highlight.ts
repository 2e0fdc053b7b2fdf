/*
 * fuse reports every run of characters that matched, often scattered single letters across a
 * sentence. A reader wants to see the passage: the densest stretch of matches about as long as
 * the query, widened to whole words.
 */

export type Span = {readonly start: number; readonly end: number};

/** Inclusive [start, end] pairs, merged where they touch or are one character apart. */
function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Span[] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
	const merged: Span[] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last.end + 2) merged[merged.length - 1] = {start: last.start, end: Math.max(last.end, end + 1)};
		else merged.push({start, end: end + 1});
	}

	return merged;
}

const matched = (spans: readonly Span[]) => spans.reduce((sum, span) => sum + span.end - span.start, 0);

/** The window of spans, at most `width` wide (or one span), that covers the most matched text. */
function densest(spans: readonly Span[], width: number): Span {
	let best: Span = spans[0]!;
	let bestMatched = 0;
	let first = 0;
	for (let last = 0; last < spans.length; last++) {
		while (first < last && spans[last]!.end - spans[first]!.start > width) first++;
		const covered = matched(spans.slice(first, last + 1));
		if (covered > bestMatched) {
			bestMatched = covered;
			best = {start: spans[first]!.start, end: spans[last]!.end};
		}
	}

	return best;
}

function widenToWords(text: string, {start, end}: Span): Span {
	let from = start;
	let to = end;
	while (from > 0 && /[\p{L}\p{N}'’-]/u.test(text[from - 1]!)) from--;
	while (to < text.length && /[\p{L}\p{N}'’-]/u.test(text[to]!)) to++;
	return {start: from, end: to};
}

/** The span of `text` to highlight for a query of `queryLength` characters; `end` is exclusive. */
export function highlightSpan(text: string, ranges: ReadonlyArray<readonly [number, number]>, queryLength: number): Span | undefined {
	const spans = mergeRanges(ranges);
	if (spans.length === 0) return undefined;
	return widenToWords(text, densest(spans, Math.max(1, Math.round(queryLength * 1.5))));
}

export type Excerpt = {readonly before: string; readonly passage: string; readonly after: string};

/**
 * The passage with about `room` characters of context around it, cut at spaces and marked with
 * ellipses: half before it, and whatever the start of the text leaves over, after it.
 */
export function excerpt(text: string, {start, end}: Span, room: number): Excerpt {
	const before = Math.min(start, Math.floor(room / 2));
	let from = start - before;
	let to = Math.min(text.length, end + room - before);
	if (from > 0) from = text.indexOf(' ', from) + 1 || start;
	if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
	return {
		before: (from > 0 ? '…' : '') + text.slice(Math.min(from, start), start),
		passage: text.slice(start, end),
		after: text.slice(end, to).trimEnd() + (to < text.length ? '…' : ''),
	};
}
