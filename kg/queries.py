"""The catalogue of stored SPARQL queries in ``queries/`` and the safe binding of their parameters.

One query per file, ``queries/<topic>/<name>.rq``, named by its path without the suffix
(``memberships/members``). Its metadata sit in a ``#+`` header that keeps the file valid SPARQL
(grlc's convention); the header is YAML once the ``#+`` marks are taken off::

    #+ summary: Members of an organisation, with role and since when
    #+ description: Longer text; continuation lines are indented.
    #+ params:
    #+   organisation: {type: entity, required: true, description: the organisation}
    #+   on_date: {type: date, description: only memberships holding on this day}
    #+ returns: [member, memberLabel, role, since]
    #+ example: kg query memberships/members --param organisation=NATO --data out/graph.trig

Parameter types: ``iri`` (an absolute IRI), ``qid`` (a Wikidata item, ``Q7184``), ``entity`` (a
QID, an IRI, or a name that the caller's resolver turns into one), ``string``, ``date``
(``YYYY-MM-DD``) and ``integer``; ``choices`` restricts a string, ``multiple`` lets a parameter take
several values. A parameter is a plain SPARQL variable of the same name, which the query leaves
unbound when no value is given. Values become RDF terms built by pyoxigraph, never text spliced into
the query: engines that can bind take them as bindings, the others get a ``VALUES`` block that
pyoxigraph serialises (see :func:`with_values`).
"""

from __future__ import annotations

import datetime as _dt
import difflib
import enum
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Union

import pyoxigraph as ox
import yaml

from .errors import QueryError, QueryParameterError, UnknownQuery
from .resources import queries_dir

__all__ = [
    "Parameter",
    "ParameterType",
    "QueryCatalog",
    "QueryParameterError",
    "StoredQuery",
    "UnknownQuery",
    "load_catalog",
    "with_values",
]

