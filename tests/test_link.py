"""kg link and link_name: offline candidates read in context."""

from __future__ import annotations

from typer.testing import CliRunner

from kg.cli import app
from kg.linking.link import link_name
from kg.models import EntityType


def test_link_name_orders_by_context() -> None:
    [first, *_] = link_name("Congo", context="Troops landed in Brazzaville.")
    assert (first.qid, first.label) == ("Q971", "Republic of the Congo")
    assert first.score >= 0.9 and "Republic of the Congo" in first.description


def test_link_name_type_filter_accepts_subtypes() -> None:
    assert [c.qid for c in link_name("ODKB", entity_type=EntityType.ORGANIZATION)] == ["Q318693"]
    assert link_name("ODKB", entity_type=EntityType.STATE) == []


class _Client:
    def __init__(self) -> None:
        self.asked: list[tuple[str, object]] = []

    def search(self, name, *, type=None, limit=10):  # noqa: A002 - the protocol's name
        self.asked.append((name, type))
        from types import SimpleNamespace

        return [SimpleNamespace(qid="Q318693", label="dup", description="", score=0.5),
                SimpleNamespace(qid="Q999", label="Eagle Partner", description="exercise", score=0.7)]


def test_link_name_asks_the_client_after_the_gazetteer_without_duplicates() -> None:
    client = _Client()
    found = link_name("CSTO", client=client)
    assert [c.qid for c in found] == ["Q318693", "Q999"]
    assert found[1].source == "wikidata" and client.asked == [("CSTO", None)]


def test_cli_link_prints_candidates_and_fails_without_any() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["link", "Belgrade's"])
    assert result.exit_code == 0 and result.output.startswith("Q403")
    missing = runner.invoke(app, ["link", "Narnia"])
    assert missing.exit_code == 1 and "--online" in missing.output
