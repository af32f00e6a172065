"""The knowledge graph and its store: embedded pyoxigraph, in memory or on disk.

Each article's facts live in a named graph of their own; adding an article again replaces that
graph in one transaction (or does nothing when its content is unchanged). The ontology is kept in
a named graph of its own (``<https://w3id.org/kg/ontology>``) so that queries can follow its
alignments (``?p rdfs:subPropertyOf wdt:P463``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Union

import pyoxigraph as ox
from rdflib.namespace import PROV, RDF

from ._vocab import KG
from .errors import QueryError, StoreError
from .export import RdfFormat, export_quads

if TYPE_CHECKING:
    from .engines import QueryResult
from .linking.reference import Contradiction
from .mapping import Issue, MappedArticle, Mapper
from .models import Article, Entity, Fact, FactSheet
from .ontology import ONTOLOGY_IRI, Ontology, load_ontology
from .resources import ontology_path
from .settings import Settings

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


def _graph_block(quads: Sequence[ox.Quad]) -> str:
    """The body of an INSERT DATA / DELETE DATA, written from terms pyoxigraph serialises itself."""
    lines = []
    for quad in quads:
        triple = f"{quad.subject} {quad.predicate} {quad.object} ."
        if isinstance(quad.graph_name, ox.DefaultGraph):
            lines.append(triple)
        else:
            lines.append(f"GRAPH {quad.graph_name} {{ {triple} }}")
    return "\n".join(lines)


class KnowledgeGraph:
    """A knowledge graph of news facts over an embedded pyoxigraph store.

    >>> graph = KnowledgeGraph()
    >>> len(graph) > 0  # the ontology's own graph
    True
    """

    def __init__(self, store: ox.Store | None = None, *, ontology: Ontology | None = None,
                 settings: Settings | None = None) -> None:
        self.store = store if store is not None else ox.Store()
        self.ontology = ontology or load_ontology()
        self.settings = settings or Settings()
        self.mapper = Mapper(self.ontology, self.settings)
        self._ontology_graph = ox.NamedNode(ONTOLOGY_IRI)
        if self.settings.include_ontology:
            self._ensure_ontology()

    @classmethod
    def open(cls, path: str | Path, *, ontology: Ontology | None = None,
             settings: Settings | None = None) -> KnowledgeGraph:
        """A graph kept on disk in folder ``path`` (created if needed); transactional.

        Raises:
            StoreError: the folder cannot be opened (another process may hold it).
        """
        try:
            store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the store {path}: {exc}; is another kg process using it?") from exc
        return cls(store, ontology=ontology, settings=settings)

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
        mapped = self.mapper.map_sheet(sheet)
        return self._put(mapped)

    def _put(self, mapped: MappedArticle) -> AddResult:
        graph = mapped.graph
        hash_term = ox.NamedNode(KG.contentHash)
        previous = [q.object.value for q in self.store.quads_for_pattern(None, hash_term, None, graph)]
        status: Literal["added", "replaced", "unchanged"]
        if previous == [mapped.content_hash]:
            status = "unchanged"
        elif previous or self.store.contains_named_graph(graph):
            # One SPARQL update is one transaction: readers never see the graph half-replaced.
            self.store.update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{\n{_graph_block(mapped.quads)}\n}}")
            status = "replaced"
        else:
            self.store.extend(mapped.quads)
            status = "added"
        return AddResult(mapped.article_id, graph.value, status, mapped.statements, mapped.issues,
                         mapped.relation_counts, mapped.contradictions)

    def add_sheets(self, sheets: Iterable[FactSheet]) -> list[AddResult]:
        """:meth:`add_sheet` for each sheet, in order."""
        return [self.add_sheet(sheet) for sheet in sheets]

    def add_fact(self, fact: Fact, *, article: Article | str, entities: Iterable[Entity]) -> str:
        """Add one fact to an article's graph (made if needed) and return its statement IRI.

        ``entities`` must include the fact's subject and object. The rest of the article's graph
        is kept.

        Raises:
            MappingError: the fact is ill-typed or names an entity not given.
        """
        from .errors import MappingError

        article = article if isinstance(article, Article) else Article(id=article)
        sheet = FactSheet(article=article, entities=tuple(entities), facts=(fact,), method="manual")
        mapped = self.mapper.map_sheet(sheet)
        errors = [i for i in mapped.issues if i.severity == "error"]
        if errors or not mapped.statements:
            raise MappingError("; ".join(str(e) for e in errors) or "the fact produced no statement")
        graph = mapped.graph
        if self.store.contains_named_graph(graph):
            # Keep the article's own provenance: add only the statement and entity quads.
            article_node = self.mapper.article_iri(article.id)
            keep = [q for q in mapped.quads if q.subject not in (article_node, graph)
                    and not q.subject.value.startswith(self.mapper.settings.base_iri + "id/activity/")
                    and not q.subject.value.startswith(self.mapper.settings.base_iri + "id/agent/")]
            self.store.extend(keep)
        else:
            self.store.extend(mapped.quads)
        statement = next(q.subject for q in mapped.quads if q.predicate.value == str(KG.relation))
        return statement.value

    # -- retracting -------------------------------------------------------------------------------

    def retract(self, statement: str, *, reason: str, by: str = "user",
                at: _dt.datetime | None = None) -> None:
        """Retract a statement: its plain triple goes, a :class:`kg:Retraction` records who, when, why.

        The statement node stays (marked ``kg:retracted true``) so that history can still see it;
        queries of current facts follow the plain triples and skip retracted statements.

        Raises:
            StoreError: no such statement.
        """
        node = ox.NamedNode(statement)
        found = list(self.store.quads_for_pattern(node, ox.NamedNode(KG.relation), None, None))
        if not found:
            raise StoreError(f"no statement <{statement}> in the graph; list statements with "
                             "'SELECT ?s WHERE {{ ?s a kg:Statement }}'")
        when = (at or _dt.datetime.now(_dt.timezone.utc)).astimezone(_dt.timezone.utc)
        stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        remove: list[ox.Quad] = []
        add: list[ox.Quad] = []
        for quad in found:
            graph = quad.graph_name
            plain = self._plain_triple(node, quad.object, graph)
            if plain is not None and not self._other_support(node, plain, graph):
                remove.append(plain)
            digest = hashlib.sha256(f"{statement}\x1f{stamp}\x1f{by}".encode()).hexdigest()[:24]
            retraction = ox.NamedNode(f"{self.settings.base_iri}id/retraction/{digest}")
            add += [
                ox.Quad(node, ox.NamedNode(KG.retracted), ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
                        graph),
                ox.Quad(node, ox.NamedNode(str(PROV.wasInvalidatedBy)), retraction, graph),
                ox.Quad(retraction, ox.NamedNode(str(RDF.type)), ox.NamedNode(KG.Retraction), graph),
                ox.Quad(retraction, ox.NamedNode(KG.reason), ox.Literal(reason), graph),
                ox.Quad(retraction, ox.NamedNode(str(PROV.atTime)),
                        ox.Literal(stamp, datatype=ox.NamedNode(XSD + "dateTime")), graph),
                ox.Quad(retraction, ox.NamedNode(KG.retractedBy), ox.Literal(by), graph),
            ]
        update = ""
        if remove:
            update += f"DELETE DATA {{\n{_graph_block(remove)}\n}} ;\n"
        update += f"INSERT DATA {{\n{_graph_block(add)}\n}}"
        self.store.update(update)

    def _plain_triple(self, statement: ox.NamedNode, relation: Term, graph: object) -> ox.Quad | None:
        subject = next(self.store.quads_for_pattern(statement, ox.NamedNode(KG.subject), None, graph), None)
        objects = [q.object for p in (KG.object, KG.objectValue)
                   for q in self.store.quads_for_pattern(statement, ox.NamedNode(p), None, graph)]
        if subject is None or not objects or not isinstance(relation, ox.NamedNode):
            return None
        quad = ox.Quad(subject.object, relation, objects[0], graph)
        return quad if quad in self.store else None

    def _other_support(self, statement: ox.NamedNode, plain: ox.Quad, graph: object) -> bool:
        """Whether another live asserted statement in ``graph`` states the same plain triple."""
        def has(node: object, predicate: str, value: object) -> bool:
            return next(self.store.quads_for_pattern(node, ox.NamedNode(predicate), value, graph), None) is not None

        for quad in self.store.quads_for_pattern(None, ox.NamedNode(KG.relation), plain.predicate, graph):
            other = quad.subject
            if (other != statement and has(other, KG.subject, plain.subject)
                    and (has(other, KG.object, plain.object) or has(other, KG.objectValue, plain.object))
                    and has(other, KG.modality, ox.NamedNode(KG.Asserted))
                    and not has(other, KG.retracted, None)):
                return True
        return False

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
        from .queries import load_catalog

        return run_query(load_catalog()[name], params, OxigraphEngine(self.store))

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
        return export_quads(self.quads(include_ontology=include_ontology), path, rdf_format)

    def __len__(self) -> int:
        return len(self.store)

    def flush(self) -> None:
        """Make every write so far durable (a no-op in memory)."""
        self.store.flush()

    def close(self) -> None:
        """Flush and release the store (the on-disk folder can then be opened by another process)."""
        self.store.flush()
        del self.store

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
