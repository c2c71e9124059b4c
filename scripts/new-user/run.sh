#!/usr/bin/env bash
# "As a new user": packs brine and installs the tarball into fresh `npm init -y` folders, one
# CommonJS and one ESM package, each with Vitest 3.2 and with 4.1. In each it runs the commands of
# README's "Using brine in a project" (its `<!-- new-user -->` block, brine and vitest swapped for the
# tarball and the Vitest under test) and expects the example green without a warning; then it sets
# the project up by hand as the section shows (its config and basket files) and expects both
# features green; then a failing step, whose `features/example.feature:LINE` must be in the output;
# then `npx brine check`. Then `brine migrate behave` on a small fixture, first without its optional
# packages (the install command it names) and then with them (the migrated project runs green, and
# its types resolve under moduleResolution node and nodenext), and an install beside an older
# @types/node. Exits non-zero with a line saying what was off. npm's cache is reused (--prefer-offline).
# Usage: scripts/new-user/run.sh    (NEW_USER_VITEST3 / NEW_USER_VITEST4 override the versions)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
vitest3="${NEW_USER_VITEST3:-3.2.7}"
vitest4="${NEW_USER_VITEST4:-4.1.12}"
work="$(mktemp -d "${TMPDIR:-/tmp}/brine-new-user-XXXXXX")"
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 FORCE_COLOR=0 CI=1 npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
started=$SECONDS

say() { echo "new user: $*"; }
fail() {
  echo "new user: FAILED: $*" >&2
  exit 1
}
# Prints a log and fails when it lacks a text.
expect_in() {
  grep -qF -- "$2" "$1" || {
    cat "$1" >&2
    fail "$(basename "$1") does not contain: $2"
  }
}

say "packing brine"
(cd "$repo" && npm pack --silent --pack-destination "$work" >"$work/pack.log" 2>&1) || {
  cat "$work/pack.log" >&2
  fail "npm pack"
}
tarball="$(ls "$work"/brine-*.tgz)"
brine_version="$(node -p "require('$repo/package.json').version")"

# README's set-up: its commands, and the files it shows for setting up by hand.
(cd "$repo" && npx vite-node scripts/new-user/write-setup.ts -- "$work/readme") || fail "reading README's set-up"
mapfile -t readme <"$work/readme/commands.txt"
[[ "${readme[0]}" == "npm install --save-dev brine vitest" ]] || fail "README's first command is not the install"

# A fresh package as `npm init -y` makes it (npm 11 writes "type": "commonjs").
new_package() { # dir type
  mkdir -p "$1"
  (cd "$1" && npm init -y >/dev/null && npm pkg set "type=$2")
}

# README's install, with brine from the tarball and the Vitest under test. The installs of all
# folders run side by side: they wait on the network, not on the CPU.
readme_install() { # dir vitest-version
  local command="${readme[0]/ brine / $tarball }"
  command="${command/% vitest/ vitest@$2} --prefer-offline --loglevel=error"
  (cd "$1" && eval "$command") >"$1.install.log" 2>&1 || {
    cat "$1.install.log" >&2
    fail "$(basename "$1"): $command"
  }
}

kinds=(commonjs module)
versions=("$vitest3" "$vitest4")
pids=()
for kind in "${kinds[@]}"; do
  for version in "${versions[@]}"; do
    dir="$work/$kind-vitest-$version"
    new_package "$dir" "$kind"
    readme_install "$dir" "$version" &
    pids+=($!)
  done
done
# The migration's fixture project, and a project whose older @types/node vite 8's peer range excludes.
new_package "$work/migrate" commonjs
cp -r "$repo/test/fixtures/migrate/behave/simple/." "$work/migrate/"
readme_install "$work/migrate" "$vitest3" &
pids+=($!)
new_package "$work/old-types" commonjs
(cd "$work/old-types" && npm install --save-dev --prefer-offline --loglevel=error @types/node@18) >/dev/null 2>&1 ||
  fail "installing @types/node@18"
readme_install "$work/old-types" "$vitest3" &
pids+=($!)
for pid in "${pids[@]}"; do wait "$pid" || fail "an install failed (see above)"; done
say "installed in $((SECONDS - started)) s"

