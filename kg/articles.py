"""Read articles: plain text (with or without the corpus header block), HTML pages, JSON lines.

The header is ``KEY: value`` lines (TITLE, SOURCE, URL, DATE) up to the first line that is
exactly ``---``; values such as ``unknown`` or a note in brackets are not data. Text is cleaned
once here (see :mod:`kg.text`), so offsets into ``Article.text`` hold everywhere downstream.

Page clutter (share buttons, photo credits, related headlines...) is *found*, never removed
from ``Article.text``: :func:`find_clutter` gives its spans so that extraction can skip them,
and :func:`strip_clutter` gives a copy without it for display.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .errors import ArticleError
from .models import Article
from .text import clean_text

__all__ = [
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "TEXT_SUFFIXES",
    "article_id_from_url",
    "find_clutter",
    "parse_article",
    "read_article",
    "read_html",
    "read_jsonl",
    "read_source",
    "read_text_file",
    "strip_clutter",
]

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
_HEADER_LINE = re.compile(r"([A-Z][A-Z_ ]*):[ \t]*(.*)")
_NOTE = re.compile(r"\s*\((?:inferred|note|unverified)[^)]*\)\s*$", re.IGNORECASE)
_NOT_DATA = {"", "unknown", "n/a", "none", "null", "-"}
_ISO_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(
                f"{path}: {size:,} bytes is more than kg reads ({max_bytes:,}); split the file"
            )
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _how_to_convert(data: bytes, name: str) -> str:
    """What to do with a text that is not UTF-8: a file that is UTF-8 but for a few bytes (a paste from another
    program) has those bytes dropped, one in a single-byte code page is converted from it, the page guessed:
    windows-1251 where most of the bytes above 0x7F come in runs (words of Cyrillic letters), else windows-1252,
    whose accented letters and quotation marks stand one by one among Latin letters ("Café", "Müller")."""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    if sum(1 for char in decoded if ord(char) > 0x7F and char != "\ufffd") >= 2 * bad:
        return (f"it is UTF-8 but for {bad} byte(s): mend them, or drop them with iconv -f utf-8 -t utf-8 -c "
                f"{name}")
    runs = [len(run) for run in _HIGH_BYTES.findall(data)]
    code_page = "windows-1251" if 2 * sum(n for n in runs if n >= 3) > sum(runs) else "windows-1252"
    return f"convert it first, e.g. iconv -f {code_page} -t utf-8 {name}"


_HIGH_BYTES = re.compile(rb"[\x80-\xff]+")


def read_text_file(path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """The cleaned UTF-8 text of ``path``.

    Raises:
        ArticleError: the file is missing, larger than ``max_bytes``, empty, binary or not UTF-8.
    """
    data = _read_bytes(path, max_bytes)
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
            f"{path}: not UTF-8 (byte {exc.start} is 0x{data[exc.start]:02x}); {_how_to_convert(data, path.name)}"
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
                date=date if date and _ISO_DATE.fullmatch(date) else None,
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


# --- HTML pages --------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{1,40})""", re.IGNORECASE
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_HTML_TAG = re.compile(r"<html[\s>]", re.IGNORECASE)


def _codec(charset: str | None) -> str | None:
    """The Python codec for a declared charset, or None when it names none."""
    if not charset:
        return None
    try:
        name = codecs.lookup(charset.strip().strip("\"'")).name
    except LookupError:
        return None
    # Browsers read pages labelled latin-1 or ascii as windows-1252 (WHATWG Encoding), as authors meant.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _decode_page(data: bytes, where: str, *, charset: str | None = None) -> str:
    """Decode a page as a browser does: byte-order mark, declared charset (HTTP, ``<meta>``), UTF-8, a guess.

    Raises:
        ArticleError: the data holds NUL bytes (an image, an archive...).
    """
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data.decode(bom_codec, errors="replace")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{where}: looks binary (it holds NUL bytes); kg reads HTML and plain text")
    if charset is None:
        match = _META_CHARSET.search(data[:4096])
        charset = match[1].decode("ascii") if match else None
    codec = _codec(charset)
    if codec:
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # charset_normalizer comes with requests; only pages in an undeclared legacy charset need it.
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    return data.decode(best.encoding if best else "cp1252", errors="replace")


