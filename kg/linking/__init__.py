"""Linking: from the names an article uses to entities with Wikidata QIDs.

``gazetteer`` is the offline candidate source: states, historical states, organisations and
curated bodies shipped in ``kg/data/``, looked up by normalised name; ``context`` chooses among
the candidates of an ambiguous name from the words around it, with a confidence; ``reference``
holds the reference memberships and the contradiction rule; ``link`` gives the candidates for a
name; ``wikidata`` (imported on demand: it needs the network) is the online client and
``refresh`` rebuilds gazetteer files from Wikidata's query service.
"""

from .context import Reading, disambiguate
from .gazetteer import DISAMBIGUATION, Disambiguation, Gazetteer, GazetteerEntry, MatchKind, normalize_name
from .link import LinkCandidate, link_name
from .reference import Contradiction, ReferenceFacts

__all__ = ["DISAMBIGUATION", "Contradiction", "Disambiguation", "Gazetteer", "GazetteerEntry", "LinkCandidate",
           "MatchKind", "Reading", "ReferenceFacts", "disambiguate", "link_name", "normalize_name"]
