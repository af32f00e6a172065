"""Updating a persistent graph: add, correct, retract, re-ingest, history and diff, with counts at every
step; a writer killed mid-update; two writers at once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.graph import KnowledgeGraph
from kg.models import Evidence, FactSheet
from kg.updates import CORRECTIONS_GRAPH, HISTORY_GRAPH

from .test_queries import _drills_sheet

WD = "http://www.wikidata.org/entity/"
KG = "https://w3id.org/kg/ontology#"
ID = "https://w3id.org/kg/id/"


class Clock:
    """A clock the test moves by hand, so that history times are known."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[KnowledgeGraph]:
    graph = KnowledgeGraph.open(tmp_path / "db")
    graph.updater.clock = Clock()
    yield graph
    graph.close()


def _members(graph: KnowledgeGraph, organisation: str) -> list[str]:
    return sorted(row[0].value for row in graph.run("memberships/members", organisation=organisation).rows)


def _article_quads(graph: KnowledgeGraph, article: str) -> int:
    return sum(1 for _ in graph.store.quads_for_pattern(None, None, None,
                                                        ox.NamedNode(f"https://w3id.org/kg/graph/{article}")))


def _changed_drills() -> FactSheet:
    """The drills article as its publisher corrected it: Armenia no longer takes part."""
    sheet = _drills_sheet()
    text = sheet.article.text.replace("Serbia and Armenia will", "Serbia alone will")
    facts = []
    for fact in sheet.facts:
        if fact.subject == "Armenia":
            continue
        evidence = fact.evidence
        if evidence is not None:
            sentence = evidence.text.replace("Serbia and Armenia will", "Serbia alone will")
            start = text.index(sentence)
            evidence = Evidence(sentence, start, start + len(sentence))
        facts.append(dataclasses.replace(fact, evidence=evidence))
    return dataclasses.replace(sheet, article=dataclasses.replace(sheet.article, text=text), facts=tuple(facts))


def test_updates_add_correct_retract_reingest_history(store: KnowledgeGraph, small_sheet: FactSheet) -> None:
    # add
    assert store.add_sheet(small_sheet).status == "added"
    assert store.add_sheet(_drills_sheet()).status == "added"
    assert _members(store, "Q7184") == [WD + "Q211", WD + "Q33"]
    facts = len(store.run("articles/facts", article="steppe-guard").rows)
    assert facts == 10
    assert [c.operation for c in store.history(f"{ID}article/steppe-guard")] == ["add"]

    # correct: the exercise gets a (made-up) QID; every fact about it follows
    exercise = f"{ID}event/steppe-guard-2026"
    store.set_qid(exercise, "Q99999901", reason="found its item")
    assert not list(store.store.quads_for_pattern(ox.NamedNode(exercise), None, None))
    parties = store.run("exercises/exercises", host="Q232").rows
    assert {row[0].value for row in parties} == {WD + "Q99999901"} and len(parties) == 3

    # retract: Latvia's membership
    latvia = next(row[0].value for row in store.query(
        "SELECT ?s WHERE { ?s kg:member wd:Q211 ; kg:organization wd:Q7184 }"))
    change = store.retract(latvia, reason="the article misread", by="ana")
    assert change is not None and change.operation == "retract" and len(change.removed) == 1
    assert _members(store, "Q7184") == [WD + "Q33"]

    # re-ingest a changed version: Armenia's facts go, the correction still applies
    assert store.add_sheet(_changed_drills()).status == "replaced"
    assert len(store.run("articles/facts", article="steppe-guard").rows) == facts - 1
    assert {row[0].value for row in store.run("exercises/exercises", host="Q232").rows} == {WD + "Q99999901"}
    assert store.add_sheet(_changed_drills()).status == "unchanged"

    # re-ingest the first article unchanged: Latvia stays retracted
    assert store.add_sheet(small_sheet).status == "unchanged"
    assert _members(store, "Q7184") == [WD + "Q33"]

    # history
    operations = [c.operation for c in store.history(f"{ID}article/steppe-guard")]
    assert operations == ["add", "reingest"]
    assert [c.operation for c in store.history(exercise)] == ["add", "set-qid"]
    latvia_history = store.history(latvia)
    assert [c.operation for c in latvia_history] == ["add", "retract"]
    assert latvia_history[1].by == "ana" and latvia_history[1].reason == "the article misread"
    assert "retract by ana" in latvia_history[1].summary()


