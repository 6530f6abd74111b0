#!/usr/bin/env python3
"""Unlocking a keystore (scrypt n=2^18, r=8, p=1: geth's standard and the app's): datadao-cli
against Foundry's cast on the same file, in alternating runs, medians and their ratio.
Issue 16's goal: datadao-cli no slower than cast (ratio <= 1).

Usage: tests/bench/unlock.py BUILD_DIR [RUNS]   (default 9)"""
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

build = pathlib.Path(sys.argv[1])
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 9
root = pathlib.Path(__file__).resolve().parents[2]
ours = build / "app" / "datadao-cli"
cast = root / "scripts/node_modules/@foundry-rs/cast-linux-amd64/bin/cast"

with tempfile.TemporaryDirectory() as folder:
    subprocess.run([ours, "wallet", "new", folder, "--unsafe-password", "bench"], check=True, capture_output=True)
    name = next(iter(os.listdir(folder)))
    commands = {
        "datadao-cli": [ours, "wallet", "decrypt-keystore", "-k", folder, name, "--unsafe-password", "bench"],
        "cast": [cast, "wallet", "decrypt-keystore", "-k", folder, name, "--unsafe-password", "bench"],
    }
    times = {k: [] for k in commands}
    keys = set()
    for _ in range(runs + 1):  # the first pair warms the page cache and is not counted
        for label, command in commands.items():
            start = time.monotonic()
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            times[label].append(time.monotonic() - start)
            keys.add(out.split()[-1])
    if len(keys) != 1:
        sys.exit(f"the two tools disagree on the key: {keys}")
    medians = {k: statistics.median(v[1:]) for k, v in times.items()}
    for label, m in medians.items():
        print(f"{label:12s} median {m:.3f} s  (min {min(times[label][1:]):.3f}, max {max(times[label][1:]):.3f})")
    print(f"datadao-cli / cast: {medians['datadao-cli'] / medians['cast']:.2f}  (goal: <= 1.00)")
