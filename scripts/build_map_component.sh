#!/usr/bin/env bash
# Rebuild the map component from frontend/polar-map, using exactly the packages pinned in its
# package-lock.json: static/polar_map_boot.js (a few kB: a new map's stand-in picture, then it loads
# the rest) and static/polar_map.js (the map, with deck.gl). Needs Node and npm (and the npm
# registry, or a warm npm cache). Pass an output directory to build somewhere else (the drift test
# builds into a temporary directory and compares bytes with the committed files).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$repo/static}"
mkdir -p "$out"
cd "$repo/frontend/polar-map"
npm ci --no-audit --no-fund --ignore-scripts >/dev/null
npx --no-install tsc --noEmit -p .
OUTDIR="$out" npm run --silent build
