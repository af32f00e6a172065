"""Tests of kg.articles: reading article files (encodings, errors) and parsing the header block."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from kg.articles import (
    ARTICLE_SUFFIXES,
    article_id_from_url,
    parse_article,
    read_article,
    read_source,
    read_text_file,
)
from kg.errors import ArticleError, KgError
from kg.models import Article

BODY = (
    "Ruritania and Borduria signed a defence pact on Monday.\n"
    "The agreement was announced in Strelsau.\n"
)

HEADER = (
    "TITLE: Ruritania and Borduria sign defence pact\n"
    "SOURCE: Strelsau Herald\n"
    "URL: https://herald.example.org/2024/03/pact\n"
    "DATE: 2024-03-11\n"
    "---\n"
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


# --- header parsing ----------------------------------------------------------------------------

def test_full_header_is_read(tmp_path):
    path = write(tmp_path, "pact-2024.txt", HEADER + BODY)
    article = read_article(path)
    assert isinstance(article, Article)
    assert article.id == "pact-2024"
    assert article.title == "Ruritania and Borduria sign defence pact"
    assert article.publisher == "Strelsau Herald"
    assert article.url == "https://herald.example.org/2024/03/pact"
    assert article.date == "2024-03-11"
    assert article.source == str(path)


def test_body_is_the_text_after_the_separator(tmp_path):
    article = read_article(write(tmp_path, "a.txt", HEADER + BODY))
    assert article.text == BODY
    assert "TITLE" not in article.text
    assert "---" not in article.text


def test_parse_article_without_file():
    article = parse_article(HEADER + BODY, "x1")
    assert article.id == "x1"
    assert article.source is None
    assert article.title == "Ruritania and Borduria sign defence pact"
    assert article.text == BODY


def test_parse_article_passes_source():
    assert parse_article(BODY, "x1", source="feed.jsonl#3").source == "feed.jsonl#3"


@pytest.mark.parametrize("date", ["unknown", "Unknown", "UNKNOWN", "n/a", "none", "-", ""])
def test_date_that_is_not_data_becomes_none(date):
    text = f"TITLE: Pact signed\nDATE: {date}\n---\n{BODY}"
    article = parse_article(text, "a")
    assert article.date is None
    assert article.title == "Pact signed"
    assert article.text == BODY


def test_unknown_with_a_note_is_not_data():
    text = (
        "TITLE: unknown\n"
        "SOURCE: unknown (inferred from the URL)\n"
        "URL: https://herald.example.org/x\n"
        "DATE: unknown (not on the page)\n"
        "---\n" + BODY
    )
    article = parse_article(text, "a")
    assert article.title is None
    assert article.publisher is None
    assert article.date is None
    assert article.url == "https://herald.example.org/x"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2024-03-11 (inferred from URL)", "2024-03-11"),
        ("2024-03 (Inferred from the dateline)", "2024-03"),
        ("2024 (note: year only)", "2024"),
        ("2024-03-11 (unverified)", "2024-03-11"),
    ],
)
def test_inferred_note_is_removed_from_date(raw, expected):
    article = parse_article(f"DATE: {raw}\n---\n{BODY}", "a")
    assert article.date == expected


def test_inferred_note_is_removed_from_source():
    article = parse_article(f"SOURCE: Strelsau Herald (inferred from URL)\n---\n{BODY}", "a")
    assert article.publisher == "Strelsau Herald"


def test_bracketed_text_that_is_not_a_note_is_kept():
    article = parse_article(f"TITLE: Pact signed (updated)\n---\n{BODY}", "a")
    assert article.title == "Pact signed (updated)"


@pytest.mark.parametrize("date", ["11 March 2024", "March 2024", "2024/03/11", "24-03-11"])
def test_date_that_is_not_iso_becomes_none(date):
    assert parse_article(f"DATE: {date}\n---\n{BODY}", "a").date is None


def test_missing_header_fields_are_none():
    article = parse_article(f"TITLE: Only a title\n---\n{BODY}", "a")
    assert article.title == "Only a title"
    assert article.publisher is None
    assert article.url is None
    assert article.date is None


def test_header_values_keep_colons():
    article = parse_article("TITLE: Borduria: the pact explained\nURL: https://a.example/b:c\n---\nText", "a")
    assert article.title == "Borduria: the pact explained"
    assert article.url == "https://a.example/b:c"
    assert article.text == "Text"


def test_only_the_first_separator_splits():
    text = HEADER + "First part.\n---\nSecond part.\n"
    article = parse_article(text, "a")
    assert article.text == "First part.\n---\nSecond part.\n"


def test_crlf_header_is_read_from_file(tmp_path):
    path = write(tmp_path, "crlf.txt", (HEADER + BODY).replace("\n", "\r\n"))
    article = read_article(path)
    assert article.title == "Ruritania and Borduria sign defence pact"
    assert article.date == "2024-03-11"
    assert article.text == BODY
    assert "\r" not in article.text


# --- articles without a header -----------------------------------------------------------------

def test_article_without_header_keeps_all_text(tmp_path):
    article = read_article(write(tmp_path, "plain.txt", BODY))
    assert article.text == BODY
    assert article.title is None
    assert article.publisher is None
    assert article.url is None
    assert article.date is None
    assert article.id == "plain"


def test_article_with_a_rule_but_no_header_lines_keeps_all_text():
    text = "Ruritania joins the alliance.\n\n---\n\nAnalysis follows.\n"
    article = parse_article(text, "a")
    assert article.text == text
    assert article.title is None


def test_separator_after_line_twenty_is_not_a_header():
    text = "TITLE: Not a header\n" + "".join(f"Line {n}.\n" for n in range(25)) + "---\nEnd.\n"
    article = parse_article(text, "a")
    assert article.text == text
    assert article.title is None


def test_prose_before_a_rule_is_not_dropped():
    text = (
        "Ruritania and Borduria signed a defence pact on Monday.\n"
        "UPDATE: the text of the pact was published on Tuesday.\n"
        "---\n"
        "Analysis follows.\n"
    )
    article = parse_article(text, "a")
    assert "Ruritania and Borduria signed a defence pact on Monday." in article.text


# --- encodings ---------------------------------------------------------------------------------

def test_utf8_bom_is_stripped(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + (HEADER + BODY).encode("utf-8"))
    article = read_article(path)
    assert article.title == "Ruritania and Borduria sign defence pact"
    assert article.text == BODY
    assert "\ufeff" not in read_text_file(path)


def test_utf8_bom_stripped_without_header(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + BODY.encode("utf-8"))
    assert read_article(path).text == BODY


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_decoded(tmp_path, codec):
    text = HEADER + "Сербия и НАТО: Ruritania, café.\n"
    data = text.encode(codec)
    if codec != "utf-16":  # the explicit-endian codecs write no BOM: add it
        data = ("\ufeff" + text).encode(codec)
    assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    article = read_article(write(tmp_path, "wide.txt", data))
    assert article.title == "Ruritania and Borduria sign defence pact"
    assert article.text == "Сербия и НАТО: Ruritania, café.\n"
    assert "\ufeff" not in article.text


def test_utf8_non_ascii_is_read(tmp_path):
    body = "Премьер Сербии встретился с генсеком НАТО. Straße, Zürich, 北京.\n"
    assert read_article(write(tmp_path, "u.txt", body)).text == body


def test_text_is_cleaned_when_read(tmp_path):
    path = write(tmp_path, "dirty.txt", b"Cafe\xcc\x81 talks\x01\r\nend\x7f\r\n")
    assert read_article(path).text == "Caf\u00e9 talks\nend\n"


# --- errors ------------------------------------------------------------------------------------

def test_missing_file(tmp_path):
    path = tmp_path / "nowhere" / "missing.txt"
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_folder_is_not_an_article(tmp_path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ArticleError) as info:
        read_article(folder)
    assert str(folder) in str(info.value)


def test_empty_file(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(ArticleError, match="empty") as info:
        read_article(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("content", [" ", "\n\n\n", " \t \r\n \r ", "\ufeff\n"])
def test_whitespace_only_file(tmp_path, content):
    path = write(tmp_path, "blank.txt", content)
    with pytest.raises(ArticleError, match="empty") as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_file_of_control_characters_only_is_empty(tmp_path):
    path = write(tmp_path, "ctl.txt", b"\x01\x02\x7f\n")
    with pytest.raises(ArticleError, match="empty"):
        read_article(path)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"Ruritania\x00Borduria",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"\x00",
    ],
)
def test_binary_file(tmp_path, data):
    path = write(tmp_path, "image.txt", data)
    with pytest.raises(ArticleError, match="binary") as info:
        read_article(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    "text, codec",
    [
        ("Caf\u00e9 talks in Strelsau: the minist\u00e8re r\u00e9pond \u2014 M\u00fcller.\n", "windows-1252"),
        ("Caf\u00e9 talks in Strelsau: the minist\u00e8re r\u00e9pond.\n", "latin-1"),
        ("\u0421\u0435\u0440\u0431\u0438\u044f \u0438 \u041d\u0410\u0422\u041e \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043b\u0438 "
         "\u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435.\n", "windows-1251"),
    ],
)
def test_non_utf8_file_suggests_iconv(tmp_path, text, codec):
    data = text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path = write(tmp_path, "legacy.txt", data)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    message = str(info.value)
    assert message.startswith(f"{path}: not UTF-8 (byte ")
    # the hint names the code page the bytes look like: Cyrillic words, or accented letters in Latin words
    likely = "windows-1251" if codec == "windows-1251" else "windows-1252"
    assert message.endswith(f"iconv -f {likely} -t utf-8 legacy.txt")


def test_a_file_that_is_utf8_but_for_a_byte_is_told_to_drop_it(tmp_path):
    data = "Caf\u00e9 talks: the minist\u00e8re r\u00e9pond \u2014 \u201cready\u201d.\n".encode() + b"\x97 end\n"
    path = write(tmp_path, "pasted.txt", data)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(info.value).endswith("it is UTF-8 but for 1 byte(s): mend them, or drop them with "
                                    "iconv -f utf-8 -t utf-8 -c pasted.txt")


def test_non_utf8_message_names_the_offending_byte(tmp_path):
    path = write(tmp_path, "l1.txt", "Caf\u00e9".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"byte 3 is 0xe9"):
        read_article(path)


def test_file_above_max_bytes(tmp_path):
    path = write(tmp_path, "big.txt", "x" * 101)
    with pytest.raises(ArticleError) as info:
        read_article(path, max_bytes=100)
    message = str(info.value)
    assert message.startswith(f"{path}: 101 bytes is more than kg reads (100)")


def test_file_of_exactly_max_bytes_is_read(tmp_path):
    path = write(tmp_path, "edge.txt", "x" * 100)
    assert read_article(path, max_bytes=100).text == "x" * 100


def test_max_bytes_counts_bytes_not_characters(tmp_path):
    path = write(tmp_path, "wide.txt", "\u0416" * 60)  # 120 bytes, 60 characters
    with pytest.raises(ArticleError):
        read_article(path, max_bytes=100)


def test_utf16_mark_on_odd_length_data(tmp_path):
    path = write(tmp_path, "broken16.txt", b"\xff\xfeR\x00u\x00r")
    with pytest.raises(ArticleError, match="UTF-16") as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_article_error_is_a_kg_error_and_a_value_error(tmp_path):
    with pytest.raises(ArticleError) as info:
        read_article(tmp_path / "none.txt")
    assert isinstance(info.value, KgError)
    assert isinstance(info.value, ValueError)


# --- suffixes, read_source, ids from URLs, docstring examples ------------------------------------

def test_article_suffixes_cover_each_reader():
    assert ARTICLE_SUFFIXES == (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson")
    assert all(suffix == suffix.lower() for suffix in ARTICLE_SUFFIXES)


@pytest.mark.parametrize("name", ["pact.txt", "pact.text", "pact.TXT"])
def test_read_source_reads_text_articles(tmp_path, name):
    path = write(tmp_path, name, HEADER + BODY)
    [article] = read_source(path)
    assert article == read_article(path)
    assert article.id == "pact"


def test_read_source_keeps_the_text_reader_errors(tmp_path):
    with pytest.raises(ArticleError, match="empty"):
        read_source(write(tmp_path, "empty.txt", b""))


@pytest.mark.parametrize("name", ["notes", "pact.docx", "pact.json"])
def test_read_source_refuses_other_files(tmp_path, name):
    path = write(tmp_path, name, BODY)
    with pytest.raises(ArticleError, match="kg reads articles from") as info:
        read_source(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://herald.example.org/2024/03/ruritania-joins-pact.html", "ruritania-joins-pact"),
        ("https://herald.example.org/2024/03/ruritania-joins-pact/", "ruritania-joins-pact"),
        ("https://news.example.com/world/pact-signed/amp", "pact-signed"),
        ("https://news.example.com/defense/1339845", "defense-1339845"),
        ("https://news.example.com/n3/2022/0106/c90000-9941752.html", "c90000-9941752"),
        ("https://news.example.com/index.html", "news.example.com"),
        ("https://news.example.com/", "news.example.com"),
        ("https://news.example.com/a%20b/pact%3F.php?id=3", "pact"),
        ("https://news.example.com/новости/пакт", "news.example.com"),
    ],
)
def test_article_id_from_url(url, expected):
    assert article_id_from_url(url) == expected


def test_docstring_examples_run():
    import kg.articles

    result = doctest.testmod(kg.articles)
    assert result.attempted >= 5
    assert result.failed == 0
