#!/usr/bin/env bash
# datadao-cli dataset on a devnet (anvil, the DAO with its DatasetRegistry, the storage node):
# a folder (a CSV and an image) is published by one member — its CID equal to the reference
# importer's (ipfs-unixfs-importer) — found by another through search and filters, bought, and
# downloaded with every block verified. Then the faults of a catalog: content registered twice,
# a registry entry whose metadata file is not JSON, and one whose metadata never arrives; each
# is named in words and the rest of the catalog stays whole.
# Usage: dataset_devnet.sh <datadao-cli>
set -u
ours="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir=$(mktemp -d)
trap '"$ours" devnet down --dir "$dir/net" >/dev/null 2>&1; "$ours" devnet down --dir "$dir/demo" >/dev/null 2>&1; rm -rf "$dir"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

"$ours" devnet up --dir "$dir/net" > "$dir/up.log" 2>&1
check "devnet up" test $? -eq 0
profile="$dir/net/devnet.json"
phrase="test test test test test test test test test test test junk"
common=(--profile "$profile" --cache "$dir/catalog.sqlite" --store "$dir/blocks")

mkdir -p "$dir/weather/images"
printf 'station,temp,day\nA,1.5,2024-01-01\nB,2.5,2024-01-02\nC,,2024-01-03\n' > "$dir/weather/stations.csv"
# A real PNG (1x1), as the spec's signature and chunks make it.
python3 - "$dir/weather/images/pixel.png" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
out=$("$ours" dataset publish "$dir/weather" --profile "$profile" --title "Weather stations" --license CC-BY-4.0 \
    --price 40 --stake 100 --keywords "weather,climate" --mnemonic "$phrase" --mnemonic-index 2 2>&1)
check "publish registers dataset #1" grep -q "Registered dataset #1" <<<"$out"
content=$(sed -n 's/^Content:  //p' <<<"$out")
check "the content CID is the reference importer's" test "$content" = "$(node "$root/scripts/ipfs_import.mjs" "$dir/weather")"

again=$("$ours" dataset publish "$dir/weather" --profile "$profile" --title "Weather again" --license CC-BY-4.0 --mnemonic "$phrase" --mnemonic-index 3 2>&1)
check "the same content twice is refused in words" grep -q "DatasetAlreadyRegistered" <<<"$again"

# Another member finds it by a word prefix, and by filters; a search that matches nothing is empty.
list=$("$ours" dataset list "${common[@]}" --search "weath" --json)
check "search by a word prefix finds it" grep -q '"title": "Weather stations"' <<<"$list"
check "its formats come from the verified metadata" grep -q '"csv"' <<<"$list"
check "filter by license" grep -q "Weather stations" <<<"$("$ours" dataset list "${common[@]}" --license CC-BY-4.0)"
check "filter by format" grep -q "Weather stations" <<<"$("$ours" dataset list "${common[@]}" --format png)"
check "filter by status" grep -q "Weather stations" <<<"$("$ours" dataset list "${common[@]}" --status pending)"
check "a search that matches nothing lists nothing" test -z "$("$ours" dataset list "${common[@]}" --search "zzzqqq")"
check "filters combine" test -z "$("$ours" dataset list "${common[@]}" --format parquet --search weather)"
publisher=0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc # mnemonic index 2, in lower case
check "filter by contributor, in any case" grep -q "Weather stations" <<<"$("$ours" dataset list "${common[@]}" --contributor "$publisher")"
check "another contributor has none" test -z "$("$ours" dataset list "${common[@]}" --contributor 0x90F79bf6EB2c4f870365E785982E1f101E93b906)"
check "filter by size" grep -q "Weather stations" <<<"$("$ours" dataset list "${common[@]}" --max-size 1000)"
check "a size it is not lists nothing" test -z "$("$ours" dataset list "${common[@]}" --min-size 1000)"
bad=$("$ours" dataset list "${common[@]}" --contributor 0x123 2>&1)
check "a malformed contributor is refused in words" grep -q -- "--contributor:" <<<"$bad"
bad=$("$ours" dataset list "${common[@]}" --min-size lots 2>&1)
check "a size that is not a number is refused in words" grep -q -- "--min-size is a number of bytes" <<<"$bad"

