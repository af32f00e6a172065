"""Regular spacing for the rules, and offsets back into the article's own text."""

from __future__ import annotations

import pytest

from kg.extract.spacing import regular_spacing


def test_regular_text_is_left_as_it_is() -> None:
    text = "Estonia joined NATO in 2004.\nLatvia did too."
    assert regular_spacing(text) == (text, None)


@pytest.mark.parametrize(("text", "regular"), [
    ("Estonia  joined   NATO.", "Estonia joined NATO."),  # runs of spaces
    ("Estonia\xa0joined NATO on Sept.\xa029.", "Estonia joined NATO on Sept. 29."),  # no-break spaces
    ("Estonia\tjoined\u2009NATO.\u202f", "Estonia joined NATO. "),  # a tab, thin spaces
    ("Esto\xadnia joined NA\u200bTO.\ufeff", "Estonia joined NATO."),  # a soft hyphen, zero-width characters
    ("Estonia joined NATO. \xa0\nLatvia  did too.", "Estonia joined NATO. \nLatvia did too."),  # lines kept
])
def test_irregular_spacing_becomes_one_plain_space(text: str, regular: str) -> None:
    assert regular_spacing(text)[0] == regular


def test_offsets_of_the_regular_copy_map_back_to_the_original_text() -> None:
    text = "At  the\xa0summit, Esto\xadnia   joined NATO.  Then\tLatvia did."
    regular, spacing = regular_spacing(text)
    assert spacing is not None
    for word in ("At", "the summit", "Estonia joined NATO.", "Then Latvia did."):
        start = regular.index(word)
        original = text[spacing.start(start):spacing.end(start + len(word))]
        assert regular_spacing(original)[0] == word  # the same words, with the original's own spacing
        assert not original[0].isspace() and not original[-1].isspace()
    assert spacing.end(len(regular)) == len(text)
