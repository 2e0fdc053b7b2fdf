/**
 * `parley refs DIR`: every work a library's episodes mention, each listed once with the episodes
 * and moments it comes up in. The works are looked for once per episode and kept in the index.
 */
import {basename} from 'node:path';
import {escapeInline, linkTarget} from '../core/export/markdown.js';
import {plural} from '../core/formats/warnings.js';
import {formatClock} from '../core/time.js';
import {sanitizeLine} from '../core/sanitize.js';
import {groupWorks, mentionCount, mentionStamps, stampText, workLine} from '../core/work-groups.js';
import {findLibraryWorks, showWorks, type ShowWork} from '../library/library-works.js';
import {refreshedLibrary} from './index.js';
import {progressOutput} from './progress-output.js';

type Said = ShowWork['episodes'][number];

/** `00:12:03 00:15:00~`, or how often it comes up in an episode without times; or that the notes link it. */
function momentsIn({episode, work}: Said): string {
	if (work.mentions.length === 0) return 'in the show notes only';
	if (!episode.timed) return mentionCount(work);
	return mentionStamps(work)
		.map(stamp => stampText(stamp))
		.join(' ');
}

function summary(folder: string, works: readonly ShowWork[], episodes: number): string {
	const saying = new Set(works.flatMap(work => work.episodes.map(said => said.episode.id))).size;
	const name = sanitizeLine(basename(folder));
	return works.length === 0
		? `${name}: no books, papers or other works found in ${plural(episodes, 'episode')}`
		: `${name}: ${plural(works.length, 'work')} mentioned in ${saying} of ${plural(episodes, 'episode')}`;
}

function table(folder: string, works: readonly ShowWork[], episodes: number): string {
	const rows = groupWorks(works).flatMap(group => [
		group.title,
		...group.works.flatMap(work => [
			`  ${sanitizeLine(workLine(work))}  (${plural(work.episodes.length, 'episode')})`,
			...work.episodes.map(said => `      ${sanitizeLine(said.episode.path)}  ${momentsIn(said)}`),
		]),
	]);
	return `${[summary(folder, works, episodes), ...rows].join('\n')}\n`;
}

/** Seconds to the millisecond, as `parley refs FILE --json` gives them. */
const seconds = (time: number) => Math.round(time * 1000) / 1000;

function json(works: readonly ShowWork[]): string {
	const listed = works.map(work => ({
		title: work.title,
		kind: work.kind,
		...(work.author === undefined ? {} : {author: work.author}),
		...(work.url === undefined ? {} : {url: work.url}),
		episodes: work.episodes.map(({episode, work: said}) => ({
			file: sanitizeLine(episode.path),
			title: episode.title,
			origin: said.origin,
			mentions: said.mentions.map(mention =>
				episode.timed ? {time: seconds(mention.time), indirect: mention.indirect} : {paragraph: mention.paragraph, indirect: mention.indirect},
			),
		})),
	}));
	return `${JSON.stringify({works: listed}, undefined, 2)}\n`;
}

/** A reading list of the show: each work once, with the episodes (and first moments) it comes up in. */
function readingList(folder: string, works: readonly ShowWork[], episodes: number): string {
	const heading = `# Reading list: ${escapeInline(basename(folder))}`;
	const item = (work: ShowWork) => {
		const title = `*${escapeInline(work.title)}*`;
		const linked = work.url === undefined ? title : `[${title}](${linkTarget(work.url)})`;
		const where = work.episodes.map(
			({episode, work: said}) =>
				`${escapeInline(episode.title)}${episode.timed && said.mentions.length > 0 ? ` (${formatClock(said.mentions[0]!.time)})` : ''}`,
		);
		return `- ${linked}${work.author === undefined ? '' : ` — ${escapeInline(work.author)}`} — ${where.join('; ')}`;
	};

	const sections = groupWorks(works).map(group => `## ${group.title}\n\n${group.works.map(item).join('\n')}`);
	return `${[heading, summary(folder, works, episodes), ...sections].join('\n\n')}\n`;
}

/** The library's works as `--json`, `--to md` or a table say. */
export async function libraryRefs(folder: string, options: {readonly json: boolean; readonly to: 'md' | undefined}): Promise<string> {
	const {library, refreshed} = await refreshedLibrary(folder);
	const progress = progressOutput(process.stderr, 'finding works');
	try {
		await findLibraryWorks(library, progress.update);
	} finally {
		progress.end();
	}

	const works = showWorks(library.index);
	const episodes = refreshed.rows.filter(episode => episode.problem === undefined).length;
	library.index.close();
	if (options.to === 'md') return readingList(library.folder, works, episodes);
	return options.json ? json(works) : table(library.folder, works, episodes);
}
