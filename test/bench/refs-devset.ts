/*
 * The works Parley finds on real episodes it was not written for, against the labels in
 * test/devset/works/*.json (transcripts fetched into .devset/ by `node test/devset/fetch.mjs`;
 * an episode whose transcript is not there is skipped and named).
 *
 * Only books, papers and essays are scored. A found work is right when one of its names (title or
 * alias) matches one of a labelled work's names: its title, the title without a parenthesis or
 * before its subtitle, or a form the label says it is said as; compared lower-case, without
 * punctuation or a leading article, allowing a small edit distance (a misheard letter). Each
 * labelled work is matched once: a second entry for it is wrong.
 *
 * Mentions: a labelled time is placed when the matched work has a mention within 15 s of it.
 * Changelog transcripts may parse without times; then a mention's time is that of the nearest
 * `\[mm:ss\]` stamp before its paragraph in the Markdown file, as the labels give them.
 *
 *   npx tsx test/bench/refs-devset.ts [--misses]
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Transcript} from '../../source/core/model.js';
import {findReferences} from '../../source/core/mentions/index.js';
import {parseNotes} from '../../source/core/mentions/notes.js';
import type {Work, WorkKind} from '../../source/core/mentions/work.js';
import {parseClock} from '../../source/core/time.js';
import {loadTranscript} from '../../source/inputs/transcript.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LABELS = join(root, 'test', 'devset', 'works');
const WRITTEN: readonly WorkKind[] = ['book', 'paper', 'essay'];
/** Seconds between a labelled time and a mention that places it. */
const NEAR = 15;

type FileRef = {readonly repo: string; readonly path: string; readonly commit?: string};

type LabelledWork = {
	readonly title: string;
	readonly kind: WorkKind;
	readonly author?: string | null;
	readonly at: readonly string[];
	readonly said?: readonly string[];
	readonly inNotes: boolean;
};

export type EpisodeLabels = {
	readonly id: string;
	readonly episode: string;
	readonly transcript: FileRef;
	readonly notes?: FileRef;
	readonly works: readonly LabelledWork[];
	readonly notWorks: readonly string[];
};

export function devsetPath(file: FileRef): string {
	return join(root, '.devset', file.repo.replace('/', '+'), file.path);
}

export function devsetLabels(): EpisodeLabels[] {
	return readdirSync(LABELS)
		.filter(name => name.endsWith('.json'))
		.sort()
		.map(name => ({id: name.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(LABELS, name), 'utf8')) as Omit<EpisodeLabels, 'id'>)}));
}

/** Lower case, no punctuation, no leading article, `&` as `and`. */
function norm(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/&/g, ' and ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^(?:the|a|an) /, '');
}

function distance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
		previous = row;
	}

	return previous[b.length]!;
}

/** A labelled work's names: its title, short forms of it, and how it is said. */
function labelNames(work: LabelledWork): string[] {
	const title = work.title;
	const bare = title.replace(/\s*\([^)]*\)/g, '');
	const forms = [title, bare, bare.split(/: | - |, Volume /)[0]!, ...saidForms(work)];
	return [...new Set(forms.map(form => norm(form)).filter(form => form.length >= 2))];
}

/**
 * How a labelled work is said: each form, each part of one said in parts (`Atomic something...
 * Atomic Habits`), and a form with its kind said after it without that word (`the PickAxe book`).
 */
function saidForms(work: LabelledWork): string[] {
	return (work.said ?? [])
		.flatMap(said => [said, ...said.split(/\s*\.\.\.\s*/)])
		.flatMap(said => [said, said.replace(/ (?:book|paper|essay|article|post)$/i, '')]);
}

function sameName(found: string, label: string): boolean {
	if (found === label) return true;
	const longest = Math.max(found.length, label.length);
	return longest >= 6 && distance(found, label) <= Math.floor(longest * 0.12);
}

