/**
 * The reader's state (bookmarks, where they stopped) on disk: a file per transcript, named by its
 * content key, in the user's state folder. Nothing here is fatal: what cannot be read or saved is
 * a warning, and the store carries on in memory.
 */
import {closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {isAbsolute, join} from 'node:path';
import {emptyEpisodeState, NewerStateError, parseEpisodeState, serializeEpisodeState, type EpisodeState, type StateChange} from '../core/bookmarks.js';
import {InputError} from '../core/errors.js';
import {randomHex} from '../core/random-hex.js';
import {sanitizeLine} from '../core/sanitize.js';
import {LockBusyError, withLock} from './lock.js';

/** `$XDG_STATE_HOME/parley`, or `~/.local/state/parley`; a relative XDG_STATE_HOME is ignored, as the XDG spec says. */
export function stateDirectory(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
	const xdg = env.XDG_STATE_HOME;
	return join(xdg !== undefined && isAbsolute(xdg) ? xdg : join(home, '.local', 'state'), 'parley');
}

/** The state, and warnings not given before (each is given once, a line to show). */
export type Stored = {readonly state: EpisodeState; readonly warnings: readonly string[]};

export type EpisodeStore = {
	/** The state as saved, read afresh (another Parley may have changed it), with changes not yet saved. */
	readonly read: () => Stored;
	/** Apply `change` to the state as saved now, under the lock, and save it; unsaved, it is kept and tried again with the next. */
	readonly update: (change: StateChange) => Stored;
};

const REASONS: Readonly<Record<string, string>> = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'read-only file system',
	ENOSPC: 'no space left on device',
	EDQUOT: 'disk quota exceeded',
	ENOTDIR: 'not a folder',
	EISDIR: 'is a folder',
	ENOENT: 'no such folder',
};

/** Errors of the file system and a busy lock are the user's situation; anything else is a bug, and thrown. */
function reasonFor(error: unknown): string {
	if (error instanceof LockBusyError || error instanceof NewerStateError) return error.message;
	const {code} = error as NodeJS.ErrnoException;
	if (typeof code !== 'string') throw error;
	return REASONS[code] ?? (error as Error).message;
}

/** The saved state; none saved yet is the empty one. A malformed file is an `InputError`. */
function load(file: string, title: string): EpisodeState {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyEpisodeState(title);
		throw error;
	}

	return {...parseEpisodeState(text), title};
}

/** Write a temporary file beside `file`, flush it to disk, rename it over `file`: readers see the old file or the new, whole. */
export function writeAtomically(file: string, text: string) {
	const temporary = `${file}.${process.pid}.${randomHex(4)}.tmp`;
	try {
		const fd = openSync(temporary, 'wx', 0o600);
		try {
			writeFileSync(fd, text);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}

		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

export function openEpisodeStore(directory: string, key: string, title: string): EpisodeStore {
	const file = join(directory, `${key}.json`);
	const lock = `${file}.lock`;
	const given = new Set<string>();
	let fresh: string[] = [];
	let shown = emptyEpisodeState(title);
	let unsaved: StateChange[] = [];

	const warn = (warning: string) => {
		const line = sanitizeLine(warning);
		if (given.has(line)) return;
		given.add(line);
		fresh.push(line);
	};

	const stored = (): Stored => {
		const warnings = fresh;
		fresh = [];
		return {state: shown, warnings};
	};

	const withUnsaved = (state: EpisodeState) => unsaved.reduce((changed, change) => change(changed), state);

	/** Under the lock, so that a good file another Parley has just written is never taken for the corrupt one. */
	const loadLocked = (): EpisodeState => {
		try {
			return load(file, title);
		} catch (error) {
			if (error instanceof NewerStateError || !(error instanceof InputError)) throw error;
			const aside = `${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
			renameSync(file, aside);
			warn(`bookmarks file was unreadable (${error.message}); set aside as ${aside}`);
			return emptyEpisodeState(title);
		}
	};

	const read = (): Stored => {
		try {
			let saved: EpisodeState;
			try {
				saved = load(file, title);
			} catch (error) {
				if (error instanceof NewerStateError || !(error instanceof InputError)) throw error;
				saved = withLock(lock, loadLocked);
			}

			shown = withUnsaved(saved);
		} catch (error) {
			warn(`cannot read bookmarks: ${reasonFor(error)} (${directory})`);
		}

		return stored();
	};

	const update = (change: StateChange): Stored => {
		unsaved.push(change);
		shown = change(shown);
		try {
			mkdirSync(directory, {recursive: true, mode: 0o700});
			shown = withLock(lock, () => {
				const next = withUnsaved(loadLocked());
				writeAtomically(file, serializeEpisodeState(next));
				return next;
			});
			unsaved = [];
			// Saving works again: should it fail again, that is said again.
			given.clear();
		} catch (error) {
			warn(`cannot save bookmarks: ${reasonFor(error)} (${directory})`);
		}

		return stored();
	};

	return {read, update};
}
