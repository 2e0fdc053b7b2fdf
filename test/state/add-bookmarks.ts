/**
 * A Parley adding bookmarks, for the test of writers at once: `add-bookmarks.ts DIR KEY NAME COUNT`
 * says `ready`, waits for a line on standard input, then adds COUNT bookmarks, one update each.
 */
import {once} from 'node:events';
import {addBookmark} from '../../source/core/bookmarks.js';
import {openEpisodeStore} from '../../source/state/store.js';

const [directory = '', key = '', name = '', count = '0'] = process.argv.slice(2);
const store = openEpisodeStore(directory, key, 'Writers at once');
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.destroy();
for (let index = 0; index < Number(count); index++) {
	const bookmark = {
		id: `${name}-${index}`,
		paragraph: index,
		seconds: index,
		note: name,
		speaker: undefined,
		quote: 'Words.',
		created: new Date().toISOString(),
	};
	for (const warning of store.update(addBookmark(bookmark)).warnings) process.stderr.write(`${warning}\n`);
}