function matches(work: Work, label: LabelledWork): boolean {
	const names = labelNames(label);
	const said = saidForms(label).map(form => ` ${norm(form)} `);
	const own = [work.title, work.title.split(/: | [-–—] /)[0]!, ...work.aliases].map(name => norm(name));
	// A said form may quote the words around the title ("a book over here called classes of graphs").
	return own.some(name => names.some(other => sameName(name, other)) || (name.includes(' ') && said.some(form => form.includes(` ${name} `))));
}

export type Score = {
	readonly found: number;
	readonly right: number;
	readonly labelled: number;
	readonly recalled: number;
	readonly kindRight: number;
	readonly wrong: readonly string[];
	readonly missed: readonly string[];
	/** Labelled times, and those a mention of the matched work is near. */
	readonly times: number;
	readonly placed: number;
};

export const precision = (score: Score) => (score.found === 0 ? 1 : score.right / score.found);
export const recall = (score: Score) => (score.labelled === 0 ? 1 : score.recalled / score.labelled);

/** For a transcript without times: each paragraph's time, the last `\[mm:ss\]` stamp before it in the Markdown. */
function stampedTimes(transcript: Transcript, path: string): number[] {
	const raw = readFileSync(path, 'utf8').replace(/\[unintelligible[^\]]*\]/gi, '');
	const flat = raw.replace(/\\/g, '');
	const stamps = [...flat.matchAll(/\[((?:\d+:)?\d+:\d+(?:\.\d+)?)\]/g)].map(match => ({at: match.index, time: parseClock(match[1]!) ?? 0}));
	let from = 0;
	return transcript.paragraphs.map(paragraph => {
		const where = flat.indexOf(paragraph.text.slice(0, 40), from);
		if (where >= 0) from = where;
		return stamps.filter(stamp => stamp.at <= from).at(-1)?.time ?? 0;
	});
}

function score(transcript: Transcript, found: readonly Work[], labels: readonly LabelledWork[], times: readonly number[]): Score {
	const taken = new Map<LabelledWork, Work>();
	const wrong: string[] = [];
	let kindRight = 0;
	for (const work of found) {
		const label = labels.find(candidate => !taken.has(candidate) && matches(work, candidate));
		if (!label) {
			wrong.push(`${work.kind}: ${work.title}${labels.some(candidate => matches(work, candidate)) ? ' (again)' : ''}`);
			continue;
		}

		taken.set(label, work);
		if (label.kind === work.kind) kindRight++;
	}

	let placed = 0;
	let all = 0;
	for (const label of labels) {
		const work = taken.get(label);
		const said = work?.mentions.map(mention => (transcript.timed ? mention.time : times[mention.paragraph]!)) ?? [];
		for (const at of label.at) {
			all++;
			if (said.some(time => Math.abs(time - parseClock(at)!) <= NEAR)) placed++;
		}
	}

	return {
		found: found.length,
		right: taken.size,
		labelled: labels.length,
		recalled: taken.size,
		kindRight,
		wrong,
		missed: labels.filter(label => !taken.has(label)).map(label => `${label.kind}: ${label.title}`),
		times: all,
		placed,
	};
}

export type EpisodeScore = {
	readonly id: string;
	readonly words: Score;
	/** With the show notes, where the episode has them. */
	readonly withNotes?: Score;
	/** Of the works the notes link to, how many are found with them. */
	readonly notesRecall?: number;
	/** Found works of other kinds (datasets, models, benchmarks): not scored, listed. */
	readonly otherKinds: readonly string[];
	readonly ms: number;
};

export type DevsetFigures = {readonly scored: readonly EpisodeScore[]; readonly skipped: readonly string[]};

const written = (works: readonly Work[]) => works.filter(work => WRITTEN.includes(work.kind));

