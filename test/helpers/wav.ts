import {writeFileSync} from 'node:fs';

const RATE = 8000;

/** A WAV file of `seconds` of a quiet 440 Hz tone: 16-bit PCM, mono, 8 kHz. */
export function writeWav(path: string, seconds: number): void {
	const samples = Math.round(seconds * RATE);
	const wav = Buffer.alloc(44 + samples * 2);
	wav.write('RIFF', 0);
	wav.writeUInt32LE(36 + samples * 2, 4);
	wav.write('WAVEfmt ', 8);
	wav.writeUInt32LE(16, 16);
	wav.writeUInt16LE(1, 20);
	wav.writeUInt16LE(1, 22);
	wav.writeUInt32LE(RATE, 24);
	wav.writeUInt32LE(RATE * 2, 28);
	wav.writeUInt16LE(2, 32);
	wav.writeUInt16LE(16, 34);
	wav.write('data', 36);
	wav.writeUInt32LE(samples * 2, 40);
	for (let index = 0; index < samples; index++) wav.writeInt16LE(Math.round(4000 * Math.sin((2 * Math.PI * 440 * index) / RATE)), 44 + index * 2);
	writeFileSync(path, wav);
}
