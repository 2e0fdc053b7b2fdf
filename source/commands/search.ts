/** `parley search QUERY [FILE|DIR]`: the best matches for scripts and quick looks, like grep. */
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {InputError} from '../core/errors.js';
import {shownClock, type Transcript} from '../core/model.js';
import {excerpt} from '../core/search/highlight.js';
import {createSearchIndex, type SearchHit} from '../core/search/search.js';
import {sanitizeLine} from '../core/sanitize.js';
import {chooseSource} from '../inputs/episode.js';
import {loadTranscript, withTitle, type TranscriptSource} from '../inputs/transcript.js';
import {detectColorDepth} from '../ui/theme.js';
import {guardStdout} from './output.js';
import type {CommandContext} from './command.js';

type Episode = {readonly name: string | undefined; readonly transcript: Transcript};

/** Characters of context around a match. */
const CONTEXT = 120;

function isDirectory(source: TranscriptSource): source is {kind: 'file'; path: string} {
	try {
		return source.kind === 'file' && statSync(source.path).isDirectory();
	} catch {
		return false;
	}
}

/** Every transcript in a folder (an archive); files that are not transcripts are skipped and counted. */
async function loadFolder(path: string, from: string | undefined): Promise<Episode[]> {
	const names = readdirSync(path, {withFileTypes: true})
		.filter(entry => entry.isFile() && !entry.name.startsWith('.'))
		.map(entry => entry.name)
		.sort();
	const episodes: Episode[] = [];
	for (const name of names) {
		try {
			const file = {kind: 'file', path: join(path, name)} as const;
			episodes.push({name, transcript: withTitle(await loadTranscript(file, from), file)});
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
		}
	}

	if (episodes.length === 0) throw new InputError(`no transcripts in '${path}'`);
	const read = new Set(episodes.map(episode => episode.name));
	const skipped = names.filter(name => !read.has(name));
	if (skipped.length > 0) {
		const listed = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? ` and ${skipped.length - 3} more` : '');
		process.stderr.write(`parley: skipped what is not a transcript: ${sanitizeLine(listed)}\n`);
	}
	return episodes;
}

async function loadEpisodes(source: TranscriptSource, from: string | undefined): Promise<Episode[]> {
	if (isDirectory(source)) return loadFolder(source.path, from);
	return [{name: undefined, transcript: withTitle(await loadTranscript(source, from), source)}];
}

function speakerOf(transcript: Transcript, hit: SearchHit): string {
	const turn = transcript.turns[transcript.paragraphs[hit.paragraph]!.turn]!;
	return turn.speaker === undefined ? '' : transcript.speakers[turn.speaker]!.name;
}

function asJson(episodes: readonly Episode[], hits: readonly SearchHit[]): string {
	const results = hits.map(hit => {
		const {name, transcript} = episodes[hit.episode]!;
		const text = transcript.paragraphs[hit.paragraph]!.text;
		return {
			// A file's name is untrusted text like its contents (JSON escapes controls, not bidi overrides).
			...(name === undefined ? {} : {file: sanitizeLine(name)}),
			episode: transcript.title,
			time: transcript.timed ? Math.round(hit.time * 10) / 10 : null,
			timestamp: shownClock(transcript, hit.time) || null,
			speaker: speakerOf(transcript, hit),
			passage: text.slice(hit.start, hit.end),
			sentence: hit.unit.text,
			paragraph: hit.paragraph,
			start: hit.start,
			end: hit.end,
			score: Math.round(hit.score * 1000) / 1000,
			missing: hit.missing,
		};
	});
	return `${JSON.stringify(results, undefined, 2)}\n`;
}

function asText(episodes: readonly Episode[], hits: readonly SearchHit[], bold: boolean): string {
	return hits
		.map(hit => {
			const {name, transcript} = episodes[hit.episode]!;
			const {before, passage, after} = excerpt(transcript.paragraphs[hit.paragraph]!.text, hit, CONTEXT);
			const marked = bold ? `\u001B[1m${passage}\u001B[22m` : passage;
			const lacking = hit.missing.length > 0 && `(not found: ${hit.missing.join(' ')})`;
			const where = [name && sanitizeLine(name), shownClock(transcript, hit.time), speakerOf(transcript, hit), lacking].filter(Boolean).join('  ');
			return `${where}\n    ${before}${marked}${after}\n`;
		})
		.join('\n');
}

const DEFAULT_LIMIT = 10;

function searchLimit(limit: string | undefined): number {
	if (limit === undefined) return DEFAULT_LIMIT;
	if (!/^[1-9]\d*$/.test(limit)) throw new InputError(`--limit expects a whole number from 1; got '${limit}'`);
	return Number(limit);
}

/** Prints the matches; resolves with the exit status: 0 found, 1 nothing matched. */
export async function run({input, flags, bundledEpisode}: CommandContext): Promise<number> {
	const [query, ...paths] = input;
	if (query === undefined || query.trim() === '') throw new InputError('search needs a QUERY: parley search "half-remembered quote" [FILE|DIR]');
	const limit = searchLimit(flags.limit);
	guardStdout();
	// The passage in bold for a reader at a terminal with colours.
	const bold = process.stdout.isTTY && detectColorDepth(process.env, true) > 0;
	const episodes = await loadEpisodes(chooseSource(paths, bundledEpisode), flags.from);
	const hits = createSearchIndex(episodes.map(episode => episode.transcript)).search(query, limit);
	process.stdout.write(flags.json === true ? asJson(episodes, hits) : asText(episodes, hits, bold));
	return hits.length > 0 ? 0 : 1;
}
