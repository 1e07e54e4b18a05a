#!/usr/bin/env bash
# Runs npm as if from a fresh shell: without the variables an outer npm (`npm test`, `npm run …`)
# passes to its children. npm reads every `npm_config_*` variable as its own configuration, so a
# nested install would otherwise run under the outer npm's settings: its user agent (which names
# the outer Node version, and which code-server's install script reads to refuse Node 20), its
# prefixes, node-gyp and nodedir. `NODE`, `INIT_CWD` and the `npm_package_*`/`npm_lifecycle_*`
# variables describe the outer package and its Node, not the nested one; they go too.
# Variables given as NAME=VALUE before the npm arguments are set for the nested npm after the clean-up.
# Usage: npm-isolated.sh [NAME=VALUE]... -- NPM-ARGUMENTS...
set -euo pipefail
unset_args=()
while IFS='=' read -r name _; do
  case "$name" in
    npm_*|NODE|INIT_CWD|NODE_GYP_FORCE_PYTHON) unset_args+=(-u "$name") ;;
  esac
done < <(env)
set_args=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do set_args+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
exec env "${unset_args[@]}" "${set_args[@]}" npm "$@"
