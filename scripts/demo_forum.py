#!/usr/bin/env python3
"""A local stand-in for a Discourse forum on the devnet, so a seeded proposal's discussion opens.

It serves the recorded answers in tests/fixtures/discourse (Discourse's documented JSON: see
make_fixtures.py there) the way Discourse does: GET /t/{id}.json and uploads as files, and
GET /t/{id}/posts.json?post_ids[]=... with only the posts asked for. Loopback only.

Usage: demo_forum.py --port PORT [--root DIR]   (`datadao-cli devnet up` starts it)
"""
import argparse
import json
import os
import posixpath
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))


class Forum(BaseHTTPRequestHandler):
    root = os.path.join(HERE, "..", "tests", "fixtures", "discourse")

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        url = urlsplit(self.path)
        relative = posixpath.normpath(url.path).lstrip("/")
        if relative.startswith("..") or not relative:
            return self.answer(404, b'{"errors":["not found"],"error_type":"not_found"}')
        path = os.path.join(self.root, relative)
        if not os.path.isfile(path):
            return self.answer(404, b'{"errors":["The requested URL or resource could not be found."],'
                                    b'"error_type":"not_found"}')
        with open(path, "rb") as file:
            body = file.read()
        if relative.endswith("/posts.json"):
            wanted = {int(i) for i in parse_qs(url.query).get("post_ids[]", []) if i.isdigit()}
            answer = json.loads(body)
            answer["post_stream"]["posts"] = [p for p in answer["post_stream"]["posts"] if p["id"] in wanted]
            body = json.dumps(answer).encode()
        self.answer(200, body, "image/png" if relative.endswith(".png") else "application/json; charset=utf-8")

    def answer(self, status, body, kind="application/json; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass  # quiet: it runs in the background


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--root", default=Forum.root)
    args = parser.parse_args()
    Forum.root = args.root
    ThreadingHTTPServer(("127.0.0.1", args.port), Forum).serve_forever()


if __name__ == "__main__":
    main()
