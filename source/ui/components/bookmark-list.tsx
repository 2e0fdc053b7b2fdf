import {bookmarksSummary, type Bookmark} from '../../core/bookmarks.js';
import {formatClock} from '../../core/time.js';
import {ChoiceList} from './choice-list.js';

type Props = {
	readonly bookmarks: readonly Bookmark[];
	readonly selected: number;
	readonly timed: boolean;
	readonly height: number;
};

/** `00:22:36  Speaker: the words — the note`, a bookmark a row. */
export function BookmarkList({bookmarks, selected, timed, height}: Props) {
	const rows = bookmarks.map(bookmark => {
		const time = timed ? `${formatClock(bookmark.seconds)}  ` : '';
		const note = bookmark.note === '' ? '' : `${bookmark.note} — `;
		return `${time}${note}${bookmark.speaker === undefined ? '' : `${bookmark.speaker}: `}${bookmark.quote}`;
	});
	const heading = bookmarks.length === 0 ? 'no bookmarks yet: m bookmarks the paragraph you are on' : `${bookmarksSummary(bookmarks)}: Enter go there, x delete`;
	return <ChoiceList heading={heading} rows={rows} selected={selected} height={height} />;
}
