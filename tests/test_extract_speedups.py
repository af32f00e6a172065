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
    "The drills opened in Pakistan's southern port city of Karachi and in the Kazakh city of Aktau on Monday.",
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
            past = kind == "weekday" and timex._PAST_BEFORE_WEEKDAY.search(text, max(0, span[0] - 30), span[0])
            value = timex._value(kind, match, year, reference, False if past else kwargs.get("future", False))
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


# A stop, with the quotation or bracket it closes, before white space; or a line break.
_PLAIN_SENTENCE_GAP = r"(?<=[.!?])\s+|(?<=[.!?][\"'”’)\]])\s+|(?<=[.!?][\"'”’)\]]{2})\s+|\n"


@pytest.mark.parametrize("text", ["\n".join(LINES), "A. B! 2019? ... 20\n\n1999.  x", "2020", "", "no years. here.",
                                  '"It will grow." In 2021 it did.', "He left.\u201d\n\nIn 2021 it will (in 2020.) end"])
def test_year_sentences_are_the_split_pieces(text: str) -> None:
    from kg.extract import timex

    pieces = [p.strip() for p in re.split(_PLAIN_SENTENCE_GAP, text) if "19" in p or "20" in p]
    assert [p.strip() for p in timex._sentences_naming_years(text)] == pieces
    for date in ("2031-02-03", "2024-01-01", None):
        assert timex.infer_reference_date(date, text) == _plain_reference(date, text)


def _plain_reference(page_date, text):
    from kg.extract import timex

    page_year = int(page_date[:4]) if page_date else None
    if page_year is None:
        return timex.infer_reference_date(page_date, text)  # that branch is unchanged
    current = [int(y) for word, y in re.findall(r"([A-Z](?<!\w.)[\w/]+)[ -]((?:19|20)\d\d)\b", text)
               if word.lower().rstrip(".") not in timex._NOT_A_NAME]
    for sentence in re.split(_PLAIN_SENTENCE_GAP, text):
        years = re.findall(r"\b((?:19|20)\d\d)\b", sentence)
        if years and re.search(r"\b(?:will|upcoming|scheduled|to be held|is to|are to|slated|planned)\b", sentence, re.I):
            current += [int(y) for y in years]
    current = [y for y in current if y <= page_year]
    latest = max((int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text) if int(y) <= page_year),
                 default=0)
    if current and max(current) <= page_year - 2 and latest <= max(current):
        return timex.ReferenceDate(str(max(current)), timex.infer_reference_date(page_date, text).reason)
    return timex.ReferenceDate(page_date, "the page's date")


def _new_and_old_mention_patterns():
    from kg.extract import mentions as m

    finder = Extractor().finder
    upper, title = m._UPPER, m._TITLE_TRIE
    pairs = {
        "_exercise_year": (
            rf"(?=[{upper}])(?P<name>(?:[{upper}][\w’'/]*[ -]){{0,3}}[{upper}][\w’'/]*?)[ -]"
            rf"(?P<year>(?:19|20)\d\d)(?![\d])"),
        "_exercise_named": (
            rf"(?=[{upper}])(?P<name>(?:[{upper}][\w’'-]+\s+(?:of\s+(?:the\s+)?)?){{0,2}}[{upper}][\w’'-]+)"
            rf"\s+(?:{m.EXERCISE_NOUN})\b"),
        "_place": (
            rf"(?=[{upper}])(?P<name>(?:[{upper}][\w’'-]+\s+){{1,3}}(?:{m._PLACE_HEADS})|(?:Bay|Gulf|Sea|Strait|Isle)"
            rf"\s+of\s+(?:the\s+)?[{upper}][\w-]+)\b"),
    }
    not_a_name = rf"(?:{title}|Excellency|Highness)"
    new_opening = rf"(?P<name>[{upper}](?<![\w-].)(?<=(?!{not_a_name}\b).){m._NAME_AFTER_CAPITAL})"
    apposition = finder._person_apposition.pattern
    assert apposition.startswith(new_opening)
    pairs["_person_apposition"] = (rf"(?=[{upper}])(?<![\w-])(?!{not_a_name}\b)(?P<name>{m._NAME})"
                                   + apposition[len(new_opening):])
    titled = finder._person_titled.pattern
    body = titled[titled.index("(?:(?P<then>then|former|ex)[- ])?"):]
    pairs["_person_titled"] = m._guard(body, {"t", "f", "e"} | finder._owner_initials | m._MODIFIER_INITIALS
                                       | m._TITLE_INITIALS)
    for name, group, trie, old_trie in (("_demonym_body", "name", finder._demonym_word, f"(?:{finder._demonym})"),
                                        ("_state_ministry", "state", finder._state_word, finder._state)):
        new_pattern = getattr(finder, name).pattern
        assert new_pattern.startswith(f"(?P<{group}>{trie}")
        pairs[name] = rf"\b(?P<{group}>{old_trie}" + new_pattern[len(f"(?P<{group}>{trie}"):]
    # _city_of names a state by its people's word or by its name (possessive): both tries, each as an alternation
    city_of = finder._city_of.pattern
    for group, trie, old_trie in (("demonym", finder._demonym_word, finder._demonym),
                                  ("owner", finder._state_word, finder._state)):
        assert f"(?P<{group}>{trie}" in city_of
        city_of = city_of.replace(f"(?P<{group}>{trie}", rf"\b(?P<{group}>{old_trie}")
    pairs["_city_of"] = city_of
    return [(getattr(finder, name), re.compile(old)) for name, old in pairs.items()]


