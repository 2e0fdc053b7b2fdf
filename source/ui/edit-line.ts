/**
 * A line being typed, edited as a shell's is: typed text goes in at the cursor; Backspace, Delete,
 * Ctrl-W (a word), Ctrl-U (to the start); ←/→, Ctrl-A/Ctrl-E, Home/End, Alt-B/Alt-F (a word) move
 * the cursor. Pure. Positions count code points, so an emoji is one step.
 */
import type {Edit, EditLine, LineAction} from './reader-state.js';

export const EMPTY_LINE: EditLine = {text: '', cursor: 0};

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}'’_-]/u.test(character);

/** Where the word before the cursor starts (spaces before it skipped), as readline's Ctrl-W and Alt-B. */
function wordStart(characters: readonly string[], cursor: number): number {
	let at = cursor;
	while (at > 0 && !isWordCharacter(characters[at - 1])) at--;
	while (at > 0 && isWordCharacter(characters[at - 1])) at--;
	return at;
}

/** Where the word after the cursor ends, as Alt-F. */
function wordEnd(characters: readonly string[], cursor: number): number {
	let at = cursor;
	while (at < characters.length && !isWordCharacter(characters[at])) at++;
	while (at < characters.length && isWordCharacter(characters[at])) at++;
	return at;
}

function spliced(characters: readonly string[], from: number, to: number, insert = ''): EditLine {
	return {text: [...characters.slice(0, from), insert, ...characters.slice(to)].join(''), cursor: from + [...insert].length};
}

/** `text` typed at the cursor, the line kept to `max` characters. */
export function typeInto(line: EditLine, text: string, max: number): EditLine {
	const characters = [...line.text];
	const room = Math.max(0, max - characters.length);
	return spliced(characters, line.cursor, line.cursor, [...text].slice(0, room).join(''));
}

export function editLine(line: EditLine, edit: Edit): EditLine {
	const characters = [...line.text];
	const {cursor} = line;
	const at = (position: number) => ({text: line.text, cursor: Math.max(0, Math.min(characters.length, position))});
	switch (edit) {
		case 'erase-left': {
			return cursor === 0 ? line : spliced(characters, cursor - 1, cursor);
		}

		case 'erase-right': {
			return cursor === characters.length ? line : spliced(characters, cursor, cursor + 1);
		}

		case 'erase-word': {
			return spliced(characters, wordStart(characters, cursor), cursor);
		}

		case 'erase-start': {
			return spliced(characters, 0, cursor);
		}

		case 'left': {
			return at(cursor - 1);
		}

		case 'right': {
			return at(cursor + 1);
		}

		case 'start': {
			return at(0);
		}

		case 'end': {
			return at(characters.length);
		}

		case 'word-left': {
			return at(wordStart(characters, cursor));
		}

		case 'word-right': {
			return at(wordEnd(characters, cursor));
		}
	}
}

/** A line holding `text`, the cursor at its end. */
export function lineOf(text: string): EditLine {
	return {text, cursor: [...text].length};
}

/** A line after typing or an editing key; undefined for the other line actions. */
export function edited(line: EditLine, action: LineAction, max: number): EditLine | undefined {
	if (action.type === 'line-type') return typeInto(line, action.text, max);
	if (action.type === 'line-edit') return editLine(line, action.edit);
	return undefined;
}
