"""Updating a graph in place, with its history: add, re-ingest, retract, correct entities, SPARQL Update.

Every update is computed as a delta (the quads it removes and the quads it adds) and written with a
:class:`kg:Change` record of that delta in **one** SPARQL Update request, which both pyoxigraph and
SPARQL servers run as one transaction: a writer killed part-way leaves the store as it was, and a
reader never sees half an update. The records live in the history graph
(``<https://w3id.org/kg/history>``); each names when, who, why, the graphs it touched, the entities
and statements it touched (``kg:touches``) and its exact quads (N-Quads text), so that the history of
an entity or a fact can be listed and any two points in time compared (:meth:`GraphUpdater.diff`).

Analysts' decisions outlive re-ingestion: a retracted statement stays retracted when its article is
ingested again (if the new version still states it), and an entity correction (a QID set or changed,
two entities merged) is kept as a rule in the corrections graph (``<https://w3id.org/kg/corrections>``)
that articles added later follow too. A merge can be split again: the split reverts the merge's
delta and drops its rule.

The same :class:`GraphUpdater` works on the embedded store (:class:`LocalBackend`) and on a SPARQL
1.1 server (:class:`RemoteBackend`, through the Update protocol).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

import pyoxigraph as ox

from .errors import MappingError, StoreError
from .export import graph_nquads
from .mapping import MappedArticle, Mapper, PreparedSheet
from .models import Article, Entity, Fact, FactSheet
from .ontology import OntologyTerms

__all__ = ["Backend", "Change", "ClosedBackend", "GraphDiff", "GraphUpdater", "LocalBackend", "RemoteBackend",
           "CORRECTIONS_GRAPH", "HISTORY_GRAPH"]

HISTORY_GRAPH = "https://w3id.org/kg/history"
CORRECTIONS_GRAPH = "https://w3id.org/kg/corrections"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_PROV = "http://www.w3.org/ns/prov#"
_WD = "http://www.wikidata.org/entity/"
_QID = re.compile(r"Q[1-9][0-9]{0,11}")
_KEEP_OUT = (HISTORY_GRAPH, CORRECTIONS_GRAPH, "https://w3id.org/kg/ontology")

Term = ox.NamedNode | ox.Literal | ox.BlankNode
Row = tuple[Term | None, ...]
_T = TypeVar("_T")
_ADDING = ("add", "reingest")  # the operations that leave a batch's answers as they were (see GraphUpdater.batch)


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def _agreements_named_before(quads: Sequence[ox.Quad], old: Sequence[ox.Quad]) -> dict[str, str]:
    """For ``quads`` of one fact added to an article: each agreement IRI they mint -> the IRI of the agreement
    of the same label the article's graph already holds. A generic agreement's IRI names the parties of the
    whole sheet (see kg.mapping), which a sheet of one fact does not know."""
    agreements = {q.subject for q in old if q.predicate == _RDF_TYPE and q.object == _K.Agreement}
    added = {q.subject for q in quads if q.predicate == _RDF_TYPE and q.object == _K.Agreement}
    if not agreements or not added:
        return {}
    by_label: dict[Term, set[Term]] = {}
    for q in old:
        if q.predicate == _RDFS_LABEL and q.subject in agreements:
            by_label.setdefault(q.object, set()).add(q.subject)
    renames: dict[str, str] = {}
    for q in quads:
        known = by_label.get(q.object, set()) if q.predicate == _RDFS_LABEL and q.subject in added else set()
        if len(known) == 1 and q.subject not in known:
            renames[q.subject.value] = next(iter(known)).value
    return renames


_K = OntologyTerms(ox.NamedNode)  # kg's terms as nodes, each built once


def _lit(value: str, datatype: str | None = None) -> ox.Literal:
    return ox.Literal(value, datatype=_n(_XSD + datatype)) if datatype else ox.Literal(value)


# -- where the graph is ----------------------------------------------------------------------------

class Backend(Protocol):
    """A store that answers SELECT queries (named graphs kept apart) and runs updates as one transaction."""

    def select(self, sparql: str) -> list[Row]: ...

    def quads_of(self, graph: ox.NamedNode) -> list[ox.Quad]: ...

    def nquads_of(self, graph: ox.NamedNode) -> bytes: ...

    def update(self, sparql: str) -> None: ...

    def insert(self, quads: Sequence[ox.Quad]) -> None: ...


def _as_nquads(quads: Sequence[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if quads else b""


class LocalBackend:
    """The embedded pyoxigraph store."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def select(self, sparql: str) -> list[Row]:
        solutions = self.store.query(sparql)
        assert isinstance(solutions, ox.QuerySolutions)
        width = len(solutions.variables)
        return [tuple(solution[i] for i in range(width)) for solution in solutions]

    def quads_of(self, graph: ox.NamedNode) -> list[ox.Quad]:
        return list(self.store.quads_for_pattern(None, None, None, graph))

    def nquads_of(self, graph: ox.NamedNode) -> bytes:
        return graph_nquads(self.store, graph)

    def update(self, sparql: str) -> None:
        try:
            self.store.update(sparql)
        except (SyntaxError, OSError, RuntimeError) as exc:
            raise StoreError(f"the update failed and changed nothing: {exc}") from exc

    def insert(self, quads: Sequence[ox.Quad]) -> None:
        # One transaction, like update(), without writing and parsing the quads as SPARQL text.
        try:
            self.store.extend(quads)
        except OSError as exc:
            raise StoreError(f"the update failed and changed nothing: {exc}") from exc


