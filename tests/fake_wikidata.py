"""A stand-in for Wikidata on 127.0.0.1: the API's wbsearchentities and wbgetentities, and the query service.

The answers have the shape Wikidata gives (``searchinfo``/``search`` hits with ``concepturi`` and
``match``; entities with ``claims`` of ``mainsnak``/``datavalue``; SPARQL 1.1 JSON results with
typed literals), over a small world simplified from Wikidata: the two Georgias, NATO, Europol and
the classes above them. Faults are scripted per request with :meth:`FakeWikidata.script`: an HTTP
status (429, 503) with or without Retry-After, the API's maxlag error, a slow reply, a body that is
not JSON, JSON cut short, a body of the wrong shape, or a connection dropped before the promised
length. Every request is recorded (path, parameters, headers) for the tests to inspect.
"""

from __future__ import annotations

import json
import re
import socket
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

WD = "http://www.wikidata.org/entity/"
XSD = "http://www.w3.org/2001/XMLSchema#"

# QID -> (label, description, aliases, P31 classes, P279 superclasses); simplified from Wikidata.
ENTITIES: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Q230": ("Georgia", "country in the Caucasus", ("Sakartvelo", "Republic of Georgia"),
             ("Q3624078", "Q6256"), ()),
    "Q1428": ("Georgia", "state of the United States of America", ("GA", "Peach State"), ("Q35657",), ()),
    "Q7184": ("NATO", "intergovernmental military alliance", ("North Atlantic Treaty Organization",),
              ("Q1127126", "Q245065"), ()),
    "Q207203": ("Europol", "law enforcement agency of the European Union", ("European Police Office",),
                ("Q1338914",), ()),
    "Q35657": ("state of the United States", "constituent political entity of the United States", (), (),
               ("Q107390", "Q852446")),
    "Q107390": ("federated state", "territorial and constitutional community forming part of a federal union",
                (), (), ("Q1048835",)),
    "Q852446": ("administrative territorial entity of the United States", "", (), (), ("Q56061",)),
    "Q1048835": ("political territorial entity", "", (), (), ("Q56061",)),
    "Q56061": ("administrative territorial entity", "", (), (), ("Q1496967",)),
    "Q1496967": ("territorial entity", "", (), (), ()),
    "Q3624078": ("sovereign state", "state that has the highest authority over a territory", (), (),
                 ("Q7275", "Q6256")),
    "Q7275": ("state", "organised political community living under a single system of government", (), (),
              ("Q1048835",)),
    "Q6256": ("country", "distinct territorial body or political entity", (), (), ("Q1048835",)),
    "Q1127126": ("military alliance", "international agreement concerning national security", (), (),
                 ("Q245065",)),
    "Q245065": ("intergovernmental organization", "organization composed primarily of sovereign states",
                (), (), ("Q484652",)),
    "Q1338914": ("agency of the European Union", "decentralised body of the EU", (), (), ("Q484652",)),
    "Q484652": ("international organization", "organization established by treaty", (), (), ("Q43229",)),
    "Q43229": ("organization", "social entity established to meet needs or pursue goals", (), (), ()),
}
# An item of sixty classes, none of them known, to make the client fetch classes in batches.
ENTITIES["Q99000"] = ("Manyclass", "an item with many classes", (), tuple(f"Q9{n:04d}" for n in range(60)),
                      ())

# Normalised search text -> QIDs in the order the search ranks them (the US state first, so
# that a type filter has something to do).
SEARCH = {"georgia": ("Q1428", "Q230"), "nato": ("Q7184",), "europol": ("Q207203",), "manyclass": ("Q99000",)}

# Rows of queries/wikidata/sovereign-states.rq: (state, field, value, language).
STATE_ROWS = [
    ("Q230", "label", "Georgia", "en"), ("Q230", "alias", "Sakartvelo", "en"),
    ("Q230", "alias", "Republic of Georgia", "en"), ("Q230", "alias", "GEO", "en"),
    ("Q230", "demonym", "Georgian", "en"), ("Q230", "capital", "Tbilisi", "en"),
    ("Q230", "iso2", "GE", ""), ("Q230", "iso3", "GEO", ""),
    ("Q30", "label", "United States", "en"), ("Q30", "alias", "United States of America", "en"),
    ("Q30", "alias", "USA", "en"), ("Q30", "alias", "U.S.", "en"), ("Q30", "alias", "America", "en"),
    ("Q30", "alias", "the States", "en"), ("Q30", "demonym", "American", "en"),
    ("Q30", "capital", "Washington, D.C.", "en"), ("Q30", "iso2", "US", ""), ("Q30", "iso3", "USA", ""),
    ("Q222", "label", "Albania", "en"), ("Q222", "alias", "Republic of Albania", "en"),
    ("Q222", "demonym", "Albanian", "en"), ("Q222", "capital", "Tirana", "en"),
    ("Q222", "iso2", "AL", ""), ("Q222", "iso3", "ALB", ""),
]
# Rows of queries/wikidata/memberships.rq: organisation, its label, member, its label, start,
# start precision, end, end precision ("" for unbound).
MEMBERSHIP_ROWS = [
    ("Q7184", "NATO", "Q222", "Albania", "2009-04-01T00:00:00Z", "11", "", ""),
    ("Q7184", "NATO", "Q30", "United States", "1949-08-24T00:00:00Z", "11", "", ""),
    ("Q7184", "NATO", "Q30", "United States", "1949-08-24T00:00:00Z", "11", "", ""),  # a duplicate
    ("Q318693", "Collective Security Treaty Organization", "Q230", "Georgia", "1994-01-01T00:00:00Z", "9",
     "1999-01-01T00:00:00Z", "9"),
    ("Q7184", "NATO", "Q458", "European Union", "", "", "", ""),  # not a state: left out
    ("Q19771", "G20", "Q30", "United States", "1999-09-26T00:00:00Z", "11", "", ""),  # not asked for
]


