"""Fact sheets -> RDF quads: the only module that mints IRIs.

Each article becomes one named graph holding the article's provenance (PROV-O), a description of
every entity its facts name, and one statement node per fact with its qualifiers. An asserted
fact also gets its plain triple (``wd:Q403 kg:memberOf wd:Q318693``), as Wikidata's truthy
``wdt:`` claims sit beside its full statements.

IRIs are deterministic and never built from raw text: entities linked to Wikidata use their
Wikidata IRI; other entities, articles and graphs get a slug of their name (ASCII letters, digits
and '-', with a short hash where the slug loses information); statements get a hash of what they
say. No blank nodes are produced.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import PROV, RDF, RDFS

from ._version import __version__
from .dates import XSD, DatePoint, TimeValue, parse_time
from .linking.reference import Contradiction, ReferenceFacts
from .models import Article, Entity, Fact, FactSheet, Modality
from .ontology import Ontology, OntologyTerms, RelationSpec
from .settings import Settings

# Namespace lookups resolved once: rdflib's namespace attribute access is costly in the per-quad path.
_PROV_ACTIVITY = str(PROV.Activity)
_PROV_SOFTWARE_AGENT = str(PROV.SoftwareAgent)
_PROV_ENDED_AT_TIME = str(PROV.endedAtTime)
_PROV_USED = str(PROV.used)
_PROV_WAS_ASSOCIATED_WITH = str(PROV.wasAssociatedWith)
_PROV_WAS_DERIVED_FROM = str(PROV.wasDerivedFrom)
_PROV_WAS_GENERATED_BY = str(PROV.wasGeneratedBy)
_RDF_TYPE = str(RDF.type)
_RDFS_COMMENT = str(RDFS.comment)
_RDFS_LABEL = str(RDFS.label)

__all__ = ["Issue", "MappedArticle", "Mapper", "WIKIDATA_ENTITY", "slug"]

WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
_QID = re.compile(r"Q[1-9][0-9]*")
# Characters an IRI may not contain (RFC 3987 plus what N-Triples forbids between < and >).
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')
_KIND_SEGMENT = {"MilitaryUnit": "unit"}


@dataclass(frozen=True, slots=True)
class Issue:
    """Something worth telling the user about one article; ``error`` issues drop the fact."""

    severity: str  # 'error' or 'warning'
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class MappedArticle:
    """The quads of one article's named graph, with what went wrong on the way."""

    article_id: str
    graph: ox.NamedNode
    quads: list[ox.Quad]
    content_hash: str
    statements: int
    issues: tuple[Issue, ...] = ()
    relation_counts: dict[str, int] = field(default_factory=dict)
    contradictions: tuple[Contradiction, ...] = ()


@dataclass(frozen=True)
class PreparedSheet:
    """A sheet mapped in another process: its quads as N-Quads, which cross a process boundary far
    more cheaply than pyoxigraph terms (or the sheet itself) do."""

    article_id: str
    graph: str
    nquads: bytes
    content_hash: str
    statements: int
    issues: tuple[Issue, ...] = ()
    relation_counts: dict[str, int] = field(default_factory=dict)
    contradictions: tuple[Contradiction, ...] = ()


_Triple = tuple[ox.NamedNode, str, "ox.NamedNode | ox.Literal"]  # the predicate as its IRI


@dataclass(frozen=True)
class _Mapping:
    """A sheet mapped to the triples of its graph, before they become quads or N-Quads text."""

    article_id: str
    graph: ox.NamedNode
    triples: list[_Triple]
    content_hash: str
    statements: int
    issues: tuple[Issue, ...]
    relation_counts: dict[str, int]
    contradictions: tuple[Contradiction, ...]


_KG = OntologyTerms(str)  # kg's terms as plain strings, each looked up once


@functools.lru_cache(maxsize=1 << 16)  # the same names recur in every article
def slug(text: str, *, limit: int = 80) -> str:
    """An IRI-safe, readable segment for ``text``; a hash keeps distinct inputs apart where it is lossy.

    >>> slug("Peace Mission-2021")
    'peace-mission-2021'
    >>> slug("Россия")[:4]
    'x-0b'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    lossless_letters = re.sub(r"[^A-Za-z0-9]", "", ascii_text) == re.sub(r"\W|_", "", text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    if not base:
        return f"x-{digest}"
    if len(base) > limit or not lossless_letters:
        return f"{base[:limit].rstrip('-')}-{digest}"
    return base


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def safe_http_iri(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) IRI that every RDF syntax can carry, else None."""
    if not url or not re.match(r"https?://[^/?#\s]+", url) or _IRI_UNSAFE.search(url):
        return None
    return url


