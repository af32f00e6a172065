"""Write graphs as RDF: TriG and N-Quads keep the named graphs; Turtle, N-Triples, JSON-LD and RDF/XML
write their union (every statement node still carries its article, so no provenance is lost).

Output is sorted, so that two builds of the same input are byte-identical, and written
atomically (see :mod:`kg._io`). Serialisation is pyoxigraph's, except Turtle and TriG, which kg
writes from pyoxigraph's sorted N-Triples lines in the layout pyoxigraph's writer uses.
"""

from __future__ import annotations

import enum
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from ._io import atomic_output
from .errors import ExportError

__all__ = ["PREFIXES", "RdfFormat", "export_quads", "export_store", "graph_nquads", "sorted_quads"]

PREFIXES = {
    "kg": "https://w3id.org/kg/ontology#",
    "role": "https://w3id.org/kg/role/",
    "wd": "http://www.wikidata.org/entity/",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class RdfFormat(str, enum.Enum):
    """The formats kg writes; the value is the name used on the command line."""

    TRIG = "trig"
    NQUADS = "nquads"
    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"

    @property
    def oxigraph(self) -> ox.RdfFormat:
        return {
            "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE,
            "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML,
        }[self.value]

    @property
    def keeps_graphs(self) -> bool:
        """True for TriG and N-Quads (and JSON-LD); the others write the union of all graphs."""
        return self in (RdfFormat.TRIG, RdfFormat.NQUADS, RdfFormat.JSONLD)

    @classmethod
    def from_path(cls, path: str | Path) -> RdfFormat:
        """The format a file name's extension names.

        Raises:
            ExportError: the extension is not one kg writes.
        """
        suffix = Path(path).suffix.lower().lstrip(".")
        by_suffix = {"trig": cls.TRIG, "nq": cls.NQUADS, "nquads": cls.NQUADS, "ttl": cls.TURTLE,
                     "turtle": cls.TURTLE, "nt": cls.NTRIPLES, "jsonld": cls.JSONLD, "json": cls.JSONLD,
                     "rdf": cls.RDFXML, "owl": cls.RDFXML, "xml": cls.RDFXML}
        if suffix not in by_suffix:
            raise ExportError(f"cannot tell the RDF format of {str(path)!r} from its extension; use .trig, .nq, "
                              ".ttl, .nt, .jsonld or .rdf, or give --format")
        return by_suffix[suffix]


def _key(quad: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    return graph, str(quad.subject), str(quad.predicate), str(quad.object)


def _has_blank(quad: ox.Quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def _canonical_blanks(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """``quads`` with blank nodes renamed by RDFC-1.0, so that their labels do not change between runs.

    kg mints no blank nodes; those of the ontology (OWL lists and class expressions) are few, so only
    the quads that hold one are canonicalised.
    """
    plain: list[ox.Quad] = []
    blank: list[ox.Quad] = []
    for quad in quads:
        (blank if _has_blank(quad) else plain).append(quad)
    if blank:
        dataset = ox.Dataset(blank)
        dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
        plain.extend(dataset)
    return plain


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """``quads`` in a stable order: by graph, subject, predicate, object (as N-Quads terms)."""
    return sorted(_canonical_blanks(quads), key=_key)


def _union(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in _canonical_blanks(quads)}
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


# RDF/XML writes a predicate as an XML qualified name: its IRI must end in an XML name.
_XML_NAME_END = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*$")


def export_quads(quads: Iterable[ox.Quad], path: str | Path, rdf_format: RdfFormat | None = None, *,
                 prefixes: dict[str, str] | None = None) -> int:
    """Write ``quads`` to ``path`` atomically; returns the number of quads (or triples) written.

    Raises:
        ExportError: the format cannot carry the data (an RDF/XML predicate IRI that ends in no XML
            name), or the file cannot be written.
    """
    path = Path(path)
    rdf_format = rdf_format or RdfFormat.from_path(path)
    items: list[ox.Quad] | list[ox.Triple]
    items = sorted_quads(quads) if rdf_format.keeps_graphs else _union(quads)
    if rdf_format is RdfFormat.RDFXML:
        for triple in items:
            if not _XML_NAME_END.search(triple.predicate.value):
                raise ExportError(f"RDF/XML cannot carry the predicate <{triple.predicate.value}> (its IRI does not "
                                  "end in an XML name); write Turtle, N-Triples or TriG instead")
    prefixes = prefixes if prefixes is not None else PREFIXES
    try:
        with atomic_output(path) as handle:
            if rdf_format in (RdfFormat.TRIG, RdfFormat.TURTLE):
                _write_turtle(handle, _blocks_of(items), prefixes)
            else:
                ox.serialize(items, handle, rdf_format.oxigraph, prefixes=prefixes)
    except (OSError, ValueError, TypeError) as exc:
        raise ExportError(f"cannot write {path} as {rdf_format.value}: {exc}") from exc
    return len(items)


def _blocks_of(items: list[ox.Quad] | list[ox.Triple]) -> Iterator[tuple[bytes | None, list[bytes]]]:
    """Sorted quads (or triples) as blocks of N-Triples lines, one per graph (None: the default graph)."""
    if not items or isinstance(items[0], ox.Triple):
        yield None, _lines(items, ox.RdfFormat.N_TRIPLES)
        return
    for graph, group in itertools.groupby(items, key=lambda quad: quad.graph_name):
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in group]
        name = None if isinstance(graph, ox.DefaultGraph) else str(graph).encode()
        yield name, _lines(triples, ox.RdfFormat.N_TRIPLES)


# The formats whose sorted output can be made from sorted N-Quads or N-Triples lines.
_LINE_SORTED = (RdfFormat.NQUADS, RdfFormat.TRIG, RdfFormat.NTRIPLES, RdfFormat.TURTLE)


def export_store(store: ox.Store, path: str | Path, rdf_format: RdfFormat | None = None, *,
                 ontology_graph: ox.NamedNode, include_ontology: bool = True) -> int:
    """Write ``store`` to ``path`` as :func:`export_quads` would, with the same bytes, but faster.

    At a million quads, sorting Python objects by their N-Quads text costs more than all of
    pyoxigraph's serialising: here pyoxigraph dumps each named graph as N-Triples, and its lines are
    sorted as bytes (the graphs in the order of :func:`sorted_quads`), which needs no Python key per
    line and costs about what one unsorted dump of the store does; Turtle and TriG are written from
    the sorted lines without parsing them back. Blank nodes get stable labels only where kg has them (the ontology's graph); a
    store with blank nodes elsewhere, or triples in its default graph, takes :func:`export_quads`'s path.

    Raises:
        ExportError: as :func:`export_quads`.
    """
    path = Path(path)
    rdf_format = rdf_format or RdfFormat.from_path(path)

    def everything() -> Iterable[ox.Quad]:
        return (q for q in store if include_ontology or q.graph_name != ontology_graph)

    if rdf_format not in _LINE_SORTED or _needs_object_sort(store, ontology_graph):
        return export_quads(everything(), path, rdf_format)
    ontology = _canonical_blanks(store.quads_for_pattern(None, None, None, ontology_graph)) if include_ontology else []
    ontology_lines = _lines([ox.Triple(q.subject, q.predicate, q.object) for q in ontology], ox.RdfFormat.N_TRIPLES)
    graphs = [g for g in store.named_graphs() if g != ontology_graph]
    if rdf_format is RdfFormat.TRIG:
        blocks = [(str(graph).encode(), lines)
                  for graph, lines in _sorted_graph_lines(store, graphs, ontology_graph, ontology_lines)]
        return _write_atomically(path, rdf_format, lambda handle: _write_turtle(handle, blocks, PREFIXES),
                                 sum(len(lines) for _, lines in blocks))
    if rdf_format.keeps_graphs:
        chunks = []
        count = 0
        for graph, lines in _sorted_graph_lines(store, graphs, ontology_graph, ontology_lines):
            count += len(lines)
            chunks.append(_in_graph(b"\n".join(lines) + b"\n", graph))
        text = b"".join(chunks)
        del chunks
    else:
        # Each graph's lines sorted, then all of them: Python's sort merges sorted runs in about a third of
        # the time a shuffled list (such as a set's) takes; the union's repeats are then neighbours.
        lines = sorted(ontology_lines)
        for graph in graphs:
            run = _graph_ntriples(store, graph).splitlines()
            run.sort()
            lines.extend(run)
            del run
        lines.sort()
        lines = [line for line, following in zip(lines, itertools.islice(lines, 1, None)) if line != following] \
            + lines[-1:]
        if rdf_format is RdfFormat.TURTLE:
            return _write_atomically(path, rdf_format,
                                     lambda handle: _write_turtle(handle, [(None, lines)], PREFIXES), len(lines))
        count = len(lines)
        text = b"\n".join(lines) + b"\n" if lines else b""
        del lines
    return _write_atomically(path, rdf_format, lambda handle: handle.write(text), count)


def _sorted_graph_lines(store: ox.Store, graphs: list[ox.NamedNode], ontology_graph: ox.NamedNode,
                        ontology_lines: list[bytes]) -> Iterator[tuple[ox.NamedNode, list[bytes]]]:
    """Each graph that has triples with its N-Triples lines sorted as bytes, the graphs in the order of
    :func:`sorted_quads`: sorting them by the text that ends their N-Quads lines keeps the order of
    sorting whole lines, and a graph's N-Triples lines sort as its N-Quads lines do."""
    for _, graph in sorted((f" {g} .".encode(), g) for g in [*graphs, ontology_graph]):
        lines = list(ontology_lines) if graph == ontology_graph else _graph_ntriples(store, graph).splitlines()
        if lines:
            lines.sort()
            yield graph, lines


def _write_atomically(path: Path, rdf_format: RdfFormat, write: Callable[[BinaryIO], object], count: int) -> int:
    try:
        with atomic_output(path) as handle:
            write(handle)
    except (OSError, ValueError, TypeError) as exc:
        raise ExportError(f"cannot write {path} as {rdf_format.value}: {exc}") from exc
    return count


# Turtle and TriG are written from sorted N-Triples lines: each line's terms are valid Turtle as they
# stand, so the writer only groups a subject's lines ("s p o ; p2 o2 , o3 .") and writes IRIs under
# the known namespaces as prefixed names, with no term parsed into an object (at a million lines,
# parsing the text back for pyoxigraph's writer cost about as much as sorting and writing it).
_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
# The local names written as prefixed names: letters, digits, '_' and '-' (no '.', '%' or escapes,
# whose rules parsers differ on); any other IRI is written in full.
_LOCAL_NAME = re.compile(rb"[A-Za-z0-9_][A-Za-z0-9_-]*")
_XSD_INTEGER = b"<http://www.w3.org/2001/XMLSchema#integer>"
_INTEGER = re.compile(rb"[+-]?[0-9]+")


class _TurtleTerms:
    """N-Triples terms as Turtle terms: IRIs under ``prefixes`` as prefixed names, remembered with the
    typed literals (an article's IRIs and values recur on many lines); other literals stand as they are."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self._namespaces = sorted(((namespace.encode(), name.encode() + b":") for name, namespace in prefixes.items()),
                                  key=lambda pair: -len(pair[0]))
        self.known: dict[bytes, bytes] = {}
        self.predicates: dict[bytes, bytes] = {_RDF_TYPE: b"a "}  # with the space that follows them

    def term(self, term: bytes) -> bytes:
        """``term`` as Turtle (and remembered: look it up in :attr:`known` first)."""
        if term[:1] == b"<":
            short = self._iri(term)
        elif term[:1] == b'"' and term[-1:] == b">":  # a typed literal: no IRI holds '<', so the last one opens its type
            cut = term.rindex(b"<")
            if term[cut:] == _XSD_INTEGER and _INTEGER.fullmatch(term, 1, cut - 3):
                short = term[1:cut - 3]  # "1975"^^xsd:integer is 1975 (Turtle reads a bare integer as it is written)
            else:
                short = term[:cut] + self._iri(term[cut:])
        else:
            short = term
        self.known[term] = short
        return short

    def predicate(self, term: bytes) -> bytes:
        short = self.predicates[term] = self._iri(term) + b" "
        return short

    def _iri(self, term: bytes) -> bytes:
        body = term[1:-1]
        for namespace, prefix in self._namespaces:
            if body.startswith(namespace):
                if _LOCAL_NAME.fullmatch(body, len(namespace)):
                    return prefix + body[len(namespace):]
                break
        return term


def _write_turtle(handle: BinaryIO, blocks: Iterable[tuple[bytes | None, list[bytes]]],
                  prefixes: dict[str, str]) -> None:
    """Write ``blocks`` of sorted N-Triples lines as Turtle (one block, no graph) or TriG (a block per
    graph; None for the default graph's triples)."""
    terms = _TurtleTerms(prefixes)
    handle.write(b"".join(b"@prefix %s: <%s> .\n" % (name.encode(), namespace.encode())
                          for name, namespace in prefixes.items()))
    for graph, lines in blocks:
        if graph is None:
            handle.write(_turtle_statements(lines, terms, b""))
        else:
            handle.write(terms.term(graph) + b" {\n" + _turtle_statements(lines, terms, b"\t") + b"}\n")


def _turtle_statements(lines: list[bytes], terms: _TurtleTerms, indent: bytes) -> bytes:
    # The loop runs once a triple (a million times for a large graph): lookups are bound to locals,
    # and a plain literal (ending in '"' or a language tag) is taken as it is without one.
    out: list[bytes] = []
    append = out.append
    known, known_predicates = terms.known.get, terms.predicates.get
    convert, convert_predicate = terms.term, terms.predicate
    next_predicate = b" ;\n" + indent + b"\t"
    subject = predicate = None
    for line in lines:
        s, p, rest = line.split(b" ", 2)
        o = rest[:-2]  # the line ends with " ."
        if o[0] != 34 or o[-1] == 62:  # not '"...' or ending in '>': an IRI, a blank node or a typed literal
            o = known(o) or convert(o)
        if s != subject:
            if subject is not None:
                append(b" .\n")
            subject, predicate = s, p
            append(indent)
            append(known(s) or convert(s))
            append(b" ")
        elif p != predicate:
            predicate = p
            append(next_predicate)
        else:
            append(b" , ")
            append(o)
            continue
        append(known_predicates(p) or convert_predicate(p))
        append(o)
    if subject is not None:
        append(b" .\n")
    return b"".join(out)


def _lines(items: Iterable[ox.Quad] | Iterable[ox.Triple], line_format: ox.RdfFormat) -> list[bytes]:
    buffer = io.BytesIO()
    ox.serialize(items, buffer, line_format)
    return buffer.getvalue().splitlines()


def _graph_ntriples(store: ox.Store, graph: ox.NamedNode) -> bytes:
    buffer = io.BytesIO()
    store.dump(buffer, ox.RdfFormat.N_TRIPLES, from_graph=graph)
    return buffer.getvalue()


def graph_nquads(store: ox.Store, graph: ox.NamedNode) -> bytes:
    """The quads of one named graph as N-Quads text, in the store's order, made by pyoxigraph without a
    Python object per quad (at a million quads that object is most of the cost)."""
    return _in_graph(_graph_ntriples(store, graph), graph)


def _in_graph(ntriples: bytes, graph: ox.NamedNode) -> bytes:
    """N-Triples text (each line ending in a newline) as N-Quads lines in ``graph``."""
    # An N-Triples line ends with " ." and no term holds a raw line break, so this swaps only line ends.
    return ntriples.replace(b" .\n", f" {graph} .\n".encode())


def _needs_object_sort(store: ox.Store, ontology_graph: ox.NamedNode) -> bool:
    """Whether blank nodes outside the ontology's graph, or default-graph triples, rule out line sorting."""
    return bool(store.query(
        f"ASK {{ {{ GRAPH ?g {{ ?s ?p ?o FILTER(?g != {ontology_graph} && (isBlank(?s) || isBlank(?o))) }} }} "
        "UNION { ?s ?p ?o } }"))
