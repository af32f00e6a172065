"""Tests of kg.linking.gazetteer: the data files shipped in kg/data/ and the offline lookup."""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kg
from kg.errors import KgError
from kg.linking import DISAMBIGUATION, Gazetteer, GazetteerEntry, MatchKind, normalize_name
from kg.linking.gazetteer import DATA_FILES, EXERCISE_SERIES_FILE, load_exercise_series
from kg.models import EntityType

from .conftest import SHARED, need_dev_corpus

DATA = Path(kg.__file__).resolve().parent / "data"
SHARED_DATA = SHARED / "data"
ROOT = Path(__file__).resolve().parent.parent
_QID = re.compile(r"^Q[1-9][0-9]*$")
_TYPES = {t.value for t in EntityType}
_COMMON = {"qid", "label", "type", "aliases", "acronyms"}
REQUIRED = {
    "states.odbl.jsonl": _COMMON | {"iso2", "iso3", "official_name", "demonyms", "capitals", "status"},
    "historical_states.mit.jsonl": _COMMON | {"official_name", "demonyms", "capitals", "status",
                                              "rigour_code"},
    "territories.mit.jsonl": _COMMON | {"official_name", "status", "rigour_code"},
    "organisations.ccbysa.jsonl": _COMMON,
    "curated.mit.jsonl": _COMMON | {"part_of", "note"},
}
LICENCES = {"states.odbl.jsonl": "ODbL-1.0", "historical_states.mit.jsonl": "MIT", "territories.mit.jsonl": "MIT",
            "organisations.ccbysa.jsonl": "CC-BY-SA-4.0", "curated.mit.jsonl": "MIT"}
LINKED_TYPES = {"State", "Alliance", "Organization"}


def _read(name: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    meta = json.loads(lines[0])["_meta"]
    return meta, [json.loads(line) for line in lines[1:]]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def need_shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        if os.environ.get("KG_REQUIRE_SERVICES") == "1":
            pytest.fail(f"{SHARED_DATA} is absent")
        pytest.skip(f"{SHARED_DATA} is absent, so the gazetteer cannot be checked against its sources")
    return SHARED_DATA


# --- the data files ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", DATA_FILES)
def test_gazetteer_file_lines_are_records_with_required_keys(name: str) -> None:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert lines, f"{name} is empty"
    for number, line in enumerate(lines[1:], start=2):
        record = json.loads(line)
        assert isinstance(record, dict), f"{name}:{number}"
        assert REQUIRED[name] <= record.keys(), f"{name}:{number} lacks {REQUIRED[name] - record.keys()}"
        assert record["qid"] is None or _QID.match(record["qid"]), f"{name}:{number}: qid {record['qid']!r}"
        assert record["type"] in _TYPES, f"{name}:{number}: type {record['type']!r}"
        assert isinstance(record["label"], str) and record["label"].strip(), f"{name}:{number}"
        for key in ("aliases", "acronyms", "demonyms", "capitals"):
            values = record.get(key, [])
            assert isinstance(values, list) and all(isinstance(v, str) and v.strip() for v in values), \
                f"{name}:{number}: {key}"
            assert values == sorted(values, key=lambda v: (v.casefold(), v)), f"{name}:{number}: {key}"


@pytest.mark.parametrize("name", DATA_FILES)
def test_gazetteer_file_opens_with_its_licence_and_attribution(name: str) -> None:
    meta, _ = _read(name)
    assert meta["licence"] == LICENCES[name]
    assert meta["attribution"].strip()
    if LICENCES[name] == "MIT":
        assert "Permission is hereby granted" in meta["licence_text"]
    sources = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert f"`{name}`" in sources
    for source in meta["sources"]:
        assert source["commit"] in sources and source["repo"] in sources


def test_exercise_series_file_is_hand_written_sorted_and_documented() -> None:
    meta, records = _read(EXERCISE_SERIES_FILE)
    assert meta["licence"] == "MIT" and "Permission is hereby granted" in meta["licence_text"]
    assert f"`{EXERCISE_SERIES_FILE}`" in (DATA / "SOURCES.md").read_text(encoding="utf-8")
    labels = [record["label"] for record in records]
    assert labels == sorted(labels, key=str.casefold) and len(set(map(str.casefold, labels))) == len(labels)
    assert all(set(record) == {"label", "aliases", "bare", "note"} and isinstance(record["bare"], bool)
               for record in records)
    series = load_exercise_series()
    assert [one.label for one in series] == labels
    talisman = next(one for one in series if one.label == "Talisman Sabre")
    assert talisman.names() == ("Talisman Sabre", "Talisman Saber") and talisman.bare


def test_a_malformed_exercise_series_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / EXERCISE_SERIES_FILE).write_text('{"_meta": {}}\n{"aliases": []}\n', encoding="utf-8")
    with pytest.raises(KgError, match=r"exercise_series.mit.jsonl, line 2: not an exercise series"):
        load_exercise_series(tmp_path)
    with pytest.raises(KgError, match="cannot read exercise_series.mit.jsonl"):
        load_exercise_series(tmp_path / "missing")