bought=$("$ours" dataset buy 1 "${common[@]}" --mnemonic "$phrase" --mnemonic-index 3 2>&1)
check "buy access pays 40 DATA" grep -q "bought for 40 DATA" <<<"$bought"
"$ours" dataset get 1 --profile "$profile" --cache "$dir/catalog.sqlite" --store "$dir/blocks-buyer" --output "$dir/got" > /dev/null
check "the download is the folder, byte for byte" diff -r "$dir/weather" "$dir/got"

# A registry entry whose metadata is not JSON, and one whose metadata is nowhere to be found.
registry=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['contracts']['datasetRegistry'])" "$profile")
token=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['contracts']['token'])" "$profile")
storage=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['storage']['api'])" "$profile")
rpc=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['rpcUrls'][0])" "$profile")
cid_hex() { python3 -c "import base64,sys; s=sys.argv[1][1:].upper(); print('0x'+base64.b32decode(s+'='*(-len(s)%8)).hex())" "$1"; }
printf '<html>not a data package</html>' > "$dir/bogus.json"
bogus=$("$ours" storage put "$dir/bogus.json" --api "$storage")
printf 'orphan data %s' "$RANDOM" > "$dir/orphan.txt"
orphan_content=$("$ours" storage put "$dir/orphan.txt" --api "$storage")
never="bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"
"$ours" send "$token" "approve(address,uint256)" "$registry" 1000000000000000000000 -r "$rpc" --mnemonic "$phrase" --mnemonic-index 4 > /dev/null
"$ours" send "$registry" "submit(bytes,bytes,uint64,string,uint256,uint256)" "$(cid_hex "$content")" \
    "$(cid_hex "$bogus")" 10 CC0-1.0 0 100000000000000000000 -r "$rpc" --mnemonic "$phrase" --mnemonic-index 4 > /dev/null 2>&1
check "(the same content again is refused on chain too)" test $? -ne 0
"$ours" send "$registry" "submit(bytes,bytes,uint64,string,uint256,uint256)" "$(cid_hex "$orphan_content")" \
    "$(cid_hex "$bogus")" 10 CC0-1.0 0 100000000000000000000 -r "$rpc" --mnemonic "$phrase" --mnemonic-index 4 > /dev/null
printf 'more %s' "$RANDOM" > "$dir/more.txt"
more_content=$("$ours" storage put "$dir/more.txt" --api "$storage")
"$ours" send "$registry" "submit(bytes,bytes,uint64,string,uint256,uint256)" "$(cid_hex "$more_content")" \
    "$(cid_hex "$never")" 10 CC0-1.0 0 100000000000000000000 -r "$rpc" --mnemonic "$phrase" --mnemonic-index 4 > /dev/null
listed=$("$ours" dataset list "${common[@]}" --json)
check "all three entries are listed" test "$(grep -c '"id":' <<<"$listed")" = 3
check "metadata that is not JSON is named so" grep -q '"metadataError": "The metadata file is not JSON' <<<"$listed"
check "metadata that never arrives is named so" grep -q '"metadataError": "The gateway .* does not have' <<<"$listed"
check "the good entry keeps its title" grep -q '"title": "Weather stations"' <<<"$listed"

# kill -9 in the middle of an upload: the same command continues after the last segment the
# node acknowledged (nothing is hashed or sent twice) and registers once; run once more, it
# registers nothing new.
mkdir -p "$dir/big"
make_file "$dir/big/data.bin" $((32 * 1048576))
printf 'a,b\n1,2\n' > "$dir/big/table.csv"
publish=(dataset publish "$dir/big" --profile "$profile" --title "Big upload" --license CC0-1.0 --stake 100
    --mnemonic "$phrase" --mnemonic-index 4 --work "$dir/work" --segment-size 65536)
