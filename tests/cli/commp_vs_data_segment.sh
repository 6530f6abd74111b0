#!/usr/bin/env bash
# datadao-cli commp: the Filecoin piece commitment of a CAR equals the reference's
# (@web3-storage/data-segment 5.3.0, FRC-0058: scripts/commp.mjs): the piece CID (FRC-0069), the
# CommP CID and the padded piece size, at the sizes where padding changes (65 bytes, one Fr32
# quad of 127, a power-of-two piece's capacity 254 and one past it, …) and for a real CAR;
# a payload too small for a piece is refused in words.
# Usage: commp_vs_data_segment.sh <datadao-cli>
set -u
ours="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

for size in 65 66 126 127 128 253 254 255 508 509 1016 1017 4064 4065 130048 130049 1048576; do
    make_file "$dir/payload" "$size"
    check "$size bytes: the same piece CID, CommP CID and padded size" \
        test "$("$ours" commp "$dir/payload")" = "$(cd "$root/scripts" && node commp.mjs "$dir/payload")"
done
make_file "$dir/data" 3000000
"$ours" car create "$dir/data" --output "$dir/data.car" > /dev/null
check "a real CAR: the same as the reference" \
    test "$("$ours" commp "$dir/data.car")" = "$(cd "$root/scripts" && node commp.mjs "$dir/data.car")"
make_file "$dir/small" 64
check "64 bytes are refused in words" bash -c "'$ours' commp '$dir/small' 2>&1 | grep -q 'needs at least 65'"
check "a missing file is refused in words" bash -c "'$ours' commp '$dir/none' 2>&1 | grep -q 'cannot read'"

finish commp_vs_data_segment
