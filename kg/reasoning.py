"""Reasoning over a graph: what the ontology implies, and whether ontology and data are consistent.

:func:`materialise` adds what the ontology's axioms imply: the inverse of every relation
(``owl:inverseOf``: ``kg:memberOf`` gives ``kg:hasMember``), symmetric relations both ways, the
transitive closure of ``kg:partOf``, and the superclasses of every typed entity. It applies those
OWL RL rules, read from the ontology graph, with SPARQL over the embedded store, and writes the
results in their own named graph (``<https://w3id.org/kg/inferred>``), so that asserted and inferred
facts never mix and a rebuild drops the old inferences whole.

:func:`check_consistency` gives the ontology and the data to HermiT (through owlready2, which needs
a Java runtime). HermiT reads OWL 2, whose datatype map lacks ``xsd:date`` and ``xsd:gYear``, so the
data it sees is the graph's *object* assertions and types: entities, statements and articles with
their classes and the links between them; literal values are left out. Past ``max_articles``
articles, a seeded sample of articles is checked and the result says so.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError
from .resources import ontology_path

__all__ = ["INFERRED_GRAPH", "ConsistencyResult", "ReasonerUnavailable", "check_consistency", "materialise"]

INFERRED_GRAPH = "https://w3id.org/kg/inferred"
_ONTOLOGY_GRAPH = "<https://w3id.org/kg/ontology>"
_NOT_DATA = f"FILTER(?g NOT IN ({_ONTOLOGY_GRAPH}, <{INFERRED_GRAPH}>, <https://w3id.org/kg/history>))"
_PREFIXES = """PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://w3id.org/kg/ontology#>
"""

# Each rule reads the axioms from the ontology's graph and the facts from the article graphs.
_RULES = {
    "inverse": f"""{_PREFIXES}
CONSTRUCT {{ ?o ?q ?s }} WHERE {{
  GRAPH {_ONTOLOGY_GRAPH} {{ {{ ?p owl:inverseOf ?q }} UNION {{ ?q owl:inverseOf ?p }} }}
  FILTER(isIRI(?p) && isIRI(?q))
  GRAPH ?g {{ ?s ?p ?o }} {_NOT_DATA}
}}""",
    "symmetric": f"""{_PREFIXES}
CONSTRUCT {{ ?o ?p ?s }} WHERE {{
  GRAPH {_ONTOLOGY_GRAPH} {{ ?p a owl:SymmetricProperty }}
  GRAPH ?g {{ ?s ?p ?o }} {_NOT_DATA}
}}""",
    "transitive": f"""{_PREFIXES}
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  GRAPH {_ONTOLOGY_GRAPH} {{ ?p a owl:TransitiveProperty }}
  GRAPH ?g1 {{ ?s ?p ?mid }} GRAPH ?g2 {{ ?mid ?p ?o }}
  FILTER(?g1 NOT IN ({_ONTOLOGY_GRAPH}, <{INFERRED_GRAPH}>) && ?g2 NOT IN ({_ONTOLOGY_GRAPH}, <{INFERRED_GRAPH}>))
}}""",
    "superclass": f"""{_PREFIXES}
CONSTRUCT {{ ?x a ?super }} WHERE {{
  GRAPH {_ONTOLOGY_GRAPH} {{ ?class rdfs:subClassOf+ ?super }}
  FILTER(isIRI(?super))
  GRAPH ?g {{ ?x a ?class }} {_NOT_DATA}
}}""",
}


class ReasonerUnavailable(KgError):
    """HermiT cannot run: no Java runtime, or owlready2 cannot start it."""


@dataclass(frozen=True)
class ConsistencyResult:
    """HermiT's verdict on the ontology plus the data it was given, and how that data was chosen."""

    consistent: bool
    method: str
    axioms: int
    detail: str = ""


def materialise(store: ox.Store) -> dict[str, int]:
    """Rewrite the inferred graph from the article graphs; returns how many triples each rule added.

    Only triples that no graph asserts are written. The transitive rule runs until nothing changes.
    """
    inferred = ox.NamedNode(INFERRED_GRAPH)
    store.update(f"DROP SILENT GRAPH {inferred}")
    asserted = {(q.subject, q.predicate, q.object) for q in store if q.graph_name != ox.NamedNode(
        _ONTOLOGY_GRAPH[1:-1])}
    new: dict[tuple[object, object, object], str] = {}
    for rule, query in _RULES.items():
        for triple in store.query(query):  # type: ignore[union-attr]
            key = (triple.subject, triple.predicate, triple.object)
            if key not in asserted and key not in new:
                new[key] = rule
    # partOf chains longer than two: close them in memory (the graphs are small per relation).
    transitive = {q.subject.value for q in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode("http://www.w3.org/2002/07/owl#TransitiveProperty"), ox.NamedNode(_ONTOLOGY_GRAPH[1:-1]))}
    for predicate in transitive:
        edges = {(s, o) for (s, p, o) in (*asserted, *new) if isinstance(p, ox.NamedNode) and p.value == predicate}
        closure = set(edges)
        while True:
            extra = {(a, d) for (a, b) in closure for (c, d) in closure if b == c} - closure
            if not extra:
                break
            closure |= extra
        for s, o in closure - edges:
            new.setdefault((s, ox.NamedNode(predicate), o), "transitive")
    store.extend(ox.Quad(s, p, o, inferred) for (s, p, o) in new)  # type: ignore[arg-type]
    counts = {rule: 0 for rule in _RULES}
    for rule in new.values():
        counts[rule] += 1
    return counts


def check_consistency(store: ox.Store, *, max_articles: int = 200, seed: int = 0) -> ConsistencyResult:
    """Whether the ontology plus the graph's object assertions are consistent, by HermiT.

    Raises:
        ReasonerUnavailable: there is no Java runtime (the rest of kg works without one).
    """
    if shutil.which("java") is None:
        raise ReasonerUnavailable("HermiT needs a Java runtime: install one (apt-get install default-jre-headless) "
                                  "to check consistency; building, querying and SHACL validation work without it")
    import owlready2

    graphs = sorted({q.graph_name.value for q in store if isinstance(q.graph_name, ox.NamedNode)
                     and q.graph_name.value.startswith("https://w3id.org/kg/graph/")})
    method = f"all {len(graphs)} article graphs"
    if len(graphs) > max_articles:
        graphs = sorted(random.Random(seed).sample(graphs, max_articles))
        method = f"a sample of {max_articles} article graphs (seed {seed})"
    triples: list[ox.Triple] = [ox.Triple(q.subject, q.predicate, q.object)
                                for q in ox.parse(ontology_path().read_bytes(), ox.RdfFormat.TURTLE)]
    data = 0
    for graph in graphs:
        for quad in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
            if not isinstance(quad.object, ox.Literal):
                triples.append(ox.Triple(quad.subject, quad.predicate, quad.object))
                data += 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "module.nt"
        path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
        world = owlready2.World()
        try:
            onto = world.get_ontology(path.as_uri()).load(format="ntriples")
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            return ConsistencyResult(False, f"{method}; object assertions and types, literals left out", data,
                                     str(exc) or "HermiT found the ontology plus the data inconsistent")
        except (OSError, owlready2.OwlReadyJavaError) as exc:  # type: ignore[attr-defined]
            raise ReasonerUnavailable(f"HermiT could not run: {exc}") from exc
    return ConsistencyResult(True, f"{method}; object assertions and types, literals left out", data)

