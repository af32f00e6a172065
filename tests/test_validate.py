"""Validation and reasoning: each kind of SHACL violation on a graph broken on purpose, the conflict
checks, the dev graph clean but for its real contradictions, inferred facts in their own graph, HermiT."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import KnowledgeGraph
from kg.models import Evidence, Fact, FactSheet, Modality
from kg.pipeline import build_graph
from kg.reasoning import INFERRED_GRAPH, ReasonerUnavailable, check_consistency, materialise
from kg.validate import CHECKS_GRAPH, find_conflicts, record_conflicts, validate

from .conftest import REQUIRE_SERVICES, need_dev_corpus, need_jena
from .test_queries import _drills_sheet

KG = "https://w3id.org/kg/ontology#"


@pytest.fixture
def graph(two_article_graph: KnowledgeGraph) -> KnowledgeGraph:
    return two_article_graph


def _statement(graph: KnowledgeGraph, where: str) -> str:
    return next(row[0].value for row in graph.query(f"SELECT ?s WHERE {{ {where} }}"))


def test_validate_graphs_kg_writes_conform(graph: KnowledgeGraph) -> None:
    report = validate(graph.store)
    assert report.conforms, report.summary()
    assert len(report.reference_contradictions) == 1  # Serbia in the CSTO


BREAKS = {
    "modality": ("DELETE WHERE {{ GRAPH ?g {{ <{s}> kg:modality ?m }} }}", "modality must be one of"),
    "modality value": ("DELETE {{ GRAPH ?g {{ <{s}> kg:modality ?m }} }} INSERT {{ GRAPH ?g {{ <{s}> kg:modality "
                       "kg:Rumoured }} }} WHERE {{ GRAPH ?g {{ <{s}> kg:modality ?m }} }}", "modality must be one of"),
    "provenance": ("DELETE WHERE {{ GRAPH ?g {{ <{s}> prov:wasGeneratedBy ?a }} }}", "provenance"),
    "offsets": ("DELETE {{ GRAPH ?g {{ <{s}> kg:evidenceStart ?a }} }} INSERT {{ GRAPH ?g {{ <{s}> kg:evidenceStart "
                "9999 }} }} WHERE {{ GRAPH ?g {{ <{s}> kg:evidenceStart ?a }} }}", "start < end"),
    "date type": ("INSERT {{ GRAPH ?g {{ <{s}> kg:pointInTime \"May 2025\" }} }} WHERE {{ GRAPH ?g {{ <{s}> "
                  "kg:modality ?m }} }}", "pointInTime is one date"),
    "object": ("DELETE WHERE {{ GRAPH ?g {{ <{s}> kg:object ?o }} }}", "needs one object"),
    "article": ("DELETE WHERE {{ GRAPH ?g {{ <{s}> kg:inArticle ?a }} }}", "one article"),
    "confidence": ("DELETE {{ GRAPH ?g {{ <{s}> kg:confidence ?c }} }} INSERT {{ GRAPH ?g {{ <{s}> kg:confidence "
                   "1.5 }} }} WHERE {{ GRAPH ?g {{ <{s}> kg:confidence ?c }} }}", "from 0 to 1"),
}


@pytest.mark.parametrize("kind", sorted(BREAKS))
def test_validate_each_broken_statement_is_named_with_its_fix(graph: KnowledgeGraph, kind: str) -> None:
    statement = _statement(graph, "?s kg:member wd:Q33 ; kg:organization wd:Q7184")  # Finland in NATO
    update, message = BREAKS[kind]
    graph.store.update(update.format(s=statement), prefixes={"kg": KG, "prov": "http://www.w3.org/ns/prov#"})
    report = validate(graph.store, conflicts=False)
    assert not report.conforms
    mine = [v for v in report.violations if v.focus == statement]
    assert mine and any(message in v.message for v in mine), report.summary()
    assert all(v.article == "amber-shield" or kind == "article" for v in mine)
    assert "Finland" in str(mine[0]) and "amber-shield" in str(mine[0]) or kind == "article"


@pytest.mark.parametrize(("update", "message"), [
    ("INSERT DATA { GRAPH <https://w3id.org/kg/graph/x> { <https://www.wikidata.org/wiki/Q1> a kg:State ; "
     "rdfs:label \"Bad\" } }", "http://www.wikidata.org/entity/Q123"),
    ("INSERT DATA { GRAPH <https://w3id.org/kg/graph/x> { <http://www.wikidata.org/entity/P31> a kg:State ; "
     "rdfs:label \"Bad\" } }", "http://www.wikidata.org/entity/Q123"),
    ("INSERT DATA { GRAPH <https://w3id.org/kg/graph/x> { <https://w3id.org/kg/id/place/nowhere> a kg:Place } }",
     "needs a label"),
    ("INSERT DATA { GRAPH <https://w3id.org/kg/graph/x> { <https://w3id.org/kg/id/retraction/r> a kg:Retraction ; "
     "kg:retractedBy \"ana\" } }", "says why"),
    ("INSERT DATA { GRAPH <https://w3id.org/kg/graph/x> { <https://w3id.org/kg/id/article/a> a kg:NewsArticle ; "
     "kg:articleId \"a\" ; kg:contentHash \"abc\" } }", "SHA-256"),
    ("INSERT DATA { GRAPH <https://w3id.org/kg/history> { <https://w3id.org/kg/id/change/c> a kg:Change ; "
     "kg:sequence 1 ; prov:startedAtTime \"2026-01-01T00:00:00Z\"^^xsd:dateTime ; kg:operation \"delete\" } }",
     "operation is one of"),
])
def test_validate_each_broken_node_is_named(graph: KnowledgeGraph, update: str, message: str) -> None:
    graph.store.update(update, prefixes={"kg": KG, "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                                         "prov": "http://www.w3.org/ns/prov#",
                                         "xsd": "http://www.w3.org/2001/XMLSchema#"})
    report = validate(graph.store, conflicts=False)
    assert any(message in v.message for v in report.violations), report.summary()
    assert json.loads(report.to_json())["conforms"] is False


def test_validate_finds_conflicts_within_and_across_articles(small_sheet: FactSheet) -> None:
    text = "Latvia is a member of NATO. Latvia is an observer in NATO."
    first, second = "Latvia is a member of NATO.", "Latvia is an observer in NATO."
    sheet = dataclasses.replace(
        small_sheet, article=dataclasses.replace(small_sheet.article, id="latvia-twice", text=text),
        facts=(Fact("Latvia", "member_of", "NATO", Modality.ASSERTED, None, Evidence(first, 0, len(first))),
               Fact("Latvia", "observer_of", "NATO", Modality.ASSERTED, None,
                    Evidence(second, len(first) + 1, len(text)))))
    drills = _drills_sheet()
    later = dataclasses.replace(
        drills, article=dataclasses.replace(drills.article, id="steppe-guard-moved"),
        facts=tuple(dataclasses.replace(f, object="2026-11") if f.relation == "exercise_date" else f
                    for f in drills.facts))
    graph = KnowledgeGraph()
    for each in (sheet, drills, later):
        graph.add_sheet(each)
    # A second name for the exercise in the later article: still one conflict, named as its article names it.
    exercise = ox.NamedNode("https://w3id.org/kg/id/event/steppe-guard-2026")
    assert list(graph.store.quads_for_pattern(exercise, None, None))
    graph.store.add(ox.Quad(exercise, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                            ox.Literal("Steppe Guard", language="en"),
                            ox.NamedNode("https://w3id.org/kg/graph/steppe-guard-moved")))
    conflicts = find_conflicts(graph.store)
    kinds = sorted(c.kind for c in conflicts)
    assert kinds == ["across-articles", "within-article"]
    within = next(c for c in conflicts if c.kind == "within-article")
    assert "calls Latvia both member and observer of NATO" in within.reason
    across = next(c for c in conflicts if c.kind == "across-articles")
    assert across.articles == ("steppe-guard", "steppe-guard-moved") and "2026-09-01..2026-09-30" in across.reason
    record_conflicts(graph.store, conflicts)
    rows = graph.run("quality/contradictions").rows
    assert sorted({row[0].value for row in rows}) == ["across-articles", "reference", "within-article"]
    record_conflicts(graph.store, [])  # rebuilt whole: nothing stale stays
    assert not list(graph.store.quads_for_pattern(None, None, None, ox.NamedNode(CHECKS_GRAPH)))


def test_validate_the_dev_graph_is_clean_but_for_its_real_contradictions() -> None:
    graph = build_graph(sorted(need_dev_corpus().glob("*.json"))).graph
    report = validate(graph.store)
    assert report.conforms, report.summary()
    assert report.conflicts == ()
    assert len(report.reference_contradictions) == 3
    assert any("Serbia member_of Collective Security Treaty Organization" in r
               for r in report.reference_contradictions)


def test_validate_shapes_agree_with_jena(graph: KnowledgeGraph, tmp_path: Path) -> None:
    """Jena's SHACL engine, an independent implementation, also finds kg's graph conforming."""
    jena = need_jena()
    data = tmp_path / "data.ttl"
    graph.save(data, include_ontology=False)
    shapes = Path(__file__).resolve().parent.parent / "ontology" / "shapes.ttl"
    done = subprocess.run(["bash", str(jena), "shacl", "validate", "--shapes", str(shapes), "--data", str(data)],
                          capture_output=True, text=True)
    if "libapache-jena-java" in done.stderr and not REQUIRE_SERVICES:
        pytest.skip("Debian's libapache-jena-java is not installed")
    assert "sh:conforms  true" in done.stdout, done.stdout + done.stderr


# -- reasoning -------------------------------------------------------------------------------------


def test_reasoning_materialises_in_its_own_graph(graph: KnowledgeGraph) -> None:
    graph.store.update("""INSERT DATA { GRAPH <https://w3id.org/kg/graph/x> {
        <https://w3id.org/kg/id/unit/a> kg:partOf <https://w3id.org/kg/id/unit/b> .
        <https://w3id.org/kg/id/unit/b> kg:partOf <https://w3id.org/kg/id/unit/c> .
        <https://w3id.org/kg/id/unit/c> kg:partOf <https://w3id.org/kg/id/unit/d> . } }""", prefixes={"kg": KG})
    before = {q for q in graph.store if q.graph_name != ox.NamedNode(INFERRED_GRAPH)}
    counts = materialise(graph.store)
    assert {q for q in graph.store if q.graph_name != ox.NamedNode(INFERRED_GRAPH)} == before  # asserted untouched
    inferred = {(q.subject.value, q.predicate.value, q.object.value)
                for q in graph.store.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED_GRAPH))}
    wd = "http://www.wikidata.org/entity/"
    assert (wd + "Q7184", KG + "hasMember", wd + "Q33") in inferred  # inverse
    assert ("https://w3id.org/kg/id/unit/a", KG + "partOf", "https://w3id.org/kg/id/unit/d") in inferred  # transitive
    assert (wd + "Q7184", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", KG + "Organization") in inferred
    assert counts["inverse"] > 0 and counts["transitive"] == 3 and counts["superclass"] > 0
    assert not any(q.graph_name == ox.NamedNode(INFERRED_GRAPH) and (q.subject, q.predicate, q.object) in {
        (b.subject, b.predicate, b.object) for b in before} for q in graph.store)  # nothing asserted repeated
    again = materialise(graph.store)
    assert again == counts  # rebuilt, not piled up


def test_reasoning_hermit_finds_the_graph_consistent_then_not(graph: KnowledgeGraph) -> None:
    if shutil.which("java") is None and not REQUIRE_SERVICES:
        pytest.skip("java is not installed; HermiT needs it")
    verdict = check_consistency(graph.store)
    assert verdict.consistent and "all 2 article graphs" in verdict.method
    graph.store.update("INSERT DATA { GRAPH <https://w3id.org/kg/graph/steppe-guard> { "
                       "<http://www.wikidata.org/entity/Q403> a kg:Exercise } }", prefixes={"kg": KG})
    verdict = check_consistency(graph.store)
    assert not verdict.consistent


def test_reasoning_without_java_says_what_to_install(graph: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ReasonerUnavailable, match="apt-get install default-jre-headless"):
        check_consistency(graph.store)


def test_cli_validate_and_build_reason(graph: KnowledgeGraph, tmp_path: Path, small_sheet: FactSheet) -> None:
    good = tmp_path / "good.trig"
    graph.save(good)
    result = CliRunner().invoke(app, ["validate", str(good), "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 0 and "0 SHACL violation(s)" in result.output
    assert json.loads((tmp_path / "r.json").read_text())["conforms"] is True
    graph.store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?s <{KG}modality> ?m }} }}")
    bad = tmp_path / "bad.trig"
    graph.save(bad)
    result = CliRunner().invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1 and "modality must be one of" in result.output and "article amber-shield" in result.output

    from kg.factsheets import write_fact_sheet

    write_fact_sheet(small_sheet, tmp_path / "amber-shield.json")
    out = tmp_path / "reasoned.trig"
    built = CliRunner().invoke(app, ["build", str(tmp_path / "amber-shield.json"), "-o", str(out), "--reason"])
    assert built.exit_code == 0, built.output
    assert "inferred:" in built.output and "0 SHACL violation(s)" in built.output
    assert f"<{INFERRED_GRAPH}>" in out.read_text()