@pytest.mark.parametrize("line", LINES)
def test_restructured_name_patterns_find_the_same(line: str) -> None:
    for new, old in _new_and_old_mention_patterns():
        assert [(m.span(), m.groups()) for m in new.finditer(line)] == \
            [(m.span(), m.groups()) for m in old.finditer(line)], new.pattern[:60]


@pytest.mark.parametrize("line", LINES + ["Col. Ivo", "the Col.", "an official", "officials", "xMajor", "Gen.X",
                                          "_President", "Presidents’", "9President", "Minister2", "ĀMinister"])
def test_title_automaton_finds_what_the_gate_finds(line: str) -> None:
    from kg.extract import mentions as m

    # The search the automaton replaced, except that an abbreviation's stop ends a title ("Col. Ivo",
    # "Vice Adm. X": \b after "." never matches before a space, which kept such lines from the patterns).
    title_gate = re.compile(rf"\b{m._TITLE_TRIE}(?:(?<=\.)|\b)")
    assert m._has_title_word(line) == (title_gate.search(line) is not None)
    assert (m._YEAR_AFTER_GAP.search(line) is not None) >= bool(Extractor().finder._exercise_year.search(line))


GUARDED = ["_TAKE_PART", "_HELD_IN", "_DATE_VERBS", "_LOCATION_PREP", "_PARTICIPANT_PREP", "_INCLUDES", "_DRILLS_OF",
           "_TROOPS", "_ORGANISE", "_GENERIC"]


@pytest.mark.parametrize("line", LINES + ["ſtaged and KICKED OFF", "İnvolving the troops of", "Stayed away",
                                          "Its members are", "which includes", "Annual", "the FİRST were", "last ones",
                                          "ſeries", "drills of the", "SERVICEMEN", "to conduct",
                                          "they were not invited", "join the naval drills", "at the "])
def test_guarded_relation_patterns_find_the_same(line: str) -> None:
    from kg.extract import mentions as m
    from kg.extract import relations as r

    for name in GUARDED:
        pattern = getattr(r, name)
        pattern = pattern.pattern if isinstance(pattern, Cue) else pattern
        plain = re.compile(re.sub(r"^\\b\(\?=\[[\\sa-z]+\]\)", r"\\b", pattern.pattern), pattern.flags)
        assert plain.pattern != pattern.pattern
        assert [m.span() for m in pattern.finditer(line)] == [m.span() for m in plain.finditer(line)], name
    plain = re.compile(rf"\b{m.EXERCISE_NOUN}\b|\bExercise\b", re.I)
    assert bool(m._EXERCISE_CONTEXT.search(line)) == bool(plain.search(line))
    word_before = r._WORD_BEFORE_EXERCISE_NOUN.pattern
    plain = re.compile(word_before.pattern.replace(r"\S++", r"\S+"), word_before.flags)
    assert [x.groups() for x in word_before.finditer(line)] == [x.groups() for x in plain.finditer(line)]
    counted = bool(r._COUNTED_STATES.search(line))
    assert not counted or r._names_states(fold(line.lower()))


def test_folded_is_fold_of_the_lower_case() -> None:
    from kg.extract.cues import folded

    for line in LINES + ["İSTANBUL ſ", "ı"]:
        assert folded(line) == fold(line.lower())
        assert folded(line) == fold(line.lower())  # remembered


@pytest.mark.parametrize("line", LINES + ["The agency quoted him as saying it would end.", "He was QUOTED by TASS.",
                                          "CİTED a source as saying", "the paper ſaid and cited nobody", "SHE also ",
                                          "and he then "])
def test_speech_guards_find_the_same(line: str) -> None:
    from kg.extract import quotes

    assert quotes._second_hand(line) == bool(quotes._REPORTED_SECOND_HAND.search(line))
    plain = re.compile(quotes._PRONOUN_BEFORE.pattern.replace("(?=[hs])", ""), re.I)
    assert plain.pattern != quotes._PRONOUN_BEFORE.pattern
    assert [m.span() for m in quotes._PRONOUN_BEFORE.finditer(line)] == [m.span() for m in plain.finditer(line)]


