"""The pipeline: every kind of article source extracted, sheets written where they belong, kg extract/build."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.factsheets import read_fact_sheet
from kg.pipeline import build_graph, extract_articles

ARTICLE = ("TITLE: Drills in the Baltic\nSOURCE: Test Wire\nURL: https://news.example.org/drills\nDATE: 2026-05-04\n"
           "---\nNorway and Denmark are members of NATO.\n"
           "Troops from Estonia and Latvia will take part in the Amber Dawn-2026 exercise in Lithuania.\n")
PAGE = ("<!DOCTYPE html><html><head><title>Amber Dawn drills</title>"
        '<meta property="og:site_name" content="Test Herald"></head><body><article><h1>Amber Dawn drills</h1>'
        "<p>Troops from Estonia and Latvia will take part in the Amber Dawn-2026 exercise in Lithuania, "
        "the defence ministry of Lithuania said on Monday in a statement to the press.</p>"
        "<p>Norway and Denmark are members of NATO, and both will send observers to the drills next month, "
        "officials said.</p></article></body></html>")


def _relations(sheet) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in sheet.facts}


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "baltic.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    lines = [{"id": "feed-1", "text": "Norway and Denmark are members of NATO.", "date": "2026-05-01"},
             {"id": "../escape", "text": "Estonia and Latvia are members of NATO.", "date": "2026-05-02"}]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return folder


def test_extract_articles_reads_text_html_and_json_lines(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = extract_articles([sources], out)
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 4 and "baltic.json" in names and "page.json" in names and "feed-1.json" in names
    assert all((out / name).resolve().parent == out.resolve() for name in names)  # nothing escapes the folder
    assert report.issues == []
    baltic = read_fact_sheet(out / "baltic.json")
    assert ("Estonia", "participates_in_exercise", "Amber Dawn-2026") in _relations(baltic)
    assert baltic.article.date == "2026-05-04"
    page = read_fact_sheet(out / "page.json")
    assert ("Latvia", "participates_in_exercise", "Amber Dawn-2026") in _relations(page)
    assert "member_of 8" in report.summary()


def test_extract_articles_in_two_processes_gives_the_same_sheets(sources: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    extract_articles([sources], one, jobs=1)
    extract_articles([sources], two, jobs=2)
    assert sorted(p.name for p in one.iterdir()) == sorted(p.name for p in two.iterdir())
    for path in one.iterdir():
        assert path.read_bytes() == (two / path.name).read_bytes()


def test_extract_articles_reports_unreadable_articles_and_writes_the_rest(sources: Path, tmp_path: Path) -> None:
    (sources / "empty.txt").write_bytes(b"")
    (sources / "binary.txt").write_bytes(b"\x00\x01\x02garbage\xff")
    report = extract_articles([sources], tmp_path / "out")
    assert sorted(Path(issue.source).name for issue in report.issues) == ["binary.txt", "empty.txt"]
    assert len(report.written) == 4


def test_build_extracts_articles_without_a_sheet(sources: Path) -> None:
    result = build_graph([sources / "baltic.txt"])
    assert result.report.statements >= 3
    assert result.report.relation_counts()["participates_in_exercise"] == 2


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        body = PAGE.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/news/amber-dawn.html"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def test_cli_extract_fetches_a_url(server: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", server, "-o", str(out)])
    assert result.exit_code == 0, result.output
    [sheet_path] = list(out.iterdir())
    assert ("Estonia", "participates_in_exercise", "Amber Dawn-2026") in _relations(read_fact_sheet(sheet_path))


def test_cli_extract_fails_cleanly_when_the_server_is_gone(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", "http://127.0.0.1:9/none.html", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "could not fetch" in result.output and "Traceback" not in result.output


def test_html_without_a_date_gets_none_not_a_year_from_the_text(sources: Path) -> None:
    from kg.articles import read_html

    assert read_html(sources / "page.html").date is None


# -- building in worker processes ------------------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _nquads(graph) -> bytes:  # noqa: ANN001 - a KnowledgeGraph
    """The graph as kg writes it: sorted, the ontology's blank nodes labelled canonically."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        graph.save(Path(folder) / "graph.nq")
        return (Path(folder) / "graph.nq").read_bytes()


def test_build_in_two_processes_gives_the_same_graph_and_report(sources: Path) -> None:
    (sources / "empty.txt").write_bytes(b"")  # a source a worker cannot read
    paths = [EXAMPLES, sources]
    one, two = build_graph(paths, jobs=1), build_graph(paths, jobs=2)
    assert len(two.report.results) == len(one.report.results) == 8
    assert _nquads(two.graph) == _nquads(one.graph)
    assert two.report.results == one.report.results
    assert two.report.issues == one.report.issues
    assert two.report.failed_sources == one.report.failed_sources == [str(sources / "empty.txt")]


def test_build_in_two_processes_replaces_an_article_the_graph_already_holds(sources: Path) -> None:
    from kg.graph import KnowledgeGraph

    def build(jobs: int) -> tuple[KnowledgeGraph, list[str]]:
        graph = KnowledgeGraph()
        build_graph([sources / "baltic.txt"], graph=graph)
        # The worker's mapping cannot simply be loaded: the graph holds an earlier version of baltic.
        (sources / "baltic.txt").write_text(ARTICLE.replace("Denmark", "Iceland"), encoding="utf-8")
        report = build_graph([sources / "baltic.txt", EXAMPLES], graph=graph, jobs=jobs).report
        (sources / "baltic.txt").write_text(ARTICLE, encoding="utf-8")
        return graph, [result.status for result in report.results]

    (one, statuses_one), (two, statuses_two) = build(1), build(2)
    assert statuses_two == statuses_one  # sources come in path order, which depends on where the tests run
    assert sorted(statuses_two) == ["added", "added", "added", "added", "replaced"]
    assert _nquads(two) == _nquads(one)
    assert b"Denmark" not in _nquads(two) and b"Iceland" in _nquads(two)


def test_build_in_two_processes_into_a_store_with_history(tmp_path: Path) -> None:
    from kg.graph import KnowledgeGraph

    for jobs in (1, 2):
        with KnowledgeGraph.open(tmp_path / f"store-{jobs}") as graph:
            report = build_graph([EXAMPLES], graph=graph, jobs=jobs).report
            assert [result.status for result in report.results] == ["added"] * 4
            articles = {q for q in graph.quads() if "graph/" in q.graph_name.value}
            history = len(graph.history(report.results[0].graph))
        assert history == 1  # each article was added through the updater, which records it
        if jobs == 1:
            first = articles
    assert articles == first


def test_cli_build_with_jobs(tmp_path: Path) -> None:
    out = tmp_path / "graph.nq"
    result = CliRunner().invoke(app, ["build", str(EXAMPLES), "-o", str(out), "--jobs", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    single = tmp_path / "single.nq"
    assert CliRunner().invoke(app, ["build", str(EXAMPLES), "-o", str(single), "--quiet"]).exit_code == 0
    assert out.read_bytes() == single.read_bytes()
