#!/usr/bin/env node
/*
 * Brings the transcripts the development sets label into .devset/ (ignored by git): the labels in
 * test/devset/{chapters,works,search}/*.json name each transcript by its public repository and path.
 * Third-party transcripts are never committed; this script fetches them again.
 *
 *   node test/devset/fetch.mjs            # every transcript any label names
 *   node test/devset/fetch.mjs --archive  # also a whole archive for the library's bench:
 *                                         # Talk Python's transcripts/ into .devset/archives/talk-python,
 *                                         # without episodes 100-199 (kept out for evaluation)
 *
 * Where a copy of the repository is at hand ($PARLEY_MIRRORS/<owner>+<name>/repo, a bare git
 * directory, as the development machines have under /work/.mirror), the file is read from it;
 * otherwise the repository is cloned (shallow, blobs on demand) into .devset/repos/.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const labels = join(root, 'test', 'devset');
const out = join(root, '.devset');
const mirrors = process.env.PARLEY_MIRRORS ?? '/work/.mirror';

/** Every {repo, path} a label names (its `transcript`, and its `notes` when it has one). */
function wanted() {
	const files = new Map();
	for (const set of ['chapters', 'works', 'search']) {
		const folder = join(labels, set);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder).filter(file => file.endsWith('.json'))) {
			const label = JSON.parse(readFileSync(join(folder, name), 'utf8'));
			for (const file of [label.transcript, label.notes]) if (file?.repo && file.path) files.set(`${file.repo}:${file.path}`, file);
		}
	}

	return [...files.values()];
}

function gitDirOf(repo) {
	const mirrored = join(mirrors, repo.replace('/', '+'), 'repo');
	if (existsSync(mirrored)) return mirrored;
	const cloned = join(out, 'repos', repo.replace('/', '+'));
	if (!existsSync(cloned)) execFileSync('git', ['clone', '--quiet', '--bare', '--filter=blob:none', `https://github.com/${repo}`, cloned], {stdio: 'inherit'});
	return cloned;
}

/** Where fetched files go: .devset/<owner>+<name>/<path>. */
export function localPath(file) {
	return join(out, file.repo.replace('/', '+'), file.path);
}

/** Talk Python's `transcripts/` folder at the mirrored commit, held-out episodes left out. */
function fetchArchive() {
	const repo = 'mikeckennedy/talk-python-transcripts';
	const target = join(out, 'archives', 'talk-python');
	const git = ['--git-dir', gitDirOf(repo)];
	const paths = execFileSync('git', [...git, 'ls-tree', '-r', '--name-only', 'HEAD', 'transcripts/'], {encoding: 'utf8'})
		.split('\n')
		.filter(Boolean);
	const heldOut = path => {
		const number = /^transcripts\/0*(\d+)/.exec(path)?.[1];
		return number !== undefined && Number(number) >= 100 && Number(number) <= 199;
	};

	let copied = 0;
	for (const path of paths.filter(path => !heldOut(path))) {
		const file = join(target, path.slice('transcripts/'.length));
		if (existsSync(file)) continue;
		mkdirSync(dirname(file), {recursive: true});
		writeFileSync(file, execFileSync('git', [...git, 'show', `HEAD:${path}`], {maxBuffer: 64 * 1024 * 1024}));
		copied++;
	}

	console.log(`archive: ${copied} files fetched into ${target}`);
}

if (process.argv.includes('--archive')) fetchArchive();

let fetched = 0;
for (const file of wanted()) {
	const target = localPath(file);
	if (existsSync(target)) continue;
	const text = execFileSync('git', ['--git-dir', gitDirOf(file.repo), 'show', `${file.commit ?? 'HEAD'}:${file.path}`], {maxBuffer: 64 * 1024 * 1024});
	mkdirSync(dirname(target), {recursive: true});
	writeFileSync(target, text);
	fetched++;
}

console.log(`devset: ${fetched} fetched, ${wanted().length} in all, in ${out}`);
