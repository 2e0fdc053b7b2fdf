/** Whether a path names a folder: a library (`parley DIR`), not a transcript. Light: on every start. */
import {statSync} from 'node:fs';

/** A path that cannot be looked at is no folder (opening it says why). */
export function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
