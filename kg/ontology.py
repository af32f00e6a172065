"""Load ontology/kg.ttl and read from it what the code needs: classes, relations, their checks.

The fact-sheet bridge lives in the ontology itself: each class carries ``kg:factSheetType``,
each relation ``kg:factSheetRelation``, ``kg:statementClass`` and (where it has one)
``kg:statementRole``, with ``rdfs:domain`` and ``rdfs:range`` (unions allowed). Nothing here
repeats those facts as string literals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from ._vocab import KG
from .errors import OntologyError
from .models import EntityType, Modality
from .resources import ontology_path

__all__ = ["Ontology", "OntologyTerms", "RelationSpec", "load_ontology", "ONTOLOGY_IRI"]

ONTOLOGY_IRI = "https://w3id.org/kg/ontology"


_Term = TypeVar("_Term")


class OntologyTerms(Generic[_Term]):
    """kg's ontology terms, each made once by ``make`` from its IRI (``str`` for plain strings,
    ``pyoxigraph.NamedNode`` for nodes): rdflib's ``DefinedNamespace`` builds and checks a new ``URIRef``
    on every attribute access, hundreds of thousands of times a build."""

    def __init__(self, make: Callable[[str], _Term]) -> None:
        self._make = make

    def __getattr__(self, name: str) -> _Term:
        value = self._make(str(getattr(KG, name)))
        setattr(self, name, value)
        return value


@dataclass(frozen=True, slots=True)
class RelationSpec:
    """What the ontology says of one fact-sheet relation."""

    name: str  # fact-sheet name, e.g. 'member_of'
    iri: str  # the kg property, e.g. kg:memberOf
    label: str
    literal: bool  # a datatype property: the object is a literal
    text: bool  # a literal relation whose object is text (rdfs:range xsd:string); other literals are dates
    statement_class: str
    role: str | None
    domain: frozenset[str]  # classes the subject may have (empty: any)
    range: frozenset[str]  # classes an entity object may have (empty: any)


@dataclass(frozen=True)
class Ontology:
    """The loaded ontology: its graph, its version, and the tables read from it."""

    graph: rdflib.Graph
    version: str
    classes: dict[EntityType, str]  # fact-sheet type -> class IRI
    relations: dict[str, RelationSpec]  # fact-sheet relation -> spec
    modalities: dict[Modality, str]  # modality -> its kg:Modality individual
    main_classes: frozenset[str]  # the pairwise disjoint top classes (State, Organization, ...)
    statement_ends: dict[str, tuple[str | None, str | None]]  # statement class -> (subject, object) property
    roles: dict[str, str]  # role notation ('observer') -> its kg:Role concept
    _superclasses: dict[str, frozenset[str]]

    def superclasses(self, cls: str) -> frozenset[str]:
        """``cls`` and every class above it (rdfs:subClassOf, transitively)."""
        return self._superclasses.get(cls, frozenset({cls}))

    def main_class(self, entity_type: EntityType) -> str:
        """The disjoint top class (State, Organization, Event...) that ``entity_type`` falls in."""
        found = self.superclasses(self.classes[entity_type]) & self.main_classes
        if len(found) != 1:
            raise OntologyError(f"{entity_type.value} falls in {len(found)} of the disjoint top classes, not one")
        return next(iter(found))

    def class_label(self, cls: str) -> str:
        label = self.graph.value(rdflib.URIRef(cls), RDFS.label)
        return str(label) if label else cls

    def accepts(self, allowed: frozenset[str], entity_type: EntityType) -> bool:
        """Whether an entity of ``entity_type`` falls in one of the ``allowed`` classes."""
        return not allowed or bool(self.superclasses(self.classes[entity_type]) & allowed)

    def describe(self, allowed: frozenset[str]) -> str:
        """'a State or Organization' for error messages."""
        names = sorted(self.class_label(c) for c in allowed)
        return "a " + " or ".join(names) if names else "anything"


def _class_set(graph: rdflib.Graph, node: rdflib.term.Node | None) -> frozenset[str]:
    if node is None:
        return frozenset()
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return frozenset(str(c) for c in Collection(graph, union))
    return frozenset({str(node)})


def _closure(graph: rdflib.Graph, classes: Iterable[rdflib.URIRef]) -> dict[str, frozenset[str]]:
    out = {}
    for cls in classes:
        out[str(cls)] = frozenset(str(c) for c in graph.transitive_objects(cls, RDFS.subClassOf))
    return out


def load_ontology(path: Path | None = None) -> Ontology:
    """Parse ontology/kg.ttl (or ``path``) and build the tables the stages use.

    Raises:
        OntologyError: the file is missing or unparsable, or a term the code relies on is absent.
    """
    path = path or ontology_path()
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise OntologyError(f"cannot read the ontology {path}: {exc}") from exc
    version = graph.value(rdflib.URIRef(ONTOLOGY_IRI), OWL.versionInfo)
    if version is None:
        raise OntologyError(f"{path}: the ontology <{ONTOLOGY_IRI}> has no owl:versionInfo")

    classes: dict[EntityType, str] = {}
    for cls, name in graph.subject_objects(KG.factSheetType):
        try:
            classes[EntityType(str(name))] = str(cls)
        except ValueError as exc:
            raise OntologyError(f"{path}: <{cls}> has kg:factSheetType {name!r}, which kg does not know") from exc
    missing = set(EntityType) - set(classes)
    if missing:
        raise OntologyError(f"{path}: no class carries kg:factSheetType for {sorted(m.value for m in missing)}")

    relations: dict[str, RelationSpec] = {}
    for prop, name in graph.subject_objects(KG.factSheetRelation):
        statement_class = graph.value(prop, KG.statementClass)
        if statement_class is None:
            raise OntologyError(f"{path}: <{prop}> (relation {name}) has no kg:statementClass")
        role = graph.value(prop, KG.statementRole)
        relations[str(name)] = RelationSpec(
            name=str(name),
            iri=str(prop),
            label=str(graph.value(prop, RDFS.label) or name),
            literal=(prop, RDF.type, OWL.DatatypeProperty) in graph,
            text=(prop, RDFS.range, XSD.string) in graph,
            statement_class=str(statement_class),
            role=str(role) if role is not None else None,
            domain=_class_set(graph, graph.value(prop, RDFS.domain)),
            range=frozenset() if (prop, RDF.type, OWL.DatatypeProperty) in graph
            else _class_set(graph, graph.value(prop, RDFS.range)),
        )
    modalities: dict[Modality, str] = {}
    for individual in graph.subjects(RDF.type, KG.Modality):
        modalities[Modality(str(graph.value(individual, SKOS.notation)))] = str(individual)
    if set(modalities) != set(Modality):
        raise OntologyError(f"{path}: kg:Modality individuals must carry the notations {[m.value for m in Modality]}")

    main_classes: set[str] = set()
    for group in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        main_classes |= {str(c) for c in Collection(graph, graph.value(group, OWL.members))}

    # The role-named ends of each statement class (kg:member, kg:organization...): the properties
    # whose domain is that class and that specialise kg:subject or kg:object / kg:objectValue.
    statement_ends: dict[str, tuple[str | None, str | None]] = {}
    for cls in {spec.statement_class for spec in relations.values()}:
        subject_end = object_end = None
        for prop in graph.subjects(RDFS.domain, rdflib.URIRef(cls)):
            parents = set(graph.objects(prop, RDFS.subPropertyOf))
            if KG.subject in parents:
                subject_end = str(prop)
            elif parents & {KG.object, KG.objectValue}:
                object_end = str(prop)
        statement_ends[cls] = (subject_end, object_end)

    roles = {str(graph.value(role, SKOS.notation)): str(role) for role in graph.subjects(RDF.type, KG.Role)}
    all_classes = [c for c in graph.subjects(RDF.type, OWL.Class) if isinstance(c, rdflib.URIRef)]
    return Ontology(graph=graph, version=str(version), classes=classes, relations=relations,
                    modalities=modalities, main_classes=frozenset(main_classes),
                    statement_ends=statement_ends, roles=roles, _superclasses=_closure(graph, all_classes))


def definition(graph: rdflib.Graph, term: str) -> str | None:
    """The skos:definition of ``term``, for help texts."""
    value = graph.value(rdflib.URIRef(term), SKOS.definition)
    return str(value) if value is not None else None
