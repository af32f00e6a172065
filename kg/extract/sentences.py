"""Paragraphs and sentences with character offsets into the article text.

News text breaks the easy rules: abbreviations ("U.S.", "Sept. 11", "Col."), quotations that
span sentences, and full stops with no space after them ("drills.The"). The splitter works on
one paragraph (one line) at a time, so a sentence never crosses a paragraph, and never splits
inside a quotation that is still open.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Sentence", "sentence_at", "sentence_before", "split_paragraphs", "split_sentences"]

# Words whose full stop does not end a sentence when a capital follows.
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt cmdr adm sgt rep sen gov pres st jr sr no nos vs etc inc ltd co corp brig cdr cpl
ret retd rtd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a i.e e.g approx est dept fig
ts ch sh kh zh
""".split())  # (the last: the initials of Mongolian names, "Ts. Batbold")
_QUOTE_OPEN = "\"“«"
_QUOTE_CLOSE = "\"”»"
# A sentence end: terminal punctuation, optional closing quotes/brackets, then space and a
# likely sentence start, or a glued capitalised word ("drills.The").
# The word a full stop ends ("Command/U.S.", "then-U.S.", "pro-U.S.")
_LAST_WORD = re.compile(r"(?:^|[\s(/-])([A-Za-z][A-Za-z.]*)\.$")
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.s", "e.g" without their last full stop
# A paragraph's number in a numbered list ("3. Navies from ..."): not a sentence, nor part of one.
_ENUMERATOR = re.compile(r"\d{1,2}\.\s+(?=\S)")
_BOUNDARY = re.compile(r"[.!?]+[\"”’»)\]]*(?:\s+(?=[\"“«(\['‘]?[A-Z0-9])|(?<=[a-z]{3}\.)(?=[A-Z][a-z]))")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its text and where it lies in the article (``text == article[start:end]``)."""

    start: int
    end: int
    text: str
    paragraph: int


def sentence_at(sentences: Sequence[Sentence], position: int) -> Sentence | None:
    """The sentence of ``sentences`` (in text order, as :func:`split_sentences` gives them) that holds
    ``position``, or None when it falls between sentences or in skipped clutter."""
    index = bisect.bisect_right(sentences, position, key=lambda sentence: sentence.start) - 1
    if index >= 0 and position < sentences[index].end:
        return sentences[index]
    return None


def sentence_before(sentences: Sequence[Sentence], sentence: Sentence) -> Sentence | None:
    """The sentence of ``sentences`` (in text order) right before ``sentence``, or None for the first."""
    index = bisect.bisect_left(sentences, sentence.start, key=lambda each: each.start)
    return sentences[index - 1] if index > 0 else None


def split_paragraphs(text: str, skip: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of ``text``, trimmed, leaving out those inside ``skip`` spans."""
    skipped = sorted(skip)
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end or any(a <= start and end <= b for a, b in skipped):
            continue
        spans.append((start, end))
    return spans


def split_sentences(text: str, skip: Iterable[tuple[int, int]] = (), *,
                    paragraphs: Sequence[tuple[int, int]] | None = None) -> list[Sentence]:
    """Every sentence of ``text`` outside the ``skip`` spans (page clutter), in order; ``paragraphs``
    is :func:`split_paragraphs` of the same text and spans, if the caller has it already."""
    sentences: list[Sentence] = []
    if paragraphs is None:
        paragraphs = split_paragraphs(text, skip)
    for number, (start, end) in enumerate(paragraphs):
        paragraph = text[start:end]
        numbered = _ENUMERATOR.match(paragraph)
        cut = numbered.end() if numbered else 0
        for match in _BOUNDARY.finditer(paragraph, cut):
            stop = match.end()
            piece = paragraph[cut:stop]
            if _ends_with_abbreviation(paragraph[cut:match.start() + 1]) or _inside_quote(piece):
                continue
            _append(sentences, text, start + cut, start + stop, number)
            cut = stop
        _append(sentences, text, start + cut, end, number)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, text[start:end], paragraph))


def _ends_with_abbreviation(piece: str) -> bool:
    # _LAST_WORD can only match from the last space, bracket or slash on (its word holds none): searched
    # from there, not tried at every position of the piece. A newline ends no piece of a line.
    start = len(piece) - 1
    while start > 0 and not (piece[start].isspace() or piece[start] in "(/"):
        start -= 1
    match = _LAST_WORD.search(piece, start if "\n" not in piece else 0)
    if not match:
        return False
    word = match.group(1).lower()
    return word in _ABBREVIATIONS or len(word) == 1 or bool(_INITIALISM.fullmatch(word))


def _inside_quote(piece: str) -> bool:
    """Whether a quotation opened in ``piece`` is still open at its end."""
    curly_open, curly_close = piece.count("“"), piece.count("”")
    if curly_open or curly_close:
        return curly_open > curly_close
    if "«" in piece:  # «...»
        return piece.count("«") > piece.count("»")
    straight = piece.count('"')
    return straight % 2 == 1 and not piece.rstrip().endswith('"')
