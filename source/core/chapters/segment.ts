/*
 * Where the topics of a stretch of conversation change: the division of its paragraphs into a
 * given number of chapters that makes each chapter's words most its own. A chapter's cost is how
 * unlikely its words are under its own word counts (Utiyama and Isahara's model: -log of each
 * word's Laplace-smoothed share of the chapter), so a chapter that keeps using the same words costs
 * little; dynamic programming finds the cheapest division. A division into more chapters is
 * taken only when it makes the words likelier (a short chapter only where the words change
 * strongly), and a cost per chapter, found by bisection, keeps the chapters to the number wanted.
 * A chapter starting where a cue is (someone turning to a new topic, cues.ts) costs that much less.
 * Whole-episode scoring, unlike comparing the words on either side of each paragraph, does not cut
 * at every aside.
 */

/** A stretch to divide: each paragraph's word ids (words said only once in the episode left out) and start. */
export type Stretch = {
	readonly words: ReadonlyArray<readonly number[]>;
	readonly starts: readonly number[];
	/** Where the stretch ends, in seconds. */
	readonly end: number;
	/** How many different words the ids count up to. */
	readonly vocabulary: number;
	/** For each paragraph, how much a chapter starting there is favoured, in nats of cost (cues.ts). */
	readonly cues: readonly number[];
};

/** No chapter longer (longer ones are not considered: the cost table stays linear in the episode). */
const LONGEST_SECONDS = 30 * 60;
const BISECTIONS = 20;

/** c·log(c+1) for every count c up to `most`: a chapter's cost without a logarithm a word. */
function countTerms(most: number): Float64Array {
	const terms = new Float64Array(most + 2);
	for (let count = 1; count < terms.length; count++) terms[count] = count * Math.log(count + 1);
	return terms;
}

/** costs[i][k]: the cost of a chapter of paragraphs [i, i + k + 1). */
function chapterCosts({words, starts, vocabulary}: Stretch): Float64Array[] {
	const counts = new Int32Array(vocabulary);
	const terms = countTerms(words.reduce((sum, paragraph) => sum + paragraph.length, 0));
	let reach = 0;
	return words.map((_, first) => {
		// The paragraphs a chapter from `first` may run to: the first always, then within `LONGEST_SECONDS`.
		reach = Math.max(reach, first + 1);
		while (reach < words.length && starts[reach]! - starts[first]! <= LONGEST_SECONDS) reach++;
		const row = new Float64Array(reach - first);
		let total = 0;
		// Σ c·log(c+1) over the chapter's words; the cost is n·log(n+V) minus it.
		let shares = 0;
		for (let last = first; last < reach; last++) {
			for (const id of words[last]!) {
				const count = counts[id]!;
				shares += terms[count + 1]! - terms[count]!;
				counts[id] = count + 1;
			}

			total += words[last]!.length;
			row[last - first] = total * Math.log(total + vocabulary) - shares;
		}

		for (let last = first; last < reach; last++) for (const id of words[last]!) counts[id] = 0;
		return row;
	});
}

/**
 * For each paragraph, the first `after` that makes [paragraph, after) a chapter at least `shortest`
 * long; past the end for a paragraph with no time of its own (the one before starts with it).
 */
function shortestEnds(starts: readonly number[], end: number, shortest: number): Int32Array {
	const ends = new Int32Array(starts.length);
	let after = 0;
	for (let first = 0; first < starts.length; first++) {
		after = Math.max(after, first + 1);
		while (after < starts.length && starts[after]! - starts[first]! < shortest) after++;
		const untimed = first > 0 && starts[first] === starts[first - 1];
		ends[first] = untimed || (after === starts.length && end - starts[first]! < shortest) ? starts.length + 1 : after;
	}

	return ends;
}

/**
 * The cheapest division for a cost per chapter, less the cue where each chapter starts, as the
 * paragraphs its chapters (but the first) start at. A chapter [first, after) needs
 * `after >= shortestAfter[first]`.
 */
function divide(costs: readonly Float64Array[], shortestAfter: Int32Array, cues: readonly number[], perChapter: number): number[] {
	const count = costs.length;
	const best = new Float64Array(count + 1).fill(Number.POSITIVE_INFINITY);
	const from = new Int32Array(count + 1);
	best[0] = 0;
	for (let after = 1; after <= count; after++) {
		for (let first = after - 1; first >= 0; first--) {
			const row = costs[first]!;
			if (after - first > row.length) break;
			if (after < shortestAfter[first]!) continue;
			const total = best[first]! + row[after - first - 1]! + perChapter - cues[first]!;
			if (total < best[after]!) {
				best[after] = total;
				from[after] = first;
			}
		}
	}

	const starts: number[] = [];
	for (let after = count; after > 0 && Number.isFinite(best[after]!); after = from[after]!) if (from[after]! > 0) starts.push(from[after]!);
	return starts.reverse();
}

/**
 * The paragraphs (indices into the stretch) where its chapters after the first start: about
 * `wanted` chapters, none shorter than `shortest` seconds, none starting where the paragraph before
 * starts (it has no time of its own).
 */
export function segment(stretch: Stretch, wanted: number, shortest: number): number[] {
	const {starts, end} = stretch;
	if (wanted <= 1 || starts.length < 2) return [];
	const costs = chapterCosts(stretch);
	const shortestAfter = shortestEnds(starts, end, shortest);
	// A chapter must pay for itself: the words of the two halves are likelier apart than together
	// (a cost per chapter of 0 at least). Then more cost per chapter, fewer chapters, until no more than wanted.
	let chosen = divide(costs, shortestAfter, stretch.cues, 0);
	if (chosen.length + 1 <= wanted) return chosen;
	let low = 0;
	let high = costs.length * 50;
	for (let step = 0; step < BISECTIONS; step++) {
		const middle = (low + high) / 2;
		const starts = divide(costs, shortestAfter, stretch.cues, middle);
		if (starts.length + 1 > wanted) low = middle;
		else {
			high = middle;
			chosen = starts;
		}
	}

	return chosen;
}
