#!/usr/bin/env node
// A stand-in for mpv in test/player/mpv.test.ts: it speaks mpv's JSON IPC on the connection it is
// given (--input-ipc-client=fd://N), as mpv 0.35 does, and does no more than the bridge needs.
// --fake-dir=DIR: it writes its pid to DIR/pid, its arguments to DIR/argv.json and each line it
// receives to DIR/received.jsonl, and sends on to mpv's client each line written to DIR/control.sock.
// --fake-mode: normal; silent (never answers); unplayable (the file fails to load); exit-early
// (exits with code 3 at once); stubborn (ignores quit).
import {appendFileSync, writeFileSync} from 'node:fs';
import {createServer, Socket} from 'node:net';
import {join} from 'node:path';

const args = process.argv.slice(2);
const option = name => args.find(arg => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const dir = option('fake-dir');
const mode = option('fake-mode') ?? 'normal';
writeFileSync(join(dir, 'argv.json'), JSON.stringify(args));
writeFileSync(join(dir, 'pid'), String(process.pid));

function readLines(socket, onLine) {
	let partial = '';
	socket.setEncoding('utf8');
	socket.on('data', chunk => {
		const lines = (partial + chunk).split('\n');
		partial = lines.pop();
		for (const line of lines) onLine(line);
	});
}

function serve(client) {
	const state = {'time-pos': undefined, pause: true, speed: 1, 'eof-reached': false};
	const observed = new Map();
	let started = false;
	const emit = message => client.write(`${JSON.stringify(message)}\n`);
	const change = name => observed.has(name) && emit({event: 'property-change', id: observed.get(name), name, data: state[name]});

	function start() {
		if (mode === 'unplayable') {
			emit({event: 'end-file', reason: 'error', playlist_entry_id: 1, file_error: 'unrecognized file format\u001B[2J\nsee the log'});
			setTimeout(() => process.exit(2), 20);
			return;
		}

		emit({event: 'file-loaded'});
		state['time-pos'] = Number(option('start') ?? 0);
		change('time-pos');
		emit({event: 'playback-restart'});
	}

	function run([name, ...values]) {
		if (name === 'observe_property') {
			observed.set(values[1], values[0]);
			change(values[1]);
		} else if (name === 'set_property' && state[values[0]] !== values[1]) {
			state[values[0]] = values[1];
			change(values[0]);
		} else if (name === 'seek') {
			state['time-pos'] = values[0];
			emit({event: 'seek'});
			change('time-pos');
			emit({event: 'playback-restart'});
		} else if (name === 'quit' && mode !== 'stubborn') {
			process.exit(0);
		}
	}

	readLines(client, line => {
		appendFileSync(join(dir, 'received.jsonl'), `${line}\n`);
		const {command, request_id: requestId = 0} = JSON.parse(line);
		emit({request_id: requestId, error: 'success'});
		run(command);
		if (!started) setImmediate(start);
		started = true;
	});
	// mpv quits when the connection it was given closes.
	client.on('close', () => process.exit(0));
	client.on('error', () => undefined);
	createServer(control => readLines(control, line => client.write(`${line}\n`))).listen(join(dir, 'control.sock'));
}

if (mode === 'exit-early') process.exit(3);
if (mode === 'silent') setInterval(() => undefined, 60_000);
else serve(new Socket({fd: Number(option('input-ipc-client').replace('fd://', ''))}));