async function scoreEpisode(labels: EpisodeLabels): Promise<EpisodeScore> {
	const path = devsetPath(labels.transcript);
	const transcript = await loadTranscript({kind: 'file', path});
	const times = transcript.timed ? [] : stampedTimes(transcript, path);
	const started = performance.now();
	const found = findReferences(transcript).works;
	const ms = performance.now() - started;
	const labelled = labels.works.filter(work => WRITTEN.includes(work.kind));
	const notesPath = labels.notes && devsetPath(labels.notes);
	const notes = notesPath && existsSync(notesPath) ? await notesScore(transcript, readFileSync(notesPath, 'utf8'), labelled, times) : {};
	return {
		id: labels.id,
		words: score(transcript, written(found), labelled, times),
		...notes,
		otherKinds: found.filter(work => !WRITTEN.includes(work.kind)).map(work => `${work.kind}: ${work.title}`),
		ms,
	};
}

/** With the show notes: all labelled works, and those the notes link to (`inNotes`). */
async function notesScore(
	transcript: Transcript,
	notes: string,
	labelled: readonly LabelledWork[],
	times: readonly number[],
): Promise<Pick<EpisodeScore, 'withNotes' | 'notesRecall'>> {
	const found = written(findReferences(transcript, [], await parseNotes(notes, 'md')).works);
	const withNotes = score(transcript, found, labelled, times);
	const linked = score(
		transcript,
		found,
		labelled.filter(work => work.inNotes),
		times,
	);
	return {withNotes, notesRecall: recall(linked)};
}

export async function measureDevset(): Promise<DevsetFigures> {
	const scored: EpisodeScore[] = [];
	const skipped: string[] = [];
	for (const labels of devsetLabels()) {
		if (existsSync(devsetPath(labels.transcript))) scored.push(await scoreEpisode(labels));
		else skipped.push(labels.id);
	}

	return {scored, skipped};
}

const two = (value: number) => value.toFixed(2);
const mean = (values: readonly number[]) => (values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length);

export function devsetTable({scored, skipped}: DevsetFigures, misses = false): string {
	if (scored.length === 0) return `Works dev set: no transcript fetched (node test/devset/fetch.mjs); skipped ${skipped.length} episodes.`;
	const rows = scored.map(({id, words, withNotes, notesRecall, otherKinds, ms}) => {
		const notes = withNotes ? `${two(recall(withNotes))} (${withNotes.recalled}/${withNotes.labelled}); notes' works ${two(notesRecall!)}` : '–';
		return `| ${id} | ${two(precision(words))} (${words.right}/${words.found}) | ${two(recall(words))} (${words.recalled}/${words.labelled}) | ${words.kindRight}/${words.right} | ${words.placed}/${words.times} | ${notes} | ${otherKinds.length} | ${ms.toFixed(0)} ms |`;
	});
	const withNotes = scored.filter(each => each.withNotes);
	const summary = `| mean of ${scored.length} | ${two(mean(scored.map(each => precision(each.words))))} | ${two(mean(scored.map(each => recall(each.words))))} | | | ${withNotes.length === 0 ? '–' : `${two(mean(withNotes.map(each => recall(each.withNotes!))))} over ${withNotes.length}; notes' works ${two(mean(withNotes.map(each => each.notesRecall!)))}`} | | |`;
	const details = misses
		? scored.flatMap(({id, words, withNotes, otherKinds}) => [
				`\n${id}`,
				`  wrong: ${words.wrong.join('; ') || 'none'}`,
				`  missed: ${words.missed.join('; ') || 'none'}`,
				`  other kinds: ${otherKinds.join('; ') || 'none'}`,
				...(withNotes
					? [`  with notes, wrong: ${withNotes.wrong.join('; ') || 'none'}`, `  with notes, missed: ${withNotes.missed.join('; ') || 'none'}`]
					: []),
			])
		: [];
	return [
		'| works dev set (books, papers, essays) | precision, words only | recall, words only | kind right | times placed | recall with show notes | other kinds found | time |',
		'|---|---|---|---|---|---|---|---|',
		...rows,
		summary,
		...(skipped.length > 0 ? [`\nSkipped (transcript not fetched): ${skipped.join(', ')}.`] : []),
		...details,
	].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(devsetTable(await measureDevset(), process.argv.includes('--misses')));
