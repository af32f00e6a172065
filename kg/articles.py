"""Read articles: plain text, with or without the corpus header block.

The header is ``KEY: value`` lines (TITLE, SOURCE, URL, DATE) up to the first line that is
exactly ``---``; values such as ``unknown`` or a note in brackets are not data. Text is cleaned
once here (see :mod:`kg.text`), so offsets into ``Article.text`` hold everywhere downstream.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import ArticleError
from .models import Article
from .text import clean_text

__all__ = ["MAX_ARTICLE_BYTES", "parse_article", "read_article", "read_text_file"]

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
_HEADER_LINE = re.compile(r"([A-Z][A-Z_ ]*):[ \t]*(.*)")
_NOTE = re.compile(r"\s*\((?:inferred|note|unverified)[^)]*\)\s*$", re.IGNORECASE)
_NOT_DATA = {"", "unknown", "n/a", "none", "null", "-"}


def read_text_file(path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """The cleaned UTF-8 text of ``path``.

    Raises:
        ArticleError: the file is missing, larger than ``max_bytes``, empty, binary or not UTF-8.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"{path}: {size:,} bytes is more than kg reads ({max_bytes:,}); split the file")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{path}: starts with a UTF-16 mark but is not UTF-16") from exc
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{path}: looks binary (it holds NUL bytes); kg reads UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}: not UTF-8 (byte {exc.start} is 0x{data[exc.start]:02x}); convert it first, "
            f"e.g. iconv -f windows-1251 -t utf-8 {path.name}"
        ) from exc
    text = clean_text(text)
    if not text.strip():
        raise ArticleError(f"{path}: empty; an article needs text")
    return text


def _value(raw: str) -> str | None:
    value = _NOTE.sub("", raw).strip()
    if value.casefold() in _NOT_DATA or value.casefold().startswith("unknown "):
        return None
    return value


def parse_article(text: str, article_id: str, *, source: str | None = None) -> Article:
    """An :class:`Article` from cleaned text, reading the header block if there is one."""
    lines = text.split("\n")
    if "---" in lines[:20]:
        cut = lines.index("---")
        header: dict[str, str] = {}
        matches = [_HEADER_LINE.fullmatch(line.strip()) for line in lines[:cut] if line.strip()]
        # Only a block made wholly of KEY: value lines is a header; otherwise the '---' is part of the text.
        if matches and all(matches):
            header = {m[1].strip().upper(): m[2] for m in matches if m}
        if header:
            body = "\n".join(lines[cut + 1:])
            date = _value(header.get("DATE", ""))
            return Article(
                id=article_id,
                text=body,
                title=_value(header.get("TITLE", "")),
                publisher=_value(header.get("SOURCE", "")),
                url=_value(header.get("URL", "")),
                date=date if date and re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", date) else None,
                source=source,
            )
    return Article(id=article_id, text=text, source=source)


def read_article(path: str | Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read a plain-text article; its id is the file stem.

    Raises:
        ArticleError: see :func:`read_text_file`.
    """
    path = Path(path)
    return parse_article(read_text_file(path, max_bytes=max_bytes), path.stem, source=str(path))
