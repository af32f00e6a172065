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
