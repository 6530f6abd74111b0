#!/usr/bin/env bash
# Verified download benchmark: one file stored on the app's storage node (datadao-cli storage
# serve, loopback), fetched as a CAR from its trustless gateway by curl (the bytes only, no
# checks: the reference) and by datadao-cli storage get (every block checked against its CID as
# it streams, the DAG checked whole, the file written out). Prints seconds, MiB/s, the ratio and
# peak memory, each run's CPU and the storage node's. Usage: tests/bench/download_vs_curl.sh
# BUILD_DIR [MiB]   (default 512; issue 5's goal: >= 0.8x curl's speed on the same bytes)
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

server_cpu() { # the storage node's user+sys CPU so far, in clock ticks
    awk '{ print $14 + $15 }' "/proc/$server/stat"
}
measure() { # label command...: "label|seconds|peak KB|user+sys CPU seconds|the node's CPU seconds"
    local label="$1" start end node_before
    shift
    node_before=$(server_cpu)
    start=$(date +%s.%N)
    /usr/bin/time -o "$dir/time" -f "%M %U %S" "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    read -r rss user sys < <(tail -1 "$dir/time")
    echo "$label|$(python3 -c "print($end - $start)")|$rss|$(python3 -c "print($user + $sys)")|$(python3 -c "print(($(server_cpu) - $node_before) / $(getconf CLK_TCK))")"
}
rows=()
run_curl() {
    rm -rf "$dir/curl.car"
    sync
    rows+=("$(measure "curl ?format=car (round $1)" curl -s -o "$dir/curl.car" "$url/ipfs/$cid?format=car")")
}
run_ours() {
    rm -rf "$dir/out" "$dir/store"
    sync
    rows+=("$(measure "datadao-cli storage get (round $1)" "$cli" storage get "$cid" --gateway "$url" --output "$dir/out" --store "$dir/store")")
}
# Each run deletes what it wrote the round before and starts after a sync, so none pays for
# writing back what another wrote. The two take turns at going first: on a VM, the run that
# follows a deletion gets page-cache pages the guest has touched before, and the one after it
# may get pages the host has to fault in again, which cost up to 3 s per GiB here (measured
# with dd: 0.3 s against 3.3 s for the same GiB).
for round in 1 2 3 4; do
    if ((round % 2)); then
        run_curl $round
        run_ours $round
    else
        run_ours $round
        run_curl $round
    fi
done
python3 - "$mib" "${rows[@]}" <<'PY'
import sys
mib = int(sys.argv[1])
rows = [line.split("|") for line in sys.argv[2:]]
print(f"{mib} MiB over loopback from the storage node")
print("  (cpu: the client's user+sys; node: the storage node's, serving the same bytes on the same two cores)")
for label, seconds, rss, cpu, node in rows:
    s = float(seconds)
    print(f"  {label:<40} {s:6.2f} s  {mib / s:7.0f} MiB/s  cpu {float(cpu):5.2f} s  node {float(node):5.2f} s"
          f"  peak {int(rss) // 1024} MiB")
curl = min(float(r[1]) for r in rows if r[0].startswith("curl"))
ours = min(float(r[1]) for r in rows if r[0].startswith("datadao"))
print(f"verified download against curl: {curl / ours:.2f}x curl's speed (goal >= 0.8x)")
# Client and node share the machine's cores. Where both runs keep every core busy, wall time
# follows the CPU work of client and node together, so this ratio is the most the download
# can reach here against curl, whatever its pipeline: its CPU beyond curl's is SHA-256.
def work(prefix):
    return min(float(r[3]) + float(r[4]) for r in rows if r[0].startswith(prefix))
print(f"CPU work, client + node (fewest seconds): curl {work('curl'):.2f} s, ours {work('datadao'):.2f} s; "
      f"their ratio {work('curl') / work('datadao'):.2f}x is the ceiling when the cores are the limit")
PY
