"""Fact sheets -> quads: statement nodes, plain triples, typed dates, safe IRIs, domain/range checks."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pyoxigraph as ox
import pytest

from kg._vocab import KG, ROLE
from kg.mapping import Mapper, slug
from kg.models import Article, Entity, EntityType, Evidence, Fact, FactSheet, Modality
from kg.ontology import load_ontology

XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"


@pytest.fixture(scope="module")
def mapper() -> Mapper:
    return Mapper(load_ontology())


def _triples(quads: list[ox.Quad]) -> set[tuple[str, str, str]]:
    return {(q.subject.value, q.predicate.value, str(q.object) if isinstance(q.object, ox.Literal) else q.object.value)
            for q in quads}


def _statements(quads: list[ox.Quad], relation: str) -> list[str]:
    return [q.subject.value for q in quads if q.predicate.value == str(KG.relation) and q.object.value == relation]


def _values(quads: list[ox.Quad], subject: str, predicate: str) -> list[ox.NamedNode | ox.Literal]:
    return [q.object for q in quads if q.subject.value == subject and q.predicate.value == predicate]


def test_mapping_asserted_fact_gets_plain_triple_and_statement(mapper: Mapper, small_sheet: FactSheet) -> None:
    mapped = mapper.map_sheet(small_sheet)
    triples = _triples(mapped.quads)
    assert (WD + "Q33", str(KG.memberOf), WD + "Q7184") in triples
    [statement] = [s for s in _statements(mapped.quads, str(KG.memberOf))
                   if _values(mapped.quads, s, str(KG.subject))[0].value == WD + "Q33"]
    assert type(_values(mapped.quads, statement, str(KG.modality))[0]) is ox.NamedNode
    assert _values(mapped.quads, statement, str(KG.modality))[0].value == str(KG.Asserted)
    assert _values(mapped.quads, statement, str(KG.member))[0].value == WD + "Q33"
    assert _values(mapped.quads, statement, str(KG.organization))[0].value == WD + "Q7184"
    assert _values(mapped.quads, statement, str(KG.role))[0].value == str(ROLE.member)
    assert {q.object.value for q in mapped.quads if q.subject.value == statement and q.predicate.value == str(
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type")} == {str(KG.Membership)}


def test_mapping_statements_carry_the_labels_of_their_ends(mapper: Mapper, small_sheet: FactSheet) -> None:
    """kg:subjectLabel / kg:objectLabel repeat, on each statement, the rdfs:label its graph gives the
    subject and the object entity (the label the fact's own entity has, where two share an IRI)."""
    quads = mapper.map_sheet(small_sheet).quads
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    labels = {(q.subject.value, q.object.value) for q in quads if q.predicate.value == label}
    statements = {q.subject.value for q in quads if q.predicate.value == str(KG.relation)}
    for statement in statements:
        [subject] = _values(quads, statement, str(KG.subject))
        [subject_label] = _values(quads, statement, str(KG.subjectLabel))
        assert subject_label.language == "en" and (subject.value, subject_label.value) in labels
        objects = _values(quads, statement, str(KG.object))
        object_labels = _values(quads, statement, str(KG.objectLabel))
        assert len(object_labels) == len(objects) <= 1
        assert all((o.value, lab.value) in labels for o, lab in zip(objects, object_labels))
    members = [s for s in _statements(quads, str(KG.memberOf))
               if _values(quads, s, str(KG.subject))[0].value == WD + "Q33"]
    assert [str(_values(quads, s, str(KG.objectLabel))[0]) for s in members] == ['"NATO"@en']


def test_mapping_planned_and_negated_facts_get_no_plain_triple(mapper: Mapper, small_sheet: FactSheet) -> None:
    triples = _triples(mapper.map_sheet(small_sheet).quads)
    exercise = next(s for s, p, o in triples if p == str(KG.mention) and o == '"Amber Shield 2025"')
    assert (WD + "Q191", str(KG.hostsExercise), exercise) not in triples  # planned
    assert (WD + "Q34", str(KG.participatesInExercise), exercise) not in triples  # negated
    modalities = {o for s, p, o in triples if p == str(KG.modality)}
    assert {str(KG.Planned), str(KG.Negated), str(KG.Asserted)} <= modalities


def test_mapping_evidence_and_offsets_are_kept(mapper: Mapper, small_sheet: FactSheet) -> None:
    mapped = mapper.map_sheet(small_sheet)
    statement = _statements(mapped.quads, str(KG.said))[0]
    start = int(_values(mapped.quads, statement, str(KG.evidenceStart))[0].value)
    end = int(_values(mapped.quads, statement, str(KG.evidenceEnd))[0].value)
    evidence = _values(mapped.quads, statement, str(KG.evidenceText))[0].value
    assert small_sheet.article.text[start:end] == evidence
    assert _values(mapped.quads, statement, str(KG.speaker))[0].value == _values(mapped.quads, statement,
                                                                                 str(KG.subject))[0].value
    assert _values(mapped.quads, statement, str(KG.quotedText))[0].value == "the drills send a signal"


def test_mapping_times_are_typed_with_bounds(mapper: Mapper, small_sheet: FactSheet) -> None:
    mapped = mapper.map_sheet(small_sheet)
    latvia = next(s for s in _statements(mapped.quads, str(KG.memberOf))
                  if _values(mapped.quads, s, str(KG.subject))[0].value == WD + "Q211")
    [year] = _values(mapped.quads, latvia, str(KG.pointInTime))
    assert (year.value, year.datatype.value) == ("2004", XSD + "gYear")
    assert _values(mapped.quads, latvia, str(KG.earliestDate))[0].value == "2004-01-01"
    assert _values(mapped.quads, latvia, str(KG.latestDate))[0].value == "2004-12-31"
    dated = _statements(mapped.quads, str(KG.exerciseDate))[0]
    [month] = _values(mapped.quads, dated, str(KG.objectValue))
    assert month.datatype.value == XSD + "gYearMonth"
    assert _values(mapped.quads, dated, str(KG.latestDate))[0].value == "2025-05-31"


def test_mapping_interval_and_unknown_year(mapper: Mapper, small_sheet: FactSheet) -> None:
    facts = (Fact("Amber Shield 2025", "exercise_date", "2025-05-12/2025-05-20"),
             Fact("Amber Shield 2025", "exercise_date", "XXXX-06-12"))
    mapped = mapper.map_sheet(dataclasses.replace(small_sheet, facts=facts))
    interval, unknown = sorted(_statements(mapped.quads, str(KG.exerciseDate)),
                               key=lambda s: len(_values(mapped.quads, s, str(KG.startTime))), reverse=True)
    assert _values(mapped.quads, interval, str(KG.startTime))[0].value == "2025-05-12"
    assert _values(mapped.quads, interval, str(KG.endTime))[0].value == "2025-05-20"
    assert _values(mapped.quads, interval, str(KG.objectValue)) == []
    [month_day] = _values(mapped.quads, unknown, str(KG.objectValue))
    assert (month_day.value, month_day.datatype.value) == ("--06-12", XSD + "gMonthDay")
    assert _values(mapped.quads, unknown, str(KG.earliestDate)) == []  # no year is invented
    # the interval has no single value, so no plain triple; the unknown-year date has one
    plain = [q for q in mapped.quads if q.predicate.value == str(KG.exerciseDate)]
    assert [q.object.value for q in plain] == ["--06-12"]


def test_mapping_ill_typed_fact_is_reported_not_exported(mapper: Mapper, small_sheet: FactSheet) -> None:
    bad = Fact("Amber Shield 2025", "member_of", "NATO")
    mapped = mapper.map_sheet(dataclasses.replace(small_sheet, facts=(bad,)))
    assert mapped.statements == 0
    [issue] = mapped.issues
    assert issue.severity == "error"
    assert "ill-typed" in issue.message and "Exercise" in issue.message and str(KG.memberOf) in issue.message
    assert not [q for q in mapped.quads if q.predicate.value == str(KG.memberOf)]


def test_mapping_unknown_entity_and_bad_date_are_reported(mapper: Mapper, small_sheet: FactSheet) -> None:
    facts = (Fact("Ruritania", "member_of", "NATO"), Fact("Amber Shield 2025", "exercise_date", "2025-02-30"))
    mapped = mapper.map_sheet(dataclasses.replace(small_sheet, facts=facts))
    assert mapped.statements == 0
    messages = " ".join(i.message for i in mapped.issues)
    assert "'Ruritania' is not among the sheet's entities" in messages
    assert "must be a date" in messages


HOSTILE = 'Ruri<tania> "{quoted}" | ^ ` \\ \n\t\u200d\u202e 🛡️ \ufffd end'


def test_mapping_hostile_names_give_safe_iris_and_exact_literals(mapper: Mapper, small_sheet: FactSheet) -> None:
    entity = Entity(HOSTILE, EntityType.PERSON, (HOSTILE,), None)
    fact = Fact(HOSTILE, "said", HOSTILE, evidence=Evidence(HOSTILE))
    sheet = dataclasses.replace(small_sheet, entities=(entity,), facts=(fact,))
    mapped = mapper.map_sheet(sheet)
    assert mapped.statements == 1
    for quad in mapped.quads:
        for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
            assert not isinstance(term, ox.BlankNode)
            if isinstance(term, ox.NamedNode):
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*", term.value), term.value
    # the text survives a round trip through N-Quads unchanged
    data = ox.serialize(mapped.quads, format=ox.RdfFormat.N_QUADS)
    parsed = set(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    assert parsed == set(mapped.quads)
    assert HOSTILE in {q.object.value for q in parsed if isinstance(q.object, ox.Literal)}


def test_mapping_iris_are_deterministic_and_distinct(mapper: Mapper, small_sheet: FactSheet) -> None:
    first, second = mapper.map_sheet(small_sheet), Mapper(load_ontology()).map_sheet(small_sheet)
    assert first.quads == second.quads
    assert len(_statements(first.quads, str(KG.memberOf))) == 2
    assert slug("Peace Mission-2021") == "peace-mission-2021"
    assert slug("Россия") != slug("Беларусь")
    assert slug("Łódź") != slug("Lodz")  # lossy folding keeps a hash


def test_mapping_linked_and_unlinked_entity_iris(mapper: Mapper) -> None:
    state = Entity("Serbia", EntityType.STATE, ("Serbia",), "Q403")
    drill = Entity("Slavic Brotherhood-2017", EntityType.EXERCISE, (), None)
    unit = Entity("Serbian Army", EntityType.MILITARY_UNIT, (), None)
    assert mapper.entity_iri(state).value == WD + "Q403"
    assert mapper.entity_iri(drill).value == "https://w3id.org/kg/id/event/slavic-brotherhood-2017"
    assert mapper.entity_iri(unit).value == "https://w3id.org/kg/id/unit/serbian-army"


def test_mapping_provenance_of_the_article_graph(mapper: Mapper, small_sheet: FactSheet) -> None:
    mapped = mapper.map_sheet(small_sheet)
    graph = mapped.graph.value
    assert {q.graph_name.value for q in mapped.quads} == {graph}
    triples = _triples(mapped.quads)
    article = "https://w3id.org/kg/id/article/amber-shield"
    assert (graph, "http://www.w3.org/ns/prov#wasDerivedFrom", article) in triples
    assert (article, str(KG.datePublished), f'"2025-04-02"^^<{XSD}date>') in triples
    assert not any(p == "http://www.w3.org/ns/prov#endedAtTime" for _, p, _ in triples)  # no wall clock by default


def test_mapping_rejects_a_bad_base_iri() -> None:
    from kg.settings import Settings

    with pytest.raises(ValueError, match="base IRI"):
        Mapper(load_ontology(), Settings(base_iri="not an iri/"))


def test_mapping_modality_enum_covers_ontology() -> None:
    assert set(load_ontology().modalities) == set(Modality)


def test_mapping_content_hash_is_the_hash_of_the_sheet_as_plain_data(small_sheet: FactSheet) -> None:
    # Stores keep this hash to recognise unchanged articles: it must not move when its code is made faster.
    import hashlib
    import json

    from kg.mapping import sheet_hash

    sheet = dataclasses.replace(small_sheet, notes=("reviewed",))
    payload = json.dumps({"article": dataclasses.asdict(sheet.article) | {"source": None},
                          "entities": [dataclasses.asdict(e) for e in sheet.entities],
                          "facts": [dataclasses.asdict(f) for f in sheet.facts], "method": sheet.method,
                          "notes": list(sheet.notes)}, sort_keys=True, ensure_ascii=False, default=str)
    assert sheet_hash(sheet) == hashlib.sha256(payload.encode("utf-8")).hexdigest()
    changed = dataclasses.replace(sheet, facts=sheet.facts[:-1])
    assert sheet_hash(changed) != sheet_hash(sheet)


def test_mapping_literals_are_written_as_the_store_gives_them_back(mapper: Mapper, small_sheet: FactSheet) -> None:
    """Re-ingest compares a new version's N-Quads with the stored version's: a literal the store rewrites
    (Oxigraph keeps an xsd:decimal as a number, so "1.0" comes back as "1") would count as a change."""
    confidences = itertools.cycle([1.0, 0.0, 0.5, 0.85, 0.12345])
    facts = tuple(dataclasses.replace(fact, confidence=next(confidences)) for fact in small_sheet.facts)
    prepared = mapper.prepare_sheet(dataclasses.replace(small_sheet, facts=facts))
    store = ox.Store()
    store.load(prepared.nquads, ox.RdfFormat.N_QUADS)
    assert set(ox.serialize(store, format=ox.RdfFormat.N_QUADS).splitlines()) == set(prepared.nquads.splitlines())


def test_mapping_writes_every_character_of_a_literal_as_pyoxigraph_does() -> None:
    """The mapper writes literals' N-Triples text itself; a character it escaped otherwise than pyoxigraph
    would make the store give back another line, and a re-ingest would see a change that is not one."""
    from kg.mapping import _quoted

    characters = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
    for character in characters[:0x10000 - 0x800]:  # one by one: the test for "needs escaping" too
        assert _quoted(character) == str(ox.Literal(character)), hex(ord(character))
    everything = "".join(characters)
    assert _quoted(everything) == str(ox.Literal(everything))
    assert _quoted("plain text, no escapes") == '"plain text, no escapes"'


def test_mapping_prepared_n_quads_are_what_pyoxigraph_writes_for_the_quads(mapper: Mapper) -> None:
    """prepare_sheet writes its lines itself: they must be pyoxigraph's own, escapes and all, or a re-ingest
    would see every line with a hostile character as changed."""
    names = ['Quote "Land"', "Back\\slash", "Line\nbreak", "Tab\tand\rreturn", "Nul\x00and bell\x07", "Non\ufffe\uffff",
             "Россия 中国 😀", "Line\u2028separator", "<>{}|^`", "Accent e\u0301"]
    entities = tuple(Entity(name, EntityType.STATE, (name, name + "-2")) for name in names)
    entities += (Entity("NATO", EntityType.ALLIANCE, ("NATO",), "Q7184"),)
    facts = tuple(Fact(name, "member_of", "NATO", time="2020-03", evidence=Evidence(f"{name} joined.", 0, 9),
                       confidence=0.85) for name in names)
    facts += tuple(Fact(name, "said", f'"{name}", he said\n', speaker=name, modality=Modality.REPORTED)
                   for name in names[:4])
    sheet = FactSheet(Article('odd "id"\n', title='Title "x"\n\\', publisher="Pub\x00", url="http://example.org/<a>",
                              date="2024-01-02"), entities, facts, notes=('note "n"\n',))
    prepared = mapper.prepare_sheet(sheet)
    quads = mapper.map_sheet(sheet).quads
    assert len(quads) > 200
    assert prepared.nquads == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert list(ox.parse(prepared.nquads, ox.RdfFormat.N_QUADS)) == quads


def _agreement_sheet(article_id: str, agreement: str, parties: tuple[str, ...]) -> FactSheet:
    states = {"Serbia": "Q403", "Hungary": "Q28", "Kenya": "Q114"}
    entities = (Entity(agreement, EntityType.AGREEMENT),
                *(Entity(p, EntityType.STATE, qid=states[p]) for p in parties))
    facts = (Fact(agreement, "agreement_date", "2023-05"), *(Fact(agreement, "agreement_party", p) for p in parties))
    return FactSheet(Article(article_id, "", date="2024-01-01"), entities=entities, facts=facts)


def _agreement_iris(mapper: Mapper, sheet: FactSheet) -> set[str]:
    return {q.subject.value for q in mapper.map_sheet(sheet).quads if "/agreement/" in q.subject.value}


def test_an_agreement_with_a_generic_name_is_told_apart_by_its_parties(mapper: Mapper) -> None:
    """'Status of Forces Agreement' names many agreements: Serbia's and Hungary's is not Kenya's, though
    the same parties name the same one in any article; an agreement with a name of its own is one."""
    sofa = "Status of Forces Agreement"
    serbian = _agreement_iris(mapper, _agreement_sheet("a1", sofa, ("Serbia", "Hungary")))
    again = _agreement_iris(mapper, _agreement_sheet("a2", sofa, ("Hungary", "Serbia")))
    kenyan = _agreement_iris(mapper, _agreement_sheet("a3", sofa, ("Kenya",)))
    unparted = _agreement_iris(mapper, _agreement_sheet("a4", sofa, ()))
    assert serbian == again == {"https://w3id.org/kg/id/agreement/status-of-forces-agreement--hungary-serbia"}
    assert len(serbian | kenyan | unparted) == 3
    named = [_agreement_iris(mapper, _agreement_sheet(a, "Belgrade Defence Accord", parties))
             for a, parties in (("a5", ("Serbia",)), ("a6", ("Serbia", "Hungary")))]
    assert named[0] == named[1] == {"https://w3id.org/kg/id/agreement/belgrade-defence-accord"}


def test_a_force_may_be_founded_as_an_organisation_is(mapper: Mapper, small_sheet: FactSheet) -> None:
    """A force or an operation has a founding ("the brigade was set up by A in 1989"); an exercise has none."""
    brigade = Entity("Amber Brigade", EntityType.MILITARY_UNIT, ("Amber Brigade",), None)
    facts = (Fact("Amber Brigade", "founded_in", "1989"), Fact("Amber Brigade", "founded_by", "Estonia"),
             Fact("Amber Shield 2025", "founded_in", "2024"))
    mapped = mapper.map_sheet(dataclasses.replace(small_sheet, entities=(*small_sheet.entities, brigade),
                                                  facts=facts))
    assert mapped.statements == 2
    [issue] = mapped.issues
    assert "ill-typed" in issue.message and "Exercise" in issue.message
