"""Offline gazetteer: states, organisations and named bodies of security news, with their QIDs.

The data ships inside the package, in ``kg/data/`` (written by ``tools/build_gazetteer.py``;
``kg/data/SOURCES.md`` gives sources, licences and attribution). One file per licence:

- ``states.odbl.jsonl``: sovereign states (ODbL-1.0; mledoze/countries and opensanctions/rigour)
- ``historical_states.mit.jsonl``: the Soviet Union, Yugoslavia... (MIT; opensanctions/rigour)
- ``territories.mit.jsonl``: Greenland, Guam, Hong Kong, the Cook Islands... (MIT; opensanctions/rigour)
- ``organisations.ccbysa.jsonl``: intergovernmental organisations (CC BY-SA 4.0; supraverden)
- ``curated.mit.jsonl``: bodies and programmes with no verified QID, written by hand (MIT)
- ``exercise_series.mit.jsonl``: exercise series ("Talisman Sabre", "Zapad"), written by hand (MIT); no
  entities of the gazetteer, but names the mention finder takes for exercises (:func:`load_exercise_series`)

Each file is JSON lines; a first line ``{"_meta": {...}}`` carries the licence and attribution,
every other line is one entity: ``qid`` (``"Q403"`` or null when none was verified), ``label``,
``type`` (a :class:`kg.models.EntityType` value) and lists of ``aliases``, ``acronyms``,
``demonyms`` and ``capitals``.

Lookup rules (:meth:`Gazetteer.lookup`):

1. Names are compared by :func:`normalize_name`: Unicode NFKD with accents dropped
   ("Türkiye" = "Turkiye"), case folded, curly apostrophes made straight, hyphens and dashes
   made spaces ("Rapid-Deployment" = "Rapid Deployment"), full stops dropped ("U.S." = "US"),
   white space collapsed, and a leading "the" dropped ("the Soviet Union" = "Soviet Union").
2. A name that is not found is tried again without a possessive: "Belgrade's" finds Belgrade,
   "the Philippines'" the Philippines, "CSTO's Joint Staff" the CSTO Joint Staff. The exact
   form is tried first, so a name with "'s" of its own ("St. George's") still matches itself.
3. "Name (ACRONYM)" is looked up as both parts: "individual partnership action plan (IPAP)".
4. Each candidate says how it matched (:class:`MatchKind`): label, alias, acronym, demonym
   ("Serbian") or capital ("Belgrade", by metonymy for the state). One entity is returned
   once, by its best kind of match, in that order of preference.

Ambiguity rule: a normalised name that belongs to two different entities (two QIDs, or two
curated bodies without QIDs) must have an entry in :data:`DISAMBIGUATION`, which fixes the
order of the candidates, default first, and says why; tests/test_gazetteer.py fails for any
ambiguous name the table does not cover. The table also documents defaults for names that are
ambiguous in the world but have one candidate here (the US state of Georgia, Washington state
and the Greek region of Macedonia are not in the gazetteer). The current rules:

=============  ==============================================  =================================
name           candidates, default first                       why
=============  ==============================================  =================================
congo          DR Congo Q974, Republic of the Congo Q971        news style (AP, Reuters): bare
                                                               "Congo" is the DRC
congolese      DR Congo Q974, Republic of the Congo Q971        as "congo"
dominican      Dominican Republic Q786, Dominica Q784           the far more frequent referent
korea          South Korea Q884, North Korea Q423               "Korea" alone usually means the
                                                               Republic of Korea
georgia        Georgia Q230                                    the US state is not in the
                                                               gazetteer; context must rule it out
washington     United States Q30 (by its capital)              Washington state, people named
                                                               Washington are not in the gazetteer
macedonia      North Macedonia Q221                            the Greek region and the ancient
                                                               kingdom are not in the gazetteer
guam           Guam Q16635, GUAM Q326816                       the island as news names it; a
                                                               matcher that keeps case finds the
                                                               organisation by "GUAM" in capitals
=============  ==============================================  =================================

Demonyms, capitals and short acronyms are weaker evidence than labels ("Polish" is also a
verb, "US" a pronoun, "Washington" a person): a text matcher built on :meth:`Gazetteer.names`
should match acronyms case-sensitively and let a scorer weigh the :class:`MatchKind`.
"""

from __future__ import annotations

import enum
import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..errors import KgError
from ..models import EntityType
from ..resources import data_dir