@pytest.mark.parametrize("line", LINES + ["rebut but butter, while x; but", "_but but_ —but, ", "but", "xbut,  "])
def test_clause_patterns_find_the_same(line: str) -> None:
    import sys

    extraction = sys.modules["kg.extract"]
    opener = re.compile(r";|\bbut\b|, while\b|, whereas\b|—|, (?:which|who)\b|,\s*$")
    closer = re.compile(r"[;,]|\bbut\b|—")
    assert [m.span() for m in extraction._CLAUSE_OPENER.finditer(line)] == [m.span() for m in opener.finditer(line)]
    assert [m.span() for m in extraction._CLAUSE_CLOSER.finditer(line)] == [m.span() for m in closer.finditer(line)]


@pytest.mark.parametrize("line", LINES + ["He said: “yes”, she says, they say; ACCORDING TO him", "xsaid unsaid said_",
                                          "saying sayings, went on, points out", "Accordingly according to"])
def test_speech_verb_tries_find_the_same(line: str) -> None:
    from kg.extract import quotes

    verbs = quotes.SPEECH_VERB
    for new, old in ((quotes._SPEECH_CUE, rf"\b(?:{verbs})\b|\b(?i:according to)\b|\bsaying\b"),
                     (quotes._SPEECH_VERB_WORD, rf"\b(?:{verbs})\b"),
                     (quotes._SPEECH_VERB_OR_SAYING, rf"\b(?:{verbs}|saying)\b")):
        assert [m.span() for m in new.finditer(line)] == [m.span() for m in re.finditer(old, line)]


def _plain_resolve_overlaps(mentions):
    """_resolve_overlaps as it was written before: every pair of mentions tested."""
    from dataclasses import replace

    from kg.extract import mentions as m

    mentions = m._merge_people(mentions)
    ordered = sorted(mentions, key=lambda x: (-(x.end - x.start), m._KIND_RANK.get(x.kind, 9), x.start))
    chosen = []
    for mention in ordered:
        if any(c.start < mention.end and mention.start < c.end for c in chosen):
            continue
        chosen.append(mention)
    names = [x for x in mentions if x.kind in ("gazetteer", "demonym", "capital")]
    result = []
    for mention in sorted(chosen, key=lambda x: x.start):
        if not mention.inner:
            inner = tuple(x for x in names if mention.start <= x.start and x.end <= mention.end and x is not mention)
            if inner:
                mention = replace(mention, inner=inner)
        result.append(mention)
    return result


@pytest.mark.parametrize("spans", [
    [(0, 6, "gazetteer"), (0, 20, "agreement"), (7, 12, "demonym"), (14, 20, "gazetteer"), (30, 35, "place")],
    [(0, 5, "gazetteer"), (0, 5, "person"), (3, 9, "unit"), (9, 9, "exercise"), (2, 4, "capital")],
    [(4, 4, "exercise"), (0, 8, "place"), (1, 3, "gazetteer"), (8, 12, "gazetteer"), (8, 12, "capital")],
    [(0, 3, "org"), (0, 3, "gazetteer"), (3, 6, "gazetteer"), (2, 4, "person")],
    [],
])
def test_overlaps_resolve_as_before(spans) -> None:
    from kg.extract.mentions import Mention, _resolve_overlaps
    from kg.models import EntityType

    mentions = [Mention(a, b, "x" * (b - a), f"{kind}{a}", EntityType.PERSON if kind == "person" else EntityType.STATE,
                        kind=kind) for a, b, kind in spans]
    assert _resolve_overlaps(list(mentions)) == _plain_resolve_overlaps(list(mentions))


@pytest.mark.parametrize("sentence", LINES + ["Ruritania will not join, according to media reports.",
                                              "Borduria reportedly won’t take part; Syldavia is to host it.",
                                              "They did NOT come.", "It ſhall be held.", "unreportedly"])
def test_modality_of_clauses_as_before(sentence: str) -> None:
    from kg.extract import modality
    from kg.models import Modality

    def plain(clause, sentence):
        folded = fold(clause.lower())
        if modality._HEARSAY_CUE.search(clause, folded) or (
                sentence and modality._HEARSAY_CUE.search(sentence, fold(sentence.lower()))):
            return Modality.REPORTED
        if modality._NEGATION_CUE.search(clause, folded):
            return Modality.NEGATED
        if modality._FUTURE_CUE.search(clause, folded):
            return Modality.PLANNED
        return Modality.ASSERTED

    clauses = [sentence[a:b] for a in range(0, len(sentence), 7) for b in range(a + 1, len(sentence) + 1, 11)]
    for clause in clauses + ["not in it", "reportedly"]:
        for context in (sentence, ""):
            assert modality.classify(clause, sentence=context) == plain(clause, context), (clause, context)


