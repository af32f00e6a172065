"""Seeded generator of news articles about international security, each with its gold fact sheet.

The articles are English wire-style prose written from templates over the kg gazetteer (states
with their QIDs, demonyms and capitals; NATO, the CSTO, the SCO, the EU and other blocs with
their real rosters) and invented material: exercise names ("Amber Falcon-2023"), people with
roles ("Serbian Defence Minister Ana Petrović", "political analyst ..."), military units,
training grounds, agreements and news agencies. Every relation of the corpus README is written
in several wordings and in all four modalities, with lists, direct and indirect quotes, explicit
dates, months, spans and relative dates, plus background paragraphs that state no facts.

Output, per article ``gen-S-NNNNN`` (seed S, index NNNNN):

* ``gen-S-NNNNN.txt``: the corpus format (TITLE / SOURCE / URL / DATE header, ``---``, body);
* ``gen-S-NNNNN.json``: the gold fact sheet in the corpus format: ``entities`` (mention, label,
  type, wikidata) and ``facts`` (subject, relation, object, time, modality, evidence), where
  the evidence is the exact sentence (or quoted passage) of the body.

Article ``i`` of seed ``s`` depends only on ``s``, ``i``, the word limits and
:data:`GENERATOR_VERSION`, not on how many articles are generated or on global random state.

Usage::

    python benchmarks/generate.py --articles 10000 --seed 1 --out /tmp/kg-gen

    from generate import ArticleGenerator          # with benchmarks/ on sys.path
    generated = ArticleGenerator(seed=1).article(0)
    generated.text, generated.sheet                 # the .txt content and the gold sheet (a dict)

Relative dates are resolved against the article's DATE as follows (the README of this folder
repeats the table): "on Tuesday" = the Tuesday of the six days before; "next week" / "last
week" = Monday/Sunday interval of that week; "later this month", "next month", "last month"
= that month; "later this year", "earlier this year", "next year", "last year" = that year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script, or imported with benchmarks/ on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _world import (
        AGENCIES,
        EXERCISE_ADJECTIVES,
        EXERCISE_NOUNS,
        NAME_POOLS,
        NO_PRESIDENT,
        TOPONYM_STEMS,
        UNIT_TYPES,
        Bloc,
        Ent,
        State,
        Theatre,
        World,
        build_world,
        feminine,
    )
else:
    from ._world import (
        AGENCIES,
        EXERCISE_ADJECTIVES,
        EXERCISE_NOUNS,
        NAME_POOLS,
        NO_PRESIDENT,
        TOPONYM_STEMS,
        UNIT_TYPES,
        Bloc,
        Ent,
        State,
        Theatre,
        World,
        build_world,
        feminine,
    )

__all__ = ["GENERATOR_VERSION", "RELATIONS", "ArticleGenerator", "GeneratedArticle", "generate", "main"]

#: Bump when the output for a given seed changes, so that cached corpora are rebuilt.
GENERATOR_VERSION = "1"

#: The relations of the corpus README, every one of which the generator writes.
RELATIONS = (
    "member_of",
    "observer_of",
    "partner_of",
    "applied_for_membership_of",
    "left",
    "suspended_participation_in",
    "participates_in_exercise",
    "hosts_exercise",
    "organizes_exercise",
    "exercise_located_in",
    "exercise_date",
    "agreement_party",
    "signed_agreement_with",
    "agreement_date",
    "founded_in",
    "founded_by",
    "part_of",
    "holds_position",
    "nationality",
    "said",
)
MODALITIES = ("asserted", "planned", "reported", "negated")
A, P, R, N = MODALITIES

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

Fact = tuple[str, str, str, str, "str | None"]  # subject, relation, object, modality, time


# --- small text helpers -------------------------------------------------------------------


def _cap(text: str) -> str:
    """``text`` with its first letter upper-cased (after any opening quote mark)."""
    for i, char in enumerate(text):
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :] if char.islower() else text
        if char not in "\"“‘'(":
            return text
    return text


def _a(phrase: str) -> str:
    """``phrase`` with the indefinite article it takes ("an Uzbek analyst", "a defence pact")."""
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def _once(doc: _Doc, key: str) -> bool:
    """True the first time ``key`` is asked for in this article (so a block is not told twice)."""
    if doc.used.get("once:" + key):
        return False
    doc.used["once:" + key] = True
    return True


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _plural(noun: str) -> bool:
    return noun.endswith(("drills", "games", "manoeuvres", "maneuvers", "exercises"))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80]


def _month_start(day: dt.date, delta: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + delta
    return dt.date(index // 12, index % 12 + 1, 1)


# --- values of one article ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Variant:
    """One way of introducing a person: words before the name and/or an apposition after it."""

    pre: str | None
    appos: str | None
    facts: tuple[tuple[str, str], ...]  # (relation, object) stated by this introduction
    ents: tuple[tuple[Ent, str], ...] = ()  # entities named in the introduction (entity, mention)


@dataclass(frozen=True, slots=True)
class _Person:
    ent: Ent
    surname: str
    female: bool
    variants: tuple[_Variant, ...]


@dataclass(slots=True)
class _Exercise:
    label: str
    series: str
    year: int
    sep: str  # "-" or " " between series name and year
    mention: str  # how the article names it (with or without the year)
    start: dt.date
    end: dt.date
    tense: str  # "planned" | "ongoing" | "past"
    kind: str
    noun: str
    host: State
    participants: list[State]
    bloc: Bloc | None
    place: Ent | None
    place_kind: str  # "ground" | "sea" | "city" | "state"
    outsiders: list[State] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Style:
    dates: str  # "dm" (5 September), "md" (September 5), "ap" (Sept. 5)
    british: bool
    curly: bool
    oxford: bool
    dash: str


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """One generated article: file stem, the ``.txt`` content, the gold sheet and the body's word count."""

    stem: str
    text: str
    sheet: dict[str, Any]
    words: int


# --- the article under construction -------------------------------------------------------


