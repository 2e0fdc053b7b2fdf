/*
 * How well search finds paraphrased quotes: hits@1 and hits@5, per set and per kind of change, and
 * the misses (search-cases.ts names the sets).
 *
 *   npx tsx test/devset/search-score.ts      (or: node --import tsx test/devset/search-score.ts)
 */
import {devSet, hitsWithin, LIMIT, ownSet, type Outcome} from './search-cases.js';

const share = (count: number, all: number) => (all === 0 ? '   -' : (count / all).toFixed(2));

function row(name: string, outcomes: readonly Outcome[]): string {
	const at1 = hitsWithin(outcomes, 1);
	const at5 = hitsWithin(outcomes, 5);
	return `  ${name.padEnd(14)} ${String(outcomes.length).padStart(3)}   hits@1 ${share(at1, outcomes.length)} (${String(at1).padStart(2)})   hits@5 ${share(at5, outcomes.length)} (${String(at5).padStart(2)})`;
}

function report(title: string, outcomes: readonly Outcome[]): void {
	console.log(`\n${title}`);
	console.log(row('all', outcomes));
	const kinds = [...new Set(outcomes.map(outcome => outcome.case.kind))];
	for (const kind of kinds)
		console.log(
			row(
				kind,
				outcomes.filter(outcome => outcome.case.kind === kind),
			),
		);
	const misses = outcomes.filter(outcome => outcome.rank !== 1);
	if (misses.length === 0) return;
	console.log(`  not first (${misses.length}):`);
	for (const {case: test, rank, first} of misses) {
		const where = rank === undefined ? `not in top ${LIMIT}` : `rank ${rank}`;
		console.log(`    [${test.kind}] ${test.source}: "${test.query}" → want ${test.wanted}, ${where}; first: ${first}`);
	}
}

report('Own transcripts (test/fixtures/search-paraphrases.ts)', await ownSet());
const dev = await devSet();
if (dev) report('Real transcripts (test/devset/search)', dev);
