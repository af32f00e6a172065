"""Linking: from the names an article uses to entities with Wikidata QIDs.

``gazetteer`` is the offline candidate source: states, historical states, organisations and
curated bodies shipped in ``kg/data/``, looked up by normalised name; ``context`` chooses among
the candidates of an ambiguous name from the words around it, with a confidence; ``reference``
holds the reference memberships and the contradiction rule.
"""

from .gazetteer import DISAMBIGUATION, Disambiguation, Gazetteer, GazetteerEntry, MatchKind, normalize_name

__all__ = ["DISAMBIGUATION", "Disambiguation", "Gazetteer", "GazetteerEntry", "MatchKind", "normalize_name"]