Term = Union[ox.NamedNode, ox.Literal, ox.BlankNode]
Bindings = Mapping[str, Sequence[Term]]
QueryForm = Literal["select", "ask", "construct", "describe"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_WD = "http://www.wikidata.org/entity/"
_QID = re.compile(r"[Qq][1-9][0-9]{0,11}")
_INTEGER = re.compile(r"[+-]?[0-9]{1,18}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# An absolute IRI without the characters that RFC 3987 excludes and that would break a query or a
# Turtle file; pyoxigraph then checks the rest of the grammar.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f]+")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_FORM = re.compile(r"^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE | re.MULTILINE)
_MAX_STRING = 10_000


class ParameterType(str, enum.Enum):
    """What a parameter accepts; the value is the name used in query headers."""

    IRI = "iri"
    QID = "qid"
    ENTITY = "entity"
    STRING = "string"
    DATE = "date"
    INTEGER = "integer"


EntityResolver = Callable[[str], Union[str, None]]
"""Turns a name into an entity IRI (or ``None``): how ``entity`` parameters accept ``NATO``."""


@dataclass(frozen=True)
class Parameter:
    """One declared parameter of a stored query."""

    name: str
    type: ParameterType
    required: bool = False
    default: str | None = None
    description: str = ""
    choices: tuple[str, ...] = ()
    multiple: bool = False

    def term(self, value: str, resolve: EntityResolver | None = None) -> Term:
        """The RDF term for one text ``value``.

        Raises:
            QueryParameterError: the value is not of this parameter's type.
        """
        if not isinstance(value, str):
            raise self._error(value, "a text value")
        if self.choices and value not in self.choices:
            raise self._error(value, f"one of {', '.join(self.choices)}")
        kind = self.type
        if kind is ParameterType.STRING:
            if len(value) > _MAX_STRING:
                raise self._error(value, f"at most {_MAX_STRING} characters")
            if any(0xD800 <= ord(c) <= 0xDFFF for c in value):
                raise self._error(value, "text without lone surrogates (valid Unicode)")
            return ox.Literal(value)
        if kind is ParameterType.INTEGER:
            if not _INTEGER.fullmatch(value.strip()):
                raise self._error(value, "an integer of at most 18 digits")
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(_XSD + "integer"))
        if kind is ParameterType.DATE:
            if not _DATE.fullmatch(value.strip()):
                raise self._error(value, "a date written YYYY-MM-DD")
            try:
                day = _dt.date.fromisoformat(value.strip())
            except ValueError:
                raise self._error(value, "a real calendar date written YYYY-MM-DD") from None
            return ox.Literal(day.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
        if kind is ParameterType.QID or (kind is ParameterType.ENTITY and _QID.fullmatch(value.strip())):
            if not _QID.fullmatch(value.strip()):
                raise self._error(value, "a Wikidata item id such as Q7184")
            return ox.NamedNode(_WD + value.strip().upper())
        if kind is ParameterType.IRI or _IRI.fullmatch(value.strip()):
            return self._iri(value.strip())
        # An entity given by name.
        iri = resolve(value) if resolve is not None else None
        if iri is None:
            raise self._error(value, "a Wikidata id (Q7184), a full IRI, or a name kg's gazetteer knows")
        return self._iri(iri)

    def _iri(self, value: str) -> ox.NamedNode:
        if not _IRI.fullmatch(value):
            raise self._error(value, "an absolute IRI such as http://www.wikidata.org/entity/Q7184")
        try:
            return ox.NamedNode(value)
        except ValueError:
            raise self._error(value, "a well-formed absolute IRI") from None

    def _error(self, value: object, expected: str) -> QueryParameterError:
        shown = repr(value)
        shown = shown if len(shown) <= 80 else shown[:77] + "..."
        return QueryParameterError(f"parameter {self.name!r}: expected {expected}, got {shown}")


@dataclass(frozen=True)
class StoredQuery:
    """A query of the catalogue: its text, what it answers and what it takes."""

    name: str
    path: Path
    text: str
    summary: str
    description: str = ""
    parameters: tuple[Parameter, ...] = ()
    returns: tuple[str, ...] = ()
    example: str = ""
    endpoint: str | None = None
    form: QueryForm = "select"
    extra: Mapping[str, Any] = field(default_factory=dict)

    def parameter(self, name: str) -> Parameter:
        """The parameter called ``name``.

        Raises:
            QueryParameterError: the query has no such parameter (the message lists those it has).
        """
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        accepted = ", ".join(p.name for p in self.parameters) or "none"
        raise QueryParameterError(f"{self.name} has no parameter {name!r}; it accepts: {accepted}")

    def bind(self, values: Mapping[str, str | Sequence[str]], *,
             resolve: EntityResolver | None = None) -> dict[str, list[Term]]:
        """Check ``values`` (text, as given on a command line) and turn them into RDF terms.

        Defaults fill in what is not given; a parameter without value or default stays unbound.

        Raises:
            QueryParameterError: an unknown or missing parameter, or a value of the wrong type.
        """
        bound: dict[str, list[Term]] = {}
        for name, given in values.items():
            parameter = self.parameter(name)
            texts = [given] if isinstance(given, str) else list(given)
            if len(texts) > 1 and not parameter.multiple:
                raise QueryParameterError(f"parameter {name!r} of {self.name} takes one value, got {len(texts)}")
            if texts:
                bound[name] = [parameter.term(text, resolve) for text in texts]
        for parameter in self.parameters:
            if parameter.name in bound:
                continue
            if parameter.default is not None:
                bound[parameter.name] = [parameter.term(parameter.default, resolve)]
            elif parameter.required:
                raise QueryParameterError(
                    f"{self.name} needs the parameter {parameter.name!r} ({parameter.type.value}): "
                    f"--param {parameter.name}=VALUE")
        return bound


def with_values(text: str, bindings: Bindings) -> str:
    """``text`` with a ``VALUES`` block binding ``bindings`` at the start of its outer ``WHERE``.

    Used where the engine offers no binding (the SPARQL protocol has none). The block is written
    from terms that pyoxigraph built and serialises, so no value is ever spliced in as text. At the
    start of the group the values join before the group's filters run, so ``FILTER(?x ...)`` sees
    them, as it would with a real binding. Several values of one parameter give one row each.
    """
    names = [name for name, terms in bindings.items() if terms]
    if not names:
        return text
    match = _WHERE.search(text)
    if match is None:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    rows: list[list[Term]] = [[]]
    for name in names:
        rows = [row + [term] for row in rows for term in bindings[name]]
    variables = " ".join(f"?{name}" for name in names)
    body = " ".join("(" + " ".join(str(term) for term in row) + ")" for row in rows)
    block = f"\n  VALUES ({variables}) {{ {body} }}\n"
    return text[:match.end()] + block + text[match.end():]


class QueryCatalog:
    """The stored queries, loaded and checked once.

    >>> catalog = load_catalog()
    >>> catalog["memberships/members"].parameter("organisation").required
    True
    """

    def __init__(self, queries: Sequence[StoredQuery]) -> None:
        self._queries = {query.name: query for query in sorted(queries, key=lambda q: q.name)}

    @classmethod
    def load(cls, folder: str | Path) -> QueryCatalog:
        """Every ``*.rq`` under ``folder``.

        Raises:
            QueryError: a file is unreadable or its header is malformed (the message names the file).
        """
        root = Path(folder)
        return cls([_read(path, root) for path in sorted(root.rglob("*.rq"))])

    def __getitem__(self, name: str) -> StoredQuery:
        try:
            return self._queries[name.removesuffix(".rq")]
        except KeyError:
            close = difflib.get_close_matches(name, self._queries, n=3, cutoff=0.5)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            raise UnknownQuery(f"no stored query {name!r}{hint} (list them with 'kg queries')") from None

    def __iter__(self) -> Iterator[StoredQuery]:
        return iter(self._queries.values())

    def __len__(self) -> int:
        return len(self._queries)

    def __contains__(self, name: object) -> bool:
        return name in self._queries


def load_catalog(folder: str | Path | None = None) -> QueryCatalog:
    """The catalogue in ``folder``, by default the ``queries/`` kg ships."""
    return QueryCatalog.load(folder if folder is not None else queries_dir())


def _read(path: Path, root: Path) -> StoredQuery:
    name = path.relative_to(root).with_suffix("").as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"cannot read the stored query {path}: {exc}") from exc
    header = _header(path, [line[2:].removeprefix(" ") for line in text.splitlines() if line.startswith("#+")])
    if not isinstance(header.get("summary"), str) or not header["summary"]:
        raise QueryError(f"{path}: the '#+' header needs at least 'summary: <one line>'")
    form_match = _FORM.search("\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")))
    if form_match is None:
        raise QueryError(f"{path}: no SELECT, ASK, CONSTRUCT or DESCRIBE found")
    parameters = tuple(_parameter(path, key, spec) for key, spec in (header.get("params") or {}).items())
    if parameters and _WHERE.search(text) is None:
        raise QueryError(f"{path}: a query with parameters needs a WHERE clause to bind them in")
    returns = header.get("returns") or ()
    known = {"summary", "description", "params", "returns", "example", "endpoint"}
    return StoredQuery(
        name=name, path=path, text=text, summary=header["summary"].strip(),
        description=str(header.get("description") or "").strip(), parameters=parameters,
        returns=tuple(returns) if isinstance(returns, list) else (str(returns),),
        example=str(header.get("example") or "").strip(), endpoint=header.get("endpoint"),
        form=form_match.group(1).lower(),  # type: ignore[arg-type]
        extra={k: v for k, v in header.items() if k not in known},
    )


