"""Tests of kg.text.clean_text: the one cleaning every read text goes through."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kg.text import clean_text

# What clean_text must never let through: lone surrogates, C0 controls other than tab and newline,
# carriage return, DEL, C1 controls, and the two non-characters U+FFFE / U+FFFF.
_FORBIDDEN = re.compile("[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


# --- Unicode normalisation ---------------------------------------------------------------------

def test_decomposed_e_acute_is_composed():
    decomposed = "Cafe\u0301 diplomacy"
    assert len(decomposed) == 15
    cleaned = clean_text(decomposed)
    assert cleaned == "Caf\u00e9 diplomacy"
    assert len(cleaned) == 14
    assert "\u0301" not in cleaned


def test_composed_e_acute_is_unchanged():
    composed = "Caf\u00e9 diplomacy"
    assert clean_text(composed) == composed


def test_composed_and_decomposed_give_the_same_text():
    assert clean_text("Mont\u00e9n\u00e9gro") == clean_text("Monte\u0301ne\u0301gro")


def test_output_is_nfc_for_other_scripts():
    # Hangul syllable written as conjoining jamo, and Vietnamese with stacked marks.
    jamo = "\u1112\u1161\u11ab"
    assert clean_text(jamo) == "\ud55c"
    vietnamese = unicodedata.normalize("NFD", "Vi\u1ec7t Nam")
    assert vietnamese != "Vi\u1ec7t Nam"
    assert clean_text(vietnamese) == "Vi\u1ec7t Nam"


def test_compatibility_characters_are_not_folded():
    # NFC, not NFKC: the ligature and the full-width letter survive.
    assert clean_text("\ufb01le \uff21") == "\ufb01le \uff21"


def test_nfc_after_removing_a_control_between_base_and_mark():
    # The control is dropped and the mark then composes with the letter before it.
    assert clean_text("e\x00\u0301") == "\u00e9"


# --- line ends ---------------------------------------------------------------------------------

def test_crlf_becomes_lf():
    assert clean_text("Serbia\r\nand NATO\r\n") == "Serbia\nand NATO\n"


def test_lone_cr_becomes_lf():
    assert clean_text("one\rtwo\rthree") == "one\ntwo\nthree"


def test_mixed_line_ends():
    assert clean_text("a\r\nb\rc\nd\r\r\ne") == "a\nb\nc\nd\n\ne"


def test_crlf_counts_as_one_line_end_not_two():
    assert clean_text("a\r\n\r\nb") == "a\n\nb"


def test_no_carriage_return_survives():
    assert "\r" not in clean_text("x\r\r\n\n\r")


# --- controls ----------------------------------------------------------------------------------

def test_tab_and_newline_are_kept():
    assert clean_text("a\tb\nc") == "a\tb\nc"


@pytest.mark.parametrize("code", [c for c in range(0x00, 0x20) if c not in (0x09, 0x0A, 0x0D)])
def test_c0_controls_are_removed(code):
    assert clean_text(f"a{chr(code)}b") == "ab"


def test_del_is_removed():
    assert clean_text("NATO\x7f summit") == "NATO summit"


@pytest.mark.parametrize("code", range(0x80, 0xA0))
def test_c1_controls_are_removed(code):
    assert clean_text(f"a{chr(code)}b") == "ab"


def test_nbsp_just_after_c1_range_is_kept():
    assert clean_text("10\u00a0km") == "10\u00a0km"


def test_docstring_example():
    assert clean_text("Serbia\r\nand\x00 NATO\ud800") == "Serbia\nand NATO\ufffd"


# --- surrogates and non-characters -------------------------------------------------------------

@pytest.mark.parametrize("surrogate", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_lone_surrogate_becomes_replacement_character(surrogate):
    assert clean_text(f"x{surrogate}y") == "x\ufffdy"


def test_each_surrogate_of_an_unpaired_pair_is_replaced():
    # A Python str holding two surrogate code units is not an astral character: each is replaced.
    assert clean_text("a\ud83d\ude00b") == "a\ufffd\ufffdb"


def test_cleaned_text_encodes_to_utf8():
    cleaned = clean_text("Kosovo \udca9 \ud800\x00")
    cleaned.encode("utf-8")  # must not raise UnicodeEncodeError


def test_fffe_and_ffff_are_removed():
    assert clean_text("a\ufffeb\uffffc") == "abc"


def test_fffd_and_fffc_are_kept():
    assert clean_text("a\ufffdb\ufffcc") == "a\ufffdb\ufffcc"


# --- what must be kept -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Flag \U0001f1f7\U0001f1f8 and \U0001f30d",  # regional indicators, astral plane
        "family \U0001f468\u200d\U0001f469\u200d\U0001f467",  # zero-width joiners
        "\u05e9\u05dc\u05d5\u05dd \u200fNATO\u200e ok",  # RLM / LRM
        "\u202bembedded\u202c and \u2067isolate\u2069",  # bidi embedding and isolate controls
        "zero\u200bwidth\u200cnon\u200djoiner\u2060word",  # ZWSP, ZWNJ, ZWJ, WJ
        "\u0421\u0440\u0431\u0438\u0458\u0430 \u0438 \u041d\u0410\u0422\u041e",  # Cyrillic
        "\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd",  # CJK
        "line\u2028separator\u2029paragraph",  # not C0/C1
        "\ufeffbom in the middle",
    ],
)
def test_visible_and_format_characters_are_kept(text):
    assert unicodedata.is_normalized("NFC", text)
    assert clean_text(text) == text


def test_empty_string():
    assert clean_text("") == ""


def test_only_unwanted_characters_gives_empty_string():
    assert clean_text("\x00\x01\x7f\x85\ufffe\uffff") == ""


# --- properties ---------------------------------------------------------------------------------

_tricky = st.sampled_from(
    ["\r", "\n", "\r\n", "\t", "\x00", "\x0b", "\x1b", "\x7f", "\x85", "\x9f", "\ud800", "\udfff",
     "\ufffe", "\uffff", "e", "\u0301", "\u0327", "\u200d", "\u200f", "\U0001f600", "\u1100", "\u1161", "\u11a8"]
)
_texts = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(exclude_categories=())),  # surrogates and controls included
    st.lists(_tricky, max_size=30).map("".join),
    st.lists(st.one_of(_tricky, st.characters(exclude_categories=())), max_size=40).map("".join),
)


@given(_texts)
@example("\r\x00\n")
@example("e\x7f\u0301")
@example("\ud800\udc00")
@example("\u1100\x00\u1161")
def test_output_has_no_forbidden_character(text):
    cleaned = clean_text(text)
    assert not _FORBIDDEN.search(cleaned), ascii(cleaned)
    cleaned.encode("utf-8")


@given(_texts)
@example("\r\x00\n")
@example("e\x7f\u0301")
@example("\u1100\x00\u1161\x00\u11a8")
def test_clean_text_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@given(_texts)
def test_output_is_nfc(text):
    assert unicodedata.is_normalized("NFC", clean_text(text))


@given(st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff")))
def test_text_without_unwanted_characters_is_only_normalised(text):
    assert clean_text(text) == unicodedata.normalize("NFC", text)
