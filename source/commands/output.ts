/** What commands write: their output on standard output, warnings on standard error. */
import {sanitizeLine} from '../core/sanitize.js';

/** One line on standard error, and the exit status. */
export function fail(message: string, status: number): never {
	process.stderr.write(`parley: ${sanitizeLine(message)}\n`);
	process.exit(status);
}

export function warn(warnings: readonly string[]) {
	for (const warning of warnings) process.stderr.write(`parley: warning: ${warning}\n`);
}

/** A reader that stops reading (`| head`) is not an error; a full disk is, in one line. */
export function guardStdout() {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		fail(`cannot write output: ${error.code === 'ENOSPC' ? 'no space left on device' : error.message}`, 1);
	});
}

/** The warnings first, then the output. */
export function print(output: string, warnings: readonly string[] = []) {
	warn(warnings);
	guardStdout();
	process.stdout.write(output);
}
