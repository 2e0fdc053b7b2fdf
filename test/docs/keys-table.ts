/** The table of keys docs/keys.md shows, made from the key map: `npm run docs:keys` writes it, a test checks it. */
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {HELP_ROWS} from '../../source/ui/keymap.js';

export const KEYS_DOC = fileURLToPath(new URL('../../docs/keys.md', import.meta.url));

const BEGIN = '<!-- keys: made by npm run docs:keys from source/ui/keymap.ts -->';
const END = '<!-- end of keys -->';

const cell = (text: string) => text.replaceAll('|', '\\|');

/** Each help row as a Markdown table row: the keys in code, what they do. */
export function keyRows(): string[] {
	// `/` between keys and a `line:` before them are words, not keys (`/` and `:` alone are keys).
	const word = (token: string, index: number) => (token === '/' && index > 0) || (token.length > 1 && token.endsWith(':'));
	return HELP_ROWS.map(
		([keys, meaning]) =>
			`| ${keys
				.split(' ')
				.map((token, index) => (word(token, index) ? token : `\`${cell(token)}\``))
				.join(' ')} | ${cell(meaning)} |`,
	);
}

export function keysTable(): string {
	return [BEGIN, '| keys | what they do |', '| --- | --- |', ...keyRows(), END].join('\n');
}

/** The doc with its table as the key map has it now. */
export function withKeysTable(doc: string): string {
	const start = doc.indexOf(BEGIN);
	const end = doc.indexOf(END);
	return start < 0 || end < 0 ? `${doc.trimEnd()}\n\n${keysTable()}\n` : doc.slice(0, start) + keysTable() + doc.slice(end + END.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(KEYS_DOC, withKeysTable(readFileSync(KEYS_DOC, 'utf8')));
