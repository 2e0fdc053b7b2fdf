/**
 * SHA-256 (FIPS 180-4) of a text's UTF-8 bytes. A transcript's key in the state folder is this
 * hash (bookmarks.ts), and it is worked out before the first screen: node:crypto would cost ~12 ms
 * of every start to load, this ~5 ms for an hour of transcript (~13 ms for five). The same hash, so the keys stay the same.
 */

const ROUND_CONSTANTS = Int32Array.from([
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
	0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
	0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
	0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
	0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL_HASH = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const BLOCK_BYTES = 64;

/** The message, a 1 bit, zeros, and its length in bits (64 bits, big-endian): a whole number of blocks. */
function padded(message: Uint8Array): Uint8Array {
	const length = Math.ceil((message.length + 9) / BLOCK_BYTES) * BLOCK_BYTES;
	const bytes = new Uint8Array(length);
	bytes.set(message);
	bytes[message.length] = 0x80;
	const view = new DataView(bytes.buffer);
	view.setUint32(length - 8, Math.floor(message.length / 2 ** 29));
	view.setUint32(length - 4, (message.length * 8) >>> 0);
	return bytes;
}

/*
 * The loops below run once per 64 bytes before the first screen, mostly before V8 has optimised
 * them: so the rotations are written out and the working variables are locals, not calls and arrays.
 */

/** The message schedule of the block at `offset`, into `words` (64 of them). */
function schedule(bytes: Uint8Array, offset: number, words: Int32Array) {
	for (let index = 0; index < 16; index++) {
		const at = offset + index * 4;
		words[index] = (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
	}

	for (let index = 16; index < 64; index++) {
		const early = words[index - 15]!;
		const late = words[index - 2]!;
		const sigma0 = ((early >>> 7) | (early << 25)) ^ ((early >>> 18) | (early << 14)) ^ (early >>> 3);
		const sigma1 = ((late >>> 17) | (late << 15)) ^ ((late >>> 19) | (late << 13)) ^ (late >>> 10);
		words[index] = (words[index - 16]! + sigma0 + words[index - 7]! + sigma1) | 0;
	}
}

/** A block's 64 rounds, added into `hash`. */
function compress(hash: Int32Array, words: Int32Array) {
	let a = hash[0]!;
	let b = hash[1]!;
	let c = hash[2]!;
	let d = hash[3]!;
	let e = hash[4]!;
	let f = hash[5]!;
	let g = hash[6]!;
	let h = hash[7]!;
	for (let index = 0; index < 64; index++) {
		const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
		const temporary1 = (h + sum1 + ((e & f) ^ (~e & g)) + ROUND_CONSTANTS[index]! + words[index]!) | 0;
		const sum0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
		const temporary2 = (sum0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
		h = g;
		g = f;
		f = e;
		e = (d + temporary1) | 0;
		d = c;
		c = b;
		b = a;
		a = (temporary1 + temporary2) | 0;
	}

	hash[0]! += a;
	hash[1]! += b;
	hash[2]! += c;
	hash[3]! += d;
	hash[4]! += e;
	hash[5]! += f;
	hash[6]! += g;
	hash[7]! += h;
}

/** The SHA-256 of `text` (as UTF-8), in lowercase hexadecimal. */
export function sha256Hex(text: string): string {
	const bytes = padded(new TextEncoder().encode(text));
	const hash = Int32Array.from(INITIAL_HASH);
	const words = new Int32Array(64);
	for (let offset = 0; offset < bytes.length; offset += BLOCK_BYTES) {
		schedule(bytes, offset, words);
		compress(hash, words);
	}

	return [...hash].map(word => (word >>> 0).toString(16).padStart(8, '0')).join('');
}
