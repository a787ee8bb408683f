"""A real HTTP server on 127.0.0.1 for the URL tests (never the internet)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

# How long the "/slow" route sleeps before answering: longer than the tests' fetch timeout.
SLOW_SECONDS = 2.0


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Site:
    """The server's address and its routes, which a test may change between requests."""

    base: str
    routes: dict[str, Route]

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base + path


def _handler(routes: dict[str, Route]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path, Route(b"not found", "text/plain", 404))
            time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep pytest's output clean

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    """A local web server; routes: ``/loop`` redirects to itself, ``/slow`` answers late."""
    routes: dict[str, Route] = {
        "/loop": Route(status=302, headers={"Location": "/loop"}),
        "/slow": Route(b"<html></html>", delay=SLOW_SECONDS),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes))
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield Site(f"http://{host!s}:{port}", routes)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