def test_updates_reingesting_the_same_article_leaves_the_store_byte_identical(
        store: KnowledgeGraph, small_sheet: FactSheet, tmp_path: Path) -> None:
    store.add_sheet(small_sheet)
    store.add_sheet(_drills_sheet())
    first, second = tmp_path / "first.nq", tmp_path / "second.nq"
    store.save(first)
    for _ in range(2):
        assert store.add_sheet(_drills_sheet()).status == "unchanged"
    store.save(second)
    assert first.read_bytes() == second.read_bytes()


def test_updates_reingest_records_only_what_changed(store: KnowledgeGraph, small_sheet: FactSheet) -> None:
    """One fact withdrawn: the history holds that fact's quads and the new content hash, nothing else."""
    sheet = dataclasses.replace(small_sheet, facts=tuple(dataclasses.replace(fact, confidence=1.0)
                                                         for fact in small_sheet.facts))
    store.add_sheet(sheet)
    status, _, change = store.updater.add_sheet(dataclasses.replace(sheet, facts=sheet.facts[:-1]))
    assert status == "replaced" and change is not None
    statements = {q.subject.value for q in (*change.removed, *change.added) if "/id/statement/" in q.subject.value}
    assert len(statements) == 1
    assert [q.predicate.value for q in change.added] == [KG + "contentHash"]


def test_updates_retracting_an_article_keeps_its_graph(store: KnowledgeGraph, small_sheet: FactSheet) -> None:
    store.add_sheet(small_sheet)
    before = _article_quads(store, "amber-shield")
    change = store.retract_article("amber-shield", reason="satire site", by="ana")
    assert change is not None and change.operation == "retract-article"
    assert _members(store, "Q7184") == []
    assert store.run("articles/facts", article="amber-shield").rows == []
    # Two plain triples went (Finland's and Latvia's memberships; the others are not asserted or
    # have a literal object), six quads came per retracted statement.
    assert _article_quads(store, "amber-shield") == before - len(change.removed) + len(change.added)
    assert store.retract_article("amber-shield", reason="again") is None  # nothing left to retract
    with pytest.raises(StoreError, match="no article 'nowhere'"):
        store.retract_article("nowhere", reason="x")


def test_updates_corrections_apply_to_articles_added_later(store: KnowledgeGraph) -> None:
    store.add_sheet(_drills_sheet())
    store.set_qid(f"{ID}event/steppe-guard-2026", "Q99999901")
    later = _drills_sheet()
    later = dataclasses.replace(later, article=dataclasses.replace(later.article, id="steppe-guard-follow-up"))
    store.add_sheet(later)
    subjects = {q.subject.value for q in store.store.quads_for_pattern(
        None, None, None, ox.NamedNode("https://w3id.org/kg/graph/steppe-guard-follow-up"))}
    assert WD + "Q99999901" in subjects and f"{ID}event/steppe-guard-2026" not in subjects


def test_updates_merge_then_split_restores_the_facts(store: KnowledgeGraph, small_sheet: FactSheet,
                                                     tmp_path: Path) -> None:
    store.add_sheet(small_sheet)
    store.add_sheet(_drills_sheet())
    before = tmp_path / "before.nq"
    store.save(before)
    amber, steppe = f"{ID}event/amber-shield-2025", f"{ID}event/steppe-guard-2026"
    store.merge(steppe, amber, reason="test merge")
    assert not list(store.store.quads_for_pattern(ox.NamedNode(amber), None, None))
    hosts = {row[6].value for row in store.run("exercises/exercises", participant="Q403").rows if row[6]}
    assert KG.replace("ontology#", "role/") + "host" in hosts  # Estonia's hosting now on the merged exercise
    correction = next(q.subject.value for q in store.store.quads_for_pattern(
        None, ox.NamedNode(KG + "correctedEntity"), ox.NamedNode(amber), ox.NamedNode(CORRECTIONS_GRAPH)))
    store.split(correction, reason="they differ")
    after = tmp_path / "after.nq"
    store.save(after)

    def article_lines(path: Path) -> list[str]:
        return [line for line in path.read_text().splitlines()
                if HISTORY_GRAPH not in line and CORRECTIONS_GRAPH not in line]

    assert article_lines(after) == article_lines(before)
    assert [c.operation for c in store.history(amber)] == ["add", "merge", "split"]
    with pytest.raises(StoreError, match="no correction"):
        store.split(correction)


