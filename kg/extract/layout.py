"""The layout the rules read, and the way back to the article's own offsets.

Web text and plain-text files come in many layouts: no-break spaces ("Sept.\\xa020"), thin spaces, tabs,
runs of spaces, soft hyphens and zero-width characters inside words, curly quotation marks and
apostrophes or straight ones, paragraphs on one line each or hard-wrapped at 72 columns. The rules are
written for one layout: one plain space between words, straight quotation marks, a paragraph a line. The
extractor runs them on a copy of the text in that layout; :class:`OffsetMap` maps an offset in the copy back
to the article's own text, so that evidence stays the exact text at its offsets.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from ..articles import JOINING_WORDS, find_clutter

__all__ = ["OffsetMap", "first_line", "regular_layout", "same_width"]

# Spaces other than U+0020 (newlines part the paragraphs), and quotation marks and apostrophes the rules read
# as straight ones; each becomes one character, so offsets do not move.
_SPACES = "\t\v\f\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_QUOTES = {"’": "'", "‘": "'", "‛": "'", "ʼ": "'", "´": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
# (each replaced where the text holds it: a scan for one character is much cheaper than str.translate)
_SAME_WIDTH = (*((space, " ") for space in _SPACES), *_QUOTES.items())
# What the copy drops, so that its offsets need the map: characters that print as nothing (a carriage return
# before a newline, a soft hyphen, zero-width spaces and joiners, a word joiner, a byte-order mark), and every
# space after a space.
_INVISIBLE = "\r\xad\u200b\u200c\u200d\u2060\ufeff"
_TO_DROP = re.compile(f"(?<= )[ {_INVISIBLE}]+|[{_INVISIBLE}]+")
_DROPPED = ("  ", *_INVISIBLE)
# A hard-wrapped text: its lines are at most this wide (wider lines are paragraphs of their own), and ...
_MAX_WRAP_WIDTH = 100
# ... at least this many of its lines are full (see _unwrapped).
_MIN_FULL_LINES = 3


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where the characters of the copy came from in the original text: the copy is made of pieces of the
    original, the i-th starting at ``copy_starts[i]`` in the copy and at ``original_starts[i]`` in the original
    (a few numbers for the dropped runs, not one for every character)."""

    copy_starts: tuple[int, ...]
    original_starts: tuple[int, ...]

    def start(self, offset: int) -> int:
        """The original offset where a span that starts at ``offset`` of the copy starts."""
        piece = bisect.bisect_right(self.copy_starts, offset) - 1
        return self.original_starts[piece] + offset - self.copy_starts[piece]

    def end(self, offset: int) -> int:
        """The original offset where a span that ends at ``offset`` of the copy ends: just after its last
        character, not after the characters the copy dropped behind it."""
        return self.start(offset - 1) + 1 if offset > 0 else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the copy's span from ``start`` to ``end`` (an empty one stays empty)."""
        first = self.start(start)
        return first, max(first, self.end(end))


def regular_layout(text: str, *, title: str | None = None) -> tuple[str, OffsetMap | None]:
    """``text`` in the rules' layout, and the map of its offsets back to ``text``: None when they are the same
    (the copy only changed characters in place, or nothing). A line that is the article's ``title`` stays a
    line of its own even in a hard-wrapped text."""
    text = _recased_headline(same_width(_unwrapped(text, title)), same_width(title) if title else None)
    if not any(dropped in text for dropped in _DROPPED):
        return text, None
    pieces: list[str] = []
    copy_starts: list[int] = []
    original_starts: list[int] = []
    kept_until = copied = 0
    for dropped in _TO_DROP.finditer(text):
        copy_starts.append(copied)
        original_starts.append(kept_until)
        pieces.append(text[kept_until:dropped.start()])
        copied += dropped.start() - kept_until
        kept_until = dropped.end()
    copy_starts.append(copied)
    original_starts.append(kept_until)
    pieces.append(text[kept_until:])
    return "".join(pieces), OffsetMap(tuple(copy_starts), tuple(original_starts))


def same_width(text: str) -> str:
    """``text`` with the characters :func:`regular_layout` changes in place changed (for a title: one line)."""
    for char, replacement in _SAME_WIDTH:
        if char in text:
            text = text.replace(char, replacement)
    return text


def first_line(text: str) -> str:
    """The first line of ``text`` that is not blank, without the spaces around it ("" if there is none)."""
    found = _FIRST_LINE.search(text)
    return found.group().strip() if found else ""


