"""Page clutter: lines of a stored web page that are not the article.

Widgets ("Listen Live", "Get short URL", share and comment prompts), photo credits, bare
timestamps, tag lines, newsletter prompts, and the run of related headlines after the article's
last sentence. The rules look at the shape of a line (length, final punctuation, title case,
keywords), never at what a particular page says. Spans are returned, the text is left as it is,
so that evidence offsets stay those of the article.
"""

from __future__ import annotations

import re

__all__ = ["find_clutter"]

_WIDGET = re.compile(
    r"^(?:listen live|listen|get short url|short url|share|share this|share on \w+|tweet|print|email|e-mail|"
    r"comments?|discussion|community standards\W*discussion|community standards|subscribe|follow us.*|"
    r"sign up.*newsletter.*|never miss a story.*|read more|read also|see also|related|related news|"
    r"related articles|more on this topic|most read|trending|advertisement|file photo|photo|video|"
    r"\(video\)|click here.*|download.*app.*|add a comment|leave a comment|loading\W*)\W*$", re.I)
_CREDIT = re.compile(r"^(?:©|\(c\)|photo\s*:|photo by|image\s*:|credit\s*:|source\s*:\s*\w+\s*$|[\w .]+/\s*\w[\w .-]+$)",
                     re.I)
_TAGS = re.compile(r"^(?:tags?|topics?|keywords?|filed under)\s*:", re.I)
_TIMESTAMP = re.compile(r"^(?:updated|published|posted)?\s*(?:at|on)?\s*[\d:. /-]+(?:gmt|utc)?\s*[\w ]{0,25}$",
                        re.I)
_KEYWORD_LIST = re.compile(r"^[\w' -]+(?:,\s*[\w' -]+){3,}$")
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")


def find_clutter(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` that are page clutter, in order."""
    lines = [(m.start(), m.end(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text)]
    lines = [(a, b, s) for a, b, s in lines if s]
    spans: list[tuple[int, int]] = []
    for a, b, line in lines:
        if _WIDGET.match(line) or _TAGS.match(line) or _CREDIT.match(line) or (
                len(line) < 40 and _TIMESTAMP.match(line) and re.search(r"\d", line)):
            spans.append((a, b))
    # A run of two or more short title-like lines without final punctuation after the last
    # article sentence: related headlines (and a keyword line closing the page).
    last_sentence = max((i for i, (_, _, line) in enumerate(lines) if _SENTENCE_END.search(line)
                         and len(line.split()) >= 4 and not _title_case(line)), default=-1)
    tail = [(a, b, line) for a, b, line in lines[last_sentence + 1:]]
    headline_like = [(a, b) for a, b, line in tail
                     if (not _SENTENCE_END.search(line) or _title_case(line)) and len(line.split()) <= 16
                     or _KEYWORD_LIST.match(line)]
    if len(headline_like) >= 2:
        spans.extend(headline_like)
    return sorted(set(spans))


def _title_case(line: str) -> bool:
    """Most words capitalised, as headlines are ("Serbia Will Keep Its Course")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.8
