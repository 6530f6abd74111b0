#!/usr/bin/env bash
# datadao-cli storage serve speaks the documented protocols, checked with tools that know
# nothing of this app: curl uploads a CAR to /api/v0/dag/import as the Kubo RPC docs show
# (multipart "file" part) and reads Kubo's NDJSON answer; the reference libraries
# (@ipld/car, ipfs-unixfs-exporter: scripts/car_check.mjs) read back the CARs the trustless
# gateway serves; a raw block's bytes hash to its CID (multiformats). Then the app's own
# clients: storage put (segmented upload) and storage get (verified download) round-trip a
# folder. Errors come back in Kubo's JSON error shape or as the gateway spec's status codes.
# Usage: storage_vs_reference.sh <datadao-cli>
set -u
ours="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir=$(mktemp -d)
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

"$ours" storage serve --dir "$dir/node" --port 0 > "$dir/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do grep -q 'http://' "$dir/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$dir/serve.log")
check "storage serve prints where it listens" test -n "$url"

mkdir -p "$dir/tree/sub"
make_file "$dir/tree/sub/data.bin" 2500000
printf 'id,name\n1,alpha\n' > "$dir/tree/table.csv"
cid=$("$ours" car create "$dir/tree" --output "$dir/tree.car")
expected=$(printf '%s\n./sub/data.bin %s\n./table.csv %s' "$cid" \
    "$(sha256sum "$dir/tree/sub/data.bin" | cut -c1-64)" "$(sha256sum "$dir/tree/table.csv" | cut -c1-64)")

# Kubo RPC: dag/import as its docs call it, then pin/ls.
answer=$(curl -s -X POST -F "file=@$dir/tree.car" "$url/api/v0/dag/import?stats=true")
check "dag/import answers Kubo's Root line with no pin error" \
    grep -qF "{\"Root\":{\"Cid\":{\"/\":\"$cid\"},\"PinErrorMsg\":\"\"}}" <<< "$answer"
check "dag/import answers Kubo's Stats line" grep -q '"Stats":{"BlockBytesCount":[1-9][0-9]*,"BlockCount":[1-9]' <<< "$answer"
check "a large upload is answered 100 Continue, as Kubo's server does" \
    grep -q "< HTTP/1.1 100 Continue" <<< "$(curl -sv -X POST -F "file=@$dir/tree.car" "$url/api/v0/dag/import" 2>&1)"
check "pin/ls lists the root as a recursive pin" \
    grep -qF "\"$cid\":{\"Type\":\"recursive\"}" <<< "$(curl -s -X POST "$url/api/v0/pin/ls")"
check "the RPC API refuses GET, as Kubo does" \
    test "$(curl -s -o /dev/null -w '%{http_code}' "$url/api/v0/version")" = 405
missing=bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy
check "pin/add of a CID the node lacks is a Kubo error" \
    grep -q '"Message":"pin: block was not found locally (offline): ipld: could not find' \
    <<< "$(curl -s -X POST "$url/api/v0/pin/add?arg=$missing")"
head -c 100000 "$dir/tree.car" > "$dir/short.car"
check "a cut-short CAR is refused in words" \
    grep -q '"Message":"import failed.*truncated' \
    <<< "$(curl -s -X POST -F "file=@$dir/short.car" "$url/api/v0/dag/import")"

# Trustless gateway, read by the reference libraries.
curl -s -D "$dir/head" -o "$dir/got.car" -H 'Accept: application/vnd.ipld.car' "$url/ipfs/$cid?format=car"
check "the gateway's CAR reads back file by file with the reference libraries" \
    test "$(node "$root/scripts/car_check.mjs" "$dir/got.car")" = "$expected"
check "the CAR's Content-Type names version, order and dups" \
    grep -qi '^content-type: application/vnd.ipld.car; version=1; order=dfs; dups=n' "$dir/head"
check "Content-Disposition is an attachment" grep -qi "^content-disposition: attachment; filename=\"$cid.car\"" "$dir/head"
curl -s -o "$dir/sub.car" "$url/ipfs/$cid/sub/data.bin?format=car"
check "a path inside the folder: the path's blocks, then the file" \
    test "$("$ours" car ls "$dir/sub.car" | head -1)" = "$cid"
curl -s -o "$dir/block.car" "$url/ipfs/$cid?format=car&dag-scope=block"
check "dag-scope=block sends the root block alone" test "$("$ours" car ls "$dir/block.car" | wc -l)" = 2
curl -s -o "$dir/root.bin" "$url/ipfs/$cid?format=raw"
check "a raw block hashes to its CID (multiformats)" node "$root/scripts/block_check.mjs" "$cid" "$dir/root.bin"
check "an absent CID is 404" test "$(curl -s -o /dev/null -w '%{http_code}' "$url/ipfs/$missing?format=raw")" = 404
check "only-if-cached for an absent CID is 412" test "$(curl -s -o /dev/null -w '%{http_code}' \
    -H 'Cache-Control: only-if-cached' "$url/ipfs/$missing?format=car")" = 412
check "no format and no Accept is 400 (a strict trustless gateway)" \
    test "$(curl -s -o /dev/null -w '%{http_code}' "$url/ipfs/$cid")" = 400
check "the bafkqaaa probe answers 200 with an empty body" \
    test "$(curl -s -w '%{http_code}:%{size_download}' -o /dev/null "$url/ipfs/bafkqaaa?format=raw")" = "200:0"
