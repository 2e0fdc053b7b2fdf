/*
 * The keys are written down once, in the key map: the help and --help come from it; the footer's
 * hints, docs/keys.md and the README's table of the main keys are checked against it here.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {READING_HINTS} from '../../source/ui/footer-row.js';
import {boundKeys, HELP_ROWS} from '../../source/ui/keymap.js';
import {MODES} from '../../source/ui/modes/index.js';
import type {KeyMode, Mode, ReaderState} from '../../source/ui/reader-state.js';
import {createReaderState} from '../../source/ui/initial-state.js';
import {loadSeed} from '../helpers/transcripts.js';
import {KEYS_DOC, keyRows, withKeysTable} from './keys-table.js';

const seed = await loadSeed();
const reading = createReaderState(seed, 80, 24);

/** The key names a hint or a help row writes: `j/k` is j and k, `↑↓` is ↑ and ↓; words that are no key (`other keys`) are left out. */
function keysIn(text: string): string[] {
	return text
		.split(/[ /]+/)
		.flatMap(token => (/^[↑↓←→]{2}$/u.test(token) ? [...token] : [token]))
		.filter(token => token !== '' && !['other', 'keys', 'line:', 'list:', 'sidebar:'].includes(token));
}

const modes: Mode[] = [
	{kind: 'reading'},
	{kind: 'help', top: 0, back: 'reading'},
	{kind: 'search', line: {text: '', cursor: 0, hits: [], selected: 0, origin: reading.anchor, recalled: 0}},
	{kind: 'chapters', choice: 0},
	{kind: 'bookmarks', choice: 0},
	{kind: 'time', line: {text: '', cursor: 0}},
	{kind: 'note', line: {text: '', cursor: 0, place: {paragraph: 0, offset: 0, seconds: 0}}},
	{kind: 'works'},
];

describe('the keys written down outside the key map', () => {
	it.each(modes.map(mode => [mode.kind, mode] as const))("%s: the footer's hints name only keys bound in that mode", (_, mode) => {
		const state = {...reading, mode} as ReaderState;
		const spec = MODES[mode.kind];
		const hints = spec.hints(state as never) ?? (mode.kind === 'reading' ? READING_HINTS : []);
		const bound = boundKeys(spec.keys);
		for (const [keys] of hints) for (const key of keysIn(keys)) expect(bound.has(key) || key === '/', `${mode.kind}: ${key}`).toBe(true);
	});

	it('the help names only keys bound where its rows say (a line, a list, or reading)', () => {
		for (const [keys] of HELP_ROWS) {
			// The mouse's rows name no key.
			if (keys.startsWith('mouse:')) continue;
			const mode: KeyMode = keys.startsWith('line:') ? 'line' : keys.startsWith('list:') ? 'list' : 'read';
			// `5j 3} 42g` are counts before keys.
			for (const key of keysIn(keys).map(token => token.replace(/^\d+/, ''))) expect(boundKeys(mode).has(key), `${keys}: ${key}`).toBe(true);
		}
	});

	it('docs/keys.md lists every row of the help, as `npm run docs:keys` writes it', () => {
		const doc = readFileSync(KEYS_DOC, 'utf8');
		expect(doc).toBe(withKeysTable(doc));
	});

	it("the README's table of main keys has rows of the help only", () => {
		const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		// The section's table, not the others' (the performance table's rows start with a command too).
		const section = readme.slice(readme.indexOf('\n## Keys\n'), readme.indexOf('\n## ', readme.indexOf('\n## Keys\n') + 1));
		const table = section.split('\n').filter(line => line.startsWith('| `'));
		expect(table.length).toBeGreaterThan(5);
		const rows = new Set(keyRows());
		for (const row of table) expect(rows.has(row), row).toBe(true);
	});
});
