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
# The demo forum serves the discussion the executed proposal links.
forum=$(grep -o 'Demo forum at http://127.0.0.1:[0-9]*' <<<"$out" | cut -d' ' -f4)
forum_pid=$(cat "$dir/forum.pid" 2>/dev/null)
check "demo forum started" test -n "$forum"
check "demo forum serves the topic" grep -q '"title": "DDP-7: Fund the data quality bounty"' <<<"$(curl -s "$forum/t/42.json")"
check "demo forum answers post_ids" test "$(curl -s "$forum/t/42/posts.json?post_ids%5B%5D=1021" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["post_stream"]["posts"]))')" = "1"
created=$("$cast" logs --rpc-url "$url" --address "$governor" --from-block 0 --json \
    "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)")
check "a proposal links the discussion" grep -q "Discussion: $forum/t/ddp-7-fund-the-data-quality-bounty/42" \
    <<<"$(python3 -c 'import json,sys; [print(bytes.fromhex(e["data"][2:]).decode("utf-8","replace").replace(chr(0),"")) for e in json.load(sys.stdin)]' <<<"$created")"
# Deploying and seeding went through the transaction service: every one journaled, all mined.
journal_counts=$(python3 - "$dir/devnet.journal.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT status, COUNT(*) FROM transactions GROUP BY status").fetchall()
print(" ".join(f"{s}={n}" for s, n in rows))
PY
)
check "deploy and seed are journaled, all mined ($journal_counts)" grep -qE '^mined=[0-9]{2,}$' <<<"$journal_counts"
# The storage node: its URL is in the profile, and it takes an upload and serves it back.
storage=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['storage']['api'])" "$dir/devnet.json")
storage_pid=$(cat "$dir/storage.pid" 2>/dev/null)
check "the profile names the storage node" grep -q '^http://127.0.0.1:[0-9]*$' <<<"$storage"
printf 'id,value\n1,2\n' > "$dir/table.csv"
put=$("$ours" storage put "$dir/table.csv" --api "$storage")
check "the storage node takes an upload" test "$put" = "$("$ours" cid "$dir/table.csv")"
check "and serves it back verified" "$ours" storage get "$put" --gateway "$storage" --output "$dir/back.csv" --store "$dir/cache"
again=$("$ours" devnet up --dir "$dir" 2>&1)
check "second up refuses" test $? -ne 0
check "second up says so" grep -q "already running (anvil pid $pid)" <<<"$again"
check "status while running" "$ours" devnet status --dir "$dir"
check "down stops it" grep -q "Stopped the devnet (anvil pid $pid)" <<<"$("$ours" devnet down --dir "$dir")"
check "anvil is gone" bash -c "! grep -qE 'State:\s+[RSD]' /proc/$pid/status 2>/dev/null"
check "the demo forum is gone" bash -c "! grep -qE 'State:\s+[RSD]' /proc/$forum_pid/status 2>/dev/null"
check "the storage node is gone" bash -c "! grep -qE 'State:\s+[RSD]' /proc/$storage_pid/status 2>/dev/null"
"$ours" devnet status --dir "$dir" >/dev/null
check "status when stopped exits non-zero" test $? -ne 0

finish devnet
