#!/usr/bin/env bash
# Runs brine's own features suite a second time under Vitest 4.1, the newest line on Node 20.
# The repo is copied to a temp dir whose node_modules links to ours, except that vitest, vite
# and @vitest/* come from a separate install there: our package-lock.json is never touched.
# Usage: scripts/vitest4/run.sh [extra vitest args]
#   VITEST4_VERSION overrides the version; VITEST4_PROJECT=tests runs unit tests instead (give paths).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
version="${VITEST4_VERSION:-4.1.12}"
work="$(mktemp -d "${TMPDIR:-/tmp}/brine-vitest4-XXXXXX")"
trap 'rm -rf "$work"' EXIT
deps="$work/deps"
copy="$work/repo"
mkdir -p "$deps" "$copy/node_modules/.bin"

echo "brine: installing vitest@$version, @vitest/coverage-v8@$version, @vitest/ui@$version in $deps"
echo '{ "private": true }' >"$deps/package.json"
npm install --prefix "$deps" --no-audit --no-fund --ignore-scripts --loglevel=error \
  "vitest@$version" "@vitest/coverage-v8@$version" "@vitest/ui@$version"

# The working tree as it is (uncommitted changes included), without installs and build output.
tar -C "$repo" --exclude=./node_modules --exclude=./.git --exclude=./dist --exclude=./coverage \
  --exclude=./reports --exclude=./.brine-cache -cf - . | tar -C "$copy" -xf -

# node_modules: every package of ours, but the Vitest family from the new install.
link() { ln -s "$1" "$copy/node_modules/$2"; }
for entry in "$repo"/node_modules/*; do
  name="${entry#"$repo"/node_modules/}"
  case "$name" in
  vitest | vite | @vitest) ;;
  @*) mkdir -p "$copy/node_modules/$name" && for pkg in "$entry"/*; do link "$pkg" "$name/${pkg##*/}"; done ;;
  *) [ -e "$copy/node_modules/$name" ] || link "$entry" "$name" ;;
  esac
done
rm -rf "$copy/node_modules/@vitest"
link "$deps/node_modules/@vitest" @vitest
link "$deps/node_modules/vitest" vitest
link "$deps/node_modules/vite" vite
for bin in "$repo"/node_modules/.bin/*; do link "$bin" ".bin/${bin##*/}"; done
rm -f "$copy/node_modules/.bin/vitest" "$copy/node_modules/.bin/vite"
link "$deps/node_modules/.bin/vitest" .bin/vitest
link "$deps/node_modules/.bin/vite" .bin/vite

cd "$copy"
echo "brine: running the features suite with $(node node_modules/vitest/vitest.mjs --version)"
# Vitest 4 replaced --poolOptions.threads.maxThreads with --maxWorkers.
node node_modules/vitest/vitest.mjs run --project "${VITEST4_PROJECT:-features}" --maxWorkers=2 "$@"
