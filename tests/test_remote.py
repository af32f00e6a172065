"""Remote stores for real: kg push into an Oxigraph server and Virtuoso on 127.0.0.1, counts that prove
the load, the stored queries answering there as they do on pyoxigraph and rdflib, and a store that is
not there."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.engines import OxigraphEngine, RdflibEngine, load_dataset, run_query
from kg.errors import StoreError
from kg.graph import KnowledgeGraph
from kg.pipeline import build_graph
from kg.queries import StoredQuery, load_catalog
from kg.remote import Endpoint, RemoteEngine, SparqlClient, push

from ._stores import SparqlServer
from .conftest import need_dev_corpus
from .test_queries import _drills_sheet, add_reported_members, comparable

# Parameters for the queries that need one, chosen so that every query returns rows on the dev graph.
DEV_PARAMS = {
    "memberships/members": {"organisation": "Q7184"},
    "memberships/of-state": {"state": "Q399"},
    "statements/about": {"entity": "Q399"},
    "articles/facts": {"article": "afp-malabar-2020"},
    "timeline/state": {"state": "Q403"},
    "exercises/exercises": {"participant": "Q403"},
    "exercises/of-party": {"party": "Q403"},
    "exercises/partners": {"state": "Q403"},
    "agreements/of-party": {"party": "Q403"},
    "agreements/agreements": {},
}
# Further parameter sets, run after DEV_PARAMS' one: filters that engines evaluate differently.
MORE_PARAMS = {
    "exercises/exercises": [{"participant": "Q403", "year": "2017"}, {"year": "2021"}],
}


@pytest.fixture(scope="module")
def dev_graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = need_dev_corpus()
    result = build_graph(sorted(corpus.glob("*.json")))
    path = tmp_path_factory.mktemp("dev") / "dev.trig"
    result.graph.save(path)
    return path


def _client(server: SparqlServer) -> SparqlClient:
    endpoint = Endpoint(server.query_url, server.update_url, server.store_url, server.name,
                        server.user, server.password)
    return SparqlClient(endpoint, timeout=60, retries=1, backoff=0.1)


@pytest.fixture
def loaded(sparql_server: SparqlServer, dev_graph_file: Path) -> Iterator[tuple[SparqlServer, SparqlClient]]:
    client = _client(sparql_server)
    sparql_server.clear()
    push(dev_graph_file, client)
    yield sparql_server, client
    sparql_server.clear()


def _quads_by_graph(path: Path) -> dict[str, int]:
    counts: dict[str, set[ox.Triple]] = {}
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        counts.setdefault(quad.graph_name.value, set()).add(ox.Triple(quad.subject, quad.predicate, quad.object))
    return {graph: len(triples) for graph, triples in counts.items()}


def test_push_count_equals_what_kg_wrote(loaded: tuple[SparqlServer, SparqlClient], dev_graph_file: Path) -> None:
    server, _ = loaded
    expected = _quads_by_graph(dev_graph_file)
    assert len(expected) >= 10  # the dev articles and the ontology's graph
    for graph, count in expected.items():
        assert server.count(graph) == count, graph


def test_push_replace_swaps_a_graph_whole(sparql_server: SparqlServer, tmp_path: Path) -> None:
    client = _client(sparql_server)
    sparql_server.clear()
    graph = "http://example.org/test/replace"
    first = tmp_path / "first.nt"
    first.write_text("".join(f"<http://example.org/s{i}> <http://example.org/p> \"{i}\" .\n" for i in range(120)))
    second = tmp_path / "second.nt"
    second.write_text("<http://example.org/only> <http://example.org/p> \"one\" .\n")
    report = push(first, client, graph=graph, chunk=50)  # three requests
    assert (report.sent, report.stored) == (120, 120)
    push(first, client, graph=graph)  # adding the same triples again changes nothing
    assert sparql_server.count(graph) == 120
    report = push(second, client, graph=graph, replace=True)
    assert (report.sent, report.stored) == (1, 1) and report.replaced
    list_graphs = StoredQuery(name="graphs", path=Path("-"), summary="graphs",
                              text="SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    graphs = {row[0].value for row in RemoteEngine(client).run(list_graphs, {}).rows}
    assert not any(g.startswith("urn:kg:push:") for g in graphs)  # no temporary graph left behind
    sparql_server.clear()


def test_every_stored_query_answers_alike_on_every_engine(loaded: tuple[SparqlServer, SparqlClient],
                                                          dev_graph_file: Path) -> None:
    _, client = loaded
    store = ox.Store()
    store.load(path=str(dev_graph_file), format=ox.RdfFormat.TRIG)
    engines = {"pyoxigraph": OxigraphEngine(store), "rdflib": RdflibEngine(load_dataset(dev_graph_file)),
               "server": RemoteEngine(client)}
    checked = 0
    for query in load_catalog():
        if query.endpoint:
            continue
        for params in [DEV_PARAMS.get(query.name, {}), *MORE_PARAMS.get(query.name, [])]:
            results = {name: comparable(run_query(query, params, engine)) for name, engine in engines.items()}
            assert results["pyoxigraph"], f"{query.name} {params} returns nothing on the dev graph"
            assert results["rdflib"] == results["pyoxigraph"], (query.name, params)
            assert results["server"] == results["pyoxigraph"], (query.name, params)
        checked += 1
    assert checked >= 14


def test_members_fold_articles_alike_on_a_server(sparql_server: SparqlServer, two_article_graph: KnowledgeGraph,
                                                tmp_path: Path) -> None:
    add_reported_members(two_article_graph)  # Latvia asserted in one article and reported in another
    path = tmp_path / "graph.trig"
    two_article_graph.save(path)
    client = _client(sparql_server)
    sparql_server.clear()
    push(path, client)
    query = load_catalog()["memberships/members"]
    on_server = run_query(query, {"organisation": "Q7184"}, RemoteEngine(client))
    assert comparable(on_server) == comparable(run_query(query, {"organisation": "Q7184"},
                                                         OxigraphEngine(two_article_graph.store)))
    assert len(on_server.rows) == 3
    sparql_server.clear()


def test_injection_through_parameters_is_harmless_on_a_server(loaded: tuple[SparqlServer, SparqlClient],
                                                              dev_graph_file: Path) -> None:
    server, client = loaded
    before = {graph: server.count(graph) for graph in _quads_by_graph(dev_graph_file)}
    engine = RemoteEngine(client)
    query = load_catalog()["articles/facts"]
    for attack in ('x" } ; DROP ALL ; SELECT * WHERE { "', "x' } INSERT DATA { <a> <b> <c> } #",
                   'afp-malabar-2020"^^<http://www.w3.org/2001/XMLSchema#string> } #'):
        assert run_query(query, {"article": attack}, engine).rows == []
    after = {graph: server.count(graph) for graph in before}
    assert after == before


def test_cli_push_and_query_on_a_server(sparql_server: SparqlServer, dev_graph_file: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    sparql_server.clear()
    if sparql_server.user:
        monkeypatch.setenv("KG_STORE_USER", sparql_server.user)
        monkeypatch.setenv("KG_STORE_PASSWORD", sparql_server.password)
    runner = CliRunner()
    args = ["--endpoint", sparql_server.query_url, "--kind", sparql_server.name]
    pushed = runner.invoke(app, ["push", str(dev_graph_file), *args, "--update-url", sparql_server.update_url,
                                 "--store-url", sparql_server.store_url, "-q"])
    total = sum(_quads_by_graph(dev_graph_file).values())
    assert pushed.exit_code == 0, pushed.output
    assert f"pushed {total} triples in" in pushed.output and f"holds {total} triples" in pushed.output
    answer = runner.invoke(app, ["query", "memberships/members", "-p", "organisation=NATO", *args, "-f", "csv"])
    assert answer.exit_code == 0, answer.output
    assert "Montenegro" in answer.output and answer.output.startswith("member,memberLabel,membership")
    sparql_server.clear()


def test_cli_add_on_a_server_reports_each_article(sparql_server: SparqlServer, small_sheet: object,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.factsheets import write_fact_sheet

    sparql_server.clear()
    if sparql_server.user:
        monkeypatch.setenv("KG_STORE_USER", sparql_server.user)
        monkeypatch.setenv("KG_STORE_PASSWORD", sparql_server.password)
    write_fact_sheet(small_sheet, tmp_path / "amber-shield.json")  # type: ignore[arg-type]
    write_fact_sheet(_drills_sheet(), tmp_path / "steppe-guard.json")
    runner = CliRunner()
    first = runner.invoke(app, ["add", str(tmp_path), "--endpoint", sparql_server.query_url, "--by", "ana"])
    assert first.exit_code == 0, first.output
    assert "2 added" in first.output and first.output.count("statements)") == 2
    again = runner.invoke(app, ["add", str(tmp_path), "--endpoint", sparql_server.query_url])
    assert again.exit_code == 0 and "2 unchanged" in again.output, again.output
    sparql_server.clear()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_push_to_a_store_that_is_not_there_fails_clearly(tmp_path: Path) -> None:
    data = tmp_path / "g.nt"
    data.write_text("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n")
    client = SparqlClient(Endpoint.from_url(f"http://127.0.0.1:{_closed_port()}/query"), retries=2, backoff=0.01)
    with pytest.raises(StoreError, match=r"did not answer after 3 attempts.*check that the store is running"):
        push(data, client, graph="http://example.org/g")
    result = CliRunner().invoke(app, ["push", str(data), "--endpoint", f"http://127.0.0.1:{_closed_port()}/query",
                                      "--graph", "http://example.org/g"])
    assert result.exit_code == 1 and "kg: error:" in result.output


def test_endpoint_urls_follow_each_server_kind() -> None:
    oxigraph = Endpoint.from_url("http://127.0.0.1:7878/query")
    assert (oxigraph.kind, oxigraph.update_url, oxigraph.store_url) == (
        "oxigraph", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")
    virtuoso = Endpoint.from_url("http://127.0.0.1:8890/sparql")
    assert (virtuoso.kind, virtuoso.update_url, virtuoso.store_url) == (
        "virtuoso", "http://127.0.0.1:8890/sparql-auth", "http://127.0.0.1:8890/sparql-graph-crud-auth")
    fuseki = Endpoint.from_url("http://localhost:3030/news/sparql")
    assert (fuseki.kind, fuseki.update_url, fuseki.store_url) == (
        "fuseki", "http://localhost:3030/news/update", "http://localhost:3030/news/data")
    graphdb = Endpoint.from_url("http://localhost:7200/repositories/news")
    assert (graphdb.kind, graphdb.store_url) == ("graphdb", "http://localhost:7200/repositories/news/rdf-graphs/service")
    assert "secret" not in repr(Endpoint.from_url("http://h/sparql", user="dba", password="secret"))
    with pytest.raises(StoreError, match="not an http"):
        Endpoint.from_url("file:///etc/passwd")


def test_updates_on_a_server_follow_the_same_rules(sparql_server: SparqlServer, small_sheet: object) -> None:
    """add -> query -> correct -> retract -> re-ingest -> history through the SPARQL Update protocol."""
    from kg.updates import GraphUpdater

    sparql_server.clear()
    client = _client(sparql_server)
    updater = GraphUpdater.for_endpoint(client)
    engine = RemoteEngine(client)
    catalog = load_catalog()
    status, mapped, _ = updater.add_sheet(small_sheet)  # type: ignore[arg-type]
    assert status == "added" and sparql_server.count(mapped.graph.value) == len(mapped.quads)
    assert updater.add_sheet(small_sheet)[0] == "unchanged"  # type: ignore[arg-type]
    updater.add_sheet(_drills_sheet())
    members = lambda: sorted(r[0].value for r in run_query(  # noqa: E731
        catalog["memberships/members"], {"organisation": "Q7184"}, engine).rows)
    assert members() == ["http://www.wikidata.org/entity/Q211", "http://www.wikidata.org/entity/Q33"]
    updater.set_qid("https://w3id.org/kg/id/event/steppe-guard-2026", "Q99999901")
    hosts = run_query(catalog["exercises/exercises"], {"host": "Q232"}, engine).rows
    assert {row[0].value for row in hosts} == {"http://www.wikidata.org/entity/Q99999901"}
    latvia = next(r[0].value for r in run_query(catalog["articles/facts"], {"article": "amber-shield"}, engine).rows
                  if r[2].value.endswith("Q211") and r[1].value.endswith("memberOf"))
    updater.retract(latvia, reason="misread", by="ana")
    assert members() == ["http://www.wikidata.org/entity/Q33"]
    assert [c.operation for c in updater.history(latvia)] == ["add", "retract"]
    assert updater.history(latvia)[1].by == "ana"
    # re-ingest a changed version on the server: Armenia's facts go, the correction still holds
    from .test_updates import _changed_drills

    assert updater.add_sheet(_changed_drills())[0] == "replaced"
    facts = run_query(catalog["articles/facts"], {"article": "steppe-guard"}, engine).rows
    assert len(facts) == 9 and not any(r[2].value.endswith("Q399") for r in facts)
    hosts = run_query(catalog["exercises/exercises"], {"host": "Q232"}, engine).rows
    assert {row[0].value for row in hosts} == {"http://www.wikidata.org/entity/Q99999901"}
    assert [c.operation for c in updater.history("https://w3id.org/kg/id/article/steppe-guard")] == [
        "add", "reingest"]
    sparql_server.clear()


def test_push_through_sparql_update_where_there_is_no_graph_store(oxigraph_server: SparqlServer,
                                                                   dev_graph_file: Path) -> None:
    oxigraph_server.clear()
    client = SparqlClient(Endpoint(oxigraph_server.query_url, oxigraph_server.update_url, None, "generic"))
    report = push(dev_graph_file, client, chunk=500)
    expected = _quads_by_graph(dev_graph_file)
    assert report.complete and report.sent == sum(expected.values())
    assert {load.graph: load.stored for load in report.loads} == expected
    oxigraph_server.clear()
