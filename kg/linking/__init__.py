"""Linking: from the names an article uses to entities with Wikidata QIDs.

``gazetteer`` is the offline candidate source: states, historical states, organisations and
curated bodies shipped in ``kg/data/``, looked up by normalised name.
"""

from .gazetteer import DISAMBIGUATION, Disambiguation, Gazetteer, GazetteerEntry, MatchKind, normalize_name

__all__ = ["DISAMBIGUATION", "Disambiguation", "Gazetteer", "GazetteerEntry", "MatchKind", "normalize_name"]