def _unwrapped(text: str, title: str | None) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs made spaces (see :func:`_runs_on`).

    A text is hard-wrapped when the lines another line follows are all at most 100 characters (the title, and a
    last line such as a footer, may be longer) and, among those that are no page clutter, three or more and at
    least half are full (the next line's first word would not have fitted within the widest of them), one in six
    of the full ones going on with a word in lower case, as prose does (a list of headlines or of short
    paragraphs does not). A text whose paragraphs are single lines of any length (most news) is left as it is.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    title = title.strip() if title else None
    pairs = [(line.rstrip(), following.strip()) for line, following in itertools.pairwise(lines)]
    # (a line with a web address may be wider than the wrapped ones: the text is still wrapped if nine in ten of
    # its lines are narrow)
    followed = [number for number, (line, following) in enumerate(pairs)
                if line.strip() and following and line.strip() != title]
    narrow = [number for number in followed if len(pairs[number][0]) <= _MAX_WRAP_WIDTH]
    if len(narrow) < _MIN_FULL_LINES or 10 * len(narrow) < 9 * len(followed):
        return text
    clutter = _clutter_lines(text, lines)  # ("Related:" and the headlines after it are no wrapped prose)
    prose = [number for number in narrow if not clutter & {number, number + 1}]
    # (the first line of a text with no title given may be its headline: it gives the text no width)
    measured = [number for number in prose if number or title is not None]
    if len(prose) < _MIN_FULL_LINES or not measured:
        return text
    width = max(len(pairs[number][0]) for number in measured)
    # (words a no-break space glues, "of\xa0reforms", are wrapped as one)
    full = {number for number in narrow
            if len(pairs[number][0]) <= (width if number or title is not None else width + 5)
            and width < len(pairs[number][0]) + 1 + len(pairs[number][1].split(" ", 1)[0])}
    # (a first line about as wide as the wrapped ones is one of them; a shorter one may be a headline)
    headline = title is None and 0 in full and width - len(pairs[0][0]) > 5
    full_prose = [number for number in prose if number in full]
    in_lower_case = sum(1 for number in full_prose if pairs[number][1][0].islower())
    if len(full_prose) < _MIN_FULL_LINES or 2 * len(full_prose) < len(prose) or not in_lower_case \
            or 6 * in_lower_case < len(full_prose):
        return text
    # (a line the clutter finder flags may be wrapped prose all the same: "... near the" / "Polish border")
    joined = [number in full and _runs_on(line, following, headline=number == 0 and headline
                                          or bool(clutter & {number, number + 1}))
              for number, (line, following) in enumerate(pairs)]
    # (a word wrapped after its hyphen, "NATO-\nled", runs on with no space: the break becomes a character that
    # regular_layout drops with the invisible ones)
    return "".join(line + (("\u200b" if _HYPHEN_END.search(line.rstrip()) and following[:1].isalnum() else " ")
                           if join else "\n")
                   for (line, following), join in zip(itertools.pairwise(lines), joined)) + lines[-1]


def _runs_on(line: str, following: str, *, headline: bool) -> bool:
    """Whether a full ``line`` of a hard-wrapped text goes on in the ``following`` one: always before a word in
    lower case; before a capital (a digit, a quotation mark), not after a colon ("Related:") unless before a
    quotation mark ("... as saying:" / "\"We are ready\""), and from what may be a ``headline`` (the first line of a
    text with no title given, a line of clutter: "Poland to send frigates as Lithuania plays host" / "Ruritania's
    ministry said ...") only from a word a sentence cannot end with ("... at the" / "Adazi")."""
    if following[0].islower():
        return True
    last = line.split()[-1]
    if headline:
        return not _SENTENCE_END.search(last) and (last.endswith((",", "-", "–", "—"))
                                                   or last.lower() in JOINING_WORDS)
    return not last.endswith(":") or following[0] in _OPENING_QUOTES


def _recased_headline(text: str, title: str | None) -> str:
    """``text`` with its headline, if it opens with one in capitals ("SERBIA TO JOIN CSTO DRILLS IN KAZAKHSTAN"),
    written as a sentence: each word as the body writes it where it does ("Serbia", "drills", "CSTO"), short
    words of grammar in lower case, other words in lower case too unless short (an acronym: "US"); a name the
    body does not repeat is lost (taking the others for names gave fewer true facts and more false ones). The
    rules read capitals as names, and would find none of the headline's facts.
    The headline is the first line when it is the ``title``, or, with no title given, when it ends without a
    sentence's stop. Letters change case in place: offsets do not move. (A headline in Title Case is left as it
    is: written as a sentence, it gave more false facts than true ones on the held-out sets.)"""
    first = _FIRST_LINE.search(text)
    if first is None or not (first.group().strip() == title if title else not _SENTENCE_END.search(first.group())):
        return text
    words = list(_WORD.finditer(first.group()))
    long_words = [word.group() for word in words if len(word.group()) >= 4]
    if len(long_words) < 3:
        return text
    if sum(word.isupper() for word in long_words) < 0.7 * len(long_words):
        return text  # (a headline in Title Case is left as it is: read as a sentence, it gave more false facts)
    body = text[first.end():]
    within: dict[str, Counter[str]] = {}  # the body's spellings of each word, inside a sentence ...
    opening: dict[str, str] = {}  # ... and opening one
    for word in _WORD.finditer(body):
        if _SENTENCE_OPENS_BEFORE.search(body, max(0, word.start() - 3), word.start()):
            opening.setdefault(word.group().lower(), word.group())
        else:
            within.setdefault(word.group().lower(), Counter())[word.group()] += 1
    line = list(first.group())
    for number, word in enumerate(words):
        lower = word.group().lower()
        if lower in within:
            cased = within[lower].most_common(1)[0][0]
        elif lower in _SMALL_WORDS:
            cased = lower
        elif lower in opening:
            cased = opening[lower]  # (a name the body names at a sentence's start only)
        else:
            cased = word.group() if len(lower) <= 3 else lower  # ("US", "EU": an acronym; "JOIN")
        if number == 0:
            cased = cased[0].upper() + cased[1:]
        line[word.start():word.end()] = cased
    return text[:first.start()] + "".join(line) + text[first.end():]


_FIRST_LINE = re.compile(r"^[^\n]*\S[^\n]*", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|\n|[.!?:\"]\s*|\s-\s)$")
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "and",
                          "or", "but", "over", "after", "amid", "into", "its", "their", "is", "are", "be", "will"})


def _clutter_lines(text: str, lines: list[str]) -> set[int]:
    """The numbers of the ``lines`` of ``text`` that are page clutter (a "Related:" line and the headlines after
    it, tag lines, ...): they are lines of their own, never wrapped prose."""
    starts = [0, *itertools.accumulate(len(line) + 1 for line in lines[:-1])]
    return {bisect.bisect_right(starts, start) - 1 for start, _ in find_clutter(text)}


_HYPHEN_END = re.compile(r"\w-$")
_OPENING_QUOTES = "\"'“‘„«"
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)]*$")
