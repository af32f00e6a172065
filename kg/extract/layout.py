"""The layout the rules read, and the way back to the article's own offsets.

Web text and plain-text files come in many layouts: no-break spaces ("Sept.\\xa020"), thin spaces, tabs,
runs of spaces, soft hyphens and zero-width characters inside words, curly quotation marks and
apostrophes or straight ones, paragraphs on one line each or hard-wrapped at 72 columns. The rules are
written for one layout: one plain space between words, straight quotation marks, a paragraph a line. The
extractor runs them on a copy of the text in that layout; :class:`OffsetMap` maps an offset in the copy back
to the article's own text, so that evidence stays the exact text at its offsets.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

__all__ = ["OffsetMap", "regular_layout"]

# Spaces other than U+0020 (newlines part the paragraphs), and quotation marks the rules read as straight
# ones; each becomes one character, so offsets do not move.
_SPACES = "\t\v\f\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_QUOTES = {"’": "'", "‘": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
_SAME_WIDTH = str.maketrans({**dict.fromkeys(_SPACES, " "), **_QUOTES})
_TO_TRANSLATE = re.compile(f"[{_SPACES}{''.join(_QUOTES)}]")
# Characters that print as nothing (a soft hyphen, zero-width spaces and joiners, a word joiner, a byte-order
# mark), and second spaces: the copy drops them, so its offsets need the map.
_INVISIBLE = "\xad\u200b\u200c\u200d\u2060\ufeff"
_TO_DROP = re.compile(f"[{_INVISIBLE}]|  ")
# A hard-wrapped text: its lines are at most this wide (wider lines are paragraphs of their own), and ...
_MAX_WRAP_WIDTH = 100
# ... at least this many of its lines, and half of those followed by another line, are full (see _unwrapped).
_MIN_FULL_LINES = 3


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where each character of the copy came from in the original text."""

    origin: tuple[int, ...]  # origin[i]: the original offset of the copy's character i; one more for the end

    def start(self, offset: int) -> int:
        """The original offset where a span that starts at ``offset`` of the copy starts."""
        return self.origin[offset]

    def end(self, offset: int) -> int:
        """The original offset where a span that ends at ``offset`` of the copy ends (just after its last
        character, not after the characters the copy dropped behind it)."""
        return self.origin[offset - 1] + 1 if offset > 0 else self.origin[0]


def regular_layout(text: str, *, title: str | None = None) -> tuple[str, OffsetMap | None]:
    """``text`` in the rules' layout, and the map of its offsets back to ``text``: None when they are the same
    (the copy only changed characters in place, or nothing). A line that is the article's ``title`` stays a
    line of its own even in a hard-wrapped text."""
    text = _unwrapped(text, title)
    if _TO_TRANSLATE.search(text):
        text = text.translate(_SAME_WIDTH)
    if not _TO_DROP.search(text):
        return text, None
    kept: list[str] = []
    origin: list[int] = []
    after_space = False
    for offset, char in enumerate(text):
        if char in _INVISIBLE or char == " " and after_space:
            continue
        after_space = char == " "
        kept.append(char)
        origin.append(offset)
    origin.append(len(text))
    return "".join(kept), OffsetMap(tuple(origin))


def _unwrapped(text: str, title: str | None) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs made spaces. A line is full when the next
    line's first word would not have fitted on it within the text's widest line: a text is hard-wrapped when its
    lines are all at most 100 characters and three or more of them, and half of those followed by a line, are
    full; then every full line runs on into the next. A text whose paragraphs are single lines of any length
    (most news) is left as it is."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = max(map(len, lines))
    if width > _MAX_WRAP_WIDTH:
        return text
    title = title.strip() if title else None
    runs_on = [bool(line.strip()) and bool(following.strip()) and line.strip() != title
               and len(line.rstrip()) + 1 + len(following.split()[0]) > width
               for line, following in itertools.pairwise(lines)]
    followed = sum(1 for line, following in itertools.pairwise(lines) if line.strip() and following.strip())
    if sum(runs_on) < _MIN_FULL_LINES or 2 * sum(runs_on) < followed:
        return text
    # (a word wrapped after its hyphen, "NATO-\nled", runs on with no space: the break becomes a character the
    # copy drops)
    return "".join(line + (("\u200b" if _HYPHEN_END.search(line) and following[:1].isalnum() else " ")
                           if joined else "\n")
                   for (line, following), joined in zip(itertools.pairwise(lines), runs_on)) + lines[-1]


_HYPHEN_END = re.compile(r"\w-$")