def test_gazetteer_historical_file_keeps_the_opensanctions_notice() -> None:
    meta, _ = _read("historical_states.mit.jsonl")
    assert "OpenSanctions Datenbanken GmbH" in meta["copyright"]
    assert "OpenSanctions Datenbanken GmbH" in meta["attribution"]


def test_gazetteer_files_are_sorted_and_small() -> None:
    for name in DATA_FILES:
        _, records = _read(name)
        labels = [r["label"].casefold() for r in records]
        assert labels == sorted(labels), name
    total = sum(path.stat().st_size for path in DATA.iterdir())
    assert total < 3_000_000


def test_gazetteer_types_of_alliances_and_organisations() -> None:
    _, records = _read("organisations.ccbysa.jsonl")
    types = {r["qid"]: r["type"] for r in records}
    assert types["Q7184"] == types["Q318693"] == "Alliance"
    assert {t for qid, t in types.items() if qid not in ("Q7184", "Q318693")} == {"Organization"}
    for qid in ("Q485207", "Q458", "Q7779", "Q4173083", "Q166110", "Q81299", "Q1065", "Q7768", "Q217172",
                "Q7159"):
        assert qid in types


def test_gazetteer_curated_entries_have_no_qid_and_say_why() -> None:
    _, records = _read("curated.mit.jsonl")
    by_label = {r["label"]: r for r in records}
    assert all(r["qid"] is None and r["note"].strip() for r in records)
    for label in ("CSTO Parliamentary Assembly", "CSTO Joint Staff", "CSTO Collective Rapid Reaction Force"):
        assert by_label[label]["part_of"] == "CSTO"
    for label in ("NATO Parliamentary Assembly", "Partnership for Peace",
                  "Individual Partnership Action Plan", "Membership Action Plan"):
        assert by_label[label]["part_of"] == "NATO"
    for label in ("BRICS", "AUKUS", "Quadrilateral Security Dialogue"):
        assert label in by_label


def test_gazetteer_territories_are_places_but_the_associated_and_de_facto_states() -> None:
    meta, records = _read("territories.mit.jsonl")
    assert "OpenSanctions Datenbanken GmbH" in meta["attribution"]
    by_label = {r["label"]: r for r in records}
    de_facto = {"Somaliland", "Abkhazia", "South Ossetia", "Transnistria", "Northern Cyprus"}
    assert {label for label, r in by_label.items() if r["type"] == "State"} == {"Cook Islands", "Niue", *de_facto}
    assert {label for label, r in by_label.items() if r["status"] == "de_facto_state"} == de_facto
    # Abkhazia's is the de facto state's QID, not that of Georgia's autonomous republic (rigour's main one)
    assert (by_label["Abkhazia"]["qid"], by_label["Somaliland"]["qid"]) == ("Q23334", "Q34754")
    assert "TRNC" in by_label["Northern Cyprus"]["acronyms"]
    assert not any("(" in n or n.isupper() for label in de_facto for n in by_label[label]["aliases"])
    assert {by_label[label]["qid"] for label in ("Guam", "Greenland", "Hong Kong", "New Caledonia")} == {
        "Q16635", "Q223", "Q8646", "Q33788"}
    names = {n for r in records for n in (r["label"], *r["aliases"])}
    assert not names & {"Jersey", "Western Sahara", "Tristan", "Ascension", "Canaries", "Mann"}  # other things
    assert all(r.get("part_of") is None for r in records)  # a territory's state is the text's to say


