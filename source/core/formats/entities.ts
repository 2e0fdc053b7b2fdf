/** HTML's character references (`&amp;`, `&#8217;`, `&eacute;`…) in captions and Markdown, decoded. */

export type Decode = (text: string) => string;

const unchanged: Decode = text => text;

/**
 * The decoder for `text`: the entities package's, loaded only for a text with an `&` in it (its
 * tables cost ~5 ms of start-up, which a transcript without any reference does without).
 */
export async function decoderFor(text: string): Promise<Decode> {
	return text.includes('&') ? (await import('entities')).decodeHTML : unchanged;
}
