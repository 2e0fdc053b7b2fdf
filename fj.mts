import {spawn} from 'node-pty';
const [cols, rows] = (process.argv[2] ?? '80x24').split('x').map(Number);
const p = spawn('./dist/cli.js', [], {cols, rows, env: {...process.env, TERM: 'xterm-256color'}});
let out = '';
p.onData(d => { out += d; });
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
while (!out.includes('\u001b[?2026l')) await sleep(10);
await sleep(300);
const lat: number[] = [];
for (let i = 0; i < 150; i++) {
	const n = out.length; const t = performance.now(); p.write(i % 50 < 25 ? 'j' : 'k');
	await new Promise<void>(resolve => { const d = p.onData(() => { if (out.slice(n).includes('\u001b[?2026l')) { d.dispose(); resolve(); } }); });
	lat.push(performance.now() - t); await sleep(50);
}
lat.sort((a, b) => a - b);
console.log(process.argv[2], 'p50', lat[75].toFixed(1), 'p95', lat[142].toFixed(1));
p.kill();
