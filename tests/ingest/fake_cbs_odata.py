#!/usr/bin/env python3
"""A local stand-in for the CBS StatLine OData v3 API, for the download tests.

Serves GET {base}/odata/<table>/<Set>?$format=json from <root>/<table>/<Set>.json and pages
every set into --page-size rows with "odata.nextLink", as CBS does (at most 10,000 rows there).
$skip and $top are honoured. --no-next-link leaves the link out, so that a client must ask for
the next page itself. Listens on 127.0.0.1; --port 0 picks a free port, printed on stdout.
"""
import argparse
import json
import os
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def make_handler(root, page_size, next_link):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):  # keep the test output quiet
            pass

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            parts = [p for p in url.path.split("/") if p]
            if len(parts) != 3 or parts[0] != "odata" or any(not p.replace("_", "").isalnum() for p in parts):
                return self.send_error(404)
            table, entity_set = parts[1], parts[2]
            path = os.path.join(root, table, entity_set + ".json")
            if not os.path.isfile(path):
                return self.send_error(404)
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
            query = urllib.parse.parse_qs(url.query)
            skip = int(query.get("$skip", ["0"])[0])
            top = min(int(query.get("$top", [str(page_size)])[0]), page_size)
            rows = document.get("value", [])
            page = dict(document)
            page["value"] = rows[skip:skip + top]
            if next_link and skip + top < len(rows):
                host, port = self.server.server_address[:2]
                page["odata.nextLink"] = "http://%s:%d/odata/%s/%s?$format=json&$skip=%d" % (
                    host, port, table, entity_set, skip + top)
            body = json.dumps(page).encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json;charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--page-size", type=int, default=10000)
    parser.add_argument("--no-next-link", action="store_true")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port),
                                 make_handler(args.root, args.page_size, not args.no_next_link))
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    sys.exit(0)


if __name__ == "__main__":
    main()