def test_gazetteer_data_matches_a_fresh_build(tmp_path: Path) -> None:
    data = need_shared_data()
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_gazetteer.py"), "--data", str(data),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for path in sorted(tmp_path.iterdir()):
        assert path.read_bytes() == (DATA / path.name).read_bytes(), \
            f"kg/data/{path.name} is stale: run tools/build_gazetteer.py"


def test_gazetteer_qids_agree_with_shared_data() -> None:
    data = need_shared_data()
    with (data / "sovereign_states.csv").open(encoding="utf-8", newline="") as handle:
        states = {row["iso3166_alpha3"]: row for row in csv.DictReader(handle)}
    _, records = _read("states.odbl.jsonl")
    assert len(records) == len(states)
    for record in records:
        assert record["qid"] == states[record["iso3"]]["qid"], record["label"]

    rigour = {}
    with (data / "rigour_territories.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            rigour[row["code"]] = row
    _, records = _read("historical_states.mit.jsonl")
    for record in records:
        row = rigour[record["rigour_code"]]
        assert record["qid"] == row["qid"] and row.get("is_historical"), record["label"]
    _, records = _read("territories.mit.jsonl")
    sovereign = {row["qid"] for row in states.values()}
    for record in records:
        row = rigour[record["rigour_code"]]
        # (a de facto state may take the one of rigour's other QIDs that is the state: Abkhazia's)
        qids = (row["qid"], *row.get("other_qids", ())) if record["status"] == "de_facto_state" else (row["qid"],)
        assert record["qid"] in qids and not row.get("is_historical") and row["qid"] not in sovereign

    with (data / "international_organisations.csv").open(encoding="utf-8", newline="") as handle:
        organisations = {row["qid"]: row for row in csv.DictReader(handle) if row["qid"]}
    _, records = _read("organisations.ccbysa.jsonl")
    for record in records:
        assert record["qid"] in organisations, record["label"]
    # A sample against what shared/data/README.md states.
    expected = {"Q15180": "Soviet Union", "Q83286": "Yugoslavia", "Q37024": "Serbia and Montenegro"}
    assert {qid: rigour[code]["name"] for code, qid in (("suhh", "Q15180"), ("yucs", "Q83286"),
                                                        ("csxx", "Q37024"))} == expected
    assert organisations["Q318693"]["abbreviation_en"] == "CSTO"
    assert organisations["Q7184"]["abbreviation_en"] == "NATO"


# --- ambiguity ---------------------------------------------------------------------------------

def test_gazetteer_every_ambiguous_name_is_in_the_disambiguation_table(gazetteer: Gazetteer) -> None:
    ambiguous = gazetteer.ambiguous_names()
    uncovered = {key: entities for key, entities in ambiguous.items() if key not in DISAMBIGUATION}
    assert not uncovered, f"names with several entities need a DISAMBIGUATION rule: {uncovered}"
    for key, entities in ambiguous.items():
        assert entities == DISAMBIGUATION[key].order, key


def test_gazetteer_disambiguation_table_names_known_entities(gazetteer: Gazetteer) -> None:
    keys = {entry.key for entry in gazetteer.entries}
    for name, rule in DISAMBIGUATION.items():
        assert normalize_name(name) == name
        assert rule.order and set(rule.order) <= keys, name
        assert rule.reason.strip()
        assert [entry.key for entry in gazetteer.lookup(name)] == list(rule.order)


def test_gazetteer_congo_is_ambiguous_with_the_drc_first(gazetteer: Gazetteer) -> None:
    assert [e.qid for e in gazetteer.lookup("Congo")] == ["Q974", "Q971"]
    assert [e.qid for e in gazetteer.lookup("Congolese")] == ["Q974", "Q971"]
    assert [e.qid for e in gazetteer.lookup("Republic of the Congo")] == ["Q971"]


def test_gazetteer_table_cannot_be_changed() -> None:
    with pytest.raises(TypeError):
        DISAMBIGUATION["serbia"] = DISAMBIGUATION["georgia"]  # type: ignore[index]


# --- lookup ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "qid", "match"), [
    ("Serbia", "Q403", MatchKind.LABEL),
    ("serbia", "Q403", MatchKind.LABEL),
    ("Serbia's", "Q403", MatchKind.LABEL),
    ("Serbia’s", "Q403", MatchKind.LABEL),
    ("Republic of Serbia", "Q403", MatchKind.ALIAS),
    ("the Republic of Serbia", "Q403", MatchKind.ALIAS),
    ("Serbian", "Q403", MatchKind.DEMONYM),
    ("Belgrade's", "Q403", MatchKind.CAPITAL),
    ("the Soviet Union", "Q15180", MatchKind.LABEL),
    ("USSR", "Q15180", MatchKind.ACRONYM),
    ("Soviet", "Q15180", MatchKind.DEMONYM),
    ("Federal Republic of Yugoslavia", "Q37024", MatchKind.ALIAS),
    ("CSTO", "Q318693", MatchKind.ACRONYM),
    ("ODKB", "Q318693", MatchKind.ACRONYM),
    ("CSTO's", "Q318693", MatchKind.ACRONYM),
    ("Collective Security Treaty Organisation", "Q318693", MatchKind.ALIAS),
    ("Collective Security Treaty Organization", "Q318693", MatchKind.LABEL),
    ("Shanghai Cooperation Organization", "Q485207", MatchKind.ALIAS),
    ("NATO", "Q7184", MatchKind.LABEL),
    ("North Atlantic Treaty Organization", "Q7184", MatchKind.ALIAS),
    ("Macedonia", "Q221", MatchKind.ALIAS),
    ("Burma", "Q836", MatchKind.ALIAS),
    ("Türkiye", "Q43", MatchKind.ALIAS),
    ("Turkiye", "Q43", MatchKind.ALIAS),
    ("TÜRKİYE", "Q43", MatchKind.ALIAS),
    ("Turkey", "Q43", MatchKind.LABEL),
    ("Kyrgyz", "Q813", MatchKind.DEMONYM),
    ("Kyrgystan", "Q813", MatchKind.ALIAS),  # a misspelling wire copy often prints
    ("Kirghizia", "Q813", MatchKind.ALIAS),
    ("Tadjikistan", "Q863", MatchKind.ALIAS),
    ("Kazakstan", "Q232", MatchKind.ALIAS),
    ("Washington", "Q30", MatchKind.CAPITAL),
    ("the U.S.", "Q30", MatchKind.ACRONYM),
    ("the US", "Q30", MatchKind.ACRONYM),
    ("Côte d’Ivoire", "Q1008", MatchKind.ALIAS),
    ("Ivory Coast", "Q1008", MatchKind.LABEL),
    ("Georgia", "Q230", MatchKind.LABEL),
    ("Republic of Belarus", "Q184", MatchKind.ALIAS),
    ("Belarusian", "Q184", MatchKind.DEMONYM),
    ("Korea", "Q884", MatchKind.ALIAS),
    ("Chișinău", "Q217", MatchKind.CAPITAL),
    ("Chisinau", "Q217", MatchKind.CAPITAL),
    ("the Philippines'", "Q928", MatchKind.LABEL),
    # the reference list's other rows, by their English names (and a long abbreviation no other row has)
    ("European Council", "Q8886", MatchKind.LABEL),
    ("International Court of Justice", "Q7801", MatchKind.LABEL),
    ("EEAS", "Q672941", MatchKind.ACRONYM),
    ("OPEC", "Q7795", MatchKind.ACRONYM),
])
def test_gazetteer_lookup_finds_the_entity(gazetteer: Gazetteer, name: str, qid: str,
                                           match: MatchKind) -> None:
    candidates = gazetteer.lookup(name)
    assert candidates, name
    assert (candidates[0].qid, candidates[0].match) == (qid, match)


