#!/usr/bin/env bash
# datadao-cli against Foundry's cast: for the same arguments, the same output and exit status.
# Usage: cli_vs_cast.sh <datadao-cli> <cast>
set -u
ours="$1"
cast="$2"
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" # send's journals go here, not into the user's data folder
anvil_pid=

same() { # same <description> <args...>: stdout and exit status must match
    local what="$1"
    shift
    local a b ra rb
    a=$("$ours" "$@" 2>/dev/null); ra=$?
    b=$("$cast" "$@" 2>/dev/null); rb=$?
    local oka=$((ra == 0)) okb=$((rb == 0))
    if [[ "$a" == "$b" && $oka -eq $okb ]]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $what: datadao-cli printed [$a] ($ra), cast printed [$b] ($rb)"
    fi
}
check() { # check <description> <condition...>
    local what="$1"
    shift
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $what"; fi
}

mnemonic="test test test test test test test test test test test junk"
same "address of dev mnemonic" wallet address --mnemonic "$mnemonic"
for i in 1 2 7 19; do
    same "address of mnemonic index $i" wallet address --mnemonic "$mnemonic" --mnemonic-index $i
done
same "address with passphrase" wallet address --mnemonic "$mnemonic" --mnemonic-passphrase "TREZOR"
same "bad mnemonic" wallet address --mnemonic "test test"

# Random keys and messages: sign, address, verify, keccak, checksum.
for round in $(seq 1 12); do
    key=0x$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')
    msg="message $round $(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    hexmsg=0x$(od -An -N$((round * 3)) -tx1 /dev/urandom | tr -d ' \n')
    same "address $round" wallet address --private-key "$key"
    same "positional key $round" wallet address "$key"
    same "sign text $round" wallet sign --private-key "$key" "$msg"
    same "sign hex $round" wallet sign --private-key "$key" "$hexmsg"
    sig=$("$cast" wallet sign --private-key "$key" "$msg")
    addr=$("$cast" wallet address --private-key "$key")
    same "verify $round" wallet verify --address "$addr" "$msg" "$sig"
    same "verify wrong message $round" wallet verify --address "$addr" "other $msg" "$sig"
    same "keccak text $round" keccak "$msg"
    same "keccak hex $round" keccak "$hexmsg"
    same "checksum $round" to-check-sum-address "$(echo "$addr" | tr 'A-F' 'a-f')"
done
same "sign --no-hash" wallet sign --no-hash --private-key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80 0x$(printf 'ab%.0s' $(seq 32))
same "keccak empty" keccak ""

# Keystores both ways: ours opened by cast, cast's opened by ours.
mkdir -p "$work/ours" "$work/theirs"
out=$("$ours" wallet new "$work/ours" --unsafe-password "pw-123456")
check "wallet new prints the file" grep -q "Created new encrypted keystore file: " <<<"$out"
file=$(basename "$(ls "$work/ours")")
check "our keystore is mode 600" test "$(stat -c %a "$work/ours/$file")" = 600
same "cast opens our keystore" wallet decrypt-keystore -k "$work/ours" "$file" --unsafe-password "pw-123456"
same "wrong password on our keystore" wallet decrypt-keystore -k "$work/ours" "$file" --unsafe-password "nope"
"$cast" wallet new "$work/theirs" --unsafe-password "pw-abc" >/dev/null </dev/null
file=$(basename "$(ls "$work/theirs")")
same "we open cast's keystore" wallet decrypt-keystore -k "$work/theirs" "$file" --unsafe-password "pw-abc"
same "address from cast's keystore" wallet address --keystore "$work/theirs/$file" --password "pw-abc"

# Against a node: anvil on a free port. Deploy the DAO token with a transaction both tools
# build identically, then read it through both.
anvil="$(dirname "$cast")/../../anvil-linux-amd64/bin/anvil"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$anvil" --host 127.0.0.1 --port "$port" --silent &
anvil_pid=$!
trap 'kill $anvil_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do "$cast" chain-id -r "http://127.0.0.1:$port" >/dev/null 2>&1 && break; sleep 0.1; done
export ETH_RPC_URL="http://127.0.0.1:$port"
key0=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
holder=0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
same "chain-id" chain-id
same "block-number" block-number
same "balance" balance $holder
same "balance --ether" balance --ether $holder
same "nonce" nonce $holder
bytecode=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['bytecode'])" "$(dirname "$0")/../../resources/contracts/artifacts/DaoToken.json")
deploy=(mktx --private-key $key0 --nonce 0 --gas-limit 3000000 --gas-price 10gwei --priority-gas-price 1gwei --chain 31337
        --create "$bytecode" "constructor(string,string,address,uint256)" "DataDAO" "DATA" $holder 1000000000000000000000000)
