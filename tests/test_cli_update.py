"""The update commands end to end on a persistent store: kg add, retract, link-fix, split, update,
history and diff, with counts checked after each."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.factsheets import write_fact_sheet
from kg.graph import KnowledgeGraph
from kg.models import FactSheet

from .test_queries import _drills_sheet

EXERCISE = "https://w3id.org/kg/id/event/steppe-guard-2026"


def _kg(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _rows(db: Path, *query: str) -> list[dict[str, dict[str, str]]]:
    return json.loads(_kg("query", *query, "--store", str(db), "-f", "json"))["results"]["bindings"]


@pytest.fixture
def sheets(tmp_path: Path, small_sheet: FactSheet) -> Path:
    """Two fact sheets written for the tests, in a folder."""
    folder = tmp_path / "sheets"
    folder.mkdir()
    write_fact_sheet(small_sheet, folder / "amber-shield.json")
    write_fact_sheet(_drills_sheet(), folder / "steppe-guard.json")
    return folder


def test_cli_update_commands_on_a_store(tmp_path: Path, sheets: Path) -> None:
    db = tmp_path / "db"

    assert "2 added" in _kg("add", str(sheets), "--store", str(db), "--by", "ana", "--reason", "first load")
    assert "2 unchanged" in _kg("add", str(sheets), "--store", str(db))
    assert len(_rows(db, "memberships/members", "-p", "organisation=NATO")) == 2

    fixed = _kg("link-fix", EXERCISE, "--qid", "Q99999901", "--store", str(db), "--by", "ana")
    assert "set-qid by ana" in fixed
    hosts = _rows(db, "exercises/exercises", "-p", "host=Q232")
    assert {row["exercise"]["value"] for row in hosts} == {"http://www.wikidata.org/entity/Q99999901"}

    latvia = next(row["statement"]["value"] for row in _rows(db, "articles/facts", "-p", "article=amber-shield")
                  if row["subject"]["value"].endswith("Q211"))
    assert "retract by bo" in _kg("retract", latvia, "--reason", "misread", "--by", "bo", "--store", str(db))
    assert len(_rows(db, "memberships/members", "-p", "organisation=NATO")) == 1
    assert "already retracted" in _kg("retract", latvia, "--reason", "again", "--store", str(db))

    update = tmp_path / "note.ru"
    update.write_text('INSERT DATA { GRAPH <https://example.org/notes> { <https://example.org/n> '
                      '<https://example.org/text> "checked" } }')
    assert "update by" in _kg("update", str(update), "--store", str(db), "--reason", "a note")

    history = _kg("history", latvia, "--store", str(db))
    assert [line.split()[2] for line in history.splitlines()] == ["add", "retract"]
    turtle = _kg("history", latvia, "--store", str(db), "-f", "turtle")
    assert "kg:Change" in turtle and "kg:removedQuads" in turtle

    patch = tmp_path / "all.rdfp"
    result = CliRunner().invoke(app, ["diff", "--since", "2000-01-01", "--store", str(db), "-o", str(patch)])
    assert result.exit_code == 0 and "5 change(s)" in result.output
    lines = patch.read_text().splitlines()
    assert lines[0].startswith("H id") and any(line.startswith("A ") for line in lines)

    with KnowledgeGraph.open(db) as graph:
        size = len(graph)
    bad = CliRunner().invoke(app, ["retract", "https://w3id.org/kg/id/statement/none", "--reason", "x",
                                   "--store", str(db)])
    assert bad.exit_code == 1 and "no statement" in bad.output
    with KnowledgeGraph.open(db) as graph:
        assert len(graph) == size


def test_cli_update_add_in_worker_processes_writes_the_same_and_records_who_and_why(
        tmp_path: Path, sheets: Path) -> None:
    history = "https://w3id.org/kg/history"

    def add(jobs: str) -> tuple[set[str], list[tuple[str, str, str]]]:
        db = tmp_path / f"db-{jobs}"
        assert "2 added" in _kg("add", str(sheets), "--store", str(db), "--by", "ana", "--reason", "first load",
                                "--jobs", jobs)
        assert "2 unchanged" in _kg("add", str(sheets), "--store", str(db), "--jobs", jobs)
        with KnowledgeGraph.open(db) as graph:
            articles = {str(q) for q in graph.store if q.graph_name.value.startswith("https://w3id.org/kg/graph/")}
            changes = sorted((row[0].value, row[1].value, row[2].value) for row in graph.query(
                f"SELECT ?operation ?by ?reason WHERE {{ GRAPH <{history}> {{ ?c kg:operation ?operation ; "
                "kg:changedBy ?by ; kg:reason ?reason } }"))
        return articles, changes

    one, two = add("1"), add("2")
    assert one[0] and two == one
    assert two[1] == [("add", "ana", "first load")] * 2


def test_cli_update_add_jobs_needs_a_store() -> None:
    result = CliRunner().invoke(app, ["add", "x.json", "--endpoint", "http://127.0.0.1:9/query", "--jobs", "2"])
    assert result.exit_code == 2 and "--jobs needs --store" in result.output


def test_cli_update_merge_and_split(tmp_path: Path, sheets: Path) -> None:
    db = tmp_path / "db"
    _kg("add", str(sheets), "--store", str(db))
    before = tmp_path / "before.nq"
    _kg("export", "--store", str(db), "-o", str(before))
    amber = "https://w3id.org/kg/id/event/amber-shield-2025"
    assert "merge" in _kg("link-fix", amber, "--merge-into", EXERCISE, "--store", str(db))
    with KnowledgeGraph.open(db) as graph:
        correction = next(row[0].value for row in graph.query(
            "SELECT ?c WHERE { GRAPH ?g { ?c kg:correctedEntity ?e } }"))
    assert "split" in _kg("split", correction, "--store", str(db))
    after = tmp_path / "after.nq"
    _kg("export", "--store", str(db), "-o", str(after))

    def facts(path: Path) -> list[str]:
        return [line for line in path.read_text().splitlines() if "/kg/history>" not in line
                and "/kg/corrections>" not in line]

    assert facts(after) == facts(before)


def test_cli_update_needs_one_place_and_a_reason(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["retract", "https://x/s", "--reason", "r"]).exit_code == 2
    assert runner.invoke(app, ["retract", "https://x/s", "--store", str(tmp_path / "db")]).exit_code == 2
    assert runner.invoke(app, ["link-fix", "https://x/e", "--store", str(tmp_path / "db")]).exit_code == 2
    shutil.rmtree(tmp_path / "db", ignore_errors=True)
