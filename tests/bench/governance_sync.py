#!/usr/bin/env python3
"""Governance sync benchmark: 100,000 VoteCast events on a devnet, then

  1. a full sync into SQLite by `datadao-cli sync`, timed, beside `cast logs` (Foundry) fetching
     the same VoteCast events from the same node: events/s and the ratio of the two times;
  2. a cold start of the app with that cache (1,000 proposals, 100,000 votes): time to the first
     frame showing the proposal list, and the peak resident memory.

Usage: tests/bench/governance_sync.py BUILD_DIR [--votes N] [--voters N]
Goals (issue 4): sync >= 50,000 events/s and <= 1.2x cast's fetch time; cold start <= 0.5 s.
Goals (issue 16): faster than cast logs, and >= 0.8x the speed of curl fetching the raw answer.
Needs anvil and cast from scripts/node_modules; takes a few minutes (generating the votes).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CAST = os.path.join(ROOT, "scripts/node_modules/@foundry-rs/cast-linux-amd64/bin/cast")
DEPLOYER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"  # dev account 0, unlocked in anvil
VOTE_CAST = "VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)"


class Rpc:
    def __init__(self, url):
        self.url = url
        self.next_id = 1

    def batch(self, calls):
        body = []
        for method, params in calls:
            body.append({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
            self.next_id += 1
        request = urllib.request.Request(self.url, json.dumps(body).encode(),
                                         {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=600) as reply:
            answers = sorted(json.loads(reply.read()), key=lambda a: a["id"])
        for answer in answers:
            if "error" in answer:
                raise RuntimeError(f"{answer['error']}")
        return [a["result"] for a in answers]

    def call(self, method, params=()):
        return self.batch([(method, list(params))])[0]


def cast(*args):
    return subprocess.run([CAST, *args], check=True, capture_output=True, text=True).stdout.strip()


class Nonces:
    """Explicit nonces: anvil answers a batch's requests concurrently, so it cannot pick them."""

    def __init__(self, rpc):
        self.rpc = rpc
        self.next = {}

    def take(self, sender):
        if sender not in self.next:
            self.next[sender] = int(self.rpc.call("eth_getTransactionCount", [sender, "pending"]), 16)
        self.next[sender] += 1
        return hex(self.next[sender] - 1)


