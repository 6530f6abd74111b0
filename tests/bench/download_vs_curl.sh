#!/usr/bin/env bash
# Verified download benchmark: one file stored on the app's storage node (datadao-cli storage
# serve, loopback), fetched as a CAR from its trustless gateway by curl (the bytes only, no
# checks: the reference) and by datadao-cli storage get (every block checked against its CID as
# it streams, the DAG checked whole, the file written out). Prints seconds, MiB/s, the ratio and
# peak memory. Usage: tests/bench/download_vs_curl.sh BUILD_DIR [MiB]   (default 512; issue 5's
# goal: >= 0.8x curl's speed on the same bytes)
set -euo pipefail
build="$1"
mib="${2:-512}"
cli="$build/app/datadao-cli"
dir=$(mktemp -d)
"$cli" storage serve --dir "$dir/node" --port 0 > "$dir/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do grep -q 'http://' "$dir/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$dir/serve.log")
head -c $((mib * 1048576)) /dev/urandom > "$dir/data"
cid=$("$cli" storage put "$dir/data" --api "$url")
rm "$dir/data"
cat "$dir"/node/blocks/*/* > /dev/null # the node's blocks into the page cache, for both runs

measure() { # label command...: "label|seconds|peak KB"
    local label="$1" start end
    shift
    start=$(date +%s.%N)
    /usr/bin/time -o "$dir/time" -f "%M" "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    echo "$label|$(python3 -c "print($end - $start)")|$(tail -1 "$dir/time")"
}
rows=()
for round in 1 2; do
    # Each run starts with no dirty pages of the one before: writing back a GiB the run before
    # wrote would otherwise be paid by whichever run comes next.
    rm -rf "$dir/out" "$dir/store" "$dir/curl.car"
    sync
    rows+=("$(measure "curl ?format=car (round $round)" curl -s -o "$dir/curl.car" "$url/ipfs/$cid?format=car")")
    sync
    rows+=("$(measure "datadao-cli storage get (round $round)" "$cli" storage get "$cid" --gateway "$url" --output "$dir/out" --store "$dir/store")")
done
python3 - "$mib" "${rows[@]}" <<'PY'
import sys
mib = int(sys.argv[1])
rows = [line.split("|") for line in sys.argv[2:]]
print(f"{mib} MiB over loopback from the storage node")
for label, seconds, rss in rows:
    s = float(seconds)
    print(f"  {label:<40} {s:6.2f} s  {mib / s:7.0f} MiB/s  peak {int(rss) // 1024} MiB")
curl = min(float(r[1]) for r in rows if r[0].startswith("curl"))
ours = min(float(r[1]) for r in rows if r[0].startswith("datadao"))
print(f"verified download against curl: {curl / ours:.2f}x curl's speed (goal >= 0.8x)")
PY
