"""Candidates for a name: the offline gazetteer first, read in context; Wikidata's API when allowed.

This is what ``kg link TEXT`` prints and what a user calls to check a link by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from ..models import EntityType
from .context import disambiguate
from .gazetteer import Gazetteer

__all__ = ["LinkCandidate", "SearchClient", "link_name"]

# A type asked for also accepts its subtypes: an Alliance is an Organization.
_ACCEPTS = {EntityType.ORGANIZATION: {EntityType.ORGANIZATION, EntityType.ALLIANCE}}


@dataclass(frozen=True, slots=True)
class LinkCandidate:
    """One candidate entity for a name, with where it came from and how likely it is."""

    qid: str | None
    label: str
    type: EntityType | None
    description: str
    score: float
    source: str  # 'gazetteer' (and its file) or 'wikidata'


class SearchClient(Protocol):
    """What :func:`link_name` needs of an online client (``kg.linking.wikidata.WikidataClient``)."""

    def search(self, name: str, *, type: EntityType | None = None, limit: int = 10) -> Sequence[object]: ...


def link_name(name: str, *, entity_type: EntityType | None = None, context: str = "",
              gazetteer: Gazetteer | None = None, client: SearchClient | None = None,
              limit: int = 10) -> list[LinkCandidate]:
    """Candidates for ``name``, best first.

    Args:
        name: the name as written ("Georgia", "ODKB", "Belgrade's").
        entity_type: keep only candidates of this type (Organization also accepts Alliance).
        context: words around the name, for disambiguation ("... said in Tbilisi").
        gazetteer: the offline gazetteer (the packaged one by default).
        client: an online client; asked only when given (``--online``), after the gazetteer.
        limit: at most this many candidates.
    """
    gazetteer = gazetteer or Gazetteer.load()
    accepted = _ACCEPTS.get(entity_type, {entity_type}) if entity_type else None
    hits = [e for e in gazetteer.lookup(name) if accepted is None or e.type in accepted]
    out: list[LinkCandidate] = []
    if hits:
        reading = disambiguate(name, hits, context or name, gazetteer)
        chosen = reading.entry
        for rank, entry in enumerate(sorted(hits, key=lambda e: e is not chosen)):
            score = reading.confidence if entry is chosen else max(0.05, round((1 - reading.confidence) / (rank + 1), 2))
            how = f"{entry.match.value} match; {reading.reason}" if entry is chosen else f"{entry.match.value} match"
            out.append(LinkCandidate(entry.qid, entry.label, entry.type, how, score, f"gazetteer ({entry.source})"))
    if client is not None:
        known = {c.qid for c in out if c.qid}
        for found in client.search(name, type=entity_type, limit=limit):
            qid = getattr(found, "qid", None)
            if qid in known:
                continue
            out.append(LinkCandidate(qid, getattr(found, "label", "") or "", entity_type,
                                     getattr(found, "description", "") or "", float(getattr(found, "score", 0.0)),
                                     "wikidata"))
    return out[:limit]
