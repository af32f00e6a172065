"""Write graphs as RDF: TriG and N-Quads keep the named graphs; Turtle, N-Triples, JSON-LD and RDF/XML
write their union (every statement node still carries its article, so no provenance is lost).

Output is sorted, so that two builds of the same input are byte-identical, and written
atomically (see :mod:`kg._io`). Serialisation is pyoxigraph's.
"""

from __future__ import annotations

import enum
import io
import re
from collections.abc import Iterable
from pathlib import Path

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
    try:
        with atomic_output(path) as handle:
            ox.serialize(items, handle, rdf_format.oxigraph, prefixes=prefixes if prefixes is not None else PREFIXES)
    except (OSError, ValueError, TypeError) as exc:
        raise ExportError(f"cannot write {path} as {rdf_format.value}: {exc}") from exc
    return len(items)


# The formats whose sorted output can be made from sorted N-Quads or N-Triples lines.
_LINE_SORTED = (RdfFormat.NQUADS, RdfFormat.TRIG, RdfFormat.NTRIPLES, RdfFormat.TURTLE)


def export_store(store: ox.Store, path: str | Path, rdf_format: RdfFormat | None = None, *,
                 ontology_graph: ox.NamedNode, include_ontology: bool = True) -> int:
    """Write ``store`` to ``path`` as :func:`export_quads` would, with the same bytes, but faster.

    At a million quads, sorting Python objects by their N-Quads text costs more than all of
    pyoxigraph's serialising: here pyoxigraph dumps each named graph as N-Triples, and its lines are
    sorted as bytes (the graphs in the order of :func:`sorted_quads`), which needs no Python key per
    line and costs about what one unsorted dump of the store does; Turtle and TriG are written from
    the sorted lines. Blank nodes get stable labels only where kg has them (the ontology's graph); a
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
    graphs = [g for g in store.named_graphs() if g != ontology_graph]
    if rdf_format.keeps_graphs:
        chunks = []
        count = 0
        # Sorting the graphs by the text that ends their lines keeps the order of sorting whole lines.
        for _, graph in sorted((f" {g} .".encode(), g) for g in [*graphs, ontology_graph]):
            lines = (_lines(ontology, ox.RdfFormat.N_QUADS) if graph == ontology_graph
                     else graph_nquads(store, graph).splitlines())
            if lines:
                lines.sort()
                count += len(lines)
                chunks.append(b"\n".join(lines) + b"\n")
            del lines
        text = b"".join(chunks)
        del chunks
        line_format = ox.RdfFormat.N_QUADS
    else:
        unique = set(_lines((ox.Triple(q.subject, q.predicate, q.object) for q in ontology), ox.RdfFormat.N_TRIPLES))
        for graph in graphs:
            unique.update(_graph_ntriples(store, graph).splitlines())
        lines = sorted(unique)
        del unique
        count = len(lines)
        text = b"\n".join(lines) + b"\n" if lines else b""
        del lines
        line_format = ox.RdfFormat.N_TRIPLES
    try:
        with atomic_output(path) as handle:
            if rdf_format in (RdfFormat.NQUADS, RdfFormat.NTRIPLES):
                handle.write(text)
            else:
                ox.serialize(ox.parse(text, line_format), handle, rdf_format.oxigraph, prefixes=PREFIXES)
    except (OSError, ValueError, TypeError, SyntaxError) as exc:
        raise ExportError(f"cannot write {path} as {rdf_format.value}: {exc}") from exc
    return count


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
    # An N-Triples line ends with " ." and no term holds a raw line break, so this swaps only line ends.
    return _graph_ntriples(store, graph).replace(b" .\n", f" {graph} .\n".encode())


def _needs_object_sort(store: ox.Store, ontology_graph: ox.NamedNode) -> bool:
    """Whether blank nodes outside the ontology's graph, or default-graph triples, rule out line sorting."""
    return bool(store.query(
        f"ASK {{ {{ GRAPH ?g {{ ?s ?p ?o FILTER(?g != {ontology_graph} && (isBlank(?s) || isBlank(?o))) }} }} "
        "UNION { ?s ?p ?o } }"))
