/** A problem with what the user gave us (a file, a flag): reported in one line, exit status 2. */
export class InputError extends Error {
	override name = 'InputError';
}
