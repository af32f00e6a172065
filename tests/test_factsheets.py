"""Tests of kg.factsheets: reading, validating, writing fact sheets, and locating evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from kg.errors import ArticleError, FactSheetError, KgError
from kg.factsheets import (
    dump_fact_sheet,
    find_evidence,
    parse_fact_sheet,
    read_fact_sheet,
    write_fact_sheet,
)
from kg.models import Article, Entity, EntityType, Evidence, Fact, FactSheet, Modality

ARTICLE_HEADER = (
    "TITLE: Ruritania joins Northern Shield 2024\n"
    "SOURCE: Strelsau Herald\n"
    "URL: https://herald.example.org/2024/05/shield\n"
    "DATE: 2024-05-14\n"
    "---\n"
)
ARTICLE_BODY = (
    "Ruritania will take part in Northern Shield 2024, the defence ministry said.\n"
    "The Kingdom of Ruritania joined the Baltic Compact in 2019.\n"
    "Minister Rudolf Elphberg said that Borduria was not invited.\n"
)
S1 = "Ruritania will take part in Northern Shield 2024, the defence ministry said."
S2 = "The Kingdom of Ruritania joined the Baltic Compact in 2019."
S3 = "Minister Rudolf Elphberg said that Borduria was not invited."


def sheet_data() -> dict:
    return {
        "entities": [
            {"mention": "Ruritania", "label": "Ruritania", "type": "State", "wikidata": "Q1234"},
            {"mention": "Kingdom of Ruritania", "label": "Ruritania", "type": "State", "wikidata": "Q1234"},
            {"mention": "Northern Shield 2024", "label": "Northern Shield 2024", "type": "Exercise",
             "wikidata": None},
            {"mention": "Baltic Compact", "label": "Baltic Compact", "type": "Alliance", "wikidata": None},
            {"mention": "Rudolf Elphberg", "label": "Rudolf Elphberg", "type": "Person"},
            {"mention": "Borduria", "label": "Borduria", "type": "State", "wikidata": "Q5678"},
        ],
        "facts": [
            {"subject": "Ruritania", "relation": "participates_in", "object": "Northern Shield 2024",
             "time": "2024", "modality": "planned", "evidence": S1},
            {"subject": "Ruritania", "relation": "member_of", "object": "Baltic Compact",
             "time": "2019", "modality": "asserted", "evidence": S2},
            {"subject": "Borduria", "relation": "participates_in", "object": "Northern Shield 2024",
             "modality": "negated", "evidence": S3, "speaker": "Rudolf Elphberg", "confidence": 0.75},
        ],
    }


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def write_article(path: Path, text: str = ARTICLE_HEADER + ARTICLE_BODY) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- reading -----------------------------------------------------------------------------------

def test_entities_are_grouped_by_label(tmp_path):
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()))
    by_label = {e.label: e for e in sheet.entities}
    assert len(sheet.entities) == 5
    assert set(by_label) == {"Ruritania", "Northern Shield 2024", "Baltic Compact", "Rudolf Elphberg", "Borduria"}
    ruritania = by_label["Ruritania"]
    assert ruritania == Entity("Ruritania", EntityType.STATE, ("Ruritania", "Kingdom of Ruritania"), "Q1234")
    assert by_label["Northern Shield 2024"].type is EntityType.EXERCISE
    assert by_label["Northern Shield 2024"].qid is None
    assert by_label["Rudolf Elphberg"].qid is None
    assert by_label["Borduria"].qid == "Q5678"


def test_repeated_mention_is_listed_once(tmp_path):
    data = {"entities": [{"mention": "Ruritania", "label": "Ruritania", "type": "State"}] * 3, "facts": []}
    sheet = read_fact_sheet(write_json(tmp_path / "s.json", data))
    assert sheet.entities == (Entity("Ruritania", EntityType.STATE, ("Ruritania",)),)


def test_label_defaults_to_mention(tmp_path):
    data = {"entities": [{"mention": "Borduria", "type": "State"}]}
    sheet = read_fact_sheet(write_json(tmp_path / "s.json", data))
    assert sheet.entities == (Entity("Borduria", EntityType.STATE, ("Borduria",)),)
    assert sheet.facts == ()


def test_entity_without_mention_has_no_mentions(tmp_path):
    data = {"entities": [{"label": "Borduria", "type": "State"}]}
    sheet = read_fact_sheet(write_json(tmp_path / "s.json", data))
    assert sheet.entities == (Entity("Borduria", EntityType.STATE, ()),)


def test_facts_are_read(tmp_path):
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()))
    assert len(sheet.facts) == 3
    first, second, third = sheet.facts
    assert (first.subject, first.relation, first.object) == ("Ruritania", "participates_in", "Northern Shield 2024")
    assert first.modality is Modality.PLANNED
    assert first.time == "2024"
    assert first.confidence == 1.0
    assert first.speaker is None
    assert second.modality is Modality.ASSERTED
    assert third.modality is Modality.NEGATED
    assert third.speaker == "Rudolf Elphberg"
    assert third.confidence == 0.75
    assert third.time is None
    assert sheet.method == "curated"
    assert sheet.source == str(tmp_path / "shield.json")


def test_missing_modality_defaults_to_asserted(tmp_path):
    data = {"facts": [{"subject": "Ruritania", "relation": "member_of", "object": "Baltic Compact"}]}
    sheet = read_fact_sheet(write_json(tmp_path / "s.json", data))
    assert sheet.facts[0].modality is Modality.ASSERTED
    assert sheet.facts[0].evidence is None


def test_sheet_without_article_beside_uses_stem_as_id(tmp_path):
    sheet = read_fact_sheet(write_json(tmp_path / "shield-2024.json", sheet_data()))
    assert sheet.article.id == "shield-2024"
    assert sheet.article.text == ""
    assert sheet.article.title is None


def test_article_object_in_sheet_is_read(tmp_path):
    data = sheet_data()
    data["article"] = {"id": "herald-17", "title": "Shield", "publisher": "Strelsau Herald",
                       "url": "https://herald.example.org/17", "date": "2024-05-14"}
    data["method"] = "extractor-x 1.2"
    sheet = read_fact_sheet(write_json(tmp_path / "s.json", data))
    assert sheet.article.id == "herald-17"
    assert sheet.article.title == "Shield"
    assert sheet.article.publisher == "Strelsau Herald"
    assert sheet.article.url == "https://herald.example.org/17"
    assert sheet.article.date == "2024-05-14"
    assert sheet.method == "extractor-x 1.2"


def test_article_beside_gives_metadata_and_text(tmp_path):
    write_article(tmp_path / "shield.txt")
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()))
    assert sheet.article.id == "shield"
    assert sheet.article.title == "Ruritania joins Northern Shield 2024"
    assert sheet.article.publisher == "Strelsau Herald"
    assert sheet.article.date == "2024-05-14"
    assert sheet.article.text == ARTICLE_BODY


def test_article_of_another_stem_is_not_used(tmp_path):
    write_article(tmp_path / "other.txt")
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()))
    assert sheet.article.text == ""
    assert all(f.evidence.start is None for f in sheet.facts)


def test_article_path_argument(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    article = write_article(tmp_path / "elsewhere" / "x.txt")
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()), article_path=article)
    assert sheet.article.text == ARTICLE_BODY
    assert sheet.facts[0].evidence.start == 0


def test_unreadable_article_beside_raises_article_error(tmp_path):
    (tmp_path / "shield.txt").write_bytes(b"")
    with pytest.raises(ArticleError):
        read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()))


# --- evidence offsets --------------------------------------------------------------------------

def test_evidence_offsets_point_into_article_text(tmp_path):
    write_article(tmp_path / "shield.txt")
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()))
    text = sheet.article.text
    expected = [S1, S2, S3]
    for fact, sentence in zip(sheet.facts, expected):
        ev = fact.evidence
        assert ev is not None
        assert ev.text == sentence
        assert ev.start is not None and ev.end is not None
        assert text[ev.start:ev.end] == ev.text
    assert sheet.facts[0].evidence.start == 0
    assert sheet.facts[1].evidence.start == len(S1) + 1


def test_evidence_offsets_are_into_cleaned_text(tmp_path):
    # Decomposed accents and CRLF in the article file; the offsets must hold in the cleaned text.
    raw = "TITLE: Pact\r\n---\r\nThe Re\u0301publique de Ruritanie signed.\r\nBorduria objected.\r\n"
    (tmp_path / "p.txt").write_bytes(raw.encode("utf-8"))
    data = {"facts": [{"subject": "Borduria", "relation": "opposes", "object": "pact",
                       "evidence": "Borduria objected."}]}
    sheet = read_fact_sheet(write_json(tmp_path / "p.json", data))
    ev = sheet.facts[0].evidence
    assert sheet.article.text == "The R\u00e9publique de Ruritanie signed.\nBorduria objected.\n"
    assert sheet.article.text[ev.start:ev.end] == "Borduria objected."
    assert ev.start == len("The R\u00e9publique de Ruritanie signed.\n")


def test_evidence_not_in_article_has_no_offsets(tmp_path):
    write_article(tmp_path / "shield.txt")
    data = sheet_data()
    data["facts"][0]["evidence"] = "Borduria mobilised three brigades."
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", data))
    assert sheet.facts[0].evidence == Evidence("Borduria mobilised three brigades.")


def test_whitespace_tolerant_evidence(tmp_path):
    write_article(tmp_path / "shield.txt")
    data = sheet_data()
    loose = "Ruritania   will take part\nin  Northern\tShield 2024,"
    data["facts"][0]["evidence"] = loose
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", data))
    ev = sheet.facts[0].evidence
    assert ev.text == loose
    assert (ev.start, ev.end) == (0, len("Ruritania will take part in Northern Shield 2024,"))
    assert sheet.article.text[ev.start:ev.end].split() == loose.split()


def test_evidence_spanning_a_line_break_in_the_article(tmp_path):
    write_article(tmp_path / "shield.txt")
    data = sheet_data()
    data["facts"][1]["evidence"] = "the defence ministry said. The Kingdom of Ruritania"
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", data))
    ev = sheet.facts[1].evidence
    assert sheet.article.text[ev.start:ev.end] == "the defence ministry said.\nThe Kingdom of Ruritania"


def test_fields_are_stripped_and_cleaned(tmp_path):
    data = sheet_data()
    data["entities"][0]["label"] = "  Ruritania\t"
    data["entities"][1]["label"] = " Ruritania "
    data["facts"][0]["subject"] = " Ruritania"
    data["facts"][1]["subject"] = "Rurita\x00nia "
    data["facts"][2]["speaker"] = "Rudolf Elphberg\r\n"
    sheet = read_fact_sheet(write_json(tmp_path / "a.json", data))
    assert [e.label for e in sheet.entities if e.qid == "Q1234"] == ["Ruritania"]
    assert [f.subject for f in sheet.facts[:2]] == ["Ruritania", "Ruritania"]
    assert sheet.facts[2].speaker == "Rudolf Elphberg"
    data["facts"][0]["subject"] = "   "
    with pytest.raises(FactSheetError, match=r"facts\[0\]\.subject"):
        read_fact_sheet(write_json(tmp_path / "b.json", data))


def test_evidence_is_stripped(tmp_path):
    write_article(tmp_path / "shield.txt")
    data = sheet_data()
    data["facts"][1]["evidence"] = "  " + S2 + "\n"
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", data))
    ev = sheet.facts[1].evidence
    assert ev.text == S2
    assert sheet.article.text[ev.start:ev.end] == S2


def test_correct_given_offsets_are_kept(tmp_path):
    # The sentence occurs twice; the given offsets point at the second occurrence and are trusted.
    body = "Borduria protested. Ruritania said nothing. Borduria protested.\n"
    write_article(tmp_path / "twice.txt", body)
    second = body.rindex("Borduria protested.")
    data = {"facts": [{"subject": "Borduria", "relation": "opposes", "object": "x",
                       "evidence": "Borduria protested.", "evidence_start": second,
                       "evidence_end": second + len("Borduria protested.")}]}
    sheet = read_fact_sheet(write_json(tmp_path / "twice.json", data))
    assert second > 0
    assert sheet.facts[0].evidence.start == second


@pytest.mark.parametrize("start, end", [(3, 20), (0, 1), (500, 600), (-5, 10), (10, 5), (0, 10_000)])
def test_wrong_given_offsets_are_recomputed(tmp_path, start, end):
    write_article(tmp_path / "shield.txt")
    data = sheet_data()
    data["facts"][1]["evidence_start"] = start
    data["facts"][1]["evidence_end"] = end
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", data))
    ev = sheet.facts[1].evidence
    assert (ev.start, ev.end) == (len(S1) + 1, len(S1) + 1 + len(S2))
    assert sheet.article.text[ev.start:ev.end] == S2


def test_given_offsets_not_numbers(tmp_path):
    data = sheet_data()
    data["facts"][2]["evidence_start"] = "0"
    data["facts"][2]["evidence_end"] = 10
    path = write_json(tmp_path / "s.json", data)
    with pytest.raises(FactSheetError) as info:
        read_fact_sheet(path)
    assert str(info.value).startswith(f"{path}: facts[2].evidence_start: expected two whole numbers")


def test_find_evidence():
    text = "Ruritania and  Borduria\nsigned the pact. Then they signed the pact again."
    assert find_evidence(text, "signed the pact") == (24, 39)
    assert find_evidence(text, "Ruritania and Borduria signed") == (0, 30)
    assert text[0:30] == "Ruritania and  Borduria\nsigned"
    assert find_evidence(text, "Borduria mobilised") is None
    assert find_evidence(text, "") is None
    assert find_evidence(text, "   ") is None
    assert find_evidence("", "pact") is None


def test_find_evidence_escapes_regex_characters():
    text = "The pact (signed 2019) cost $1.5bn [est.]"
    assert find_evidence(text, "pact  (signed 2019)  cost $1.5bn [est.]") == (4, len(text))
    assert find_evidence(text, "pact (signed.2019)") is None


# --- YAML --------------------------------------------------------------------------------------

def test_yaml_sheet(tmp_path):
    write_article(tmp_path / "shield.txt")
    (tmp_path / "shield.yaml").write_text(yaml.safe_dump(sheet_data(), allow_unicode=True), encoding="utf-8")
    from_yaml = read_fact_sheet(tmp_path / "shield.yaml")
    json_dir = tmp_path / "j"
    json_dir.mkdir()
    write_article(json_dir / "shield.txt")
    from_json = read_fact_sheet(write_json(json_dir / "shield.json", sheet_data()))
    assert from_yaml.entities == from_json.entities
    assert from_yaml.facts == from_json.facts
    assert from_yaml.facts[0].evidence.start == 0


def test_handwritten_yml_sheet(tmp_path):
    (tmp_path / "hand.yml").write_text(
        "entities:\n"
        "  - mention: Ruritania\n"
        "    label: Ruritania\n"
        "    type: State\n"
        "    wikidata: Q1234\n"
        "  - {mention: Baltic Compact, label: Baltic Compact, type: Alliance, wikidata: null}\n"
        "facts:\n"
        "  - subject: Ruritania\n"
        "    relation: member_of\n"
        "    object: Baltic Compact\n"
        "    time: '2019'\n"
        "    confidence: 0.9\n",
        encoding="utf-8",
    )
    sheet = read_fact_sheet(tmp_path / "hand.yml")
    assert sheet.entities == (
        Entity("Ruritania", EntityType.STATE, ("Ruritania",), "Q1234"),
        Entity("Baltic Compact", EntityType.ALLIANCE, ("Baltic Compact",), None),
    )
    assert sheet.facts == (Fact("Ruritania", "member_of", "Baltic Compact", time="2019", confidence=0.9),)


def test_yaml_year_written_as_number_is_read_as_text(tmp_path):
    (tmp_path / "y.yaml").write_text(
        "facts:\n  - {subject: Ruritania, relation: member_of, object: Baltic Compact, time: 2019}\n",
        encoding="utf-8",
    )
    assert read_fact_sheet(tmp_path / "y.yaml").facts[0].time == "2019"


def test_yaml_unquoted_date_is_read_as_text(tmp_path):
    (tmp_path / "d.yaml").write_text(
        "facts:\n  - {subject: Ruritania, relation: member_of, object: Baltic Compact, time: 2019-03-12}\n",
        encoding="utf-8",
    )
    assert read_fact_sheet(tmp_path / "d.yaml").facts[0].time == "2019-03-12"


def test_invalid_yaml(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("entities: [\n  - {mention: Ruritania\n", encoding="utf-8")
    with pytest.raises(FactSheetError) as info:
        read_fact_sheet(path)
    assert str(info.value).startswith(f"{path}: expected valid YAML (")


# --- writing and round trips -------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".json", ".yaml", ".yml"])
def test_round_trip_with_article_beside(tmp_path, suffix):
    write_article(tmp_path / "shield.txt")
    original = read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()))
    out = tmp_path / "out"
    out.mkdir()
    write_article(out / "copy.txt")
    write_fact_sheet(original, out / f"copy{suffix}")
    again = read_fact_sheet(out / f"copy{suffix}")
    assert again.entities == original.entities
    assert again.facts == original.facts
    assert all(f.evidence.start is not None for f in again.facts)


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_round_trip_of_a_built_sheet(tmp_path, suffix):
    sheet = FactSheet(
        article=Article(id="n-1", title="Northern Shield 2024 begins", publisher="Strelsau Herald",
                        url="https://herald.example.org/n1", date="2024-05"),
        entities=(
            Entity("Ruritania", EntityType.STATE, ("Ruritania", "Ruritanian"), "Q1234"),
            Entity("Northern Shield 2024", EntityType.EXERCISE, ("Northern Shield", "NS24")),
            Entity("Rudolf Elphberg", EntityType.PERSON, ("Elphberg",)),
            Entity("Strelsau", EntityType.PLACE, ("Strelsau",), "Q99"),
        ),
        facts=(
            Fact("Ruritania", "participates_in", "Northern Shield 2024", Modality.PLANNED, "2024-05-14/2024-05-30",
                 Evidence("Ruritanian troops will join Northern Shield."), None, 0.6),
            Fact("Northern Shield 2024", "located_in", "Strelsau", Modality.REPORTED, None,
                 Evidence("The exercise is held near Strelsau, \u00e9 \u0416 \U0001f30d."), "Rudolf Elphberg", 1.0),
            Fact("Ruritania", "start_date", "2024-05-14", Modality.ASSERTED, None, None, None, 0.25),
        ),
        method="extractor-x 1.2",
    )
    path = tmp_path / f"sheet{suffix}"
    write_fact_sheet(sheet, path)
    again = read_fact_sheet(path)
    assert again.entities == sheet.entities
    assert again.facts == sheet.facts
    assert again.method == "extractor-x 1.2"
    assert again.article.id == "n-1"
    assert again.article.title == "Northern Shield 2024 begins"
    assert again.article.publisher == "Strelsau Herald"
    assert again.article.url == "https://herald.example.org/n1"
    assert again.article.date == "2024-05"


@pytest.mark.xfail(
    strict=True,
    reason="dump_fact_sheet writes an Entity without mentions as {'mention': label, ...}, so reading "
    "it back gives mentions=(label,) instead of (): write -> read does not round-trip such entities",
)
def test_round_trip_entity_without_mentions(tmp_path):
    sheet = FactSheet(article=Article(id="m"), entities=(Entity("Borduria", EntityType.STATE, (), "Q5678"),))
    write_fact_sheet(sheet, tmp_path / "m.json")
    assert read_fact_sheet(tmp_path / "m.json").entities == sheet.entities


def test_written_json_is_utf8_and_matches_dump(tmp_path):
    sheet = FactSheet(article=Article(id="u"), entities=(Entity("Srbija \u0421\u0440\u0431\u0438\u0458\u0430",
                                                                    EntityType.STATE, ("\u0421\u0440\u0431\u0438\u0458\u0430",)),))
    path = tmp_path / "nested" / "u.json"
    write_fact_sheet(sheet, path)
    raw = path.read_bytes()
    assert "\u0421\u0440\u0431\u0438\u0458\u0430".encode("utf-8") in raw
    assert json.loads(raw.decode("utf-8")) == dump_fact_sheet(sheet)
    assert raw.endswith(b"\n")


def test_written_yaml_matches_dump(tmp_path):
    write_article(tmp_path / "shield.txt")
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()))
    write_fact_sheet(sheet, tmp_path / "w.yaml")
    assert yaml.safe_load((tmp_path / "w.yaml").read_text(encoding="utf-8")) == dump_fact_sheet(sheet)


def test_write_replaces_an_existing_sheet(tmp_path):
    path = tmp_path / "s.json"
    path.write_text("old content that is not JSON", encoding="utf-8")
    write_fact_sheet(FactSheet(article=Article(id="s")), path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"article": {"id": "s"}, "entities": [], "facts": []}


def test_dump_form(tmp_path):
    write_article(tmp_path / "shield.txt")
    sheet = read_fact_sheet(write_json(tmp_path / "shield.json", sheet_data()))
    data = dump_fact_sheet(sheet)
    assert data["article"] == {"id": "shield", "title": "Ruritania joins Northern Shield 2024",
                               "publisher": "Strelsau Herald", "url": "https://herald.example.org/2024/05/shield",
                               "date": "2024-05-14"}
    assert "method" not in data
    # One entry per mention, as the corpus writes them.
    assert [e["mention"] for e in data["entities"] if e["label"] == "Ruritania"] == ["Ruritania",
                                                                                    "Kingdom of Ruritania"]
    assert len(data["entities"]) == 6
    assert data["entities"][0] == {"mention": "Ruritania", "label": "Ruritania", "type": "State",
                                   "wikidata": "Q1234"}
    first, _, third = data["facts"]
    assert first == {"subject": "Ruritania", "relation": "participates_in", "object": "Northern Shield 2024",
                     "time": "2024", "modality": "planned", "evidence": S1, "evidence_start": 0,
                     "evidence_end": len(S1)}
    assert "confidence" not in first
    assert "speaker" not in first
    assert third["confidence"] == 0.75
    assert third["speaker"] == "Rudolf Elphberg"
    assert "time" not in third


# --- malformed sheets --------------------------------------------------------------------------

def error_for(tmp_path: Path, data, *, name: str = "bad.json", relations=None) -> tuple[FactSheetError, Path]:
    path = tmp_path / name
    if isinstance(data, (bytes, str)):
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    else:
        write_json(path, data)
    with pytest.raises(FactSheetError) as info:
        read_fact_sheet(path, relations=relations)
    error = info.value
    assert isinstance(error, KgError) and isinstance(error, ValueError)
    assert str(error).startswith(f"{path}: ")
    assert error.source == str(path)
    return error, path


def after_source(error: FactSheetError) -> str:
    """The message without the leading file name (which may itself hold the test's parameters)."""
    prefix = f"{error.source}: "
    assert str(error).startswith(prefix)
    return str(error)[len(prefix):]


def with_fact(**changes) -> dict:
    data = sheet_data()
    for key, value in changes.items():
        if value is _DROP:
            del data["facts"][1][key]
        else:
            data["facts"][1][key] = value
    return data


def with_entity(number: int, **changes) -> dict:
    data = sheet_data()
    data["entities"][number].update(changes)
    return data


_DROP = object()


def test_not_json(tmp_path):
    error, _ = error_for(tmp_path, '{"entities": [,]}')
    assert after_source(error).startswith("expected valid JSON (")


def test_truncated_json(tmp_path):
    error, _ = error_for(tmp_path, json.dumps(sheet_data())[:-10])
    assert after_source(error).startswith("expected valid JSON (")


def test_top_level_list(tmp_path):
    error, _ = error_for(tmp_path, [sheet_data()])
    assert error.field == ""
    assert after_source(error) == "expected an object with 'entities' and 'facts', got 'list'"


def test_top_level_string(tmp_path):
    error, _ = error_for(tmp_path, "\"just a string\"")
    assert after_source(error) == "expected an object with 'entities' and 'facts', got 'str'"


def test_unknown_top_level_key(tmp_path):
    data = sheet_data()
    data["relations"] = []
    error, _ = error_for(tmp_path, data)
    assert error.field == "relations"
    assert after_source(error) == "relations: expected only the keys article, entities, facts, method, notes"


def test_entities_not_a_list(tmp_path):
    data = sheet_data()
    data["entities"] = {"Ruritania": "State"}
    error, _ = error_for(tmp_path, data)
    assert error.field == "entities"
    assert after_source(error) == "entities: expected a list of objects, got 'dict'"


def test_facts_not_a_list(tmp_path):
    data = sheet_data()
    data["facts"] = None
    error, _ = error_for(tmp_path, data)
    assert error.field == "facts"
    assert after_source(error) == "facts: expected a list of objects, got 'NoneType'"


def test_entity_not_an_object(tmp_path):
    data = sheet_data()
    data["entities"][2] = "Northern Shield 2024"
    error, _ = error_for(tmp_path, data)
    assert error.field == "entities[2]"
    assert after_source(error).startswith("entities[2]: expected an object")


@pytest.mark.parametrize("bad_type", ["Country", "state", "", None, 3])
def test_entity_with_bad_type(tmp_path, bad_type):
    error, _ = error_for(tmp_path, with_entity(3, type=bad_type))
    assert error.field == "entities[3].type"
    message = after_source(error)
    assert message.startswith("entities[3].type: expected one of State, Alliance, Organization")
    assert "MilitaryUnit" in message
    if bad_type is not None:
        assert message.endswith(f", got {bad_type!r}")


def test_entity_without_label_or_mention(tmp_path):
    data = sheet_data()
    data["entities"][1] = {"type": "State"}
    error, _ = error_for(tmp_path, data)
    assert error.field == "entities[1].label"
    assert "a non-empty string" in str(error)


@pytest.mark.parametrize("qid", ["403", "Q0", 42, "q403", "Q403 ", "Q-1", "Q01", ["Q403"], ""])
def test_entity_with_bad_wikidata(tmp_path, qid):
    error, _ = error_for(tmp_path, with_entity(0, wikidata=qid))
    assert error.field == "entities[0].wikidata"
    assert after_source(error) == f"entities[0].wikidata: expected a Wikidata QID such as 'Q403', or null, got {qid!r}"


def test_fact_not_an_object(tmp_path):
    data = sheet_data()
    data["facts"][0] = ["Ruritania", "member_of", "Baltic Compact"]
    error, _ = error_for(tmp_path, data)
    assert error.field == "facts[0]"


def test_fact_missing_subject(tmp_path):
    error, _ = error_for(tmp_path, with_fact(subject=_DROP))
    assert error.field == "facts[1].subject"
    assert after_source(error) == "facts[1].subject: expected a non-empty string"


@pytest.mark.parametrize("empty", ["", "   ", None])
def test_fact_with_empty_object(tmp_path, empty):
    error, _ = error_for(tmp_path, with_fact(object=empty))
    assert error.field == "facts[1].object"
    assert after_source(error).startswith("facts[1].object: expected a non-empty string")


def test_fact_missing_relation(tmp_path):
    error, _ = error_for(tmp_path, with_fact(relation=_DROP))
    assert error.field == "facts[1].relation"


def test_fact_object_of_wrong_type(tmp_path):
    error, _ = error_for(tmp_path, with_fact(object={"label": "Baltic Compact"}))
    assert error.field == "facts[1].object"
    assert "expected a string" in str(error)


@pytest.mark.parametrize("modality", ["rumoured", "Asserted", "ASSERTED", 1])
def test_fact_with_unknown_modality(tmp_path, modality):
    error, _ = error_for(tmp_path, with_fact(modality=modality))
    assert error.field == "facts[1].modality"
    assert after_source(error) == (
        f"facts[1].modality: expected one of asserted, planned, reported, negated, got {modality!r}"
    )


@pytest.mark.parametrize("confidence", [1.5, "high", -0.1, True, None, "0.5", float("nan")])
def test_fact_with_bad_confidence(tmp_path, confidence):
    data = with_fact(confidence=confidence)
    if isinstance(confidence, float) and confidence != confidence:
        error, _ = error_for(tmp_path, json.dumps(data))  # json writes NaN, which json.loads reads back
    else:
        error, _ = error_for(tmp_path, data)
    assert error.field == "facts[1].confidence"
    assert after_source(error).startswith("facts[1].confidence: expected a number from 0 to 1")
    if confidence is not None:
        assert after_source(error).endswith(f", got {confidence!r}")


@pytest.mark.parametrize("confidence", [0, 1, 0.0, 1.0, 0.5])
def test_fact_with_boundary_confidence(tmp_path, confidence):
    sheet = read_fact_sheet(write_json(tmp_path / "ok.json", with_fact(confidence=confidence)))
    assert sheet.facts[1].confidence == float(confidence)
    assert isinstance(sheet.facts[1].confidence, float)


def test_unknown_relation_when_relations_given(tmp_path):
    relations = {"member_of", "participates_in"}
    error, _ = error_for(tmp_path, with_fact(relation="allied_with"), relations=relations)
    assert error.field == "facts[1].relation"
    assert after_source(error) == "facts[1].relation: expected one of member_of, participates_in, got 'allied_with'"


def test_known_relations_are_accepted(tmp_path):
    sheet = read_fact_sheet(write_json(tmp_path / "s.json", sheet_data()),
                            relations={"member_of", "participates_in"})
    assert len(sheet.facts) == 3


def test_any_relation_when_relations_not_given(tmp_path):
    sheet = read_fact_sheet(write_json(tmp_path / "s.json", with_fact(relation="allied_with")))
    assert sheet.facts[1].relation == "allied_with"


def test_first_bad_fact_is_named(tmp_path):
    data = sheet_data()
    data["facts"][0]["modality"] = "maybe"
    data["facts"][2]["modality"] = "perhaps"
    error, _ = error_for(tmp_path, data)
    assert error.field == "facts[0].modality"


def test_article_object_not_an_object(tmp_path):
    data = sheet_data()
    data["article"] = "herald-17"
    error, _ = error_for(tmp_path, data)
    assert error.field == "article"


def test_malformed_yaml_sheet_names_field(tmp_path):
    data = with_fact(modality="rumoured")
    error, _ = error_for(tmp_path, yaml.safe_dump(data), name="bad.yaml")
    assert error.field == "facts[1].modality"


def test_long_bad_value_is_shortened_in_message(tmp_path):
    error, _ = error_for(tmp_path, with_fact(modality="x" * 500))
    assert "x" * 500 not in str(error)
    assert "..." in str(error)
    assert error.got == "x" * 500


# --- parse_fact_sheet directly -----------------------------------------------------------------

def test_parse_fact_sheet_with_article():
    article = Article(id="a1", text="Intro.\n" + S2 + "\n")
    data = {"facts": [sheet_data()["facts"][1]]}
    sheet = parse_fact_sheet(data, source="<memory>", article_id="ignored", article=article)
    assert sheet.article is article
    ev = sheet.facts[0].evidence
    assert (ev.start, ev.end) == (7, 7 + len(S2))
    assert sheet.source == "<memory>"


def test_parse_fact_sheet_error_names_source():
    with pytest.raises(FactSheetError) as info:
        parse_fact_sheet({"facts": [{"subject": "A", "relation": "r"}]}, source="<memory>", article_id="a")
    assert str(info.value).startswith("<memory>: facts[0].object: expected")


def test_empty_mapping_is_an_empty_sheet():
    sheet = parse_fact_sheet({}, source="<m>", article_id="a7")
    assert sheet.entities == ()
    assert sheet.facts == ()
    assert sheet.article.id == "a7"