GATED_LINES = LINES + [
    "Belarus's defence ministry and Kazakhstan’s foreign ministry said on Monday.",
    "BELARUS'S DEFENCE MINISTRY", "Belarus's Defence Ministry", "the Kazakh city of Almaty",
    "the Belarusian town  of Grodno", "the Serbian port\u00a0of Bar", "THE KAZAKH CITY OF ALMATY",
    "The Latvian army said", "the Latvian Army said", "the Estonian coast guard", "the Polish defence  ministry",
    "Serbia signed a defence cooperation agreement with Hungary.", "Serbia SIGNED AN AGREEMENT with Hungary.",
]


@pytest.mark.parametrize("line", GATED_LINES)
def test_case_sensitive_mention_gates_are_necessary(line: str) -> None:
    """A line the gates of _pattern_mentions turn away holds no match of the patterns they guard."""
    from kg.extract import mentions as m
    from kg.extract.cues import found

    finder = Extractor().finder
    words = found(line)
    if not m._CITY_OF_GATE.search(line):  # tested after the older gates (" of ", the place nouns)
        assert finder._city_of.search(line) is None
    if not (words & m._LOWER_MINISTRY.mask and ("'s" in line or "’s" in line)):
        assert finder._state_ministry.search(line) is None
    if not words & m._BODY_KEYS.mask:
        assert finder._demonym_body.search(line) is None
    if not words & m._SIGNING_KEYS.mask:
        assert finder._signed_agreement.search(line) is None


def test_gated_mention_patterns_still_find_their_names() -> None:
    finder = Extractor().finder
    found = {(m.text, m.kind) for m in finder.find(
        "Belarus's defence ministry met the Latvian army in the Kazakh city of Almaty.\n"
        "Serbia signed a defence cooperation agreement with Hungary.")}
    assert ("Belarus's defence ministry", "org") in found
    assert ("Latvian army", "unit") in found
    assert ("Almaty", "place") in found or ("Almaty", "gazetteer") in found
    assert ("defence cooperation agreement", "agreement") in found


def test_observers_are_found_without_a_search_per_mention() -> None:
    from kg.models import Article

    text = ("Union Shield-2027 drills will be held in Belarus in May. Observers from Serbia and Armenia will "
            "watch the drills, while troops from Kazakhstan will take part.")
    facts = {(f.subject, f.relation, f.object) for f in Extractor().extract(Article("t", text, date="2026-03-10")).facts}
    assert ("Serbia", "observer_of", "Union Shield-2027") in facts
    assert ("Armenia", "observer_of", "Union Shield-2027") in facts
    assert ("Kazakhstan", "participates_in_exercise", "Union Shield-2027") in facts


LOWER_CASED = [("_TAKE_PART", "_TAKE_PART_LOWER"), ("_DRILLS_OF", "_DRILLS_OF_LOWER"), ("_TROOPS", "_TROOPS_LOWER"),
               ("_OBSERVING", "_OBSERVING_LOWER"), ("_HELD_IN", "_HELD_IN_LOWER"),
               ("_DATE_VERBS", "_DATE_VERBS_LOWER"), ("_INCLUDES", "_INCLUDES_LOWER")]


@pytest.mark.parametrize("line", LINES + [
    "Belarus TOOK PART in the drills; Armenia Opted Out Of them and Kazakhstan Sent Observers.",
    "The Exercises Of The CSTO were Held in Tajikistan, Which Includes Soldiers, Marines and AIRMEN.",
    "Every year the Military Personnel JOIN the Naval Drills, Kicked Off on Monday as Observers.",
    "ſent troops, İnvolving the KICK OFF of the drılls of the, as observer", "Stayed away, was Not Invited"])
def test_lower_case_patterns_find_the_same_on_ascii(line: str) -> None:
    from kg.extract import relations as r
    from kg.extract.cues import folded

    for name, lower_name in LOWER_CASED:
        pattern = getattr(r, name)
        pattern = pattern.pattern if isinstance(pattern, Cue) else pattern
        lower = getattr(r, lower_name)
        assert pattern.flags & re.I and not lower.flags & re.I and lower.pattern == pattern.pattern
        if line.isascii():
            assert folded(line) == line.lower()
            assert [m.span() for m in lower.finditer(folded(line))] == [m.span() for m in pattern.finditer(line)], name
    with pytest.raises(ValueError):
        r._lower_case(re.compile(r"\b[A-Z]\w+", re.I))
    with pytest.raises(ValueError):
        r._lower_case(re.compile(r"\bdrills\b"))
