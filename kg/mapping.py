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
from .models import Article, Entity, EntityType, Fact, FactSheet, Modality
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


# Subject and object as their N-Triples text ("<iri>", '"text"@en'), the predicate as its IRI: a line of
# N-Quads is written from these without a pyoxigraph term made for each (see Mapper.prepare_sheet).
_Triple = tuple[str, str, str]


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


# The words of agreements' generic names ("Status of Forces Agreement", "memorandum of understanding on
# military cooperation", "Individual Partnership Action Plan"): each such name stands for many agreements.
_GENERIC_AGREEMENT_WORDS = frozenset(
    "a an the of on in for and between with to its their new agreement agreements memorandum memoranda understanding "
    "treaty pact accord accords convention protocol protocols plan programme program roadmap road map framework "
    "declaration statement charter deal arrangement contract cooperation co-operation collaboration defence defense "
    "military military-technical technical security strategic comprehensive partnership individual action status "
    "forces force visiting reciprocal access mutual assistance border joint patrols patrol cyber cybersecurity "
    "industry industrial bilateral trilateral exchange information intelligence sharing logistics support training "
    "enhanced general basic long-term friendship relations intent letter".split())


def _is_generic_agreement_name(label: str) -> bool:
    words = re.findall(r"[^\W\d_][\w-]*", label.casefold())
    return bool(words) and all(word in _GENERIC_AGREEMENT_WORDS for word in words)


