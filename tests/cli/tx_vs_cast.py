#!/usr/bin/env python3
"""datadao-cli against Foundry's cast: `mktx` (offline, EIP-1559 and legacy) and
`wallet sign --data` (EIP-712) on random inputs must print exactly the same.

Usage: tx_vs_cast.py <datadao-cli> <cast> [cases] [seed]"""
import json
import os
import random
import subprocess
import sys
import tempfile

ours, cast = sys.argv[1], sys.argv[2]
cases = int(sys.argv[3]) if len(sys.argv) > 3 else 30
seed = int(sys.argv[4]) if len(sys.argv) > 4 else random.randrange(1 << 30)
rng = random.Random(seed)
print(f"tx_vs_cast: seed {seed}")
passed = failed = 0


def run(tool, args):
    p = subprocess.run([tool] + args, capture_output=True, text=True, timeout=60)
    return p.returncode == 0, p.stdout


def same(what, args):
    global passed, failed
    a_ok, a = run(ours, args)
    b_ok, b = run(cast, args)
    if a_ok == b_ok and a == b:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {what}: {args}\n  datadao-cli ({a_ok}): {a!r}\n  cast ({b_ok}): {b!r}")


def key():
    return "0x" + "".join(f"{rng.randrange(256):02x}" for _ in range(31)) + "01"


def address():
    return "0x" + "".join(f"{rng.randrange(256):02x}" for _ in range(20))


def amount():
    return rng.choice([str(rng.randrange(10 ** 20)), f"{rng.randrange(1000)}gwei", f"{rng.randrange(5)}ether",
                       "0", hex(rng.randrange(1 << 64))])


for _ in range(cases):
    args = ["mktx", "--private-key", key(), "--nonce", str(rng.randrange(1 << 20)),
            "--gas-limit", str(rng.randrange(21000, 10 ** 7)), "--chain", str(rng.choice([1, 10, 31337, 11155111])),
            "--gas-price", amount(), "--value", amount()]
    if rng.random() < 0.3:
        args.append("--legacy")
    else:
        args += ["--priority-gas-price", amount()]
    choice = rng.random()
    if choice < 0.4:
        args.append(address())
    elif choice < 0.8:
        args += [address(), "transfer(address,uint256)", address(), str(rng.randrange(1 << 128))]
    else:
        args += ["--create", "0x6080604052" + "".join(f"{rng.randrange(256):02x}" for _ in range(rng.randrange(40)))]
    same("mktx", args)

# EIP-712: the specification's Mail example, then random structs.
mail = {"types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
                                   {"name": "chainId", "type": "uint256"},
                                   {"name": "verifyingContract", "type": "address"}],
                  "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
                  "Mail": [{"name": "from", "type": "Person"}, {"name": "to", "type": "Person"},
                           {"name": "contents", "type": "string"}]},
        "primaryType": "Mail",
        "domain": {"name": "Ether Mail", "version": "1", "chainId": 1,
                   "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
        "message": {"from": {"name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
                    "to": {"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
                    "contents": "Hello, Bob!"}}
same("eip712 mail", ["wallet", "sign", "--data", json.dumps(mail), "--private-key", key()])
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    json.dump(mail, f)
same("eip712 --from-file", ["wallet", "sign", "--data", "--from-file", f.name, "--private-key", key()])
os.unlink(f.name)

ATOMIC = ["uint256", "uint8", "int64", "address", "bool", "bytes32", "bytes4", "bytes", "string"]


def atomic_value(t):
    if t.startswith("uint"):
        bits = int(t[4:])
        return str(rng.randrange(1 << bits))
    if t.startswith("int"):
        bits = int(t[3:])
        return str(rng.randint(-(1 << (bits - 1)), (1 << (bits - 1)) - 1))
    if t == "address":
        return address()
    if t == "bool":
        return rng.choice([True, False])
    if t.startswith("bytes") and t != "bytes":
        return "0x" + "".join(f"{rng.randrange(256):02x}" for _ in range(int(t[5:])))
    if t == "bytes":
        return "0x" + "".join(f"{rng.randrange(256):02x}" for _ in range(rng.randrange(50)))
    return rng.choice(["", "vote", "Hello, DAO", "dataset #7"])


for n in range(cases):
    types = {"Inner": [{"name": f"i{k}", "type": rng.choice(ATOMIC)} for k in range(rng.randint(1, 3))]}
    fields = [{"name": f"f{k}", "type": rng.choice(ATOMIC + ["Inner", "Inner[]", "uint256[]", "address[]"])}
              for k in range(rng.randint(1, 5))]
    types["Main"] = fields

    def value_of(t):
        if t == "Inner":
            return {f["name"]: atomic_value(f["type"]) for f in types["Inner"]}
        if t.endswith("[]"):
            return [value_of(t[:-2]) for _ in range(rng.randrange(3))]
        return atomic_value(t)

    domain = {"name": "DataDAO", "chainId": rng.choice([1, 31337]), "verifyingContract": address()}
    if rng.random() < 0.5:
        domain["version"] = "1"
    domain_type = [{"name": k, "type": t} for k, t in
                   [("name", "string"), ("version", "string"), ("chainId", "uint256"), ("verifyingContract", "address")]
                   if k in domain]
    if rng.random() < 0.7:
        types["EIP712Domain"] = domain_type
    data = {"types": types, "primaryType": "Main", "domain": domain,
            "message": {f["name"]: value_of(f["type"]) for f in fields}}
    same(f"eip712 random {n}", ["wallet", "sign", "--data", json.dumps(data), "--private-key", key()])

print(f"tx_vs_cast: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
