"""Where stored queries run: the embedded pyoxigraph store, plain rdflib, or a remote SPARQL endpoint.

Every engine takes a :class:`~kg.queries.StoredQuery` with its checked bindings and returns the same
:class:`QueryResult`, whose terms are pyoxigraph terms, so that results of different engines can be
compared and written alike. The default graph is the union of the named graphs everywhere (each
article's facts are a named graph of their own); stored queries use ``DISTINCT`` because engines
differ on whether a triple stated in two graphs matches once or twice.

Binding: rdflib binds parameters itself (``initBindings``, which reaches filters). pyoxigraph 0.5's
``substitutions`` do not reach ``FILTER`` expressions and refuse a variable that the ``SELECT`` does
not project, so on pyoxigraph, as on remote endpoints, kg binds through a ``VALUES`` block that
pyoxigraph serialises from checked terms (:func:`kg.queries.with_values`).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pyoxigraph as ox
import rdflib
from rdflib.query import Result

from .errors import QueryError
from .export import PREFIXES, RdfFormat
from .queries import Bindings, QueryForm, QueryParameterError, StoredQuery, Term, with_values

if TYPE_CHECKING:
    from .linking.gazetteer import Gazetteer

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_WD = "http://www.wikidata.org/entity/"

__all__ = ["OxigraphEngine", "QueryEngine", "QueryResult", "RdflibEngine", "load_dataset", "run_query"]


@dataclass(frozen=True)
class QueryResult:
    """What a query returned: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    form: QueryForm
    columns: tuple[str, ...] = ()
    rows: Sequence[tuple[Term | None, ...]] = ()
    boolean: bool | None = None
    triples: Sequence[ox.Triple] = field(default_factory=tuple)

    def __len__(self) -> int:
        return len(self.triples) if self.form in ("construct", "describe") else len(self.rows)


class QueryEngine(Protocol):
    """Something that runs a stored query with bound parameters."""

    def run(self, query: StoredQuery, bindings: Bindings) -> QueryResult: ...