def _agreement_scopes(sheet: FactSheet) -> dict[str, str]:
    """What tells apart the agreements of ``sheet`` whose names are generic: their parties, as the sheet gives
    them ("Status of Forces Agreement" of Hungary and Serbia is not Kenya's and the United Kingdom's), else the
    article (an agreement whose parties it does not name is its own)."""
    generic = {e.label for e in sheet.entities if e.type is EntityType.AGREEMENT and not e.qid
               and _is_generic_agreement_name(e.label)}
    if not generic:
        return {}
    parties: dict[str, set[str]] = {label: set() for label in generic}
    for fact in sheet.facts:
        if fact.relation == "agreement_party" and fact.subject in parties:
            parties[fact.subject].add(fact.object)
    return {label: " ".join(sorted(names)) if names else f"article {sheet.article.id}"
            for label, names in parties.items()}


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

    def entity_iri(self, entity: Entity, *, scope: str | None = None) -> ox.NamedNode:
        """The Wikidata IRI of a linked entity, or a kg IRI minted from its type and label, and from
        ``scope`` where the label alone does not tell one entity from another (see :func:`_agreement_scopes`)."""
        if entity.qid:
            return self._node(WIKIDATA_ENTITY + entity.qid)
        main = self.ontology.main_class(entity.type).rsplit("#", 1)[1]
        kind = _KIND_SEGMENT.get(main, main.lower())
        within = f"--{slug(scope)}" if scope else ""
        return self._node(f"{self._id_base}{kind}/{slug(entity.label)}{within}")

    def statement_iri(self, article_id: str, *parts: str) -> ox.NamedNode:
        return self._node(self._statement(article_id, *parts)[1:-1])

    def _statement(self, article_id: str, *parts: str) -> str:
        digest = hashlib.sha256("\x1f".join((article_id, *parts)).encode("utf-8")).hexdigest()[:24]
        return f"<{self._id_base}statement/{digest}>"  # hex digits and the checked base: a valid IRI

    def _iri(self, iri: str) -> str:
        """The N-Triples form of ``iri``, which pyoxigraph checks the first time it is seen."""
        text = self._iri_texts.get(iri)
        if text is None:
            text = self._iri_texts[iri] = str(self._node(iri))
        return text

    def _typed(self, lexical: str, datatype: str) -> str:
        return f"{_quoted(lexical)}^^{self._iri(datatype)}"

    def _date(self, point: DatePoint) -> str:
        return self._typed(point.lexical, point.datatype)

    # -- mapping ----------------------------------------------------------------------------------

    def prepare_sheet(self, sheet: FactSheet, *, content_hash: str | None = None) -> PreparedSheet:
        """:meth:`map_sheet`, with the quads as N-Quads text for another process (or a store) to load.

        The text is what pyoxigraph's N-Quads serialiser writes for the same quads, byte for byte, but
        written by kg: each IRI is checked by pyoxigraph once and its text kept, and literals are escaped
        as pyoxigraph escapes them, so that no pyoxigraph term is made per quad (mapping an article of
        1,270 quads took 5.4 ms instead of 8.2 ms).
        """
        mapping = self._map(sheet, content_hash)
        return PreparedSheet(mapping.article_id, mapping.graph.value, self._nquads(mapping),
                             mapping.content_hash, mapping.statements, mapping.issues, mapping.relation_counts,
                             mapping.contradictions)

    def _nquads(self, mapping: _Mapping) -> bytes:
        iri_texts = self._iri_texts
        ending = f" {mapping.graph} .\n"
        lines = []
        for subject, predicate, value in mapping.triples:
            # the cache read inline: a method call per quad costs more than the rest of the line
            predicate_text = iri_texts.get(predicate) or self._iri(predicate)
            lines.append(f"{subject} {predicate_text} {value}{ending}")
        return "".join(lines).encode("utf-8")

    def map_sheet(self, sheet: FactSheet, *, content_hash: str | None = None) -> MappedArticle:
        """All quads of ``sheet``'s named graph; ill-typed or unresolvable facts are left out and reported.

        ``content_hash`` is the sheet's :func:`sheet_hash` where the caller has computed it already.
        """
        mapping = self._map(sheet, content_hash)
        # pyoxigraph parses the text faster than Python makes the terms one by one.
        quads = list(ox.parse(self._nquads(mapping), ox.RdfFormat.N_QUADS))
        return MappedArticle(mapping.article_id, mapping.graph, quads, mapping.content_hash, mapping.statements,
                             mapping.issues, mapping.relation_counts, mapping.contradictions)

    def _map(self, sheet: FactSheet, content_hash: str | None) -> _Mapping:
        article = sheet.article
        source = sheet.source or article.source or article.id
        graph = self.graph_iri(article.id)
        article_node = str(self.article_iri(article.id))
        activity = self._iri(f"{self._id_base}activity/{slug(article.id)}")
        issues: list[Issue] = []
        triples: list[_Triple] = []

        def add(s: str, p: str, o: str) -> None:
            triples.append((s, p, o))

        content_hash = content_hash or sheet_hash(sheet)
        self._provenance(sheet, article_node, activity, str(graph), content_hash, add, issues, source)

        entities = _EntityIndex(sheet.entities)
        for duplicate in entities.conflicts:
            issues.append(Issue("warning", source, duplicate))
        entity_texts: dict[int, str] = {}  # by id(): the sheet's entities outlive the mapping
        described: set[str] = set()
        scopes = _agreement_scopes(sheet)

        def iri_of(entity: Entity) -> str:
            text = entity_texts.get(id(entity))
            if text is None:
                scope = scopes.get(entity.label) if entity.type is EntityType.AGREEMENT else None
                text = entity_texts[id(entity)] = self._iri(self.entity_iri(entity, scope=scope).value)
            return text

        def describe(entity: Entity) -> str:
            node = iri_of(entity)
            key = node + "\x1f" + entity.label
            if key not in described:
                described.add(key)
                add(node, _RDF_TYPE, self._iri(self.ontology.classes[entity.type]))
                add(node, _RDFS_LABEL, f"{_quoted(entity.label)}@en")
                for mention in sorted(set(entity.mentions)):
                    add(node, _KG.mention, _quoted(mention))
            return node

        statements = 0
        relation_counts: dict[str, int] = {}
        contradictions: list[Contradiction] = []
        for number, fact in enumerate(sheet.facts):
            where = f"{source}: facts[{number}] ({fact.subject} {fact.relation} {_short(fact.object)})"
            try:
                fact_quads = self._map_fact(fact, article, article_node, activity, entities, iri_of, describe,
                                            issues, where, contradictions)
            except _Skip as skip:
                issues.append(Issue("error", where, str(skip)))
                continue
            if fact_quads:
                statements += 1
                relation_counts[fact.relation] = relation_counts.get(fact.relation, 0) + 1
                triples.extend(fact_quads)
        return _Mapping(article.id, graph, list(dict.fromkeys(triples)), content_hash, statements, tuple(issues),
                        relation_counts, tuple(contradictions))

    def _provenance(self, sheet: FactSheet, article_node: str, activity: str, graph: str, content_hash: str,
                    add: Callable[[str, str, str], None], issues: list[Issue], source: str) -> None:
        article = sheet.article
        add(article_node, _RDF_TYPE, self._iri(_KG.NewsArticle))
        add(article_node, _KG.articleId, _quoted(article.id))
        add(article_node, _KG.contentHash, _quoted(content_hash))
        if article.title:
            add(article_node, _KG.title, _quoted(article.title))
        if article.publisher:
            add(article_node, _KG.publisherName, _quoted(article.publisher))
        if article.url:
            url = safe_http_iri(article.url)
            if url:
                add(article_node, _KG.sourceUrl, self._typed(url, XSD + "anyURI"))
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
                    add(article_node, _KG.datePublished, self._date(published.start))
        agent = self._iri(f"{self._id_base}agent/kg-{slug(__version__)}")
        add(graph, _PROV_WAS_DERIVED_FROM, article_node)
        add(graph, _PROV_WAS_GENERATED_BY, activity)
        add(activity, _RDF_TYPE, self._iri(_PROV_ACTIVITY))
        add(activity, _PROV_USED, article_node)
        add(activity, _PROV_WAS_ASSOCIATED_WITH, agent)
        add(activity, _KG.method, _quoted(sheet.method))
        for note in sheet.notes:
            add(activity, _RDFS_COMMENT, _quoted(note))
        if self.settings.timestamp is not None:
            stamp = self.settings.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ")
            add(activity, _PROV_ENDED_AT_TIME, self._typed(stamp, XSD + "dateTime"))
        add(agent, _RDF_TYPE, self._iri(_PROV_SOFTWARE_AGENT))
        add(agent, _RDFS_LABEL, _quoted(f"kg {__version__}"))

    def _map_fact(self, fact: Fact, article: Article, article_node: str, activity: str, entities: _EntityIndex,
                  iri_of: Callable[[Entity], str], describe: Callable[[Entity], str], issues: list[Issue],
                  where: str, contradictions: list[Contradiction]) -> list[_Triple]:
        article_id = article.id
        spec = self.ontology.relations.get(fact.relation)
        if spec is None:
            raise _Skip(f"unknown relation {fact.relation!r}; kg knows {', '.join(sorted(self.ontology.relations))}")
        subject = self._resolve(entities, fact.subject, "subject")
        self._check_type(spec, spec.domain, subject, "subject")

        time_value: TimeValue | None = None
        object_entity: Entity | None = None
        if spec.literal and not spec.text:
            try:
                time_value = parse_time(fact.object)
            except ValueError as exc:
                raise _Skip(f"the object of {spec.name} must be a date: {exc}") from exc
            object_term = self._date(time_value.start) if not time_value.is_interval else _quoted(str(time_value))
            if fact.time and fact.time != fact.object:
                issues.append(Issue("warning", where, f"time {fact.time!r} ignored: the object {fact.object!r} "
                                    f"is the time of a {spec.name} fact"))
        elif spec.literal:
            if not fact.object.strip():
                raise _Skip(f"the object of {spec.name} is empty")
            object_term = _quoted(fact.object)
        else:
            object_entity = self._resolve(entities, fact.object, "object")
            self._check_type(spec, spec.range, object_entity, "object")
            object_term = iri_of(object_entity)
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
        statement = self._statement(
            article_id, spec.iri, subject_node[1:-1], object_term, fact.modality.value, fact.time or "",
            str(evidence.start) if evidence and evidence.start is not None else (evidence.text if evidence else ""),
        )
        out: list[_Triple] = []
        emit = out.append
        emit((statement, _RDF_TYPE, self._iri(spec.statement_class)))
        emit((statement, _KG.relation, self._iri(spec.iri)))
        emit((statement, _KG.subject, subject_node))
        emit((statement, _KG.subjectLabel, f"{_quoted(subject.label)}@en"))  # see kg:subjectLabel: for the queries
        subject_end, object_end = self.ontology.statement_ends.get(spec.statement_class, (None, None))
        if subject_end:
            emit((statement, subject_end, subject_node))
        if spec.statement_class == str(_KG.Quotation):
            emit((statement, _KG.speaker, subject_node))
        # A date interval as object has no single literal: kg:startTime / kg:endTime carry it.
        is_interval_date = time_value is not None and time_value.is_interval and spec.literal and not spec.text
        if not is_interval_date:
            emit((statement, _KG.object if object_entity is not None else _KG.objectValue, object_term))
            if object_entity is not None:
                emit((statement, _KG.objectLabel, f"{_quoted(object_entity.label)}@en"))
            if object_end:
                emit((statement, object_end, object_term))
        if spec.role:
            emit((statement, _KG.role, self._iri(spec.role)))
        emit((statement, _KG.modality, self._iri(self.ontology.modalities[fact.modality])))
        if time_value is not None:
            if time_value.end is not None:
                emit((statement, _KG.startTime, self._date(time_value.start)))
                emit((statement, _KG.endTime, self._date(time_value.end)))
            elif not (spec.literal and not spec.text):
                emit((statement, _KG.pointInTime, self._date(time_value.start)))
            if time_value.earliest:
                emit((statement, _KG.earliestDate, self._typed(time_value.earliest.isoformat(), XSD + "date")))
            if time_value.latest:
                emit((statement, _KG.latestDate, self._typed(time_value.latest.isoformat(), XSD + "date")))
        if evidence is not None and evidence.text:
            emit((statement, _KG.evidenceText, _quoted(evidence.text)))
            if evidence.start is not None and evidence.end is not None:
                emit((statement, _KG.evidenceStart, self._typed(str(evidence.start), XSD + "integer")))
                emit((statement, _KG.evidenceEnd, self._typed(str(evidence.end), XSD + "integer")))
        if speaker is not None:
            emit((statement, _KG.speaker, describe(speaker)))
        emit((statement, _KG.confidence, self._typed(_decimal(fact.confidence), XSD + "decimal")))
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

    def _contradiction(self, statement: str, contradiction: Contradiction) -> list[_Triple]:
        node = statement.replace("/statement/", "/contradiction/")
        out: list[_Triple] = [
            (statement, _KG.contradiction, node),
            (node, _RDF_TYPE, self._iri(_KG.Contradiction)),
            (node, _KG.reason, _quoted(contradiction.reason)),
        ]
        for role in contradiction.reference_roles:
            if role in self.ontology.roles:
                out.append((node, _KG.referenceRole, self._iri(self.ontology.roles[role])))
        for source in contradiction.sources:
            url = safe_http_iri(source)
            if url:
                out.append((node, _KG.referenceSource, self._iri(url)))
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


# How pyoxigraph writes a literal's characters in N-Triples (checked over every code point by a test):
# the line written here must be the one the store gives back, or a re-ingest would see a change.
_ESCAPES = {code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)} | {
    0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')


def _quoted(text: str) -> str:
    """``text`` as an N-Triples string literal, as pyoxigraph writes it."""
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    return f'"{text}"'


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
    if names:  # leaves are most fields: they are not passed to _plain again
        plain = {}
        for name in names:
            item = getattr(value, name)
            plain[name] = item if type(item) in _LEAVES else _plain(item)
        return plain
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
