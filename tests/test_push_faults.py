"""kg push when the network or the store misbehaves: a proxy on 127.0.0.1 in front of the real Oxigraph
server answers 503 and 429 with Retry-After, or stops answering part-way; the push retries within
bounds, reports clearly, and never leaves a graph half-replaced."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from kg.errors import StoreError
from kg.remote import Endpoint, SparqlClient, push

from ._stores import SparqlServer

GRAPH = "http://example.org/test/faults"


class FaultyProxy:
    """Forwards to ``target``; each request first takes the next scripted fault, if any.

    A fault is an HTTP status (with an optional Retry-After); ``"slow"`` (no answer for that many
    seconds); ``"truncated"`` or ``"html"`` (a body cut short, or of the wrong type); or ``"down"``:
    from then on the proxy drops every connection, as a store that went away.
    """

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.faults: deque[tuple[int | str, str | None]] = deque()
        self.down = False
        self.requests: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                proxy.requests.append(f"{self.command} {self.path}")
                if proxy.faults:
                    status, retry_after = proxy.faults.popleft()
                    if status == "down":
                        proxy.down = True
                    elif status == "slow":
                        time.sleep(float(retry_after or 1))
                        self.close_connection = True
                        return
                    elif status == "truncated":
                        self.send_response(200)
                        self.send_header("Content-Type", "application/sparql-results+json")
                        self.send_header("Content-Length", "100")
                        self.end_headers()
                        self.wfile.write(b'{"head": {"vars": ["n"]}, "res')
                        self.close_connection = True
                        return
                    elif status == "html":
                        page = b"<html><body>maintenance</body></html>"
                        self.send_response(200)
                        self.send_header("Content-Type", "text/html")
                        self.send_header("Content-Length", str(len(page)))
                        self.end_headers()
                        self.wfile.write(page)
                        return
                    else:
                        self.send_response(int(status))
                        if retry_after is not None:
                            self.send_header("Retry-After", retry_after)
                        self.send_header("Content-Length", "4")
                        self.end_headers()
                        self.wfile.write(b"busy")
                        return
                if proxy.down:
                    self.close_connection = True
                    self.connection.close()
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                answer = requests.request(self.command, proxy.target + self.path, data=body, headers=headers,
                                          timeout=30)
                self.send_response(answer.status_code)
                for key in ("Content-Type", "Retry-After"):
                    if key in answer.headers:
                        self.send_header(key, answer.headers[key])
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = do_PUT = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FaultyProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def proxy(oxigraph_server: SparqlServer) -> Iterator[FaultyProxy]:
    oxigraph_server.clear()
    base = oxigraph_server.query_url.rsplit("/", 1)[0]
    with FaultyProxy(base) as running:
        yield running
    oxigraph_server.clear()


def _client(proxy: FaultyProxy, retries: int = 3) -> SparqlClient:
    return SparqlClient(Endpoint.from_url(f"{proxy.url}/query", kind="oxigraph"), retries=retries, backoff=0.01,
                        timeout=5)


def _triples(path: Path, count: int, word: str) -> Path:
    path.write_text("".join(f'<http://example.org/s{i}> <http://example.org/p> "{word} {i}" .\n'
                            for i in range(count)))
    return path


def test_push_retries_503_and_429_and_loads_everything(proxy: FaultyProxy, oxigraph_server: SparqlServer,
                                                       tmp_path: Path) -> None:
    data = _triples(tmp_path / "a.nt", 300, "v")
    proxy.faults.extend([(503, None), (429, "0"), (503, "0")])
    report = push(data, _client(proxy), graph=GRAPH, chunk=100)
    assert (report.sent, report.stored) == (300, 300) and report.complete
    assert oxigraph_server.count(GRAPH) == 300
    assert len(proxy.requests) == 3 + 3 + 1  # three faults, three chunks, one count


def test_push_gives_up_after_bounded_retries_with_a_clear_error(proxy: FaultyProxy, tmp_path: Path) -> None:
    data = _triples(tmp_path / "a.nt", 10, "v")
    proxy.faults.extend([(503, "0")] * 10)
    with pytest.raises(StoreError, match=r"did not answer after 3 attempts \(HTTP 503\)"):
        push(data, _client(proxy, retries=2), graph=GRAPH)
    assert len(proxy.requests) == 3


def test_push_replace_when_the_store_goes_away_leaves_the_old_graph(proxy: FaultyProxy,
                                                                    oxigraph_server: SparqlServer,
                                                                    tmp_path: Path) -> None:
    old = _triples(tmp_path / "old.nt", 50, "old")
    push(old, _client(proxy), graph=GRAPH)
    new = _triples(tmp_path / "new.nt", 300, "new")
    sent_before = len(proxy.requests)
    # The store goes away after the first of three chunks reached the temporary graph.
    client = _client(proxy, retries=1)
    original = client.add_triples
    calls = {"n": 0}

    def add_then_vanish(graph: str | None, ntriples: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            proxy.down = True
        original(graph, ntriples)

    client.add_triples = add_then_vanish  # type: ignore[method-assign]
    with pytest.raises(StoreError, match="the failed graph was left as it was"):
        push(new, client, graph=GRAPH, replace=True, chunk=100)
    assert len(proxy.requests) > sent_before
    proxy.down = False
    assert oxigraph_server.count(GRAPH) == 50  # the old graph, whole
    rows = oxigraph_server.select(f'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o '
                                  f'FILTER(STRSTARTS(?o, "old")) }} }}')
    assert rows[0]["n"]["value"] == "50"


def test_push_survives_a_slow_answer_and_reports_bad_bodies(proxy: FaultyProxy, oxigraph_server: SparqlServer,
                                                           tmp_path: Path) -> None:
    data = _triples(tmp_path / "a.nt", 20, "v")
    client = SparqlClient(Endpoint.from_url(f"{proxy.url}/query", kind="oxigraph"), retries=2, backoff=0.01,
                          timeout=0.5)
    proxy.faults.append(("slow", "1.5"))  # longer than the client's timeout: retried
    assert push(data, client, graph=GRAPH).stored == 20
    proxy.faults.extend([("truncated", None)])  # an answer cut short is a broken connection: retried
    assert push(data, client, graph=GRAPH).stored == 20
    proxy.faults.extend([(200, None), ("html", None)])
    with pytest.raises(StoreError, match="cannot read the triple count"):
        push(data, client, graph=GRAPH)
    assert oxigraph_server.count(GRAPH) == 20  # nothing lost, nothing doubled
