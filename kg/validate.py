"""Checking a graph: SHACL shapes (pySHACL), and contradictions between statements.

:func:`validate` runs ``ontology/shapes.ttl`` over every graph but the ontology's and turns each
SHACL result into a :class:`Violation` that names the fact (relation, subject, object), its article
and what to fix (the shape's message). :func:`find_conflicts` extends the reference-data rule of the
linking stage (which records ``kg:Contradiction`` nodes as articles are mapped) with disagreements
between statements: within one article (a state called a full member and an observer of the same
organisation) and across articles (one exercise given dates that cannot both hold).
:func:`record_conflicts` writes those as ``kg:Contradiction`` nodes with ``kg:conflictingStatement``
links in their own graph (``<https://w3id.org/kg/checks>``), rebuilt on each check; the statements
themselves are left alone, since kg cannot tell which one is right.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from ._vocab import KG
from .engines import to_rdflib
from .resources import resource_dir

__all__ = ["CHECKS_GRAPH", "Conflict", "ValidationReport", "Violation", "find_conflicts", "record_conflicts",
           "validate"]

CHECKS_GRAPH = "https://w3id.org/kg/checks"
_ONTOLOGY_GRAPH = "https://w3id.org/kg/ontology"


@dataclass(frozen=True)
class Violation:
    """One SHACL result, in words: which node, which property, what is wrong, where it came from."""

    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str
    fact: str | None = None
    article: str | None = None

    def __str__(self) -> str:
        where = f"article {self.article}: " if self.article else ""
        what = self.fact or f"<{self.focus}>"
        on = f" ({_short(self.path)}" + (f" = {self.value}" if self.value else "") + ")" if self.path else ""
        return f"{where}{what}{on}: {self.message}"


@dataclass(frozen=True)
class Conflict:
    """Statements that cannot all be true, found by comparing them (not against reference data)."""

    kind: str  # "within-article" or "across-articles"
    statements: tuple[str, ...]
    articles: tuple[str, ...]
    reason: str

    @property
    def iri(self) -> str:
        digest = hashlib.sha256("\x1f".join((self.kind, *self.statements)).encode()).hexdigest()[:24]
        return f"https://w3id.org/kg/id/contradiction/{digest}"


@dataclass(frozen=True)
class ValidationReport:
    """What :func:`validate` and the conflict checks found."""

    violations: tuple[Violation, ...]
    conflicts: tuple[Conflict, ...] = ()
    reference_contradictions: tuple[str, ...] = ()  # reasons of the kg:Contradiction nodes from reference data

    @property
    def conforms(self) -> bool:
        return not self.violations

    def to_json(self) -> str:
        """A machine-readable report."""
        return json.dumps({
            "conforms": self.conforms,
            "violations": [asdict(v) for v in self.violations],
            "conflicts": [asdict(c) for c in self.conflicts],
            "reference_contradictions": list(self.reference_contradictions),
        }, indent=1, ensure_ascii=False) + "\n"

    def summary(self) -> str:
        lines = [f"{len(self.violations)} SHACL violation(s), {len(self.conflicts)} conflict(s) between "
                 f"statements, {len(self.reference_contradictions)} claim(s) contradicting the reference data"]
        lines += [f"  violation: {v}" for v in self.violations]
        lines += [f"  conflict ({c.kind}): {c.reason}" for c in self.conflicts]
        lines += [f"  reference: {r}" for r in self.reference_contradictions]
        return "\n".join(lines)


def _short(iri: str) -> str:
    for prefix, namespace in (("kg", str(KG)), ("prov", "http://www.w3.org/ns/prov#"),
                              ("rdfs", "http://www.w3.org/2000/01/rdf-schema#")):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def shapes_graph() -> rdflib.Graph:
    """``ontology/shapes.ttl``."""
    return rdflib.Graph().parse(resource_dir("ontology") / "shapes.ttl", format="turtle")


def validate(store: ox.Store, *, conflicts: bool = True, graphs: Iterable[str] | None = None) -> ValidationReport:
    """Run the SHACL shapes over ``store`` (all graphs but the ontology's, or only the named ``graphs``),
    and the conflict checks (over the whole store: they compare articles).

    ``graphs`` lets a build check just the article graphs it wrote: each article graph describes its
    own entities, and the shapes run in Python at about 4,000 quads a second, minutes for a store of
    a million quads that one new article did not change.
    """
    import pyshacl

    data = rdflib.Graph()
    if graphs is None:
        quads: Iterable[ox.Quad] = store
    else:
        quads = (q for g in graphs for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
    for quad in quads:
        if quad.graph_name != ox.NamedNode(_ONTOLOGY_GRAPH):
            data.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none", allow_warnings=True)
    violations = sorted((_violation(results, result, data) for result in results.subjects(
        rdflib.RDF.type, SH.ValidationResult)), key=lambda v: (v.article or "", v.focus, v.path or "", v.message))
    found = tuple(find_conflicts(store)) if conflicts else ()
    reasons = sorted({row[0].value for row in store.query(  # type: ignore[union-attr]
        f"SELECT ?reason WHERE {{ ?s <{KG.contradiction}> ?c . ?c <{KG.reason}> ?reason }}",
        use_default_graph_as_union=True)})
    return ValidationReport(tuple(violations), found, tuple(reasons))


def _violation(results: rdflib.Graph, result: rdflib.term.Node, data: rdflib.Graph) -> Violation:
    def one(predicate: rdflib.URIRef) -> str | None:
        value = results.value(result, predicate)
        return None if value is None else str(value)

    focus = results.value(result, SH.focusNode)
    article = fact = None
    node = rdflib.URIRef(str(focus))
    article_node = data.value(node, rdflib.URIRef(KG.inArticle))
    if article_node is not None:
        article = str(data.value(article_node, rdflib.URIRef(KG.articleId)) or article_node)
    relation = data.value(node, rdflib.URIRef(KG.relation))
    if relation is not None:
        def name(term: rdflib.term.Node | None) -> str:
            if term is None:
                return "?"
            label = data.value(term, rdflib.RDFS.label)
            return str(label) if label is not None else str(term).rsplit("/", 1)[-1]

        target = data.value(node, rdflib.URIRef(KG.object)) or data.value(node, rdflib.URIRef(KG.objectValue))
        fact = f"{name(data.value(node, rdflib.URIRef(KG.subject)))} {_short(str(relation))} {name(target)}"
    severity = one(SH.resultSeverity) or str(SH.Violation)
    return Violation(str(focus), one(SH.resultPath), one(SH.value), one(SH.resultMessage) or "violates a shape",
                     severity.rsplit("#", 1)[-1], fact, article)


# The labels are looked up per conflict (see _label): an OPTIONAL over every graph's labels makes
# Oxigraph read them all, seconds on a store on disk; binding the roles and keeping both statements in
# their article's graph lets it start from the few full memberships.
_ROLE_CONFLICTS = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX role: <https://w3id.org/kg/role/>
SELECT DISTINCT ?a ?b ?article ?member ?org ?roleA ?roleB ?graph WHERE {
  VALUES ?roleA { role:member }
  VALUES ?roleB { role:observer role:partner role:applicant role:aspirant }
  GRAPH ?graph {
    ?a kg:role ?roleA ; kg:member ?member ; kg:organization ?org ; kg:inArticle ?art ; kg:modality ?ma .
    ?b kg:member ?member ; kg:role ?roleB ; kg:organization ?org ; kg:inArticle ?art ; kg:modality ?mb .
  }
  FILTER(?ma IN (kg:Asserted, kg:Reported) && ?mb IN (kg:Asserted, kg:Reported))
  FILTER NOT EXISTS { ?a kg:retracted ?ra } FILTER NOT EXISTS { ?b kg:retracted ?rb }
  FILTER NOT EXISTS { ?a kg:startTime ?sa } FILTER NOT EXISTS { ?b kg:startTime ?sb }
  FILTER NOT EXISTS { ?a kg:endTime ?ea } FILTER NOT EXISTS { ?b kg:endTime ?eb }
  ?art kg:articleId ?article .
} ORDER BY ?a ?b
"""

_DATE_CONFLICTS = """
PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT DISTINCT ?a ?b ?articleA ?articleB ?exercise ?fromA ?toA ?fromB ?toB ?graph WHERE {
  GRAPH ?graph {
    ?a kg:relation kg:exerciseDate ; kg:subject ?exercise ; kg:earliestDate ?fromA ; kg:latestDate ?toA ;
       kg:inArticle ?artA ; kg:modality ?ma .
  }
  ?b kg:relation kg:exerciseDate ; kg:subject ?exercise ; kg:earliestDate ?fromB ; kg:latestDate ?toB ;
     kg:inArticle ?artB ; kg:modality ?mb .
  FILTER(?artA != ?artB && STR(?a) < STR(?b))
  FILTER(?toA < ?fromB || ?toB < ?fromA)
  FILTER(?ma != kg:Negated && ?mb != kg:Negated)
  FILTER NOT EXISTS { ?a kg:retracted ?ra } FILTER NOT EXISTS { ?b kg:retracted ?rb }
  ?artA kg:articleId ?articleA . ?artB kg:articleId ?articleB .
} ORDER BY ?a ?b
"""

_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def _label(store: ox.Store, node: ox.NamedNode, graph: ox.NamedNode) -> str:
    """``node``'s label in ``graph``, else its first label in any graph, else ``?``."""
    for where in (graph, None):
        labels = sorted(q.object.value for q in store.quads_for_pattern(node, _RDFS_LABEL, None, where))
        if labels:
            return labels[0]
    return "?"


def find_conflicts(store: ox.Store) -> list[Conflict]:
    """Statements that disagree: within one article (full member and observer or partner of the same
    organisation, neither dated), and across articles (an exercise dated at times that do not overlap)."""
    conflicts = []
    for a, b, article, member, org, role_a, role_b, graph in store.query(  # type: ignore[misc]
            _ROLE_CONFLICTS, use_default_graph_as_union=True):
        conflicts.append(Conflict(
            "within-article", (a.value, b.value), (article.value,),
            f"article {article.value} calls {_label(store, member, graph)} both {role_a.value.rsplit('/', 1)[-1]} "
            f"and {role_b.value.rsplit('/', 1)[-1]} of {_label(store, org, graph)}"))
    for a, b, art_a, art_b, exercise, from_a, to_a, from_b, to_b, graph in store.query(  # type: ignore[misc]
            _DATE_CONFLICTS, use_default_graph_as_union=True):
        conflicts.append(Conflict(
            "across-articles", (a.value, b.value), tuple(sorted({art_a.value, art_b.value})),
            f"{_label(store, exercise, graph)}: {art_a.value} dates it {from_a.value}..{to_a.value}, "
            f"{art_b.value} {from_b.value}..{to_b.value}"))
    return conflicts


def record_conflicts(store: ox.Store, conflicts: Sequence[Conflict]) -> None:
    """Rewrite the checks graph with ``conflicts``, in one transaction."""
    graph = ox.NamedNode(CHECKS_GRAPH)
    quads: list[ox.Quad] = []
    for conflict in conflicts:
        node = ox.NamedNode(conflict.iri)
        quads += [
            ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    ox.NamedNode(KG.Contradiction), graph),
            ox.Quad(node, ox.NamedNode(KG.reason), ox.Literal(conflict.reason), graph),
            ox.Quad(node, ox.NamedNode(KG.contradictionKind), ox.Literal(conflict.kind), graph),
        ]
        quads += [ox.Quad(node, ox.NamedNode(KG.conflictingStatement), ox.NamedNode(s), graph)
                  for s in conflict.statements]
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    update = f"DROP SILENT GRAPH {graph}"
    if body:
        update += f" ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
    store.update(update)

