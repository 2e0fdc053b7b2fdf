// Run by mpv-real.test.ts as a stand-in for Parley: starts mpv on a file, prints each report, and
// waits to be killed.
import {startMpv} from '../../source/player/mpv.js';

const [file = '', socket = ''] = process.argv.slice(2);
startMpv({file, extraArgs: ['--ao=null', `--input-ipc-server=${socket}`], onReport: report => console.log(JSON.stringify(report))});
setInterval(() => undefined, 60_000);
