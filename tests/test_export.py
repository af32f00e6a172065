"""Export: every format parses back to the same graph, output is byte-stable, writes are atomic."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg import ExportError, KnowledgeGraph, RdfFormat
from kg.export import export_quads
from kg.models import FactSheet

QUAD_FORMATS = {RdfFormat.TRIG: "trig", RdfFormat.NQUADS: "nquads", RdfFormat.JSONLD: "json-ld"}
TRIPLE_FORMATS = {RdfFormat.TURTLE: "turtle", RdfFormat.NTRIPLES: "nt", RdfFormat.RDFXML: "xml"}
SUFFIX = {RdfFormat.TRIG: ".trig", RdfFormat.NQUADS: ".nq", RdfFormat.JSONLD: ".jsonld", RdfFormat.TURTLE: ".ttl",
          RdfFormat.NTRIPLES: ".nt", RdfFormat.RDFXML: ".rdf"}


@pytest.fixture
def graph(small_sheet: FactSheet) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_sheet(small_sheet)
    return graph


def _expected_union(graph: KnowledgeGraph) -> rdflib.Graph:
    data = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in graph.quads()],
                        format=ox.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data, format="nt")


@pytest.mark.parametrize("rdf_format", list(TRIPLE_FORMATS))
def test_export_triple_formats_round_trip_through_rdflib(graph: KnowledgeGraph, tmp_path: Path,
                                                         rdf_format: RdfFormat) -> None:
    path = tmp_path / f"out{SUFFIX[rdf_format]}"
    graph.save(path)
    parsed = rdflib.Graph().parse(path, format=TRIPLE_FORMATS[rdf_format])
    assert isomorphic(parsed, _expected_union(graph))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("rdf_format", list(QUAD_FORMATS))
def test_export_quad_formats_keep_named_graphs(graph: KnowledgeGraph, tmp_path: Path, rdf_format: RdfFormat) -> None:
    path = tmp_path / f"out{SUFFIX[rdf_format]}"
    graph.save(path)
    parsed = rdflib.Dataset()
    parsed.parse(path, format=QUAD_FORMATS[rdf_format])
    names = {str(g.identifier) for g in parsed.graphs() if len(g)}
    assert names == {"https://w3id.org/kg/graph/amber-shield", "https://w3id.org/kg/ontology"}
    # rdflib's isomorphism test is slow on the ontology's many blank nodes: compare the article graph whole,
    # the ontology graph by size
    name = "https://w3id.org/kg/graph/amber-shield"
    assert len(parsed.graph(rdflib.URIRef("https://w3id.org/kg/ontology"))) == len(
        list(graph.store.quads_for_pattern(None, None, None, ox.NamedNode("https://w3id.org/kg/ontology"))))
    for name in [name]:
        ours = rdflib.Graph()
        for q in graph.store.quads_for_pattern(None, None, None, ox.NamedNode(name)):
            ours.parse(data=ox.serialize([ox.Triple(q.subject, q.predicate, q.object)],
                                         format=ox.RdfFormat.N_TRIPLES), format="nt")
        assert isomorphic(parsed.graph(rdflib.URIRef(name)), ours), name
    # pyoxigraph reads back exactly the same quads (blank nodes aside: only the ontology has them)
    back = ox.Store()
    back.load(path=str(path), format=rdf_format.oxigraph)
    assert len(back) == len(graph)


def test_export_is_byte_identical_across_processes(tmp_path: Path, small_sheet: FactSheet) -> None:
    from kg import write_fact_sheet

    sheet_path = tmp_path / "sheet.json"
    write_fact_sheet(small_sheet, sheet_path)
    outputs = []
    for run in range(2):
        out = tmp_path / f"run{run}.trig"
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(sheet_path), "-o", str(out), "-q"], check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(run)})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def _awkward_quads() -> list[ox.Quad]:
    """Terms that a Turtle writer working on text could get wrong."""
    kg, xsd = "https://w3id.org/kg/ontology#", "http://www.w3.org/2001/XMLSchema#"
    subject, graph = ox.NamedNode(kg + "s"), ox.NamedNode("https://w3id.org/kg/graph/a")
    objects = [
        ox.Literal(f'looks like an IRI: <{kg}x> and "^^<{xsd}integer>'),  # IRI text inside a literal
        ox.Literal('ends in a backslash \\', language="en"),
        ox.Literal("two\nlines \"quoted\" and a tab\t"),
        ox.Literal("007", datatype=ox.NamedNode(xsd + "integer")),  # written bare, read back as "007"
        ox.Literal("-12", datatype=ox.NamedNode(xsd + "integer")),
        ox.Literal("1", datatype=ox.NamedNode(xsd + "decimal")),  # no dot: stays typed
        ox.Literal("x", datatype=ox.NamedNode("https://example.org/type#weird")),
        ox.NamedNode(kg + "with.dot"), ox.NamedNode(kg + "-dash-first"), ox.NamedNode(kg + "per%20cent"),
        ox.NamedNode(kg), ox.NamedNode("http://www.wikidata.org/entity/Q403"), ox.BlankNode("b1"),
    ]
    quads = [ox.Quad(subject, ox.NamedNode(kg + "p"), o, graph) for o in objects]
    quads.append(ox.Quad(subject, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                         ox.NamedNode(kg + "State"), graph))
    quads.append(ox.Quad(ox.BlankNode("b1"), ox.NamedNode(kg + "q"), ox.Literal("in the default graph"),
                         ox.DefaultGraph()))
    return quads


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's TriG parser makes a ConjunctiveGraph
@pytest.mark.parametrize("rdf_format", [RdfFormat.TRIG, RdfFormat.TURTLE])
def test_turtle_and_trig_written_from_lines_read_back_as_the_same_terms(tmp_path: Path,
                                                                      rdf_format: RdfFormat) -> None:
    quads = _awkward_quads()
    path = tmp_path / f"out{SUFFIX[rdf_format]}"
    export_quads(quads, path, rdf_format)
    text = path.read_text(encoding="utf-8")
    assert "kg:p" in text and "wd:Q403" in text and " a kg:State" in text  # prefixed names and "a" used
    assert "<https://w3id.org/kg/ontology#with.dot>" in text  # a local name with a dot stays an IRI
    def comparable(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph) -> object:
        return "a blank node" if isinstance(term, ox.BlankNode) else term  # relabelled by RDFC-1.0

    keeps_graph = rdf_format is RdfFormat.TRIG
    expected = {(comparable(q.subject), q.predicate, comparable(q.object), q.graph_name if keeps_graph else None)
                for q in quads}
    back = ox.parse(path=str(path), format=rdf_format.oxigraph)
    got = {(comparable(q.subject), q.predicate, comparable(q.object), q.graph_name if keeps_graph else None)
           for q in back}
    assert got == expected
    parsed = rdflib.Dataset() if keeps_graph else rdflib.Graph()
    parsed.parse(path, format=QUAD_FORMATS.get(rdf_format) or TRIPLE_FORMATS[rdf_format])
    triples = [quad[:3] for quad in parsed.quads((None, None, None, None))] if keeps_graph else list(parsed)
    assert len(triples) == len(quads)
    assert rdflib.Literal("-12", datatype=rdflib.XSD.integer) in {o for _, _, o in triples}


def test_export_format_from_extension_and_unknown_extension(tmp_path: Path) -> None:
    assert RdfFormat.from_path("a.ttl") is RdfFormat.TURTLE
    assert RdfFormat.from_path("a.NQ") is RdfFormat.NQUADS
    with pytest.raises(ExportError, match="extension"):
        RdfFormat.from_path(tmp_path / "graph.txt")


def test_export_rdfxml_refuses_an_iri_it_cannot_carry(tmp_path: Path) -> None:
    quad = ox.Quad(ox.NamedNode("https://example.org/a"), ox.NamedNode("https://example.org/p/"),
                   ox.Literal("x"))
    target = tmp_path / "out.rdf"
    target.write_text("previous")
    with pytest.raises(ExportError, match="RDF/XML cannot carry"):
        export_quads([quad], target)
    assert target.read_text() == "previous"


def test_export_failure_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.ttl"
    target.write_text("previous")

    def broken():
        yield ox.Quad(ox.NamedNode("https://example.org/a"), ox.NamedNode("https://example.org/p"), ox.Literal("x"))
        raise OSError("disk gone")

    with pytest.raises(OSError):
        export_quads(broken(), target)
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]


def test_export_a_killed_build_leaves_the_previous_output(tmp_path: Path, small_sheet: FactSheet) -> None:
    """SIGKILL a build while it writes: the old output stays whole (the new one is renamed in only when done)."""
    target = tmp_path / "out.nt"
    target.write_text("<https://example.org/a> <https://example.org/p> \"previous\" .\n")
    script = textwrap.dedent(f"""
        import pyoxigraph as ox, sys, time
        from kg.export import export_quads
        def slow():
            for i in range(300_000):
                if i == 1000:
                    print("writing", flush=True)
                yield ox.Quad(ox.NamedNode(f"https://example.org/s{{i}}"), ox.NamedNode("https://example.org/p"),
                              ox.Literal(str(i)))
        export_quads(slow(), {str(target)!r})
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "writing"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    assert target.read_text() == "<https://example.org/a> <https://example.org/p> \"previous\" .\n"


