/** How far indexing has got, in words: the same in `parley index`, `parley search` and the library. */
import {formatLength} from '../core/time.js';

/** Files read of those to read, and how long it has taken. */
export type Progress = {readonly done: number; readonly total: number; readonly elapsedMs: number};

/** `412/1018 files  38 files/s  0:16 left`: the rate and the time left once there is a rate to tell. */
export function progressText({done, total, elapsedMs}: Progress): string {
	const counted = `${done}/${total} files`;
	if (done === 0 || elapsedMs < 500) return counted;
	const rate = done / (elapsedMs / 1000);
	const left = (total - done) / rate;
	return `${counted}  ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s  ${formatLength(left)} left`;
}
