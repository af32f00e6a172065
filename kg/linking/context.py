"""Disambiguation by context: which entity an ambiguous name stands for, with a confidence.

The gazetteer orders the candidates of an ambiguous name by a default (``DISAMBIGUATION``);
the text around a mention can overturn it. Each rule names cue words that point to one reading:
"Georgia" beside "Atlanta" or "governor" is the US state (not in the gazetteer, so the mention
stays unlinked); "Congo" beside "Brazzaville" is the Republic of the Congo; "Brussels" in a
sentence about the EU speaks for the EU, about NATO for NATO, and otherwise for Belgium.
Co-occurring entities of the same region raise the confidence of the default reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from .gazetteer import Gazetteer, GazetteerEntry, normalize_name

__all__ = ["Reading", "disambiguate", "CONTEXT_RULES", "DOCUMENT_RULES"]


@dataclass(frozen=True, slots=True)
class Reading:
    """What a mention stands for: a gazetteer entry (None: something the gazetteer lacks), and how sure."""

    entry: GazetteerEntry | None
    confidence: float
    reason: str


@dataclass(frozen=True, slots=True)
class _Cue:
    target: str | None  # QID, or None for a reading outside the gazetteer (the US state of Georgia)
    pattern: re.Pattern[str]
    why: str


def _cue(target: str | None, words: str, why: str) -> _Cue:
    return _Cue(target, re.compile(rf"\b(?:{words})\b", re.I), why)


#: Normalised ambiguous names and the cues that choose a reading; the first cue found wins.
CONTEXT_RULES: Mapping[str, Sequence[_Cue]] = MappingProxyType({
    "georgia": (
        _cue(None, r"Atlanta|Savannah|Peach State|governor|Gov\.|state senate|Georgia's (?:\d+(?:st|nd|rd|th) )?"
                   r"congressional|Republican primary|Democratic primary|Braves|Bulldogs|U\.S\. state|US state",
             "US-state cues (Atlanta, governor, primaries)"),
        _cue("Q230", r"Tbilisi|Abkhazia|South Ossetia|Georgian|Caucasus|Saakashvili|Kobakhidze|Zourabichvili",
             "cues of the country (Tbilisi, Abkhazia, Georgian)"),
    ),
    "congo": (
        _cue("Q971", r"Brazzaville|Sassou|Pointe-Noire|Republic of the Congo", "cues of the Republic of the Congo"),
        _cue("Q974", r"Kinshasa|Goma|Kivu|Tshisekedi|Kabila|M23|MONUSCO|Democratic Republic",
             "cues of the Democratic Republic of the Congo"),
    ),
    "brussels": (
        _cue("Q7184", r"NATO|North Atlantic|alliance|Stoltenberg|Rutte", "the sentence is about NATO"),
        # ("Brussels has warned that the law is incompatible with the values of the bloc")
        _cue("Q458", r"EU|European Union|European Commission|Commission|bloc|Eurozone|von der Leyen",
             "the sentence is about the EU"),
    ),
    "korea": (
        _cue("Q423", r"North Korea|Pyongyang|Kim Jong|DPRK|Juche", "cues of North Korea"),
        _cue("Q884", r"Seoul|South Korea|ROK|Yoon|Lee Jae", "cues of South Korea"),
    ),
    "security council": (
        # A state's own, where the words beside the name say so: "Russia's Security Council", "the Armenian Security
        # Council", "Security Council Secretary X", "secretary of the Security Council", "the Security Council of the
        # CSTO", "an operational meeting with permanent members of the Security Council"; or a longer name: "the AU's
        # Peace and Security Council" (the name is blanked out of the context, hence the spaces)
        _Cue(None, re.compile(r"(?:['’]s|\b[A-Z][a-z]+(?:an|ian|sh|ese|i)|\b[Nn]ational|\band|"
                              r"\b(?!The\b|U\.?N\b)[A-Z][\w.-]*)\s{2,}(?![a-z])|"
                              r"\s{2,}(?:[Ss]ecretar(?:y|ies)\b(?!-)|of\s+(?!the\s+United\b)(?:the\s+)?[A-Z])|"
                              r"\b(?:[Ss]ecretary|[Cc]hairman|[Cc]hair)\s+of\s+the\s{2,}|"
                              r"\boperational\s+meeting\b"),
             "a state's own security council, or a longer name"),
        # The UN's where the sentence speaks of the UN's ways (vetoes, resolutions, drafts, envoys)
        _cue("Q37470", r"U\.?N\.?|United Nations|resolutions?|vetoe?s?|draft|Secretary-General|ambassadors?|envoys?|"
                       r"non-permanent|General Assembly|peacekeep\w*|mandate|seats?|sanctions|presidency",
             "the sentence speaks of the UN"),
        # A state's own where the sentence is about a leader who chairs one, and no cue of the UN came first
        _cue(None, r"Putin|Lukashenko|Tokayev|Pashinyan|Aliyev|Mirziyoyev|Japarov|Rahmon|Shoigu|Patrushev|Medvedev",
             "a leader who chairs his state's security council"),
        # (otherwise the UN's, as international news means it: the default reading)
    ),
    "macedonia": (
        _cue(None, r"Greek|Greece's|Thessaloniki|Alexander the Great|ancient", "the Greek region or the ancient kingdom"),
        _cue("Q221", r"Skopje|North Macedonia|Macedonian", "cues of North Macedonia"),
    ),
})

#: Cues anywhere in the whole text, tried where the sentence gives none: a text that names the DRC by a name of its
#: own ("the Democratic Republic of Congo", "DRC") means the other Congo by a bare "Congo", as news lists write
#: "Angola, Congo, Gabon ... and the Democratic Republic of Congo".
DOCUMENT_RULES: Mapping[str, _Cue] = MappingProxyType({
    "congo": _cue("Q971", r"Democratic\s+Republic\s+of\s+(?:the\s+)?Congo|DR\s+Congo|DRC|Congo-Kinshasa",
                  "the text names the DRC apart, so its bare Congo is the Republic of the Congo"),
})

# Entities whose presence makes the default reading of a name more likely.
_REGIONAL = MappingProxyType({
    "georgia": re.compile(r"\b(?:Russia|Armenia|Azerbaijan|Ukraine|NATO|Black Sea)\b"),
    "congo": re.compile(r"\b(?:Rwanda|Uganda|Burundi|Angola|African Union)\b"),
})


def disambiguate(name: str, candidates: Sequence[GazetteerEntry], context: str,
                 gazetteer: Gazetteer | None = None, *, document: str = "") -> Reading:
    """The reading of ``name`` (whose gazetteer candidates are ``candidates``) in ``context``.

    Args:
        name: the name as written ("Georgia", "Brussels's").
        candidates: what :meth:`Gazetteer.lookup` gave for it, default first.
        context: the sentence or paragraph around the mention.
        gazetteer: to find a target the candidates lack (NATO or the EU for "Brussels").
        document: the whole text, for the cues of ``DOCUMENT_RULES`` where the context has none.
    """
    key = normalize_name(name)
    default = candidates[0] if candidates else None
    for cue in CONTEXT_RULES.get(key, ()):
        if not cue.pattern.search(_without_name(context, name)):
            continue
        if cue.target is None:
            return Reading(None, 0.8, f"{cue.why}: not an entity of the gazetteer")
        chosen = next((c for c in candidates if c.qid == cue.target), None)
        if chosen is None and gazetteer is not None:
            chosen = next((e for e in gazetteer.entries if e.qid == cue.target), None)
        if chosen is not None:
            return Reading(chosen, 0.9, cue.why)
    document_cue = DOCUMENT_RULES.get(key)
    if document_cue is not None and document_cue.pattern.search(document):
        chosen = next((c for c in candidates if c.qid == document_cue.target), None)
        if chosen is not None:
            return Reading(chosen, 0.85, document_cue.why)
    if default is None:
        return Reading(None, 0.0, "no candidate")
    if len({c.key for c in candidates}) == 1 and key not in CONTEXT_RULES:
        return Reading(default, 0.95, "unambiguous name")
    regional = _REGIONAL.get(key)
    if regional is not None and regional.search(context):
        return Reading(default, 0.85, "default reading, supported by entities of the same region")
    return Reading(default, 0.6, "default reading of an ambiguous name; the context gives no cue")


def _without_name(context: str, name: str) -> str:
    """The context without the name itself, so that "Brussels" does not cue itself."""
    return re.sub(rf"\b{re.escape(name)}\b", " ", context)
