"""Reference facts and the contradiction rule: flag, never delete; compare at the fact's date."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg._vocab import KG, ROLE
from kg.errors import LinkingError
from kg.factsheets import read_fact_sheet
from kg.linking.reference import MembershipRow, ReferenceFacts
from kg.mapping import Mapper
from kg.models import Article, Entity, EntityType, Evidence, Fact, FactSheet, Modality
from kg.ontology import load_ontology
from kg.settings import Settings

from .conftest import need_dev_corpus

# Invented organisations and rows, so that the rule is tested apart from the shipped data.
PACT = Entity("Northern Pact", EntityType.ALLIANCE, ("NP",), "Q900001")
ASSEMBLY = Entity("Northern Pact Assembly", EntityType.ORGANIZATION)
PROGRAMME = Entity("Harbour Programme", EntityType.AGREEMENT)
UNCOVERED = Entity("Southern Forum", EntityType.ORGANIZATION, (), "Q900002")
ESTONIA = Entity("Estonia", EntityType.STATE, (), "Q191")
LATVIA = Entity("Latvia", EntityType.STATE, (), "Q211")
FINLAND = Entity("Finland", EntityType.STATE, (), "Q33")
CHILE = Entity("Chile", EntityType.STATE, (), "Q298")


def _row(state: Entity, role: str, start: str | None, end: str | None = None, body: str | None = None,
         ) -> MembershipRow:
    return MembershipRow("Northern Pact", "Q900001", body, state.label, state.qid, role, start, end,
                         (f"https://example.org/{state.label.lower()}/{role}",))


@pytest.fixture(scope="module")
def reference() -> ReferenceFacts:
    return ReferenceFacts([
        _row(ESTONIA, "member", "2004-03-29"),
        _row(LATVIA, "observer", "2005-07-05", "2017-06-09"),
        _row(LATVIA, "member", "2017-06-09"),
        _row(FINLAND, "observer", "2013", body="Northern Pact Assembly"),
        _row(FINLAND, "partner", "1994-05-09", body="Harbour Programme"),
    ])


def test_reference_member_claim_for_an_unlisted_state_is_a_contradiction(reference: ReferenceFacts) -> None:
    found = reference.check("member_of", FINLAND, PACT, at="2020-11-24")
    assert found is not None
    assert "lists every member of Northern Pact" in found.reason
    assert "observer of Northern Pact Assembly" in found.reason  # what the data says instead
    assert "https://example.org/finland/observer" in found.sources


def test_reference_observer_claim_for_a_member_is_a_contradiction(reference: ReferenceFacts) -> None:
    found = reference.check("observer_of", LATVIA, PACT, at="2021-09-20")
    assert found is not None
    assert found.reference_roles == ("member",)
    assert found.sources == ("https://example.org/latvia/member",)


def test_reference_claim_is_compared_at_the_date_it_holds(reference: ReferenceFacts) -> None:
    assert reference.check("observer_of", LATVIA, PACT, at="2010") is None
    assert reference.check("member_of", LATVIA, PACT, at="2010-01-01") is not None
    assert reference.check("member_of", ESTONIA, PACT, at="2003") is not None


def test_reference_partial_dates_count_in_the_claims_favour(reference: ReferenceFacts) -> None:
    # Latvia's observer seat ended and its membership began in 2017: "2017" may be either side.
    assert reference.check("observer_of", LATVIA, PACT, at="2017") is None
    assert reference.check("member_of", LATVIA, PACT, at="2017") is None
    assert reference.check("member_of", ESTONIA, PACT, at="2004") is None


def test_reference_agreeing_claims_are_not_flagged(reference: ReferenceFacts) -> None:
    assert reference.check("member_of", ESTONIA, PACT, at="2024-02-23") is None
    assert reference.check("observer_of", FINLAND, ASSEMBLY, at="2017") is None
    # The corpus calls a partner in a programme a member of it.
    assert reference.check("member_of", FINLAND, PROGRAMME, at="2006") is None


@pytest.mark.parametrize("modality", [Modality.PLANNED, Modality.NEGATED])
def test_reference_planned_and_negated_claims_are_left_alone(reference: ReferenceFacts, modality: Modality) -> None:
    assert reference.check("member_of", FINLAND, PACT, at="2022-07-05", modality=modality) is None


def test_reference_reported_claims_are_checked(reference: ReferenceFacts) -> None:
    assert reference.check("member_of", FINLAND, PACT, at="2022", modality=Modality.REPORTED) is not None


def test_reference_leaves_what_it_does_not_cover(reference: ReferenceFacts) -> None:
    assert reference.check("member_of", FINLAND, UNCOVERED, at="2022") is None  # organisation not covered
    assert reference.check("observer_of", CHILE, PACT, at="2022") is None  # observers are not listed in full
    assert reference.check("member_of", FINLAND, PACT, at=None) is None  # no date to compare at
    assert reference.check("participates_in_exercise", FINLAND, PACT, at="2022") is None
    company = Entity("Acme", EntityType.ORGANIZATION)
    assert reference.check("member_of", company, PACT, at="2022") is None  # only states are listed


def test_reference_matches_organisations_without_qid_by_name() -> None:
    reference = ReferenceFacts([MembershipRow("Quad", None, None, "Chile", "Q298", "member", "2017", None)])
    quad = Entity("Quadrilateral Security Dialogue", EntityType.ORGANIZATION, ("Quad",))
    assert reference.check("member_of", CHILE, quad, at="2020") is None
    assert reference.check("member_of", ESTONIA, quad, at="2020") is not None


def test_reference_shipped_data_loads_with_sources() -> None:
    reference = ReferenceFacts.load()
    assert len(reference.rows) > 300
    assert all(row.sources for row in reference.rows)
    assert {row.role for row in reference.rows} <= set(load_ontology().roles)


def test_reference_malformed_file_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "memberships.jsonl").write_text('{"_meta": {}}\n{"organisation": "X"}\n', encoding="utf-8")
    with pytest.raises(LinkingError, match="line 2"):
        ReferenceFacts.load(tmp_path)


def _sheet(modality: Modality = Modality.ASSERTED) -> FactSheet:
    text = "Finland is a full member of the Northern Pact."
    fact = Fact("Finland", "member_of", "Northern Pact", modality, evidence=Evidence(text, 0, len(text)))
    return FactSheet(Article("np-1", text, date="2020-11-24"), (FINLAND, PACT), (fact,))


def _objects(quads: list, subject: str, predicate: str) -> list[str]:
    return [q.object.value for q in quads if q.subject.value == subject and q.predicate.value == predicate]


def test_mapping_flags_a_contradicted_fact_and_drops_its_plain_triple(reference: ReferenceFacts) -> None:
    mapped = Mapper(load_ontology(), reference=reference).map_sheet(_sheet())
    finland, pact = "http://www.wikidata.org/entity/Q33", "http://www.wikidata.org/entity/Q900001"
    assert not _objects(mapped.quads, finland, str(KG.memberOf))
    statement = next(q.subject.value for q in mapped.quads if q.predicate.value == str(KG.relation))
    assert _objects(mapped.quads, statement, str(KG.object)) == [pact]  # the statement node stays
    [node] = _objects(mapped.quads, statement, str(KG.contradiction))
    assert _objects(mapped.quads, node, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type") == [str(KG.Contradiction)]
    assert "no membership of Finland" in _objects(mapped.quads, node, str(KG.reason))[0]
    assert sorted(_objects(mapped.quads, node, str(KG.referenceSource))) == [
        "https://example.org/finland/observer", "https://example.org/finland/partner"]
    assert len(mapped.contradictions) == 1
    assert any("contradicts the reference data" in issue.message for issue in mapped.issues)


def test_mapping_records_the_reference_role(reference: ReferenceFacts) -> None:
    text = "Latvia is an observer of the Northern Pact."
    fact = Fact("Latvia", "observer_of", "Northern Pact", evidence=Evidence(text, 0, len(text)))
    sheet = FactSheet(Article("np-2", text, date="2021"), (LATVIA, PACT), (fact,))
    mapped = Mapper(load_ontology(), reference=reference).map_sheet(sheet)
    [node] = [q.object.value for q in mapped.quads if q.predicate.value == str(KG.contradiction)]
    assert _objects(mapped.quads, node, str(KG.referenceRole)) == [str(ROLE.member)]


def test_mapping_without_reference_check_keeps_the_plain_triple() -> None:
    mapped = Mapper(load_ontology(), Settings(check_reference=False)).map_sheet(_sheet())
    assert _objects(mapped.quads, "http://www.wikidata.org/entity/Q33", str(KG.memberOf))
    assert not mapped.contradictions


def test_reference_dev_corpus_has_exactly_the_known_contradictions() -> None:
    corpus = need_dev_corpus()
    mapper = Mapper(load_ontology())
    found = set()
    for path in sorted(corpus.glob("*.json")):
        mapped = mapper.map_sheet(read_fact_sheet(path, article_path=path.with_suffix(".txt")))
        found |= {(path.stem, c.subject, c.relation, c.object) for c in mapped.contradictions}
    assert found == {
        ("sputnik-serbia-csto-drills", "Serbia", "member_of", "Collective Security Treaty Organization"),
        ("tass-sco-peace-mission-2021", "India", "observer_of", "Shanghai Cooperation Organisation"),
        ("tass-sco-peace-mission-2021", "Pakistan", "observer_of", "Shanghai Cooperation Organisation"),
    }


def test_rosters_hold_every_state_that_has_been_a_member() -> None:
    rosters = ReferenceFacts.load().rosters()
    assert {"Q399", "Q159"} <= rosters["Q318693"]  # Armenia and Russia in the CSTO
    assert "Q399" not in rosters["Q458"]  # nor Armenia in the EU
    assert "Q265" in rosters["Q318693"]  # Uzbekistan, which left the CSTO in 2012
