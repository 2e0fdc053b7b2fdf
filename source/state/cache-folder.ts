/** `$XDG_CACHE_HOME/parley`, else `~/.cache/parley`: what Parley keeps only to be faster (compiled code, libraries' indexes). */
import {homedir} from 'node:os';
import {join} from 'node:path';

export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
	return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'parley');
}
