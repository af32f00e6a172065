"""Cue words that let a text skip a costly pattern it cannot match.

Most sentences hold the trigger words of few rules, but a regular expression that opens with an
alternation (``\\b(?:held|hold|take place|...)``, all the more under ``re.I``) tries every branch at
every position of a text before it can say so. A :class:`Cue` pairs such a pattern with words one of
which every match of it contains; a text holding none of them is not searched.

The words of every cue (and of every :class:`Words` test of the rules) form one vocabulary, found
in a text with one Aho-Corasick pass whose result is remembered for that text: a sentence is asked
about by a few dozen cues, and each of them then costs a dictionary look-up and an ``&`` instead of
a scan of the sentence.

The words must be necessary, never a guess: a cue changes how fast a rule runs, not what it finds.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterator

import ahocorasick

__all__ = ["Cue", "Words", "fold", "folded", "found"]


def fold(lower: str) -> str:
    """``lower`` (a lower-cased text) with the letters ``re.I`` takes for 'i' and 's' but
    :meth:`str.lower` keeps apart ('ı', 'İ', 'ſ') made 'i' and 's', so that a word a case-insensitive
    pattern finds in the text is a substring of the result."""
    if "ı" in lower or "ſ" in lower or "\u0307" in lower:
        lower = lower.replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")
    return lower


_SECOND = operator.itemgetter(1)


@functools.lru_cache(maxsize=4096)
def folded(text: str) -> str:
    """``fold(text.lower())``, remembered: a sentence is asked about by several stages, and the same
    folded string (whose hash Python keeps) then serves every look-up of its cue words."""
    return fold(text.lower())


class _Vocabulary:
    """Every cue word, each with its own bit; :meth:`found` is the OR of the bits of the words a text
    holds (as substrings, case-sensitively: callers pass the lower case where their words are)."""

    _LIMIT = 4096  # texts remembered: the sentences, clauses and lines of a few articles

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._found: dict[str, int] = {}

    def mask(self, words: tuple[str, ...]) -> int:
        """The bits of ``words``, added to the vocabulary if new (the automaton is then rebuilt)."""
        mask = 0
        for word in words:
            if not word:
                raise ValueError("a cue word cannot be empty")
            bit = self._bits.get(word)
            if bit is None:
                bit = self._bits[word] = 1 << len(self._bits)
                self._automaton = None
                self._found.clear()
            mask |= bit
        return mask

    def found(self, text: str) -> int:
        bits = self._found.get(text)
        if bits is None:
            automaton = self._automaton or self._build()
            # The OR of the bits of every occurrence, folded in C (no Python step per occurrence).
            bits = functools.reduce(operator.or_, map(_SECOND, automaton.iter(text)), 0)
            if len(self._found) >= self._LIMIT:
                self._found.clear()
            self._found[text] = bits
        return bits

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for word, bit in self._bits.items():
            automaton.add_word(word, bit)
        automaton.make_automaton()
        self._automaton = automaton
        return automaton


_VOCABULARY = _Vocabulary()


def found(folded_text: str) -> int:
    """The bits of the cue words ``folded_text`` holds: a text asked about by many cues tests each one's
    :attr:`Cue.mask` against them, without a call per cue."""
    return _VOCABULARY.found(folded_text)


class Words:
    """A few literal words, to test whether a text holds any of them (case-sensitively)."""

    __slots__ = ("mask",)

    def __init__(self, *words: str) -> None:
        self.mask = _VOCABULARY.mask(words)  # the bits of its words (see :func:`found`)

    def any_in(self, text: str) -> bool:
        return bool(_VOCABULARY.found(text) & self.mask)


class Cue:
    """A pattern and the lower-case words one of which each of its matches holds."""

    __slots__ = ("mask", "pattern")

    def __init__(self, pattern: re.Pattern[str], *words: str) -> None:
        self.pattern = pattern
        self.mask = _VOCABULARY.mask(words)  # the bits of its words (see :func:`found`)

    def possible(self, folded: str) -> bool:
        """Whether the pattern may match a text whose :func:`fold` (of its lower case) is ``folded``."""
        return bool(_VOCABULARY.found(folded) & self.mask)

    def search(self, text: str, folded: str) -> re.Match[str] | None:
        return self.pattern.search(text) if _VOCABULARY.found(folded) & self.mask else None

    def finditer(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if _VOCABULARY.found(folded) & self.mask else iter(())
