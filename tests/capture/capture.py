"""Record what a vendor's own Python SDK puts on the wire.

Shared by every vendor driver (`tests/capture/<vendor>.py`). A driver starts a
`CaptureServer` on loopback, points the SDK at it, calls each operation with
every parameter given a value, and `record()` writes one JSON fixture per
operation under `tests/fixtures/<vendor>/`. The Rust wire tests replay those
fixtures against httpmock.

The SDK itself is never part of this repository: install it in a throwaway
virtualenv first (see tests/fixtures/README.md), then run the driver.
"""

import base64
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
    """A loopback HTTP server that records every request (its body as the
    bytes sent) and answers with the status and body the driver queued for
    it (default: 200 and `{}`): a JSON text, or bytes with their headers."""

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
                        "body": raw,
                    }
                )
                try:
                    status, body, headers = server.responses.get_nowait()
                except queue.Empty:
                    status, body, headers = 200, "{}", None
                if isinstance(body, bytes):
                    data = body
                else:
                    data = body.encode("utf-8")
                    if data:
                        headers = {"Content-Type": "application/json"}
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
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
    raw = captured["body"]
    if not raw:
        body, body_kind = None, "none"
    else:
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            # Bytes that are no text (a file in a multipart body): stored
            # faithfully, as base64.
            body, body_kind = base64.b64encode(raw).decode("ascii"), "base64"
        else:
            try:
                body = json.loads(body)
                body_kind = "json"
            except ValueError:
                body_kind = "text"
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


def _response_fixture(status, body, headers):
    if isinstance(body, bytes):
        return {
            "status": status,
            "body_kind": "base64",
            "body": base64.b64encode(body).decode("ascii"),
            "headers": {name.lower(): value for name, value in sorted((headers or {}).items())},
        }
    return {"status": status, "body": json.loads(body) if body else None}


def record(server, vendor, sdk, base_path, operation, args, call, response=(200, "{}"), result_of=None):
    """Call `call()` (one SDK operation) against `server` and write the fixture.

    `args` documents the arguments the driver gave the SDK, so the Rust test can
    be read side by side with the fixture. `response` is what the server answers,
    so the SDK's own decoding is exercised too; its result is kept as `sdk_result`
    (through `result_of` where given). `response` is `(status, JSON text)`, or
    `(status, bytes, headers)` for a body that is not JSON (a download): then
    stored as base64, with those headers.
    """
    status, body = response[0], response[1]
    headers = response[2] if len(response) > 2 else None
    server.responses.put((status, body, headers))
    error = None
    try:
        result = call()
        if result_of is not None:
            result = result_of(result)
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
        "response": _response_fixture(status, body, headers),
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
