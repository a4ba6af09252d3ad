#!/usr/bin/env bash
# Rebuild the map component's bundle (static/polar_map.js) from frontend/polar-map, using exactly
# the packages pinned in its package-lock.json. Needs Node and npm (and the npm registry, or a
# warm npm cache). Pass an output path to build somewhere else (the drift test builds into a
# temporary directory and compares bytes with the committed bundle).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$repo/static/polar_map.js}"
cd "$repo/frontend/polar-map"
npm ci --no-audit --no-fund --ignore-scripts >/dev/null
npx --no-install tsc --noEmit -p .
OUTFILE="$out" npm run --silent build