@pytest.mark.parametrize(("name", "label", "part_of"), [
    ("PROSUR", "Forum for the Progress of South America", None),
    ("EUNAVFOR Atalanta", "Operation Atalanta", "European Union"),
    ("Minsk Group", "OSCE Minsk Group", "OSCE"),
])
def test_gazetteer_lookup_curated_bodies_of_the_field(gazetteer: Gazetteer, name: str, label: str,
                                                     part_of: str | None) -> None:
    [entry] = gazetteer.lookup(name)
    assert (entry.label, entry.qid, entry.part_of) == (label, None, part_of)
    assert gazetteer.lookup("Atalanta") == []  # (a name of much else)


def test_gazetteer_lookup_ipap_has_no_qid(gazetteer: Gazetteer) -> None:
    [entry] = gazetteer.lookup("IPAP")
    assert (entry.label, entry.qid, entry.type, entry.match) == (
        "Individual Partnership Action Plan", None, EntityType.AGREEMENT, MatchKind.ACRONYM)
    assert entry.source == "curated.mit.jsonl" and entry.part_of == "NATO"
    assert gazetteer.lookup("individual partnership action plan (IPAP)") == [
        dataclasses.replace(entry, match=MatchKind.LABEL)]


def test_gazetteer_lookup_keeps_the_two_csto_forces_apart(gazetteer: Gazetteer) -> None:
    reaction = gazetteer.lookup("Collective Rapid Reaction Forces")
    deployment = gazetteer.lookup("CSTO's Collective Rapid-Deployment Forces")
    assert [e.label for e in reaction] == ["CSTO Collective Rapid Reaction Force"]
    assert [e.label for e in deployment] == ["CSTO Collective Rapid Deployment Forces"]
    assert reaction[0].type == deployment[0].type == EntityType.MILITARY_UNIT


