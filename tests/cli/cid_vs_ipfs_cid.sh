#!/usr/bin/env bash
# datadao-cli cid against Debian's ipfs_cid (the classic Kubo import: CIDv0, 256 KiB chunks, 174
# links, dag-pb leaves) on files around every chunk and link-count boundary, and the
# unixfs-v1-2025 profile's single raw leaf against a sha2-256 computed here.
# Usage: cid_vs_ipfs_cid.sh <datadao-cli>
set -u
ours="$1"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

chunk=262144

for size in 0 1 100 $((chunk - 1)) $chunk $((chunk + 1)) $((3 * chunk + 17)) $((174 * chunk)) $((174 * chunk + 1)) \
    $((175 * chunk + 5)); do
    make_file "$dir/f" "$size"
    expected=$(ipfs_cid "$dir/f" 2>/dev/null | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["CIDv0"])')
    got=$("$ours" cid "$dir/f" --profile unixfs-v0-2015)
    check "classic CID of $size bytes is ipfs_cid's ($expected)" test "$got" = "$expected"
done

# unixfs-v1-2025: a file of one chunk is one raw block, CIDv1 raw of its sha2-256.
for size in 0 1 1000 $((1024 * 1024)); do
    make_file "$dir/f" "$size"
    expected=$(python3 - "$dir/f" <<'PY'
import base64, hashlib, sys
digest = hashlib.sha256(open(sys.argv[1], "rb").read()).digest()
print("b" + base64.b32encode(bytes([1, 0x55, 0x12, 0x20]) + digest).decode().lower().rstrip("="))
PY
)
    check "v1 CID of $size bytes is its raw block's" test "$("$ours" cid "$dir/f")" = "$expected"
done

check "an unknown profile is refused" bash -c "'$ours' cid '$dir/f' --profile nope 2>&1 | grep -q 'unknown profile'"
check "a missing file is refused" bash -c "'$ours' cid '$dir/missing' 2>&1 | grep -q 'does not exist'"

finish cid_vs_ipfs_cid
