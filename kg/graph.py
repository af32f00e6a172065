"""The knowledge graph and its store: embedded pyoxigraph, in memory or on disk.

Each article's facts live in a named graph of their own; adding an article again replaces that
graph in one transaction (or does nothing when its content is unchanged). The ontology is kept in
a named graph of its own (``<https://w3id.org/kg/ontology>``) so that queries can follow its
alignments (``?p rdfs:subPropertyOf wdt:P463``).
"""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Union

import pyoxigraph as ox

from ._vocab import KG
from .errors import QueryError, StoreError
from .export import RdfFormat, export_store

if TYPE_CHECKING:
    from .engines import QueryResult
    from .linking.gazetteer import Gazetteer
    from .queries import QueryCatalog
from .linking.reference import Contradiction
from .mapping import Issue, Mapper, PreparedSheet
from .models import Article, Entity, Fact, FactSheet
from .ontology import ONTOLOGY_IRI, Ontology, load_ontology
from .resources import ontology_path
from .settings import Settings
from .updates import (
    CORRECTIONS_GRAPH,
    HISTORY_GRAPH,
    Change,
    ClosedBackend,
    GraphDiff,
    GraphUpdater,
    LocalBackend,
)

__all__ = ["AddResult", "KnowledgeGraph"]

Term = Union[ox.NamedNode, ox.Literal, ox.BlankNode]
XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class AddResult:
    """What adding one article did: ``added``, ``replaced`` (its graph changed) or ``unchanged``."""

    article_id: str
    graph: str
    status: Literal["added", "replaced", "unchanged"]
    statements: int
    issues: tuple[Issue, ...]
    relation_counts: Mapping[str, int]
    contradictions: tuple[Contradiction, ...] = ()