def test_updates_sparql_update_is_recorded_and_a_bad_one_changes_nothing(store: KnowledgeGraph,
                                                                         small_sheet: FactSheet) -> None:
    store.add_sheet(small_sheet)
    size = len(store)
    change = store.update('INSERT DATA { GRAPH <https://example.org/notes> { <https://example.org/a> '
                          '<https://example.org/says> "hi" } }', reason="a note")
    assert change is not None and change.sparql and len(store) == size + 1 + 7  # the triple; the record: type, rank, time, operation, who, why, text
    size = len(store)
    with pytest.raises(StoreError, match="changed nothing"):
        store.update("INSERT DATA { this is not SPARQL }")
    assert len(store) == size


def test_updates_diff_between_two_points_in_time(store: KnowledgeGraph, small_sheet: FactSheet) -> None:
    store.add_sheet(small_sheet)                      # 09:01
    middle = store.updater.clock.now.isoformat()     # type: ignore[attr-defined]
    store.add_sheet(_drills_sheet())                  # 09:02 (and the MAX query's clock tick)
    statement = next(row[0].value for row in store.query(
        "SELECT ?s WHERE { ?s kg:member wd:Q711 }"))
    store.retract(statement, reason="check")
    diff = store.diff(middle)
    assert [c.operation for c in diff.changes] == ["add", "retract"]
    graphs = {q.graph_name.value for q in diff.added}
    assert graphs == {"https://w3id.org/kg/graph/steppe-guard"}
    assert not diff.removed  # the removed plain triple was added in the same period: nets out
    patch = diff.patch()
    assert patch.startswith("H id ") and all(line.startswith(("H ", "A ")) for line in patch.splitlines())
    everything = store.diff("2025-01-01")
    assert len(everything.changes) == 3
    with pytest.raises(StoreError, match="not an ISO date"):
        store.diff("last tuesday")


def test_updates_a_store_held_by_another_process_is_waited_for(tmp_path: Path, small_sheet: FactSheet) -> None:
    holder = KnowledgeGraph.open(tmp_path / "db")
    with pytest.raises(StoreError, match="another process holds it"):
        KnowledgeGraph.open(tmp_path / "db", wait=0.2)
    holder.close()
    KnowledgeGraph.open(tmp_path / "db", wait=0.2).close()


# -- processes that really die, and writers at the same time ---------------------------------------

_WRITER = textwrap.dedent("""
    import sys, dataclasses
    sys.path.insert(0, {root!r})
    from kg.graph import KnowledgeGraph
    from tests.test_queries import _drills_sheet
    name, start, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    graph = KnowledgeGraph.open({store!r}, wait=120)
    base = _drills_sheet()
    for i in range(start, start + count):
        article = dataclasses.replace(base.article, id=f"{{name}}-{{i}}")
        graph.add_sheet_as(dataclasses.replace(base, article=article), by=name)
        print(i, flush=True)
    graph.close()
""")


