/**
 * A Podcasting 2.0 RSS feed given with `--feed FILE`: the item for the transcript read, and its
 * show notes (`content:encoded`, else `description`, as HTML). The item is the one whose title or
 * enclosure's file name matches the transcript's file name or title, or the feed's only item.
 */
import {InputError} from '../errors.js';

export type FeedItem = {readonly title: string; readonly enclosure: string; readonly notes: string};

/** The items of an RSS feed, in order. htmlparser2 is loaded only when a feed is given. */
export async function parseFeed(xml: string): Promise<FeedItem[]> {
	const {Parser} = await import('htmlparser2');
	const items: FeedItem[] = [];
	let item: {title: string; enclosure: string; description: string; content: string} | undefined;
	let field: 'title' | 'description' | 'content' | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (name === 'item') item = {title: '', enclosure: '', description: '', content: ''};
				else if (item && name === 'enclosure') item.enclosure = attributes.url ?? '';
				else if (item) field = name === 'title' ? 'title' : name === 'description' ? 'description' : name === 'content:encoded' ? 'content' : undefined;
			},
			ontext(text) {
				if (item && field) item[field] += text;
			},
			onclosetag(name) {
				if (name === 'item' && item) items.push({title: item.title.trim(), enclosure: item.enclosure, notes: item.content.trim() || item.description.trim()});
				if (name === 'item') item = undefined;
				field = undefined;
			},
		},
		{xmlMode: true, recognizeCDATA: true, decodeEntities: true},
	);
	parser.write(xml);
	parser.end();
	return items;
}

/** Lower-case words, for comparing a file name with a title: `ep-42_the-title.vtt` → `ep 42 the title`. */
function words(text: string): string {
	return text
		.toLowerCase()
		.replace(/\.[a-z0-9]+$/, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * The item for a transcript: its enclosure's file name is the transcript's (`ep42.mp3` for
 * `ep42.vtt`), or its title is the transcript's title or file name; else the feed's only item.
 */
export function chooseItem(items: readonly FeedItem[], transcriptName: string, transcriptTitle: string): FeedItem {
	const name = words(transcriptName);
	const title = words(transcriptTitle);
	const byEnclosure = items.find(item => item.enclosure !== '' && words(item.enclosure.split(/[?#]/)[0]!.split('/').at(-1)!) === name);
	const byTitle = items.find(item => {
		const itemTitle = words(item.title);
		return (
			itemTitle !== '' &&
			(itemTitle === title || itemTitle === name || (name.length >= 8 && itemTitle.includes(name)) || (itemTitle.length >= 8 && name.includes(itemTitle)))
		);
	});
	const chosen = byEnclosure ?? byTitle ?? (items.length === 1 ? items[0] : undefined);
	if (!chosen)
		throw new InputError(items.length === 0 ? 'has no items' : `has ${items.length} items and none is this episode's (by its title or its audio file's name)`);
	return chosen;
}