@dataclass(frozen=True)
class Fault:
    """What to do instead of answering one request.

    ``kind``: "status" (answer ``status``, with ``retry_after`` as Retry-After if given), "maxlag"
    (HTTP 200 with the API's maxlag error), "api_error" (HTTP 200 with another API error), "slow"
    (wait ``delay`` seconds, then answer), "not_json",
    "cut" (valid length, JSON cut in half), "wrong_shape" (JSON, but not Wikidata's), "truncated"
    (promise more bytes than are sent, then close); any other kind ("none") answers as usual.
    """

    kind: str
    status: int = 503
    retry_after: str | None = None
    delay: float = 0.0


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]


@dataclass
class FakeWikidata:
    """The fake server; use it as a context manager (it listens on 127.0.0.1, on a free port)."""

    requests: list[Request] = field(default_factory=list)
    _faults: deque[Fault] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    def __enter__(self) -> FakeWikidata:
        self._server = _Server(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()  # wakes slow replies
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def base(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base}/w/api.php"

    @property
    def sparql_url(self) -> str:
        return f"{self.base}/sparql"

    def script(self, *faults: Fault) -> None:
        """Apply these faults to the next requests, one each, in order; later requests are answered."""
        with self._lock:
            self._faults.extend(faults)

    def calls(self, action: str | None = None) -> list[Request]:
        """The recorded requests (of one API ``action``, or to the SPARQL endpoint with "sparql")."""
        with self._lock:
            recorded = list(self.requests)
        if action is None:
            return recorded
        if action == "sparql":
            return [r for r in recorded if r.path == "/sparql"]
        return [r for r in recorded if r.params.get("action") == action]

    def _next_fault(self, request: Request) -> Fault | None:
        with self._lock:
            self.requests.append(request)
            return self._faults.popleft() if self._faults else None


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up on a slow reply closed its socket; nothing to report


def closed_port_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/w/api.php"


def _handler(fake: FakeWikidata) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            self._answer(parts.path, dict(parse_qsl(parts.query)))

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(parse_qsl(self.rfile.read(length).decode("utf-8")))
            self._answer(urlsplit(self.path).path, {**dict(parse_qsl(urlsplit(self.path).query)), **form})

        def _answer(self, path: str, params: dict[str, str]) -> None:
            fault = fake._next_fault(Request(self.command, path, params, dict(self.headers.items())))
            if fault is not None and fault.kind == "slow" and fake._stop.wait(fault.delay):
                return
            if fault is not None and fault.kind == "status":
                headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                self._send(fault.status, b"<html><body>Wikimedia Error</body></html>", "text/html", headers)
                return
            if fault is not None and fault.kind == "maxlag":
                body = {"error": {"code": "maxlag", "info": "Waiting for 10.64.48.23: 7 seconds lagged.",
                                  "host": "10.64.48.23", "lag": 7, "type": "db"}, "servedby": "mw1234"}
                self._send(200, _json(body), "application/json",
                           {"Retry-After": fault.retry_after or "1", "X-Database-Lag": "7"})
                return
            if fault is not None and fault.kind == "api_error":
                info = "Unrecognized value for parameter \"type\": itme."
                body = {"error": {"code": "badvalue", "info": info,
                                  "*": "See https://www.wikidata.org/w/api.php for API usage."},
                        "servedby": "mw1234"}
                self._send(200, _json(body), "application/json", {"MediaWiki-API-Error": "badvalue"})
                return
            if fault is not None and fault.kind == "not_json":
                self._send(200, b"<!DOCTYPE html><title>Wikidata</title>", "text/html")
                return
            if fault is not None and fault.kind == "wrong_shape":
                self._send(200, _json({"search": {"id": 1}, "entities": ["Q1"], "results": None}),
                           "application/json")
                return
            status, body, media = self._route(path, params)
            if fault is not None and fault.kind == "cut":
                body = body[: len(body) // 2]
            if fault is not None and fault.kind == "truncated":
                self.send_response(status)
                self.send_header("Content-Type", media)
                self.send_header("Content-Length", str(len(body) + 500))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                return
            self._send(status, body, media)

        def _send(self, status: int, body: bytes, media: str, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{media}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def _route(self, path: str, params: dict[str, str]) -> tuple[int, bytes, str]:
            if path == "/sparql":
                return 200, _json(_sparql(params.get("query", ""))), "application/sparql-results+json"
            if path != "/w/api.php":
                return 404, b"not found", "text/plain"
            if params.get("action") == "wbsearchentities":
                return 200, _json(_search(params)), "application/json"
            if params.get("action") == "wbgetentities":
                return 200, _json(_entities(params)), "application/json"
            error = {"error": {"code": "badvalue", "info": f"Unrecognized value for parameter \"action\": "
                                                           f"{params.get('action')}."}}
            return 200, _json(error), "application/json"

    return Handler


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _search(params: dict[str, str]) -> dict[str, Any]:
    text = params.get("search", "")
    hits = []
    for qid in SEARCH.get(text.casefold().strip(), ())[: int(params.get("limit", "7"))]:
        label, description, *_ = ENTITIES[qid]
        hits.append({
            "id": qid, "title": qid, "pageid": 1000 + int(qid[1:]) % 997, "repository": "wikidata",
            "url": f"//www.wikidata.org/wiki/{qid}", "concepturi": WD + qid,
            "display": {"label": {"value": label, "language": "en"},
                        "description": {"value": description, "language": "en"}},
            "label": label, "description": description,
            "match": {"type": "label", "language": "en", "text": label},
        })
    return {"searchinfo": {"search": text}, "search": hits, "success": 1}


def _claims(prop: str, values: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{
        "mainsnak": {"snaktype": "value", "property": prop, "hash": f"{int(v[1:]):040x}",
                     "datavalue": {"value": {"entity-type": "item", "numeric-id": int(v[1:]), "id": v},
                                   "type": "wikibase-entityid"},
                     "datatype": "wikibase-item"},
        "type": "statement", "id": f"{v}$0000-{prop}", "rank": "normal",
    } for v in values]


def _entities(params: dict[str, str]) -> dict[str, Any]:
    ids = [i for i in params.get("ids", "").split("|") if i]
    if len(ids) > 50:
        return {"error": {"code": "toomanyvalues", "info": "Too many values supplied for parameter \"ids\". "
                                                          "The limit is 50.", "limit": 50}}
    language = params.get("languages", "en")
    entities: dict[str, Any] = {}
    for qid in ids:
        if qid not in ENTITIES:
            entities[qid] = {"id": qid, "missing": ""}
            continue
        label, description, aliases, p31, p279 = ENTITIES[qid]
        entity: dict[str, Any] = {"type": "item", "id": qid, "claims": {}}
        if p31:
            entity["claims"]["P31"] = _claims("P31", p31)
        if p279:
            entity["claims"]["P279"] = _claims("P279", p279)
        if "labels" in params.get("props", ""):
            entity["labels"] = {language: {"language": language, "value": label}}
            entity["descriptions"] = {language: {"language": language, "value": description}}
            entity["aliases"] = {language: [{"language": language, "value": a} for a in aliases]}
        entities[qid] = entity
    return {"entities": entities, "success": 1}


def _uri(qid: str) -> dict[str, str]:
    return {"type": "uri", "value": WD + qid}


def _literal(value: str, language: str = "", datatype: str = "") -> dict[str, str]:
    term = {"type": "literal", "value": value}
    if language:
        term["xml:lang"] = language
    if datatype:
        term["datatype"] = datatype
    return term


def _sparql(query: str) -> dict[str, Any]:
    if "P463" not in query:
        bindings = [{"state": _uri(q), "field": _literal(f), "value": _literal(v, language)}
                    for q, f, v, language in STATE_ROWS]
        return {"head": {"vars": ["state", "field", "value"]}, "results": {"bindings": bindings}}
    values = re.search(r"VALUES\s+\?organisation\s*\{([^}]*)\}", query)
    asked = set(re.findall(r"wd:(Q\d+)", values.group(1))) if values else set()
    names = ["organisation", "organisationLabel", "member", "memberLabel", "start", "startPrecision", "end",
             "endPrecision"]
    bindings = []
    for org, org_label, member, member_label, start, start_p, end, end_p in MEMBERSHIP_ROWS:
        if org not in asked:
            continue
        row = {"organisation": _uri(org), "organisationLabel": _literal(org_label, "en"),
               "member": _uri(member), "memberLabel": _literal(member_label, "en")}
        for name, value, precision in (("start", start, start_p), ("end", end, end_p)):
            if value:
                row[name] = _literal(value, datatype=XSD + "dateTime")
                row[f"{name}Precision"] = _literal(precision, datatype=XSD + "integer")
        bindings.append(row)
    return {"head": {"vars": names}, "results": {"bindings": bindings}}
