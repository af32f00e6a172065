"""kg extract --online, kg link --online and kg gazetteer refresh against the local fake Wikidata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.factsheets import read_fact_sheet
from kg.linking.gazetteer import Gazetteer

from . import fake_wikidata
from .fake_wikidata import FakeWikidata

ARTICLE = ("Defence analyst Ivo Kestrel said that Estonia and Latvia would take part in the drills.\n"
           "Troops from Estonia will take part in the Amber Dawn-2026 exercise in Latvia.\n")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeWikidata]:
    # Two more items in the fake world: a person and an exercise the gazetteer cannot know.
    monkeypatch.setitem(fake_wikidata.ENTITIES, "Q5", ("human", "", (), (), ()))
    monkeypatch.setitem(fake_wikidata.ENTITIES, "Q1151430", ("military exercise", "", (), (), ()))
    monkeypatch.setitem(fake_wikidata.ENTITIES, "Q90001", ("Ivo Kestrel", "Estonian analyst", (), ("Q5",), ()))
    monkeypatch.setitem(fake_wikidata.ENTITIES, "Q90002", ("Amber Dawn-2026", "exercise", (), ("Q1151430",), ()))
    monkeypatch.setitem(fake_wikidata.SEARCH, "ivo kestrel", ("Q90001",))
    monkeypatch.setitem(fake_wikidata.SEARCH, "amber dawn-2026", ("Q90002",))
    with FakeWikidata() as server:
        monkeypatch.setenv("KG_WIKIDATA_API_URL", server.api_url)
        monkeypatch.setenv("KG_WIKIDATA_SPARQL_URL", server.sparql_url)
        monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
        yield server


def _impatient_client(monkeypatch: pytest.MonkeyPatch, **urls: str) -> None:
    """The CLI's client, but giving up after one quick retry (the default backs off for 15 s)."""
    import kg.cli
    from kg.linking.wikidata import WikidataClient

    monkeypatch.setattr(kg.cli, "_wikidata_client", lambda: WikidataClient(retries=1, backoff=0.01, **urls))


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "drills.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_online_links_what_the_gazetteer_lacks_and_caches_it(fake: FakeWikidata, tmp_path: Path) -> None:
    article = _article(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(tmp_path / "out"), "--online"])
    assert result.exit_code == 0, result.output
    qids = {e.label: e.qid for e in read_fact_sheet(tmp_path / "out" / "drills.json").entities}
    assert qids["Ivo Kestrel"] == "Q90001" and qids["Amber Dawn-2026"] == "Q90002" and qids["Estonia"] == "Q191"
    assert "2 entit(y/ies) linked through Wikidata's API" in result.output
    asked = len(fake.requests)
    again = CliRunner().invoke(app, ["extract", str(article), "-o", str(tmp_path / "again"), "--online"])
    assert again.exit_code == 0 and len(fake.requests) == asked  # answered from the cache


def test_extract_online_never_fails_the_run_when_wikidata_is_down(fake: FakeWikidata, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _impatient_client(monkeypatch, api_url="http://127.0.0.1:9/w/api.php",  # nothing listens there
                      cache_dir=tmp_path / "cache")
    result = CliRunner().invoke(app, ["extract", str(_article(tmp_path)), "-o", str(tmp_path / "out"), "--online"])
    assert result.exit_code == 0, result.output
    assert "2 left unlinked because Wikidata could not be asked" in result.output
    qids = {e.label: e.qid for e in read_fact_sheet(tmp_path / "out" / "drills.json").entities}
    assert qids["Ivo Kestrel"] is None and qids["Estonia"] == "Q191"


def test_link_online_adds_wikidata_candidates(fake: FakeWikidata) -> None:
    result = CliRunner().invoke(app, ["link", "Ivo Kestrel", "--type", "Person", "--online"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Q90001") and "[wikidata]" in result.output


def test_gazetteer_refresh_writes_readable_files(fake: FakeWikidata, tmp_path: Path) -> None:
    out = tmp_path / "gazetteer"
    result = CliRunner().invoke(app, ["gazetteer", "refresh", "-o", str(out), "--organisation", "Q7184"])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert "memberships.jsonl" in files
    states = [name for name in files if name.startswith("states")]
    assert Gazetteer.load(states, folder=out).entries


def test_gazetteer_refresh_failure_is_a_clear_error(fake: FakeWikidata, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _impatient_client(monkeypatch, sparql_url="http://127.0.0.1:9/sparql", cache_dir=tmp_path / "cache")
    result = CliRunner().invoke(app, ["gazetteer", "refresh", "-o", str(tmp_path / "g")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and not (tmp_path / "g").exists()
