/**
 * A lock file beside a state file, so that two Parleys' read-change-write cycles take turns. It
 * holds its owner (host, pid, time, a token); one whose owner is gone, or that is older than any
 * cycle takes, was left by a Parley that died holding it, and is broken.
 */
import {closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {hostname} from 'node:os';
import {randomHex} from '../core/random-hex.js';

/** A cycle takes milliseconds: a lock held longer is waited for no more. */
const WAIT_MS = 2000;
const STALE_MS = 10_000;
const RETRY_MS = 4;

/** The lock is taken and the process holding it is alive: the change is not saved now. */
export class LockBusyError extends Error {
	override name = 'LockBusyError';
}

type Owner = {readonly host: string; readonly pid: number; readonly time: number};

const pause = new Int32Array(new SharedArrayBuffer(4));

function sleep(milliseconds: number) {
	Atomics.wait(pause, 0, 0, milliseconds);
}

function ownerIn(text: string): Owner | undefined {
	try {
		const {host, pid, time} = JSON.parse(text) as Partial<Owner>;
		return typeof host === 'string' && Number.isInteger(pid) && Number.isFinite(time) ? {host, pid: pid!, time: time!} : undefined;
	} catch {
		return undefined;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code !== 'ESRCH';
	}
}

/**
 * Whether a lock with this text is stale. A lock without a readable owner is one being written
 * (the owner is written just after the file is made), or a broken one: its file's age decides.
 */
function isStale(path: string, text: string): boolean {
	const owner = ownerIn(text);
	if (owner === undefined) return Date.now() - (statSync(path, {throwIfNoEntry: false})?.mtimeMs ?? Date.now()) > STALE_MS;
	return Date.now() - owner.time > STALE_MS || (owner.host === hostname() && !isAlive(owner.pid));
}

/**
 * Move the stale lock aside and remove it. If another Parley broke it first and took the lock
 * meanwhile, what was moved is that live lock: it is put back.
 */
function breakLock(path: string, seen: string) {
	const aside = `${path}.${process.pid}.${randomHex(4)}.stale`;
	try {
		renameSync(path, aside);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw error;
	}

	if (readFileSync(aside, 'utf8') !== seen) {
		try {
			linkSync(aside, path);
		} catch {
			// Yet another Parley has taken the lock since: there is no putting it back.
		}
	}

	unlinkSync(aside);
}

/** The lock's text when it exists, undefined when it has just gone. */
function lockText(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** Make the lock file, or say it exists. */
function create(path: string, text: string): boolean {
	let fd: number;
	try {
		fd = openSync(path, 'wx', 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	}

	try {
		writeSync(fd, text);
	} finally {
		closeSync(fd);
	}

	return true;
}

function acquire(path: string): string {
	const text = JSON.stringify({host: hostname(), pid: process.pid, time: Date.now(), token: randomHex(8)});
	const deadline = Date.now() + WAIT_MS;
	while (!create(path, text)) {
		const held = lockText(path);
		if (held !== undefined && isStale(path, held)) breakLock(path, held);
		else if (Date.now() > deadline) throw new LockBusyError(`another Parley has kept them locked for over ${WAIT_MS / 1000} s`);
		else if (held !== undefined) sleep(RETRY_MS + Math.random() * RETRY_MS);
	}

	return text;
}

/** Remove the lock if it is still ours (a lock held past `STALE_MS` may have been broken and taken). */
function release(path: string, text: string) {
	try {
		if (lockText(path) === text) unlinkSync(path);
	} catch {
		// Left behind, it goes stale and the next Parley breaks it.
	}
}

/** Run `action` holding the lock `path`; file system errors are thrown, and `LockBusyError`. */
export function withLock<T>(path: string, action: () => T): T {
	const text = acquire(path);
	try {
		return action();
	} finally {
		release(path, text);
	}
}
