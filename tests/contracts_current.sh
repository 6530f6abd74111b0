#!/usr/bin/env bash
# The committed contract artifacts must be what the pinned solc makes of the committed sources.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node "$root/scripts/build-contracts.js" "$out/dao" "$out/fixtures" >/dev/null
for pair in "resources/contracts/artifacts:dao" "tests/fixtures/contracts/artifacts:fixtures"; do
  committed="${pair%%:*}"
  if ! diff -r "$root/$committed" "$out/${pair##*:}" >/dev/null; then
    echo "$committed is stale: run 'node scripts/build-contracts.js' and commit the result"
    diff -rq "$root/$committed" "$out/${pair##*:}" || true
    echo "contracts_current: 0 passed, 1 failed"
    exit 1
  fi
done
echo "contracts_current: 1 passed, 0 failed"
