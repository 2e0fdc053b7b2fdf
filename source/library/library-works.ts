/**
 * The works a library mentions: each episode's found once, as `parley refs FILE` finds them (with
 * the episode's show notes and refs file beside it), and kept in the index; then gathered across
 * the show, a work said in several episodes listed once with each of them.
 */
import {InputError} from '../core/errors.js';
import type {WorkKind} from '../core/mentions/work.js';
import {foldForMatching} from '../core/search/query.js';
import {referencesFor} from '../core/references.js';
import {loadEpisode} from '../inputs/episode.js';
import type {EpisodeRow, LibraryIndex, WorkRow} from './index-db.js';
import type {Library} from './library.js';
import type {Progress} from './progress.js';

/** A work of the show: the episodes it comes up in, most first. */
export type ShowWork = {
	readonly title: string;
	readonly kind: WorkKind;
	readonly author: string | undefined;
	readonly url: string | undefined;
	/** Each episode it comes up in (or is linked from in the notes), in the library's order. */
	readonly episodes: ReadonlyArray<{readonly episode: EpisodeRow; readonly work: WorkRow}>;
};

/** Look for the works of the episodes read since they were last looked for, telling `onProgress` after each. */
export async function findLibraryWorks({folder, index}: Library, onProgress: (progress: Progress) => void = () => {}): Promise<void> {
	const started = performance.now();
	const pending = index.worksToFind();
	for (const [done, episode] of pending.entries()) {
		index.putWorks(episode.id, await worksOf(`${folder}/${episode.path}`));
		onProgress({done: done + 1, total: pending.length, elapsedMs: performance.now() - started});
	}
}

async function worksOf(path: string): Promise<Array<Omit<WorkRow, 'episode'>>> {
	try {
		const {transcript, refs} = await loadEpisode([path], path, {}, {refs: true});
		return referencesFor(transcript, refs).works.map(work => ({
			title: work.title,
			kind: work.kind,
			author: work.author,
			url: work.url,
			origin: work.origin,
			mentions: work.mentions.map(mention => ({paragraph: mention.paragraph, time: mention.time, indirect: mention.indirect})),
		}));
	} catch (error) {
		// Changed since it was indexed and no longer readable: no works, until it is indexed again.
		if (error instanceof InputError) return [];
		throw error;
	}
}

/** The same work, however an episode capitalises or punctuates its title. */
const workKey = (title: string) =>
	foldForMatching(title)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** Every work of the library, one entry per work however many episodes say it: said in the most episodes first, then by title. */
export function showWorks(index: Pick<LibraryIndex, 'episodes' | 'works'>): ShowWork[] {
	const episodes = new Map(index.episodes().map(episode => [episode.id, episode]));
	const byKey = new Map<string, Array<{episode: EpisodeRow; work: WorkRow}>>();
	for (const work of index.works()) {
		const key = workKey(work.title);
		const said = byKey.get(key) ?? [];
		// Two works of one episode with one title (a book and its paper): the episode once, at the first.
		if (!said.some(each => each.episode.id === work.episode)) said.push({episode: episodes.get(work.episode)!, work});
		byKey.set(key, said);
	}

	return [...byKey.values()]
		.map(said => {
			// The title, author and link as the best-informed episode has them: a show-notes link over a spoken title.
			const best = said.find(each => each.work.url !== undefined) ?? said.find(each => each.work.author !== undefined) ?? said[0]!;
			const {title, kind, url} = best.work;
			return {title, kind, author: said.find(each => each.work.author !== undefined)?.work.author, url, episodes: said};
		})
		.sort((a, b) => b.episodes.length - a.episodes.length || a.title.localeCompare(b.title));
}
