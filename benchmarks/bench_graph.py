"""Graph benchmark: build, export, stored queries, re-ingest and push at a million triples, with a
plain-rdflib baseline and raw pyoxigraph (the practical limit) measured in the same run.

Usage::

    python benchmarks/bench_graph.py [--articles 1000] [--seed 1] [--work DIR]
                                     [--scenarios build,baseline,limit,queries,update,push]
                                     [--jobs 2] [--repeat 20] [--rdflib-query-cap 60] [--json results.json]

Steps:

1. Generate ``--articles`` articles with their gold fact sheets (``generate.py``; about 1,270 quads
   an article, so 1,000 articles give about 1.27 million), or reuse them from ``--work``.
2. Each scenario runs in a child process of its own, so that its peak memory (``ru_maxrss``) is its
   own, and prints one table:

   * ``build``: kg reads the sheets and maps them in ``--jobs`` processes into its default in-memory
     store (``kg.build_graph``, as ``kg build --jobs`` does) and saves N-Quads, TriG, Turtle and
     N-Triples (sorted, byte-stable);
   * ``baseline``: the same sheets mapped by kg's mapper into ``rdflib.Dataset`` (memory store) and
     written with rdflib's serialisers;
   * ``limit``: raw pyoxigraph: bulk load of kg's N-Quads and dumps of the same triples, unsorted;
   * ``queries``: median and p95 latency of every stored query on the built graph, through kg
     (``kg.engines.run_query``), against the same query text on raw pyoxigraph and, once per query
     with a time cap, on rdflib;
   * ``update``: the same sheets into a persistent store with history (``KnowledgeGraph.open``), then
     1,000 changed articles re-ingested into it, and the same 1,000 unchanged (each a no-op), each
     pass through ``kg.build_graph`` with ``--jobs`` processes, as ``kg build --store DIR --jobs`` does;
   * ``push``: ``kg push`` of the N-Quads into an Oxigraph server on 127.0.0.1 (the ``oxigraph``
     binary beside this Python, from PyPI), against one Graph Store POST of the whole file.

3. A summary of the ratios against the issue's targets.

Nothing here is part of the test suite; nothing in the test suite times anything.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

_REPO = Path(__file__).resolve().parents[1]
SCENARIOS = ("build", "baseline", "limit", "queries", "update", "push")
FORMATS = ("nquads", "trig", "turtle", "ntriples")

# Stored queries with a bound parameter (one alliance, one state, one article) and over the whole graph.
# ``ARTICLE`` is replaced by the id of the first article.
BOUND_CALLS: tuple[tuple[str, dict[str, str]], ...] = (
    ("memberships/members", {"organisation": "NATO"}),
    ("memberships/observers-and-partners", {"organisation": "CSTO"}),
    ("memberships/of-state", {"state": "Serbia"}),
    ("exercises/exercises", {"participant": "Serbia"}),
    ("exercises/co-participation", {"state": "Serbia"}),
    ("agreements/agreements", {"state": "Serbia"}),
    ("exercises/of-party", {"party": "Serbia"}),
    ("exercises/partners", {"state": "Serbia"}),
    ("agreements/of-party", {"party": "Serbia"}),
    ("statements/about", {"entity": "Serbia"}),
    ("statements/quotes", {"article": "ARTICLE"}),
    ("articles/facts", {"article": "ARTICLE"}),
    ("timeline/state", {"state": "Serbia"}),
    ("modality/facts", {"entity": "Serbia"}),
    ("quality/contradictions", {"entity": "Serbia"}),
)
WHOLE_GRAPH_CALLS: tuple[tuple[str, dict[str, str]], ...] = (
    ("memberships/observers-and-partners", {}),
    ("exercises/exercises", {}),
    ("exercises/co-participation", {}),
    ("agreements/agreements", {}),
    ("statements/quotes", {}),
    ("modality/summary", {}),
    ("modality/facts", {}),
    ("quality/contradictions", {}),
    ("quality/unlinked", {}),
    ("wikidata/truthy-projection", {}),
)


# -- measuring --------------------------------------------------------------------------------------


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _children_peak_mib() -> float:
    """The peak of the largest worker process this one waited for (0 if none)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


