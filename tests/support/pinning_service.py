#!/usr/bin/env python3
"""A local stand-in for a remote pinning service, for tests: it speaks the IPFS Pinning Service
API (ipfs-pinning-service.yaml in github.com/ipfs/pinning-services-api-spec) with the recorded
answers in tests/fixtures/pinning, filling in each request's requestid, created and pin.

A request moves from queued to pinning to pinned, one step per GET, as a service fetching the
data would. Pins whose name asks for it misbehave: "doomed" fails, "liar" is answered for
another CID, "unfunded" is refused for lack of funds (409), "flaky" answers its first GET with
a 500. Every request is logged (method, path, whether a bearer token came, and the body) to
--log; the token's value is never written anywhere.

Usage: pinning_service.py --fixtures DIR --token TOKEN --log FILE
Prints http://127.0.0.1:PORT when it listens."""

import argparse
import datetime
import json
import os
import sys
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

parser = argparse.ArgumentParser()
parser.add_argument("--fixtures", required=True)
parser.add_argument("--log", required=True)
args = parser.parse_args()
TOKEN = os.environ["PINNING_SERVICE_TOKEN"]  # from the environment: not visible in ps


def fixture(name):
    with open(os.path.join(args.fixtures, name)) as f:
        return json.load(f)


STEPS = ["queued", "pinning", "pinned"]
pins = {}  # requestid -> {"pin": Pin, "created": str, "step": int, "gets": int}
clock = [datetime.datetime(2026, 11, 30, 12, 0, 0, tzinfo=datetime.timezone.utc)]


def now():
    # Each pin request gets a distinct creation time, as the spec's pagination needs.
    clock[0] += datetime.timedelta(seconds=1)
    return clock[0].isoformat(timespec="milliseconds").replace("+00:00", "Z")


def status_of(requestid):
    entry = pins[requestid]
    name = entry["pin"].get("name", "")
    status = "failed" if name == "doomed" and entry["step"] > 0 else STEPS[min(entry["step"], 2)]
    answer = fixture(f"pinstatus-{status}.json")
    answer["requestid"] = requestid
    answer["created"] = entry["created"]
    answer["pin"] = dict(entry["pin"])
    if name == "liar":
        answer["pin"]["cid"] = fixture("pinstatus-queued.json")["pin"]["cid"]
    return answer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_):
        pass

    def answer(self, code, body=None):
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(code)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        auth = self.headers.get("Authorization", "")
        with open(args.log, "a") as log:
            log.write(json.dumps({"method": self.command, "path": self.path,
                                  "bearer": auth.startswith("Bearer "), "body": body.decode(errors="replace")}) + "\n")
        if auth != f"Bearer {TOKEN}":
            return self.answer(401, fixture("error-unauthorized.json"))
        url = urlparse(self.path)
        parts = [p for p in url.path.split("/") if p]
        if parts == ["pins"] and self.command == "POST":
            try:
                pin = json.loads(body)
                assert isinstance(pin.get("cid"), str)
            except Exception:
                return self.answer(400, fixture("error-bad-request.json"))
            if pin.get("name") == "unfunded":
                return self.answer(409, fixture("error-insufficient-funds.json"))
            requestid = str(uuid.uuid4())
            pins[requestid] = {"pin": pin, "created": now(), "step": 0, "gets": 0}
            return self.answer(202, status_of(requestid))
        if parts == ["pins"] and self.command == "GET":
            query = parse_qs(url.query)
            statuses = query.get("status", ["pinned"])
            results = [status_of(r) for r in pins]
            results = [r for r in results if r["status"] in statuses]
            if "cid" in query:
                results = [r for r in results if r["pin"]["cid"] in query["cid"]]
            if "name" in query:
                results = [r for r in results if r["pin"].get("name") == query["name"][0]]
            if "before" in query:
                results = [r for r in results if r["created"] < query["before"][0]]
            results.sort(key=lambda r: r["created"], reverse=True)
            limit = int(query.get("limit", ["10"])[0])
            return self.answer(200, {"count": len(results), "results": results[:limit]})
        if len(parts) == 2 and parts[0] == "pins" and parts[1] in pins:
            requestid = parts[1]
            if self.command == "GET":
                entry = pins[requestid]
                entry["gets"] += 1
                if entry["pin"].get("name") == "flaky" and entry["gets"] == 1:
                    return self.answer(500, fixture("error-internal.json"))
                answer = status_of(requestid)
                entry["step"] += 1
                return self.answer(200, answer)
            if self.command == "DELETE":
                del pins[requestid]
                return self.answer(202)
        return self.answer(404, fixture("error-not-found.json"))

    do_GET = do_POST = do_DELETE = handle_any


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    sys.exit(0)
