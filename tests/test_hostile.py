"""Hostile input and load: names and quotations full of characters that break IRIs and literals survive
every format; stored queries never fail on a valid graph; a 100 MB article is refused without being
read; a push killed mid-way leaves the remote graph whole; 200 articles pushed at once arrive exactly."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.articles import read_article
from kg.errors import ArticleError, QueryParameterError
from kg.export import RdfFormat
from kg.graph import KnowledgeGraph
from kg.models import Article, Entity, EntityType, Evidence, Fact, FactSheet, Modality
from kg.queries import ParameterType, load_catalog
from kg.remote import Endpoint, SparqlClient, push
from kg.settings import Settings
from kg.text import clean_text

from ._stores import SparqlServer
from .test_queries import _drills_sheet

# Text as hostile as the web gives: IRI and Turtle breakers, controls, bidi marks, joiners, emoji, and
# lone surrogates (which the spine's cleaning must deal with).
_HOSTILE = st.text(alphabet=st.one_of(
    st.sampled_from(list('<>"{}|^`\\\n\r\t\x00\x07\u200b\u200d\u202e\u2066\ufeff\U0001f600\ud800\udfff \'#%&;:/?')),
    st.characters(codec="utf-8"), st.characters()), min_size=1, max_size=40)


def _sheet(name: str, quote: str) -> FactSheet | None:
    name, quote = clean_text(name).strip(), clean_text(quote).strip()
    if not name or not quote:
        return None
    sentence = f"{name} said: {quote}"
    text = f"{sentence} Latvia is a member of NATO."
    entities = (Entity(name, EntityType.PERSON, (name,), None), Entity("Latvia", EntityType.STATE, ("Latvia",), "Q211"),
                Entity("NATO", EntityType.ALLIANCE, ("NATO",), "Q7184"))
    facts = (Fact(name, "said", quote, Modality.ASSERTED, None, Evidence(sentence, 0, len(sentence))),
             Fact("Latvia", "member_of", "NATO", Modality.ASSERTED, None,
                  Evidence("Latvia is a member of NATO.", len(sentence) + 1, len(text))))
    return FactSheet(Article(id=name, text=text, title=quote), entities, facts)


def _quads(path: Path, rdf_format: RdfFormat) -> set[ox.Quad]:
    union = not rdf_format.keeps_graphs
    return {ox.Quad(q.subject, q.predicate, q.object) if union else q
            for q in ox.parse(path=str(path), format=rdf_format.oxigraph)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_HOSTILE, quote=_HOSTILE)
def test_hostile_names_survive_every_format_and_every_query(name: str, quote: str, tmp_path: Path) -> None:
    sheet = _sheet(name, quote)
    if sheet is None:
        return
    graph = KnowledgeGraph(settings=Settings(include_ontology=False))  # no blank nodes: sets compare exactly
    graph.add_sheet(sheet)
    written = {q for q in graph.quads()}
    union = {ox.Quad(q.subject, q.predicate, q.object) for q in written}
    for rdf_format in RdfFormat:
        path = tmp_path / f"g.{rdf_format.value}"
        graph.save(path, rdf_format)
        assert _quads(path, rdf_format) == (written if rdf_format.keeps_graphs else union), rdf_format
    # rdflib, an independent parser, reads the Turtle to the same number of triples
    assert len(rdflib.Graph().parse(tmp_path / "g.turtle", format="turtle")) == len(union)
    samples = {ParameterType.IRI: "https://example.org/x", ParameterType.QID: "Q211",
               ParameterType.ENTITY: "Q211", ParameterType.STRING: sheet.facts[0].object, ParameterType.DATE: "2020-01-01",
               ParameterType.INTEGER: "2020"}
    for query in load_catalog():
        if query.endpoint:
            continue
        params = {p.name: (p.choices[0] if p.choices else samples[p.type]) for p in query.parameters if p.required}
        graph.run(query.name, **params)  # raises on any failure
    # the raw text, lone surrogates and all, is refused as a parameter with a clear error, never sent
    if any(0xD800 <= ord(c) <= 0xDFFF for c in quote):
        with pytest.raises(QueryParameterError, match="lone surrogates"):
            graph.run("articles/facts", article=quote)


def test_hostile_a_100_megabyte_article_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(ArticleError, match="more than kg reads"):
        read_article(path)
    assert time.perf_counter() - started < 1.0


_PUSHER = """
import sys
sys.path.insert(0, {root!r})
from kg.remote import Endpoint, SparqlClient, push
from kg.settings import Settings
push({path!r}, SparqlClient(Endpoint.from_url({url!r})), graph={graph!r}, replace=True, chunk=2000)
"""


def test_hostile_a_push_killed_mid_way_leaves_the_remote_graph_whole(oxigraph_server: SparqlServer,
                                                                    tmp_path: Path) -> None:
    oxigraph_server.clear()
    graph = "http://example.org/test/killed"
    old = tmp_path / "old.nt"
    old.write_text("".join(f'<http://example.org/s{i}> <http://example.org/p> "old {i}" .\n' for i in range(100)))
    client = SparqlClient(Endpoint.from_url(oxigraph_server.query_url))
    push(old, client, graph=graph)
    new = tmp_path / "new.nt"
    new.write_text("".join(f'<http://example.org/s{i}> <http://example.org/p> "new {i}" .\n' for i in range(60_000)))
    script = tmp_path / "pusher.py"
    script.write_text(_PUSHER.format(root=str(Path(__file__).resolve().parent.parent), path=str(new),
                                     url=oxigraph_server.query_url, graph=graph))
    outcomes = set()
    for delay in (0.3, 0.6, 0.9, 1.5):
        process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        held = oxigraph_server.count(graph)
        assert held in (100, 60_000), held  # the old graph or the new one, never a mixture
        outcomes.add(held)
        if held == 60_000:
            push(old, client, graph=graph, replace=True)
    assert 100 in outcomes  # at least one kill landed before the move
    oxigraph_server.clear()


def test_hostile_load_two_hundred_articles_pushed_at_once(oxigraph_server: SparqlServer, tmp_path: Path) -> None:
    oxigraph_server.clear()
    base = _drills_sheet()
    files = []
    expected: dict[str, set[str]] = {}
    for i in range(200):
        sheet = dataclasses.replace(base, article=dataclasses.replace(base.article, id=f"load-{i:03d}"))
        graph = KnowledgeGraph(settings=Settings(include_ontology=False))
        graph.add_sheet(sheet)
        path = tmp_path / f"load-{i:03d}.nq"
        graph.save(path, RdfFormat.NQUADS, include_ontology=False)
        files.append(path)
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            expected.setdefault(quad.graph_name.value, set()).add(str(ox.Triple(quad.subject, quad.predicate,
                                                                                 quad.object)))

    def one(path: Path) -> int:
        return push(path, SparqlClient(Endpoint.from_url(oxigraph_server.query_url))).stored

    with ThreadPoolExecutor(max_workers=8) as pool:
        stored = sum(pool.map(one, files))
    assert stored == sum(len(triples) for triples in expected.values())
    for graph_name, triples in expected.items():
        rows = oxigraph_server.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_name}> {{ ?s ?p ?o }} }}")
        found = set()
        for row in rows:
            terms = []
            for key in ("s", "p", "o"):
                term = row[key]
                if term["type"] == "uri":
                    terms.append(ox.NamedNode(term["value"]))
                elif "xml:lang" in term:
                    terms.append(ox.Literal(term["value"], language=term["xml:lang"]))
                else:
                    terms.append(ox.Literal(term["value"], datatype=ox.NamedNode(
                        term.get("datatype", "http://www.w3.org/2001/XMLSchema#string"))))
            found.add(str(ox.Triple(*terms)))
        assert found == triples, graph_name
    oxigraph_server.clear()
