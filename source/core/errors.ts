import {sanitizeLine} from './sanitize.js';

/**
 * A problem with what the user gave us (a file, a flag): reported in one line, exit status 2.
 * Messages quote the input, which is untrusted: they are made safe to print here, once.
 */
export class InputError extends Error {
	override name = 'InputError';

	constructor(message: string) {
		super(sanitizeLine(message));
	}
}