# (nor the abbreviations of the reference list that are words, or that two rows share: "SHARE", "CIAT")
@pytest.mark.parametrize("name", ["", "   ", "Ruritania", "the", "Male", "Victoria", "SHARE", "CIAT", "ICJ"])
def test_gazetteer_lookup_of_unknown_names_is_empty(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) == []


def test_gazetteer_entry_is_frozen(gazetteer: Gazetteer) -> None:
    entry = gazetteer.lookup("Serbia")[0]
    assert isinstance(entry, GazetteerEntry)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.qid = "Q1"  # type: ignore[misc]


@pytest.mark.parametrize(("name", "key"), [
    ("the  Türkiye’s", "turkiye's"),
    ("U.S.A.", "usa"),
    ("Collective Rapid-Deployment Forces", "collective rapid deployment forces"),
    ("Washington, D.C.", "washington dc"),
    ("Serbia\u00a0and Montenegro", "serbia and montenegro"),
    ("Bosnia & Herzegovina", "bosnia and herzegovina"),
])
def test_gazetteer_normalize_name(name: str, key: str) -> None:
    assert normalize_name(name) == key


def test_gazetteer_names_lists_every_surface_form(gazetteer: Gazetteer) -> None:
    names = list(gazetteer.names())
    assert len(names) > len(gazetteer.entries)
    assert ("Belgrade", MatchKind.CAPITAL, "Q403") in {(s, e.match, e.qid) for s, e in names}
    for surface, entry in names:
        assert entry.key in {candidate.key for candidate in gazetteer.lookup(surface)}, surface


def test_gazetteer_resolves_the_gold_entities_of_the_dev_corpus(gazetteer: Gazetteer,
                                                                 record_property: Any) -> None:
    corpus = need_dev_corpus()
    checked, failures = 0, []
    for path in sorted(corpus.glob("*.json")):
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            if entity["type"] not in LINKED_TYPES or entity["wikidata"] is None:
                continue
            checked += 1
            candidates = gazetteer.lookup(entity["mention"])
            first = (candidates[0].qid, candidates[0].type.value) if candidates else None
            if first != (entity["wikidata"], entity["type"]):
                failures.append(f"{path.name}: {entity['mention']!r} -> {first}, gold {entity['wikidata']}")
    record_property("gold_resolved", f"{checked - len(failures)} of {checked}")
    print(f"gazetteer: {checked - len(failures)} of {checked} gold state, alliance and organisation "
          "mentions resolved")
    assert checked > 0
    assert not failures, "\n".join(failures)