if TYPE_CHECKING:  # importlib.resources.abc only from Python 3.11
    from importlib.abc import Traversable

__all__ = [
    "DATA_FILES",
    "DISAMBIGUATION",
    "Disambiguation",
    "ExerciseSeries",
    "Gazetteer",
    "GazetteerEntry",
    "MatchKind",
    "load_exercise_series",
    "normalize_name",
]

#: The packaged data files, in the order they are loaded.
DATA_FILES = (
    "states.odbl.jsonl", "historical_states.mit.jsonl", "territories.mit.jsonl", "organisations.ccbysa.jsonl",
    "curated.mit.jsonl",
)


class MatchKind(str, enum.Enum):
    """How a name matched an entity, strongest first."""

    LABEL = "label"
    ALIAS = "alias"
    ACRONYM = "acronym"
    DEMONYM = "demonym"
    CAPITAL = "capital"


_RANK = {kind: rank for rank, kind in enumerate(MatchKind)}


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """An entity of the gazetteer, as a candidate for a name.

    ``qid`` is None where no QID was verified (curated bodies, BRICS...); ``source`` is the data
    file it came from; ``match`` how the looked-up name matched it (``LABEL`` in
    :attr:`Gazetteer.entries`); ``part_of`` the label of the body it belongs to, if any; ``iso3`` a
    state's ISO 3166-1 alpha-3 code ("PNG"), which texts use as a short name only beside the full one;
    ``subregion`` a sovereign state's part of the world; ``partnership`` whether it is a partnership
    programme or forum of the body it is part of, whose members are that body's partners (NATO's
    Partnership for Peace, Mediterranean Dialogue and Istanbul Cooperation Initiative); ``de_facto`` whether
    it is a state few or no states recognise, which texts also name as a region of the state that claims it
    (Somaliland, Transnistria); ``news_agency`` whether it is a news agency (Reuters, Xinhua), which speaks but is
    no body of states.
    """

    qid: str | None
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    source: str = ""
    match: MatchKind = MatchKind.LABEL
    acronyms: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    part_of: str | None = None
    iso3: str | None = None
    subregion: str | None = None  # a sovereign state's part of the world ("Western Africa"), from the reference data
    partnership: bool = False
    de_facto: bool = False
    news_agency: bool = False

    @property
    def key(self) -> str:
        """What identifies the entity: its QID, or its source and label when it has none."""
        return self.qid if self.qid is not None else f"{self.source}#{self.label}"

    def surface_forms(self) -> Iterator[tuple[str, MatchKind]]:
        """Every name of the entity with its kind: label, aliases, acronyms, demonyms, capitals."""
        yield self.label, MatchKind.LABEL
        if self.label.startswith("Saint "):  # "St Vincent and the Grenadines", "St. Kitts and Nevis"
            yield "St " + self.label[6:], MatchKind.ALIAS
            yield "St. " + self.label[6:], MatchKind.ALIAS
        for kind, names in ((MatchKind.ALIAS, self.aliases), (MatchKind.ACRONYM, self.acronyms),
                            (MatchKind.DEMONYM, self.demonyms), (MatchKind.CAPITAL, self.capitals)):
            for name in names:
                yield name, kind


@dataclass(frozen=True, slots=True)
class Disambiguation:
    """The candidates of an ambiguous name, by entity key (QID), default first, and why."""

    order: tuple[str, ...]
    reason: str


#: Ambiguous names (normalised) and how their candidates are ordered; see the module docstring.
DISAMBIGUATION: Mapping[str, Disambiguation] = MappingProxyType({
    "congo": Disambiguation(("Q974", "Q971"), "news style guides (AP, Reuters) use bare 'Congo' for the DRC"),
    "congolese": Disambiguation(("Q974", "Q971"), "as 'Congo': the DRC is the usual referent"),
    "dominican": Disambiguation(("Q786", "Q784"), "the Dominican Republic is the far more frequent referent"),
    "korea": Disambiguation(("Q884", "Q423"), "'Korea' alone usually means the Republic of Korea"),
    "georgia": Disambiguation(("Q230",), "the country; the US state is not in the gazetteer, context must "
                                         "rule it out"),
    "washington": Disambiguation(("Q30",), "the US government by its capital; Washington state and people "
                                           "named Washington are not in the gazetteer"),
    "macedonia": Disambiguation(("Q221",), "North Macedonia; the Greek region and the ancient kingdom are "
                                           "not in the gazetteer"),
    "guam": Disambiguation(("Q16635", "Q326816"), "the US island; the organisation is written 'GUAM' in "
                                                  "capitals, which a case-keeping matcher tells apart"),
})

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02b9": "'", "`": "'",
                              "\u00b4": "'", "\u2032": "'"})