def _writer(tmp_path: Path, store: Path, name: str, start: int, count: int) -> subprocess.Popen[str]:
    script = tmp_path / "writer.py"
    root = str(Path(__file__).resolve().parent.parent)
    script.write_text(_WRITER.format(root=root, store=str(store)))
    return subprocess.Popen([sys.executable, str(script), name, str(start), str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _complete_articles(store: Path) -> tuple[int, set[int]]:
    """How many quads each article graph holds (they must all be equal) and how many articles there are."""
    graph = KnowledgeGraph.open(store, wait=30)
    sizes = {}
    for quad in graph.store.quads_for_pattern(None, None, None, None):
        if quad.graph_name.value.startswith("https://w3id.org/kg/graph/"):  # type: ignore[union-attr]
            sizes[quad.graph_name.value] = sizes.get(quad.graph_name.value, 0) + 1  # type: ignore[union-attr]
    changes = sum(1 for _ in graph.store.quads_for_pattern(None, ox.NamedNode(KG + "operation"), None, None))
    graph.close()
    return changes, set(sizes.values())


def test_updates_a_writer_killed_mid_update_leaves_whole_articles(tmp_path: Path) -> None:
    store = tmp_path / "db"
    rng = random.Random(5)
    reference = tmp_path / "one"
    single = _writer(tmp_path, reference, "ref", 0, 1)
    _, err = single.communicate(timeout=120)
    assert single.returncode == 0, err
    _, (article_size,) = _complete_articles(reference)
    for _ in range(3):
        process = _writer(tmp_path, store, "w", rng.randrange(1000) * 100, 500)
        assert process.stdout is not None
        process.stdout.readline()  # at least one article written
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=30)
        changes, sizes = _complete_articles(store)
        assert sizes == {article_size}  # every article graph whole, none half-written
        assert changes >= 1


def test_updates_two_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    store = tmp_path / "db"
    writers = [_writer(tmp_path, store, name, 0, 8) for name in ("alpha", "beta")]
    for process in writers:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    graph = KnowledgeGraph.open(store)
    ids = graph.articles()
    operations = sum(1 for _ in graph.store.quads_for_pattern(None, ox.NamedNode(KG + "operation"), None, None))
    graph.close()
    assert ids == sorted(f"{name}-{i}" for name in ("alpha", "beta") for i in range(8))
    assert operations == 16


def test_updates_a_sheet_mapped_elsewhere_changes_the_store_as_the_sheet_itself_does(
        tmp_path: Path, small_sheet: FactSheet) -> None:
    """add_prepared finds the delta on N-Quads lines; it must write what add_sheet writes, history included."""
    small_changed = dataclasses.replace(small_sheet, facts=small_sheet.facts[:-1])
    steps = [small_sheet, _drills_sheet(), _changed_drills(), _changed_drills(), "retract", small_changed,
             "correct", _drills_sheet()]

    def run(prepared: bool) -> tuple[list[object], bytes, int]:
        graph = KnowledgeGraph.open(tmp_path / f"db-{prepared}")
        graph.updater.clock = Clock()
        outcomes: list[object] = []
        mapped_here = 0

        def sheet_again(sheet: FactSheet) -> FactSheet:
            nonlocal mapped_here
            mapped_here += 1
            return sheet

        for step in steps:
            if step == "retract":
                latvia = next(row[0].value for row in graph.query(
                    "SELECT ?s WHERE { ?s kg:member wd:Q211 ; kg:organization wd:Q7184 }"))
                graph.retract(latvia, reason="misread")
            elif step == "correct":
                graph.set_qid(f"{ID}event/steppe-guard-2026", "Q99999901")
            elif prepared:
                status, change = graph.updater.add_prepared(graph.mapper.prepare_sheet(step),
                                                            lambda s=step: sheet_again(s))
                outcomes.append((status, change and (change.removed, change.added)))
            else:
                status, _, change = graph.updater.add_sheet(step)
                outcomes.append((status, change and (change.removed, change.added)))
        graph.save(tmp_path / f"{prepared}.nq")
        graph.close()
        return outcomes, (tmp_path / f"{prepared}.nq").read_bytes(), mapped_here

    here, here_bytes, _ = run(prepared=False)
    elsewhere, elsewhere_bytes, mapped_here = run(prepared=True)
    assert [status for status, _ in here] == ["added", "added", "replaced", "unchanged", "replaced", "replaced"]
    assert elsewhere == here
    assert elsewhere_bytes == here_bytes
    # Only the article with a retracted statement and the one an entity correction applies to were mapped again.
    assert mapped_here == 2


def _held_lines(graph: KnowledgeGraph, article: str) -> set[bytes]:
    """An article graph's N-Quads lines as the store holds them (read term by term)."""
    name = ox.NamedNode(f"https://w3id.org/kg/graph/{article}")
    quads = list(graph.store.quads_for_pattern(None, None, None, name))
    return set(ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines()) if quads else set()


def _replayed(graph: KnowledgeGraph, article: str) -> set[bytes] | None:
    return graph.updater._recorded_lines(ox.NamedNode(f"https://w3id.org/kg/graph/{article}"))


def test_updates_the_history_replays_to_each_article_graph_the_store_holds(
        store: KnowledgeGraph, small_sheet: FactSheet) -> None:
    """Re-ingesting reads an article's previous quads from its recorded changes: after every kind of
    change, replaying them must give exactly what the store holds."""
    amber, steppe = f"{ID}event/amber-shield-2025", f"{ID}event/steppe-guard-2026"
    steps = [
        lambda: store.add_sheet(small_sheet),
        lambda: store.add_sheet(_drills_sheet()),
        lambda: store.add_sheet(_changed_drills()),
        lambda: store.retract(next(row[0].value for row in store.query(
            "SELECT ?s WHERE { ?s kg:member wd:Q211 ; kg:organization wd:Q7184 }")), reason="misread"),
        lambda: store.set_qid(steppe, "Q99999901"),
        lambda: store.merge(steppe, amber),
        lambda: store.split(next(q.subject.value for q in store.store.quads_for_pattern(
            None, ox.NamedNode(KG + "correctedEntity"), ox.NamedNode(amber), ox.NamedNode(CORRECTIONS_GRAPH)))),
        lambda: store.add_sheet(dataclasses.replace(small_sheet, facts=small_sheet.facts[:-1])),
        lambda: store.add_sheet(_drills_sheet()),
        lambda: store.retract_article("steppe-guard", reason="satire"),
    ]
    for number, step in enumerate(steps):
        step()
        for article in ("amber-shield", "steppe-guard"):
            held = _held_lines(store, article)
            assert _replayed(store, article) == held, (number, article)
    assert _replayed(store, "never-added") == set()


def test_updates_a_sparql_update_after_an_article_stops_its_replay_but_not_its_reingest(
        store: KnowledgeGraph, small_sheet: FactSheet) -> None:
    store.add_sheet(small_sheet)
    store.update('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
                 'DELETE { GRAPH ?g { ?s rdfs:label "Estonia"@en } } INSERT { GRAPH ?g { ?s rdfs:label "Eesti"@en } } '
                 'WHERE { GRAPH ?g { ?s rdfs:label "Estonia"@en } }')
    assert _replayed(store, "amber-shield") is None  # the update's delta was not recorded: read the store
    status = store.add_sheet(dataclasses.replace(small_sheet, facts=small_sheet.facts[:-1])).status
    assert status == "replaced"
    fresh = KnowledgeGraph()
    fresh.add_sheet(dataclasses.replace(small_sheet, facts=small_sheet.facts[:-1]))
    # The relabelling is undone by the re-ingest, exactly as it would be without the replay.
    assert _held_lines(store, "amber-shield") == _held_lines(fresh, "amber-shield")
    store.add_sheet(_drills_sheet())  # an article first recorded after the update replays again
    assert _replayed(store, "steppe-guard") == _held_lines(store, "steppe-guard")


def test_updates_a_write_without_history_is_marked_and_the_replay_stops(tmp_path: Path,
                                                                          small_sheet: FactSheet) -> None:
    folder = tmp_path / "db"
    with KnowledgeGraph.open(folder) as graph:
        graph.add_sheet(small_sheet)
        assert _replayed(graph, "amber-shield") == _held_lines(graph, "amber-shield")
    changed = dataclasses.replace(small_sheet, facts=small_sheet.facts[:-1])
    with KnowledgeGraph.open(folder, history=False) as graph:
        assert graph.add_sheet(changed).status == "replaced"
        graph.add_sheet(_drills_sheet())  # a new article, written without a record
    with KnowledgeGraph.open(folder) as graph:
        marks = list(graph.store.quads_for_pattern(None, ox.NamedNode(KG + "unrecordedChanges"), None))
        assert len(marks) == 1
        assert _replayed(graph, "amber-shield") is None and _replayed(graph, "steppe-guard") is None
        assert graph.add_sheet(small_sheet).status == "replaced"
        fresh = KnowledgeGraph()
        fresh.add_sheet(small_sheet)
        assert _held_lines(graph, "amber-shield") == _held_lines(fresh, "amber-shield")


def test_updates_a_graph_written_before_the_history_began_is_read_from_the_store(
        tmp_path: Path, small_sheet: FactSheet) -> None:
    """A graph that was in the store before its history began has quads no change recorded: the replay
    counts fewer quads than the store holds, and the graph is read from the store."""
    folder = tmp_path / "db"
    with KnowledgeGraph.open(folder, history=False) as graph:  # no history at all: nothing is marked
        graph.add_sheet(small_sheet)
    shorter = dataclasses.replace(small_sheet, facts=small_sheet.facts[:-1])
    with KnowledgeGraph.open(folder) as graph:
        assert graph.add_sheet(shorter).status == "replaced"  # recorded as a re-ingest: only its delta
        assert _replayed(graph, "amber-shield") is None
        assert graph.add_sheet(small_sheet).status == "replaced"
        fresh = KnowledgeGraph()
        fresh.add_sheet(small_sheet)
        assert _held_lines(graph, "amber-shield") == _held_lines(fresh, "amber-shield")
        graph.add_sheet(_drills_sheet())  # added from nothing: its record is whole
        assert _replayed(graph, "steppe-guard") == _held_lines(graph, "steppe-guard")


def test_updates_changes_are_numbered_from_the_counter_or_from_the_records(store: KnowledgeGraph,
                                                                         small_sheet: FactSheet) -> None:
    counter = ox.NamedNode(KG + "lastSequence")
    store.add_sheet(small_sheet)
    store.add_sheet(_drills_sheet())
    assert [q.object.value for q in store.store.quads_for_pattern(None, counter, None)] == ["2"]
    # A history written before kg kept the counter: the next change is numbered from the records.
    store.store.remove(next(store.store.quads_for_pattern(None, counter, None)))
    store.add_sheet(_changed_drills())
    assert [q.object.value for q in store.store.quads_for_pattern(None, counter, None)] == ["3"]
    store.retract_article("steppe-guard", reason="check")
    assert [c.sequence for c in store.history("https://w3id.org/kg/graph/steppe-guard")] == [2, 3, 4]
    assert [q.object.value for q in store.store.quads_for_pattern(None, counter, None)] == ["4"]


def test_updates_a_counter_left_beside_a_newer_one_does_not_number_a_change_twice(
        store: KnowledgeGraph, small_sheet: FactSheet) -> None:
    """A writer stopped between writing a change and dropping the old counter leaves both: the larger counts."""
    counter = ox.NamedNode(KG + "lastSequence")
    history = ox.NamedNode(HISTORY_GRAPH)
    store.add_sheet(small_sheet)
    store.store.add(ox.Quad(history, counter, ox.Literal("0", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer")), history))
    store.add_sheet(_drills_sheet())
    store.add_sheet(_changed_drills())
    assert [c.sequence for c in store.history("https://w3id.org/kg/graph/steppe-guard")] == [2, 3]
    assert [q.object.value for q in store.store.quads_for_pattern(None, counter, None)] == ["3"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_updates_a_build_maps_only_the_articles_whose_content_changed(
        tmp_path: Path, small_sheet: FactSheet, monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    from kg.factsheets import write_fact_sheet
    from kg.mapping import Mapper
    from kg.pipeline import build_graph

    sheets = tmp_path / "sheets"
    sheets.mkdir()
    write_fact_sheet(small_sheet, sheets / "amber-shield.json")
    write_fact_sheet(_drills_sheet(), sheets / "steppe-guard.json")
    with KnowledgeGraph.open(tmp_path / "db") as graph:
        first = {r.article_id: r for r in build_graph(sorted(sheets.glob("*.json")), graph=graph, jobs=jobs)
                 .report.results}
    mapped_log = tmp_path / "mapped.log"  # a file: forked workers map too
    map_sheet = Mapper._map  # what map_sheet and prepare_sheet both do

    def logged(self: Mapper, sheet: FactSheet, *options: object) -> object:
        with mapped_log.open("a") as log:
            log.write(sheet.article.id + "\n")
        return map_sheet(self, sheet, *options)  # type: ignore[arg-type]

    monkeypatch.setattr(Mapper, "_map", logged)
    write_fact_sheet(_changed_drills(), sheets / "steppe-guard.json")
    with KnowledgeGraph.open(tmp_path / "db") as graph:
        again = {r.article_id: r for r in build_graph(sorted(sheets.glob("*.json")), graph=graph, jobs=jobs)
                 .report.results}
    assert mapped_log.read_text().split() == ["steppe-guard"]
    assert again["steppe-guard"].status == "replaced"
    unchanged, before = again["amber-shield"], first["amber-shield"]
    assert unchanged.status == "unchanged" and unchanged.issues == ()
    assert unchanged.statements == before.statements and unchanged.relation_counts == before.relation_counts


def test_updates_an_article_twice_in_one_build_ends_as_its_last_version(tmp_path: Path) -> None:
    """The hashes are read when a build begins: a later source must not be skipped against a stale one."""
    from kg.factsheets import write_fact_sheet
    from kg.pipeline import build_graph

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    write_fact_sheet(_drills_sheet(), old / "steppe-guard.json")
    write_fact_sheet(_changed_drills(), new / "steppe-guard.json")
    with KnowledgeGraph.open(tmp_path / "db") as graph:
        build_graph([old], graph=graph)
        first = _held_lines(graph, "steppe-guard")
        statuses = [r.status for r in build_graph([new, old], graph=graph, jobs=2).report.results]
        assert statuses == ["replaced", "replaced"]
        assert _held_lines(graph, "steppe-guard") == first


def test_updates_a_batch_numbers_changes_and_follows_corrections_made_inside_it(store: KnowledgeGraph,
                                                                                small_sheet: FactSheet) -> None:
    """What a batch reads once (the counter, the corrections, the hashes) stays true through every change in it."""
    counter = ox.NamedNode(KG + "lastSequence")
    with store.updater.batch():
        store.add_sheet(small_sheet)
        store.add_sheet(_drills_sheet())
        store.set_qid(f"{ID}event/steppe-guard-2026", "Q99999901")  # not an addition: the batch reads again
        status, _, _ = store.updater.add_sheet(_changed_drills())
        assert status == "replaced"
        assert store.updater.add_sheet(_changed_drills())[0] == "unchanged"  # the hash it wrote, remembered
    assert [c.sequence for c in store.history("https://w3id.org/kg/graph/steppe-guard")] == [2, 3, 4]
    assert [q.object.value for q in store.store.quads_for_pattern(None, counter, None)] == ["4"]
    subjects = {q.subject.value for q in store.store.quads_for_pattern(
        None, None, None, ox.NamedNode("https://w3id.org/kg/graph/steppe-guard"))}
    assert WD + "Q99999901" in subjects and f"{ID}event/steppe-guard-2026" not in subjects


def test_updates_an_article_twice_in_one_build_without_history_is_unchanged_the_second_time(tmp_path: Path) -> None:
    """The first copy goes in without the updater (no history to keep): the batch must not miss it."""
    from kg.factsheets import write_fact_sheet
    from kg.pipeline import build_graph

    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    for folder in (first, second):
        write_fact_sheet(_drills_sheet(), folder / "steppe-guard.json")
    graph = KnowledgeGraph()
    statuses = [r.status for r in build_graph([first, second], graph=graph).report.results]
    assert statuses == ["added", "unchanged"]
