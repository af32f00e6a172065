"""Writing query results: a readable table, SPARQL 1.1 CSV, TSV and JSON, or RDF for CONSTRUCT.

The CSV, TSV and JSON writers follow the W3C SPARQL 1.1 Query Results formats, so that other tools
read kg's output as they read a triple store's.
"""

from __future__ import annotations

import csv
import enum
import io
import json
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from .engines import QueryResult
from .errors import QueryError
from .export import PREFIXES
from .queries import Term

__all__ = ["ResultFormat", "render"]

_CELL = 60
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class ResultFormat(str, enum.Enum):
    """Output formats of ``kg query``; the value is the name used on the command line."""

    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    TURTLE = "turtle"
    NTRIPLES = "ntriples"
    JSONLD = "jsonld"
    RDFXML = "rdfxml"

    @property
    def is_rdf(self) -> bool:
        return self in (ResultFormat.TURTLE, ResultFormat.NTRIPLES, ResultFormat.JSONLD, ResultFormat.RDFXML)


_RDF = {ResultFormat.TURTLE: ox.RdfFormat.TURTLE, ResultFormat.NTRIPLES: ox.RdfFormat.N_TRIPLES,
        ResultFormat.JSONLD: ox.RdfFormat.JSON_LD, ResultFormat.RDFXML: ox.RdfFormat.RDF_XML}


def render(result: QueryResult, result_format: ResultFormat | None = None,
           prefixes: Mapping[str, str] = PREFIXES) -> bytes:
    """``result`` written in ``result_format`` (default: a table, or Turtle for CONSTRUCT).

    Raises:
        QueryError: the format does not fit the result (CSV for a CONSTRUCT, Turtle for a SELECT).
    """
    graph_result = result.form in ("construct", "describe")
    if result_format is None:
        result_format = ResultFormat.TURTLE if graph_result else ResultFormat.TABLE
    if graph_result != result_format.is_rdf:
        wanted = "turtle, ntriples, jsonld or rdfxml" if graph_result else "table, csv, tsv or json"
        raise QueryError(f"a {result.form.upper()} result cannot be written as {result_format.value}; use {wanted}")
    if graph_result:
        try:
            return ox.serialize(sorted(result.triples, key=str), format=_RDF[result_format],
                                prefixes=dict(prefixes))
        except (ValueError, TypeError) as exc:
            raise QueryError(f"cannot write the result as {result_format.value}: {exc}") from exc
    writer = {ResultFormat.TABLE: _table, ResultFormat.CSV: _csv, ResultFormat.TSV: _tsv,
              ResultFormat.JSON: _json}[result_format]
    return writer(result, prefixes).encode("utf-8")


def _json(result: QueryResult, prefixes: Mapping[str, str]) -> str:
    if result.form == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    bindings = [{column: _json_term(term) for column, term in zip(result.columns, row) if term is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1) + "\n"


def _json_term(term: Term) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _csv(result: QueryResult, prefixes: Mapping[str, str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # the SPARQL CSV format asks for CRLF
    if result.form == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buffer.getvalue()
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if term is None else _plain(term) for term in row])
    return buffer.getvalue()


def _tsv(result: QueryResult, prefixes: Mapping[str, str]) -> str:
    if result.form == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{column}" for column in result.columns)]
    # N-Triples term syntax, with the tabs that N-Triples leaves as they are escaped too.
    lines += ["\t".join("" if term is None else str(term).replace("\t", "\\t") for term in row)
              for row in result.rows]
    return "\n".join(lines) + "\n"


def _plain(term: Term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _table(result: QueryResult, prefixes: Mapping[str, str]) -> str:
    if result.form == "ask":
        return ("yes" if result.boolean else "no") + "\n"
    cells = [[_short(term, prefixes) for term in row] for row in result.rows]
    widths = [max([len(column), *(len(row[i]) for row in cells)]) for i, column in enumerate(result.columns)]
    lines = ["  ".join(column.ljust(width) for column, width in zip(result.columns, widths)).rstrip(),
             "  ".join("-" * width for width in widths)]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _short(term: Term | None, prefixes: Mapping[str, str]) -> str:
    """A cell of the table: IRIs as prefixed names, literals as their text, on one line, cut at _CELL."""
    if term is None:
        text = ""
    elif isinstance(term, ox.NamedNode):
        text = term.value
        for prefix, namespace in prefixes.items():
            if text.startswith(namespace) and len(text) > len(namespace):
                text = f"{prefix}:{text[len(namespace):]}"
                break
    else:
        text = _plain(term)
    text = " ".join(text.split())
    return text if len(text) <= _CELL else text[:_CELL - 1] + "…"
