"""Remote SPARQL 1.1 stores: run stored queries on them and push graphs into them.

A store is reached through up to three URLs: the query endpoint, the update endpoint and the Graph
Store HTTP Protocol endpoint. :meth:`Endpoint.from_url` derives the other two from the query URL for
the stores kg is tested on or documents (Oxigraph, Virtuoso, Apache Jena Fuseki, GraphDB); any of
them can be given explicitly. Credentials are passed in (the CLI reads ``KG_STORE_USER`` and
``KG_STORE_PASSWORD``, never a command-line flag, which other users of the machine could read);
whether they go as HTTP Basic or Digest is decided by the server's challenge.

:func:`push` sends each named graph of a file in N-Triples chunks, then counts what the store holds.
With ``replace`` a graph is first loaded into a temporary graph, counted, and only then moved over
the old one (SPARQL 1.1 ``MOVE``), so a failure part-way leaves the old graph as it was.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests

from .errors import ExportError, QueryError, StoreError
from .export import RdfFormat
from .queries import Bindings, StoredQuery, Term, with_values

__all__ = ["Endpoint", "GraphLoad", "PushReport", "RemoteEngine", "SparqlClient", "push"]

KINDS = ("oxigraph", "virtuoso", "fuseki", "graphdb", "generic")
_RETRY_STATUS = {429, 502, 503, 504}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class Endpoint:
    """Where a SPARQL store answers queries, updates and Graph Store requests, and how to log in."""

    query_url: str
    update_url: str | None = None
    store_url: str | None = None
    kind: str = "generic"
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    @classmethod
    def from_url(cls, url: str, *, kind: str | None = None, update_url: str | None = None,
                 store_url: str | None = None, user: str | None = None,
                 password: str | None = None) -> Endpoint:
        """An endpoint from its query URL, with the update and Graph Store URLs its kind of server uses.

        ``kind`` is guessed from the URL's shape when not given: ``/sparql`` at the root is Virtuoso,
        ``/query`` at the root Oxigraph, ``/DATASET/query`` or ``/DATASET/sparql`` Fuseki and
        ``/repositories/ID`` GraphDB.

        Raises:
            StoreError: the URL is not http(s), or ``kind`` is unknown.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StoreError(f"the endpoint {url!r} is not an http(s) URL such as http://127.0.0.1:7878/query")
        if kind is not None and kind not in KINDS:
            raise StoreError(f"unknown kind of store {kind!r}; use one of {', '.join(KINDS)}")
        path = parts.path.rstrip("/")
        segments = [s for s in path.split("/") if s]
        guessed = kind or _guess_kind(segments)

        def at(new_path: str) -> str:
            return urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

        dataset = "/".join(segments[:-1])  # Fuseki: /DATASET/query -> /DATASET/update, /DATASET/data
        derived: dict[str, tuple[str | None, str | None]] = {
            "oxigraph": (at("/update"), at("/store")),
            "virtuoso": (at("/sparql-auth"), at("/sparql-graph-crud-auth")),
            "fuseki": (at(f"/{dataset}/update"), at(f"/{dataset}/data")) if dataset else (None, None),
            "graphdb": (at(path + "/statements"), at(path + "/rdf-graphs/service")),
            "generic": (None, None),
        }
        default_update, default_store = derived[guessed]
        return cls(url, update_url or default_update, store_url or default_store, guessed, user, password)


def _guess_kind(segments: Sequence[str]) -> str:
    if segments == ["sparql"]:
        return "virtuoso"
    if segments == ["query"]:
        return "oxigraph"
    if len(segments) == 2 and segments[0] == "repositories":
        return "graphdb"
    if len(segments) == 2 and segments[1] in ("query", "sparql"):
        return "fuseki"
    return "generic"