class _Doc:
    """Paragraphs, gold entities and gold facts of one article, built sentence by sentence."""

    def __init__(
        self,
        rng: random.Random,
        world: World,
        theatre: Theatre,
        date: dt.date,
        style: _Style,
        agency: tuple[str, str],
    ) -> None:
        self.rng = rng
        self.world = world
        self.theatre = theatre
        self.date = date
        self.style = style
        self.agency = agency
        self.paragraphs: list[list[str]] = []
        self.facts: list[dict[str, str]] = []
        self.fact_keys: set[tuple[str, ...]] = set()
        self.keys_in_order: list[tuple[str, ...]] = []  # each fact's key, so a rollback keeps the rest's
        self.mentions: dict[str, Ent] = {}
        self.seen: dict[str, bool] = {}  # labels already introduced (states, blocs, people, exercises)
        self.people: dict[str, _Person] = {}  # role key -> person, so one office has one holder
        self.words = 0
        self.last_person: str | None = None
        self.used: dict[
            str, Any
        ] = {}  # names already used (exercises, units, people) and per-article choices

    # checkpoints let a block be dropped when it would make the article too long
    def checkpoint(self) -> tuple[Any, ...]:
        return (
            len(self.paragraphs),
            len(self.facts),
            len(self.mentions),
            dict(self.seen),
            dict(self.people),
            self.words,
            dict(self.used),
        )

    def rollback(self, mark: tuple[Any, ...]) -> None:
        paragraphs, facts, mentions, seen, people, words, used = mark
        del self.paragraphs[paragraphs:]
        del self.facts[facts:]
        for key in list(self.mentions)[mentions:]:
            del self.mentions[key]
        del self.keys_in_order[facts:]
        self.fact_keys = set(self.keys_in_order)
        self.seen, self.people, self.words, self.used = seen, people, words, used

    # --- text and facts
    def par(self) -> None:
        self.paragraphs.append([])
        self.last_person = None

    def say(self, sentence: str, facts: Sequence[Fact] = ()) -> None:
        sentence = _cap(sentence)
        self.paragraphs[-1].append(sentence)
        self.words += len(sentence.split())
        for fact in facts:
            self._fact(fact, sentence, _agreement_of(facts))

    def passage(self, sentences: Sequence[str], facts: Sequence[Fact]) -> None:
        """Sentences that together carry facts (a quotation split by "he said")."""
        sentences = [_cap(s) for s in sentences]
        self.paragraphs[-1].extend(sentences)
        self.words += sum(len(s.split()) for s in sentences)
        evidence = " ".join(sentences)
        for fact in facts:
            self._fact(fact, evidence, _agreement_of(facts))

    def _fact(self, fact: Fact, evidence: str, agreement: str | None = None) -> None:
        subject, relation, obj, modality, when = fact
        key: tuple[str, ...] = (subject, relation, obj, modality)
        if relation == "signed_agreement_with" and agreement is not None:
            key = (*key, agreement)  # one signing of each agreement: two agreements of a pair are two facts
        if key in self.fact_keys:
            return
        self.fact_keys.add(key)
        self.keys_in_order.append(key)
        item = {"subject": subject, "relation": relation, "object": obj}
        if when:
            item["time"] = when
        item["modality"] = modality
        item["evidence"] = evidence
        self.facts.append(item)

    def m(self, ent: Ent, mention: str) -> str:
        """Record that ``mention`` names ``ent`` in the body; returns the mention."""
        known = self.mentions.get(mention)
        if known is None:
            self.mentions[mention] = ent
        elif known != ent:
            raise AssertionError(f"generator bug: {mention!r} names both {known} and {ent}")
        return mention

    def free(self, mention: str, ent: Ent) -> bool:
        """Whether ``mention`` can name ``ent`` (it names nothing else in this article)."""
        known = self.mentions.get(mention)
        return known is None or known == ent

    # --- random choice shortcuts
    def pick(self, options: Sequence[Any]) -> Any:
        return options[int(self.rng.random() * len(options))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def sample(self, options: Sequence[Any], k: int) -> list[Any]:
        return self.rng.sample(list(options), min(k, len(options)))

    def q(self, text: str, closing: str = "") -> str:
        """``text`` in quotation marks, with ``closing`` punctuation inside them."""
        return f"“{text}{closing}”" if self.style.curly else f'"{text}{closing}"'

    def join(self, names: Sequence[str]) -> str:
        if len(names) == 1:
            return names[0]
        comma = "," if self.style.oxford and len(names) > 2 else ""
        return ", ".join(names[:-1]) + f"{comma} and {names[-1]}"

    def sp(self, uk: str, us: str) -> str:
        return uk if self.style.british else us

    # --- names of things
    def st(self, state: State, *, alt: bool = True) -> str:
        """The state's name in running text ("the United States", "Türkiye"), recorded as a mention."""
        form = state.label
        if alt and state.forms and self.seen.get(state.label) and self.chance(0.15):
            form = self.pick(state.forms)
        self.seen[state.label] = True
        self.m(state.ent, form)
        the = form not in ("Britain", "Türkiye") and (state.the or form != state.label)
        return f"the {form}" if the else form

    def sts(self, states: Sequence[State]) -> str:
        return self.join([self.st(s) for s in states])

    def bl(self, bloc: Bloc, *, short: bool = False) -> str:
        """The bloc's name: in full (with its acronym) at first mention, then its short form."""
        first = not self.seen.get(bloc.label)
        self.seen[bloc.label] = True
        the_full = bloc.full not in ("AUKUS", "BRICS")
        if (
            first
            and not short
            and bloc.short != bloc.full
            and not (bloc.short == "NATO" and self.chance(0.5))
        ):
            self.m(bloc.ent, bloc.full)
            if self.chance(0.75):
                self.m(bloc.ent, bloc.short)
                return f"the {bloc.full} ({bloc.short})"
            return f"the {bloc.full}"
        if first and bloc.short == bloc.full:
            self.m(bloc.ent, bloc.full)
            return f"the {bloc.full}" if the_full else bloc.full
        self.m(bloc.ent, bloc.short)
        return f"the {bloc.short}" if bloc.the_short else bloc.short

    def adj(self, state: State) -> str:
        """The adjective for the state: its demonym, or "U.S." in American style."""
        if state.label == "United States" and not self.style.british:
            return "U.S."
        return state.demonym

    def ministry(self, state: State, which: str = "defence") -> tuple[Ent, str]:
        """The state's defence or foreign ministry: (entity, its name in running text)."""
        name = self.sp("Defence", "Defense") if which == "defence" else "Foreign"
        label = f"{state.demonym} {name} Ministry"
        ent = Ent(label, "Organization")
        key = f"ministry-form:{label}"
        long = f"{state.demonym} Ministry of {name if which == 'defence' else 'Foreign Affairs'}"
        form = self.used.get(key) or self.pick((label, long))
        self.used[key] = form
        return ent, f"the {self.m(ent, form)}"

    def armed_forces(self, state: State, branch: str = "Armed Forces") -> tuple[Ent, str]:
        if state.label == "United States":
            ent = Ent(f"United States {branch}", "MilitaryUnit")
            return ent, f"the {self.m(ent, self.adj(state) + ' ' + branch)}"
        label = f"{state.demonym} {branch}"
        ent = Ent(label, "MilitaryUnit")
        return ent, f"the {self.m(ent, label)}"

    # --- dates
    def day(self, day: dt.date, *, year: bool = False) -> str:
        style = self.style.dates
        if style == "dm":
            text = f"{day.day} {_MONTHS[day.month - 1]}"
            return f"{text} {day.year}" if year else text
        month = _AP_MONTHS[day.month - 1] if style == "ap" else _MONTHS[day.month - 1]
        return f"{month} {day.day}, {day.year}" if year else f"{month} {day.day}"

    def month(self, day: dt.date, *, year: bool = True) -> str:
        return f"{_MONTHS[day.month - 1]} {day.year}" if year else _MONTHS[day.month - 1]

    def span(self, start: dt.date, end: dt.date, *, year: bool) -> str:
        """A date range with its preposition: "from 5 to 9 September", "on September 5-9"."""
        style = self.style.dates
        same_month = start.month == end.month
        if style == "dm":
            if same_month:
                month = _MONTHS[start.month - 1] + (f" {start.year}" if year else "")
                return self.pick(
                    (
                        f"from {start.day} to {end.day} {month}",
                        f"on {start.day}-{end.day} {month}",
                        f"between {start.day} and {end.day} {month}",
                    )
                )
            return f"from {self.day(start)} to {self.day(end, year=year)}"
        months = _AP_MONTHS if style == "ap" else _MONTHS
        tail = f", {start.year}" if year else ""
        if same_month:
            month = months[start.month - 1]
            return self.pick(
                (f"from {month} {start.day} to {end.day}{tail}", f"on {month} {start.day}-{end.day}{tail}")
            )
        return f"from {months[start.month - 1]} {start.day} to {months[end.month - 1]} {end.day}{tail}"

    def relative(self, day: dt.date) -> tuple[str, str] | None:
        """A relative phrase for ``day`` seen from the article's date, with its ISO value; or None."""
        today = self.date
        monday = today - dt.timedelta(days=today.weekday())
        options: list[tuple[str, str]] = []
        if day > today:
            next_monday = monday + dt.timedelta(days=7)
            if next_monday <= day <= next_monday + dt.timedelta(days=6):
                options.append(("next week", f"{next_monday}/{next_monday + dt.timedelta(days=6)}"))
            if (day.year, day.month) == (today.year, today.month):
                options.append(("later this month", f"{day.year}-{day.month:02d}"))
            nxt = _month_start(today, 1)
            if (day.year, day.month) == (nxt.year, nxt.month):
                options.append(("next month", f"{day.year}-{day.month:02d}"))
            if day.year == today.year and not options:
                options.append(("later this year", str(day.year)))
            if day.year == today.year + 1:
                options.append(("next year", str(day.year)))
        elif day < today:
            if (today - day).days <= 6:
                options.append((f"on {_WEEKDAYS[day.weekday()]}", day.isoformat()))
            last_monday = monday - dt.timedelta(days=7)
            if last_monday <= day < monday:
                options.append(("last week", f"{last_monday}/{monday - dt.timedelta(days=1)}"))
            prev = _month_start(today, -1)
            if (day.year, day.month) == (prev.year, prev.month):
                options.append(("last month", f"{day.year}-{day.month:02d}"))
            if day.year == today.year and not options:
                options.append(("earlier this year", str(day.year)))
            if day.year == today.year - 1:
                options.append(("last year", str(day.year)))
        else:
            options.append((f"on {_WEEKDAYS[day.weekday()]}", day.isoformat()))
        return self.pick(options) if options else None

    def when(self, day: dt.date, *, allow_relative: bool = True) -> tuple[str, str]:
        """A phrase for a single day ("on 12 March", "on Tuesday", "next week") and its ISO value."""
        if allow_relative and self.chance(0.4):
            rel = self.relative(day)
            if rel:
                return rel
        return f"on {self.day(day, year=day.year != self.date.year or self.chance(0.3))}", day.isoformat()

    def weekday_recent(self) -> tuple[str, dt.date]:
        back = 1 + int(self.rng.random() * 5)
        day = self.date - dt.timedelta(days=back)
        return f"on {_WEEKDAYS[day.weekday()]}", day

    # --- people
    def person(self, pool: str) -> tuple[Ent, str, bool]:
        males, females, surnames, order = NAME_POOLS[pool]
        for _ in range(20):
            female = self.chance(0.3)
            given = self.pick(females if female else males)
            surname = self.pick(surnames)
            if female:
                surname = feminine(surname, pool)
            name = f"{surname} {given}" if order == "fg" else f"{given} {surname}"
            if not self.used.get("person:" + name) and not self.used.get("surname:" + surname):
                break
        self.used["person:" + name] = True
        self.used["surname:" + surname] = True
        return Ent(name, "Person"), surname, female

    def official(self, state: State, office: str | None = None) -> _Person:
        """The holder of a state office in this article (the same person each time it is asked for)."""
        offices = _offices(state, self.style.british)
        office = office if office in offices else self.pick(list(offices))
        key = f"office:{state.label}:{office}"
        if key in self.people:
            return self.people[key]
        ent, surname, female = self.person(state.pool)
        the_name = f"the {state.label}" if state.the else state.label
        position = f"{office} of {the_name}"
        lower = offices[office]
        variants = (
            _Variant(f"{self.adj(state)} {office}", None, (("holds_position", position),)),
            _Variant(
                None,
                f"{_poss(the_name)} {lower}",
                (("holds_position", position),),
                ((state.ent, state.label),),
            ),
            _Variant(
                None,
                f"the {lower} of {the_name}",
                (("holds_position", position),),
                ((state.ent, state.label),),
            ),
        )
        person = _Person(ent, surname, female, variants)
        self.people[key] = person
        return person

    def expert(self, state: State) -> _Person:
        key = f"expert:{state.label}"
        if key in self.people:
            return self.people[key]
        ent, surname, female = self.person(state.pool)
        role = self.pick(
            (
                "political analyst",
                "military analyst",
                "defence expert" if self.style.british else "defense expert",
                "political scientist",
                "security analyst",
                "military historian",
                "foreign policy expert",
            )
        )
        the_name = f"the {state.label}" if state.the else state.label
        facts = (("holds_position", role), ("nationality", state.label))
        variants = (
            _Variant(f"{state.demonym} {role}", None, facts),
            _Variant(None, f"{_a(role)} from {the_name}", facts, ((state.ent, state.label),)),
            _Variant(None, _a(f"{state.demonym} {role}"), facts),
        )
        person = _Person(ent, surname, female, variants)
        self.people[key] = person
        return person

    def officer(self, state: State) -> _Person:
        key = f"officer:{state.label}"
        if key in self.people:
            return self.people[key]
        ent, surname, female = self.person(state.pool)
        rank = self.pick(
            (
                "Colonel",
                "Lieutenant Colonel",
                "Major General",
                "Brigadier General",
                "Lieutenant General",
                "Rear Admiral",
                "Captain",
            )
        )
        the_name = f"the {state.label}" if state.the else state.label
        facts = (("holds_position", rank), ("nationality", state.label))
        variants = (
            _Variant(f"{state.demonym} {rank}", None, facts),
            _Variant(rank, f"a senior officer from {the_name}", facts, ((state.ent, state.label),)),
        )
        person = _Person(ent, surname, female, variants)
        self.people[key] = person
        return person

    def secretary(self, bloc: Bloc) -> _Person | None:
        if not bloc.secretary:
            return None
        key = f"secretary:{bloc.label}"
        if key in self.people:
            return self.people[key]
        members = [self.world.states[s] for s in bloc.members]
        ent, surname, female = self.person(self.pick(members).pool)
        short = bloc.short
        the_short = f"the {short}" if bloc.the_short else short
        position = f"{bloc.secretary} of {the_short}"
        variants = (
            _Variant(
                f"{short} {bloc.secretary}", None, (("holds_position", position),), ((bloc.ent, short),)
            ),
            _Variant(
                None,
                f"the {bloc.secretary.lower()} of {the_short}",
                (("holds_position", position),),
                ((bloc.ent, short),),
            ),
        )
        person = _Person(ent, surname, female, variants)
        self.people[key] = person
        return person

    def ref(self, person: _Person, *, end: bool = False, pronoun: bool = True) -> tuple[str, list[Fact]]:
        """How the text names ``person``: in full with a role the first time, then by surname or pronoun."""
        label = person.ent.label
        if self.seen.get(label):
            if pronoun and not end and self.last_person == label and self.chance(0.6):
                return ("she" if person.female else "he"), []
            self.last_person = label
            return person.surname, []
        self.seen[label] = True
        self.last_person = label
        # an introduction stating a nationality must name the state unless the article already does
        usable = [
            v
            for v in person.variants
            if all(
                rel != "nationality" or self.seen.get(obj) or any(e.label == obj for e, _ in v.ents)
                for rel, obj in v.facts
            )
        ]
        variant = self.pick(usable or person.variants)
        name = self.m(person.ent, label)
        for ent, mention in variant.ents:
            self.m(ent, mention)
        facts: list[Fact] = [(label, rel, obj, A, None) for rel, obj in variant.facts]
        named = f"{variant.pre} {name}" if variant.pre else name
        if variant.appos is None:
            return named, facts
        return (f"{named}, {variant.appos}" if end else f"{named}, {variant.appos},"), facts


def _offices(state: State, british: bool) -> dict[str, str]:
    """Offices of a state: title as written before a name -> the same in running text."""
    if state.label == "United States":
        return {
            "Defense Secretary": "defense secretary",
            "Secretary of State": "secretary of state",
            "President": "president",
        }
    if state.label == "United Kingdom":
        return {
            "Defence Secretary": "defence secretary",
            "Foreign Secretary": "foreign secretary",
            "Prime Minister": "prime minister",
        }
    defence = "Defence" if british else "Defense"
    offices = {
        f"{defence} Minister": f"{defence.lower()} minister",
        "Foreign Minister": "foreign minister",
        "Prime Minister": "prime minister",
        "President": "president",
        "Chief of the General Staff": "chief of the general staff",
        f"Deputy {defence} Minister": f"deputy {defence.lower()} minister",
    }
    if state.label in NO_PRESIDENT:
        del offices["President"]
    return offices


# --- speech ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Content:
    """What someone says: the words, and the facts they carry (modalities already set for speech)."""

    text: str
    facts: tuple[Fact, ...] = ()


def _mod(kind: str, voice: str) -> str:
    """Modality of a fact of ``kind`` ("fact", "future", "neg") told in ``voice``.

    Voices: "article" (its own statement), "speech" (inside a quote or reported clause), "hedged"
    ("according to media reports").
    """
    if kind == "neg":
        return N
    if voice == "hedged":
        return R
    if kind == "future":
        return P
    return A if voice == "article" else R


def _speaker(
    doc: _Doc, who: _Person | tuple[Ent, str], *, end: bool = False, pronoun: bool = True
) -> tuple[str, str, list[Fact]]:
    """(label, words naming the speaker, facts of the naming) for a person or an institution."""
    if isinstance(who, _Person):
        words, facts = doc.ref(who, end=end, pronoun=pronoun)
        return who.ent.label, words, facts
    ent, words = who
    return ent.label, words, []


def _quote(doc: _Doc, who: _Person | tuple[Ent, str], content: _Content) -> None:
    """A sentence quoting ``content`` directly, credited to ``who``."""
    text = _cap(content.text)
    inst = not isinstance(who, _Person)
    style = int(doc.rng.random() * (5 if inst else 7))
    if style == 0:
        label, name, facts = _speaker(doc, who)
        sentence = f"{doc.q(text, ',')} {name} said."
    elif style == 1:
        label, name, facts = _speaker(doc, who, end=True)
        sentence = f"{doc.q(text, ',')} said {name}."
    elif style == 2:
        label, name, facts = _speaker(doc, who)
        sentence = f"{name} said: {doc.q(text, '.')}"
    elif style == 3:
        label, name, facts = _speaker(doc, who)
        sentence = (
            f"{doc.q(text, ',')} {name} said in a statement."
            if inst
            else f"{doc.q(text, ',')} {name} told reporters."
        )
    elif style == 4 and not inst:
        label, name, facts = _speaker(doc, who, pronoun=False)
        agency = doc.pick(
            ("Reuters", "the Associated Press", "local media", "state television", f"the {doc.agency[0]}")
        )
        if agency == f"the {doc.agency[0]}":
            doc.m(Ent(doc.agency[0], "Organization"), doc.agency[0])
        elif agency in ("Reuters", "the Associated Press"):
            doc.m(Ent(agency.removeprefix("the "), "Organization"), agency.removeprefix("the "))
        sentence = f"{_cap(agency)} quoted {name} as saying: {doc.q(text, '.')}"
        doc.say(sentence, [*facts, (label, "said", text, R, None), *content.facts])
        return
    elif style == 4:
        label, name, facts = _speaker(doc, who)
        sentence = f"{doc.q(text, ',')} {name} said on its website."
    else:
        label, name, facts = _speaker(doc, who)
        sentence = f"{doc.q(text, ',')} {name} said, speaking at a press conference."
    doc.say(sentence, [*facts, (label, "said", text, A, None), *content.facts])


def _report(doc: _Doc, who: _Person | tuple[Ent, str], content: _Content) -> None:
    """A sentence reporting ``content`` indirectly ("X said that ..."), credited to ``who``."""
    text = content.text
    style = int(doc.rng.random() * 6)
    if style == 0:
        label, name, facts = _speaker(doc, who)
        sentence = f"{name} said {text}."
    elif style == 1:
        label, name, facts = _speaker(doc, who)
        verb = doc.pick(("said that", "told reporters that", "noted that", "stressed that", "added that"))
        sentence = f"{name} {verb} {text}."
    elif style == 2:
        label, name, facts = _speaker(doc, who, end=True)
        sentence = f"According to {name}, {text}."
    elif style == 3:
        label, name, facts = _speaker(doc, who)
        text = _cap(text)
        sentence = f"{text}, {name} said."
    elif style == 4:
        label, name, facts = _speaker(doc, who)
        sentence = f"{name} said in a statement that {text}."
    else:
        label, name, facts = _speaker(doc, who)
        sentence = (
            f"{name} told journalists {doc.pick(('on the sidelines of the meeting', 'after the talks'))} "
            f"that {text}."
        )
    doc.say(sentence, [*facts, (label, "said", text, A, None), *content.facts])


def _speak(doc: _Doc, who: _Person | tuple[Ent, str], content: _Content) -> None:
    """Quote or report ``content``, whose words must read well both ways."""
    (_quote if doc.chance(0.5) else _report)(doc, who, content)


def _opinion(doc: _Doc, who: _Person | tuple[Ent, str], topic: str) -> None:
    """A fact-free remark on ``topic`` ("exercise" or "politics"), quoted or reported."""
    if doc.chance(0.55):
        _quote(doc, who, _Content(_fresh(doc, _QUOTES[topic])))
    else:
        _report(doc, who, _Content(_fresh(doc, _CLAUSES[topic])))


def _fresh(doc: _Doc, options: Sequence[str]) -> str:
    """One of ``options`` not yet used in this article, if any is left."""
    left = [o for o in options if not doc.used.get("text:" + o)]
    choice = doc.pick(left or options)
    doc.used["text:" + choice] = True
    return choice


def _two_part_quote(doc: _Doc, who: _Person, first: str, second: str) -> None:
    """A quotation split by its attribution: "A," he said. "B." -- one said fact, joined with ' … '."""
    first, second = _cap(first), _cap(second)
    label, name, facts = _speaker(doc, who)
    one = f"{doc.q(first, ',')} {name} said."
    two = doc.q(second, ".")
    doc.passage([one, two], [*facts, (label, "said", f"{first} … {second}", A, None)])


_QUOTES = {
    "exercise": (
        "These drills are not directed against any third country",
        "Our aim is to strengthen the interoperability of our forces in a complex environment",
        "We are sending a clear signal that we are ready to defend our common interests",
        "Our soldiers have shown a high level of professionalism and readiness",
        "Nobody should see a threat in what is a purely defensive exercise",
        "We have learnt a great deal from each other over the past few years",
        "The exercise will test our ability to respond quickly to an unexpected crisis",
        "The scenario is based on the lessons of recent conflicts",
        "Every unit taking part has been given a task it could face in a real crisis",
        "Training together today means we will be able to act together tomorrow",
        "The weather has been difficult, but the troops have coped well",
        "We have invited observers because we have nothing to hide",
    ),
    "politics": (
        "Cooperation in the field of defence has never been as close as it is today",
        "The security situation in the region requires us to act together",
        "We remain open to dialogue with all our neighbours",
        "This is an important step in strengthening dialogue, understanding and trust",
        "Stability in the region is in the interest of every country here",
        "We are not choosing sides; we are protecting our own national interests",
        "Transparency is the best answer to the suspicion of our neighbours",
        "The world has changed, and our armed forces have to change with it",
        "Our partners know that they can count on us",
        "Decisions of this kind are taken by the government alone and by nobody else",
        "We expect a constructive approach from all sides",
        "This decision was not taken against anyone",
        "The door remains open, but the conditions have to be right",
        "We will judge our partners by their deeds, not by their words",
    ),
}

_CLAUSES = {
    "exercise": (
        "the drills were purely defensive and were not directed against any third country",
        "the exercise would help the troops practise joint command procedures",
        "the forces involved would return to their permanent bases once the drills ended",
        "the troops would rehearse the defence of key infrastructure",
        "the results of the exercise would be analysed at a joint conference",
        "the units had been brought to full combat readiness in under 48 hours",
        "the drills had been planned long before the current tensions",
        "live-fire training would take place only in the final phase",
    ),
    "politics": (
        "cooperation in the field of defence had reached an unprecedented level",
        "the security situation in the region required closer coordination",
        "the two sides shared a common interest in stability along their borders",
        "the government's position on military neutrality had not changed",
        "the decision had been taken after long consultations with the country's partners",
        "further talks would be held before the end of the year",
        "the country would continue to pursue a balanced foreign policy",
        "the move reflected a sovereign decision that no third country could veto",
        "relations with the country's neighbours remained a priority",
        "military cooperation was only one part of a much broader relationship",
        "the details would be worked out by experts from both sides",
        "the government expected a formal reply within weeks",
    ),
}

_SCENARIOS = (
    "the defence of a border area against an armed incursion",
    "the liberation of a town seized by illegal armed groups",
    "the evacuation of civilians from a conflict zone",
    "a counter-terrorism operation in mountainous terrain",
    "the protection of a convoy carrying humanitarian aid",
    "the deployment of a peacekeeping contingent to a crisis area",
    "the defence of a port against attacks from the sea and the air",
    "the search for and neutralisation of saboteur groups behind the front line",
    "the restoration of constitutional order after mass unrest",
    "an air defence response to a massive missile and drone attack",
)


# --- exercises ------------------------------------------------------------------------------

_NOUNS = {
    "naval": ("naval exercise", "naval drills", "maritime exercise", "joint naval drills"),
    "land": (
        "military exercise",
        "tactical exercise",
        "joint military drills",
        "war games",
        "field exercise",
        "military manoeuvres",
    ),
    "staff": ("command-and-staff exercise", "command post exercise"),
    "cterror": ("counter-terrorism exercise", "anti-terror drills"),
    "peace": ("peacekeeping exercise", "peacekeeping drills"),
    "air": ("air defence exercise", "air force drills"),
}


def _make_exercise(doc: _Doc, *, bloc: Bloc | None = None, tense: str | None = None) -> _Exercise:
    rng = doc.rng
    theatre = doc.theatre
    states = doc.world.states
    if bloc is None and theatre.blocs and doc.chance(0.45):
        drill_blocs = [doc.world.blocs[b] for b in theatre.blocs if doc.world.blocs[b].drills]
        bloc = doc.pick(drill_blocs) if drill_blocs else None
    if bloc is not None:
        pool = [states[s] for s in bloc.members]
        participants = doc.sample(pool, 2 + int(rng.random() * 4))
        outsiders = doc.sample(
            [states[s] for s in (*bloc.partners, *bloc.observers, *bloc.candidates) if s not in bloc.members],
            2,
        )
    else:
        pool = [states[s] for s in theatre.states]
        participants = doc.sample(pool, 1 + int(rng.random() * 3))
        extra = [states[s] for s in theatre.outsiders if states[s] not in participants]
        participants += doc.sample(extra, 1 + int(rng.random() * 2))
        outsiders = doc.sample([states[s] for s in theatre.states if states[s] not in participants], 2)
    host = participants[0]
    kind = doc.pick(("naval", "land", "land", "staff", "cterror", "peace", "air"))
    if kind == "naval" and not theatre.seas:
        kind = "land"
    tense = tense or doc.pick(("planned", "planned", "planned", "ongoing", "past", "past"))
    length = 3 + int(rng.random() * 12)
    if tense == "planned":
        start = doc.date + dt.timedelta(days=3 + int(rng.random() ** 2 * 150))
    elif tense == "ongoing":
        start = doc.date - dt.timedelta(days=int(rng.random() * 3))
        length = max(length, (doc.date - start).days + 2)
    else:
        start = doc.date - dt.timedelta(days=length + 2 + int(rng.random() * 60))
    end = start + dt.timedelta(days=length)
    if end.year != start.year:
        end = dt.date(start.year, 12, 31)
        if end < doc.date and tense == "ongoing":
            tense = "past"
    for _ in range(30):
        series = f"{doc.pick(EXERCISE_ADJECTIVES)} {doc.pick(EXERCISE_NOUNS)}"
        if series.split()[-1] != series.split()[0] and not doc.used.get("exercise:" + series):
            break
    doc.used["exercise:" + series] = True
    sep = doc.pick(("-", " "))
    label = f"{series}{sep}{start.year}"
    mention = series if doc.chance(0.2) else label
    if kind == "naval":
        place: Ent | None = Ent(doc.pick(theatre.seas), "Place")
        place_kind = "sea"
    elif doc.chance(0.6):
        place = Ent(f"{doc.pick(TOPONYM_STEMS)} training ground", "Place")
        place_kind = "ground"
    elif host.capital and host.capital != host.label and doc.chance(0.5):
        place, place_kind = Ent(host.capital, "Place"), "city"
    else:
        place, place_kind = None, "state"
    return _Exercise(
        label=label,
        series=series,
        year=start.year,
        sep=sep,
        mention=mention,
        start=start,
        end=end,
        tense=tense,
        kind=kind,
        noun=doc.pick(_NOUNS[kind]),
        host=host,
        participants=participants,
        bloc=bloc,
        place=place,
        place_kind=place_kind,
        outsiders=outsiders,
    )


def _ex_np(doc: _Doc, ex: _Exercise, *, article: str = "the") -> str:
    """A noun phrase naming the exercise, recorded as a mention."""
    ent = Ent(ex.label, "Exercise")
    name = doc.m(ent, ex.mention)
    if not doc.seen.get(ex.label):
        doc.seen[ex.label] = True
        return doc.pick(
            (
                f"{article} {name} {ex.noun}",
                f"{article} {doc.q(name)} {ex.noun}",
                f"the joint {ex.noun.removeprefix('joint ')} code-named {name}",
            )
        )
    return doc.pick(
        (f"the {name} {'exercise' if not _plural(ex.noun) else 'drills'}", name, f"the {name} drills")
    )


def _where(doc: _Doc, ex: _Exercise, voice: str, *, kind: str) -> tuple[str, list[Fact]]:
    """Where the exercise takes place, as a phrase, with its facts."""
    mod = _mod(kind, voice)
    if ex.place_kind == "sea" and ex.place:
        name = doc.m(ex.place, ex.place.label)
        return f"in the {name}", [(ex.label, "exercise_located_in", ex.place.label, mod, None)]
    if ex.place_kind == "ground" and ex.place:
        name = doc.m(ex.place, ex.place.label)
        if doc.chance(0.6):
            host = doc.st(ex.host)
            return f"at the {name} in {host}", [
                (ex.label, "exercise_located_in", ex.place.label, mod, None),
                (ex.place.label, "part_of", ex.host.label, _mod("fact", voice), None),
            ]
        return f"at the {name}", [(ex.label, "exercise_located_in", ex.place.label, mod, None)]
    if ex.place_kind == "city" and ex.place:
        name = doc.m(ex.place, ex.place.label)
        return f"near {name}", [(ex.label, "exercise_located_in", ex.place.label, mod, None)]
    return f"in {doc.st(ex.host)}", [(ex.label, "exercise_located_in", ex.host.label, mod, None)]


def _ex_when(doc: _Doc, ex: _Exercise, voice: str, *, kind: str) -> tuple[str, list[Fact]]:
    """When the exercise takes place: a span, a month, its start, or a relative phrase, with the date fact."""
    mod = _mod(kind, voice)
    choice = doc.rng.random()
    year = ex.year != doc.date.year or doc.chance(0.35)
    if choice < 0.45:
        text, value = doc.span(ex.start, ex.end, year=year), f"{ex.start}/{ex.end}"
    elif choice < 0.6:
        text, value = f"in {doc.month(ex.start, year=year)}", f"{ex.year}-{ex.start.month:02d}"
    elif choice < 0.75:
        rel = doc.relative(ex.start)
        if rel is None:
            text, value = f"in {doc.month(ex.start, year=year)}", f"{ex.year}-{ex.start.month:02d}"
        else:
            text, value = rel
    else:
        text, value = f"starting {doc.day(ex.start, year=year)}", ex.start.isoformat()
    return text, [(ex.label, "exercise_date", value, mod, None)]


def _agreement_of(facts: Sequence[Fact]) -> str | None:
    """The agreement a sentence's facts give a party or a date of: the one its signing is of."""
    return next((fact[0] for fact in facts if fact[1] in ("agreement_party", "agreement_date")), None)


def _participants_facts(ex: _Exercise, states: Sequence[State], mod: str) -> list[Fact]:
    return [(s.label, "participates_in_exercise", ex.label, mod, str(ex.year)) for s in states]


def _exercise_lead(doc: _Doc, ex: _Exercise, *, dateline: bool = True) -> str:
    """The first paragraph of an exercise story; returns a headline."""
    doc.par()
    dateline = _dateline(doc, ex.host) if dateline else ""
    parts = ex.participants
    if ex.tense == "planned":
        style = int(doc.rng.random() * 4)
        if style == 0:
            # announcement credited to a ministry: the clause is the said object; scheduled events are planned
            names = doc.sts(parts)
            exn = _ex_np(doc, ex)
            where, wf = _where(doc, ex, "speech", kind="future")
            when, tf = _ex_when(doc, ex, "speech", kind="future")
            clause = _cap(f"{names} will take part in {exn} {where} {when}")
            ent, ministry = doc.ministry(ex.host)
            weekday, _ = doc.weekday_recent()
            sentence = f"{dateline}{clause}, {ministry} said {weekday}."
            doc.say(
                sentence, [*_participants_facts(ex, parts, P), *wf, *tf, (ent.label, "said", clause, A, None)]
            )
            return f"{_title_list(parts)} to take part in {ex.mention} drills"
        if style == 1 and len(parts) > 1:
            host = doc.st(ex.host)
            others = doc.sts(parts[1:])
            when, tf = _ex_when(doc, ex, "article", kind="future")
            name = doc.m(Ent(ex.label, "Exercise"), ex.mention)
            doc.seen[ex.label] = True
            said = doc.pick(("officials said", "the government announced", "the president's office said"))
            joint = f"joint {ex.noun.removeprefix('joint ')}"
            joint = joint if _plural(ex.noun) else _a(joint)
            doc.say(
                f"{dateline}{_cap(host)} will host {joint} with {others} {when}, {said}.",
                [
                    (ex.host.label, "hosts_exercise", ex.label, P, str(ex.year)),
                    *_participants_facts(ex, parts, P),
                    (ex.label, "exercise_located_in", ex.host.label, P, None),
                    *tf,
                ],
            )
            doc.say(
                f"The drills, code-named {doc.q(name)}, are meant to prepare troops for "
                f"{doc.pick(('peacekeeping missions', 'joint operations', 'crisis response'))}."
            )
            return f"{ex.host.label} to host {ex.mention} {ex.noun} with {_title_list(parts[1:])}"
        if style == 2 and ex.bloc is not None:
            bloc = doc.bl(ex.bloc)
            exn = _ex_np(doc, ex, article="its")
            where, wf = _where(doc, ex, "article", kind="future")
            when, tf = _ex_when(doc, ex, "article", kind="future")
            verb = doc.pick(("is to hold", "will hold", "is set to hold", "plans to hold"))
            doc.say(
                f"{dateline}{_cap(bloc)} {verb} {exn} {where} {when}.",
                [(ex.bloc.label, "organizes_exercise", ex.label, P, None), *wf, *tf],
            )
            names = doc.sts(parts)
            doc.say(f"Troops from {names} are expected to take part.", _participants_facts(ex, parts, P))
            return f"{ex.bloc.short} to hold {ex.mention} exercise in {ex.host.label}"
        names = doc.sts(parts)
        exn = _ex_np(doc, ex)
        where, wf = _where(doc, ex, "article", kind="future")
        when, tf = _ex_when(doc, ex, "article", kind="future")
        doc.say(
            f"{dateline}Troops from {names} are set to take part in {exn}, which will be held "
            f"{where} {when}.",
            [*_participants_facts(ex, parts, P), *wf, *tf],
        )
        return f"{_title_list(parts)} to hold {ex.mention} drills"
    if ex.tense == "ongoing":
        names = doc.sts(parts)
        exn = _ex_np(doc, ex)
        where, wf = _where(doc, ex, "article", kind="fact")
        if doc.chance(0.5):
            when, value = doc.when(ex.start)
            doc.say(
                f"{dateline}{_cap(names)} began {exn} {where} {when}.",
                [*_participants_facts(ex, parts, A), *wf, (ex.label, "exercise_date", value, A, None)],
            )
        else:
            troops = f"{100 * (3 + int(doc.rng.random() * 60)):,}"
            end = doc.day(ex.end, year=ex.end.year != doc.date.year)
            plural = "are" if _plural(ex.noun) or doc.chance(0.5) else "is"
            doc.say(
                f"{dateline}More than {troops} troops from {names} are taking part in {exn} {where}, which "
                f"{plural} scheduled to end on {end}.",
                [
                    *_participants_facts(ex, parts, A),
                    *wf,
                    (ex.label, "exercise_date", ex.end.isoformat(), P, None),
                ],
            )
        return f"{_title_list(parts)} begin {ex.mention} drills"
    # past
    if ex.bloc is not None and doc.chance(0.5):
        bloc = doc.bl(ex.bloc)
        exn = _ex_np(doc, ex)
        where, wf = _where(doc, ex, "article", kind="fact")
        when, tf = _ex_when(doc, ex, "article", kind="fact")
        held = "were held" if _plural(ex.noun) else "was held"
        doc.say(
            f"{dateline}{_cap(exn)}, organised by {bloc}, {held} {where} {when}.".replace(
                "organised", doc.sp("organised", "organized")
            ),
            [(ex.bloc.label, "organizes_exercise", ex.label, A, None), *wf, *tf],
        )
        names = doc.sts(parts)
        doc.say(f"{names} sent troops to the drills.", _participants_facts(ex, parts, A))
        return f"{ex.bloc.short} wraps up {ex.mention} drills in {ex.host.label}"
    names = doc.sts(parts)
    exn = _ex_np(doc, ex)
    when, tf = _ex_when(doc, ex, "article", kind="fact")
    host = doc.st(ex.host)
    doc.say(
        f"{dateline}{_cap(names)} took part in {exn}, hosted by {host}, {when}.",
        [
            *_participants_facts(ex, parts, A),
            (ex.host.label, "hosts_exercise", ex.label, A, str(ex.year)),
            *tf,
        ],
    )
    return f"{_title_list(parts)} complete {ex.mention} exercise"


def _exercise_details(doc: _Doc, ex: _Exercise) -> None:
    """A paragraph of details: dates, size, units, observers, who stays away."""
    doc.par()
    future = ex.tense == "planned"
    kind = "future" if future else "fact"
    sentences: list[Callable[[], None]] = []

    def dates() -> None:
        when, tf = _ex_when(doc, ex, "article", kind=kind)
        if when.startswith(("next", "later", "last", "earlier", "on ")):
            verb = "will take place" if future else "took place"
        else:
            verb = "will run" if future else ("are running" if ex.tense == "ongoing" else "ran")
        where, wf = _where(doc, ex, "article", kind=kind) if doc.chance(0.5) else ("", [])
        doc.say(f"The drills {verb}{' ' + where if where else ''} {when}.", [*tf, *wf])

    def size() -> None:
        troops = f"{100 * (5 + int(doc.rng.random() * 80)):,}"
        kit = 20 + int(doc.rng.random() * 300)
        verb = "will be" if future else ("are" if ex.tense == "ongoing" else "were")
        clause = f"about {troops} servicemen and {kit} pieces of military hardware {verb} involved"
        ent, ministry = doc.ministry(ex.host)
        _report(doc, (ent, ministry), _Content(clause))

    def units() -> None:
        state = doc.pick(ex.participants)
        forces_ent, forces = doc.armed_forces(state)
        unit_type = doc.pick(UNIT_TYPES)
        unit_name = unit_type[1] if unit_type[1] and not doc.style.british else unit_type[0]
        label = f"{_ordinal_suffix(1 + int(doc.rng.random() * 120))} {unit_name}"
        if doc.used.get("unit:" + label):
            return
        doc.used["unit:" + label] = True
        unit = Ent(label, "MilitaryUnit")
        verb = "will include" if future else ("includes" if ex.tense == "ongoing" else "included")
        doc.say(
            f"The {state.demonym} contingent {verb} the {doc.m(unit, label)} of {forces}.",
            [
                (label, "participates_in_exercise", ex.label, P if future else A, str(ex.year)),
                (label, "part_of", forces_ent.label, A, None),
            ],
        )

    def free_outsiders() -> list[State]:
        return [s for s in ex.outsiders if not doc.used.get(f"role:{ex.label}:{s.label}")]

    def take(state: State) -> State:
        doc.used[f"role:{ex.label}:{state.label}"] = True
        return state

    def observers() -> None:
        pool = free_outsiders()
        if not pool:
            return
        obs = [take(s) for s in pool[: 1 + int(doc.rng.random() * len(pool))]]
        names = doc.sts(obs)
        if future:
            text = doc.pick(
                (
                    f"Military observers from {names} have been invited to attend the drills.",
                    f"{names} will send observers to the exercise.",
                )
            )
        else:
            text = f"Observers from {names} {doc.pick(('attended', 'followed'))} the drills."
        doc.say(text, [(s.label, "observer_of", ex.label, P if future else A, None) for s in obs])

    def absent() -> None:
        pool = [s for s in free_outsiders() if s not in ex.participants]
        if not pool:
            return
        state = take(doc.pick(pool))
        name = doc.st(state)
        if future:
            text = doc.pick(
                (
                    f"{name} will not take part in the drills this year.",
                    f"{name}, which took part in previous editions, will not send troops this time.",
                    f"{name} has declined an invitation to take part.",
                )
            )
        else:
            text = doc.pick(
                (
                    f"{name} did not take part in the drills.",
                    f"{name} stayed away from the exercise this year.",
                )
            )
        doc.say(text, [(state.label, "participates_in_exercise", ex.label, N, str(ex.year))])

    def rumour() -> None:
        pool = [s for s in free_outsiders() if s not in ex.participants]
        if not pool:
            return
        state = take(doc.pick(pool))
        name = doc.st(state)
        if doc.chance(0.5):
            doc.say(
                f"{name} is also expected to send a small contingent, according to media reports.",
                [(state.label, "participates_in_exercise", ex.label, R, str(ex.year))],
            )
        else:
            doc.say(
                f"Local media reported that {name} {'would' if future else 'had'} also "
                f"{'send' if future else 'sent'} a team of "
                f"{doc.pick(('medics', 'engineers', 'staff officers'))}.",
                [(state.label, "participates_in_exercise", ex.label, R, str(ex.year))],
            )

    def organiser() -> None:
        if ex.bloc is None:
            return
        bodies = [b for b in doc.world.bodies.get(ex.bloc.label, ()) if b[0].label == "CSTO Joint Staff"]
        if bodies and doc.chance(0.5):
            body, _full, short = bodies[0]
            bloc = doc.bl(ex.bloc, short=True)
            doc.say(
                f"The exercise {'is being' if future else 'was'} planned by {_poss(bloc)} "
                f"{doc.m(body, short)}.",
                [
                    (body.label, "organizes_exercise", ex.label, P if future else A, None),
                    (body.label, "part_of", ex.bloc.label, A, None),
                ],
            )
            return
        bloc = doc.bl(ex.bloc)
        doc.say(
            f"The exercise {'is' if future or ex.tense == 'ongoing' else 'was'} "
            f"{doc.sp('organised', 'organized')} by {bloc}.",
            [(ex.bloc.label, "organizes_exercise", ex.label, P if future else A, None)],
        )

    def hosting() -> None:
        host = doc.st(ex.host)
        nth = _ORDINALS[1 + int(doc.rng.random() * 4)]
        doc.say(
            f"{host} {'will host' if future else 'hosted'} the drills for the {nth} time.",
            [(ex.host.label, "hosts_exercise", ex.label, P if future else A, str(ex.year))],
        )

    def scenario() -> None:
        doc.say(f"The scenario {'envisages' if future else 'envisaged'} {doc.pick(_SCENARIOS)}.")

    def rapid_force() -> None:
        if ex.bloc is None or ex.bloc.short not in ("CSTO", "NATO"):
            return
        if ex.bloc.short == "CSTO":
            body = next(b for b in doc.world.bodies[ex.bloc.label] if "Rapid Reaction" in b[0].label)
            ent, form = body[0], body[1]
        else:
            ent, form = Ent("NATO Response Force", "MilitaryUnit"), "Response Force"
        bloc = doc.bl(ex.bloc, short=True)
        doc.say(
            f"Units of {_poss(bloc)} {doc.m(ent, form)} {'will' if future else 'also'} "
            f"{'also take part' if future else 'took part'}.",
            [
                (ent.label, "participates_in_exercise", ex.label, P if future else A, str(ex.year)),
                (ent.label, "part_of", ex.bloc.label, A, None),
            ],
        )

    def denial() -> None:
        others = [s for s in (*ex.participants[1:], *ex.outsiders) if s is not ex.host]
        choice = doc.rng.random()
        if future and choice < 0.3:
            planned = _month_start(ex.start, -1 - int(doc.rng.random() * 2))
            when, tf = _ex_when(doc, ex, "article", kind="future")
            doc.say(
                f"The drills will not be held in {doc.month(planned, year=False)}, as originally planned, "
                f"but "
                f"{when}.",
                [(ex.label, "exercise_date", planned.strftime("%Y-%m"), N, None), *tf],
            )
            return
        if choice < 0.45 and others and ex.place_kind != "state":
            state = doc.pick(others)
            doc.say(
                f"Despite earlier speculation, no part of the exercise {'will take' if future else 'took'} "
                f"place in {doc.st(state)}.",
                [(ex.label, "exercise_located_in", state.label, N, None)],
            )
            return
        if ex.bloc is None and doc.theatre.blocs and doc.chance(0.5):
            bloc = doc.world.blocs[doc.pick(doc.theatre.blocs)]
            doc.say(
                f"The drills {'are' if future else 'were'} not being held under "
                f"{_poss(doc.bl(bloc))} auspices, "
                f"officials stressed.",
                [(bloc.label, "organizes_exercise", ex.label, N, None)],
            )
        elif others:
            state = doc.pick(others)
            doc.say(
                f"Contrary to earlier plans, {doc.st(state)} {'will not host' if future else 'did not host'} "
                f"any part of the exercise.",
                [(state.label, "hosts_exercise", ex.label, N, str(ex.year))],
            )

    def unconfirmed() -> None:
        choice = doc.rng.random()
        if choice < 0.35 and doc.theatre.seas and ex.place_kind != "sea":
            sea = Ent(doc.pick(doc.theatre.seas), "Place")
            doc.say(
                f"Part of the drills {'will reportedly take' if future else 'reportedly took'} place in the "
                f"{doc.m(sea, sea.label)}.",
                [(ex.label, "exercise_located_in", sea.label, R, None)],
            )
        elif choice < 0.55 and free_outsiders():
            state = take(doc.pick(free_outsiders()))
            doc.say(
                f"{doc.st(state)} is reported to have sent observers.",
                [(state.label, "observer_of", ex.label, R, None)],
            )
        elif choice < 0.7:
            day = ex.start if future or doc.chance(0.5) else ex.end
            what = "begin" if day == ex.start else "end"
            doc.say(
                f"The {'main phase' if doc.chance(0.5) else 'drills'} {'is' if future else 'was'} "
                f"reported to "
                f"{what} on {doc.day(day, year=day.year != doc.date.year)}.",
                [(ex.label, "exercise_date", day.isoformat(), R, None)],
            )
        elif choice < 0.8 and len(ex.participants) > 1:
            state = doc.pick(ex.participants[1:])
            doc.say(
                f"{doc.st(state)} is reported to {'be hosting' if future else 'have hosted'} "
                f"the naval part of "
                f"the drills.",
                [(state.label, "hosts_exercise", ex.label, R, str(ex.year))],
            )
        elif ex.bloc is not None:
            doc.say(
                f"According to media reports, the exercise is being coordinated by {doc.bl(ex.bloc)}.",
                [(ex.bloc.label, "organizes_exercise", ex.label, R, None)],
            )
        else:
            doc.say(f"{doc.st(ex.host)} is reported to have offered to host the next edition as well.")

    sentences = [
        dates,
        size,
        units,
        observers,
        absent,
        rumour,
        organiser,
        hosting,
        scenario,
        rapid_force,
        denial,
        unconfirmed,
    ]
    doc.rng.shuffle(sentences)
    for make in sentences[: 3 + int(doc.rng.random() * 4)]:
        make()
    if not doc.paragraphs[-1]:
        scenario()


def _exercise_history(doc: _Doc, ex: _Exercise) -> None:
    """Background on the series: earlier editions and who holds it (part_of, organizes, past dates)."""
    if ex.mention == ex.series:
        return  # the article already names this year's edition by the bare series name
    doc.par()
    series = Ent(ex.series, "Exercise")
    edition = 2 + int(doc.rng.random() * 8)
    first_year = ex.year - edition + 1 - int(doc.rng.random() * 3)
    this = doc.m(Ent(ex.label, "Exercise"), ex.label)
    name = doc.m(series, ex.series)
    if ex.bloc is not None and doc.chance(0.6):
        bloc = doc.bl(ex.bloc)
        doc.say(
            f"{this} is the {_ORDINALS[edition - 1]} exercise in the {name} series, which {bloc} has held "
            f"since {first_year}.",
            [
                (ex.label, "part_of", ex.series, A, None),
                (ex.bloc.label, "organizes_exercise", ex.series, A, None),
            ],
        )
    else:
        doc.say(
            f"{this} is the {_ORDINALS[edition - 1]} edition of the {name} drills.",
            [(ex.label, "part_of", ex.series, A, None)],
        )
    first = f"{ex.series}{ex.sep}{first_year}"
    first_ent = Ent(first, "Exercise")
    state = doc.pick(ex.participants)
    month = dt.date(first_year, 1 + int(doc.rng.random() * 12), 1)
    doc.say(
        f"The first edition, {doc.m(first_ent, first)}, was held in {doc.st(state)} in {doc.month(month)}.",
        [
            (first, "exercise_located_in", state.label, A, None),
            (first, "exercise_date", month.strftime("%Y-%m"), A, None),
            (first, "part_of", ex.series, A, None),
        ],
    )


# --- blocs: rosters, founding, observers, partners ------------------------------------------


def _roster(doc: _Doc, bloc: Bloc) -> None:
    if doc.used.get("rosters", 0) >= 2 or not _once(doc, "roster:" + bloc.label):
        return
    doc.used["rosters"] = doc.used.get("rosters", 0) + 1
    members = [doc.world.states[s] for s in bloc.members]
    if len(members) <= 6 or (len(members) <= 10 and doc.chance(0.3)):
        chosen = members
        doc.rng.shuffle(chosen)
        names = doc.sts(chosen)
        name = doc.bl(bloc)
        text = doc.pick(
            (
                f"{name}, which comprises {names}, {_bloc_aside(doc, bloc)}.",
                f"{name} brings together {names}.",
                f"{names} are members of {name}.",
                f"{name} includes {names}.",
            )
        )
    else:
        chosen = doc.sample(members, 2 + int(doc.rng.random() * 4))
        names = doc.sts(chosen)
        name = doc.bl(bloc)
        text = doc.pick(
            (f"{_poss(name)} members include {names}.", f"{names} are among the members of {name}.")
        )
    doc.say(text, [(s.label, "member_of", bloc.label, A, None) for s in chosen])


def _bloc_aside(doc: _Doc, bloc: Bloc) -> str:
    kind = {
        "alliance": "military alliance",
        "bloc": "regional bloc",
        "union": "union",
        "pact": "security pact",
        "grouping": "grouping",
        "organisation": doc.sp("organisation", "organization"),
    }[bloc.kind]
    return doc.pick(
        (
            f"is a {kind} that holds regular consultations on security",
            f"describes itself as a {kind} open to cooperation with all",
            "holds a summit every year",
        )
    )


def _founding(doc: _Doc, bloc: Bloc) -> None:
    if not _once(doc, "founding:" + bloc.label):
        return
    founded = bloc.founded
    day = dt.date.fromisoformat(founded) if len(founded) == 10 else None
    if day:
        when, value = doc.pick(
            (
                (f"on {doc.day(day, year=True)}", founded),
                (f"in {doc.month(day)}", founded[:7]),
                (f"in {day.year}", founded[:4]),
            )
        )
    else:
        when, value = f"in {founded}", founded
    founders = [doc.world.states[s] for s in bloc.founders]
    name = doc.bl(bloc)
    verb = doc.pick(("founded", "set up", "established", "created"))
    if founders and len(founders) <= 6 and doc.chance(0.7):
        names = doc.sts(founders)
        doc.say(
            f"{name} was {verb} {when} by {names}.",
            [
                (bloc.label, "founded_in", value, A, None),
                *[(bloc.label, "founded_by", s.label, A, None) for s in founders],
            ],
        )
    elif bloc.founded_in:
        city = doc.m(Ent(bloc.founded_in, "Place"), bloc.founded_in)
        doc.say(f"{name} was {verb} in {city} {when}.", [(bloc.label, "founded_in", value, A, None)])
    else:
        doc.say(f"{name} was {verb} {when}.", [(bloc.label, "founded_in", value, A, None)])


def _observers_partners(doc: _Doc, bloc: Bloc) -> bool:
    if not _once(doc, "observers:" + bloc.label):
        return False
    states = doc.world.states
    said_any = False
    if bloc.observers:
        obs = [states[s] for s in doc.sample(bloc.observers, 1 + int(doc.rng.random() * len(bloc.observers)))]
        names = doc.sts(obs)
        name = doc.bl(bloc)
        verb = "have" if len(obs) > 1 else "has"
        doc.say(
            doc.pick(
                (
                    f"{names} {verb} observer status in {name}.",
                    f"{names} {'hold' if len(obs) > 1 else 'holds'} observer status at {name}.",
                )
            ),
            [(s.label, "observer_of", bloc.label, A, None) for s in obs],
        )
        said_any = True
    if bloc.partners:
        par = [states[s] for s in doc.sample(bloc.partners, 1 + int(doc.rng.random() * 3))]
        names = doc.sts(par)
        name = doc.bl(bloc, short=True)
        kind = "dialogue partner" if bloc.short == "SCO" else "partner"
        if len(par) == 1 and doc.chance(0.5):
            first = max(int(bloc.founded[:4]) + 2, 1994)
            since = first + int(doc.rng.random() * max(1, doc.date.year - first))
            doc.say(
                f"{names} has been a {kind} of {name} since {since}.",
                [(par[0].label, "partner_of", bloc.label, A, str(since))],
            )
        else:
            doc.say(
                f"{names} {'are' if len(par) > 1 else 'is'} {'' if len(par) > 1 else 'a '}{kind}"
                f"{'s' if len(par) > 1 else ''} of {name}.",
                [(s.label, "partner_of", bloc.label, A, None) for s in par],
            )
        said_any = True
    bodies = doc.world.bodies.get(bloc.label, ())
    if bodies and doc.chance(0.5):
        body, full, _short = doc.pick([b for b in bodies if b[0].type == "Organization"] or list(bodies))
        if body.label == "CSTO Parliamentary Assembly" and bloc.observers:
            obs = [states[s] for s in bloc.observers]
            names = doc.sts(obs)
            doc.say(
                f"{names} have observer status at the {doc.m(body, full)}.",
                [
                    *[(s.label, "observer_of", body.label, A, None) for s in obs],
                    (body.label, "part_of", bloc.label, A, None),
                ],
            )
        else:
            name = doc.bl(bloc, short=True)
            form = full.removeprefix(bloc.short + " ")
            form = form if doc.free(form, body) else full
            doc.say(
                f"{_poss(name)} {doc.m(body, form)} {doc.pick(_BODY_NEWS)}.",
                [(body.label, "part_of", bloc.label, A, None)],
            )
        said_any = True
    return said_any


_BODY_NEWS = ("meets several times a year", "is due to meet again in the autumn", "prepares its decisions")


def _nato_programmes(doc: _Doc, state: State) -> None:
    """PfP and IPAP sentences for a NATO partner (member_of a programme, partner_of, agreements)."""
    if not _once(doc, "nato-programmes:" + state.label):
        return
    nato = doc.world.blocs["NATO"]
    pfp = Ent("Partnership for Peace", "Agreement")
    ipap = Ent("Individual Partnership Action Plan", "Agreement")
    since = 1995 + int(doc.rng.random() * 15)
    since = min(since, doc.date.year - 1)
    name = doc.st(state)
    choice = doc.rng.random()
    if choice < 0.4:
        nato_name = doc.bl(nato, short=True)
        form = doc.pick(
            ("Partnership for Peace programme", "Partnership for Peace program", "Partnership for Peace")
        )
        doc.say(
            f"{name} has been a member of {_poss(nato_name)} {doc.m(pfp, form)} since {since}.",
            [
                (state.label, "member_of", pfp.label, A, str(since)),
                (state.label, "partner_of", nato.label, A, str(since)),
                (pfp.label, "part_of", nato.label, A, None),
            ],
        )
    elif choice < 0.75:
        signed = dt.date(
            min(since + 3 + int(doc.rng.random() * 8), doc.date.year), 1 + int(doc.rng.random() * 12), 1
        )
        if signed > doc.date:
            signed = _month_start(doc.date, -2)
        nato_name = doc.bl(nato, short=True)
        doc.m(ipap, "Individual Partnership Action Plan")
        doc.m(ipap, "IPAP")
        doc.say(
            f"{name} signed an Individual Partnership Action Plan (IPAP) with {nato_name} in "
            f"{doc.month(signed)}.",
            [
                (state.label, "signed_agreement_with", nato.label, A, None),
                (ipap.label, "agreement_party", state.label, A, None),
                (ipap.label, "agreement_party", nato.label, A, None),
                (ipap.label, "agreement_date", signed.strftime("%Y-%m"), A, None),
            ],
        )
    else:
        nato_name = doc.bl(nato, short=True)
        doc.say(
            f"{name} joined the {doc.m(pfp, 'Partnership for Peace')} programme in {since} but "
            f"{doc.pick(('has not applied', 'has never applied'))} for membership of {nato_name}.",
            [
                (state.label, "member_of", pfp.label, A, str(since)),
                (state.label, "applied_for_membership_of", nato.label, N, None),
            ],
        )


# --- stories ----------------------------------------------------------------------------------


def _dateline(doc: _Doc, state: State) -> str:
    city = (state.capital or state.label).upper()
    agency = doc.agency[0]
    if doc.chance(0.5):
        doc.m(Ent(agency, "Organization"), agency)
        return f"{city}, {doc.day(doc.date)} ({agency}) {doc.style.dash} "
    return (
        f"{city}, {doc.day(doc.date)} {doc.style.dash} " if doc.chance(0.5) else f"{city} {doc.style.dash} "
    )


def _title_list(states: Sequence[State]) -> str:
    names = [s.label for s in states]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _story_exercise(doc: _Doc) -> tuple[str, list[Callable[[], None]]]:
    ex = _make_exercise(doc)
    title = _exercise_lead(doc, ex)
    _exercise_details(doc, ex)
    speaker = doc.official(ex.host)
    doc.par()
    _speech_about_exercise(doc, speaker, ex)
    extras: list[Callable[[], None]] = [
        lambda: _exercise_history(doc, ex),
        lambda: _expert_block(doc, ex.host, ex=ex),
        lambda: _reaction_block(doc, ex.host),
        lambda: _officer_block(doc, ex),
    ]
    if ex.bloc is not None:
        bloc = ex.bloc
        extras += [
            lambda: (doc.par(), _roster(doc, bloc)),
            lambda: (doc.par(), _founding(doc, bloc)),
            lambda: (doc.par(), _observers_partners(doc, bloc)),
        ]
    else:
        extras += _bloc_extras(doc)
    return title, extras


_CONTINGENTS = ("a mechanised company", "a special forces unit", "two warships", "an engineering platoon")


def _speech_about_exercise(doc: _Doc, speaker: _Person, ex: _Exercise) -> None:
    future = ex.tense == "planned"
    choice = doc.rng.random()
    if choice < 0.35:
        _opinion(doc, speaker, "exercise")
    elif choice < 0.55:
        _two_part_quote(doc, speaker, _fresh(doc, _QUOTES["exercise"]), _fresh(doc, _QUOTES["politics"]))
    elif choice < 0.8 and len(ex.participants) > 1:
        state = doc.pick(ex.participants[1:])
        name = doc.st(state)
        if future:
            unit = doc.pick(_CONTINGENTS)
            text = f"{name} will send {unit} to the drills"
            text = text.replace("mechanised", doc.sp("mechanised", "mechanized"))
            _speak(
                doc,
                speaker,
                _Content(text, ((state.label, "participates_in_exercise", ex.label, P, str(ex.year)),)),
            )
        else:
            text = f"the troops from {name} had shown great professionalism during the drills"
            _report(
                doc,
                speaker,
                _Content(text, ((state.label, "participates_in_exercise", ex.label, R, str(ex.year)),)),
            )
    else:
        _opinion(doc, speaker, "exercise")
    if doc.chance(0.4):
        _opinion(doc, speaker, "politics")


def _story_membership(doc: _Doc) -> tuple[str, list[Callable[[], None]]]:
    blocs = [doc.world.blocs[b] for b in doc.theatre.blocs] or list(doc.world.blocs.values())
    bloc = doc.pick(blocs)
    states = doc.world.states
    members = [states[s] for s in bloc.members]
    outsiders = (
        [states[s] for s in (*bloc.candidates, *bloc.partners, *bloc.observers) if s not in bloc.members]
        or [states[s] for s in doc.theatre.states if s not in bloc.members]
        or [s for s in states.values() if s.label not in bloc.members]
    )
    kind = doc.pick(
        (
            "applied",
            "applied_planned",
            "joined_planned",
            "left",
            "left_planned",
            "suspended",
            "suspended_said",
            "rules_out",
        )
    )
    candidates = [states[s] for s in bloc.candidates if s not in bloc.members]
    if candidates and doc.chance(0.7):
        outsiders = candidates
    state = doc.pick(
        members if kind in ("left", "left_planned", "suspended", "suspended_said") else outsiders
    )
    doc.par()
    dateline = _dateline(doc, state)
    official = doc.official(
        state, doc.pick(("Foreign Minister", "Prime Minister", "President", "Foreign Secretary"))
    )
    weekday, day = doc.weekday_recent()
    if kind == "applied":
        name = doc.st(state)
        bname = doc.bl(bloc)
        doc.say(
            f"{dateline}{name} formally applied to join {bname} {weekday}.",
            [(state.label, "applied_for_membership_of", bloc.label, A, day.isoformat())],
        )
        title = f"{state.label} applies to join {bloc.short}"
    elif kind == "applied_planned":
        later = doc.date + dt.timedelta(days=20 + int(doc.rng.random() * 200))
        when, value = doc.relative(later) or (f"in {doc.month(later)}", later.strftime("%Y-%m"))
        name = doc.st(state)
        bname = doc.bl(bloc)
        clause = f"{name} will submit its application for membership of {bname} {when}"
        who, words, facts = _speaker(doc, official)
        doc.say(
            f"{dateline}{_cap(clause)}, {words} said {weekday}.",
            [
                *facts,
                (state.label, "applied_for_membership_of", bloc.label, P, value),
                (who, "said", _cap(clause), A, None),
            ],
        )
        title = f"{state.label} to apply for {bloc.short} membership"
    elif kind == "joined_planned":
        later = doc.date + dt.timedelta(days=30 + int(doc.rng.random() * 300))
        when, value = doc.relative(later) or (f"in {later.year}", str(later.year))
        name = doc.st(state)
        bname = doc.bl(bloc)
        doc.say(
            f"{dateline}{name} is set to become a full member of {bname} {when}, after its leaders "
            f"{doc.pick(('approved', 'endorsed'))} the application {weekday}.",
            [(state.label, "member_of", bloc.label, P, value)],
        )
        title = f"{state.label} set to join {bloc.short}"
    elif kind == "left":
        name = doc.st(state)
        bname = doc.bl(bloc)
        when, value = doc.when(day)
        doc.say(
            f"{dateline}{name} "
            f"{doc.pick(('formally withdrew from', 'officially left', 'completed its withdrawal from'))} "
            f"{bname} {when}.",
            [(state.label, "left", bloc.label, A, value)],
        )
        title = f"{state.label} leaves {bloc.short}"
    elif kind == "left_planned":
        later = doc.date + dt.timedelta(days=20 + int(doc.rng.random() * 300))
        when, value = doc.relative(later) or (f"in {doc.month(later)}", later.strftime("%Y-%m"))
        name = doc.st(state)
        bname = doc.bl(bloc)
        doc.say(
            f"{dateline}{name} will leave {bname} {when}, the government "
            f"{doc.pick(('decided', 'confirmed'))} "
            f"{weekday}.",
            [(state.label, "left", bloc.label, P, value)],
        )
        title = f"{state.label} to leave {bloc.short}"
    elif kind == "suspended":
        name = doc.st(state)
        bname = doc.bl(bloc)
        verb = doc.pick(("has frozen its participation in", "has suspended its participation in"))
        doc.say(
            f"{dateline}{name} {verb} {bname}, "
            f"{doc.pick(('officials confirmed', 'the government said'))} {weekday}.",
            [(state.label, "suspended_participation_in", bloc.label, A, None)],
        )
        title = f"{state.label} freezes participation in {bloc.short}"
    elif kind == "suspended_said":
        name = doc.st(state)
        bname = doc.bl(bloc)
        q = doc.q("frozen")
        clause = f"{name} has {q} its participation in {bname}"
        who, words, facts = _speaker(doc, official)
        doc.say(
            f"{dateline}{words} said {weekday} that {clause}.",
            [
                *facts,
                (who, "said", clause, A, None),
                (state.label, "suspended_participation_in", bloc.label, R, None),
            ],
        )
        title = f"{state.label} has frozen participation in {bloc.short}, {official.surname} says"
    else:
        name = doc.st(state)
        bname = doc.bl(bloc)
        who, words, facts = _speaker(doc, official)
        clause = f"{name} will not join {bname}"
        doc.say(
            f"{dateline}{_cap(clause)}, {words} said {weekday}.",
            [*facts, (who, "said", _cap(clause), A, None), (state.label, "member_of", bloc.label, N, None)],
        )
        title = f"{state.label} rules out joining {bloc.short}"
    doc.par()
    # second paragraph: the official's words and the bloc's reply
    if kind in ("left", "left_planned", "suspended", "suspended_said"):
        since = max(int(bloc.founded[:4]), doc.date.year - 25) + int(doc.rng.random() * 8)
        since = min(since, doc.date.year - 1)
        text = f"{doc.st(state)} has been a member of {doc.bl(bloc, short=True)} since {since}"
        _speak(doc, official, _Content(text, ((state.label, "member_of", bloc.label, R, str(since)),)))
        _opinion(doc, official, "politics")
    elif kind in ("applied", "applied_planned", "joined_planned"):
        _opinion(doc, official, "politics")
        _opinion(doc, official, "politics")
    else:
        text = f"{doc.st(state)} has no plans to apply for membership of {doc.bl(bloc, short=True)}"
        _speak(
            doc, official, _Content(text, ((state.label, "applied_for_membership_of", bloc.label, N, None),))
        )
    secretary = doc.secretary(bloc)
    extras: list[Callable[[], None]] = [
        lambda: (doc.par(), _roster(doc, bloc)),
        lambda: (doc.par(), _founding(doc, bloc)),
        lambda: (doc.par(), _observers_partners(doc, bloc)),
        lambda: _reaction_block(doc, state),
        lambda: _expert_block(doc, state, bloc=bloc),
        lambda: _other_states_block(doc, bloc, exclude=state),
    ]
    if secretary is not None:
        extras.append(lambda: (doc.par(), _opinion(doc, secretary, "politics")))
    if bloc.label == "NATO" and state.label not in bloc.members:
        extras.append(lambda: (doc.par(), _nato_programmes(doc, state)))
    if bloc.drills:
        extras.append(lambda: _past_drills_block(doc, bloc))
    return title, extras


_AGREEMENTS = (
    "defence cooperation agreement",
    "memorandum of understanding on military cooperation",
    "agreement on military-technical cooperation",
    "status of forces agreement",
    "roadmap for defence cooperation",
    "framework agreement on defence industry cooperation",
    "agreement on joint border patrols",
    "memorandum on cybersecurity cooperation",
    "plan of bilateral military cooperation",
)


def _story_agreement(doc: _Doc) -> tuple[str, list[Callable[[], None]]]:
    states = doc.world.states
    pool = [states[s] for s in doc.theatre.states]
    a = doc.pick(pool)
    b = doc.pick([s for s in (*pool, *[states[x] for x in doc.theatre.outsiders]) if s is not a])
    kind = doc.pick(("signed", "signed", "ministers", "planned", "reported", "with_bloc"))
    agr_text = doc.pick(_AGREEMENTS).replace("defence", doc.sp("defence", "defense"))
    if agr_text == "plan of bilateral military cooperation":
        agr_text = f"plan of bilateral military cooperation for {doc.date.year + 1}"
    agr = Ent(agr_text, "Agreement")
    doc.par()
    dateline = _dateline(doc, a)
    weekday, day = doc.weekday_recent()
    city = a.capital if a.capital != a.label else None
    title = f"{a.label} and {b.label} sign {agr_text}"
    if kind == "signed":
        names = f"{doc.st(a)} and {doc.st(b)}"
        where = f" in {doc.m(Ent(city, 'Place'), city)}" if city and doc.chance(0.6) else ""
        when, value = doc.when(day)
        doc.say(
            f"{dateline}{names} signed {_a(doc.m(agr, agr_text))}{where} {when}.",
            [
                (a.label, "signed_agreement_with", b.label, A, None),
                (agr.label, "agreement_party", a.label, A, None),
                (agr.label, "agreement_party", b.label, A, None),
                (agr.label, "agreement_date", value, A, None),
            ],
        )
        speakers: list[_Person] = [doc.official(a), doc.official(b)]
    elif kind == "ministers":
        office = doc.pick(list(_offices(a, doc.style.british))[:2])
        pa = doc.official(a, office)
        pb_office = office if office in _offices(b, doc.style.british) else None
        pb = doc.official(b, pb_office)
        ra, fa = doc.ref(pa)
        when, value = doc.when(day)
        if pb_office:
            name_b = doc.m(pb.ent, pb.ent.label)
            doc.seen[pb.ent.label] = True
            the_b = f"the {b.label}" if b.the else b.label
            fb: list[Fact] = [(pb.ent.label, "holds_position", f"{pb_office} of {the_b}", A, None)]
            counterpart = f"{'her' if pa.female else 'his'} {b.demonym} counterpart {name_b}"
            doc.say(
                f"{dateline}{ra} and {counterpart} signed {_a(doc.m(agr, agr_text))} {when}.",
                [
                    *fa,
                    *fb,
                    (a.label, "signed_agreement_with", b.label, A, None),
                    (agr.label, "agreement_party", a.label, A, None),
                    (agr.label, "agreement_party", b.label, A, None),
                    (agr.label, "agreement_date", value, A, None),
                ],
            )
            # the counterpart phrase names no state; say which one it is in the next sentence
            doc.say(
                f"The document commits {doc.st(a)} and {doc.st(b)} to closer coordination of their "
                f"armed forces.",
                [(agr.label, "agreement_party", a.label, A, None)],
            )
        else:
            rb, fb2 = doc.ref(pb)
            doc.say(
                f"{dateline}{ra} and {rb} signed {_a(doc.m(agr, agr_text))} {when}.",
                [
                    *fa,
                    *fb2,
                    (a.label, "signed_agreement_with", b.label, A, None),
                    (agr.label, "agreement_date", value, A, None),
                ],
            )
            doc.say(
                f"Under the {doc.m(agr, agr_text)}, {doc.st(a)} and {doc.st(b)} will hold regular "
                f"staff talks.",
                [
                    (agr.label, "agreement_party", a.label, A, None),
                    (agr.label, "agreement_party", b.label, A, None),
                ],
            )
        speakers = [pa, pb]
    elif kind == "planned":
        later = doc.date + dt.timedelta(days=10 + int(doc.rng.random() * 200))
        when, value = doc.relative(later) or (f"in {doc.month(later)}", later.strftime("%Y-%m"))
        names = f"{doc.st(a)} and {doc.st(b)}"
        pa = doc.official(a)
        who, words, facts = _speaker(doc, pa)
        clause = f"{names} will sign {_a(doc.m(agr, agr_text))} {when}"
        doc.say(
            f"{dateline}{_cap(clause)}, {words} said {weekday}.",
            [
                *facts,
                (who, "said", _cap(clause), A, None),
                (a.label, "signed_agreement_with", b.label, P, None),
                (agr.label, "agreement_party", a.label, P, None),
                (agr.label, "agreement_party", b.label, P, None),
                (agr.label, "agreement_date", value, P, None),
            ],
        )
        speakers = [pa, doc.official(b)]
        title = f"{a.label} and {b.label} to sign {agr_text}"
    elif kind == "reported":
        month = _month_start(doc.date, -(1 + int(doc.rng.random() * 10)))
        names = f"{doc.st(a)} and {doc.st(b)}"
        doc.say(
            f"{dateline}{names} secretly signed {_a(doc.m(agr, agr_text))} in {doc.month(month)}, "
            f"according to "
            f"{doc.pick(('media reports', 'diplomatic sources', 'documents seen by journalists'))}.",
            [
                (a.label, "signed_agreement_with", b.label, R, None),
                (agr.label, "agreement_party", a.label, R, None),
                (agr.label, "agreement_party", b.label, R, None),
                (agr.label, "agreement_date", month.strftime("%Y-%m"), R, None),
            ],
        )
        speakers = [doc.official(a)]
        doc.say("Neither government has published the text.")
        title = f"{a.label} and {b.label} signed secret {agr_text}, reports say"
    else:
        blocs = [doc.world.blocs[x] for x in doc.theatre.blocs if a.label not in doc.world.blocs[x].members]
        if not blocs:
            blocs = [doc.world.blocs["European Union"]]
        bloc = doc.pick(blocs)
        name = doc.st(a)
        bname = doc.bl(bloc)
        when, value = doc.when(day)
        doc.say(
            f"{dateline}{name} and {bname} signed {_a(doc.m(agr, agr_text))} {when}.",
            [
                (a.label, "signed_agreement_with", bloc.label, A, None),
                (agr.label, "agreement_party", a.label, A, None),
                (agr.label, "agreement_party", bloc.label, A, None),
                (agr.label, "agreement_date", value, A, None),
            ],
        )
        speakers = [doc.official(a)]
        sec = doc.secretary(bloc)
        if sec:
            speakers.append(sec)
        title = f"{a.label} and {bloc.short} sign {agr_text}"
    doc.par()
    for speaker in speakers:
        _opinion(doc, speaker, "politics")

    def earlier() -> None:
        doc.par()
        other = doc.pick([x for x in _AGREEMENTS if x not in agr_text and not agr_text.startswith(x)])
        other = other.replace("defence", doc.sp("defence", "defense"))
        year = doc.date.year - 1 - int(doc.rng.random() * 8)
        ent = Ent(other, "Agreement")
        doc.say(
            f"The two countries signed {_a(doc.m(ent, other))} in {year}.",
            [
                (a.label, "signed_agreement_with", b.label, A, None),
                (other, "agreement_party", a.label, A, None),
                (other, "agreement_party", b.label, A, None),
                (other, "agreement_date", str(year), A, None),
            ],
        )

    def refused() -> None:
        doc.par()
        third = doc.pick(
            [s for s in (states[x] for x in doc.theatre.states) if s is not a and s is not b] or [a]
        )
        if third is a:
            return
        if doc.chance(0.5):
            doc.say(
                f"{doc.st(third)} {doc.pick(('did not sign', 'has not signed', 'refused to sign'))} "
                f"the document.",
                [(agr.label, "agreement_party", third.label, N, None)],
            )
        else:
            doc.say(
                f"{doc.st(third)} has not signed any comparable agreement with {doc.st(a)}.",
                [(third.label, "signed_agreement_with", a.label, N, None)],
            )

    extras: list[Callable[[], None]] = [
        refused,
        lambda: _expert_block(doc, a),
        lambda: _reaction_block(doc, a),
        *_bloc_extras(doc),
    ]
    if kind != "with_bloc":
        extras.append(earlier)
    if "NATO" in doc.theatre.blocs and a.label in doc.world.blocs["NATO"].partners:
        extras.append(lambda: (doc.par(), _nato_programmes(doc, a)))
    return title, extras


def _story_summit(doc: _Doc) -> tuple[str, list[Callable[[], None]]]:
    blocs = [doc.world.blocs[b] for b in doc.theatre.blocs] or list(doc.world.blocs.values())
    bloc = doc.pick(blocs)
    states = doc.world.states
    host = states[doc.pick(bloc.members)]
    city = host.capital or host.label
    doc.par()
    dateline = _dateline(doc, host)
    weekday, _day = doc.weekday_recent()
    summit = Ent(f"{city} summit", "Event")
    bname = doc.bl(bloc)
    city_ent = host.ent if city == host.label else Ent(city, "Place")
    doc.say(
        f"{dateline}Leaders of {bname} member states gathered in {doc.m(city_ent, city)} {weekday} for "
        f"a two-day meeting, the {doc.m(summit, summit.label)}, dominated by "
        f"{doc.pick(('security', 'the war', 'energy', 'trade'))}."
    )
    outsiders = [states[s] for s in (*bloc.candidates, *bloc.partners) if s not in bloc.members]
    facts_done = False
    if outsiders and doc.chance(0.7):
        state = doc.pick(outsiders)
        choice = doc.rng.random()
        if choice < 0.35:
            doc.say(
                f"At the summit, {doc.st(state)} was granted observer status.",
                [(state.label, "observer_of", bloc.label, A, None)],
            )
        elif choice < 0.7:
            later = doc.date + dt.timedelta(days=60 + int(doc.rng.random() * 300))
            when, value = doc.relative(later) or (f"in {later.year}", str(later.year))
            doc.say(
                f"The leaders agreed to admit {doc.st(state)} as a full member {when}.",
                [(state.label, "member_of", bloc.label, P, value)],
            )
        else:
            year = doc.date.year - 1 - int(doc.rng.random() * 5)
            doc.say(
                f"{doc.st(state)}, which applied for membership in {year}, "
                f"{doc.pick(('is still waiting for a decision', 'was again told to wait'))}.",
                [(state.label, "applied_for_membership_of", bloc.label, A, str(year))],
            )
        facts_done = True
    doc.par()
    _roster(doc, bloc)
    if not facts_done:
        _observers_partners(doc, bloc)
    official = doc.official(host, "President" if "President" in _offices(host, True) else None)
    doc.par()
    _opinion(doc, official, "politics")
    extras: list[Callable[[], None]] = [
        lambda: (doc.par(), _founding(doc, bloc)),
        lambda: (doc.par(), _observers_partners(doc, bloc)),
        lambda: _expert_block(doc, host, bloc=bloc),
        lambda: _other_states_block(doc, bloc, exclude=host),
        lambda: _reaction_block(doc, host),
    ]
    sec = doc.secretary(bloc)
    if sec:
        extras.append(
            lambda: (
                doc.par(),
                _two_part_quote(doc, sec, _fresh(doc, _QUOTES["politics"]), _fresh(doc, _QUOTES["politics"])),
            )
        )
    if bloc.drills:
        extras.append(lambda: _past_drills_block(doc, bloc))
    return f"{bloc.short} leaders meet in {city}", extras


# --- optional blocks ----------------------------------------------------------------------------


def _bloc_extras(doc: _Doc) -> list[Callable[[], None]]:
    if not doc.theatre.blocs:
        return []
    bloc = doc.world.blocs[doc.pick(doc.theatre.blocs)]
    return [lambda: (doc.par(), _roster(doc, bloc)), lambda: (doc.par(), _founding(doc, bloc))]


def _theatre_extras(doc: _Doc) -> list[Callable[[], None]]:
    """Fact blocks any story of this theatre can use once each: other blocs, exercises, agreements, voices."""
    states = doc.world.states
    blocks: list[Callable[[], None]] = []
    for label in doc.theatre.blocs:
        bloc = doc.world.blocs[label]
        members = [states[s] for s in bloc.members]
        blocks += [
            lambda b=bloc: (doc.par(), _roster(doc, b)),
            lambda b=bloc: (doc.par(), _founding(doc, b)),
            lambda b=bloc: (doc.par(), _observers_partners(doc, b)),
            lambda b=bloc, m=members: _other_states_block(doc, b, exclude=doc.pick(m)),
        ]
        if bloc.drills:
            blocks.append(lambda b=bloc: _past_drills_block(doc, b))
    blocks += [
        lambda: _second_exercise(doc),
        lambda: _second_exercise(doc),
        lambda: _earlier_agreement(doc),
        lambda: _earlier_agreement(doc),
        lambda: _membership_news(doc),
        lambda: _membership_news(doc),
        lambda: _membership_news(doc),
    ]
    pool = [states[s] for s in doc.theatre.states]
    for state in doc.sample(pool, 3):
        blocks += [lambda st=state: _expert_block(doc, st), lambda st=state: _reaction_block(doc, st)]
    if "NATO" in doc.theatre.blocs:
        partners = [states[s] for s in doc.world.blocs["NATO"].partners if s in doc.theatre.states]
        for state in doc.sample(partners, 2):
            blocks.append(lambda st=state: (doc.par(), _nato_programmes(doc, st)))
    return blocks


def _membership_news(doc: _Doc) -> None:
    """One or two sentences on states joining, leaving, applying to or freezing their part in a bloc."""
    if not doc.theatre.blocs:
        return
    states = doc.world.states
    bloc = doc.world.blocs[doc.pick(doc.theatre.blocs)]
    members = [states[s] for s in bloc.members]
    outsiders = [
        states[s]
        for s in (*bloc.candidates, *bloc.partners, *bloc.observers, *doc.theatre.states)
        if s not in bloc.members
    ]
    if not members or not outsiders:
        return
    doc.par()
    for _ in range(1 + int(doc.rng.random() * 2)):
        kind = int(doc.rng.random() * 15)
        m, o = doc.pick(members), doc.pick(outsiders)
        candidates = [states[s] for s in bloc.candidates if s not in bloc.members]
        if kind in (0, 1, 8, 9) and candidates:
            o = doc.pick(candidates)
        later = doc.date + dt.timedelta(days=30 + int(doc.rng.random() * 300))
        when, value = doc.relative(later) or (f"in {later.year}", str(later.year))
        past = _month_start(doc.date, -(2 + int(doc.rng.random() * 80)))
        if kind == 0:
            doc.say(
                f"{doc.st(o)} is expected to join {doc.bl(bloc)} {when}.",
                [(o.label, "member_of", bloc.label, P, value)],
            )
        elif kind == 1:
            doc.say(
                f"{doc.st(o)} has also joined {doc.bl(bloc)}, according to media reports.",
                [(o.label, "member_of", bloc.label, R, None)],
            )
        elif kind == 2:
            doc.say(
                f"{doc.st(m)} left {doc.bl(bloc)} in {past.year} but rejoined later.",
                [(m.label, "left", bloc.label, A, str(past.year)), (m.label, "member_of", bloc.label, A, None)],
            )
        elif kind == 3:
            doc.say(
                f"{doc.st(m)} plans to leave {doc.bl(bloc)} {when}.",
                [(m.label, "left", bloc.label, P, value)],
            )
        elif kind == 4:
            doc.say(
                f"{doc.st(m)} has quietly left {doc.bl(bloc)}, according to media reports.",
                [(m.label, "left", bloc.label, R, None)],
            )
        elif kind == 5:
            doc.say(
                f"{doc.st(m)} suspended its participation in {doc.bl(bloc)} in {doc.month(past)}.",
                [(m.label, "suspended_participation_in", bloc.label, A, past.strftime("%Y-%m"))],
            )
        elif kind == 6:
            doc.say(
                f"{doc.st(m)} is reported to have frozen its participation in {doc.bl(bloc)}.",
                [(m.label, "suspended_participation_in", bloc.label, R, None)],
            )
        elif kind == 7:
            doc.say(
                f"{doc.st(m)} will suspend its participation in {_poss(doc.bl(bloc))} joint activities "
                f"{when}.",
                [(m.label, "suspended_participation_in", bloc.label, P, value)],
            )
        elif kind == 8:
            doc.say(
                f"{doc.st(o)} applied for membership of {doc.bl(bloc)} in {doc.month(past)}.",
                [(o.label, "applied_for_membership_of", bloc.label, A, past.strftime("%Y-%m"))],
            )
        elif kind == 9:
            doc.say(
                f"{doc.st(o)} is expected to apply for membership of {doc.bl(bloc)} {when}.",
                [(o.label, "applied_for_membership_of", bloc.label, P, value)],
            )
        elif kind == 10:
            doc.say(
                f"{doc.st(o)} is set to become a partner of {doc.bl(bloc)} {when}.",
                [(o.label, "partner_of", bloc.label, P, value)],
            )
        elif kind == 11:
            doc.say(
                f"{doc.st(o)} is not a partner of {doc.bl(bloc)}.",
                [(o.label, "partner_of", bloc.label, N, None)],
            )
        elif kind == 12:
            doc.say(
                f"{doc.st(o)} has reportedly become a partner of {doc.bl(bloc)}.",
                [(o.label, "partner_of", bloc.label, R, None)],
            )
        elif kind == 13:
            doc.say(
                f"{doc.st(o)} was granted observer status in {doc.bl(bloc)}, according to media reports.",
                [(o.label, "observer_of", bloc.label, R, None)],
            )
        else:
            doc.say(
                f"{doc.st(o)} does not have observer status in {doc.bl(bloc)}.",
                [(o.label, "observer_of", bloc.label, N, None)],
            )


def _second_exercise(doc: _Doc, *, details: float = 0.6) -> None:
    """Another exercise in the region, told more briefly."""
    ex = _make_exercise(doc)
    _exercise_lead(doc, ex, dateline=False)
    if doc.chance(details):
        _exercise_details(doc, ex)


_AFTERWARDS = (
    "but it has never been ratified",
    "and renewed it two years later",
    "shortly after the last elections",
)


def _earlier_agreement(doc: _Doc) -> None:
    """An agreement two states of the region signed earlier (signed_agreement_with, parties, date)."""
    states = [doc.world.states[s] for s in doc.theatre.states]
    if len(states) < 2:
        return
    a, b = doc.sample(states, 2)
    text = doc.pick(_AGREEMENTS).replace("defence", doc.sp("defence", "defense"))
    if doc.used.get("agreement:" + text) or text.startswith("plan of"):
        return
    doc.used["agreement:" + text] = True
    agr = Ent(text, "Agreement")
    doc.par()
    month = _month_start(doc.date, -(3 + int(doc.rng.random() * 60)))
    if doc.chance(0.5):
        doc.say(
            f"In {doc.month(month)}, {doc.st(a)} and {doc.st(b)} signed {_a(doc.m(agr, text))}.",
            [
                (a.label, "signed_agreement_with", b.label, A, None),
                (text, "agreement_party", a.label, A, None),
                (text, "agreement_party", b.label, A, None),
                (text, "agreement_date", month.strftime("%Y-%m"), A, None),
            ],
        )
    else:
        doc.say(
            f"{doc.st(a)} signed {_a(doc.m(agr, text))} with {doc.st(b)} in {month.year}, "
            f"{doc.pick(_AFTERWARDS)}.",
            [
                (a.label, "signed_agreement_with", b.label, A, None),
                (text, "agreement_party", a.label, A, None),
                (text, "agreement_party", b.label, A, None),
                (text, "agreement_date", str(month.year), A, None),
            ],
        )


def _expert_block(doc: _Doc, state: State, *, ex: _Exercise | None = None, bloc: Bloc | None = None) -> None:
    if not (_once(doc, "expert:" + state.label) and (_once(doc, "expert1") or _once(doc, "expert2"))):
        return
    doc.par()
    expert = doc.expert(state)
    choice = doc.rng.random()
    if bloc is not None and choice < 0.2:
        day = bloc.founded
        text = (
            f"{doc.bl(bloc, short=True)} was founded in {day[:4]} to deal with exactly this kind of situation"
        )
        _speak(doc, expert, _Content(text, ((bloc.label, "founded_in", day[:4], R, None),)))
    elif bloc is not None and choice < 0.45 and state.label in bloc.members:
        since = max(int(bloc.founded[:4]), 1992) + int(doc.rng.random() * 10)
        since = min(since, doc.date.year - 1)
        text = f"{doc.st(state)} has been a member of {doc.bl(bloc, short=True)} since {since}"
        _speak(doc, expert, _Content(text, ((state.label, "member_of", bloc.label, R, str(since)),)))
    else:
        _opinion(doc, expert, "exercise" if ex is not None and doc.chance(0.5) else "politics")
    if doc.chance(0.5):
        _opinion(doc, expert, "politics")


def _reaction_block(doc: _Doc, state: State) -> None:
    """Another state's foreign ministry reacts (said by an institution)."""
    pool = [s for s in (*doc.theatre.outsiders, *doc.theatre.states) if s != state.label]
    if not pool:
        return
    other = doc.world.states[doc.pick(pool)]
    if not _once(doc, "reaction"):
        return
    doc.par()
    ent, ministry = doc.ministry(other, "foreign")
    verb = doc.pick(("criticised", "welcomed", "played down"))
    verb = verb.replace("criticised", doc.sp("criticised", "criticized"))
    clause = _fresh(doc, _CLAUSES["politics"])
    doc.say(f"{ministry} {verb} the move, saying {clause}.", [(ent.label, "said", clause, A, None)])
    if doc.chance(0.4):
        _quote(doc, (ent, "the ministry"), _Content(_fresh(doc, _QUOTES["politics"])))


def _officer_block(doc: _Doc, ex: _Exercise) -> None:
    doc.par()
    state = doc.pick(ex.participants)
    officer = doc.officer(state)
    name, facts = doc.ref(officer)
    clause = doc.pick(
        (
            "the troops had practised " + doc.pick(_SCENARIOS),
            "the exercise showed the forces could work together under a single command",
            "the units had arrived at the training area on schedule",
        )
    )
    at = doc.pick(
        ("At an opening ceremony", "Speaking at the training area", "At a briefing for journalists")
    )
    doc.say(f"{at}, {name} said {clause}.", [*facts, (officer.ent.label, "said", clause, A, None)])


def _other_states_block(doc: _Doc, bloc: Bloc, *, exclude: State) -> None:
    """Negated and reported statements about other states and the bloc."""
    if not _once(doc, "others:" + bloc.label):
        return
    states = doc.world.states
    doc.par()
    outsiders = [states[s] for s in doc.theatre.states if s not in bloc.members and s != exclude.label]
    members = [states[s] for s in bloc.members if s != exclude.label]
    choice = doc.rng.random()
    if outsiders and choice < 0.3:
        state = doc.pick(outsiders)
        doc.say(
            doc.pick(
                (
                    f"{doc.st(state)} is not a member of {doc.bl(bloc)}.",
                    f"{doc.st(state)} has repeatedly ruled out joining {doc.bl(bloc)}.",
                )
            ),
            [(state.label, "member_of", bloc.label, N, None)],
        )
    elif outsiders and choice < 0.5:
        state = doc.pick(outsiders)
        doc.say(
            f"According to media reports, {doc.st(state)} has also applied to join {doc.bl(bloc)}.",
            [(state.label, "applied_for_membership_of", bloc.label, R, None)],
        )
    elif members and choice < 0.7:
        state = doc.pick(members)
        doc.say(
            f"{doc.st(state)} has no intention of leaving {doc.bl(bloc)}, "
            f"{doc.pick(('its government has said', 'officials there insist'))}.",
            [(state.label, "left", bloc.label, N, None)],
        )
    elif members and choice < 0.85:
        state = doc.pick(members)
        doc.say(
            f"Contrary to some reports, {doc.st(state)} has not suspended its participation in "
            f"{doc.bl(bloc)}.",
            [(state.label, "suspended_participation_in", bloc.label, N, None)],
        )
    elif bloc.former:
        state_label, year = doc.pick(bloc.former)
        if year <= doc.date.year:
            state = states[state_label]
            doc.say(
                f"{doc.st(state)} {doc.pick(('left', 'withdrew from', 'quit'))} {doc.bl(bloc)} in {year}.",
                [(state.label, "left", bloc.label, A, str(year))],
            )
        else:
            doc.par()
    if not doc.paragraphs[-1]:
        _roster(doc, bloc)


def _past_drills_block(doc: _Doc, bloc: Bloc) -> None:
    """A short account of an earlier exercise of the bloc (organizes, located_in, date, participants)."""
    if not _once(doc, "past-drills:" + bloc.label):
        return
    ex = _make_exercise(doc, bloc=bloc, tense="past")
    ex.start = (
        ex.start.replace(year=ex.start.year - 1)
        if not (ex.start.month == 2 and ex.start.day == 29)
        else ex.start
    )
    ex.end = ex.start + dt.timedelta(days=5)
    ex.year = ex.start.year
    ex.label = f"{ex.series}{ex.sep}{ex.year}"
    ex.mention = ex.label
    doc.par()
    bname = doc.bl(bloc, short=True)
    name = doc.m(Ent(ex.label, "Exercise"), ex.label)
    doc.seen[ex.label] = True
    where, wf = _where(doc, ex, "article", kind="fact")
    span = doc.span(ex.start, ex.end, year=True)
    doc.say(
        f"{_cap(bname)} held its previous {ex.noun}, {name}, {where} {span}.",
        [
            (bloc.label, "organizes_exercise", ex.label, A, None),
            *wf,
            (ex.label, "exercise_date", f"{ex.start}/{ex.end}", A, None),
        ],
    )
    parts = ex.participants[:3]
    doc.say(f"Troops from {doc.sts(parts)} took part.", _participants_facts(ex, parts, A))


# --- filler: background without facts ------------------------------------------------------------

_FILLER = (
    (
        "Relations between {A} and {B} have fluctuated over the past decade, shaped by disputes over trade, "
        "energy and regional security."
    ),
    "Analysts have long debated how far such activities change the military balance in {region}.",
    "The security situation in {region} has deteriorated markedly in recent years.",
    "Military cooperation in {region} has a long history, dating back to the years after the Cold War.",
    (
        "Large-scale manoeuvres of this kind require months of planning and the coordination of logistics "
        "across several borders."
    ),
    (
        "{A} has been modernising its armed forces for more than a decade, replacing much of its ageing "
        "equipment."
    ),
    "Economic ties between {A} and {B} have grown in parallel, with bilateral trade reaching record levels.",
    (
        "Weather conditions at this time of year can complicate air operations, and planners have built in "
        "reserve days."
    ),
    (
        "Such drills typically include command-post work, live-fire training and the rehearsal of evacuation "
        "procedures."
    ),
    "The number of multinational exercises in {region} has roughly doubled over the past ten years.",
    "Public opinion in {A} remains divided over the country's foreign-policy direction, polls suggest.",
    (
        "The geography of {region}, with its mountain ranges and long coastlines, has shaped military "
        "planning for generations."
    ),
    "Defence budgets across {region} have risen steadily since {year}.",
    (
        "Road and rail links in the area were upgraded in recent years, in part to ease the movement of "
        "heavy equipment."
    ),
    (
        "Border areas in the region remain sparsely populated, and large training areas are available for "
        "combined-arms training."
    ),
    "The last time forces of this size gathered in the area was in {year}.",
    "Diplomats in {A} describe the current period as one of the most delicate in recent memory.",
    "Parliament in {A} is due to debate the country's new defence strategy before the end of the year.",
    (
        "Energy prices, migration and the aftermath of the pandemic have also weighed on the region's "
        "governments."
    ),
    (
        "Military planners have increasingly focused on drones, electronic warfare and the protection of "
        "critical infrastructure."
    ),
    "The area has seen several incidents involving unidentified drones over the past year.",
    "Conscription remains a subject of heated debate in {A}.",
    "Much of the equipment used in the region still dates from the 1980s.",
    "The last major overhaul of {A}'s military doctrine took place in {year}.",
    "Regional airlines were told to expect temporary restrictions on some routes.",
    "Fishermen and shipping companies have been advised to avoid certain areas while the activity continues.",
    "The local authorities have promised to compensate farmers for any damage to fields and roads.",
    "Observers note that the wording of official statements has become noticeably more cautious.",
    "Training grounds in the area date back to the 1950s and have been expanded several times since.",
    "Independent experts estimate that the cost of such an exercise runs into tens of millions of euros.",
    "Talks between {A} and {B} on a range of unrelated trade issues are due to resume next month.",
    "Neighbouring governments were notified in advance under existing confidence-building arrangements.",
    "Opinion polls in {A} show strong public support for closer regional cooperation.",
    "The region's ports have become increasingly important for trade with Asia and Europe.",
    "Civil society groups in {A} have long pressed for more transparency in defence procurement.",
    "Air traffic controllers were told to prepare for the temporary closure of several corridors.",
    "Local residents were warned to expect increased traffic of military vehicles on regional roads.",
    "The defence industry in {A} has grown rapidly, and exports reached a record level in {year}.",
    "Much of the debate in {A} centres on the cost of new fighter jets and air defence systems.",
    "Climate change has opened new shipping lanes and raised new questions for military planners.",
    "The exercise area covers several thousand square kilometres of forest, marsh and farmland.",
    "Journalists were invited to watch parts of the programme from an observation point.",
    "The country's last defence white paper was published in {year}.",
    "Cyber defence units now take part in most large training events in {region}.",
    "Reservists make up a growing share of the forces that train in {region}.",
)


def _filler(doc: _Doc) -> None:
    states = [doc.world.states[s] for s in doc.theatre.states] or list(doc.world.states.values())
    doc.par()
    left = [t for t in _FILLER if not doc.used.get("filler:" + t)]
    if len(left) < 3:
        return
    for template in doc.sample(left, 2 + int(doc.rng.random() * 3)):
        doc.used["filler:" + template] = True
        a, b = doc.sample(states, 2) if len(states) > 1 else (states[0], states[0])
        text = template
        if "{A}" in text:
            name = doc.st(a)
            text = text.replace("{A}'s", _poss(name)).replace("{A}", name)
        if "{B}" in text:
            text = text.replace("{B}", doc.st(b))
        region = _region(doc)
        doc.m(Ent(region.removeprefix("the "), "Place"), region.removeprefix("the "))
        text = text.replace("{region}", region)
        text = text.replace("{year}", str(doc.date.year - 2 - int(doc.rng.random() * 15)))
        text = (
            text.replace("Defence", doc.sp("Defence", "Defense"))
            .replace("modernising", doc.sp("modernising", "modernizing"))
            .replace("manoeuvres", doc.sp("manoeuvres", "maneuvers"))
        )
        doc.say(text)


def _region(doc: _Doc) -> str:
    """The name this article uses for its region, with "the" where it takes one ("the Balkans")."""
    if "region" not in doc.used:
        doc.used["region"] = doc.pick(doc.theatre.regions)
    return str(doc.used["region"])


# --- the generator ---------------------------------------------------------------------------------

_STORIES = ((_story_exercise, 45), (_story_membership, 20), (_story_agreement, 20), (_story_summit, 15))


class ArticleGenerator:
    """Generates articles with gold fact sheets; article ``i`` is a function of the seed and ``i`` only.

    Args:
        seed: any integer.
        min_words, max_words: bounds on the body's word count; lengths follow a triangular
            distribution with its mode at ``min_words`` (mean about 600 for 300-1,200).
        gazetteer: a :class:`kg.linking.Gazetteer` (default: ``Gazetteer.load()``).
    """

    def __init__(
        self, seed: int = 0, *, min_words: int = 300, max_words: int = 1200, gazetteer: object | None = None
    ) -> None:
        if min_words < 200 or max_words < min_words + 100:
            raise ValueError(
                f"need 200 <= min_words and min_words + 100 <= max_words; got {min_words}, {max_words}"
            )
        if gazetteer is None:
            from kg.linking import Gazetteer

            gazetteer = Gazetteer.load()
        self.seed = seed
        self.min_words = min_words
        self.max_words = max_words
        self.world = build_world(gazetteer)

    def article(self, index: int) -> GeneratedArticle:
        """The article number ``index`` of this seed."""
        rng = random.Random(
            f"kg-benchmark/{GENERATOR_VERSION}/{self.seed}/{index}/{self.min_words}/{self.max_words}"
        )
        theatre = self.world.theatres[int(rng.random() * len(self.world.theatres))]
        date = dt.date(2008, 1, 1) + dt.timedelta(days=int(rng.random() * 6200))
        style = _Style(
            dates=rng.choice(("dm", "md", "ap")),
            british=rng.random() < 0.5,
            curly=rng.random() < 0.4,
            oxford=rng.random() < 0.3,
            dash=rng.choice(("–", "—", "-")),
        )
        agency = AGENCIES[int(rng.random() * len(AGENCIES))]
        doc = _Doc(rng, self.world, theatre, date, style, agency)
        target = int(rng.triangular(self.min_words, self.max_words, self.min_words))
        stories, weights = zip(*_STORIES)
        story = rng.choices(stories, weights=weights)[0]
        title, extras = story(doc)
        rng.shuffle(extras)
        general = _theatre_extras(doc)
        rng.shuffle(general)
        # background paragraphs take 5-25% of the words; fact-bearing blocks the rest
        facts_target = target * (0.75 + 0.2 * rng.random())
        # then blocks that can be told more than once, for long articles in regions with few blocs
        repeatable = (
            lambda: _second_exercise(doc, details=1.0),
            lambda: _membership_news(doc),
            lambda: _earlier_agreement(doc),
        )
        more = (repeatable[int(rng.random() * len(repeatable))] for _ in range(12))
        for block in (*extras, *general, *more):
            if doc.words >= facts_target:
                break
            mark = doc.checkpoint()
            block()
            if doc.words > self.max_words - 40:
                doc.rollback(mark)
        while doc.words < max(target, self.min_words):
            mark = doc.checkpoint()
            before = doc.words
            _filler(doc)
            if doc.words > self.max_words or doc.words == before:
                doc.rollback(mark)
                break
        paragraphs = [p for p in doc.paragraphs if p]
        # move background paragraphs away from the end: insert fact-free ones between others
        body = "\n\n".join(" ".join(p) for p in _interleave(rng, paragraphs, doc))
        stem = f"gen-{self.seed}-{index:05d}"
        section = rng.choice(("news", "defence", "world", "politics"))
        url = f"https://{agency[1]}/{section}/{date:%Y/%m/%d}/{_slug(title)}"
        source = (
            agency[0] if rng.random() < 0.8 else f"{agency[0]} (republished by {rng.choice(AGENCIES)[0]})"
        )
        text = f"TITLE: {title}\nSOURCE: {source}\nURL: {url}\nDATE: {date.isoformat()}\n---\n{body}\n"
        entities = [
            {"mention": mention, "label": ent.label, "type": ent.type, "wikidata": ent.qid}
            for mention, ent in doc.mentions.items()
            if mention in body
        ]
        # (as the corpus README says, a fact stated only inside a quotation is reported: one the article also
        # states in its own voice is its own)
        # (a signing is one of an agreement: "reported" to have signed one and signed another are two facts)
        asserted = {key[:3] + key[4:] for key in doc.keys_in_order if key[3] == A}
        facts = [f for f, key in zip(doc.facts, doc.keys_in_order, strict=True)
                 if f["modality"] != R or key[:3] + key[4:] not in asserted]
        return GeneratedArticle(stem, text, {"entities": entities, "facts": facts}, len(body.split()))

    def articles(self, count: int, *, start: int = 0) -> Iterator[GeneratedArticle]:
        for index in range(start, start + count):
            yield self.article(index)


def _interleave(rng: random.Random, paragraphs: list[list[str]], doc: _Doc) -> list[list[str]]:
    """Paragraphs with the fact-free background ones moved to random places after the lead."""
    evidence = "\n".join(f["evidence"] for f in doc.facts)
    with_facts: list[list[str]] = []
    background: list[list[str]] = []
    for p in paragraphs[1:]:
        (with_facts if any(s in evidence for s in p) else background).append(p)
    out = [paragraphs[0], *with_facts]
    for p in background:
        out.insert(1 + int(rng.random() * len(out)), p)
    return out


def generate(
    count: int,
    out: str | Path,
    *,
    seed: int = 0,
    min_words: int = 300,
    max_words: int = 1200,
    start: int = 0,
    gazetteer: object | None = None,
) -> dict[str, Any]:
    """Write ``count`` articles (``.txt``) and gold sheets (``.json``) to ``out``; returns a summary."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    generator = ArticleGenerator(seed, min_words=min_words, max_words=max_words, gazetteer=gazetteer)
    words = facts = 0
    for item in generator.articles(count, start=start):
        (out / f"{item.stem}.txt").write_text(item.text, encoding="utf-8")
        (out / f"{item.stem}.json").write_text(
            json.dumps(item.sheet, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        words += item.words
        facts += len(item.sheet["facts"])
    return {
        "articles": count,
        "words": words,
        "facts": facts,
        "seed": seed,
        "min_words": min_words,
        "max_words": max_words,
        "version": GENERATOR_VERSION,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Generate news articles with gold fact sheets (corpus format)."
    )
    parser.add_argument("--articles", type=int, default=100, help="how many articles (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created if missing)")
    parser.add_argument("--min-words", type=int, default=300, help="shortest body in words (default 300)")
    parser.add_argument("--max-words", type=int, default=1200, help="longest body in words (default 1200)")
    parser.add_argument("--start", type=int, default=0, help="index of the first article (default 0)")
    args = parser.parse_args(argv)
    if args.articles < 0:
        parser.error("--articles must be 0 or more")
    began = time.perf_counter()
    try:
        summary = generate(
            args.articles,
            args.out,
            seed=args.seed,
            min_words=args.min_words,
            max_words=args.max_words,
            start=args.start,
        )
    except ValueError as exc:
        parser.error(str(exc))
    seconds = time.perf_counter() - began
    n = max(summary["articles"], 1)
    print(
        f"wrote {summary['articles']} articles to {args.out} in {seconds:.1f} s "
        f"({summary['words'] / n:.0f} words and {summary['facts'] / n:.1f} facts per article on average)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