class _Clock:
    """Named wall-clock timings, in order."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextlib.contextmanager
    def time(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        self.seconds[name] = time.perf_counter() - started


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


# -- the input --------------------------------------------------------------------------------------


def _ensure_articles(work: Path, count: int, seed: int) -> Path:
    from generate import GENERATOR_VERSION, generate

    folder = work / f"articles-v{GENERATOR_VERSION}-seed{seed}-n{count}"
    if not (folder / "DONE").exists():
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        generate(count, folder, seed=seed)
        (folder / "DONE").write_text("")
        print(f"generated {count} articles into {folder} in {time.perf_counter() - started:.1f} s", flush=True)
    return folder


def _read_sheets(folder: Path) -> list[Any]:
    from kg.factsheets import read_fact_sheet

    return [read_fact_sheet(path) for path in sorted(folder.glob("*.json"))]


# -- scenarios (each runs in its own child process) -------------------------------------------------


def scenario_build(articles: Path, work: Path, jobs: int, **_: Any) -> dict[str, Any]:
    import pyoxigraph as ox

    from kg.export import RdfFormat
    from kg.pipeline import build_graph

    clock = _Clock()
    with clock.time("read + map + insert"):
        result = build_graph(sorted(articles.glob("*.json")), jobs=jobs)
    graph = result.graph
    quads = len(graph)
    outputs: dict[str, Any] = {}
    for name in FORMATS:
        path = work / f"kg.{name}"
        with clock.time(f"write {name}"):
            written = graph.save(path, RdfFormat(name))
        outputs[name] = {"statements": written, "bytes": path.stat().st_size, "sha256": _digest(path)}
    with clock.time("N-Quads unsorted (pyoxigraph's dump of the same store)"):
        graph.store.dump(str(work / "kg-unsorted.nquads"), ox.RdfFormat.N_QUADS)
    return {"seconds": clock.seconds, "quads": quads, "outputs": outputs, "articles": len(result.report.results),
            "jobs": jobs, "peak_mib": _peak_mib(), "worker_peak_mib": _children_peak_mib()}


def scenario_baseline(articles: Path, work: Path, **_: Any) -> dict[str, Any]:
    import rdflib

    from kg.engines import to_rdflib
    from kg.mapping import Mapper
    from kg.ontology import ONTOLOGY_IRI, load_ontology
    from kg.resources import ontology_path

    clock = _Clock()
    with clock.time("read sheets"):
        sheets = _read_sheets(articles)
    with clock.time("map + insert"):
        ontology = load_ontology()
        mapper = Mapper(ontology)
        dataset = rdflib.Dataset()
        dataset.graph(rdflib.URIRef(ONTOLOGY_IRI)).parse(ontology_path(), format="turtle")
        for sheet in sheets:
            mapped = mapper.map_sheet(sheet)
            named = dataset.graph(rdflib.URIRef(mapped.graph.value))
            for quad in mapped.quads:
                named.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    quads = sum(1 for _ in dataset.quads((None, None, None, None)))
    outputs: dict[str, Any] = {}
    union: rdflib.Graph | None = None
    for name in FORMATS:
        path = work / f"rdflib.{name}"
        with clock.time(f"write {name}"):
            if name in ("nquads", "trig"):
                dataset.serialize(path, format=name)
            else:
                if union is None:  # Turtle and N-Triples hold the union of the graphs, as kg writes them
                    union = rdflib.Graph()
                    for s, p, o, _g in dataset.quads((None, None, None, None)):
                        union.add((s, p, o))
                union.serialize(path, format={"turtle": "turtle", "ntriples": "nt"}[name])
        outputs[name] = {"bytes": path.stat().st_size}
    return {"seconds": clock.seconds, "quads": quads, "outputs": outputs, "peak_mib": _peak_mib()}


def scenario_limit(work: Path, **_: Any) -> dict[str, Any]:
    import pyoxigraph as ox

    clock = _Clock()
    store = ox.Store()
    with clock.time("bulk load N-Quads"):
        store.bulk_load(path=str(work / "kg.nquads"), format=ox.RdfFormat.N_QUADS)
    quads = len(store)
    outputs: dict[str, Any] = {}
    for name, rdf_format in (("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        path = work / f"raw.{name}"
        with clock.time(f"write {name}"):
            store.dump(str(path), rdf_format)
        outputs[name] = {"bytes": path.stat().st_size}
    for name, rdf_format in (("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES)):
        path = work / f"raw.{name}"
        with clock.time(f"write {name}"):
            # The union of the named graphs, as kg writes it (a CONSTRUCT does not remove duplicates)
            answer = store.query("CONSTRUCT WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
            answer.serialize(str(path), rdf_format)  # type: ignore[union-attr]
        outputs[name] = {"bytes": path.stat().st_size}
    return {"seconds": clock.seconds, "quads": quads, "outputs": outputs, "peak_mib": _peak_mib()}


def _calls(first_article: str) -> list[tuple[str, str, dict[str, str]]]:
    def concrete(params: dict[str, str]) -> dict[str, str]:
        return {k: (first_article if v == "ARTICLE" else v) for k, v in params.items()}

    return ([("bound", name, concrete(params)) for name, params in BOUND_CALLS]
            + [("whole graph", name, params) for name, params in WHOLE_GRAPH_CALLS])


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def _cap(seconds: int) -> Iterator[None]:
    """Interrupt pure-Python work (rdflib) after ``seconds``."""
    def expire(*_: object) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def scenario_queries(work: Path, repeat: int, rdflib_query_cap: int, slow_query: float, **_: Any) -> dict[str, Any]:
    import pyoxigraph as ox

    from kg.engines import OxigraphEngine, RdflibEngine, _NameResolver, load_dataset, run_query
    from kg.errors import QueryError
    from kg.export import PREFIXES
    from kg.linking.gazetteer import Gazetteer
    from kg.queries import load_catalog, with_values

    catalog = load_catalog()
    gazetteer = Gazetteer.load()  # loaded once, as KnowledgeGraph.run does
    store = ox.Store()
    store.bulk_load(path=str(work / "kg.nquads"), format=ox.RdfFormat.N_QUADS)
    engine = OxigraphEngine(store)
    first_article = min(q.object.value for q in store.quads_for_pattern(
        None, ox.NamedNode("https://w3id.org/kg/ontology#articleId"), None))
    rows_out: list[dict[str, Any]] = []
    for kind, name, params in _calls(first_article):
        query = catalog[name]
        timings, raw_timings = [], []
        rows = 0
        runs = repeat + 1  # the first run warms caches and is not counted
        while len(timings) < runs:
            started = time.perf_counter()
            result = run_query(query, params, engine, gazetteer=gazetteer)
            timings.append(time.perf_counter() - started)
            rows = len(result.rows or ()) + len(result.triples or ())
            if timings[0] > slow_query:  # a slow query is timed once: its figure is what matters
                runs = 1
        bindings = query.bind(params, resolve=_NameResolver(engine, gazetteer))
        text = with_values(query.text, bindings)
        while len(raw_timings) < runs:
            started = time.perf_counter()
            list(store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True))
            raw_timings.append(time.perf_counter() - started)
        counted, raw_counted = (timings[1:], raw_timings[1:]) if runs > 1 else (timings, raw_timings)
        rows_out.append({"kind": kind, "query": name, "params": params, "rows": rows, "runs": len(counted),
                         "median": statistics.median(counted), "p95": _p95(counted),
                         "raw_median": statistics.median(raw_counted), "text": text})
    peak = _peak_mib()
    del store, engine
    # rdflib: the same queries once each, with a cap
    started = time.perf_counter()
    dataset = load_dataset(work / "kg.nquads")
    rdflib_load = time.perf_counter() - started
    rdflib_engine = RdflibEngine(dataset)
    for row in rows_out:
        query = catalog[row["query"]]
        bindings = query.bind(row["params"], resolve=_NameResolver(rdflib_engine, gazetteer))
        try:
            with _cap(rdflib_query_cap):
                started = time.perf_counter()
                rdflib_engine.run(query, bindings)
                row["rdflib"] = time.perf_counter() - started
        except (_Timeout, QueryError) as exc:  # kg's rdflib engine reports the interruption as a QueryError
            if not isinstance(exc, _Timeout) and not isinstance(exc.__cause__, _Timeout):
                raise
            row["rdflib"] = None
        row.pop("text")
    return {"rows": rows_out, "peak_mib": peak, "rdflib_load": rdflib_load, "rdflib_peak_mib": _peak_mib(),
            "first_article": first_article}


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _changed(sheet: Any) -> Any:
    """The article as a newspaper would correct it: its last fact withdrawn. (Its title comes from the
    text beside the sheet, which stays as it was.)"""
    return replace(sheet, facts=sheet.facts[:-1])


def _write_changed(articles: Path, folder: Path, count: int) -> list[Path]:
    """The first ``count`` sheets as their publisher corrected them, each with its article beside it."""
    from kg.factsheets import read_fact_sheet, write_fact_sheet

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    written = []
    for path in sorted(articles.glob("*.json"))[:count]:
        write_fact_sheet(_changed(read_fact_sheet(path)), folder / path.name)
        shutil.copyfile(path.with_suffix(".txt"), folder / path.with_suffix(".txt").name)
        written.append(folder / path.name)
    return written


def scenario_update(articles: Path, work: Path, jobs: int, **_: Any) -> dict[str, Any]:
    from kg.graph import KnowledgeGraph
    from kg.pipeline import build_graph

    clock = _Clock()
    folder = work / "store"
    shutil.rmtree(folder, ignore_errors=True)
    changed = _write_changed(articles, work / "changed", 1000)
    graph = KnowledgeGraph.open(folder)
    with clock.time("build into a persistent store (with history)"):
        build_graph(sorted(articles.glob("*.json")), graph=graph, jobs=jobs)
        graph.flush()
    quads = len(graph)
    with clock.time(f"re-ingest {len(changed)} changed articles"):
        statuses = [r.status for r in build_graph(changed, graph=graph, jobs=jobs).report.results]
        graph.flush()
    with clock.time(f"re-ingest the same {len(changed)} again (unchanged)"):
        again = [r.status for r in build_graph(changed, graph=graph, jobs=jobs).report.results]
    after = len(graph)
    graph.close()
    return {"seconds": clock.seconds, "quads_before": quads, "quads_after": after, "jobs": jobs,
            "replaced": statuses.count("replaced"), "unchanged": again.count("unchanged"), "peak_mib": _peak_mib(),
            "worker_peak_mib": _children_peak_mib()}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def _oxigraph_server(folder: Path) -> Iterator[str]:
    import requests

    binary = Path(sys.executable).parent / "oxigraph"
    if not binary.exists():
        raise SystemExit(f"no Oxigraph server at {binary}: install it with '.venv/bin/pip install oxigraph'")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    port = _free_port()
    with (folder / "server.log").open("wb") as log:
        process = subprocess.Popen([str(binary), "serve", "--location", str(folder / "data"), "--bind",
                                    f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{base}/query", params={"query": "ASK {}"}, timeout=2).ok:
                    break
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit(f"the Oxigraph server did not start: see {folder / 'server.log'}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def scenario_push(work: Path, **_: Any) -> dict[str, Any]:
    import requests

    from kg.remote import Endpoint, SparqlClient, push

    clock = _Clock()
    source = work / "kg.nquads"
    result: dict[str, Any] = {}
    with _oxigraph_server(work / "server-kg") as base:
        client = SparqlClient(Endpoint.from_url(f"{base}/query"), timeout=600)
        with clock.time("kg push (per graph, counted)"):
            report = push(source, client)
        result["sent"], result["stored"], result["graphs"] = report.sent, report.stored, len(report.loads)
    with _oxigraph_server(work / "server-raw") as base:
        with clock.time("one Graph Store POST of the file"), source.open("rb") as body:
            answer = requests.post(f"{base}/store", data=body, headers={"Content-Type": "application/n-quads"},
                                   timeout=600)
            answer.raise_for_status()
    result["seconds"] = clock.seconds
    result["peak_mib"] = _peak_mib()
    return result


_SCENARIO_FUNCTIONS: dict[str, Callable[..., dict[str, Any]]] = {
    "build": scenario_build, "baseline": scenario_baseline, "limit": scenario_limit,
    "queries": scenario_queries, "update": scenario_update, "push": scenario_push,
}


# -- reporting ------------------------------------------------------------------------------------


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = lambda cells: "| " + " | ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(
        zip(cells, widths))) + " |"  # noqa: E731
    rule = "| " + " | ".join(("-" * w) if not i else ("-" * (w - 1) + ":") for i, w in enumerate(widths)) + " |"
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def _load_seconds(result: dict[str, Any]) -> float:
    seconds = result["seconds"]
    if "read + map + insert" in seconds:
        return float(seconds["read + map + insert"])
    return float(seconds["read sheets"] + seconds["map + insert"])


def _print_build(results: dict[str, dict[str, Any]]) -> None:
    kg, base, raw = results.get("build"), results.get("baseline"), results.get("limit")
    if not kg:
        return
    quads = kg["quads"]
    print(f"\n## Build and export: {kg['articles']} articles, {quads:,} quads "
          f"(kg peak {kg['peak_mib']:.0f} MiB"
          + (f", rdflib {base['peak_mib']:.0f} MiB" if base else "")
          + (f", raw pyoxigraph {raw['peak_mib']:.0f} MiB" if raw else "") + ")\n")
    jobs = kg.get("jobs", 1)
    steps = [(f"load (kg: read sheets + map + insert, {jobs} process{'es' if jobs > 1 else ''}; "
              "rdflib: the same in one; raw: bulk load N-Quads)", _load_seconds(kg),
              base and base["seconds"]["read sheets"] + base["seconds"]["map + insert"],
              raw and raw["seconds"]["bulk load N-Quads"])]
    steps += [(f"write {name}", kg["seconds"][f"write {name}"], base and base["seconds"][f"write {name}"],
               raw and raw["seconds"][f"write {name}"]) for name in FORMATS]
    total = ("total", sum(s[1] for s in steps), base and sum(s[2] for s in steps), raw and sum(s[3] for s in steps))
    rows = []
    for label, mine, theirs, limit in [*steps, total]:
        rows.append([label, f"{mine:.2f}", f"{theirs:.2f}" if theirs else "-", f"{limit:.2f}" if limit else "-",
                     f"{quads / mine:,.0f}", f"{theirs / mine:.1f}x" if theirs else "-",
                     f"{mine / limit:.2f}" if limit else "-"])
    print(_table(["step", "kg s", "rdflib s", "raw s", "kg quads/s", "rdflib/kg", "kg/raw"], rows))
    unsorted = kg["seconds"]["N-Quads unsorted (pyoxigraph's dump of the same store)"]
    workers = f" (largest worker {kg['worker_peak_mib']:.0f} MiB)" if kg.get("worker_peak_mib") else ""
    print(f"\nkg: sheets read, mapped and inserted in {_load_seconds(kg):.2f} s with {jobs} process"
          f"{'es' if jobs > 1 else ''}{workers}; the same store dumped as N-Quads unsorted in {unsorted:.2f} s, "
          f"so sorting costs {kg['seconds']['write nquads'] - unsorted:.2f} s of the N-Quads")
    print("kg outputs: " + ", ".join(f"{n} {o['statements']:,} ({o['bytes'] / 1e6:.0f} MB, sha256 {o['sha256']})"
                                     for n, o in kg["outputs"].items()))
    if base:
        print(f"rdflib holds {base['quads']:,} quads (kg {quads:,})")


def _print_queries(result: dict[str, Any]) -> None:
    print(f"\n## Stored queries on the built graph (embedded pyoxigraph store; rdflib parsed the N-Quads in "
          f"{result['rdflib_load']:.1f} s, peak {result['rdflib_peak_mib']:.0f} MiB)\n")
    rows = []
    for row in result["rows"]:
        params = ", ".join(f"{k}={v}" for k, v in row["params"].items()) or "-"
        rdflib_s = "timeout" if row["rdflib"] is None else f"{row['rdflib'] * 1000:,.0f}"
        rows.append([row["query"], params[:32], row["kind"], f"{row['rows']:,}", str(row["runs"]),
                     f"{row['median'] * 1000:,.1f}", f"{row['p95'] * 1000:,.1f}", f"{row['raw_median'] * 1000:,.1f}",
                     f"{row['median'] / row['raw_median']:.2f}", rdflib_s])
    print(_table(["query", "parameters", "kind", "rows", "runs", "median ms", "p95 ms", "raw ms", "kg/raw",
                  "rdflib ms (once)"],
                 rows))


def _print_update(result: dict[str, Any]) -> None:
    print(f"\n## Update: persistent store, {result['quads_before']:,} quads before, {result['quads_after']:,} after; "
          f"{result['replaced']} replaced, {result['unchanged']} unchanged on the second pass; "
          f"{result.get('jobs', 1)} process(es) reading and mapping; peak {result['peak_mib']:.0f} MiB\n")
    print(_table(["step", "seconds"], [[k, f"{v:.2f}"] for k, v in result["seconds"].items()]))


def _print_push(result: dict[str, Any]) -> None:
    print(f"\n## Push to an Oxigraph server on 127.0.0.1: {result['sent']:,} triples sent in {result['graphs']} "
          f"graphs, {result['stored']:,} counted afterwards; peak {result['peak_mib']:.0f} MiB\n")
    sent = result["sent"]
    print(_table(["step", "seconds", "triples/s"], [[k, f"{v:.2f}", f"{sent / v:,.0f}"]
                                                   for k, v in result["seconds"].items()]))


def _summary(results: dict[str, dict[str, Any]]) -> None:
    print("\n## Against the targets\n")
    kg, base, raw = results.get("build"), results.get("baseline"), results.get("limit")
    lines = []
    if kg and base:
        mine = sum(v for k, v in kg["seconds"].items() if "unsorted" not in k)
        theirs = sum(base["seconds"].values())
        lines.append(f"build + export: kg {mine:.1f} s, rdflib {theirs:.1f} s: {theirs / mine:.1f}x faster "
                     f"(target >= 10x)")
    if kg and raw:
        mine = sum(v for k, v in kg["seconds"].items() if "unsorted" not in k)
        limit = sum(raw["seconds"].values())
        lines.append(f"build + export: kg / raw pyoxigraph = {mine / limit:.2f} (target <= 1.5; raw loads N-Quads, "
                     f"kg maps fact sheets)")
    if kg:
        lines.append(f"peak memory of the kg build: {kg['peak_mib']:.0f} MiB (target < 2,048)")
    queries = results.get("queries")
    if queries:
        bound = [r["median"] for r in queries["rows"] if r["kind"] == "bound"]
        whole = [r["median"] / r["raw_median"] for r in queries["rows"] if r["kind"] == "whole graph"]
        lines.append(f"bound queries: largest median {max(bound) * 1000:.1f} ms (target < 50 ms)")
        lines.append(f"whole-graph queries: kg / raw pyoxigraph at most {max(whole):.2f} (target <= 1.5)")
    update = results.get("update")
    if update:
        key = next(k for k in update["seconds"] if k.startswith("re-ingest") and "changed" in k)
        lines.append(f"{key}: {update['seconds'][key]:.1f} s (target < 10 s)")
    for line in lines:
        print(f"* {line}")


# -- driver -----------------------------------------------------------------------------------------


def _run_child(scenario: str, args: argparse.Namespace, articles: Path, work: Path) -> dict[str, Any]:
    output = work / f"{scenario}.json"
    command = [sys.executable, __file__, "--child", scenario, "--articles-dir", str(articles), "--work", str(work),
               "--repeat", str(args.repeat), "--jobs", str(args.jobs),
               "--rdflib-query-cap", str(args.rdflib_query_cap), "--slow-query", str(args.slow_query), "--child-output", str(output)]
    started = time.perf_counter()
    print(f"running {scenario} ...", flush=True)
    subprocess.run(command, check=True)
    print(f"  {scenario} done in {time.perf_counter() - started:.1f} s", flush=True)
    return json.loads(output.read_text())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="generated articles (about 1,270 quads each)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-graph",
                        help="folder for the articles, the outputs and the stores (reused between runs)")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS),
                        help=f"comma-separated, from {', '.join(SCENARIOS)} (queries, limit and push need build)")
    parser.add_argument("--jobs", type=int, default=2, help="processes kg's build reads and maps sheets in")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs of each query (after one warm-up)")
    parser.add_argument("--rdflib-query-cap", type=int, default=60, help="seconds rdflib may spend on one query")
    parser.add_argument("--slow-query", type=float, default=2.0,
                        help="a query whose first run takes longer is timed once instead of --repeat times")
    parser.add_argument("--reuse", action="store_true",
                        help="print the figures of scenarios not run now from the last run's files in --work")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--child", choices=SCENARIOS, help=argparse.SUPPRESS)
    parser.add_argument("--articles-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        result = _SCENARIO_FUNCTIONS[args.child](articles=args.articles_dir, work=args.work, repeat=args.repeat,
                                                 jobs=args.jobs, rdflib_query_cap=args.rdflib_query_cap,
                                                 slow_query=args.slow_query)
        args.child_output.write_text(json.dumps(result))
        return 0

    scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = set(scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s) {', '.join(sorted(unknown))}; choose from {', '.join(SCENARIOS)}")
    args.work.mkdir(parents=True, exist_ok=True)
    articles = _ensure_articles(args.work, args.articles, args.seed)
    if "build" not in scenarios and not (args.work / "kg.nquads").exists() and set(scenarios) & {"limit", "queries",
                                                                                                   "push"}:
        parser.error("limit, queries and push read the N-Quads that build writes: add build to --scenarios")
    commit = subprocess.run(["git", "-C", str(_REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    print(f"kg {commit or '?'}, Python {sys.version.split()[0]}, {os.cpu_count()} cores, {args.articles} articles "
          f"(seed {args.seed})", flush=True)
    results = {scenario: _run_child(scenario, args, articles, args.work)
               for scenario in SCENARIOS if scenario in scenarios}
    if args.reuse:
        for scenario in SCENARIOS:
            earlier = args.work / f"{scenario}.json"
            if scenario not in results and earlier.exists():
                results[scenario] = json.loads(earlier.read_text())
                print(f"{scenario}: figures of an earlier run, from {earlier}")
    _print_build(results)
    if "queries" in results:
        _print_queries(results["queries"])
    if "update" in results:
        _print_update(results["update"])
    if "push" in results:
        _print_push(results["push"])
    _summary(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
