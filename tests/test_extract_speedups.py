"""The shortcuts that make extraction fast find what the plain patterns find (see kg.extract.cues)."""

from __future__ import annotations

import re

import pytest

from kg.extract import Extractor
from kg.extract.cues import Cue, Words, fold
from kg.extract.mentions import _guard
from kg.extract.sentences import _LAST_WORD, _ends_with_abbreviation

TEXTS = [
    "Major General Ivo Petrov, the exercise director, said on Tuesday that the drills would start in March.",
    "The Kazakh defence ministry said Slavic Brotherhood-2017 will be held near Brest from 5-9 June 2017.",
    "İSTANBUL ſigned the \u212aick-off; taKe part, ſend observers (Mr. Smith, U.S. Army) and drılls.",
    "Summary: maritime units decided to report in Dec. and may 5 times review it.",
    "",
]


def test_a_cue_added_later_is_found() -> None:
    first = Words("zebra-crossing")
    assert first.any_in("a zebra-crossing") and not first.any_in("a zebra")
    later = Cue(re.compile(r"okapi\w*"), "okapi")  # a new word after the vocabulary was used
    assert later.possible("two okapis") and not later.possible("two zebras")
    assert [m.group(0) for m in later.finditer("okapis", "okapis")] == ["okapis"]
    assert first.any_in("a zebra-crossing")


def test_cue_words_are_case_sensitive_substrings() -> None:
    words = Words("Army", "sea")
    assert words.any_in("the Army") and words.any_in("research")
    assert not words.any_in("the army") and not words.any_in("the SEA")


@pytest.mark.parametrize("text", TEXTS)
def test_guard_finds_the_same(text: str) -> None:
    plain = r"(?:(?:then|ex)[- ])?(?:Major|General|the)\s+\w+"
    guarded = re.compile(_guard(plain, {"t", "e", "M", "G"}))
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in re.finditer(plain, text)]
    with pytest.raises(ValueError):
        _guard(plain, [])


@pytest.mark.parametrize("piece", ["in the U.S.", "Mr.", "(Gen.", "said Col.", "on Dec.", "in 2017.", "a\tb.",
                                   "x", "ends with e.g.", "The end."])
def test_abbreviation_test_sees_the_last_word_only(piece: str) -> None:
    match = _LAST_WORD.search(piece)
    word = match.group(1).lower() if match else None
    expected = bool(match) and (word in {"mr", "gen", "col", "dec", "e.g", "u.s"} or len(word) == 1)
    assert _ends_with_abbreviation(piece) == expected


def test_extractor_is_deterministic_on_odd_text() -> None:
    extractor = Extractor()
    from kg.models import Article

    sheets = [extractor.extract(Article(f"t{i}", text)) for i, text in enumerate(TEXTS)]
    again = [extractor.extract(Article(f"t{i}", text)) for i, text in enumerate(TEXTS)]
    assert sheets == again


# -- page clutter: the shortcuts of kg.articles find what the searched patterns find ----------------------

CLUTTER_LINES = [
    "Subscribe to our newsletter", "Never miss a story", "Follow US on Telegram", "follow us on X",
    "JOIN OUR WHATSAPP CHANNEL for updates", "Get our daily briefing.", "Read our weekly newsletter here",
    "The ministry said it would follow the talks closely.", "Support independent journalism",
    "Ruritania asked its partners to join the drills, the minister told us.", "Photo: Reuters",
    "ſubscribe to our channel", "Sign up for our newsletter", "Our free podcast", "Russia and four others",
    "(AP Photo/Jane Roe)", "A photo by the ministry", "Leave a comment", "Be the first to comment",
    "What do you think?", "Share your thoughts in the comments below", "Comments are closed.",
    "The drills ended.”", "It ended?)", "Five words end here now.", "No stop at the end",
    "“Quoted words end here,” he said.\"", "A line ending in a bracket (see above).]", ")", "",
]


@pytest.mark.parametrize("line", CLUTTER_LINES)
def test_clutter_shortcuts_find_the_same(line: str) -> None:
    from kg import articles

    sentence_end = re.compile(r"[.!?][\"'”’»)\]]*$")
    assert (line.rstrip(articles._CLOSERS)[-1:] in articles._STOPS) == bool(sentence_end.search(line))
    assert articles._call_to_action(line) == bool(articles._CALL_TO_ACTION.search(line))
    assert bool(articles._CREDIT.match(line)) == bool(articles._CREDIT.search(line))
    assert bool(articles._COMMENT.match(line)) == bool(articles._COMMENT.search(line))


def test_last_paragraph_is_found_from_the_end() -> None:
    from kg.articles import find_clutter

    text = ("Ruritania joined the pact on Monday, the ministry said.\nShare\n"
            "Borduria will host the drills in May, officials said.\nMore Drills Planned Next Year\n"
            "Ministers Meet In Strelsau\nPhoto: Reuters\n")
    assert [text[a:b] for a, b in find_clutter(text)] == [
        "Share", "More Drills Planned Next Year", "Ministers Meet In Strelsau", "Photo: Reuters"]


