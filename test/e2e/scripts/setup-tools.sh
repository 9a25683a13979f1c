#!/usr/bin/env bash
# Installs what the real-editor tests need, from Debian apt and the npm registry only, and caches it OUTSIDE the
# repository so a second run takes a second:
#   - Debian packages: chromium (the UI test's browser), neovim (the second LSP client), and libkrb5-dev, make,
#     g++, python3 (code-server's native addons are compiled by node-gyp during its install);
#   - Node 24 from the npm package "node" (code-server 4.1xx refuses other majors; the package ships headers too);
#   - code-server from npm, installed under Node 24 (real VS Code workbench + Node extension host).
# playwright-core is a devDependency of the project (no browser download; Debian's chromium is used).
#
# Usage: bash test/e2e/scripts/setup-tools.sh          (idempotent; prints the cache folder on its last line)
# Env:   AKKOORDWIJZER_E2E_CACHE  cache folder (default ${XDG_CACHE_HOME:-$HOME/.cache}/akkoordwijzer-e2e)
#        AKKOORDWIJZER_E2E_SKIP_APT=1  do not install Debian packages (only report what is missing)
set -euo pipefail
CACHE="${AKKOORDWIJZER_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/akkoordwijzer-e2e}"
# shellcheck source=node24.sh
source "$(dirname "${BASH_SOURCE[0]}")/node24.sh"   # NODE24_VERSION, install_node24
CODE_SERVER_VERSION="4.139.1"
APT_PKGS="chromium neovim libkrb5-dev make g++ python3"
t0=$(date +%s)
log() { echo "[e2e setup +$(( $(date +%s) - t0 ))s] $*" >&2; }

# Run from an npm script (npm test), npm's environment would leak into the installs below: code-server's
# postinstall reads the Node version from npm_config_user_agent and refuses "node/v20".
while IFS= read -r v; do unset "$v"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')

mkdir -p "$CACHE"
# One setup at a time per cache folder (two parallel runs must not half-install code-server).
exec 9>"$CACHE/.lock"
flock 9

# --- Debian packages --------------------------------------------------------------------------------------------
missing=""
for p in $APT_PKGS; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"; done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  if [ "${AKKOORDWIJZER_E2E_SKIP_APT:-}" = 1 ] || ! command -v apt-get >/dev/null \
     || { [ -n "$SUDO" ] && ! sudo -n true 2>/dev/null; }; then
    echo "e2e setup: these Debian packages are needed and could not be installed automatically:$missing" >&2
    echo "e2e setup: install them as root, then run again:  apt-get install -y --no-install-recommends$missing" >&2
    exit 3
  fi
  log "apt-get install$missing"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# --- Node 24 from npm (shared with `npm run test:node24`) -------------------------------------------------------
log "node@$NODE24_VERSION in $CACHE/node24"
install_node24 "$CACHE"

# --- code-server under Node 24 -------------------------------------------------------------------------------------
CS="$CACHE/code-server"
if ! [ -f "$CS/.ok-$CODE_SERVER_VERSION" ] || ! [ -x "$CS/node_modules/.bin/code-server" ]; then
  log "installing code-server@$CODE_SERVER_VERSION under node $NODE24_VERSION (compiles native addons, ~1-3 min)"
  rm -rf "$CS"; mkdir -p "$CS"
  printf '{ "name": "akkoordwijzer-e2e-code-server", "private": true }\n' > "$CS/package.json"
  # PATH first: code-server's postinstall checks the Node major and runs npm in lib/vscode with node-gyp builds;
  # npm_config_nodedir: node-gyp uses the headers shipped in the node package instead of downloading them.
  (cd "$CS" && PATH="$NODE24_BIN:$PATH" npm_config_nodedir="$NODE24_HEADERS" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >install.log 2>&1) \
    || { tail -40 "$CS/install.log" >&2; echo "e2e setup: installing code-server failed (log: $CS/install.log)" >&2; exit 1; }
  touch "$CS/.ok-$CODE_SERVER_VERSION"
fi

# A machine-readable description for the harness (test/e2e/harness/tools.ts reads it).
cat > "$CACHE/tools.json" <<JSON
{
  "node24": "$NODE24_BIN/node",
  "codeServer": "$CS/node_modules/code-server/out/node/entry.js",
  "codeServerVersion": "$CODE_SERVER_VERSION",
  "chromium": "$(command -v chromium || echo /usr/bin/chromium)",
  "nvim": "$(command -v nvim || echo /usr/bin/nvim)"
}
JSON
log "ready (cache $CACHE, $(du -sh "$CACHE" 2>/dev/null | cut -f1))"
echo "$CACHE"
