"""The ontology: closed vocabulary in sync, documented terms, alignment, disjointness, OWL consistency."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg._vocab import KG, ROLE
from kg.models import EntityType
from kg.ontology import load_ontology
from kg.resources import ontology_path

from .conftest import REQUIRE_SERVICES

KG_NS = "https://w3id.org/kg/ontology#"
WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"
# The relation vocabulary of the fact-sheet format (corpus README).
FACT_SHEET_RELATIONS = {
    "member_of", "observer_of", "partner_of", "applied_for_membership_of", "left", "suspended_participation_in",
    "participates_in_exercise", "hosts_exercise", "organizes_exercise", "exercise_located_in", "exercise_date",
    "agreement_party", "signed_agreement_with", "agreement_date", "founded_in", "founded_by", "part_of",
    "holds_position", "nationality", "said",
}


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_path(), format="turtle")


def _own_terms(graph: rdflib.Graph, base: str) -> set[str]:
    return {str(s)[len(base):] for s in graph.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(base)}


def test_ontology_closed_namespace_matches_the_turtle(graph: rdflib.Graph) -> None:
    declared = _own_terms(graph, KG_NS)
    assert declared == set(KG.__annotations__), "run python tools/gen_vocab.py"
    assert _own_terms(graph, "https://w3id.org/kg/role/") == set(ROLE.__annotations__)


def test_ontology_every_own_term_has_label_and_definition(graph: rdflib.Graph) -> None:
    missing = []
    for name in KG.__annotations__:
        term = rdflib.URIRef(KG_NS + name)
        if graph.value(term, RDFS.label) is None or graph.value(term, SKOS.definition) is None:
            missing.append(name)
    assert not missing


def test_ontology_has_versioned_iri(graph: rdflib.Graph) -> None:
    onto = rdflib.URIRef("https://w3id.org/kg/ontology")
    version = graph.value(onto, OWL.versionInfo)
    assert version is not None
    assert graph.value(onto, OWL.versionIRI) == rdflib.URIRef(f"https://w3id.org/kg/ontology/{version}")


def test_ontology_classes_cover_every_fact_sheet_type() -> None:
    ontology = load_ontology()
    assert set(ontology.classes) == set(EntityType)
    assert str(KG.Organization) in ontology.superclasses(ontology.classes[EntityType.ALLIANCE])
    assert str(KG.Event) in ontology.superclasses(ontology.classes[EntityType.EXERCISE])


def test_ontology_relations_cover_the_fact_sheet_vocabulary() -> None:
    assert set(load_ontology().relations) == FACT_SHEET_RELATIONS


def test_ontology_every_class_and_relation_is_aligned_with_wikidata(graph: rdflib.Graph) -> None:
    ontology = load_ontology()
    links = (SKOS.exactMatch, SKOS.closeMatch, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty)
    terms = list(ontology.classes.values()) + [spec.iri for spec in ontology.relations.values()]
    unaligned = [t for t in terms
                 if not any(str(o).startswith((WD, WDT)) for p in links for o in graph.objects(rdflib.URIRef(t), p))]
    assert unaligned == []


def test_ontology_data_property_never_specialises_an_object_property(graph: rdflib.Graph) -> None:
    for prop in graph.subjects(RDF.type, OWL.DatatypeProperty):
        for parent in graph.objects(prop, RDFS.subPropertyOf):
            assert (parent, RDF.type, OWL.ObjectProperty) not in graph, (prop, parent)
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        for parent in graph.objects(prop, RDFS.subPropertyOf):
            assert (parent, RDF.type, OWL.DatatypeProperty) not in graph, (prop, parent)


def test_ontology_main_classes_are_pairwise_disjoint() -> None:
    ontology = load_ontology()
    assert ontology.main_classes == {str(c) for c in (KG.State, KG.Organization, KG.Person, KG.Agreement, KG.Event,
                                                      KG.Place, KG.MilitaryUnit)}


def test_ontology_roles_cover_the_reference_membership_roles(graph: rdflib.Graph) -> None:
    notations = {str(n) for c in graph.subjects(SKOS.inScheme, ROLE.scheme) for n in graph.objects(c, SKOS.notation)}
    assert {"member", "observer", "partner", "dialogue_partner", "applicant", "aspirant", "suspended",
            "associate_member", "participant", "invited", "host", "organiser", "party"} <= notations


def test_ontology_declares_no_remote_imports(graph: rdflib.Graph) -> None:
    assert not list(graph.objects(None, OWL.imports))


def test_ontology_is_consistent_under_hermit(graph: rdflib.Graph) -> None:
    if shutil.which("java") is None:
        if REQUIRE_SERVICES:
            pytest.fail("java is needed for HermiT")
        pytest.skip("java is not installed; HermiT needs it (apt-get install default-jre-headless)")
    owlready2 = pytest.importorskip("owlready2")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kg.owl"
        graph.serialize(path, format="xml")  # owlready2 does not read Turtle
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        assert list(world.inconsistent_classes()) == []


def test_ontology_hermit_rejects_a_state_that_is_also_an_exercise(graph: rdflib.Graph, tmp_path: Path) -> None:
    """The disjointness axioms have teeth: HermiT finds an individual typed State and Exercise inconsistent."""
    if shutil.which("java") is None:
        if REQUIRE_SERVICES:
            pytest.fail("java is needed for HermiT")
        pytest.skip("java is not installed")
    owlready2 = pytest.importorskip("owlready2")
    bad = rdflib.Graph()
    for triple in graph:
        bad.add(triple)
    thing = rdflib.URIRef("https://example.org/ruritania")
    bad.add((thing, RDF.type, KG.State))
    bad.add((thing, RDF.type, KG.Exercise))
    path = tmp_path / "bad.owl"
    bad.serialize(path, format="xml")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    with onto, pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
