"""Regular spacing for the rules, and the way back to the article's own offsets.

Web text carries no-break spaces ("Sept.\\xa020"), thin spaces, tabs, runs of spaces and invisible
characters (soft hyphens, zero-width spaces) inside words. The rules are written for single plain
spaces between words, so the extractor runs them on a copy with one plain space wherever the text has
any run of spaces, and without the invisible characters; :class:`Spacing` maps an offset in that copy
back to the article's own text, so that evidence stays the exact text at its offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Spacing", "regular_spacing"]

# Spaces other than U+0020 (newlines are kept: they part the paragraphs), and characters that print as
# nothing: a soft hyphen, zero-width spaces and joiners, a word joiner, a byte-order mark.
_SPACES = "\t\v\f\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\xad\u200b\u200c\u200d\u2060\ufeff"
_IRREGULAR = re.compile(f"[{_SPACES}{_INVISIBLE}]|  ")


@dataclass(frozen=True, slots=True)
class Spacing:
    """Where each character of the regularly spaced copy came from in the original text."""

    origin: tuple[int, ...]  # origin[i]: the original offset of the copy's character i; one more for the end

    def start(self, offset: int) -> int:
        """The original offset where a span that starts at ``offset`` of the copy starts."""
        return self.origin[offset]

    def end(self, offset: int) -> int:
        """The original offset where a span that ends at ``offset`` of the copy ends (just after its last
        character, not after the spaces the copy dropped behind it)."""
        return self.origin[offset - 1] + 1 if offset > 0 else self.origin[0]


def regular_spacing(text: str) -> tuple[str, Spacing | None]:
    """``text`` with one plain space for every run of spaces and tabs, and no invisible characters, with
    the map back to ``text``; ``(text, None)`` when it is regular already (most articles: one scan)."""
    if not _IRREGULAR.search(text):
        return text, None
    kept: list[str] = []
    origin: list[int] = []
    after_space = False
    for offset, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        if char in _SPACES:
            char = " "
        if char == " " and after_space:
            continue
        after_space = char == " "
        kept.append(char)
        origin.append(offset)
    origin.append(len(text))
    return "".join(kept), Spacing(tuple(origin))