# Letters NFKD does not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "đ": "d",
                          "Đ": "D", "ł": "l", "Ł": "L", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})
_DASHES = re.compile(r"[-\u2010-\u2015\u2212]")
_INNER_PUNCTUATION = re.compile(r"[,;:/]")
_EDGE_PUNCTUATION = " \"“”«»!?()[]"
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)")
_PARENTHETICAL = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")


@functools.lru_cache(maxsize=1 << 16)  # the same names recur in every article
def normalize_name(name: str) -> str:
    """The form names are compared in: accents dropped, case folded, punctuation evened out.

    >>> normalize_name("the  Türkiye’s")
    "turkiye's"
    >>> normalize_name("U.S.A.")
    'usa'
    >>> normalize_name("Collective Rapid-Deployment Forces")
    'collective rapid deployment forces'
    """
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES).translate(_LETTERS))
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = _DASHES.sub(" ", text).replace(".", "").replace("&", " and ")
    text = _INNER_PUNCTUATION.sub(" ", text)
    text = " ".join(text.split()).strip(_EDGE_PUNCTUATION).casefold()
    return text.removeprefix("the ")


def _without_possessive(key: str) -> str:
    """``key`` without possessive endings ("belgrade's" -> "belgrade", "csto's staff" -> "csto staff")."""
    return _POSSESSIVE.sub("", key)