check "HEAD answers headers only" \
    test "$(curl -s -I -o /dev/null -w '%{http_code}:%{size_download}' "$url/ipfs/$cid?format=car")" = "200:0"

# The app's clients: a segmented upload, then a verified download into a fresh store.
mkdir -p "$dir/tree2" && make_file "$dir/tree2/other.bin" 3000000
put=$("$ours" storage put "$dir/tree2" --api "$url" --segment-size 500000)
check "storage put prints the folder's CID" test "$put" = "$("$ours" cid "$dir/tree2")"
"$ours" storage get "$put" --gateway "$url" --output "$dir/back" --store "$dir/cache" > /dev/null
check "storage get writes the folder back, byte for byte" diff -r "$dir/tree2" "$dir/back"
# Run again (as after a kill between the last rename and the exit): the folder there is checked
# against the DAG and is the download, done, with no gateway asked; anything else is refused.
check "storage get again finds the folder whole" "$ours" storage get "$put" --gateway http://127.0.0.1:9 \
    --output "$dir/back" --store "$dir/cache"
first_file=$(find "$dir/back" -type f | sort | head -1)
printf 'x' >> "$first_file"
check "storage get refuses to overwrite anything else" bash -c \
    "'$ours' storage get '$put' --gateway '$url' --output '$dir/back' --store '$dir/cache' 2>&1 | grep -q 'already exists'"
check "and leaves it as it was" diff <(tail -c 1 "$first_file") <(printf 'x')
check "storage get of a CID the gateway lacks says so" bash -c \
    "'$ours' storage get $missing --gateway '$url' --output '$dir/none' --store '$dir/cache' 2>&1 | grep -q 'does not have'"
check "nothing is written for a failed download" test ! -e "$dir/none"

# kill -9 mid-download: what <out>.partial holds stays, and the next run checks it against the
# DAG, continues after it and fetches only the rest.
head -c $((256 * 1048576)) /dev/urandom > "$dir/big.bin"
big=$("$ours" storage put "$dir/big.bin" --api "$url")
"$ours" storage get "$big" --gateway "$url" --output "$dir/big-back" --store "$dir/cache2" > /dev/null 2>&1 &
getter=$!
for _ in $(seq 500); do
    [[ $(stat -c %s "$dir/big-back.partial" 2>/dev/null || echo 0) -ge $((8 * 1048576)) ]] && break
    sleep 0.01
done
kill -9 $getter
wait $getter 2>/dev/null || true
kept=$(stat -c %s "$dir/big-back.partial" 2>/dev/null || echo 0)
check "kill -9 mid-download keeps what was written ($kept bytes)" \
    test "$kept" -ge $((8 * 1048576)) -a "$kept" -lt $((256 * 1048576)) -a ! -e "$dir/big-back"
log=$(DD_CLI_VERBOSE=1 "$ours" storage get "$big" --gateway "$url" --output "$dir/big-back" --store "$dir/cache2" 2>&1 > /dev/null)
check "the next run continues after the bytes it checked" grep -q "continues after [1-9][0-9]* bytes checked" <<< "$log"
check "and the file is whole, byte for byte" cmp -s "$dir/big.bin" "$dir/big-back"
check "no partial output is left" test ! -e "$dir/big-back.partial"
rm -f "$dir/big.bin" "$dir/big-back"

# A HAMT-sharded folder (5,000 entries, shards three levels deep): a path through its shards,
# dag-scope=entity (the shards, not the files), and the app's clients round-tripping it.
mkdir -p "$dir/many/inner"
python3 -c "
import os
for i in range(5000):
    open(os.path.join('$dir/many', f'entry-with-a-longer-name-{i:05}.txt'), 'w').write(str(i))
open('$dir/many/inner/deep.txt', 'w').write('deep')
"
many=$("$ours" storage put "$dir/many" --api "$url")
check "storage put of a sharded folder prints its CID" test "$many" = "$(node "$root/scripts/ipfs_import.mjs" "$dir/many")"
curl -s -o "$dir/entry.car" "$url/ipfs/$many/entry-with-a-longer-name-04321.txt?format=car"
lines=$("$ours" car ls "$dir/entry.car")
check "a path through a sharded folder: the root, its shards on the way, then the file" \
    test "$(tail -1 <<< "$lines")" = "$("$ours" cid "$dir/many/entry-with-a-longer-name-04321.txt")" \
    -a "$(wc -l <<< "$lines")" -ge 4 -a "$(wc -l <<< "$lines")" -le 6
curl -s -o "$dir/deep.car" "$url/ipfs/$many/inner/deep.txt?format=car"
check "a path into a subfolder of a sharded folder" test "$("$ours" car ls "$dir/deep.car" | tail -1)" = \
    "$("$ours" cid "$dir/many/inner/deep.txt")"
check "a name the sharded folder lacks is 404" \
    test "$(curl -s -o /dev/null -w '%{http_code}' "$url/ipfs/$many/no-such-entry.txt?format=car")" = 404
curl -s -o "$dir/entity.car" "$url/ipfs/$many?format=car&dag-scope=entity"
shards=$("$ours" car ls "$dir/entity.car" | wc -l)
check "dag-scope=entity of a sharded folder sends its shards and no file ($shards lines)" \
    test "$shards" -gt 257 -a "$shards" -lt 1000
"$ours" storage get "$many" --gateway "$url" --output "$dir/many-back" --store "$dir/cache" > /dev/null
check "storage get writes a sharded folder back, byte for byte" diff -r "$dir/many" "$dir/many-back"

finish storage_vs_reference
