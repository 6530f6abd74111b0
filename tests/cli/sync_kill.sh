#!/usr/bin/env bash
# kill -9 during a governance sync, then a restart: the cache file is consistent (SQLite's
# integrity check, the synced block never past what was stored) and the next run resumes from
# where the killed one stopped and ends with every proposal of the devnet.
# Usage: sync_kill.sh <datadao-cli> <cast>
set -u
ours="$1"
cast="$2"
dir=$(mktemp -d)
trap '"$ours" devnet down --dir "$dir" >/dev/null 2>&1; rm -rf "$dir"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"
sql() { # sql <file> <query>: the first column of the first row
    python3 -c "import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone(); print(r[0] if r else '')" "$1" "$2"
}
meta() { # meta <key>: a value from the cache's meta table
    sql "$dir/cache.sqlite" "SELECT value FROM meta WHERE key='$1'"
}

"$ours" devnet up --dir "$dir" >/dev/null 2>&1
check "devnet up" test -f "$dir/devnet.json"
url=$(sed -n 2p "$dir/anvil.pid")
# More blocks after the seeded ones, so a sync in one-block ranges runs for seconds.
"$cast" rpc anvil_mine 0xbb8 -r "$url" >/dev/null
head=$("$cast" block-number -r "$url")

"$ours" sync --profile "$dir/devnet.json" --cache "$dir/cache.sqlite" --max-range 1 --confirmations 2 >"$dir/progress" 2>&1 &
pid=$!
# Killed at its first progress line (printed after a second of syncing).
for _ in $(seq 600); do
    grep -q "^block " "$dir/progress" && break
    sleep 0.05
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
killed_at=$(meta synced_block)
check "the killed sync had stored some ranges" test -n "$killed_at"
check "and had not finished" test "${killed_at:-0}" -lt "$head"
integrity=$(sql "$dir/cache.sqlite" "PRAGMA integrity_check")
check "the cache passes SQLite's integrity check" test "$integrity" = ok

out=$("$ours" sync --profile "$dir/devnet.json" --cache "$dir/cache.sqlite" --confirmations 2 2>&1)
check "the restarted sync succeeds" test $? -eq 0
check "it resumed after the killed one's last range" grep -q "Synced blocks $((killed_at + 1))-" <<<"$out"
check "every proposal is there" grep -q "; 7 proposals in" <<<"$out"
votes=$(sql "$dir/cache.sqlite" "SELECT COUNT(*) FROM votes")
fresh=$("$ours" sync --profile "$dir/devnet.json" --cache "$dir/fresh.sqlite" --confirmations 2 2>&1)
fresh_votes=$(sql "$dir/fresh.sqlite" "SELECT COUNT(*) FROM votes")
check "the same votes as a sync that was never killed ($votes)" test "$votes" = "$fresh_votes"

finish sync_kill
