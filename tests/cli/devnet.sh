#!/usr/bin/env bash
# datadao-cli devnet up/status/down: a seeded DAO on anvil, a profile the app opens, a second
# `up` that says one is running, and `down` stopping exactly the process `up` started.
# Usage: devnet.sh <datadao-cli> <cast>
set -u
ours="$1"
cast="$2"
dir=$(mktemp -d)
trap '"$ours" devnet down --dir "$dir" >/dev/null 2>&1; rm -rf "$dir"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

out=$("$ours" devnet up --dir "$dir" 2>&1)
check "devnet up succeeds" test $? -eq 0
for state in Executed Queued Succeeded Defeated Canceled Active Pending; do
    check "a proposal is $state" grep -q "^  $state " <<<"$out"
done
check "profile written" test -f "$dir/devnet.json"
url=$(sed -n 2p "$dir/anvil.pid")
pid=$(sed -n 1p "$dir/anvil.pid")
governor=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['contracts']['governor'])" "$dir/devnet.json")
check "governor answers" test "$("$cast" call "$governor" "name()(string)" -r "$url")" = '"DataDAO Governor"'
check "quorum is 4%" test "$("$cast" call "$governor" "quorumNumerator()(uint256)" -r "$url")" = "4"
again=$("$ours" devnet up --dir "$dir" 2>&1)
check "second up refuses" test $? -ne 0
check "second up says so" grep -q "already running (anvil pid $pid)" <<<"$again"
check "status while running" "$ours" devnet status --dir "$dir"
check "down stops it" grep -q "Stopped the devnet (anvil pid $pid)" <<<"$("$ours" devnet down --dir "$dir")"
check "anvil is gone" bash -c "! grep -qE 'State:\s+[RSD]' /proc/$pid/status 2>/dev/null"
"$ours" devnet status --dir "$dir" >/dev/null
check "status when stopped exits non-zero" test $? -ne 0

finish devnet