class ClosedBackend:
    """What an updater holds once its graph is closed: every use says so."""

    def select(self, sparql: str) -> list[Row]:
        raise StoreError("the graph is closed; open it again with KnowledgeGraph.open(DIR)")

    def quads_of(self, graph: ox.NamedNode) -> list[ox.Quad]:
        raise StoreError("the graph is closed; open it again with KnowledgeGraph.open(DIR)")

    def nquads_of(self, graph: ox.NamedNode) -> bytes:
        raise StoreError("the graph is closed; open it again with KnowledgeGraph.open(DIR)")

    def update(self, sparql: str) -> None:
        raise StoreError("the graph is closed; open it again with KnowledgeGraph.open(DIR)")

    def insert(self, quads: Sequence[ox.Quad]) -> None:
        raise StoreError("the graph is closed; open it again with KnowledgeGraph.open(DIR)")


class RemoteBackend:
    """A SPARQL 1.1 server, through its query and update endpoints."""

    def __init__(self, client: object) -> None:
        from .remote import SparqlClient

        assert isinstance(client, SparqlClient)
        self.client = client

    def quads_of(self, graph: ox.NamedNode) -> list[ox.Quad]:
        rows = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        return [ox.Quad(s, p, o, graph) for s, p, o in rows]  # type: ignore[arg-type]

    def nquads_of(self, graph: ox.NamedNode) -> bytes:
        return _as_nquads(self.quads_of(graph))

    def select(self, sparql: str) -> list[Row]:
        from .remote import _term

        response = self.client.query(sparql, "application/sparql-results+json", union=False)
        try:
            answer = json.loads(response.content)
            columns = answer["head"]["vars"]
            return [tuple(_term(b[c]) if c in b else None for c in columns) for b in answer["results"]["bindings"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{self.client.endpoint.query_url} answered malformed results: {exc}") from exc

    def update(self, sparql: str) -> None:
        self.client.update(sparql)

    def insert(self, quads: Sequence[ox.Quad]) -> None:
        self.update(f"INSERT DATA {{\n{_block(quads)}\n}}")


# -- what changed ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    """One recorded update: when, who, why, and the quads it removed and added."""

    iri: str
    sequence: int
    time: str
    operation: str
    by: str
    reason: str
    graphs: tuple[str, ...]
    removed: tuple[ox.Quad, ...]
    added: tuple[ox.Quad, ...]
    sparql: str | None = None

    def summary(self) -> str:
        """One line: ``#3 2026-11-28T10:00:00Z retract by ana: "wrong date" (-1 +7 quads)``."""
        why = f': "{self.reason}"' if self.reason else ""
        return (f"#{self.sequence} {self.time} {self.operation} by {self.by}{why} "
                f"(-{len(self.removed)} +{len(self.added)} quads)")


@dataclass(frozen=True)
class GraphDiff:
    """The net difference between two points in a store's history."""

    since: str
    until: str
    changes: tuple[Change, ...]
    removed: tuple[ox.Quad, ...]
    added: tuple[ox.Quad, ...]

    def patch(self) -> str:
        """The difference as RDF Patch (``D`` lines, then ``A`` lines), which Apache Jena applies."""
        lines = [f"H id <urn:kg:diff:{self.since}..{self.until}> ."]
        lines += [f"D {q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in self.removed]
        lines += [f"A {q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in self.added]
        return "\n".join(lines) + "\n"


def _sorted(quads: Iterable[ox.Quad]) -> tuple[ox.Quad, ...]:
    return tuple(sorted(quads, key=str))


def _block(quads: Sequence[ox.Quad]) -> str:
    by_graph: dict[str, list[str]] = {}
    for quad in quads:
        by_graph.setdefault(str(quad.graph_name), []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    return "\n".join(f"GRAPH {graph} {{\n" + "\n".join(lines) + "\n}" for graph, lines in by_graph.items())


def _nquads(quads: Sequence[ox.Quad]) -> str:
    return _as_nquads(quads).decode("utf-8")


def _lines_of(text: str, suffix: bytes) -> list[bytes]:
    """The lines of N-Quads ``text`` that end with ``suffix`` (a graph's name and the final dot)."""
    data = text.encode("utf-8")
    lines = data.splitlines()
    # Literals hold no raw line break, so each suffix before one ends a line: all lines may end so.
    if (data + b"\n").count(suffix + b"\n") == len(lines):
        return lines
    return [line for line in lines if line.endswith(suffix)]


def _parse_lines(lines: Sequence[bytes]) -> list[ox.Quad]:
    return list(ox.parse(b"\n".join(lines), ox.RdfFormat.N_QUADS)) if lines else []


def _parse_nquads(text: str) -> tuple[ox.Quad, ...]:
    return tuple(ox.parse(text.encode("utf-8"), ox.RdfFormat.N_QUADS)) if text else ()


# -- the updater -----------------------------------------------------------------------------------

class GraphUpdater:
    """Add, re-ingest, retract and correct, each as one recorded transaction on ``backend``."""

    def __init__(self, backend: Backend, mapper: Mapper, *, history: bool = True,
                 clock: Callable[[], _dt.datetime] | None = None) -> None:
        self.backend = backend
        self.mapper = mapper
        self.record_history = history
        self.clock = clock or (lambda: _dt.datetime.now(_dt.timezone.utc))
        self.base = mapper.settings.base_iri
        self._batch: dict[str, object] | None = None

    @classmethod
    def for_endpoint(cls, client: object, *, settings: object | None = None, history: bool = True) -> GraphUpdater:
        """An updater for a SPARQL 1.1 server reached through ``client`` (a :class:`kg.SparqlClient`)."""
        from .ontology import load_ontology
        from .settings import Settings

        assert settings is None or isinstance(settings, Settings)
        return cls(RemoteBackend(client), Mapper(load_ontology(), settings or Settings()), history=history)

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Within the block, answers that adding articles does not change are read once, not per article.

        They are the last sequence number of the history, whether a write went unrecorded, the entity
        corrections, the graphs with retracted statements and (once :meth:`content_hashes` has read them)
        the articles' content hashes: about 3 ms an article on a store of a million quads. Any other kind
        of change made in the block reads them again. Only the embedded store batches: one process at a
        time can write it, while a server may have other writers.
        """
        if self._batch is not None or not isinstance(self.backend, LocalBackend):
            yield
            return
        self._batch = {}
        try:
            yield
        finally:
            self._batch = None

    def _read_once(self, name: str, read: Callable[[], _T]) -> _T:
        """``read()``, kept for the rest of a :meth:`batch`."""
        if self._batch is None:
            return read()
        if name not in self._batch:
            self._batch[name] = read()
        return self._batch[name]  # type: ignore[return-value]

    # -- reading --------------------------------------------------------------------------------

    def graph_quads(self, graph: ox.NamedNode) -> list[ox.Quad]:
        """The quads of one named graph."""
        return self.backend.quads_of(graph)

    def _quads_mentioning(self, iri: ox.NamedNode, graph: ox.NamedNode | None) -> list[ox.Quad]:
        """Quads of the article graphs (or of ``graph``) whose subject or object is ``iri``."""
        where = f"VALUES ?g {{ {graph} }}" if graph is not None else (
            "FILTER(?g NOT IN (" + ", ".join(str(_n(g)) for g in _KEEP_OUT) + "))")
        rows = self.backend.select(
            f"SELECT ?s ?p ?o ?g WHERE {{ {{ GRAPH ?g {{ {iri} ?p ?o }} BIND({iri} AS ?s) }} UNION "
            f"{{ GRAPH ?g {{ ?s ?p {iri} }} BIND({iri} AS ?o) }} {where} }}")
        return list(dict.fromkeys(ox.Quad(s, p, o, g) for s, p, o, g in rows))  # type: ignore[arg-type]

    def _exists(self, quads: Iterable[ox.Quad]) -> set[ox.Quad]:
        """Those of ``quads`` the store holds."""
        present: set[ox.Quad] = set()
        by_graph: dict[ox.NamedNode, list[ox.Quad]] = {}
        for quad in quads:
            by_graph.setdefault(quad.graph_name, []).append(quad)  # type: ignore[arg-type]
        for graph, group in by_graph.items():
            subjects = " ".join(sorted({str(q.subject) for q in group}))
            rows = self.backend.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} VALUES ?s {{ {subjects} }} }}")
            held = {ox.Quad(s, p, o, graph) for s, p, o in rows}  # type: ignore[arg-type]
            present |= held & set(group)
        return present

    # -- writing --------------------------------------------------------------------------------

    def _commit(self, operation: str, removed: Sequence[ox.Quad], added: Sequence[ox.Quad], *, by: str,
                reason: str, extra: Sequence[ox.Quad] = (), sparql: str | None = None,
                change_iri: ox.NamedNode | None = None) -> Change | None:
        """Write the delta and its Change record in one update; ``None`` when there is nothing to do."""
        removed, added = _sorted(set(removed)), _sorted(set(added) - set(removed))
        if not removed and not added and not extra and sparql is None:
            return None
        change = None
        record: list[ox.Quad] = []
        bookkeeping: list[ox.Quad] = []
        if self.record_history:
            change, record, bookkeeping = self._record(operation, removed, added, by=by, reason=reason,
                                                       sparql=sparql, iri=change_iri)
        else:
            record = self._unrecorded_mark()
        if not removed and sparql is None:
            # Nothing to remove (an article added): one insertion, then the old sequence counter goes. A
            # writer stopped between the two leaves two counters, and the larger is the one read.
            self.backend.insert([*added, *extra, *record])
            self._keep_batch(operation, change)
            if bookkeeping:
                with contextlib.suppress(StoreError):  # the change is written; the next one drops the counter
                    self.backend.update(f"DELETE DATA {{\n{_block(bookkeeping)}\n}}")
            return change
        parts = []
        if sparql is not None:
            parts.append(sparql.rstrip().rstrip(";"))
        if removed or bookkeeping:
            parts.append(f"DELETE DATA {{\n{_block([*removed, *bookkeeping])}\n}}")
        if added or record or extra:
            parts.append(f"INSERT DATA {{\n{_block([*added, *extra, *record])}\n}}")
        # Each part on its own lines: a comment ending the user's update cannot swallow the separator.
        self.backend.update("\n;\n".join(parts))
        self._keep_batch(operation, change)
        return change

    def _keep_batch(self, operation: str, change: Change | None) -> None:
        """After a write in a :meth:`batch`: the new last sequence, or every answer to be read again."""
        if self._batch is None:
            return
        if operation in _ADDING and change is not None:
            self._batch["last_sequence"] = change.sequence
        else:
            self._batch.clear()

    def _record(self, operation: str, removed: Sequence[ox.Quad], added: Sequence[ox.Quad], *, by: str,
                reason: str, sparql: str | None,
                iri: ox.NamedNode | None) -> tuple[Change, list[ox.Quad], list[ox.Quad]]:
        """The change, the quads that record it (with the new last sequence), and the old last sequence to delete."""
        history = _n(HISTORY_GRAPH)
        known = self._batch.get("last_sequence") if self._batch is not None else None
        if isinstance(known, int):  # this batch wrote it
            counter: list[Row] = [(_lit(str(known), "integer"),)]
        else:
            counter = self.backend.select(f"SELECT ?n WHERE {{ GRAPH {history} {{ {history} {_K.lastSequence} ?n }} }}")
        stale = [ox.Quad(history, _K.lastSequence, row[0], history) for row in counter
                 if isinstance(row[0], ox.Literal)]
        if not stale:  # a history written before kg kept the counter: read the records once
            counter = self.backend.select(f"SELECT (MAX(?n) AS ?last) WHERE {{ GRAPH {history} "
                                          f"{{ ?c {_K.sequence} ?n }} }}")
        last = max((int(row[0].value) for row in counter if isinstance(row[0], ox.Literal)), default=0)
        sequence = last + 1
        stamp = self.clock().astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        removed_text, added_text = _nquads(removed), _nquads(added)
        digest = hashlib.sha256(f"{sequence}\x1f{stamp}\x1f{by}\x1f{removed_text}\x1f{added_text}\x1f{sparql}"
                                .encode()).hexdigest()[:16]
        node = iri or _n(f"{self.base}id/change/{sequence:08d}-{digest}")
        graphs = sorted({q.graph_name.value for q in (*removed, *added)})  # type: ignore[union-attr]
        touched = sorted({t.value for q in (*removed, *added) for t in (q.subject, q.object)
                          if isinstance(t, ox.NamedNode)} - set(graphs))
        record = [
            ox.Quad(node, _RDF_TYPE, _K.Change, history),
            ox.Quad(node, _K.sequence, _lit(str(sequence), "integer"), history),
            ox.Quad(node, _n(_PROV + "startedAtTime"), _lit(stamp, "dateTime"), history),
            ox.Quad(node, _K.operation, _lit(operation), history),
            ox.Quad(node, _K.changedBy, _lit(by), history),
        ]
        if reason:
            record.append(ox.Quad(node, _K.reason, _lit(reason), history))
        if sparql is not None:
            record.append(ox.Quad(node, _K.sparqlUpdate, _lit(sparql), history))
        if removed_text:
            record.append(ox.Quad(node, _K.removedQuads, _lit(removed_text), history))
        if added_text:
            record.append(ox.Quad(node, _K.addedQuads, _lit(added_text), history))
        record += [ox.Quad(node, _K.affectedGraph, _n(g), history) for g in graphs]
        record += [ox.Quad(node, _K.touches, _n(t), history) for t in touched if _interesting(t)]
        record.append(ox.Quad(history, _K.lastSequence, _lit(str(sequence), "integer"), history))
        change = Change(node.value, sequence, stamp, operation, by, reason, tuple(graphs), tuple(removed),
                        tuple(added), sparql)
        return change, record, stale

    def _unrecorded_mark(self) -> list[ox.Quad]:
        """The quad that tells later readers of a store's history that a write went unrecorded (none without a history)."""
        history = _n(HISTORY_GRAPH)
        rows = self.backend.select(f"SELECT ?c WHERE {{ GRAPH {history} {{ ?c ?p ?o }} }} LIMIT 1")
        return [ox.Quad(history, _K.unrecordedChanges, _lit("true", "boolean"), history)] if rows else []

    # -- adding and re-ingesting ----------------------------------------------------------------

    def add_sheet(self, sheet: FactSheet, *, by: str = "kg", reason: str = "") -> tuple[str, MappedArticle, Change | None]:
        """Add an article, or re-ingest it: its named graph ends up holding the new version's quads.

        Returns ``(status, mapped, change)`` with status ``added``, ``replaced`` or ``unchanged`` (the
        content hash is the same: nothing is written). Statements the user retracted stay retracted
        if the new version still states them; entity corrections are applied.
        """
        mapped = self.mapper.map_sheet(sheet)
        # The hash alone first: an unchanged article (the common case of a daily re-run) reads nothing more.
        if self.stored_hash(mapped.graph) == [mapped.content_hash]:
            return "unchanged", mapped, None
        lines = self._recorded_lines(mapped.graph)
        old = _parse_lines(list(lines)) if lines is not None else self.graph_quads(mapped.graph)
        new = self._corrected(mapped.quads, mapped.graph)
        new = _carry_retractions(old, new)
        old_set, new_set = set(old), set(new)
        change = self._commit("reingest" if old else "add", [q for q in old if q not in new_set],
                              [q for q in new if q not in old_set], by=by, reason=reason)
        self._note_hash(mapped.graph, mapped.content_hash)
        return ("replaced" if old else "added"), mapped, change

    def add_prepared(self, prepared: PreparedSheet, sheet: Callable[[], FactSheet], *, by: str = "kg",
                     reason: str = "") -> tuple[str, Change | None]:
        """:meth:`add_sheet` for a sheet mapped in another process; returns ``(status, change)``.

        The delta is found on N-Quads lines, so that neither version of the graph becomes a Python
        object per quad; only what changed is parsed. A graph with entity corrections, or an old
        version with retracted statements, needs the sheet mapped here: ``sheet`` gives it then.
        """
        graph = _n(prepared.graph)
        if self.stored_hash(graph) == [prepared.content_hash]:
            return "unchanged", None
        if self.corrections(graph) or self._has_retractions(graph):
            status, _, change = self.add_sheet(sheet(), by=by, reason=reason)
            return status, change
        old = self._recorded_lines(graph)
        if old is None:
            old = set(self.backend.nquads_of(graph).splitlines())
        new = set(prepared.nquads.splitlines())
        removed = set(_parse_lines(sorted(old - new)))
        added = set(_parse_lines(sorted(new - old)))
        # The same quad written two ways (a history kept by another pyoxigraph) is neither removed nor added.
        same = removed & added
        change = self._commit("reingest" if old else "add", list(removed - same), list(added - same), by=by,
                              reason=reason)
        self._note_hash(graph, prepared.content_hash)
        return ("replaced" if old else "added"), change

    def _has_retractions(self, graph: ox.NamedNode) -> bool:
        if self._batch is None:
            return bool(self.backend.select(f"SELECT ?s WHERE {{ GRAPH {graph} {{ ?s {_K.retracted} ?o }} }} LIMIT 1"))
        return graph.value in self._read_once("retracting", lambda: {row[0].value for row in self.backend.select(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s {_K.retracted} ?o }} }}") if row[0] is not None})

    def _recorded_lines(self, graph: ox.NamedNode) -> set[bytes] | None:
        """``graph``'s N-Quads lines as its recorded changes leave it; ``None`` where the record cannot be trusted.

        Reading a graph back from the embedded store costs a RocksDB lookup per term (about 20 ms for
        an article of 1,300 quads); replaying the changes the history recorded for it costs a read of
        each change's text. The record is trusted only for the embedded store (which only kg writes),
        when no write went unrecorded (history off, or a SPARQL Update, whose delta is not computed,
        run after the graph's first recorded change) and when it counts as many quads as the store holds:
        a graph whose first quads were not recorded, or that was written behind kg's back, fails that
        count (unless the writes left as many quads as there were; the count is the check that costs
        least, about 1.4 ms for an article of 1,300 quads).
        """
        if not self.record_history or not isinstance(self.backend, LocalBackend):
            return None
        history = _n(HISTORY_GRAPH)
        changes = self.backend.select(
            f"SELECT ?n ?removed ?added WHERE {{ GRAPH {history} {{ ?c {_K.affectedGraph} {graph} ; "
            f"{_K.sequence} ?n . OPTIONAL {{ ?c {_K.removedQuads} ?removed }} "
            f"OPTIONAL {{ ?c {_K.addedQuads} ?added }} }} }}")
        changes.sort(key=lambda row: int(row[0].value))  # type: ignore[union-attr]
        first = int(changes[0][0].value) if changes else None  # type: ignore[union-attr]
        unrecorded = self._read_once("unrecorded", lambda: self.backend.select(
            f"SELECT ?n WHERE {{ GRAPH {history} {{ {{ {history} {_K.unrecordedChanges} ?n }} UNION "
            f"{{ ?c {_K.operation} \"update\" ; {_K.sequence} ?n }} }} }}"))
        for (n,) in unrecorded:
            if not (isinstance(n, ox.Literal) and n.datatype == _n(_XSD + "integer")) or (
                    first is not None and int(n.value) > first):
                return None
        lines: set[bytes] = set()
        suffix = f" {graph} .".encode()
        for _, removed, added in changes:
            if removed is not None:
                lines.difference_update(_lines_of(removed.value, suffix))
            if added is not None:
                lines.update(_lines_of(added.value, suffix))
        count = self.backend.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        held = count[0][0] if count and count[0] else None
        return lines if isinstance(held, ox.Literal) and int(held.value) == len(lines) else None

    def content_hashes(self) -> dict[str, str]:
        """The content hash of each article graph, by graph IRI (one query: hashes are short)."""
        return {graph: hashes[-1] for graph, hashes in self._read_once("hashes", self._all_hashes).items()}

    def _all_hashes(self) -> dict[str, list[str]]:
        rows = self.backend.select(f"SELECT ?g ?hash WHERE {{ GRAPH ?g {{ ?s {_K.contentHash} ?hash }} }}")
        hashes: dict[str, list[str]] = {}
        for graph, content_hash in rows:
            if graph is not None and content_hash is not None:
                hashes.setdefault(graph.value, []).append(content_hash.value)
        return hashes

    def _note_hash(self, graph: ox.NamedNode, content_hash: str) -> None:
        """Keep a batch's hashes in step with an article this updater has just written."""
        if self._batch is not None and "hashes" in self._batch:
            self._batch["hashes"][graph.value] = [content_hash]  # type: ignore[index]

    @functools.cached_property
    def _relation_names(self) -> dict[tuple[str, str | None], str]:
        """Each fact-sheet relation by the statement's relation IRI and role, as the ontology maps them."""
        return {(spec.iri, spec.role): name for name, spec in self.mapper.ontology.relations.items()}

    def relation_counts(self, graph: ox.NamedNode) -> dict[str, int]:
        """The statements of one article graph, counted by fact-sheet relation."""
        names = self._relation_names
        # Grouped in the store: each value read back from RocksDB costs a lookup, so read one per group.
        rows = self.backend.select(f"SELECT ?r ?role (COUNT(?s) AS ?n) WHERE {{ GRAPH {graph} {{ ?s {_K.relation} "
                                   f"?r OPTIONAL {{ ?s {_K.role} ?role }} }} }} GROUP BY ?r ?role")
        counts: dict[str, int] = {}
        for relation, role, number in rows:
            name = names.get((relation.value if relation else "", role.value if role else None))
            if name is not None and isinstance(number, ox.Literal):
                counts[name] = counts.get(name, 0) + int(number.value)
        return counts

    def stored_hash(self, graph: ox.NamedNode) -> list[str]:
        """The content hash ``graph``'s article has in the store (none if it is not there)."""
        # A batch knows the graphs that were there when it read the hashes and those this updater wrote
        # since; one added another way (KnowledgeGraph's fast path) is asked for.
        known = self._batch.get("hashes") if self._batch is not None else None
        if isinstance(known, dict) and graph.value in known:
            return list(known[graph.value])
        stored = self.backend.select(f"SELECT ?hash WHERE {{ GRAPH {graph} {{ ?s {_K.contentHash} ?hash }} }}")
        return [row[0].value for row in stored if row[0] is not None]

    def _corrected(self, quads: Sequence[ox.Quad], graph: ox.NamedNode,
                   renamed_first: dict[str, str] | None = None) -> list[ox.Quad]:
        """``quads`` with ``renamed_first`` (IRI -> IRI) and then every entity correction that applies to
        ``graph`` followed."""
        renames = {**(renamed_first or {}), **self.corrections(graph)}
        if not renames:
            return list(quads)

        def follow(term: Term) -> Term:
            seen = set()
            while isinstance(term, ox.NamedNode) and term.value in renames and term.value not in seen:
                seen.add(term.value)
                term = _n(renames[term.value])
            return term

        return list(dict.fromkeys(ox.Quad(follow(q.subject), q.predicate, follow(q.object), q.graph_name)  # type: ignore[arg-type]
                                  for q in quads))

    def corrections(self, graph: ox.NamedNode | None = None) -> dict[str, str]:
        """The entity corrections in force (for ``graph``, or those without scope): old IRI -> new IRI."""
        rows = self._read_once("corrections", lambda: self.backend.select(
            f"SELECT ?from ?to ?scope WHERE {{ GRAPH {_n(CORRECTIONS_GRAPH)} {{ ?c {_K.correctedEntity} ?from ; "
            f"{_K.correctedTo} ?to . OPTIONAL {{ ?c {_K.correctionScope} ?scope }} }} }}"))
        return {f.value: t.value for f, t, scope in rows  # type: ignore[union-attr]
                if scope is None or (graph is not None and scope == graph)}

    def add_fact(self, fact: Fact, *, article: Article | str, entities: Iterable[Entity], by: str = "user",
                 reason: str = "") -> str:
        """Add one fact to an article's graph (made if needed); returns its statement IRI.

        Raises:
            MappingError: the fact is ill-typed or names an entity not given.
        """
        article = article if isinstance(article, Article) else Article(id=article)
        sheet = FactSheet(article=article, entities=tuple(entities), facts=(fact,), method="manual")
        mapped = self.mapper.map_sheet(sheet)
        errors = [i for i in mapped.issues if i.severity == "error"]
        if errors or not mapped.statements:
            raise MappingError("; ".join(str(e) for e in errors) or "the fact produced no statement")
        old = self.graph_quads(mapped.graph)
        quads = self._corrected(mapped.quads, mapped.graph, _agreements_named_before(mapped.quads, old))
        if old:
            # Keep the article's own provenance: add only the statement and entity quads.
            article_node = self.mapper.article_iri(article.id)
            skip = (self.base + "id/activity/", self.base + "id/agent/")
            quads = [q for q in quads if q.subject not in (article_node, mapped.graph)
                     and not q.subject.value.startswith(skip)]  # type: ignore[union-attr]
        statement = next(q.subject for q in mapped.quads if q.predicate == _K.relation)
        known = set(old)
        self._commit("add-fact", [], [q for q in quads if q not in known], by=by, reason=reason)
        return statement.value  # type: ignore[union-attr]

    # -- retracting -----------------------------------------------------------------------------

    def retract(self, statement: str, *, reason: str, by: str = "user",
                at: _dt.datetime | None = None) -> Change | None:
        """Retract a statement: its plain triple goes, a :class:`kg:Retraction` records who, when, why.

        Raises:
            StoreError: no such statement.
        """
        node = _n(statement)
        rows = self.backend.select(f"SELECT ?g WHERE {{ GRAPH ?g {{ {node} {_K.relation} ?r }} }}")
        if not rows:
            raise StoreError(f"no statement <{statement}> in the graph; 'kg query articles/facts -p article=ID' "
                             "lists an article's statements")
        quads = [q for (g,) in rows for q in self.graph_quads(g)]  # type: ignore[arg-type]
        removed, added = _retraction(quads, [node], reason=reason, by=by, at=at or self.clock(), base=self.base)
        return self._commit("retract", removed, added, by=by, reason=reason)

    def retract_article(self, article_id: str, *, reason: str, by: str = "user",
                        at: _dt.datetime | None = None) -> Change | None:
        """Retract every statement of an article (its graph stays, for history).

        Raises:
            StoreError: the store has no such article.
        """
        graph = self.mapper.graph_iri(article_id)
        quads = self.graph_quads(graph)
        if not quads:
            raise StoreError(f"no article {article_id!r} in the graph; 'kg info' lists the articles")
        statements = sorted({q.subject for q in quads if q.predicate == _K.relation}, key=str)
        removed, added = _retraction(quads, statements, reason=reason, by=by, at=at or self.clock(), base=self.base)
        return self._commit("retract-article", removed, added, by=by, reason=reason)

    # -- correcting entities --------------------------------------------------------------------

    def set_qid(self, entity: str, qid: str, *, article: str | None = None, by: str = "user",
                reason: str = "") -> Change | None:
        """Give an entity its Wikidata item (or another one): every fact follows.

        ``article`` limits the correction to one article's graph (a name linked wrongly there only).

        Raises:
            StoreError: ``qid`` is not a QID, or the entity is not in the graph.
        """
        if not _QID.fullmatch(qid):
            raise StoreError(f"{qid!r} is not a Wikidata item id such as Q7184")
        return self._rename(entity, _WD + qid, "set-qid", article=article, by=by, reason=reason)

    def merge(self, keep: str, drop: str, *, by: str = "user", reason: str = "") -> Change | None:
        """Make ``drop`` the same entity as ``keep``: ``drop``'s facts become ``keep``'s.

        The merge is recorded as a correction that :meth:`split` can undo.
        """
        return self._rename(drop, keep, "merge", article=None, by=by, reason=reason)

    def _rename(self, old: str, new: str, operation: str, *, article: str | None, by: str,
                reason: str) -> Change | None:
        source, target = _n(old), _n(new)
        if source == target:
            return None
        graph = self.mapper.graph_iri(article) if article is not None else None
        found = self._quads_mentioning(source, graph)
        if not found:
            where = f" in article {article!r}" if article else ""
            raise StoreError(f"no entity <{old}>{where}; 'kg query quality/unlinked' lists entities without a QID")

        def swap(term: Term) -> Term:
            return target if term == source else term

        renamed = [ox.Quad(swap(q.subject), q.predicate, swap(q.object), q.graph_name) for q in found]  # type: ignore[arg-type]
        present = self._exists(renamed)
        stamp = self.clock().astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        key = hashlib.sha256(f"{old}\x1f{new}\x1f{article}\x1f{stamp}".encode()).hexdigest()[:16]
        correction = _n(f"{self.base}id/correction/{key}")
        change_iri = _n(f"{self.base}id/change/{key}")
        rules = _n(CORRECTIONS_GRAPH)
        rule = [
            ox.Quad(correction, _RDF_TYPE, _K.EntityCorrection, rules),
            ox.Quad(correction, _K.correctedEntity, source, rules),
            ox.Quad(correction, _K.correctedTo, target, rules),
            ox.Quad(correction, _K.changedBy, _lit(by), rules),
            ox.Quad(correction, _n(_PROV + "generatedAtTime"), _lit(stamp, "dateTime"), rules),
            ox.Quad(correction, _K.madeBy, change_iri, rules),
        ]
        if reason:
            rule.append(ox.Quad(correction, _K.reason, _lit(reason), rules))
        if graph is not None:
            rule.append(ox.Quad(correction, _K.correctionScope, graph, rules))
        return self._commit(operation, found, [q for q in renamed if q not in present], by=by, reason=reason,
                            extra=rule, change_iri=change_iri)

    def split(self, correction: str, *, by: str = "user", reason: str = "") -> Change | None:
        """Undo a merge (or any entity correction): revert its change and drop its rule.

        Quads that later changes removed stay removed; the entity's facts go back to their old IRI.

        Raises:
            StoreError: no such correction, or its change was not recorded.
        """
        node = _n(correction)
        rows = self.backend.select(f"SELECT ?p ?o WHERE {{ GRAPH {_n(CORRECTIONS_GRAPH)} {{ {node} ?p ?o }} }}")
        if not rows:
            raise StoreError(f"no correction <{correction}>; 'kg history ENTITY' lists an entity's corrections")
        made_by = next((o for p, o in rows if p == _K.madeBy), None)
        change = self.change(made_by.value) if isinstance(made_by, ox.NamedNode) else None
        if change is None:
            raise StoreError(f"the change that made <{correction}> is not in the history; it cannot be split")
        rule = [ox.Quad(node, p, o, _n(CORRECTIONS_GRAPH)) for p, o in rows]  # type: ignore[arg-type]
        still = self._exists(change.added)
        return self._commit("split", [*still, *rule], list(change.removed), by=by, reason=reason)

    # -- SPARQL Update --------------------------------------------------------------------------

    def run_update(self, sparql: str, *, by: str = "user", reason: str = "") -> Change | None:
        """Run a SPARQL Update, recorded in the history with its text (its delta is not computed).

        Raises:
            StoreError: the update is malformed or fails; nothing is changed.
        """
        return self._commit("update", [], [], by=by, reason=reason, sparql=sparql)

    # -- history --------------------------------------------------------------------------------

    def change(self, iri: str) -> Change | None:
        """The recorded change ``iri``."""
        found = self._changes(f"VALUES ?c {{ {_n(iri)} }}")
        return found[0] if found else None

    def history(self, iri: str) -> list[Change]:
        """The changes that touched an entity, a statement or an article's graph, oldest first."""
        node = _n(iri)
        return self._changes(f"{{ ?c {_K.touches} {node} }} UNION {{ ?c {_K.affectedGraph} {node} }}")

    def diff(self, since: str, until: str | None = None) -> GraphDiff:
        """The net difference the recorded changes made after ``since`` and up to ``until`` (ISO times)."""
        since_t, until_t = _instant(since), _instant(until) if until else "9999-12-31T23:59:59Z"
        changes = [c for c in self._changes("") if since_t < c.time <= until_t]
        added: dict[ox.Quad, None] = {}
        removed: dict[ox.Quad, None] = {}
        for change in changes:
            for quad in change.removed:
                if added.pop(quad, False) is False:
                    removed[quad] = None
            for quad in change.added:
                if removed.pop(quad, False) is False:
                    added[quad] = None
        return GraphDiff(since_t, until_t, tuple(changes), _sorted(removed), _sorted(added))

    def _changes(self, pattern: str) -> list[Change]:
        p = {name: getattr(_K, name) for name in ("sequence", "operation", "changedBy", "reason",
                                                       "addedQuads", "removedQuads", "sparqlUpdate")}
        rows = self.backend.select(
            f"SELECT ?c ?n ?t ?op ?by ?why ?add ?del ?sparql WHERE {{ GRAPH {_n(HISTORY_GRAPH)} {{ {pattern} "
            f"?c {p['sequence']} ?n ; {_n(_PROV + 'startedAtTime')} ?t ; {p['operation']} ?op ; "
            f"{p['changedBy']} ?by . OPTIONAL {{ ?c {p['reason']} ?why }} OPTIONAL {{ ?c {p['addedQuads']} ?add }} "
            f"OPTIONAL {{ ?c {p['removedQuads']} ?del }} OPTIONAL {{ ?c {p['sparqlUpdate']} ?sparql }} }} }}")
        changes = []
        for c, n, t, op, by, why, add, delete, sparql in rows:
            removed, added = _parse_nquads(delete.value if delete else ""), _parse_nquads(add.value if add else "")
            graphs = sorted({q.graph_name.value for q in (*removed, *added)})  # type: ignore[union-attr]
            changes.append(Change(c.value, int(n.value), t.value, op.value, by.value,  # type: ignore[union-attr]
                                  why.value if why else "", tuple(graphs), removed, added,
                                  sparql.value if sparql else None))
        return sorted(changes, key=lambda change: (change.sequence, change.time, change.iri))


def _interesting(iri: str) -> bool:
    """Entities and statements, not vocabulary: what a history is asked about."""
    return not iri.startswith(("https://w3id.org/kg/ontology#", "https://w3id.org/kg/role/",
                               "http://www.w3.org/"))


def _instant(text: str) -> str:
    """An ISO date or date-time as ``YYYY-MM-DDTHH:MM:SSZ`` (UTC), for comparing with change times."""
    try:
        moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise StoreError(f"{text!r} is not an ISO date or time such as 2026-11-28 or 2026-11-28T10:00:00Z") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return moment.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _plain_triples(quads: Sequence[ox.Quad], statement: ox.NamedNode) -> list[ox.Quad]:
    """The plain triples ``statement`` supports in its graph that no other live asserted statement supports."""
    own = [q for q in quads if q.subject == statement]
    relation = next((q.object for q in own if q.predicate == _K.relation), None)
    subject = next((q.object for q in own if q.predicate == _K.subject), None)
    objects = [q.object for q in own if q.predicate in (_K.object, _K.objectValue)]
    if not isinstance(relation, ox.NamedNode) or subject is None or not objects:
        return []
    graph = own[0].graph_name
    plain = ox.Quad(subject, relation, objects[0], graph)  # type: ignore[arg-type]
    if plain not in quads:  # one test: a list scan costs less than building a set
        return []
    by_subject: dict[object, set[tuple[object, object]]] = {}
    for q in quads:
        by_subject.setdefault(q.subject, set()).add((q.predicate, q.object))
    for other, facts in by_subject.items():
        if other == statement or (_K.relation, relation) not in facts:
            continue
        live = (_K.modality, _K.Asserted) in facts and not any(p == _K.retracted for p, _ in facts)
        if live and (_K.subject, subject) in facts and (
                (_K.object, objects[0]) in facts or (_K.objectValue, objects[0]) in facts):
            return []
    return [plain]


def _retraction(quads: Sequence[ox.Quad], statements: Sequence[ox.NamedNode], *, reason: str, by: str,
                at: _dt.datetime, base: str) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """The quads to remove and add to retract ``statements`` (already retracted ones are left alone)."""
    stamp = at.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    retracted = {q.subject for q in quads if q.predicate == _K.retracted}
    removed: list[ox.Quad] = []
    added: list[ox.Quad] = []
    live = list(quads)
    for statement in statements:
        if statement in retracted:
            continue
        graph = next(q.graph_name for q in quads if q.subject == statement)
        plain = _plain_triples(live, statement)
        removed += plain
        live = [q for q in live if q not in plain]
        digest = hashlib.sha256(f"{statement.value}\x1f{stamp}\x1f{by}".encode()).hexdigest()[:24]
        node = _n(f"{base}id/retraction/{digest}")
        marks = [
            ox.Quad(statement, _K.retracted, _lit("true", "boolean"), graph),
            ox.Quad(statement, _n(_PROV + "wasInvalidatedBy"), node, graph),
            ox.Quad(node, _RDF_TYPE, _K.Retraction, graph),
            ox.Quad(node, _K.reason, _lit(reason), graph),
            ox.Quad(node, _n(_PROV + "atTime"), _lit(stamp, "dateTime"), graph),
            ox.Quad(node, _K.retractedBy, _lit(by), graph),
        ]
        added += marks
        live += marks
    return removed, added


def _carry_retractions(old: Sequence[ox.Quad], new: list[ox.Quad]) -> list[ox.Quad]:
    """``new`` with the retractions of ``old`` re-applied to the statements ``new`` still has."""
    retracted_term = _K.retracted
    retracted = {q.subject for q in old if q.predicate == retracted_term}
    if not retracted:
        return new
    kept = {q.subject for q in new} & retracted
    if not kept:
        return new
    invalidations = {q.object for q in old if q.subject in kept and q.predicate == _n(_PROV + "wasInvalidatedBy")}
    marks = [q for q in old if (q.subject in kept and q.predicate in (_K.retracted, _n(_PROV + "wasInvalidatedBy")))
             or q.subject in invalidations]
    result = list(new)
    for statement in sorted(kept, key=str):
        plain = _plain_triples([*result, *marks], statement)
        result = [q for q in result if q not in plain]
    return list(dict.fromkeys([*result, *marks]))
