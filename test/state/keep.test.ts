import {mkdtempSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {addBookmark, bookmarkFor, contentKey, emptyEpisodeState, serializeEpisodeState} from '../../source/core/bookmarks.js';
import {openKeep} from '../../source/state/keep.js';
import {loadSeed} from '../helpers/transcripts.js';

const seed = await loadSeed();

/** A state folder holding one saved state for the bundled episode, with bookmarks at these paragraphs. */
function stateWith(paragraphs: readonly number[], position?: number) {
	const home = mkdtempSync(join(tmpdir(), 'parley-keep-'));
	mkdirSync(join(home, 'parley'));
	const made = paragraphs.map(paragraph => ({...bookmarkFor(seed, 0, 11, `at ${paragraph}`, new Date()), paragraph}));
	const state = made.reduce((saved, each) => addBookmark(each)(saved), emptyEpisodeState(seed.title));
	const withPosition = position === undefined ? state : {...state, position: {paragraph: 3, seconds: position, updated: new Date().toISOString()}};
	writeFileSync(join(home, 'parley', `${contentKey(seed)}.json`), serializeEpisodeState(withPosition));
	vi.stubEnv('XDG_STATE_HOME', home);
}

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('openKeep', () => {
	it('leaves out bookmarks of paragraphs the transcript does not have (a file edited by hand), also after a save', () => {
		stateWith([2, 99_999]);
		const keep = openKeep(seed, undefined);
		expect(keep.kept.bookmarks.map(bookmark => bookmark.note)).toEqual(['at 2']);
		const saved = keep.save(state => state);
		expect(saved.state.bookmarks.map(bookmark => bookmark.note)).toEqual(['at 2']);
	});

	it('offers where the reader stopped from a minute in, unless a time to start at was given', () => {
		stateWith([], 35 * 60);
		expect(openKeep(seed, undefined).kept.resumeAt).toBe(35 * 60);
		expect(openKeep(seed, 60).kept.resumeAt).toBeUndefined();
		stateWith([], 30);
		expect(openKeep(seed, undefined).kept.resumeAt).toBeUndefined();
	});
});
