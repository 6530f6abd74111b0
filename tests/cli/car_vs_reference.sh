#!/usr/bin/env bash
# datadao-cli car: CARs it writes are read back by the reference libraries (@ipld/car and
# ipfs-unixfs-exporter, scripts/car_check.mjs) to the same root and the same bytes, in both
# profiles; a CAR with a changed byte or cut short is refused in words; nothing half-written is
# left when the input cannot be read.
# Usage: car_vs_reference.sh <datadao-cli>
set -u
ours="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

python3 -c "
import hashlib
with open('$dir/data', 'wb') as f:
    for i in range(400):
        f.write(hashlib.sha512(str(i).encode()).digest() * 128)  # 3.2 MB
"
sum=$(sha256sum "$dir/data" | cut -c1-64)
for profile in unixfs-v1-2025 unixfs-v0-2015; do
    for links in "" 4; do
        extra=()
        [[ -n "$links" ]] && extra=(--chunk-size 4096 --max-links "$links")
        cid=$("$ours" car create "$dir/data" --output "$dir/out.car" --profile $profile "${extra[@]}")
        check "$profile ${links:+(4 KiB chunks, 4 links) }car create prints the file's CID" \
            test "$cid" = "$("$ours" cid "$dir/data" --profile $profile "${extra[@]}")"
        check "$profile ${links:+(4 KiB chunks, 4 links) }the reference reads the same root and bytes" \
            test "$(node "$root/scripts/car_check.mjs" "$dir/out.car")" = "$cid $sum"
        check "$profile ${links:+(4 KiB chunks, 4 links) }car verify agrees" test "$("$ours" car verify "$dir/out.car")" = "$cid"
    done
done
# A folder: the reference finds every file under the root with its bytes.
mkdir -p "$dir/tree/sub" && cp "$dir/data" "$dir/tree/sub/data" && echo hello > "$dir/tree/hello.txt"
cid=$("$ours" car create "$dir/tree" --output "$dir/tree.car")
expected=$(printf '%s\n./hello.txt %s\n./sub/data %s' "$cid" "$(sha256sum "$dir/tree/hello.txt" | cut -c1-64)" "$sum")
check "a folder's CAR reads back file by file" test "$(node "$root/scripts/car_check.mjs" "$dir/tree.car")" = "$expected"
# A folder big enough to be a HAMT shard (with a small threshold): the reference lists it whole.
mkdir -p "$dir/sharded/inner"
for i in $(seq 1 40); do echo "$i" > "$dir/sharded/file-$i.txt"; done
echo deep > "$dir/sharded/inner/deep.txt"
cid=$("$ours" car create "$dir/sharded" --output "$dir/sharded.car" --shard-threshold 1000)
expected=$(printf '%s\n' "$cid"; for f in $(cd "$dir/sharded" && find . -type f | LC_ALL=C sort); do
    printf '%s %s\n' "$f" "$(sha256sum "$dir/sharded/$f" | cut -c1-64)"; done)
check "a sharded folder's CAR reads back file by file" \
    test "$(node "$root/scripts/car_check.mjs" "$dir/sharded.car")" = "$(printf '%s' "$expected")"
check "car verify reads a sharded folder's CAR" test "$("$ours" car verify "$dir/sharded.car")" = "$cid"
blocks=$("$ours" car ls "$dir/out.car" | wc -l)
check "car ls lists the root and every block" test "$blocks" -gt 700

# A byte changed inside a block, and a CAR cut short.
cp "$dir/out.car" "$dir/bad.car"
printf '\x00' | dd of="$dir/bad.car" bs=1 seek=5000 conv=notrunc status=none
check "a changed block is refused" bash -c "'$ours' car verify '$dir/bad.car' 2>&1 | grep -q 'does not match its hash'"
head -c 100000 "$dir/out.car" > "$dir/short.car"
check "a truncated CAR is refused" bash -c "'$ours' car verify '$dir/short.car' 2>&1 | grep -qE 'truncated|ends inside'"
check "not a CAR is refused" bash -c "'$ours' car verify '$dir/data' 2>&1 | grep -q 'Not a valid CAR'"
"$ours" car create "$dir/missing" --output "$dir/none.car" >/dev/null 2>&1
check "an unreadable input leaves no CAR behind" test ! -e "$dir/none.car"

finish car_vs_reference
