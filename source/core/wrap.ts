/*
 * Word wrap for plain text: the lines fast-wrap-ansi (wrap-ansi's algorithm, which Ink uses) makes
 * with `{hard: true, trim: true}`, for text without escape sequences, which is all Parley wraps
 * (text from a file is sanitised first). fast-wrap-ansi then walks every character again for
 * escapes it cannot contain, one string concatenation each: wrapping an hour of transcript took
 * ~10 ms; this takes ~2 ms, and the first screen comes that much sooner. Tested line for line
 * against fast-wrap-ansi on random text (test/core/wrap.property.test.ts).
 */
import measure from 'fast-string-width';

/** Columns `text` takes: its length when it is printable ASCII (nearly always), else measured. */
function stringWidth(text: string): number {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0x20 || code > 0x7e) return measure(text);
	}

	return text.length;
}

/** A word longer than a line, cut into lines of at most `columns` (the first onto the current one). */
function wrapWord(rows: string[], word: string, columns: number) {
	let visible = stringWidth(rows.at(-1)!);
	const characters = [...word];
	for (const [index, character] of characters.entries()) {
		const width = stringWidth(character);
		if (visible + width <= columns) rows[rows.length - 1] += character;
		else {
			rows.push(character);
			visible = 0;
		}

		visible += width;
		if (visible === columns && index < characters.length - 1) {
			rows.push('');
			visible = 0;
		}
	}

	if (!visible && rows.at(-1)!.length > 0 && rows.length > 1) rows[rows.length - 2] += rows.pop()!;
}

/** Spaces at the end of a row that are only spaces (not zero-width characters) removed. */
function trimSpacesRight(row: string): string {
	const words = row.split(' ');
	let last = words.length;
	while (last && !stringWidth(words[last - 1]!)) last--;
	return last === words.length ? row : words.slice(0, last).join(' ') + words.slice(last).join('');
}

function wrapLine(line: string, columns: number): string[] {
	if (line.trim() === '') return [''];
	const words = line.split(' ');
	const rows = [''];
	let rowLength = 0;
	for (const [index, word] of words.entries()) {
		const row = rows.at(-1)!;
		const trimmed = row.trimStart();
		if (row.length !== trimmed.length) {
			rows[rows.length - 1] = trimmed;
			rowLength = stringWidth(trimmed);
		}

		if (index !== 0 && rowLength) {
			rows[rows.length - 1] += ' ';
			rowLength++;
		}

		const wordLength = stringWidth(word);
		if (wordLength > columns) {
			const breaksThisLine = 1 + Math.floor((wordLength - (columns - rowLength) - 1) / columns);
			const breaksNextLine = Math.floor((wordLength - 1) / columns);
			if (breaksNextLine < breaksThisLine) rows.push('');
			wrapWord(rows, word, columns);
			rowLength = stringWidth(rows.at(-1)!);
			continue;
		}

		if (rowLength + wordLength > columns && rowLength && wordLength) {
			rows.push('');
			rowLength = 0;
		}

		rows[rows.length - 1] += word;
		rowLength += wordLength;
	}

	return rows.map(row => trimSpacesRight(row));
}

/** `text` as lines of at most `columns` columns, broken at spaces, words longer than a line cut. */
export function wrapText(text: string, columns: number): string[] {
	return text
		.normalize()
		.split(/\r?\n/)
		.flatMap(line => wrapLine(line, columns));
}