def test_cli_build_into_a_store_checks_the_graphs_it_writes(tmp_path: Path, small_sheet: FactSheet) -> None:
    """A store's earlier articles are not checked again on every build (kg validate --store checks them)."""
    from kg.factsheets import write_fact_sheet

    first, second = tmp_path / "amber-shield.json", tmp_path / "steppe-guard.json"
    write_fact_sheet(small_sheet, first)
    write_fact_sheet(_drills_sheet(), second)
    store = tmp_path / "db"
    assert CliRunner().invoke(app, ["build", str(first), "--store", str(store)]).exit_code == 0
    with KnowledgeGraph.open(store) as graph:  # broken behind kg's back
        graph.store.update(f"DELETE WHERE {{ GRAPH <https://w3id.org/kg/graph/amber-shield> "
                           f"{{ ?s <{KG}modality> ?m }} }}")
    built = CliRunner().invoke(app, ["build", str(second), "--store", str(store), "--strict"])
    assert built.exit_code == 0 and "0 SHACL violation(s)" in built.output, built.output
    checked = CliRunner().invoke(app, ["validate", "--store", str(store)])
    assert checked.exit_code == 1 and "article amber-shield" in checked.output
    assert "article steppe-guard" not in checked.output
    # A new version of the broken article is checked; re-ingesting it (its graph read from the store,
    # whose count of quads the history no longer matches) restores its modalities.
    write_fact_sheet(dataclasses.replace(small_sheet, facts=small_sheet.facts[:-1]), first)
    rebuilt = CliRunner().invoke(app, ["build", str(first), str(second), "--store", str(store)])
    assert rebuilt.exit_code == 0 and "1 replaced, 1 unchanged" in rebuilt.output, rebuilt.output
    assert CliRunner().invoke(app, ["validate", "--store", str(store)]).exit_code == 0


def test_cli_build_no_shapes_says_the_shapes_were_not_checked(tmp_path: Path, small_sheet: FactSheet) -> None:
    from kg.factsheets import write_fact_sheet

    write_fact_sheet(small_sheet, tmp_path / "amber-shield.json")
    built = CliRunner().invoke(app, ["build", str(tmp_path / "amber-shield.json"), "-o", str(tmp_path / "o.nq"),
                                     "--no-shapes"])
    assert built.exit_code == 0 and "SHACL shapes not checked" in built.output, built.output
    assert "0 SHACL violation(s)" not in built.output