def mine_all(rpc):
    """Mines until no transaction is pending."""
    while True:
        rpc.call("evm_mine")
        pending = rpc.call("txpool_status")["pending"]
        if int(pending, 16) == 0:
            return


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--votes", type=int, default=100_000)
    parser.add_argument("--voters", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds of sync, cast and curl")
    parser.add_argument("--keep", action="store_true", help="leave the devnet running and its files in place")
    args = parser.parse_args()
    cli = os.path.join(args.build, "app/datadao-cli")
    app = os.path.join(args.build, "app/datadao")
    proposals = args.votes // args.voters
    work = tempfile.mkdtemp(prefix="dd-bench-")
    devnet = os.path.join(work, "devnet")
    try:
        subprocess.run([cli, "devnet", "up", "--dir", devnet], check=True, capture_output=True)
        profile_path = os.path.join(devnet, "devnet.json")
        profile = json.load(open(profile_path))
        url = profile["rpcUrls"][0]
        rpc = Rpc(url)
        token, governor = profile["contracts"]["token"], profile["contracts"]["governor"]
        print(f"devnet at {url}; generating {proposals} proposals x {args.voters} voters = "
              f"{proposals * args.voters} votes", flush=True)

        started = time.time()
        rpc.call("evm_setAutomine", [False])
        rpc.call("evm_setBlockGasLimit", [hex(2_000_000_000)])
        gas = {"gasPrice": hex(1000 * 10**9)}
        nonces = Nonces(rpc)
        voters = [f"0x{0xbe0000 + i:040x}" for i in range(args.voters)]
        calls = []
        for voter in voters:
            calls += [("anvil_setBalance", [voter, hex(10**24)]),
                      ("anvil_impersonateAccount", [voter])]
        rpc.batch(calls)
        calls = []
        for voter in voters:
            calls.append(("eth_sendTransaction", [dict(gas, **{
                "from": DEPLOYER, "to": token, "gas": hex(100_000), "nonce": nonces.take(DEPLOYER),
                "data": cast("calldata", "transfer(address,uint256)", voter, str(10**18))})]))
            calls.append(("eth_sendTransaction", [dict(gas, **{
                "from": voter, "to": token, "gas": hex(150_000), "nonce": nonces.take(voter),
                "data": cast("calldata", "delegate(address)", voter)})]))
        rpc.batch(calls)
        mine_all(rpc)

        # Proposals: a text-only action each (a zero-value call to the token), unique descriptions.
        # Encoding 1,000 descriptions through cast would take minutes: only the description
        # differs, so the first encoding is reused with the description bytes swapped.
        template = cast("calldata", "propose(address[],uint256[],bytes[],string)", f"[{token}]", "[0]", "[0x]",
                        "Bench proposal 0000")
        marker = "Bench proposal 0000".encode().hex()
        calls = []
        for i in range(proposals):
            data = template.replace(marker, f"Bench proposal {i:04d}".encode().hex())
            calls.append(("eth_sendTransaction", [dict(gas, **{"from": DEPLOYER, "to": governor,
                                                                "gas": hex(400_000), "data": data,
                                                                "nonce": nonces.take(DEPLOYER)})]))
        for start in range(0, len(calls), 500):
            rpc.batch(calls[start:start + 500])
        mine_all(rpc)
        rpc.call("evm_mine")  # past the voting delay
        created = cast("logs", "--rpc-url", url, "--address", governor, "--from-block", "0", "--json",
                       "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)")
        ids = [int(entry["data"][2:66], 16) for entry in json.loads(created)]
        ids = ids[-proposals:]
        selector = cast("sig", "castVote(uint256,uint8)")
        calls = []
        for pid in ids:
            for voter in voters:
                calls.append(("eth_sendTransaction", [dict(gas, **{
                    "from": voter, "to": governor, "gas": hex(150_000), "nonce": nonces.take(voter),
                    "data": selector + f"{pid:064x}" + f"{1:064x}"})]))
        # anvil's pool slows down as it grows: mine every 10,000 votes (one block each, well inside
        # the voting period).
        for start in range(0, len(calls), 2000):
            rpc.batch(calls[start:start + 2000])
            if (start + 2000) % 10000 == 0:
                mine_all(rpc)
                print(f"  {start + 2000} votes cast", flush=True)
        mine_all(rpc)
        rpc.call("evm_setAutomine", [True])
        head = int(rpc.call("eth_blockNumber"), 16)
        print(f"generated in {time.time() - started:.0f} s; head block {head}", flush=True)

        # 1. Full sync beside cast fetching the same VoteCast events, and curl taking the node's
        # raw answer for them (nothing parsed): alternating rounds, medians compared.
        cache = os.path.join(work, "sync.sqlite")
        request = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "eth_getLogs", "params": [{
            "fromBlock": hex(int(profile["deploymentBlock"])), "toBlock": hex(head), "address": governor,
            "topics": [cast("keccak", "VoteCast(address,uint256,uint8,uint256,string)")]}]})
        times = {"sync": [], "cast": [], "curl": []}
        for _ in range(args.rounds):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(cache + suffix):
                    os.remove(cache + suffix)
            t0 = time.perf_counter()
            out = subprocess.run([cli, "sync", "--profile", profile_path, "--cache", cache, "--confirmations", "0"],
                                 check=True, capture_output=True, text=True).stdout
            times["sync"].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            logs = subprocess.run([CAST, "logs", "--rpc-url", url, "--address", governor, "--from-block",
                                   str(profile["deploymentBlock"]), "--to-block", str(head), "--json",
                                   VOTE_CAST], check=True, capture_output=True, text=True).stdout
            times["cast"].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            raw = subprocess.run(["curl", "-s", "-H", "Content-Type: application/json", "--data", request, url],
                                 check=True, capture_output=True).stdout
            times["curl"].append(time.perf_counter() - t0)
        summary = out.strip().splitlines()[-1]
        events = int(summary.split(": ")[1].split(" events")[0])
        votes_fetched = len(json.loads(logs))
        sync_seconds, cast_seconds, curl_seconds = (statistics.median(times[k]) for k in ("sync", "cast", "curl"))
        spread = {k: " ".join(f"{t:.2f}" for t in v) for k, v in times.items()}
        print(f"sync: {summary}")
        print(f"datadao-cli sync: {events} events in {sync_seconds:.2f} s = {events / sync_seconds:,.0f} events/s "
              f"(goal >= 50,000); rounds: {spread['sync']}")
        print(f"cast logs:        {votes_fetched} VoteCast events in {cast_seconds:.2f} s; rounds: {spread['cast']}")
        print(f"curl eth_getLogs: {len(raw) / 1e6:.0f} MB of raw answer in {curl_seconds:.2f} s; rounds: {spread['curl']}")
        print(f"ratio sync/cast:  {sync_seconds / cast_seconds:.2f}x (goal issue 16: < 1x)")
        print(f"speed vs curl:    {curl_seconds / sync_seconds:.2f}x of the node's raw hand-over "
              f"(goal issue 16: >= 0.8x)")

        # 2. Cold start of the app on that cache.
        data = os.path.join(work, "appdata")
        os.makedirs(os.path.join(data, "cache"))
        chain_id = int(profile["chainId"])
        shutil.copy(cache, os.path.join(data, "cache", f"{chain_id}-{governor.lower()}.sqlite"))
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        runs = []
        for _ in range(3):
            out = subprocess.run([app, "--data-dir", data, "--profile", profile_path, "--startup-report"],
                                 check=True, capture_output=True, text=True, env=env, timeout=120).stdout
            line = [l for l in out.splitlines() if l.startswith("startup:")][0]
            runs.append(line)
            print(line)
        print("cold start goal: <= 500 ms to the first frame with the list")
    finally:
        if args.keep:
            print(f"kept: {work} (stop it with: {cli} devnet down --dir {devnet})")
        else:
            subprocess.run([cli, "devnet", "down", "--dir", devnet], capture_output=True)
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