def _html_article(html: str, article_id: str, *, url: str | None, where: str, source: str | None) -> Article:
    """The article in an HTML page (already decoded); ``where`` names the page in messages."""
    # Entities declared in a DOCTYPE are the "billion laughs" bomb. lxml's HTML parser leaves them
    # unexpanded, but a page that declares any is refused so that no parser ever gets to try.
    if "<!entity" in html[:65536].lower():
        raise ArticleError(
            f"{where}: the page declares entities in its DOCTYPE (<!ENTITY ...>), the shape of an "
            "entity-expansion bomb; kg does not expand them: remove the DOCTYPE block, or save the article "
            "as a .txt file"
        )
    if not _HTML_TAG.search(html):
        html = f"<html><body>{html}</body></html>"  # trafilatura rejects a lone fragment as "not HTML"
    from trafilatura import bare_extraction  # imported here: it takes longer to load than the rest of kg

    try:
        # No extensive date search: it guesses a page date from any year in the body text
        # ("Amber Dawn-2026" gives 2026-01-01), and a wrong page date misplaces every relative time.
        document = bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                   include_images=False, include_links=False, deduplicate=False,
                                   date_extraction_params={"extensive_search": False, "original_date": True})
    except RecursionError as exc:
        raise ArticleError(
            f"{where}: the page is nested too deeply to read; save its article text as a .txt file"
        ) from exc
    if isinstance(document, dict):  # only with as_dict=True; keeps the type checker honest
        raise ArticleError(f"{where}: trafilatura returned a dict; kg expects a Document")
    text = clean_text(document.text or "") if document is not None else ""
    if not text.strip():
        raise ArticleError(
            f"no article text found in {where}: the page may be empty, an index, behind a paywall or built "
            "by JavaScript; save the article's text as a .txt file instead"
        )
    assert document is not None

    def meta(value: str | None) -> str | None:
        return clean_text(value).strip() or None if value else None

    date = meta(document.date)
    return Article(
        id=article_id,
        text=text,
        title=meta(document.title),
        publisher=meta(document.sitename),
        url=url or meta(document.url),
        date=date if date and _ISO_DATE.fullmatch(date) else None,
        source=source,
    )


