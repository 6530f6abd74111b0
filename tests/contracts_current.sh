#!/usr/bin/env bash
# The committed contract artifacts must be what the pinned solc makes of the committed sources.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
node "$root/scripts/build-contracts.js" "$out" >/dev/null
if ! diff -r "$root/resources/contracts/artifacts" "$out" >/dev/null; then
  echo "resources/contracts/artifacts is stale: run 'node scripts/build-contracts.js' and commit the result"
  diff -rq "$root/resources/contracts/artifacts" "$out" || true
  echo "contracts_current: 0 passed, 1 failed"
  exit 1
fi
echo "contracts_current: 1 passed, 0 failed"
