"""Tests of the article readers: HTML pages, JSON lines, URLs (over a local server), page clutter."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

from kg._version import __version__
from kg.articles import find_clutter, read_article, read_html, read_jsonl, read_source, strip_clutter
from kg.errors import ArticleError
from kg.web import USER_AGENT, fetch_article

from .conftest import need_dev_corpus

READERS = Path(__file__).resolve().parent / "data" / "readers"
PAGE = READERS / "amber-shield.html"
CLUTTERED = READERS / "borduria-pact-cluttered.html"

PARAGRAPH = ("Ruritania and Borduria signed a defence pact in Strelsau on Monday, the foreign ministry said, "
             "after two years of talks about joint naval patrols in the Gulf of Zenda.")


def html_page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


# --- HTML --------------------------------------------------------------------------------------

def test_read_html_metadata_and_text():
    article = read_html(PAGE)
    assert article.id == "amber-shield"
    assert article.title == "Ruritania and Borduria begin Amber Shield naval drills"
    assert article.publisher == "Strelsau Herald"
    assert article.date == "2024-05-14"
    assert article.url == "https://herald.example.org/world/amber-shield-drills"
    assert article.source == str(PAGE)
    assert "began the Amber Shield naval drills in the Gulf of Zenda on Tuesday" in article.text
    assert "Borduria joined the Northern Maritime Pact in 2019" in article.text


def test_read_html_leaves_out_scripts_styles_iframes_and_navigation():
    text = read_html(PAGE).text
    assert "MUST-NOT-APPEAR" not in text
    assert "window.tracker" not in text
    assert "<" not in text


def test_read_html_given_url_wins_over_canonical():
    article = read_html(PAGE, "drills", url="https://mirror.example.com/drills")
    assert article.id == "drills"
    assert article.url == "https://mirror.example.com/drills"


def test_read_html_from_bytes():
    article = read_html(PAGE.read_bytes(), "from-bytes", url="https://herald.example.org/x")
    assert article.id == "from-bytes"
    assert article.source == "https://herald.example.org/x"
    assert "Gulf of Zenda" in article.text


def test_read_html_bytes_need_an_id():
    with pytest.raises(ArticleError, match="article_id"):
        read_html(PAGE.read_bytes())


def test_read_html_meta_charset_is_used(tmp_path):
    body = "<p>Сербия и Руритания подписали соглашение об обороне в Белграде, сообщило министерство. " * 3
    page = html_page(body + "</p>", '<meta charset="windows-1251"><title>Соглашение</title>')
    path = tmp_path / "cyrillic.html"
    path.write_bytes(page.encode("windows-1251"))
    article = read_html(path)
    assert "Сербия и Руритания подписали соглашение" in article.text
    assert article.title == "Соглашение"


def test_read_html_undeclared_utf8(tmp_path):
    path = tmp_path / "plain.html"
    path.write_bytes(html_page(f"<p>Zürich café talks. {PARAGRAPH}</p>").encode("utf-8"))
    assert "Zürich café talks." in read_html(path).text


def test_read_html_fragment_without_html_element(tmp_path):
    path = tmp_path / "fragment.html"
    path.write_text(f"<p>{PARAGRAPH}</p><p>{PARAGRAPH.replace('Monday', 'Friday')}</p>", encoding="utf-8")
    assert "signed a defence pact in Strelsau on Monday" in read_html(path).text


ENTITY_BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE html [\n  <!ENTITY lol "lol">\n'
    + "".join(f'  <!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">\n'
              for n in range(1, 10))
    + "]>\n<html><body><p>&lol9; " + PARAGRAPH + "</p></body></html>"
)


def test_read_html_refuses_entity_declarations(tmp_path):
    path = tmp_path / "bomb.html"
    path.write_text(ENTITY_BOMB, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(ArticleError, match="ENTITY") as info:
        read_html(path)
    assert time.monotonic() - started < 2
    assert str(path) in str(info.value)
    assert "remove the DOCTYPE" in str(info.value)


@pytest.mark.parametrize("where", ["around", "after"])
def test_read_html_survives_ten_thousand_levels_of_nesting(tmp_path, where):
    deep_open, deep_close = "<div><span>" * 5000, "</span></div>" * 5000
    if where == "around":
        body = deep_open + f"<p>{PARAGRAPH}</p>" + deep_close
    else:
        body = f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>" + deep_open + "deep" + deep_close
    path = tmp_path / "deep.html"
    path.write_text(html_page(body), encoding="utf-8")
    started = time.monotonic()
    try:
        article = read_html(path)
    except ArticleError as exc:  # parsers cap the depth: losing the buried text is fine, crashing is not
        assert str(path) in str(exc)
    else:
        assert "signed a defence pact" in article.text
    assert time.monotonic() - started < 10


def test_read_html_recursion_error_becomes_article_error(tmp_path, monkeypatch):
    def too_deep(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("trafilatura.bare_extraction", too_deep)
    with pytest.raises(ArticleError, match="nested too deeply"):
        read_html(PAGE)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body></body></html>",
        "<html><head><title>Only a title</title></head><body>   </body></html>",
        "<html><body><script>var text = 'no article here at all, only a script';</script></body></html>",
        "<html><body><iframe src='https://example.net/'></iframe></body></html>",
        " \n ",
    ],
)
def test_read_html_without_article_text(tmp_path, page):
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(ArticleError, match="no article text found in") as info:
        read_html(path)
    assert str(path) in str(info.value)


def test_read_html_binary_file(tmp_path):
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(ArticleError, match="binary"):
        read_html(path)


def test_read_html_too_large(tmp_path):
    path = tmp_path / "big.html"
    path.write_text(html_page(f"<p>{PARAGRAPH}</p>"), encoding="utf-8")
    with pytest.raises(ArticleError, match="more than kg reads"):
        read_html(path, max_bytes=100)
    with pytest.raises(ArticleError, match="more than kg reads"):
        read_html(path.read_bytes(), "big", max_bytes=100)


def test_read_html_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="cannot read"):
        read_html(tmp_path / "missing.html")


# --- JSON lines --------------------------------------------------------------------------------

def write_lines(tmp_path: Path, *lines: str | dict[str, object], name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join((json.dumps(line) if isinstance(line, dict) else line) + "\n" for line in lines),
                    encoding="utf-8")
    return path


def test_read_jsonl_fields(tmp_path):
    path = write_lines(tmp_path, {
        "id": "pact-1", "text": PARAGRAPH, "title": "Pact signed", "url": "https://herald.example.org/pact",
        "date": "2024-03-11", "publisher": "Strelsau Herald", "extra": [1, 2],
    })
    [article] = read_jsonl(path)
    assert article.id == "pact-1"
    assert article.text == PARAGRAPH
    assert article.title == "Pact signed"
    assert article.url == "https://herald.example.org/pact"
    assert article.date == "2024-03-11"
    assert article.publisher == "Strelsau Herald"
    assert article.source == f"{path}#1"


@pytest.mark.parametrize("name", ["body", "content"])
def test_read_jsonl_text_alternatives(tmp_path, name):
    [article] = read_jsonl(write_lines(tmp_path, {"id": "a", name: PARAGRAPH, "source": "Zenda Daily"}))
    assert article.text == PARAGRAPH
    assert article.publisher == "Zenda Daily"


def test_read_jsonl_ids_derived_from_url_and_line(tmp_path):
    path = write_lines(
        tmp_path,
        {"text": "One.", "url": "https://herald.example.org/2024/03/pact-signed.html"},
        "",
        {"text": "Two."},
        {"text": "Three.", "url": "https://other.example.com/pact-signed"},
        {"id": 17, "text": "Four."},
        name="news.ndjson",
    )
    ids = [a.id for a in read_jsonl(path)]
    assert ids == ["pact-signed", "news-3", "pact-signed-4", "17"]


def test_read_jsonl_skips_blank_lines_and_keeps_line_numbers(tmp_path):
    path = write_lines(tmp_path, "", "   ", {"id": "a", "text": "One."}, "", {"id": "b", "text": "Two."})
    assert [a.source for a in read_jsonl(path)] == [f"{path}#3", f"{path}#5"]


def test_read_jsonl_date_with_time_keeps_the_date(tmp_path):
    [article] = read_jsonl(write_lines(tmp_path, {"id": "a", "text": "One.", "date": "2024-03-11T09:30:00Z"}))
    assert article.date == "2024-03-11"


def test_read_jsonl_cleans_text(tmp_path):
    [article] = read_jsonl(write_lines(tmp_path, {"id": "a", "text": "Cafe\u0301 talks\r\nend\x01"}))
    assert article.text == "Caf\u00e9 talks\nend"


def test_read_jsonl_bom(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "One."}).encode() + b"\n")
    assert [a.id for a in read_jsonl(path)] == ["a"]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("{not json", "line 2: not JSON"),
        ('["a list"]', "line 2: expected a JSON object"),
        ('"a string"', "line 2: expected a JSON object"),
        ('{"id": "b"}', 'line 2: no article text; expected a non-empty string in "text"'),
        ('{"id": "b", "text": "   "}', "line 2: no article text"),
        ('{"id": "b", "text": ["One."]}', 'line 2: "text" should be a string, got an array'),
        ('{"id": "b", "text": "One.", "title": 5}', 'line 2: "title" should be a string, got a number'),
        ('{"id": "b", "text": "One.", "date": "11 March 2024"}', 'line 2: "date" should be an ISO 8601 date'),
        ('{"id": {"x": 1}, "text": "One."}', 'line 2: "id" should be a non-empty string or a whole number'),
        ('{"id": "a", "text": "One."}', "line 2: id 'a' is already used on line 1"),
    ],
)
def test_read_jsonl_bad_line_names_file_and_line(tmp_path, line, expected):
    path = write_lines(tmp_path, {"id": "a", "text": "First."}, line)
    articles = read_jsonl(path)
    assert next(articles).id == "a"
    with pytest.raises(ArticleError) as info:
        next(articles)
    assert str(info.value).startswith(f"{path}, ")
    assert expected in str(info.value)


def test_read_jsonl_not_utf8(tmp_path):
    path = tmp_path / "legacy.jsonl"
    path.write_bytes('{"id": "a", "text": "Café"}\n'.encode("latin-1"))
    with pytest.raises(ArticleError, match=r"line 1: not UTF-8 \(byte 24 is 0xe9\)"):
        list(read_jsonl(path))


def test_read_jsonl_line_too_long(tmp_path):
    path = write_lines(tmp_path, {"id": "a", "text": "x" * 200})
    with pytest.raises(ArticleError, match="line 1: longer than 100 bytes"):
        list(read_jsonl(path, max_bytes=100))


@pytest.mark.parametrize("content", ["", "\n\n  \n"])
def test_read_jsonl_without_articles(tmp_path, content):
    path = tmp_path / "empty.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match="no articles"):
        list(read_jsonl(path))


def test_read_jsonl_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="cannot read"):
        list(read_jsonl(tmp_path / "missing.jsonl"))


# --- read_source -------------------------------------------------------------------------------

def test_read_source_dispatches_on_suffix(tmp_path):
    text = tmp_path / "a.text"
    text.write_text("TITLE: Pact\n---\n" + PARAGRAPH, encoding="utf-8")
    page = tmp_path / "b.HTM"
    page.write_bytes(PAGE.read_bytes())
    feed = write_lines(tmp_path, {"id": "c1", "text": "One."}, {"id": "c2", "text": "Two."})
    assert [a.title for a in read_source(text)] == ["Pact"]
    assert [a.id for a in read_source(page)] == ["b"]
    assert [a.id for a in read_source(str(feed))] == ["c1", "c2"]


def test_read_source_unknown_suffix(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(ArticleError, match=r"\.txt, \.text, \.html, \.htm, \.jsonl, \.ndjson") as info:
        read_source(path)
    assert str(info.value).startswith(f"{path}: ")


def test_read_source_url(server):
    [article] = read_source(server.url("/news/amber-shield.html"))
    assert article.id == "amber-shield"
    assert "Gulf of Zenda" in article.text


def test_read_source_other_scheme():
    with pytest.raises(ArticleError, match="only http:// and https://"):
        read_source("ftp://herald.example.org/pact.txt")


# --- fetching over a local server ------------------------------------------------------------

PLAIN = "TITLE: Pact signed\nSOURCE: Strelsau Herald\nDATE: 2024-03-11\n---\n" + PARAGRAPH + "\n"
CYRILLIC = ("<p>Сербия и Руритания подписали соглашение об обороне в Белграде в понедельник, "
            "сообщило министерство обороны Сербии после двух лет переговоров.</p>") * 3


@dataclass
class Route:
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the body (after the headers when the headers are sent first)
    headers_first: bool = False


ROUTES = {
    "/news/amber-shield.html": Route(body=PAGE.read_bytes()),
    "/plain.txt": Route(content_type="text/plain; charset=utf-8", body=PLAIN.encode()),
    "/cp1251-meta.html": Route(content_type="text/html",
                               body=html_page(CYRILLIC, '<meta charset="windows-1251">').encode("cp1251")),
    "/cp1251-header.html": Route(content_type="text/html; charset=windows-1251",
                                 body=html_page(CYRILLIC).encode("cp1251")),
    "/image.png": Route(content_type="image/png", body=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "/no-type": Route(content_type=None, body=html_page(f"<p>{PARAGRAPH}</p>" * 2).encode()),
    "/declared-big.html": Route(body=b"<html>" + b" " * 5000, headers={"Content-Length": "5006"}),
    "/streamed-big.html": Route(body=b"<html>" + b" " * 5000),
    "/slow.html": Route(body=b"<html></html>", delay=3.0),
    "/trickle.html": Route(body=b"<html></html>", delay=3.0, headers_first=True),
    "/empty.html": Route(body=b"<html><body></body></html>"),
    "/redirect": Route(status=302, headers={"Location": "/news/amber-shield.html"}),
    "/gone": Route(status=404, content_type="text/html", body=b"<html><body>Not here</body></html>"),
}


class LocalServer:
    """An HTTP server on 127.0.0.1 answering ROUTES, recording what it is asked."""

    def __init__(self) -> None:
        self.release = threading.Event()  # ends the waits of slow routes at teardown
        self.requests: list[dict[str, str | None]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append({"path": self.path, "user_agent": self.headers.get("User-Agent")})
                route = ROUTES.get(self.path, Route(status=404, body=b"no such route"))
                try:
                    if route.delay and not route.headers_first:
                        server.release.wait(route.delay)
                    self.send_response(route.status)
                    if route.content_type:
                        self.send_header("Content-Type", route.content_type)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.flush()
                    if route.delay and route.headers_first:
                        server.release.wait(route.delay)
                    self.wfile.write(route.body)
                except OSError:  # the client gave up (a timeout test): nothing to answer
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    local = LocalServer()
    local.thread.start()
    try:
        yield local
    finally:
        local.close()


def test_fetch_html(server):
    url = server.url("/news/amber-shield.html")
    article = fetch_article(url)
    assert article.id == "amber-shield"
    assert article.source == url
    assert article.url == url
    assert article.title == "Ruritania and Borduria begin Amber Shield naval drills"
    assert article.date == "2024-05-14"
    assert article.publisher == "Strelsau Herald"
    assert "MUST-NOT-APPEAR" not in article.text


def test_fetch_sends_a_user_agent_with_the_version(server):
    fetch_article(server.url("/news/amber-shield.html"))
    agent = server.requests[-1]["user_agent"]
    assert agent == USER_AGENT
    assert f"kg/{__version__}" in agent


def test_fetch_plain_text_reads_the_header_block(server):
    url = server.url("/plain.txt")
    article = fetch_article(url)
    assert article.id == "plain"
    assert article.title == "Pact signed"
    assert article.publisher == "Strelsau Herald"
    assert article.date == "2024-03-11"
    assert article.text == PARAGRAPH + "\n"
    assert article.url == url


@pytest.mark.parametrize("path", ["/cp1251-meta.html", "/cp1251-header.html"])
def test_fetch_charset_from_header_or_meta(server, path):
    assert "Сербия и Руритания подписали соглашение" in fetch_article(server.url(path)).text


def test_fetch_without_content_type_sniffs_html(server):
    assert "signed a defence pact" in fetch_article(server.url("/no-type")).text


def test_fetch_follows_redirects(server):
    article = fetch_article(server.url("/redirect"))
    assert article.url == server.url("/news/amber-shield.html")
    assert article.source == server.url("/redirect")
    assert article.id == "redirect"


def test_fetch_with_a_given_session_leaves_it_open(server):
    with requests.Session() as session:
        fetch_article(server.url("/plain.txt"), session=session)
        fetch_article(server.url("/news/amber-shield.html"), session=session)
    assert [r["path"] for r in server.requests] == ["/plain.txt", "/news/amber-shield.html"]


def test_fetch_wrong_content_type(server):
    url = server.url("/image.png")
    with pytest.raises(ArticleError) as info:
        fetch_article(url)
    message = str(info.value)
    assert url in message
    assert "image/png" in message
    assert "text/html" in message


@pytest.mark.parametrize("path", ["/declared-big.html", "/streamed-big.html"])
def test_fetch_too_large(server, path):
    with pytest.raises(ArticleError, match="more than kg reads") as info:
        fetch_article(server.url(path), max_bytes=1000)
    assert server.url(path) in str(info.value)


@pytest.mark.parametrize("path", ["/slow.html", "/trickle.html"])
def test_fetch_timeout(server, path):
    started = time.monotonic()
    with pytest.raises(ArticleError, match="no answer within") as info:
        fetch_article(server.url(path), timeout=(1.0, 0.3))
    assert time.monotonic() - started < 2.5
    assert server.url(path) in str(info.value)


def test_fetch_404(server):
    url = server.url("/gone")
    with pytest.raises(ArticleError, match="answered 404 Not Found; check the address") as info:
        fetch_article(url)
    assert url in str(info.value)


def test_fetch_page_without_article(server):
    with pytest.raises(ArticleError, match="no article text found in http://127.0.0.1:"):
        fetch_article(server.url("/empty.html"))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_fetch_connection_refused():
    url = f"http://127.0.0.1:{closed_port()}/pact.html"
    with pytest.raises(ArticleError) as info:
        fetch_article(url, timeout=(2.0, 2.0))
    message = str(info.value)
    assert message.startswith(f"could not fetch URL: {url}")
    assert "(are you offline?)" in message


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.html", "javascript:alert(1)",
                                 "herald.example.org/pact", "http://"])
def test_fetch_only_http_and_https(url):
    with pytest.raises(ArticleError, match="only http:// and https://"):
        fetch_article(url)


# --- page clutter ------------------------------------------------------------------------------

def clutter_of(text: str) -> list[str]:
    return [text[start:end] for start, end in find_clutter(text)]


ARTICLE = (
    "Ruritania and Borduria signed a defence pact in Strelsau on Monday, the foreign ministry said.\n"
    "\n"
    "The agreement covers joint naval patrols and a yearly exercise in the Gulf of Zenda.\n"
)
LAST = "Both parliaments are expected to ratify the pact before the end of the year, officials said.\n"


@pytest.mark.parametrize(
    "line",
    [
        # widgets and share buttons
        "Listen Live", "Get short URL", "Share", "Share this article", "Print", "Tweet", "Email",
        "Share | Tweet | Email", "Facebook Twitter WhatsApp Telegram", "Advertisement", "Copy link",
        "Community standards", "Discussion", "Community standardsDiscussion", "Comments (12)", "3 comments",
        # newsletter and follow prompts
        "Subscribe to our newsletter", "Subscribe to our newsletter for the latest defence news.",
        "Sign up for our daily briefing and get the news first!", "Follow us on Telegram",
        "Never miss a story again \u2014 join our Telegram channel for updates!",
        "Get the latest headlines in your inbox",
        # photo credits
        "© Photo : Zenda Daily", "© Strelsau Herald / Ivo Marek", "Photo: Reuters",
        "Photo by Ana Kos/Getty Images",
        "(AP Photo/Ivo Marek)", "Zenda Daily / Ivo Marek", "Image: Ruritanian Ministry of Defence",
        "Copyright 2024 Strelsau Herald. All rights reserved.",
        "FILE - Ruritanian soldiers ski during a training exercise near Ostrava, Borduria, Feb. 3, 2024. The "
        "alliance's largest winter drills in years will be held near the border. (AP Photo/Ivo Marek, File)",
        # a photo's caption: a dated scene without a verb
        "Sailors aboard a Ruritanian frigate during the Amber Shield drills in the Gulf of Zenda in May 2023.",
        "Soldiers of the Bordurian Armed Forces during an exercise near Szohod, October 2021.",
        "Sailors aboard a Ruritanian corvette during the drills in the Gulf of Zenda in May 2023. Photo: ZTV/File",
        # a caption by the credit in parentheses after its sentence, whatever the sentence's words
        "Ships from Ruritania sail in formation near Zenda during Amber Shield 2022. (Ruritanian Navy photo)",
        "Bordurian soldiers ride a boat across the Zenda River during the drills near Ostrava. (AP Photo)",
        "A U.S. Marine fires a missile during Amber Shield 2024 near Zenda. (U.S. Marine Corps photo)",
        # tag lines
        "Tags: NATO, CSTO, Ruritania", "Topics: defence, alliances", "Keywords: drills, navy",
        "Filed under: Europe, Security",
        # comment prompts
        "Leave a comment", "Join the discussion", "Log in to comment", "Comments are closed.",
        "Share your opinion in the comments below!", "What do you think?", "Be the first to comment",
        # bare timestamps
        "12:45 24.11.2020", "16:40 GMT24 November 2020", "Updated at 23-12-2024", "23.12.2024",
        "Published: 5 June 2023, 10:12", "June 5, 2023", "Tuesday, 14 May 2024 08:30 GMT",
        "2 hours ago", "Last updated 10.03.2024 at 17:05",
        # related headlines given inline
        "Read more: Syldavia weighs joining the pact", "See also: Navy orders frigates",
        "Related news: Ruritanian Navy wraps up Orruda drills off Zenda", "Read: Troops return home from Borduria",
    ],
)
def test_clutter_line_is_found(line):
    text = ARTICLE + line + "\n" + LAST
    assert clutter_of(text) == [line]
    spans = find_clutter(text)
    assert text[spans[0][0]:spans[0][1]] == line


@pytest.mark.parametrize(
    "line",
    [
        "MOSCOW, June 5 (Reuters) -",
        "STRELSAU, May 14 (Herald) - Ruritania began the drills on Tuesday, the ministry said.",
        "Ruritania and Borduria sign defence pact",
        "By Mila Varga",
        "(Reporting by Ivo Marek; Editing by Ana Kos)",
        "Serbia has been a member of the Partnership for Peace programme since 2006.",
        "The ministry did not respond to a request for comment.",
        "Borduria will follow the United States in sending observers, the minister said.",
        "Comments by the Ruritanian minister drew a sharp reply from Borduria on Tuesday.",
        "The drills will be held from June 5 to June 14 in the Gulf of Zenda.",
        "In 2017",
        "2024",
        "Photographs of the drills were published by the ministry on Tuesday.",
        "Ruritania / Borduria",
        "A Ruritanian frigate takes part in the Amber Shield drills in the Gulf of Zenda. File photo",
        # (news, not a scene, before a credit; words in brackets that are no credit)
        "Ruritania and Borduria signed the Zenda Accord in Strelsau on Monday. (File photo)",
        "Borduria joined the pact on May 6, the ministry said. (AFP photo)",
        "Ruritania became the pact's tenth member on March 7. (Photos were released later.)",
        # (a paragraph of more than thirty words ending with such a credit is kept)
        ("Ruritania and Borduria opened the Amber Shield drills in the Gulf of Zenda on Tuesday, with twelve ships, "
         "forty aircraft and some three thousand troops from nine countries taking part in the first week. "
         "(Ruritanian Navy photo)"),
        "Ruritania sent two frigates during the Amber Shield drills in May 2023.",
        "Bordurian troops during the drills in March 2023 lost two vehicles.",
        "\u201cWe will share our experience with all partners,\u201d the admiral said.",
        "Related talks between the two ministries began in March.",
        "Read the statement: the ministry said the drills were defensive.",
    ],
)
def test_article_line_is_not_clutter(line):
    assert clutter_of(ARTICLE + line + "\n" + LAST) == []


def test_headline_and_dateline_at_the_top_are_kept():
    top = "Ruritania and Borduria sign defence pact\nMila Varga\nSTRELSAU, May 14 (Herald) -\n"
    text = top + ARTICLE + LAST
    assert clutter_of(text) == []


RELATED = [
    "Syldavia weighs joining the Northern Maritime Pact",
    "Ruritanian Navy Orders Two New Frigates (VIDEO)",
    "Is Borduria Drifting Away From the Pact?",
]


def test_related_headlines_after_the_article_end():
    text = ARTICLE + LAST + "\n" + "\n".join(RELATED) + "\n"
    assert clutter_of(text) == RELATED


def test_a_last_paragraph_signed_off_by_its_agency_is_the_article_s():
    text = ("Chile will host the drills in May, the navy said.\n\nPeru joined the pact in 2011, together with "
            "Chile and Colombia. (PAP)\n\nmch/ sdd/\n")
    assert [text[start:end] for start, end in find_clutter(text)] == []


def test_related_headlines_with_tag_list_and_indentation():
    tags = "pact, navy, drills, Ruritania, Borduria"
    lines = [*RELATED, tags, "Community standardsDiscussion"]
    text = ARTICLE + LAST + "".join(f"    {line}\n" for line in lines)
    assert clutter_of(text) == lines


@pytest.mark.parametrize("heading", ["Related", "Read more", "More on this topic", "Related articles:",
                                     "You may also like", "READ ALSO"])
def test_related_headlines_under_a_heading_even_mid_article(heading):
    text = ARTICLE + heading + "\n" + "\n".join(RELATED[:2]) + "\n" + LAST
    assert clutter_of(text) == [heading, *RELATED[:2]]


def test_one_short_line_after_the_article_is_kept():
    text = ARTICLE + LAST + "(Web editor: Ana Kos, Ivo Marek)\n"
    assert clutter_of(text) == []
    text = ARTICLE + LAST + "Reporting by Ana Kos in Strelsau\n"
    assert clutter_of(text) == []


def test_caption_beside_a_credit_after_the_article_is_kept():
    text = ARTICLE + LAST + "Ruritanian sailors during the drills\nPhoto: Reuters\n"
    assert clutter_of(text) == ["Photo: Reuters"]


def test_text_of_headlines_only_has_no_article_end():
    text = "\n".join(RELATED) + "\n"
    assert clutter_of(text) == []


@pytest.mark.parametrize("tail", [
    # a date that ends a wrapped sentence is no timestamp
    "The drills began in Strelsau on Monday and, the ministry said, are to end\non September 13.\n",
    "The pact was signed by the foreign ministers of both states in Strelsau on 15\nJune 2001.\n",
    # wrapped lines going on in lower case, or stopping on "and", are no list of related headlines
    ("Regional media quoted the exercise director, Major General Ivo Marek\nof Ruritania, as saying the "
     "scenario was a raid across the mountains\nthat both armies face.\n"),
    ("Borduria is also one of seven partner states in the Northern Maritime\nPact, alongside Syldavia, "
     "Ruritania, Zenda, Strelsau, Grand Fenwick and\nKlopstokia.\n"),
])
def test_lines_of_a_hard_wrapped_last_paragraph_are_not_clutter(tail):
    assert clutter_of(ARTICLE + LAST + tail) == []


@pytest.mark.parametrize("text, clutter", [
    # a headline may end on a particle ("kick off"); a widget in lower case is one all the same
    (ARTICLE + LAST + "Zapad drills kick off\nPoland closes border with Belarus\nNATO jets scrambled over Baltic\n",
     ["Zapad drills kick off", "Poland closes border with Belarus", "NATO jets scrambled over Baltic"]),
    (ARTICLE + LAST + "Poland closes border with Belarus\nNATO jets scrambled over Baltic\nshare\n",
     ["Poland closes border with Belarus", "NATO jets scrambled over Baltic", "share"]),
    # a timestamp with a stop under a headline is a timestamp
    ("Russia and Belarus start Zapad drills\nUpdated Sept. 13, 2025, 10:15 a.m.\n" + ARTICLE + LAST,
     ["Updated Sept. 13, 2025, 10:15 a.m."]),
    ("Russia and Belarus start Zapad drills\nSeptember 13, 2025.\n" + ARTICLE + LAST, ["September 13, 2025."]),
])
def test_headlines_widgets_and_timestamps_are_no_wrapped_prose(text, clutter):
    assert clutter_of(text) == clutter


def test_find_clutter_does_not_change_offsets():
    text = "\u00a0\u00a016:40 GMT24 November 2020\nListen Live\n" + ARTICLE + "\u00a0 Photo: Reuters \n"
    text += LAST
    spans = find_clutter(text)
    assert [text[s:e] for s, e in spans] == ["16:40 GMT24 November 2020", "Listen Live", "Photo: Reuters"]
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    assert spans == sorted(spans)


def test_find_clutter_of_empty_text():
    assert find_clutter("") == []
    assert strip_clutter("") == ""


def test_strip_clutter():
    text = "Listen Live\n\n" + ARTICLE + "\nPhoto: Reuters\n\n" + LAST
    text += "\nRead more\n" + "\n".join(RELATED) + "\n"
    assert strip_clutter(text) == ARTICLE + "\n" + LAST


def test_clutter_in_text_that_trafilatura_returns():
    article = read_html(CLUTTERED)
    assert clutter_of(article.text) == [
        "10:15 02.11.2023", "Listen Live", "Get short URL", "Photo: Zenda Daily / Ivo Marek",
        "Subscribe to our newsletter to get the latest news from the region every morning.",
        "Read more", "Ruritania hosts pact summit next spring", "Syldavian navy to join Amber Shield drills",
        "Tags: Borduria, Northern Maritime Pact, Ruritania", "Community standards", "Discussion",
    ]
    kept = strip_clutter(article.text)
    assert kept.startswith("Borduria signed the accession protocol")
    assert kept.endswith("during the negotiations.")


def test_clutter_of_the_full_page_fixture_is_none():
    assert find_clutter(read_html(PAGE).text) == []


def test_clutter_never_covers_gold_evidence_in_the_dev_corpus():
    corpus = need_dev_corpus()
    checked = 0
    for path in sorted(corpus.glob("*.txt")):
        article = read_article(path)
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        spans = find_clutter(article.text)
        for fact in gold["facts"]:
            start = article.text.find(fact["evidence"])
            if start < 0:
                continue
            end = start + len(fact["evidence"])
            assert not [s for s in spans if s[0] < end and start < s[1]], (path.name, fact["evidence"])
            checked += 1
    assert checked > 100


def test_clutter_of_the_seed_article():
    path = need_dev_corpus() / "sputnik-serbia-csto-drills.txt"
    text = read_article(path).text
    found = clutter_of(text)
    # The kinds the corpus README lists for the seed: timestamp, "Listen Live", "Get short URL",
    # a photo credit, a newsletter prompt, five related headlines, a tag line, "Community standards...".
    assert len(found) == 12
    assert found[1:3] == ["Listen Live", "Get short URL"]
    assert found[-1] == "Community standardsDiscussion"
    assert all("Serbia will take part" not in line for line in found)

