/**
 * What the reader's search line and the library's share: results from the second character typed,
 * at most 50 of them, a query of at most 200 characters, and ↑/↓ through earlier queries. Pure.
 */

/** Results appear from the second character typed. */
export const SEARCH_FROM = 2;
export const SEARCH_LIMIT = 50;
export const MAX_QUERY = 200;

/**
 * ↑/↓ on an empty line (or one brought back): an earlier query, older (↑, -1) or newer (↓); `recalled`
 * counts back from the newest (0: none, an empty line).
 */
export function recalledQuery(history: readonly string[], recalled: number, direction: 1 | -1): {readonly text: string; readonly recalled: number} {
	const back = Math.max(0, Math.min(history.length, recalled - direction));
	return {text: back === 0 ? '' : history[history.length - back]!, recalled: back};
}
