"""Shared fixtures: small fact sheets written for the tests (invented events, real states)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.models import Article, Entity, EntityType, Evidence, Fact, FactSheet, Modality

from ._stores import SparqlServer, oxigraph_binary, start_oxigraph, start_virtuoso

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
REQUIRE_SERVICES = os.environ.get("KG_REQUIRE_SERVICES") == "1"

ARTICLE_TEXT = (
    "Estonia will host the Amber Shield 2025 drills in May. "
    "Finland and Latvia are NATO members. "
    "Ruritanian analyst Ivo Petrov said that \"the drills send a signal\". "
    "Sweden will not take part in Amber Shield 2025."
)


def need_tool(name: str) -> str:
    """The path of an external tool; a skip with the reason (a failure under KG_REQUIRE_SERVICES=1) if absent."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install it, or run .ci/run)"
        if REQUIRE_SERVICES:
            pytest.fail(message)
        pytest.skip(message)
    return path


def need_jena() -> Path:
    """../shared/tools/jena.sh (and java); a skip with the reason (a failure under KG_REQUIRE_SERVICES=1) if absent."""
    jena = SHARED / "tools" / "jena.sh"
    need_tool("java")
    if not jena.exists():
        if REQUIRE_SERVICES:
            pytest.fail(f"{jena} is missing")
        pytest.skip(f"{jena} is missing")
    return jena


def need_dev_corpus() -> Path:
    if not DEV_CORPUS.is_dir():
        message = f"the dev corpus is not at {DEV_CORPUS}"
        if REQUIRE_SERVICES:
            pytest.fail(message)
        pytest.skip(message)
    return DEV_CORPUS


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


@pytest.fixture
def small_sheet() -> FactSheet:
    """An article with one fact of each modality and kind of object."""
    text = ARTICLE_TEXT
    s1, s2, s3, s4 = (
        "Estonia will host the Amber Shield 2025 drills in May.",
        "Finland and Latvia are NATO members.",
        "Ruritanian analyst Ivo Petrov said that \"the drills send a signal\".",
        "Sweden will not take part in Amber Shield 2025.",
    )
    entities = (
        Entity("Estonia", EntityType.STATE, ("Estonia",), "Q191"),
        Entity("Finland", EntityType.STATE, ("Finland",), "Q33"),
        Entity("Latvia", EntityType.STATE, ("Latvia",), "Q211"),
        Entity("Sweden", EntityType.STATE, ("Sweden",), "Q34"),
        Entity("NATO", EntityType.ALLIANCE, ("NATO",), "Q7184"),
        Entity("Amber Shield 2025", EntityType.EXERCISE, ("Amber Shield 2025",), None),
        Entity("Ivo Petrov", EntityType.PERSON, ("Ivo Petrov",), None),
    )
    facts = (
        Fact("Estonia", "hosts_exercise", "Amber Shield 2025", Modality.PLANNED, "2025-05", _evidence(text, s1)),
        Fact("Amber Shield 2025", "exercise_date", "2025-05", Modality.PLANNED, None, _evidence(text, s1)),
        Fact("Finland", "member_of", "NATO", Modality.ASSERTED, None, _evidence(text, s2)),
        Fact("Latvia", "member_of", "NATO", Modality.ASSERTED, "2004", _evidence(text, s2)),
        Fact("Ivo Petrov", "said", "the drills send a signal", Modality.ASSERTED, None, _evidence(text, s3)),
        Fact("Ivo Petrov", "holds_position", "analyst", Modality.ASSERTED, None, _evidence(text, s3)),
        Fact("Sweden", "participates_in_exercise", "Amber Shield 2025", Modality.NEGATED, None, _evidence(text, s4)),
    )
    article = Article(id="amber-shield", text=text, title="Estonia to host Amber Shield", publisher="kg tests",
                      url="https://example.org/news/amber-shield", date="2025-04-02")
    return FactSheet(article=article, entities=entities, facts=facts, source="amber-shield.json")


@pytest.fixture
def two_article_graph(small_sheet: FactSheet) -> object:
    """An in-memory graph of the small sheet and the drills article of tests/test_queries.py."""
    from kg.graph import KnowledgeGraph

    from .test_queries import _drills_sheet

    graph = KnowledgeGraph()
    graph.add_sheet(small_sheet)
    graph.add_sheet(_drills_sheet())
    return graph


# -- real SPARQL servers on 127.0.0.1 (started once per session, stopped at its end) -------------------


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    if oxigraph_binary() is None:
        message = "the oxigraph server is not installed (pip install oxigraph, or run .ci/run)"
        if REQUIRE_SERVICES:
            pytest.fail(message)
        pytest.skip(message)
    with start_oxigraph(tmp_path_factory.mktemp("oxigraph")) as server:
        yield server


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SparqlServer]:
    need_tool("virtuoso-t")
    need_tool("isql-vt")
    with start_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(params=["oxigraph", "virtuoso"])
def sparql_server(request: pytest.FixtureRequest) -> SparqlServer:
    """Each real server in turn."""
    return request.getfixturevalue(f"{request.param}_server")
