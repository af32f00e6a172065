"""Cue words that let a text skip a costly pattern it cannot match.

Most sentences hold the trigger words of few rules, but a regular expression that opens with an
alternation (``\\b(?:held|hold|take place|...)``, all the more under ``re.I``) tries every branch at
every position of a text before it can say so. A :class:`Cue` pairs such a pattern with words one of
which every match of it contains; a text holding none of them is not searched. The test is one scan
for plain lower-case substrings, which ``re`` does fast.

The words must be necessary, never a guess: a cue changes how fast a rule runs, not what it finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["Cue", "fold"]


def fold(lower: str) -> str:
    """``lower`` (a lower-cased text) with the letters ``re.I`` takes for 'i' and 's' but
    :meth:`str.lower` keeps apart ('ı', 'İ', 'ſ') made 'i' and 's', so that a word a case-insensitive
    pattern finds in the text is a substring of the result."""
    if "ı" in lower or "ſ" in lower or "\u0307" in lower:
        lower = lower.replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")
    return lower


class Cue:
    """A pattern and the lower-case words one of which each of its matches holds."""

    __slots__ = ("_words", "pattern")

    def __init__(self, pattern: re.Pattern[str], *words: str) -> None:
        self.pattern = pattern
        self._words = re.compile("|".join(re.escape(word) for word in words))

    def possible(self, folded: str) -> bool:
        """Whether the pattern may match a text whose :func:`fold` (of its lower case) is ``folded``."""
        return self._words.search(folded) is not None

    def search(self, text: str, folded: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._words.search(folded) is not None else None

    def finditer(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._words.search(folded) is not None else iter(())
