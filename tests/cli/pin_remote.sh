#!/usr/bin/env bash
# datadao-cli pin remote against a pinning service that speaks the IPFS Pinning Service API with
# recorded answers (tests/support/pinning_service.py, tests/fixtures/pinning: the spec's
# PinStatus, PinResults and Failure). Pins are added and followed to pinned, listed, removed;
# the request carries what the spec defines; a wrong token, a failed pin, a service that lies
# about the CID, one out of funds and one that errs once are each told apart in words; the token
# is sent only as a bearer header and never printed.
# Usage: pin_remote.sh <datadao-cli>
set -u
ours="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir=$(mktemp -d)
source "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

token="secret-token-$RANDOM$RANDOM"
PINNING_SERVICE_TOKEN="$token" python3 "$root/tests/support/pinning_service.py" \
    --fixtures "$root/tests/fixtures/pinning" --log "$dir/requests.log" > "$dir/serve.out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do grep -q 'http://' "$dir/serve.out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$dir/serve.out")
check "the pinning service fixture listens" test -n "$url"

cid=bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi
other=bafkreicysg23kiwv34eg2d7qweipxwosdo2py4ldv42nbauguluen5v6am
export DATADAO_PINNING_TOKEN="$token"
# Every run's output is also kept, to check that the token never shows.
remote() { "$ours" pin remote "$@" 2>&1 | tee -a "$dir/cli.out"; return "${PIPESTATUS[0]}"; }

out=$(unset DATADAO_PINNING_TOKEN; remote add $cid --endpoint "$url" 2>&1)
check "without a token it says where a token comes from" grep -q 'DATADAO_PINNING_TOKEN or give --token-file' <<< "$out"
out=$(DATADAO_PINNING_TOKEN=wrong remote add $cid --endpoint "$url" 2>&1)
check "a wrong token is named with the service's own words" \
    grep -q 'does not accept the access token (UNAUTHORIZED: Access token is missing or invalid)' <<< "$out"

out=$(remote add $cid --endpoint "$url" --name dataset-7 --origins /dns4/storage.example/tcp/4001 \
    --meta dataset=7,app=datadao 2>&1)
check "add waits until pinned and prints as Kubo does" \
    test "$out" = "$(printf 'CID:\t%s\nName:\tdataset-7\nStatus:\tpinned' $cid)"
first=$(grep '"POST"' "$dir/requests.log" | grep dataset-7 | head -1)
check "the Pin object carries cid, name, origins and meta" python3 -c "
import json, sys
entry = json.loads(sys.argv[1]); pin = json.loads(entry['body'])
assert entry['path'] == '/pins' and entry['bearer']
assert pin == {'cid': '$cid', 'name': 'dataset-7', 'origins': ['/dns4/storage.example/tcp/4001'],
               'meta': {'dataset': '7', 'app': 'datadao'}}, pin
" "$first"
check "the status was asked for until pinned (queued, pinning, pinned)" \
    test "$(grep -c '"GET", "path": "/pins/' "$dir/requests.log")" -ge 3

out=$(remote add $other --endpoint "$url" --name later --background 2>&1)
check "--background returns at once with the queued status" grep -q $'Status:\tqueued' <<< "$out"
check "ls lists the pinned ones by default" \
    test "$(remote ls --endpoint "$url")" = "$(printf '%s\tpinned\tdataset-7' $cid)"
check "ls --status lists the queued one" \
    test "$(remote ls --endpoint "$url" --status queued,pinning)" = "$(printf '%s\tqueued\tlater' $other)"

printf '%s\n' "$token" > "$dir/token"
out=$(unset DATADAO_PINNING_TOKEN; remote add $cid --endpoint "$url" --name flaky --token-file "$dir/token" 2>&1)
check "--token-file works, and a 500 while waiting is asked again" grep -q $'Status:\tpinned' <<< "$out"

out=$(remote add $cid --endpoint "$url" --name doomed 2>&1)
status=$?
check "a failed pin exits non-zero with the service's reason" \
    test $status -ne 0 -a -n "$(grep 'could not pin .*: DAG too big for the current plan' <<< "$out")"
out=$(remote add $other --endpoint "$url" --name liar 2>&1)
check "a service answering for another CID is not trusted" grep -q "answered for $cid, not for $other" <<< "$out"
out=$(remote add $cid --endpoint "$url" --name unfunded 2>&1)
check "409 is told as lack of funds" grep -q 'refused for lack of funds (INSUFFICIENT_FUNDS' <<< "$out"
out=$(remote add $cid --endpoint "http://127.0.0.1:1" 2>&1)
check "an unreachable service is named" grep -q 'could not be reached' <<< "$out"

out=$(remote rm --endpoint "$url" --cid $cid 2>&1)
check "rm of several matching pins asks for --force" grep -q 'add --force' <<< "$out"
remote rm --endpoint "$url" --cid $cid --force
check "rm --force removes them" test -z "$(remote ls --endpoint "$url" --cid $cid)"
check "DELETE /pins/{requestid} was sent for each" test "$(grep -c '"DELETE"' "$dir/requests.log")" -eq 2

check "the token was never printed" bash -c "! grep -qF '$token' '$dir/cli.out' '$dir/serve.out'"
check "every request carried a bearer header" bash -c "! grep -q '\"bearer\": false' '$dir/requests.log'"

finish pin_remote