"$ours" "${publish[@]}" > "$dir/first.log" 2>&1 &
pid=$!
acknowledged=0
for _ in $(seq 1500); do
    acknowledged=$(grep -o '"contentSegments": *[0-9]*' "$dir/work/pending.json" 2>/dev/null | grep -o '[0-9]*$' || echo 0)
    [[ ${acknowledged:-0} -ge 5 ]] && break
    sleep 0.02
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
check "killed with -9 in the middle of the upload ($acknowledged segments acknowledged)" \
    grep -q '"stage": "uploading"' "$dir/work/pending.json"
out=$("$ours" "${publish[@]}" 2>&1)
check "the same command resumes without hashing again" \
    bash -c "grep -q 'Resuming the publication' <<<'$out' && ! grep -q 'Inspecting, describing and hashing' <<<'$out'"
resumed=$(sed -n 's/^Continuing the upload at segment //p' <<<"$out" | head -1)
check "the upload continues after the acknowledged segments (at $resumed)" test "${resumed:-0}" -gt "$acknowledged"
check "then registers" grep -q "Registered dataset #[0-9]* in transaction" <<<"$out"
check "the work folder is gone once registered" test ! -e "$dir/work"
big=$(sed -n 's/^Registered dataset #\([0-9]*\).*/\1/p' <<<"$out")
"$ours" storage get "$(sed -n 's/^Content:  //p' <<<"$out")" --gateway "$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['storage']['gateways'][0])" "$profile")" \
    --output "$dir/big-back" --store "$dir/blocks-big" > /dev/null
check "what the node holds is the folder, byte for byte" diff -r "$dir/big" "$dir/big-back"
mkdir -p "$dir/work" && echo mine > "$dir/work/keep.txt" # a work folder the user named, with a file of theirs
out=$("$ours" "${publish[@]}" 2>&1)
check "a file of the user's in the work folder is left alone" test -f "$dir/work/keep.txt" -a ! -e "$dir/work/content.car"
check "run again, it registers nothing new" grep -q "Registered dataset #$big (already registered, by an earlier run)" <<<"$out"

# The demo catalog `devnet up --demo-datasets` publishes (scripts/run.sh opens the app on it):
# real publications by four members, reviewed each way by the curators, one under appeal, one bought.
"$ours" devnet down --dir "$dir/net" > /dev/null
"$ours" devnet up --dir "$dir/demo" --demo-datasets > "$dir/demo-up.log" 2>&1
check "devnet up --demo-datasets" grep -q "#4  Hourly energy meter readings" "$dir/demo-up.log"
demo=(--profile "$dir/demo/devnet.json" --cache "$dir/demo-catalog.sqlite" --store "$dir/demo-blocks")
shown=$("$ours" dataset list "${demo[@]}" --json)
check "nine demo datasets with their verified metadata" python3 -c "
import json, sys
d = {e['id']: e for e in json.loads(sys.argv[1])}
assert sorted(d) == list(range(1, 10)), d
assert d[1]['status'] == 'approved' and d[4]['status'] == 'rejected' and d[9]['status'] == 'rejected', d
assert all(d[i]['status'] == 'pending' for i in (2, 3, 5, 6, 7, 8)), d
assert d[2]['formats'] == ['jsonl'] and d[3]['formats'] == ['png', 'csv'], d
assert all(e['title'] for e in d.values()), d
" "$shown"
check "one contributor's four datasets" test "$("$ours" dataset list "${demo[@]}" --contributor 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC | wc -l)" -eq 4
check "the large one is in the 1-100 MB class" grep -q "Hourly energy meter readings" <<<"$("$ours" dataset list "${demo[@]}" --min-size 1000000)"
"$ours" dataset get 1 "${demo[@]}" --output "$dir/demo-weather" > /dev/null
check "a demo dataset downloads verified" grep -q "^Alpine,2024-01-01," "$dir/demo-weather/readings.csv"
"$ours" devnet down --dir "$dir/demo" > /dev/null

finish dataset_devnet
