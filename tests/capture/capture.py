"""Record what a vendor's own Python SDK puts on the wire.

Shared by every vendor driver (`tests/capture/<vendor>.py`). A driver starts a
`CaptureServer` on loopback, points the SDK at it, calls each operation with
every parameter given a value, and `record()` writes one JSON fixture per
operation under `tests/fixtures/<vendor>/`. The Rust wire tests replay those
fixtures against httpmock.

The SDK itself is never part of this repository: install it in a throwaway
virtualenv first (see tests/fixtures/README.md), then run the driver.
"""

import json
import os
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")

# Headers that depend on the SDK's HTTP library or on the capture run itself,
# not on the API: they are not part of the contract the Rust client must match.
TRANSPORT_HEADERS = {"host", "content-length", "accept-encoding", "connection", "user-agent"}


class CaptureServer:
    """A loopback HTTP server that records every request and answers with the
    status and body the driver queued for it (default: 200 and `{}`)."""

    def __init__(self):
        self.requests = queue.Queue()
        self.responses = queue.Queue()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                server.requests.put(
                    {
                        "method": self.command,
                        "target": self.path,
                        "headers": [(k.lower(), v) for k, v in self.headers.items()],
                        "body": raw.decode("utf-8"),
                    }
                )
                try:
                    status, body = server.responses.get_nowait()
                except queue.Empty:
                    status, body = 200, "{}"
                data = body.encode("utf-8")
                self.send_response(status)
                if data:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.httpd.server_address[1]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def _request_fixture(captured, base_path):
    target = urlsplit(captured["target"])
    headers = {}
    for name, value in captured["headers"]:
        if name not in TRANSPORT_HEADERS:
            headers[name] = value
    body = captured["body"]
    if body:
        try:
            body = json.loads(body)
            body_kind = "json"
        except ValueError:
            body_kind = "text"
    else:
        body, body_kind = None, "none"
    assert target.path.startswith(base_path), (target.path, base_path)
    return {
        "method": captured["method"],
        "base_path": base_path,
        # Exactly as on the wire: percent-encoding is part of the contract.
        "path": target.path,
        "query": [list(pair) for pair in parse_qsl(target.query, keep_blank_values=True)],
        "raw_query": target.query,
        "headers": dict(sorted(headers.items())),
        "body_kind": body_kind,
        "body": body,
    }


def record(server, vendor, sdk, base_path, operation, args, call, response=(200, "{}")):
    """Call `call()` (one SDK operation) against `server` and write the fixture.

    `args` documents the arguments the driver gave the SDK, so the Rust test can
    be read side by side with the fixture. `response` is what the server answers,
    so the SDK's own decoding is exercised too; its result is kept as `sdk_result`.
    """
    status, body = response
    server.responses.put((status, body))
    error = None
    try:
        result = call()
        result = result.to_dict() if hasattr(result, "to_dict") else result
        if isinstance(result, list):
            result = [r.to_dict() if hasattr(r, "to_dict") else r for r in result]
    except Exception as exc:  # the request is what matters; keep the SDK's verdict
        # Without the response headers the SDKs print: they hold the capture's date.
        message = str(exc).split("\nHTTP response headers")[0]
        result, error = None, "%s: %s" % (type(exc).__name__, message)
    captured = server.requests.get(timeout=5)
    fixture = {
        "vendor": vendor,
        "operation": operation,
        "sdk": sdk,
        "sdk_args": args,
        "request": _request_fixture(captured, base_path),
        "response": {"status": status, "body": json.loads(body) if body else None},
        "sdk_result": result,
        "sdk_error": error,
    }
    out_dir = os.path.join(FIXTURES, vendor)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, operation + ".json"), "w") as f:
        json.dump(fixture, f, indent=2, sort_keys=True, default=str)
        f.write("\n")
    print("%s/%s: %s %s" % (vendor, operation, captured["method"], captured["target"]))
    return fixture
