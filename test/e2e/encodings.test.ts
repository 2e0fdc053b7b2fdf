/*
 * Files that are not UTF-8 open with their characters decoded, or replaced, and a warning in the
 * footer: never mojibake without a word.
 */
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {CLI, PtyTerminal} from './pty-terminal.js';
import {killedAfterEach} from './killed-after-each.js';

const EPISODE = fileURLToPath(new URL('../../seeds/000_0c8a1c0868a88bbd.txt', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'parley-encodings-'));
/** What UTF-8 read as Windows-1252 looks like (`’` as `â€™`), and what replaces what cannot be read. */
const MOJIBAKE = /Ã|â€/;
const REPLACED = '\uFFFD';

const opened = killedAfterEach();

function write(name: string, bytes: Buffer): string {
	const path = join(scratch, name);
	writeFileSync(path, bytes);
	return path;
}

async function reader(path: string): Promise<string> {
	const term = new PtyTerminal({args: [path]});
	opened(term);
	return term.waitFor('? help');
}

const footer = (screen: string) => screen.split('\n')[22]!;

describe('a Latin-1 / Windows-1252 file', () => {
	// é ü ß ñ ç ï are the same bytes in both; € “ ” — (0x80 0x93 0x94 0x97) are Windows-1252 only.
	const latin = Buffer.from(
		'Caf\u00e9 Stra\u00dfe \u0080 talk\nAna M\u00fcller:\t00:00:01\nSe\u00f1or, \u0093Gr\u00fc\u00dfe\u0094 \u0097 it costs \u008010.\nBo Nu\u00f1ez:\t00:00:05\nS\u00fc\u00df, fa\u00e7ade, na\u00efve.\n',
		'latin1',
	);

	it('shows its characters decoded in the reader, and says how it was read in the footer', async () => {
		const screen = await reader(write('latin.txt', latin));
		expect(screen.split('\n')[0]).toMatch(/^Café Straße € talk\s+00:00:01 \/ 00:00:\d\d\s+\d+%$/);
		expect(screen).toContain('00:00:01 │ Ana Müller');
		expect(screen).toContain('│ Señor, “Grüße” — it costs €10.');
		expect(screen).toContain('00:00:05 │ Bo Nuñez');
		expect(screen).toContain('│ Süß, façade, naïve.');
		expect(screen).not.toMatch(MOJIBAKE);
		expect(screen).not.toContain(REPLACED);
		expect(footer(screen)).toMatch(/^warning: not valid UTF-8; read as Windows-1252 \(Latin-1\)/);
	});
});

describe('a UTF-8 file with a few bytes that are not', () => {
	// The bundled episode (curly quotes throughout) with a stray byte and a cut-off character.
	const bundled = readFileSync(EPISODE, 'latin1');
	const damaged = Buffer.from(bundled.replace('Podcast, the most', 'Podcast\u00ff the most').replace('industry.', 'industry\u00e2\u0080.'), 'latin1');

	it('keeps the rest of its characters, marks the bad bytes, and warns in the footer', async () => {
		const screen = await reader(write('damaged.txt', damaged));
		expect(screen).toContain(`Podcast${REPLACED} the most`);
		expect(screen).toContain(`industry${REPLACED}.`);
		expect(screen).toContain('I’m your host, Jon Krohn.');
		expect(screen).not.toMatch(MOJIBAKE);
		expect(footer(screen)).toMatch(/^warning: not valid UTF-8 in 2 places, shown as \uFFFD \(the first on line 3\)/);
	});

	it('printed, says so on stderr', async () => {
		const {stdout, stderr} = await promisify(execFile)(CLI, [write('damaged-print.txt', damaged)], {env: {PATH: process.env.PATH}});
		expect(stdout).toContain('I’m your host');
		expect(stdout).not.toMatch(MOJIBAKE);
		expect(stderr).toBe(`parley: warning: not valid UTF-8 in 2 places, shown as ${REPLACED} (the first on line 3)\n`);
	});
});
