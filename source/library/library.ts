/**
 * A library: a folder of transcripts (sub-folders included) and its index, kept in the user's cache
 * folder. What `parley DIR`, `parley index DIR` and `parley search QUERY DIR` open.
 */
import {resolve} from 'node:path';
import {InputError} from '../core/errors.js';
import {isFolder} from '../inputs/folder.js';
import {indexPath, openLibraryIndex, type LibraryIndex} from './index-db.js';

export type Library = {
	/** The folder, as an absolute path. */
	readonly folder: string;
	readonly index: LibraryIndex;
	/** Why the index was made afresh (damaged, or of another version), when it was. */
	readonly rebuilt?: string;
};

/** The library of `folder`, its index opened (made, or made afresh, if need be). */
export function openLibrary(folder: string, env: NodeJS.ProcessEnv = process.env): Library {
	const absolute = resolve(folder);
	if (!isFolder(absolute)) throw new InputError(`'${folder}' is not a folder`);
	const path = indexPath(absolute, env);
	try {
		return {folder: absolute, ...openLibraryIndex(path)};
	} catch (error) {
		const {code, message} = error as NodeJS.ErrnoException;
		const why = code === 'EACCES' || code === 'EROFS' || /readonly|unable to open/i.test(message) ? 'it cannot be written' : message.split('\n')[0];
		throw new InputError(`cannot keep the index of '${folder}' in '${path}': ${why}`);
	}
}
