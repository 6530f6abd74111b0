#!/usr/bin/env python3
"""datadao-cli against Foundry's cast on random ABI types and values: sig, calldata,
abi-encode, abi-decode and decode-calldata must print exactly the same.

Usage: abi_vs_cast.py <datadao-cli> <cast> [cases] [seed]"""
import random
import subprocess
import sys

ours, cast = sys.argv[1], sys.argv[2]
cases = int(sys.argv[3]) if len(sys.argv) > 3 else 60
seed = int(sys.argv[4]) if len(sys.argv) > 4 else random.randrange(1 << 30)
rng = random.Random(seed)
print(f"abi_vs_cast: seed {seed}")

WORDS = ["alpha", "beta", "gamma", "data dao", "x", "", "hello world", "zz9"]


def random_type(depth=0):
    roll = rng.random()
    if depth < 2 and roll < 0.15:
        inner = random_type(depth + 1)
        return ("array", inner, None) if rng.random() < 0.5 else ("fixed", inner, rng.randint(1, 3))
    if depth < 2 and roll < 0.25:
        return ("tuple", [random_type(depth + 1) for _ in range(rng.randint(1, 3))], None)
    kind = rng.choice(["uint", "int", "address", "bool", "bytesN", "bytes", "string"])
    if kind in ("uint", "int"):
        return (kind, rng.choice([8, 16, 32, 64, 128, 160, 256]), None)
    if kind == "bytesN":
        return (kind, rng.randint(1, 32), None)
    return (kind, None, None)


def type_text(t):
    kind, a, b = t
    if kind in ("uint", "int"):
        return f"{kind}{a}"
    if kind == "bytesN":
        return f"bytes{a}"
    if kind == "array":
        return type_text(a) + "[]"
    if kind == "fixed":
        return type_text(a) + f"[{b}]"
    if kind == "tuple":
        return "(" + ",".join(type_text(x) for x in a) + ")"
    return kind


def hexbytes(n):
    return "0x" + "".join(f"{rng.randrange(256):02x}" for _ in range(n))


def checksum(addr_hex):
    # datadao-cli and cast both accept lower-case addresses as unchecked.
    return "0x" + addr_hex


def value_text(t, nested=False):
    kind, a, b = t
    if kind == "uint":
        # In range only: out-of-range values are refused by us and silently wrapped by cast 1.7.
        v = rng.choice([0, 1, rng.randrange(1 << a), (1 << a) - 1, min(rng.randrange(10 ** 6), (1 << a) - 1)])
        return hex(v) if rng.random() < 0.3 else str(v)
    if kind == "int":
        lo, hi = -(1 << (a - 1)), (1 << (a - 1)) - 1
        return str(rng.choice([0, -1, lo, hi, rng.randint(lo, hi), max(lo, min(hi, rng.randint(-99999, 99999)))]))
    if kind == "address":
        return checksum("".join(f"{rng.randrange(256):02x}" for _ in range(20)))
    if kind == "bool":
        return rng.choice(["true", "false"])
    if kind == "bytesN":
        return hexbytes(a)
    if kind == "bytes":
        return hexbytes(rng.randint(0, 70))
    if kind == "string":
        w = rng.choice(WORDS[:-1] if nested else WORDS)
        return f'"{w}"' if nested else w
    if kind == "array":
        return "[" + ",".join(value_text(a, True) for _ in range(rng.randint(0, 3))) + "]"
    if kind == "fixed":
        return "[" + ",".join(value_text(a, True) for _ in range(b)) + "]"
    if kind == "tuple":
        return "(" + ",".join(value_text(x, True) for x in a) + ")"
    raise ValueError(kind)


def run(tool, args):
    p = subprocess.run([tool] + args, capture_output=True, text=True, timeout=60)
    return p.returncode == 0, p.stdout


passed = failed = 0


def same(what, args):
    global passed, failed
    a_ok, a = run(ours, args)
    b_ok, b = run(cast, args)
    if a_ok == b_ok and a == b:
        passed += 1
        return b
    failed += 1
    print(f"FAIL {what}: {args}\n  datadao-cli ({a_ok}): {a!r}\n  cast ({b_ok}): {b!r}")
    return None


for case in range(cases):
    types = [random_type() for _ in range(rng.randint(1, 4))]  # cast refuses to decode nothing
    sig = "f(" + ",".join(type_text(t) for t in types) + ")"
    values = [value_text(t) for t in types]
    same("sig", ["sig", sig])
    calldata = same("calldata", ["calldata", sig] + values)
    encoded = same("abi-encode", ["abi-encode", sig] + values)
    if encoded:
        same("abi-decode", ["abi-decode", "g()(" + ",".join(type_text(t) for t in types) + ")", encoded.strip()])
        same("abi-decode --input", ["abi-decode", "--input", sig, encoded.strip()])
    if calldata:
        same("decode-calldata", ["decode-calldata", sig, calldata.strip()])

# Declarations and bad input.
same("declaration", ["sig", "function transfer(address to, uint256 amount) external returns (bool)"])
same("event-like", ["sig", "Transfer(address,address,uint256)"])
same("too large", ["abi-encode", "f(uint8)", "256"])
check_refused = subprocess.run([ours, "abi-encode", "f(int16)", "-51896"], capture_output=True, text=True)
if check_refused.returncode != 0 and "int16" in check_refused.stderr:
    passed += 1
else:
    failed += 1
    print(f"FAIL int16 out of range must be refused in words: {check_refused.stderr!r}")
same("bad address", ["abi-encode", "f(address)", "0x1234"])
# Deliberate difference: cast encodes a mixed-case address with a wrong EIP-55 checksum; we refuse
# it (a mistyped address must not reach a transaction).
a_ok, _ = run(ours, ["abi-encode", "f(address)", "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"])
passed, failed = (passed + 1, failed) if not a_ok else (passed, failed + 1)
same("truncated", ["abi-decode", "f()(uint256,string)", "0x" + "00" * 40])

print(f"abi_vs_cast: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
