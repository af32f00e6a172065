"""Fetch an article from the web: one HTTP(S) GET, bounded in time and size, read as HTML or plain text.

The request carries a User-Agent naming kg and its version. Only ``http`` and ``https`` URLs
are fetched; the answer must be HTML, XHTML or plain text, arrive within the timeouts and stay
under ``max_bytes``. Every failure is an :class:`~kg.errors.ArticleError` naming the URL.
"""

from __future__ import annotations

import time
from dataclasses import replace
from urllib.parse import urlsplit

import requests
from urllib3.exceptions import ReadTimeoutError

from ._version import __version__
from .articles import _decode_page, _html_article, article_id_from_url, parse_article
from .errors import ArticleError
from .models import Article
from .text import clean_text

__all__ = ["DEFAULT_TIMEOUT", "HTML_TYPES", "MAX_PAGE_BYTES", "TEXT_TYPES", "USER_AGENT", "fetch_article"]

DEFAULT_TIMEOUT = (5.0, 20.0)
MAX_PAGE_BYTES = 10 * 1024 * 1024
USER_AGENT = f"kg/{__version__} (knowledge-graph builder for international-security news; python-requests)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
_CHUNK = 64 * 1024


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    """The media type (lower case) and charset of a Content-Type header."""
    if not header:
        return None, None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower() or None, charset


def _is_timeout(exc: requests.RequestException) -> bool:
    # requests reports a read timeout met while streaming the body as a ConnectionError around urllib3's.
    return isinstance(exc, requests.Timeout) or any(isinstance(arg, ReadTimeoutError) for arg in exc.args)


def _download(response: requests.Response, url: str, *, max_bytes: int, deadline: float) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise ArticleError(f"could not fetch URL: {url}: the page is {int(length):,} bytes, more than kg "
                           f"reads ({max_bytes:,}); save the article's text and read the file")
    chunks, size = [], 0
    for chunk in response.iter_content(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise ArticleError(f"could not fetch URL: {url}: the page is more than {max_bytes:,} bytes, "
                               "more than kg reads; save the article's text and read the file")
        # The read timeout bounds each read; this bounds the whole body, against a server that trickles.
        if time.monotonic() > deadline:
            raise requests.Timeout("the page took longer than the read timeout to arrive")
        chunks.append(chunk)
    return b"".join(chunks)


def _get(session: requests.Session, url: str, *, timeout: tuple[float, float],
         max_bytes: int) -> tuple[str, str | None, str | None, bytes]:
    """The final URL, media type, charset and body of a GET of ``url``."""
    accept = ", ".join((*HTML_TYPES, *TEXT_TYPES)) + ";q=0.9, */*;q=0.1"
    headers = {"User-Agent": USER_AGENT, "Accept": accept}
    with session.get(url, headers=headers, timeout=timeout, stream=True) as response:
        if response.status_code >= 400:
            raise ArticleError(f"could not fetch URL: {url}: the server answered {response.status_code} "
                               f"{response.reason or ''}".rstrip() + "; check the address")
        media, charset = _content_type(response.headers.get("Content-Type"))
        if media is not None and media not in HTML_TYPES + TEXT_TYPES:
            raise ArticleError(f"could not fetch URL: {url}: it is {media}, not a web page; kg reads "
                               f"{', '.join(HTML_TYPES + TEXT_TYPES)}")
        body = _download(response, url, max_bytes=max_bytes, deadline=time.monotonic() + timeout[1])
        return response.url, media, charset, body


def fetch_article(url: str, *, timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                  max_bytes: int = MAX_PAGE_BYTES, session: requests.Session | None = None) -> Article:
    """Download the page at ``url`` and read its article (HTML with trafilatura, or plain text).

    Args:
        url: an ``http`` or ``https`` address.
        timeout: seconds to connect, and to wait for each read; the whole body must also arrive
            within the read timeout.
        max_bytes: larger pages are refused (checked on Content-Length and while downloading).
        session: the ``requests.Session`` to use (kept open); by default one made and closed here.

    Returns:
        The article; its id comes from the URL (:func:`kg.articles.article_id_from_url`), its
        ``source`` is ``url`` and its ``url`` the page's address after redirects (or the one the
        page names). The charset is the HTTP header's, else the page's ``<meta>``, else UTF-8 or
        a guess.

    Raises:
        ArticleError: the URL is not http(s); the server cannot be reached ("could not fetch URL:
            ... (are you offline?)"), is too slow, answers 4xx/5xx or something that is not HTML
            or text (the message names the type), sends too much, or the page holds no article.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ArticleError(f"could not fetch URL: {url}: kg fetches only http:// and https:// addresses; "
                           "for a file, give its path")
    owned = session is None
    session = session if session is not None else requests.Session()
    try:
        final_url, media, charset, body = _get(session, url, timeout=timeout, max_bytes=max_bytes)
    except requests.RequestException as exc:
        if _is_timeout(exc):
            raise ArticleError(f"could not fetch URL: {url}: no answer within {timeout[0]:g} s to connect "
                               f"or {timeout[1]:g} s to read (are you offline, or is the server slow?); "
                               "try again later or give a longer timeout") from exc
        if isinstance(exc, requests.ConnectionError):
            raise ArticleError(f"could not fetch URL: {url}: cannot connect (are you offline?); check the "
                               "address and the network, or save the page and read the file") from exc
        raise ArticleError(f"could not fetch URL: {url}: {type(exc).__name__}: {exc}") from exc
    finally:
        if owned:
            session.close()
    article_id = article_id_from_url(url)
    text = _decode_page(body, url, charset=charset)
    if media in TEXT_TYPES or (media is None and "<html" not in text[:4096].lower()):
        article = parse_article(clean_text(text), article_id, source=url)
        if not article.text.strip():
            raise ArticleError(f"no article text found in {url}: the page is empty")
        return article if article.url else replace(article, url=final_url)
    return _html_article(text, article_id, url=final_url, where=url, source=url)