same "mktx deploy" "${deploy[@]}"
"$cast" publish "$("$ours" "${deploy[@]}")" >/dev/null
token=$("$cast" compute-address $holder --nonce 0 | awk '{print $NF}')
same "call name" call "$token" "name()(string)"
same "call symbol" call "$token" "symbol()(string)"
same "call totalSupply" call "$token" "totalSupply()(uint256)"
same "call balanceOf" call "$token" "balanceOf(address)(uint256)" $holder
same "call raw" call "$token" "balanceOf(address)" $holder
same "call decimals" call "$token" "decimals()(uint8)"
same "block-number after deploy" block-number
same "nonce after deploy" nonce $holder

# send and receipt: a token transfer sent by each tool, each receipt read back by both.
member=0x70997970C51812dc3A010C7d01b50e0d17dc79C8
out=$("$ours" send --private-key $key0 "$token" "transfer(address,uint256)" $member 25 2>"$work/err")
check "send lands" test $? -eq 0
ourhash=$(awk '/^transactionHash/{print $2}' <<<"$out")
# cast send leaves out the node's extra fields (anvil's blockTimestamp) that cast receipt adds.
check "send prints the receipt as cast does" test "$out" == "$("$cast" receipt "$ourhash" | sed '/^blockTimestamp/,$d' | sed '${/^$/d}')"
journaled() { # journaled <hash> <status>: send went through the transaction service's journal
    python3 - "$XDG_DATA_HOME/datadao/journals" "$1" "$2" <<'PY'
import glob, sqlite3, sys
folder, wanted, status = sys.argv[1:]
rows = [r for f in glob.glob(folder + "/*.sqlite")
        for r in sqlite3.connect(f).execute("SELECT status FROM transactions WHERE hash = ?", (wanted,))]
sys.exit(0 if rows == [(status,)] else 1)
PY
}
check "send journals what it signed, mined" journaled "$ourhash" mined
theirhash=$("$cast" send --async --private-key $key0 "$token" "transfer(address,uint256)" $member 26)
"$cast" receipt "$theirhash" >/dev/null
for h in "$ourhash" "$theirhash"; do
    same "receipt" receipt "$h"
    for field in status blockNumber from to gasUsed effectiveGasPrice logs logsBloom contractAddress type gas_used; do
        same "receipt field $field" receipt "$h" "$field"
    done
done
same "receipt of an unknown field" receipt "$ourhash" nonsense
same "receipt --async of an unknown transaction" receipt --async 0x$(printf '11%.0s' $(seq 32))
same "balance after sends" call "$token" "balanceOf(address)(uint256)" $member
raw=$("$ours" mktx --private-key $key0 "$token" "transfer(address,uint256)" $member 1)
check "mktx fills nonce, gas and fees from the node" "$cast" publish "$raw"
asynchash=$("$ours" send --async --private-key $key0 --value 1gwei $member)
check "send --async prints only the hash" grep -qx "0x[0-9a-f]\{64\}" <<<"$asynchash"
check "an async send stays pending in its journal" journaled "$asynchash" pending
same "receipt of an async send" receipt "$asynchash" status
nonce_before=$("$cast" nonce $holder)
"$ours" send --private-key $key0 "$token" "transfer(address,uint256)" $member 10000000000000000000000000 >/dev/null 2>"$work/err"
check "a reverting send fails" test $? -ne 0
check "the revert is in words" grep -q "ERC20InsufficientBalance(sender: $holder" "$work/err"
check "nothing was sent" test "$("$cast" nonce $holder)" == "$nonce_before"
"$ours" chain-id -r http://127.0.0.1:1 >/dev/null 2>"$work/err"
check "unreachable node is named" grep -q "127.0.0.1:1 cannot be reached" "$work/err"

out=$("$ours" wallet new)
check "wallet new without folder" grep -q "^Private key: 0x[0-9a-f]\{64\}$" <<<"$out"
err=$("$ours" wallet address --mnemonic "test test" 2>&1 >/dev/null)
check "errors go to stderr in words" grep -q "12, 15, 18, 21 or 24 words" <<<"$err"
"$ours" nonsense >/dev/null 2>&1
check "unknown command exits non-zero" test $? -ne 0
for cmd in "wallet new" "wallet address" "wallet sign" "wallet verify" "wallet decrypt-keystore" keccak to-check-sum-address \
    send receipt; do
    # shellcheck disable=SC2086
    check "--help for $cmd" bash -c "'$ours' $cmd --help | grep -q Usage"
done

echo "cli_vs_cast: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
