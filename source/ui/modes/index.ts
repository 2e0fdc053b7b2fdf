/**
 * The reader's modes, one record each: how its keys are read, what the footer says of them, what
 * they do, and what it draws. A new mode is a file here, a line in this table, and its kind in
 * `Mode` (reader-state.ts): the compiler names whatever is missing.
 */
import type {ModeKind, ReaderState} from '../reader-state.js';
import {bookmarks} from './bookmarks.js';
import {chapters} from './chapters.js';
import {help} from './help.js';
import type {ModeSpec} from './mode.js';
import {note} from './note.js';
import {reading} from './reading.js';
import {search} from './search.js';
import {speakers} from './speakers.js';
import {time} from './time.js';
import {works} from './works.js';

export const MODES = {reading, help, search, chapters, bookmarks, speakers, time, note, works} satisfies {readonly [K in ModeKind]: ModeSpec<K>};

/** The record of the mode the reader is in. */
export function modeOf(state: ReaderState): ModeSpec<ModeKind> {
	return MODES[state.mode.kind] as ModeSpec<ModeKind>;
}
