#!/usr/bin/env bash
# The whole test suite: typecheck, one production build, then every Vitest project (unit, integration, browser).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"
npx tsc

echo "== UI strings: no language lacks a key (unused keys are listed, not fatal)"
node scripts/locales-check.mjs

echo "== studio: schema and query types are generated from the current sources (offline)"
npm run --silent typegen
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git diff --quiet -- studio/schema.json app/content/sanity.types.ts; then
  git --no-pager diff --stat -- studio/schema.json app/content/sanity.types.ts
  echo "studio/schema.json or app/content/sanity.types.ts changed: run \`npm run typegen\` and commit the result." >&2
  exit 1
fi

echo "== studio: sanity build (offline)"
npm run --silent studio:build

echo "== build"
npx remix build

echo "== tests"
# Vitest's closing summary is the last output: CI reads it.
exec npx vitest run "$@"