class Gazetteer:
    """Entities and their names, indexed for lookup by normalised name.

    >>> gazetteer = Gazetteer.load()
    >>> [(e.label, e.qid, e.match.value) for e in gazetteer.lookup("Belgrade's")]
    [('Serbia', 'Q403', 'capital')]
    """

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        """Index ``entries``; most callers want :meth:`load` instead."""
        self._entries = tuple(replace(entry, match=MatchKind.LABEL) for entry in entries)
        index: dict[str, dict[str, GazetteerEntry]] = {}
        for entry in self._entries:
            for surface, kind in entry.surface_forms():
                key = normalize_name(surface)
                if not key:
                    continue
                hits = index.setdefault(key, {})
                known = hits.get(entry.key)
                if known is None or _RANK[kind] < _RANK[known.match]:
                    hits[entry.key] = replace(entry, match=kind)
        self._index = {key: _ordered(key, hits) for key, hits in index.items()}

    @classmethod
    def load(cls, files: Iterable[str] = DATA_FILES, *, folder: Path | None = None) -> Gazetteer:
        """Read the gazetteer shipped in ``kg/data/``.

        Args:
            files: which data files to read (default: all of :data:`DATA_FILES`).
            folder: read the files from this folder instead (a fresh build of the tool).

        Returns:
            A gazetteer over every entity of those files.

        Raises:
            KgError: a file is missing or has a malformed line (reinstall kg, or rerun
                ``tools/build_gazetteer.py`` in a checkout).
        """
        where: Traversable = folder if folder is not None else data_dir()
        entries: list[GazetteerEntry] = []
        for name in files:
            try:
                text = (where / name).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise KgError(f"cannot read the gazetteer file {name} in {where}: {exc}; reinstall kg, or "
                              "run tools/build_gazetteer.py in a checkout") from exc
            entries.extend(_parse_records(text, name))
        return cls(entries)

    @property
    def entries(self) -> tuple[GazetteerEntry, ...]:
        """Every entity, in file order."""
        return self._entries

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Candidates for ``name``, best first; empty when the gazetteer does not know it.

        Args:
            name: a name as written in an article ("Serbia's", "the U.S.", "CSTO").

        Returns:
            Entries whose ``match`` says how the name matched; an ambiguous name lists every
            candidate, the default of :data:`DISAMBIGUATION` first.

        >>> [e.qid for e in Gazetteer.load().lookup("Congo")]
        ['Q974', 'Q971']
        """
        found = self._lookup_plain(name)
        parts = _PARENTHETICAL.match(name.strip())
        if not found and parts:
            found = self._lookup_plain(parts["outer"])
            keys = {entry.key for entry in found}
            found += [entry for entry in self._lookup_plain(parts["inner"]) if entry.key not in keys]
        return found

    def _lookup_plain(self, name: str) -> list[GazetteerEntry]:
        key = normalize_name(name)
        hits = self._index.get(key)
        if hits is None:
            hits = self._index.get(_without_possessive(key))
        return list(hits or ())

    def names(self) -> Iterator[tuple[str, GazetteerEntry]]:
        """Every surface form with its entity (``match`` set to the kind of name), for text matchers.

        Forms are as stored (not normalised); resolve a form found in text with :meth:`lookup`,
        which applies the disambiguation order.
        """
        for entry in self._entries:
            seen: set[str] = set()
            for surface, kind in entry.surface_forms():
                if surface not in seen:
                    seen.add(surface)
                    yield surface, replace(entry, match=kind)

    def ambiguous_names(self) -> dict[str, tuple[str, ...]]:
        """Normalised names that belong to more than one entity, with the entity keys in lookup order."""
        return {key: tuple(entry.key for entry in hits) for key, hits in self._index.items() if len(hits) > 1}


@dataclass(frozen=True, slots=True)
class ExerciseSeries:
    """An exercise held again and again under one name ("Talisman Sabre", "Zapad"): the name and its other
    spellings; ``bare`` when the name alone, with no edition's year after it, names the series in news
    (not "Pitch Black", "Red Flag", "Malabar": phrases or places of other news too)."""

    label: str
    aliases: tuple[str, ...] = ()
    bare: bool = False

    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


EXERCISE_SERIES_FILE = "exercise_series.mit.jsonl"


def load_exercise_series(folder: Path | None = None) -> tuple[ExerciseSeries, ...]:
    """The exercise series shipped in ``kg/data/exercise_series.mit.jsonl`` (or in ``folder``).

    Raises:
        KgError: the file is missing or has a malformed line (reinstall kg).
    """
    where: Traversable = folder if folder is not None else data_dir()
    try:
        text = (where / EXERCISE_SERIES_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(f"cannot read {EXERCISE_SERIES_FILE} in {where}: {exc}; reinstall kg") from exc
    series = []
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            record = json.loads(line) if line.strip() else {"_meta": None}
            if "_meta" not in record:
                series.append(ExerciseSeries(str(record["label"]), tuple(map(str, record.get("aliases", ()))),
                                             bool(record.get("bare", False))))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise KgError(f"kg/data/{EXERCISE_SERIES_FILE}, line {number}: not an exercise series ({exc}); "
                          "each line is an object with a 'label'") from exc
    return tuple(series)


def _ordered(key: str, hits: Mapping[str, GazetteerEntry]) -> tuple[GazetteerEntry, ...]:
    # Default order: strongest kind of match, then label; the table overrides it for ambiguous names.
    rule = DISAMBIGUATION.get(key)
    position = {entity: index for index, entity in enumerate(rule.order)} if rule else {}
    last = len(position)
    return tuple(sorted(hits.values(), key=lambda e: (position.get(e.key, last), _RANK[e.match], e.label)))


def _parse_records(text: str, source: str) -> list[GazetteerEntry]:
    """Entries of one gazetteer file's text (JSON lines; ``_meta`` lines skipped).

    Raises:
        KgError: a line is not a JSON object with ``qid``, ``label`` and a valid ``type``.
    """
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if "_meta" in record:
                continue
            entries.append(_entry(record, source))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise KgError(f"kg/data/{source}, line {number}: not a gazetteer record ({exc}); "
                          "rerun tools/build_gazetteer.py") from exc
    return entries


def _entry(record: dict[str, Any], source: str) -> GazetteerEntry:
    qid = record["qid"]
    if qid is not None and not re.fullmatch(r"Q[1-9][0-9]*", qid):
        raise ValueError(f"qid {qid!r} is not a Wikidata QID")
    return GazetteerEntry(
        qid=qid,
        label=str(record["label"]),
        type=EntityType(record["type"]),
        aliases=tuple(record.get("aliases", ())),
        source=source,
        acronyms=tuple(record.get("acronyms", ())),
        demonyms=tuple(record.get("demonyms", ())),
        capitals=tuple(record.get("capitals", ())),
        part_of=record.get("part_of"),
        iso3=record.get("iso3"),
        subregion=record.get("subregion"),
        partnership=bool(record.get("partnership", False)),
        de_facto=record.get("status") == "de_facto_state",
        news_agency=bool(record.get("news_agency", False)),
    )
