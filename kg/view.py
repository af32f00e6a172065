"""An interactive HTML view of a graph: one self-contained file, no network needed to open it.

Entities are nodes coloured by class; each (subject, relation, object) between two entities is one
labelled edge holding its facts (a relation stated in three articles is one edge with three facts).
Clicking a node or an edge shows its facts with the evidence sentence, the article, modality and
time, and the Wikidata link; filters keep relations, modalities and a span of years; a timeline
lists the dated facts; contradicted facts are drawn red and dashed. The drawing library is
Cytoscape.js (MIT, from the npm registry, ``kg/assets/``), which draws on a canvas without WebGL;
past a few hundred nodes the force layout gives way to a grid so that the first drawing stays fast.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ._vocab import KG

__all__ = ["ViewData", "render_view", "view_data"]

_ASSET = Path(__file__).resolve().parent / "assets" / "cytoscape-3.35.0.min.js"
ENTITY_CLASSES = ("State", "Alliance", "Organization", "Agreement", "Exercise", "Event", "Person",
                  "MilitaryUnit", "Place")
_COLOURS = {"State": "#1f77b4", "Alliance": "#d62728", "Organization": "#ff7f0e", "Agreement": "#2ca02c",
            "Exercise": "#9467bd", "Event": "#8c564b", "Person": "#e377c2", "MilitaryUnit": "#7f7f7f",
            "Place": "#17becf"}
_WD = "http://www.wikidata.org/entity/"

_ENTITIES = f"""
SELECT ?entity ?class (SAMPLE(?l) AS ?label) WHERE {{
  ?entity a ?class . FILTER(?class IN ({", ".join(f"<{KG}{c}>" for c in ENTITY_CLASSES)}))
  OPTIONAL {{ ?entity <http://www.w3.org/2000/01/rdf-schema#label> ?l }}
}} GROUP BY ?entity ?class
"""

_FACTS = f"""
SELECT ?statement ?relation ?subject ?object ?value ?modality ?start ?end ?evidence ?article ?contradiction
       ?retracted WHERE {{
  ?statement <{KG}relation> ?relation ; <{KG}subject> ?subject ; <{KG}modality> ?modality ;
             <{KG}inArticle> ?articleNode .
  ?articleNode <{KG}articleId> ?article .
  OPTIONAL {{ ?statement <{KG}object> ?object }}
  OPTIONAL {{ ?statement <{KG}objectValue> ?value }}
  OPTIONAL {{ ?statement <{KG}earliestDate> ?start }}
  OPTIONAL {{ ?statement <{KG}latestDate> ?end }}
  OPTIONAL {{ ?statement <{KG}evidenceText> ?evidence }}
  OPTIONAL {{ ?statement <{KG}contradiction> ?contradiction }}
  OPTIONAL {{ ?statement <{KG}retracted> ?retracted }}
}}
"""


@dataclass(frozen=True)
class ViewData:
    """What the page draws: nodes, edges (each with its facts) and facts about single nodes."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]

    def to_json(self) -> str:
        # Safe inside <script>: no "</" can close the element early.
        return json.dumps({"nodes": self.nodes, "edges": self.edges}, ensure_ascii=False,
                          sort_keys=True).replace("</", "<\\/")


def _value(term: object) -> str | None:
    return None if term is None else term.value  # type: ignore[attr-defined]


def view_data(store: ox.Store, *, keep: Iterable[str] | None = None) -> ViewData:
    """Nodes and edges of the graph (only around the entities in ``keep``, when given)."""
    kept = set(keep) if keep is not None else None
    nodes: dict[str, dict[str, Any]] = {}
    for row in store.query(_ENTITIES, use_default_graph_as_union=True):  # type: ignore[union-attr]
        iri, cls, label = row[0].value, row[1].value.rsplit("#", 1)[-1], _value(row[2])
        if kept is not None and iri not in kept:
            continue
        node = nodes.setdefault(iri, {"id": iri, "label": label or iri.rsplit("/", 1)[-1], "classes": [],
                                      "qid": iri[len(_WD):] if iri.startswith(_WD) else None, "facts": []})
        if cls not in node["classes"]:
            node["classes"].append(cls)
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in store.query(_FACTS, use_default_graph_as_union=True):  # type: ignore[union-attr]
        (statement, relation, subject, obj, value, modality, start, end, evidence, article, contradiction,
         retracted) = (_value(t) for t in row)
        if retracted is not None or subject not in nodes:
            continue
        fact = {"statement": statement, "relation": relation.rsplit("#", 1)[-1],  # type: ignore[union-attr]
                "modality": modality.rsplit("#", 1)[-1].lower(), "start": start, "end": end,  # type: ignore[union-attr]
                "evidence": evidence, "article": article, "contradicted": contradiction is not None,
                "value": value}
        if obj is not None and obj in nodes:
            key = (subject, fact["relation"], obj)  # type: ignore[assignment]
            edge = edges.setdefault(key, {"id": f"e{len(edges)}", "source": subject, "target": obj,
                                          "label": fact["relation"], "facts": []})
            if statement not in {f["statement"] for f in edge["facts"]}:
                edge["facts"].append(fact)
        elif obj is None:
            nodes[subject]["facts"].append(fact)  # type: ignore[index]
    for node in nodes.values():
        node["facts"].sort(key=lambda f: (f["start"] or "", f["relation"], f["statement"]))
        node["class"] = node["classes"][0]
    ordered_edges = sorted(edges.values(), key=lambda e: (e["source"], e["label"], e["target"]))
    for number, edge in enumerate(ordered_edges):
        edge["id"] = f"e{number}"
        edge["facts"].sort(key=lambda f: (f["start"] or "", f["article"], f["statement"]))
        edge["contradicted"] = any(f["contradicted"] for f in edge["facts"])
        edge["modalities"] = sorted({f["modality"] for f in edge["facts"]})
    return ViewData(sorted(nodes.values(), key=lambda n: n["id"]), ordered_edges)


def render_view(data: ViewData, *, title: str = "kg graph") -> str:
    """The self-contained HTML page for ``data``."""
    library = _ASSET.read_text(encoding="utf-8")
    colours = json.dumps(_COLOURS)
    return _PAGE.replace("__TITLE__", html.escape(title)).replace("__LIBRARY__", library.replace("</script", "<\\/script")) \
        .replace("__DATA__", data.to_json()).replace("__COLOURS__", colours)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>__TITLE__</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body { margin: 0; font: 14px/1.4 system-ui, sans-serif; display: grid; grid-template-columns: 1fr 360px;
        grid-template-rows: auto 1fr 180px; height: 100vh; }
 header { grid-column: 1 / 3; padding: 6px 10px; background: #f4f4f4; border-bottom: 1px solid #ccc; }
 header label { margin-right: 8px; white-space: nowrap; }
 #cy { grid-row: 2; grid-column: 1; }
 #details { grid-row: 2 / 4; grid-column: 2; overflow: auto; padding: 8px; border-left: 1px solid #ccc; }
 #timeline { grid-row: 3; grid-column: 1; overflow: auto; border-top: 1px solid #ccc; padding: 4px 10px; }
 .fact { border-bottom: 1px solid #eee; padding: 4px 0; }
 .contradicted { color: #c00; }
 .legend span { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin: 0 3px 0 8px; }
</style></head>
<body>
<header>
 <strong>__TITLE__</strong>
 <span id="counts"></span>
 <span id="relations"></span> |
 <span id="modalities"></span> |
 years <input id="from" type="number" style="width:5em"> to <input id="to" type="number" style="width:5em">
 <span class="legend" id="legend"></span>
</header>
<div id="cy"></div>
<div id="details"><p>Click a node or an edge to see its facts, with the sentence each comes from.</p></div>
<div id="timeline"></div>
<script>__LIBRARY__</script>
<script>
"use strict";
const DATA = __DATA__;
const COLOURS = __COLOURS__;
const started = performance.now();
function esc(text) { const d = document.createElement("div"); d.textContent = text == null ? "" : String(text); return d.innerHTML; }
function year(fact) { return fact.start ? parseInt(fact.start.slice(0, 4), 10) : null; }
const big = DATA.nodes.length > 300;
const cy = cytoscape({
  container: document.getElementById("cy"),
  elements: {
    nodes: DATA.nodes.map(n => ({ data: { id: n.id, label: n.label, cls: n.class } })),
    edges: DATA.edges.map(e => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label,
                                           contradicted: e.contradicted ? 1 : 0 } })),
  },
  style: [
    { selector: "node", style: { "background-color": n => COLOURS[n.data("cls")] || "#999", "label": "data(label)",
      "font-size": 10, "min-zoomed-font-size": 8, "width": 18, "height": 18 } },
    { selector: "edge", style: { "width": 1.5, "line-color": "#999", "target-arrow-shape": "triangle",
      "target-arrow-color": "#999", "curve-style": big ? "haystack" : "bezier", "label": big ? "" : "data(label)",
      "font-size": 8, "min-zoomed-font-size": 8, "text-rotation": "autorotate" } },
    { selector: "edge[contradicted = 1]", style: { "line-color": "#c00", "line-style": "dashed", "width": 3,
      "target-arrow-color": "#c00" } },
    { selector: ":selected", style: { "border-width": 3, "border-color": "#000", "line-color": "#000" } },
  ],
  layout: { name: big ? "grid" : "cose", animate: false, randomize: false },
  textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: 1,
});
const facts = new Map(DATA.edges.map(e => [e.id, e.facts]));
const nodeFacts = new Map(DATA.nodes.map(n => [n.id, n]));
function factHtml(f) {
  const when = f.start ? (f.start === f.end || !f.end ? f.start : f.start + " .. " + f.end) : "";
  return '<div class="fact' + (f.contradicted ? " contradicted" : "") + '"><b>' + esc(f.relation) + "</b> " +
    (f.value ? esc(f.value) + " " : "") + "<i>" + esc(f.modality) + "</i> " + esc(when) +
    (f.contradicted ? " <b>contradicts reference data</b>" : "") + "<br>&ldquo;" + esc(f.evidence) +
    "&rdquo; <small>(" + esc(f.article) + ")</small></div>";
}
function wikidata(n) {
  return n.qid ? ' <a href="https://www.wikidata.org/wiki/' + esc(n.qid) + '" target="_blank">' + esc(n.qid) + "</a>" : " (no Wikidata link)";
}
function show(el) {
  const box = document.getElementById("details");
  if (el.isNode()) {
    const n = nodeFacts.get(el.id());
    const linked = el.connectedEdges().map(e => facts.get(e.id())).flat();
    box.innerHTML = "<h3>" + esc(n.label) + "</h3><p>" + esc(n.classes.join(", ")) + wikidata(n) + "</p>" +
      n.facts.map(factHtml).join("") + linked.map(factHtml).join("");
  } else {
    const src = nodeFacts.get(el.source().id()), dst = nodeFacts.get(el.target().id());
    box.innerHTML = "<h3>" + esc(src.label) + " &rarr; " + esc(el.data("label")) + " &rarr; " + esc(dst.label) +
      "</h3><p>" + wikidata(src) + " &rarr;" + wikidata(dst) + "</p>" + facts.get(el.id()).map(factHtml).join("");
  }
}
cy.on("tap", "node, edge", ev => show(ev.target));
const relations = [...new Set(DATA.edges.map(e => e.label))].sort();
const modalities = ["asserted", "planned", "reported", "negated"];
function boxes(id, values) {
  document.getElementById(id).innerHTML = values.map(v =>
    '<label><input type="checkbox" checked value="' + esc(v) + '"> ' + esc(v) + "</label>").join("");
}
boxes("relations", relations);
boxes("modalities", modalities);
document.getElementById("legend").innerHTML = Object.entries(COLOURS).map(([c, colour]) =>
  '<span style="background:' + colour + '"></span>' + esc(c)).join("");
function checked(id) { return new Set([...document.querySelectorAll("#" + id + " input:checked")].map(i => i.value)); }
function applyFilters() {
  const rel = checked("relations"), mod = checked("modalities");
  const from = parseInt(document.getElementById("from").value, 10), to = parseInt(document.getElementById("to").value, 10);
  cy.batch(() => cy.edges().forEach(edge => {
    const keep = rel.has(edge.data("label")) && facts.get(edge.id()).some(f => mod.has(f.modality) &&
      (isNaN(from) || year(f) === null || year(f) >= from) && (isNaN(to) || year(f) === null || year(f) <= to));
    edge.style("display", keep ? "element" : "none");
  }));
  drawTimeline(rel, mod, from, to);
}
function drawTimeline(rel, mod, from, to) {
  const dated = [];
  DATA.edges.forEach(e => e.facts.forEach(f => dated.push([f, e])));
  DATA.nodes.forEach(n => n.facts.forEach(f => dated.push([f, { source: n.id, target: null, label: f.relation }])));
  const rows = dated.filter(([f, e]) => f.start && mod.has(f.modality) && (!e.target || rel.has(e.label)) &&
      (isNaN(from) || year(f) >= from) && (isNaN(to) || year(f) <= to))
    .sort((a, b) => a[0].start < b[0].start ? -1 : a[0].start > b[0].start ? 1 : 0);
  document.getElementById("timeline").innerHTML = "<b>Timeline</b> (" + rows.length + " dated facts)" +
    rows.map(([f, e]) => '<div class="fact' + (f.contradicted ? " contradicted" : "") + '">' + esc(f.start) + " " +
      esc(nodeFacts.get(e.source).label) + " " + esc(f.relation) + " " +
      esc(e.target ? nodeFacts.get(e.target).label : (f.value || "")) + " <i>" + esc(f.modality) + "</i></div>").join("");
}
document.querySelector("header").addEventListener("change", applyFilters);
drawTimeline(new Set(relations), new Set(modalities), NaN, NaN);
document.getElementById("counts").textContent = DATA.nodes.length + " entities, " + DATA.edges.length + " relations | ";
cy.ready(() => {
  window.kgView = { cy: cy, drawMs: performance.now() - started, ready: true };
  document.body.setAttribute("data-draw-ms", String(Math.round(window.kgView.drawMs)));
});
</script>
</body></html>
"""
