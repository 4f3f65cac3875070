#!/usr/bin/env bash
# The whole test suite: typecheck, one production build, then every Vitest project (unit, integration, browser).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"
npx tsc

echo "== build"
npx remix build

echo "== tests"
# Vitest's closing summary is the last output: CI reads it.
exec npx vitest run "$@"