class KnowledgeGraph:
    """A knowledge graph of news facts over an embedded pyoxigraph store.

    >>> graph = KnowledgeGraph()
    >>> len(graph) > 0  # the ontology's own graph
    True
    """

    def __init__(self, store: ox.Store | None = None, *, ontology: Ontology | None = None,
                 settings: Settings | None = None, history: bool = False) -> None:
        self.store = store if store is not None else ox.Store()
        self.ontology = ontology or load_ontology()
        self.settings = settings or Settings()
        self.mapper = Mapper(self.ontology, self.settings)
        self.updater = GraphUpdater(LocalBackend(self.store), self.mapper, history=history)
        self._ontology_graph = ox.NamedNode(ONTOLOGY_IRI)
        self._catalog: QueryCatalog | None = None
        self._gazetteer: Gazetteer | None = None
        if self.settings.include_ontology:
            self._ensure_ontology()

    @classmethod
    def open(cls, path: str | Path, *, ontology: Ontology | None = None, settings: Settings | None = None,
             history: bool = True, wait: float = 30.0, read_only: bool = False) -> KnowledgeGraph:
        """A graph kept on disk in folder ``path`` (created if needed); transactional, with history.

        One process at a time holds a store for writing; another that opens it waits up to ``wait``
        seconds for it to be released, so that two writers take turns instead of losing an update.
        ``read_only`` opens the store as it is at that moment, for reading, without waiting for a writer.
        pyoxigraph documents opening a store read-only while another process writes it as undefined
        behaviour (RocksDB's read-only mode does not follow the writer): in practice kg read whole
        snapshots beside a writer that was adding, deleting and compacting (26 opens, no error), but
        for results that matter, read when no writer is running.

        Raises:
            StoreError: the folder cannot be opened, or another process held it for ``wait`` seconds.
        """
        if read_only:
            if not Path(path).is_dir():
                raise StoreError(f"there is no store at {path}; make one with 'kg build SOURCE --store {path}'")
            try:
                snapshot = ox.Store.read_only(str(path))
            except OSError as exc:
                raise StoreError(f"cannot read the store {path}: {exc}") from exc
            return cls(snapshot, ontology=ontology, settings=Settings(include_ontology=False), history=False)
        deadline = time.monotonic() + wait
        while True:
            try:
                store = ox.Store(str(path))
                break
            except OSError as exc:
                if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                    held = " (another process holds it: wait for it to finish, or stop it)" if "lock" in str(
                        exc).lower() else ""
                    raise StoreError(f"cannot open the store {path}: {exc}{held}") from exc
                time.sleep(0.05)
        return cls(store, ontology=ontology, settings=settings, history=history)

    def _ensure_ontology(self) -> None:
        version = ox.Literal(self.ontology.version)
        current = next(self.store.quads_for_pattern(None, ox.NamedNode("http://www.w3.org/2002/07/owl#versionInfo"),
                                                    version, self._ontology_graph), None)
        if current is not None:
            return
        data = ontology_path().read_bytes()
        self.store.update(f"DROP SILENT GRAPH {self._ontology_graph}")
        self.store.load(data, ox.RdfFormat.TURTLE, to_graph=self._ontology_graph)

    # -- adding -----------------------------------------------------------------------------------

    def add_sheet(self, sheet: FactSheet) -> AddResult:
        """Add an article's facts as its named graph, replacing what an earlier version put there.

        Facts the ontology rejects (ill-typed, unknown entity) are left out and listed in
        ``AddResult.issues``. An article whose content is unchanged is not written again.
        """
        return self.add_sheet_as(sheet)

    def add_sheet_as(self, sheet: FactSheet, *, by: str = "kg", reason: str = "") -> AddResult:
        """:meth:`add_sheet`, naming who adds it and why in the history."""
        status: Literal["added", "replaced", "unchanged"]
        if not self._loads_new_articles_as_they_are() or self.store.contains_named_graph(
                self.mapper.graph_iri(sheet.article.id)):
            status, mapped, _ = self.updater.add_sheet(sheet, by=by, reason=reason)  # type: ignore[assignment]
        else:
            # A new article in a graph without history or corrections: no delta to compute.
            mapped = self.mapper.map_sheet(sheet)
            self.store.extend(mapped.quads)
            status = "added"
        return AddResult(mapped.article_id, mapped.graph.value, status, mapped.statements, mapped.issues,
                         mapped.relation_counts, mapped.contradictions)

    def add_prepared(self, prepared: PreparedSheet, sheet: Callable[[], FactSheet], *, by: str = "kg",
                     reason: str = "") -> AddResult:
        """:meth:`add_sheet` for a sheet another process has mapped (see :func:`kg.build_graph`'s ``jobs``).

        The few graphs that need the sheet mapped here (ones with entity corrections, or an old version
        of the article with retracted statements) get it from ``sheet``.
        """
        status: Literal["added", "replaced", "unchanged"]
        graph = ox.NamedNode(prepared.graph)
        if self._loads_new_articles_as_they_are() and not self.store.contains_named_graph(graph):
            self.store.load(prepared.nquads, ox.RdfFormat.N_QUADS)
            status = "added"
        else:
            status, _ = self.updater.add_prepared(prepared, sheet, by=by, reason=reason)  # type: ignore[assignment]
        return AddResult(prepared.article_id, prepared.graph, status, prepared.statements, prepared.issues,
                         prepared.relation_counts, prepared.contradictions)

    def unchanged_result(self, article_id: str, graph: str, content_hash: str) -> AddResult | None:
        """What adding an article whose content hash the graph holds does (nothing), with its statements
        counted in the graph; ``None`` if the graph holds another hash (the article must be added)."""
        node = ox.NamedNode(graph)
        if self.updater.stored_hash(node) != [content_hash]:
            return None
        counts = self.updater.relation_counts(node)
        return AddResult(article_id, graph, "unchanged", sum(counts.values()), (), counts)

    def _loads_new_articles_as_they_are(self) -> bool:
        """Whether a new article's quads go in with no delta to record (no history, no corrections).

        A store that keeps a history from an earlier session, opened without one, goes through the
        updater instead, which marks the history as no longer complete (see GraphUpdater._commit).
        """
        return not self.updater.record_history and not self._has_corrections() and \
            not self.store.contains_named_graph(ox.NamedNode(HISTORY_GRAPH))

    def _has_corrections(self) -> bool:
        return self.store.contains_named_graph(ox.NamedNode(CORRECTIONS_GRAPH))

    def add_sheets(self, sheets: Iterable[FactSheet]) -> list[AddResult]:
        """:meth:`add_sheet` for each sheet, in order."""
        return [self.add_sheet(sheet) for sheet in sheets]

    def add_fact(self, fact: Fact, *, article: Article | str, entities: Iterable[Entity], by: str = "user",
                 reason: str = "") -> str:
        """Add one fact to an article's graph (made if needed) and return its statement IRI.

        ``entities`` must include the fact's subject and object. The rest of the article's graph
        is kept.

        Raises:
            MappingError: the fact is ill-typed or names an entity not given.
        """
        return self.updater.add_fact(fact, article=article, entities=entities, by=by, reason=reason)

    # -- retracting and correcting ----------------------------------------------------------------

    def retract(self, statement: str, *, reason: str, by: str = "user",
                at: _dt.datetime | None = None) -> Change | None:
        """Retract a statement: its plain triple goes, a :class:`kg:Retraction` records who, when, why.

        The statement node stays (marked ``kg:retracted true``) so that history can still see it;
        queries of current facts follow the plain triples and skip retracted statements. It stays
        retracted when its article is ingested again.

        Raises:
            StoreError: no such statement.
        """
        return self.updater.retract(statement, reason=reason, by=by, at=at)

    def retract_article(self, article_id: str, *, reason: str, by: str = "user") -> Change | None:
        """Retract every statement of an article; its graph stays for history.

        Raises:
            StoreError: no such article.
        """
        return self.updater.retract_article(article_id, reason=reason, by=by)

    def set_qid(self, entity: str, qid: str, *, article: str | None = None, by: str = "user",
                reason: str = "") -> Change | None:
        """Give an entity (its IRI) a Wikidata item, or another one; every fact follows, in every article or
        only in ``article``. Articles added later follow the correction too.

        Raises:
            StoreError: not a QID, or no such entity.
        """
        return self.updater.set_qid(entity, qid, article=article, by=by, reason=reason)

    def merge(self, keep: str, drop: str, *, by: str = "user", reason: str = "") -> Change | None:
        """Merge entity ``drop`` into ``keep`` (two IRIs for the same thing); :meth:`split` undoes it.

        Raises:
            StoreError: no such entity.
        """
        return self.updater.merge(keep, drop, by=by, reason=reason)

    def split(self, correction: str, *, by: str = "user", reason: str = "") -> Change | None:
        """Undo an entity correction (a wrong merge): its facts go back to the old IRI.

        Raises:
            StoreError: no such correction.
        """
        return self.updater.split(correction, by=by, reason=reason)

    def update(self, sparql: str, *, by: str = "user", reason: str = "") -> Change | None:
        """Run a SPARQL Update in one transaction, recorded in the history with its text.

        Raises:
            StoreError: the update is malformed or fails; nothing changes.
        """
        return self.updater.run_update(sparql, by=by, reason=reason)

    def history(self, iri: str) -> list[Change]:
        """The recorded changes that touched an entity, a statement or an article graph, oldest first."""
        return self.updater.history(iri)

    def diff(self, since: str, until: str | None = None) -> GraphDiff:
        """What the recorded changes after ``since`` (and up to ``until``) removed and added, net."""
        return self.updater.diff(since, until)

    # -- reading ----------------------------------------------------------------------------------

    def query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None,
              union: bool = True) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SPARQL query; ``bindings`` bind variables to terms (never spliced into the text).

        With ``union`` (the default) the default graph is the union of all graphs, the ontology's
        included; a triple stated in two articles then matches twice, so use ``SELECT DISTINCT``
        where that matters. A bound variable must appear in the SELECT clause (pyoxigraph's rule).
        The ``kg:``, ``role:``, ``wd:``, ``wdt:``, ``prov:``, ``rdfs:`` and other usual prefixes are
        predefined.

        Raises:
            QueryError: the query is malformed or fails.
        """
        from .export import PREFIXES

        substitutions = {ox.Variable(name): term for name, term in (bindings or {}).items()}
        try:
            return self.store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=union,
                                    substitutions=substitutions)
        except SyntaxError as exc:
            raise QueryError(f"the SPARQL query is malformed: {exc}") from exc
        except RuntimeError as exc:
            # pyoxigraph binds only variables that a SELECT projects (SPARQL SEP-0007 semantics).
            raise QueryError(f"cannot bind {sorted(bindings or {})}: {exc}; list the bound variables in SELECT "
                             "(or use SELECT *)") from exc
        except OSError as exc:
            raise QueryError(f"the query failed: {exc}") from exc

    def run(self, name: str, /, **params: str | Sequence[str]) -> QueryResult:
        """Run the stored query ``name`` (``kg queries`` lists them) with text parameters.

        >>> graph = KnowledgeGraph()
        >>> graph.run("memberships/members", organisation="NATO").rows
        []

        Raises:
            UnknownQuery: no stored query has that name.
            QueryParameterError: a parameter is unknown, missing or of the wrong type.
        """
        from .engines import OxigraphEngine, run_query
        from .linking.gazetteer import Gazetteer
        from .queries import load_catalog

        # Read once per graph, not per query: both cost more than a query with a bound parameter.
        if self._catalog is None:
            self._catalog, self._gazetteer = load_catalog(), Gazetteer.load()
        return run_query(self._catalog[name], params, OxigraphEngine(self.store), gazetteer=self._gazetteer)

    def quads(self, *, include_ontology: bool = True) -> Iterator[ox.Quad]:
        """Every quad of the graph (the ontology's graph too, unless told otherwise)."""
        for quad in self.store:
            if include_ontology or quad.graph_name != self._ontology_graph:
                yield quad

    def articles(self) -> list[str]:
        """Ids of the articles in the graph, sorted."""
        return sorted(q.object.value for q in self.store.quads_for_pattern(None, ox.NamedNode(KG.articleId), None))

    def save(self, path: str | Path, rdf_format: RdfFormat | None = None, *, include_ontology: bool = True) -> int:
        """Write the graph to ``path`` atomically, in a stable order; returns the quads/triples written.

        TriG, N-Quads and JSON-LD keep the named graphs; Turtle, N-Triples and RDF/XML hold their union.
        """
        return export_store(self.store, path, rdf_format, ontology_graph=self._ontology_graph,
                            include_ontology=include_ontology)

    def __len__(self) -> int:
        return len(self.store)

    def flush(self) -> None:
        """Make every write so far durable (a no-op in memory)."""
        self.store.flush()

    def close(self) -> None:
        """Flush and release the store (the on-disk folder can then be opened by another process)."""
        self.store.flush()
        # Every reference must go for pyoxigraph to release the folder's lock, including those of an
        # updater that a caller (or an exception's traceback) still holds.
        self.updater.backend = ClosedBackend()
        del self.updater
        del self.store

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