@pytest.mark.parametrize("rdf_format", [RdfFormat.NQUADS, RdfFormat.TRIG, RdfFormat.TURTLE, RdfFormat.NTRIPLES])
@pytest.mark.parametrize("include_ontology", [True, False])
def test_export_line_sorted_save_writes_the_bytes_of_the_object_sort(graph: KnowledgeGraph, tmp_path: Path,
                                                                    rdf_format: RdfFormat,
                                                                    include_ontology: bool) -> None:
    by_objects, by_lines = tmp_path / "objects", tmp_path / "lines"
    written = export_quads(graph.quads(include_ontology=include_ontology), by_objects, rdf_format)
    assert graph.save(by_lines, rdf_format, include_ontology=include_ontology) == written
    assert by_lines.read_bytes() == by_objects.read_bytes()


@pytest.mark.parametrize("rdf_format", [RdfFormat.NQUADS, RdfFormat.TURTLE])
def test_export_blank_nodes_or_default_graph_triples_take_the_object_sort(graph: KnowledgeGraph, tmp_path: Path,
                                                                         rdf_format: RdfFormat) -> None:
    # A user's update may put blank nodes in an article graph, or triples in the default graph: their
    # labels must still be stable, so the line sort (which keeps pyoxigraph's labels) is not used.
    graph.store.update("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> "
                       "<https://example.org/p> [ <https://example.org/q> \"x\" ] } "
                       "<https://example.org/d> <https://example.org/p> \"in the default graph\" }")
    saved, canonical = tmp_path / "saved", tmp_path / "canonical"
    graph.save(saved, rdf_format)
    export_quads(graph.quads(), canonical, rdf_format)  # blank nodes labelled by RDFC-1.0, not by the store
    assert saved.read_bytes() == canonical.read_bytes()
    assert b"in the default graph" in saved.read_bytes()
