"""Errors raised by kg.

Every error kg raises on purpose is a :class:`KgError`; the command line turns one into a
message on standard error and exit status 1. The tree::

    KgError
    ├── ArticleError          an article cannot be read (missing, empty, binary, mis-encoded, too large)
    ├── FactSheetError        a fact sheet is malformed (names the file, the field and what was expected)
    ├── MappingError          facts cannot become RDF (ill-typed by the ontology, unknown entity)
    ├── OntologyError         ontology/kg.ttl is missing, unparsable or lacks a term the code needs
    ├── StoreError            the graph store cannot be opened, read or written
    ├── ExportError           a graph cannot be written in the asked format
    ├── QueryError            a SPARQL query is malformed or fails
    │   ├── QueryParameterError   a stored query's parameter is unknown, missing or ill-typed (also a ValueError)
    │   └── UnknownQuery          no stored query has that name (also a KeyError)
    └── LinkingError          an entity cannot be linked to Wikidata
        └── WikidataUnavailable   Wikidata's API or SPARQL endpoint cannot be reached or answers badly

Messages say what failed, the offending value, and what to do next.
"""

from __future__ import annotations

__all__ = [
    "ArticleError",
    "ExportError",
    "FactSheetError",
    "KgError",
    "LinkingError",
    "MappingError",
    "OntologyError",
    "QueryError",
    "QueryParameterError",
    "StoreError",
    "UnknownQuery",
    "WikidataUnavailable",
]


class KgError(Exception):
    """Base class of every error kg raises on purpose."""


class ArticleError(KgError, ValueError):
    """An article cannot be read."""


class FactSheetError(KgError, ValueError):
    """A fact sheet is malformed: the message names the file, the field and what was expected."""

    def __init__(self, source: str, field: str, expected: str, got: object = None) -> None:
        self.source = source
        self.field = field
        self.expected = expected
        self.got = got
        where = f"{source}: {field}" if field else source
        message = f"{where}: expected {expected}"
        if got is not None:
            shown = repr(got)
            message += f", got {shown[:80] + '...' if len(shown) > 80 else shown}"
        super().__init__(message)


class MappingError(KgError, ValueError):
    """Facts cannot be turned into RDF."""


class OntologyError(KgError):
    """The ontology is missing, unparsable, or lacks a term the code relies on."""


class StoreError(KgError):
    """The graph store cannot be opened, read or written."""


class ExportError(KgError):
    """A graph cannot be written in the requested format."""


class QueryError(KgError):
    """A SPARQL query is malformed or fails."""


class QueryParameterError(QueryError, ValueError):
    """A parameter is unknown, missing, or its value is not of the declared type."""


class UnknownQuery(QueryError, KeyError):
    """No stored query has that name."""

    def __str__(self) -> str:  # KeyError's own would quote the message
        return str(self.args[0])


class LinkingError(KgError):
    """An entity cannot be linked to Wikidata, or the gazetteer data is malformed."""


class WikidataUnavailable(LinkingError):
    """Wikidata's API or SPARQL endpoint is unreachable, too slow, or answers with something unusable."""