def read_html(page: str | Path | bytes, article_id: str | None = None, *, url: str | None = None,
              max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read the article in an HTML page with trafilatura: main text, title, date, publisher and URL.

    Menus, scripts, iframes and comments are left out by trafilatura; what clutter remains in the
    text is found by :func:`find_clutter`. The page's author is not kept (an ``Article`` has no
    field for it).

    Args:
        page: the path of an HTML file, or the page itself as bytes.
        article_id: the article's id; by default the file's stem (required when ``page`` is bytes).
        url: the page's address: helps date the page, and is kept rather than the one the page names.
        max_bytes: larger pages are refused.

    Returns:
        The article; ``date`` is ISO 8601 (``YYYY-MM-DD``) or None.

    Raises:
        ArticleError: the file cannot be read, is too large or binary, declares DTD entities, is
            nested too deeply, or holds no article text ("no article text found in ...").
    """
    if isinstance(page, bytes):
        where = url or "the HTML page given as bytes"
        if article_id is None:
            raise ArticleError(f"{where}: give read_html an article_id when the page is bytes")
        if len(page) > max_bytes:
            raise ArticleError(f"{where}: {len(page):,} bytes is more than kg reads ({max_bytes:,})")
        return _html_article(_decode_page(page, where), article_id, url=url, where=where, source=url)
    path = Path(page)
    html = _decode_page(_read_bytes(path, max_bytes), str(path))
    return _html_article(html, article_id or path.stem, url=url, where=str(path), source=str(path))


# --- JSON lines --------------------------------------------------------------------------------

_TEXT_FIELDS = ("text", "body", "content")
_PUBLISHER_FIELDS = ("publisher", "source")
_ISO_DATETIME = re.compile(r"([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)(?:[T ][0-9:.]+(?:Z|[+-][0-9:]+)?)?")
_ID_JUNK = re.compile(r"[^A-Za-z0-9._-]+")
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp|txt)$", re.IGNORECASE)
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
               bool: "true or false", type(None): "null"}


def _slug(text: str) -> str:
    return _ID_JUNK.sub("-", _PAGE_SUFFIX.sub("", text)).strip("-._")


def article_id_from_url(url: str) -> str:
    """An article id made of a URL's last telling path segment, or of its host.

    >>> article_id_from_url("https://herald.example.org/2024/03/ruritania-joins-pact.html")
    'ruritania-joins-pact'
    >>> article_id_from_url("https://news.example.com/defense/1339845")
    'defense-1339845'
    >>> article_id_from_url("https://news.example.com/world/pact-signed/amp/")
    'pact-signed'
    """
    parts = urlsplit(url)
    segments = [_slug(unquote(s)) for s in parts.path.split("/")]
    segments = [s for s in segments if s and s.lower() not in ("amp", "index", "print")]
    if not segments:
        return _slug(parts.hostname or "") or "article"
    last = segments[-1]
    if last.isdigit() and len(segments) > 1:  # a bare number says little: keep its section with it
        last = f"{segments[-2]}-{last}"
    return last[:100]


def _field(record: dict[str, object], names: tuple[str, ...], where: str) -> str | None:
    """The first of ``names`` that ``record`` holds, as stripped text; None when absent, null or blank."""
    for name in names:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            got = _JSON_TYPES.get(type(value), "?")
            raise ArticleError(f'{where}: "{name}" should be a string, got {got}')
        return clean_text(value).strip() or None
    return None


def _jsonl_article(raw: bytes, path: Path, number: int, seen: dict[str, int]) -> Article:
    where = f"{path}, line {number}"
    try:
        record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{where}: not UTF-8 (byte {exc.start} is 0x{raw[exc.start]:02x}); "
                           "convert the file to UTF-8") from exc
    except json.JSONDecodeError as exc:
        raise ArticleError(f"{where}: not JSON ({exc.msg}, column {exc.colno}); expected one JSON object "
                           'per line, such as {"id": "a1", "text": "..."}') from exc
    if not isinstance(record, dict):
        raise ArticleError(f'{where}: expected a JSON object such as {{"id": "a1", "text": "..."}}, '
                           f"got {_JSON_TYPES.get(type(record), '?')}")
    text = _field(record, _TEXT_FIELDS, where)
    if not text:
        raise ArticleError(
            f'{where}: no article text; expected a non-empty string in "text" (or "body", "content")'
        )
    url = _field(record, ("url",), where)
    raw_date = _field(record, ("date",), where)
    date_match = _ISO_DATETIME.fullmatch(raw_date) if raw_date else None
    if raw_date and not date_match:
        raise ArticleError(f'{where}: "date" should be an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY, '
                           f"optionally with a time), got {raw_date!r}; correct it or leave it out")
    raw_id = record.get("id")
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    if raw_id is not None and not (isinstance(raw_id, str) and raw_id.strip()):
        got = "a blank" if isinstance(raw_id, str) else _JSON_TYPES.get(type(raw_id), "?")
        raise ArticleError(f'{where}: "id" should be a non-empty string or a whole number, got {got}')
    if isinstance(raw_id, str):
        article_id = raw_id.strip()
        if article_id in seen:
            raise ArticleError(f'{where}: id {article_id!r} is already used on line {seen[article_id]}; '
                               "give each article its own id")
    else:
        article_id = article_id_from_url(url) if url else f"{path.stem}-{number}"
        if article_id in seen:  # an id kg made up: make it unique rather than complain
            article_id = f"{article_id}-{number}"
    seen[article_id] = number
    return Article(
        id=article_id,
        text=text,
        title=_field(record, ("title",), where),
        publisher=_field(record, _PUBLISHER_FIELDS, where),
        url=url,
        date=date_match[1] if date_match else None,
        source=f"{path}#{number}",
    )


def read_jsonl(path: str | Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article]:
    """Read a JSON-lines file of articles, one JSON object a line; blank lines are skipped.

    Fields: ``text`` (or ``body``, ``content``; required), ``id`` (by default made from ``url``,
    or from the file's stem and the line number), ``title``, ``url``, ``date`` (ISO 8601, a time
    part is dropped), ``publisher`` (or ``source``). Other fields are ignored. ``Article.source``
    is ``<path>#<line>``.

    Raises:
        ArticleError: the file cannot be read or holds no article; a line is not UTF-8, not JSON,
            not an object, longer than ``max_bytes``, has no text, a field of the wrong type, a
            date that is not ISO 8601, or an id used before. The message names the file and line.
    """
    path = Path(path)
    seen: dict[str, int] = {}
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(iter(lambda: handle.readline(max_bytes + 1), b""), 1):
                if len(raw) > max_bytes:
                    raise ArticleError(f"{path}, line {number}: longer than {max_bytes:,} bytes, which is "
                                       "more than kg reads; split the article")
                if raw.strip():
                    yield _jsonl_article(raw, path, number, seen)
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not seen:
        raise ArticleError(f'{path}: no articles; a JSON-lines file holds one object a line, such as '
                           '{"id": "a1", "text": "..."}')


# --- any source --------------------------------------------------------------------------------

_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def read_source(source: str | Path) -> list[Article]:
    """The articles in a file or at a URL, read by the reader its suffix or scheme calls for.

    ``.txt``/``.text``: :func:`read_article`; ``.html``/``.htm``: :func:`read_html`;
    ``.jsonl``/``.ndjson``: :func:`read_jsonl`; an ``http(s)://`` URL: :func:`kg.web.fetch_article`.
    The handled suffixes are :data:`ARTICLE_SUFFIXES`.

    Raises:
        ArticleError: the source cannot be read, or is of a kind kg does not read.
    """
    if isinstance(source, str) and _URL_SCHEME.match(source):
        from .web import fetch_article  # requests is loaded only when a URL is read

        return [fetch_article(source)]
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return [read_article(path)]
    if suffix in HTML_SUFFIXES:
        return [read_html(path)]
    if suffix in JSONL_SUFFIXES:
        return list(read_jsonl(path))
    raise ArticleError(f"{path}: kg reads articles from {', '.join(ARTICLE_SUFFIXES)} files and http(s) "
                       f"URLs, not {suffix or 'files without an extension'}; convert it, or save the page "
                       "as .html")


# --- page clutter ------------------------------------------------------------------------------
# The rules are over line shapes and words that recur across news sites. A line is clutter on its
# own (a share button, a photo credit, a tag line, a bare timestamp...), or by its place: short
# title-like lines under a "Related" heading, or in a run after the article's last paragraph.

_WIDGET = (
    r"listen live|listen(?: to)?(?: this)? (?:article|story)|get (?:a )?short url|short url|copy (?:link|url)"
    r"|share(?: (?:this|the) (?:article|story|page))?(?: on [a-z]+)?|print(?: this)?(?: article)?"
    r"|e-?mail|tweet"
    r"|whatsapp|telegram|facebook|twitter|x|linkedin|reddit|vk|pinterest|flipboard"
    r"|community (?:standards|rules|guidelines)|discussion|comments?|advertisement|sponsored(?: content)?"
    r"|skip to (?:main )?content|menu|close|back to top|download|show more|load more|subscribe"
    r"|log ?in|sign ?in"
)
# A line made only of widget labels, possibly run together ("Community standardsDiscussion") or
# counted ("12 comments").
_WIDGETS = re.compile(rf"(?:(?:\d+ ?)?(?:{_WIDGET})(?: ?\(\d+\))?[\s|•·,:/-]*)+", re.IGNORECASE)
_CALL_TO_ACTION_OPENING = (
    r"^(?:subscribe|sign ?up|join (?:us|our)|follow (?:us|our)|like us|download (?:our|the) app"
    r"|get (?:our|the latest|breaking)|never miss|don'?t miss|do not miss"
    r"|stay (?:informed|up to date|updated|tuned)"
    r"|click here|tap here|support (?:our|independent) journalism)\b"
)
_CALL_TO_ACTION = re.compile(
    _CALL_TO_ACTION_OPENING
    + r"|\b(?:subscribe|sign ?up|follow|join)\b[^.!?]{0,40}\b(?:our|(?-i:us))\b"
    r"|\bour (?:daily |weekly |free )?"
    r"(?:newsletter|telegram channel|whatsapp channel|youtube channel|podcast)\b",
    re.IGNORECASE,
)
# The branches of _CALL_TO_ACTION after its opening one hold one of these words (in any case): an
# ASCII line (whose lower case is what re.IGNORECASE compares) without them is matched at its start only.
_CALL_TO_ACTION_START = re.compile(_CALL_TO_ACTION_OPENING, re.IGNORECASE)
_CALL_TO_ACTION_WORDS = ("subscribe", "sign", "follow", "join", "newsletter", "channel", "podcast")


def _call_to_action(line: str) -> bool:
    if line.isascii():
        lower = line.lower()
        if not any(word in lower for word in _CALL_TO_ACTION_WORDS):
            return _CALL_TO_ACTION_START.match(line) is not None
    return _CALL_TO_ACTION.search(line) is not None


# The Associated Press's archive-photo caption: "FILE - Swedish soldiers ski near Boden, Sweden, Feb. 3, 2024."
_ARCHIVE_CAPTION = re.compile(r"FILE ?[-–—] ")
# A photo's caption set as a line of its own: a scene "during" or "aboard" something, dated at its end,
# without a verb ("Sailors aboard a corvette during the Sea Shield drills in the Gulf in February 2023.",
# "Soldiers of the 3rd Brigade during an exercise near Zenda, October 2021.").
_CAPTION_DATE_END = re.compile(
    r"(?:,|\bin|\bon)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:\s+\d{1,2},)?\s+(?:19|20)\d\d\.?$")
_CAPTION_SCENE = re.compile(r"\b(?:during|aboard)\b")
_CAPTION_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|shall|should|must|did|does|do|"
    r"[a-z]+ed|took|takes|take|held|holds|hold|sent|sends|send|began|begins|met|meets|said|says|led|leads|ran|runs|"
    r"came|comes|went|goes|saw|sees|made|makes|gave|gives|set|sets|brought|brings|flew|flies|fought|fights|"
    r"joined|joins|hosts|opens|ends|starts|shows|shown|seen)\b")


# "... in February 2023. Photo: KBN/File", "... (Photo: Reuters)": the credit set after a caption
_CREDIT_AFTER = re.compile(r"\s*(?:\(\s*)?(?:photo|image|picture|file photo|credit)s?\b(?:\s*[:/]\s*[^()]{0,60})?\)?$",
                           re.IGNORECASE)


# "Ships sail in formation near Oahu during the drills. (U.S. Navy photo)": a scene in the present, with a credit in
# parentheses after it ("(AP Photo)", "(Photo by X)", "(Images: AFP)"; not "(Photos were released later.)")
_CREDIT_IN_PARENTHESES_AFTER = re.compile(
    r"[.!?\"”]\s*\((?:(?:[A-Z][\w.&'’-]*|via|and)\s+){0,5}(?:photo|image|picture|photograph)s?"
    r"(?:\s*(?:/|:|by|via)\s*[^()]{1,40})?\)$", re.IGNORECASE)
# What a caption's scene does, in the present ("sail", "arrives", "take part") ...
_SCENE_VERB = re.compile(r"\b(?:during|aboard|ahead\s+of|takes?\s+part|arrives?|sails?|departs?|rides?|lands?|fires?|"
                         r"trains?|patrols?|prepares?|stands?|march(?:es)?|conducts?)\b", re.IGNORECASE)
# ... and what a news paragraph says, which a caption does not ("signed", "said", "joined", "was")
_REPORTING_VERB = re.compile(r"\b(?:said|says|told|announced|signed|joined|became|declined|agreed|was|were|has|have|"
                             r"had|will|would)\b")


# A stop then a capital inside a caption: a second sentence (not "U.S. Marine", "Lt. Gen. X", "Maj. Gen. Y")
_SECOND_SENTENCE = re.compile(r"(?<!\b[A-Z])(?<!\bU\.S)(?<!\bU\.K)(?<!\bGen)(?<!\bLt)(?<!\bMaj)(?<!\bCol)(?<!\bAdm)"
                              r"(?<!\bSgt)(?<!\bCapt)(?<!\bBrig)(?<!\bCmdr)(?<!\bCdr)(?<!\bSt)(?<!\bNo)[.!?]\s+[A-Z]")


def _is_credited_scene(line: str) -> bool:
    """Whether ``line`` is one sentence describing a scene, with a photo credit in parentheses after it."""
    credit = _CREDIT_IN_PARENTHESES_AFTER.search(line)
    scene = line[:credit.start() + 1] if credit else ""
    return bool(scene) and _SCENE_VERB.search(scene) is not None and _REPORTING_VERB.search(scene) is None \
        and not _SECOND_SENTENCE.search(scene)


def _is_photo_caption(line: str) -> bool:
    if "during" not in line and "aboard" not in line:  # (the words _CAPTION_SCENE needs: most lines lack them)
        return False
    credit = _CREDIT_AFTER.search(line)
    scene = line[:credit.start()] if credit else line
    return (_CAPTION_DATE_END.search(scene) is not None and _CAPTION_SCENE.search(scene) is not None
            and _CAPTION_VERB.search(scene) is None)


# Every branch of _CREDIT and _COMMENT opens with "^": they are matched at the start, not searched.
_CREDIT = re.compile(
    r"^(?:©|\(c\)|copyright\b)"
    r"|^\(?(?:photos?|photograph|image|picture|illustration|credits?|foto|video|file photo)"
    r"(?: by| credit)? ?[:/©]"
    r"|^(?:photos?|photograph|image|picture)s? (?:by|courtesy of|via)\b"
    r"|^\([^()]*\b(?:photo|image|pictures?)\b[^()]*\)$",
    re.IGNORECASE,
)
# "Agency / First Last": one to four capitalised words, a spaced slash, two to four more.
_AGENCY_SLASH = re.compile(
    r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} / [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}"
)
_TAGS = re.compile(r"(?:tags?|topics?|keywords?|filed under|categor(?:y|ies)|related (?:topics|tags)) ?[:|]",
                   re.IGNORECASE)
_COMMENT = re.compile(
    r"^(?:leave|add|post|write|show|view|hide|load|read|see|join|start)\b.{0,30}"
    r"\b(?:comments?|discussion|conversation)\b"
    r"|^(?:be the first|log ?in|sign ?in|register|you must be logged in) to (?:comment|reply|post)"
    r"|^comments? (?:are|have been) (?:closed|disabled|moderated)"
    r"|^(?:share|leave|tell us|let us know|write)\b.*\bin the comments\b"
    r"|^what do you think\b|^(?:share|tell us) your (?:opinion|thoughts|views?)\b",
    re.IGNORECASE,
)
_RELATED = (
    r"related(?: (?:articles?|news|stories|posts|content|coverage|links|reading))?"
    r"|read (?:more|also|next)|see also"
    r"|also read|more (?:on|about) (?:this|the) (?:topic|story|subject|issue)|more (?:stories|news|articles)"
    r"|more from [\w' ]{1,30}|you (?:may|might) (?:also )?(?:like|be interested in|have missed)"
    r"|recommended(?: for you| stories)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?"
    r"|latest(?: news| stories)?|top stories|what to read next|editor'?s picks?|in other news"
)
_RELATED_HEADING = re.compile(rf"(?:{_RELATED}) ?[:.|»>-]?", re.IGNORECASE)
_RELATED_INLINE = re.compile(
    r"(?:read(?: (?:more|also|next))?|see also|also read|"
    r"related(?: (?:news|stories|story|articles?|coverage|content|reading|posts?))?) ?[:|»>-] ?\S", re.IGNORECASE
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_TIME_WORDS = _MONTHS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "gmt utc msk cet cest eet eest est edt cdt pst pdt bst ist jst z t a m am pm st nd rd th "
    "updated update published posted modified last created at on ago hour hours minute minutes min mins "
    "day days yesterday today".split()
)
# Words a sentence cannot end with: articles, prepositions, conjunctions, auxiliaries, possessives.
JOINING_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "onto", "off",
    "over", "under", "near", "as", "and", "or", "but", "nor", "than", "that", "which", "who", "whom", "whose",
    "where", "when", "while", "its", "their", "his", "her", "our", "your", "this", "these", "those", "is",
    "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "after", "before", "since", "until", "between", "among", "against",
    "across", "through", "during", "without", "within", "via", "amid", "around", "along", "alongside",
    "despite", "including", "such"})
# A sentence ends with one of _STOPS, then any closing quotes and brackets (_CLOSERS).
_CLOSERS = "\"'”’»)]"
_STOPS = (".", "!", "?")
_BYLINE = re.compile(
    r"\b(?:reporting|editing|writing|compiled|contributed|translated)\b.{0,3}\bby\b", re.IGNORECASE
)


def _is_timestamp(line: str) -> bool:
    """A line of nothing but a date or time: "12:45 24.11.2020", "Updated at 23-12-2024", "2 hours ago"."""
    if len(line) > 60:
        return False  # tested before the line is cut into words: most lines are paragraphs
    tokens = re.findall(r"[^\W\d_]+|\d+", line.lower())
    if not tokens:
        return False
    words = [t for t in tokens if not t.isdigit()]
    numbers = len(tokens) - len(words)
    if not all(w in _TIME_WORDS for w in words):
        return False
    return numbers >= 2 or (numbers == 1 and any(w in _MONTHS or w == "ago" for w in words))


def _is_title_case(line: str) -> bool:
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


# "... and Hungary. (PAP)": an agency's sign-off after the paragraph's last sentence
_SIGN_OFF = re.compile(r"(?<=[.!?\"”])\s*\((?:[A-Z][\w/ .-]{1,20})\)$")


def _is_prose(line: str) -> bool:
    """A paragraph: several words ending as a sentence ends (a Title-Case question is a headline), an agency's
    sign-off after it or not."""
    line = _SIGN_OFF.sub("", line)
    words = len(line.split())
    if words < 5 or line.rstrip(_CLOSERS)[-1:] not in _STOPS:  # read from its end, not searched
        return False
    if line.rstrip("\"'”’»)]").endswith((".", "…")):
        return True
    return words >= 15 or line[0] in "\"'“‘«" or not _is_title_case(line)


def _is_title_like(line: str) -> bool:
    """A headline-shaped line: a few words, no sentence at its end, not a byline or a bracketed note."""
    words = len(line.split())
    return (2 <= words <= 20 and len(line) <= 160 and not _is_prose(line)
            and not (line.endswith((",", ";", ":")) or (line.endswith(".") and not line.endswith("...")))
            and line[0] not in "([" and not _BYLINE.search(line))


def _is_clutter_line(line: str, norm: str | None = None) -> bool:
    """Whether ``line`` is clutter by itself; ``norm`` is its words joined by single spaces, if known."""
    if norm is None:
        norm = " ".join(line.split())
    words = norm.count(" ") + 1
    bare = norm.lstrip("•·*>–—- ")
    return bool(
        _WIDGETS.fullmatch(bare)
        or _TAGS.match(bare)
        or _RELATED_HEADING.fullmatch(bare)
        or _RELATED_INLINE.match(bare)
        or _is_timestamp(norm)
        or (words <= 25 and (_CREDIT.match(bare) or _AGENCY_SLASH.fullmatch(bare)))
        or (words <= 80 and _ARCHIVE_CAPTION.match(bare))
        or (words <= 30 and (_is_photo_caption(bare) or _is_credited_scene(bare)))
        or (words <= 40 and _call_to_action(bare))
        or (words <= 15 and _COMMENT.match(bare))
    )


def _stops_mid_sentence(line: str) -> bool:
    """Whether ``line`` ends on a comma, a dash or a word neither a sentence nor a headline ends with ("... alongside
    Egypt and"; not "kicks off", "steps in": a headline's particle)."""
    last = line.rsplit(None, 1)[-1]
    return last.endswith((",", "-", "–", "—")) or last.lower() in _NO_HEADLINE_ENDS


def _ends_on_a_joining_word_or_number(line: str) -> bool:
    """Whether ``line`` ends on a word no sentence ends with or a number ("... in Shanghai on 15")."""
    last = line.rsplit(None, 1)[-1]
    return last.isdigit() or last.lower() in JOINING_WORDS


# Words a headline does not end with either (unlike "in", "off", "up", "on": "Drills kick off")
_NO_HEADLINE_ENDS = frozenset({"a", "an", "the", "of", "and", "or", "nor", "to", "for", "with", "from", "by", "than",
                               "that", "which", "whose", "its", "their", "his", "her", "our", "your", "this", "these",
                               "those", "between", "among", "at", "into", "alongside", "including", "such"})


def _text_lines(text: str) -> list[tuple[int, int, str]]:
    """The non-blank lines of ``text`` as (start, end, line), the span without surrounding white space."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match[0]
        line = raw.strip()
        if line:
            start = match.start() + len(raw) - len(raw.lstrip())
            lines.append((start, start + len(line), line))
    return lines


def find_clutter(text: str) -> list[tuple[int, int]]:
    """The character spans of the lines of ``text`` that are page clutter, in order; ``text`` is not changed.

    Clutter is a line such as "Listen Live", "Share", a newsletter or "follow us" prompt, a photo
    credit ("Photo: Reuters", "(AP Photo/...)", "Agency / First Last"), a tag line ("Tags: ..."),
    "Community standards", a comment prompt, a bare timestamp, and lists of related headlines: short
    title-like lines under a "Related" / "Read more" heading, or two or more in a row after the
    article's last paragraph. A span covers one line without its surrounding white space.

    >>> text = "Listen Live\\nRuritania joined the pact on Monday, the ministry said.\\nPhoto: Reuters\\n"
    >>> [text[start:end] for start, end in find_clutter(text)]
    ['Listen Live', 'Photo: Reuters']
    """
    lines = _text_lines(text)
    norms = [" ".join(line.split()) for _, _, line in lines]  # each line's words, cut once for both tests
    # A line right under one that stops mid-sentence may be the rest of that sentence, hard-wrapped: a date with a
    # stop that a preposition or a day's number leads into ("... scheduled to end" / "on September 13.", "... in
    # Shanghai on 15" / "June 2001.") is no timestamp; a line of clutter by itself ("share", "updated 2 hours ago")
    # stays clutter, and a line in lower case that is none goes on the sentence above it.
    under_open_line = [number > 0 and text.count("\n", lines[number - 1][1], start) == 1
                       and lines[number - 1][2].rstrip(_CLOSERS)[-1:] not in _STOPS
                       for number, (start, _, _) in enumerate(lines)]
    marked = [_is_clutter_line(line, norm) and not (
        under and line.endswith(".") and _is_timestamp(norm)
        and (line[:1].islower() or _ends_on_a_joining_word_or_number(lines[number - 1][2])))
        for number, ((_, _, line), norm, under) in enumerate(zip(lines, norms, under_open_line))]
    goes_on = [under and line[:1].islower() and not is_clutter
               for (_, _, line), under, is_clutter in zip(lines, under_open_line, marked)]
    for i, norm in enumerate(norms):
        if _RELATED_HEADING.fullmatch(norm):
            j = i + 1
            while j < len(lines) and (marked[j] or _is_title_like(lines[j][2])):
                marked[j] = True
                j += 1
    # The last paragraph, sought from the end: the lines before it need no test.
    last = next((i for i in range(len(lines) - 1, -1, -1) if not marked[i] and _is_prose(lines[i][2])), None)
    if last is not None:
        run: list[int] = []
        for i in [i for i in range(last + 1, len(lines)) if not marked[i]] + [-1]:
            if i >= 0 and _is_title_like(lines[i][2]):
                run.append(i)
                continue
            # (lines that go on in lower case, or stop on an article, a conjunction or a preposition no headline
            # ends with, are a hard-wrapped paragraph, not headlines)
            if len(run) >= 2 and not any((j + 1 < len(lines) and goes_on[j + 1]) or _stops_mid_sentence(lines[j][2])
                                         for j in run):
                for j in run:
                    marked[j] = True
            run = []
    return [(start, end) for (start, end, _), is_clutter in zip(lines, marked) if is_clutter]


def strip_clutter(text: str) -> str:
    """``text`` without the lines :func:`find_clutter` finds, for display; blank lines in a row fold into one.

    >>> strip_clutter("Listen Live\\nRuritania joined the pact on Monday, the ministry said.\\nShare\\n")
    'Ruritania joined the pact on Monday, the ministry said.\\n'
    """
    spans = find_clutter(text)
    kept: list[str] = []
    pos = k = 0
    for line in text.split("\n"):
        end = pos + len(line)
        dropped = False
        while k < len(spans) and spans[k][0] <= end:
            dropped, k = True, k + 1
        pos = end + 1
        if dropped or (not line.strip() and (not kept or not kept[-1].strip())):
            continue
        kept.append(line)
    return "\n".join(kept)
