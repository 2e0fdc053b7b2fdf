/**
 * Random bytes in hexadecimal: for what must not clash (a bookmark's id, a temporary file's name, a
 * lock's token). Web Crypto's global, which loads Node's crypto at its first use, not at every
 * start as importing node:crypto does (~12 ms); and there on every Node Parley runs on (22.0 lacks
 * `process.getBuiltinModule`).
 */
export function randomHex(bytes: number): string {
	return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
}
