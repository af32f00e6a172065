"""The layout the rules read (spaces, quotation marks, wrapped lines), and offsets back into the article's text."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from kg.articles import read_article
from kg.extract import Extractor
from kg.extract.layout import regular_layout

PARAGRAPHS = [
    ("Ruritanian Defence Minister Ivo Petrov said on Tuesday that Chile and Peru will take part in the Southern "
     "Shield 2026 exercise, which the Chilean Navy will host off Arica in September."),
    ("The Pacific Alliance, which comprises Chile, Peru, Colombia and Mexico, backs the drills, a spokesman for the "
     "alliance said."),
    "Estonia, Latvia and Lithuania joined NATO in 2004, five years after Poland, Hungary and the Czech Republic.",
]


def test_regular_text_is_left_as_it_is() -> None:
    text = "\n".join(PARAGRAPHS)
    assert regular_layout(text) == (text, None)


@pytest.mark.parametrize(("text", "regular"), [
    ("Estonia  joined   NATO.", "Estonia joined NATO."),  # runs of spaces
    ("Estonia\xa0joined NATO on Sept.\xa029.", "Estonia joined NATO on Sept. 29."),  # no-break spaces
    ("Estonia\tjoined\u2009NATO.\u202f", "Estonia joined NATO. "),  # a tab, thin spaces
    ("Esto\xadnia joined NA\u200bTO.\ufeff", "Estonia joined NATO."),  # a soft hyphen, zero-width characters
    ("Estonia joined NATO. \xa0\nLatvia  did too.", "Estonia joined NATO. \nLatvia did too."),  # lines kept
    ("Estonia’s “Spring Storm” and Latvia‘s „Crystal Arrow”",
     'Estonia\'s "Spring Storm" and Latvia\'s "Crystal Arrow"'),  # curly marks
])
def test_irregular_text_becomes_regular(text: str, regular: str) -> None:
    assert regular_layout(text)[0] == regular


def test_quotation_marks_change_in_place() -> None:
    text = "Estonia’s minister said “we are ready”."
    regular, offsets = regular_layout(text)
    assert regular == "Estonia's minister said \"we are ready\"." and offsets is None  # offsets unchanged


def test_offsets_of_the_regular_copy_map_back_to_the_original_text() -> None:
    text = "At  the\xa0summit, Esto\xadnia   joined NATO.  Then\tLatvia did."
    regular, offsets = regular_layout(text)
    assert offsets is not None
    for words in ("At", "the summit", "Estonia joined NATO.", "Then Latvia did."):
        start = regular.index(words)
        original = text[offsets.start(start):offsets.end(start + len(words))]
        assert regular_layout(original)[0] == words  # the same words, with the original's own spacing
        assert not original[0].isspace() and not original[-1].isspace()
    assert offsets.end(len(regular)) == len(text)


@pytest.mark.parametrize("width", [60, 72, 79])
@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_hard_wrapped_paragraphs_become_lines_again(width: int, between: str) -> None:
    wrapped = between.join("\n".join(textwrap.wrap(p, width, break_on_hyphens=False)) for p in PARAGRAPHS)
    regular, offsets = regular_layout(wrapped)
    assert [line for line in regular.split("\n") if line] == PARAGRAPHS
    assert offsets is None  # each line break became a space: the offsets are the text's own


def test_a_word_wrapped_after_its_hyphen_runs_on_without_a_space() -> None:
    text = ("The coalition said on Monday that the Black Sea drills will see the NATO-\n"
            "led ships sail from Constanta to Varna and on to Burgas, the alliance said\n"
            "in a statement on its website, adding that three more navies will join.\n"
            "The drills end on Friday, the coalition said.")
    regular, offsets = regular_layout(text)
    assert "will see the NATO-led ships sail from Constanta to Varna and on to Burgas, the alliance said in" in regular
    start = regular.index("NATO-led")
    assert offsets is not None and text[offsets.start(start):offsets.end(start + len("NATO-led"))] == "NATO-\nled"


def test_short_paragraphs_of_a_line_each_are_not_joined() -> None:
    text = ("Listen Live\nGet short URL\nEstonia joined NATO in 2004.\nLatvia and Lithuania joined it the same "
            "year.\nPoland had joined in 1999.\nThe three Baltic states border Russia.\nFinland joined in 2023.")
    assert regular_layout(text) == (text, None)


def test_the_title_stays_a_line_of_its_own() -> None:
    title = "Chile and Peru to join Southern Shield 2026 drills off Arica, Ruritanian minister says"
    body = "\n".join(textwrap.wrap(" ".join(PARAGRAPHS), 90))
    regular, _ = regular_layout(f"{title}\n{body}", title=title)
    assert regular.split("\n")[:2] == [title, " ".join(PARAGRAPHS)]


RELATED = ("Related:\n"
           "Russia and China hold joint naval drills near the coast of Japan again\n"
           "India joins Malabar naval exercise with United States and Australia\n"
           "Finland and Sweden begin talks with Norway on a Nordic air command")


def test_related_headlines_under_a_wrapped_article_stay_lines_of_their_own() -> None:
    wrapped = "\n".join("\n".join(textwrap.wrap(p, 72)) for p in PARAGRAPHS)
    regular, _ = regular_layout(f"{wrapped}\n{RELATED}")
    assert regular.split("\n")[-4:] == RELATED.split("\n")
    assert regular.split("\n")[0] == PARAGRAPHS[0]


def test_short_paragraphs_and_headlines_of_a_line_each_are_no_wrapped_text() -> None:
    text = ("Latvia and Estonia will hold a joint air defence drill in June, the ministry said.\nRead more:\n"
            "Russia and China hold joint naval drills near the coast of Japan in the Pacific\n"
            "India joins Malabar naval exercise with United States, Japan and Australia again\n"
            "Poland signs deal with South Korea for more K2 tanks and howitzers for its army\n"
            "Finland and Sweden begin talks with Norway on a joint Nordic air command centre")
    assert regular_layout(text) == (text, None)


def test_a_headline_without_a_title_stays_apart_from_the_wrapped_lead() -> None:
    headline = "Poland to send frigates to Baltic drills as Lithuania plays host"
    lead = ("Ruritania's defence ministry said on Monday that Poland would send two frigates to the Amber Sentinel "
            "drills off Klaipeda in May, and that Lithuania would host them for the first time since 2019, when "
            "the drills were last held in the Baltic.")
    regular, _ = regular_layout(headline + "\n" + "\n".join(textwrap.wrap(lead, 72)))
    assert regular.split("\n") == [headline, lead]


@pytest.mark.parametrize("dressed", [
    lambda lines: ["Chile and Peru to join Southern Shield 2026 drills off Arica, Ruritanian minister says", *lines],
    lambda lines: [*lines, "Copyright 2026 Ruritanian News Agency. All rights reserved. Reproduction is prohibited."],
    lambda lines: [line.ljust(80) for line in lines],  # padded with spaces
    lambda lines: [line + "\r" for line in lines],  # CRLF line ends
])
def test_a_wide_title_or_footer_padding_or_crlf_do_not_hide_wrapped_text(dressed) -> None:
    lines = [line for p in PARAGRAPHS for line in textwrap.wrap(p, 72)]
    title = "Chile and Peru to join Southern Shield 2026 drills off Arica, Ruritanian minister says"
    regular, _ = regular_layout("\n".join(dressed(lines)), title=title)
    assert all(p in [line.strip() for line in regular.split("\n")] for p in PARAGRAPHS)


def test_an_empty_span_after_dropped_characters_maps_to_an_empty_span() -> None:
    regular, offsets = regular_layout("ab \u200b\u200b cd")
    assert regular == "ab cd" and offsets is not None
    start, end = offsets.span(3, 3)
    assert start == end


def test_modifier_letter_and_acute_apostrophes_are_apostrophes() -> None:
    assert regular_layout("Ukraineʼs minister and Russia´s envoy")[0] == "Ukraine's minister and Russia's envoy"


def test_quotations_and_numbers_opening_lines_are_no_wrapped_prose() -> None:
    text = ('"We are ready for any task," the commander of the Chilean Navy told reporters in Valparaiso.\n'
            '"The drills will be the largest since 2019," Ruritanian Defence Minister Ivo Petrov said on Monday.\n'
            "2,000 troops from Chile, Peru, Ecuador and Colombia will take part in the Southern Shield drills.\n"
            '"Our navies have trained together for more than seventy years," Petrov added after the meeting.\n'
            "1,500 of them will come from the navies of Chile and Peru, and the rest from the two armies.")
    assert regular_layout(text) == (text, None)


LEAD = ("VILNIUS, May 3 (Reuters) - Poland and Lithuania will hold the Iron Wolf 2026 exercise near the Suwalki "
        "gap from June 8 to June 19, the Lithuanian defence ministry said on Sunday.")


@pytest.mark.parametrize("before", [
    "",  # no title, and the lead's first line as wide as the others
    "Poland and Lithuania to hold Iron Wolf 2026 drills near the Suwalki gap, defence ministry says\n",
])
@pytest.mark.parametrize("after", ["", ("\nSource: https://example.org/news/2026/05/03/poland-lithuania-iron-wolf-"
                                        "2026-exercise-suwalki-gap-defence-ministry.html")])
def test_a_wrapped_lead_under_a_wide_headline_or_above_a_web_address_runs_on(before: str, after: str) -> None:
    text = before + "\n".join("\n".join(textwrap.wrap(p, 72)) for p in [LEAD, *PARAGRAPHS]) + after
    lines = regular_layout(text)[0].split("\n")
    assert LEAD in lines and all(p in lines for p in PARAGRAPHS)


def test_a_wrapped_line_ending_on_a_colon_runs_on_into_a_quotation() -> None:
    quoted = ("Regional media quoted the exercise director, Major General Ivo Petrov of Ruritania, as saying: "
              "\u201cThe scenario is a raid by armed groups across a mountain border.\u201d")
    wrapped = ["\n".join(textwrap.wrap(paragraph, 49)) for paragraph in [*PARAGRAPHS, quoted]]
    assert "as saying:\n\u201cThe scenario" in wrapped[-1]
    lines = regular_layout("\n".join(wrapped))[0].split("\n")
    assert lines == [*PARAGRAPHS, quoted.replace("\u201c", '"').replace("\u201d", '"')]


EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_the_example_articles_hard_wrapped_at_any_width_give_the_same_facts(path: Path, extractor: Extractor):
    article = read_article(path)
    facts = {(fact.subject, fact.relation, fact.object) for fact in extractor.extract(article).facts}
    for width in range(40, 81, 4):
        wrapped = "\n".join(textwrap.fill(line, width) if line.strip() else line for line in article.text.split("\n"))
        sheet = extractor.extract(dataclasses.replace(article, text=wrapped))
        assert {(fact.subject, fact.relation, fact.object) for fact in sheet.facts} == facts, width


BODY = "Serbia will take part in the drills of the CSTO in Kazakhstan next month, its defence ministry said."


@pytest.mark.parametrize(("headline", "title", "as_sentence"), [
    ("SERBIA TO JOIN CSTO DRILLS IN KAZAKHSTAN", "SERBIA TO JOIN CSTO DRILLS IN KAZAKHSTAN",
     "Serbia to join CSTO drills in Kazakhstan"),
    ("SERBIA TO JOIN CSTO DRILLS IN KAZAKHSTAN", None, "Serbia to join CSTO drills in Kazakhstan"),
    ("US AND SERBIA SIGN DEFENCE PACT", None, "US and Serbia sign defence pact"),  # (short: an acronym)
    ("Serbia To Join CSTO Drills In Kazakhstan", None, "Serbia To Join CSTO Drills In Kazakhstan"),  # Title Case
    ("SERBIA JOINS THE DRILLS.", None, "SERBIA JOINS THE DRILLS."),  # a sentence, no headline
])
def test_a_headline_in_capitals_is_read_as_a_sentence(headline: str, title: str | None, as_sentence: str) -> None:
    regular, offsets = regular_layout(f"{headline}\n{BODY}", title=title)
    assert regular == f"{as_sentence}\n{BODY}" and offsets is None