# The rest of README's commands, as written; then its set-up by hand; then a failing step, and brine check.
check_project() { # dir vitest-version
  local dir="$1" name
  name="$(basename "$dir")"
  cd "$dir"
  [ "$(node -p "require('brine/package.json').version")" = "$brine_version" ] || fail "$name: brine is not the tarball's"
  [ "$(node -p "require('vitest/package.json').version")" = "$2" ] || fail "$name: vitest is not $2"
  for command in "${readme[@]:1}"; do
    eval "$command" >>"$dir.readme.log" 2>&1 || {
      cat "$dir.readme.log" >&2
      fail "$name: $command"
    }
  done
  # README's last command runs the example feature: one scenario, green, and nothing to warn about.
  expect_in "$dir.readme.log" "1 passed"
  if grep -iE "warn|\(!\)" "$dir.readme.log" >&2; then fail "$name: a warning in the set-up (above)"; fi

  # By hand, as the section shows: its config in place of the one init wrote, its feature and steps.
  rm -f vitest.config.*
  cp -r "$work/readme/by-hand/." .
  npm run features >"$dir.by-hand.log" 2>&1 || {
    cat "$dir.by-hand.log" >&2
    fail "$name: README's set-up by hand"
  }
  expect_in "$dir.by-hand.log" "2 passed"

  cat >>features/example.feature <<'FEATURE'

  Scenario: A step that fails
    Given the number 2
    When I add 3
    Then the result is 6
FEATURE
  local line
  line="$(grep -n 'Then the result is 6' features/example.feature | cut -d: -f1)"
  if npm run features >"$dir.failing.log" 2>&1; then
    cat "$dir.failing.log" >&2
    fail "$name: npm run features passed with a failing step"
  fi
  expect_in "$dir.failing.log" "features/example.feature:$line"
  npx brine check >"$dir.check.log" 2>&1 || {
    cat "$dir.check.log" >&2
    fail "$name: npx brine check"
  }
  expect_in "$dir.check.log" "2 features, 9 steps: 9 matched, 0 undefined, 0 ambiguous"
  say "$name: README's set-up green without warnings, and by hand; a failing step at features/example.feature:$line; brine check clean"
}

for kind in "${kinds[@]}"; do
  for version in "${versions[@]}"; do (check_project "$work/$kind-vitest-$version" "$version"); done
done

# Older @types/node: the install above succeeded (brine names no vite peer); the example runs.
(
  cd "$work/old-types"
  for command in "${readme[@]:1}"; do eval "$command" >"$work/old-types.log" 2>&1 || fail "old-types: $command"; done
  expect_in "$work/old-types.log" "1 passed"
  say "old-types: installed beside @types/node@18, green"
)

# brine migrate behave: without the optional packages it names the one command that installs them.
(
  cd "$work/migrate"
  # Set up as README says, without running the features yet: their steps are still Python.
  for command in "${readme[@]:1}"; do
    [[ "$command" == "npm run "* ]] && continue
    eval "$command" >"$work/migrate.setup.log" 2>&1 || fail "migrate: $command"
  done
  for package in typescript web-tree-sitter tree-sitter-python; do
    [ ! -e "node_modules/$package" ] || fail "migrate: $package is installed before it was asked for"
  done
  if npx brine migrate behave . >"$work/migrate.absent.log" 2>&1; then fail "migrate: ran without its packages"; fi
  install="$(grep -E '^ +npm install --save-dev typescript@' "$work/migrate.absent.log" | sed -E 's/^ +//')"
  [ -n "$install" ] || {
    cat "$work/migrate.absent.log" >&2
    fail "migrate: no install command in its message"
  }
  eval "$install --prefer-offline --loglevel=error" >"$work/migrate.install.log" 2>&1 || fail "migrate: $install"
  npx brine migrate behave . >"$work/migrate.present.log" 2>&1 || {
    cat "$work/migrate.present.log" >&2
    fail "migrate: brine migrate behave ."
  }
  expect_in "$work/migrate.present.log" "0 TODO(s)"
  npm run features >"$work/migrate.run.log" 2>&1 || {
    cat "$work/migrate.run.log" >&2
    fail "migrate: the migrated features"
  }
  expect_in "$work/migrate.run.log" "7 passed"
  # With typescript there, the types resolve under moduleResolution node (typesVersions) as well.
  cat >types-check.ts <<'TS'
import { brine } from 'brine/plugin'
import SummaryReporter from 'brine/reporters/summary'
import { Given } from 'brine'
Given('a {int}', (_world, n) => n.toFixed())
export const checked = [brine({ tags: '@smoke' }), new SummaryReporter({ outputFile: 'summary.txt' })]
TS
  for resolution in node10 nodenext; do
    module=$([ $resolution = node10 ] && echo commonjs || echo nodenext)
    npx tsc --noEmit --strict --skipLibCheck --module $module --moduleResolution $resolution \
      types-check.ts steps/example.steps.ts >"$work/migrate.tsc.log" 2>&1 || {
      cat "$work/migrate.tsc.log" >&2
      fail "migrate: types with moduleResolution $resolution"
    }
  done
  say "migrate: the install command when its packages are missing; with them, migrated and green; types resolve"
)

say "all good in $((SECONDS - started)) s"
