"""KnowledgeGraph: named graph per article, replace on re-add, add a fact, retract, query, persistence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import (
    Entity,
    EntityType,
    Fact,
    KnowledgeGraph,
    MappingError,
    Modality,
    QueryError,
    Settings,
    StoreError,
)
from kg.models import Article, FactSheet

WD = "http://www.wikidata.org/entity/"
MEMBERS = "SELECT DISTINCT ?s WHERE { ?s kg:memberOf wd:Q7184 } ORDER BY ?s"


def _members(graph: KnowledgeGraph) -> list[str]:
    return [row["s"].value for row in graph.query(MEMBERS)]


def _article_quads(graph: KnowledgeGraph, article_id: str) -> set[ox.Quad]:
    name = graph.mapper.graph_iri(article_id)
    return set(graph.store.quads_for_pattern(None, None, None, name))


def test_graph_keeps_each_article_in_its_own_named_graph(small_sheet: FactSheet) -> None:
    graph = KnowledgeGraph()
    other = dataclasses.replace(small_sheet, article=dataclasses.replace(small_sheet.article, id="second"))
    graph.add_sheets([small_sheet, other])
    assert graph.articles() == ["amber-shield", "second"]
    assert _article_quads(graph, "amber-shield") and _article_quads(graph, "second")
    # the same plain triple stands in both graphs; the union shows it once
    assert _members(graph) == [WD + "Q211", WD + "Q33"]


def test_graph_readding_an_article_replaces_its_graph(small_sheet: FactSheet) -> None:
    graph = KnowledgeGraph()
    assert graph.add_sheet(small_sheet).status == "added"
    before = _article_quads(graph, "amber-shield")
    assert graph.add_sheet(small_sheet).status == "unchanged"
    assert _article_quads(graph, "amber-shield") == before
    fewer = dataclasses.replace(small_sheet, facts=small_sheet.facts[:3])  # Latvia's membership is gone
    result = graph.add_sheet(fewer)
    assert result.status == "replaced" and result.statements == 3
    assert _members(graph) == [WD + "Q33"]
    assert len(_article_quads(graph, "amber-shield")) < len(before)


def test_graph_add_fact_to_new_and_existing_article(small_sheet: FactSheet) -> None:
    graph = KnowledgeGraph()
    graph.add_sheet(small_sheet)
    entities = [Entity("Montenegro", EntityType.STATE, ("Montenegro",), "Q236"),
                Entity("NATO", EntityType.ALLIANCE, ("NATO",), "Q7184")]
    statement = graph.add_fact(Fact("Montenegro", "member_of", "NATO", time="2017-06-05"), article="amber-shield",
                               entities=entities)
    assert statement.startswith("https://w3id.org/kg/id/statement/")
    assert WD + "Q236" in _members(graph)
    assert graph.articles() == ["amber-shield"]  # the article's provenance was not duplicated or lost
    titles = list(graph.query("SELECT ?t WHERE { ?a kg:title ?t }"))
    assert [row["t"].value for row in titles] == ["Estonia to host Amber Shield"]
    graph.add_fact(Fact("Montenegro", "member_of", "NATO"), article=Article(id="manual-notes"), entities=entities)
    assert graph.articles() == ["amber-shield", "manual-notes"]


def test_graph_add_fact_names_a_generic_agreement_as_its_article_does() -> None:
    """A fact added to an article names the generic agreement its graph already holds (whose IRI the parties
    of the whole sheet made), not a new one the one-fact sheet would make."""
    sofa = Entity("Status of Forces Agreement", EntityType.AGREEMENT)
    serbia, hungary = Entity("Serbia", EntityType.STATE, qid="Q403"), Entity("Hungary", EntityType.STATE, qid="Q28")
    sheet = FactSheet(Article("sofa-news", ""), entities=(sofa, serbia, hungary),
                      facts=(Fact(sofa.label, "agreement_party", "Serbia"),
                             Fact(sofa.label, "agreement_party", "Hungary")))
    graph = KnowledgeGraph()
    graph.add_sheet(sheet)
    graph.add_fact(Fact(sofa.label, "agreement_date", "2024-05"), article="sofa-news", entities=[sofa])
    agreements = {row["a"].value for row in graph.query("SELECT DISTINCT ?a WHERE { ?a a kg:Agreement }")}
    assert agreements == {"https://w3id.org/kg/id/agreement/status-of-forces-agreement--hungary-serbia"}


def test_graph_add_fact_rejects_ill_typed(small_sheet: FactSheet) -> None:
    graph = KnowledgeGraph()
    entities = [Entity("Amber Shield 2025", EntityType.EXERCISE), Entity("NATO", EntityType.ALLIANCE, (), "Q7184")]
    with pytest.raises(MappingError, match="ill-typed"):
        graph.add_fact(Fact("Amber Shield 2025", "member_of", "NATO"), article="x", entities=entities)
    assert graph.articles() == []


def _statement_for(graph: KnowledgeGraph, subject_qid: str) -> str:
    rows = graph.query("SELECT ?st ?s WHERE { ?st kg:relation kg:memberOf ; kg:subject ?s }",
                       bindings={"s": ox.NamedNode(WD + subject_qid)})
    return next(iter(rows))["st"].value


def test_graph_retract_removes_plain_triple_and_keeps_history(small_sheet: FactSheet) -> None:
    graph = KnowledgeGraph()
    graph.add_sheet(small_sheet)
    statement = _statement_for(graph, "Q211")
    graph.retract(statement, reason="wrong year", by="analyst")
    assert _members(graph) == [WD + "Q33"]
    rows = list(graph.query("SELECT ?st ?reason ?who WHERE { ?st kg:retracted true ; prov:wasInvalidatedBy ?r . "
                            "?r a kg:Retraction ; kg:reason ?reason ; kg:retractedBy ?who ; prov:atTime ?t }",
                            bindings={"st": ox.NamedNode(statement)}))
    assert [(r["reason"].value, r["who"].value) for r in rows] == [("wrong year", "analyst")]
    assert bool(graph.query("ASK { ?st kg:evidenceText ?e }", bindings={"st": ox.NamedNode(statement)}))


def test_graph_retract_keeps_a_triple_another_statement_supports(small_sheet: FactSheet) -> None:
    graph = KnowledgeGraph()
    twice = dataclasses.replace(small_sheet, facts=small_sheet.facts + (
        Fact("Finland", "member_of", "NATO", Modality.ASSERTED, "2023"),))
    graph.add_sheet(twice)
    rows = graph.query("SELECT ?st WHERE { ?st kg:relation kg:memberOf ; kg:subject wd:Q33 } ORDER BY ?st")
    first, second = [row["st"].value for row in rows]
    graph.retract(first, reason="duplicate")
    assert WD + "Q33" in _members(graph)
    graph.retract(second, reason="both wrong")
    assert WD + "Q33" not in _members(graph)


def test_graph_retract_unknown_statement_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="no statement"):
        KnowledgeGraph().retract("https://w3id.org/kg/id/statement/nope", reason="x")


def test_graph_query_bindings_are_not_spliced(small_sheet: FactSheet) -> None:
    graph = KnowledgeGraph()
    graph.add_sheet(small_sheet)
    hostile = ox.Literal('x" } ; DROP ALL ; SELECT * { "')
    rows = list(graph.query("SELECT ?a ?t WHERE { ?a kg:title ?t }", bindings={"t": hostile}))
    assert rows == []
    with pytest.raises(QueryError, match="SELECT"):
        graph.query("SELECT ?a WHERE { ?a kg:title ?t }", bindings={"t": hostile})
    assert len(graph.articles()) == 1
    with pytest.raises(QueryError, match="malformed"):
        graph.query("SELECT WHERE {")


def test_graph_persists_on_disk(small_sheet: FactSheet, tmp_path: Path) -> None:
    folder = tmp_path / "store"
    with KnowledgeGraph.open(folder) as graph:
        graph.add_sheet(small_sheet)
        size = len(graph)
    reopened = KnowledgeGraph.open(folder)
    assert len(reopened) == size
    assert reopened.add_sheet(small_sheet).status == "unchanged"
    assert _members(reopened) == [WD + "Q211", WD + "Q33"]
    reopened.close()


def test_graph_holds_the_ontology_for_alignment_queries(small_sheet: FactSheet) -> None:
    graph = KnowledgeGraph()
    graph.add_sheet(small_sheet)
    rows = graph.query("SELECT ?s ?o WHERE { ?p rdfs:subPropertyOf wdt:P463 . ?s ?p ?o } ORDER BY ?s")
    assert [(r["s"].value, r["o"].value) for r in rows] == [(WD + "Q211", WD + "Q7184"), (WD + "Q33", WD + "Q7184")]
    bare = KnowledgeGraph(settings=Settings(include_ontology=False))
    assert len(bare) == 0
