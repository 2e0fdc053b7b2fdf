import {readFileSync} from 'node:fs';

/** Whether a process is alive: a zombie (dead, not yet reaped by an init that does not reap) is not. */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}

	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat[stat.lastIndexOf(')') + 2] !== 'Z';
	} catch {
		return true;
	}
}
