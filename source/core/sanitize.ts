/*
 * Transcript text is untrusted: an ESC or a C1 control in a subtitle file could retitle the
 * window, move the cursor or write the clipboard (OSC 52). Bidi overrides and isolates can make
 * text display in an order other than the one it is stored in.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching controls is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Remove control characters and bidi controls; tabs become spaces. Keeps `\n`. */
export function sanitizeText(text: string): string {
	return text.replaceAll('\t', ' ').replace(UNSAFE, '');
}

/** Text for one line (a file name, a title): sanitised, line breaks made spaces. */
export function sanitizeLine(text: string): string {
	return sanitizeText(text).replaceAll('\n', ' ');
}

/** Text as Parley keeps it from a file: sanitised, each run of white space one space, trimmed. */
export function cleanText(text: string): string {
	return sanitizeText(text).replace(/\s+/g, ' ').trim();
}
