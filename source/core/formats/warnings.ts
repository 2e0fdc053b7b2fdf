/* Wording shared by the parsers' warnings. */

export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The first few of `items`, and how many more there are. */
export function firstFew(items: readonly (number | string)[], separator = ', ', shown = 3): string {
	const more = items.length - shown;
	return items.slice(0, shown).join(separator) + (more > 0 ? `${separator}and ${more} more` : '');
}
