#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus: a few valid inputs per target and the input of
every finding of issue 16, so the test command replays them. Run from anywhere; idempotent.
Inputs that later fuzzing finds are added by hand, named after what they broke."""
import hashlib
import io
import json
import os
import pathlib
import zipfile

here = pathlib.Path(__file__).resolve().parent
fixtures = here.parent / "fixtures"
corpus = here / "corpus"


def seed(target, name, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def word(n):
    return n.to_bytes(32, "big")


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def pb_field(field, wire, payload):
    key = varint(field << 3 | wire)
    if wire == 0:
        return key + varint(payload)
    return key + varint(len(payload)) + payload


def pb_node(links, data):
    # dag-pb: Links (field 2) before Data (field 1), as the spec's canonical form.
    out = b""
    for cid, name, tsize in links:
        link = pb_field(1, 2, cid) + pb_field(2, 2, name) + pb_field(3, 0, tsize)
        out += pb_field(2, 2, link)
    return out + pb_field(1, 2, data)


def cid_v1(codec, block):
    return bytes([1, codec, 0x12, 0x20]) + hashlib.sha256(block).digest()


def unixfs_file(filesize, blocksizes, own=b""):
    data = pb_field(1, 0, 2)
    if own:
        data += pb_field(2, 2, own)
    data += pb_field(3, 0, filesize)
    for size in blocksizes:
        data += pb_field(4, 0, size)
    return data


def blocks(*items):
    # The targets' block lists: a 2-byte length before each block (raw leaves: high bit set).
    out = b""
    for block, raw in items:
        length = len(block)
        out += bytes([(length >> 8) | (0x80 if raw else 0), length & 0xFF]) + block
    return out


# RLP
seed("rlp", "cat-dog", bytes.fromhex("c88363617483646f67"))
seed("rlp", "set-theory", bytes.fromhex("c7c0c1c0c3c0c1c0"))
seed("rlp", "wide-list", bytes.fromhex("f90100") + b"\x01" * 256)

# ABI types and data (the first byte of abidecode picks the types; see fuzz_abidecode.cpp)
for name, text in [("uint256", "uint256"), ("tuple-array", "(address,uint256)[]"), ("function",
        "castVoteWithReason(uint256,uint8,string)"), ("finding-3-huge-fixed", "uint[999999999]"),
        ("finding-3-overflow", "f(uint256[67108864])"), ("deep", "(" * 40 + "uint256" + ")" * 40),
        ("empty-tuple", "(())[1][]")]:
    seed("abitype", name, text)
count = 1000
aliased = word(32) + word(count) + b"".join(word(32 * count) for _ in range(count)) + word(16 * 1024) + b"x" * 16 * 1024
seed("abidecode", "finding-2-aliased-bytes-array", bytes([3]) + aliased)
seed("abidecode", "bytes", bytes([1]) + word(32) + word(3) + b"abc".ljust(32, b"\0"))
seed("abidecode", "finding-11-empty-tuple-array", bytes([9]) + word(32) + word(3))
seed("abidecode", "uint-array-lie", bytes([5]) + word(32) + word(1 << 40))

# Transactions (made by cast mktx with an access list; see tests/unit/tst_transaction.cpp)
seed("transaction", "finding-9-access-list", bytes.fromhex(
    "02f8a6827a6903843b9aca008502540be40082c350945fbdb2315678afecb367f032d93f642f64180aa38080f838f7945f"
    "bdb2315678afecb367f032d93f642f64180aa3e1a000000000000000000000000000000000000000000000000000000000"
    "0000000180a07ea1a2373ba1f4ecddef3ab806775a9002937b9f2ca015ab58d633382220e2e1a06176dcb71889b1241cd5"
    "2c8df510ff51102dd1fc45eebc664e1bb6ed2f849ee5"))

# EIP-712: the spec's example, and finding 4's types
mail = {"types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "chainId", "type": "uint256"}],
                  "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
                  "Mail": [{"name": "from", "type": "Person"}, {"name": "to", "type": "Person"},
                           {"name": "contents", "type": "string"}]},
        "primaryType": "Mail", "domain": {"name": "Ether Mail", "chainId": 1},
        "message": {"from": {"name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
                    "to": {"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"}, "contents": "Hi"}}
seed("eip712", "mail", json.dumps(mail))
for name, type_ in [("finding-4-trailing-space", "string "), ("finding-4-nul", "string\u0000\u0000"),
                    ("finding-4-tuple", "(uint256)")]:
    bad = {"types": {"EIP712Domain": [], "M": [{"name": "a", "type": type_}]}, "primaryType": "M",
           "domain": {}, "message": {"a": "1"}}
    seed("eip712", name, json.dumps(bad))

# Hex, numbers, amounts, addresses
for name, text in [("hex", "0xdeadbeef"), ("decimal", "115792089237316195423570985008687907853269984665640564039457584007913129639935"),
                   ("amount", "1.5ether"), ("address", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), ("negative", "-42")]:
    seed("hexunits", name, text)

# CIDs
for name, text in [("v0", "QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n"),
                   ("v1", "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"),
                   ("raw", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")]:
    seed("cid", name, text)

# dag-pb, CAR
leaf = b"hello world"
leaf_cid = cid_v1(0x55, leaf)
node = pb_node([(leaf_cid, b"", len(leaf))], unixfs_file(len(leaf), [len(leaf)]))
seed("dagpb", "file-node", node)
root = cid_v1(0x70, node)
header = b"\xa2eroots\x81\xd8\x2aX\x25\x00" + root + b"gversion\x01"
car = varint(len(header)) + header
for cid, block in [(root, node), (leaf_cid, leaf)]:
    car += varint(len(cid) + len(block)) + cid + block
seed("car", "two-blocks", car)
seed("car", "billion-roots-claim", varint(40) + b"\xa2eroots\x9a\x3b\x9a\xca\x00gversion\x01" + b"\0" * 16)

# HAMT: finding 5, 40 shards (fanout 2) each linking twice to the next
def shard_data(fanout):
    return pb_field(1, 0, 5) + pb_field(2, 2, b"\x01") + pb_field(5, 0, 0x22) + pb_field(6, 0, fanout)
chain = []
child = pb_node([(leaf_cid, b"0x", 1)], shard_data(2))
for _ in range(40):
    chain.append(child)
    cid = cid_v1(0x70, child)
    child = pb_node([(cid, b"0", 1), (cid, b"1", 1)], shard_data(2))
seed("hamt", "finding-5-shards-linked-twice", blocks((child, False), *[(c, False) for c in reversed(chain)]))

# UnixFS files: finding 1, repeated children behind a root that claims 255 bytes; a deep chain
kib = b"x" * 1024
kib_cid = cid_v1(0x55, kib)
level = pb_node([(kib_cid, b"", 1024)] * 174, unixfs_file(1024 * 174, [1024] * 174))
top = pb_node([(cid_v1(0x70, level), b"", 255)], unixfs_file(255, [255]))
seed("unixfsfile", "finding-1-repeated-children", blocks((top, False), (level, False), (kib, True)))
deep = [(b"y", True)]
prev = cid_v1(0x55, b"y")
for _ in range(100):
    n = pb_node([(prev, b"", 1)], unixfs_file(1, [1]))
    deep.append((n, False))
    prev = cid_v1(0x70, n)
seed("unixfsfile", "finding-1-deep-chain", blocks(*reversed(deep)))
seed("unixfsfile", "honest-file", blocks((node, False), (leaf, True)))

# Discourse (recorded answers in their documented format: tests/fixtures/discourse)
seed("discourse", "topic", (fixtures / "discourse/t/42.json").read_bytes())
seed("discourse", "posts", (fixtures / "discourse/t/42/posts.json").read_bytes())
seed("discourse", "finding-7-huge-id", '{"id":1e300,"title":"t","post_stream":{"stream":[1e300],"posts":[]}}')

# HTML and markdown
seed("safehtml", "cooked", '<p>See <a href="/t/x/1">this</a> &amp; <img src="https://t.example/p.png" alt="chart">'
     '<script>alert(1)</script><span onclick="x()" style="color:red">red</span></p>')
seed("safehtml", "finding-6-ampersands", "&" * 60000)
seed("safemarkdown", "description", "# Fund the archive\n\n<script>x</script> ![i](https://t.example/i.png)\n```\ncode\n```")

# Keystores, phrases, profiles, metadata, tables
seed("keystore", "cast", (
    '{"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"0ad18f31ff984fe9d1b96b3643527ff4"},"ciphertext":'
    '"c85128e6e13a0853f589cf52a1eef45dd2d6647845bce524f15145c0c1f36534","kdf":"scrypt","kdfparams":{"dklen":32,'
    '"n":8192,"p":1,"r":8,"salt":"bd37600a3816cbaf971739527674a4f8dd10004c1c81b16b1a7d3c1272b7eeaa"},"mac":'
    '"6a6525e037bb9e45ef2a5b04e920435365992ed556ddc96a44ba1ded31deffe5"},"id":"edbd982b-2c90-4ecc-b26e-40e9f711f296",'
    '"version":3}'))
seed("keystore", "finding-10-costly", (
    '{"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"0ad18f31ff984fe9d1b96b3643527ff4"},"ciphertext":"00",'
    '"kdf":"scrypt","kdfparams":{"dklen":32,"n":524288,"p":16,"r":15,"salt":"00"},"mac":'
    '"6a6525e037bb9e45ef2a5b04e920435365992ed556ddc96a44ba1ded31deffe5"},"version":3}'))
seed("mnemonic", "test-phrase", "test test test test test test test test test test test junk")
seed("mnemonic", "path", "m/44'/60'/0'/0/0")
seed("daoprofile", "devnet", json.dumps({"name": "DataDAO devnet", "chainId": 31337, "rpc": ["http://127.0.0.1:8545"],
     "token": "0x5FbDB2315678afecb367f032d93F642f64180aa3", "timelock": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
     "governor": "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0", "deploymentBlock": 1}))
seed("metadata", "datapackage", json.dumps({"name": "weather", "title": "Weather stations", "licenses": [{"name": "CC-BY-4.0"}],
     "resources": [{"path": "stations.csv", "format": "csv", "bytes": 78}]}))
for f in sorted((fixtures / "pinning").glob("*.json")):
    seed("metadata", "pin-" + f.stem, f.read_bytes())
seed("qualityreport", "report", json.dumps({"$schema": "https://datadao.dev/schemas/quality-report/1", "datasetId": 3,
     "contentCid": "bafybeibbtabin4imlw2kog42fe737kgzsdhvijh3y6qiathkxg7son6hme", "files": [{"path": "trees.csv",
     "sha256": "ab" * 32, "table": {"rows": 2, "rowSketch": "00000000000000010000000000000002"}}], "differences": []}))
seed("qualityreport", "evidence", json.dumps({"name": "Quality report on dataset #3", "description": "0 differences",
     "fileURI": "/ipfs/bafkreicvxbaxj4yipjqlejpznushk3zevmgk2c3gdxa7yew36kuqfrgpla",
     "fileHash": "bafkreicvxbaxj4yipjqlejpznushk3zevmgk2c3gdxa7yew36kuqfrgpla", "fileTypeExtension": "json"}))
seed("qualityreport", "pii-lines", "ann@example.org\n+49 30 1234567\nDE89 3704 0044 0532 0130 00\n10.0.0.1\n"
     "fe80::1\n078-05-1120\n221B Baker Street\n")
seed("table", "csv", "station,day,temperature\nA,2025-01-01,3.5\nB,2025-01-02,\n")
seed("table", "tsv-ragged", "a\tb\tc\n1\t2\n3\t4\t5\t6\n")
seed("table", "jsonl", '{"a":1}\n{"a":2,"b":"x"}\n')
# Event logs (the first bytes pick the topic, the emitter and the indexed topics; see
# fuzz_events.cpp): finding 2, a ProposalCreated whose calldatas all point at one value.
n = 600
value = word(8 * 1024) + b"c" * 8 * 1024
heads = word(1) + word(0xABC) + word(9 * 32) * 4 + word(9 * 32) + word(5) + word(9) + word(9 * 32)
# One array whose elements all point at the same bytes, shared by every array field.
array = word(n) + b"".join(word(32 * n) for _ in range(n)) + value
proposal = heads + array
for topic in range(8):
    seed("events", f"finding-2-aliased-proposal-{topic}", bytes([topic, 0, 0]) + proposal)
seed("events", "transfer", bytes([0, 1, 2]) + word(1) + word(2) + word(1000))
# JSON-RPC answers (the first byte: 1 for a batch of three calls, ids 1-3)
seed("rpcanswer", "chain-id", b"\x00" + b'{"jsonrpc":"2.0","id":1,"result":"0x7a69"}')
seed("rpcanswer", "batch", b"\x01" + b'[{"jsonrpc":"2.0","id":2,"result":"0x10"},{"jsonrpc":"2.0","id":1,'
     b'"error":{"code":-32000,"message":"execution reverted","data":"0x08c379a0"}}]')
seed("rpcanswer", "too-big", b"\x00" + b'{"jsonrpc":"2.0","id":1,"result":"0xffffffffffffffffffff"}')
# eth_getLogs answers (the execution API's Log objects; the id sent is 1)
log = {"address": "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0",
       "topics": ["0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4",
                  "0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"],
       "data": "0x" + (word(7) + word(1) + word(10 ** 18) + word(160) + word(0)).hex(),
       "blockNumber": "0x2a", "transactionHash": "0x" + "ab" * 32, "transactionIndex": "0x0",
       "blockHash": "0x" + "cd" * 32, "blockTimestamp": "0x6553f100", "logIndex": "0x3", "removed": False}
seed("logsanswer", "two-logs", json.dumps({"jsonrpc": "2.0", "id": 1, "result": [log, dict(log, logIndex="0x4")]}))
seed("logsanswer", "empty", b'{"jsonrpc":"2.0","id":1,"result":[]}')
seed("logsanswer", "range-refused", b'{"jsonrpc":"2.0","id":1,"error":{"code":-32005,'
     b'"message":"query returned more than 10000 results","data":"try a smaller range"}}')
seed("logsanswer", "result-first", b'{"result":[],"id":1,"jsonrpc":"2.0"}')

# Requests to the storage node (the first byte picks the piece size; 16 times it; see fuzz_storagerequest.cpp)
body = (b"--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.car\"\r\n"
        b"Content-Type: application/octet-stream\r\n\r\n" + car + b"\r\n--XyZ--\r\n")
seed("storagerequest", "dag-import", b"\x07" + b"POST /api/v0/dag/import HTTP/1.1\r\nHost: x\r\n"
     b"Content-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
seed("storagerequest", "chunked", b"\x03" + b"POST /api/v0/pin/add?arg=x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"5\r\nhello\r\n0\r\n\r\n")
seed("storagerequest", "gateway-get", b"\x01" + b"GET /ipfs/bafkqaaa?format=car HTTP/1.1\r\nAccept: application/vnd.ipld.car\r\n\r\n")
# Answers of a gateway (the first byte: how much the reader takes per turn, 0 for all there is)
car_answer = (b"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.ipld.car; version=1\r\nContent-Length: "
              + str(len(car)).encode() + b"\r\n\r\n" + car)
seed("httpanswer", "car-by-length", b"\x00" + car_answer)
seed("httpanswer", "chunked-trailer", b"\x02" + b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
     b"5;x=y\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n")
seed("httpanswer", "continue-then-redirect", b"\x07" + b"HTTP/1.1 100 Continue\r\n\r\n"
     b"HTTP/1.1 302 Found\r\nLocation: /ipfs/x\r\nContent-Length: 0\r\n\r\n")
seed("httpanswer", "until-close", b"\x01" + b"HTTP/1.0 200 OK\r\n\r\n" + bytes(range(256)))
seed("httpanswer", "error-body", b"\x00" + b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found")
seed("httpanswer", "cut-short", b"\x00" + b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello")
# ZIP archives as Python's zipfile writes them (fixed times, so the seeds do not change)
def zip_of(entries, method=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data)
    return out.getvalue()
seed("ziparchive", "two-entries", zip_of([("readings.csv", b"station,day\nA,1\n"), ("notes/readme.txt", b"hello")]))
seed("ziparchive", "stored-with-comment", zip_of([("a.bin", bytes(range(64)))], zipfile.ZIP_STORED) [:-2] + b"\x05\x00hello")
seed("ziparchive", "empty", zip_of([]))
# The images of tests/fixtures/images (ImageMagick wrote them): PNGs of each colour type, interlaced
# or not, and a baseline and a progressive JPEG.
for image in sorted((fixtures / "images").glob("*.*g")):
    seed("imagecheck", image.name, image.read_bytes())
# The tar archives and gzip files of tests/fixtures/archives (GNU tar and gzip wrote them).
for name in sorted((fixtures / "archives").iterdir()):
    if name.suffix != ".md":
        seed("streamarchive", name.name, name.read_bytes())
# The footers of tests/fixtures/parquet (apache/parquet-testing): FileMetaData alone, as the
# fuzz target parses it.
for name in sorted((fixtures / "parquet").glob("*.parquet")):
    data = name.read_bytes()
    length = int.from_bytes(data[-8:-4], "little")
    seed("parquetfooter", name.stem, data[-8 - length:-8])
print("seeds written to", corpus)
