"""The dev corpus graph against independent checkers (raptor, Jena) and the Wikidata alignment."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

import kg

from .conftest import REQUIRE_SERVICES, need_dev_corpus, need_jena, need_tool

WD = "http://www.wikidata.org/entity/"


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[kg.KnowledgeGraph, Path]:
    corpus = need_dev_corpus()
    out = tmp_path_factory.mktemp("dev")
    result = kg.build_graph(sorted(corpus.glob("*.json")))
    assert result.report.errors == []
    for suffix in ("trig", "nq", "ttl", "nt", "rdf", "jsonld"):
        result.graph.save(out / f"dev.{suffix}")
    return result.graph, out


@pytest.mark.parametrize("suffix,syntax", [("trig", "trig"), ("nq", "nquads"), ("ttl", "turtle"),
                                           ("nt", "ntriples"), ("rdf", "rdfxml")])
def test_conformance_raptor_accepts_the_dev_graph(dev_build: tuple[kg.KnowledgeGraph, Path], suffix: str,
                                                  syntax: str) -> None:
    rapper = need_tool("rapper")
    done = subprocess.run([rapper, "-q", "-i", syntax, "-c", str(dev_build[1] / f"dev.{suffix}")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_conformance_jena_strict_accepts_the_dev_graph(dev_build: tuple[kg.KnowledgeGraph, Path]) -> None:
    jena = need_jena()
    files = [str(dev_build[1] / f"dev.{s}") for s in ("trig", "nq", "ttl", "nt", "rdf")]
    done = subprocess.run(["bash", str(jena), "riot", "--validate", "--strict", *files], capture_output=True, text=True)
    if "libapache-jena-java" in done.stderr and not REQUIRE_SERVICES:
        pytest.skip("Debian's libapache-jena-java is not installed")
    assert done.returncode == 0, done.stderr
    assert "ERROR" not in done.stderr and "WARN" not in done.stderr, done.stderr


def test_conformance_turtle_round_trips_through_rdflib(dev_build: tuple[kg.KnowledgeGraph, Path]) -> None:
    first = rdflib.Graph().parse(dev_build[1] / "dev.ttl", format="turtle")
    again = rdflib.Graph().parse(data=first.serialize(format="nt"), format="nt")
    assert isomorphic(first, again)
    assert len(first) == len(rdflib.Graph().parse(dev_build[1] / "dev.nt", format="nt"))


def test_conformance_wikidata_alignment_gives_p463_for_gold_memberships(
        dev_build: tuple[kg.KnowledgeGraph, Path]) -> None:
    """wd:S wdt:P463 wd:O for every asserted member_of gold fact whose two ends have QIDs, except
    the claims that contradict the reference data (Serbia in the CSTO): those never become triples."""
    graph = kg.KnowledgeGraph()
    graph.store.load(path=str(dev_build[1] / "dev.trig"), format=kg.RdfFormat.TRIG.oxigraph)
    query = ("SELECT DISTINCT ?s ?o WHERE { ?p rdfs:subPropertyOf wdt:P463 . ?s ?p ?o . "
             "FILTER(STRSTARTS(STR(?s), STR(wd:)) && STRSTARTS(STR(?o), STR(wd:))) }")
    found = {(row["s"].value, row["o"].value) for row in graph.query(query)}
    expected = set()
    for path in need_dev_corpus().glob("*.json"):
        sheet = json.loads(path.read_text(encoding="utf-8"))
        qids = {e[k]: e["wikidata"] for e in sheet["entities"] for k in ("label", "mention") if e.get("wikidata")}
        for fact in sheet["facts"]:
            if fact["relation"] == "member_of" and fact.get("modality", "asserted") == "asserted":
                if fact["subject"] in qids and fact["object"] in qids:
                    expected.add((WD + qids[fact["subject"]], WD + qids[fact["object"]]))
    contradicted = {(row["s"].value, row["o"].value) for row in graph.query(
        "SELECT DISTINCT ?s ?o WHERE { ?st kg:contradiction ?c ; kg:subject ?s ; kg:object ?o }")}
    assert (WD + "Q403", WD + "Q318693") in contradicted
    assert expected - contradicted and expected - contradicted <= found
    assert not contradicted & found