_TEXT_KEYS = ("summary", "description", "example", "endpoint")


def _header(path: Path, lines: Sequence[str]) -> dict[str, Any]:
    """The ``#+`` header as a mapping: text keys as plain text, the others (params, returns) as YAML.

    Text keys are not parsed as YAML, so that a description may say ``wdt: properties`` freely; an
    indented line continues the entry above it.
    """
    entries: list[tuple[str, list[str]]] = []
    for line in lines:
        if line[:1].isspace() and entries:
            entries[-1][1].append(line)
        elif ":" in line:
            key, rest = line.split(":", 1)
            entries.append((key.strip(), [rest]))
        elif line.strip():
            raise QueryError(f"{path}: header line {line!r} is not 'key: value' or an indented continuation")
    header: dict[str, Any] = {}
    for key, parts in entries:
        if key in _TEXT_KEYS:
            header[key] = " ".join(part.strip() for part in parts if part.strip())
            continue
        try:
            header[key] = yaml.safe_load("\n".join(parts))
        except yaml.YAMLError as exc:
            raise QueryError(f"{path}: the header's {key!r} is not valid YAML: {exc}") from exc
    return header


def _parameter(path: Path, name: object, spec: object) -> Parameter:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise QueryError(f"{path}: parameter name {name!r} is not a SPARQL variable name")
    if not isinstance(spec, dict):
        raise QueryError(f"{path}: parameter {name!r} needs a mapping such as {{type: iri, required: true}}")
    try:
        kind = ParameterType(spec.get("type", "string"))
    except ValueError:
        accepted = ", ".join(t.value for t in ParameterType)
        raise QueryError(f"{path}: parameter {name!r} has type {spec.get('type')!r}; accepted: {accepted}") from None
    default = spec.get("default")
    parameter = Parameter(
        name=name, type=kind, required=bool(spec.get("required", False)),
        default=None if default is None else str(default), description=str(spec.get("description", "")),
        choices=tuple(str(c) for c in spec.get("choices", ()) or ()), multiple=bool(spec.get("multiple", False)),
    )
    if parameter.default is not None:
        try:
            parameter.term(parameter.default)
        except QueryParameterError as exc:
            raise QueryError(f"{path}: the default of {name!r} is invalid: {exc}") from exc
    return parameter
