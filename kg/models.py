"""Plain typed values passed between kg's stages: read -> extract -> link -> map -> store/export."""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = [
    "Article",
    "Entity",
    "EntityType",
    "Evidence",
    "Fact",
    "FactSheet",
    "Modality",
]


class EntityType(str, enum.Enum):
    """Entity types of the fact-sheet format; each is a class of ontology/kg.ttl (``kg:factSheetType``)."""

    STATE = "State"
    ALLIANCE = "Alliance"
    ORGANIZATION = "Organization"
    AGREEMENT = "Agreement"
    EXERCISE = "Exercise"
    EVENT = "Event"
    PERSON = "Person"
    MILITARY_UNIT = "MilitaryUnit"
    PLACE = "Place"


class Modality(str, enum.Enum):
    """How an article presents a fact (the corpus README defines each)."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    REPORTED = "reported"
    NEGATED = "negated"


@dataclass(frozen=True, slots=True)
class Article:
    """A news article: cleaned text plus what its page says about it.

    ``id`` names the article within kg (its file stem, or the id of a JSON-lines record);
    ``date`` is an ISO 8601 date, month or year, or None when the page gives none.
    """

    id: str
    text: str = ""
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None  # the path or URL it was read from, for messages


@dataclass(frozen=True, slots=True)
class Entity:
    """Something a fact names: a state, alliance, agreement, exercise, person...

    ``label`` is the canonical English name facts use; ``mentions`` the surface forms the
    article uses; ``qid`` the Wikidata identifier (``Q403``) or None when not linked.
    """

    label: str
    type: EntityType
    mentions: tuple[str, ...] = ()
    qid: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence (or quoted passage) that states a fact, with offsets into ``Article.text``."""

    text: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact: ``subject`` and (for entity-valued relations) ``object`` are entity labels.

    ``relation`` is a fact-sheet relation name (``member_of``); ``object`` is an entity label,
    or a literal for the literal relations (a date, a position, quoted words). ``time`` is an
    ISO 8601 date, month, year or interval; ``speaker`` the label of who a reported fact is
    attributed to; ``confidence`` from 0 to 1.
    """

    subject: str
    relation: str
    object: str
    modality: Modality = Modality.ASSERTED
    time: str | None = None
    evidence: Evidence | None = None
    speaker: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class FactSheet:
    """An article with its entities and facts: what ``kg extract`` writes and ``kg build`` reads."""

    article: Article
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    source: str | None = None  # the path it was read from, for messages
    method: str = "curated"  # how the facts were made: 'curated', or an extractor's name and version
    notes: tuple[str, ...] = ()  # choices the maker recorded, e.g. the reference date of relative times