class Mapper:
    """Turns fact sheets into quads, following the ontology it is given."""

    def __init__(self, ontology: Ontology, settings: Settings | None = None,
                 reference: ReferenceFacts | None = None) -> None:
        """``reference`` defaults to the data shipped with kg when ``settings.check_reference`` is set."""
        self.ontology = ontology
        self.settings = settings or Settings()
        if reference is None and self.settings.check_reference:
            reference = ReferenceFacts.load()
        self.reference = reference
        base = self.settings.base_iri
        if not re.fullmatch(r"https?://[^\s<>\"{}|^`\\]+[/#]", base):
            raise ValueError(f"base IRI {base!r} must be an absolute http(s) IRI ending in '/' or '#'")
        self._id_base = base + "id/"
        self._graph_base = base + "graph/"
        self._nodes: dict[str, ox.NamedNode] = {}
        self._iri_texts: dict[str, str] = {}

    # -- IRIs -------------------------------------------------------------------------------------

    def _node(self, iri: str) -> ox.NamedNode:
        node = self._nodes.get(iri)
        if node is None:
            node = self._nodes[iri] = ox.NamedNode(iri)
        return node

    def article_iri(self, article_id: str) -> ox.NamedNode:
        return self._node(f"{self._id_base}article/{slug(article_id)}")

    def graph_iri(self, article_id: str) -> ox.NamedNode:
        """The named graph that holds the facts of article ``article_id``."""
        return self._node(f"{self._graph_base}{slug(article_id)}")

    def entity_iri(self, entity: Entity) -> ox.NamedNode:
        """The Wikidata IRI of a linked entity, or a kg IRI minted from its type and label."""
        if entity.qid:
            return self._node(WIKIDATA_ENTITY + entity.qid)
        main = self.ontology.main_class(entity.type).rsplit("#", 1)[1]
        kind = _KIND_SEGMENT.get(main, main.lower())
        return self._node(f"{self._id_base}{kind}/{slug(entity.label)}")

    def statement_iri(self, article_id: str, *parts: str) -> ox.NamedNode:
        digest = hashlib.sha256("\x1f".join((article_id, *parts)).encode("utf-8")).hexdigest()[:24]
        return self._node(f"{self._id_base}statement/{digest}")

    # -- mapping ----------------------------------------------------------------------------------

    def prepare_sheet(self, sheet: FactSheet, *, content_hash: str | None = None) -> PreparedSheet:
        """:meth:`map_sheet`, with the quads as N-Quads text for another process (or a store) to load.

        The text is what pyoxigraph's N-Quads serialiser writes for the same quads, byte for byte,
        written from the terms' own N-Triples forms: making a pyoxigraph quad costs more than
        writing its line (about 6 µs against 1.5 µs).
        """
        mapping = self._map(sheet, content_hash)
        iri_texts = self._iri_texts
        ending = f" {mapping.graph} .\n"
        lines = []
        for subject, predicate, value in mapping.triples:
            predicate_text = iri_texts.get(predicate)
            if predicate_text is None:
                predicate_text = iri_texts[predicate] = str(self._node(predicate))
            lines.append(f"{subject} {predicate_text} {value}{ending}")
        return PreparedSheet(mapping.article_id, mapping.graph.value, "".join(lines).encode("utf-8"),
                             mapping.content_hash, mapping.statements, mapping.issues, mapping.relation_counts,
                             mapping.contradictions)

    def map_sheet(self, sheet: FactSheet, *, content_hash: str | None = None) -> MappedArticle:
        """All quads of ``sheet``'s named graph; ill-typed or unresolvable facts are left out and reported.

        ``content_hash`` is the sheet's :func:`sheet_hash` where the caller has computed it already.
        """
        mapping = self._map(sheet, content_hash)
        graph, node = mapping.graph, self._node
        return MappedArticle(mapping.article_id, graph, [ox.Quad(s, node(p), o, graph) for s, p, o in mapping.triples],
                             mapping.content_hash, mapping.statements, mapping.issues, mapping.relation_counts,
                             mapping.contradictions)

    def _map(self, sheet: FactSheet, content_hash: str | None) -> _Mapping:
        article = sheet.article
        source = sheet.source or article.source or article.id
        graph = self.graph_iri(article.id)
        article_node = self.article_iri(article.id)
        activity = self._node(f"{self._id_base}activity/{slug(article.id)}")
        issues: list[Issue] = []
        triples: list[_Triple] = []

        def add(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> None:
            triples.append((s, p, o))

        content_hash = content_hash or sheet_hash(sheet)
        self._provenance(sheet, article_node, activity, graph, content_hash, add, issues, source)

        entities = _EntityIndex(sheet.entities)
        for duplicate in entities.conflicts:
            issues.append(Issue("warning", source, duplicate))
        described: set[str] = set()

        def describe(entity: Entity) -> ox.NamedNode:
            node = self.entity_iri(entity)
            key = node.value + "\x1f" + entity.label
            if key not in described:
                described.add(key)
                add(node, _RDF_TYPE, self._node(self.ontology.classes[entity.type]))
                add(node, _RDFS_LABEL, ox.Literal(entity.label, language="en"))
                for mention in sorted(set(entity.mentions)):
                    add(node, _KG.mention, ox.Literal(mention))
            return node

        statements = 0
        relation_counts: dict[str, int] = {}
        contradictions: list[Contradiction] = []
        for number, fact in enumerate(sheet.facts):
            where = f"{source}: facts[{number}] ({fact.subject} {fact.relation} {_short(fact.object)})"
            try:
                fact_quads = self._map_fact(fact, article, article_node, activity, entities, describe, issues,
                                            where, contradictions)
            except _Skip as skip:
                issues.append(Issue("error", where, str(skip)))
                continue
            if fact_quads:
                statements += 1
                relation_counts[fact.relation] = relation_counts.get(fact.relation, 0) + 1
                triples.extend(fact_quads)
        return _Mapping(article.id, graph, list(dict.fromkeys(triples)), content_hash, statements, tuple(issues),
                        relation_counts, tuple(contradictions))

    def _provenance(self, sheet: FactSheet, article_node: ox.NamedNode, activity: ox.NamedNode,
                    graph: ox.NamedNode, content_hash: str,
                    add: Callable[[ox.NamedNode, str, ox.NamedNode | ox.Literal], None],
                    issues: list[Issue], source: str) -> None:
        article = sheet.article
        add(article_node, _RDF_TYPE, self._node(_KG.NewsArticle))
        add(article_node, _KG.articleId, ox.Literal(article.id))
        add(article_node, _KG.contentHash, ox.Literal(content_hash))
        if article.title:
            add(article_node, _KG.title, ox.Literal(article.title))
        if article.publisher:
            add(article_node, _KG.publisherName, ox.Literal(article.publisher))
        if article.url:
            url = safe_http_iri(article.url)
            if url:
                add(article_node, _KG.sourceUrl, ox.Literal(url, datatype=self._node(XSD + "anyURI")))
            else:
                issues.append(Issue("warning", source, f"URL {article.url!r} is not an absolute http(s) IRI; "
                                    "it is left out of the graph"))
        if article.date:
            try:
                published = parse_time(article.date)
            except ValueError as exc:
                issues.append(Issue("warning", source, f"article date left out: {exc}"))
            else:
                if not published.is_interval:
                    add(article_node, _KG.datePublished, _date_literal(published.start, self._node))
        agent = self._node(f"{self._id_base}agent/kg-{slug(__version__)}")
        add(graph, _PROV_WAS_DERIVED_FROM, article_node)
        add(graph, _PROV_WAS_GENERATED_BY, activity)
        add(activity, _RDF_TYPE, self._node(_PROV_ACTIVITY))
        add(activity, _PROV_USED, article_node)
        add(activity, _PROV_WAS_ASSOCIATED_WITH, agent)
        add(activity, _KG.method, ox.Literal(sheet.method))
        for note in sheet.notes:
            add(activity, _RDFS_COMMENT, ox.Literal(note))
        if self.settings.timestamp is not None:
            stamp = self.settings.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ")
            add(activity, _PROV_ENDED_AT_TIME, ox.Literal(stamp, datatype=self._node(XSD + "dateTime")))
        add(agent, _RDF_TYPE, self._node(_PROV_SOFTWARE_AGENT))
        add(agent, _RDFS_LABEL, ox.Literal(f"kg {__version__}"))

    def _map_fact(self, fact: Fact, article: Article, article_node: ox.NamedNode, activity: ox.NamedNode,
                  entities: _EntityIndex, describe: Callable[[Entity], ox.NamedNode], issues: list[Issue],
                  where: str, contradictions: list[Contradiction],
                  ) -> list[tuple[ox.NamedNode, str, ox.NamedNode | ox.Literal]]:
        article_id = article.id
        spec = self.ontology.relations.get(fact.relation)
        if spec is None:
            raise _Skip(f"unknown relation {fact.relation!r}; kg knows {', '.join(sorted(self.ontology.relations))}")
        subject = self._resolve(entities, fact.subject, "subject")
        self._check_type(spec, spec.domain, subject, "subject")

        time_value: TimeValue | None = None
        object_entity: Entity | None = None
        object_term: ox.NamedNode | ox.Literal
        if spec.literal and not spec.text:
            try:
                time_value = parse_time(fact.object)
            except ValueError as exc:
                raise _Skip(f"the object of {spec.name} must be a date: {exc}") from exc
            object_term = (_date_literal(time_value.start, self._node) if not time_value.is_interval
                           else ox.Literal(str(time_value)))
            if fact.time and fact.time != fact.object:
                issues.append(Issue("warning", where, f"time {fact.time!r} ignored: the object {fact.object!r} "
                                    f"is the time of a {spec.name} fact"))
        elif spec.literal:
            if not fact.object.strip():
                raise _Skip(f"the object of {spec.name} is empty")
            object_term = ox.Literal(fact.object)
        else:
            object_entity = self._resolve(entities, fact.object, "object")
            self._check_type(spec, spec.range, object_entity, "object")
            object_term = self.entity_iri(object_entity)
        if time_value is None and fact.time:
            try:
                time_value = parse_time(fact.time)
            except ValueError as exc:
                raise _Skip(f"time: {exc}") from exc
        speaker = self._resolve(entities, fact.speaker, "speaker") if fact.speaker else None

        subject_node = describe(subject)
        if object_entity is not None:
            describe(object_entity)
        evidence = fact.evidence
        statement = self.statement_iri(
            article_id, spec.iri, subject_node.value, str(object_term), fact.modality.value, fact.time or "",
            str(evidence.start) if evidence and evidence.start is not None else (evidence.text if evidence else ""),
        )
        out: list[tuple[ox.NamedNode, str, ox.NamedNode | ox.Literal]] = []
        emit = out.append
        emit((statement, _RDF_TYPE, self._node(spec.statement_class)))
        emit((statement, _KG.relation, self._node(spec.iri)))
        emit((statement, _KG.subject, subject_node))
        subject_end, object_end = self.ontology.statement_ends.get(spec.statement_class, (None, None))
        if subject_end:
            emit((statement, subject_end, subject_node))
        if spec.statement_class == str(_KG.Quotation):
            emit((statement, _KG.speaker, subject_node))
        # A date interval as object has no single literal: kg:startTime / kg:endTime carry it.
        is_interval_date = time_value is not None and time_value.is_interval and spec.literal and not spec.text
        if not is_interval_date:
            emit((statement, _KG.object if object_entity is not None else _KG.objectValue, object_term))
            if object_end:
                emit((statement, object_end, object_term))
        if spec.role:
            emit((statement, _KG.role, self._node(spec.role)))
        emit((statement, _KG.modality, self._node(self.ontology.modalities[fact.modality])))
        if time_value is not None:
            if time_value.end is not None:
                emit((statement, _KG.startTime, _date_literal(time_value.start, self._node)))
                emit((statement, _KG.endTime, _date_literal(time_value.end, self._node)))
            elif not (spec.literal and not spec.text):
                emit((statement, _KG.pointInTime, _date_literal(time_value.start, self._node)))
            if time_value.earliest:
                emit((statement, _KG.earliestDate, ox.Literal(time_value.earliest.isoformat(),
                                                            datatype=self._node(XSD + "date"))))
            if time_value.latest:
                emit((statement, _KG.latestDate, ox.Literal(time_value.latest.isoformat(),
                                                          datatype=self._node(XSD + "date"))))
        if evidence is not None and evidence.text:
            emit((statement, _KG.evidenceText, ox.Literal(evidence.text)))
            if evidence.start is not None and evidence.end is not None:
                integer = self._node(XSD + "integer")
                emit((statement, _KG.evidenceStart, ox.Literal(str(evidence.start), datatype=integer)))
                emit((statement, _KG.evidenceEnd, ox.Literal(str(evidence.end), datatype=integer)))
        if speaker is not None:
            emit((statement, _KG.speaker, describe(speaker)))
        emit((statement, _KG.confidence, ox.Literal(_decimal(fact.confidence), datatype=self._node(XSD + "decimal"))))
        emit((statement, _KG.inArticle, article_node))
        emit((statement, _PROV_WAS_GENERATED_BY, activity))
        contradiction = None
        if self.reference is not None and object_entity is not None:
            contradiction = self.reference.check(spec.name, subject, object_entity, at=fact.time or article.date,
                                                 modality=fact.modality)
        if contradiction is not None:
            contradictions.append(contradiction)
            issues.append(Issue("warning", where, f"contradicts the reference data: {contradiction.reason}"))
            out.extend(self._contradiction(statement, contradiction))
        elif fact.modality is Modality.ASSERTED and not is_interval_date:
            emit((subject_node, spec.iri, object_term))
        return out

    def _contradiction(self, statement: ox.NamedNode, contradiction: Contradiction,
                       ) -> list[tuple[ox.NamedNode, str, ox.NamedNode | ox.Literal]]:
        node = self._node(statement.value.replace("/statement/", "/contradiction/"))
        out: list[tuple[ox.NamedNode, str, ox.NamedNode | ox.Literal]] = [
            (statement, _KG.contradiction, node),
            (node, _RDF_TYPE, self._node(_KG.Contradiction)),
            (node, _KG.reason, ox.Literal(contradiction.reason)),
        ]
        for role in contradiction.reference_roles:
            if role in self.ontology.roles:
                out.append((node, _KG.referenceRole, self._node(self.ontology.roles[role])))
        for source in contradiction.sources:
            url = safe_http_iri(source)
            if url:
                out.append((node, _KG.referenceSource, self._node(url)))
        return out

    def _resolve(self, entities: _EntityIndex, name: str, role: str) -> Entity:
        entity = entities.get(name)
        if entity is None:
            raise _Skip(f"the {role} {name!r} is not among the sheet's entities (add it to 'entities' "
                        "with its label and type)")
        return entity

    def _check_type(self, spec: RelationSpec, allowed: frozenset[str], entity: Entity, role: str) -> None:
        if not self.ontology.accepts(allowed, entity.type):
            raise _Skip(
                f"ill-typed: the {role} {entity.label!r} is a {entity.type.value}, but {spec.label} <{spec.iri}> "
                f"takes {self.ontology.describe(allowed)} as its {role}; fix the entity's type or the relation"
            )


class _Skip(Exception):
    """A fact that cannot be mapped; its message becomes an error issue."""


class _EntityIndex:
    """Entities of one sheet by label and mention, case- and space-insensitively."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._by_name: dict[str, Entity] = {}
        self.conflicts: list[str] = []
        for entity in entities:
            for name in (entity.label, *entity.mentions):
                key = _name_key(name)
                known = self._by_name.setdefault(key, entity)
                if known is not entity and (known.label, known.type, known.qid) != (entity.label, entity.type,
                                                                                   entity.qid):
                    self.conflicts.append(f"the name {name!r} is given to both {known.label!r} ({known.type.value}) "
                                          f"and {entity.label!r} ({entity.type.value}); facts use the first")

    def get(self, name: str) -> Entity | None:
        return self._by_name.get(_name_key(name))


def _date_literal(point: DatePoint, node: Callable[[str], ox.NamedNode]) -> ox.Literal:
    return ox.Literal(point.lexical, datatype=node(point.datatype))


def _decimal(value: float) -> str:
    """The canonical xsd:decimal form of XSD 1.1 ("1", "0.85"), which is the form Oxigraph stores and
    gives back: a graph compared with its stored version must not differ in how a number is written."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sheet_hash(sheet: FactSheet) -> str:
    """SHA-256 over everything a sheet says, so that an unchanged article can be recognised."""
    payload = json.dumps(
        {"article": _plain(sheet.article) | {"source": None}, "entities": [_plain(e) for e in sheet.entities],
         "facts": [_plain(f) for f in sheet.facts], "method": sheet.method, "notes": list(sheet.notes)},
        sort_keys=True, ensure_ascii=False, default=str,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()



def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies of every leaf (the same result, several times faster)."""
    kind = type(value)
    if kind in _LEAVES:
        return value
    names = _field_names(kind)
    if names:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a named tuple
        return kind(*(_plain(v) for v in value))
    if isinstance(value, (list, tuple)):
        return kind(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


_LEAVES = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind)) if is_dataclass(kind) else ()