class SparqlClient:
    """HTTP for one endpoint: bounded retries with backoff, authentication on the server's challenge."""

    def __init__(self, endpoint: Endpoint, *, session: requests.Session | None = None, timeout: float = 60.0,
                 retries: int = 3, backoff: float = 0.5, max_wait: float = 30.0) -> None:
        self.endpoint = endpoint
        self.session = session or requests.Session()
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait

    # -- the three protocols ----------------------------------------------------------------------

    def query(self, text: str, accept: str, *, union: bool = True) -> requests.Response:
        """POST a query (form-encoded, as the SPARQL 1.1 Protocol allows).

        With ``union`` the default graph is the union of the named graphs, as it is on kg's own
        store: Oxigraph is asked for it; Virtuoso does it by default.
        """
        params = {"union-default-graph": ""} if union and self.endpoint.kind == "oxigraph" else {}
        return self._send("POST", self.endpoint.query_url, params=params, data={"query": text},
                          headers={"Accept": accept})

    def update(self, text: str) -> None:
        """POST a SPARQL Update."""
        if not self.endpoint.update_url:
            raise StoreError(f"no update endpoint known for {self.endpoint.query_url}; give --update-url")
        self._send("POST", self.endpoint.update_url, data=text.encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def add_triples(self, graph: str | None, ntriples: bytes) -> None:
        """Add N-Triples to ``graph`` (``None``: the default graph) through the Graph Store Protocol."""
        if not self.endpoint.store_url:
            raise StoreError(f"no Graph Store endpoint known for {self.endpoint.query_url}; give --store-url")
        self._send("POST", self.endpoint.store_url, params=self._graph_param(graph), data=ntriples,
                   headers={"Content-Type": "application/n-triples"})

    def _graph_param(self, graph: str | None) -> dict[str, str]:
        if graph is None:
            if self.endpoint.kind == "virtuoso":
                raise StoreError("Virtuoso has no plain default graph to load into; give --graph IRI")
            return {"default": ""}
        return {"graph-uri" if self.endpoint.kind == "virtuoso" else "graph": graph}

    # -- HTTP ------------------------------------------------------------------------------------

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        last: str = ""
        for attempt in range(self.retries + 1):
            try:
                response = self.session.request(method, url, timeout=self.timeout, **kwargs)
            except requests.RequestException as exc:
                last = f"{type(exc).__name__}: {exc}"
                wait = self.backoff * 2 ** attempt
            else:
                if response.status_code == 401 and self._authenticate(response):
                    response = self.session.request(method, url, timeout=self.timeout, **kwargs)
                if response.status_code < 400:
                    return response
                if response.status_code not in _RETRY_STATUS:
                    raise StoreError(_http_error(url, response))
                last = f"HTTP {response.status_code}"
                wait = _retry_after(response) or self.backoff * 2 ** attempt
            if attempt < self.retries:
                time.sleep(min(wait, self.max_wait))
        raise StoreError(f"{url} did not answer after {self.retries + 1} attempts ({last}); "
                         "check that the store is running and reachable, then run the command again")

    def _authenticate(self, response: requests.Response) -> bool:
        """Set up the credentials the way the server asked; False when there is nothing to try."""
        if self.session.auth is not None:
            return False
        user, password = self.endpoint.user, self.endpoint.password
        if user is None or password is None:
            raise StoreError(f"{response.url} asks for credentials: set KG_STORE_USER and KG_STORE_PASSWORD "
                             "in the environment")
        challenge = response.headers.get("WWW-Authenticate", "").lower()
        self.session.auth = (requests.auth.HTTPDigestAuth(user, password) if challenge.startswith("digest")
                             else requests.auth.HTTPBasicAuth(user, password))
        return True


def _retry_after(response: requests.Response) -> float | None:
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None


def _http_error(url: str, response: requests.Response) -> str:
    body = response.text.strip().replace("\n", " ")
    body = body if len(body) <= 300 else body[:297] + "..."
    hint = {401: "check KG_STORE_USER and KG_STORE_PASSWORD", 403: "the user may not write to this store",
            404: "check the endpoint URL (and --update-url / --store-url)",
            413: "the request is too large for the server; lower --chunk"}.get(response.status_code, "")
    return f"{url} answered HTTP {response.status_code}: {body or response.reason}" + (f"; {hint}" if hint else "")


# -- queries ---------------------------------------------------------------------------------------

class RemoteEngine:
    """Stored queries on a remote endpoint; parameters go in a ``VALUES`` block (the protocol has no binding)."""

    def __init__(self, client: SparqlClient) -> None:
        self.client = client

    def run(self, query: StoredQuery, bindings: Bindings) -> Any:
        from .engines import QueryResult

        text = with_values(query.text, bindings)
        if query.form in ("construct", "describe"):
            response = self.client.query(text, "application/n-triples, text/turtle;q=0.9")
            media = response.headers.get("Content-Type", "").split(";")[0].strip()
            rdf_format = ox.RdfFormat.TURTLE if media == "text/turtle" else ox.RdfFormat.N_TRIPLES
            try:
                triples = tuple(ox.Triple(q.subject, q.predicate, q.object)
                                for q in ox.parse(response.content, rdf_format))
            except SyntaxError as exc:
                raise QueryError(f"{query.name}: the endpoint answered RDF kg cannot parse: {exc}") from exc
            return QueryResult(query.form, triples=triples)
        response = self.client.query(text, "application/sparql-results+json")
        try:
            answer = json.loads(response.content)
        except ValueError as exc:
            raise QueryError(f"{query.name}: the endpoint did not answer SPARQL results JSON: {exc}") from exc
        if "boolean" in answer:
            return QueryResult("ask", boolean=bool(answer["boolean"]))
        try:
            columns = tuple(answer["head"]["vars"])
            rows = [tuple(_term(binding[c]) if c in binding else None for c in columns)
                    for binding in answer["results"]["bindings"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise QueryError(f"{query.name}: the endpoint's results JSON is malformed: {exc}") from exc
        return QueryResult("select", columns, rows)


def _term(value: Mapping[str, str]) -> Term:
    kind = value["type"]
    if kind == "uri":
        return ox.NamedNode(value["value"])
    if kind == "bnode":
        return ox.BlankNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in value:
            return ox.Literal(value["value"], language=value["xml:lang"])
        datatype = value.get("datatype", _XSD_STRING)
        return ox.Literal(value["value"], datatype=ox.NamedNode(datatype))
    raise ValueError(f"unknown term type {kind!r}")


# -- push ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GraphLoad:
    """One graph pushed: how many triples kg sent and how many the store holds afterwards."""

    graph: str | None
    sent: int
    stored: int


@dataclass(frozen=True)
class PushReport:
    """What :func:`push` did, graph by graph."""

    loads: tuple[GraphLoad, ...]
    replaced: bool

    @property
    def sent(self) -> int:
        return sum(load.sent for load in self.loads)

    @property
    def stored(self) -> int:
        return sum(load.stored for load in self.loads)

    @property
    def complete(self) -> bool:
        """Whether the store holds at least every triple sent (exactly them, after a replace)."""
        return all(load.stored == load.sent if self.replaced else load.stored >= load.sent for load in self.loads)


def push(path: str | Path, client: SparqlClient, *, graph: str | None = None, replace: bool = False,
         chunk: int = 50_000, progress: Callable[[str], None] | None = None) -> PushReport:
    """Load an RDF file into a remote store and count what it holds afterwards.

    Named graphs keep their names; the default graph's triples (all of them, for a triples format)
    go to ``graph`` when given, else to the store's default graph. Without ``replace`` triples are
    added to what the graphs hold; with it each graph ends up holding exactly the file's triples.

    Raises:
        StoreError: the store refused or went away (the message says which graphs were done), or a
            graph holds fewer triples afterwards than were sent.
        ExportError: the file cannot be read.
    """
    graphs = _read_graphs(Path(path), graph)
    loads: list[GraphLoad] = []
    for name, triples in graphs.items():
        done = ", ".join(str(load.graph or "default graph") for load in loads) or "none"
        try:
            stored = _load_graph(client, name, triples, replace=replace, chunk=chunk)
        except StoreError as exc:
            raise StoreError(f"{exc} (graphs finished before this one: {done}; "
                             f"{'the failed graph was left as it was' if replace else 'run again to finish'})") from exc
        loads.append(GraphLoad(name, len(triples), stored))
        if progress is not None:
            progress(f"{name or 'default graph'}: sent {len(triples)}, stored {stored}")
    report = PushReport(tuple(loads), replace)
    if not report.complete:
        short = [f"{load.graph}: {load.stored} of {load.sent}" for load in loads
                 if load.stored < load.sent or (replace and load.stored != load.sent)]
        raise StoreError(f"the store does not hold what was pushed ({'; '.join(short)}); push again, "
                         "with --replace to rewrite those graphs")
    return report


def _read_graphs(path: Path, target: str | None) -> dict[str | None, list[ox.Triple]]:
    """The file's triples by graph name, each graph's triples distinct and in a stable order."""
    if target is not None:
        ox.NamedNode(target)  # raises ValueError on a malformed IRI before anything is sent
    try:
        quads = ox.parse(path=str(path), format=RdfFormat.from_path(path).oxigraph)
        graphs: dict[str | None, dict[ox.Triple, None]] = {}
        for quad in quads:
            name = target if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            graphs.setdefault(name, {})[ox.Triple(quad.subject, quad.predicate, quad.object)] = None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ExportError(f"cannot read {path}: {exc}") from exc
    return {name: list(triples) for name, triples in graphs.items()}


def _load_graph(client: SparqlClient, graph: str | None, triples: list[ox.Triple], *, replace: bool,
                chunk: int) -> int:
    if not replace:
        _send_triples(client, graph, triples, chunk)
        return _count(client, graph)
    temporary = f"urn:kg:push:{uuid.uuid4()}"
    try:
        _send_triples(client, temporary, triples, chunk)
        held = _count(client, temporary)
        if held != len(triples):
            raise StoreError(f"the store holds {held} of the {len(triples)} triples sent for {graph}; "
                             "the graph was not replaced")
        target = "DEFAULT" if graph is None else str(ox.NamedNode(graph))
        client.update(f"MOVE SILENT {ox.NamedNode(temporary)} TO {target}")
    finally:
        try:
            client.update(f"DROP SILENT GRAPH {ox.NamedNode(temporary)}")
        except StoreError:
            pass  # the store is gone; the temporary graph is harmless and named as kg's
    return _count(client, graph)


def _send_triples(client: SparqlClient, graph: str | None, triples: Sequence[ox.Triple], chunk: int) -> None:
    # Blank nodes keep their identity only within one request, so triples with blank nodes travel together.
    with_blanks = [t for t in triples if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)]
    plain = [t for t in triples if not (isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode))]
    batches: Iterable[Sequence[ox.Triple]] = [with_blanks] if with_blanks else []
    batches = [*batches, *(plain[i:i + chunk] for i in range(0, len(plain), max(1, chunk)))]
    for batch in batches:
        data = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
        if client.endpoint.store_url:
            client.add_triples(graph, data)
        else:
            body = data.decode("utf-8")
            into = f"GRAPH {ox.NamedNode(graph)} {{\n{body}}}" if graph is not None else body
            client.update(f"INSERT DATA {{\n{into}\n}}")


def _count(client: SparqlClient, graph: str | None) -> int:
    pattern = f"GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }}" if graph is not None else "?s ?p ?o"
    response = client.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}", "application/sparql-results+json",
                            union=False)
    try:
        return int(json.loads(response.content)["results"]["bindings"][0]["n"]["value"])
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise StoreError(f"cannot read the triple count from {client.endpoint.query_url}: {exc}") from exc
