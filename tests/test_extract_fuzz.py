"""Exercise names in every numbered form news writes, in the sentences that name editions and series:
extraction never fails on them (an edition "LXVI", as long as a year, once made a whole article fail)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.extract import Extractor
from kg.models import Article

_WORD = st.sampled_from(["Sea", "Steppe", "Iron", "Condor", "UNITAS", "CONDOR", "ASEX", "Shield", "Breeze", "Eagle",
                         "Noble", "Khaan", "Quest", "Garuda", "Amani", "Africa", "Ngao", "ya", "Bahari", "de", "Paz"])
_NUMERAL = st.one_of(
    st.text(alphabet="IVXL", min_size=1, max_size=7),  # Roman numerals, well formed or not
    st.text(alphabet="IVXLCDM", min_size=1, max_size=8),
    st.integers(min_value=0, max_value=99).map(str),
    st.integers(min_value=0, max_value=99).map(lambda n: f"{n:02d}"),
    st.integers(min_value=1900, max_value=2100).map(str),
    st.tuples(st.integers(1, 99), st.sampled_from("ABNX")).map(lambda t: f"{t[0]:02d}-{t[1]}"),
    st.tuples(st.integers(20, 30), st.integers(1, 9)).map(lambda t: f"{t[0]}-{t[1]}"))
_SEPARATOR = st.sampled_from([" ", "-", "/", " - "])
_NAME = st.tuples(st.lists(_WORD, min_size=1, max_size=3), _SEPARATOR, _NUMERAL).map(
    lambda t: " ".join(t[0]) + t[1] + t[2])
# A series, then two of its editions: the form that failed ("... UNITAS LXV ... next year's edition, UNITAS LXVI")
_SERIES_THEN_EDITIONS = ("Chile opened the 65th edition of {series}, the regional naval exercise. {first} runs until "
                         "Sept. 20. Peru will host next year's edition, {second}.")
_TEMPLATES = [
    "{name}, the 60th edition of the multinational exercise, began on 19 August off Rio de Janeiro.",
    "Chile will host the next edition of {series} in {year}, and last year's {series} was held in Peru.",
    "The first Andean Solidarity Exercise, known as {name}, was held in September.",
    "The drills, dubbed {name}, involve troops from Chile, Peru and the four Andean states of Bolivia and Ecuador.",
    "Peru will host next year's edition, {name}, off Callao, the {name} exercise director said.",
    "Neither Chile nor Peru sent troops to {name}, though both sent officers to watch the drills.",
    "{series} has been held every year since {year}; {name} opens on Monday.",
    "Chile on Monday opened the 65th edition of {series}, the world's longest-running maritime exercise.",
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(others=st.lists(_NAME, max_size=2), series=st.lists(_WORD, min_size=1, max_size=2).map(" ".join),
       editions=st.lists(st.tuples(_SEPARATOR, _NUMERAL), min_size=1, max_size=3),
       year=st.integers(min_value=1990, max_value=2035), chosen=st.lists(st.sampled_from(_TEMPLATES), min_size=1,
                                                                          max_size=4))
@example(others=[], series="UNITAS", editions=[(" ", "LXV"), (" ", "LXVI")], year=2024, chosen=[_TEMPLATES[0]])
def test_numbered_exercise_names_never_make_extraction_fail(extractor: Extractor, others: list[str], series: str,
                                                           editions: list[tuple[str, str]], year: int,
                                                           chosen: list[str]) -> None:
    # editions of one series ("UNITAS LXV", "UNITAS LXVI") beside other names
    names = [f"{series}{separator}{numeral}" for separator, numeral in editions] + others
    text = _SERIES_THEN_EDITIONS.format(series=series, first=names[0], second=names[-1]) + " " + " ".join(
        template.format(name=names[i % len(names)], series=series, year=year) for i, template in enumerate(chosen))
    sheet = extractor.extract(Article(id="fuzz", text=text, date="2026-03-10"))
    for fact in sheet.facts:  # and whatever it finds is stated in the text it read
        assert fact.evidence is not None and fact.evidence.text in text
