"""The HTML view in a real browser (Debian's headless Chromium through chromedriver): it draws every entity
and relation of the dev graph, the picture is not blank, a click shows the evidence, and 5,000 entities
draw (the time is printed, not asserted)."""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import build_graph
from kg.view import ENTITY_CLASSES, ViewData, render_view, view_data

from .conftest import REQUIRE_SERVICES, need_dev_corpus, need_tool

KG = "https://w3id.org/kg/ontology#"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    need_tool("chromium")
    driver_path = need_tool("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        if REQUIRE_SERVICES:
            pytest.fail("selenium is missing: pip install -e '.[test]'")
        pytest.skip("selenium is missing")
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                 "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    yield driver
    driver.quit()


def _open(browser: object, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(path.as_uri())  # type: ignore[attr-defined]
    WebDriverWait(browser, 60).until(lambda d: d.execute_script("return !!(window.kgView && window.kgView.ready)"))


def _png_is_not_blank(png: bytes) -> bool:
    """Whether a PNG screenshot has many distinct byte values once inflated (a blank page has a few)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat = 8, b""
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position:position + 8])
        if kind == b"IDAT":
            idat += png[position + 8:position + 8 + length]
        position += 12 + length
    pixels = zlib.decompress(idat)
    return len(set(pixels)) > 50


def test_view_draws_the_dev_graph_and_a_click_shows_the_evidence(browser: object, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    graph = build_graph(sorted(need_dev_corpus().glob("*.json"))).graph
    page = tmp_path / "view.html"
    page.write_text(render_view(view_data(graph.store)), encoding="utf-8")
    _open(browser, page)
    # Counted independently of the view's own code, with SPARQL on the graph.
    classes = ", ".join(f"<{KG}{c}>" for c in ENTITY_CLASSES)
    entities = {row[0].value for row in graph.store.query(
        f"SELECT DISTINCT ?e WHERE {{ ?e a ?c FILTER(?c IN ({classes})) }}", use_default_graph_as_union=True)}
    relations = {(r[0].value, r[1].value, r[2].value) for r in graph.store.query(
        f"SELECT DISTINCT ?s ?r ?o WHERE {{ ?st <{KG}relation> ?r ; <{KG}subject> ?s ; <{KG}object> ?o . "
        f"?s a ?c1 . ?o a ?c2 . FILTER(?c1 IN ({classes}) && ?c2 IN ({classes})) "
        f"FILTER NOT EXISTS {{ ?st <{KG}retracted> ?x }} }}", use_default_graph_as_union=True)}
    assert browser.execute_script("return window.kgView.cy.nodes().length") == len(entities)  # type: ignore[attr-defined]
    assert browser.execute_script("return window.kgView.cy.edges().length") == len(relations)  # type: ignore[attr-defined]
    assert browser.execute_script(  # type: ignore[attr-defined]
        "return window.kgView.cy.edges('[contradicted = 1]').length") >= 3  # the dev graph's three contradictions
    assert _png_is_not_blank(browser.get_screenshot_as_png())  # type: ignore[attr-defined]

    # A real click on the node drawn for Serbia shows facts with their sentences.
    x, y = browser.execute_script(  # type: ignore[attr-defined]
        "const n = window.kgView.cy.$id('http://www.wikidata.org/entity/Q403'); const p = n.renderedPosition();"
        "return [p.x, p.y];")
    canvas = browser.find_element(By.ID, "cy")  # type: ignore[attr-defined]
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(  # type: ignore[arg-type]
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)).click().perform()
    details = browser.find_element(By.ID, "details").text  # type: ignore[attr-defined]
    assert details.startswith("Serbia") and "Q403" in details
    data = view_data(graph.store)
    serbia = "http://www.wikidata.org/entity/Q403"
    sentences = {f["evidence"] for e in data.edges if serbia in (e["source"], e["target"]) for f in e["facts"]}
    shown = {sentence for sentence in sentences if sentence and " ".join(sentence.split()) in details}
    assert len(shown) == len({x for x in sentences if x})  # every sentence behind Serbia's relations
    assert "sputnik-serbia-csto-drills" in details and "contradicts reference data" in details

    # Filters: unticking 'planned' hides edges whose facts are all planned.
    visible = browser.execute_script("return window.kgView.cy.edges(':visible').length")  # type: ignore[attr-defined]
    browser.find_element(By.CSS_SELECTOR, "#modalities input[value=planned]").click()  # type: ignore[attr-defined]
    fewer = browser.execute_script("return window.kgView.cy.edges(':visible').length")  # type: ignore[attr-defined]
    assert fewer < visible


def test_view_of_five_thousand_entities_draws(browser: object, tmp_path: Path) -> None:
    rng = random.Random(3)
    nodes = [{"id": f"https://example.org/e{i}", "label": f"Entity {i}", "classes": [ENTITY_CLASSES[i % 9]],
              "class": ENTITY_CLASSES[i % 9], "qid": None, "facts": []} for i in range(5000)]
    fact = {"statement": "s", "relation": "memberOf", "modality": "asserted", "start": "2020-01-01",
            "end": "2020-12-31", "evidence": "A sentence.", "article": "a", "contradicted": False, "value": None}
    edges = [{"id": f"e{i}", "source": f"https://example.org/e{rng.randrange(5000)}",
              "target": f"https://example.org/e{rng.randrange(5000)}", "label": "memberOf", "facts": [fact],
              "contradicted": False, "modalities": ["asserted"]} for i in range(6000)]
    page = tmp_path / "big.html"
    page.write_text(render_view(ViewData(nodes, edges)), encoding="utf-8")
    _open(browser, page)
    drawn = browser.execute_script("return [window.kgView.cy.nodes().length, window.kgView.drawMs]")  # type: ignore[attr-defined]
    assert drawn[0] == 5000
    print(f"\n5,000 entities and 6,000 relations: first drawing in {drawn[1] / 1000:.2f} s in headless Chromium")


def test_view_keeps_only_what_a_query_returns(tmp_path: Path, small_sheet: object) -> None:
    from kg.graph import KnowledgeGraph

    graph = KnowledgeGraph()
    graph.add_sheet(small_sheet)  # type: ignore[arg-type]
    everything = view_data(graph.store)
    members = graph.run("memberships/members", organisation="NATO")
    keep = {t.value for row in members.rows for t in row if isinstance(t, ox.NamedNode)} | {
        "http://www.wikidata.org/entity/Q7184"}
    some = view_data(graph.store, keep=keep)
    assert {n["label"] for n in some.nodes} == {"Finland", "Latvia", "NATO"}
    assert len(some.nodes) < len(everything.nodes) and len(some.edges) == 2
    assert "</script" not in some.to_json()