# -- sentences written for these tests: names, titles, places, exercises, dates -----------------------------

LINES = [
    "Ruritanian Defence Minister Ivo Petrov, the former chief of staff, said on Tuesday that Iron Shield-2024 "
    "would start in mid- May in the Strelsau Region and near the Black Sea, Bay of Varna and Isle of Dogs.",
    "Colonel Ana Novak, a spokeswoman for the Borduria Army, told reporters the Amber Dawn 2023 drills began "
    "on 20-24 September 2023 at the Kessel Training Area; the Northern Fleet and 3rd Brigade took part.",
    "Officials from Syldavia and Borduria said the joint exercises, dubbed “Steel Tide”, ran from June 9 to "
    "June 20 after an earlier 2019 edition, and that the Sea of Azov drills would follow later this year.",
    "Unofficial Majority reports: Gen. Ivo Kral, Lt. Gen. Mira Bell and President Anton Varga met in "
    "Strelsau Province in Dec. 2022, the ministry said, and Exercise Winter Lynx begins next week.",
    "İN MAY the ſenate and the Kelvin Commission of Ruritania held drills in Mar. and on Mon., then in "
    "Januaryland Valley during  late  June, since 1999 and by 2030-01-05.",
    "A Syldavian-Bordurian Agreement on Defence Cooperation was signed by the two countries, while all three "
    "nations agreed that these four states would take part in Northern Star-2025 Field Firing Range tests.",
    "The Latvian army and the Kazakh defence ministry said the Estonian city of Tartu and Russia’s defence "
    "ministry (Belarus's foreign ministry, xLatvian army, _Kazakh navy) agreed; Polish border guard officers, "
    "the Lithuanian town of Alytus and the Finnish armed forces.",
    "",
    "x",
]


def _plain_find_times(text, **kwargs):
    """find_times without cue words or start positions: every pattern tried everywhere."""
    from kg.extract import timex

    found, taken = [], []
    reference, year = kwargs.get("reference"), kwargs.get("default_year")
    year = year or (reference.year if reference else None)
    for kind, pattern in timex._PATTERNS:
        for match in pattern.finditer(text):
            span = match.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            value = timex._value(kind, match, year, reference, kwargs.get("future", False))
            if value is not None:
                taken.append(span)
                found.append((span, match.group(0), value, kind))
    return sorted(found)


@pytest.mark.parametrize("line", LINES + ["in March", "from  June 3 to July 4", "late last month", "ſeptember 5",
                                          "İn May", "i\u0307n May", "for\u00a0early Oct. talks", "a 1990s 2017-06-05 x",
                                          "x2017 12th", "the COMING WEEKS", "in Marines",
                                          "Mar5, Marc5 and March,  2017", "Sept.20-24", "may 5", "the market 5",
                                          "ſept. 3", "Dec.\t1999", "June 9 to July 4, 2020"])
@pytest.mark.parametrize("reference", [("2017-05-04", 2016), ("2017", None)])
def test_times_shortcuts_find_the_same(line: str, reference) -> None:
    from kg.extract import timex

    ref = timex.ReferenceDate(reference[0], "test")
    got = [((t.start, t.end), t.text, t.value, t.kind)
           for t in timex.find_times(line, reference=ref, default_year=reference[1], future=True)]
    assert sorted(got) == _plain_find_times(line, reference=ref, default_year=reference[1], future=True)


@pytest.mark.parametrize("text", ["\n".join(LINES), "A. B! 2019? ... 20\n\n1999.  x", "2020", "", "no years. here."])
def test_year_sentences_are_the_split_pieces(text: str) -> None:
    from kg.extract import timex

    pieces = [p for p in re.split(r"(?<=[.!?])\s+", text) if "19" in p or "20" in p]
    assert list(timex._sentences_naming_years(text)) == pieces
    for date in ("2031-02-03", "2024-01-01", None):
        assert timex.infer_reference_date(date, text) == _plain_reference(date, text)


def _plain_reference(page_date, text):
    from kg.extract import timex

    page_year = int(page_date[:4]) if page_date else None
    if page_year is None:
        return timex.infer_reference_date(page_date, text)  # that branch is unchanged
    current = [int(y) for y in re.findall(r"[A-Z](?<!\w.)[\w/]+[ -]((?:19|20)\d\d)\b", text)]
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        years = re.findall(r"\b((?:19|20)\d\d)\b", sentence)
        if years and re.search(r"\b(?:will|upcoming|scheduled|to be held|is to|are to|slated|planned)\b", sentence, re.I):
            current += [int(y) for y in years]
    current = [y for y in current if y <= page_year]
    if current and max(current) <= page_year - 2:
        return timex.ReferenceDate(str(max(current)), timex.infer_reference_date(page_date, text).reason)
    return timex.ReferenceDate(page_date, "the page's date")
