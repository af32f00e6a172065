"""Disambiguation by context, on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.linking import Gazetteer
from kg.linking.context import disambiguate
from kg.models import Article


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _reading(gazetteer: Gazetteer, name: str, context: str) -> tuple[str | None, float]:
    reading = disambiguate(name, gazetteer.lookup(name), context, gazetteer)
    return (reading.entry.qid if reading.entry else None), reading.confidence


def test_georgia_is_the_country_unless_the_context_says_us_state(gazetteer: Gazetteer) -> None:
    assert _reading(gazetteer, "Georgia", "Georgia's governor spoke in Atlanta on Monday.")[0] is None
    qid, confidence = _reading(gazetteer, "Georgia", "Georgia wants to join NATO, Tbilisi said.")
    assert qid == "Q230" and confidence >= 0.9
    qid, plain = _reading(gazetteer, "Georgia", "Georgia held elections.")
    assert qid == "Q230" and plain < confidence


def test_congo_follows_its_capital(gazetteer: Gazetteer) -> None:
    assert _reading(gazetteer, "Congo", "Troops arrived in Congo from Brazzaville.")[0] == "Q971"
    assert _reading(gazetteer, "Congo", "Fighting near Goma shook eastern Congo.")[0] == "Q974"
    assert _reading(gazetteer, "Congo", "Congo signed the treaty.")[0] == "Q974"  # the documented default


def test_bare_congo_is_the_republic_where_the_text_names_the_drc_apart(gazetteer: Gazetteer) -> None:
    text = "The pact was signed by Angola, Congo and Gabon. The Democratic Republic of Congo joined it later."
    reading = disambiguate("Congo", gazetteer.lookup("Congo"), "The pact was signed by Angola, Congo and Gabon.",
                           gazetteer, document=text)
    assert reading.entry is not None and reading.entry.qid == "Q971"
    mentions = Extractor().finder.find(text)
    assert [(m.text, m.qid) for m in mentions if "Congo" in m.text] == [
        ("Congo", "Q971"), ("Democratic Republic of Congo", "Q974")]
    # a sentence's own cue still wins, and a text without the DRC's other names keeps the default
    assert disambiguate("Congo", gazetteer.lookup("Congo"), "Fighting near Goma shook Congo.", gazetteer,
                        document=text).entry.qid == "Q974"
    assert disambiguate("Congo", gazetteer.lookup("Congo"), "Congo signed.", gazetteer,
                        document="Congo signed. Gabon did too.").entry.qid == "Q974"


def test_brussels_speaks_for_the_eu_nato_or_belgium(gazetteer: Gazetteer) -> None:
    assert _reading(gazetteer, "Brussels", "Brussels said the EU would answer.")[0] == "Q458"
    assert _reading(gazetteer, "Brussels", "Brussels said the alliance would answer.")[0] == "Q7184"
    assert _reading(gazetteer, "Brussels", "Brussels said it would answer.")[0] == "Q31"
    assert _reading(gazetteer, "Brussels", "Brussels warned that the law breaks the bloc's values.")[0] == "Q458"


@pytest.mark.parametrize(("context", "qid"), [
    ("The Security Council extended the mission's mandate.", "Q37470"),
    ("Chile won a non-permanent seat on the Security Council.", "Q37470"),
    ("Chile sits on the Security Council until 2027.", "Q37470"),  # the default reading
    ("The UN Secretary-General briefed the Security Council on the fighting.", "Q37470"),
    ("Putin said Russia would veto any draft in the Security Council.", "Q37470"),
    ("France convened an emergency meeting of the Security Council.", "Q37470"),
    ("Putin chaired a meeting of the Security Council on Friday.", None),
    ("Putin held an operational meeting with permanent members of the Security Council.", None),
    ("Armen Grigoryan, secretary of the Security Council, said Armenia would not attend.", None),
    ("Russia's Security Council met on Monday.", None),
    ("The Armenian Security Council discussed the border.", None),
    ("Security Council Secretary Ivo Petrov said the talks failed.", None),
    ("The Security Council of Ukraine approved the plan.", None),
    ("The AU's Peace and Security Council suspended Gabon.", None),
])
def test_the_security_council_is_the_un_s_where_the_context_speaks_of_the_un(
        gazetteer: Gazetteer, context: str, qid: str | None) -> None:
    assert _reading(gazetteer, "Security Council", context)[0] == qid


def test_unambiguous_names_are_confident(gazetteer: Gazetteer) -> None:
    assert _reading(gazetteer, "Serbia", "Serbia held drills.") == ("Q403", 0.95)


def test_extraction_leaves_the_us_state_unlinked() -> None:
    sheet = Extractor().extract(Article("t", "Georgia's governor met voters in Atlanta. Georgia applied to join "
                                             "NATO, officials in Tbilisi said."))
    [country] = [e for e in sheet.entities if e.qid == "Q230"]
    assert "Georgia" in country.mentions  # the second sentence's Georgia, cued by Tbilisi
    relations = {(f.subject, f.relation, f.object) for f in sheet.facts if f.relation != "said"}
    assert relations == {("Georgia", "applied_for_membership_of", "NATO")}  # the country; an application only