class OxigraphEngine:
    """Queries on a pyoxigraph store, with the union of its named graphs as the default graph."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def run(self, query: StoredQuery, bindings: Bindings) -> QueryResult:
        text = with_values(query.text, bindings)
        try:
            answer = self.store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"{query.name}: the query is malformed: {exc}") from exc
        except (OSError, RuntimeError) as exc:
            raise QueryError(f"{query.name} failed: {exc}") from exc
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            return QueryResult(query.form, triples=tuple(answer))
        columns = tuple(v.value for v in answer.variables)
        rows = [tuple(solution[i] for i in range(len(columns))) for solution in answer]
        return QueryResult("select", columns, rows)


class RdflibEngine:
    """Queries on an in-memory ``rdflib.Dataset`` (the plain-rdflib baseline and cross-check)."""

    def __init__(self, dataset: rdflib.Dataset) -> None:
        self.dataset = dataset

    def run(self, query: StoredQuery, bindings: Bindings) -> QueryResult:
        with warnings.catch_warnings():
            # rdflib's own evaluation of GRAPH ?g still goes through its deprecated Dataset.contexts.
            warnings.filterwarnings("ignore", "Dataset.contexts is deprecated", DeprecationWarning)
            return self._run(query, bindings)

    def _run(self, query: StoredQuery, bindings: Bindings) -> QueryResult:
        # initBindings takes one value per variable; several values go through a VALUES block.
        single = all(len(terms) <= 1 for terms in bindings.values())
        text = query.text if single else with_values(query.text, bindings)
        init = {name: to_rdflib(terms[0]) for name, terms in bindings.items() if terms} if single else {}
        try:
            answer: Result = self.dataset.query(text, initBindings=init, initNs=PREFIXES)
        except Exception as exc:  # rdflib raises pyparsing and assorted errors
            raise QueryError(f"{query.name} failed on rdflib: {exc}") from exc
        if answer.type == "ASK":
            return QueryResult("ask", boolean=bool(answer.askAnswer))
        if answer.type in ("CONSTRUCT", "DESCRIBE"):
            triples = tuple(ox.Triple(_to_ox(s), _to_ox(p), _to_ox(o))  # type: ignore[arg-type]
                            for s, p, o in answer.graph)  # type: ignore[union-attr]
            return QueryResult(query.form, triples=triples)
        columns = tuple(str(v) for v in answer.vars or ())
        rows = [tuple(None if value is None else _to_ox(value) for value in row) for row in answer]
        return QueryResult("select", columns, rows)


def load_dataset(path: str | Path) -> rdflib.Dataset:
    """An rdflib Dataset read from an RDF file, its default graph the union of its graphs.

    Raises:
        QueryError: the file cannot be read or parsed.
    """
    rdf_format = RdfFormat.from_path(path)
    names = {RdfFormat.TRIG: "trig", RdfFormat.NQUADS: "nquads", RdfFormat.TURTLE: "turtle",
             RdfFormat.NTRIPLES: "nt", RdfFormat.JSONLD: "json-ld", RdfFormat.RDFXML: "xml"}
    dataset = rdflib.Dataset(default_union=True)
    try:
        with warnings.catch_warnings():
            # rdflib's own TriG and N-Quads parsers still go through its deprecated ConjunctiveGraph.
            warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
            dataset.parse(str(path), format=names[rdf_format])
    except Exception as exc:
        raise QueryError(f"rdflib cannot read {path}: {exc}") from exc
    return dataset


def to_rdflib(term: Term) -> rdflib.term.Identifier:
    """The rdflib term for a pyoxigraph one (a plain literal stays plain, as rdflib reads it)."""
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        # rdflib tells a plain literal from the same literal typed xsd:string; parsed data holds plain ones.
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _to_ox(term: rdflib.term.Node) -> Term:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"rdflib returned a term kg cannot represent: {term!r}")


_NAME_QUERY = StoredQuery(
    name="(entity by name)", path=Path("<kg>"), summary="Entities whose label or mention is a name",
    text=("PREFIX kg: <https://w3id.org/kg/ontology#>\n"
          "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          "SELECT DISTINCT ?entity WHERE {\n"
          "  ?entity rdfs:label|kg:mention ?label .\n"
          "  FILTER(LCASE(STR(?label)) = LCASE(STR(?name)))\n"
          "}\nORDER BY ?entity LIMIT 20\n"),
)


def run_query(query: StoredQuery, params: Mapping[str, str | Sequence[str]], engine: QueryEngine, *,
              gazetteer: Gazetteer | None = None) -> QueryResult:
    """Check ``params``, bind them and run ``query`` on ``engine``.

    An ``entity`` parameter given by name ("NATO", "Serbia", "Slavic Brotherhood 2017") is looked up
    in the gazetteer, then among the graph's own labels and mentions; a name that is ambiguous or
    unknown is an error that lists what it could mean.

    Raises:
        QueryParameterError: a parameter is unknown, missing, ill-typed or names no single entity.
        QueryError: the query fails on the engine.
    """
    return engine.run(query, query.bind(params, resolve=_NameResolver(engine, gazetteer)))


class _NameResolver:
    def __init__(self, engine: QueryEngine, gazetteer: Gazetteer | None) -> None:
        self.engine = engine
        self.gazetteer = gazetteer

    def __call__(self, name: str) -> str | None:
        from .linking.gazetteer import Gazetteer

        self.gazetteer = self.gazetteer or Gazetteer.load()
        known = sorted({entry.qid for entry in self.gazetteer.lookup(name) if entry.qid})
        if len(known) == 1:
            return _WD + known[0]
        found = [row[0].value for row in self.engine.run(
            _NAME_QUERY, {"name": [ox.Literal(name)]}).rows if isinstance(row[0], ox.NamedNode)]
        if len(found) == 1:
            return found[0]
        if known or found:
            options = ", ".join([*known, *(f"<{iri}>" for iri in found)][:10])
            raise QueryParameterError(f"the name {name!r} is ambiguous: it may be {options}; give the QID or IRI")
        return None
