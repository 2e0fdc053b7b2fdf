/**
 * A throwaway OpenSSH server on loopback, with its own host key and a client key of its own, for
 * running Parley as a user does over `ssh -tt`. Needs root (sshd's privilege separation).
 */
import {execFileSync, spawn} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {connect, createServer, type AddressInfo} from 'node:net';
import {tmpdir, userInfo} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/** sshd re-executes itself for each connection, so it must be started by its absolute path. */
const SSHD = '/usr/sbin/sshd';
const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** sshd and ssh are installed, and this is root, as sshd needs to be. */
export const canRunSshd = existsSync(SSHD) && existsSync('/usr/bin/ssh') && process.getuid?.() === 0;

export type Sshd = {
	readonly dir: string;
	/** A shell command line that runs `remote` on this server, in a terminal, as the current user. */
	ssh(remote: string): string;
	stop(): Promise<void>;
};

/** `text` as one word for sh. */
export const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

/** The command that runs the built Parley of this checkout, with `env` added to what the session has. */
export function parleyCommand(env: Readonly<Record<string, string>>, args: readonly string[] = []): string {
	const words = [...Object.entries(env).map(([name, value]) => `${name}=${value}`), './dist/cli.js', ...args];
	return `cd ${quote(REPO)} && env ${words.map(word => quote(word)).join(' ')}`;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const {port} = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

function accepts(port: number): Promise<boolean> {
	return new Promise(resolve => {
		const socket = connect(port, '127.0.0.1', () => {
			socket.destroy();
			resolve(true);
		}).on('error', () => resolve(false));
	});
}

function configure(dir: string, port: number): string {
	const key = join(dir, 'client');
	for (const name of ['host', 'client']) execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, name)]);
	copyFileSync(`${key}.pub`, join(dir, 'authorized_keys'));
	const config = [
		'ListenAddress 127.0.0.1',
		`Port ${port}`,
		`HostKey ${dir}/host`,
		`AuthorizedKeysFile ${dir}/authorized_keys`,
		'PasswordAuthentication no',
		'KbdInteractiveAuthentication no',
		'UsePAM no',
		// The temporary folder is not the user's home, whose permissions sshd checks.
		'StrictModes no',
		// As Debian's ssh and sshd are set up: without it, tmux would take the terminal for one without UTF-8.
		'AcceptEnv LANG',
		`PidFile ${dir}/sshd.pid`,
		// The session's PATH is sshd's own otherwise: it must find the node running the tests.
		`SetEnv PATH=${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
	];
	writeFileSync(join(dir, 'sshd_config'), `${config.join('\n')}\n`);
	return key;
}

/** Starts sshd on a free port and resolves once it accepts connections. */
export async function startSshd(): Promise<Sshd> {
	const dir = mkdtempSync(join(tmpdir(), 'parley-sshd-'));
	const port = await freePort();
	const key = configure(dir, port);
	mkdirSync('/run/sshd', {recursive: true});
	const server = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], {stdio: ['ignore', 'ignore', 'pipe']});
	let log = '';
	server.stderr.on('data', (chunk: Buffer) => {
		log = (log + chunk.toString()).slice(-10_000);
	});
	const exited = new Promise(resolve => server.once('exit', resolve));
	const stop = async () => {
		server.kill();
		await exited;
		rmSync(dir, {recursive: true, force: true});
	};

	const deadline = Date.now() + 10_000;
	while (!(await accepts(port))) {
		if (server.exitCode !== null || server.signalCode !== null || Date.now() > deadline) {
			await stop();
			throw new Error(`sshd did not start:\n${log}`);
		}

		await new Promise(resolve => setTimeout(resolve, 50));
	}

	// -F: no ssh configuration is read, the user's or the system's; LANG is sent as Debian's sends it.
	const options = [
		'-F /dev/null',
		'-tt',
		`-i ${quote(key)}`,
		`-p ${port}`,
		'-o StrictHostKeyChecking=no',
		'-o UserKnownHostsFile=/dev/null',
		'-o LogLevel=ERROR',
		'-o SendEnv=LANG',
		'-o BatchMode=yes',
		'-o IdentitiesOnly=yes',
	];
	const ssh = (remote: string) => `exec ssh ${options.join(' ')} ${quote(`${userInfo().username}@127.0.0.1`)} ${quote(remote)}`;
	return {dir, ssh, stop};
}
