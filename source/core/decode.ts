import {InputError} from './errors.js';

export type DecodedText = {
	readonly text: string;
	readonly warnings: readonly string[];
};

const SNIFF_BYTES = 8192;

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
	return new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le').decode(bytes.subarray(2));
}

/*
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has curly quotes, dashes and the
 * euro sign. Node's TextDecoder('windows-1252') decodes those bytes as C1 controls, so map them.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
	return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009F]/g, character => WINDOWS_1252_HIGH[character.charCodeAt(0) - 0x80]!);
}

const REPLACEMENT = /\uFFFD/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: every character up to U+00FF, controls included
const LATIN_1_ONLY = /^[\u0000-\u00FF]*$/;

/**
 * Text that is not all UTF-8: mostly UTF-8 with a few bad bytes (a cut-off character, a stray
 * byte) keeps its characters, the bad bytes shown as �; with no UTF-8 characters beside the bad
 * bytes, it is Windows-1252 (or Latin-1).
 */
function decodeText(bytes: Uint8Array, warnings: string[]): string {
	try {
		return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {}

	const utf8 = new TextDecoder('utf-8').decode(bytes);
	const replaced = utf8.match(REPLACEMENT)!.length;
	// biome-ignore lint/suspicious/noControlCharactersInRegex: every ASCII character, controls included
	if (utf8.replace(/[\u0000-\u007F\uFFFD]/g, '').length <= replaced) {
		warnings.push('not valid UTF-8; read as Windows-1252 (Latin-1)');
		return decodeWindows1252(bytes);
	}

	const line = utf8.slice(0, utf8.indexOf('\uFFFD')).split('\n').length;
	warnings.push(`not valid UTF-8 in ${replaced} place${replaced === 1 ? '' : 's'}, shown as \uFFFD (the first on line ${line})`);
	return utf8;
}

function looksBinary(bytes: Uint8Array): boolean {
	return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/**
 * Turn a file's bytes into normalised text: BOMs honoured (UTF-8, UTF-16 LE/BE), line ends made
 * `\n`, Unicode NFC. Bytes that are not UTF-8 are shown as �, or the text is read as Windows-1252
 * (see `decodeText`), with a warning. `kind` names what the file should have been, for the message
 * about a binary file.
 */
export function decodeTranscriptBytes(bytes: Uint8Array, kind = 'a transcript'): DecodedText {
	const warnings: string[] = [];
	let text: string;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeUtf16(bytes, false);
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeUtf16(bytes, true);
	else if (looksBinary(bytes)) throw new InputError(`is a binary file, not ${kind}`);
	else text = decodeText(bytes, warnings);

	text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	// Text of Latin-1's characters alone is NFC already (none of them decomposes or combines): the
	// common case, ASCII captions, skips normalising (~7 ms for five hours, ICU's data loaded).
	if (!LATIN_1_ONLY.test(text)) text = text.normalize('NFC');
	if (text.trim() === '') throw new InputError('is empty');
	return {text, warnings};
}
