// Preloaded into the CLI by end-to-end tests (NODE_OPTIONS=--import=…): writes to the file
// PARLEY_PROBE names a line for each frame drawn while the terminal still echoes what is typed
// (not yet in raw mode: a key typed then would be written over the frame), and the exit status.
import {appendFileSync} from 'node:fs';

const note = line => appendFileSync(process.env.PARLEY_PROBE, `${line}\n`);
const write = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
	if (String(chunk).includes('\u001B[?2026l') && !process.stdin.isRaw) note('a frame drawn while keys are echoed');
	return write.call(this, chunk, ...rest);
};

process.on('exit', status => note(`exit ${status}`));
