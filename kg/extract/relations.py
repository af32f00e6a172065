"""Relation rules: from a sentence, its typed mentions and its trigger words to facts.

Each rule is written over entity types (State, Alliance, Exercise...), trigger words ("includes",
"observer status", "take part", "held in", "signed") and sentence structure (a list of states
before or after the trigger, a preposition before a place). None names an entity or a sentence
of any article. A rule yields :class:`Candidate` facts; the extractor adds modality, time,
evidence and confidence.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from ..models import EntityType
from .cues import Cue, Words, fold, folded, found
from .mentions import (
    ADJECTIVE_OF_A_PLACE,
    AND_THE_GAP,
    APPOSITION_ARTICLE,
    COUNCIL_RESOLUTION_LABEL,
    DIRECTION,
    DIRECTION_ADJECTIVE,
    EDITION_ADJECTIVE,
    EXERCISE_NOUN,
    OF_THE_GAP,
    RECOGNISED_AS_PART,
    REGION_HEADS,
    SERVICES,
    SHIP_NAME,
    SHIP_NOUNS,
    SHIPS_BROUGHT,
    TWO_TO_TEN,
    Mention,
)
from .sentences import Sentence

__all__ = ["DATELINE_OPENING", "FORCES_WHO_PRACTISE", "NOT_A_HABIT", "Candidate", "SentenceContext", "sentence_facts"]

ORGS = (EntityType.ALLIANCE, EntityType.ORGANIZATION)
MEMBER_TYPES = (EntityType.STATE,)
PARTICIPANTS = (EntityType.STATE, EntityType.MILITARY_UNIT)
PLACES = (EntityType.PLACE, EntityType.STATE)

#: A dateline opening a story ("RIGA, May 4 (Test Wire) - ", "DUBAI – "): what precedes its first words.
# ... and "Panama City (AFP) – ": a town in mixed case before its agency in brackets
DATELINE = (r"(?:[A-Z][A-Z .'-]+,[^—–]{0,60}?|[A-Z][A-Z .'-]{2,}\s|[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,2}\s"
            r"\([A-Z][\w.]{1,12}\)\s*)(?:—|–|--|-)\s*")
#: A dateline and the article that may open the subject after it: all that comes before a sentence's first name.
DATELINE_OPENING = re.compile(DATELINE + r"(?:[Tt]he\s+)?")
_LIST_GAP = re.compile(r"^(?:\s*\([A-Z]{2,10}\))?"  # "the Royal Armed Forces (FAR) and US Africa Command"
                       r"\s*(?:,|and|&|/|as well as|plus|, and|, as well as|,?\s*along with|nor|"
                       # "troops from A, B and C, as well as from D and E"
                       r",?\s+as\s+well\s+as\s+from|"
                       # "Iran and, since January 2025, Indonesia": a date set off after the "and"
                       r",?\s*and,\s+(?:since|from|in|as\s+of|by|until)\s+[^,;]{1,25},|"
                       # "Serbia, which has declared military neutrality, and Bosnia": a clause on the item before
                       r",\s+(?:which|who)\s+[^,;()]{3,80},\s+and)?\s*"
                       # "a member of the CSTO and of the SCO", "officers from A and from B", "The Bahamas"
                       r"(?:(?<=and )(?:of|from)\s+)?(?:[Tt]he\s+)?"
                       # "in the Gulf of Oman and the northern Indian Ocean": a part of the next place
                       rf"(?:{DIRECTION_ADJECTIVE}\s+)?"
                       # "... Belarus and the four Central Asian states of Kazakhstan, ..."
                       r"(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[A-Z][\w-]*\s+){0,2}"
                       r"(?:states|countries|nations|republics)\s+of\s+)?"
                       r"(?:host\s+(?:country\s+|nation\s+)?)?"  # "Russia, Belarus and host Kyrgyzstan"
                       # "Sweden and its neighbour Finland"
                       r"(?:(?<=and )(?:its|their)\s+(?:[a-z]+\s+)?neighbou?rs?\s+)?"
                       # "Saudi Arabia and nuclear-armed Pakistan", "Chile and neighbouring Peru"
                       r"(?:(?<=and )(?:[a-z]+-[a-z]+|neighbou?ring|fellow)\s+)?"
                       r"(?:(?:more than|about|some|over|nearly|around|almost)\s+)?(?:\d[\d,.]*\s+)?$")


# "Ghana and Togo, and Mali and Niger joined later": a list's "and" comes once, before its last item, but
# for the lists it holds ("A and B, as well as C, D and E"; "A and the four states of B, C and D").
_AND_GAP = re.compile(r"\band\b|&")
_SUBLIST_GAP = re.compile(r"\b(?:as well as|along with|plus|(?:states|countries|nations|republics) of)\b")


def _joined_after(gap: str, joined: bool) -> bool | None:
    """Whether an "and" has joined two of a list's items once ``gap`` is passed (``joined``: before it), or
    None when ``gap`` holds the list's second "and", which ends it."""
    if not ("and" in gap or "&" in gap or "of" in gap or "plus" in gap or "well" in gap or "along" in gap):
        return joined
    if _SUBLIST_GAP.search(gap):
        return False
    if _AND_GAP.search(gap):
        return None if joined else True
    return joined


@functools.lru_cache(maxsize=4096)  # the same few gaps (", ", " and ") recur
def _list_gap(gap: str) -> bool:
    """Whether ``gap`` may stand between two items of a list (:data:`_LIST_GAP`)."""
    return _LIST_GAP.match(gap) is not None


# A place named after its kind, and what describes it: "the Swedish island of", "the central Anatolian province of",
# "the counties of Troms and Finnmark", "the ports of Varna and Burgas" (not "Sattahip district of", a name of its own),
# "the Honduran Caribbean port city of", "the French Pacific territory of"
_KIND_OF_PLACE = (rf"(?:(?:[a-z-]+|{ADJECTIVE_OF_A_PLACE}|French|Dutch|Greek|Thai|Swiss)\s+){{0,3}}?(?:city|town|port|"
                  r"region|province|village|island|republic|oblast|enclave|state|county|district|territory|department|"
                  r"regions|provinces|islands|counties|districts|governorates|ports|towns|cities|areas|states)\s+of\s+")
_LOCAL_CAPITAL = r"(?:provincial|regional|district|county)\s+capital,?\s+"
# "in Tamale, Daboya and the coastal county of Lamu": a list's last place after its kind
_PLACE_OF_KIND_GAP = re.compile(rf"\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:{_KIND_OF_PLACE}|{_LOCAL_CAPITAL})")
_SPEAKS = re.compile(r"\s+(?:said|says|told|announced|stated|added|reported)\b")
_SENTENCE_PUNCTUATION = re.compile(r"[.;:!?]")  # no list runs across these to its first item
_CLAUSE_BREAK = re.compile(r"[.;:!?—–]|\b(?:which|who|that|while|but)\b")
# A count in figures or words ("12", "twelve", "fifteen", "twenty-eight"), grouped
_A_COUNT = rf"(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?)"
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "both": 2}
_COUNT_WORDS = {**_NUMBER_WORDS, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
# "brings together ten countries: ...": the count a roster announces
_COUNT_BEFORE_COLON = re.compile(rf"\b(\d+|{TWO_TO_TEN}|eleven|twelve)\s+"
                                 r"(?:[\w-]+\s+){0,2}(?:countries|states|nations|members|allies)\b", re.IGNORECASE)


def _count_of(number: str) -> int:
    """The number a numeral or a number word up to twenty says ("ten", "12"); 0 for another word."""
    return int(number) if number.isdigit() else _COUNT_WORDS.get(number.lower(), 0)


@dataclass(slots=True, unsafe_hash=True)
class Candidate:
    """A fact a rule found: ends are mentions (or a literal object), ``trigger`` the span that states it.

    Immutable by convention, not declared frozen: a frozen dataclass sets each field through
    ``object.__setattr__``, and an article yields about a hundred candidates (see :class:`.Mention`)."""

    subject: Mention
    relation: str
    object: Mention | None
    literal: str | None
    trigger: tuple[int, int]
    confidence: float
    time: str | None = None
    scope: tuple[int, int] | None = None  # the words whose modality is the fact's (default: its clause)


@dataclass
class SentenceContext:
    """What the rules of one sentence may look up: the text, mentions, the last lists and bodies."""

    text: str
    sentence: Sentence
    mentions: list[Mention]  # mentions in this sentence, in order
    last_org: Mention | None
    state_lists: list[list[Mention]]  # earlier lists of states, latest last
    exercise: Mention | None  # the exercise this sentence is about (named here, or carried over)
    find_times: Callable[[], list[tuple[int, int, str, str]]]  # the sentence's times, found when first asked
    subject_lists: list[list[Mention]] = field(default_factory=list)  # earlier lists that opened a sentence
    # The last organisation named, linked or not (BRICS, the Quad): what a bare status is of.
    last_named_org: Mention | None = None
    last_agreement: Mention | None = None  # what "the agreement" refers back to
    # The bodies "the bloc" may stand for, latest last (last_org and those before it): "the forum" is the
    # latest whose name has "Forum", though the EU was named after it.
    bodies: list[Mention] = field(default_factory=list)
    # the states of the last two officials named together ("Armenian Prime Minister X met French President Y")
    official_pair: list[Mention] = field(default_factory=list)
    # Where the list of exercises that names this sentence's exercise begins ("the CSTO's Interaction-2025,
    # Search-2025 and Echelon-2025 exercises": at Interaction-2025), when it names it in one
    listed_from: int | None = None
    before_last_named_org: Mention | None = None  # the organisation named before last_named_org
    # The state each official named so far acts for, by the person's label, where an adjective and titles right
    # before a mention said so ("Latvian Defence Minister X"): what "X and Y signed" later signs for.
    states_of_officials: dict[str, Mention] = field(default_factory=dict)
    agreements: list[Mention] = field(default_factory=list)  # the agreements named so far, the last named last
    # The state the sentence before opened with and the one it named its ties "with" (by name): "Türkiye also has
    # close ties with Qatar. Under a pact the two countries signed in 2014, ..."
    pair_before: list[Mention] = field(default_factory=list)
    _times: list[tuple[int, int, str, str]] | None = None

    @property
    def times(self) -> list[tuple[int, int, str, str]]:
        """(start, end, value, kind) of the sentence's time expressions; most sentences never need them."""
        if self._times is None:
            self._times = self.find_times()
        return self._times

    @functools.cached_property
    def folded(self) -> str:
        """The sentence in lower case, for the cue words of its rules (:func:`.cues.fold`)."""
        return folded(self.sentence.text)

    @functools.cached_property
    def words(self) -> int:
        """The cue words the sentence holds (:func:`.cues.found` of :attr:`folded`), for every cue of its rules."""
        return found(self.folded)

    def rel(self, start: int) -> int:
        return start - self.sentence.start

    def between(self, a: int, b: int) -> str:
        return self.text[a:b]


def sentence_facts(ctx: SentenceContext) -> Iterator[Candidate]:
    """Every candidate fact of one sentence (rule groups whose trigger words are absent are skipped)."""
    if "respectively" in ctx.folded:
        yield from _respectively(ctx, list(_sentence_facts(ctx)))
    elif " and " in ctx.sentence.text and _TIMES_CLOSE_THE_SENTENCE.search(ctx.sentence.text) and len(ctx.times) >= 2:
        # "A and B became members in April 2023 and March 2024.": each in turn, as with "respectively"
        yield from _respectively(ctx, list(_sentence_facts(ctx)))
    elif ": " in ctx.sentence.text:
        yield from _each_dated_after_colon(ctx, list(_sentence_facts(ctx)))
    else:
        yield from _sentence_facts(ctx)


def _each_dated_after_colon(ctx: SentenceContext, candidates: list[Candidate]) -> list[Candidate]:
    """"A, B and C had been suspended from X: A in 2020, B in 2022 and C in July 2023": the facts of the clause
    before the colon, each dated by the time its subject has after it."""
    colon = ctx.sentence.start + ctx.sentence.text.index(": ")
    states = [m for m in ctx.mentions if m.start > colon and m.type is EntityType.STATE and m.kind != "demonym"]
    times = [t for t in ctx.times if t[0] > colon and t[3] not in ("weekday", "relative")]
    when: dict[str, str] = {}
    for state, following in zip(states, [*states[1:], None]):
        stop = following.start if following is not None else ctx.sentence.end
        own = next((t for t in times if state.end <= t[0] < stop), None)
        if own is not None and own[0] - state.end <= 40:  # ("Mali after coups in 2020 and 2021")
            when.setdefault(state.label, own[2])
    if len(when) < 2 or not times:
        return candidates
    return [dataclasses.replace(c, time=when[c.subject.label])
            if c.trigger[1] <= colon and c.subject.label in when and c.time in (None, times[0][2]) else c
            for c in candidates]


_RESPECTIVELY = re.compile(r",?\s+respectively\b")
# Two times joined by "and" that end the sentence ("... in April 2023 and March 2024.")
_TIMES_CLOSE_THE_SENTENCE = re.compile(r"\b(?:19|20)\d\d\s+and\s+(?:in\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?"
                                       r"(?:19|20)\d\d(?P<end>)[.;]?$")
_BETWEEN_RESPECTIVE_TIMES = re.compile(r"\s*,\s*(?:and\s+)?(?:in\s+)?|\s+and\s+(?:in\s+)?")


def _respectively(ctx: SentenceContext, candidates: list[Candidate]) -> list[Candidate]:
    """"A and B joined NATO in April 2023 and March 2024 respectively", "A and B, NATO members since 1999 and 2004
    respectively,": the facts a rule dated by the first time, each dated in the order of its subject, where the
    times are as many as the subjects that share the fact."""
    anchors = [m.start() for m in _RESPECTIVELY.finditer(ctx.sentence.text)] or \
        [m.start("end") for m in _TIMES_CLOSE_THE_SENTENCE.finditer(ctx.sentence.text)]
    for anchor in anchors:
        end = ctx.sentence.start + anchor
        times = [t for t in ctx.times if t[3] not in ("weekday", "relative")]
        listed: list[tuple[int, int, str, str]] = []
        while (last := next((t for t in times if t[1] == end), None)) is not None:
            listed.insert(0, last)
            gap = next((g for g in _BETWEEN_RESPECTIVE_TIMES.finditer(ctx.text, max(ctx.sentence.start, last[0] - 12),
                                                                       last[0]) if g.end() == last[0]), None)
            if gap is None:
                break
            end = gap.start()
        if len(listed) < 2:
            continue
        sharing: dict[tuple[str, str], list[Candidate]] = {}
        for candidate in candidates:
            if candidate.time == listed[0][2] and candidate.object is not None:
                sharing.setdefault((candidate.relation, candidate.object.label), []).append(candidate)
        if len({relation for relation, _ in sharing}) < len(sharing):
            # "A and B joined NATO and the EU in March 2004 and May 2004 respectively": the times are the bodies'
            objects = sorted({c.object.start: c.object.label for group in sharing.values() for c in group}.items())
            if len(objects) == len(listed):
                when = {label: time[2] for (_, label), time in zip(objects, listed)}
                for group in sharing.values():
                    for candidate in group:
                        candidate.time = when.get(candidate.object.label, candidate.time)
            continue
        for group in sharing.values():
            # (two rules may give the same fact: each subject once, in the order the text names them)
            order = list(dict.fromkeys(c.subject.label for c in sorted(group, key=lambda c: c.subject.start)))
            if len(order) == len(listed):
                when = {label: time[2] for label, time in zip(order, listed)}
                for candidate in group:
                    candidate.time = when[candidate.subject.label]
    return candidates


def _sentence_facts(ctx: SentenceContext) -> Iterator[Candidate]:
    text = ctx.sentence.text
    lower = text.lower()
    words = found(lower)  # the words of the Words tests below (Words.any_in, found once)
    # A programme one is a member of ("members of the Partnership for Peace") counts as an organisation here.
    has_org = any(m.type in ORGS or m.type is EntityType.AGREEMENT for m in ctx.mentions)
    if words & _FOUNDING_WORDS.mask and any(m.type is EntityType.MILITARY_UNIT for m in ctx.mentions):
        yield from _force_founded(ctx)
    if ("withdr" in lower or " out of " in lower or "quit" in lower or "left" in lower or "leaves" in lower) \
            and any(_is_mission(m) for m in ctx.mentions):
        yield from _left_a_mission(ctx)
    if " lead" in lower or " co-lead" in lower or "led by" in lower:
        yield from _leads_a_body(ctx)
    # (a treaty named before may be what "withdrawing from the treaty" leaves)
    if has_org or ctx.last_org is not None or ctx.last_named_org is not None or ctx.last_agreement is not None:
        since = "since" in lower
        if words & _MEMBERSHIP_WORDS.mask:
            yield from _since(ctx, _membership(ctx)) if since else _membership(ctx)
        if has_org and ("'s " in lower or "’s " in lower):
            yield from _bodys_members_set_off(ctx)
        if words & _STATUS_WORDS.mask:
            yield from _since(ctx, _status(ctx)) if since else _status(ctx)
            yield from _suspended_own(ctx)
            yield from _suspends_state(ctx)
        if words & _BARE_STATUS.mask:
            yield from _since(ctx, _bare_status(ctx)) if since else _bare_status(ctx)
        if has_org and ", " in lower:
            yield from _since(ctx, _appositions(ctx)) if since else _appositions(ctx)
        if "member" in lower or "allies" in lower:
            yield from _counted_member_set_off(ctx)
        if "observer" in lower or "partner" in lower:
            yield from _counted_standing_set_off(ctx)
        if " within " in lower or "allies in " in lower:
            yield from _cooperate_within(ctx)
        if "partner " in lower:
            yield from _partner_nation_named(ctx)
        if has_org and (" of " in lower and ("withdrawal" in lower or "exit" in lower or "departure" in lower)):
            yield from _withdrawal_of(ctx)
        if "—" in text or " – " in text or " -- " in text:
            if has_org:
                yield from _members_set_off_by_dashes(ctx)
            if "members" in lower:
                yield from _unnamed_bodys_members_set_off(ctx)
        if "same status" in lower:
            yield from _same_status_gained(ctx)
        if ("last " in lower or "first " in lower) and ("ally" in lower or "member" in lower):
            yield from _the_last_ally_to(ctx)
        if " made " in lower or " make" in lower:
            yield from _made_members(ctx)
        if words & _FOUNDING_WORDS.mask:
            yield from _founding(ctx)
            if "signed" in lower:
                yield from _body_an_agreement_set_up(ctx)
            if "founders" in lower:
                yield from _founders_named(ctx)
        if has_org and "opened" in lower:
            yield from _office_opened(ctx)
        if "members" in lower or "partners" in lower or "observers" in lower or "participating" in lower:
            yield from _kind_including(ctx)
        if " among " in lower and "observer" in lower:
            yield from _among_its_observers(ctx)
        if "both" in lower or "all" in lower:
            yield from _since(ctx, _all_of_them(ctx)) if since else _all_of_them(ctx)
        if has_org and " of " in lower:
            yield from _body_of_states(ctx)
        if has_org and "non-" in lower:
            yield from _non_members(ctx)
        if has_org and (words & _BINDS_KEYS.mask or lower.startswith("under ") or "acceded to by" in lower):
            yield from _bound_by(ctx)
    if ctx.exercise is not None:
        history = _series_history_year(ctx)
        for part in _exercise_parts(ctx):
            yield from _exercise_facts(part) if history is None else _of_the_series(_exercise_facts(part), ctx, history)
        if ctx.exercise.year and ("joined" in lower or "since" in lower or "participant" in lower):
            yield from _joined_the_series(ctx)
        if ("component" in lower or "include" in lower or "part of" in lower or "element of" in lower
                or "compris" in lower) and \
                sum(m.type is EntityType.EXERCISE for m in ctx.mentions) >= 2:
            yield from _exercise_components(ctx)
    if " its " in lower and any(m.type is EntityType.EXERCISE for m in ctx.mentions):
        yield from _its_own_exercise(ctx)
    if "observed " in lower:
        yield from _observed_an_edition(ctx)
    if _HELD_BESIDES_OPENING.match(text):
        yield from _held_besides(ctx)
    if "first held in" in lower or " in 19" in lower or " in 20" in lower or "since " in lower:
        yield from _series_begun(ctx)
    if any(m.type is EntityType.AGREEMENT for m in ctx.mentions) or words & _SIGNING_WORDS.mask:
        # (a council adopts its resolution: no party to it, "The UN Security Council adopted Resolution 2767")
        yield from (c for c in _agreements(ctx) if c.relation != "agreement_party"
                    or not c.subject.label.startswith(COUNCIL_RESOLUTION_LABEL))
    elif ctx.last_agreement is not None:
        if words & (_PARTY_TO.mask | _JOINED_A_TREATY.mask):
            yield from _parties_to(ctx, [])
        if words & _RATIFIED_THE_ONE.mask:  # "A and B have ratified it"
            yield from _ratified_the_one_named(ctx, [])
        if "ratified" in lower:  # "The treaty has been ratified by A and B"
            yield from _ratified_by_or_opened(ctx, [])
    if any(m.type is EntityType.PLACE or m.de_facto for m in ctx.mentions):
        yield from _geography(ctx)
    if "belong" in ctx.folded or "part of" in ctx.folded or " of " in ctx.folded or "its " in ctx.folded or \
            "their " in ctx.folded or ", a " in ctx.folded or "'s " in ctx.folded or "’s " in ctx.folded or \
            "-led " in ctx.folded:
        # "X, a town in southern Tunisia", "X, the Finnish Navy's coastal infantry unit"
        yield from _belongs_to(ctx)


# "Japan joined the exercise in 2015", "Australia has participated since 2020", "became a permanent participant in
# 2015": of the series the edition the article is on belongs to, in a year before that edition's
_JOINED_THE_SERIES = re.compile(r"\s+(?:(?:first|later|then|also)\s+)?(?:(?:re)?joined\s+(?:the\s+)?"
                                r"(?:exercises?|drills|series)|(?:has|have)\s+(?:participated|taken\s+part)|"
                                r"became\s+an?\s+(?:permanent|regular|full)\s+participant)(?:\s+in\s+it)?\s+"
                                r"(?:since|in)\s+(?P<year>(?:19|20)\d\d)\b")
_EDITION_YEAR = re.compile(r"[\s-]*(?:19|20)\d\d[A-Z]?$")
# "The exercise began as a bilateral drill between A and B in 1992": the series' history, told of its edition
_SERIES_BEGAN = re.compile(r"^(?:The|This|That)\s+(?:exercise|drills|series)\s+(?:began|started|was\s+first\s+held)\b"
                           r"[^.;]*?\bin\s+(?P<year>(?:19|20)\d\d)\b")


def _series_history_year(ctx: SentenceContext) -> str | None:
    """The year a sentence that opens on "The exercise began" dates the series by, where it is before the year of
    the edition the sentence refers to (and the sentence names no edition itself)."""
    edition = ctx.exercise
    if not edition.year or not _EDITION_YEAR.search(edition.label) or not (
            "began" in ctx.folded or "started" in ctx.folded or "first held" in ctx.folded):
        return None  # (an edition named by its number, "Han Kuang 41", has no series label to give)
    began = _SERIES_BEGAN.match(ctx.sentence.text)
    if began is None or int(began.group("year")) >= edition.year or \
            any(m.type is EntityType.EXERCISE for m in ctx.mentions):
        return None
    return began.group("year")


def _of_the_series(candidates: Iterable[Candidate], ctx: SentenceContext, year: str) -> Iterator[Candidate]:
    """``candidates``, those of the edition as facts of its series, dated by ``year`` (see _series_history_year)."""
    series_label = _EDITION_YEAR.sub("", ctx.exercise.label)
    for candidate in candidates:
        if candidate.object is not None and candidate.object.label == ctx.exercise.label and series_label and \
                candidate.relation in ("participates_in_exercise", "organizes_exercise", "hosts_exercise"):
            series = dataclasses.replace(candidate.object, label=series_label, year=None)
            yield dataclasses.replace(candidate, object=series, time=year)
        elif candidate.object is None or candidate.object.label != ctx.exercise.label:
            yield candidate  # (the edition's date, place and the like are no facts of the series)


def _joined_the_series(ctx: SentenceContext) -> Iterator[Candidate]:
    edition = ctx.exercise
    series_label = _EDITION_YEAR.sub("", edition.label)
    if series_label == edition.label or not series_label:
        return
    for subject in ctx.mentions:
        joined = _JOINED_THE_SERIES.match(ctx.text, subject.end) if subject.type in PARTICIPANTS and \
            subject.kind != "demonym" else None
        if joined is None or int(joined.group("year")) >= edition.year:
            continue  # (not this edition's, which the article's own rules read)
        series = dataclasses.replace(edition, label=series_label, year=None)
        yield Candidate(subject, "participates_in_exercise", series, None, (subject.start, joined.end()), 0.7,
                        joined.group("year"), scope=(subject.start, joined.end()))


# "First held in 1972, BALTOPS is ...", "Malabar began in 1992 as a bilateral exercise": when a series began
# ("Held every two years since 2005, Talisman Sabre is ...": since then)
_FIRST_HELD_OPENING = re.compile(r"(?:[Ff]irst\s+(?:held|staged|conducted)\s+in|(?:Held|Staged|Conducted)\s+"
                                 r"(?:[\w-]+\s+){0,4}?since)\s+(?P<year>(?:19|20)\d\d),\s+(?:the\s+)?")
_BEGAN_AS_AFTER = re.compile(r"\s+(?:began|started|was\s+first\s+(?:held|staged|conducted))\s+in\s+"
                             r"(?P<year>(?:19|20)\d\d)\b")


def _series_begun(ctx: SentenceContext) -> Iterator[Candidate]:
    for series in ctx.mentions:
        if series.type is not EntityType.EXERCISE or series.year or _A_YEAR_AT_END.search(series.label):
            continue
        began = _FIRST_HELD_OPENING.fullmatch(ctx.text, ctx.sentence.start, series.start) or \
            _BEGAN_AS_AFTER.match(ctx.text, series.end)
        if began is not None:
            span = (min(began.start(), series.start), max(began.end(), series.end))
            yield Candidate(series, "exercise_date", None, began.group("year"), span, 0.7, scope=span)


# "Apart from Interaction, Search and Echelon, the alliance regularly holds ...": those it holds as well
_HELD_BESIDES_OPENING = re.compile(r"(?:Apart\s+from|Besides|In\s+addition\s+to|Alongside)\s+(?:the\s+)?")
_HOLDS_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|regularly|annually|usually|now|still)\s+)*(?:holds|held|conducts|"
                                  r"conducted|organi[sz]es|organi[sz]ed|stages|staged|runs|ran)\b")


def _held_besides(ctx: SentenceContext) -> Iterator[Candidate]:
    opening = _HELD_BESIDES_OPENING.match(ctx.text, ctx.sentence.start)
    listed = list_after(ctx, opening.end(), (EntityType.EXERCISE,), max_gap=0)
    comma = listed[-1].end if listed else -1
    if not listed or not ctx.text.startswith(", ", comma):
        return
    holder = _org_reference(ctx, comma + 2)
    if holder is None or holder.start > comma + 2 and holder.start >= ctx.sentence.start:
        return  # (the body that opens the main clause, by its name or as "the alliance")
    subject_end = holder.end if holder.start >= ctx.sentence.start else \
        comma + 2 + len(_BLOC_AFTER.match(ctx.text[comma + 2:comma + 52]).group(0).rstrip())
    if not _HOLDS_AFTER_SUBJECT.match(ctx.text, subject_end):
        return
    for exercise in listed:
        yield Candidate(holder, "organizes_exercise", exercise, None, (ctx.sentence.start, subject_end), 0.7)


# "Germany, which observed Talisman Sabre 2021, is taking part": an edition named with its year, watched
_OBSERVED = re.compile(r"\bobserved\s+(?:the\s+)?")
_WHICH_OBSERVED_BEFORE = re.compile(r",\s+(?:which|who)\s+(?:had\s+|has\s+|also\s+)?$")


def _observed_an_edition(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _OBSERVED.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        exercise = next((m for m in ctx.mentions if m.start == match.end() and m.type is EntityType.EXERCISE
                         and _A_YEAR_AT_END.search(m.label)), None)
        if exercise is None:
            continue
        which = _WHICH_OBSERVED_BEFORE.search(ctx.text, max(ctx.sentence.start, match.start() - 20), match.start())
        observers = list_before(ctx, which.start(), (EntityType.STATE,), max_gap=1) if which else \
            _subjects_before(ctx, match.start(), (EntityType.STATE,))
        for observer in observers:
            yield Candidate(observer, "observer_of", exercise, None, (observer.start, exercise.end), 0.7,
                            scope=(observer.start, exercise.end))


_A_YEAR_AT_END = re.compile(r"(?:19|20)\d\d$")


# "The ANZUS Treaty, signed in 1951, binds Australia, New Zealand and the United States", "the FPDA bind five
# Commonwealth nations -- A, B and C --", "The FPDA links Malaysia and Singapore with Britain and Australia"
_BINDS_KEYS = Words("binds", "bind ", "links", "link ", "commits", "obliges", "obligates")
# (its acronym, and a participle set off, between: "The ANZUS Treaty, signed in 1951, binds")
_PAST_AN_ASIDE = r"(?:\s*\([A-Z]{2,8}\))?(?:,\s+[^;]{2,80}?,)?\s+"
# ("The Lima Accord commits (obliges) A and B to ...": a pact's parties, as it binds them)
_BINDS_AFTER = re.compile(_PAST_AN_ASIDE + r"(?:binds|bind|links|link|commits|obliges|obligates)\s+"
                          r"(?P<counted>(?:the\s+)?(?:\w+\s+){0,3}?(?:nations|countries|states|members)\s*"
                          r"(?:--|—|–|:)\s*)?(?:the\s+)?")
_LINKED_WITH = re.compile(r"\s+with\s+(?:the\s+)?")
_ACCEDED_TO_BY = re.compile(_PAST_AN_ASIDE + r"(?:has|have|had|was|were)\s+"
                            r"(?:(?:since|also|now)\s+)?(?:been\s+)?acceded\s+to\s+by\s+"
                            r"(?:(?:more\s+than|some|over|about)\s+)?(?:(?:\d+|[a-z]+)\s+(?:other\s+)?"
                            r"(?:countries|states|nations),?\s+(?:including|among\s+them)\s+)?(?:the\s+)?")
# "Under the 2006 Lombok Treaty, Jakarta and Canberra pledged ...": the subjects act under the pact they are party to
_COMMA_THE = re.compile(r",\s*(?:the\s+)?")
_UNDERTAKING = re.compile(r"\s+(?:(?:have|has|had|also|both|each|jointly|formally)\s+)?(?:pledged|agreed|committed|"
                          r"undertook|undertake|promised|vowed|must|shall|will|can|could|may|"
                          r"are\s+obliged|were\s+obliged|"
                          r"are\s+bound|were\s+bound|guaranteed|guarantee)\b")
_PARTICIPLE_ASIDE = re.compile(r"\s*(?:brokered|mediated|signed|reached|adopted|concluded)\s+[^,;]{2,80},")
_UNDER_OPENING = re.compile(r"\s*Under\s+(?:the\s+|its\s+|their\s+)?(?:(?:19|20)\d\d\s+)?$")


# "..., the other seven paused their participation": a count of others as the subject, none of the states named
_OTHERS_COUNTED_BEFORE = re.compile(rf"\b(?:the\s+)?(?:other|remaining)\s+(?:\d+|{TWO_TO_TEN}|eleven|twelve)"
                                    r"(?:\s+(?:members|states|countries|nations|allies))?\s+"
                                    r"(?:(?:have|has|had|also|all|then)\s+)*$", re.IGNORECASE)


def _bound_by(ctx: SentenceContext) -> Iterator[Candidate]:
    """The states a pact binds (its parties) or a body links (its members), and those a sentence that opens "Under
    the X," has act under it."""
    for body in ctx.mentions:
        if body.type is not EntityType.AGREEMENT and body.type not in ORGS or body.kind == "demonym":
            continue
        relation = "agreement_party" if body.type is EntityType.AGREEMENT else "member_of"
        binds = _BINDS_AFTER.match(ctx.text, body.end)
        bound = list_after(ctx, binds.end(), (EntityType.STATE,), max_gap=0) if binds else []
        acceded = _ACCEDED_TO_BY.match(ctx.text, body.end) if relation == "agreement_party" and not bound else None
        if acceded is not None:  # "The X Treaty has since been acceded to by 50 countries, including A and B"
            bound = list_after(ctx, acceded.end(), (EntityType.STATE,), max_gap=0)
        linked = _LINKED_WITH.match(ctx.text, bound[-1].end) if bound and binds and "link" in binds.group(0) \
            else None
        others = list_after(ctx, linked.end(), (EntityType.STATE,), max_gap=0) if linked else []
        if relation == "member_of" and not (others or binds and binds.group("counted")):
            bound = []  # a body binds or links its members named as such ("links A with B and C", "binds five
            # nations -- A, B --"), not others it ties to itself ("The EU links Moldova with its power grid")
        bound += others
        # (a pact by its name: "Under the defence agreement, A and B will ..." may mean another of that kind)
        under = _UNDER_OPENING.fullmatch(ctx.text, ctx.sentence.start, body.start) \
            if body.type is EntityType.AGREEMENT and not bound and body.text[:1].isupper() else None
        comma = ctx.text.find(",", body.end, ctx.sentence.end) if under else -1
        aside = _PARTICIPLE_ASIDE.match(ctx.text, comma + 1) if comma > 0 else None
        if aside is not None:  # "Under the Ankara Declaration, brokered by X, A and B agreed": past the aside
            comma = aside.end() - 1
        if comma > 0 and not any(body.end < m.start < comma for m in ctx.mentions if m.type is EntityType.STATE
                                 and not (aside and aside.start() <= m.start < aside.end())):
            bound = list_after(ctx, _COMMA_THE.match(ctx.text, comma).end(), (EntityType.STATE,), max_gap=0)
            # (what they undertake under it: not "Under the NPT, A and B are not recognised as ...", "Under the
            # Minsk agreements, A and B acted as mediators")
            bound = bound if bound and _UNDERTAKING.match(ctx.text, bound[-1].end) else []
        for state in bound:
            subject, obj = (body, state) if relation == "agreement_party" else (state, body)
            # (its modality is the words' that name it, not the verb's: "pledged not to support separatists")
            span = (min(body.start, state.start), state.end)
            yield Candidate(subject, relation, obj, None, span, 0.7, scope=span)


STANDINGS = frozenset({"member_of", "observer_of", "partner_of"})  # a state's standing in a body
# ("one of NATO's partners across the globe since 2018": the body's, where it lies)
_SINCE = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:['’]s)?\s+(?:(?:dialogue\s+|global\s+)?(?:member|observer|partner)s?"
                    r"(?:\s+(?:state|country|status))?\s+"
                    r"(?:(?:across\s+the\s+globe|around\s+the\s+world|worldwide)\s+)?|"
                    r"(?:programme|program|initiative)\s+)?since\s+")


def _since(ctx: SentenceContext, candidates: Iterator[Candidate]) -> Iterator[Candidate]:
    """Candidates of a standing status, dated by the "since" right after their organisation ("a NATO
    member since 1952", "observer status in ASEAN since 1976"): when the status began."""
    for candidate in candidates:
        if candidate.relation in STANDINGS and candidate.time is None and candidate.object is not None:
            # ("Hungary has held observer status since 2018": of a body named before, dated after the trigger)
            since = _SINCE.match(ctx.text, candidate.object.end if candidate.object.start >= ctx.sentence.start
                                 else candidate.trigger[1])
            # (not one of a clause before the fact's own: "has held observer status in X since 2003 but is not a
            # member")
            if since and since.start() >= candidate.trigger[0]:
                candidate.time = _time_starting_at(ctx, since.end(), intervals=False)
        yield candidate


def _time_starting_at(ctx: SentenceContext, position: int, *, intervals: bool = True) -> str | None:
    """The value of the time expression that begins at ``position`` (no weekday, nothing relative; no
    interval unless ``intervals``): "since 1952", "dating back to 1998"."""
    return next((value for t_start, _, value, kind in ctx.times if t_start == position
                 and kind not in ("weekday", "relative") and (intervals or "/" not in value)), None)


# Cheap tests (substrings of the lower-cased sentence) that let it skip rule groups it cannot trigger.
_MEMBERSHIP_WORDS = Words("member", "states, among them", "countries, among them", "states such as",
                     "countries such as", "includ", "compris", "consist", "join", "bring", "unite", "group", "made up",
                     "composed of", "make up", "form", "constitut", "accession", "accede", "admitted", "became", "bloc",
                     "added",
                     "alliance", "forum", "coalition of", "part of", "part in", "belong", "not in", "participate",
                     "outside",
                     "stay", "counts ", "counted ", "pact of", "of which", "reinstated", "inside", "within", "now in ",
                     "already in ", "also in ", "still in ", "long in ", "firmly in ", "both in ", "all in ",
                     "signed up", "partner state", "partner countr", "partner nation", "sits ", "sit ", "sat ", "links",
                     "binds", "club of",
                     "ally", "allies", "ruled out",
                     "rules out", "ruling out", "partner ",
                     "partners ", "partners,", "observers are", "observers,", "observers of", "observer state",
                     "founding signatories",
                     "countries:", "countries -", "countries –",
                     "countries —",
                     "nations:", "states:", "is in ", "are in ", "was in ", "were in ", "been in ", "participant",
                     "remain", "stay", "resum", "restor", "regain", "return")
_STATUS_WORDS = Words("observer", "partner", "appl", "candidate", "asked", "request", "seek", "sought", "bid", "froze",
                      "paus", "frozen", "freez", "suspend", "suspension", "left", "leav", "quit", "withdr", "exit",
                      "departure", "pull", "stopped", "out of", "denounc", "renounc", "halt", "abeyance", "on hold",
                      "no longer", "ratification", "moratorium",  # ("revoked its ratification of the CTBT")
                      "ended its", "ends its", "ending its", "ended their", "ended the country")
_FOUNDING_WORDS = Words("set up", "setting up", "found", "establish", "creat", "formed", "forming", "launch", "unveil",
                        "announced", "inaugurated")
# (and "has three defence pacts with Peru": agreements counted, see _COUNT_AGREEMENTS)
_SIGNING_WORDS = Words("sign", "conclu", "seal", "inked", "agree", "renew", "adopted by", "pacts with", "accords with",
                       "treaties with", "deals with")


# -- helpers ----------------------------------------------------------------------------------------

def _of_types(mentions: Sequence[Mention], types: Sequence[EntityType]) -> list[Mention]:
    return [m for m in mentions if m.type in types]


def _own_acronym(ctx: SentenceContext, name: Mention, acronym: Mention) -> bool:
    """Whether ``acronym`` is ``name``'s own, in brackets right after it ("the US Southern Command (SOUTHCOM)")."""
    return acronym.label == name.label and ctx.text[name.end:acronym.start].strip() == "(" and \
        ctx.text.startswith(")", acronym.end)


_LED_BY = re.compile(r"[-–](?:led|backed|dominated|sponsored|funded)\s+")


def _listed_with_the_other_kind(mention: Mention, types: Sequence[EntityType]) -> bool:
    """Whether ``mention`` may stand in a list of the other kind: a territory the gazetteer knows among states
    ("Australia, the Cook Islands, Fiji, French Polynesia, ... are members of the Pacific Islands Forum"), or a
    de facto state among places ("Abkhazia and South Ossetia, Georgia's two breakaway regions")."""
    if mention.type is EntityType.STATE:
        return mention.de_facto and EntityType.PLACE in types
    return mention.type is EntityType.PLACE and mention.kind == "gazetteer" and mention.qid is not None \
        and EntityType.STATE in types


def list_after(ctx: SentenceContext, position: int, types: Sequence[EntityType], *, max_gap: int = 30,
               allow_demonyms: bool = False) -> list[Mention]:
    """The list of mentions of ``types`` that starts just after ``position`` ("Russia, China and India")."""
    out: list[Mention] = []
    cursor = position
    joined = False  # whether an "and" has joined two of the items
    for mention in ctx.mentions:
        if mention.start < cursor:  # before the position, or inside an owned unit just taken
            continue
        if out and mention.start - cursor > 4 and ctx.text[cursor + 1] == "(" and (
                aside := _ITEMS_ASIDE.match(ctx.text, cursor)):
            # "A, Denmark (including Greenland and the Faroe Islands), B": the aside on an item is no item
            cursor = aside.end()
            if mention.start < cursor:
                continue
        if (mention.type not in types and not _listed_with_the_other_kind(mention, types)) or (
                mention.kind == "demonym" and not allow_demonyms):
            if out and (aside := _BASED_IN_ASIDE.match(ctx.text, cursor)) and mention.end <= aside.end():
                continue  # "the 82nd Airborne Division, based in Fort Bragg, and ...": the aside's place
            if mention.kind == "demonym" and EntityType.MILITARY_UNIT in types and \
                    _STATE_SHIP_GAP.match(ctx.text, mention.end):
                continue  # "..., the Japanese helicopter destroyer JS Ise": the ship's adjective
            if out:
                break
            if mention.start - cursor > max_gap:
                break
            led = _LED_BY.match(ctx.text, mention.end)
            if led:  # "the Russia-led CSTO": the state qualifies the next item and takes no room
                cursor = led.end()
            continue
        gap = ctx.text[cursor:mention.start]
        if out and _own_acronym(ctx, out[-1], mention):
            cursor = mention.end + 1  # "the Collective Security Treaty Organization (CSTO) and ...": its acronym
            continue
        # "the carrier USS X, the Japanese helicopter destroyer JS Y and ...": ships after their kind
        described = mention.type is EntityType.MILITARY_UNIT and _DESCRIBED_SHIP_GAP.fullmatch(gap) is not None
        if out and not described and not _list_gap(gap) and not _BASED_IN_ASIDE.fullmatch(gap):
            break
        if out and gap != ", ":  # (the commonest gap, which joins nothing)
            joined_after = _joined_after(gap, joined)
            if joined_after is None:
                break
            # ("the destroyers A and B, the frigates C and D": a new kind of ship opens a list of its own)
            joined = joined_after and not (described and gap.startswith(","))
        if not out and ((len(gap) > max_gap and not described) or _SENTENCE_PUNCTUATION.search(gap)):
            break
        if out and not _AND_GAP.search(gap) and _SPEAKS.match(ctx.text, mention.end):
            break  # "Chile, Peru and Mexico, the U.S. Navy said": the source, not one more item (but "A, B and C
            # said": the last item, the list speaking)
        if ctx.text[mention.end:mention.end + 1] in _APOSTROPHES:  # "NATO's Allied Maritime Command"
            owned = _owned_unit(ctx, mention, types)
            if out and owned is None and gap == ", " and _POSSESSIVE_APPOSITION.match(ctx.text, mention.end):
                break  # "Russia, Tajikistan's main security partner, ...": an apposition on the item before
            mention = owned or mention
        if mention.type is EntityType.STATE and EntityType.MILITARY_UNIT in types and (
                gap_to_ship := _STATE_SHIP_GAP.match(ctx.text, mention.end)):
            # "..., the New Zealand frigate HMNZS Te Mana and ...": the item is the ship the state qualifies
            mention = next((m for m in ctx.mentions if m.start == gap_to_ship.end()
                            and m.type is EntityType.MILITARY_UNIT), mention)
        out.append(mention)
        cursor = mention.end
        if mention.type is EntityType.MILITARY_UNIT and (ship := _described_ship(ctx, mention)):
            out.append(ship)  # "the Turkish Navy frigate TCG X, the Estonian Navy's minehunter Y and ...": both
            cursor = ship.end
    return out


_NAVY_SHIP_GAP = re.compile(r"(?:’s|'s)?\s+(?:[a-z-]+\s+){1,3}")
_DESCRIBED_SHIP_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*)(?:the\s+|a\s+)?(?:[A-Z][a-z]+\s+){0,2}"
                                 rf"(?:[a-z-]+\s+){{0,2}}(?:{SHIP_NOUNS})s?\s+"  # ("and the missile ships C and D")
                                 # ("..., destroyers of the Japan Maritime Self-Defense Force and ...": the navy's)
                                 r"(?:(?<=s\s)(?:of|from)\s+(?:the\s+)?)?")
_STATE_SHIP_GAP = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}(?:{SHIP_NOUNS})\s+")


def _described_ship(ctx: SentenceContext, navy: Mention) -> Mention | None:
    """The ship of ``navy`` named right after it, after the kind of ship ("Navy's offshore patrol vessel X")."""
    return next((m for m in ctx.mentions if m.start > navy.end and m.part_of == navy.label
                 and _NAVY_SHIP_GAP.fullmatch(ctx.text, navy.end, m.start)), None)


def _owned_unit(ctx: SentenceContext, owner: Mention, types: Sequence[EntityType]) -> Mention | None:
    """The unit ``owner`` is the possessive of, when it is one of ``types``."""
    if EntityType.MILITARY_UNIT not in types or not _POSSESSIVE_END.match(ctx.text, owner.end):
        return None
    return next((m for m in ctx.mentions if m.type is EntityType.MILITARY_UNIT and m.part_of == owner.label
                 and 0 < m.start - owner.end <= 3), None)


# Where a list item is placed in an aside before the next: ", based in Vicenza, Italy, and the ".
_BASED_IN_ASIDE = re.compile(r",\s+(?:based|stationed|headquartered)\s+(?:in|at|on|near)\s+[^,;]{1,40}"
                             r"(?:,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,\s+(?:and\s+)?(?:the\s+)?")
# An aside on a list item, in brackets: "Denmark (including Greenland and the Faroe Islands)" (see list_after)
_ITEMS_ASIDE = re.compile(r" \((?:including|incl\.|except|excluding|with|as\s+well\s+as)\s[^()]{1,80}\)")
_APOSTROPHES = ("'", "’")
_POSSESSIVE_END = re.compile(r"(?:’s|'s|’|')\s")
_POSSESSIVE_APPOSITION = re.compile(r"(?:’s|'s)\s+[^,;]{1,40},\s*")
_COMPARED_BEFORE = re.compile(r"\b(?:[Uu]nlike|[Ll]ike)\s+[^,;]{1,40}$")
# ("Russia, Mongolia's neighbour, however, did not": past an adverb set off)
_ASIDE_THEN_VERB = re.compile(r"(?:however|meanwhile|though|too|also|as\s+expected|in\s+turn|for\s+its\s+part|"
                              r"in\s+contrast|by\s+contrast|this\s+time),\s+(?:[a-z]+\s+){0,3}")
_BEFORE_AN_OWNER = re.compile(r",\s+(?:(?:two|three|four|five|both|all|some|several|one|among|of|the)\s+){0,3}$")
_VERB_GROUP = re.compile(r"(?:[a-z]+\s+){0,3}")  # "is not ", "will "
_INSIDE_RELATIVE = re.compile(r",\s+(?:whose|which|who|whom)\s+(?:[\w-]+\s+){0,3}$")


_CONTRAST_BEFORE = re.compile(r"\b(?:Unlike|unlike|Like|like)\s+(?:the\s+)?$")


def list_before(ctx: SentenceContext, position: int, types: Sequence[EntityType], *, max_gap: int = 40,
                allow_demonyms: bool = False) -> list[Mention]:
    """The list of mentions of ``types`` that ends just before ``position``."""
    out: list[Mention] = []
    cursor = position
    joined = False  # whether an "and" has joined two of the items
    mentions = ctx.mentions
    resume = len(mentions)  # past an apposition, the list goes on at this index
    for index in range(len(mentions) - 1, -1, -1):
        mention = mentions[index]
        if mention.end > position or index > resume:
            continue
        if index and ctx.text.startswith(")", mention.end) and _own_acronym(ctx, mentions[index - 1], mention):
            continue  # "the US Southern Command (SOUTHCOM)": the name, not its acronym in brackets, which the gaps hold
        if out and out[0].type is EntityType.MILITARY_UNIT and mention.type is EntityType.STATE and \
                _OWNER_OF_THE_ITEM.fullmatch(ctx.text, mention.end, cursor):
            cursor = mention.start  # "Sweden's 4th Marine Regiment and Finland's Nyland Brigade": the unit's owner
            continue
        if (mention.type not in types and not _listed_with_the_other_kind(mention, types)) or (
                mention.kind == "demonym" and not allow_demonyms):
            # another entity stands between: "Poland, a NATO member, began" is not Poland's act; but "A, an AU
            # member since 1963, and B signed": the list goes on past the apposition of one of its items
            resume = _item_before_apposition(ctx, index, cursor, types) if out else -1
            if resume < 0:
                break
            cursor = mentions[resume].end + 2
            continue
        gap = ctx.text[mention.end:cursor]
        owned = _POSSESSIVE_APPOSITION.match(gap) if not out else None
        apposed = _BEFORE_AN_OWNER.search(ctx.text, max(0, mention.start - 24), mention.start) if owned else None
        if apposed and _COMPARED_BEFORE.search(ctx.text, max(0, apposed.start() - 50), apposed.start()):
            apposed = None  # "Unlike Ghana, Nigeria's navy, however, sent": a comparison, no apposition
        if apposed and (_VERB_GROUP.fullmatch(gap, owned.end()) or _ASIDE_THEN_VERB.fullmatch(gap, owned.end())
                        or len(gap) <= max_gap and "," not in gap[owned.end():]
                        and not _CLAUSE_BREAK.search(gap, owned.end())):
            # "A nor B, Mongolia's neighbours, sent", "Russia, Tajikistan's main partner, is not taking part",
            # "A and B, two of Fiji's closest partners, each sent", "A, B's neighbour, sent a ship to join": the
            # owner of an apposition's noun
            cursor = apposed.start() + 2
            continue
        # "the frigate X and the patrol vessel Y are to take part": a ship after its kind
        described = bool(out) and out[0].type is EntityType.MILITARY_UNIT and \
            _DESCRIBED_SHIP_GAP.fullmatch(gap) is not None
        if out and not described and not _list_gap(gap):
            resume = _item_before_apposition(ctx, index, cursor, types)
            if resume < 0:
                break
            cursor = mentions[resume].end + 2  # ("Kenya, a member of the EAC since 2000, and Uganda")
            continue
        if out and gap != ", ":  # (the commonest gap, which joins nothing)
            joined_after = _joined_after(gap, joined)
            if joined_after is None:
                break
            joined = joined_after
        if not out and (len(gap) > max_gap or _CLAUSE_BREAK.search(gap)):
            break
        if not out and "," in gap and _INSIDE_RELATIVE.search(ctx.text, max(0, mention.start - 40), mention.start):
            break  # "Kosovo, whose independence Serbia does not recognise, is not taking part": not Serbia
        if out and _CONTRAST_BEFORE.search(ctx.text, max(ctx.sentence.start, mention.start - 12), mention.start):
            break  # "Unlike India, Sri Lanka is not part of the Quad": India is compared, not listed
        out.insert(0, mention)
        cursor = mention.start
    return out


_OWNER_OF_THE_ITEM = re.compile(r"(?:'s|’s)\s+(?:the\s+)?")


def _item_before_apposition(ctx: SentenceContext, index: int, cursor: int, types: Sequence[EntityType]) -> int:
    """The index of the mention of ``types`` whose apposition, holding ``ctx.mentions[index]`` (of another type),
    ends with the "and" of a list at ``cursor``: "Kenya, an AU member since 1963, and"; -1 if there is none."""
    for before in range(index, -1, -1):
        mention = ctx.mentions[before]
        if cursor - mention.end > 100:
            return -1
        if mention.type in types and mention.kind != "demonym" and \
                _APPOSITION_IN_LIST.fullmatch(ctx.text, mention.end, cursor):
            # (the item opens the sentence: not "China has courted Cambodia, an ASEAN member, and Laos signed")
            opening = ctx.text[ctx.sentence.start:mention.start]
            # ("Last week, Ghana, an ECOWAS member, and Togo signed": past a short opening phrase)
            return before if len(opening) <= 4 or DATELINE_OPENING.fullmatch(opening) or \
                _SHORT_OPENING_PHRASE.fullmatch(opening) else -1
    return -1


_SHORT_OPENING_PHRASE = re.compile(r"[A-Z][^,;]{0,30},\s+")
_APPOSITION_IN_LIST = re.compile(r",\s+(?:a|an|the|which|who)\s[^,;()]{1,80}?,\s+and\s+")


def _nearest_before(ctx: SentenceContext, position: int, types: Sequence[EntityType],
                    max_gap: int = 80) -> Mention | None:
    found = [m for m in ctx.mentions if m.type in types and m.end <= position and position - m.end <= max_gap
             and m.kind != "demonym"]
    return found[-1] if found else None


def _nearest_after(ctx: SentenceContext, position: int, types: Sequence[EntityType],
                   max_gap: int = 40) -> Mention | None:
    for m in ctx.mentions:
        if m.type in types and m.start >= position and m.kind != "demonym":
            return m if m.start - position <= max_gap else None
    return None


# "The bloc, which includes ...", "It includes ..."; "The organisation was founded ...".
_INCLUDER_ANAPHOR = re.compile(r"\b(?:alliance|bloc|organi[sz]ation|grouping|coalition|council|framework|initiative|"
                               # ("The Commission groups A, B and C": a body whose name has the noun)
                               r"project|community|commission|union|forum|league|association|commonwealth)\b|"
                               r"^\s*Its?\b|"
                               # "Besides the US, it groups A, B and C", "Since 1993 it has comprised A, B"
                               r"(?:,\s+|\b(?:19|20)\d\d\s+)it(?:\s+(?:has|had|now|still))*\s*$", re.I)
# "The forum was founded in 1971 by ...", "The bloc now has 12 members", "It was founded in 2001 by ...".
_SUBJECT_ANAPHOR = re.compile(r"(?:\b(?:the|this)\s+(?:organi[sz]ation|alliance|bloc|grouping|group|commonwealth|"
                              r"community|coalition|initiative|forum|format|league|council|union|framework|body|"
                              r"association)|"
                              r"^(?:(?:Today|Now|Currently|Since\s+(?:19|20)\d\d),?\s+)?[Ii]t|"  # "Today it has ..."
                              # "the first enlargement of the bloc since it was created in 2001"
                              r"\b(?:the|this)\s+(?:organi[sz]ation|alliance|bloc|grouping)\s+"
                              r"(?:since|when|after)\s+it)"
                              # ("Since 1999 the alliance has admitted 16 new members")
                              r"(?:\s+(?:has|have|had))?(?:\s+(?:now|still|currently|today|also|already|since))?"
                              r"\s*$", re.I)
# "The six-member council, comprising A, B and C, was founded ...": the organisation opens the sentence, set off
_ANAPHOR_THEN_COMMA = re.compile(r"(?:The|This)\s+(?:organi[sz]ation|alliance|bloc|grouping|council|community|"
                                 r"coalition|framework|forum|initiative),\s+")
# "Since its founding in 1981, the GCC has ...": the founding year of the subject after the comma
_SINCE_ITS_FOUNDING = re.compile(r"(?:Since|After)\s+its\s+(?:founding|creation|establishment)\s+in\s+")
_CLAUSE_OPENING_BEFORE = re.compile(r"[^,;]{4,40},\s+(?:the\s+)?")
_SET_OFF_SUBJECT = re.compile(r"(?:The|This)\s+(?:[\w-]+\s+){0,2}(?:organi[sz]ation|alliance|bloc|grouping|council|"
                              r"community|coalition|framework|forum|initiative),\s+[^;]{2,200},\s+$")


# Head nouns that name a kind of body ("the forum", "the League"): the body referred to has it in its name.
_NAMING_HEAD = re.compile(r"\b(forum|league|council|union|commonwealth|community|initiative|project|commission|"
                          r"coalition|group|format|club|association)\b", re.I)


# "The forum, founded in 1971 as the South Pacific Forum, has 18 members": the anaphor is the subject, not the
# body named in the aside
_ANAPHOR_BEFORE_ASIDE = re.compile(r"(?P<anaphor>(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:organi[sz]ation|alliance|bloc|"
                                   r"grouping|group|council|community|coalition|forum|league|union|initiative|"
                                   r"association|framework)),\s+[^;]{2,200}?,\s+"
                                   r"(?:(?:now|still|also|today|currently)\s+)?")


_APPOSED_NAME_GAP = re.compile(r",\s+(?:the\s+)?")


# A description set off between a subject and its verb: ", one of eight coalitions operating under the UDCG, was"
_BODY_ASIDE_BEFORE_VERB = re.compile(r",\s+(?:one\s+of|an?|the)\s+[^,;()]{2,100}(?:\s*\([A-Z][A-Za-z]{1,9}\))?,\s+"
                                     r"(?:[a-z]+\s+){0,2}$")


def _acting_body(org: Mention) -> Mention:
    """The body a deciding organ acts for ("the SCO Heads of State Council admitted Belarus": the SCO), or ``org``
    (an assembly's observers are its own: "observer status at the CSTO Parliamentary Assembly", as dev notes it)."""
    owner = org.inner[0] if org.part_of and org.inner else None
    return owner if owner is not None and owner.type in ORGS and org.kind == "org" and \
        _DECIDING_ORGAN.search(org.label) else org


_DECIDING_ORGAN = re.compile(r"\b(?:Council|Commission|Committee|Summit|Secretariat|Authority)\b")


def _owned_after(ctx: SentenceContext, org: Mention) -> Mention | None:
    """What ``org``'s possessive names right after it ("NATO's Partnership for Peace", "the CSTO's Collective Rapid
    Reaction Force"): a mention kg knows as a part of it, or None."""
    if not ctx.text.startswith(("'s", "’s"), org.end):
        return None
    return next((m for m in ctx.mentions if m.part_of in (org.label, org.text) and (
        org.end + 2 < m.start <= org.end + 3 or m.start <= org.start and m.end > org.end + 3)), None)


_ACCORDING_TO_OPENING = re.compile(r"\s*According\s+to\s+(?:the\s+)?")


def _org_before(ctx: SentenceContext, position: int, max_gap: int, anaphor: re.Pattern[str]) -> Mention | None:
    """The organisation named before ``position``, or the one an anaphor standing there refers to."""
    org = _nearest_before(ctx, position, ORGS, max_gap=max_gap)
    aside = _BODY_ASIDE_BEFORE_VERB.search(ctx.text, ctx.sentence.start, position) \
        if org is not None and org.start >= ctx.sentence.start else None
    if aside is not None and org.start > aside.start():
        # "The Drone Coalition, one of eight coalitions operating under the UDCG, was set up by A": the body the
        # aside is on, not one named in it
        acronym = _ACRONYM_AT_END.search(ctx.text, max(ctx.sentence.start, aside.start() - 14), aside.start())
        before = acronym.start() if acronym else aside.start()
        # (a subject kg does not know as a body, or none it knows at all: "CTF 153, one of five task forces operated
        # by the CMF, was established in 2022" is no founding of the CMF)
        org = next((m for m in ctx.mentions if m.end == before and m.type in ORGS), None)
    source = None
    if org is not None and _ACCORDING_TO_OPENING.fullmatch(ctx.text, ctx.sentence.start, org.start) and \
            anaphor.search(ctx.text, org.end, position):
        source, org = org, None  # "According to the Pentagon, the coalition includes A, B": no includer
    offset = 0  # where the text ``referring`` was found in begins
    if org is None:
        offset = max(ctx.sentence.start, position - 40, source.end if source is not None else 0)
        referring = anaphor.search(ctx.text[offset:position])
        if referring is None and ctx.text.startswith(("The ", "This "), ctx.sentence.start):
            # "The alliance, founded in 1949 after the war, counts A and B as members": the anaphor before an aside
            offset = 0
            referring = _ANAPHOR_BEFORE_ASIDE.fullmatch(ctx.text, ctx.sentence.start, position)
    else:
        referring = _ANAPHOR_BEFORE_ASIDE.fullmatch(ctx.text, ctx.sentence.start, position) \
            if ctx.text.startswith(("The ", "This "), ctx.sentence.start) else None
        if referring is not None and org.start < referring.end("anaphor") + 2:
            referring = None  # "The Pacific Islands Forum, founded in 1971, has": the body opens the sentence
    if referring is None:
        return org
    apposed = next((m for m in ctx.mentions if m.type in ORGS and _APPOSED_NAME_GAP.fullmatch(
        ctx.text, offset + referring.end("anaphor"), m.start)), None) if "anaphor" in referring.re.groupindex else None
    if apposed is not None:
        return apposed  # "The oldest regional forum, the Council of the Baltic Sea States (CBSS), was founded"
    head = _NAMING_HEAD.search(referring.group(0))
    named = _body_called(ctx, head.group(1)) if head else None
    if named is None and head is not None and head.group(1).lower() in ("commission", "association"):
        return org  # "The commission includes ..." after NATO: no body so called
    if named is None and re.search(r"\balliance\b", referring.group(0), re.IGNORECASE):
        # "NATO leaders met EU officials. The alliance's partners are ...": the alliance named last, not the EU
        named = next((m for m in reversed(ctx.bodies) if m.type is EntityType.ALLIANCE), None)
    if named is None and referring.group(0).strip(" ,").lower() in ("it", "its"):
        # "It groups A and B": the body named last, one the gazetteer lacks too ("the IMSC")
        return _its_body(ctx) or org
    if named is None and head is not None and head.group(1).lower() in ("project", "initiative"):
        # "the project includes A, B" of the European Sky Shield Initiative (but of no alliance or bloc), and
        # only where the sentence opens with it ("In addition to Germany, the project includes")
        last = ctx.last_named_org
        opens = _OPENS_WITH_THE_ANAPHOR.match(ctx.text, ctx.sentence.start, offset + referring.start() + head.start(1))
        return last if last is not None and last.label.endswith(_PROGRAMME_HEADS) and opens else org
    found = named or ctx.last_org or org
    return None if found is source else found


def is_organ(mention: Mention) -> bool:
    """Whether ``mention`` names an organ of a body after that body ("the UN General Assembly")."""
    return mention.label.endswith(_ORGAN_HEADS) and any(inner.type in ORGS for inner in mention.inner)


def _organ_by_its_noun(ctx: SentenceContext, words: str, position: int) -> Mention | None:
    """The body ``words`` refer to ("the council's five permanent members"): for an organ's noun, the body named
    last whose name has it (organs are no last body, see :func:`is_organ`), else none; for another's, the bloc the
    sentence names before ``position`` or the last body."""
    noun = _ORGAN_NOUN.search(words)
    if noun is None:
        return _bloc_before(ctx, position) or ctx.last_org
    return _body_called(ctx, noun.group(0))


def _body_called(ctx: SentenceContext, noun: str) -> Mention | None:
    """The body whose name has ``noun`` ("forum", "council"): the organisation named last, else the latest such
    body before it."""
    return next((m for m in [*([ctx.last_named_org] if ctx.last_named_org else []), *reversed(ctx.bodies)]
                 if re.search(rf"\b{noun}\b", m.label, re.IGNORECASE)), None)


_ORGAN_NOUN = re.compile(r"\b(?:council|assembly|commission|committee)\b", re.IGNORECASE)
_BLOC_WORD = re.compile(r"\b(?:organi[sz]ation|bloc|grouping|alliance)\b", re.IGNORECASE)


def _is_bloc(mention: Mention) -> bool:
    """Whether ``mention`` may be what "the bloc" or "a founding member" refers to: an organisation, not a
    state's ministry or embassy ("its defence ministry said, but Armenia, a founding member, ...")."""
    return mention.type in ORGS and mention.kind not in ("demonym", "org")


_MEETING_OF_BEFORE = re.compile(r"\b(?:summit|meeting|session|conference|gathering|council)\s+of\s+(?:the\s+)?"
                                r"(?:[\w-]+-led\s+)?$", re.IGNORECASE)


def _bloc_before(ctx: SentenceContext, position: int, *, whole: bool = False) -> Mention | None:
    """The last body of the sentence named before ``position`` that "the bloc" may refer to, if any (``whole``:
    no body of another organisation, as the ADMM-Plus of "the ADMM-Plus, which brings in eight of the bloc's
    dialogue partners", which are ASEAN's)."""
    # (not NATO of "seven non-NATO countries": the body they are outside)
    return next((m for m in reversed(ctx.mentions) if _is_bloc(m) and m.end <= position
                 and not (whole and m.part_of) and not ctx.text.endswith(("non-", "non–"), 0, m.start)), None)


def _programme_after(ctx: SentenceContext, position: int) -> Mention | None:
    """A programme of an organisation named just after ``position`` ("the Partnership for Peace"): an
    agreement the gazetteer places in a body, which states join as they join the body."""
    programme = _nearest_after(ctx, position, (EntityType.AGREEMENT,), max_gap=12)
    return programme if programme is not None and programme.part_of else None


# A body's forum or programme by its name ("NATO's Mediterranean Dialogue", "the Istanbul Cooperation Initiative")
_PROGRAMME_NAME = re.compile(r"\b(?:Dialogue|Initiative|Partnership|Programme|Program)$")


def _is_programme(ctx: SentenceContext, mention: Mention) -> bool:
    """Whether ``mention`` is a programme its members take part in ("the Partnership for Peace", "the
    Istanbul Cooperation Initiative"), not a body, nor one named as the modifier of what is taken part in
    ("the Istanbul Cooperation Initiative summit")."""
    if mention.type is EntityType.AGREEMENT:
        return True
    return mention.type in ORGS and bool(mention.part_of) and _PROGRAMME_NAME.search(mention.label) is not None \
        and _ENDS_A_CLAUSE.match(ctx.text, mention.end) is not None


# "joined the programme in 1994": what a body's programme named before is called (not "the programme's
# funding", "the initiative of Finland")
_PROGRAMME_ANAPHOR = re.compile(r"\s+the\s+(?:programme|program|initiative)\b(?!['’]s|\s+(?:of|for|on|to)\b)")


def _programme_referred_to(ctx: SentenceContext, position: int) -> Mention | None:
    """The programme of a body an earlier sentence named ("NATO's Partnership for Peace"), where the words at
    ``position`` refer back to it ("Sweden joined the programme in 1994")."""
    programme = ctx.last_agreement
    if programme is None or not programme.part_of or programme.start >= ctx.sentence.start:
        return None
    return programme if _PROGRAMME_ANAPHOR.match(ctx.text, position) else None


# ", which it joined", "program, which Serbia joined": the antecedent of a relative clause whose verb is "joined"
_RELATIVE_BEFORE_JOINED = re.compile(r"(?:\s+(?:program(?:me)?|initiative|framework|format))?,\s+which\s+"
                                     r"(?:it|they|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
                                     r"(?:(?:had|has|have|also|later|then|formally|officially)\s+){0,2}")


def _joined_in_relative(ctx: SentenceContext, position: int) -> Mention | None:
    """The body or programme a relative clause whose "joined" is at ``position`` is on."""
    return next((m for m in ctx.mentions if m.end <= position and (m.type in ORGS or m.type is EntityType.AGREEMENT
                                                                   and m.part_of)
                 and _RELATIVE_BEFORE_JOINED.fullmatch(ctx.text, m.end, position)), None)


def _pair_named_before(ctx: SentenceContext, position: int) -> list[Mention]:
    """The two states the sentence names before ``position`` (by name or adjective: "Belarusian Defence Minister X
    visited Serbia in May, when the two countries signed ..."), if it names exactly two."""
    clause = ctx.text.rfind(";", ctx.sentence.start, position) + 1 or ctx.sentence.start  # (its own clause)
    named = list({m.label: m for m in ctx.mentions if m.type is EntityType.STATE and clause <= m.start
                  and m.end <= position}.values())
    return named if len(named) == 2 else []


_APPOSITION_AFTER_NAME = re.compile(r"(?:\s*\([^()]{1,20}\)|\))?,\s+(?:the|an?)\s")  # (or after its acronym)


def _its_body(ctx: SentenceContext) -> Mention | None:
    """The body "its" refers to: the one named last, unless that one only owned a thing in an apposition on
    another ("the Bucharest Nine, the group A and B set up to coordinate NATO's eastern flank. Its members are";
    not "the EU welcomed NATO's enlargement. Its members are": NATO's)."""
    named, before = ctx.last_named_org, ctx.before_last_named_org
    if named is not None and before is not None and ctx.text.startswith(("'s ", "’s "), named.end) and \
            ctx.text[named.end + 3:named.end + 4].islower() and 0 <= named.start - before.end < 200 and \
            _APPOSITION_AFTER_NAME.match(ctx.text, before.end) and \
            not _SENTENCE_END.search(ctx.text, before.end, named.start):
        return before
    if named is not None and before is not None and before.end <= named.start and PREDECESSOR_BEFORE.search(
            ctx.text, max(before.end, named.start - 60), named.start):
        return before  # "SADC was set up in 1992, replacing the SADCC. Its members": not the predecessor's
    return _latest_body(ctx)


# A body (or an exercise) named as the one another replaced: not what "its" (or "the exercise") refers to after it
PREDECESSOR_BEFORE = re.compile(r"\b(?:replac(?:ing|ed|es)|succeed(?:ing|ed|s)|successor\s+(?:to|of)|grew\s+out\s+of|"
                                r"predecessor,?|superseding|superseded|evolved\s+from|transformed\s+from)\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,2}$")


def _latest_body(ctx: SentenceContext) -> Mention | None:
    """The body an earlier sentence named last: a known one, or one found by its head noun after it ("The
    Colombo Security Conclave groups A, B and C. Seychelles has observer status.")."""
    named = _named_body(ctx)
    return _salient_body(ctx, named if named is not None and (ctx.last_org is None or named.start > ctx.last_org.start)
                         else ctx.last_org)


def _named_body(ctx: SentenceContext) -> Mention | None:
    """The organisation named last, or the body named before it where that one is an organ of another body
    ("Its first summit was held at the UN General Assembly. Kuwait became its newest member": not the Assembly's)."""
    named = ctx.last_named_org
    if named is not None and is_organ(named):
        return ctx.last_org
    return named or ctx.last_org


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])")
# Where a sentence's subject begins, up to a body named there, past a fronted phrase ("In Brussels, NATO leaders
# met", "Separately, the CSTO held drills")
_SUBJECT_OPENING_BEFORE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:[A-Z][^,.;!?]{0,40},\s+)?(?:[Tt]he\s+)?$")


def _salient_body(ctx: SentenceContext, body: Mention | None) -> Mention | None:
    """``body``, named last, or the body the article is about when ``body`` came up once, in passing, after
    it was named three times or more: "Türkiye is the only member of NATO with that status. ... Afghanistan also
    holds observer status." in an article on the SCO is of the SCO; a body that opens its sentence is the
    new topic ("The Colombo Security Conclave groups A, B and C.")."""
    if body is None:
        return None
    counts, last = _times_named(ctx)
    topic = _topic_body(ctx, counts, last)
    if topic is None or topic.label == body.label or counts[body.label] > 1 or \
            _SUBJECT_OPENING_BEFORE.search(ctx.text[max(0, body.start - 80):body.start]):
        return body
    # (named in this sentence or the one before, it is still spoken of, unless it only described a state there:
    # "Norway suspended its part in the CIS. It wants to leave the organisation")
    described = _DESCRIBING_ASIDE_BEFORE.search(ctx.text, max(0, body.start - 60), body.start) and \
        _DESCRIBED_AS_MEMBER.match(ctx.text, body.end)
    # (nor one named only in quoted words: 'Lula said BRICS was "the heir of the Non-Aligned Movement"')
    before = ctx.text[max(0, body.start - 120):body.start]
    quoted = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    # (nor one named as an example: "Six groups, among them the Inuit Circumpolar Council, sit at the table as
    # permanent participants. Thirteen states have observer status.")
    example = _AN_EXAMPLE_BEFORE.search(before)
    if ctx.sentence.start - body.end < 600 and not described and not quoted and not example and \
            len(_SENTENCE_END.findall(ctx.text, body.end, ctx.sentence.start + 1)) <= 1:
        return body
    return topic


_AN_EXAMPLE_BEFORE = re.compile(r"\b(?:among\s+them|including|such\s+as)\b[^.;:()]*$")


def _sentences_back(ctx: SentenceContext, count: int) -> int:
    """Where the sentence ``count`` sentences before this one begins (within a few hundred characters)."""
    window = max(0, ctx.sentence.start - 600)
    ends = [m.end() for m in _SENTENCE_END.finditer(ctx.text, window, ctx.sentence.start + 1)]
    return ends[-count - 1] if len(ends) > count else window


def _times_named(ctx: SentenceContext) -> tuple[collections.Counter[str], dict[str, Mention]]:
    """How many times each body was named so far, and its last mention (a name and its acronym after it, "the
    Shanghai Cooperation Organisation (SCO)", count once)."""
    counts: collections.Counter[str] = collections.Counter()
    last: dict[str, Mention] = {}
    for named in ctx.bodies:
        if named.label not in last or named.start - last[named.label].end > 4:
            counts[named.label] += 1
        last[named.label] = named
    return counts, last


def _topic_body(ctx: SentenceContext, counts: collections.Counter[str] | None = None,
                last: dict[str, Mention] | None = None) -> Mention | None:
    """The body the article is about, if one is: named most, and three times or more, so far."""
    if len(ctx.bodies) < 3:
        return None
    if counts is None or last is None:
        counts, last = _times_named(ctx)
    topic, times = counts.most_common(1)[0]
    return last[topic] if times >= 3 else None


_OTHER_THING_JOINED = re.compile(r"\b(?:drills?|exercises?|talks|negotiations|coalition|mission|operation|initiative|"
                                 r"patrols?|format|group)\b", re.IGNORECASE)
_BODYS_DOINGS_AFTER = re.compile(r"\s+(?:activities|discussions|talks|operations|meetings|summits?|sanctions|"
                                 r"programmes?|programs?|projects?|deliberations|negotiations|debates?)\b")
_DOINGS_BEFORE_BODY = re.compile(r"\b(?:talks|discussions|negotiations|meetings|consultations|work|activities)\s")
_LEADS_THE_BODY = re.compile(r"[-–](?:led|backed|dominated)\b")


def _org_reference(ctx: SentenceContext, position: int) -> Mention | None:
    """An organisation named after ``position``, or one that "the alliance"/"the bloc" (or "it") refers back to."""
    it = _IT_AFTER.match(ctx.text, position)
    if it:
        # "is not a member of the alliance and has never applied to join it; it joined the OSCE": the body named
        # before, not the next one
        bloc = _THE_BLOC_NOUN.search(ctx.text, ctx.sentence.start, position)
        before = _nearest_before(ctx, position, ORGS, max_gap=position - ctx.sentence.start) or (
            _org_reference(ctx, bloc.start()) if bloc else None)
        if before is not None:
            return before
    org = _nearest_after(ctx, position, ORGS) if not it else None
    if org is not None and not (org.start - position > 25 and _ANAPHOR_AFTER.match(ctx.text, position)):
        return org  # "in the organisation, did not attend, the CSTO Secretariat said": the anaphor's referent
    described = _DESCRIBED_BLOC_THEN_NAME.match(ctx.text, position)
    named = next((m for m in ctx.mentions if described and m.start == described.end() and m.type in ORGS
                  and not _SPEAKS_AFTER.match(ctx.text, m.end)), None)
    if named is not None:  # "members of the Moscow-led collective security bloc, the CSTO": the body named after
        return named
    bloc = _BLOC_AFTER.match(ctx.text[position:position + 50])
    if bloc:
        owned = _POSSESSIVE_S.match(ctx.text, position + bloc.end())
        programme = _programme_after(ctx, owned.end()) if owned else None
        if programme is not None:  # "joined the alliance's Partnership for Peace programme": its programme
            return programme
        named = ctx.last_named_org
        noun = bloc.group(0).split()[-1].lower()
        if named is not None and noun not in named.label.lower() and ctx.before_last_named_org is not None and \
                noun in ctx.before_last_named_org.label.lower():
            named = ctx.before_last_named_org  # "the coalition": the Drone Coalition, named before the UDCG
        so_called = named is not None and noun in named.label.lower() and (
            ctx.last_org is None or noun not in ctx.last_org.label.lower())
        # (named earlier in the sentence, else before it; "Georgia is not a member of the group" after the Ukraine
        # Defense Contact Group: the one so called)
        referent = _bloc_before(ctx, position) or (named if so_called else _salient_body(ctx, ctx.last_org))
        if referent is not None and noun == "alliance" and referent.type is not EntityType.ALLIANCE:
            # "NATO leaders met in Vilnius; the EU sent observers. Sweden joined the alliance": NATO
            referent = next((b for b in reversed(ctx.bodies) if b.type is EntityType.ALLIANCE), referent)
        if referent is not None and noun in ("coalition", "group", "format", "forum", "club") and \
                noun not in referent.label.lower():
            # "the so-called "coalition of the willing" ... NATO-style guarantees ... not a member of the coalition":
            # the body the text named so, if it named one
            referent = next((b for b in reversed(ctx.bodies) if noun in b.label.lower()), referent)
        if referent is not None and noun == "council" and noun not in referent.label.lower():
            return None  # "the council" is one the text named so, not NATO named before it
        if referent is not None and noun == "coalition" and noun not in referent.label.lower() and \
                referent.kind == "gazetteer" and referent.type is EntityType.ORGANIZATION:
            return None  # "have not joined the coalition either" after the EU: a coalition kg does not know
        if referent is not None and referent.part_of and noun.startswith(("organi", "alliance", "bloc")):
            # "which has observer status in the CSTO Parliamentary Assembly, is not a member of the organization":
            # the organisation the body is part of
            # (the part_of of a body may be its organisation's acronym: "CSTO" of "Collective Security Treaty ...")
            return next((b for b in reversed(ctx.bodies) if referent.part_of in (
                b.label, b.text, "".join(word[0] for word in b.label.split() if word[0].isupper()))), referent)
        return referent
    scheme = _SCHEME_AFTER.match(ctx.text, position)
    if scheme:  # "Germany leads the X Initiative, while A and B have stayed out of the scheme": the one just named
        named = _bloc_before(ctx, position)
        # (a known body, NATO or the EU, is no scheme: "the EU launched the SAFE scheme; Hungary stayed out of it")
        return named if named is not None and named.kind == "organisation" and (
            scheme.group(1).lower() != "initiative" or "initiative" in named.label.lower()) else None
    if _THE_PROGRAMME_AFTER.match(ctx.text, position):  # "..., while Kosovo is not a member of the program"
        return next((m for m in reversed(ctx.mentions) if m.end <= position and m.type is EntityType.AGREEMENT
                     and m.part_of), None)
    # "withdrew from the Community": the head noun of the organisation named last ("the Economic
    # Community of West African States"), capitalised as a name is
    head = _HEAD_REFERENCE.match(ctx.text, position, min(position + 30, ctx.sentence.end))
    if head is not None:
        for org in (ctx.last_org, ctx.last_named_org, *reversed(ctx.bodies)):
            # (not an organ of it, "the ECOWAS Commission", for "the Community": the body itself)
            if org is not None and re.search(rf"\b{head.group(1)}\b", org.label, re.I) and not (
                    _ORGAN_NOUN.search(org.label) and not _ORGAN_NOUN.fullmatch(head.group(1))):
                return org
    return None


_POSSESSIVE_S = re.compile(r"(?:’s|'s)\s+")
_SCHEME_AFTER = re.compile(r"\s*(?:of\s+|in\s+|at\s+|with\s+|to\s+)?the\s+(initiative|scheme|format)\b", re.IGNORECASE)
# "the bloc" after a preposition: named by what it is, not by its name
_BLOC_NOUN = r"(?:alliance|bloc|organi[sz]ation|grouping|group|coalition|council)\b"
_THE_BLOC_NOUN = re.compile(rf"\bthe\s+{_BLOC_NOUN}(?!['’])")
_SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|told|added|noted|stated|announced|reported|warned)\b")
# "the Moscow-led collective security bloc, the CSTO": a described bloc, then its name set off
_DESCRIBED_BLOC_THEN_NAME = re.compile(rf"\s*(?:of\s+|in\s+)?the\s+(?:[\w-]+\s+){{0,4}}?{_BLOC_NOUN},\s+(?:the\s+)?",
                                       re.IGNORECASE)
_ANAPHOR_AFTER = re.compile(rf"\s*(?:of\s+|in\s+|at\s+|with\s+|to\s+|from\s+)?(?:the|this)\s+{_BLOC_NOUN}", re.I)
# ("the Russia-led bloc", "the eight-nation grouping", "the 10-member organisation")
# ("rejoined the 54-member association": a body's other nouns, where its size names it a body of states)
_BLOC_AFTER = re.compile(rf"\s*(?:of\s+|in\s+|at\s+|with\s+|to\s+)?(?:the\s+)?(?:[\w-]+-(?:led|backed|dominated)\s+)?"
                         # ("the regional maritime security grouping": what it is about, before the noun)
                         r"(?:(?:regional|maritime|security|military|defen[cs]e|political|economic|trade|"
                         r"intergovernmental|continental|transatlantic|collective|informal|multilateral|"
                         r"western|eastern|northern|southern|western-led)\s+){0,3}"
                         rf"(?:(?:[\w]+-(?:nation|member|country|state)\s+)?{_BLOC_NOUN}|"
                         # (not "the 300-member association of foreign diplomats", "forum on Arctic shipping")
                         r"[\w]+-(?:nation|member|country|state)\s+(?:association|union|community|forum)\b"
                         r"(?!\s+(?:of|for)\b|\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"\d)\b)))", re.I)
_WHERE_IT = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s+where\s+it\s+(?:(?:has|had|also|now|still)\s+){0,2}")
_IT_THEN_AND = re.compile(r"\b[Ii]t\s+[^,;.]{1,80}?\s+and\s+\Z")  # ("It takes part in X and has ...")
_THE_PROGRAMME_AFTER = re.compile(r"\s*(?:of\s+|in\s+|to\s+)?the\s+program(?:me)?\b")
# "the grouping's first joint exercise" (not "the organization's activities": the body's own)
_THE_BLOCS = re.compile(rf"\s*(?:the\s+)?{_BLOC_NOUN}(?:’s|')s?\s+(?:[\w-]+\s+){{0,3}}?(?:{EXERCISE_NOUN})")
_THE_TREATY = re.compile(r"\s*(?:the|that)\s+(?P<noun>treaty|convention|agreement|pact|accord)\b")


def _treaty_called(ctx: SentenceContext, noun: str) -> Mention | None:
    """The agreement "the treaty" (or "the convention") refers back to: the last named, unless that is no treaty
    by its name ("the Baltic Defence Line agreement") and a treaty or convention was named before it."""
    last = ctx.last_agreement
    if last is None or noun not in ("treaty", "convention") or _TREATY_NAME.search(last.label):
        return last
    return next((m for m in reversed(ctx.agreements) if _TREATY_NAME.search(m.label)), last)


_TREATY_NAME = re.compile(r"\b(?:Treaty|Convention)\b", re.IGNORECASE)
# ("although it formally remains a member of the bloc")
def _opened_the_sentence_before(ctx: SentenceContext, body: Mention) -> bool:
    """Whether ``body`` opened the sentence right before this one (the one "It" stands for)."""
    before = ctx.text[max(0, ctx.sentence.start - 400):ctx.sentence.start]
    opening = max(before.rfind(". ", 0, len(before) - 2), before.rfind("\n", 0, len(before) - 2))
    at = ctx.sentence.start - len(before) + opening + 1
    return 0 <= body.start - at <= 6 and ctx.text[at:body.start].strip(" \n").lower() in ("", "the")


# "It has held its ...": a sentence that opens with the body spoken of, then the verb
# "the alliance", "the grouping" as the subject right before a verb ("Last year the grouping held its X exercise")
_BLOC_SUBJECT_BEFORE = re.compile(r"\b[Tt]he\s+(?:alliance|bloc|grouping|organi[sz]ation)\s+"
                                  r"(?:(?:has|have|had|also|regularly|again|then)\s+){0,2}$")
_IT_OPENING = re.compile(r"It\s+(?:(?:has|have|had|also|regularly|usually|annually|now|will|would)\s+){0,2}")
_IT_BEFORE = re.compile(r"\bit\s+(?:(?:had|has|later|then|still|also|formally|officially|technically|nominally|not|"
                        r"never)\s+){0,2}$")
# "Norway, a founding member of NATO, has said it will not leave the alliance": "it" is who said so
_ASIDE_OR_NOTHING = re.compile(r"(?:,\s[^;]{1,120}?,)?\s+(?:(?:has|have|had|also)\s+){0,2}")
_SAID_IT_BEFORE = re.compile(r"\b(?:said|says|announced|insisted|stressed|declared|confirmed|warned)\s+(?:that\s+)?"
                             r"it\s+(?:(?:will|would|may|might|could|cannot|can|does|did|has|had|not|never|also|"
                             r"formally|officially)\s+){0,3}$")
_APPLIED_BEFORE = re.compile(r"\b(?:applied|application|bid|request|candidacy)\b")
_MEMBERSHIP_SPOKEN_OF = re.compile(r"\b(?:members?|membership|joined|rejoined|left|quit|withdrew\s+from|founding)\b")
_MEMBERS_OF_BEFORE = re.compile(r",\s+(?:all|both|a|an|the|also)\s+(?:[\w-]+\s+)?members?\s+of\s+(?:the\s+)?$")
_TREATY_SPOKEN_OF = re.compile(r"\b(?:the\s+(?:(?:19|20)\d\d\s+)?(?:treaty|pact|convention)\b|"
                               r"its\s+(?:original\s+)?(?:signatories|parties)\b)", re.IGNORECASE)
_IN_A_YEAR = r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"  # " in 2009", " in April 2009"
_LEFT_BARE = re.compile(rf"{_IN_A_YEAR}\b")
_SPOKEN_OF = re.compile(r"\bthe\s+(?:organi[sz]ation|alliance|bloc|grouping|commonwealth|community|union|council|"
                        r"coalition|body)\b"
                        r"(?!\s+(?:of|for)\s+[A-Z])",  # "the Council of Arab and African States ...": a name of its own
                        re.I)
_THE_COUNTRY_BEFORE = re.compile(r"\bthe\s+country\s+(?:(?:will|would|does|did|has|had|is|was|not|never|also)\s+){0,3}$")
_HEAD_REFERENCE = re.compile(r"\s*(?:of\s+|in\s+|at\s+|with\s+|to\s+|from\s+)?the\s+([A-Z][a-z]{3,}|council|"
                             r"commonwealth|community|union|force|initiative|group|dialogue|partnership|movement|"
                             r"forum|league)\b"
                             r"(?!\s+(?:of\b|[A-Z]))")


# ", a founding member of NATO, ", ", a member of the EU and NATO, ": an apposition that names a body
# ("Croatia, a NATO and EU member, signed": the bodies before the noun)
_ORG_IN_APPOSITION = re.compile(r",\s+(?:a|an|the|one\s+of\s+the)\s+(?:(?:[\w-]+\s+){0,3}?"
                                r"(?:members?|partners?|observers?|allies|ally)\s+(?:of|in)\s+[^,;]{2,60}|"
                                r"[A-Z][\w-]+(?:\s+and\s+[A-Z][\w-]+)?\s+(?:members?|partners?|ally|allies))"
                                # ("Croatia, a NATO member since 2009, signed")
                                r"(?:\s+since\s+(?:19|20)\d\d)?,\s*(?:[\w-]+\s+){0,3}$")
_TRAILING_APPOSITION = re.compile(r",\s+(?:a|an|the|one of the|[A-Z][\w-]*(?:’s|'s))\s+[^,;]{2,80},\s*(?:[\w-]+\s+){0,4}$")


_TOGETHER_WITH_ASIDE = re.compile(r",\s+(?:together|along)\s+with\s+(?P<list>[^,;]{2,40}(?:,\s+[^,;]{2,40}){0,6}?),\s*"
                                  # ("..., officially became a BRICS partner country")
                                  r"(?:(?:will|would|has|have|had|is|are|was|were|also|now|plans|intends|"
                                  r"did|does|not|to|[a-z]+ly)\s+){0,3}$")
# "A and B, which together with C formed X": a relative clause whose verb has the states it is on as subjects too
_WHICH_TOGETHER_WITH = re.compile(r",\s+(?:which|who)\s+(?:together|along)\s+with\s+(?P<list>[^,;]{2,40}"
                                  r"(?:,\s+[^,;]{2,40}){0,6}?)\s+(?:(?:have|has|had|also|jointly)\s+)*$")
_ALIKE = re.compile(r",\s+like\s+(?:the\s+)?")
_LIKE_LIST_BEFORE = re.compile(r"(?P<and>\band)?,\s+like\s+(?:the\s+)?(?=[A-Z][^,;]{0,50}$)")
_AND_THEN_LIKE = re.compile(r"\s+and\s*,$")
_LIKE_ASIDE = re.compile(r",\s+(?:like|unlike)\s+(?:the\s+)?[^,;]{2,40},\s*(?:(?:will|would|has|have|had|is|are|was|were|"
                         r"also|only|did|does|do|not|can|could)\s+){0,3}$")
# ("Sweden's entry leaves A, B and C as the only EU members that are not in NATO")
# ("Malta is the only EU member state that does not take part in PESCO", "Denmark thus becomes the 26th EU member
# state to take part in PESCO": one state, counted among others)
_THE_ONLY_ONES_THAT = re.compile(r"\s+(?:(?:thus|now|also)\s+)?(?:are|were|remain|is|was|becomes|became|(?P<as>as))\s+"
                                 r"(?:now\s+|still\s+)?"
                                 r"(?:the\s+(?:only|first|last|latest|\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))|"
                                 r"among(?:\s+the)?)\s+"
                                 r"[^,;.]{2,60}?\s+(?:(?:that|which|who)\s+(?:(?:also|still|now)\s+)?|to\s+)?$")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\s")
_LEAVES_BEFORE = re.compile(r"\b(?:leaves|left|leaving|leave)\s")
_LIST_SET_OFF_BEFORE = re.compile(r"\s*[–—]\s*(?:(?:are|is|were|was|will|have|has)\s+(?:also\s+|all\s+)?"
                                  r"(?:(?:expected|set|due|scheduled)\s+to\s+)?)?$")
_LED_BY_ASIDE = re.compile(r",\s+(?:led|commanded|headed)\s+by\s+[^;()]{2,120}?,\s+(?:(?:has|have|had|also)\s+){0,2}$")
_DASH_ASIDE = re.compile(r"\s+—\s+[^—]{1,120}?\s+—\s+(?:(?:on|in|last|this)\s+[\w ]{1,20}?\s+)?$")
# "Norway, also a NATO founding member, signed ...": a description of the one subject, set off (its body no subject)
_SINGLE_DESCRIPTION_ASIDE = re.compile(r",\s+(?:also\s+|itself\s+|too\s+)?an?\s+(?:[^,;]{0,40}?\s)?"
                                       r"(?:founding\s+|full\s+|non-)?(?:member|ally|partner|founder|signatory)\b"
                                       r"[^,;]{0,50},\s+(?:(?:also|has|had|have|then|later|in\s+\d{4})\s+)*$")
# "A and B, the other Central Asian states bordering Afghanistan, are not members": a plural description set off
_PLURAL_DESCRIPTION_ASIDE = re.compile(rf",\s+the\s+(?:other\s+)?(?:(?:\d+|{TWO_TO_TEN})\s+)?[^,;]{{0,50}}?"
                                       r"\b(?:states|countries|nations|neighbours|neighbors|members|allies)\b"
                                       r"[^,;]{0,60},\s+"
                                       r"(?:(?:will|would|also|have|has|had|are|were|now|still|each|is|was|do|did|not|"
                                       r"so\s+far|never)\s+)*$")
# ", at the time all ...", ", now both ...": when an aside on a list says what it says of all of them
_ALL_AT_A_TIME = r",\s+(?:(?:at\s+the\s+time|then|by\s+then|now)\s+)?(?:all|both)\s+"
# "A, B and C, all member states of the U.N. Command (UNC), will also send": the list before the aside
_COMMA_ALL_ASIDE = re.compile(_ALL_AT_A_TIME + r"[^,;]{2,80}?"
                              r"(?:\s+\([A-Z]{2,8}\))?,\s+"
                              r"(?:(?:will|would|also|have|has|had|are|were|now|still|jointly|each|to)\s+)*$")
# "A, B and C have confirmed that they will send troops": the list the pronoun stands for
_THEY_IN_THEIR_WORDS = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:(?:also|now|already)\s+)?(?:confirmed|announced|"
                                  r"said|stated|indicated|pledged|promised|agreed|decided)\s+"
                                  r"(?:(?:in|on|last|this)\s+[A-Za-z]+(?:\s+\d{1,4})?\s+)?(?:that\s+)?they\s+"
                                  r"(?:will|would|are\s+to|were|are)\s+(?:(?:also|now|each|jointly)\s+)?$")
_RELATIVE_AFTER_LIST = re.compile(r",\s+(?:which|who|(?P<none>neither|none)\s+of\s+(?:which|whom|them))\s+"
                                  r"(?:(?P<verb>is|are|was|were|has|have|had|will|does|do|did)\s+)?"
                                  r"(?:(?:also|now|still|already|both|all|officially|formally|not|never)\s+)?$")
# "Switzerland, the only participant that does not belong to NATO, ...": the name the described relative is on
_DESCRIBED_RELATIVE = re.compile(r",\s+(?:a|an|the)\s+[^,;]{2,50}?\s+(?:that|which|who)\s+"
                                 r"(?:(?:is|are|was|were|has|have|had|does|do|did)\s+)?"
                                 r"(?:(?:not|never|also|still)\s+)?$")


_WHICH_LIKE_BEFORE = re.compile(r",\s+(?:which|who)\s+(like|unlike)\s+(?:the\s+)?$", re.IGNORECASE)
_SECOND_PREDICATE_BEFORE = re.compile(r"\s(?:and|but)\s+(?:(?:now|also|later|then|since|so\s+far|today|still|"
                                      r"only)\s+)*"
                                      # ("... and will again send only observers")
                                      r"(?:(?:will|would)\s+(?:(?:also|again|instead)\s+)?)?$")
# "A and B have been invited but have not joined": a second verb of joining, denied
# ("A declared neutrality in 2007 and, unlike its neighbours, has not joined NATO": past an aside)
_NOT_JOINED_AFTER_ALL = re.compile(r"\s(?:but|and)(?:,\s+[^,;]{2,60},)?\s+"
                                   r"(?:(?:has|have|had|did|do|does)(?:n['’]t)?\s+)?"
                                   r"(?:(?:not|never|yet)\s+)+(?=join)")
_CLOSED_RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\s[^;:,]{2,150},\s+(?=[a-z])")
# What opens a clause of its own, whose subject is not the sentence's ("which", "who", "while", a dash, a semicolon)
_CLAUSE_BETWEEN = re.compile(r",\s+(?:which|who|whose|where|while|whereas|although|though|after|before|when|as|"
                             r"because|since|if|but|and)\b|[;:—–]|\bthat\b")
_ACRONYM_AT_END = re.compile(r"\s*\([A-Z]{2,10}\)$")
_RELATIVE_BEFORE_VERB = re.compile(r",\s+(?:(?:which|who|whose|(?:neither|none|both|all)\s+of\s+(?:which|whom|them))\s+"
                                   # "Iran, as in previous years, did not take part": an aside on the subject
                                   # ("which shares a 1,340-kilometer border with Russia": a number's comma)
                                   r"(?:[^,;]|(?<=\d),(?=\d{3})){2,120}|(?:as|like|unlike)\s+(?:in\s+)?[^,;]{2,40}|"
                                   # "Ukraine, although not a member of NATO, is taking part": a concession
                                   r"(?:al)?though\s+[^,;]{2,80}|"
                                   r"once\s+again|"
                                   # "Djibouti, located at the entrance to the Red Sea, is ...", "Chad, long courted
                                   # by the juntas, has ...": a participle's aside
                                   r"(?:(?:long|once|still|now)\s+)?(?:located|situated|based|lying|courted|"
                                   r"[a-z]{3,}ed\s+(?=by|in|at|on|to|with|from|as|for)\b)\s*[^,;]{2,80}|"
                                   r"for\s+the\s+(?:first|second|third)\s+time),\s+"
                                   r"(?:(?:has|have|had|will|would|did|does|do|is|are|was|were)\s+)?"
                                   r"(?:not\s+|never\s+)?(?:(?:each|also|both|all|now|already|so\s+far|[a-z]+ly)\s+)?"
                                   # "Moldova, which is constitutionally neutral, does not plan to join NATO"
                                   r"(?:(?:plans?|intends?|wants?|expects?|hopes?|seeks?|aims?|refused|declined)\s+"
                                   r"to\s+)?$")


def _second_verbs_subject(ctx: SentenceContext, nearest: list[Mention], position: int) -> list[Mention] | None:
    """Who does the verb at ``position`` when ``nearest`` (the list right before it) is the object of a
    preposition and "and" joins the verb to the sentence's first: the state opening the sentence ("Russia was
    suspended in 2022, days after its invasion of Ukraine, and withdrew ..."), or no state named
    ("The three states turned to Russia for help and formed ...": empty); None where the rule says nothing."""
    series = _AND_A_SECOND_VERB.fullmatch(ctx.text, nearest[-1].end, position) if nearest else None
    if series is None or not _PREPOSITION_BEFORE.search(ctx.text, max(ctx.sentence.start, nearest[0].start - 12),
                                                        nearest[0].start):
        return None
    if not re.search(r"\band\s", series.group(0)) and not _FINITE_VERB.match(ctx.text, position - 1):
        return None  # "... on the SCO territory, held every two years": a participle, no second verb
    opening = _opening_state(ctx)
    return opening if opening and opening[0] is not nearest[0] else []


def _opening_state(ctx: SentenceContext) -> list[Mention]:
    """The state that opens the sentence, as its subject does (none if something else opens it)."""
    return [m for m in ctx.mentions[:1] if m.type is EntityType.STATE and _opens_sentence(ctx, m)]


def _opening_states(ctx: SentenceContext) -> list[Mention]:
    """The list of states that opens the sentence ("Chile and Colombia have been invited ..."), if a state does."""
    if ctx.sentence.text.startswith("Neither "):  # "Neither Switzerland nor Austria is a member, but both ..."
        first = next((m for m in ctx.mentions[:1] if m.type is EntityType.STATE
                      and m.start == ctx.sentence.start + len("Neither ")), None)
        second = next((m for m in ctx.mentions[1:2] if first is not None and m.type is EntityType.STATE
                       and ctx.text[first.end:m.start] == " nor "), None)
        return [first, second] if second is not None else []
    opening = _opening_state(ctx)
    return list_after(ctx, opening[0].start, (EntityType.STATE,), max_gap=0) if opening else []


def _first_ungoverned_state(ctx: SentenceContext, position: int, *, names_only: bool = False) -> Mention | None:
    """The first state before ``position`` that no preposition governs, the clause's subject ("Serbia would keep
    working with NATO through ..."); by its name only, or also by its adjective ("Russian S-400 systems")."""
    return next((m for m in ctx.mentions if m.type is EntityType.STATE and m.end <= position
                 and (not names_only or m.kind == "gazetteer")
                 and not _PREPOSITION_BEFORE.search(ctx.text, max(ctx.sentence.start, m.start - 12), m.start)), None)


# "during its Quadriga 2024 exercise": the exercise of the clause's subject, who holds it
_DURING_ITS = re.compile(r"\b(?:during|in|for|through)\s+its\s+(?:own\s+|annual\s+|national\s+|latest\s+)?$")
_ANOTHER_CLAUSE_BETWEEN = re.compile(r"[;:—–]|\b(?:and|but|while|which|who|that|said|says|told|announced|stated|"
                                     r"added|warned|expects?|expected)\b")
# What may open a sentence before its subject: a time ("Last year the Bundeswehr", "In March, Germany")
_TIME_THEN_SUBJECT = re.compile(r"(?:(?:Last|This|Next|Earlier|Later|In|On)\s[^,;]{1,25}?,?\s+)?(?:[Tt]he\s+)?")


def _its_own_exercise(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Germany will move troops across its territory during its Quadriga 2024 exercise", "Last year the
    Bundeswehr rehearsed ... during its Quadriga 2024 exercise": the sentence's subject (a state or a force)
    holds the exercise "its" names, and takes part in it; "Bolivia suspended its Andean Shield drills with Peru",
    "..., while its Golden Dragon drills with China have grown": it takes part in the drills it holds with another
    (whatever the verb says of them)."""
    for exercise in ctx.mentions:
        if exercise.type is not EntityType.EXERCISE:
            continue
        during = _DURING_ITS.search(ctx.text, max(ctx.sentence.start, exercise.start - 30), exercise.start)
        its = _ITS_RIGHT_BEFORE.search(ctx.text, max(ctx.sentence.start, exercise.start - 12), exercise.start) \
            if during is None and _DRILLS_WITH_AFTER.match(ctx.text, exercise.end) else None
        if during is None and its is None:
            continue
        subject = next((m for m in ctx.mentions if m.type in (EntityType.STATE, EntityType.MILITARY_UNIT)
                        and m.kind != "demonym" and m.end <= exercise.start), None)
        # ("..., while its X drills with B": the main clause's subject, named before the clause its opens)
        opener = _OPENS_ITS_CLAUSE.search(ctx.text, max(0, its.start() - 12), its.start()) if its is not None else None
        clause_end = opener.start() if opener is not None else exercise.start
        if subject is None or not _TIME_THEN_SUBJECT.fullmatch(ctx.text, ctx.sentence.start, subject.start):
            continue
        if clause_end < exercise.start:
            # (past the main clause, whose subject the clause "while its" opens goes on with: no other named
            # there but the partners its drills are "with", and no words said)
            if _SPEECH_OR_BREAK.search(ctx.text, subject.end, clause_end) or any(
                    m.type in (EntityType.STATE, EntityType.MILITARY_UNIT) and subject.end <= m.start < clause_end
                    and m.label != subject.label and not WITH_BEFORE.search(ctx.text, max(0, m.start - 10), m.start)
                    for m in ctx.mentions):
                continue
        elif _ANOTHER_CLAUSE_BETWEEN.search(ctx.text, subject.end, clause_end):
            continue  # (not the possessor of another clause: "A said B would hold its exercise")
        span = (subject.start, exercise.end)
        if during is not None:
            yield Candidate(subject, "organizes_exercise", exercise, None, span, 0.7)
        # (the clause "while its" opens has its own modality)
        scope = (clause_end, ctx.sentence.end) if clause_end < exercise.start else None
        yield Candidate(subject, "participates_in_exercise", exercise, None, span, 0.7, scope=scope)


_ITS_RIGHT_BEFORE = re.compile(r"\bits\s+(?:own\s+|annual\s+|joint\s+|bilateral\s+)?$")
_DRILLS_WITH_AFTER = re.compile(rf"(?:\s+(?:{EXERCISE_NOUN}))?\s+(?:together\s+|jointly\s+)?with\s")
_OPENS_ITS_CLAUSE = re.compile(r",\s+(?:while|whereas|and)\s+$")
_SPEECH_OR_BREAK = re.compile(r"[;:]|\b(?:said|says|told|announced|stated|added|warned|that)\b")


def _opens_sentence(ctx: SentenceContext, mention: Mention) -> bool:
    """Whether ``mention`` is the first thing its sentence names (after a dateline), as a subject is."""
    head = ctx.text[ctx.sentence.start:mention.start]
    return (len(head) <= 4 or bool(DATELINE_OPENING.fullmatch(head))
            or bool(re.search(r"(?:,\s*(?:while|and|but|whereas)|;)\s+(?:the\s+)?$", head)))


# ... "Several of this year's participants, including A, B and C, have signed"
# (opening the sentence or a clause of contrast: "A and B are observers, while 14 countries, including C, ...")
_COUNTED_SUBJECT_INCLUDING = re.compile(r"(?:[^;]*?(?:,\s+(?:while|whereas|but)|;)\s+)?"
                                        rf"(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve|thirteen|[A-Z][a-z]+teen|Several|"
                                        r"Some|Many|Most|Other)\s+)(?:of\s+(?:the|its|their|this\s+year['’]s)\s+)?"
                                        r"(?:[\w-]+\s+){0,2}?(?:states|countries|nations|participants|members|allies)"
                                        r",\s+including\s+(?:the\s+)?", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")
_WHOSE_AFTER = re.compile(r",\s+whose\s")
_GOVERNED_LIST = re.compile(r"\b(?:alongside|along with|together with|with|from|including|between|among|against)\s+"
                            r"(?:the\s+)?$", re.I)
# "the four nations", "both countries", "the three military-ruled countries", "the two governments"
# Right after a count ("two ", "both "): one fixed-width look-behind for each word
_AFTER_A_COUNT = "|".join(f"(?<={word} )" for word in (*TWO_TO_TEN.split("|"), "both"))
_COUNTED = (r"(?:neither\s+(?:country|state|nation|government)|"  # "Neither country belongs to NATO": the pair
            rf"(?:the|these|those|all|both)\s+(?:({TWO_TO_TEN})\s+"
            # ("both Nordic countries": a pair, whatever the adjective)
            r"(?:[a-z][\w-]*\s+){0,2}?|(?<=both\s)(?-i:[A-Z][a-z]+)\s+)?"
            r"(?:nations|countries|states|governments|sides|leaders|presidents|ministers|armies|"
            # ("the two navies", "both allies"; but "the allies" uncounted are any number of them)
            # ("the three juntas", "the two neighbours")
            rf"militaries|(?:{_AFTER_A_COUNT})(?:navies|allies|juntas|regimes|neighbou?rs)))")
_OFFICIALS_NOUN = re.compile(r"\b(?:leaders|presidents|ministers)\b", re.IGNORECASE)
_COUNTED_STATES = re.compile(rf"\b{_COUNTED}\b[^,.;]{{0,30}}$", re.I)
_COUNTED_THEN_ASIDE = re.compile(rf"\s*(?P<counted>{_COUNTED}),\s+[^;]{{2,160}}?,\s+(?:(?:also|now|still|all)\s+)?$",
                                 re.IGNORECASE)
_PARTITIVE = re.compile(rf"\b(?:{TWO_TO_TEN}|one|\d+|some|most|several|many|few|none|neither)\s+of\s+$", re.I)


_BARE_BOTH = re.compile(r"\s*Both\s+(?:(?:are|were|have|had|will|remain)\s+)?(?:also\s+|now\s+|still\s+)?")
_BARE_THEY = re.compile(r"\s*They\s+(?:(?:are|were|have|had|will|remain)\s+)?(?:also\s+|both\s+|all\s+|now\s+|"
                        r"still\s+)?")
_SENTENCE_END_BETWEEN = re.compile(r"[.!?]\s")
_BARE_ALL = re.compile(r"\s*(?:All|The)\s+(three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?:(?:are|were|have|had|will|remain)\s+)?(?:also\s+|now\s+|still\s+)?")
# "A, B and C all border Russia, and all three are members of NATO": a second clause on the opening list
_AND_ALL_OF_THE_LIST = re.compile(rf"(?:,\s*(?:and|but)|;)\s+(?:all|both)(?:\s+(?P<count>{TWO_TO_TEN}))?"
                                  r"(?:\s+(?:countries|states|nations|of\s+them))?\s+"
                                  r"(?:(?:are|were|have|had|will|remain)\s+)?(?:also\s+|now\s+|still\s+)?$",
                                  re.IGNORECASE)


def _names_states(folded: str) -> bool:
    """Whether a text (lower case, :func:`.cues.fold`) holds a noun of _COUNTED_STATES, as each match does
    (plain substring tests: the text is a new piece of each sentence, not worth remembering)."""
    return "nations" in folded or "countries" in folded or "states" in folded or "governments" in folded or \
        "sides" in folded or "leaders" in folded or "presidents" in folded or "armies" in folded or \
        "militaries" in folded or "navies" in folded or "allies" in folded or "ministers" in folded or \
        "neither" in folded or "juntas" in folded or "regimes" in folded or "neighbo" in folded


_ALL_OF_WHICH = re.compile(r",\s+(?:all|both|each|most|none|neither)\s+of\s+(?:which|whom)\s*$")


# "the two countries' Reciprocal Access Agreement", "the three nations' 1951 treaty"
_COUNTED_OWNERS_BEFORE = re.compile(r"\b[Tt]he\s+(?P<count>two|three|four|five)\s+(?:countries|nations|states|allies|"
                                    r"governments|neighbou?rs)['’]\s+(?:[\w-]+\s+){0,2}$")


def _last_list_of(ctx: SentenceContext, size: int | None, *, subjects_first: bool = False) -> list[Mention]:
    """The last list of ``size`` states the text named ("the three countries"), or []; with ``subjects_first``,
    the last such list a sentence opened with, if there is one."""
    lists = (*reversed(ctx.subject_lists), *reversed(ctx.state_lists)) if subjects_first else reversed(ctx.state_lists)
    return next((earlier for earlier in lists if len(earlier) == size), [])


def _last_pair(ctx: SentenceContext) -> list[Mention]:
    """The last two states that opened a sentence together: what "both countries" and "the two countries" mean."""
    return next((pair for pair in reversed(ctx.subject_lists) if len(pair) == 2), [])


_PLURAL_VERB = re.compile(r"\s*(?:are|were|have|do)\b")
_ADDED_SUBLIST = re.compile(r",?\s+(?:as\s+well\s+as|along\s+with|plus)\s+(?:the\s+)?$")


def _last_sublist(ctx: SentenceContext, items: list[Mention], *, plural: bool) -> list[Mention]:
    """The items after a list's last added part ("A, B and C, as well as D and E, which are not NATO members":
    D and E), which a relative clause right after it is on; a single item is that only if the verb does not
    say "are" (then the clause is on the whole list)."""
    for index in range(len(items) - 1, 0, -1):
        if _ADDED_SUBLIST.match(ctx.text, items[index - 1].end, items[index].start):
            return items if plural and index == len(items) - 1 else items[index:]
    return items


# What separates the items of a list that have no asides: "A, B and C", "A, B, and the C", "A, as well as B"
_PLAIN_LIST_GAP = re.compile(r",?\s*(?:(?:and|or|as\s+well\s+as|plus)\s+)?(?:the\s+)?")


# A phrase a sentence opens with, up to the comma before its subject ("Since joining NATO, ", "After its exit from
# the EU, ")
# ("Since 2019 the navies of Iran, Russia and China have held ...": a list, no phrase; the phrase has a gerund, a
# possessive or a pronoun's)
_OPENING_PHRASE_BEFORE = re.compile(r"(?:Since|After|Following|Before|Despite|Without|Upon|Having)\s+"
                                    r"(?=[^,;]*?(?:\b[a-z]+ing\b|\b(?:its|their)\b|['’]s\b))[^,;]{1,80},\s+"
                                    r"(?:the\s+)?")


_COMMA_AND = re.compile(r",\s+and\s+(?:the\s+)?")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+\s+(?:the\s+)?$")


def _subjects_before(ctx: SentenceContext, position: int, types: Sequence[EntityType]) -> list[Mention]:
    """The subject list of a trigger: states right before it, or "the N nations" of an earlier list."""
    only = _THE_ONLY_ONES_THAT.search(ctx.text, ctx.sentence.start, position) \
        if "only" in ctx.folded or "among" in ctx.folded or "first" in ctx.folded or "last" in ctx.folded \
        or _ORDINAL.search(ctx.folded) else None
    # "A, B and C are the only EU states that are not in NATO", "A, B and C are among 12 countries that have
    # sent observers": the list the relative clause is on
    if only and only.group("as") and not _LEAVES_BEFORE.search(ctx.text, ctx.sentence.start, only.start()):
        only = None  # "Analysts see A and B as the only EU candidates that could join NATO": no standing
    if only:
        subjects = list_before(ctx, only.start(), types, max_gap=1)
        if subjects:
            return subjects
    if _KIND_THAT_IS_BEFORE.search(ctx.text, max(ctx.sentence.start, position - 30), position):
        return []  # "Turkey invited states that are not NATO members": a kind of state (see _kinds_that_are_members)
    all_of_them = _AND_ALL_OF_THE_LIST.search(ctx.text, max(ctx.sentence.start, position - 50), position) \
        if "all " in ctx.folded or "both " in ctx.folded else None
    if all_of_them:  # "A, B and C all border Russia, and all three are members of NATO": the opening list
        opening = _opening_states(ctx)
        count = (all_of_them.group("count") or "").lower()
        size = _NUMBER_WORDS[count] if count else 2 if "both" in all_of_them.group(0).lower() else len(opening)
        if len(opening) >= 2 and len(opening) == size:
            return [m for m in opening if m.type in types]
        beside = _BESIDE_THE_OPENING.search(ctx.text, opening[-1].end, all_of_them.start()) \
            if len(opening) == 1 else None
        fellows = [m for m in list_after(ctx, beside.end(), types, max_gap=0) if m.end <= all_of_them.start()] \
            if beside else []
        if fellows and len(opening) + len(fellows) == size:
            # "A belongs to X alongside B, C and D, and all four are members of Y": the subject and its fellows
            return [m for m in opening if m.type in types] + fellows
    every_one = _ALL_OF_WHICH.search(ctx.text, max(ctx.sentence.start, position - 30), position) \
        if " of wh" in ctx.folded else None
    if every_one:  # "it has comprised A, B and C, all (none) of which are members of NATO": the list before
        subjects = list_before(ctx, every_one.start(), types, max_gap=1)
        if subjects:
            return subjects
    like = _LIKE_ASIDE.search(ctx.text, ctx.sentence.start, position) if "like" in ctx.folded else None
    if like:  # "Azerbaijan and Kazakhstan, like Türkiye, are members of ...": the list before the comparison
        subjects = list_before(ctx, like.start(), types, max_gap=1)
        alike = _ALIKE.match(ctx.text, like.start())
        compared = list_after(ctx, alike.end(), types, max_gap=0) if alike else []
        if alike and not subjects and _AND_THEN_LIKE.search(ctx.text, ctx.sentence.start, like.start() + 1):
            # "Tajikistan is a member of the CSTO and, like China and Russia, a founding member of the SCO": the
            # sentence's subject, in a second predicate
            subjects = _opening_state(ctx)
        if subjects:
            # (what "like" compares them with holds for those named too; "unlike" sets them apart)
            return subjects + [m for m in compared if m.end <= like.end()]
    together = _TOGETHER_WITH_ASIDE.search(ctx.text, ctx.sentence.start, position) \
        if "together with" in ctx.folded or "along with" in ctx.folded else None
    along = _WHICH_TOGETHER_WITH.search(ctx.text, ctx.sentence.start, position) if together is None and (
        "together with" in ctx.folded or "along with" in ctx.folded) else None
    if along:
        subjects = list_before(ctx, along.start(), types, max_gap=1)
        joined = list_after(ctx, along.start("list"), types, max_gap=0)
        if subjects and joined and not ctx.text[joined[-1].end:along.end("list")].strip():
            return subjects + joined
    if together:  # "Latvia, together with Estonia and Poland, intends to withdraw": the list set off joins it
        subjects = list_before(ctx, together.start(), types, max_gap=1)
        joined = list_after(ctx, together.start("list"), types, max_gap=0)
        if subjects and joined and not ctx.text[joined[-1].end:together.end("list")].strip():
            return subjects + joined  # (a list of names only, not "together with Germany's help")
        if subjects:
            return subjects
    led = _LED_BY_ASIDE.search(ctx.text, ctx.sentence.start, position) if " by " in ctx.folded else None
    if led and any(m.type in (EntityType.STATE, EntityType.MILITARY_UNIT, *ORGS) and m.kind != "demonym"
                   and led.start() < m.start < led.end() for m in ctx.mentions):
        led = None  # "Ships from France, led by the frigate Surcouf, joined": the leader takes part (see below)
    if led:  # "The Indian Navy, led by Rear Admiral X, Flag Officer Commanding Eastern Fleet, fielded ...": the list
        # before the participle's aside, that people lead
        subjects = list_before(ctx, led.start(), types, max_gap=1)
        if subjects:
            return subjects
    aside = _DASH_ASIDE.search(ctx.text, ctx.sentence.start, position) if "— " in ctx.sentence.text else None
    if aside:  # "A, B and C — all of them NATO allies — signed ...": the list before the aside
        subjects = list_before(ctx, aside.start(), types, max_gap=1)
        if subjects:
            return subjects
    aside = _COMMA_ALL_ASIDE.search(ctx.text, ctx.sentence.start, position) \
        if " all " in ctx.sentence.text or " both " in ctx.sentence.text else None
    if aside:
        subjects = list_before(ctx, aside.start(), types, max_gap=1)
        if len(subjects) >= 2:
            return subjects
    aside = _PLURAL_DESCRIPTION_ASIDE.search(ctx.text, ctx.sentence.start, position) \
        if ", the " in ctx.sentence.text else None
    if aside:
        subjects = list_before(ctx, aside.start(), types, max_gap=1)
        if len(subjects) >= 2:
            return subjects
    aside = _SINGLE_DESCRIPTION_ASIDE.search(ctx.text, ctx.sentence.start, position) \
        if ", a" in ctx.sentence.text else None
    if aside:
        subjects = list_before(ctx, aside.start(), types, max_gap=1)
        if len(subjects) == 1:
            return subjects
    their_words = _THEY_IN_THEIR_WORDS.search(ctx.text, ctx.sentence.start, position) if "they" in ctx.folded \
        else None
    if their_words:
        subjects = list_before(ctx, their_words.start(), types, max_gap=1)
        if subjects:
            return subjects
    subjects = list_before(ctx, position, types)
    if len(subjects) == 2 and _COMMA_AND.fullmatch(ctx.text, subjects[0].end, subjects[1].start) and \
            _LOWER_WORD_BEFORE.search(ctx.text, max(ctx.sentence.start, subjects[0].start - 30), subjects[0].start):
        # "... after the invasion of Ukraine, and Russia left the council": a clause of its own after the comma
        subjects = subjects[1:]
    for k, subject in enumerate(subjects[1:], 1):
        if _OPENING_PHRASE_BEFORE.fullmatch(ctx.text, ctx.sentence.start, subject.start):
            # "Since joining NATO, Finland has signed ...": the phrase the sentence opens with holds no subject
            subjects = subjects[k:]
            break
    compared = _WHICH_LIKE_BEFORE.search(ctx.text, max(ctx.sentence.start, subjects[0].start - 20),
                                         subjects[0].start) if subjects and "which " in ctx.folded else None
    antecedent = list_before(ctx, compared.start(), types, max_gap=1) if compared else []
    if antecedent:  # "Slovakia, which like Hungary joined the EU in 2004": the relative's, and the one it is like
        return antecedent + (subjects if compared.group(1).lower() == "like" else [])
    second = _second_verbs_subject(ctx, subjects, position)
    subjects = subjects if second is None else second
    if not subjects and EntityType.STATE in types and (_SECOND_PREDICATE_BEFORE.search(
            ctx.text, max(ctx.sentence.start, position - 20), position) or _NOT_JOINED_AFTER_ALL.search(
            ctx.text, max(ctx.sentence.start, position - 100), position + 4)):
        # "A, B and C quit ECOWAS in January and now make up the AES": the list the sentence opens with, where
        # nothing between it and the second verb may be a subject of its own
        opening = _opening_states(ctx)
        # (a state that leads a body named between is none: "A quit the Russia-led CSTO in 2012 and is not ...")
        # ("A, which applied to join the EU in 2009, declared ... and has not joined NATO": past the subject's
        # relative clause, closed before its first verb)
        closed = _CLOSED_RELATIVE_AFTER.match(ctx.text, opening[-1].end) if opening else None
        if opening and not any(m.type is EntityType.STATE and opening[-1].end <= m.start < position
                               and not _LEADS_THE_BODY.match(ctx.text, m.end)
                               for m in ctx.mentions) and not _CLAUSE_BETWEEN.search(
                ctx.text, closed.end() if closed else opening[-1].end, position):
            subjects = opening
    set_off = _RELATIVE_BEFORE_VERB.search(ctx.text, ctx.sentence.start, position) if "," in ctx.sentence.text else None
    if set_off and (not subjects or subjects[0].start > set_off.start()):
        # "A and B, neither of which is a member of NATO, have each sent ...": the list before the clause, not
        # a name inside it ("China, which has a base in Djibouti, did not take part")
        acronym = _ACRONYM_AT_END.search(ctx.text, max(ctx.sentence.start, set_off.start() - 14), set_off.start())
        earlier = list_before(ctx, acronym.start() if acronym else set_off.start(), types, max_gap=1)
        if earlier:  # ("The Democratic Republic of Congo (DRC), which ...": past the acronym)
            return earlier
    if subjects and _BY_BEFORE.search(ctx.text, max(ctx.sentence.start, subjects[0].start - 6), subjects[0].start) \
            and not _WHOSE_AFTER.match(ctx.text, subjects[-1].end):
        # "the SCO, which was founded by A, B and C and regularly holds drills": the agents of a passive (but
        # "founded by A and B, whose ministers signed X": a clause on them)
        return []
    aside = _ORG_IN_APPOSITION.search(ctx.text, ctx.sentence.start, position) \
        if subjects and subjects[0].type in ORGS else None
    if aside is not None and aside.start() < subjects[0].start:
        # "Norway, a founding member of NATO, signed ...": the state the apposition is on, not the body in it
        before = list_before(ctx, aside.start(), types, max_gap=1)
        if before and all(m.type is EntityType.STATE for m in before):
            return before
    if subjects and not (_GOVERNED_LIST.search(ctx.text, max(ctx.sentence.start, subjects[0].start - 25),
                                               subjects[0].start) and "," in ctx.text[subjects[-1].end:position]):
        return subjects
    if subjects and _COUNTED_SUBJECT_INCLUDING.fullmatch(ctx.text, ctx.sentence.start, subjects[0].start):
        return subjects  # "Thirteen non-Arctic states, including A, B and C, have observer status"
    if subjects:
        return []  # "a member of the Quad alongside the US and Japan, became ...": the list is a preposition's
    head = ctx.text[ctx.sentence.start:position]
    set_off_list = _LIST_SET_OFF_BEFORE.search(head) if "–" in head or "—" in head else None
    if set_off_list:  # "the other six – A, B and C – are all full members": the list set off before the verb
        subjects = list_before(ctx, ctx.sentence.start + set_off_list.start(), types, max_gap=1)
        if len(subjects) > 1:
            return subjects
    relative = _RELATIVE_AFTER_LIST.search(head)
    if relative:  # "Kazakhstan, Kyrgyzstan and Tajikistan, which are members of ...": the whole list
        subjects = list_before(ctx, ctx.sentence.start + relative.start(), types, max_gap=1)
        singular = relative.group("verb") in ("is", "was", "has", "does") or relative.group("verb") is None and (
            _PLURAL_VERB.match(ctx.text, position) is None)
        if subjects and singular and (relative.group("verb") or len(subjects) >= 2 and
                                      not _PLAIN_LIST_GAP.fullmatch(ctx.text, subjects[-2].end, subjects[-1].start)) \
                and not relative.group("none"):
            # "Chile and Peru, which is hosting ...": the last one; so too where the items have asides of their own
            # ("Kenya, an IGAD member, and Somalia, which is not one")
            return subjects[-1:]
        if subjects:  # (the verb may open the trigger itself: "which are members of ...")
            plural = relative.group("verb") in ("are", "were", "have", "do") or \
                _PLURAL_VERB.match(ctx.text, position) is not None
            return _last_sublist(ctx, subjects, plural=plural)
        if not relative.group("none"):
            head = head[:relative.start()]  # "The three countries, which formed X": the counted ones, below
    described = _DESCRIBED_RELATIVE.search(head) if "," in head else None
    if described:  # "Switzerland, the only participant that does not belong to NATO": the list it is set off from
        subjects = list_before(ctx, ctx.sentence.start + described.start(), types, max_gap=1)
        if subjects and _opens_sentence(ctx, subjects[0]):
            return subjects
    apposition = _TRAILING_APPOSITION.search(head)
    if apposition:  # "Kazakhstan, a founding member of the SCO, will host ...": look past the apposition
        subjects = list_before(ctx, ctx.sentence.start + apposition.start(), types, max_gap=2)
        if subjects and _opens_sentence(ctx, subjects[-1]):
            return subjects[-1:]
    # "The four nations make up ...": an earlier list of exactly that many states. A pair ("both
    # countries") is resolved only to a pair that opened a sentence, as subjects do: pairs named in
    # passing ("between Belarus and Russia") are too often in between.
    if _BARE_BOTH.fullmatch(head):  # "Both are members of the CSTO": the pair the text spoke of last
        return [m for m in _last_pair(ctx) if m.type in types]
    if _BARE_THEY.fullmatch(head) and ctx.subject_lists:
        # "Norway and Britain are founding members of NATO. They also belong to the JEF": the list the text
        # spoke of last, if it opened the sentence right before
        last = ctx.subject_lists[-1]
        if len(last) >= 2 and not _SENTENCE_END_BETWEEN.search(ctx.text, last[-1].end, ctx.sentence.start - 1):
            return [m for m in last if m.type in types]
    bare_count = _BARE_ALL.fullmatch(head)
    if bare_count:  # "All three are also members of BRICS": the last list of three states
        size = _NUMBER_WORDS[bare_count.group(1).lower()]
        return [m for m in _last_list_of(ctx, size) if m.type in types]
    aside = _COUNTED_THEN_ASIDE.match(head) if "," in head else None
    if aside:  # "The three Sahel countries, all governed by military leaders, are the sole members of ..."
        head = head[:aside.end("counted")]
    counted = _COUNTED_STATES.search(head) if _names_states(fold(head.lower())) else None
    partitive = _PARTITIVE.search(head, 0, counted.start()) if counted else None
    if partitive and not partitive.group(0).lower().startswith(("none", "neither")):
        return []  # "Three of the six littoral states are NATO members": some of them, named after (but "None of
        # the three countries is a member": all of them, the clause negated)
    if counted:
        word = (counted.group(1) or "").lower()
        size = _NUMBER_WORDS.get(word) or (2 if counted.group(0).lower().startswith(("both", "neither")) else None)
        if size == 2 and ctx.official_pair and (_OFFICIALS_NOUN.search(counted.group(0)) or not _last_pair(ctx)):
            # "the two leaders": the officials named; "the two countries" too where no pair opened a sentence
            return [m for m in ctx.official_pair if m.type in types]
        pool = ctx.subject_lists if size == 2 else ctx.state_lists
        if size == 2 and ctx.pair_before and not any(
                {m.label for m in earlier} == {m.label for m in ctx.pair_before} for earlier in pool[-1:]):
            # the pair the sentence before named, where no pair opened a sentence since
            last_opened = pool[-1][-1].end if pool else -1
            if last_opened < ctx.pair_before[0].start:
                return [m for m in ctx.pair_before if m.type in types]
        # ("Neither country belongs to NATO": only a pair the sentence before opened with)
        reach = 250 if counted.group(0).lower().startswith("neither") else None
        for earlier in reversed(pool):
            if size is not None and len(earlier) == size:
                near = reach is None or ctx.sentence.start - earlier[-1].end <= reach
                return [m for m in earlier if m.type in types] if near else []
    return []


def _span(match: re.Match[str], ctx: SentenceContext) -> tuple[int, int]:
    return match.start() + ctx.sentence.start, match.end() + ctx.sentence.start


def _finditer(trigger: re.Pattern[str] | Cue, ctx: SentenceContext) -> Iterator[re.Match[str]]:
    """The matches of ``trigger`` in the sentence; a cue's pattern is not run without its words."""
    if isinstance(trigger, Cue):  # Cue.finditer, with the sentence's cue words found once
        return trigger.pattern.finditer(ctx.sentence.text) if ctx.words & trigger.mask else iter(())
    return trigger.finditer(ctx.sentence.text)


def _lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive ``pattern`` written in lower case, without re.I: on the lower case of an ASCII
    sentence (its :attr:`SentenceContext.folded`) it finds the same spans, twice as fast."""
    if not pattern.flags & re.I or pattern.pattern != pattern.pattern.lower():
        raise ValueError(f"not a lower-case case-insensitive pattern: {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


def _finditer_ascii(trigger: Cue, lower: re.Pattern[str], ctx: SentenceContext) -> Iterator[re.Match[str]]:
    """:func:`_finditer` of a lower-case Cue, with ``lower`` (its :func:`_lower_case`) on an ASCII
    sentence's lower case: the spans are the same, the matched text is in lower case."""
    if not ctx.words & trigger.mask:
        return iter(())
    if ctx.sentence.text.isascii():
        return lower.finditer(ctx.folded)
    return trigger.pattern.finditer(ctx.sentence.text)


def _search_ascii(pattern: re.Pattern[str], lower: re.Pattern[str], ctx: SentenceContext) -> re.Match[str] | None:
    """``pattern.search`` of the sentence, with ``lower`` (its :func:`_lower_case`) on an ASCII sentence's
    lower case, as :func:`_finditer_ascii` does."""
    if ctx.sentence.text.isascii():
        return lower.search(ctx.folded)
    return pattern.search(ctx.sentence.text)


# -- membership --------------------------------------------------------------------------------------

# Trigger patterns are Cues: with the words one of which each of their matches holds (see .cues).
_INCLUDES = Cue(re.compile(r"\b(?=[\sabcfghilmoptuw])(?:which|that)?\s*(?:"
                           # "comprises ten nations: A, B, ...": a count, then the list after the colon
                           r"(?:includes|included|comprises|comprised|consists\s+of)\s+(?:the\s+)?"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}"
                           r"(?:countries|states|nations|members|allies)(?:\s[^:;.]{1,60}?)?(?=\s*:)|"
                           r"includes|included|include|comprises|comprised|"
                           # "the FPDA binds A, B and C to consult one another"
                           r"binds|"
                           r"comprise|(?<=that )links|"  # "NORDEFCO, the framework that links A, B and C"
                           r"(?<=, )comprising|"  # "The six-member council, comprising A, B and C, was founded"
                           # "the Quad grouping comprising A, B and C"
                           r"(?:(?<=grouping )|(?<=group )|(?<=bloc )|(?<=alliance )|(?<=forum )|(?<=format ))"
                           r"comprising|"
                           # "the Quad grouping of Australia, ...", "AUKUS, the security partnership of A, B and C"
                           # ("a UK-led coalition of ten Northern European nations: A, B, ...": counted, then named)
                           # ("AUKUS remains a club of three: A, B and C": counted, then named)
                           r"(?:grouping|group|bloc|alliance|forum|format|partnership|pact|coalition|club)\s+of"
                           r"(?:\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+"
                           r"(?:[\w-]+\s+){0,2}(?:countries|states|nations|members|allies))?(?=\s*:))?|"
                           # "AUKUS, the security pact between Australia, the UK and the US"
                           r"(?:pact|partnership|alliance|grouping|bloc)\s+(?:between|linking)|"
                           # "the MNJTF brings together troops from A, B and C"
                           r"consists of|consisted of|(?:made up|composed) of|"  # "the Quad, ... made up of A, B"
                           r"brings together\s+(?:troops|forces|soldiers|units|contingents)\s+"
                           # "brings together seven countries: A, B, ...", "unites five non-NATO states: A, B"
                           # "brings together nine NATO members on the Alliance's eastern flank: A, B, ..."
                           r"from|(?:brings together|unites)(?:\s+(?:the\s+)?(?:(?:about|around|some|more\s+than)\s+)?"
                           r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}"
                           # ("unites about 30 countries, among them A, B")
                           r"(?:countries|states|nations|members|allies)(?:(?:\s[^:;.]{1,60}?)?(?=\s*:)|"
                           r",?\s+(?:including|among\s+them)))?|"
                           # "groups 16 countries, including A, B and C", "groups 16 member states: A, B, C"
                           rf"groups(?:\s+(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen)\s+"
                           # ("groups 12 European Union (EU) member states")
                           r"(?:[\w-]+\s+(?:\([a-z]{2,8}\)\s+)?){0,3}?"
                           # ("groups seven non-NATO countries of the Mediterranean region: A, B")
                           # ("groups 12 EU member states between the Baltic and the Adriatic, namely A, B")
                           r"(?:countries|states|nations|members)(?:,?\s+including|(?:\s[^:;.]{1,60}?)?(?=:)|"
                           r"(?:\s[^:;.]{1,80}?)?,?\s+namely))?|"
                           r"is made up of|"
                           # "has grown from six members to ten: A, B, ..."
                           r"(?:grown|grew|expanded)\s+from\s+[\w-]+\s+(?:members|member\s+states)\s+to\s+[\w-]+"
                           r"(?=\s*:)|"
                           # "Its founding members were A, B" ("The bloc's members are currently A, B")
                           r"(?:(?:founding|original)\s+)?members\s+(?:are|were)(?:\s+(?:currently|now|still))?|"
                           r"founding\s+signatories\s+(?:are|were)|"  # "The founding signatories were A, B"
                           # "NATO's other partners across the globe are A, B and C"
                           # (not "the EU's main trading partners are": trade, no standing)
                           r"(?<!trading\spartners\s)(?<!trade\spartners\s)(?<!economic\spartners\s)"
                           # ('NATO's other "partners across the globe" are A, B': in quotation marks)
                           r"(?<=partners\s)(?:(?:across|around)\s+the\s+(?:globe|world)[”\"]?\s+)?are|"
                           r"member states are|member countries are|members include|"
                           r"(?<=observers\s)are|observer states are|"  # "The AMC's observers are A and B"
                           # "today involves seven non-NATO countries: A, B", "it has six framework nations – A, B"
                           rf"(?:involves|has)\s+(?:\d+|{TWO_TO_TEN}|eleven|twelve)\s+(?:[\w-]+\s+){{0,2}}"
                           r"(?:countries|states|nations|members)(?=:|\s(?:–|—|--)))\b", re.I),
                "includ", "compris", "consist", "brings together", "unites", "group", "made up", "composed of",
                "member", "bloc", "partners ", "observer", "signatories",
                "alliance", "forum", "format", "pact", "coalition", "partnership", "links", "binds", "countries:",
                "club of", "nations:",
                "states:",
                "countries –", "nations –", "states –", "countries —", "nations —", "states —",
                "countries --", "nations --")
# What a body binds its members to do for one another ("binds A and B to consult one another", "to come to each
# other's aid", "to defend any ally"; not "to meet strict conditions", "to support the deal": terms set on outsiders)
_TO_ACT_TOGETHER = re.compile(r"\s+to\s+(?:(?:consult|defend|assist|aid|come|respond|protect)\b|"
                              r"[^,;.]{0,40}?\b(?:one\s+another|each\s+other))")
_ADMITTED_BEFORE = re.compile(r"\b(?:admitted|accepted|welcomed|joined)\s*$")
_ARE_MEMBERS = Cue(re.compile(
    # ("has also been a member of the EU since 2013")
    r"(?:\b(?:is|are|was|were|(?:has|have|had)\s+(?:also\s+|long\s+|always\s+|never\s+)?been|became|become|becomes|"
    r"remain|"
    r"remains|remained|stays?|stayed|"
    # ("A and B, which are NATO partners but not members of the alliance")
    r"being|as|but(?=\s+not\s))\s+|"
    # "Oman, the sixth member of the GCC alongside ...": an apposition that counts the member
    r"(?<=\w),\s+(?=the\s+(?:\d+(?:st|nd|rd|th)|first|second|third|[a-z]+th|newest|latest|youngest|"
    r"largest|biggest|smallest|oldest|richest|poorest|wealthiest|most\s+populous)\s+members?\s|"
    # "A and B, the other two members of X,"; "Sudan, a founding member of the organisation,": the body referred to
    rf"the\s+(?:other|remaining)\s+(?:(?:\d+|{TWO_TO_TEN})\s+)?members\s+of\s|"
    rf"the\s+(?:\d+|{TWO_TO_TEN})\s+(?:other|remaining)\s+members\s+of\s|"  # "the two remaining members of"
    # ("Armenia, one of six members of the alliance along with A and B,")
    rf"(?:an?|one\s+of\s+(?:the\s+)?(?:(?:\d+|{TWO_TO_TEN})\s+)?)\s*(?:founding\s+|full\s+)?members?\s+of\s+"
    r"(?:the|this|that)\s+(?:bloc|alliance|organi[sz]ation|grouping|group|community|union|forum|league)\b))"
    r"(?:not\s+|no longer\s+|neither\s+|also\s+|now\s+|still\s+|already\s+|currently\s+|among\s+|both\s+|all\s+|"
    r"(?<=not )yet\s+|"  # "is not yet a member of"
    # "is formally still a member of", "is itself a member of"
    r"one\s+of\s+|(?:formally|officially|technically|nominally)\s+|(?:itself|themselves)\s+){0,3}"
    r"(?:a|an|the|its)?\s*(?:other\s+|remaining\s+|sole\s+|only\s+)?"  # "are the sole members of the AES"
    r"(?:\d+(?:st|nd|rd|th)\s+|(?:first|second|third|[a-z]+th|newest|latest|youngest|largest|biggest|smallest|"
    r"oldest|richest|poorest|wealthiest|most\s+populous)\s+)?"
    # "one of the five founding members of", "among the 15 founding members of"
    # "one of the eight member states of", "among the 27 members of"
    rf"(?:(?:(?:some|about|around|nearly|roughly|more\s+than)\s+)?(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen)\s+"
    r"(?:(?:other|remaining)\s+)?"
    r"(?=founding\s|members?\s|member[- ]|partner\s+(?:countries|states|nations)\s))?"
    # ("a loyal member of the CSTO", "an active member of the SCO")
    r"(?:(?:loyal|active|committed|key|important|leading|reliable|staunch|faithful|valued|influential|"
    r"long-?standing|long-?time|core|fellow)\s+)?"  # ("are fellow members of the SCO")
    r"(?:full(?:[- ]fledged)?\s+|founding\s+|(?:non-)?permanent\s+|"
    # ("one of seven partner countries in NATO's Mediterranean Dialogue": of a body's programme, see _membership)
    r"full-blown\s+)?(?:members?|member[- ]states?|member[- ]countries|"
    # ("Denmark became the 26th participant in PESCO": in a body or programme, as a member)
    r"participants?(?=\s+in\s)|"
    r"(?P<partner_kind>partner\s+(?:countries|states|nations)))"
    # "is a founding member, along with A and B, of X": those set off too
    r"(?:,\s+(?:along|together)\s+with\s+(?P<along>[^;]{2,80}?),)?\s+(?:of|in)\b|"
    # "has also belonged to the UK-led Joint Expeditionary Force since 2017"
    # ... "A and B belong, like C, to the Caribbean Community"
    # ... "which belongs neither to the EU nor to NATO" (see _NOR_TO)
    r"\b(?:belongs|belong|belonged|(?:has|have|had)\s+(?:also\s+)?belonged)(?:,\s+like\s+[^,;]{1,40},)?\s+"
    r"(?:neither\s+)?to\b|"
    # "Japan also sits in the Quad alongside ...", "sat on the council"
    r"\b(?:sits|sit|sat)\s+(?:in|on)\b|"
    # "Sri Lanka is not part of the Quad": of an organisation (a place is part of a state elsewhere)
    r"\b(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:not\s+|no\s+longer\s+|also\s+|still\s+)?"
    r"part\s+of\b(?=\s+(?:the\s+)?[A-Z])|"
    # "Turkey, which has been in NATO since 1952" (not "in NATO's interest", see _membership), "has been a
    # participant in NATO's Partnership for Peace since 2006"
    # ... "Denmark and Sweden now sit inside NATO", "Albania is already in NATO"
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|sits|sit|sat)\s+"
    r"(?:(?:also|still|long|now|already|firmly|both|all)\s+){0,2}"
    # ... "have been partners in the Global Combat Air Programme since 2022": of a programme (see _membership)
    r"(?:(?P<participant>an?\s+(?:active\s+)?participant|participants)\s+|(?P<partner>an?\s+partner|partners)\s+)?"
    r"(?P<inside>in|inside|within)\b(?=\s+(?:the\s+)?[A-Z])",
    re.I), "member", "belong", "sits", "sit ", "sat ", "part of", "is in ", "are in ", "was in ", "were in ",
    "been in ", "participant", "partner", "inside", "within", "now in ", "already in ", "also in ", "still in ",
    "long in ", "firmly in ", "both in ", "all in ")
_NEGATION_BEFORE = re.compile(r"\b(?:not|no longer)\b", re.I)
_NOR_TO = re.compile(r"\s+nor\s+(?:to\s+)?(?:the\s+)?")
_UNTIL_AFTER = re.compile(r"\s*,?\s+(?:until|till)\b", re.IGNORECASE)
_AS_WELL_AS_OF = re.compile(r"(?:\s*\([A-Z]{2,10}\))?(?:,\s+(?:whose|which)\s+[^,;]{1,60})?,?\s+as\s+well\s+as\s+of\s+"
                            r"(?:the\s+)?")
_AND_A_MEMBER_OF = re.compile(r"(?:\s*\([A-Z]{2,10}\))?\s+and\s+(?:a|an)\s+(?:founding\s+|full\s+)?member"
                              r"(?:\s+state)?\s+of\s+(?:the\s+)?")
# ... and "A, B and C are the other full members" of the body the text named last
# ... "Poland is one of its members", "A and B are among NATO's founding members", "one of the alliance's newest
# members": of the body the possessive names
# ("A is still formally counted among X's six members", "A and B were among the founding members": the body's)
_AMONG_ITS_MEMBERS = Cue(re.compile(rf"\b(?:is|are|were|was)\s+(?:(?:also|still|formally|now)\s+)*"
                                    r"(?:counted\s+|listed\s+)?(?:(?:among|one\s+of)\s+"
                                    r"(?:its|their|the(?=\s+(?:original\s+)?founding\s+members\s*[.;,])|"
                                    # ("one of the Andean Community's three members": a name of several words)
                                    r"(?:the\s+)?(?P<owner>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})|alliance|bloc|"
                                    r"organi[sz]ation|grouping|group)(?:'s|’s))\s+"
                                    rf"(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve)\s+)?"
                                    r"(?:(?:newest|oldest|latest|original)\s+)?|"
                                    r"the\s+(?:other|remaining)\s+)"
                                    r"(?:founding\s+|full\s+)?members\b(?!\s+(?:of|in)\b)", re.IGNORECASE),
                         "among", "other", "remaining", "one of")
_BUT_NOT_OF = re.compile(r",?\s+but\s+not\s+(?:of\s+|in\s+)?(?:the\s+)?")
# "The GCC was founded in 1981 by A, B and C, which remain its only members": the list before the relative
_WHICH_ARE_ITS_MEMBERS = Cue(re.compile(r",\s+(?:which|who)\s+(?:remain|are|were|have\s+remained|became)\s+"
                                        # ("..., which remain its five members")
                                        rf"(?:still\s+|also\s+)?(?:its|their)\s+(?:(?:\d+|{TWO_TO_TEN})\s+)?"
                                        r"(?:(?:only|sole|full|founding|current)\s+){0,2}members\b"), "its", "their")
# "... founding members of ECOWAS (ECOWAS) in May 1975": when the organisation was founded
_YEAR_FOUNDED = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")


# "Iran became a full member of the SCO in 2023, joining China, Russia and the four Central Asian republics of A, B
# and C": the members it joined
_JOINING_THE_MEMBERS = re.compile(r",\s+joining\s+(?:the\s+)?")
_BODY_OF_A_JOINING_BEFORE = re.compile(r"\b(?:members?\s+of|member\s+states?\s+of|(?:re)?joined|admitted\s+to|"
                                       r"acceded\s+to)\s+(?:the\s+)?$")
# (" in 2017", " last year", " on Thursday"; not " peacekeeping force", " panel on debt": another body)
_YEAR_GAP = re.compile(r"(?:\s+(?:in|on|at|last|this|earlier|since)\b[^,;]{0,25})?")
_KIND_OF_STATES_OF = re.compile(rf",?\s+and\s+the\s+(?:\d+|{TWO_TO_TEN})\s+(?:[\w-]+\s+){{0,3}}?"
                                r"(?:republics|states|countries|nations|monarchies|kingdoms)\s+of\s+")


def _joining_the_members(ctx: SentenceContext) -> Iterator[Candidate]:
    """"X became a member of the SCO, joining A, B and the four Central Asian republics of C and D": the body
    the clause before joined, and the states the joining lists, up to where its clause ends."""
    for match in _JOINING_THE_MEMBERS.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        body = next((m for m in reversed(ctx.mentions) if m.end <= match.start()), None)
        if body is None or body.type not in ORGS or not _YEAR_GAP.fullmatch(ctx.text, body.end, match.start()) or \
                not _BODY_OF_A_JOINING_BEFORE.search(ctx.text, max(ctx.sentence.start, body.start - 30), body.start):
            continue
        members = list_after(ctx, match.end(), (EntityType.STATE,), max_gap=0)
        kind = _KIND_OF_STATES_OF.match(ctx.text, members[-1].end) if members else None
        if kind is not None:
            members += list_after(ctx, kind.end(), (EntityType.STATE,), max_gap=0)
        if members and _ENDS_A_CLAUSE.match(ctx.text, members[-1].end):
            for state in members:  # (not "joining the US in condemning the strike": another act)
                yield Candidate(state, "member_of", body, None, (match.start(), members[-1].end), 0.7)


# "Fiji was suspended from the Pacific Islands Forum in 2009 and was readmitted in 2014": a member again, then
_AND_READMITTED = re.compile(r"\s+and\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:later\s+|subsequently\s+|"
                             r"eventually\s+|only\s+|finally\s+)?(?:readmitted|re-admitted|reinstated)\b"
                             # (not "reinstated conscription", "reinstated its envoy": a thing reinstated)
                             r"(?=\s*[,.;]|\s*$|\s+(?:in|on|at|last|later|after|by|since|only|a\s+year|two|three|"
                             r"four|five|six|\d))")
_BODY_ENDS = re.compile(r"(?:\s*\([A-Z][\w-]{1,9}\))?(?:\s*[,.;]|\s+(?:in|on|at|after|and|over|following|since)\b)")
_SUSPENDED_FROM_BEFORE = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+suspended\s+from\s+(?:the\s+)?$")


def _readmitted_after_suspension(ctx: SentenceContext) -> Iterator[Candidate]:
    subjects = _opening_states(ctx)
    for match in _AND_READMITTED.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end) if subjects else ():
        body = next((m for m in reversed(ctx.mentions) if m.end <= match.start() and m.type in ORGS), None)
        if body is None or not _SUSPENDED_FROM_BEFORE.search(ctx.text, max(ctx.sentence.start, body.start - 30),
                                                              body.start) or not _BODY_ENDS.match(ctx.text, body.end):
            continue  # (not "suspended from ASEAN summits": from its meetings)
        when = _first_date(ctx, match.end(), _clause_end(ctx, match.end()))
        for state in subjects:
            yield Candidate(state, "member_of", body, None, (match.start(), match.end()), 0.75, when)


def _joined_by(ctx: SentenceContext) -> Iterator[Candidate]:
    """"BRICS was founded by A and B, and was later joined by C and D": members of the body the sentence opens
    with, or that a relative clause is on ("the SCO, which was joined by C in 2017")."""
    first = ctx.mentions[0] if ctx.mentions else None
    opening = first if first is not None and first.type in ORGS and _OPENING_OF_A_NAME.fullmatch(
        ctx.text, ctx.sentence.start, first.start) else None
    for match in _WAS_JOINED_BY.finditer(ctx.sentence.text):
        start, end = _span(match, ctx)
        relative = _WHICH_IS_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 12), start + 1) \
            if match.group(0).startswith(",") else None
        body = next((m for m in ctx.mentions if relative is not None and m.end == relative.start()
                     and m.type in ORGS), None) or (opening if relative is None else None)
        joining = list_after(ctx, end, (EntityType.STATE,), max_gap=0)
        as_members = _AS_MEMBERS_OF.match(ctx.text, joining[-1].end) if joining and body is None else None
        if as_members is not None:
            # "A and B were joined in January 2024 by C and D as full BRICS members": all of them, of that body
            body = next((m for m in ctx.mentions if m.start == as_members.end() and m.type in ORGS), None)
            after = _MEMBERS_NOUN_AFTER.match(ctx.text, body.end) if body is not None else None
            if body is None or (after is None) == (as_members.group("of") is None) or not _BODY_ENDS.match(
                    ctx.text, after.end() if after is not None else body.end):
                continue  # (not "as members of the Quad supply-chain group": a group of the body's)
            joined = list_before(ctx, start, (EntityType.STATE,), max_gap=1)
            for state in joined if joined and _OPENING_OF_A_NAME.fullmatch(ctx.text, ctx.sentence.start,
                                                                          joined[0].start) else ():
                yield Candidate(state, "member_of", body, None, (state.start, as_members.end()), 0.75)
        for state in joining if body is not None else ():
            yield Candidate(state, "member_of", body, None, (start, state.end), 0.75, _clause_time(ctx, state.end))


_AS_MEMBERS_OF = re.compile(r"\s+as\s+(?:full\s+|new\s+)?(?:(?P<of>members\s+of)\s+)?(?:the\s+)?")
_OPENING_OF_A_NAME = re.compile(r"(?:[Tt]he\s+)?")
# (", which was later joined by": the relative's own verb, see _joined_by)
_WAS_JOINED_BY = re.compile(r"(?:,\s+which\s+)?\b(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|subsequently\s+|"
                            r"then\s+|since\s+)?joined\s+(?:(?:in|on|last|this|earlier)\s+[^,;]{1,20}?\s+)?by\s+"
                            r"(?:the\s+)?")


def _through_a_programme(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Serbia cooperates with NATO through the alliance's Partnership for Peace programme": a member of it."""
    for match in _COOPERATES_WITH.finditer(ctx.sentence.text):
        start, end = _span(match, ctx)
        org = _nearest_after(ctx, end, ORGS, max_gap=4)
        through = _THROUGH_ITS.match(ctx.text, org.end) if org is not None else None
        programme = _nearest_after(ctx, through.end(), (EntityType.AGREEMENT,), max_gap=0) if through else None
        if programme is None or not programme.part_of:
            continue
        for state in _subjects_before(ctx, start, MEMBER_TYPES) or _sentence_subject(ctx, start):
            yield Candidate(state, "member_of", programme, None, (start, programme.end), 0.75)


_COOPERATES_WITH = re.compile(r"\bcooperat(?:es|ed|e|ing)\s+(?:(?:closely|actively|extensively)\s+)?with\s+")
_THROUGH_ITS = re.compile(r"\s+(?:through|under|within|via)\s+(?:the\s+framework\s+of\s+)?(?:the\s+)?"
                          r"(?:(?:alliance|bloc|organi[sz]ation)['’]s\s+|its\s+|[A-Z][\w-]*['’]s\s+)?")


def _a_member_since(ctx: SentenceContext) -> Iterator[Candidate]:
    """"A and B joined NATO in 2009, and C has been an ally since 1999": a member of the body the sentence named
    before, with no other body between."""
    for match in _MEMBER_SINCE.finditer(ctx.sentence.text):
        start, end = _span(match, ctx)
        subjects = list_before(ctx, start, (EntityType.STATE,), max_gap=2)
        bodies = [m for m in ctx.mentions if m.type in ORGS and m.end <= (subjects[0].start if subjects else start)]
        if not subjects or not bodies or match.group("noun").startswith("all") and bodies[-1].type is not \
                EntityType.ALLIANCE or not _AND_BEFORE.search(ctx.text, max(0, subjects[0].start - 6),
                                                              subjects[0].start) \
                or not _JOIN.pattern.search(ctx.text, ctx.sentence.start, bodies[-1].start):
            continue  # (the body of a joining: not "Russia opposes NATO expansion, and Belarus has been an ally")
        for state in subjects:
            yield Candidate(state, "member_of", bodies[-1], None, (start, end), 0.75, _clause_time(ctx, start))


_MEMBER_SINCE = re.compile(r"\s(?:has|have)\s+(?:also\s+)?been\s+(?:an?\s+)?(?P<noun>members?|all(?:y|ies))\s+since\s+"
                           r"(?=(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)")


def _is_org_noun(noun: str) -> re.Pattern[str]:
    """"Serbia is not a NATO member", "A and B both became SCO dialogue partners": the organisation before the noun."""
    return re.compile(
        # "Finland, taking part as a NATO member for the first time": the standing it acts in
        # (not "A and B, as well as NATO partners C and D": the list after is theirs)
        r"\b(?:is|are|was|were|became|become|becomes|remains?|(?:has|have|had)\s+(?:also\s+|never\s+)?been|"
        r"(?<!well\s)as)\s+"
        # ("Sweden, which was then a NATO partner"; "Georgia is not yet a NATO member")
        r"(?:(?:not|no longer|neither|also|now|both|all|itself|themselves|then|still|already|formally|(?<=not )yet)\s+)"
        r"{0,2}(?:counted\s+(?=among\s))?"  # ("Armenia is still formally counted among the CSTO's six members")
        # "Germany is one of eight NATO allies leading battlegroups"
        # ... "A, B and C are among the nine UNC member states taking part"
        rf"(?:(?:a|an|the\s+(?:{TWO_TO_TEN}|only)|one\s+of\s+(?:the\s+)?(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen)|"
        rf"among\s+the(?:\s+(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen))?|"
        # ("Bolivia is the newest of the bloc's five members")
        r"the\s+(?:newest|latest|youngest|oldest|largest|biggest|smallest|richest|poorest)\s+of\s+the)"
        r"\s+(?:full\s+|founding\s+)?"
        # "the only EU states that are not NATO members": the relative clause has its own
        # ("is not a member of NATO but has been a partner": the noun of another clause)
        r"(?P<orgs>(?:(?!\b(?:that|which|who|but)\b)[^,;.]){2,50}?)|"
        # ("A and B became full BRICS members")
        rf"(?:(?:full|founding)\s+)?(?P<bare>[A-Z][\w.-]*(?:\s+(?:(?:and|or)\s+)?[A-Z][\w.-]*){{0,3}}))\s+"
        rf"(?P<kind>{noun})\b")


# "Hungary is a NATO ally": an ally of an alliance is one of its members (see _org_noun_status)
# ("as a NATO Ally": NATO's own capital)
_IS_ORG_MEMBER = Cue(_is_org_noun(r"member(?:[- ]state|[- ]country)?s?|[Aa]lly|[Aa]llies"), "member", "ally", "allies")
_IS_ORG_PARTNER = Cue(_is_org_noun(r"(?:dialogue\s+)?partners?|observers?"), "partner", "observer")
# "Serbia is not in NATO", "the only EU member states not in NATO": outside an organisation.
_NOT_IN_ORG = Cue(re.compile(r"\b(?:(?:is|are|was|were|remains?)\s+(?:still\s+)?|"
                             r"(?<=states )|(?<=ntries )|(?<=ations )|(?<=embers ))not\s+in\s+(?:the\s+)?(?=[A-Z])"),
                  "not in")
# "Austria and Malta, which are also outside the alliance": an organisation, or the one the text speaks of
# ("Sweden is still formally outside the alliance")
_OUTSIDE_ORG = Cue(re.compile(r"\b(?:is|are|was|were|remains?|remained|stays?|stayed)\s+"
                              r"(?:(?:also|still|formally|technically|officially)\s+){0,2}outside\s+"
                              r"(?:of\s+)?|"
                              # "Iceland and Norway – both outside the EU –", "Serbia, still outside NATO,"
                              r"(?:,|\s[–—]|\s--)\s+(?:both|all|each|still)\s+outside\s+|"
                              # "Qatar, Kuwait and Oman have stayed out of the coalition"
                              r"\b(?:stays?|stayed|staying)\s+out\s+of\s+"), "outside", "stay")
# (and "an agency of the European Union based in Brussels": a participle on where it sits)
_ENDS_A_CLAUSE = re.compile(r"\s*(?:[,.;:)—–]|$)|\s+(?:and|or|but|since|until|either|yet|because|as|while|though|"
                            r"although|based(?!\s+on\b)|headquartered|seated|located)\b")
# ("A and B, the two remaining G5 Sahel members, have ...")
_APPOSITIVE_MEMBER = Cue(re.compile(
    r",\s+(?:(?:also|itself|still|now)\s+)?(?:(?:a|an|another)\s+(?P<orgs>[^,;]{2,60}?)\s+"
    r"member(?:[- ]state|[- ]country)?\b|"
    rf"(?:both|the\s+(?:(?:\d+|{TWO_TO_TEN})\s+)?(?:other|remaining))\s+(?P<many>[^,;]{{2,60}}?)\s+"
    # ("Mongolia and Belarus, both SCO observer states,")
    r"(?P<kind>member|observer|(?:dialogue\s+)?partner)(?:[- ]state|[- ]country)?s?\b)"),
    "member", "observer", "partner")
# "the Southern African Development Community (SADC), of which it is also a member"; "the Pacific Islands Forum,
# with which China has been a dialogue partner since 1990"
_TRADE = r"\b(?:trading|trade|commercial|business|economic|energy|investment)"  # partners in trade, not in a body
_TRADE_WORD = re.compile(_TRADE + r"$")
# ("The council, of which A, B and C are currently members,": a list; "of which A and B are observers")
_OF_WHICH_MEMBER = Cue(re.compile(r"(?:\s*\([A-Z]{2,10}\))?,\s+(?:of|(?P<with>with))\s+which\s+"
                                  r"(?P<who>[^,;]{1,40}?(?:,\s+[^,;]{1,40}?)*)\s+"
                                  r"(?:is|are|was|were|has been|have been|remains?)\s+"
                                  r"(?:(?:also|still|now|currently|all|both)\s+)?"
                                  # "of which Eritrea remains a committed member"
                                  # ("of which Peru is the largest member")
                                  r"(?:a\s+|an\s+|the\s+)?(?:(?:full|founding|committed|active|loyal|proud|key|leading|"
                                  r"original|largest|biggest|smallest|newest|youngest|oldest|richest|poorest|"
                                  r"wealthiest|strongest|most\s+populous)\s+)?"
                                  r"(?:members?\b|(?P<observer>observers?\b)|"
                                  r"(?(with)(?P<partner>(?:dialogue\s+)?partners?\b)|(?!)))"),
                       "which")
_CANDIDATE_FOR_BEFORE = re.compile(r"\bcandidate\s+(?:country\s+)?for\s+$")
_JOIN = Cue(re.compile(r"\b(?:(?:re)?joined|(?:re)?join|(?:re)?joins|(?:re)?joining|accede to|acceded to|accession to|"
                       # ("China acceded in 1925": to the treaty spoken of, as "joined in 1935" is)
                       r"acceded(?=\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)|"
                       # "Sweden and Denmark signed up in February", "signed up to the initiative"
                       r"(?:re-?)?admitted to|became (?:a )?(?:full )?members? of|signed up(?:\s+(?:to|for))?|"
                       # "Peru gained full membership of the SCO in 2017"
                       r"(?:gained|gains|won|obtained|received|acquired)\s+(?:full\s+)?membership\s+(?:of|in)|"
                       # "Eritrea formally resumed its membership of IGAD"
                       r"(?:resumed|resumes|resume|restored|restores|regained|regains)\s+(?:its|their)\s+(?:full\s+)?"
                       # ("... suspended its membership of IGAD in 2007 and only resumed its seat in 2023")
                       r"(?:membership\s+(?:of|in)|seat(?:\s+(?:in|at|on)(?=\s+(?:the\s+)?[A-Z]))?)|"
                       # "Brazil returned to the bloc in 2023": a member again
                       r"(?:returned|returns|returning)\s+to)\b", re.I),
            "join", "acced", "accession", "admitted", "became", "signed up", "resum", "restor", "regain", "return",
            "membership")
# Words before a verb that make its act a threat, a thought, a call or a condition, none done
_NOT_DONE_BEFORE = re.compile(r"\b(?:threat\w*\s+to|consider\w*|contemplat\w*|call\w*\s+on\s+[^,;.]{1,40}?\s+to|"
                              r"urg\w*\s+[^,;.]{1,40}?\s+to|(?:could|may|might)(?:\s+not)?)\s+$", re.IGNORECASE)
_A_BODY_NOUN_AS_SUBJECT = re.compile(rf"[,;]\s+(?:and\s+|but\s+)?(?:the|this)\s+{_BLOC_NOUN}\s+"
                                     r"(?:(?:will|would|has|have|had|also|then|is\s+to|plans\s+to)\s+){0,2}$",
                                     re.IGNORECASE)
_GERUND = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
_BY_A_BODY_AFTER = re.compile(r"(?:\s+(?:in|on)\s+[^,;.]{1,30}?)?\s+by\s+(?:the\s+)?(?=[A-Z])")
_LOWER_CASE_THING = re.compile(r"(?:[a-z][\w-]*\s+){0,3}(?:projects?|programmes?|programs?|missions?|operations?|"
                               r"initiatives?|scheme|forces?|fund|facility|framework|exercises?|drills?|cent(?:re|er)|"
                               r"team|list|activities|meetings?|sessions?|summits?|structures)\b")
# (not "joined the initiative on 7 July": a programme or initiative one joins is a body)
# (nor "joined the work of NATO's Nuclear Planning Group": the body)
_A_THING_OF_A_BODY_JOINED = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:projects?|"
                                       r"efforts?|activities|talks|negotiations|meetings?|summits?)\s+"
                                       r"(?:under|of|within|with|at|on)\b")
_AT_A_TABLE = re.compile(r"\bseat\s+(?:at|on)\s+(?:the\s+)?[^,;.]{0,60}?\btable\b", re.IGNORECASE)
_ITS_EXERCISE = re.compile(r"(?:’s|'s)?\s+(?:[\w-]+\s+){0,2}" + EXERCISE_NOUN + r"\b", re.I)
# "applied to join", "wants to join": an application or a wish, not a (planned) membership.
# The elliptic clause that denies one the membership just stated ("...; Brazil is not.", "..., but Chile is not")
_BUT_NOT_ONE = re.compile(r"\s+(?:but|while|whereas)\s+(?P<who>[A-Z][^;,]{1,40}?)\s+(?:is|are|was|were)\s+not\b"
                          r"(?!\s+[\w-])")
_NOT_ONE = re.compile(r"[;,]\s+(?:but\s+|while\s+|whereas\s+)?(?P<who>[A-Z][^;,]{1,40}?)\s+(?:is|are|was|were)\s+not"
                      r"\s*[.;]?[\"”]?$")
_APPLIED_TO_BECOME = re.compile(r"\b(?:appl(?:y|ies|ied|ying)|application|bids?|seeks?|sought|wants?|hopes?|aims?|"
                                r"(?<!was )(?<!were )(?<!been )(?:asked|asks|requested|requests))\b"
                                r"[^,;.]{0,25}\bto\s+$")  # ("submitted a formal application to become")
_TO_BEFORE_VERB = re.compile(r"\s+to\s+")
_REQUEST_BY_BEFORE = re.compile(r"\b(?:requests?|bids?|applications?)\s+(?:by|from)\s+(?=[^,;.]{1,50}?\s+to\s+$)")
_ASPIRATION = re.compile(r"\b(?:appl(?:y|ies|ied|ying)|bids?|applications?|request|seeks?|seeking|sought|wants?|wanted|"
                         r"wanting|aspires?|aspiring|aspirations?|hopes?|hoping|desires?|ambitions?|wish(?:es)?|"
                         r"efforts?|intention|bid|refused|refuses|ready|asked|asks|requested|requests|eager|keen)"
                         r"\s+to\s+$|"
                         # "Kyiv's hopes of joining NATO", "the prospect of joining"
                         r"\b(?:hopes?|prospects?|chances?|dreams?|ambitions?|aspirations?|idea|goal)\s+of\s+$|"
                         # "is in talks on joining projects under AUKUS", "is considering joining"
                         # ("is in talks to join projects under Pillar II of AUKUS")
                         r"\b(?:talks|negotiations|discussions)\s+(?:on|about|to)\s+$|\bconsider(?:s|ed|ing)?\s+$|"
                         # "Bosnia's possible accession to NATO would ...": one that may never be
                         r"\b(?:possible|potential|eventual|future|prospective|hypothetical)\s+$", re.I)
# ... or "the CSTO, to which both countries belong": the pair that opened a sentence before
_TO_WHICH_BELONGED = Cue(re.compile(r"(?P<to_which>\bto\s+which\s+)(?:(?P<pair>both(?:\s+countries)?|the\s+two\s+"
                                    r"countries)|[A-Z][^,.;]{1,60}?)\s+(?:(?:has|have|had)\s+)?"
                                    r"(?:also\s+)?(?:belonged|belongs|belong)\b"), "belong")
_IN_THE_BODY = re.compile(r"\s+in\s+(?:the\s+)?")
_APPOSED_DESCRIPTION = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?,\s+(?:the|a|an)\s+[^,;()]{2,70}?\s*")
_OF_STATES_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def _body_of_states(ctx: SentenceContext) -> Iterator[Candidate]:
    """The states a body is named "of": "the Union State of Belarus and Russia" (two or more of them)."""
    for org in [m for m in ctx.mentions if m.type in ORGS]:
        of = _OF_STATES_AFTER.match(ctx.text, org.end)
        states = list_after(ctx, of.end(), (EntityType.STATE,), max_gap=0) if of else []
        for state in states if len(states) >= 2 else ():
            yield Candidate(state, "member_of", org, None, (org.start, states[-1].end), 0.7,
                            scope=(org.start, states[-1].end))
_FELLOW_BEFORE = re.compile(r"\bfellow\s+$")
_MEMBER_NOUN_AFTER = re.compile(r"\s+(?:member|ally|member\s+state|member\s+country)\s+(?:the\s+)?")
# "NATO member Türkiye", "CSTO allies Belarus and Kazakhstan": the body's noun before the names of its members
# ("NATO partner Bahrain", "NATO partner nations Finland and Sweden": partners of an alliance, see below)
# ("EU states Austria and Ireland", "NATO countries Poland and Estonia": the body's states)
_MEMBERS_NOUN_BEFORE_NAMES = re.compile(r"\s+(?:members?|ally|allies|member\s+states?|member\s+countries|"
                                        r"member\s+country|states|countries|nations|"
                                        r"(?P<partners>(?:dialogue\s+)?partners?|"
                                        r"partner\s+(?:countries|nations|states)))\s+(?:the\s+)?(?=[A-Z])")
# "As NATO allies, A and B ...": the body's noun opening the sentence, set off before its members' names
_AS_OPENING = re.compile(r"As\s+(?:fellow\s+)?(?:the\s+)?")
_MEMBERS_NOUN_SET_OFF = re.compile(r"\s+(?:members|allies|member\s+states|member\s+countries|"
                                   r"(?P<partners>(?:dialogue\s+)?partners|partner\s+(?:countries|nations|states))),\s+"
                                   r"(?:the\s+)?(?=[A-Z])")
# ... but not "non-NATO member Sweden", "former Warsaw Pact member Poland", "aspiring EU member Moldova"
_NOT_A_MEMBER_YET = re.compile(r"(?:\bnon-|\b(?:former|ex|would-be|aspiring|future|prospective|candidate)[\s-]+)$",
                               re.IGNORECASE)


def _not_a_member_now(ctx: SentenceContext, org: Mention, floor: int, *, reach: int = 20) -> bool:
    """Whether a word right before ``org`` (not before ``floor``) says its state is no member now: "non-EU
    Serbia", "aspiring NATO member Georgia", "former Warsaw Pact member Poland"."""
    return _NOT_A_MEMBER_YET.search(ctx.text, max(floor, org.start - reach), org.start) is not None


_WHICH_BELONGS_TO = Cue(re.compile(r"(?P<which>,\s+which\s+)[A-Z][^,.;]{1,60}?\s+(?:also\s+)?"
                                   r"(?:belongs|belong|belonged)\s+to\b"), "belong")
_WHICH_JOINED = Cue(re.compile(r"(?P<which>,\s+which\s+)[^,.;]{2,80}?\bjoined\b"), "joined")
# ("North Macedonia followed in March 2020 as its 30th member": joined after the one named before)
# ("Colombia remains NATO's only partner in Latin America": a standing held)
_BECAME_NTH = Cue(re.compile(r"\b(?:became|becomes?|"
                             r"(?:is|was|remains|remained)(?=\s+(?:the|its|their|[A-Z][\w-]*['’]s)\s)|"
                             # ("was welcomed as the conclave's fifth member")
                             r"(?:was|were)\s+(?:formally\s+|officially\s+)?(?:admitted|welcomed|accepted)\s+as|"
                             r"(?:joined|followed|acceded)(?:\s+(?:in|on)\s+[\w\s]{1,20}?)?\s+as)\s+"
                             r"(?:the\s+(?:[\w-]+\s+){0,3}(?:bloc|alliance|organi[sz]ation|group|association|forum)"
                             r"(?:’s|'s)|"
                             r"(?P<org>[\w’'\s]{2,40}?)(?:’s|'s)|"
                             # ("became NATO's first Latin American global partner")
                             # ('became NATO's first "global partner"': the kind in quotation marks)
                             r"its|their)\s+(?:[\w“\"]+\s+){0,4}?[“\"]?(?P<kind>member|partner|observer|[Aa]lly)\b"),
                  "member", "partner", "observer", "ally", "Ally")  # "became NATO's 32nd Ally"
_COPULA_THEN_BUT = re.compile(r"\b(?:is|are|was|were|remain|remains)\s+[^,;]{2,60}?\s+\Z")
_WHICH_BEFORE_VERB = re.compile(r",\s+which\s+(?:officially\s+|formally\s+)?$")
_WHICH_THEN_VERBS = re.compile(r",\s+which\s+[^,;]{0,40}$")
_AND_BEFORE = re.compile(r"\band\s+$")
# "and", "and later", "and on January 1", "and in 2024": a second verb of the sentence's subject follows
_AND_THEN_BEFORE = re.compile(r"\band\s+(?:(?:also|then|later|subsequently|eventually|finally|formally)\s+|"
                              r"(?:on|in)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+|"
                              r"(?:19|20)\d\d)(?:,?\s+(?:19|20)\d\d)?,?\s+)?$")
_AND_NO_INTENTION_BEFORE = re.compile(r"\band\s+(?:has|have|had)\s+(?:no\s+(?:intention|plans?)\s+(?:of|to)|"
                                      r"not\s+(?:sought|applied|asked)\s+to)\s+$")
_HAVING_BEFORE = re.compile(r",\s+(?:after\s+)?having\s+$")
_MAKE_UP = Cue(re.compile(r"\b(?:make up|made up|form|formed|constitute|grouped\s+(?:in|into|within))\s+(?:the\s+)?"
                          r"(?:so-called\s+)?", re.I),
               "make up", "made up", "form", "constitute", "grouped")
_A_SHARE_OF = re.compile(r"(?:rest|core|bulk|remainder|majority|most|half|backbone)\s+of\s+(?:the\s+)?")
_NOT_BEFORE_REMAIN = re.compile(r"(?:\b(?:not|never|cannot)|n[’']t)\s+(?:\w+\s+)?$")
# A noun a body's name qualifies: "the G5 Sahel zone", "the ten ASEAN states", "the G5 Sahel force"
_NOUN_AFTER_BODY = re.compile(r"\s+(?:zone|region|area|countries|states|nations|territory|mission|force|"
                              r"operation|framework|exercise|drill|summit|talk|meeting)s?\b")
# "Chad and Mauritania remain in the G5 Sahel": still members
# ("..., while remaining in the Russia-led CSTO": a participle, of the sentence's subject)
_REMAIN_IN = Cue(re.compile(r"\b(?:remain|remains|remained|remaining|stay|stays|stayed)\s+(?:in|within|inside)\s+"
                            r"(?:the\s+)?(?:[\w-]+-led\s+)?", re.IGNORECASE), "remain", "stay")
_WHILE_STILL_BEFORE = re.compile(r",\s+(?:while|though|although|still)\s+$")
_BARE_STATUS = Cue(re.compile(
    r"(?:\b(?:became|become|becomes|remain|remains|are|is|were|was|has been|have been|joined as|join as|"
    # "was upgraded to observer in 2015", "were admitted as full members"
    r"(?:was|were|been|being)\s+(?:upgraded|elevated|promoted)\s+to|"
    r"(?:was|were|been|being)\s+(?:admitted|welcomed|accepted)\s+as)|"
    # "Afghanistan, also an observer, has not been invited": an apposition on the standing
    r"(?<=\w),(?=\s+(?:also|still|itself)\s+an?\s+(?:member|observer|partner)\s*,)|"
    # "South Africa, a member since 2010, used the summit ...": an apposition that dates the standing ("India and
    # Pakistan, observers since 2005, were admitted as ...")
    # (not the plural partners, most often each other's: "India and Japan, partners since 2014,")
    r"(?<=\w),(?=\s+(?:an?\s+(?:founding\s+|full\s+)?(?:member|observer|partner)|(?:founding\s+|full\s+)?"
    r"(?:members|observers))\s+since\s))\s+"
    # ("was still formally a member")
    r"(?:(?:now|still|not|no\s+longer|also|formally|officially|technically|nominally|legally)\s+){0,2}"
    r"(?:an?\s+|its\s+|the\s+(?=\d+(?:st|nd|rd|th)\s|(?:newest|latest|[a-z]+th)\s))?"  # "became the 31st member"
    r"(?:\d+(?:st|nd|rd|th)\s+|(?:newest|latest|[a-z]+th)\s+)?(?:full(?:[- ]fledged)?\s+|founding\s+)?"
    r"(?P<kind>members?|observers?|(?:dialogue\s+)?partners?)\b"
    r"(?:\s+(?:states?|countries|nations)(?=\s*(?:[,.;]|in\s+(?:19|20)\d\d|since\b|"  # "an observer state, while"
    # ("was welcomed as the fifth member state on July 10", "... at the eighth meeting")
    r"on\s+[A-Z\d]|in\s+(?-i:[A-Z])[a-z]+\b|at\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:summit|meeting|session|conference)\b)))?"
    # (not "members and observers"; but "remains a full member and that the bloc ...")
    # (but "was upgraded to observer at the Ufa summit in 2015": where it was granted)
    r"(?!\s*(?:of|at(?!\s+(?:the\s+|its\s+|a\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:summit|meeting|session|conference)\b)|to|"
    r"states?|countries|nations|and(?!\s+(?:that|it|has|had|is|was|will|would)\b))\b|"
    r"\s+in\s+(?!(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|(?-i:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)|['’-])", re.I),
    "member", "observer", "partner")
# "the four members of the Quad – Australia, India, Japan and the United States": the list after the name.
_MEMBERS_OF_DASH = Cue(re.compile(r"\bmembers?(?:\s+states|\s+countries|\s+nations)?\s+of\s+(?:the\s+)?", re.I),
                       "member")
_BLOC_NOUN_AT = re.compile(rf"(?:[\w-]+-(?:led|backed)\s+)?{_BLOC_NOUN}")
_COUNT_BEFORE = re.compile(rf"\b(?:\d+|{TWO_TO_TEN}|all|several|other)\s+$", re.I)
# "NATO allies such as A, B and C", "the three NATO members on its shores – A, B and C –": right after the body
_ORG_MEMBERS_LISTED = re.compile(r"(?:(?:’s|'s)(?=\s+(?:founding|full)\s))?\s+(?:(?P<founding>founding)\s+|full\s+)?"
                                 r"(?:allies|members|member\s+(?:states|countries)|Partner\s+States)\b"
                                 r"(?:\s+(?:on|in|of|along|around|bordering)\s+[^,;:–—]{1,30}?|"
                                 # "The ECOWAS member states taking part - A, B and C -"
                                 r"\s+(?:taking\s+part|participating|involved|present))?"
                                 r"(?:\s*(?P<dash>[–—:]|--|\s-)\s*|"
                                 r",?\s+(?:such\s+as|including|like|among\s+them|namely)\s+|"
                                 r"(?P<bare>\s+)(?=(?:the\s+)?[A-Z]))")  # "SADC members South Africa, Botswana and ..."
# "SADC's other members, A, B and C,", "the bloc's remaining members, A and B,"
# ("Two of NATO's members, A and B, objected": those the count sets off after "N of")
# ("the conclave's four existing members, A, B, C and D": as many as it counts)
# ("Its eight founding members – A, B, ... – signed the declaration": the body named last, and its founders)
_POSSESSED_MEMBERS_SET_OFF = re.compile(r"(?:’s|'s|(?<=\b[Ii]t)s)\s+(?P<others>(?:other|remaining)\s+)?"
                                        rf"(?:(?P<count>\d+|{TWO_TO_TEN}|eleven|twelve)\s+"
                                        r"(?:(?:existing|(?P<founding>founding|original)|current|full)\s+)?)?"
                                        r"(?:members|member\s+(?:states|countries))"
                                        r"(?:,|\s*[–—]|\s+-)\s+(?:the\s+)?")
_SOME_OF_BEFORE = re.compile(rf"\b(?:\d+|{TWO_TO_TEN}|eleven|twelve|several|some)\s+"
                             r"of\s+$", re.IGNORECASE)
_BLOC_NOUN_BEFORE = re.compile(rf"\b(?:the|this)\s+{_BLOC_NOUN}$", re.IGNORECASE)
_THE_HEAD_NOUN_BEFORE = re.compile(r"\bthe\s+([a-z]+)$")
# ("the four Quad countries (A, B, C and D)"; "all four Quad members, A, B, C and D,": set off by commas only when
# the list holds as many states as the count says: "the three NATO members, Russia and China" lists three parties)
_ORG_COUNTRIES_LISTED = re.compile(r"\s+(?:countries|nations|states|(?P<members>members|member\s+states))"
                                   r"\s*(?:[:–—]|(?P<bracket>\()|--|\s-(?=\s)|(?P<comma>,))\s*")
_COUNTED_BODY_BEFORE = re.compile(rf"\b(?:all\s+)?(?:the\s+)?(?P<count>\d+|{TWO_TO_TEN}|eleven|twelve)\s+$",
                                  re.IGNORECASE)
# ("SCO dialogue partners Egypt and Qatar", "NATO partner nations Sweden and Finland")
_ITS_BEFORE = re.compile(r"\b(?:its|their|his|her)\s+$")
_ORG_PARTNERS_LISTED = re.compile(r"(?:’s|'s)?\s+(?:dialogue\s+)?(?:partners|partner\s+(?:nations|countries))"
                                  # ("the four ICI partner countries -- A, B, C and D")
                                  r"(?:,?\s+(?:such\s+as|including|like)\s+|\s*(?:[–—:]|--|\s-)\s*(?:the\s+)?|"
                                  r"\s+(?=(?:the\s+)?[A-Z]))")
# "such NATO member states as A, B": the members listed after "as" (no dash)
_ORG_MEMBERS_AS = re.compile(r"\s+(?:allies|members|member\s+(?:states|countries))\s+as\s+(?:the\s+)?")
# "the council's eight members - A, B and C -", "its five members: A, B ...": the body spoken of
_ITS_MEMBERS_DASH = Cue(re.compile(
    # ("Five of the ten members—A, B, C, D and E—are also ...": the members of the body spoken of, counted)
    r"\b(?:its|their|the\s+(?:bloc|council|alliance|organi[sz]ation|group|union|community|forum|grouping)(?:’s|'s)|"
    rf"(?<=of\s)the(?=\s+(?:\d+|{TWO_TO_TEN}|eleven|twelve)\s+members\s*(?:[–—:]|--|\s-)))\s+"
    rf"(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen)\s+)?(?:other\s+|remaining\s+)?"
    r"(?:founding\s+|full\s+|(?:non-)?permanent\s+)?"
    r"members?(?:\s+states|\s+countries)?"  # "the bloc's five other members - A, B ..."
    r"(?:\s+(?:today|now))?\s*(?:[–—:]|--|\s-)\s*", re.I), "member")  # "Its seven members today – A, B, ..."
# "Nigeria, the bloc's most populous member, said": a state set off as a member of the body spoken of
# ("Sweden, now the alliance's newest member,"; "Finland and Sweden, the alliance's newest members,": a list's)
_BLOC_MEMBER_APPOSITION = Cue(re.compile(
    r",\s+(?:(?:now|still|also)\s+)?(?:(?P<one_of>one\s+of)\s+)?(?:the|this)\s+"
    r"(?:bloc|alliance|organi[sz]ation|grouping|group|community|union|forum|league|council)"
    # ("the United States, one of the council's five permanent members,")
    r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(?:founding\s+)?member(?:\s+state|\s+country)?"
    r"(?(one_of)s?|(?P<plural>s(?=\s*,))?)\b", re.I),
    "member")
# "the AES, whose three members, Mali, Burkina Faso and Niger, met", "the two remaining members, Chad and
# Mauritania, have ...": the members of the body named before, listed after a comma
_MEMBERS_NAMED_AFTER = Cue(re.compile(
    rf"\b(?P<whose>whose|the)\s+(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve)\s+)?(?:remaining\s+|other\s+|founding\s+|"
    r"full\s+)?members(?:\s+states|\s+countries)?(?:,|\s*(?:—|–|--|:))\s+", re.I), "member")
# "The IMSC counts A, B and C among its members", "The mission counts A and B as members": the body the sentence
# opens with, and the list the verb counts
_COUNTS_MEMBERS = Cue(re.compile(r"\bcount(?:s|ed)\s+(?=(?:the\s+)?[A-Z])"), "counts ", "counted ")
# ("counts A, B and C among its 12 dialogue partners")
_AS_ITS_MEMBERS = re.compile(rf"\s+(?:as|among)\s+(?:its|their)?\s*(?:(?:\d+|{TWO_TO_TEN})\s+)?"
                             r"(?:full\s+|founding\s+|dialogue\s+)?(?P<kind>members|"
                             r"member\s+states|partners|observers)\b")
# "Composed of Switzerland and Sweden, the NNSC was set up in 1953": a list that opens the sentence, then the body
_COMPOSED_OF_OPENING = re.compile(r"(?:Composed|Made\s+up|Consisting)\s+of\s+")
_MISSION_OPENING = re.compile(r"(?:The|This)\s+(?:mission|coalition|operation|initiative|force|construct|group)\b")
_LIST_THEN_BODY = re.compile(r",\s+(?:the\s+)?")
# "India is part of the Quad": a state that is part of an organisation is a member of it.
_PART_OF_ORG = Cue(re.compile(r"\b(?:is|are|was|were|remains?|"
                              r"(?:has|have|had)\s+(?:nevertheless\s+|[a-z]+ly\s+)?been)\s+(?:also\s+|still\s+)?"
                              r"(?:a\s+)?part\s+of\b|\b(?:has|have|had)\s+(?:also\s+)?(?:taken|take)\s+part\s+in\b|"
                              # "Egypt takes part in NATO's Mediterranean Dialogue", "has participated in the PfP"
                              r"\b(?:takes|take|took)\s+part\s+in\b|\b(?:(?:has|have|had)\s+)?(?:also\s+)?"
                              r"participated\s+in\b|\bparticipates\s+in\b|"
                              # "A, B and C all participate in NATO's Partnership for Peace programme", "Austria and
                              # Ireland participate in PESCO" (a programme: see _is_programme; not "invited to
                              # participate in", no taking part yet)
                              r"(?<!\bto\s)participate\s+in\b",
                              re.I), "part of", "part in", "participate")
# "the BRICS group of emerging economies": the kind of body a name is, after it
_BODY_KIND_AFTER_NAME = r"(?:\s+(?:group|bloc|grouping|forum)(?:\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?)?"
# ("brings together the three countries and the United States": and another after the count of states listed)
_AND_MORE = re.compile(r",?\s+(?:and|as\s+well\s+as|plus)\s+(?:the\s+)?")
# Members a text describes before naming others: " mostly European countries, along with "
_KIND_OF_MEMBERS_THEN_ALONG_WITH = re.compile(r"\s+(?:(?:mostly|mainly|largely|chiefly|several|many|other)\s+)?"
                                              r"(?:[A-Z][\w-]+\s+){0,2}(?:countries|states|nations|allies),?\s+"
                                              r"(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s+(?:the\s+)?")
# "also includes regional heavyweights A, B and C": the kind of members before their names
_KIND_OF_MEMBERS_NAMED = re.compile(r"\s+(?:the\s+)?(?:(?:[a-z][\w-]+|[A-Z][\w-]+)\s+){0,2}?(?:heavyweights|powers|"
                                    r"players|economies|countries|states|nations|neighbou?rs|allies|democracies),?\s+"
                                    r"(?=[A-Z])")
# "brings together five countries of the southern shore, A, B, C, D and E, and five of the northern shore, F, ...":
# members grouped by where they lie, each group after its count and place
_GROUP_BY_PLACE = (rf"(?:the\s+)?(?:{TWO_TO_TEN}|\d+)\s+(?:(?:countries|states|nations)\s+)?(?:of|on|from)\s+"
                   r"(?:the\s+)?[a-z][^,;:()]{2,60},\s+(?=[A-Z])")
_MEMBERS_GROUPED_BY_PLACE = re.compile(rf"\s+{_GROUP_BY_PLACE}")
_NEXT_GROUP_BY_PLACE = re.compile(rf",?\s+and\s+{_GROUP_BY_PLACE}")
_AS_WELL_AS_A_KIND = re.compile(r",?\s+as\s+well\s+as\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:states|countries|nations|"
                                r"monarchies|republics)\s+(?=[A-Z])")
_BESIDE_THE_OPENING = re.compile(r"\s(?:alongside|together\s+with|along\s+with)\s+(?:the\s+)?")
_ALONGSIDE = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?(?:,\s+or\s+[^,;]{2,30})?"
                        # "members of the BRICS group of emerging economies, together with A and B"
                        + _BODY_KIND_AFTER_NAME + r",?\s+"
                        r"(?:alongside|along with|together with)\s+(?:the\s+)?")
# "joined" with no object: "joined later", "joined in July 2023", "joined too".
# ("joined NATO as a global partner", "as a partner country")
_JOINED_AS = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?\s+as\s+(?:an?\s+)?(?P<kind>observers?|"
                        r"(?:dialogue\s+|global\s+|strategic\s+|associate\s+)?partners?)\b", re.I)
# ("applied for NATO membership in May 2022 together with Finland": past the noun of a bid for the body)
# ("applied to join the alliance simultaneously with Finland": after the bloc's noun too)
# ("joined the BRICS group of emerging economies in January, together with A", "on January 1, 2024, alongside A")
_JOINED_TOGETHER_WITH = re.compile(r"(?:\s+the\s+(?:alliance|bloc|organi[sz]ation|grouping))?(?:\s+membership)?"
                                   + _BODY_KIND_AFTER_NAME +
                                   # (a time: not "joined the G20 in condemning the strike, together with")
                                   r"(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|"
                                   r"(?=[A-Z\d])[^,;]{1,25}?))?,?\s+"
                                   r"(?:together with|along with|alongside|simultaneously with|jointly with)\s+"
                                   r"(?:the\s+)?")
_JOINED_BARE = re.compile(r"\s*(?:later|too|as well|since|in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|on\s+[A-Z0-9]|[,.;]|"
                          r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                          # ("walked out of X in 2007 and only rejoined last year")
                          r"December)\b|last\s+(?:year|month)\b)")
# "... in July 2023 and Belarus in July 2024", "admitted A in 2017 and B in 2023": a second state, its verb left out
# ("joined in 1990, shortly after independence, and B in 1994": past a short aside)
_ANOTHER_IN_A_YEAR = re.compile(rf"{_IN_A_YEAR}(?:,\s+[a-z][^,;.]{{1,40}},)?\s*,?\s*and\s+")
# "... and Sweden in March 2024", "... and Sweden followed in March 2024": the year of the next one
# "and B followed in 2019", "and C followed suit": not "and B followed the talks", "and B followed in May with
# sanctions" (what followed is the clause before's: a time at most ends its own)
_FOLLOWED_SUIT = (r"followed(?:\s+suit)?(?=(?:\s+(?:in|on|a|the\s+next|the\s+following|later|months|weeks)"
                  r"(?:\s+[\w-]+){0,2})?\s*(?:[,.;]|$))")
# ("... on April 4, 2023, and Sweden on 7 March 2024": a day)
_ON_A_DAY = r"on\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?+|\d{1,2}\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?+)\b"
# (the date ends the gapped clause: not "..., and Serbia on June 6 reaffirmed its neutrality", a verb of its own)
_GAPPED_DATE_ENDS = r"(?=\s*(?:[,.;)]|$)|\s+(?:and|as|after|before|when|while|respectively|too)\b)"
# (not a verb with a body of its own: "A joined the PfP in 2006 and B joined NATO in 2017")
_IN_A_YEAR_TOO = re.compile(rf"\s+(?:{_FOLLOWED_SUIT}|did\s+so|(?:joined|acceded)(?!\s+(?:to\s+)?(?:the\s+)?[A-Z]))\b|"
                            r"\s+became\s+[^,;.]{0,25}?\bmember\b(?!\s+of\b)|"
                            rf"\s+(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|{_ON_A_DAY}){_GAPPED_DATE_ENDS}")
# ... and the next of a list of them, after a comma too ("joined in 2017, Iran in 2023 and Belarus in 2024")
_NEXT_IN_A_YEAR = re.compile(rf"\s+(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|{_ON_A_DAY}|"
                             r"(?:later|earlier)\s+that\s+year|"
                             r"the\s+(?:following|next)\s+year|a\s+year\s+later)(?:,\s+[a-z][^,;.]{1,40},)?"
                             r"\s*(?:,\s*(?:and\s+)?|and\s+)")
# "several member states, including France, Germany and Italy": members of the body spoken of.
# ("several CARICOM states, among them A, B and C": the states of a body named by its acronym)
_MEMBER_STATES_INCLUDING = Cue(re.compile(r"\b(?:member\s+|(?P<acronym>(?<=(?-i:[A-Z]{2})\s)))"
                                          r"(?:states|countries|nations)"
                                          # "ten member states of the United Nations Command, including A and B"
                                          r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][^,;]{1,60}?)?"
                                          r",?\s+(?:including|among them|such as)\s+(?:the\s+)?", re.I), "member",
                               "states, among them", "countries, among them", "states such as", "countries such as",
                               "states, including", "countries, including")
# What "member states of X" says has members, whatever kg took it for (the UN Command is a command, a unit's name)
_BODIES_WITH_MEMBERS = (*ORGS, EntityType.MILITARY_UNIT)
# "Britain, Australia and France, all member states of the U.N. Command (UNC), will": an apposition on the list
_ALL_MEMBERS_OF = Cue(re.compile(_ALL_AT_A_TIME + r"(?:(?:founding|full|permanent)\s+)?(?:members|member\s+states|"
                                 r"member\s+countries|allies)\s+of\s+(?:the\s+)?(?=[A-Z])"), "all", "both")
# "A, B and C — all of them NATO allies — signed ...": the list's standing in the organisation named in the aside.
_ALL_OF_THEM = re.compile(r"(?:—|–|--|,|\()\s*(?:all\s+of\s+them|both\s+of\s+them|all|both)\s+"
                          r"(?:(?P<orgs>[A-Z][^—–,;()]{1,40}?)\s+(?P<kind>members|member\s+states|allies|partners|"
                          # "A, B and C -- all members of NATO --": the body after the noun
                          r"observers)\b|(?P<kind_of>members|allies|partners|observers)\s+of\s+(?:the\s+)?"
                          r"(?P<orgs_after>[A-Z][^—–,;()-]{1,50}?)(?=\s*(?:—|–|--|,|\)|$)))")


def _all_of_them(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _ALL_OF_THEM.finditer(ctx.sentence.text):
        start, end = _span(match, ctx)
        group = "orgs" if match.group("orgs") else "orgs_after"
        orgs = [m for m in ctx.mentions if m.type in ORGS and match.start(group) + ctx.sentence.start <= m.start
                and m.end <= match.end(group) + ctx.sentence.start]
        members = list_before(ctx, start, MEMBER_TYPES, max_gap=1) if orgs else []
        kind = match.group("kind") or match.group("kind_of")
        relation = _status_relation(kind)
        for state in members if len(members) >= 2 else ():
            for org in orgs:  # (the aside states a standing: the verb after it is not its)
                yield Candidate(state, relation, org, None, (start, end), 0.8, scope=(start, end))


# "the IOC, which brings Madagascar together with Comoros, France and Mauritius": its members, the first set apart
_BRINGS_ONE = re.compile(r"\b(?:brings|brought|bring|bringing)\s+(?=(?:the\s+)?[A-Z])")
_TOGETHER_WITH = re.compile(r",?\s+together\s+with\s+(?:the\s+)?")
# "The IMSC groups the United States with Britain, Australia and Bahrain": its members, the first set apart
_GROUPS_ONE = re.compile(r"\b(?:groups|grouped)\s+(?:the\s+)?(?=[A-Z])")
_WITH_MORE = re.compile(r"\s+with\s+(?:the\s+)?")
_LIST_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;:)]|$|\s(?:and|but|while|whereas)\s)")
# "The ADMM-Plus groups the 10 ASEAN member states -- A, B -- with eight of the bloc's dialogue partners, namely C,
# D": two described sets, each listed, all of them the subject's members
_GROUPS_A_SET = re.compile(rf"\b(?:groups|unites)\s+(?:the\s+|its\s+)?(?:\d+|{TWO_TO_TEN}|eleven|twelve)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:member\s+states|members|states|countries|nations)"
                           r"\s*(?:--|—|–|:)\s*")
_WITH_ANOTHER_SET = re.compile(rf"\s*(?:--|—|–)?\s*,?\s*with\s+(?:the\s+)?(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve)\s+"
                               r"(?:of\s+)?)?(?P<owner>(?:the\s+bloc|the\s+group|its|their)['’]?s?\s+)?"
                               r"(?:dialogue\s+)?(?P<kind>partners|members|member\s+states|states|countries|nations)"
                               r"(?:\s*(?::|--|—|–)|,?\s+(?:namely|including|among\s+them))\s*")


def _grouped_sets(ctx: SentenceContext) -> Iterator[Candidate]:
    """The members of a body that groups two described sets, each listed after its description: "groups the 10
    ASEAN member states -- A, B -- with eight of the bloc's dialogue partners, namely C, D" (the partners the
    bloc's, ASEAN's, the first description names)."""
    for match in _GROUPS_A_SET.finditer(ctx.sentence.text):
        start, end = _span(match, ctx)
        org = _org_before(ctx, start, 60, _INCLUDER_ANAPHOR)
        first = list_after(ctx, end, (EntityType.STATE,), max_gap=0)
        more = _WITH_ANOTHER_SET.match(ctx.text, first[-1].end) if org is not None and first else None
        second = list_after(ctx, more.end(), (EntityType.STATE,), max_gap=0) if more else []
        if not second:
            continue  # (one set alone: see _HAS_MEMBERS)
        described = next((m for m in ctx.mentions if start < m.start < end and m.type in ORGS), None)
        for state in first + second:
            yield Candidate(state, "member_of", org, None, (start, end), 0.8)
        if described is not None and more.group("kind") == "partners" and more.group("owner"):
            for state in second:  # "eight of the bloc's dialogue partners": the described body's partners
                yield Candidate(state, "partner_of", described, None, (more.start(), more.end()), 0.75)


# (not "became a partner country, joining A and B in the bloc": a standing short of membership)
_BECAME_MEMBER_BEFORE = re.compile(r"\b(?:joined|admitted|acceded|accession|entered)\b|"
                                   r"\bbecame\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:member|ally)\b")
# The subject of "groups A with B": the body right before the verb, or the anaphor that stands for it
_GROUPS_SUBJECT_GAP = re.compile(r"\)?\s*(?:\([A-Z][\w-]{1,10}\)\s*)?(?:,\s+which\s+(?:now\s+|also\s+)?)?")
# ("the six-member bloc that groups A with B and C")
_GROUPS_SUBJECT_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){0,2}?(?:alliance|bloc|organi[sz]ation|"
                                    r"grouping|coalition|group|construct)|\b[Ii]t)\s*"
                                    r"(?:,\s+which\s+(?:now\s+|also\s+)?|\s+that\s+(?:now\s+|also\s+)?)?$")
# "Iran became a member of the SCO, joining China and Russia in the bloc": those already in it
_JOINING_ONES = re.compile(r"\bjoining\s+(?:the\s+)?(?=[A-Z])")
_JOINED_IN_THE_BODY = re.compile(r"\s+(?:as\s+(?:full\s+)?members?\s+)?(?:in|of)\s+(?:the\s+)?"
                                 r"(?:(?P<anaphor>bloc|alliance|organi[sz]ation|grouping)\b)?")
_NAME_BEFORE_NOUN = re.compile(r"(?<=\w\s)[A-Z][\w-]*\s+$")
_FULL_MEMBER = Cue(re.compile(r"\bas (?:a )?full(?:[- ]fledged|[- ]blown)? member\b", re.I), "member")
_HAS_COUNTED_MEMBERS_SET_OFF = re.compile(rf"\b(?:has|had|have|counts|counted)\s+(?:only\s+|just\s+)?"
                                          rf"(?P<count>{TWO_TO_TEN}|\d)\s+(?:[A-Z][\w-]*\s+){{0,2}}members,\s+"
                                          r"(?:the\s+)?")
# "The SCO now has ten full members: China, Russia, ...": the organisation's members listed after a colon.
_HAS_MEMBERS = Cue(re.compile(r"\b(?:(?:has|have|had)(?:\s+had)?|counts?|counted|(?:is|was)\s+left\s+with|groups|"
                              # "has since grown to 17 members, including A"
                              r"(?:(?:has|have|had)\s+(?:since\s+|now\s+)?)?(?:grown|grew|expanded|risen|rose)\s+to|"
                              # "would leave ECOWAS with 12 members, including A, B and C"
                              r"(?<=[\w)] )with)\s+"
                              rf"(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+)?"
                              # "has had four members: A, B", "now counts 17 members, among them A, B"
                              r"(?:full\s+)?(?:members?|member\s+states|member\s+countries)"
                              r"(?:\s*(?::|—|–|--)|,\s+(?:among\s+them|including))\s*|"
                              # "X, which groups eight littoral states including A, B and C", "groups six former
                              # Soviet republics: A, B"
                              rf"\bgroups\s+(?:\d+|{TWO_TO_TEN}|eleven|twelve)\s+(?:[a-z-]+\s+){{0,2}}?"
                              # ("groups six former Soviet republics - A, B": a dash as the colon)
                              r"(?:states|countries|nations|republics)(?:,?\s+(?:including|among\s+them)\s+|"
                              r"\s*(?::|—|–|--|-(?=\s))\s*)|"
                              # "the six states that still make up its membership: A, B and C"
                              r"\b(?:make|makes|made)\s+up\s+(?:its|their)\s+membership\s*(?::|—|–|--)\s*|"
                              # "Its members are A, B and C.", "IMSC's members are A and B", "Its members range
                              # from A and B to C and D"
                              # ("Apart from A and B, its members are C, D")
                              r"^(?:(?:Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to)\s+[^,;]{1,60},\s+|"
                              # ("Following the withdrawal of A, its members are B, C": after it, these)
                              r"(?:Following|After|Since|With)\s+(?:the|its|their)\s+(?:withdrawal|exit|departure|"
                              r"expulsion|suspension|accession|admission|enlargement)\b[^,;]{0,60},\s+)?"
                              # ("Its ten participants are A, B": a format's own, counted)
                              # ("Somalia became the eighth member. The other members are A, B": the rest of them)
                              r"(?:(?:Its|Their|(?-i:[A-Z][\w-]*)['’]s)\s+|The\s+(?=(?:other|remaining)\s))"
                              rf"(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen)\s+)?(?:other\s+|remaining\s+)?"
                              r"(?:full\s+)?"
                              r"(?:members|member\s+states|participants|participating\s+(?:states|countries|nations))"
                              r"(?:\s+(?:today|now))?\s+(?:are|include|range\s+from)\s*:?\s*", re.I),
                  "member", "made up", "make up", "makes up", "groups", "participants", "participating")
_RANGE_TO = re.compile(r"\s+to\s+(?:the\s+)?")
# ("brings together the 11 ASEAN member states and eight dialogue partners, namely A, B")
_BRINGS_TOGETHER_BEFORE = re.compile(r"\b(?:brings|bring|brought|bringing)\s+together\s+(?:the\s+)?"
                                     r"(?:(?:\d+|[a-z]+)\s+)?$")
# "has six dialogue partners: A, B", "... and eight dialogue partners: A, B": a body's partners, listed after
# ("the organization has 15 dialogue partners, including A, B and C": some of them, named)
# ("the ministers of ASEAN and its eight dialogue partners, namely A, B and C": the body "its" stands for)
# ("a platform for ASEAN and eight of its dialogue partners, namely A, B")
_HAS_PARTNERS = Cue(re.compile(rf"\b(?:has|have|had|counts?|"
                               # ("and eight of the bloc's dialogue partners, namely A, B and C": the bloc's)
                               rf"and(?:\s+(?:\d+|{TWO_TO_TEN}|all)\s+of)?(?P<its>\s+its|\s+the\s+(?:bloc|grouping|"
                               r"organi[sz]ation|association)['’]s)?)\s+"
                               rf"(?:(?:\d+|{TWO_TO_TEN}|[a-z]+teen)\s+)?dialogue\s+partners"
                               r"(?:\s*(?::|—|–|--)\s*|,?\s+(?:including|among\s+them|such\s+as|namely)\s+)",
                               re.IGNORECASE), "partners")
_INCLUDES_LOWER = _lower_case(_INCLUDES.pattern)  # see _finditer_ascii
_SUBJECT_THEN_VERB = re.compile(r"(?:\s*\([^()]{1,12}\))?\)?\s*(?:(?:now|today|currently|also)\b\s*)?")
_ITS_MEMBERS = re.compile(r"(?:^|,\s+)(?:(?:its|their)\s|the\s+(?=other\s|remaining\s))", re.IGNORECASE)
_FOUNDING_MEMBERS_ARE = re.compile(r"\s*(?:founding|original)\s+members\b", re.IGNORECASE)
# "the JEF, a British-led grouping of ten northern European countries that also includes A, B": the body described
_DESCRIBED_BODY_THAT = re.compile(r"(?:\s*\([A-Z]{2,8}\))?,\s+(?:an?|the)\s+[^,;()]{2,90}?\s*")
_THE_MEMBERS_OF = re.compile(rf"(?:The|Today,?\s+the)\s+"
                             rf"(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve|current|founding|full)\s+)?"
                             r"(?:members|member\s+states|member\s+countries)\s+of\s+(?:the\s+)?")
_ARE_AFTER_BODY = re.compile(r"(?:\s*\([A-Z]{2,10}\))?\s+(?:are|were|include|included)\s*:?\s+(?:the\s+)?")


def _subject_before_an_aside(ctx: SentenceContext, verb: int) -> Mention | None:
    """The organisation that opens the sentence and a comma sets off from ``verb`` ("The CSTO, set up in 2002 on
    the basis of the Collective Security Treaty, brings together A and B"): the verb's subject."""
    opening = ctx.mentions[0] if ctx.mentions else None
    if opening is None or opening.type not in ORGS or not _opens_sentence(ctx, opening):
        return None
    aside = _ADVERBS_AT_END.sub("", ctx.text[opening.end:verb])  # "..., also includes A, B"
    if ";" in aside:
        return None
    if _AND_A_SECOND_PREDICATE.search(aside) and not any(
            m.type in ORGS for m in ctx.mentions if opening.end <= m.start < verb):
        return opening  # "The CSTO grew out of the X, signed in 1992, and today groups A, B": its second predicate
    return opening if aside.startswith(",") and aside.rstrip().endswith(",") else None


_RELATIVE_THEN_BUT = re.compile(r",\s+which\s+[^,;]{2,80}?\s+but\s+$")


def _subject_of_a_relative_but(ctx: SentenceContext, verb: int) -> list[Mention]:
    """The state a relative clause is on whose second predicate, after "but", is at ``verb`` ("Georgia, which is not
    a member of NATO but has long been one of its closest partners,"), or []."""
    relative = _RELATIVE_THEN_BUT.search(ctx.text, ctx.sentence.start, verb)
    return [m for m in ctx.mentions if relative and m.end == relative.start() and m.type in MEMBER_TYPES
            and m.kind != "demonym"][:1]


_AND_A_SECOND_PREDICATE = re.compile(r"^\s+[a-z]+\b[^;]*,\s+and\s*$")


_ADVERBS_AT_END = re.compile(r"(?:\s+(?:also|now|still|currently|today))+\s*$")


def _treaty_brings_together(ctx: SentenceContext, start: int, end: int) -> Iterator[Candidate]:
    """"The X Treaty, signed in 1978, brings together A, B and C": the treaty's parties."""
    if ctx.text[start:end].strip().lower() not in ("brings together", "unites"):
        return
    treaty = next((m for m in reversed(ctx.mentions) if m.type is EntityType.AGREEMENT and m.end <= start
                   and start - m.end <= 80 and m.start >= ctx.sentence.start), None)
    for party in list_after(ctx, end, (EntityType.STATE,), max_gap=2) if treaty is not None else ():
        yield Candidate(treaty, "agreement_party", party, None, (start, end), 0.75)


# A capitalised name kg does not know, set off from its verb by a description: the verb's subject
_UNNAMED_SUBJECT_ASIDE = re.compile(r"(?:The\s+)?(?!(?:Today|Now|Since|In|On|At|After|Before|Currently|Meanwhile|"
                                    r"However|Also|Then|Last|This|That|Yet)\b)"
                                    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,4}),\s+(?:one\s+of|an?|"
                                    r"the|which|whose|set\s+up|created|formed|established|part\s+of)\b[^;]*,\s*")
# A phrase a sentence may open with before its subject ("In addition to Germany, the project includes")
_FRONTED_PHRASE = r"(?:[A-Z][^,;]{0,40},\s+)?"
# "The bloc has 12 members. They include A, B": the members of the body named before
_THEY_OPENING = re.compile(rf"{_FRONTED_PHRASE}[Tt]hey\s*")
_COUNTED_MEMBERS_BEFORE = re.compile(rf"\b(?:has|have|had|counts)\s+(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+-[a-z]+)\s+"
                                     r"(?:full\s+)?(?:members|member\s+states|member\s+countries)\s*[.;]\s*$")


def _counted_members_before(ctx: SentenceContext) -> bool:
    """Whether the sentence before counts the members of the body named last, right before its verb ("ECOWAS
    has 12 members."; not "The Nordic group now has five members." after NATO)."""
    counted = _COUNTED_MEMBERS_BEFORE.search(ctx.text, max(0, ctx.sentence.start - 120), ctx.sentence.start)
    body = ctx.last_org
    return counted is not None and body is not None and 0 <= counted.start() - body.end <= 12


_OPENS_WITH_THE_ANAPHOR = re.compile(rf"{_FRONTED_PHRASE}(?:[Tt]he|[Tt]his)\s+$")
_FRONTED_IT = re.compile(r"(?:After|Since|Today|Now|Currently|By|In)\b[^,;]{0,60}?,?\s+"
                         r"it(?:\s+(?:has|had|now|still|also))*\s*")
_GROUP_OF_MEMBERS_SET_OFF = re.compile(r"(?:\s*\([A-Z][A-Za-z0-9]{1,7}\))?,\s+an?\s+(?:[\w-]+\s+){0,2}?"
                                       r"(?:group|grouping|club|forum|format)\s+of\s+(?:[\w-]+\s+){1,4}?"
                                       r"(?:members|states|allies|countries)\s*")
_MEMBERS_NOUN_AFTER = re.compile(r"(?:\s+\([A-Z]{2,8}\))?\s+(?:members|allies|member\s+states)\b")
# ("Dialogue partners ", ", and the roster of dialogue partners ": the standing a list has in the body spoken of)
_STANDING_ROSTER_BEFORE = re.compile(r"(?:^|,\s+and\s+|;\s+)(?:(?:the|its)\s+(?:roster|list|ranks|circle)\s+of\s+"
                                     r"(?:its\s+)?)?(?i:dialogue\s+partners|observer\s+states|observers)\s*$")
_AS_A_LESSER_STANDING = re.compile(r",?\s+as\s+(?:an?\s+)?(?:(?:dialogue|associate)\s+)?"
                                   r"(?P<standing>partners?|observers?)\b"
                                   r"(?!\s+(?:and|as\s+well\s+as)\s+(?:full\s+)?members?\b)")
_DRILLS_WORD = re.compile(r"\b(?:drills?|exercises?|manoeuvres|maneuvers|games|summit|meeting|talks)\b",
                          re.IGNORECASE)
_MEMBERS_OPENING = re.compile(r"\s*(?:(?:Current|Remaining|Other|Full|Founding|Permanent)\s*)?")
# "The other partners are A and B": of the body named before
_PARTNER_KIND = re.compile(r"\bpartner\s+(?:countries|states|nations)\b", re.IGNORECASE)
_STANDING_WORD = re.compile(r"\b(?:partner|observer|member|admitted|welcomed|joined)", re.IGNORECASE)
_THE_OTHER_ONES_OPENING = re.compile(r"\s*The\s+(?:other|remaining)\s+(partners|observers)\s*")
# The standing a noun before a body names ("Observer states of the Arctic Council", "Dialogue partners of the SCO"), or
# an application ("Countries that have applied to join BRICS")
_STANDING_OF_BEFORE = re.compile(r"\b(?:(?:observers?|(?:dialogue\s+)?partners?)(?:\s+(?:states|countries|nations))?\s+"
                                 r"(?:of|in|at)|(?P<aspiring>(?:(?P<applied>applied|applying|apply)|bid|bidding|"
                                 r"seeking|sought|hoping|want(?:ing)?)\s+to\s+join))\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_NOW = r"former|prospective|potential|would-be|aspiring|future"  # a standing had once, or yet to come
_FORMER_MEMBERS_BEFORE = re.compile(rf"\b(?:{_NOT_NOW}|ex-)\s*(?:members?|member\s+(?:states|countries))\s+(?:of|in)\s+"
                                    r"(?:the\s+)?$", re.IGNORECASE)
_FORMER_BEFORE = re.compile(rf"\b(?:{_NOT_NOW})\s+$", re.IGNORECASE)
_NOT_MEMBERS_HEAD = re.compile(r"\b(?:participants|participating|contributors|attendees|guests|invitees|delegations)\b")
_FUNCTION_WORD = r"(?:and|or|but|which|that|who|is|are|was|were|has|have|had|will|would|remains?|remained)\b"
# "The EU's sanctions list includes Iran", "The NATO mission includes A": the body names another thing, which
# includes them (but "NATO's 32 members include A", "The EU bloc comprises A", "NATO now includes A")
# The body as the agent of a participle on another noun: "the list of participants released by the Pentagon includes"
_AGENT_OF_ANOTHER_NOUN_BEFORE = re.compile(r"\b[a-z]+\s+(?:released|published|issued|compiled|drawn\s+up|put\s+out)\s+"
                                           r"by\s+(?:the\s+)?$")
_ANOTHER_HEAD_AFTER_BODY = re.compile(
    rf"(?:['’]s)?(?:\s+(?!{_FUNCTION_WORD})[\w-]+){{0,3}}?\s+(?!{_FUNCTION_WORD}|(?:members?|membership|states|"
    r"countries|nations|allies|partners|observers|ranks|signatories|parties|alliance|bloc|organi[sz]ation|grouping|"
    r"group|coalition|forum|family|club|format|framework|initiative|project|roster|line-?up|flank|makeup|"
    r"composition|now|still|also|already|today|then|once|"
    r"\w+ly)\b)[A-Za-z][\w-]*(?:\s+(?:now|still|also|already|today|\w+ly))?\s*")


# "A, B, C and D, the grouping's four members, took part": members set off after their list
_MEMBERS_SET_OFF = re.compile(rf",\s+the\s+(?P<owner>{_BLOC_NOUN}|[A-Z][\w-]+)['’]s\s+(?P<count>\d+|{TWO_TO_TEN})\s+"
                              r"(?:founding\s+|full\s+)?members\s*,", re.IGNORECASE)
# "four alliance members, Greece, Romania, Slovakia and Spain,": a counted list after the body's word or name
# ("Three forum members — A, B and C — recognise Taipei": set off by dashes)
_COUNTED_MEMBERS_LISTED = re.compile(rf"\b(?P<count>\d+|{TWO_TO_TEN})\s+(?P<owner>alliance|bloc|grouping|coalition|"
                                     r"forum|organi[sz]ation|union|[A-Z][\w-]+)\s+(?:members|member\s+states|allies)"
                                     r"\s*(?:[,:]|[—–]|--)\s+(?:the\s+)?", re.IGNORECASE)
# "Eight of the bloc's member states sent personnel: A, B, ...": a count of the body's members, then what they did,
# then their list after a colon
_COUNTED_OF_THE_BODYS_MEMBERS = re.compile(rf"\b(?P<count>\d+|{TWO_TO_TEN}|eleven|twelve)\s+of\s+(?:the\s+)?"
                                           rf"(?P<owner>{_BLOC_NOUN}|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,3}})['’]s\s+"
                                           r"(?:members|member\s+states|member\s+countries)\s+[^:;.]{1,60}?:\s+"
                                           r"(?:the\s+)?",
                                           re.IGNORECASE)

# "The three AES members have since expelled French troops", "its three member states": the last three states
# named, members of the body named (or the one "its" or the text is about)
_COUNTED_MEMBERS_NOT_LISTED = re.compile(rf"\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<count>{TWO_TO_TEN})\s+"
                                         r"(?:(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}?)\s+)?"
                                         r"(?:members|member\s+states|member\s+countries|allies)\b(?!['’]|\s+of\b)")

# "A, B, C and D, the four GCC countries that have joined the ICI,": a counted list set off after its states, of the
# body it names, and of the body its relative clause says they joined
_COUNTED_BODY_SET_OFF = re.compile(rf",\s+the\s+(?:other\s+)?(?P<count>\d+|{TWO_TO_TEN})\s+"
                                   r"(?P<owner>[A-Z][^,;()]{0,50}?)(?:\s*\([A-Z][\w-]{1,10}\))?\s+"
                                   r"(?:countries|states|nations|members|member\s+states|member\s+countries|allies)"
                                   r"(?P<joined>\s+(?:that|which|who)\s+(?:have|has|had)\s+(?:also\s+|already\s+)?"
                                   r"joined\s+(?:the\s+)?)?(?=[,;.]|$|(?<=\s))")

# (not "have joined the NATO training mission": a body that names something else)
_BODY_ENDS_THE_PHRASE = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?"
                                   r"(?=\s*(?:[,.;)]|$)|\s+(?:in|since|as|and|but|while)\b)")


# "The eight countries are Prosur's founding members", "A and B are the AES's only members": the body's, by its
# possessive
_ARE_THE_BODYS_MEMBERS = re.compile(r"\b(?:is|are|was|were|remain|remains|remained)\s+(?:(?:also|still|now)\s+)?"
                                    r"(?:the\s+)?(?=[A-Z])(?P<owner>[^,;:]{2,50}?)(?:’s|'s)\s+"
                                    r"(?P<kind>founding|full|only|sole)\s+members\b")


def _the_bodys_members(ctx: SentenceContext) -> Iterator[Candidate]:
    """The states the sentence's subject names (or counts, "The eight countries"), members of the body whose
    possessive the copula's complement opens with; founders too where they are its founding members."""
    for match in _ARE_THE_BODYS_MEMBERS.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        body = next((m for m in ctx.mentions if m.start == match.start("owner") and m.end == match.end("owner")
                     and _is_bloc(m)), None)
        if body is None:
            continue
        for state in _subjects_before(ctx, match.start(), MEMBER_TYPES):
            yield Candidate(state, "member_of", body, None, match.span(), 0.8)
            if match.group("kind") == "founding":
                yield Candidate(body, "founded_by", state, None, match.span(), 0.75)


def _counted_members_named_before(ctx: SentenceContext) -> Iterator[Candidate]:
    """"The three AES members have since ...", "its three member states": the last list of as many states the
    text named, members of the body the phrase names (or of the one it refers to)."""
    for match in _COUNTED_MEMBERS_NOT_LISTED.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        if list_after(ctx, match.end(), MEMBER_TYPES, max_gap=4):
            continue  # "the three members, A, B and C": a list of its own (see _counted_members)
        if match.group("owner"):
            body = next((m for m in ctx.mentions if m.start == match.start("owner") and m.type in ORGS
                         and m.end == match.end("owner")), None)
        else:
            body = next((m for m in reversed(ctx.mentions) if m.type in ORGS and ctx.sentence.start <= m.start
                         and m.end <= match.start()), None) or _its_body(ctx)
        if body is None or body.type is EntityType.STATE:
            continue
        for state in _last_list_of(ctx, _NUMBER_WORDS[match.group("count").lower()]):
            yield Candidate(state, "member_of", body, None, match.span(), 0.75, scope=match.span())


def _counted_members(ctx: SentenceContext) -> Iterator[Candidate]:
    """Members the sentence counts beside their list, of the body it names or refers to: "the grouping's four
    members" after the list, "four NATO members, A, B, C and D" before it (the count must be the list's)."""
    yield from _counted_members_named_before(ctx)
    for pattern in (_MEMBERS_SET_OFF, _COUNTED_MEMBERS_LISTED, _COUNTED_BODY_SET_OFF, _COUNTED_OF_THE_BODYS_MEMBERS):
        for match in pattern.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
            owner_start = match.start("owner")
            owner = next((m for m in ctx.mentions if m.start == owner_start and m.type in ORGS
                          and m.end <= match.end("owner") + 1), None) \
                if match.group("owner")[:1].isupper() else _org_reference(ctx, owner_start)
            if owner is None and match.group("owner").lower() in ("forum", "union"):
                # ("Three forum members — A, B and C —": the body named before whose name ends so)
                owner = next((b for b in reversed(ctx.bodies)
                              if b.label.lower().endswith(match.group("owner").lower())), None)
            if pattern is _COUNTED_BODY_SET_OFF and owner is not None and owner.end < match.end("owner"):
                continue  # "the two NATO members' navies": the body must be the whole name before the noun
            if pattern is not _COUNTED_MEMBERS_LISTED and pattern is not _COUNTED_OF_THE_BODYS_MEMBERS:
                # ("... and the United Arab Emirates (UAE), the four GCC countries": the list ends before its acronym)
                acronym = _ACRONYM_AT_END.search(ctx.text, max(0, match.start() - 16), match.start())
                states = list_before(ctx, acronym.start() if acronym else match.start(), MEMBER_TYPES, max_gap=1)
                scope = (states[0].start, match.end()) if states else None
            else:
                states = list_after(ctx, match.end(), MEMBER_TYPES, max_gap=0)
                scope = (match.start(), states[-1].end) if states else None
            count = match.group("count").lower()
            if owner is None or len(states) != _count_of(count):
                continue
            joined = next((m for m in ctx.mentions if m.start == match.end() and m.type in ORGS
                           and _BODY_ENDS_THE_PHRASE.match(ctx.text, m.end)), None) \
                if pattern is _COUNTED_BODY_SET_OFF and match.group("joined") else None
            for body in (owner, joined) if joined is not None else (owner,):
                for state in states:
                    yield Candidate(state, "member_of", body, None, (match.start(), match.end()), 0.8,
                                    scope=(scope[0], body.end) if body is joined else scope)


_NETWORK_OF_PARTNERS = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(?:network|circle|family|group|club)\s+of\s+"
                                  r"(?:[\w-]+\s+)?partners\b")
_AS_WELL_AS = re.compile(r",\s+as\s+well\s+as\s")


def _before_as_well_as(ctx: SentenceContext, items: list[Mention]) -> list[Mention]:
    """The items of a list before an "as well as" adds others to it ("NATO members A and B, as well as C")."""
    for index in range(1, len(items)):
        if _AS_WELL_AS.search(ctx.text, items[index - 1].end, items[index].start):
            return items[:index]
    return items


def _members_named_after_the_noun(ctx: SentenceContext) -> Iterator[Candidate]:
    """"NATO member Türkiye", "CSTO allies Belarus and Kazakhstan": the states the body's noun names, whatever the
    verb does with them (so the noun phrase is its own scope). "Clashes with fellow CSTO member Tajikistan": the
    state the sentence opens with is a member too."""
    if not ("member" in ctx.folded or "all" in ctx.folded or "partner" in ctx.folded or "states" in ctx.folded
            or "countries" in ctx.folded or "nations" in ctx.folded):  # (the nouns hold one)
        return
    for org in ctx.mentions:
        if org.type not in ORGS or org.end > ctx.sentence.end:
            continue
        fellow = _FELLOW_BEFORE.search(ctx.text, max(ctx.sentence.start, org.start - 16), org.start)
        noun = (_MEMBER_NOUN_AFTER if fellow else _MEMBERS_NOUN_BEFORE_NAMES).match(ctx.text, org.end)
        if noun is None and _AS_OPENING.fullmatch(ctx.text, ctx.sentence.start, org.start):
            noun = _MEMBERS_NOUN_SET_OFF.match(ctx.text, org.end)  # "As NATO allies, Poland and Lithuania ..."
        if noun is None or not fellow and _not_a_member_now(ctx, org, ctx.sentence.start, reach=16):
            continue
        states = _before_as_well_as(ctx, list_after(ctx, noun.end(), (EntityType.STATE,), max_gap=0))
        if not states or not fellow and states[0].start != noun.end():
            continue
        start = fellow.start() if fellow else org.start
        # ("As NATO partners, Ireland and Austria ...": partners of a body that has them, not "As AUKUS partners")
        partners = noun.groupdict().get("partners")
        if partners and org.type is not EntityType.ALLIANCE and "dialogue" not in partners:
            continue
        relation = "partner_of" if partners else "member_of"
        for state in states + (_opening_state(ctx) if fellow else []):
            yield Candidate(state, relation, org, None, (start, states[-1].end), 0.75,
                            scope=(start, states[-1].end))


# "countries that are not members of the alliance, such as A, B and C", "states that are NATO members, including
# A and B": the states a relative clause on a kind of state is true of, listed after it
_KIND_THAT_IS = re.compile(r"\b(?:countries|states|nations)\s+(?:that|which)\s+(?:are|were)\s+"
                           r"(?:not\s+|no\s+longer\s+)?(?:(?:members?\s+of|in)\s+)?(?:the\s+)?", re.IGNORECASE)
_KIND_THAT_IS_BEFORE = re.compile(r"\b(?:countries|states|nations)\s+(?:that|which)\s+$", re.IGNORECASE)
_THEN_SUCH_AS = re.compile(r"(?:\s+members)?,?\s+(?:such\s+as|including|like)\s+(?:the\s+)?", re.IGNORECASE)
_BODY_NOUN_AT = re.compile(_BLOC_NOUN, re.IGNORECASE)


def _on_a_kind_of_state(ctx: SentenceContext, body: Mention) -> bool:
    """Whether ``body`` ends a relative clause on a kind of state ("states that are not NATO members")."""
    kind = _KIND_THAT_IS.search(ctx.text, max(ctx.sentence.start, body.start - 60), body.start)
    return kind is not None and kind.end() == body.start


def _kinds_that_are_members(ctx: SentenceContext) -> Iterator[Candidate]:
    """The states listed after a relative clause on a kind of state, members of the body it names or not."""
    for match in _KIND_THAT_IS.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        body = next((m for m in ctx.mentions if m.start == match.end() and _is_bloc(m)), None)
        end = body.end if body is not None else None
        if body is None and (noun := _BODY_NOUN_AT.match(ctx.text, match.end())):
            body, end = _bloc_before(ctx, match.start(), whole=True) or ctx.last_org, noun.end()
        such = _THEN_SUCH_AS.match(ctx.text, end) if body is not None else None
        for state in list_after(ctx, such.end(), (EntityType.STATE,), max_gap=2) if such else ():
            yield Candidate(state, "member_of", body, None, (match.start(), such.end()), 0.7)


# "... but is not a member.": of the body the clause before gave the subject a standing in
_BUT_NOT_A_MEMBER = re.compile(r"\s+but\s+(?:it\s+|they\s+)?(?:(?:(?:is|are|was|were|remains?)\s+)?(?:still\s+)?not|"
                               r"(?:has|have)\s+never\s+been|(?:was|were)\s+never)\s+(?:yet\s+)?(?:an?\s+)?"
                               r"(?:full\s+)?members?(?:\s+yet)?(?=\s*[.;,]|\s*$|\s+in\s+its\s+own)",
                               re.IGNORECASE)


def _a_standing_but_no_membership(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Eritrea holds observer status in the Arab League but is not a member": a state that opens the sentence,
    and the last body named before the "but", whose standing the clause gives."""
    states = _opening_states(ctx)
    for match in _BUT_NOT_A_MEMBER.finditer(ctx.sentence.text) if states else ():
        start = ctx.sentence.start + match.start()
        body = next((m for m in reversed(ctx.mentions) if m.type in ORGS and m.kind != "demonym"
                     and states[-1].end < m.start and m.end <= start), None)
        standing = [w.end() for w in _STANDING_WORD.finditer(ctx.text, states[-1].end, body.start)] if body else []
        # ("Georgia is a NATO partner (one of NATO's closest partners) but is not a member": named after the body)
        named_after = body is not None and not standing and _STANDING_WORD.search(ctx.text, body.end, start) \
            is not None and not any(m.type in ORGS and body.end <= m.start < start for m in ctx.mentions)
        if not named_after and (not standing or any(m.type in ORGS and standing[-1] <= m.start < body.start
                                                    for m in ctx.mentions)):
            continue  # (not "observer status in the OAS and a seat in the Arab League": the standing is the OAS's)
        for state in states:
            # (its own clause: "since 1994" dates the standing, not the lack of membership)
            yield Candidate(state, "member_of", body, None, (start, ctx.sentence.start + match.end()), 0.75)


def _membership_dating_back(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Poland's membership of NATO dates back to 1999": a state's membership said to have begun then; "Hungary's
    membership in NATO has been questioned": one held (not one to come, bid for or ended: see _NO_MEMBERSHIP_AFTER)."""
    for state in ctx.mentions:
        if state.type is not EntityType.STATE or state.kind == "demonym" or not _SUBJECT_POSITION.search(
                ctx.text, max(ctx.sentence.start, state.start - 8), state.start) and state.start > ctx.sentence.start:
            continue  # (the clause's subject: not "Talks on Ukraine's membership of NATO began")
        of = _MEMBERSHIP_OF_AFTER.match(ctx.text, state.end)
        org = next((m for m in ctx.mentions if of and m.start == of.end() and _is_bloc(m)), None)
        since = _DATES_BACK_AFTER.match(ctx.text, org.end) if org is not None else None
        if since is not None:
            yield Candidate(state, "member_of", org, None, (state.start, since.end()), 0.7,
                            _first_date(ctx, since.end(), _clause_end(ctx, since.end())))
        elif org is not None and not _NO_MEMBERSHIP_AFTER.match(ctx.text, org.end):
            yield Candidate(state, "member_of", org, None, (state.start, org.end), 0.7)


_MEMBERSHIP_OF_AFTER = re.compile(r"(?:’s|'s)\s+membership\s+(?:of|in)\s+(?:the\s+)?")
_NO_MEMBERSHIP_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:would|could|might|will|should|bid|application|talks|"
                                  r"negotiations|process|prospects?|suspended|suspension|frozen|freez\w*|ended|"
                                  r"ends|revoked|terminated|expired|lapsed|not|never|no\s+longer)\b")
_DATES_BACK_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?\s+(?:(?:dates|dated|goes|went)\s+back\s+to|"
                               r"(?:dates|dated)\s+from|(?:began|started)\s+(?:in|on))\s+")


def _followed_in_joining(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Finland joined NATO in April 2023, and Sweden followed in March 2024", "..., and Sweden, which followed
    as the 32nd member,": the state that followed joined the body the sentence's first joining names."""
    for match in _finditer(_FOLLOWED_INTO_A_BODY, ctx):
        start, end = _span(match, ctx)
        start += len(match.group(0)) - len(match.group(0).lstrip())  # (the verb, past the space a Cue may take)
        state = next((m for m in reversed(ctx.mentions) if m.type is EntityType.STATE and m.kind != "demonym"
                      and m.end <= start and _FOLLOWER_GAP.fullmatch(ctx.text, m.end, start)
                      # (the clause's subject: not "talks with Sweden followed", "protests in Russia followed")
                      and _SUBJECT_POSITION.search(ctx.text, max(ctx.sentence.start, m.start - 8), m.start)),
                     None)
        joined = (_JOIN.pattern.search(ctx.text, ctx.sentence.start, state.start)
                  or _BECAME_NTH_MEMBER.search(ctx.text, ctx.sentence.start, state.start)) \
            if state is not None else None
        body = next((m for m in ctx.mentions if joined and _is_bloc(m) and joined.end() <= m.start < state.start
                     and m.start - joined.end() <= 12), None) if joined else None
        if body is not None and not any(m.type is EntityType.STATE and m.kind != "demonym"
                                        and body.end <= m.start < state.start and m is not state
                                        and _FOLLOWER_GAP.fullmatch(ctx.text, m.end, start) for m in ctx.mentions):
            yield Candidate(state, "member_of", body, None, (state.start, end), 0.7,
                            _first_date(ctx, end, _clause_end(ctx, end)))


# ("followed suit", "followed in March 2024", "followed as the 32nd member"; not "followed the talks closely")
# (beside _followed_suit, which the joining rules call for "and B followed in 2019" after their own verb: this one
# takes "B, which followed in 2024," and "B followed as the 32nd member", after any joining the sentence names)
# (the clause ends after a time or a rank at most: not "Russia followed in May with new deployments")
# ("in March 2024", "on March 7, 2024", "on 7 March 2024")
_A_YEAR_OR_MONTH = r"(?:\d{1,2}\s+(?=[A-Z]))?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d|[A-Z][a-z]+)"
_FOLLOWED_INTO_A_BODY = Cue(re.compile(rf"\bfollowed(?=(?:\s+suit)?(?:\s+(?:in|on)\s+{_A_YEAR_OR_MONTH}|"
                                      r"\s+(?:a|one|two|three|several)\s+(?:years?|months?|weeks?)\s+later|"
                                      r"\s+(?:soon|shortly)\s+(?:after|afterwards))?"
                                      rf"(?:\s+as\s+the\s+\w+\s+(?:member|ally)(?:\s+(?:in|on)\s+{_A_YEAR_OR_MONTH})?)?"
                                      r"\s*(?:[,.;]|$))"), "followed")
_FOLLOWER_GAP = re.compile(r",\s+which\s+|\s+")
# "became NATO's 31st member" (not "became SCO chair")
_BECAME_NTH_MEMBER = re.compile(r"\bbecame\s+(?=(?:the\s+)?[A-Z][\w-]*(?:’s|'s)?\s+"
                                r"(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+(?:member|ally)\b)")


# "Although not yet a member, Sweden is taking part in NATO's ...", "Ukraine, though not a member of NATO, ...",
# "Armenia, although a CSTO member, ...": a concessive clause with no subject of its own, on the state of the main
# clause.
_CONCESSIVE_MEMBER = Cue(re.compile(
    r"(?P<front>\b(?:(?:Alt|T)hough|Even\s+though|While|Despite))?"
    r"(?(front)|,\s+(?:(?:al)?though|even\s+though|while))\s+"
    r"(?:(?:it|they)\s+(?:is|are|was|were|remains?)\s+)?(?:still\s+)?"
    # ("Armenia, although a CSTO member, has not sent troops": a member all the same)
    r"(?:not\s+(?:being\s+)?(?:yet\s+|itself\s+|formally\s+)?(?:an?\s+)?|(?:being\s+)?an?\s+)"
    r"(?:full(?:-fledged)?\s+|founding\s+)?(?:(?P<bare>[A-Z][\w.-]*)\s+)?(?:member|ally)\b"
    r"(?P<of>\s+(?:of|in)\s+[^,;]{2,60}?)?,\s+"),
    "though", "while", "despite")
_ALONG_WITH_AFTER = re.compile(r",\s+(?:along|together)\s+with\b")


def _concessive_member(ctx: SentenceContext) -> Iterator[Candidate]:
    """A state the concessive clause of its sentence says is (or is not) a member: of the body named in that clause,
    else of the one body the rest of the sentence names ("Although not yet a member, Sweden is taking part in
    NATO's Steadfast Defender")."""
    for match in _finditer(_CONCESSIVE_MEMBER, ctx):
        start, end = _span(match, ctx)
        if match.group("front") is not None:
            if start != ctx.sentence.start:
                continue
            subjects = list_after(ctx, end, MEMBER_TYPES, max_gap=0)
            # ("Although not a member, Iran, along with Belarus, attended": the concession is the subject's)
            subjects = subjects[:1] if subjects and _ALONG_WITH_AFTER.match(ctx.text, subjects[0].end) else subjects
        else:
            subjects = list_before(ctx, start, MEMBER_TYPES, max_gap=1)
        named = [m for m in ctx.mentions if _is_bloc(m) and start <= m.start < end]
        bodies = named or [m for m in ctx.mentions if _is_bloc(m) and not start <= m.start < end]
        if not subjects or len({m.label for m in bodies}) != 1 or (named and (
                match.group("of") or match.group("bare")) is None) or any(
                ctx.text.startswith(("'s", "’s"), m.end) for m in named):
            # (a body the clause does not tie to "member": "despite not being a member, at NATO's request"; nor a
            # body's group: "not a member of NATO's nuclear planning group")
            continue
        clause = (start + (len(match.group(0)) - len(match.group(0).lstrip(", "))), end - 2)
        for state in subjects:
            yield Candidate(state, "member_of", bodies[0], None, clause, 0.7, scope=clause)


# "Since joining NATO in 2004, Latvia has ...", "Georgia has been a partner since joining the Partnership for Peace
# in 1994": a joining the gerund states of the sentence's subject
_SINCE_JOINING = Cue(re.compile(r"\b(?i:since|after|upon|on)\s+(?:(?:formally|officially|finally)\s+)?"
                                r"(?:joining|acceding\s+to|being\s+admitted\s+to)\s+(?:the\s+)?"),
                     "joining", "acceding", "admitted")
_RANKS_AFTER = re.compile(r"\s+ranks\b(?!\s+of\b)")  # (not "NATO's ranks of partner nations")
_JOINED_AS_LESS_THAN_A_MEMBER = re.compile(r"(?:\s+(?:in|on)\s+[^,;]{1,20}?)?\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                                           r"(?:observer|partner|associate|guest)")


def _joined_says_a_gerund(ctx: SentenceContext) -> Iterator[Candidate]:
    """Members whose joining a gerund phrase states: of the state after it when it opens the sentence ("Since
    joining NATO in 2004, Latvia has ..."), else of the state that opens the sentence."""
    for match in _finditer(_SINCE_JOINING, ctx):
        start, end = _span(match, ctx)
        # (a body, or a body's programme: "the Partnership for Peace")
        body = next((m for m in ctx.mentions if m.start == end and _is_bloc(m)), None) or _programme_after(ctx, end)
        if body is None or body.start != end or ctx.text.startswith(("'s", "’s"), body.end) and \
                not _RANKS_AFTER.match(ctx.text, body.end + 2) or \
                body.type is not EntityType.AGREEMENT and _JOINED_AS_LESS_THAN_A_MEMBER.match(ctx.text, body.end):
            # "since joining NATO's Mission Iraq", "after joining the SCO as an observer": no membership (but "since
            # joining NATO's ranks"; "joining the Partnership for Peace as a partner country" is its membership)
            continue
        if start == ctx.sentence.start:
            comma = ctx.text.find(",", body.end, ctx.sentence.end)
            states = list_after(ctx, comma + 1, MEMBER_TYPES, max_gap=2) if comma > 0 else []
        else:
            states = _opening_states(ctx)
        for state in states:
            yield Candidate(state, "member_of", body, None, (start, body.end), 0.75, _clause_time(ctx, body.end))


def _unit_named_before_of(ctx: SentenceContext, mention: Mention) -> Mention:
    """The unit or ship named right before "of" ``mention`` ("the Gajaba Regiment of the Sri Lanka Army", "HDMS X of
    the Royal Danish Navy"), which is what a verb after them is said of; else ``mention``."""
    return next((m for m in ctx.mentions if m.type is EntityType.MILITARY_UNIT and m.end < mention.start
                 and OF_THE_GAP.fullmatch(ctx.text, m.end, mention.start)), mention)


def _names_a_unit_after(ctx: SentenceContext, mention: Mention) -> bool:
    """Whether a force's name is only the start of a unit's named right after it ("the People's Liberation Army
    Southern Theater Command")."""
    return mention.type is EntityType.MILITARY_UNIT and ctx.text.startswith(" ", mention.end) and any(
        m.type is EntityType.MILITARY_UNIT and m.start == mention.end + 1 for m in ctx.mentions)


# "The kingdom joined the International Maritime Security Construct in 2019, alongside A and B": fellows in joining a
# thing that is no drills
_JOINED_ANOTHER_THING_BEFORE = re.compile(r"\bjoin(?:s|ed)?\s+(?:the\s+)?(?-i:[A-Z])(?:(?!\b(?:drills?|exercises?|"
                                          r"manoeuvres|maneuvers|war\s?games)\b)[^,;])*,?\s*$", re.IGNORECASE)


def _joined_another_thing_before(ctx: SentenceContext, position: int) -> bool:
    """Whether "alongside" at ``position`` follows the joining of a named thing that is no exercise ("joined the
    International Maritime Security Construct in 2019, alongside A and B")."""
    joined = _JOINED_ANOTHER_THING_BEFORE.search(ctx.text, max(ctx.sentence.start, position - 100), position)
    return joined is not None and not any(m.type is EntityType.EXERCISE and joined.start() < m.start < position
                                          for m in ctx.mentions)


# ("Armenia has not left the alliance, which also includes A and B": the relative clause on the body)
_WHICH_BEFORE_INCLUDES = re.compile(r",\s+(?:which|that)\b(?=\s+(?:\w+\s+)?(?:includes|included|include|comprises|"
                                    r"comprised|comprise|brings|unites|consists)\b)")


_WHICH_ALSO = re.compile(r"(?:\s*\([A-Z]{2,10}\))?,\s+(?:which|that)\s+also\s+")


def _subject_of_also(ctx: SentenceContext, org: Mention, start: int, end: int) -> Mention | None:
    """The state opening the sentence, when the body named right before "which also includes" in it is the
    object of that state's own clause ("Armenia has frozen its participation in the CSTO, which also includes A")."""
    if org.start < ctx.sentence.start or not _WHICH_ALSO.match(ctx.text, org.end, end):
        return None
    subject = ctx.mentions[0]
    if subject.type is not EntityType.STATE or subject.kind == "demonym" or not _opens_sentence(ctx, subject) or \
            any(m.type in ORGS for m in ctx.mentions if subject.end <= m.start < org.start):
        return None
    return subject


# ("joined the EU's Coordinated Maritime Presences": a named thing of the body's that kg does not know)
_UNKNOWN_NAMED_THING = re.compile(r"[A-Z][\w-]+\b")


# "Five of the eight Arctic Council members – A, B, ... – are Nordic states; the others are C, D and E"
_SOME_OF_THE_MEMBERS = re.compile(rf"\b(?:\d+|{TWO_TO_TEN}|eleven|twelve|some|most|"
                                  r"several)\s+of\s+(?:the|its|their)\s+(?:\d+\s+|[a-z]+\s+)?(?=\S)",
                                  re.IGNORECASE)
_THE_OTHERS_ARE = re.compile(r"[;,]\s+(?:while\s+|and\s+)?the\s+(?:others|rest|remaining\s+(?:ones|members|"
                             rf"states|countries|(?:\d+|{TWO_TO_TEN})))\s+"
                             r"(?:are|were|include)\s+", re.IGNORECASE)


# "Fourteen of them are NATO allies; Finland and Sweden join as partner nations": some of the list before
_SOME_OF_THEM_ARE = re.compile(rf"(?P<count>\d+|{'|'.join(_COUNT_WORDS)}|all)\s+of\s+them\s+(?:are|were)\s+"
                               r"(?:(?:also|already|now)\s+)?(?:(?:full|fellow)\s+)?(?=\S)", re.IGNORECASE)


def _counted_of_a_list_before(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Sixteen nations are taking part: A, B, ... Fourteen of them are NATO allies; C and D join as partners": the
    states of the list before that this sentence does not set apart are members, when the count says so."""
    some = _SOME_OF_THEM_ARE.match(ctx.sentence.text)
    org = next((m for m in ctx.mentions if some and m.start == ctx.sentence.start + some.end() and m.type in ORGS
                and _MEMBERS_NOUN_AFTER.match(ctx.text, m.end)), None)
    if org is None:
        return
    word = some.group("count").lower()
    apart = {m.label for m in ctx.mentions if m.type is EntityType.STATE and m.start > org.end and m.kind != "demonym"}
    lists = [earlier for earlier in reversed(ctx.state_lists) if earlier[-1].end <= ctx.sentence.start]
    listed = lists[0] if lists else []
    count = len(listed) - len(apart) if word == "all" and not apart else _count_of(word)
    if not listed or len(listed) - len(apart) != count or not apart <= {m.label for m in listed}:
        return  # (the count must fit the list: "Fourteen of them" of sixteen, two set apart)
    for state in listed:
        if state.label not in apart:
            yield Candidate(state, "member_of", org, None, (ctx.sentence.start, org.end), 0.7)


# "Its newest members, Finland and Sweden, were present": the members of the body "its" refers to, set off
_ITS_MEMBERS_SET_OFF = re.compile(rf"Its\s+(?:(?:\d+|{TWO_TO_TEN})\s+)?"
                                  r"(?:(?:newest|latest|new|other|remaining|founding|original|full)\s+)?"
                                  r"(?:members|member\s+states|member\s+countries),\s+")


def _its_members_set_off(ctx: SentenceContext) -> Iterator[Candidate]:
    """"NATO met in Brussels. Its newest members, Finland and Sweden, were present": two or more states set off
    after "its ... members" are members of the body "its" refers to."""
    opening = _ITS_MEMBERS_SET_OFF.match(ctx.sentence.text)
    org = _its_body(ctx) if opening else None
    members = list_after(ctx, ctx.sentence.start + opening.end(), MEMBER_TYPES, max_gap=0) if org else []
    closed = members and _ASIDE_CLOSES.match(ctx.text, members[-1].end)
    for state in members if len(members) > 1 and closed else ():
        yield Candidate(state, "member_of", org, None, (ctx.sentence.start, ctx.sentence.start + opening.end()), 0.75,
                        scope=(ctx.sentence.start, members[-1].end))


# "Fellow members Chile and Peru opposed it", "Founding members A and B signed the charter": states named right
# after a bare members noun that opens the sentence, of the body the text is on
_BARE_MEMBERS_OPENING = re.compile(r"(?P<kind>Fellow|Founding|Other|Full)\s+(?:members?|member\s+states?|"
                                   r"member\s+countries)\s+(?:the\s+)?(?=[A-Z])")


def _bare_members_opening(ctx: SentenceContext) -> Iterator[Candidate]:
    """"The bloc met in Lima. Founding members Chile and Peru signed the charter.": members (and founders) of the
    body an earlier sentence named."""
    opening = _BARE_MEMBERS_OPENING.match(ctx.sentence.text)
    org = _its_body(ctx) if opening else None
    start = ctx.sentence.start + opening.end() if org is not None else -1
    states = list_after(ctx, start, MEMBER_TYPES, max_gap=0) if org is not None else []
    if not states or states[0].start != start:
        return
    for state in states:
        yield Candidate(state, "member_of", org, None, (ctx.sentence.start, states[-1].end), 0.7,
                        scope=(ctx.sentence.start, states[-1].end))
        if opening.group("kind") == "Founding":
            yield Candidate(org, "founded_by", state, None, (ctx.sentence.start, states[-1].end), 0.7,
                            scope=(ctx.sentence.start, states[-1].end))


# "The Andean Community's member states, A, B and C, agreed", "the members of the bloc – A, B and C –": two or more
# states set off after the body's members noun; a count before the noun must be the list's
# ("the Andean Community's observers, A and B,": its observers, or partners, as the noun says)
_STANDING_NOUNS = (r"(?P<noun>members|member\s+states|member\s+countries|observers|observer\s+states|"
                   r"(?:dialogue\s+)?partners)")
_BODYS_MEMBERS_SET_OFF = re.compile(rf"(?:’s|'s)\s+(?:(?P<count>\d+|{TWO_TO_TEN})\s+)?"
                                    r"(?:(?:founding|full|other|remaining|current)\s+)?"
                                    rf"{_STANDING_NOUNS}(?P<dash>,|\s+(?:[—–]|--?))\s+", re.IGNORECASE)
_MEMBERS_OF_BEFORE_BODY = re.compile(rf"\b(?:the\s+)?(?:(?P<count>\d+|{TWO_TO_TEN})\s+)?"
                                     rf"{_STANDING_NOUNS}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_MEMBERS_SET_OFF_CUE = re.compile(r"(?:member(?:s|\s+states|\s+countries)|observers|observer\s+states|partners)"
                                  r"(?:,|\s+[-—–]|\s+of\s)")
_SET_OFF_AFTER_BODY = re.compile(r"(?P<dash>,|\s+(?:[—–]|--?))\s+")
_DASH_CLOSES = re.compile(r"\s+(?:[—–]|--?)\s")


def _members_set_off_after_the_body(ctx: SentenceContext) -> Iterator[Candidate]:
    """"The Andean Community's member states, Chile, Colombia, Ecuador and Peru, agreed": the states set off after
    the body's members noun (or after "the member states of" the body) are its members."""
    for org in ctx.mentions:
        if org.type not in ORGS or not ctx.sentence.start <= org.start < ctx.sentence.end:
            continue
        opening = _BODYS_MEMBERS_SET_OFF.match(ctx.text, org.end)
        if opening is None:
            before = _MEMBERS_OF_BEFORE_BODY.search(ctx.text, max(ctx.sentence.start, org.start - 40), org.start)
            opening = _SET_OFF_AFTER_BODY.match(ctx.text, org.end) if before is not None else None
            count, noun = (before.group("count"), before.group("noun")) if opening is not None else (None, "")
        else:
            count, noun = opening.group("count"), opening.group("noun")
        states = list_after(ctx, opening.end(), MEMBER_TYPES, max_gap=0) if opening is not None else []
        closes = _ASIDE_CLOSES if opening is not None and opening.group("dash") == "," else _DASH_CLOSES
        if len(states) < 2 or states[0].start != opening.end() or not closes.match(ctx.text, states[-1].end) or \
                count and len(states) != _count_of(count):
            continue
        relation = _status_relation(noun.lower())
        for state in states:
            yield Candidate(state, relation, org, None, (org.start, opening.end()), 0.75,
                            scope=(org.start, states[-1].end))


# "Bolivia is not yet a member.", "A and B are not part of the new force": a standing in the body the text is on,
# with no body named in the sentence
_BARE_STANDING = re.compile(r"\s+(?:is|are|was|were|remains?|remained)\s+(?:(?:not|no\s+longer)\s+)?"
                            r"(?:(?:yet|now|still|also|formally|already|officially)\s+)*"
                            r"(?:(?:an?\s+)?(?:full\s+)?(?P<kind>members?|observers?)"
                            # ("A and B are observers, although B has not attended since 2021")
                            r"(?=\s*[.:;]|\s+(?:yet|either)\b|,\s+(?:although|though|but|while)\b)|"
                            r"(?:a\s+)?part\s+of\s+the\s+(?:new\s+)?(?:force|coalition|mission|operation|alliance|bloc|"
                            r"grouping|initiative)\b)")


def _bare_standing(ctx: SentenceContext) -> Iterator[Candidate]:
    """"NATO met in Brussels. Bolivia is not yet a member.": the sentence's subject states and the body an earlier
    sentence named (none where the sentence names one)."""
    for match in _BARE_STANDING.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        if any(m.type in ORGS for m in ctx.mentions if ctx.sentence.start <= m.start < match.end()):
            return  # (a body named after the clause, in another one, is no standing's: "..., although X ...")
        states = _subjects_before(ctx, match.start(), MEMBER_TYPES)
        if not states or not _OPENS_THE_SENTENCE_BEFORE.fullmatch(ctx.text, ctx.sentence.start, states[0].start):
            continue
        org = _its_body(ctx)
        relation = _status_relation(match.group("kind") or "")
        for state in states if org is not None else ():
            yield Candidate(state, relation, org, None, (state.start, match.end()), 0.7)


_OPENS_THE_SENTENCE_BEFORE = re.compile(r"\s*(?:But\s+|And\s+|So\s+far,\s+|For\s+now,\s+)?(?:the\s+)?")


# "... brought together leaders of its members Chile, Peru and Ecuador": the states the possessive's noun names
_ITS_MEMBERS_NAMED = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:(?:fellow|founding|full|other|newest)\s+)?"
                                r"(?:members|member\s+states|member\s+countries|allies)\s+(?:the\s+)?(?=[A-Z])")


def _its_members_named(ctx: SentenceContext) -> Iterator[Candidate]:
    """The states named right after "its members" inside a sentence, members of the body named last before it (in
    the sentence, else the one "its" refers to)."""
    for match in _ITS_MEMBERS_NAMED.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        states = list_after(ctx, match.end(), MEMBER_TYPES, max_gap=0)
        if not states or states[0].start != match.end():
            continue
        before = next((m for m in reversed(ctx.mentions) if ctx.sentence.start <= m.start
                       and m.end <= match.start() and m.kind != "demonym"
                       and (m.type in ORGS or m.type is EntityType.STATE)), None)
        # (the owner "its" stands for: "the US and its allies Japan and Korea" are no body's members)
        org = (before if before.type in ORGS else None) if before is not None else _its_body(ctx)
        for state in states if org is not None else ():
            yield Candidate(state, "member_of", org, None, (match.start(), states[-1].end), 0.7,
                            scope=(match.start(), states[-1].end))


def _the_other_members(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Five of the eight Arctic Council members – A, B, ... – are Nordic states; the others are C, D and E": the
    others are members of the body the sentence counts some of the members of."""
    others = _THE_OTHERS_ARE.search(ctx.sentence.text)
    some = _SOME_OF_THE_MEMBERS.search(ctx.sentence.text, 0, others.start()) if others else None
    at = ctx.sentence.start + some.end() if some else -1
    org = next((m for m in ctx.mentions if m.start == at and m.type in ORGS
                and _MEMBERS_NOUN_AFTER.match(ctx.text, m.end)), None)
    start = ctx.sentence.start + others.end() if others else 0
    for state in list_after(ctx, start, MEMBER_TYPES, max_gap=4) if org is not None else ():
        yield Candidate(state, "member_of", org, None, (ctx.sentence.start + others.start(), start), 0.75)


# "... with Romania and Turkey, also members of the alliance": the list the apposition is set off after
# ("A and B, fellow members of the GCC", "A and B, the two other members of X", "A nor B, both veto-wielding
# permanent members of the Security Council")
_ALSO_MEMBERS_SET_OFF = re.compile(rf",\s+(?:also|both|all|fellow|(?:the\s+)?(?:{TWO_TO_TEN})\s+other)\s+"
                                   r"(?:[a-z][\w-]*\s+){0,2}?members\s+of\s+")
# "Several allies, including Belgium and Slovakia, ...": members of the alliance spoken of (a count or quantity
# before "allies", no owner: not "U.S. allies, such as Japan")
_ALLIES_INCLUDING = re.compile(r"\b(?:[Ss]everal|[Ss]ome|[Oo]ther|[Mm]any|"
                               rf"[Ff]ellow|(?:{TWO_TO_TEN}))\s+allies,?\s+(?:including|such\s+as|among\s+them)\s+"
                               r"(?:the\s+)?")


# "A and B, the only allies that have yet to ratify it": allies set off after their list, of the alliance spoken of
_THE_ALLIES_SET_OFF = re.compile(rf",\s+the\s+(?:only|last|other|remaining|(?:{TWO_TO_TEN}))\s+"
                                 rf"(?:(?:{TWO_TO_TEN})\s+|other\s+)?allies\b(?!['’])")
# "X, a grouping set up in 2015, of which Peru is a member": the body the relative clause is on
_OF_WHICH = re.compile(r",\s+of\s+which\s+(?:the\s+)?")
_OF_WHICH_STANDING = re.compile(r"\s+(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:(?:also|still|now|not|"
                                r"no\s+longer)\s+)*(?:an?\s+)?(?:founding\s+|full\s+)?members?\b")


def _of_which_a_member(ctx: SentenceContext) -> Iterator[Candidate]:
    """"the X, a 40-nation grouping set up in 2015, of which Pakistan is a member": the states the relative clause
    names are members of the body named last before it."""
    for match in _OF_WHICH.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        states = list_after(ctx, match.end(), MEMBER_TYPES, max_gap=0)
        standing = _OF_WHICH_STANDING.match(ctx.text, states[-1].end) if states else None
        org = _nearest_before(ctx, match.start(), ORGS, max_gap=match.start() - ctx.sentence.start) \
            if standing is not None and states[0].start == match.end() else None
        for state in states if org is not None else ():
            yield Candidate(state, "member_of", org, None, (match.start(), standing.end()), 0.75,
                            scope=(match.start(), standing.end()))


def _members_set_off_or_allies_including(ctx: SentenceContext) -> Iterator[Candidate]:
    """Members named in an apposition after a list ("A and B, also members of the alliance") or "including" after a
    count of allies ("several allies, including A and B"), or allies set off after theirs ("A and B, the only
    allies that have yet to ratify it")."""
    for match in _THE_ALLIES_SET_OFF.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end) \
            if ", the " in ctx.folded else ():
        alliance = next((b for b in reversed(ctx.bodies) if b.type is EntityType.ALLIANCE), None)
        for state in list_before(ctx, match.start(), (EntityType.STATE,), max_gap=0) if alliance else ():
            yield Candidate(state, "member_of", alliance, None, (state.start, match.end()), 0.7,
                            scope=(state.start, match.end()))
    for match in _ALSO_MEMBERS_SET_OFF.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        body = _org_reference(ctx, match.end())
        if body is None or body.start - match.end() > 12:
            continue
        for state in list_before(ctx, match.start(), MEMBER_TYPES, max_gap=0):
            # (the apposition's own words: "Neither A nor B, both members of X, is taking part" denies no membership)
            yield Candidate(state, "member_of", body, None, (state.start, body.end), 0.7,
                            scope=(match.start(), body.end))
    for match in _ALLIES_INCLUDING.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        alliance = next((b for b in reversed(ctx.bodies) if b.type is EntityType.ALLIANCE), None) \
            if not any(m.type in ORGS for m in ctx.mentions if m.end <= match.start()) else None
        for state in list_after(ctx, match.end(), (EntityType.STATE,), max_gap=0) if alliance is not None else ():
            yield Candidate(state, "member_of", alliance, None, (match.start(), state.end), 0.7)


def _bodys_members_set_off(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Romania and Bulgaria, NATO's frontline states on the Black Sea": the list before the body's members set off
    after it."""
    for body in ctx.mentions:
        if body.type not in ORGS or not _SET_OFF_BEFORE_BODY.search(ctx.text, max(ctx.sentence.start, body.start - 8),
                                                                     body.start):
            continue
        kind = _MEMBERS_KIND_AFTER_BODY.match(ctx.text, body.end)
        if kind is None:
            continue
        comma = ctx.text.rfind(",", ctx.sentence.start, body.start)
        for state in list_before(ctx, comma, MEMBER_TYPES, max_gap=0):
            yield Candidate(state, "member_of", body, None, (state.start, kind.end()), 0.7,
                            scope=(comma, kind.end()))


_SET_OFF_BEFORE_BODY = re.compile(r",\s+(?:the\s+)?$")
# ("'s frontline states", "'s easternmost members", "'s two newest member states": not "'s partner states")
_MEMBERS_KIND_AFTER_BODY = re.compile(r"['’]s\s+(?:(?!(?:partner|observer|candidate|aspiring|former|non-member|"
                                      r"neighbou?ring|would-be|prospective)\b)[\w-]+\s+){0,2}"
                                      r"(?:member\s+states|member\s+countries|members|allies|states)\b")


def _membership(ctx: SentenceContext) -> Iterator[Candidate]:
    if "joining" in ctx.folded or "acceding" in ctx.folded or "admitted" in ctx.folded:
        yield from _joined_says_a_gerund(ctx)
    if "though" in ctx.folded or "while" in ctx.folded or "despite" in ctx.folded:
        yield from _concessive_member(ctx)
    if "followed" in ctx.folded:
        yield from _followed_in_joining(ctx)
    if "s membership " in ctx.folded:
        yield from _membership_dating_back(ctx)
    if "member" in ctx.folded or "allies" in ctx.folded or ", the " in ctx.folded and (
            "countries" in ctx.folded or "states" in ctx.folded or "nations" in ctx.folded):
        yield from _counted_members(ctx)
    if " since " in ctx.folded:
        yield from _a_member_since(ctx)
    if "s founding members" in ctx.folded or "s full members" in ctx.folded or "s only members" in ctx.folded \
            or "s sole members" in ctx.folded:
        yield from _the_bodys_members(ctx)
    if "the others" in ctx.folded or "the rest" in ctx.folded or "the remaining" in ctx.folded:
        yield from _the_other_members(ctx)
    if " of them " in ctx.folded:
        yield from _counted_of_a_list_before(ctx)
    if ctx.folded.startswith("its ") and "members, " in ctx.folded:
        yield from _its_members_set_off(ctx)
    if " member" in ctx.folded or " part of the " in ctx.folded or " observer" in ctx.folded:
        yield from _bare_standing(ctx)
    if "its member" in ctx.folded or "their member" in ctx.folded or "its allies " in ctx.folded or \
            "their allies " in ctx.folded or "its fellow" in ctx.folded or "its founding" in ctx.folded:
        yield from _its_members_named(ctx)
    if ", of which " in ctx.folded:
        yield from _of_which_a_member(ctx)
    if ctx.folded.startswith(("fellow member", "founding member", "other member", "full member")):
        yield from _bare_members_opening(ctx)
    if _MEMBERS_SET_OFF_CUE.search(ctx.folded):
        yield from _members_set_off_after_the_body(ctx)
    if "cooperat" in ctx.folded:
        yield from _through_a_programme(ctx)
    if "joined by" in ctx.folded or "joined " in ctx.folded and " by " in ctx.folded:
        yield from _joined_by(ctx)
    if ", joining " in ctx.folded:
        yield from _joining_the_members(ctx)
    if "readmitted" in ctx.folded or "reinstated" in ctx.folded:
        yield from _readmitted_after_suspension(ctx)
    if " members of " in ctx.folded and (", also " in ctx.folded or ", both " in ctx.folded or ", all " in ctx.folded
                                         or ", fellow " in ctx.folded or " other members of " in ctx.folded) or \
            "allies, " in ctx.folded or " allies " in ctx.folded and ", the " in ctx.folded:
        yield from _members_set_off_or_allies_including(ctx)
    if " but " in ctx.folded and (" not " in ctx.folded or " never " in ctx.folded):
        yield from _a_standing_but_no_membership(ctx)
    if " that " in ctx.folded or " which " in ctx.folded:
        yield from _kinds_that_are_members(ctx)
    for match in _finditer_ascii(_INCLUDES, _INCLUDES_LOWER, ctx):
        start, end = _span(match, ctx)
        org = _org_before(ctx, start, 60, _INCLUDER_ANAPHOR) or next(
            (m for m in reversed(ctx.mentions) if m.type in ORGS and m.end <= start
             and _DESCRIBED_BODY_THAT.fullmatch(ctx.text, m.end, start)), None)
        opening = _subject_before_an_aside(ctx, start)
        if opening is not None and (org is None or org.start > opening.end):
            org = opening  # "The JEF, set up to act below the threshold of a NATO response, groups A": not NATO
        elif org is not None and (unknown := _UNNAMED_SUBJECT_ASIDE.fullmatch(ctx.text, ctx.sentence.start, start)) \
                and org.start >= unknown.end("name") and not any(
                    unknown.start("name") <= m.start < unknown.end("name") for m in ctx.mentions):
            continue  # "Zone F, one of three maritime zones of ECOWAS, groups A, B": a subject kg does not know
        apposed = next((m for m in ctx.mentions if m.type in ORGS and m.end <= start
                        and _GROUP_OF_MEMBERS_SET_OFF.fullmatch(ctx.text, m.end, start)), None) \
            if org is not None and org.end <= start else None
        # "The Bucharest Nine (B9), a group of NATO members made up of A, B and C": members of the group, and of
        # the body that counts them
        counted_in_aside = org if apposed is not None and org.start > apposed.end else None
        org = apposed or org
        other_ones = _THE_OTHER_ONES_OPENING.fullmatch(ctx.text, ctx.sentence.start, start) if org is None else None
        if other_ones and not _STANDING_WORD.search(ctx.text, _sentences_back(ctx, 1), ctx.sentence.start):
            # (only after a sentence on a standing in the body: "Vietnam is the bloc's newest partner.", "The SCO
            # admitted Belarus as its tenth member.")
            other_ones = None
        if org is None and (other_ones or re.fullmatch(r"\s*The\s*", ctx.text[ctx.sentence.start:start])
                            and match.group(0).lstrip().startswith("founding")):
            # "The other partners are A and B", "The founding members were A, B": the body's the text is on
            org = _its_body(ctx)
        if org is None and (match.group(0).lstrip().lower().startswith("members") and _MEMBERS_OPENING.fullmatch(
                ctx.text, ctx.sentence.start, start) or _FRONTED_IT.fullmatch(ctx.text, ctx.sentence.start, start)
                or _THEY_OPENING.fullmatch(ctx.text, ctx.sentence.start, start) and _counted_members_before(ctx)):
            # "Remaining members include A, B and C", "After the split of Czechoslovakia it has comprised A, B":
            # of the body named before
            org = ctx.last_org
        if org is None and ctx.last_org is not None and ctx.last_org.start >= _sentences_back(ctx, 1) and \
                _STANDING_ROSTER_BEFORE.search(ctx.text[ctx.sentence.start:start]) and \
                not _DRILLS_WORD.search(ctx.text, ctx.last_org.end, start):
            # "Dialogue partners include A and B", "..., and the roster of dialogue partners includes A, B": of the
            # body the text is on (not the observers of drills spoken of since)
            org = ctx.last_org
        if org is not None and org.start < ctx.sentence.start and ctx.exercise is not None and \
                match.group(0).rstrip().endswith("from"):
            continue  # "It brings together contingents from A and B" after the exercise's name: it is the exercise
        if org is not None and match.group(0).rstrip().endswith(("them", "ing")) and match.group(0).lstrip().startswith(
                ("unites", "brings")) and (org.start < ctx.sentence.start or not _SUBJECT_THEN_VERB.fullmatch(
                    ctx.text, org.end, start)):
            # "It unites about 30 countries, among them A, B": "it" may be a body kg does not know; "X, backed by
            # the EU, unites ...": the EU is no subject
            continue
        if org is not None and org.start >= ctx.sentence.start and _ACCORDING_TO_OPENING.fullmatch(
                ctx.text, ctx.sentence.start, org.start):
            continue  # "According to the Pentagon, the coalition includes A": the source, no includer
        if org is None:
            yield from _treaty_brings_together(ctx, start, end)
            continue
        # "ASEAN's dialogue partners include ...", "its observers include ...": not its members.
        head = ctx.text[max(org.end, ctx.sentence.start) if org.end <= start else start - 40:start].lower()
        if ctx.sentence.start <= org.start and _AGENT_OF_ANOTHER_NOUN_BEFORE.search(
                ctx.text, max(ctx.sentence.start, org.start - 50), org.start):
            continue  # "The list of participants released by the Pentagon included A and B": the list's subject
        if _NOT_MEMBERS_HEAD.search(head) or ctx.sentence.start <= org.start and org.end <= start and \
                not match.group(0).lstrip().lower().startswith("member") and \
                _ANOTHER_HEAD_AFTER_BODY.fullmatch(ctx.text, org.end, start) and \
                not any(org.end < m.start < start for m in ctx.mentions
                        if m.type in ORGS or m.type is EntityType.AGREEMENT):
            # "According to a list published by the ministry, the participants include A, B": drills'; "the EU's
            # sanctions list includes A": another thing the body's name qualifies
            continue
        # ("Its observer states are A and B": the cue names the standing; "Observer states of the Arctic Council
        # include A and B": the noun of the body named after it)
        lead = _STANDING_OF_BEFORE.search(ctx.text, max(ctx.sentence.start, org.start - 60), org.start) \
            if ctx.sentence.start <= org.start < start else None
        if lead is not None and (lead.group("aspiring") and not lead.group("applied") or _FORMER_BEFORE.search(
                ctx.text, max(ctx.sentence.start, lead.start() - 16), lead.start())) or \
                ctx.sentence.start <= org.start < start and _FORMER_MEMBERS_BEFORE.search(
                    ctx.text, max(ctx.sentence.start, org.start - 40), org.start):
            continue  # "Countries hoping to join X include A", "Former observer states (members) of X": not now
        head += lead.group(0).lower() if lead is not None else ""
        # ("has two observer states: A and B": the standing the count names)
        relation = "partner_of" if "partner" in head else "observer_of" if "observer" in head or \
            "observer" in match.group(0).lower() else "member_of"
        if lead is not None and lead.group("applied"):
            relation = "applied_for_membership_of"  # "Countries that have applied to join BRICS include A and B"
        listed_at = end + 1 if ctx.text.startswith(":", end) else end
        listed_at += 5 if ctx.text.startswith(" both ", listed_at) else 0  # "that includes both A and B"
        members = list_after(ctx, listed_at, MEMBER_TYPES, max_gap=5)
        counted_states = _STATES_COUNTED_AT.match(ctx.text, listed_at) if not members else None
        if counted_states is not None and counted_states.group("count"):
            # "which brings together the three countries and the United States": the last three the text listed
            members = _last_list_of(ctx, _NUMBER_WORDS[counted_states.group("count").lower()])
            more = _AND_MORE.match(ctx.text, counted_states.end()) if members else None
            members += list_after(ctx, more.end(), MEMBER_TYPES, max_gap=0) if more else []
        # "also includes regional heavyweights A, B and C", "brings together mostly European countries, along with
        # A, B and C": the kind of members, then the ones it names
        for kind_of_members in (_KIND_OF_MEMBERS_NAMED, _KIND_OF_MEMBERS_THEN_ALONG_WITH):
            described = kind_of_members.match(ctx.text, end) if not members else None
            if described is not None:
                members = list_after(ctx, described.end(), MEMBER_TYPES, max_gap=0)
        grouped = _MEMBERS_GROUPED_BY_PLACE.match(ctx.text, end) if not members else None
        if grouped is not None:
            members = list_after(ctx, grouped.end(), MEMBER_TYPES, max_gap=0)
            next_group = _NEXT_GROUP_BY_PLACE.match(ctx.text, members[-1].end) if members else None
            members += list_after(ctx, next_group.end(), MEMBER_TYPES, max_gap=0) if next_group else []
        counted = _COUNT_BEFORE_COLON.search(match.group(0)) if ctx.text.startswith(":", end) else None
        if counted is not None and len(members) < _count_of(counted.group(1)):
            # "brings together ten countries: the UK as the framework nation and A, B and C, which ...; D and E,
            # which ...; and F": a roster its asides break up, whole when as many states follow as it counts
            roster = list({m.label: m for m in ctx.mentions if m.start > end and m.type is EntityType.STATE
                           and m.kind != "demonym"}.values())
            members = roster if len(roster) == _count_of(counted.group(1)) else members
        if members and match.group(0).lower().endswith("binds") and not _TO_ACT_TOGETHER.match(ctx.text,
                                                                                               members[-1].end):
            continue  # "the FPDA binds A and B to consult": its members; not "binds A and B to single-market rules"
        alongside = _ALONGSIDE.match(ctx.text, members[-1].end) if members else None
        if alongside:  # "still includes Russia and Ukraine alongside Turkey, Romania and ..."
            members += list_after(ctx, alongside.end(), MEMBER_TYPES, max_gap=0)
        more_of_a_kind = _AS_WELL_AS_A_KIND.match(ctx.text, members[-1].end) if members else None
        if more_of_a_kind:  # "includes A, B and C as well as the Gulf states D and E"
            members += list_after(ctx, more_of_a_kind.end(), MEMBER_TYPES, max_gap=0)
        besides = _BESIDES_OPENING.match(ctx.text, ctx.sentence.start) if members else None
        if besides:  # "Besides Armenia, the bloc's members are Russia, ...": one more
            before = org.start if org.start >= ctx.sentence.start else start  # the body, or "it", named after
            members = [m for m in list_after(ctx, besides.end(), MEMBER_TYPES, max_gap=4) if m.end <= before] + members
        # "X is not a member of the JEF, a grouping that includes A and B": the clause on the body is theirs
        # ("The CSTO met. Armenia has not left the alliance, which also includes A and B": the relative clause's own,
        # not the main clause's denial, when the body is one named before the sentence)
        relative = _WHICH_BEFORE_INCLUDES.search(ctx.text, max(ctx.sentence.start, start - 20), end) \
            if org.end < ctx.sentence.start else None
        scope = (relative.start() if relative else max(org.end, ctx.sentence.start), members[-1].end) \
            if members and org.end <= start else None
        # "It brings together nine NATO members ...: A, B": members of the body it counts them by too
        counted_by = next((m for m in ctx.mentions if start <= m.start and m.end <= end and m.type in ORGS
                           and _MEMBERS_NOUN_AFTER.match(ctx.text, m.end)), None) if members else None
        counted_by = counted_by or (counted_in_aside if members else None)
        counted_ones = _before_as_well_as(ctx, members) if counted_by is not None else []
        founders = relation == "member_of" and org.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION) and \
            _FOUNDING_MEMBERS_ARE.match(match.group(0)) is not None
        signatories = "signatories" in match.group(0)  # (who signed a body's founding act: founders alone)
        subject = _subject_of_also(ctx, org, start, end) if members and relation == "member_of" else None
        if subject is not None and all(m.label != subject.label for m in members):
            # "Armenia has frozen its participation in the CSTO, which also includes A and B": the subject is one too
            yield Candidate(subject, relation, org, None, (start, end), 0.75, scope=scope)
        for state in members:
            if signatories:
                yield Candidate(org, "founded_by", state, None, (start, end), 0.75, scope=scope)
                continue
            yield Candidate(state, relation, org, None, (start, end), 0.85, scope=scope)
            if founders:  # "Its founding members were A, B and C"
                yield Candidate(org, "founded_by", state, None, (start, end), 0.8, scope=scope)
            if counted_by is not None and counted_by is not org and state in counted_ones:
                yield Candidate(state, "member_of", counted_by, None, (start, end), 0.8, scope=scope)
    sentence = ctx.sentence.text
    for match in itertools.chain(_BRINGS_ONE.finditer(sentence) if "together with" in sentence else (),
                                 _GROUPS_ONE.finditer(sentence) if "roup" in sentence else ()):
        start, end = _span(match, ctx)  # "the IOC, which brings Madagascar together with Comoros and France"
        first = list_after(ctx, end, MEMBER_TYPES, max_gap=0)
        together = (_TOGETHER_WITH if match.group(0)[0] == "b" else _WITH_MORE).match(ctx.text, first[-1].end) \
            if first else None
        org = _org_before(ctx, start, 60, _INCLUDER_ANAPHOR) if together else None
        if org is not None and match.group(0)[0] == "g" and not _GROUPS_SUBJECT_BEFORE.search(
                ctx.text, ctx.sentence.start, start) and not (
                    org.start >= ctx.sentence.start and _GROUPS_SUBJECT_GAP.fullmatch(ctx.text, org.end, start)):
            # "The EU's sanctions package groups Iran with Russia", "The CSTO, which Moscow compares with NATO,
            # groups ...": the body must be the verb's own subject
            org = None
        more = list_after(ctx, together.end(), MEMBER_TYPES, max_gap=0) if org else []
        if more and match.group(0)[0] == "g" and not _LIST_ENDS_CLAUSE.match(ctx.text, more[-1].end):
            continue  # "groups Armenia with Russia in a joint air defence system": no list of members
        for state in first + more:
            yield Candidate(state, "member_of", org, None, (start, end), 0.8)
    if "groups " in sentence or "unites " in sentence:
        yield from _grouped_sets(ctx)
    for match in (_JOINING_ONES.finditer(sentence) if "joining " in sentence else ()):
        # "Iran became a member of the SCO in 2023, joining China and Russia in the bloc": they are members
        start, end = _span(match, ctx)
        joined = list_after(ctx, end, MEMBER_TYPES, max_gap=0)
        inside = _JOINED_IN_THE_BODY.match(ctx.text, joined[-1].end) if joined else None
        if inside is None:
            continue
        org = _nearest_before(ctx, start, ORGS, max_gap=300) if inside.group("anaphor") else next(
            (m for m in ctx.mentions if m.start == inside.end() and m.type in ORGS), None)
        if org is not None and (not _BECAME_MEMBER_BEFORE.search(ctx.text, ctx.sentence.start, start)
                                or not _LIST_ENDS_CLAUSE.match(ctx.text, inside.end() if inside.group("anaphor")
                                                               else org.end)):
            # "Austria sent observers, joining A and B in NATO's Partnership for Peace programme", "joining A and
            # B in the bloc of countries urging talks": only a new member joins the members, in the body itself
            org = None
        for state in joined if org is not None else ():
            yield Candidate(state, "member_of", org, None, (start, inside.end()), 0.75)
    for match in _finditer(_ARE_MEMBERS, ctx):
        start, end = _span(match, ctx)
        orgs = _org_list_after(ctx, end)
        if orgs and match.group("partner_kind") and not (orgs[0].part_of or orgs[0].type is EntityType.AGREEMENT):
            continue  # "one of the partner countries in NATO" are its partners, not members (see _status)
        if orgs and match.group("partner") and orgs[0].type is not EntityType.AGREEMENT:
            continue  # "partners in NATO's Partnership for Peace" are its members; "partners in the SCO" are not
        if orgs and match.group("inside") and not match.group("participant") and not match.group("partner") and (
                ctx.text.startswith(("'s", "’s"), orgs[0].end)
                or not re.fullmatch(r"\s+(?:the\s+)?", ctx.text[end:orgs[0].start])):
            continue  # "is in NATO's interest", "are in talks with NATO": in the body itself only
        if orgs and match.group("inside") and _NOUN_AFTER_BODY.match(ctx.text, orgs[0].end):
            continue  # "Serbia's army is in the CSTO exercise": in something of the body's
        if not orgs or _APPLIED_TO_BECOME.search(ctx.text, max(ctx.sentence.start, start - 40), start):
            continue  # "applied on Monday to become the 12th member of Asean": an application
        if _owns_a_unit(ctx, orgs[0]):
            continue  # "a member of the African Union's Eastern Africa Standby Force": of the force, not the union
        subjects = _subjects_before(ctx, start, MEMBER_TYPES)
        copula = _COPULA_THEN_BUT.search(ctx.text, ctx.sentence.start, start) \
            if match.group(0)[:3].lower() == "but" else None
        if copula is not None:  # "A and B, which are NATO partners but not members of the alliance": the copula's
            which = _WHICH_BEFORE_VERB.search(ctx.text, ctx.sentence.start, copula.start())
            subjects = _subjects_before(ctx, which.start() if which else copula.start(), MEMBER_TYPES)
        if match.group(0).lower().startswith("as") and _WISHED_OR_FAILED_BEFORE.search(
                ctx.text, max(ctx.sentence.start, start - 80), start):
            continue  # "A and B, which both seek seats as permanent members of X", "failed to elect A as": none
        which = ctx.text.rfind(", which ", ctx.sentence.start, start) \
            if not subjects and match.group(0).lower().startswith("as") else -1
        if which >= 0 and re.search(r"\bmembers\b", match.group(0), re.IGNORECASE):
            # "..., an idea opposed by China and Russia, which both wield vetoes as permanent members of X": the
            # list the relative clause is on, each of it
            subjects = list_before(ctx, which, MEMBER_TYPES, max_gap=0)
        if not subjects and match.group(0).lower().startswith("as"):
            subjects = _of_types(ctx.mentions[:1], MEMBER_TYPES)
        # "As a founding member of CARICOM and a member of the OAS, Guyana remains ...": and the second body
        also = _AND_A_MEMBER_OF.match(ctx.text, orgs[-1].end) if orgs[-1].end > end else None
        also = also or (_NOR_TO.match(ctx.text, orgs[-1].end)
                        if "neither" in ctx.text[start:orgs[0].start].lower() else None)
        # ("neither to NATO nor to NATO's Partnership for Peace programme": the programme)
        second = [_possessed(ctx, m) for m in ctx.mentions if also and m.start == also.end() and m.type in ORGS][:1]
        as_well = _AS_WELL_AS_OF.match(ctx.text, orgs[-1].end) if not second and orgs[-1].end > end else None
        if as_well is not None:
            # "a member of IGAD, whose secretariat it hosts, as well as of the AU and the Arab League": those too
            second = list_after(ctx, as_well.end(), ORGS, max_gap=0)
        orgs = orgs + second
        if second and _UNTIL_AFTER.match(ctx.text, second[0].end):
            continue  # "which belonged neither to the EU nor to NATO until 2020": no longer so
        if not subjects and match.group(0).startswith("As") and not ctx.text[ctx.sentence.start:start].strip():
            # ... the state after the opening phrase
            comma = ctx.text.find(",", max(end, orgs[-1].end), ctx.sentence.end)
            subjects = [m for m in ctx.mentions if comma >= 0 and m.type is EntityType.STATE and m.kind != "demonym"
                        and re.fullmatch(r",\s*(?:the\s+)?", ctx.text[comma:m.start])][:1]
        subjects = _whose_country(ctx, start) or subjects or _sentence_subject(ctx, start)
        if not subjects and _IT_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 30), start):
            subjects = _opening_state(ctx)  # "X froze its part in the CSTO, although it formally remains a member"
        # the body's name here, or the words that refer back to it ("a member of the Russia-led bloc")
        referred = _BLOC_AFTER.match(ctx.text, end) if orgs[-1].end <= end else None
        orgs_end = referred.end() if referred else orgs[-1].end if orgs[-1].end > end else None
        lesser = _AS_A_LESSER_STANDING.match(ctx.text, orgs_end) if orgs_end is not None else None
        if lesser is not None:
            # "A and B sit in the group as partners rather than members": the standing it names, no membership
            standing = "partner_of" if lesser.group("standing").startswith("partner") else "observer_of"
            for state in subjects:
                yield Candidate(state, standing, orgs[-1], None, (start, lesser.end()), 0.75)
            continue
        # (those alongside are members whoever the subject is: "X ..., has held ..., and sits in the SCO alongside A")
        alongside = _ALONGSIDE.match(ctx.text, orgs_end) if orgs_end is not None else None
        if alongside:  # "India is a member of the Quad alongside the US, Japan and Australia"
            subjects = subjects + list_after(ctx, alongside.end(), MEMBER_TYPES, max_gap=0)
        along = list_after(ctx, ctx.sentence.start + match.start("along"), MEMBER_TYPES, max_gap=0) \
            if subjects and match.group("along") else []
        subjects = subjects + [m for m in along if m.end <= ctx.sentence.start + match.end("along")]
        # "became ... in 2017", "were admitted as full members of X in 2017": when they entered
        when = _clause_time(ctx, start) if match.group(0)[:4].lower() == "beca" or match.group(0)[:2].lower() == "as" \
            and _ADMITTED_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 12), start) else None
        term = _FOR_A_TERM.match(ctx.text, orgs_end) if orgs_end is not None and when is None else None
        if term is not None:  # "elected A and B as non-permanent members of X for the 2026-2027 term"
            when = _time_starting_at(ctx, term.end())
        founding = "founding" in match.group(0).lower() and not _NEGATION_BEFORE.search(match.group(0))
        for state in subjects:
            for org in orgs:
                yield Candidate(state, "member_of", org, None, (start, end), 0.85, when)
                if founding and org not in second:  # "Denmark was one of the founding members of NATO in 1949"
                    yield Candidate(org, "founded_by", state, None, (start, end), 0.8)
        denied = _BUT_NOT_OF.match(ctx.text, orgs[-1].end) if subjects else None
        other = _nearest_after(ctx, denied.end(), ORGS, max_gap=0) if denied else None
        for state in subjects if other is not None else ():  # "is a member of the EU but not of NATO"
            yield Candidate(state, "member_of", other, None, (denied.start(), other.end), 0.8,
                            scope=(denied.start(), other.end))
        elliptic = _NOT_ONE.search(ctx.text, orgs[-1].end, ctx.sentence.end) if subjects and len(orgs) == 1 else None
        if elliptic:  # "A and B are members of X; C is not."
            for state in list_after(ctx, elliptic.start("who"), MEMBER_TYPES, max_gap=4):
                yield Candidate(state, "member_of", orgs[0], None, (state.start, elliptic.end()), 0.75,
                                scope=(state.start, elliptic.end()))
        # (after the words that name the body here: "founding members of the alliance in 1949", not the year after
        # the body's name earlier in the sentence)
        founded = _YEAR_FOUNDED.match(ctx.text, orgs_end) if founding and subjects and len(orgs) == 1 \
            and orgs_end is not None else None
        if founded:
            year = _first_date(ctx, founded.start(), founded.end())
            if year:
                yield Candidate(orgs[0], "founded_in", None, year, (start, founded.end()), 0.75)
    yield from _org_noun_status(ctx, _IS_ORG_MEMBER)  # "Serbia, which is not a NATO member"
    for match in _finditer(_AMONG_ITS_MEMBERS, ctx):
        # "Saudi Arabia, Qatar and Kenya are among its members": the body the text spoke of last
        start, end = _span(match, ctx)
        owner = match.group("owner")
        named = next((m for m in ctx.mentions if m.type in ORGS and m.end == start + match.end("owner")
                      - match.start()), None) if owner and owner[:1].isupper() else None
        if owner and owner[:1].isupper() and named is None:
            continue  # ("one of Germany's members": no body kg knows by the name)
        org = named or _bloc_before(ctx, start) or ctx.last_named_org or ctx.last_org
        if org is not None and re.match(r"\s+member", ctx.text[org.end:org.end + 8]):
            continue  # "... to several CARICOM member states. A and B are among its members": another body's
        for state in _subjects_before(ctx, start, MEMBER_TYPES) if org is not None else ():
            yield Candidate(state, "member_of", org, None, (start, end), 0.8)
            if "founding" in match.group(0):  # "A, B and C were among its 12 founding members"
                yield Candidate(org, "founded_by", state, None, (start, end), 0.75)
    for match in _finditer(_WHICH_ARE_ITS_MEMBERS, ctx):
        start, end = _span(match, ctx)
        states = list_before(ctx, start, MEMBER_TYPES, max_gap=1)
        org = _nearest_before(ctx, states[0].start, ORGS, max_gap=states[0].start - ctx.sentence.start) \
            if states else None
        for state in states if org is not None else ():
            yield Candidate(state, "member_of", org, None, (start, end), 0.8, scope=(start, end))
    for match in _finditer(_OUTSIDE_ORG, ctx):
        start, end = _span(match, ctx)
        org = _org_reference(ctx, end)
        named = ctx.last_named_org
        noun = _BLOC_AFTER.match(ctx.text, end)
        if (org is None or org.start < ctx.sentence.start and named is not None and named.start > org.start) \
                and named is not None and noun is not None and (
                    noun.group(0).strip().lower().endswith("coalition") and named.kind != "gazetteer"
                    or noun.group(0).split()[-1].lower() in named.label.lower()):
            org = named  # "The IMSC ... Qatar and Oman have stayed out of the coalition": the body named last
        if org is not None and noun is not None and noun.group(0).strip().lower().endswith("alliance") and \
                org.type is not EntityType.ALLIANCE and org.start < end and "Alliance" not in org.label:
            # "NATO leaders met EU officials. Austria stayed out of the alliance", "A and B, both members of the EU,
            # remain outside the alliance": not the EU
            org = None
        # the body referred back to ("outside the alliance"), or one named that ends the clause (not "outside
        # NATO's plans")
        if org is not None and (org.start < end or _ENDS_A_CLAUSE.match(ctx.text, org.end)):
            # (set off: "A and B, both outside the EU,": denied in its own words, the trigger, whatever the clause)
            set_off = match.group(0).lstrip()[0] in ",–—-" and org.start >= end
            trigger = (start + match.group(0).rindex("outside"), org.end) if set_off else (start, end)
            for state in _subjects_before(ctx, start, MEMBER_TYPES):
                yield Candidate(state, "member_of", org, None, trigger, 0.75, scope=trigger)
    for match in _finditer(_NOT_IN_ORG, ctx):
        start, end = _span(match, ctx)
        orgs = [m for m in list_after(ctx, end, ORGS + (EntityType.AGREEMENT,), max_gap=0)
                if m.start == end and _ENDS_A_CLAUSE.match(ctx.text, m.end)]  # not "in NATO's plans"
        for state in _subjects_before(ctx, start, MEMBER_TYPES) if orgs else ():
            yield Candidate(state, "member_of", orgs[0], None, (start, orgs[0].end), 0.75)
    for match in _finditer(_APPOSITIVE_MEMBER, ctx):
        start, end = _span(match, ctx)
        orgs = [m for m in ctx.mentions if m.type in ORGS and start < m.start < end
                and not _not_a_member_now(ctx, m, start)]
        state = _nearest_before(ctx, start + 1, MEMBER_TYPES, max_gap=3)
        if state is None:
            continue
        # ("A and B, both CSTO members", "A and B, the two remaining G5 Sahel members": each of the list)
        states = list_before(ctx, state.end, MEMBER_TYPES, max_gap=0) if match.group("many") else [state]
        kind = match.group("kind") or "member"
        if kind.endswith("partner") and _TRADE_WORD.search(match.group("many") or ""):
            continue  # "both major EU trading partners": trade, no standing in the body
        relation = _status_relation(kind)
        for org, member in itertools.product(orgs, states or [state]):
            # (the apposition's own standing: not "A and B, the two remaining NATO members that had not ratified X")
            yield Candidate(member, relation, org, None, (start, end), 0.8, scope=(start, end))
    for match in _finditer(_OF_WHICH_MEMBER, ctx):
        start, end = _span(match, ctx)
        org = _org_before(ctx, start, 12, _SUBJECT_ANAPHOR)  # (or "The league, of which ...")
        head = _NAMING_HEAD.search(ctx.text, max(ctx.sentence.start, start - 30), start)
        if org is not None and head is not None and head.group(1).lower() not in org.label.lower():
            continue  # (not "The council, of which ..." of a body named without the noun: an organ kg lost)
        who_start, who_end = match.start("who") + ctx.sentence.start, match.end("who") + ctx.sentence.start
        named = [m for m in ctx.mentions if m.type in MEMBER_TYPES and m.kind != "demonym"
                 and who_start <= m.start < who_end]
        pronoun = re.fullmatch(r"it|they|both", match.group("who"), re.I)
        opening = _opening_state(ctx)
        founding = "founding" in match.group(0).lower()
        relation = "partner_of" if match.group("partner") else "observer_of" if match.group("observer") else \
            "member_of"
        for state in (named or (_sentence_subject(ctx, start) or opening if pronoun else [])) if org else ():
            yield Candidate(state, relation, org, None, (start, end), 0.8)
            if founding:  # "the Andean Community, of which it is a founding member"
                yield Candidate(org, "founded_by", state, None, (start, end), 0.75)
        denied = _BUT_NOT_ONE.match(ctx.text, end) if org else None
        for state in list_after(ctx, denied.start("who"), MEMBER_TYPES, max_gap=4) if denied else ():
            # "the EU, of which A and B are members but C is not"
            yield Candidate(state, "member_of", org, None, (state.start, denied.end()), 0.75,
                            scope=(state.start, denied.end()))
    yield from _admitted(ctx)
    for match in _finditer(_MEMBERSHIP_RULED_OUT, ctx):
        start, end = _span(match, ctx)  # "it has ruled out membership of both NATO and the CSTO"
        orgs = _org_list_after(ctx, end)
        for state in _ruling_out_states(ctx, start) if orgs else ():
            for org in orgs:
                yield Candidate(state, "member_of", org, None, (start, end), 0.75)
    for match in _finditer(_ORG_MEMBERSHIP_RULED_OUT, ctx):
        start, end = _span(match, ctx)
        if _NOT_OR_NEVER_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 20), start):
            continue  # "has never ruled out EU membership": no denial
        org = next((m for m in ctx.mentions if m.start == end and m.type in ORGS and m.kind != "demonym"
                    and _MEMBERSHIP_NOUN.match(ctx.text, m.end)), None)
        for state in _ruling_out_states(ctx, start) if org is not None else ():
            yield Candidate(state, "member_of", org, None, (start, _MEMBERSHIP_NOUN.match(ctx.text, org.end).end()),
                            0.75)
    for match in _finditer(_JOIN, ctx):
        start, end = _span(match, ctx)
        if _CANDIDATE_FOR_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 30), start):
            continue  # "Moldova, a candidate for accession to the EU": an application (see _APPLIED)
        if match.group(0).lower().startswith(("resum", "restor", "regain")) and "seat" in match.group(0) and (
                _NOT_OR_NEVER_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 20), start)
                or _AT_A_TABLE.search(ctx.text, start, ctx.sentence.end)):
            continue  # "has not resumed its seat": still a member; "resumed its seat at the council table": a seat
        if _A_THING_OF_A_BODY_JOINED.match(ctx.text, end):
            continue  # "will join projects under Pillar II of AUKUS", "joined talks with NATO": no membership
        # "joined the alliance"; "joined the Partnership for Peace": an organisation's programme
        org = _nearest_after(ctx, end, ORGS, max_gap=12) or _programme_after(ctx, end) or _org_reference(ctx, end) \
            or _programme_referred_to(ctx, end)
        if org is not None and org.start > end and "," in ctx.text[end:org.start]:
            org = None  # "will join the Estonian brigades, alongside the NATO battle group": what they join is named
        if org is not None and org.start >= end and (
                ctx.text.startswith(("'s ", "’s "), org.end) and (
                    _LOWER_CASE_THING.match(ctx.text, org.end + 3) or _UNKNOWN_NAMED_THING.match(ctx.text, org.end + 3)
                    and not any(m.start == org.end + 3 for m in ctx.mentions))
                or ctx.text.startswith(" ", org.end) and _LOWER_CASE_THING.match(ctx.text, org.end + 1)):
            # "joined the EU's military mobility project", "join NATO cyber defence centre", "joined the EU's Common
            # Security and Defence Policy framework": a thing of the body's, not the body (but "NATO's Partnership
            # for Peace", a body of its own)
            continue
        if org is not None and org.start < end and _A_REFERENCE_S_THING.match(ctx.text, end):
            continue  # "would not rejoin the bloc's activities": a thing of the body spoken of, not the body
        joined_as = _JOINED_AS.match(ctx.text, end) if org is None else None  # "... and B joined as observers"
        bare = org is None and (joined_as is not None or _JOINED_BARE.match(ctx.text, end) is not None)
        treaty = ctx.last_agreement if bare and joined_as is None else None
        spoken_of_from = _sentences_back(ctx, 2) if treaty is not None else 0
        if treaty is not None and not treaty.part_of and not any(m.type in ORGS for m in ctx.mentions) and \
                treaty.start >= spoken_of_from and (ctx.last_named_org is None
                                                    or ctx.last_named_org.start < treaty.start) and \
                not _OTHER_THING_JOINED.search(ctx.text, spoken_of_from, start):
            # (not "... held Balikatan drills under their treaty. Japan joined as well": the drills, or talks)
            # "Sweden will stay in the Ottawa Convention. The United States and China have never joined.": the treaty
            # spoken of last, not a body named before it
            for state in _subjects_before(ctx, start, (EntityType.STATE,)):
                yield Candidate(treaty, "agreement_party", state, None, (start, end), 0.7)
            continue
        if bare:  # "Brunei and Laos joined later", "..., after Iran joined in July 2023": the body spoken of
            # (one that states "signed up" to may be any scheme: only a body of the same sentence)
            # (a body one may join: not "the White House" or a ministry)
            # ("NATO's Partnership for Peace program, which it joined in 2006": the body the relative is on)
            bloc = _bloc_before(ctx, start)
            # (by its first mention in the sentence: its name, not the acronym in brackets after it)
            bloc_first = next((m for m in ctx.mentions if bloc is not None and m.label == bloc.label), None)
            if bloc_first is not None and "that" in ctx.text[bloc.end:start] and _MEETING_OF_BEFORE.search(
                    ctx.text, max(ctx.sentence.start, bloc_first.start - 40), bloc_first.start):
                bloc = None  # "told a summit of the CSTO that Russia had no problem with A joining": where he spoke
            org = _joined_in_relative(ctx, start) or bloc or (
                _salient_body(ctx, ctx.last_named_org) if not any(m.type in ORGS for m in ctx.mentions)
                and not match.group(0).startswith("signed") else None) or (
                # "suspended its membership of IGAD in 2007 and only resumed its seat in 2023": the body before
                _nearest_before(ctx, start, ORGS, max_gap=start - ctx.sentence.start)
                if match.group(0).lower().startswith(("resum", "restor", "regain")) else None)
        elif org is None and (it := _IT_AFTER.match(ctx.text, end)):  # "the X Initiative ..., and A and B joined it"
            # ("X left the bloc in 1999 and rejoined it in 2006": the body the sentence speaks of)
            org = _nearest_before(ctx, start, ORGS, max_gap=start - ctx.sentence.start) or (
                ctx.last_org if _SPOKEN_OF.search(ctx.text, ctx.sentence.start, start) else _body_it_stands_for(ctx))
            bare = org is not None
            joined_as = _JOINED_AS.match(ctx.text, it.end())  # "A and B have since joined it as observers"
        joined_with = list_after(ctx, end, MEMBER_TYPES, max_gap=1) if org is None else []
        inside = _IN_THE_BODY.match(ctx.text, joined_with[-1].end) if joined_with else None
        if inside:  # "Timor-Leste joins A, B and C in ASEAN": members already
            org = next((m for m in ctx.mentions if m.start == inside.end() and m.type in ORGS), None)
        if org is None or _ASPIRATION.search(ctx.text[max(0, start - 30):start]):
            continue
        request = _REQUEST_BY_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 70), start)
        if request is not None:  # "the requests by Finland and Sweden to join NATO": their applications
            requesting = list_after(ctx, request.end(), MEMBER_TYPES, max_gap=0)
            # (the states right before "to join": not "the request by Moldova's opposition for the country to join")
            if requesting and _TO_BEFORE_VERB.fullmatch(ctx.text, requesting[-1].end, start):
                for state in requesting:
                    yield Candidate(state, "applied_for_membership_of", _possessed(ctx, org), None,
                                    (request.start(), end), 0.75)
            continue
        for state in joined_with if inside else ():
            yield Candidate(state, "member_of", org, None, (state.start, org.end), 0.75, scope=(state.start, org.end))
        if _BODY_AS_MODIFIER.match(ctx.text, org.end):
            continue  # "joined EU sanctions against Moscow", "joined the NATO mission": what the body does
        org = _possessed(ctx, org)
        subjects = _subjects_before(ctx, start, MEMBER_TYPES)
        # ("... has proclaimed itself neutral and has no intention of joining NATO": a second, negated predicate)
        second_verb = _AND_THEN_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 40), start) or \
            _AND_NO_INTENTION_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 40), start)
        if subjects and second_verb and _PREPOSITION_BEFORE.search(
                ctx.text, max(ctx.sentence.start, subjects[0].start - 12), subjects[0].start):
            # "Belarus held drills with Russia in 2023 and in July 2024 joined the SCO": the first verb's subject,
            # not the state its preposition governs
            subjects = []
        # "... after Iran joined in July 2023 and Belarus in July 2024", "A joined in 2017, B in 2023 and C in 2024"
        # ("A and B joined NATO in April 2009, C in June 2017": after the body too)
        following = subjects[-1] if subjects else None
        position = end if bare else org.end
        while following is not None:
            gapped = _NEXT_IN_A_YEAR.match(ctx.text, position)
            # ("Chile, which joined the OAS in 1948, and Peru took part": a list, the second with its own verb)
            following = next((m for m in ctx.mentions if gapped and m.start == gapped.end()
                              and m.type is EntityType.STATE and _IN_A_YEAR_TOO.match(ctx.text, m.end)), None)
            if following is not None:
                yield Candidate(following, "member_of", org, None, (start, following.end), 0.75,
                                _clause_time(ctx, following.end))
                position = following.end
        if not subjects:
            invite = re.search(r"\binvit\w*\s+$|\bto\s+$", ctx.text[max(0, start - 12):start])
            subjects = list_before(ctx, start, MEMBER_TYPES, max_gap=12) if invite else []
        if not subjects and second_verb:
            # "X became a member of A in 2023 and joined B in 2024", "..., since X became ... and joined B", "... and
            # on January 1 joined B"
            # (or the state the sentence opens with: "Belarus held drills with Russia in 2023 and in July 2024 joined")
            subjects = [m for m in _sentence_subject(ctx, start) or _first_verbs_subject(ctx, start)
                        if not _PREPOSITION_BEFORE.search(ctx.text, max(ctx.sentence.start, m.start - 12), m.start)] \
                or _opening_state(ctx)
        if not subjects and _IT_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 20), start):
            subjects = _sentence_subject(ctx, start) or _opening_state(ctx)  # "X ..., when it joined the PfP"
        if not subjects and _HAVING_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 12), start):
            subjects = _opening_state(ctx)  # "X cooperates closely with NATO, having joined its PfP in 2006"
        founding = re.match(r"\s+as\s+(?:a|one of the)\s+founding\s+members?\b", ctx.text[org.end:org.end + 40])
        # "Mali and Niger joined the Accra Initiative as observers in 2019": a standing other than membership
        standing = _JOINED_AS.match(ctx.text, org.end) if not bare else joined_as
        relation = ("member_of" if standing is None else "observer_of" if standing.group("kind")[0] in "oO"
                    else "partner_of")
        if standing is None and not bare and _NETWORK_OF_PARTNERS.match(ctx.text, org.end):
            relation = "partner_of"  # "joined NATO's network of partners across the globe"
        together = _JOINED_TOGETHER_WITH.match(ctx.text, org.end) if subjects and not bare else None
        if together:  # "joined BRICS in January 2024 together with Egypt and Ethiopia"
            subjects = subjects + list_after(ctx, together.end(), MEMBER_TYPES, max_gap=0)
        # ("... and in March 2024 joined NATO": the date between the "and" and its verb; "joined the SCO and on 1
        # January 2024 joined BRICS": not the second verb's date)
        next_verb = _JOIN.pattern.search(ctx.text, end, ctx.sentence.end)
        next_and = _AND_THEN_BEFORE.search(ctx.text, max(end, next_verb.start() - 40), next_verb.start()) \
            if next_verb else None
        when = _clause_time(ctx, start, next_and.start() if next_and else None) or (
            _first_date(ctx, second_verb.start(), start) if second_verb else None) or (
            # ("In 2019, Chile joined the CSTO": the date the sentence opens with; not a relative clause's verb)
            _fronted_time(ctx, start) if not _RELATIVE_CLAUSE_BEFORE.search(
                ctx.text, max(ctx.sentence.start, start - 30), start) else None)
        # "Latvia joined NATO and the European Union in 2004": every body of the list the verb governs
        also = list_after(ctx, org.start, ORGS, max_gap=0)[1:] if not bare and org.start >= end else []
        if not also and not bare and org.start >= end and (_NO_JOINING_BEFORE.search(
                ctx.text, max(ctx.sentence.start, start - 20), start) or "either" in ctx.text[end:org.start]
                and _DENIAL_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 60), start)):
            # "will not join NATO or the CSTO", "no intention of joining either NATO or the CSTO": neither body (not
            # "the CSTO drills", "the SCO's bank": a thing of the body's; not "did not join A or B until 1995")
            alternative = _OR_ANOTHER.match(ctx.text, org.end)
            also = [m for m in ctx.mentions if alternative and m.start == alternative.end() and m.type in ORGS
                    and not _BODY_AS_MODIFIER.match(ctx.text, m.end) and not _NOUN_AFTER_BODY.match(ctx.text, m.end)
                    and not ctx.text.startswith(("'s", "’s"), m.end)
                    and not _NOT_YET_UNTIL.search(ctx.text, m.end, _clause_end(ctx, m.end))]
        for state in subjects:
            yield Candidate(state, relation, org, None, (start, end), 0.8, when)
            for other in also:
                yield Candidate(state, relation, other, None, (start, end), 0.75, when)
            if founding:
                yield Candidate(org, "founded_by", state, None, (start, org.end + founding.end()), 0.75)
        gapped = _ANOTHER_IN_A_YEAR.match(ctx.text, org.end) if subjects and not bare else None
        second = _nearest_after(ctx, gapped.end(), ORGS, max_gap=4) if gapped else None
        for state in subjects if second is not None else ():  # "joined NATO in 2004 and the EU in 2007"
            yield Candidate(state, "member_of", second, None, (start, second.end), 0.75,
                            _clause_time(ctx, second.end))
        for state, followed_end in _followed_suit(ctx, end) if subjects and relation == "member_of" else ():
            # "Mauritius joined in 2022, and Bangladesh followed in August 2024"
            yield Candidate(state, relation, org, None, (start, followed_end), 0.75, _clause_time(ctx, followed_end))
    for match in _finditer(_MEMBER_STATES_INCLUDING, ctx):
        start, end = _span(match, ctx)
        # "United Nations Command (UNC) member states, including ...": the body the noun is of, whatever kg took it for
        named = next((m for m in ctx.mentions if m.type in _BODIES_WITH_MEMBERS and 0 <= start - m.end <= 2
                      and ctx.text[m.end:start].strip() in ("", ")")), None)
        if named is None and (match.group("acronym") is not None
                              or _NAME_BEFORE_NOUN.search(ctx.text, max(ctx.sentence.start, start - 30), start)):
            continue  # "UN Command member states, including ...": a body kg does not know at all
        org = named or _nearest_before(ctx, start, ORGS, max_gap=start - ctx.sentence.start) or ctx.last_named_org
        if org is ctx.last_named_org and org is not None and is_organ(org) and ctx.last_org is not None and \
                _BLOC_WORD.search(ctx.text, ctx.sentence.start, start):
            # "CICA ... at the UN General Assembly. The organization brings together 28 member states, including":
            # the body, not an organ of another one
            org = ctx.last_org
        if match.group("of"):  # the body named in the trigger
            of_start = match.start("of") + ctx.sentence.start
            org = next((m for m in ctx.mentions if m.type in _BODIES_WITH_MEMBERS and of_start < m.start < end), None)
        for state in list_after(ctx, end, MEMBER_TYPES, max_gap=2) if org is not None else ():
            yield Candidate(state, "member_of", org, None, (start, end), 0.75)
    for match in _finditer(_ALL_MEMBERS_OF, ctx):
        start, end = _span(match, ctx)
        # ("A and B, all members of the Partnership for Peace,": a body's programme, which has members too)
        org = next((m for m in ctx.mentions if m.start == end and (
            m.type in _BODIES_WITH_MEMBERS or m.type is EntityType.AGREEMENT and m.part_of)), None)
        states = list_before(ctx, start, MEMBER_TYPES, max_gap=0) if org is not None else []
        alongside = _ALONGSIDE.match(ctx.text, org.end) if len(states) >= 2 else None
        if alongside and "," in alongside.group(0):
            alongside = None  # "A and B, both members of NATO, along with Austria, oppose": the verb's company
        # "A and B, both members of the Quad along with C and D,": the states it names beside them too
        others = list_after(ctx, alongside.end(), MEMBER_TYPES, max_gap=0) if alongside else []
        for state in states + others if len(states) >= 2 else ():
            yield Candidate(state, "member_of", org, None, (start, org.end), 0.8, scope=(start, org.end))
    for match in _finditer(_TO_WHICH_BELONGED, ctx):
        start, end = _span(match, ctx)  # "NATO's Partnership for Peace programme, to which Ireland has belonged"
        body = _nearest_before(ctx, start, ORGS + (EntityType.AGREEMENT,), max_gap=12) or next(
            # "OCCAR, the Bonn-based procurement agency to which A and B belong": the body the apposition is on
            (m for m in reversed(ctx.mentions) if m.type in ORGS and m.end < start
             and _APPOSED_DESCRIPTION.fullmatch(ctx.text, m.end, start)), None)
        pair = _last_pair(ctx) if match.group("pair") else None
        if body is not None and (body.type in ORGS or body.part_of):
            for state in list_after(ctx, start + len(match.group("to_which")), MEMBER_TYPES, max_gap=0) \
                    if pair is None else pair:
                yield Candidate(state, "member_of", body, None, (start, end), 0.8, _clause_time(ctx, start))
    yield from _members_named_after_the_noun(ctx)
    for match in _finditer(_WHICH_BELONGS_TO, ctx):
        start, end = _span(match, ctx)  # "the CSTO, which Belarus belongs to along with Russia and Armenia"
        org = _nearest_before(ctx, start + 1, ORGS, max_gap=8)
        states = list_after(ctx, start + len(match.group("which")), MEMBER_TYPES, max_gap=0) if org else []
        alongside = _ALONGSIDE.match(ctx.text, end) if states else None
        states += list_after(ctx, alongside.end(), MEMBER_TYPES, max_gap=0) if alongside else []
        for state in states:  # (the relative clause has its own modality: "X is not a member of the CSTO, which")
            yield Candidate(state, "member_of", org, None, (start, end), 0.8, scope=(start, states[-1].end))
    for match in _finditer(_WHICH_JOINED, ctx):
        start, end = _span(match, ctx)
        org = _nearest_before(ctx, start + 1, ORGS, max_gap=3)
        if org is None:
            continue
        states = list_after(ctx, start + len(match.group("which")), MEMBER_TYPES, max_gap=8)
        tail = ctx.text[end:ctx.sentence.end]
        states += [m for m in ctx.mentions if m.type is EntityType.STATE and m.start >= end
                   and re.fullmatch(r"[^.;]*?\b(?:and|,)\s+", ctx.text[end:m.start])
                   and re.match(r"\s+in\s+(?:19|20)\d\d", ctx.text[m.end:m.end + 9])] if tail else []
        for state in states:
            yield Candidate(state, "member_of", org, None, (start, end), 0.8)
    for match in _finditer(_BECAME_NTH, ctx):
        start, end = _span(match, ctx)
        kinds = (EntityType.ALLIANCE,) if "alliance" in match.group(0).lower() else ORGS
        org = _nearest_after(ctx, match.start("org") + ctx.sentence.start, ORGS, max_gap=4) if match.group("org") else (
            _nearest_before(ctx, start, kinds, max_gap=200) or ctx.last_org)  # "became its tenth member"
        state = _nearest_before(ctx, start, MEMBER_TYPES, max_gap=3)
        if state is None and _WHICH_BEFORE_VERB.search(ctx.text, ctx.sentence.start, start):
            state = _nearest_before(ctx, start, MEMBER_TYPES, max_gap=12)  # "X, which was admitted as ..."
        if state is None and match.group(0).startswith(("become", "became")):
            # "Sweden is set to formally become NATO's 32nd member", "Sweden formally became ...": the subject of
            # the clause
            which = _WHICH_THEN_VERBS.search(ctx.text, ctx.sentence.start, start)  # "Sweden, which is set to ..."
            state = _nearest_before(ctx, which.start(), MEMBER_TYPES, max_gap=1) if which else \
                next(iter(_subjects_before(ctx, start, MEMBER_TYPES)), None)
        if state is None and _AND_BEFORE.search(ctx.text, ctx.sentence.start, start):
            # "Sweden applied for membership together with Finland and became the alliance's 32nd member"
            state = next(iter(_opening_state(ctx)), None)
        relation = {"partner": "partner_of", "observer": "observer_of"}.get(match.group("kind"), "member_of")
        if _TRADE_WORD.search(match.group(0)[:match.start("kind") - match.start()].rstrip()):
            continue  # "China is the EU's largest trading partner": trade, no standing in the body
        if org is not None and state is not None:  # "became NATO's first global partner in Latin America"
            yield Candidate(state, relation, org, None, (start, end), 0.85, _clause_time(ctx, start))
    for match in _finditer(_MAKE_UP, ctx):
        start, end = _span(match, ctx)
        share = _A_SHARE_OF.match(ctx.text, end)
        at = share.end() if share else end
        org = _nearest_after(ctx, at, ORGS, max_gap=25)
        if org is not None and match.group(0).lower().startswith("form") and ctx.text[at:org.start].strip():
            org = None  # "the bloc the three countries formed after breaking with ECOWAS": not what they form
        at = at - 4 if ctx.text.endswith("the ", 0, at) else at  # (the patterns below read "the" themselves)
        if org is None and (_BLOC_AFTER.match(ctx.text, at, at + 50) or _HEAD_REFERENCE.match(
                ctx.text, at, min(at + 30, ctx.sentence.end))):
            org = _org_reference(ctx, at)  # "A, B and C make up the rest of the bloc": the body it refers to
        if org is None or share and ctx.text.startswith(("'s", "’s"), org.end):
            continue  # (not "make up most of NATO's troops in Poland": no membership)
        for state in _subjects_before(ctx, start, MEMBER_TYPES):
            yield Candidate(state, "member_of", org, None, (start, end), 0.8)
    for match in _finditer(_REMAIN_IN, ctx):
        start, end = _span(match, ctx)
        if _NOT_BEFORE_REMAIN.search(ctx.text, max(ctx.sentence.start, start - 16), start):
            continue  # "Armenia will not remain in the CSTO": a member now, whatever it will be
        org = next((m for m in ctx.mentions if m.start == end and _is_bloc(m) and not _NOUN_AFTER_BODY.match(
            ctx.text, m.end) and not ctx.text.startswith(("'s", "’s"), m.end)), None)  # (not "the G5 Sahel zone",
        # "NATO's waiting room")
        subjects = _subjects_before(ctx, start, (EntityType.STATE,)) or (
            _opening_state(ctx) if _WHILE_STILL_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 16), start)
            else [])
        for state in subjects if org is not None else ():
            if not _PREPOSITION_BEFORE.search(ctx.text, max(ctx.sentence.start, state.start - 12), state.start):
                yield Candidate(state, "member_of", org, None, (start, org.end), 0.75)  # (not "troops from Chad")
    for match in _finditer(_MEMBERS_OF_DASH, ctx):
        end = _span(match, ctx)[1]
        org = next((m for m in ctx.mentions if m.start == end and m.type in ORGS), None)
        org_end = org.end if org is not None else -1
        at = match.start() + ctx.sentence.start
        noun = _BLOC_NOUN_AT.match(ctx.text, end) if org is None else None
        if noun is not None and _COUNT_BEFORE.search(ctx.text, max(ctx.sentence.start, at - 12), at):
            # "All four members of the bloc — A, B, C and D —": the body "the bloc" refers to (an alliance, for
            # "the alliance": not the EU of "The EU summit ended. All four members of the alliance — ...")
            org, org_end = _bloc_before(ctx, at) or ctx.last_org, noun.end()
            if org is not None and noun.group(0).lower().endswith("alliance") and org.type is not EntityType.ALLIANCE:
                org = None
        # "the five member states of the Organization of Turkic States (OTS)—A, B, ..."
        # ("... (NORDEFCO) - Denmark, ...", "the Caribbean Community, or CARICOM: A, B, ...": its acronym first)
        dash = re.match(r"(?:\s*\([A-Z]{2,8}\)|,\s+or\s+[A-Z]{2,8}(?=:))?(?:\s*(?:[–—:(]|--|,\s+(?:namely|i\.e\.))|"
                        r"\s+-(?=\s))\s*", ctx.text[org_end:org_end + 30]) if org else None
        counted = dash is None and org is not None and _COUNT_BEFORE.search(
            ctx.text, max(ctx.sentence.start, at - 12), at)
        if counted:  # "Four members of the Quad, India, the U.S., Japan and Australia, are": two or more
            dash = re.match(r",\s*", ctx.text[org_end:org_end + 3])
            if dash and len(list_after(ctx, org_end + dash.end(), MEMBER_TYPES, max_gap=4)) < 2:
                dash = None
        if org is not None and dash:  # (past a "the": "— the Kingdom of Saudi Arabia, the State of Kuwait")
            for state in list_after(ctx, org_end + dash.end(), MEMBER_TYPES, max_gap=4):
                yield Candidate(state, "member_of", org, None, (at, org_end), 0.8)
    if "allies" in ctx.folded or "members" in ctx.folded or "member " in ctx.folded or "Partner States" in ctx.text:
        for org in [m for m in ctx.mentions if m.type in ORGS and not _on_a_kind_of_state(ctx, m)]:
            listed = _ORG_MEMBERS_LISTED.match(ctx.text, org.end) or (  # "such NATO member states as A, B and C"
                _ORG_MEMBERS_AS.match(ctx.text, org.end) if ctx.text.endswith("such ", 0, org.start) else None)
            members = _before_as_well_as(ctx, list_after(ctx, listed.end(), MEMBER_TYPES, max_gap=5)) \
                if listed else []
            several = listed is not None and (listed.groupdict().get("dash") or listed.groupdict().get("bare"))
            # (the membership is the apposition's: "Neither do A and five EU member states -- B, C")
            for state in members if listed and (len(members) > 1 or not several) else ():
                yield Candidate(state, "member_of", org, None, (org.start, listed.end()), 0.8,
                                scope=(org.start, members[-1].end))
                if listed.groupdict().get("founding"):  # "The SCO's founding members - China, Russia, ... -"
                    yield Candidate(org, "founded_by", state, None, (org.start, listed.end()), 0.75)
    for possessed in _POSSESSED_MEMBERS_SET_OFF.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end) \
            if "s other members" in ctx.folded or "s remaining members" in ctx.folded or " members, " in ctx.folded \
            or "members – " in ctx.folded or "members — " in ctx.folded or "members - " in ctx.folded else ():
        # "The bloc's other members, Comoros, Eswatini and Madagascar, are not taking part": its members, whatever
        # the verb says of them
        owner = next((m for m in ctx.mentions if m.end == possessed.start() and _is_bloc(m)), None)
        noun = _BLOC_NOUN_BEFORE.search(ctx.text, ctx.sentence.start, possessed.start()) if owner is None else None
        org = owner or ((_bloc_before(ctx, noun.start()) or ctx.last_org) if noun else None)
        if org is None and ctx.text[possessed.start()] == "s" and possessed.start() - 2 == ctx.sentence.start:
            org = ctx.last_org  # "Its four founding members – A, B, C and D –"
        head = _THE_HEAD_NOUN_BEFORE.search(ctx.text, ctx.sentence.start, possessed.start()) \
            if org is None and possessed.group("count") else None
        if head is not None and ctx.last_org is not None and \
                ctx.last_org.label.rsplit(None, 1)[-1].lower() == head.group(1).lower():
            org, noun = ctx.last_org, head  # "the conclave's four members" after the Colombo Security Conclave
        owner_start = owner.start if owner is not None else noun.start() if noun is not None else possessed.start()
        if not possessed.group("others") and not possessed.group("count") and not _SOME_OF_BEFORE.search(
                ctx.text, max(ctx.sentence.start, owner_start - 20), owner_start):
            continue  # (bare "members" only after a count: "Two of NATO's members, A and B,")
        members = list_after(ctx, possessed.end(), MEMBER_TYPES, max_gap=0) if org is not None else []
        if possessed.group("count") and len(members) != _count_of(possessed.group("count")):
            continue  # ("the bloc's three members, Chile and Peru": no list of them all)
        cut = next((i for i in range(1, len(members)) if _SUBLIST_GAP.search(ctx.text, members[i - 1].end,
                                                                              members[i].start)), len(members))
        members = members[:cut]  # (not "..., Laos and Cambodia, along with China and Russia, opposed")
        for state in members if len(members) > 1 else ():
            yield Candidate(state, "member_of", org, None, (possessed.start(), possessed.end()), 0.75,
                            scope=(possessed.start(), members[-1].end))
            if possessed.group("founding"):
                yield Candidate(org, "founded_by", state, None, (possessed.start(), possessed.end()), 0.75,
                                scope=(possessed.start(), members[-1].end))
    for org in [m for m in ctx.mentions if m.type in ORGS] if "countries" in ctx.folded or "nations" in ctx.folded \
            or "states" in ctx.folded or "members" in ctx.folded else ():
        # "ministers from all 10 JEF countries: the UK, Denmark, ...": the countries a count of the body's gives
        counted = _COUNTED_BODY_BEFORE.search(ctx.text, max(ctx.sentence.start, org.start - 20), org.start)
        listed = _ORG_COUNTRIES_LISTED.match(ctx.text, org.end) if counted else None
        if listed and listed.group("members") and not listed.group("comma") and not listed.group("bracket"):
            listed = None  # (the dash after "members" is _ORG_MEMBERS_LISTED's)
        members = list_after(ctx, listed.end(), MEMBER_TYPES, max_gap=5) if listed else []
        if listed and listed.group("comma"):
            count = counted.group("count").lower()
            if len(members) != (int(count) if count.isdigit() else _NUMBER_WORDS.get(count)):
                members = []
        for state in members if len(members) > 1 else ():
            yield Candidate(state, "member_of", org, None, (org.start, listed.end()), 0.8,
                            scope=(org.start, members[-1].end))
    for org in [m for m in ctx.mentions if m.type in ORGS] if "partner" in ctx.folded else ():
        listed = _ORG_PARTNERS_LISTED.match(ctx.text, org.end)  # "NATO partners Georgia, Moldova and Sweden"
        if listed and _ITS_BEFORE.search(ctx.text, max(ctx.sentence.start, org.start - 8), org.start):
            listed = None  # "Germany and its NATO partners, including Poland": its allies, members
        previous = None
        for state in list_after(ctx, listed.end(), (EntityType.STATE,), max_gap=2) if listed else ():
            if previous is not None and _SUBLIST_GAP.search(ctx.text, previous.end, state.start):
                break  # "..., NATO partners A and B, as well as C": C is listed beside them, not as one
            # (a standing the words name, whatever the verb: "will offer courses to the ICI partner countries")
            yield Candidate(state, "partner_of", org, None, (org.start, listed.end()), 0.75,
                            scope=(org.start, state.end))
            previous = state
    for match in _finditer(_ITS_MEMBERS_DASH, ctx):
        start, end = _span(match, ctx)
        org = _organ_by_its_noun(ctx, match.group(0), start) if _ORGAN_NOUN.search(match.group(0)) else \
            _nearest_before(ctx, start, ORGS, max_gap=200) or ctx.last_org
        members = list_after(ctx, end + 4 if ctx.text.startswith("the ", end) else end, MEMBER_TYPES, max_gap=2) \
            if org is not None else []
        for state in members:  # (the members are, whatever the sentence's verb: "They will join the council's
            # five permanent members – A, B –")
            yield Candidate(state, "member_of", org, None, (start, end), 0.8, scope=(start, members[-1].end))
    for match in _finditer(_BLOC_MEMBER_APPOSITION, ctx):
        start, end = _span(match, ctx)
        state = _nearest_before(ctx, start + 1, MEMBER_TYPES, max_gap=1)
        org = _organ_by_its_noun(ctx, match.group(0), start)
        states = (list_before(ctx, state.end, MEMBER_TYPES, max_gap=0) or [state]) \
            if state is not None and match.group("plural") else [state]
        for each in states if state is not None and org is not None else ():
            yield Candidate(each, "member_of", org, None, (start, end), 0.75)
    for match in _finditer(_COUNTS_MEMBERS, ctx):
        start, end = _span(match, ctx)
        members = list_after(ctx, end, MEMBER_TYPES, max_gap=0)
        kind = _AS_ITS_MEMBERS.match(ctx.text, members[-1].end) if members else None
        org = _org_before(ctx, start, 200, _SUBJECT_ANAPHOR) or (
            ctx.last_named_org if _MISSION_OPENING.match(ctx.sentence.text) else None) if kind else None
        relation = _status_relation(kind.group("kind")) if kind else ""
        for state in members if org is not None else ():
            yield Candidate(state, relation, org, None, (start, kind.end()), 0.75)
    opening = _COMPOSED_OF_OPENING.match(ctx.sentence.text) if ctx.sentence.text[:1] in "CM" else None
    members = list_after(ctx, ctx.sentence.start + opening.end(), MEMBER_TYPES, max_gap=0) if opening else []
    body = next((m for m in ctx.mentions if members and m.type in ORGS
                 and _LIST_THEN_BODY.fullmatch(ctx.text, members[-1].end, m.start)
                 and not _POSSESSIVE_AFTER.match(ctx.text, m.end)), None)
    for state in members if body is not None else ():
        yield Candidate(state, "member_of", body, None, (ctx.sentence.start, body.end), 0.75)
    for match in _finditer(_MEMBERS_NAMED_AFTER, ctx):
        start, end = _span(match, ctx)
        members = list_after(ctx, end, MEMBER_TYPES, max_gap=2)
        if match.group("whose").lower() == "whose":  # "the Alliance of Sahel States (AES), whose members, ..."
            org = _nearest_before(ctx, start, ORGS, max_gap=10)
        else:  # "quit the G5 Sahel, and the two remaining members, ...": a body of the same sentence
            org = _bloc_before(ctx, start)
        for state in members if org is not None and len(members) >= 2 else ():
            yield Candidate(state, "member_of", org, None, (start, end), 0.75)
    for match in _finditer(_PART_OF_ORG, ctx):
        start, end = _span(match, ctx)
        orgs = [_possessed(ctx, org) for org in list_after(ctx, end, ORGS + (EntityType.AGREEMENT,), max_gap=16)
                if org.kind != "demonym"]  # "in the Alliance's Partnership for Peace"
        if not match.group(0).lower().rstrip().endswith("of") and any(not _is_programme(ctx, o) for o in orgs):
            continue  # "took part in NATO's Partnership for Peace": a programme's members; not "in NATO drills"
        for state in (_subjects_before(ctx, start, (EntityType.STATE,)) or _sentence_subject(ctx, start)) if orgs else ():
            for org in orgs:
                yield Candidate(state, "member_of", org, None, (start, end), 0.75)
    for match in _finditer(_HAS_MEMBERS, ctx):
        start, end = _span(match, ctx)
        if "particip" in match.group(0).lower() and ctx.exercise is not None:
            continue  # "Its participants are A and B" after an exercise: those who take part in it
        org = _org_before(ctx, start, 40, _SUBJECT_ANAPHOR)
        if org is None and "membership" in match.group(0).lower():  # "X was founded by the states that make up
            org = next((m for m in ctx.mentions if _is_bloc(m) and m.end <= start), ctx.last_org)  # its membership:"
        if org is None and _ITS_MEMBERS.search(match.group(0)):  # "Its members are ...", "Apart from A, its members"
            org = _its_body(ctx)
        if org is None:  # "IMSC's members are A and B": the body whose members they are
            org = next((m for m in ctx.mentions if m.start == start and m.type in ORGS), None)
        if org is None or not _is_bloc(org):
            continue
        # ("Its members range from the United States ...": past the article)
        members = list_after(ctx, end + 4 if ctx.text.startswith("the ", end) else end, MEMBER_TYPES, max_gap=2)
        to = _RANGE_TO.match(ctx.text, members[-1].end) if members and "range" in match.group(0).lower() else None
        if to:  # "range from A, B and C to D and E"
            members += list_after(ctx, to.end(), MEMBER_TYPES, max_gap=0)
        together = _TOGETHER_WITH_AFTER.match(ctx.text, members[-1].end) if members else None
        if together:  # "Its members are A, B and C, together with the European Union": a body among them
            members += [m for m in list_after(ctx, together.end(), (EntityType.STATE, *ORGS), max_gap=0)
                        if m.label != org.label]
        # "would leave ECOWAS with 12 members, including A": the members are, whatever the departures would be;
        # "Neither do A and five EU member states -- B, C": what is denied is not their membership
        scope = (start, members[-1].end) if members else None
        for state in members:
            yield Candidate(state, "member_of", org, None, (start, end), 0.8, scope=scope)
    for match in _HAS_COUNTED_MEMBERS_SET_OFF.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end) \
            if " members, " in ctx.folded else ():
        # "SEATO, set up under the 1954 Manila Pact, counted only two Southeast Asian members, A and B": as many as
        # it counts
        org = _org_before(ctx, match.start(), 80, _SUBJECT_ANAPHOR)
        members = list_after(ctx, match.end(), MEMBER_TYPES, max_gap=0) if org is not None and _is_bloc(org) else []
        if len(members) == _count_of(match.group("count")):
            for state in members:
                yield Candidate(state, "member_of", org, None, match.span(), 0.75, scope=(match.start(), state.end))
    for match in _finditer(_HAS_PARTNERS, ctx):
        start, end = _span(match, ctx)
        # "The ADMM-Plus, set up in 2010, brings together the ADMM and eight dialogue partners: A, B and C": the
        # subject's (the body before "and" is one more thing it brings together)
        joined = match.group(0).lower().startswith("and")
        org = _org_before(ctx, start, 40, _SUBJECT_ANAPHOR) if not joined else _nearest_before(
            ctx, start, ORGS, max_gap=start - ctx.sentence.start)
        if joined and not match.group("its") and org is not None and (
                _BRINGS_TOGETHER_BEFORE.search(ctx.text, ctx.sentence.start, org.start)
                or _NOUN_AFTER_BODY.match(ctx.text, org.end)):  # ("the ten ASEAN states")
            # (the body before "and" one more thing the subject brings together: the subject's partners)
            org = next((m for m in ctx.mentions[:1] if m.type in ORGS and _opens_sentence(ctx, m)), None)
        for state in list_after(ctx, end, MEMBER_TYPES, max_gap=2) if org is not None and _is_bloc(org) else ():
            yield Candidate(state, "partner_of", org, None, (start, end), 0.75)
    members_of = _THE_MEMBERS_OF.match(ctx.sentence.text) if "ember" in ctx.sentence.text else None
    org = next((m for m in ctx.mentions if m.start == ctx.sentence.start + members_of.end() and m.type in ORGS),
               None) if members_of else None
    are = _ARE_AFTER_BODY.match(ctx.text, org.end) if org is not None else None
    listed = list_after(ctx, are.end(), MEMBER_TYPES, max_gap=0) if are else []
    if listed and ctx.text.startswith(("'s", "’s"), listed[0].end):
        listed = []  # "The member states of the EU were Russia's biggest customers": a possessive, no member
    for state in listed:
        # "The members of the EAC are A, B and C", "The founding members of X include A and B"
        yield Candidate(state, "member_of", org, None, (ctx.sentence.start, are.end()), 0.8)
        if "founding" in members_of.group(0):
            yield Candidate(org, "founded_by", state, None, (ctx.sentence.start, are.end()), 0.75)
    for match in _finditer(_FULL_MEMBER, ctx):
        start, end = _span(match, ctx)
        orgs = [m for m in ctx.mentions if m.type in ORGS and m.kind != "demonym"]
        subjects = _of_types(ctx.mentions, MEMBER_TYPES)
        if _WISHED_OR_FAILED_BEFORE.search(ctx.text, ctx.sentence.start, start) or \
                _NOT_YET_BEFORE.search(ctx.text, ctx.sentence.start, start):
            continue  # "Ukraine wants to join NATO as a full member": a wish (the joining rules say what is planned)
        if len(orgs) == 1 and subjects and subjects[0].start < start:
            yield Candidate(subjects[0], "member_of", _acting_body(orgs[0]), None, (start, end), 0.7)


_BOTH_STATUS = Cue(re.compile(r",\s+(?:both|all|each|all\s+three|all\s+four)\s+(?P<kind>observer|member|partner)\s+"
                              r"(?:states|countries|nations)\s*,", re.I), "observer", "member", "partner")


# ("said Ukraine could become a member only after the war": a possibility, no standing)
_MODAL_BETWEEN = re.compile(r"\b(?:could|might|may|would|should|can|hopes?|wants?|aims?|seeks?|plans?)\b")
_SAID_BETWEEN = re.compile(r"\b(?:said|says|told|added|stressed|noted|insisted|confirmed|reiterated)\b")
# (", but the idea was dropped because Japan is not a member": of the body the clause before names)
_WHILE_CLAUSE = re.compile(r",\s+(?:while|whereas)\s|;\s|\s(?:because|as)\s+(?=[A-Z])")


_MEMBER_WORD = re.compile(r"\b(?:member|members|ally|allies)\b")
# (", which had been an observer at the SCO since 2005,", ", a NATO partner since 1994,")
# ("A and B, for decades NATO's closest partners, became members": partners of the body the aside names)
_ASIDE_ON_THE_SUBJECT = re.compile(r",\s+(?P<relative>which|who|an?|(?:(?:for\s+(?:decades|years)|long)\s+)?"
                                   r"(?=[A-Z][\w-]*(?:’s|'s)\s+(?:[a-z]+\s+){0,2}(?:partners?|observers?)\b))"
                                   r"\s*[^,;()]+,\s+\Z")
_PARTNER_OR_OBSERVER_WORD = re.compile(r"\b(?:partner|observer)s?\b")
# "joined the SCO as an observer in 2005 and became a full member in 2017": a second verb of the clause's subject
_AND_A_LATER_VERB = re.compile(r"[^,;]*?\s+and\s+(?:(?:later|then|finally|eventually|subsequently)\s+)?")
# (", the only NATO member with ties to the bloc,", ", which has been a NATO member since 1952,")
_DESCRIBING_ASIDE_BEFORE = re.compile(r",\s+(?:(?:which|who)\s+(?:[a-z]+\s+){1,3})?(?:the|a|an)\s+(?:[a-z]+\s+){0,2}\Z")
_DESCRIBED_AS_MEMBER = re.compile(r"\s+(?:member|ally)\b")


def _status_relation(kind: str) -> str:
    """The relation a standing's noun names ("observer states", "dialogue partners", "members", "allies")."""
    return "observer_of" if "observer" in kind else "partner_of" if "partner" in kind else "member_of"


def _bodies_standings_are_in(ctx: SentenceContext) -> list[Mention]:
    """The organisations a sentence names that a standing may be in: not one that only describes a state ("Türkiye,
    the only NATO member with ties to the bloc, is a dialogue partner": the standing is in the body spoken of)."""
    return [m for m in ctx.mentions if m.type in ORGS and not (
        _DESCRIBING_ASIDE_BEFORE.search(ctx.text, ctx.sentence.start, m.start)
        and _DESCRIBED_AS_MEMBER.match(ctx.text, m.end))]


def _bare_status(ctx: SentenceContext) -> Iterator[Candidate]:
    """"India and Pakistan became members in 2017", "Mongolia remains an observer": of the organisation
    the text is about, when the sentence names none."""
    named_here = _bodies_standings_are_in(ctx)
    if len({m.label for m in named_here}) == 1:  # (by its name and its acronym alike)
        # "A and B are SCO observer states, while C and D are dialogue partners": the body of the clause before
        for match in _finditer(_BARE_STATUS, ctx):
            start, end = _span(match, ctx)
            relation = _status_relation(match.group("kind").lower())
            # ... and the one named before words on a state's standing ("the CSTO chief said Armenia remains a
            # full member")
            said = _SAID_BETWEEN.search(ctx.text, named_here[-1].end, start)
            # (a modal of the standing's own clause, not of an aside: "said Armenia, which wants ..., remains")
            clause_start = max(ctx.text.rfind(",", said.end(), start) + 1, said.end()) if said else start
            # "India, which had been an observer at the SCO since 2005, became a full member in 2017": of the body
            # the aside on the subject names
            aside = _ASIDE_ON_THE_SUBJECT.search(ctx.text, ctx.sentence.start, start)
            # (not "Turkey, which has been a NATO member since 1952, became a dialogue partner": another body's)
            # (an "a/an" aside only where a partner or observer of the body became its member: "X, a NATO partner
            # since 1994, became a full member"; not "Serbia, an EU candidate, became an observer", "Egypt, a key
            # partner of the EU, became a dialogue partner")
            if aside is not None and aside.group("relative")[:1] in ("a", "A") and not (
                    match.group("kind").lower().startswith("member")
                    and _PARTNER_OR_OBSERVER_WORD.search(ctx.text, aside.start(), aside.end())):
                aside = None
            if aside is not None and aside.start() < named_here[0].start and \
                    not _MEMBER_WORD.search(ctx.text, aside.start(), aside.end()):
                subjects = _subjects_before(ctx, start, (EntityType.STATE,)) or \
                    list_before(ctx, aside.start(), (EntityType.STATE,), max_gap=1)  # (the list the aside is on)
                together = _JOINED_TOGETHER_WITH.match(ctx.text, end) if subjects else None
                if together:  # "... became a full member in 2017 along with Pakistan"
                    subjects = subjects + list_after(ctx, together.end(), (EntityType.STATE,), max_gap=0)
                for state in subjects:
                    yield Candidate(state, relation, named_here[0], None, (start, end), 0.7, _clause_time(ctx, start))
            elif named_here[-1].end <= start and (_WHILE_CLAUSE.search(ctx.text, named_here[-1].end, start) or (
                    said and not _MODAL_BETWEEN.search(ctx.text, clause_start, start))):
                for state in _subjects_before(ctx, start, (EntityType.STATE,)):
                    yield Candidate(state, relation, named_here[0], None, (start, end), 0.7)
            elif named_here[-1].end <= start and _AND_A_LATER_VERB.fullmatch(ctx.text, named_here[-1].end, start):
                for state in _sentence_subject(ctx, start) or _opening_state(ctx):
                    yield Candidate(state, relation, named_here[0], None, (start, end), 0.7, _clause_time(ctx, start))
    org = _salient_body(ctx, _named_body(ctx))
    if org is None or named_here:
        return
    for match in _finditer(_BARE_STATUS, ctx):
        start, end = _span(match, ctx)
        relation = _status_relation(match.group("kind").lower())
        if match.group(0).startswith(",") and len({b.label for b in ctx.bodies
                                                   if b.start >= _sentences_back(ctx, 1)} | {org.label}) > 1:
            continue  # "Lula likened BRICS to the NAM. South Africa, a member since 2010, ...": of which, unsaid
        subjects = _subjects_before(ctx, start, (EntityType.STATE,)) or (
            _opening_state(ctx) if _IT_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 20), start) else [])
        for state in subjects:  # ("X spent 18 years as an observer before it became a full member in 2023")
            yield Candidate(state, relation, org, None, (start, end), 0.7, _clause_time(ctx, start))
    for match in _finditer(_BOTH_STATUS, ctx):  # "Hungary and Turkmenistan, both observer states, sent ..."
        start, end = _span(match, ctx)
        relation = _status_relation(match.group("kind").lower())
        for state in list_before(ctx, start, (EntityType.STATE,), max_gap=0):
            yield Candidate(state, relation, org, None, (start, end), 0.7, scope=(start, end))


def _clause_time(ctx: SentenceContext, position: int, until: int | None = None) -> str | None:
    """The date in the clause that starts at ``position`` ("joined NATO on 4 April 2023", "became
    NATO's 31st member on Tuesday"): when a change of membership took effect; before ``until`` if given."""
    stop = ctx.text.find(",", position, ctx.sentence.end)
    stop = stop if stop >= 0 else ctx.sentence.end
    return _first_date(ctx, position, stop if until is None else min(stop, until))


_FRONTED_TIME = re.compile(r"(?:On|In)\s+")
# ("In August 2019 Chile left the CSTO": the subject right after a date with no comma)
_SUBJECT_RIGHT_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+[a-z]")
_ONLY_ADVERBS_BETWEEN = re.compile(r"\s+(?:(?:[a-z]+ly|also|then|has|have|had|completed|finali[sz]ed)\s+){0,3}")
_DATE_SET_OFF_AFTER = re.compile(r",\s+(?:[a-z]+\s+)?(?:on|in)\s+")  # ("..., once, on 29 October 2022,")


def _time_around_the_verb(ctx: SentenceContext, position: int) -> str | None:
    """The date of the act whose verb is at ``position`` where its clause has none after the verb: one right
    before the verb ("Russia on Tuesday formally completed its withdrawal"), or one set off right after the clause
    ("suspended its part in the deal once, on 29 October 2022,")."""
    before = next((value for t_start, t_end, value, _ in ctx.times
                   if t_end <= position and _ONLY_ADVERBS_BETWEEN.fullmatch(ctx.text, t_end, position)
                   and "/" not in value and not value.startswith("XXXX")), None)
    if before is not None:
        return before
    comma = ctx.text.find(",", position, ctx.sentence.end)
    set_off = _DATE_SET_OFF_AFTER.match(ctx.text, comma) if comma >= 0 else None
    return _first_date(ctx, set_off.end(), set_off.end() + 1) if set_off else None


def _fronted_time(ctx: SentenceContext, position: int) -> str | None:
    """The date a sentence opens with, set off by a comma before ``position`` ("In March 2022, A and B paused
    ..."): when the main clause's act took place."""
    fronted = _FRONTED_TIME.match(ctx.text, ctx.sentence.start)
    # (the time may take its preposition in: "In February," is a month from "In")
    return next((v for t_start, t_end, v, kind in ctx.times if fronted and t_start in (fronted.end(), fronted.start())
                 and kind not in ("weekday", "relative") and "/" not in v and not v.startswith("XXXX")
                 and (ctx.text.startswith(",", t_end) or _SUBJECT_RIGHT_AFTER.match(ctx.text, t_end))
                 and t_end < position), None)


def _first_date(ctx: SentenceContext, start: int, stop: int, *, year_after_in: bool = False) -> str | None:
    """The first date of the sentence between ``start`` and ``stop``: no interval (but a span of years' first year),
    none without its year; with ``year_after_in``, a bare year only after "in" ("signed ... in 2022", not "a 2022
    deal")."""
    for t_start, _, value, kind in ctx.times:
        if kind == "year_range":  # ("applied to join NATO in 2008–09": when the act began, as a year)
            value, kind = value[:4], "year"
        if not start <= t_start < stop or "/" in value or value.startswith("XXXX"):
            continue
        if year_after_in and kind == "year" and not _in_before(ctx.text, t_start):
            continue
        return value
    return None


def _owns_a_unit(ctx: SentenceContext, org: Mention) -> bool:
    """Whether ``org`` owns the unit named right after it ("the African Union's Eastern Africa Standby Force")."""
    return ctx.text.startswith(("'s ", "’s "), org.end) and any(
        m.start == org.end + 3 and m.type is EntityType.MILITARY_UNIT for m in ctx.mentions)


def _possessed(ctx: SentenceContext, org: Mention, also: tuple[EntityType, ...] = ()) -> Mention:
    """"a member of NATO's Partnership for Peace": the programme (or a mention of the types ``also`` names), not
    its owner; else ``org``."""
    owned = re.match(r"(?:’s|'s)\s+", ctx.text[org.end:org.end + 4])
    if owned:
        following = _nearest_after(ctx, org.end + owned.end(), ORGS + (EntityType.AGREEMENT, *also), max_gap=2)
        if following is not None:
            return following
    return org


# "the bloc's activities", "the alliance's military structures": what the body spoken of does, not the body
_A_REFERENCE_S_THING = re.compile(r"\s+(?:the\s+)?(?:bloc|alliance|organi[sz]ation|union|grouping|group|pact)"
                                  r"(?:’s|'s)\s+" + _LOWER_CASE_THING.pattern)


# "is not a member of NATO or of the CSTO": an alternative names a second organisation (both negated).
_OR_ORG = re.compile(r"\s*,?\s*(?:or|nor)\s+(?:of\s+|in\s+)?(?:the\s+)?(?:[\w-]+-led\s+)?")


# ("admitted X as a member of the council": of the organ itself)
_AS_A_MEMBER_OF_IT = re.compile(r"\bas\s+(?:a\s+)?(?:full\s+|new\s+)?member\s+of\s+the\s+"
                                r"(?:council|commission|committee)\b")
# "The SCO admitted India and Pakistan in 2017 and Iran in 2023": the organisation admits states.
# ... and "CMF formally welcomed Tanzania as its 47th member nation"
# ("The union has since added Armenia and Kyrgyzstan": a perfect, as no speech verb is written)
_ADMITTED = Cue(re.compile(r"\b(?:admitted|admits|admit|admitting)\b(?!\s+(?:that|to)\b)|"
                           # "The Arab League on Sunday readmitted Syria" (not "has not readmitted", "to readmit")
                           r"(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)\bre-?admit(?:ted|s)\b|"
                           r"\b(?:has|have|had)\s+(?:since\s+|also\s+|now\s+)?added\b(?=\s+(?:the\s+)?[A-Z])|"
                           # "BRICS added South Africa in 2010", "... added Iran as a full member"
                           r"(?<!\bhe\s)(?<!\bshe\s)\badded\b(?=\s+(?:the\s+)?(?-i:[A-Z])[\w-]*"
                           r"(?:\s+(?-i:[A-Z])[\w-]*)?\s+(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
                           # (not "added Iran in 2023 to its terrorism list", "... to its sanctions regime"; but
                           # "... to its ranks", "... to the bloc")
                           r"(?![^.;]{0,20}\bto\s+(?:its|their|the|a)\s+(?!(?:[\w'’-]+\s+){0,2}(?:ranks|"
                           r"membership|bloc|alliance|organi[sz]ation|union|grouping|group|club|body|family|fold|"
                           r"dialogue|forum)\b))|"
                           r"as\s+(?:a\s+|its\s+)?(?:new\s+|full\s+)?member))|"
                           r"\bwelcom(?:ed|es)\b(?=(?:\s+(?:the\s+)?[A-Z][\w-]*){1,4}\s+as\s+(?:its|their)\s+"
                           r"(?:(?!future|prospective|potential|possible|eventual)[\w-]+\s+){0,2}?member\b)", re.I),
                "admit", "welcom", "added")


# "non-NATO Sweden", "non-EU countries such as Norway and Iceland": the states right after the body's "non-"
_KIND_AFTER_NON_BODY = re.compile(r"(?:\s+(?:member\s+)?(?:countries|states|nations|members|partners|country|"
                                  r"state|nation|member|partner))?(?:,?\s+(?:such\s+as|like|including))?\s+"
                                  r"(?:the\s+)?")
# "Canada became the first non-EU country to ...", "Moldova, a non-NATO state, ...": the subject before it (not a
# "major non-NATO ally", a standing granted by the United States)
_IS_A_BEFORE_NON_BODY = re.compile(r"(?:,\s+(?:then\s+|still\s+)?(?:both|all|(?:one\s+of\s+)?(?:a|an|the))|"
                                   r"\s+(?:is|was|are|were|became|becomes|become|remains|remained|remain|"
                                   # ("A and B are among the non-EU countries contributing soldiers")
                                   r"has\s+been|have\s+been|had\s+been)\s+(?:one\s+of\s+|among\s+)?"
                                   r"(?:a|an|the|both|all))"
                                   r"\s+(?:[a-z][\w-]*\s+){0,2}?non-\Z")
_KIND_NOUN_AFTER_NON_BODY = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:countr(?:y|ies)|states?|nations?|members?|"
                                       r"partners?|contributors?|participants?)\b")
# A joining (of the body the sentence names after it: see _non_members)
_A_JOINING = r"\bjoin(?:ed|s|ing)?\s+"
# Words that date a standing ("then", "until 2024", "longtime", "was a non-NATO country"): no fact of now
_A_STANDING_OF_ANOTHER_TIME = re.compile(r"\b(?:then|once|formerly|long-?time|until|till|before|since|later)\b|"
                                         r"\b(?:was|were|had\s+been)\s+(?:a|an|the|one\s+of)\s+"
                                         r"(?:[a-z][\w-]*\s+){0,2}?non-", re.IGNORECASE)
_PAST_PREDICATE = re.compile(r"\s+(?:was|were|became|had\s+been)\s")
# A description of one ("X, a non-EU country", "X is the only non-NATO state"), not of a list ("both", "are")
_ONE_DESCRIBED = re.compile(r",\s+(?:a|an|the|one\s+of)\s|\s+(?:is|was|became|becomes|remains|remained|"
                            r"has\s+been)\s")
# The trigger of a standing that its own words deny ("non-NATO", "outside NATO"): the fact is negated whatever its
# clause says
DENIES_A_STANDING = re.compile(r"(?:[Nn]on-|outside\s+(?:the\s+)?)[^\s,;.]+(?:\s+[^\s,;.]+){0,5}")


def _non_members(ctx: SentenceContext) -> Iterator[Candidate]:
    """A body's "non-" before states, or in what they are said to be, denies their membership: "non-NATO
    countries Georgia, Moldova and Ukraine", "non-EU Switzerland", "Canada became the first non-EU country to
    ...". The trigger is the "non-" word alone, whose modality is its own (see DENIES_A_STANDING). A sentence
    that dates the standing or tells of a joining says nothing of now ("Finland, then a non-NATO country",
    "Sweden, a longtime non-NATO partner, joined the alliance in 2024"), and gives no fact."""
    for org in ctx.mentions:
        if org.type not in ORGS or org.kind == "demonym" or org.start < 4 or \
                ctx.text[org.start - 4:org.start].lower() != "non-":
            continue
        # (not "joined the EU's mobility project", "backed Ukraine's accession bid": another's)
        if re.search(rf"(?:{_A_JOINING}|\bacce(?:ded|ssion)\s+to\s+|\b(?:its|their)\s+accession\s+to\s+)(?:the\s+)?"
                     rf"(?:{re.escape(org.text)}|alliance|bloc|union|organi[sz]ation)\b(?!['’])",
                     ctx.sentence.text, re.IGNORECASE):
            continue  # "Sweden, a longtime non-NATO partner, joined the alliance in 2024": not of now
        if _A_STANDING_OF_ANOTHER_TIME.search(ctx.text, max(ctx.sentence.start, org.start - 40),
                                              min(ctx.sentence.end, org.end + 30)):
            continue
        trigger = (org.start - 4, org.end)
        kind = _KIND_AFTER_NON_BODY.match(ctx.text, org.end)
        states = list_after(ctx, kind.end(), MEMBER_TYPES, max_gap=0) if kind else []
        if not states or states[0].start != kind.end():
            subject = _IS_A_BEFORE_NON_BODY.search(ctx.text, max(ctx.sentence.start, org.start - 80), org.start)
            states = list_before(ctx, subject.start(), MEMBER_TYPES, max_gap=0) \
                if subject and _KIND_NOUN_AFTER_NON_BODY.match(ctx.text, org.end) else []
            if states and states[-1].end != subject.start():
                states = []
            if states and _ONE_DESCRIBED.match(subject.group(0)):
                states = states[-1:]  # "between Germany and Serbia, a non-EU country": the one it is set off after
            if states and _PAST_PREDICATE.match(subject.group(0)) and _YEAR_IN.search(ctx.sentence.text):
                states = []  # "In 2014 Finland became the first non-NATO country to ...": a standing of then
        for state in states:
            yield Candidate(state, "member_of", org, None, trigger, 0.7, scope=trigger)


_MEMBERSHIP_RULED_OUT = Cue(re.compile(r"\b(?:ruled|rules|ruling)\s+out\s+(?:any\s+)?membership\s+(?:of|in)\s+"
                                       r"(?:both\s+|either\s+)?(?:the\s+)?"), "ruled out", "rules out", "ruling out")
# "has ruled out NATO membership": the body named before the noun
_ORG_MEMBERSHIP_RULED_OUT = Cue(re.compile(r"\b(?:ruled|rules|ruling)\s+out\s+"
                                           r"(?:any\s+|future\s+|eventual\s+)?(?:the\s+)?"),
                                "ruled out", "rules out", "ruling out")
# (not "ruled out NATO membership for Kyiv": another's; nor "membership talks")
_MEMBERSHIP_NOUN = re.compile(r"\s+membership\b(?!\s+(?:for|of|talks|bids?|negotiations)\b)")
# (a contraction has no word boundary before its "n't")
_NOT_OR_NEVER_BEFORE = re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:\w+\s+)?$")
_NO_JOINING_BEFORE = re.compile(r"(?:\b(?:not|never|no\s+(?:intention|plans?)\s+(?:of|to))|n['’]t)\s+(?:\w+\s+)?$")
# ("has ruled out joining either A or B", "is not planning to join either A or B": a denial further before)
_DENIAL_BEFORE = re.compile(r"\b(?:not|never|no|ruled?\s+out|rules\s+out|refus\w*|reject\w*)\b|n['’]t\b")
_NOT_YET_UNTIL = re.compile(r"\b(?:until|till|for\s+(?:decades|years|\d+\s+years))\b")
_OR_ANOTHER = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?,?\s+or\s+(?:the\s+)?(?:[\w-]+-led\s+)?")


def _ruling_out_states(ctx: SentenceContext, start: int) -> list[Mention]:
    """The states that rule a membership out at ``start``: the subject list, the sentence's subject, or the state
    it opens with where "it" does ("it has ruled out membership of both NATO and the CSTO")."""
    return _subjects_before(ctx, start, MEMBER_TYPES) or _sentence_subject(ctx, start) or (
        _opening_state(ctx) if _IT_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 20), start) else [])
_AS_MEMBERS = re.compile(r"\s+as\s+(?:its\s+)?(?:(?:newest|latest|new|full|founding|\w+th)\s+)?members?\b"
                         r"(?:\s+(?:nation|state|country))?")
_ADMITTED_AS_OBSERVER = re.compile(r"\s+as\s+(?:its|their|the\s+bloc['’]s)\s+(?:(?:first|second|third|new|\w+th)\s+)?"
                                   r"(?P<kind>observer|(?:dialogue\s+)?partner)\b", re.IGNORECASE)


_COUNTED_NEW_MEMBERS_NAMED = re.compile(rf"\s+(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen)\s+(?:new\s+)?"
                                        r"members?,\s+(?:the\s+(?:most\s+recent|latest|last)\s+(?:being|of\s+them)|"
                                        r"including|among\s+them)\s+")


_ADDED_TO_A_THING = re.compile(r"\s+to\b")
_AS_THE_BLOCS_MEMBER = re.compile(rf"\s+as\s+(?P<bloc>the\s+{_BLOC_NOUN})['’]s\s+(?:[\w-]+\s+){{0,2}}?member\b")
_ACRONYM_AND_ASIDE = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s[^;]{1,160}?,\s+")


def _admitted(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _finditer(_ADMITTED, ctx):
        start, end = _span(match, ctx)
        org = _org_before(ctx, start, 40, _SUBJECT_ANAPHOR)
        opening = next((m for m in ctx.mentions if m.type in ORGS), None) if org is None else None
        if opening is not None and _is_bloc(opening) and _opens_sentence(ctx, opening) and \
                _ACRONYM_AND_ASIDE.fullmatch(ctx.text, opening.end, start):
            org = opening  # "The Eurasian Economic Union (EAEU), set up in 2015 by ..., has since added A"
        if org is None:
            # "The summit on 24 November admitted Somalia as the bloc's eighth member": the bloc named before
            admitted = list_after(ctx, end, MEMBER_TYPES, max_gap=5)
            as_the_blocs = _AS_THE_BLOCS_MEMBER.match(ctx.text, admitted[-1].end) if admitted else None
            org = _org_reference(ctx, as_the_blocs.start("bloc") - 1) if as_the_blocs else None
        if org is None:
            continue
        if not _AS_A_MEMBER_OF_IT.search(ctx.text, end, ctx.sentence.end):
            # "The SCO Heads of State Council admitted Belarus": to the SCO (not "admitted X as a member of the
            # council": to the organ itself)
            org = _acting_body(org)
        counted = _COUNTED_NEW_MEMBERS_NAMED.match(ctx.text, end)
        position = counted.end() if counted else end  # "admitted 16 new members, the most recent being A in 2023"
        while states := list_after(ctx, position, MEMBER_TYPES, max_gap=0 if counted else 5):
            last = states[-1].end
            if "added" in match.group(0) and (_ADDED_TO_A_THING.match(ctx.text, last) or any(
                    ctx.text.startswith(("'s", "’s"), state.end) for state in states)):
                break  # "has added Belarus to its sanctions list", "has added Russia's Wagner Group": no member
            standing = _AS_MEMBERS.match(ctx.text, last)  # "admitted A and B as full members in 2017, C in 2023"
            last = standing.end() if standing else last
            when = next((value for t_start, _, value, kind in ctx.times if last < t_start <= last + 5
                         and kind not in ("weekday", "relative")), None)
            # "admitted Suriname as its first observer state": a standing short of membership
            status = _JOINED_AS.match(ctx.text, states[-1].end) or _ADMITTED_AS_OBSERVER.match(ctx.text, states[-1].end)
            kind = status.group("kind").lower() if status else ""
            relation = "observer_of" if kind.startswith("observer") else "partner_of" if kind else "member_of"
            for state in states:
                yield Candidate(state, relation, org, None, (start, end), 0.8, when)
            more = _NEXT_IN_A_YEAR.match(ctx.text, last)
            if more is None:
                break
            position = more.end()


# "a member of two US-backed Cold War alliances, SEATO and CENTO": the count of the bodies named after it
_COUNTED_BODIES = re.compile(rf"\s*(?:{TWO_TO_TEN})\s+(?:[\w-]+\s+){{0,4}}?(?:alliances|blocs|organi[sz]ations|"
                             r"groupings|pacts),\s+")
# "the remaining members of the six-nation GCC": the body's size before its name
_SIZED_BODY = re.compile(rf"\s*(?:the\s+)?(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)-"
                         r"(?:nation|member|country|state)\s+")


def _org_list_after(ctx: SentenceContext, position: int) -> list[Mention]:
    sized = _SIZED_BODY.match(ctx.text, position) if "-" in ctx.text[position:position + 30] else None
    # "a member of two US-backed Cold War alliances, SEATO and CENTO": the bodies the count announces
    sized = sized or (_COUNTED_BODIES.match(ctx.text, position) if "," in ctx.text[position:position + 60] else None)
    orgs = list_after(ctx, sized.end() if sized else position, ORGS + (EntityType.AGREEMENT,), max_gap=12)
    if len(orgs) == 1:
        alternative = _OR_ORG.match(ctx.text, orgs[0].end) or _AND_OF_ORG.match(ctx.text, orgs[0].end)
        other = next((m for m in ctx.mentions if alternative and m.start == alternative.end() and m.type in ORGS), None)
        # ("of NATO and of the EU's Permanent Structured Cooperation": the programme, not its owner)
        return [_possessed(ctx, orgs[0])] + ([_possessed(ctx, other)] if other is not None else [])
    if not orgs:
        if _BOTH_BODIES.match(ctx.text, position):
            return _two_bodies_before(ctx, position)
        org = _org_reference(ctx, position)
        return [org] if org is not None else []
    return [_possessed(ctx, org) for org in orgs]


_BOTH_BODIES = re.compile(r"\s*(?:of\s+|in\s+)?both\s+(?:organi[sz]ations|blocs|groupings|groups|alliances|bodies)\b",
                          re.IGNORECASE)


def _two_bodies_before(ctx: SentenceContext, position: int) -> list[Mention]:
    """The two bodies "both organisations" refers back to: the last two named before ``position`` ("Tehran
    applied to join the SCO and BRICS. Iran is now a full member of both organisations."), or none."""
    named: dict[str, Mention] = {}
    for body in [*ctx.bodies, *(m for m in ctx.mentions if m.type in ORGS and m.end <= position)]:
        named.pop(body.label, None)
        named[body.label] = body
    return list(named.values())[-2:] if len(named) >= 2 else []


# "close partners of NATO", "a long-standing partner of the alliance"
_STANDING_ADJECTIVE = r"(?:close|key|long-?standing|long-?time|important|active|global|strategic)"
# A first description an apposition may open with before its status ("Egypt, the most populous Arab country and a
# member of both ...", "Turkey, a NATO member and an SCO dialogue partner", "Armenia, a CSTO member and NATO partner")
_FIRST_DESCRIPTION_AND = r"(?:(?:the|an?)\s+[^,;()]{2,60}?\s+and\s+(?=an?\s|$))?"
_APPOSITION_STATUS = re.compile(
    # ("Armenia, formally still a member of the CSTO,"; "Egypt, the most populous Arab country and a member of both
    # the Arab League and the African Union,": after a first description)
    rf",\s+{_FIRST_DESCRIPTION_AND}(?:(?:formally|officially|technically|nominally|still|now|"
    r"also)\s+){0,2}"
    # ("Sweden and Finland, close partners of NATO,": no article before a described plural)
    # ("Chile and Peru, members of the OAS since 1948,": a bare plural)
    rf"(?:(?:a|an|the|another|one of the|one of its|one of|fellow|both|all)\s+|(?={_STANDING_ADJECTIVE}\s+\w+s\s)|"
    r"(?P<bare>(?=(?:founding\s+|full\s+)?members\s+of\s)))"
    rf"(?:(?:{TWO_TO_TEN}|\d+)\s+)?(?:{_STANDING_ADJECTIVE}\s+)?"
    # ("Indonesia, one of the five founders of ASEAN in 1967,": a founding member)
    r"(?P<kind>(?:founding\s+|full\s+|permanent\s+|fellow\s+)?members?(?:\s+states?|\s+countries)?|founders?|"
    r"(?:permanent\s+)?observers?(?:\s+states?|\s+countries)?|"
    r"(?:dialogue\s+)?partners?(?:\s+states?|\s+countr(?:y|ies)|\s+nations?)?)"
    # ("both permanent observers to the OAS")
    r"\s+(?:of|(?<=observer\s)(?:to|at)|(?<=observers\s)(?:to|at))\s+"
    r"(?:both\s+)?(?:the\s+)?"  # "a member of both NATO and the EU"
    r"(?:[\w.-]+[-–](?:led|backed|dominated)\s+)?$",  # "a founding member of the Moscow-led CSTO"
    re.I)
# "a member of NATO since 1999 and of the European Union since 2004": a second organisation, its own date
# ("belongs to the SCO and to BRICS": the preposition said again)
_AND_OF_ORG = re.compile(r"(?:\s*\([A-Z]{2,10}\))?(?:\s+since\s+(?:19|20)\d\d)?\s+and\s+(?:of|to|in)\s+(?:the\s+)?")
# "..., a member of NATO and (of) the EU": a second organisation the apposition names.
# ... and "of NATO since 2004 and of the EU"
_AND_ORG = re.compile(r"(?:\s*\([A-Z]{2,10}\))?(?:\s+since\s+(?:19|20)\d\d)?\s+and\s+(?:of\s+)?(?:the\s+)?")
# ", a NATO member", ", the only NATO member at the table"
# ("Japan, one of NATO's partners across the globe,", "A and B, the other two GCC members,")
# (or set off by dashes: "A, B and C – NATO's so-called Indo-Pacific partners –")
_RELATIVE_CLAUSE_OPENS = re.compile(r"\s(?:that|which|who)\s")
_APPOSITION_ORG_STATUS = re.compile(rf"(?:,|\s(?:—|–|--))\s+{_FIRST_DESCRIPTION_AND}"
                                    # ("Sweden, now NATO's newest member,")
                                    r"(?:(?:now|still|also|formally|officially)\s+)?"
                                    rf"(?:(?:a|an|fellow|one\s+of(?:\s+the)?(?:\s+(?:\d+|{TWO_TO_TEN}))?|"
                                    rf"the(?:\s+other)?(?:\s+(?:last|first|only))?(?:\s+(?:\d+|{TWO_TO_TEN}))?|"
                                    # ("Hungary and Turkey, two NATO members,")
                                    rf"{TWO_TO_TEN})\s+)?"
                                    r"(?:(?:only|sole|newest|latest|youngest|oldest|last|first)\s+)?$")
# ("Uzbekistan, one of the SCO's six founding members,")
# ("NATO's Indo-Pacific partners", "NATO's so-called global partners": what kind of them)
# ("Colombia, NATO's only Latin American partner,": a kind of two capitalised words)
_STATUS_NOUN = re.compile(rf"^(?:’s|'s)?\s+(?:(?:\d+|{TWO_TO_TEN})\s+)?"
                          r"(?:\w+est\s+|\w+th\s+|new\s+|key\s+|close\s+|only\s+|sole\s+)?"
                          r"(?:so-called\s+(?:[\w-]+\s+)?|(?-i:[A-Z])[\w-]*\s+(?:(?-i:[A-Z])[\w-]*\s+)?)?"
                          # ("Colombia, NATO's only global partner in Latin America,")
                          r"(?:(?:global|strategic|regional)\s+(?=(?:dialogue\s+)?partner))?"
                          r"(?P<kind>(?:(?:founding\s+|full\s+)?"
                          r"member(?!\s+(?:states|countries)(?:,|\s(?:—|–|--)\s))"
                          r"(?:\s+state|\s+country)?|observer(?:\s+state)?|"
                          r"(?:dialogue\s+)?partner|ally)\b|"  # "Turkey, a NATO ally, ..." (of an alliance)
                          # "Sweden and Finland, NATO partners since 1994,", "Japan, one of NATO's partners across the
                          # globe,": a plural only where the apposition ends (not "Russia, NATO allies say, ...")
                          r"(?:(?:founding\s+|full\s+)?members|member\s+(?:states|countries)|observers|"
                          r"observer\s+states|(?:dialogue\s+)?partners)"
                          # ("Ireland, one of four EU member states outside NATO along with A and B,")
                          # ("A and B, NATO members since 1999 and 2004 respectively,")
                          r"(?=(?:\s+since\s+(?:19|20)\d\d(?:\s+and\s+(?:19|20)\d\d,?\s+respectively)?|"
                          r"\s+(?:across|around)\s+the\s+(?:globe|world)|"
                          # ("A and B, the last two NATO members that had not yet approved it,")
                          r"\s+(?:that|which|who)\s[^,;()]{1,80})?(?:,|\s(?:—|–|--)\s)|"
                          r"(?:\s+outside\s+(?:the\s+)?[A-Z][\w-]*)?\s+along\s+with\s))",
                          re.I)


# "A member of NATO since 2004, Romania ...": a standing set before the sentence's subject
_FRONTED_STATUS = re.compile(r"(?:As\s+)?(?:an?|one\s+of\s+the)\s+(?:founding\s+|full\s+|long-?time\s+)?"
                             r"(?P<kind>members?|participants?|observers?|partners?)(?:\s+states?)?\s+(?:of|in)\s+",
                             re.IGNORECASE)
_BARE_MEMBER_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:founding\s+|full\s+)?member(?:\s+state|\s+country)?\b"
                                     r"(?!\s+(?:of|in)\b)")

# Where an apposition ends right after its body: "members of the OAS since 1948,", "members of NATO (...) and"
_BODY_CLOSES_APPOSITION = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?(?:\s+since\s+[^,;]{2,40}?)?\s*(?:[,;.]|"
                                     r"\s+and\s+(?:of\s+)?(?:the\s+)?[A-Z]|$)")
_ONE_OF = re.compile(r"\s*one\s+of\b")
_OUTSIDE_BEFORE_ALONG_WITH = re.compile(r"[^,;()]{0,20}?\s(outside)\s+(?:the\s+)?")
_ALONG_WITH_IN_APPOSITION = re.compile(r"[^,;()]{0,40}?\balong\s+with\s+(?:the\s+)?")


def _members_set_off_by_dashes(ctx: SentenceContext) -> Iterator[Candidate]:
    """"The Quad — Australia, India, Japan and the United States — will meet": the states set off after a body
    are its members; "NATO's Indo-Pacific partners — A, B, C and D —": its partners, members or observers."""
    for org in ctx.mentions:
        if not _is_bloc(org):
            continue
        opening = _DASH_AFTER_BODY.match(ctx.text, org.end)
        if opening is None:
            continue
        states = list_after(ctx, opening.end(), MEMBER_TYPES, max_gap=4)
        closing = _CLOSING_DASH.match(ctx.text, states[-1].end) if len(states) >= 2 else None
        sized = _SIZE_BEFORE_BODY.search(ctx.text, max(ctx.sentence.start, org.start - 30), org.start)
        if opening.group("states") and _NOT_YET_BEFORE_BODY.search(ctx.text, max(ctx.sentence.start,
                                                                                  org.start - 20), org.start):
            continue  # "Two would-be NATO states — A and B —": none yet (nor any more)
        if closing is None or not (opening.group("standing") or opening.group("states") or sized or
                                   _NOTHING_BEFORE_BODY.fullmatch(ctx.text, ctx.sentence.start, org.start) or
                                   _EACH_OF_THE_BODY.search(ctx.text, max(ctx.sentence.start, org.start - 20),
                                                            org.start) or
                                   _ITS_PEOPLE_OF_THE.search(ctx.text, max(ctx.sentence.start, org.start - 40),
                                                             org.start)):
            # (a body that opens its sentence, its size, its states or a standing named: not "talks with NATO — A
            # and B —"; but "ministers of the six-nation Gulf Cooperation Council – A, B, ... –", "Four GCC
            # states — A, B, C and D —")
            continue
        kind = (opening.group("standing") or "members").lower()
        relation = "partner_of" if kind.startswith("partner") else "observer_of" if kind.startswith("observer") \
            else "member_of"
        for state in states:
            yield Candidate(state, relation, org, None, (org.start, closing.end()), 0.7,
                            scope=(org.start, closing.end()))


def _unnamed_bodys_members_set_off(ctx: SentenceContext) -> Iterator[Candidate]:
    """"A and B joined the original five members -- C, D and E -- on January 1": the members of the body the text
    is about, those set off and those who joined them."""
    for match in _COUNTED_MEMBERS_SET_OFF.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        if any(m.start < match.start() and m.type in ORGS for m in ctx.mentions if m.start >= ctx.sentence.start):
            continue  # (a body the sentence names: the rule above)
        states = list_after(ctx, match.end(), (EntityType.STATE,), max_gap=4)
        closing = _CLOSING_DASH.match(ctx.text, states[-1].end) if len(states) >= 2 else None
        org = _its_body(ctx) if closing is not None else None
        if org is None or len(states) != (_count_of(match.group("count")) if match.group("count") else len(states)):
            continue
        joined = _JOINED_BEFORE.search(ctx.text, max(ctx.sentence.start, match.start() - 12), match.start())
        joiners = _subjects_before(ctx, joined.start(), (EntityType.STATE,)) if joined else []
        when = _clause_time(ctx, closing.end()) if joiners else None  # ("... -- on January 1": when they joined)
        for state in joiners + states:
            yield Candidate(state, "member_of", org, None, (match.start(), closing.end()), 0.7,
                            when if state in joiners else None)


# "the original five members -- ", "the four existing members — "
_COUNTED_MEMBERS_SET_OFF = re.compile(rf"\b(?i:the)\s+(?:(?:original|founding|existing|current|other|remaining)\s+)?"
                                      rf"(?:(?P<count>{TWO_TO_TEN}|\d+)\s+)?"
                                      r"(?:(?:original|founding|existing|current)\s+)?members\s+"
                                      r"(?:—|–|--)\s+(?:the\s+)?")
# (not "NATO's aspiring (would-be, former) members — A and B —": none now; but "its former Soviet-bloc members")
# (not "the 10-member ASEAN – and China, Japan and South Korea –": others beside it)
_DASH_AFTER_BODY = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?(?:(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?<!aspiring\s)(?<!would-be\s)(?<!former\s)(?<!prospective\s)(?<!potential\s)"
                              r"(?<!future\s)(?<!candidate\s)(?<!onetime\s)(?<!one-time\s)"
                              r"(?P<standing>members|partners|allies|observers|member\s+states)|"
                              # "Four GCC states — A, B, C and D — are ...": the body's states
                              r"\s+(?:member\s+)?(?P<states>states|countries|nations))?\s+(?:—|–|--)\s+"
                              r"(?!(?:and|plus|as\s+well\s+as|along\s+with)\s)(?:the\s+)?")
_CLOSING_DASH = re.compile(r"\s+(?:—|–|--)\s")
# "the leaders of the G7 -- A, B and C --": the people of a body's states ("the summit of the G7 -- A and B" is not)
_ITS_PEOPLE_OF_THE = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|(?:foreign|defen[cs]e)\s+ministers|"
                                r"ministers|envoys|delegations)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_YET_BEFORE_BODY = re.compile(r"\b(?:would-be|aspiring|former|prospective|potential|future|candidate|"
                                  r"onetime|one-time)\s+$", re.IGNORECASE)
_SIZE_BEFORE_BODY = re.compile(rf"\b{_A_COUNT}-(?:nation|member|country|state)\s+$")
_NOTHING_BEFORE_BODY = re.compile(r"\s*(?:[\"“]?(?:The|the)\s+)?")
# ("With Sweden's accession, every one of the Nordic-Baltic Eight – A, B, ... – now sits inside NATO")
_EACH_OF_THE_BODY = re.compile(r"\b(?:[Ee]very\s+one|[Ee]ach(?:\s+one)?|[Aa]ll)\s+of\s+the\s+$")


_AS_THE_BODYS_STANDING = re.compile(r"As\s+(?:(?:an?|one\s+of)\s+)?(?P<org>[A-Z][\w-]*)(?:['’]s)?\s+"
                                    r"(?:(?:[A-Z][\w-]*|founding|full|fellow|close|key)\s+){0,3}?"
                                    r"(?P<kind>(?i:members?|partners?|observers?|allies|ally))"
                                    r"(?:\s+(?:states|countries|nations))?,\s+(?:both\s+|all\s+)?")


# "NATO's newest member, Sweden,", "the alliance's 31st member, Finland": the member its body counts, set off after
_COUNTED_MEMBER_SET_OFF = re.compile(r"(?:’s|'s)\s+(?:\d+(?:st|nd|rd|th)|newest|latest|youngest|first|[a-z]+th)\s+"
                                     r"(?:full\s+)?member(?:\s+state|\s+country)?,\s+(?:the\s+)?")
_BODY_NOUN_COUNTING = re.compile(r"\b[Tt]he\s+(alliance|bloc|organi[sz]ation|grouping)(?=['’]s\s)")
# "Lithuania and fellow NATO members", "France and other EU member states": one of the body's, like them
# ("Ukraine and its NATO allies" is loose talk of a partner: no membership; "X and its fellow NATO members" counts X)
_AND_ITS_ALLIES = re.compile(r"\s+and\s+(?:(?:its|their)\s+fellow|other|fellow|the\s+other)\s+$")
_ALLIES_AFTER = re.compile(r"\s+(?:allies|members|member\s+states)\b")


def _counted_member_after(ctx: SentenceContext, position: int) -> Mention | None:
    """The state a body's counted member set off right after ``position`` names ("'s newest member, Sweden")."""
    counted = _COUNTED_MEMBER_SET_OFF.match(ctx.text, position)
    return next((m for m in ctx.mentions if m.start == counted.end() and m.type is EntityType.STATE
                 and m.kind != "demonym"), None) if counted else None


def _counted_member_set_off(ctx: SentenceContext) -> Iterator[Candidate]:
    for anaphor in (_BODY_NOUN_COUNTING.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end)
                    if ctx.last_org is not None else ()):
        # "The alliance's 31st member, Finland, ...": of the body spoken of
        state = _counted_member_after(ctx, anaphor.end())
        body = ctx.last_org if anaphor.group(1).lower() != "alliance" or ctx.last_org.type is EntityType.ALLIANCE \
            else None
        if state is not None and body is not None:
            yield Candidate(state, "member_of", body, None, (anaphor.start(), state.end), 0.7)
    for org in ctx.mentions:
        if org.type not in ORGS:
            continue
        state = _counted_member_after(ctx, org.end)
        if state is not None:
            yield Candidate(state, "member_of", org, None, (org.start, state.end), 0.75)
        if org.type is EntityType.ALLIANCE and _ALLIES_AFTER.match(ctx.text, org.end):
            # ("Ukraine and its NATO partners": no member; allies of an alliance are)
            member = next((m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                           and _AND_ITS_ALLIES.fullmatch(ctx.text, m.end, org.start)), None)
            if member is not None:  # (its own words: "A and fellow NATO members did not agree" denies no membership)
                yield Candidate(member, "member_of", org, None, (member.start, org.end), 0.75,
                                scope=(member.start, org.end))


# "NATO partner country Georgia", "all 31 NATO Allies and partner nation Sweden": a partner of the body named
_PARTNER_NATION = re.compile(r"\bpartner\s+(?:nations?|countr(?:y|ies)|states?)\s+")
_ALLIES_AND_BEFORE = re.compile(r"\s+(?:[Aa]llies|members|member\s+states)\s+and\s+$")


def _partner_nation_named(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _PARTNER_NATION.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        body = next((m for m in ctx.mentions if m.type in ORGS and (
            ctx.text[m.end:match.start()] == " " or _ALLIES_AND_BEFORE.fullmatch(ctx.text, m.end, match.start()))),
            None)
        partners = list_after(ctx, match.end(), (EntityType.STATE,), max_gap=0) if body is not None else []
        for partner in partners if partners and partners[0].start == match.end() else ():
            yield Candidate(partner, "partner_of", body, None, (body.start, partner.end), 0.7,
                            scope=(body.start, partner.end))


# "A, B and C have for years cooperated within the framework of the X": the body they cooperate in is theirs
# ... and "A and B were close allies within NATO", "are allies in the X Alliance"
_COOPERATE_WITHIN = re.compile(r"\b(?:(?:cooperat(?:e|es|ed|ing)|work(?:s|ed|ing)?\s+together)\s+(?:closely\s+)?within|"
                               r"(?:are|were|remain|remained)\s+(?:(?:close|closest|key|fellow|loyal)\s+)?allies\s+"
                               r"(?:with)?in)\s+(?:the\s+(?:framework|format|structures?)\s+of\s+)?(?:the\s+)?")


def _cooperate_within(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _COOPERATE_WITHIN.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        body = next((m for m in ctx.mentions if m.start == match.end() and m.type in ORGS), None)
        if body is None or _NOT_OR_NEVER_BEFORE.search(ctx.text, max(ctx.sentence.start, match.start() - 20),
                                                       match.start()):
            continue  # ("A and B do not cooperate within X": no word on whether they belong to it)
        for state in _subjects_before(ctx, match.start(), (EntityType.STATE,)):
            yield Candidate(state, "member_of", body, None, (state.start, body.end), 0.7)


# "comprises 10 member states, two observer states, Afghanistan and Mongolia, and 14 dialogue partners": a count of
# a standing, then as many states set off after it
_COUNTED_STANDING_SET_OFF = re.compile(rf"\b(?P<count>\d+|{TWO_TO_TEN})\s+(?P<kind>observers?|(?:dialogue[- ])?"
                                       r"partners?)(?:\s+(?:states|countries|nations))?\s*(?:,|:|–|—|--)\s*"
                                       r"(?:namely\s+)?", re.IGNORECASE)
_BODY_SUBJECT_ANAPHOR = re.compile(r"\b(?:[Tt]he\s+(?:organi[sz]ation|bloc|alliance|grouping|forum)\b|It\s)")


def _counted_standing_set_off(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _COUNTED_STANDING_SET_OFF.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        states = list_after(ctx, match.end(), (EntityType.STATE,), max_gap=0)
        if not states or len(states) != _count_of(match.group("count")):
            continue
        # (the body opening the sentence: "The X Alliance brings together the Y Community and two dialogue partners")
        opening = next((m for m in ctx.mentions if m.type in ORGS and m.end <= match.start()), None)
        body = opening if opening is not None and _opens_sentence(ctx, opening) else \
            _nearest_before(ctx, match.start(), ORGS, max_gap=160) or (
                ctx.last_org if _BODY_SUBJECT_ANAPHOR.search(ctx.text, ctx.sentence.start, match.start()) else None)
        if body is None:
            continue
        relation = _status_relation(match.group("kind").lower())
        for state in states:
            yield Candidate(state, relation, body, None, (match.start(), states[-1].end), 0.75)


def _appositions(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Kazakhstan, a founding member of the SCO, ..."; "Türkiye, an SCO dialogue partner, ..."; "the
    CSTO had not helped Armenia, a member state": the organisation named before it in the sentence."""
    as_standing = _AS_THE_BODYS_STANDING.match(ctx.sentence.text) if ctx.sentence.text.startswith("As ") else None
    org = next((m for m in ctx.mentions if as_standing and m.start == ctx.sentence.start + as_standing.start("org")
                and m.type in ORGS), None)
    kind = as_standing.group("kind").lower() if org is not None else ""
    # "As NATO members, Greece and Turkey ...", "As one of NATO's Enhanced Opportunities Partners, Jordan ...": the
    # subject holds the standing (an ally of an alliance only)
    # (but "As AUKUS partners, A and B ...": the members of a partnership, which its partners are; a body's partners
    # are "its" partners)
    if org is not None and (not kind.startswith("all") or org.type is EntityType.ALLIANCE) and not (
            kind.startswith("partner") and not ctx.text.startswith(("'s", "’s"), org.end)):
        relation = "observer_of" if kind.startswith("observer") else "partner_of" if kind.startswith("partner") \
            else "member_of"
        for state in list_after(ctx, ctx.sentence.start + as_standing.end(), MEMBER_TYPES, max_gap=0):
            yield Candidate(state, relation, org, None, (ctx.sentence.start, state.end), 0.7,
                            scope=(ctx.sentence.start, state.end))
    fronted = _FRONTED_STATUS.match(ctx.sentence.text)
    comma = ctx.text.find(",", ctx.sentence.start + fronted.end(), ctx.sentence.end) if fronted else -1
    state = next((m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                  and _APPOSITION_OPENS.fullmatch(ctx.text, comma, m.start)), None) if comma > 0 else None
    for org in _org_list_after(ctx, ctx.sentence.start + fronted.end()) if state is not None else ():
        if org.end <= comma:  # "A participant in NATO's Partnership for Peace since 1994, Georgia ...": the subject's
            yield Candidate(state, _status_relation(fronted.group("kind").lower()), org, None,
                            (ctx.sentence.start, comma), 0.7)
    for match in _finditer(_BARE_MEMBER_APPOSITION, ctx):
        start = match.start() + ctx.sentence.start
        state = next((m for m in reversed(ctx.mentions) if m.end <= start and start - m.end <= 1
                      and m.type is EntityType.STATE and m.kind != "demonym"), None)
        org = next((m for m in reversed(ctx.mentions) if _is_bloc(m) and m.end <= start and start - m.end <= 300),
                   None) if state is not None else None
        if state is not None and org is not None and org.end <= state.start:
            yield Candidate(state, "member_of", org, None, (state.start, match.end() + ctx.sentence.start), 0.7,
                            scope=(state.start, match.end() + ctx.sentence.start))
    for org in ctx.mentions:
        if org.type not in ORGS:
            continue
        before = ctx.text[max(ctx.sentence.start, org.start - 120):org.start]
        kind = None
        match = _APPOSITION_STATUS.search(before)
        if match and match.group("bare") is not None and not _BODY_CLOSES_APPOSITION.match(ctx.text, org.end):
            match = None  # "Chile and Peru, members of the UN Security Council delegation,": of another thing
        if match:
            kind = match.group("kind")
            head = org.start - len(before) + match.start()
        else:
            article = _APPOSITION_ORG_STATUS.search(before)
            noun = _STATUS_NOUN.match(ctx.text[org.end:org.end + 80])
            # (a plural after a first description is no standing: "Ukraine, a buffer between Russia and NATO members,")
            if article and noun and (noun.group("kind").lower() != "ally" or org.type is EntityType.ALLIANCE) and not (
                    " and " in article.group(0) and noun.group("kind").lower().endswith("s")):
                kind = noun.group("kind")
                head = org.start - len(before) + article.start()
        if kind is None:
            continue
        state = next((m for m in reversed(ctx.mentions) if m.end <= head and m.type is EntityType.STATE
                      and m.kind != "demonym" and head - m.end <= 1), None)
        if state is None:
            continue
        # "Kazakhstan and Kyrgyzstan, fellow members of the OTS, ...": every state of the list.
        plural = kind.lower().endswith("s")  # ("members", "member states", "fellow members")
        states = (list_before(ctx, state.end, MEMBER_TYPES, max_gap=0) or [state]) if plural else [state]
        along = _ALONG_WITH_IN_APPOSITION.match(ctx.text, org.end + noun.end()) \
            if not match and _ONE_OF.match(ctx.text, head + 1, org.start) else None
        if along is not None:  # "Ireland, one of four EU member states along with Austria and Malta,": theirs too
            states += list_after(ctx, along.end(), MEMBER_TYPES, max_gap=0)
            outside = _OUTSIDE_BEFORE_ALONG_WITH.match(ctx.text, org.end + noun.end())
            left_out = next((m for m in ctx.mentions if outside and m.start == outside.end() and m.type in ORGS), None)
            for each in states if left_out is not None else ():  # "... EU member states outside NATO along with"
                yield Candidate(each, "member_of", left_out, None, (outside.start(1), left_out.end), 0.7,
                                scope=(outside.start(1), left_out.end))
        beside = _ALONGSIDE.match(ctx.text, org.end) if match and along is None else None
        if beside is not None and "," not in beside.group(0):
            # "India, a member of the SCO alongside Russia and China,": theirs too (not "A, both members of NATO,
            # along with B, oppose": the subject's)
            states = states + list_after(ctx, beside.end(), MEMBER_TYPES, max_gap=0)
        alike = _LIKE_LIST_BEFORE.search(ctx.text, max(ctx.sentence.start, state.start - 60), state.start) \
            if not plural and "like" in ctx.folded else None
        compared = list_after(ctx, alike.end(), MEMBER_TYPES, max_gap=0) if alike else []
        if compared and compared[-1] is state:
            # "Tajikistan is a member of the CSTO and, like China and Russia, a founding member of the SCO": the
            # states compared share the standing, and so does the sentence's subject the second predicate is of
            states = compared + (_opening_state(ctx) if alike.group("and") else [])
        relation = ("observer_of" if "observer" in kind.lower() else
                    "partner_of" if "partner" in kind.lower() else "member_of")
        if _owns_a_unit(ctx, org):
            continue  # "Kenya, a member of the African Union's Eastern Africa Standby Force,": of the force
        orgs = [_possessed(ctx, org)]
        if relation == "partner_of" and orgs[0].part_of and orgs[0].type is not EntityType.STATE:
            # "Tunisia, a NATO Mediterranean Dialogue partner,": a member of the forum, one of NATO's partners
            relation = "member_of"
        second = _AND_ORG.match(ctx.text, orgs[0].end) if match else None
        following = next((m for m in ctx.mentions if second and m.start == second.end() and m.type in ORGS
                          and m.kind != "demonym"), None)
        if following is not None:
            orgs.append(following)
        # An apposition states a standing fact: its modality is its own, not the sentence's ("will host").
        # (not a relative clause on it: "Hungary, the only NATO member that had not approved it,")
        tail = _RELATIVE_CLAUSE_OPENS.split(ctx.text[orgs[-1].end:].split(",", 1)[0], 1)[0]
        scope = (states[0].start, orgs[-1].end + len(tail))
        for each in states:
            for named in orgs:
                yield Candidate(each, relation, named, None, (each.start, named.end), 0.8, scope=scope)
                if kind.lower().startswith("found"):
                    yield Candidate(named, "founded_by", each, None, (each.start, named.end), 0.75, scope=scope)
        founded = _YEAR_FOUNDED.match(ctx.text, orgs[0].end) if kind.lower().startswith("found") else None
        year = _first_date(ctx, founded.start(), founded.end()) if founded and len(orgs) == 1 else None
        if year:  # "Denmark, a founding member of NATO in 1949, ..."
            yield Candidate(orgs[0], "founded_in", None, year, (states[0].start, founded.end()), 0.75, scope=scope)


# "The bloc's dialogue partners, including the United States, China and India, ...", "ASEAN and its eight
# dialogue partners – A, B, ...": an organisation's members, observers or partners, named after the noun.
_KIND_INCLUDING = re.compile(rf"(?P<head>(?:’s|'s|\s+and\s+its)?\s+(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve)\s+)?"
                             r"(?:(?:newest|new|current|other|dialogue|full|founding|strategic|participating|"
                             r"(?-i:[A-Z][\w-]+))\s+){0,2})"
                             # ("eleven of the initiative's participating nations – A, B, ...": its members)
                             r"(?P<kind>members|observers|partners|(?<=participating\s)(?:nations|states|countries))"
                             r"(?:\s+states|\s+countries)?(?:,?\s+"
                             r"(?:including|such as|among them)\s+|\s*(?::|—|–|--)\s*)(?:the\s+)?", re.I)
_OPENING_KIND_INCLUDE = re.compile(r"(?:Other|Its|Their)\s+(?:(?:dialogue|current|permanent)\s+)?(?P<kind>partners|"
                                   r"observers)(?:\s+states|\s+countries)?\s+(?:include|are)\s*:?\s+(?:the\s+)?")
# The nouns by which a text refers back to the organisation it is about, as the owner of its members.
_BODY_NOUNS = r"(?:organi[sz]ation|alliance|bloc|grouping|group|forum)"
_OWNER_ANAPHOR = re.compile(rf"\b(?:the|this)\s+{_BODY_NOUNS}$", re.I)


def _kind_including(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _KIND_INCLUDING.finditer(ctx.sentence.text):
        start, end = _span(match, ctx)
        owner = next((m for m in ctx.mentions if m.end == start and _is_bloc(m)), None)
        if owner is not None and _on_a_kind_of_state(ctx, owner):
            continue  # "states that are not NATO members, including A and B": see _kinds_that_are_members
        if owner is None and match.group("head").strip() and _OWNER_ANAPHOR.search(
                ctx.text[max(ctx.sentence.start, start - 30):start]):
            owner = _bloc_before(ctx, start, whole=True) or ctx.last_org
        if owner is None:
            continue
        kind = match.group("kind").lower()
        relation = "observer_of" if kind == "observers" else "partner_of" if kind == "partners" else "member_of"
        for state in list_after(ctx, end, MEMBER_TYPES, max_gap=2):
            yield Candidate(state, relation, owner, None, (start, end), 0.75)
    opening = _OPENING_KIND_INCLUDE.match(ctx.sentence.text) if "artners" in ctx.sentence.text or \
        "bservers" in ctx.sentence.text else None
    owner = (_bloc_before(ctx, ctx.sentence.start) or ctx.last_named_org or ctx.last_org) if opening else None
    if opening and owner is not None:  # "Other dialogue partners include A, B and C": the body spoken of
        relation = "observer_of" if opening.group("kind") == "observers" else "partner_of"
        for state in list_after(ctx, ctx.sentence.start + opening.end(), MEMBER_TYPES, max_gap=0):
            yield Candidate(state, relation, owner, None, (ctx.sentence.start, ctx.sentence.start + opening.end()),
                            0.75)


# "A, B and C are among its observers, as is D" (members and partners: see _AMONG_ITS_MEMBERS and _PARTNER)
# ("among the council's thirteen observer states": a body called by its head noun)
_AMONG_ITS_OBSERVERS = re.compile(rf"\s+among\s+(?:its|the\s+(?P<noun>[a-z]+)['’]s)\s+"
                                  rf"(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen|twenty)\s+)?"
                                  r"(?:(?:current|other|new|permanent)\s+)?"
                                  r"(?:observers|observer\s+(?:states|countries|nations))\b")
_AN_EVENT_OBSERVED = re.compile(r"\b(?:elections?|votes?|referendum|polls?|missions?|exercises?|drills?|summit|"
                                r"conference|talks|trial)\b", re.IGNORECASE)
_ARE_AMONG = re.compile(r"\s+(?:are|were|is|was|remain|remains)(?=\s+among\s)")
_AS_IS = re.compile(r",\s+as\s+(?:is|are|was|were)\s+(?:the\s+)?")


def _among_its_observers(ctx: SentenceContext) -> Iterator[Candidate]:
    """"The EU, Japan and Iran are among its observers, as is China": of the body the text spoke of last (a body may
    be an observer too)."""
    for are in _ARE_AMONG.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        kind = _AMONG_ITS_OBSERVERS.match(ctx.text, are.end())
        observers = list_before(ctx, are.start(), MEMBER_TYPES + ORGS, max_gap=0) if kind else []
        if not observers or not _opens_sentence(ctx, observers[0]):
            continue
        # ("its" may be an exercise's, a mission's or an election's: the article's topic, or the body the sentence
        # before opened with, and none in an exercise's article)
        spoken_of = (_topic_body(ctx) or (ctx.last_org if ctx.last_org is not None
                                          and _opened_the_sentence_before(ctx, ctx.last_org) else None)) \
            if ctx.exercise is None else None
        owner = _bloc_before(ctx, observers[0].start) or spoken_of
        if owner is not None and _AN_EVENT_OBSERVED.search(ctx.text, owner.end, are.start()):
            continue  # "The OSCE observed the election. A and B are among its observers": the election's
        if owner is None or re.match(r"\s+(?:member|observer)", ctx.text[owner.end:owner.end + 10]):
            continue  # "... to several CARICOM member states. A and B are among its observers": another body's
        noun = kind.group("noun")
        if noun and (not re.fullmatch(_BLOC_NOUN, noun) or noun.lower() == "council") and \
                not owner.label.lower().endswith(noun.lower()):
            continue  # (the council's observers are the Arctic Council's, not those of the bloc named before)
        also = _AS_IS.match(ctx.text, kind.end())
        for observer in observers + (list_after(ctx, also.end(), MEMBER_TYPES + ORGS, max_gap=0) if also else []):
            yield Candidate(observer, "observer_of", owner, None, (are.start(), kind.end()), 0.75)


# -- observer, partner, applicant, suspended, left ---------------------------------------------------

# ... and "which also holds SCO dialogue partner status": the body named before the status
_OBSERVER = Cue(re.compile(r"\b(?:has|have|had|hold|holds|held|with|enjoy|enjoys|got|gained|granted|given|obtained|"
                           # ("while Mongolia and Afghanistan retain observer status")
                           r"received|retain|retains|retained|keep|keeps|kept|maintain|maintains|maintained|"
                           r"accepted|accepts|took\s+up|takes\s+up)\s+"
                           r"(?:the\s+|an\s+)?(?:(?P<owner>[A-Z][\w.-]*)\s+)?(?:permanent\s+)?"
                           r"(?:observer|(?P<partner>(?:dialogue\s+)?partner))\s+status\b"
                           r"(?:\s+(?:at|in|with|to|of)\b)?", re.I),
                "observer status", "partner status")
_THE_BLOCS_MEETINGS = re.compile(r"attend(?:s|ed|ing)?(?P<bloc>\s+the\s+(?:alliance|bloc|organi[sz]ation|grouping))"
                                 r"['’]s\s+(?:meetings|summits|sessions)\b")
_ATTENDS_AS_OBSERVER = Cue(re.compile(r"\battend(?:s|ed|ing)?\s+[^,;.]{2,50}?\s+as\s+(?:an?\s+)?observers?\b", re.I),
                           "attend")
# "remains an observer in the forum", "Timor-Leste, an observer at the forum, ..."
_AS_OBSERVER = Cue(re.compile(r"(?:\b(?:are|is|were|was|as|be|been|remains?|remained|stays?|stayed|became|becomes)\s+|"
                              r",\s+(?=an?\s))(?:still\s+|formally\s+|now\s+|also\s+)?(?:an?\s+)?"
                              # "is one of the observer states of X", "are among the nine observer states of X"
                              # ("among the more than 60 observer states of X")
                              r"(?:(?:one\s+of|among)\s+(?:the\s+)?"
                              r"(?:(?:more\s+than|some|about|nearly|over|around)\s+)?"
                              rf"(?:(?:\d+|{TWO_TO_TEN})\s+)?)?"
                              # "a permanent observer at the OAS", "an accredited observer at the council"
                              r"(?:(?:permanent|accredited|official)\s+)?observers?"
                              r"(?:\s+(?:states?|countries|country|nations?))?\s+"
                              r"(?:at|in|of|to)\b", re.I),
                   "observer")
# "the alliance granted it the status of Enhanced Opportunities Partner": a standing a body grants
_GRANTED_STATUS = re.compile(r"(?P<bloc>\bthe\s+(?:alliance|bloc|organi[sz]ation)\s+)?\b(?:granted|gave|awarded)\s+"
                             r"(?P<who>it|them|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:the\s+)?status\s+of\s+(?:an?\s+)?"
                             r"(?:[A-Z][\w-]+\s+){0,3}(?P<kind>[Pp]artner|[Oo]bserver)\b")
# ("..., together with C and D", "has held observer status at X since 2020, alongside C and D")
_TOGETHER_WITH_AFTER = re.compile(r"(?:\s+(?:in|across|since)\s+[^,;]{2,30})?,?\s+(?:(?:together|along)\s+with|alongside)\s+"
                                  r"(?:the\s+)?")
# "... through the alliance's Istanbul Cooperation Initiative": the programme that makes states a body's partners
_THROUGH_A_PROGRAMME = re.compile(r"(?:,\s*)?\s+through\s+(?:the\s+(?:alliance|bloc|organi[sz]ation)['’]s\s+|its\s+|"
                                  r"(?:the\s+)?[A-Z][\w-]+['’]s\s+|the\s+)?")
_KINDS_OF_PARTNERS = (r"(?:global|dialogue|Indo-Pacific|Asia-Pacific|Asian|Pacific|Mediterranean|Gulf|regional|key|"
                      r"close|(?:most\s+)?active|(?:most\s+)?important|closest|oldest|only|sole|first|newest|latest)")
_PARTNER = Cue(re.compile(r"\b(?:is|are|was|were|(?:has|have)\s+(?:also\s+|long\s+)?been|became|become|as|"
                          # "was declared a strategic partner of the bloc in 2008"
                          r"(?:was|were|been)\s+(?:declared|named|designated|recogni[sz]ed)(?:\s+as)?)\s+"
                          r"(?:(?:also|now|still|already|formally|officially)\s+)?(?:(?<=are\s)both\s+)?"
                          r"(?:an?\s+|the\s+)?"
                          # "is one of eight dialogue partners in the ADMM-Plus"
                          rf"(?:(?:one\s+of|among)\s+(?:the\s+)?(?:(?:\d+|{TWO_TO_TEN})\s+)?)?"
                          # "became a full dialogue partner of the bloc in 1996"
                          # ("is a partner country of NATO"; "is a global partner of NATO", "is an Enhanced
                          # Opportunities Partner of NATO")
                          rf"(?:(?:full|dialogue|reliable|{_STANDING_ADJECTIVE}|(?-i:[A-Z][\w-]+))\s+){{0,3}}"
                          r"(?:partners?|partner\s+(?:country|nation|state|countries|nations|states))\s+(?:of|to|in)\b|"
                          rf"\b(?:is|are|was|were)\s+(?:(?:also|still|now)\s+)?among\s+(?:its|their|"
                          rf"the\s+{_BODY_NOUNS}(?:’s|'s)|"
                          r"(?:the\s+)?[A-Z][\w-]+(?:’s|'s))\s+"
                          # "are among the forum's 21 dialogue partners", "are among NATO's Indo-Pacific partners"
                          rf"(?:(?:\d+|{TWO_TO_TEN})\s+)?(?:dialogue\s+|[A-Z][\w-]+\s+)?partners\b|"
                          # "are NATO's partners in the Indo-Pacific", "is one of NATO's partners across the globe",
                          # "were NATO Enhanced Opportunities Partners": the body's name in the trigger
                          # ("has long been one of the alliance's closest partners": the bloc named before)
                          r"\b(?:is|are|was|were|(?:has|have)\s+(?:long\s+|also\s+)?been|became|become|remains?|"
                          r"remained)\s+"
                          r"(?:(?:also|now|still|already|currently)\s+)?(?:one\s+of\s+)?(?:the\s+)?"
                          r"(?:(?-i:[A-Z][\w-]+)|(?<=the\s)(?P<bloc>alliance|bloc))"
                          # (not "the EU's founding partners", "NATO's eastern partners": its members)
                          # ("is currently NATO's only partner in Latin America")
                          rf"(?:(?:’s|'s)\s+(?:(?:\d+|{TWO_TO_TEN})\s+)?(?:{_KINDS_OF_PARTNERS}\s+){{0,2}}partners?\b|"
                          r"(?:\s+(?-i:[A-Z][\w-]+)){1,2}\s+(?-i:Partners?)\b|"
                          # "became one of NATO's Enhanced Opportunities Partners"
                          r"(?:’s|'s)\s+(?:(?-i:[A-Z][\w-]+)\s+){1,2}(?-i:Partners?)\b)|"
                          # "Chile, one of NATO's four Pacific partners alongside Peru,", "A, B and C, three of the
                          # alliance's four Pacific partners,": an apposition
                          rf"(?<=,\s)(?:one|{TWO_TO_TEN})\s+of\s+(?:the\s+)?"
                          r"(?:(?-i:[A-Z][\w-]+)|(?<=the\s)(?P<apposed_bloc>alliance|bloc))(?:’s|'s)\s+"
                          rf"(?:(?:\d+|{TWO_TO_TEN})\s+)?(?:{_KINDS_OF_PARTNERS}\s+){{0,2}}partners\b", re.I),
               "partner")
_AMONG_OR_ONE_OF = re.compile(rf"(?i:\bamong\b|\b(?:one|{TWO_TO_TEN})\s+of\b)")
_ANOTHER_ACT_BETWEEN = re.compile(r"\b(?:after|before|when|while|for|over|by)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
_SINCE_AFTER = re.compile(r"\s+since\s+")


def _year_since(ctx: SentenceContext, position: int) -> str | None:
    """The year of "since 1990" at ``position`` (after "since" or before it), if the sentence's times have one there."""
    since = _SINCE_AFTER.match(ctx.text, position)
    at = since.end() if since else position
    return next((t[2] for t in ctx.times if t[0] == at and t[3] == "year"), None)


# "has the status of an SCO dialogue partner"; "cooperated with the Alliance as partners", "has trained with NATO
# forces for years as a partner country"
_PARTNER_IN_OTHER_WORDS = re.compile(
    r"\b(?:has|have|had|holds?|held|enjoys?|gained|obtained)\s+(?:the\s+)?status\s+of\s+(?:an?\s+)?"
    r"(?P<body>[A-Z][\w-]+)\s+(?:dialogue\s+)?partner\b|"
    r"\b(?:cooperat\w+|trained|worked|work|works|train|trains)\s+(?:closely\s+)?with\s+"
    r"(?P<the_body>(?:the\s+)?(?:[Aa]lliance|bloc|organi[sz]ation|grouping|[A-Z][\w-]+))"
    r"(?:\s+(?:forces|troops|militaries))?"
    r"(?:\s+(?:for\s+(?:years|decades)|since\s+\d{4}))?\s+as\s+(?:an?\s+)?"
    r"(?:partners?|partner\s+(?:country|countries|nation|nations|state|states))\b|"
    # "a member of the Pacific Islands Forum, of which China has been a dialogue partner since 1990"
    r",\s+of\s+which\s+(?P<who>[A-Z][^,;]{1,60}?)\s+(?:has|have)\s+(?:long\s+)?been\s+(?:an?\s+)?"
    r"(?:dialogue\s+|strategic\s+)?partners?\b|"
    # "Belarus joined the SCO in July. Belarus itself had been an observer since 2015.": the body spoken of
    r"\b(?:has|had|have)\s+(?:long\s+)?been\s+an?\s+(?P<standing>observer|dialogue\s+partner)\s+since\s+"
    r"(?=(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)|"
    # "the leaders of A, B and C, which NATO counts among its partners,": the states before
    r",\s+which\s+(?:(?P<counter>[A-Z][\w-]+)|the\s+(?P<counting_bloc>alliance|bloc))\s+"
    r"(?:counts|counted|considers|considered|lists|listed)\s+(?:among|as)\s+(?:one\s+of\s+)?its\s+"
    rf"(?:{_KINDS_OF_PARTNERS}\s+){{0,2}}partners\b")
# "one of France's closest partners in the EU": a name's partners, not the body's named after
_POSSESSOR_NOT_A_BODY = re.compile(r"\b(?-i:[A-Z][\w-]+)(?:’s|'s)\s")
# ... and "the alliance's Pacific partners - A, B and C -": listed right after a dash (a region's partners only: "the
# alliance's European partners" are its members)
_PARTNERS_SUCH_AS = re.compile(r"(?<!trading )(?<!economic )(?<!business )(?<!commercial )(?<!and )\b"
                               r"(?:(?P<its>[Ii]ts|"
                               r"(?P<the_body>[Tt]he\s+(?:alliance|bloc|organi[sz]ation)['’]s))\s+)?"
                               r"(?:(?:global|regional|dialogue|key|close|Indo-Pacific|Asia-Pacific|Pacific|Asian|Gulf|"
                               r"Mediterranean)\s+){0,2}partners"
                               r"(?:,?\s+(?:such\s+as|including|like|among\s+them)\s+|"
                               r"(?(the_body)\s*(?:[:–—]|--|\s-(?=\s))\s*|(?!)))"
                               r"(?:the\s+)?")
# "The alliance works with ...", "It works with ...": a sentence on the body named before
_THE_BODY_OPENING = re.compile(r"(?:The\s+(?:alliance|bloc|organi[sz]ation)(?:['’]s)?|It)\s")
_APPLIED = Cue(re.compile(
    # "Sweden applied together with Finland in May 2022": of the body spoken of
    r"\b(?P<applied_bare>applied)(?=\s+(?:together\s+with|along\s+with|alongside|in\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:19|20)\d\d)\b)|"
    # "Finland applied for membership together with Sweden", "have submitted their applications for membership
    # to NATO": the body after them or the one spoken of
    # ("applied together for membership in May 2022", "jointly applied for membership")
    r"\b(?P<bare>(?:applied|apply|applies|applying)\s+(?:together\s+|jointly\s+|formally\s+)?for\s+"
    r"(?:full\s+)?membership|"
    # ("applied for full membership in 2021": a time, not a body)
    # ("and Sri Lanka lodged its own application last October")
    r"(?:submitted|lodged|filed)\s+(?:its|their)\s+(?:own\s+|formal\s+|official\s+)?applications?"
    r"(?:\s+for\s+(?:full\s+)?membership)?(?:\s+(?:to|of|in))?)\b(?!\s+for\b)"
    r"(?!\s+(?:of|in)\b(?!\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b))|"
    r"\b(?:(?:has|have|had)\s+)?asked\s+to\s+join\b|\b(?:requested|requests|seek|seeks|sought)\s+to\s+join\b|"
    # "does not seek membership in X", "does not seek NATO membership"
    r"\b(?:seek|seeks|sought|seeking)\s+(?:(?:full\s+)?membership\s+(?:of|in)\b|"
    r"(?=(?:[A-Z][\w’'-]*\s+){1,3}membership\b))|"
    # ("asked to become a member of X": but "was asked to become one" is an invitation)
    r"\b(?:applied|apply|applies|applying|(?<!was )(?<!were )(?<!been )(?:asked|asks|requested|requests))\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+become\s+(?:a\s+|an\s+|the\s+[\w-]+\s+)?"
    r"(?:full\s+)?member\s+of\b|"
    r"\b(?:applied|apply|applies|applying)\s+(?:together\s+|jointly\s+|formally\s+)?"
    r"(?:for\s+membership\s+(?:of|in)|to\s+join|for\s+"
    r"(?:(?:fast-track|full|formal|early)\s+)?(?=[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,5}\s+membership\b))|"
    # "have formally applied to become BRICS members"
    r"\b(?:applied|apply|applies|applying|(?<!was )(?<!were )(?<!been )(?:asked|asks|requested|requests))\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+become\s+(?:an?\s+)?(?:full\s+)?"
    r"(?=(?:[A-Z][\w’'-]*\s+){1,3}members?\b)|"
    # "handed in their applications to join NATO", "submitted a formal request to join BRICS", "submitted its EU
    # membership application", "formally requested membership of BRICS"
    r"\b(?:handed\s+in|submitted|lodged|filed|presented|delivered|sent|made)\s+(?:its|their|an?)\s+"
    r"(?:own\s+|formal\s+|official\s+)?(?:(?:membership\s+)?(?:applications?|requests?|bids?)\s+to\s+join\b|"
    r"(?=(?:[A-Z][\w’'-]*\s+){1,3}membership\s+(?:applications?|requests?|bids?)\b))|"
    r"\b(?:requested|requests)\s+(?:full\s+)?membership\s+(?:of|in)\b|"
    # "Sweden, whose NATO application remains blocked", "Sweden's NATO membership bid" (not "its EU trade bid")
    r"(?:\bwhose|(?<=[a-z])['’]s)\s+(?=(?:[A-Z][\w’'-]*\s+){1,3}(?:membership\s+)?(?:application|bid)\b)|"
    r"\b(?:membership\s+)?(?:application|bid)\s+to\s+join\b|\bapplication\s+for\s+membership\s+"
    r"(?:of|in)\b|"
    # "submitted its application for EU membership"
    r"\b(?:submitted|lodged|filed|presented)\s+(?:its|their|an?)\s+(?:own\s+|formal\s+|official\s+)?applications?\s+"
    r"for\s+(?:full\s+)?(?=(?:[A-Z][\w’'-]*\s+){1,3}membership\b)|"
    # "is a candidate for EU membership", "is an EU candidate country": a standing application
    r"\b(?:is|are|was|were|became|becomes|remains?)\s+(?:an?\s+|the\s+)?(?:official\s+|formal\s+)?candidate\s+"
    r"(?:country\s+)?for\s+(?:membership\s+(?:of|in)\s+)?(?=(?:the\s+)?[A-Z])|"
    r"\b(?:is|are|was|were|became|becomes|remains?)\s+(?:an?|the)\s+"
    r"(?=(?:[A-Z][\w’'-]*\s+){1,4}(?:membership\s+)?candidate\b)|"
    # ... in an apposition ("Serbia, a candidate for European Union membership,", "Ukraine, an EU candidate,")
    # (for membership, not for a post: "Kaja Kallas, a candidate for the EU's top diplomat post")
    r"(?<=\w),\s+(?:an?\s+)?(?:official\s+|formal\s+)?candidate\s+(?:country\s+)?for\s+(?:(?:(?:full\s+)?membership\s+"
    r"(?:of|in)|accession\s+to)\s+(?=(?:the\s+)?[A-Z])|"
    r"(?=(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+(?:and\s+)?){1,4}(?:full\s+)?(?:membership|accession)\b))|"
    r"(?<=\w),\s+(?:an?|the)\s+(?=(?:(?-i:[A-Z])[\w’'-]*\s+){1,4}(?:membership\s+)?candidate\b"
    r"(?!\s+for\s+(?!membership)))|"
    # "Moldova was granted EU candidate status" (not "was not granted": no application denied; nor "hopes to be")
    r"(?<!not )(?<!never )(?<!be )(?<!not been )(?<!never been )\b(?:granted|given|gained|received|obtained|won)\s+"
    r"(?=(?:(?-i:[A-Z])[\w’'-]*\s+){1,4}candidate\s+status\b)",
    re.IGNORECASE), "join", "appl", "candidate", "seek", "sought", "requested membership", "requests membership",
    "membership application", "membership request", "membership bid", "to become")
# ("paused their participation in the council's work")
# ("announced the suspension of Russia's participation in New START")
_SUSPENDING = (r"\b(?:froze|frozen|freezes|freeze|freezing|suspended|suspends|suspend|suspending|paused|pauses|"
               r"pausing|suspension\s+of)")
_SUSPENDED = Cue(re.compile(
    _SUSPENDING + r"[”\"’']?\s+"
    # "froze Armenia's participation in the CSTO": the state whose participation it is
    r"(?:its|their|his|her|the\s+country's|the\s+country’s|(?P<whose>[A-Z][\w-]*)(?:’s|'s))?\s*(?:(?:participation|"
    r"membership|activities|involvement|work)\s+in\b"
    # "suspended their participation in all meetings of the council"
    r"(?:\s+(?:all\s+)?(?:the\s+)?(?:meetings|sessions|work|activities|events)\s+of\b)?|"
    r"membership\s+of\b|"  # "Eritrea suspended its membership of IGAD in 2007"
    r"engagement\s+with\b|implementation\s+of\b|obligations\s+under\b|"
    # "six members suspended their participation over the impasse": in the body spoken of
    r"(?:participation|membership)(?=\s+(?:over|after|following|because|amid|until|since|in\s+protest)\b|\s*[,.;]|"
    r"\s*$))|"
    # "Turkey suspended the CFE Treaty", "the allies that suspended the treaty": a treaty, suspended by its party
    # ("a motion to fully suspend the 2018 military agreement")
    r"\b(?:suspended|suspends|suspend|suspending)\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:[Tt]reaty|[Cc]onvention|"
    r"[Aa]greement|[Aa]ccord)\b)(?P<suspended_treaty>)|"
    # "Participation in New START was suspended by Russia in 2023": by the state named after the verb
    r"\b(?:participation|membership)\s+in\s+(?P<passive_in>[^,;.]{2,60}?)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"suspended\s+by\s+(?:the\s+)?(?=[A-Z])|"
    # "New Delhi placed the Indus Waters Treaty in abeyance": suspended by its party
    r"\b(?:placed|places|place|put|puts|held|holds|hold|kept|keeps|keep)\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:[Tt]reaty|[Cc]onvention|[Aa]greement|[Aa]ccord)\s+in\s+abeyance\b)(?P<abeyance>)|"
    # "halted its participation in", "has put its participation in the treaty on hold"; "will no longer take part in
    # CSTO events"
    r"\b(?:halted|halts|halt|halting)\s+(?:its|their)\s+(?:participation|membership|involvement)\s+in\b|"
    r"\b(?:put|puts|putting)\s+(?:its|their)\s+(?:participation|membership|involvement)\s+in\b"
    r"(?=[^,;.]{2,80}?\s+on\s+hold\b)|"
    r"\b(?P<no_longer>will|would|shall|does|do|did)\s+no\s+longer\s+(?:take\s+part|participate)\s+in\b|"
    # ("A and B are currently suspended from the AU", "X, which was suspended by ECOWAS after the coup")
    # ("The three countries have all been suspended from ECOWAS")
    # ("All three countries had already been suspended from ECOWAS")
    r"\b(?:(?:has|have|had)\s+(?:(?:all|both|already)\s+)?been|(?:was|were|is|are)|remains?)\s+"
    r"(?:(?:currently|still|now|also|formally|all|both)\s+)?suspended\s+(?:from|(?P<suspended_by>by))\b|"
    # ("Cuba, suspended from the organization in 1962, has stayed out": a participle set off after the state)
    r"(?<=,\s)suspended\s+from\b|"
    # "Gabon had been suspended in August 2023", "A and B - all member states - remain suspended": of the body spoken of
    r"\b(?:(?:has|have|had)\s+been|was|were|remains?|remained)\s+(?:(?:currently|still|now|also|formally)\s+)?"
    # ("Belarus was suspended at the same time": the time the sentence before gave)
    r"(?P<bare_suspended>suspended)(?=\s*(?:[,.;]|$|(?:in|on|since|after|following|until|for)\s|"
    r"at\s+the\s+same\s+time\b))|"
    # "Fiji's participation was suspended from 2009 to 2014", "Syria's suspension from the OIC"
    # ("Russia's voting rights in the assembly were suspended", "Syria's membership of the league, suspended in 2011,")
    r"\b(?P<holder>[A-Z][\w-]*)(?:’s|'s)\s+(?:(?:participation|membership|(?:voting\s+)?rights"
    r"(?:\s+of\s+representation)?)(?:\s+(?:in|of)\s+(?P<inner>[^,;.]{2,60}?))?"
    # ("Syria's membership in the Arab League, frozen in November 2011,")
    r"(?:\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|remains|remain)\s+(?:suspended|frozen)|"
    r",\s+(?:suspended|frozen)(?=\s+(?:in|on|since|after|following)\b))|suspension\s+from|"
    # ("North Korea's suspension of the 2018 military accord": of a pact)
    r"(?:(?:partial|full|formal)\s+)?suspension\s+of(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:[Tt]reaty|[Cc]onvention|"
    r"[Aa]greement|[Aa]ccord|pact|deal)\b)(?P<holder_treaty>))\b|"
    r"\bstopped\s+(?:taking\s+part|participating)\s+in\b|"  # "stopped taking part in CIS bodies"
    # "imposed a moratorium on its participation in the treaty"
    r"\b(?:imposed|imposes|declared|declares|announced)\s+a\s+moratorium\s+on\s+(?:its|their)\s+"
    r"(?:participation|membership)\s+in\b", re.I),
    "froze", "freez", "suspend", "suspension", "stopped", "paus", "halt", "abeyance", "on hold", "no longer",
    "moratorium")
_NOTHING_OR_THE = re.compile(r"\s*(?:the\s+)?")
_DRILLS_OR_TALKS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:exercises?|drills?|manoeuvres|maneuvers|"
                                    r"operations?|missions?|talks)\b")
_SUSPENDED_OWN = Cue(re.compile(
    _SUSPENDING + r"\s+"
    r"(?:its|their)\s+(?P<org>[^,.;]{2,60}?)\s+(?:membership|participation)\b|"
    # "Guinea, whose membership of ECOWAS has been suspended since ..."
    r"\b(?:whose|its|their)\s+(?:membership|participation)\s+(?:of|in)\s+(?P<held>[^,.;]{2,60}?)\s+"
    # ("whose membership of ECOWAS was suspended in 2021")
    r"(?:(?:has|had|have)\s+been|was|were|remains|remained)\s+(?:suspended|frozen)\b", re.I),
    "froze", "freez", "suspend", "paus")
_LEFT = Cue(re.compile(r"\b(?:left(?!\s+out)|leaves|leaving|quit|quits|quitting|withdrew\s+from|withdraws\s+from|"
                       # "Chad will withdraw its troops from the MNJTF" (from a body: the target is an organisation)
                       r"withdr(?:aw|aws|ew|awing)\s+(?:its|their)\s+(?:troops|forces|contingent|soldiers)\s+from|"
                       r"(?:has|have|had)\s+withdrawn\s+from|withdrawing\s+from|"
                       # "Russia has not withdrawn from the treaty": the verb alone, so that its negation is before it
                       r"(?:(?<=has not )|(?<=have not )|(?<=had not )|(?<=has never )|(?<=have never )|"
                       r"(?<=not yet )|(?<=has also )|(?<=has already )|(?<=has since )|"
                       # "has formally withdrawn", "has not yet officially withdrawn" (not "partially", "temporarily")
                       r"(?<=[a-z]ly )(?<!partially )(?<!temporarily )(?<!largely )(?<!partly )(?<!effectively ))"
                       r"withdrawn\s+from|pull(?:s|ed|ing)?\s+out\s+of|exited|leave|"
                       r"walk(?:s|ed|ing)?\s+out\s+of|"  # "walked out of the CSTO in 2012"
                       r"withdraw\s+from|"
                       # "withdrew last year from the G5 Sahel", "withdrew in May 2012 from the CSTO"
                       r"(?:withdrew|withdraws|withdraw)\s+(?:(?:last|this|earlier\s+this)\s+(?:year|month|week)|"
                       # "formally withdrew on Tuesday from the CFE Treaty"
                       r"on\s+(?:[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8})|"
                       r"in\s+(?:[A-Z][a-z]+\s+)?\d{4})\s+from|"
                       # "completed its withdrawal from ECOWAS"
                       # ("announced their immediate withdrawal from ECOWAS", "confirmed its formal exit from")
                       r"(?P<its_exit>(?:its|their)\s+(?:(?:immediate|formal|official|planned)\s+)?"
                       r"(?:withdrawal|exit|departure)\s+from)|"
                       # "withdrew its ratification of the CTBT", "ended the country's participation in the G5 Sahel"
                       r"(?:withdrew|withdraws|withdrawing|revoked|revokes|rescinded)\s+(?:its|their)\s+"
                       r"ratification\s+of|"
                       r"(?:ended|ends|ending)\s+(?:its|their|the\s+country['’]s)\s+"
                       r"(?:participation|membership)\s+in|"
                       # "Venezuela's withdrawal from the OAS took effect in April 2019": a state's leaving, done
                       # ("Burkina Faso's withdrawal"; not one that "would take effect only if ...": a condition)
                       # ("Since Britain's departure from the EU, ...": one done before)
                       r"(?P<since>\b(?:[Ss]ince|[Aa]fter|[Ff]ollowing)\s+)?"
                       r"\b(?:[Tt]he\s+)?(?P<holder>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:’s|'s)\s+(?:formal\s+)?"
                       r"(?:withdrawal|exit|departure)\s+from\b"
                       r"(?(since)|(?=[^.;]{0,80}?\b(?:(?:took|takes|will\s+take|has\s+taken|came|comes|will\s+come|"
                       r"became|becomes|will\s+become)\s+(?:effect|effective|into\s+force)|"
                       # ("Niger's withdrawal from the G5 Sahel was announced in December 2023", as "Niger announced
                       # its withdrawal")
                       r"(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:announced|confirmed|"
                       r"completed|finali[sz]ed))\b))|"
                       r"(?:withdrew|withdraw|withdrawing|pull|pulled)\s+(?:the\s+country|it)\s+(?:from|out\s+of)|"
                       # "the juntas of A and B, who took their countries out of ECOWAS"
                       r"(?:took|take|takes|taking)\s+(?:the\s+country|their\s+countries|its\s+country|it)\s+"
                       r"out\s+of|"
                       # "the new government took Uruguay out of UNASUR", "X pulled Brazil out of the bloc": the
                       # state named
                       r"(?:took|take|takes|taking|pulled|pulls|pull|pulling)\s+"
                       r"(?P<whose>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?)\s+"
                       r"out\s+of|"
                       r"exit|"
                       # "Bolivia denounced the pact in 2012": a treaty's formal word for leaving it (not "denounced
                       # NATO", "denounced the pact as a threat", "... the treaty violations": condemning)
                       # ... and "renounced the Rio Treaty in 2012"
                       r"(?:de|re)nounc(?:e|es|ed|ing)(?=\s+(?:the\s+|that\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:treaty|"
                       r"convention|pact|accord|agreement)\b(?!\s+(?:as|violations?|breach\w*|for)\b))|"
                       # "Colombia formally withdrew in August 2018", "... also withdrew.": of what is spoken of
                       r"(?P<withdrew_bare>withdrew)(?=\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4}\b(?!\s+from)|\s*[.;]))\b",
                       re.I),
            "left", "leav", "quit", "withdr", "pull", "exit", "departure", "out of", "denounc", "renounc",
            "ratification",
            "ended ", "ends ", "ending ")
# ("delayed its departure from", "are negotiating their exit from": a leaving not done)
_EXIT_UNDONE_BEFORE = re.compile(r"\b(?:delay\w*|postpon\w*|put\s+off|halt\w*|revers\w*|reconsider\w*|rescind\w*|"
                                 r"block\w*|prevent\w*|stop\w*|oppos\w*|reject\w*|negotiat\w*|discuss\w*|debat\w*|"
                                 r"demand\w*|seek\w*|sought|plan\w*)\s+(?:the\s+terms\s+of\s+)?$", re.IGNORECASE)
# "The withdrawal of A, B and C from ECOWAS became official on Wednesday": the states listed left the body, where
# the sentence says that the leaving took effect (not "the withdrawal of A from X would weaken it": a supposition)
_WITHDRAWAL_OF = re.compile(r"\b(?:(?P<since>since|after|following)\s+)?(?:the\s+)?(?:formal\s+|official\s+)?"
                            r"(?:withdrawal|exit|departure)\s+of\s+(?:the\s+)?", re.IGNORECASE)
_FROM_A_BODY = re.compile(r"\s+from\s+(?:the\s+)?")
_LEAVING_DONE_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?\s+(?:(?:took|takes|will\s+take|has\s+taken|came|comes|"
                                 r"will\s+come|became|becomes|will\s+become|has\s+become)\s+(?:effect|effective|"
                                 r"into\s+force|official|final|formal)|(?:was|were|has\s+been|had\s+been|will\s+be)\s+"
                                 r"(?:formally\s+|officially\s+)?(?:announced|confirmed|completed|finali[sz]ed))\b")


def _withdrawal_of(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _WITHDRAWAL_OF.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        states = list_after(ctx, match.end(), (EntityType.STATE,), max_gap=0)
        via = _FROM_A_BODY.match(ctx.text, states[-1].end) if states else None
        body = next((m for m in ctx.mentions if via and m.start == via.end() and m.type in ORGS), None)
        named_end = body.end if body is not None else -1  # (where the text names it: by name, or by its head noun)
        referred = _HEAD_REFERENCE.match(ctx.text, states[-1].end) if via and body is None else None
        if referred is not None:  # "the withdrawal of A and B from the Community": the body so named before
            body, named_end = _org_reference(ctx, states[-1].end), referred.end(1)
        if body is None or not (match.group("since") or _LEAVING_DONE_AFTER.match(ctx.text, named_end)):
            continue
        # (the verb after says whether it is done or to come: "will take effect in 2026")
        scope = (match.start(), _clause_end(ctx, named_end))
        when = _clause_time(ctx, named_end) or _fronted_time(ctx, match.start())
        for state in states:
            yield Candidate(state, "left", body, None, (match.start(), named_end), 0.75, when, scope=scope)


# "Sweden pulled its contingent out of MINUSMA", "Germany's withdrawal from MINUSMA was completed": a state whose
# troops leave a multinational mission leaves it (a mission is a force of a body's, not the body the _LEFT verbs take)
_TROOPS_PULLED_OUT = re.compile(r"\b(?:pull(?:s|ed|ing)?|withdr(?:ew|aws|aw|awing|awn))\s+(?:all\s+)?(?:its|their)\s+"
                                r"(?:(?:entire|last|remaining|whole|final)\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:contingents?|troops|forces|soldiers|peacekeepers|personnel|battalions?|units?|"
                                r"blue\s+helmets)\s+(?:out\s+of|from)\s+(?:the\s+)?", re.IGNORECASE)
# ... or the state itself ("Malta withdrew from Operation Irini in 2020", "pulled out of MINUSMA")
_WITHDREW_FROM_MISSION = re.compile(r"\b(?:withdr(?:ew|aws|awing|awn)\s+(?:[a-z]+ly\s+)?from|"
                                    r"pull(?:s|ed|ing)?\s+out\s+of|quit|quits|left|leaves)\s+(?:the\s+)?")
_WITHDRAWAL_COMPLETED = re.compile(r"\b(?:complet(?:ed|es|ing|e)|finish(?:ed|es|ing))\s+(?P<holder>[A-Z][\w-]*"
                                   r"(?:\s+[A-Z][\w-]*){0,2})(?:’s|'s)\s+withdrawal\s+from\s+(?:the\s+)?")
_MISSION_NOUN = re.compile(r"(?:mission|force|operation)\b")


def _left_a_mission(ctx: SentenceContext) -> Iterator[Candidate]:
    for pattern in (_TROOPS_PULLED_OUT, _WITHDRAWAL_COMPLETED, _WITHDREW_FROM_MISSION):
        for match in pattern.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
            mission = next((m for m in ctx.mentions if m.start == match.end() and _is_mission(m)), None)
            if mission is None and _MISSION_NOUN.match(ctx.text, match.end()) and pattern is not _WITHDREW_FROM_MISSION:
                # "... and the UK withdrew its troops from the mission": the one named before in the sentence
                mission = next((m for m in reversed(ctx.mentions) if m.end <= match.start() and _is_mission(m)), None)
            if mission is None:
                continue
            holder = match.groupdict().get("holder")
            states = [m for m in ctx.mentions if holder and m.start == match.start("holder") and
                      m.type is EntityType.STATE] if holder else _subjects_before(ctx, match.start(),
                                                                                   (EntityType.STATE,))
            # ("The last troops landed on Friday, completing Germany's withdrawal": the main clause's time)
            when = _clause_time(ctx, match.end()) or (_first_date(ctx, ctx.sentence.start, match.start())
                                                      if holder else None)
            for state in states:
                if state.label != mission.part_of:
                    yield Candidate(state, "left", mission, None, (match.start(), match.end()), 0.7, when)


def _is_mission(mention: Mention) -> bool:
    """Whether ``mention`` is a multinational body's mission or force (MINUSMA, KFOR: the body's, not a state's)."""
    return mention.type is EntityType.MILITARY_UNIT and mention.part_of is not None


# "Latvia and the UK lead the Drone Coalition", "The coalition, led by France and Britain, met": a state that leads a
# body is one of it
# (not "will not lead the coalition": no leading says nothing of being in it)
_STATE_LEADS_BODY = re.compile(r"\b(?<!not )(?<!n't )(?<!never )(?:co-)?(?:leads|lead|led|leading)\s+(?:the\s+)?$")
_LED_BY_AFTER = re.compile(r",\s+(?:co-)?led\s+by\s+(?:the\s+)?")


def _leads_a_body(ctx: SentenceContext) -> Iterator[Candidate]:
    for body in ctx.mentions:
        if body.type not in ORGS or body.kind == "demonym":
            continue
        leads = _STATE_LEADS_BODY.search(ctx.text, max(ctx.sentence.start, body.start - 20), body.start)
        led_by = _LED_BY_AFTER.match(ctx.text, body.end) if leads is None else None
        leaders = _subjects_before(ctx, leads.start(), (EntityType.STATE,)) if leads is not None else \
            list_after(ctx, led_by.end(), (EntityType.STATE,), max_gap=0) if led_by is not None else []
        for state in leaders:
            yield Candidate(state, "member_of", body, None, (leads or led_by).span(), 0.7)


# "The AU suspended Mali from its activities": an organisation suspends the state named after the verb.
_SUSPENDS_STATE = Cue(re.compile(r"\b(?:(?:has|have|had)\s+)?(?:not\s+)?(?:suspended|suspends|suspending)\s+"
                                 r"(?=[A-Z])"), "suspend")
_IT_AFTER = re.compile(r"\s+it\b")
# "The UN Secretary-General", "The UN's envoy": a body that qualifies what the sentence is about, no topic itself
# The topic's apposition, which a body named in it stands in: ", one of eight coalitions operating under the "
_ASIDE_AFTER_THE_TOPIC = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?,\s+(?:one\s+of|an?|the)\s[^,;.]*$")
_NOUN_THE_BODY_QUALIFIES = re.compile(r"['’]s\b|\s+[A-Z][\w-]*|-|\s+(?:summit|meeting|talks|session|conference|"
                                      r"mission|operation|delegation|envoy|leaders|ministers|foreign|defence|defense|"
                                      r"military|naval|troops|forces|headquarters|member)\b")
# ... or an event or mission the body held ("NATO opened the summit in Vilnius. Hungary left it early")
_SOMETHING_INTRODUCED = re.compile(r"\b(?:[Aa]n?|[Ii]ts)\s|\bthe\s+(?:[a-z-]+\s+)?(?:summit|meeting|talks|session|"
                                   r"conference|mission|operation|exercise|drills|negotiations|ceremony|visit|"
                                   r"process|deal|agreement|treaty|pact|accord)\b")
_OPENING_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:The\s+)?$")  # a body its sentence opens with: the topic


def _body_it_stands_for(ctx: SentenceContext) -> Mention | None:
    """The body "it" stands for: the latest one named that :func:`_just_named` allows, which is not a noun's
    qualifier ("The UN Secretary-General was notified") ("The Drone Coalition, one of eight coalitions under the
    UDCG, was set up in 2024. A and B have since joined it": the coalition, named before the UDCG)."""
    named = sorted((b for b in (ctx.last_org, ctx.last_named_org, ctx.before_last_named_org) if b is not None),
                   key=lambda b: b.start, reverse=True)
    topic = next((b for b in named if _just_named(ctx, b) and not _NOUN_THE_BODY_QUALIFIES.match(ctx.text, b.end)),
                 None)
    later = [b for b in named if topic is not None and b.start > topic.end and b.label != topic.label]
    if later and not _ASIDE_AFTER_THE_TOPIC.match(ctx.text, topic.end, later[0].start):
        return None  # "The AU welcomed the creation of the AES. Chad has not joined it": either may be "it"
    return topic


def _just_named(ctx: SentenceContext, body: Mention | None) -> bool:
    """Whether ``body`` is what "it" may mean in this sentence: named shortly before, as the topic its sentence
    opened with, and followed by nothing else "it" may stand for, no exercise, agreement or thing introduced by
    "a" or "its" ("X was founded in 1997. Chile joined it in 2007"; not "NATO opened a training mission. Jordan
    joined it")."""
    return body is not None and body.end <= ctx.sentence.start and ctx.sentence.start - body.end < 250 and \
        _OPENING_BEFORE.search(ctx.text, max(0, body.start - 8), body.start) is not None and \
        _SOMETHING_INTRODUCED.search(ctx.text, body.end, ctx.sentence.start) is None and not (
        ctx.exercise is not None and ctx.exercise.start > body.start) and not (
        ctx.last_agreement is not None and ctx.last_agreement.start > body.start)


_BODYS_HEAD_AS_QUALIFIER = re.compile(r"(Forum|Community|Council|Alliance|Union|Organi[sz]ation|Initiative|Group)\s+"
                                      r"(?:[a-z]+\s+)?(?=(?:dialogue\s+)?(?:partner|observer|member))")


def _org_noun_status(ctx: SentenceContext, cue: Cue) -> Iterator[Candidate]:
    for match in _finditer(cue, ctx):
        start, end = _span(match, ctx)
        orgs_start = match.start("orgs" if match.group("orgs") else "bare") + ctx.sentence.start
        # ("Georgia is an aspiring NATO member": not one yet)
        orgs = [m for m in ctx.mentions if m.type in ORGS + (EntityType.AGREEMENT,) and orgs_start <= m.start < end
                and not _not_a_member_now(ctx, m, orgs_start)]
        head = _BODYS_HEAD_AS_QUALIFIER.match(ctx.text, orgs_start) if not orgs else None
        named = _body_called(ctx, head.group(1)) if head else None
        if named is not None and named.end <= start:
            # "Both China and the United States are Forum dialogue partners": the body named before by its noun
            orgs = [named]
        # "A and B are the only EU states not in NATO": what follows the members is no part of their clause
        # ("will take part for the first time as a NATO Ally": the standing it acts in holds now)
        scope = (start, end) if "only" in match.group(0) or match.group(0).startswith("as ") \
            or _RELATIVE_AFTER_STATUS.match(ctx.text, end) else None
        kind = match.group("kind").lower()
        relation = _status_relation(kind)
        if kind.startswith("all"):  # "a US ally" is no membership; "a NATO ally" is
            orgs = [m for m in orgs if m.type is EntityType.ALLIANCE]
        if relation == "member_of" and _APPLIED_TO_BECOME.search(ctx.text, max(ctx.sentence.start, start - 40), start):
            continue  # "have formally applied to become BRICS members": an application (see _APPLIED)
        # ("Turkey invited states that are not NATO members": a kind of state, not the sentence's subject)
        subjects = (_subjects_before(ctx, start, MEMBER_TYPES) or (
            [] if _KIND_THAT_IS_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 30), start)
            else _sentence_subject(ctx, start))) if orgs else []
        subjects = (_whose_country(ctx, start) or subjects) if orgs else subjects
        alongside = _ALONGSIDE.match(ctx.text, end) if subjects and len(orgs) == 1 else None
        if alongside:  # "A formally remains a CSTO member, alongside B, C and D"
            subjects = subjects + list_after(ctx, alongside.end(), MEMBER_TYPES, max_gap=0)
        # ("became an SCO dialogue partner in 2010": when the standing began)
        when = _standing_time(ctx, start, end)
        for state in subjects:
            for org in orgs:
                yield Candidate(state, relation, org, None, (start, end), 0.8, when, scope=scope)
        if relation == "partner_of" and len(orgs) == 1:
            yield from _members_through_a_programme(ctx, subjects, orgs[0], end, (start, end))


# ("A and B are EU members that do not belong to NATO": the relative clause's negation is of its own verb)
_RELATIVE_AFTER_STATUS = re.compile(r"(?:\s+(?:that|which|who)|,\s+(?:which|who))\s")


def _members_through_a_programme(ctx: SentenceContext, partners: list[Mention], body: Mention,
                                 at: int, trigger: tuple[int, int]) -> Iterator[Candidate]:
    """Members of the programme of ``body`` named right after ``at`` that makes ``partners`` its partners: "are
    partners of NATO through the alliance's Mediterranean Dialogue" (in the partnership's modality, ``trigger``)."""
    through = _THROUGH_A_PROGRAMME.match(ctx.text, at)
    programme = next((m for m in ctx.mentions if through and m.start == through.end() and m.part_of == body.label),
                     None)
    for state in partners if programme is not None else ():
        yield Candidate(state, "member_of", programme, None, trigger, 0.75)


_WHOSE_COUNTRY_BEFORE = re.compile(r",\s+whose\s+(?:country|nation|state|government)\s+$")


def _whose_country(ctx: SentenceContext, start: int) -> list[Mention]:
    """The state of the person a relative clause before ``start`` is on: "President of Turkmenistan X, whose country
    is not a member of the SCO,": Turkmenistan (named in the sentence), or nothing."""
    whose = _WHOSE_COUNTRY_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 30), start)
    person = next((m for m in ctx.mentions if whose and m.end == whose.start() and m.type is EntityType.PERSON), None)
    return [m for m in ctx.mentions if person is not None and m.type is EntityType.STATE
            and m.label == person.nationality and m.kind != "demonym"][:1]

_STATUS_NOUN_RIGHT_AFTER = re.compile(r"\s+(?:dialogue\s+)?(?:partner|observer|member)")
# "joined the OSCE in 2012 and has held ...": a second predicate after the object of the first
_AND_RIGHT_BEFORE = re.compile(r"\band\s+(?:also\s+|since\s+then\s+)?$")
_OBJECT_OF_A_VERB = re.compile(r"\b(?:joined|left|quit|entered|rejoined|founded|co-founded)\s+(?:the\s+)?$")
_AND_WAS_GRANTED = re.compile(r"\band\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:later\s+)?$")
def _standing_time(ctx: SentenceContext, start: int, end: int) -> str | None:
    """When a standing a match from ``start`` to ``end`` names was gained ("became an SCO dialogue partner in
    2010", "was granted observer status at the SCO in 2015"): a date right after it, or None (not "after talks
    that began in 2009")."""
    if not _STANDING_GAINED.search(ctx.text, max(ctx.sentence.start, start - 30), end):
        return None
    right_after = _STANDING_TIME_GAP.match(ctx.text, end)
    at = right_after.end() if right_after else -1
    return next((value for t_start, _, value, kind in ctx.times if t_start == at and "/" not in value
                 and not value.startswith("XXXX")), None)


_STANDING_TIME_GAP = re.compile(r"(?:\s+(?:(?:at|in|of|to|with)\s+)?(?:the\s+)?[A-Z][\w.’'-]*"
                                r"(?:\s+[A-Z][\w.’'-]*){0,4})?(?:\s+(?:in|on))?\s+")
# "became an SCO dialogue partner", "was granted observer status": a standing gained then
_STANDING_GAINED = re.compile(r"\b(?:became|becomes|become|(?:was|were|been)\s+(?:granted|given|awarded)|gained|"
                              r"obtained|received|acquired)\s")
_AT_BODY_BEFORE = re.compile(r"\b(?:at|in|within)\s+(?:the\s+)?$", re.I)
# "whose members are A and B, with C and D as observer states": the organisation named before the lists
_WITH_AS_OBSERVERS = Cue(re.compile(r"\bas\s+(?:an?\s+)?observers?(?:\s+(?:states|countries|nations|members))?\b"
                                    r"(?!\s+(?:at|in|of|to)\b)", re.I), "observer")
# "... with (the) " right before a name: the name is the object of "with" (also read by the article loop)
WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_MEMBERS_NAMED = re.compile(r"\bmembers\b|\bcompris|\bincludes?\b|\bbrings\s+together\b", re.I)


_GRANT_VERB = r"grants?|granted|granting|gave|gives?|given|giving|awarded|awards?"
_GRANTS_STATUS = Cue(re.compile(rf"\b(?:{_GRANT_VERB})\s+"
                                r"(?P<kind>observer|(?:dialogue[\s-]+)?partner)\s+status\s+to\s+(?:the\s+)?", re.I),
                     "observer", "partner")
# "granted Laos the status of SCO dialogue partner": the states, then the status
_GRANTS_STATES = Cue(re.compile(rf"\b(?:{_GRANT_VERB})\s+(?:the\s+)?"
                                r"(?=[A-Z])"), "grant", "gave", "give", "award")
_THE_STATUS_OF = re.compile(r"\s+(?:the\s+)?status\s+of\s+(?:an?\s+)?(?P<body>(?:(?-i:[A-Z])[\w-]*\s+)?)"
                            r"(?P<kind>observer|(?:dialogue[\s-]+)?partner)s?\b", re.I)
# "The Arab League granted Brazil observer status": the states, then the status
_STATUS_RIGHT_AFTER = re.compile(r"\s+(?P<body>)(?P<kind>observer|(?:dialogue[\s-]+)?partner)\s+status\b",
                                 re.IGNORECASE)
# "Observer status in the X has been granted to A and B": the status and its body, then the states
_STATUS_GRANTED_TO = Cue(re.compile(r"\b(?P<kind>observer|(?:dialogue[\s-]+)?partner)\s+status\s+(?:in|at|with|of)\s+"
                                    r"(?:the\s+)?(?P<body>[^,;]{2,60}?)\s+(?:has|have|had)\s+(?:also\s+)?been\s+"
                                    r"(?:granted|given|awarded)\s+to\s+(?:the\s+)?", re.IGNORECASE),
                         "observer", "partner")
# "Egypt and Qatar were granted the status of SCO dialogue partners": the states before, the status after
_STATES_GRANTED = Cue(re.compile(rf"\b(?:was|were|been|being|is|are)\s+(?:{_GRANT_VERB})"
                                 r"(?=\s+(?:the\s+)?status\s+of\b)", re.IGNORECASE), "status of")
# "the same status": the standing the clause before names (the last of these)
_SAME_STATUS = Cue(re.compile(rf"\b(?:{_GRANT_VERB}|grant)\s+(?:the\s+)?same\s+status\s+to\s+(?:the\s+)?",
                              re.IGNORECASE), "same status")
_STATUS_NAMED = re.compile(r"\b(observer|(?:dialogue[\s-]+)?partner)s?\b", re.IGNORECASE)
_GATHERING_AFTER = re.compile(r"(?<=the\s)(?:[\w-]+\s+){0,2}?(?:summit|meeting|session)\b")
# "... the status of observer at the SCO": the body after the status
_STATUS_HELD_AT = re.compile(r"\s+(?:at|in|of|with|to|by)\s+(?:the\s+)?", re.IGNORECASE)


def _body_named_in_status(ctx: SentenceContext, status: re.Match[str]) -> Mention | None:
    """The organisation a match of _THE_STATUS_OF names in it ("the status of SCO dialogue partner"), if any."""
    return next((m for m in ctx.mentions if m.type in ORGS and status.start("body") <= m.start < status.end("body")),
                None)


# "Thirteen non-Arctic states have observer status ...": a count of states that a list after the body names
_COUNTED_STATES_OPENING = re.compile(rf"(?:(?:Some|About|Nearly|More\s+than)\s+)?(?:\d+|{TWO_TO_TEN}|eleven|twelve|"
                                     r"[a-z]+teen|several)\s+(?:[\w-]+\s+){0,2}(?:states|countries|nations)\s+"
                                     r"(?:now\s+|also\s+)?(?:have|hold|enjoy)\b", re.IGNORECASE)
_INCLUDING_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?,\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?")
_ASIDE_THEN_AS_WELL_AS = re.compile(r",\s+(?:which|who)\s[^;,]{2,120},\s+as\s+well\s+as\s+(?:the\s+)?")


_NEITHER_STANDING_NOR = re.compile(r"\b(?:is|are|was|were|remains?)\s+neither\s+an?\s+(?P<first>member|observer|"
                                   r"(?:dialogue\s+)?partner)\s+nor\s+an?\s+(?P<second>member|observer|"
                                   r"(?:dialogue\s+)?partner)\s+(?:of|in)\s+(?:the\s+)?")


def _neither_standing(ctx: SentenceContext) -> Iterator[Candidate]:
    """"Bangladesh is neither a member nor a dialogue partner of the SCO": both standings, denied."""
    for match in _NEITHER_STANDING_NOR.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        org = next((m for m in ctx.mentions if m.start == match.end() and m.type in ORGS), None)
        subjects = _subjects_before(ctx, match.start(), MEMBER_TYPES) if org is not None else []
        for state in subjects:
            for noun in (match.group("first"), match.group("second")):
                yield Candidate(state, _status_relation(noun), org, None, (match.start(), org.end), 0.75)


def _status(ctx: SentenceContext) -> Iterator[Candidate]:
    if "neither" in ctx.folded:
        yield from _neither_standing(ctx)
    yield from _org_noun_status(ctx, _IS_ORG_PARTNER)  # "Egypt has been an SCO dialogue partner since 2022"
    for match in _finditer(_OBSERVER, ctx):
        start, end = _span(match, ctx)
        target = _org_reference(ctx, end) if match.group(0).rstrip().lower().endswith(
            ("at", "in", "with", "to", "of")) else _nearest_after(ctx, end, ORGS, max_gap=10)
        owner_at = match.start("owner") + ctx.sentence.start if match.group("owner") else -1
        target = next((m for m in ctx.mentions if m.start == owner_at and m.type in ORGS), target)
        relation = "partner_of" if match.group("partner") else "observer_of"
        subjects = _subjects_before(ctx, start, MEMBER_TYPES + ORGS)  # the EU is an observer in places
        where = _WHERE_IT.fullmatch(ctx.text, subjects[-1].end, start) if subjects and subjects[-1].type in ORGS \
            else None
        if where is not None:  # "It is not a member of the SCO (SCO), where it has held observer status since 2004"
            target, subjects = subjects[-1], _opening_state(ctx)
        second_verb = _AND_WAS_GRANTED.search(ctx.text, max(ctx.sentence.start, start - 30), start)
        # (an organisation found as the subject is one named in a status noun before, "an SCO dialogue partner",
        # not the clause's own subject, "The CSTO was founded in 2002 and was granted ...")
        if second_verb and (not subjects or subjects[0].type in ORGS and _STATUS_NOUN_RIGHT_AFTER.match(
                ctx.text, subjects[-1].end)):
            # "Belarus became an SCO dialogue partner in 2010 and was granted observer status in 2015": the
            # sentence's subject, of the body named before
            subjects = _opening_state(ctx)
            target = target or _nearest_before(ctx, start, ORGS, max_gap=start - ctx.sentence.start)
        elif subjects and subjects[0].type in ORGS and not _opens_sentence(ctx, subjects[0]) and \
                _AND_RIGHT_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 12), start) and \
                _OBJECT_OF_A_VERB.search(ctx.text, max(ctx.sentence.start, subjects[0].start - 20), subjects[0].start):
            # "Chile joined the OSCE in 2012 and has held observer status in the SCO": the first verb's object is
            # no subject of the second
            subjects = _opening_state(ctx)
        if not subjects and (_IT_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 20), start)
                             or _IT_THEN_AND.search(ctx.text, max(ctx.sentence.start, start - 100), start)):
            # "Serbia is not a member of the CSTO, but it has observer status at", "..., although it takes part in
            # the PfP and holds observer status in"
            subjects = _opening_state(ctx)
        anchor = target.end if target is not None and target.start >= end else end  # (the body named, or none)
        including = _INCLUDING_AFTER.match(ctx.text, anchor) if not subjects and \
            _COUNTED_STATES_OPENING.match(ctx.sentence.text) else None
        if including:  # "Thirteen states have observer status in X, including A, which ..., as well as B and C"
            subjects = list_after(ctx, including.end(), MEMBER_TYPES, max_gap=0)
            more = _ASIDE_THEN_AS_WELL_AS.match(ctx.text, subjects[-1].end) if subjects else None
            subjects += list_after(ctx, more.end(), MEMBER_TYPES, max_gap=0) if more else []
        if subjects and subjects[0].type in ORGS and _AT_BODY_BEFORE.search(
                ctx.text, max(ctx.sentence.start, subjects[0].start - 12), subjects[0].start):
            # "At the SCO, Japan and the EU hold observer status": the body they observe opens the list
            target, subjects = target or subjects[0], subjects[1:]
        if target is None:
            # "Japan, the European Union and Chile hold observer status": an organisation in the list is an
            # observer, and the one they observe is named before the list or in an earlier sentence.
            before = min((state.start for state in subjects), default=start)
            target = _nearest_before(ctx, before, ORGS, max_gap=200) or _latest_body(ctx)
        if target is None:
            continue
        when = _standing_time(ctx, start, end)
        for state in subjects:
            yield Candidate(state, relation, target, None, (start, end), 0.85, when,
                            scope=(where.end(), end) if where is not None else None)
        together = _TOGETHER_WITH_AFTER.match(ctx.text, target.end) if subjects and target.start >= end else None
        for state in list_after(ctx, together.end(), MEMBER_TYPES, max_gap=0) if together else ():
            yield Candidate(state, relation, target, None, (start, state.end), 0.8, when)  # "..., alongside A and B"
    for match in _finditer(_GRANTS_STATUS, ctx):
        start, end = _span(match, ctx)  # "Its Parliamentary Assembly grants observer status to A and B"
        body = _nearest_before(ctx, start, ORGS, max_gap=40)
        if body is None and not any(m.type in ORGS for m in ctx.mentions):
            body = _latest_body(ctx)  # "The summit also granted dialogue partner status to Laos": the body's
        relation = _status_relation(match.group("kind").lower())
        for state in list_after(ctx, end, MEMBER_TYPES, max_gap=0) if body is not None else ():
            yield Candidate(state, relation, body, None, (start, end), 0.8)
    for match in _finditer(_GRANTS_STATES, ctx) if " status" in ctx.folded else ():
        start, end = _span(match, ctx)
        granted = list_after(ctx, end, MEMBER_TYPES, max_gap=0)
        status = (_THE_STATUS_OF.match(ctx.text, granted[-1].end) or _STATUS_RIGHT_AFTER.match(
            ctx.text, granted[-1].end)) if granted else None
        if status is None:
            continue
        named = _body_named_in_status(ctx, status)
        # (the body granting it, or the one spoken of, where the status names none: "the status of observer")
        body = named or (_nearest_before(ctx, start, ORGS, max_gap=40) or _latest_body(ctx)
                         if not status.group("body") else None)
        body = _acting_body(body) if body is not None and body is not named else body
        relation = _status_relation(status.group("kind").lower())
        for state in granted if body is not None else ():
            yield Candidate(state, relation, body, None, (start, status.end()), 0.8)
    for match in _finditer(_STATUS_GRANTED_TO, ctx):
        start, end = _span(match, ctx)
        body = next((m for m in ctx.mentions if m.type in ORGS and m.start == start + match.start("body")
                     - match.start()), None)
        relation = _status_relation(match.group("kind").lower())
        for state in list_after(ctx, end, MEMBER_TYPES, max_gap=0) if body is not None else ():
            yield Candidate(state, relation, body, None, (start, end), 0.8)
    for match in _finditer(_STATES_GRANTED, ctx):
        start, end = _span(match, ctx)
        status = _THE_STATUS_OF.match(ctx.text, end)
        if status is None:
            continue
        body = _body_named_in_status(ctx, status)
        held_at = _STATUS_HELD_AT.match(ctx.text, status.end()) if body is None else None
        if held_at is not None:  # (not "the status of observers at the talks in Geneva, the UN said")
            body = next((m for m in ctx.mentions if m.start == held_at.end() and m.type in ORGS), None) or (
                _org_reference(ctx, held_at.start()) if _BLOC_AFTER.match(ctx.text, held_at.start()) else None)
        if body is None and not any(m.type in ORGS for m in ctx.mentions) and (
                held_at is None or _GATHERING_AFTER.match(ctx.text, held_at.end())):
            body = _latest_body(ctx)  # "A and B were granted the status of dialogue partners at the summit"
        relation = _status_relation(status.group("kind").lower())
        for state in _subjects_before(ctx, start, MEMBER_TYPES) if body is not None else ():
            yield Candidate(state, relation, body, None, (start, status.end()), 0.8)
    for match in _finditer(_SAME_STATUS, ctx):
        start, end = _span(match, ctx)  # "..., and leaders agreed to grant the same status to C and D"
        granted = _STATUS_NAMED.findall(ctx.text, ctx.sentence.start, start)
        body = _nearest_before(ctx, start, ORGS, max_gap=start - ctx.sentence.start) or (
            _latest_body(ctx) if not any(m.type in ORGS for m in ctx.mentions) else None)
        for state in list_after(ctx, end, MEMBER_TYPES, max_gap=0) if granted and body is not None else ():
            yield Candidate(state, _status_relation(granted[-1].lower()), body, None, (start, end), 0.75)
    for match in _finditer(_WITH_AS_OBSERVERS, ctx):
        start, end = _span(match, ctx)
        observers = list_before(ctx, start, MEMBER_TYPES, max_gap=1)
        if observers and WITH_BEFORE.search(ctx.text, max(ctx.sentence.start, observers[0].start - 10),
                                             observers[0].start):
            target = _nearest_before(ctx, observers[0].start, ORGS, max_gap=200)
            if target is None or not _MEMBERS_NAMED.search(ctx.text, target.end, observers[0].start):
                continue  # "NATO held the drills with Sweden as an observer": the drills' observer
            for state in observers:
                yield Candidate(state, "observer_of", target, None, (start, end), 0.8)
    for match in _finditer(_AS_OBSERVER, ctx):
        start, end = _span(match, ctx)
        target = _nearest_after(ctx, end, ORGS + (EntityType.EXERCISE,), max_gap=12) or _org_reference(ctx, end)
        if target is None or ctx.text.startswith(("'s", "’s"), target.end):
            continue  # ("the observer states of the CSTO's Parliamentary Assembly": of the body's organ)
        # ("Mongolia is among the observer states of the SCO that do not seek membership": the standing is)
        for state in _subjects_before(ctx, start, MEMBER_TYPES):
            yield Candidate(state, "observer_of", target, None, (start, end), 0.8, scope=(state.start, target.end))
    for match in _finditer(_ATTENDS_AS_OBSERVER, ctx):  # "Lithuania attends EI2 meetings as an observer"
        start, end = _span(match, ctx)
        target = next((m for m in ctx.mentions if m.type in ORGS and start < m.start < end), None)
        bloc = _THE_BLOCS_MEETINGS.match(ctx.text, start) if target is None else None
        if bloc is not None:  # "Mongolia attends the bloc's meetings as an observer": the body "the bloc" means
            target = _org_reference(ctx, bloc.start("bloc"))
        subjects = _subjects_before(ctx, start, MEMBER_TYPES) if target is not None else []
        which = _WHICH_THEN_VERBS.search(ctx.text, ctx.sentence.start, start) \
            if target is not None and not subjects else None
        if which is not None:  # "Bangladesh, which had earlier attended CSC meetings as an observer, ..."
            subjects = _of_types([m for m in ctx.mentions if m.end == which.start()], MEMBER_TYPES)
        together = _TOGETHER_WITH_AFTER.match(ctx.text, end) if subjects else None
        if together:  # "... as an observer along with Seychelles": it too
            subjects = subjects + list_after(ctx, together.end(), MEMBER_TYPES, max_gap=0)
        for state in subjects:
            yield Candidate(state, "observer_of", target, None, (start, end), 0.75)
    for match in _finditer(_PARTNER, ctx):
        start, end = _span(match, ctx)
        # "are among the SCO's dialogue partners": the body named in the trigger
        target = next((m for m in ctx.mentions if m.type in ORGS and start < m.start < end), None)
        after = _org_reference(ctx, end) if target is None else None
        # (the body right after "partner of", or the one "the alliance" means: not "a reliable partner of Ukraine,
        # a NATO spokesman said", nor "one of France's closest partners in the EU", whose partner is France)
        if after is not None and (after.start < end or after.start - end <= 6) and not _POSSESSOR_NOT_A_BODY.search(
                match.group(0)):
            target = after
        if target is None and "among" in match.group(0).lower():  # "are among its dialogue partners"
            target = _nearest_before(ctx, start, ORGS, max_gap=300) or ctx.last_org
        if target is None and (match.group("bloc") or match.group("apposed_bloc")):
            # "one of the alliance's closest partners"
            target = _bloc_before(ctx, start) or ctx.last_org
        listed = _subjects_before(ctx, start, (*MEMBER_TYPES, *ORGS)) if target is not None else []
        if target in listed:  # ("China and the EU are among its partners": the body named before, not the EU)
            target = ctx.last_org if ctx.last_org not in listed else None
        if target is None or target.start >= end and ctx.text.startswith(("'s", "’s"), target.end) or \
                (target.type is EntityType.AGREEMENT or target.part_of) and _PARTNER_KIND.search(match.group(0)):
            # ("one of the partner countries of NATO's Mediterranean Dialogue": a member of the body's programme,
            # see _membership)
            continue
        # ("Colombia is among the partner countries of NATO that do not ...": the standing is; "China, Japan and
        # the EU are among its partners": the states of a list that ends in a body)
        partners = _subjects_before(ctx, start, MEMBER_TYPES) or [m for m in listed if m.type in MEMBER_TYPES]
        but = [] if partners else _subject_of_a_relative_but(ctx, start)
        partners = partners or but
        when = _standing_time(ctx, start, end) if partners else None  # "which became a partner of NATO in 2017"
        for state in partners:
            # (after "but", the second predicate's own words: not the relative clause's "is not a member", nor the
            # first predicate's, "is not a NATO member but has been a partner")
            second = but or _SECOND_PREDICATE_BEFORE.search(ctx.text, max(state.end, start - 12), start)
            yield Candidate(state, "partner_of", target, None, (start, end), 0.8, when,
                            scope=(start if second else state.start, max(end, target.end)))
        yield from _members_through_a_programme(ctx, partners, target, max(end, target.end), (start, end))
        # "A and B are among NATO's Indo-Pacific partners, together with C and D": they too
        # ("Chile is one of NATO's four partners, along with Peru and Ecuador")
        together = _TOGETHER_WITH_AFTER.match(ctx.text, end) if _AMONG_OR_ONE_OF.search(match.group(0)) else None
        for state in list_after(ctx, together.end(), (EntityType.STATE,), max_gap=0) if together else ():
            yield Candidate(state, "partner_of", target, None, (start, state.end), 0.75)
        as_is = _AS_IS.match(ctx.text, end) if partners and "among" in match.group(0).lower() else None
        for other in list_after(ctx, as_is.end(), (*MEMBER_TYPES, *ORGS), max_gap=0) if as_is else ():
            # "A, B and C are among IGAD's partners, as is the EU"
            if other.label != target.label:
                yield Candidate(other, "partner_of", target, None, (start, other.end), 0.75)
    for match in (_PARTNER_IN_OTHER_WORDS.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end)
                  if "partner" in ctx.folded or "observer since" in ctx.folded else ()):
        # "Azerbaijan has the status of an SCO dialogue partner"; "Finland and Sweden cooperated with the Alliance
        # as partners", "Sweden, which has trained with NATO forces for years as a partner country": the body's
        if match.group("standing"):  # (none named in the sentence: the one the sentence before named)
            body = ctx.last_org if ctx.last_org is not None and not any(m.type in ORGS for m in ctx.mentions) \
                and ctx.last_org.start >= _sentences_back(ctx, 1) else None
            who = _subjects_before(ctx, match.start(), (EntityType.STATE,)) or _opening_state(ctx)
            when = _year_since(ctx, match.end())
            relation = "observer_of" if match.group("standing") == "observer" else "partner_of"
            for state in who if body is not None else ():
                yield Candidate(state, relation, body, None, (match.start(), match.end()), 0.7, when,
                                scope=(match.start(), match.end()))
            continue
        if match.group("counter") or match.group("counting_bloc"):
            body = next((m for m in ctx.mentions if m.type in ORGS and m.start == match.start("counter")), None) \
                if match.group("counter") else _bloc_before(ctx, match.start()) or ctx.last_org
            for state in _subjects_before(ctx, match.start(), MEMBER_TYPES) if body is not None else ():
                yield Candidate(state, "partner_of", body, None, (match.start(), match.end()), 0.75)
            continue
        if match.group("who"):  # (the body the relative clause is on, and the states it names)
            body = next((m for m in ctx.mentions if m.type in ORGS and m.end == match.start()), None)
            who = [m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                   and match.start("who") <= m.start < match.end("who")]
            when = _year_since(ctx, match.end()) if _SINCE_AFTER.match(ctx.text, match.end()) else None
            for state in who if body is not None else ():
                yield Candidate(state, "partner_of", body, None, (match.start(), match.end()), 0.75, when,
                                scope=(match.start(), match.end()))
            continue
        body = next((m for m in ctx.mentions if m.type in ORGS and m.kind != "demonym"
                     and m.start == match.start("body")), None) if match.group("body") else \
            _org_reference(ctx, match.start("the_body"))
        # (the subject of the verb's own clause: "A was a founder of X, while B and C cooperated with ...")
        opening = _clause_opening(ctx, match.start())
        partners = _subjects_before(ctx, match.start(), (EntityType.STATE,)) or (
            list_after(ctx, opening, (EntityType.STATE,), max_gap=2) if opening > ctx.sentence.start
            else _sentence_subject(ctx, match.start()))
        # (its own words and their auxiliary: "has not cooperated"; not "remained outside and cooperated")
        denied = _NOT_OR_NEVER_BEFORE.search(ctx.text, max(ctx.sentence.start, match.start() - 20), match.start())
        scope = (denied.start() if denied else match.start(), match.end())
        for state in partners if body is not None else ():
            yield Candidate(state, "partner_of", body, None, (match.start(), match.end()), 0.75, scope=scope)
    for match in (_GRANTED_STATUS.finditer(ctx.sentence.text) if "status" in ctx.folded else ()):
        # "Jordan is not a member of NATO, but the alliance granted it the status of Enhanced Opportunities
        # Partner in June 2020": the standing a body grants
        start, end = _span(match, ctx)
        body = _nearest_before(ctx, start, ORGS, max_gap=start - ctx.sentence.start) if not match.group("bloc") \
            else _bloc_before(ctx, start) or ctx.last_org
        who = [m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
               and m.start == ctx.sentence.start + match.start("who")] if match.group("who")[0].isupper() \
            else _opening_state(ctx)
        body = _acting_body(body) if body is not None else None  # (an organ grants its body's standing)
        for state in who if body is not None else ():
            yield Candidate(state, _status_relation(match.group("kind").lower()), body, None, (start, end), 0.75,
                            _clause_time(ctx, end))
    for match in (_PARTNERS_SUCH_AS.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end)
                  if "partners" in ctx.folded else ()):
        # "NATO works with partners such as Japan and South Korea", "the alliance's partners, including A and B":
        # the body named in the sentence before, or the one "its" or "the alliance" means
        # (the subject of the sentence, not any body it names: "NATO leaders met, while Russia courted partners
        # such as Iran"; "Russia and its partners, including Iran")
        first = next((m for m in ctx.mentions if m.kind != "demonym"), None)
        body = first if first is not None and first.type in ORGS and first.end <= match.start() and \
            _opens_sentence(ctx, first) else ctx.last_org if _THE_BODY_OPENING.match(ctx.sentence.text) else None
        if body is not None and any(m.type is EntityType.STATE and m.kind != "demonym"
                                    and body.end <= m.start < match.start() for m in ctx.mentions):
            body = None
        for state in list_after(ctx, match.end(), (EntityType.STATE,), max_gap=0) if body is not None else ():
            yield Candidate(state, "partner_of", body, None, (match.start(), state.end), 0.7)
    for pattern, relation in ((_APPLIED, "applied_for_membership_of"), (_SUSPENDED, "suspended_participation_in"),
                              (_LEFT, "left")):
        for match in _finditer(pattern, ctx):
            start, end = _span(match, ctx)
            if (relation == "suspended_participation_in" or relation == "left" and _GERUND.match(match.group(0))) and \
                    _NOT_DONE_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 60), start):
                continue  # "threatened to suspend", "considered suspending", "called on X to suspend", "could suspend";
                # "is considering ending its participation in", "considering withdrawing its ratification of"
            if match.groupdict().get("its_exit") and _EXIT_UNDONE_BEFORE.search(
                    ctx.text, max(ctx.sentence.start, start - 40), start):
                continue  # "has delayed its departure from ECOWAS", "is negotiating its exit from": not done
            if match.groupdict().get("passive_in") is not None:
                inner = (match.start("passive_in") + ctx.sentence.start, match.end("passive_in") + ctx.sentence.start)
                target = next((m for m in ctx.mentions if m.type in (*ORGS, EntityType.AGREEMENT)
                               and inner[0] <= m.start < inner[1]), None)
                for state in list_after(ctx, end, MEMBER_TYPES, max_gap=0) if target is not None else ():
                    yield Candidate(state, relation, target, None, (start, state.end), 0.8)
                continue
            # ('told parliament that Armenia "will leave" the alliance': past the quotation's end)
            target = _org_reference(ctx, end + 1 if ctx.text.startswith(("”", '"'), end) else end)
            if match.groupdict().get("no_longer") and (
                    target is None or not _NOTHING_OR_THE.fullmatch(ctx.text, end, target.start)
                    or _DRILLS_OR_TALKS_AFTER.match(ctx.text, target.end)):
                continue  # "will no longer take part in CSTO events" (not "in the Zapad exercise", "in NATO drills")
            # ("suspended its participation in 2007, arguing that NATO ...": no object, so what is spoken of)
            unnamed = relation == "suspended_participation_in" and _ITS_PARTICIPATION.search(match.group(0)) \
                and _NOTHING_OR_A_TIME_AFTER.match(ctx.text, end)
            if unnamed:
                target = None
            treaty = next((m for m in ctx.mentions if m.type is EntityType.AGREEMENT and target is not None
                           and end <= m.start < target.start and m.start - end <= 12), None)
            if relation == "left" and treaty is not None:
                target = treaty  # "withdrew from the 1990 CFE Treaty in 2023, citing NATO expansion": the treaty
            if target is not None and not _is_bloc(target) and "," in ctx.text[end:target.start]:
                target = None  # "applied for membership, Malaysia's Ministry of Defence confirmed": the source
            if target is not None and target.start > end and "," in ctx.text[end:target.start] and \
                    _WHICH_SUBJECT_BEFORE.search(ctx.text, ctx.sentence.start, start):
                target = None  # "Unlike the CSTO, which Uzbekistan left in 2012, the SCO ...": the clause's antecedent
            # "applied to join NATO's Partnership for Peace": the programme (not "took part in NATO's PfP but never
            # applied to join the alliance": the alliance)
            if target is not None and target.start >= end:
                # (a unit the body owns, or else the programme a narrower search would find: one search for both)
                target = _possessed(ctx, target, (EntityType.MILITARY_UNIT,))
                if target.type is EntityType.MILITARY_UNIT:
                    continue  # "suspended its participation in NATO's Operation Sea Guardian": no step from NATO itself
            apposed = _BODY_IT_LEFT_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 60), start) \
                if target is None and relation == "left" else None
            body = _nearest_before(ctx, apposed.start(), ORGS, max_gap=0) if apposed is not None else None
            if body is not None:
                # "Mali is no longer a member of the G5 Sahel, the grouping it quit last year": the state the
                # sentence is about left the body set off before
                when = _first_date(ctx, start, ctx.sentence.end, year_after_in=True)
                for state in _sentence_subject(ctx, body.start)[:1]:
                    yield Candidate(state, relation, body, None, (start, end), 0.75, when, scope=(apposed.start(),
                                                                                              ctx.sentence.end))
                continue
            if target is None:  # "the EU, which Moldova applied to join": the organisation before the clause
                relative = re.search(r",\s+which\s+$", ctx.text[ctx.sentence.start:start])
                subject = _subjects_before(ctx, start, MEMBER_TYPES)
                if relative is None and subject:
                    relative = _FROM_WHICH_BEFORE.search(ctx.text[ctx.sentence.start:subject[0].start])
                    if relative is not None:
                        # ("the Treaty on Open Skies, from which Russia withdrew in 2021": a treaty one leaves)
                        target = _nearest_before(ctx, subject[0].start, ORGS + (EntityType.AGREEMENT,)
                                                 if relation == "left" else ORGS, max_gap=len(relative.group(0)) + 1)
                if target is not None:  # the relative clause has its own modality ("which X applied to join")
                    clause_end = ctx.text.find(",", end, ctx.sentence.end)
                    # (not a clause of its own inside it: "from which Russia withdrew after the US pulled out")
                    subordinate = _SUBORDINATE_CLAUSE.search(ctx.text, end, clause_end if clause_end > 0
                                                             else ctx.sentence.end)
                    clause_end = subordinate.start() if subordinate else clause_end
                    scope = (start - 40, clause_end if clause_end > 0 else ctx.sentence.end)
                    # ("which Britain left after a 2016 referendum": no year of its leaving)
                    when = _first_date(ctx, start, scope[1], year_after_in=True)
                    for state in subject or _sentence_subject(ctx, start):
                        yield Candidate(state, relation, target, None, (start, end), 0.8, when, scope=scope)
                    continue
            if target is not None and (_ITS_EXERCISE.match(ctx.text, target.end) or _THE_BLOCS.match(ctx.text, end)):
                continue  # "pulled out of the first BIMSTEC military exercise", "... of the grouping's first one"
            the_treaty = _THE_TREATY.match(ctx.text, end) if target is None else None
            if the_treaty is not None and relation == "left":
                # "Latvia and Estonia left the treaty on the same day" (one named before in the sentence, if any:
                # "Mexico withdrew from the Rio Treaty, while A and B denounced the pact")
                target = _nearest_before(ctx, start, (EntityType.AGREEMENT,), max_gap=start - ctx.sentence.start) \
                    or _treaty_called(ctx, the_treaty.group("noun"))
            if target is None and relation == "left":  # "left the (1997) Ottawa Convention banning mines"
                target = _nearest_after(ctx, end, (EntityType.AGREEMENT,), max_gap=10)
            if the_treaty is not None and relation == "suspended_participation_in" and \
                    not match.groupdict().get("bare_suspended"):
                # "The X Treaty ... Russia imposed a moratorium on its participation in the treaty": the one named
                target = _treaty_called(ctx, the_treaty.group("noun"))
            if target is None and relation == "suspended_participation_in" and match.groupdict().get("bare_suspended"):
                aside = _DASHED_ASIDE_BEFORE.search(ctx.text, ctx.sentence.start, start)
                subjects = _subjects_before(ctx, aside.start() if aside else start, MEMBER_TYPES)
                if not subjects or not _opens_sentence(ctx, subjects[0]) or not _NOTHING_OR_AN_ASIDE.fullmatch(
                        ctx.text, subjects[-1].end, start):
                    continue  # (not "Flights to Niger were suspended in May", "Niger's talks were suspended")
                by = _BY_A_BODY_AFTER.match(ctx.text, end)
                if by is not None:  # "Mali was suspended on March 1 by the Francophonie, not by the AU"
                    target = next((m for m in ctx.mentions if m.start == by.end() and m.type in ORGS), None)
                    if target is None:
                        continue
                else:
                    target = _nearest_before(ctx, start, ORGS, max_gap=start - ctx.sentence.start) or (
                        _salient_body(ctx, ctx.last_org) if not any(m.type in ORGS for m in ctx.mentions) else None)
            if relation == "suspended_participation_in" and (match.groupdict().get("suspended_treaty") is not None
                                                             or match.groupdict().get("abeyance") is not None
                                                             or match.groupdict().get("holder_treaty") is not None):
                # "suspended the 1990 CFE Treaty", "suspended the treaty": the treaty named there, or the one spoken of
                target = _nearest_after(ctx, end, (EntityType.AGREEMENT,), max_gap=30) or (
                    ctx.last_agreement if _THE_TREATY.match(ctx.text, end) else None)
                if target is None or match.groupdict().get("holder_treaty") is not None and not any(
                        m.type is EntityType.STATE and m.end == match.end("holder") + ctx.sentence.start
                        for m in ctx.mentions):
                    continue  # (and "called for the EU's suspension of the X Agreement": no state's own)
            if target is None and relation == "suspended_participation_in":
                target = None if unnamed else _nearest_after(ctx, end, ORGS + (EntityType.AGREEMENT,), max_gap=60)
                if target is not None and _ANOTHER_ACT_BETWEEN.search(ctx.text, end, target.start):
                    target = None  # "Egypt was suspended in 1979 after signing a peace treaty": another act's object
                if target is None and match.groupdict().get("whose") and not unnamed:
                    # "The Arab League froze Syria's membership in 2011": the body that did it
                    target = _nearest_before(ctx, start, ORGS, max_gap=start - ctx.sentence.start)
                if target is None and match.groupdict().get("holder"):  # "Fiji's participation in X was suspended"
                    target = next((m for m in ctx.mentions if m.type in ORGS and start <= m.start < end), None)
                if target is None and match.groupdict().get("holder") and not match.groupdict().get("inner") and \
                        not any(m.type in ORGS for m in ctx.mentions) and _NOTHING_OR_A_TIME_AFTER.match(ctx.text, end):
                    # "The CBSS was founded in 1992. ... Russia's participation was suspended in March 2022": the
                    # body the text speaks of (not one a list of members ended with: "..., together with the EU")
                    target = next((b for b in (ctx.last_named_org, ctx.before_last_named_org)
                                   if b is not None and b.start >= _sentences_back(ctx, 2)
                                   and not _A_MEMBER_ADDED_BEFORE.search(ctx.text, max(0, b.start - 24), b.start)),
                                  None)
                if target is None and match.groupdict().get("inner"):  # "Syria's membership of the league was"
                    target = _org_reference(ctx, match.start("inner") + ctx.sentence.start)
                if target is None and re.search(r"\b(?:its|their)\s", match.group(0)):
                    target = _in_which_antecedent(ctx, start)  # "the CFE Treaty, in which Russia suspended its"
                if target is None and re.search(r"\b(?:its|their)\s", match.group(0)):
                    # "Uzbekistan joined the CSTO in 2006, only to suspend its membership in 2012"; "Armenia, one
                    # of the members of the alliance, froze its participation": the body the sentence speaks of
                    target = _nearest_before(ctx, start, ORGS + (EntityType.AGREEMENT,),
                                             max_gap=start - ctx.sentence.start) or (
                        ctx.last_org if _THE_BLOC.search(ctx.text, ctx.sentence.start, start) else None)
                    treaty = ctx.last_agreement
                    # (not "the Constitutive Treaty of UNASUR" after UNASUR: the body's own founding treaty)
                    # (nor "its Constitutive Treaty" after the body: its own, owned by "its")
                    bodys_own = treaty is not None and ctx.last_org is not None and (
                        ctx.last_org.text in treaty.label or ctx.last_org.label in treaty.label
                        or ctx.text.endswith("its ", max(0, treaty.start - 4), treaty.start))
                    if target is None and unnamed and treaty is not None and not bodys_own and (
                            ctx.last_org is None or ctx.last_org.start < treaty.start
                            and not ctx.last_org.label.startswith(treaty.label)  # (the CSTO's own treaty)
                            # ("The 1990 treaty, signed by NATO and Warsaw Pact states, capped tanks. Russia
                            # suspended its participation": the treaty the sentence before spoke of)
                            or _TREATY_SPOKEN_OF.match(ctx.text, _sentences_back(ctx, 1))):
                        target = treaty  # "The CFE treaty capped tanks. Russia suspended its participation in 2007"
                    if target is None and not any(m.type in ORGS for m in ctx.mentions) and \
                            _NOTHING_OR_A_TIME_AFTER.match(ctx.text, end):
                        # "Uzbekistan suspended its membership in 2012." after the bloc's name
                        target = _salient_body(ctx, ctx.last_org)
            if target is None and relation == "left" and _IT_AFTER.match(ctx.text, end):
                # "was suspended from the CBSS in 2022 and quit it": the organisation named before, or the one
                # referred to before ("X, which rejoined the organisation in 2006, left it again in 2012")
                spoken_of = _SPOKEN_OF.search(ctx.text, ctx.sentence.start, start)
                # ... or the topic the sentence before opened with ("The G5 Sahel was set up in 2014. Mali left it")
                # ("suspended the CFE Treaty in 2007 and withdrew from it in 2023": the treaty)
                target = _nearest_before(ctx, start, ORGS + (EntityType.AGREEMENT,),
                                         max_gap=start - ctx.sentence.start) or (
                    _org_reference(ctx, spoken_of.start()) if spoken_of else _body_it_stands_for(ctx))
            if target is None and (match.groupdict().get("bare") or match.groupdict().get("applied_bare")
                                   or match.group(0).endswith("join")
                                   and _NOTHING_JOINED.match(ctx.text, end)):
                # "applied for membership in May 2022"; "is not a NATO member and has not applied to join, but"
                target = _nearest_before(ctx, start, ORGS, max_gap=start - ctx.sentence.start) or (
                    _salient_body(ctx, ctx.last_named_org) if not any(m.type in ORGS for m in ctx.mentions) else None)
            if target is None and relation == "left" and (_LEFT_BARE.match(ctx.text, end)
                                                          or match.groupdict().get("withdrew_bare")):
                # "after Georgia, which left in 2009": the organisation the sentence (or the two before it) speaks
                # of ("It would not be the bloc's first departure. Uzbekistan left in 1999"), or the treaty ("Mexico,
                # one of its original signatories, withdrew in 2004"), or the body the article is about (not one an
                # aside describes the states by: "A and B, all members of ALBA, also withdrew")
                recent = _sentences_back(ctx, 2)
                withdrew = match.groupdict().get("withdrew_bare") is not None
                subject = _subjects_before(ctx, start, MEMBER_TYPES)
                if subject and ctx.text.startswith(("'s", "’s"), subject[-1].end) or withdrew and (
                        _APPLIED_BEFORE.search(ctx.text, ctx.sentence.start, start)):
                    continue  # "Russia's ambassador left in 2022"; "applied to join the EU in 1992 but withdrew"
                # (a bare "withdrew" is of a body or treaty spoken of, or of the topic where memberships are: not
                # "The United States withdrew in August 2021" in an article on NATO's mission in Afghanistan)
                topic = _topic_body(ctx) if not withdrew or _MEMBERSHIP_SPOKEN_OF.search(ctx.text, recent, start) \
                    else None
                target = next((m for m in reversed(ctx.mentions) if m.type in ORGS and m.end <= start
                               and not _MEMBERS_OF_BEFORE.search(ctx.text, max(ctx.sentence.start, m.start - 40),
                                                                 m.start)), None) or (
                    ctx.last_agreement if _TREATY_SPOKEN_OF.search(ctx.text, recent, start) else
                    # ("Pakistan withdrew in 1973, and the organisation was dissolved": the one spoken of after)
                    _salient_body(ctx, ctx.last_org) if _SPOKEN_OF.search(ctx.text, recent, ctx.sentence.end)
                    else topic)
            if target is None:
                continue
            if relation == "left" and target.start > end and (
                    any(m.type is EntityType.STATE and end <= m.start < target.start
                        and not _LEADS_THE_BODY.match(ctx.text, m.end) for m in ctx.mentions)
                    or ctx.text.startswith(("'s", "’s"), target.end) or _NOUN_AFTER_BODY.match(ctx.text, target.end)
                    or _BODYS_DOINGS_AFTER.match(ctx.text, target.end)
                    or _DOINGS_BEFORE_BODY.search(ctx.text, end, target.start)):
                # "withdrew last year from Mali, and ...", "withdrew from the G5 Sahel's joint force", "has withdrawn
                # from CSTO activities", "... from talks with NATO allies": what is left is the body's doings
                continue
                # (but "quit the Russia-led CSTO": the body its leader names)
            held = "whose" if match.groupdict().get("whose") else "holder" if match.groupdict().get("holder") else None
            # (the holder's name may have more words before the one the pattern takes: "North Korea's")
            # ("Peru and Bolivia's exit": the pattern, case-blind, may take more words than the name)
            owner = next((m for m in ctx.mentions if m.type is EntityType.STATE and held
                          and m.end == match.end(held) + ctx.sentence.start), None) or next(
                (m for m in ctx.mentions if m.type is EntityType.STATE and held
                 and m.start == match.start(held) + ctx.sentence.start), None)
            if owner is not None:
                # ("Niger, Mali and Burkina Faso's exit from ECOWAS": each of the list the possessive ends)
                subjects = list_before(ctx, owner.end, (EntityType.STATE,), max_gap=0) if held == "holder" else []
                subjects = subjects if owner in subjects else [owner]
            elif (said_it := _SAID_IT_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 60), start)) \
                    is not None:
                # the speaker: the state the sentence opens with, past an aside on it ("Mali, like Niger, said it
                # would leave"), else the last one before the verb ("A joined NATO, while B said it would not leave")
                opening = _opening_state(ctx)
                subjects = opening if opening and _ASIDE_OR_NOTHING.fullmatch(ctx.text, opening[-1].end,
                                                                              said_it.start()) \
                    else _subjects_before(ctx, said_it.start(), (EntityType.STATE,))[-1:]
            elif _IT_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 16), start):
                # "The UAE has rejoined X, headquartered in Bahrain, three years after it withdrew": "it" is the
                # state the sentence opens with, not the last one named
                subjects = _opening_state(ctx)
            else:
                subjects = [] if _OTHERS_COUNTED_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 40), start) \
                    else _subjects_before(ctx, start, MEMBER_TYPES) or _sentence_subject(ctx, start)
            aside = _DASHED_ASIDE_BEFORE.search(ctx.text, ctx.sentence.start, start) if not subjects else None
            if aside is not None:  # "A and B – all member states – remain suspended"
                subjects = _subjects_before(ctx, aside.start(), MEMBER_TYPES)
            listed = _DASHED_LIST_BEFORE.search(ctx.text, ctx.sentence.start, start) if not subjects else None
            if listed is not None:  # "when six members – A, B and C – suspended their participation": the list
                subjects = [m for m in list_after(ctx, listed.start("list"), MEMBER_TYPES, max_gap=0)
                            if m.end <= listed.end("list")]
            if match.groupdict().get("suspended_by") and subjects and not (
                    _opens_sentence(ctx, subjects[0]) or _RELATIVE_AFTER.match(ctx.text, subjects[-1].end)):
                continue  # "Trade between Mali and Senegal was suspended by ECOWAS": no state's standing
            if match.groupdict().get("suspended_by"):
                target = _acting_body(target)  # "suspended by the AU's Peace and Security Council": from the AU
            if not subjects and (_THE_COUNTRY_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 40), start)
                                 or re.search(r"\s(?:the\s+country|it|its|their)\s", match.group(0))):
                # "Sandu has said the country will not seek to join NATO", "its parliament voted to withdraw
                # the country from ...": the state the sentence is about
                subjects = _opening_state(ctx)
            if match.groupdict().get("applied_bare") and not (
                    subjects and _ADVERBS_BEFORE_VERB.fullmatch(ctx.text, subjects[-1].end, start)
                    and (_opens_sentence(ctx, subjects[0])
                         or _SUBJECT_POSITION.search(ctx.text, ctx.sentence.start, subjects[0].start))):
                continue  # a bare "applied" is a state's bid only right after the state ("sanctions on X applied")
            together = _JOINED_TOGETHER_WITH.match(ctx.text, max(end, target.end)) if subjects else None
            if together:  # "applied to join NATO together with neighbouring Finland", "withdrew from X, along with"
                subjects = subjects + list_after(ctx, together.end(), MEMBER_TYPES, max_gap=15)
            # "applied for EU membership in February 2022", "On March 3, A and B suspended their participation"
            when = _clause_time(ctx, start) or _fronted_time(ctx, start) or (
                _time_around_the_verb(ctx, start) if relation != "applied_for_membership_of" else None)
            if when is not None and (ctx.text.startswith(when + " ", max(end, target.start - len(when) - 1))
                                     or target.text.startswith(when + " ")):
                # "withdrew from the 1997 Ottawa Convention (in 2025)": the treaty's year is not the leaving's
                when = _clause_time(ctx, target.end) or _fronted_time(ctx, start)
            # "pulled out of" and "withdrew from" negate a participation, but are what leaving is: the
            # words before them say whether it is denied or to come ("did not leave", "will withdraw")
            scope = (max(ctx.sentence.start, ctx.text.rfind(",", ctx.sentence.start, start) + 1), start) \
                if relation == "left" else None
            if relation == "left" and match.groupdict().get("holder"):
                # ("Hungary's withdrawal from the ICC will take effect in 2026": the verb after says when)
                scope = (start, _clause_end(ctx, end))
            if match.groupdict().get("no_longer"):  # "will no longer take part": to come, and no denial
                scope = (start, start + len(match.group("no_longer")))
            also = _AND_A_SECOND_BODY.match(ctx.text, target.end) if relation in (
                "applied_for_membership_of", "suspended_participation_in") else None
            # ("remains suspended from ECOWAS and the African Union": both, where the second ends the clause)
            second = next((m for m in ctx.mentions if also and m.start == also.end() and m.type in ORGS and (
                relation == "applied_for_membership_of" or _SECOND_BODY_ENDS.match(ctx.text, m.end))), None)
            again = _IN_A_YEAR_AND_ANOTHER.match(ctx.text, target.end) if relation == "left" else None
            another = next((m for m in ctx.mentions if again and m.start == again.end() and (
                m.type in ORGS or m.type is EntityType.AGREEMENT) and _IN_A_YEAR_AFTER.match(ctx.text, m.end)), None)
            for state in subjects:
                yield Candidate(state, relation, target, None, (start, end), 0.8, when, scope=scope)
                if second is not None:  # "applied to join the SCO and BRICS": both
                    yield Candidate(state, relation, second, None, (start, end), 0.8, when, scope=scope)
                if another is not None:  # "left the INF Treaty in 2019 and the Open Skies Treaty in 2020"
                    yield Candidate(state, relation, another, None, (start, end), 0.75,
                                    _clause_time(ctx, another.end), scope=scope)
            gapped = _GAPPED_IN_A_YEAR.match(ctx.text, max(end, target.end)) if subjects else None
            following = next((m for m in ctx.mentions if gapped and m.start == gapped.end()
                              and m.type is EntityType.STATE and _GAPPED_STATE_ENDS.match(ctx.text, m.end)), None)
            if following is not None:  # "A applied for EU membership in December 2008 and B in April 2009"
                yield Candidate(following, relation, target, None, (start, following.end), 0.75,
                                _clause_time(ctx, following.end), scope=scope)
            for state, followed_end in _followed_suit(ctx, end) if subjects else ():
                # "Colombia withdrew in August 2018, and Argentina, Brazil and Chile followed in 2019"
                yield Candidate(state, relation, target, None, (start, followed_end), 0.75,
                                _clause_time(ctx, followed_end))


# "Spain was the last ally to approve the protocol", "Hungary was the last of NATO's 31 members to sign off": one of
# the members, of the body named there or, for an ally, of the alliance spoken of
_THE_LAST_ALLY_TO = re.compile(r"\s+(?:was|is|became|becomes|has\s+become)\s+the\s+(?:last|first|final|only)\s+"
                               r"(?:(?P<owner>of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:’s|'s)?\s+)(?:\d+|[a-z]+)\s+)|"
                               r"(?P<named>[A-Z][\w-]*\s+))?(?P<noun>ally|allies|members?|member\s+states?)\s+to\s")


def _the_last_ally_to(ctx: SentenceContext) -> Iterator[Candidate]:
    for state in ctx.mentions:
        match = _THE_LAST_ALLY_TO.match(ctx.text, state.end) if state.type is EntityType.STATE and \
            state.kind != "demonym" else None
        if match is None or not _opens_sentence(ctx, state):
            continue
        named = match.group("owner") or match.group("named")
        body = next((m for m in ctx.mentions if named and match.start() < m.start < match.end() and m.type in ORGS),
                    None)
        if body is None and not named:
            spoken_of = ctx.last_org
            body = spoken_of if spoken_of is not None and (spoken_of.type is EntityType.ALLIANCE
                                                            or not match.group("noun").startswith("all")) else None
        if body is not None:
            yield Candidate(state, "member_of", body, None, (state.start, match.end()), 0.7)


# "A has been a dialogue partner since 2013, and B and C gained the same status in 2022": the standing named before
_SAME_STATUS_GAINED = re.compile(r"\b(?:gained|got|received|obtained|acquired|won|"
                                 r"(?:was|were|have\s+been|has\s+been)\s+(?:granted|given|accorded))\s+"
                                 r"(?:the\s+)?same\s+status\b")
_STANDING_NOUN = re.compile(r"\b(?P<kind>members?|observers?|(?:dialogue\s+)?partners?)\b")


def _same_status_gained(ctx: SentenceContext) -> Iterator[Candidate]:
    """"A has been a dialogue partner since 2013, and B and C gained the same status in 2022": the later ones
    hold the standing the sentence named before, in the same body."""
    named_here = _bodies_standings_are_in(ctx)
    for match in _SAME_STATUS_GAINED.finditer(ctx.sentence.text):
        start, end = _span(match, ctx)
        standing = next(reversed(list(_STANDING_NOUN.finditer(ctx.text, ctx.sentence.start, start))), None)
        before = [m for m in named_here if m.start < start]
        org = before[0] if len({m.label for m in before}) == 1 else None if before else \
            _salient_body(ctx, _named_body(ctx))
        if standing is None or org is None:
            continue
        # (no time where the clause gives one to each: "gained the same status in 2022 and 2023")
        dates = [t for t in ctx.times if end <= t[0] < ctx.sentence.end]
        time = _clause_time(ctx, end) if len(dates) == 1 else None
        for state in _subjects_before(ctx, start, (EntityType.STATE,)):
            yield Candidate(state, _status_relation(standing.group("kind").lower()), org, None, (start, end), 0.65,
                            time)


# ("... and B in April 2009", "... and B in a separate letter", "... and B too"; not "and B followed the talks")
_GAPPED_STATE_ENDS = re.compile(r"\s+(?:in|on|at|by|later|too|as\s+well)\b|\s*(?:[,.;]|$)")
_FOLLOWED = re.compile(rf"\s+(?:(?:also|later|soon|then)\s+)?{_FOLLOWED_SUIT}")
_AND_BEFORE_OTHERS = re.compile(r"(?:\band|;)\s+(?:the\s+)?$")  # (or a clause of its own: "...; A and B followed")


def _followed_suit(ctx: SentenceContext, after: int) -> list[tuple[Mention, int]]:
    """The states a clause after ``after`` says did the same ("..., and A, B and C followed in 2019"), each with
    where the clause's verb ends (its time follows)."""
    followed = _FOLLOWED.search(ctx.text, after, ctx.sentence.end) if "followed" in ctx.folded else None
    others = list_before(ctx, followed.start(), MEMBER_TYPES, max_gap=0) if followed else []
    if others and _AND_BEFORE_OTHERS.search(ctx.text, max(after, others[0].start - 8), others[0].start):
        return [(state, followed.end()) for state in others]
    return []


_THE_BLOC = re.compile(rf"\b(?:the|this)\s+{_BLOC_NOUN}", re.IGNORECASE)
_ITS_PARTICIPATION = re.compile(r"\b(?:its|their)\s+(?:participation|implementation)\b")
# (the trigger may end with its "in": "suspended its membership in 2012")
_A_MEMBER_ADDED_BEFORE = re.compile(r"\b(?:together\s+with|along\s+with|alongside|as\s+well\s+as)\s+(?:the\s+)?$")
_NOTHING_OR_A_TIME_AFTER = re.compile(r"\s*(?:[,.;]|$|(?:(?:in|on|since|from)\s+)?(?:[A-Z][a-z]+\s+)?\d)")
# Where a clause's subject stands: the sentence's opening, or after a pause or a conjunction (not "the veto that
# Turkey applied", "the pressure Russia applied")
_SUBJECT_POSITION = re.compile(r"(?:[,;:]\s*|\b(?:and|but|while)\s+)(?:the\s+)?$")
_ADVERBS_BEFORE_VERB = re.compile(r"\s+(?:(?:has|have|had|also|formally|officially|first|then|itself)\s+)*")
_NOTHING_JOINED = re.compile(r"\s*(?:[,.;]|\s(?:but|and|yet|either)\b)")
# "joined EU sanctions", "joined the NATO mission": a body's name that qualifies what is joined
_BODY_AS_MODIFIER = re.compile(r"\s+(?:(?:(?!(?:in|and|or|as|on|at|with|for|after|before|since|until)\s)[\w-]+\s+)"
                               # ("India to join SCO anti-terror exercise in Pakistan": the body's drills)
                               r"{1,2}(?:exercises?|drills?|war\s?games|manoeuvres|maneuvers)\b|"
                               r"[\w-]+[\"”]\s+(?:sessions?|meetings?|summits?)\b|"  # "joined an "SCO Plus" session"
                               r"sanctions|missions?|operations?|statements?|declarations?|efforts|initiatives?|"
                               # ("Serbia joined EU criticism of the vote", "joined NATO calls for restraint")
                               r"criticism|condemnations?|calls?|appeals?|protests?|boycotts?|measures|"
                               r"exercises?|drills|talks|summits?|sessions?|meetings?|patrols?|troops|forces|naval|"
                               r"military|maritime|"
                               r"training|peacekeeping|air\s+policing|battle\s?groups?)\b")
# ("applied to join the SCO and BRICS", "does not seek membership in X or in Y")
# (a joining to come; but "Serbia will take part in CSTO drills as a full-fledged member" is a member, as dev notes it)
_NOT_YET_BEFORE = re.compile(r"\b(?:to|will|would|could)\s+(?:\w+\s+)?(?:join|become|be\s+admitted)\b", re.IGNORECASE)
_FOR_A_TERM = re.compile(r"\s+for\s+(?:the|a)\s+(?=(?:19|20)\d\d\S*\s+term\b)")
# (but "Finland was accepted as a member of NATO": done)
_WISHED_OR_FAILED_BEFORE = re.compile(r"\b(?:seek\w*|sought|lobb\w*|campaign\w*|bid(?:s|ding)?|aspir\w*|"
                                      r"hop(?:e|es|ed|ing)|want\w*|to\s+be\s+(?:\w+\s+)?(?:recogni[sz]ed|accepted)|"
                                      r"fail\w*|rather\s+than|instead\s+of|not|never)\b", re.IGNORECASE)
_WHICH_SUBJECT_BEFORE = re.compile(r",\s+which\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:\w+\s+){0,2}$")
# (a date, or a clause of cause or time: not "... and the AU in response imposed", "... since 2024 has deepened")
_SECOND_BODY_ENDS = re.compile(r"\s*(?:[,.;]|$)|"
                               r"\s+(?:in|on|since)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b"
                               r"(?!\s+(?:has|have|had|is|are|was|were|will)\b)|"
                               r"\s+(?:after|following|because|over|until|amid)\b")
_AND_A_SECOND_BODY = re.compile(r"\s+(?:and|or|nor)\s+(?:in\s+|of\s+)?(?:the\s+)?")
_IN_A_YEAR_AND_ANOTHER = re.compile(rf"(?:\s*\([A-Z][\w-]{{1,10}}\))?{_IN_A_YEAR}\s+and\s+(?:the\s+)?")
# (its clause ends there: not "left the OAS in 2023 and the UN in 2024 condemned ...")
_IN_A_YEAR_AFTER = re.compile(rf"(?:\s*\([A-Z][\w-]{{1,10}}\))?{_IN_A_YEAR}\b"
                              r"(?=\s*(?:[,.;)]|$)|\s+(?:and|but|while|after|before|when|amid|as)\b)")
# "... in December 2008 and ": the gap before a second subject with its own year
_GAPPED_IN_A_YEAR = re.compile(rf"(?:\s+membership)?{_IN_A_YEAR}\s*,?\s+and\s+")


# "The treaty made Finland a member of NATO", "... made A and B partners of the alliance"
_MADE = re.compile(r"\b(?:made|make|makes)\s+")  # ("would not make Japan a member of AUKUS": what would be)
_STANDING_NOUN_AFTER = re.compile(r"\s+(?:an?\s+)?(?:(?:full|formal|dialogue)\s+)?(?P<kind>member|partner|observer)s?"
                                  r"\s+(?:of|in)\s+")
_UNREAL_BEFORE_MADE = re.compile(r"\b(?:(?:could|would|might|may|should|must)\s+(?:not\s+)?have\s+$|"
                                 r"(?:hopes?|hoped|hoping|wish(?:es|ed)?)\s+(?:that\s+)?(?:the\s+)?[\w-]+"
                                 r"(?:\s+[\w-]+)?\s+$)")


def _made_members(ctx: SentenceContext) -> Iterator[Candidate]:
    for made in _MADE.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        states = list_after(ctx, made.end(), MEMBER_TYPES, max_gap=0)
        noun = _STANDING_NOUN_AFTER.match(ctx.text, states[-1].end) if states and states[0].start == made.end() \
            else None
        body = _org_reference(ctx, noun.end()) if noun is not None else None
        if body is None or body.start > noun.end() + 4 or _UNREAL_BEFORE_MADE.search(
                ctx.text, max(ctx.sentence.start, made.start() - 40), made.start()):
            continue  # ("could have made A a member", "Officials hope the treaty made A a member": not so)
        relation = _status_relation(noun.group("kind").lower())
        when = _clause_time(ctx, made.start())
        # ("NATO's Istanbul Cooperation Initiative made A and B partners of the alliance": members of the programme)
        programme = next((m for m in ctx.mentions if m.part_of == body.label and m.end <= made.start()
                          and m.type in (*ORGS, EntityType.AGREEMENT)), None) if relation == "partner_of" else None
        for state in states:
            yield Candidate(state, relation, body, None, (made.start(), max(body.end, noun.end())), 0.75, when)
            if programme is not None:
                yield Candidate(state, "member_of", programme, None, (programme.start, noun.end()), 0.7, when)


def _suspends_state(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _finditer(_SUSPENDS_STATE, ctx):
        start, end = _span(match, ctx)
        states = list_after(ctx, end, (EntityType.STATE,), max_gap=0)
        if not states or states[0].start != end:
            continue
        if len(states) > 1 and (_CLAUSE_VERB_AFTER.match(ctx.text, states[-1].end)
                                or ctx.text.startswith(("'s", "’s"), states[-1].end)):
            # "ECOWAS suspended Niger and Nigeria cut electricity", "... and Mali's neighbour warned": a new clause's
            states = states[:-1]
        # "The SADC (SADC) on Saturday, April 11, suspended Madagascar", "The AU, which ..., has suspended X"
        org = _nearest_before(ctx, start, ORGS, max_gap=40)
        if org is None and ctx.mentions and ctx.mentions[0].type in ORGS and _opens_sentence(ctx, ctx.mentions[0]):
            org = ctx.mentions[0]
        if org is None and _THE_BODY_OPENING.match(ctx.sentence.text) and not any(
                m.type in ORGS and m.end <= start for m in ctx.mentions):
            org = _salient_body(ctx, ctx.last_org)  # "The bloc suspended Guinea in 2021": the body spoken of
        if org is not None and not _is_bloc(org):
            org = _acting_body(org)  # "The AU's Peace and Security Council suspended Niger": from the AU, by its organ
        if org is not None and _is_bloc(org):  # "ECOWAS suspended Mali and Guinea": each of them
            for state in states:
                yield Candidate(state, "suspended_participation_in", org, None, (start, end), 0.8,
                                _clause_time(ctx, start))


# A verb right after a name: the name is the subject of a clause of its own
# "A and B – all member states – remain suspended": the subjects before an aside set off by dashes
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\s")
_DASHED_ASIDE_BEFORE = re.compile(r"\s+(?:–|—|--)\s[^–—;]{2,60}\s(?:–|—|--)\s+(?:\w+\s+){0,2}$")
_DASHED_LIST_BEFORE = re.compile(r"\s(?:–|—|--)\s+(?P<list>[^–—;]{2,200}?)\s+(?:–|—|--)\s+(?:\w+\s+){0,2}$")
_NOTHING_OR_AN_ASIDE = re.compile(r"\s*(?:(?:,|–|—|--)\s[^;–—]{1,80}?(?:,|–|—|--))?\s*(?:\w+\s+){0,2}")
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|will|would|did|does|said|says|cut|cuts|"
                                r"also|then)\b|[a-z]+ed\b)")


def _in_which_antecedent(ctx: SentenceContext, position: int) -> Mention | None:
    """The body or treaty a relative clause "..., in which A suspended its participation" is on."""
    subjects = _subjects_before(ctx, position, MEMBER_TYPES)
    relative = _IN_WHICH.search(ctx.text, ctx.sentence.start, subjects[0].start if subjects else position)
    return next((m for m in ctx.mentions if relative is not None and m.end == relative.start()
                 and (m.type in ORGS or m.type is EntityType.AGREEMENT)), None)


_IN_WHICH = re.compile(r",\s+(?:in|of|from)\s+which\s+$")


def _suspended_own(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _finditer(_SUSPENDED_OWN, ctx):
        start, end = _span(match, ctx)
        org_start = match.start("org" if match.group("org") else "held") + ctx.sentence.start
        org = next((m for m in ctx.mentions if m.type in ORGS and org_start <= m.start < end), None)
        if org is None:
            continue
        for state in _subjects_before(ctx, start, MEMBER_TYPES) or _sentence_subject(ctx, start):
            yield Candidate(state, "suspended_participation_in", org, None, (start, end), 0.8)


_SUBJECT_BREAK = re.compile(r"[,;:—–]|\b(?:and|but|while|which|who)\b")


def _those_who_went(ctx: SentenceContext, went_at: int) -> list[Mention]:
    """Who take part where the names right before the verb are where they go to ("members of the Peruvian Army will
    leave for Chile to take part"): those before the verb of going, or, past an aside on them, the sentence's
    subject ("A Peruvian Army contingent, drawn mainly from the X Regiment, left for Chile to take part")."""
    takers = _subjects_before(ctx, went_at, PARTICIPANTS)
    if not takers or _ASIDE_CLOSES.match(ctx.text, takers[-1].end):
        # (not a name the sentence opens with as an owner: "The Pakistan Army's media wing said that ...")
        opening = next((m for m in ctx.mentions if m.type in PARTICIPANTS and m.kind != "demonym"
                        and m.start >= ctx.sentence.start), None)
        opens = opening is not None and opening.end <= went_at and _FEW_WORDS.fullmatch(
            ctx.text, ctx.sentence.start, opening.start) and not ctx.text.startswith(("'s", "’s"), opening.end)
        takers = _sentence_subject(ctx, went_at) or ([opening] if opens else takers)
    return takers


def _sentence_subject(ctx: SentenceContext, position: int) -> list[Mention]:
    """The state a clause is about when it is not right before the trigger ("X said that Y has ...")."""
    before = [m for m in ctx.mentions if m.type is EntityType.STATE and m.end <= position and m.kind != "demonym"]
    if not before:
        return []
    last = before[-1]
    between = ctx.text[last.end:position]
    if len(between) <= 40 and not _SUBJECT_BREAK.search(between):
        second = _second_verbs_subject(ctx, [last], position)
        if second is None:
            return [last]
        if second:
            return second
    if re.fullmatch(r"\s*,\s*(?:which|who|that)\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?", between) or \
            re.fullmatch(r"\s*,\s*(?:a|an|the)\s[^,;]{2,60}?\s(?:that|which|who)\s+(?:has\s+|had\s+|have\s+)?",
                         between):
        return [last]  # "Ukraine, which applied ...", "Armenia, a CSTO member that has frozen ..."
    if re.fullmatch(r"\s*,\s*(?:which|who)\s[^;,]{3,120}?\s(?:and|but)\s+(?:(?:has|have|had|is|are|was|were)\s+)?",
                    between):
        return [last]  # "Georgia, which applied in 2008 and is a member of ...": the second verb's subject too
    if re.fullmatch(r"\s*,\s*(?:\w+ly\s+)?[a-z]+ing\s[^,;]{0,80}?", between):
        return [last]  # "Sweden, taking part in the drills for the first time as a NATO member": the aside's subject
    # "Armenia, which froze its participation in 2024, did not send ...": the subject past its relative
    # clause ("Kazakhstan and Tajikistan, which are members of ..., have been invited to": the whole list).
    first = next((m for m in ctx.mentions if m.kind != "demonym"), None)
    opening = ctx.text[ctx.sentence.start:first.start] if first is not None else ""
    if first is None or first.type is not EntityType.STATE or len(opening) > 4:
        return []
    subjects = list_after(ctx, first.start, (EntityType.STATE,), max_gap=0) or [first]
    if re.fullmatch(r",\s*(?:which|who|whose|a|an|the|one\s+of)\b[^;]{3,140}?,\s*(?:\w+\s+){0,4}",
                    ctx.text[subjects[-1].end:position]):
        # "Kosovo, whose independence Serbia does not recognise, is not taking part", "Sudan, a founding
        # member of the force, was not invited"
        return subjects
    # "Armenia remains a member of the CSTO, but has frozen its participation ...": a second verb of the
    # sentence's subject, with no other state named between.
    # ("..., but has never applied", "... and, in January, withdrew from ...": past a short aside)
    # ("... will not deploy troops but will attend as an observer": the second verb, with what it does)
    if re.search(r",?\s+(?:but|and)(?:,\s+[^,;]{1,30},)?\s+(?:(?:it|they)\s+)?"
                 r"(?:(?:has|have|had|is|are|was|were|did|does|do|will|would)\s+)?(?:not\s+|never\s+)?(?:\w+ly\s+)?"
                 r"(?:(?:attend|follow|watch|join)\w*\s+(?:the\s+(?:[\w-]+\s+)?(?:drills?|exercises?)\s+)?)?$",
                 ctx.text[first.end:position]) and before[-1] is subjects[-1]:
        # ("Canada and New Zealand have expressed interest but did not take part": the whole list.)
        return subjects
    # "India is a member of the Quad alongside the US and Japan, became a member of the SCO in 2017, and ...":
    # a series of the subject's verb phrases, where the states named between follow a preposition.
    if _FINITE_VERB.match(ctx.text, subjects[-1].end) and _SERIES_COMMA.search(ctx.text, first.end, position) \
            and _FINITE_VERB.match(ctx.text, position - 1) and all(
                _GOVERNED_LIST.search(ctx.text, max(ctx.sentence.start, run[0].start - 25), run[0].start)
                for run in _runs_between(ctx, subjects[-1].end, position)):
        return subjects
    return []


def _first_verbs_subject(ctx: SentenceContext, position: int) -> list[Mention]:
    """The state before a first finite verb that ``position`` (a second verb, past "and") shares: "since Iran
    became a member of A in July 2023 and joined B", "... and on January 1 joined B", with no other state, aside
    or clause between."""
    before = [m for m in ctx.mentions if m.end <= position and m.kind != "demonym"]
    last = next((m for m in reversed(before) if m.type is EntityType.STATE), None)
    if last is None:
        return []
    first_verb = _FINITE_VERB.match(ctx.text, last.end) or _PAST_VERB.match(ctx.text, last.end)
    between = ctx.text[last.end:position]
    second_verb = _AND_THEN_BEFORE.search(between)  # (up to its "and", with "then" or a date after it)
    if first_verb is None or len(between) > 140 or _SUBJECT_BREAK.search(
            between[:second_verb.start()] if second_verb else between):
        return []
    return [last]


_SERIES_COMMA = re.compile(r",\s+(?:and\s+)?$")
# "since Mali quit ECOWAS and joined": a first verb in the past
_PAST_VERB = re.compile(r"\s+(?:[a-z]+ed|quit|left|froze|withdrew|broke|split)\b")
# ("... and withdrew", "works with Russia bilaterally, has held ...": a series of verbs, commas and a last "and")
_AND_A_SECOND_VERB = re.compile(r"(?:\s+[^,;.]{1,40}?)?(?:,\s+(?:and\s+)?|\s+and\s+)(?:then\s+|later\s+|also\s+)?")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|into|to|from|with|against|on|by|over)\s+(?:the\s+)?$")
_FINITE_VERB = re.compile(r"\s+(?:is|are|was|were|has|have|had|became|becomes|joined|remains?|remained|will)\b")


def _runs_between(ctx: SentenceContext, start: int, end: int) -> list[list[Mention]]:
    """The lists of states named between ``start`` and ``end``."""
    runs: list[list[Mention]] = []
    for mention in ctx.mentions:
        if mention.type is EntityType.STATE and mention.kind != "demonym" and start <= mention.start < end and (
                not runs or mention.start >= runs[-1][-1].end):
            runs.append(list_after(ctx, mention.start, (EntityType.STATE,), max_gap=0) or [mention])
    return runs


# -- exercises ----------------------------------------------------------------------------------------

# Patterns that try many words at every word start (under re.I each is a full attempt) open with a
# look-ahead for their first letters: elsewhere they give up after one test.
_TAKE_PART = Cue(re.compile(
    r"\b(?=[abcdefhijkloprstw])(?:(?:take|takes|taking|took|taken)\s+part\b|"
    # "Japan became a permanent participant in 2015"
    r"(?:became|become|becomes)\s+(?:an?\s+)?(?:(?:permanent|regular|full)\s+)?participant\b|participat\w*\b|"
    # "..., with Papua New Guinea joining for the first time": a bare "joining" that ends its clause
    r"(?<=\s)joining(?=\s+for\s+the\s+first\s+time\b|\s*[,.;]|\s*$)|"
    # "took no part in the X exercise", its own words up to a conjunction (not "took no part in the planning but
    # sent 100 troops to X")
    r"(?:take|takes|taking|took|taken)\s+no\s+part(?:\s+in\s+(?:the\s+)?"
    r"(?=(?:(?!(?:but|and|while|yet)\b)[\w'’-]+\s+){0,4}?[\w-]*\d|"
    r"(?:(?!(?:but|and|while|yet)\b)[\w'’,-]+\s+){0,5}(?:exercises?|drills|manoeuvres|maneuvers|war\s?games|"
    r"training)\b)|(?=\s*(?:[.;,]|$)))|"
    r"(?:opted|opts|opt)\s+out\s+of\b|(?:was|were)\s+left\s+out\s+of\b|pulled\s+out\s+of\b|"
    r"withdrew\s+from\b|boycott\w*\b|skip(?:s|ped|ping)?\b|stay(?:ed|s)?\s+(?:away|out)\b|"
    r"(?:sits|sat|sit|sitting)\s+out\b|(?:is|are|was|were)\s+(?:not\s+)?among\s+the\s+(?:(?:final|confirmed)\s+)?"
    # ("X is not among the countries taking part this year")
    r"(?:participants\b|(?:countries|nations|states)\s+(?:taking\s+part|participating)\b)|"
    r"(?:was|were)\s+not\s+invited\b|(?:has|have)\s+not\s+been\s+invited\b|"
    # "has been invited to next year's drills": to the drills themselves
    r"(?:(?:has|have|had)\s+(?:also\s+)?been|(?:is|are|was|were)\s+(?:also\s+)?)\s*invited\s+to"
    r"(?=\s+(?:the\s+|this\s+year['’]s\s+|next\s+year['’]s\s+)?(?:[\w'’-]+\s+){0,4}?(?:drills?|exercises?|"
    r"maneuvers|manoeuvres|war\s?games)\b)|"
    r"(?:excluded|barred)\s+from\b|declin(?:ed|es)\s+(?:an?|the)\s+invitations?\b|"
    # "declined to join, citing ...", "declined to take part in the drills"; not "declined to join the protocol"
    r"declin(?:ed|es)\s+to\s+(?:join|take\s+part|participate|attend)\b(?=\s*[,.;]|\s+(?:in|this|citing|because|"
    r"due|after|for|again)\b|"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:drills?|exercises?|maneuvers|manoeuvres|war\s+games)\b)|"
    r"deploy(?:s|ed|ing)?\b|field(?:s|ed|ing)\b|(?<=will )field\b|(?<=to )field\b|"  # not "field training"
    # ("Pilots from A, B and C are among those flying in Anatolian Eagle 2024")
    r"(?<=among those )(?:flying|sailing|training|exercising)\s+in\b|"
    # ("Georgia rejoined the Noble Partner 2024 exercise")
    # ... and "joined Bolivia's Amber Lance 2026 exercise": a host's, by its possessive
    r"(?:re)?join(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:drills?|exercises?|maneuvers|manoeuvres|"
    r"war games)\b|join(?:s|ed|ing)?\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}participants?\b|"
    # "A and B joined troops from C and D in Exercise X": those who join take part, as those they join
    r"join(?:s|ed|ing)?\s+(?:troops|forces|units|soldiers|sailors|marines|contingents|personnel)\s+from\b"
    r"(?=[^.;]{0,60}?\s+in\s)|"
    # "Chile and Peru joined 25 other nations at RIMPAC 2024": those who join others at drills take part
    r"join(?:s|ed|ing)?\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|many)\s+"
    r"other\s+(?:nations|countries|states|navies|militaries|armies|allies|partners)\s+(?:at|in|for)\b|"
    # "Marine detachments from A and B will join an amphibious landing phase"
    r"join(?:s|ed|ing)?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:phase|stage|component)\b"
    r"(?!\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+)?(?:drills?|exercises?|maneuvers|manoeuvres)\b))|"
    # "is due to join for the final week of the exercise"
    r"join(?:s|ed|ing)?\s+(?:in\s+)?for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:week|weeks|phase|stage|part|days|"
    r"portion)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:drills?|exercises?|maneuvers|manoeuvres|war games)\b|"
    # "will provide most of the warships and marines for the drills"
    # ("asked Tokyo to provide", "accused NATO of providing": another's act)
    r"(?<!\bto\s)(?<!\bof\s)provid(?:e|es|ed|ing)\s+(?:(?:most|some|much|many|part|all|half|the\s+bulk)\s+of\s+)?"
    r"(?:the\s+)?(?:[\w,-]+\s+){0,4}?(?:warships?|ships?|troops|forces|marines|aircraft|jets?|fighters?|personnel|"
    r"soldiers|units?|vessels?|frigates?|submarines?|helicopters?|destroyers?|corvettes?|tanks?|group)\s+"
    r"(?:for|to)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:drills?|exercises?|maneuvers|manoeuvres|war games)\b|"
    # (not "sent delegations to Guatemala City": to a meeting, as a delegation goes)
    r"involv\w*\b|(?:sen[dt]s?|sending)\b(?!\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?delegations?\b)|"
    r"dispatch(?:es|ed|ing)?\b|commit(?:s|ted)\b(?!\s+(?:to|itself|themselves)\b)|"
    r"(?:is|are|was|were)\s+(?:again\s+|also\s+)?absent\b|"
    r"contribut\w+\b|(?:will|to)\s+hold\b|"
    # "Kenya and Tanzania will also field contingents alongside the hosts"
    r"field(?:s|ed|ing)?\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:troops|contingents?|forces|units?|teams?|"
    r"platoons?|companies|battalions?|ships|aircraft|personnel)\b|"
    # ("India was represented by Defence Secretary X": at a meeting, by an official)
    r"(?:is|are|be|was|were)\s+(?:being\s+)?represented\b(?!\s+by\s+(?:its\s+|their\s+)?(?:(?:deputy|first|vice)\s+)?"
    r"(?:(?:defen[cs]e|foreign|prime|interior)\s+(?:minister|secretary)|president|minister|ambassador|"
    # ("is being represented by two military observers", "by State Secretary X": no forces of its own)
    r"chief|envoy|secretary|state\s+secretary|(?:(?:two|three|four|five|\d+|several|a\s+group\s+of)\s+)?"
    r"(?:military\s+)?(?:observers?|officials?|diplomats?)\b|an?\s+(?:\w+\s+)?(?:delegation|observer)))|"
    # headlines write the present: "Iran, Russia, China begin X drills", "Indonesia, US open X"
    r"start(?:s|ed)?\b|began\b|begins?\b|begun\b(?!\s+(?:to|preparations?|planning|work|talks)\b)|"
    r"open(?:s|ed)?\b|kick(?:ed|s)? off\b|launch\w*\b|stag(?:e|ed|es|ing)\b|"
    r"conduct(?:s|ed|ing)?\b|are holding\b|hold(?:s|ing)?\b|"
    # "The two countries will also resume their joint naval exercise"
    r"resum(?:e|es|ed|ing)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:drills?|exercises?|maneuvers|"
    r"manoeuvres|war games)\b|"
    # ... and end them: "Chile and Peru wrapped up a joint naval exercise", "concluded a week-long drill"
    r"(?:wrap(?:s|ped)?|wound)\s+up\b|conclud(?:es|ed)\b|complet(?:es|ed)\b|finish(?:es|ed)\b|"
    # "Fighters from A and B are flying alongside ...", "Soldiers from A are training alongside Jordanian units"
    r"(?:are|were)\s+(?:training|flying|exercising|drilling)\b|(?<=will )train\b|"
    # "The Chilean Army and the Peruvian Army regularly train together in the Condor series of exercises"
    r"(?:train(?:s|ed)?|exercis(?:e|es|ed)|drill(?:s|ed)?)\s+(?:together|jointly)\b|"
    # "Spain and Italy flew aircraft at Pitch Black for the first time"
    r"flew\s+(?:[\w-]+\s+){0,2}?(?:aircraft|jets|fighters|helicopters|sorties)\s+(?:at|in)\b|"
    # "commandos from A, B and C practised hostage rescue"
    r"(?:practi[cs]ed|rehearsed)\b|(?:are|were)\s+(?:practi[cs]ing|rehearsing)\b|"
    r"(?<=will )(?:practi[cs]e|rehearse)\b|"  # "Troops from A and B will practise counter-terrorism operations"
    # "HMS X is expected to lead the maritime part of the drills"
    r"lead\s+the\s+(?:[\w-]+\s+){0,2}(?:part|phase|component)\s+of\b|"
    r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!be )(?<!is )(?<!are )held\b|"  # "X held the drills"
    + SHIPS_BROUGHT + r")", re.I),  # "The Navy brought the frigate X"
    "part", "opt", "left", "pulled", "withdrew", "boycott", "skip", "stay", "invited", "join", "involv", "send",
    "dispatch", "absent", "commit", "field",
    "deploy", "sent", "contribut", "hold", "held", "start", "began", "begun", "begin", "open", "kick", "launch", "stag",
    "conduct", "wrap", "wound up", "conclud", "complet", "finish", "excluded", "barred", "declin", "represented",
    "sit", "sat", "field", "brought", "brings", "bringing",
    "training", "flying", "exercising", "drilling", "train", "lead", "practi", "rehears", "provid", "resum", "flew",
    "exercis", "drill")
_IN_A_BODY = re.compile(r"\s+(?:in|at|with)\s[^,;]*")  # "participation in the SCO", "in any NATO mission"
_FORCES_OF = re.compile(r"(?:armed\s+forces|militaries|armies|navies|air\s+forces)\s+of\s+(?:the\s+)?", re.I)
# "the largest (main, annual) exercise of the Latvian National Armed Forces": the forces' own exercise
_ITS_OWN_EXERCISE_BEFORE = re.compile(r"\b(?:largest|biggest|main|major|annual|principal|flagship)\s+(?:[a-z-]+\s+)?$")
_DRILLS_OF = Cue(re.compile(r"\b(?=[demw])(?:drills?|exercises?|maneuvers|manoeuvres|war games)\s+of\s+(?:the\s+)?", re.I),
                 "drill", "exercise", "maneuvers", "manoeuvres", "war games")
_YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")
_MONTH_NAMES_ONLY = "January|February|March|April|May|June|July|August|September|October|November|December"
# The name a year ends ("RIMPAC 2022", "Zapad-2021"; not "May 2022")
_NAME_BEFORE_ITS_YEAR = re.compile(rf"\b(?!(?:{_MONTH_NAMES_ONLY})\b)[A-Z][\w]*[\s-]$")
_NAME_THEN_OF = re.compile(r"[”\"’']?\s+of\s+(?:the\s+)?")
# ("the trilateral "Eternity-2024" command-staff exercise of A, B and C": its name may stand between)
_JOINT_BEFORE_DRILLS = re.compile(r"\b(?:joint|bilateral|trilateral)\s+(?:[\"“][^\"“”]{2,40}[\"”]\s+|"
                                  r"(?:[A-Z][\w-]*\s+){1,3})?(?:[a-z-]+\s+){0,2}$")
# "Pithoragarh, in the Indian state of Uttarakhand": the place a named place lies in
_PLACE_IN = re.compile(rf",?\s+in\s+(?:the\s+)?(?:{_KIND_OF_PLACE})?| of ")  # "Leilek district of Batken region"
_NEEDS_EXERCISE_OBJECT = re.compile(r"(?:will\s+|to\s+|are\s+)?(?:hold|holds|holding|held|start|began|begun|begin|"
                                    r"open|kick|launch|stag|conduct|wrap|wound|conclud|complet|finish)", re.I)


_ENDS_IT = re.compile(r"wrap|wound|conclud|complet|finish")
# What is ended, right after the verb: the drills themselves ("concluded a week-long joint exercise", "wrapped up
# Andean Shield 2026"), not "the withdrawal of their troops from" or "preparations for" them
_ENDED_EXERCISE = re.compile(r"\s+(?:on\s+\w+\s+)?(?:(?:the|a|an|their|its|this\s+year['’]s)\s+)?"
                             r"(?:(?!(?:from|for|to|with|withdrawal|preparations?)\b)[\w’'-]+\s+){0,6}?"
                             r"(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games|[A-Z])")


# What others are joined in that is no drill: "in observing X", "in condemning", "at a conference on X"
_ANOTHER_ACTIVITY = re.compile(r"\s+(?:[a-z]+ing\b(?!\s+(?:drills?|exercises?|manoeuvres|maneuvers))|"
                               r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:conference|statement|meeting|summit|talks|letter|"
                               r"declaration|call|appeal|protest|boycott|symposium|forum|dialogue)\b)")


def _exercise_follows(ctx: SentenceContext, position: int) -> bool:
    """Whether an exercise (by name or by noun) is the object of the verb that ends at ``position``."""
    window = ctx.text[position:min(ctx.sentence.end, position + 70)]
    return bool(_EXERCISE_NOUNS.search(window)) or any(
        m.type is EntityType.EXERCISE and 0 <= m.start - position <= 70 for m in ctx.mentions)


# "Russian S-400 systems were deployed to Serbia for the Slavic Shield-2019 exercise": whose forces go where, for it
_DEPLOYED_TO = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been|will\s+be|are\s+being|is\s+being)\s+"
                          r"(?:deployed|sent|dispatched|flown|redeployed|moved)\s+to\s+(?:the\s+)?")
_FOR_THE_EXERCISE = re.compile(r"\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$")


def _deployed_for(ctx: SentenceContext, exercise: Mention, anchor: Mention) -> Iterator[Candidate]:
    """The state whose forces (the sentence's subject, by name or adjective) are sent somewhere for the exercise
    named: it takes part, and where they go is where the exercise is held."""
    sent = _DEPLOYED_TO.search(ctx.text, ctx.sentence.start, anchor.start)
    if sent is None:
        return
    venue = next((m for m in ctx.mentions if m.start == sent.end() and m.type in PLACES and m.kind != "demonym"), None)
    if venue is None or not _FOR_THE_EXERCISE.fullmatch(ctx.text, venue.end, anchor.start):
        return
    owner = _first_ungoverned_state(ctx, sent.start())
    trigger = (sent.start(), anchor.end)
    if owner is not None and owner.label != venue.label:
        yield Candidate(owner, "participates_in_exercise", exercise, None, trigger, 0.7)
    yield Candidate(exercise, "exercise_located_in", venue, None, trigger, 0.7)
    for start, end, value, kind in ctx.times:  # "In October 2019, ... were deployed ... for X-2019"
        if kind not in ("weekday", "relative", "year") and (exercise.year is None or value.startswith(
                str(exercise.year))) and start < anchor.start:
            yield Candidate(exercise, "exercise_date", None, value, (start, end), 0.65)
            break


_BESIDES_PARTICIPANTS = re.compile(r"(?:Besides|In\s+addition\s+to|Alongside|Along\s+with)\s+"
                                   r"(?:the\s+host\s+(?:nation|country)(?:,|\s+and)\s+)?(?:the\s+)?")
# ("A and B set up the X in 2023, signing the Y Charter in Bamako": a participle of the opening subjects)
_AFTER_SIGNING = re.compile(r"(?:\b(?:after|before|since|by|when|upon|on)\s+|,\s+)(?:signing|concluding|ratifying)$")
_BUT_SECOND_PREDICATE = re.compile(r"\bbut\s+(?:(?:will|would|did|does|do|has|have|had|is|are|was|were)\s+)?"
                                   r"(?:not\s+|also\s+|still\s+)?\Z")
_SINCE_A_YEAR = re.compile(r"\bsince\s+((?:19|20)\d\d)\b")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:also|jointly|regularly|long)\s+)?(?:co-)?$")
_STATES_COUNTED_AT = re.compile(rf"\s*(?:the|both)\s+(?:(?P<count>{TWO_TO_TEN})\s+)?(?:countries|nations|states)\b",
                                re.IGNORECASE)
_AS_OBSERVERS_LATER = re.compile(r"[^;]{0,60}?\bas\s+(?:military\s+)?observers?\b")
_BUT_BOTH_BEFORE = re.compile(r",?\s+but\s+(?:both|all\s+(?:two|three|four|of\s+them))\s[^;]*$")
_AS_WILL_OTHERS = re.compile(r",\s+as\s+(?:will|would|do|does|did|have|has|are|is)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:from|of)\s+(?:the\s+)?")
_OBSERVERS_AFTER = re.compile(r"\s+(?:(?:military|its|their|an?)\s+)?observers?\b")
_TO_SEND_OBSERVERS = re.compile(r"\s+to\s+(?:send|dispatch)\s+(?:(?:military|its|their|an?)\s+)?observers?\b")
_STATES_COUNTED_AFTER = re.compile(rf"(?:[\w,-]+\s+){{0,6}}?(?:from|of)\s+(?:the\s+)?(?P<count>{TWO_TO_TEN}|both)\s+"
                                   r"(?:countries|nations|states|sides|armies|navies)\b", re.IGNORECASE)
_PARTICIPATION_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:some|about|around|nearly)\s+)?(?:[\d,]+\s+)?")
def _head_before_apposition(ctx: SentenceContext, verb_start: int, found: list[Mention],
                            kinds: Sequence[EntityType]) -> list[Mention]:
    """``found``, the subject of the verb at ``verb_start``, or the head an apposition there sets off: "EUFOR, the
    European Union's peacekeeping force in Bosnia, will hold ...", "Thailand, a treaty ally of the US, hosted ..."."""
    aside = _APPOSITION_BEFORE_VERB.search(ctx.text, ctx.sentence.start, verb_start) if found else None
    if aside is None or not all(aside.start() < m.start for m in found):
        return found
    return list_before(ctx, aside.start(), kinds, max_gap=0) or found


# ("Serbia, still outside the EU, held ...": an apposition on where it stands)
_APPOSITION_BEFORE_VERB = re.compile(r",\s+(?:the|a|an|(?:still\s+|both\s+|all\s+|now\s+)?outside)\s[^,;]{2,120},\s+"
                                     r"(?:(?:will|would|has|have|had|is|are|was|were|"
                                     r"also|jointly|to|not|never|yet)\s+)*\Z")
# ("X, which it organizes jointly with Y", "X in Z, an exercise it co-organises with Y": the subject's)
_WHICH_IT_DOES = re.compile(r"(?:\s+(?:exercise|drills))?(?:\s+(?:in|at|off)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
                            r",\s+(?:which|an?\s+(?:[\w-]+\s+){0,2}?(?:exercise|drill)\s+(?:that\s+)?)\s*it\s+"
                            r"(?:(?:also|again|now|jointly|has|will)\s+)?")
# "Warships and submarines of the Northern Fleet practiced ... as part of the July Storm naval exercise"
_FORCES_OF_OPENING = re.compile(r"(?:[A-Z][\w-]*\s+)?(?:warships|ships|submarines|aircraft|troops|units|forces|crews)"
                                r"(?:\s+and\s+\w+)?\s+of\s+(?:the\s+)?", re.IGNORECASE)
_AS_PART_OF_BEFORE = re.compile(r"\bas\s+part\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?\Z")
# ("The Turkish contingent of about 150 soldiers comes from the 66th Mechanized Infantry Brigade")
_CONTINGENT_OF = re.compile(r"\b(?:contingent|detachment)(?:\s+of\s+[^,.;]{1,40}?)?\s+(?:comprises|consists\s+of|"
                            r"includes|is\s+made\s+up\s+of|(?:is\s+drawn|comes|is)\s+from|"
                            r"will\s+(?:comprise|include|consist\s+of|come\s+from)|"
                            # "The Russian contingent will be formed on the basis of the 98th Guards Airborne Division"
                            r"(?:will\s+be|is|was|has\s+been)\s+(?:formed|drawn)\s+(?:on\s+the\s+basis\s+of|from))\s+",
                            re.IGNORECASE)
# "Russian Tu-95MS bombers and Chinese H-6K bombers of the PLA Air Force on Friday performed a joint air patrol":
# forces each named by their state's adjective act together
_FORCES_ACT = re.compile(r"\b(?:performed|conducted|carried\s+out|flew|held|staged)\s+(?:a|an|the|their|its)\s+")


def _forces_of_two_states_act(ctx: SentenceContext, exercise: Mention) -> Iterator[Candidate]:
    """The states whose adjectives open the coordinated subject of a verb that holds the exercise: they hold it
    and take part in it."""
    act = _FORCES_ACT.search(ctx.text, ctx.sentence.start, ctx.sentence.end) if " and " in ctx.sentence.text else None
    if act is None or not act.end() <= exercise.start <= act.end() + 40:
        return  # (the exercise is the verb's object)
    head = ctx.text[ctx.sentence.start:act.start()]
    opening = DATELINE_OPENING.match(head)
    first_at = ctx.sentence.start + (opening.end() if opening else 0)
    states = [m for m in ctx.mentions if m.type is EntityType.STATE and m.kind == "demonym" and m.end <= act.start()
              and (m.start == first_at or _AND_BEFORE.search(ctx.text, max(ctx.sentence.start, m.start - 6), m.start))]
    if len(states) < 2 or states[0].start != first_at:
        return
    for state in states:
        yield Candidate(state, "organizes_exercise", exercise, None, (act.start(), act.end()), 0.7)
        yield Candidate(state, "participates_in_exercise", exercise, None, (act.start(), act.end()), 0.7)


_COUNTED_EXERCISES = re.compile(rf"\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+)?(?:\d+|{TWO_TO_TEN}|"
                                r"eleven|twelve|[a-z]+teen|dozens\s+of|several|many|numerous)\s+(?:[\w-]+\s+){0,2}"
                                r"(?:exercises|drills|manoeuvres|maneuvers)\b", re.IGNORECASE)
_EXERCISE_NOUNS = re.compile(r"\b(?:exercises?|drills?|maneuvers|manoeuvres|maneuvres|war\s?games|wargames)\b", re.I)
# ", which Turkey joined in": an aside on what someone else joined or signed, up to the time it dates
_JOINED_IN_AN_ASIDE = re.compile(r",\s+(?:which|who|whom)\s+(?:(?:the|and)\s+|[A-Z][\w'’.-]*\s+){1,6}"
                                 r"(?:(?:also|first|later)\s+)?"
                                 r"(?:(?:has|had|have)\s+)?(?:joined|signed|ratified|entered|left|quit|founded|"
                                 r"co-founded|established|set\s+up)\b[^,;]*$")
_EXERCISE_NOUN_ENDS = re.compile(_EXERCISE_NOUNS.pattern + "$", re.IGNORECASE)  # (a text ending with one)
# (after "..., which Turkey"): "also joins", "has joined", "will take part in"
_JOINS_IT = re.compile(r"\s+(?:(?:also|again|now|first|later)\s+)?(?:(?:has|have|will)\s+(?:also\s+)?)?"
                       r"(?:join(?:s|ed)?|take\s+part\s+in|takes\s+part\s+in|took\s+part\s+in|"
                       r"participates?\s+in|participated\s+in)\b"
                       # (not "which Turkey joined until 2016", "... before withdrawing", "only if invited")
                       r"(?![^,;]*\b(?:until|before|only|unless|withdr\w*|left|quit)\b)")
# Before a verb of training: no adverb that makes it a habit ("it regularly trains with X"), not one exercise
NOT_A_HABIT = r"(?<!regularly )(?<!routinely )(?<!often )(?<!frequently )(?<!usually )"
# ("held near the border with Belarus": a neighbour, no partner)
_BORDER_WITH = re.compile(r"\b(?:borders?|frontier|boundary|ties|relations|tensions?|disputes?|conflict|war)\s+with\s+"
                          r"(?:the\s+)?$")
_WITH_PARTNER = re.compile(r"\b(?:(?:exercises?|drills?|maneuvers|manoeuvres|war\s?games|jointly|along|"
                           r"part|participat\w*|hold\w*|held|"
                           # (not "it regularly trains with X": a habit)
                           rf"{NOT_A_HABIT}train\w*|"
                           r"conduct\w*|stag\w*)\s+(?:[\w-]+\s+){0,5}?|"
                           # ("brings together A, B and C with D and E": past a list, not a clause set off)
                           r"together\s+(?:[\w-]+,?\s+){0,8}?(?<!,\s))with\s+(?:the\s+)?$", re.I)
_AMONG_THE_PARTICIPANTS = re.compile(r"\s+among\s+(?:the\s+)?(?:\d+\s+|[a-z]+\s+){0,2}?(?:participants|"
                                     r"participating\s+(?:countries|nations|states|navies|forces)|contributors)\b")
_ALTERNATING = r"\b(?:alternating|alternates|alternated|rotating|rotates|rotated)\s+"
_ALTERNATING_BETWEEN = re.compile(_ALTERNATING + r"between\s+(?:the\s+)?")
_ALTERNATING_BEFORE = re.compile(_ALTERNATING + "$")
_STATES_OF_AFTER = re.compile(r"\s+(?:states?|territory|territories|province|region|island|exclave|enclave)\s+of\s")
_STRIFE_BEFORE = re.compile(r"\b(?:wars?|conflicts?|tensions?|talks|relations|ties|disputes?|rivalry|fighting|"
                            r"clashes|hostilities|ceasefire|truce|border|standoff|confrontations?|incidents?|"
                            r"skirmish(?:es)?|showdown|spat|row|feud|"
                            # "the 1993 and 1996 border agreements between A and B": an unnamed pact's parties
                            r"agreements?|accords?|treaty|treaties|pacts?|deals?)\s+$", re.IGNORECASE)
_FROM_BASES = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,2}(?:bases?|airfields?|ports?|home)\s+(?:in|at)\s+(?:the\s+)?$")
# Other exercises' names listed before the one a verb's object ends with ("began the A 09 and B 09 exercises")
_NAMES_LISTED_BEFORE = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3},?\s+(?:and\s+)?){1,4}")
# "will join India, Japan and Australia in the Malabar exercise": the ones joined, then the exercise
_JOIN_OTHERS = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?(?=[A-Z])")
_IN_THE_EXERCISE_GAP = re.compile(r"\s+(?:for|in)\s+(?:the\s+|this\s+year['’]s\s+)?(?:[a-z-]+\s+){0,2}")
# "will join Desert Flag 12", "would join the maritime phase of the Arctic Light 2026 exercise"
_JOINS_NAMED = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:phase|stage|part)\s+of\s+"
                          r"(?:the\s+)?)?$")
_WITH_SHIPS = re.compile(rf"\bwith\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}(?:gunboats?|(?:{SHIP_NOUNS})s?)\b")
_SHIPS_TOGETHER = Cue(re.compile(r"\b(?:bring|brings|brought|bringing)\s+together\b|"
                                 # ("About 20 ships are involved, including the USS X and ...")
                                 r"\b(?:are|is|were|will\s+be)\s+(?:also\s+)?involved\s*(?::|,\s+including\b)|"
                                 # ("Four vessels took part: the frigate X of the Y Navy, the American ship Z")
                                 r"\b(?<=vessels\s)(?:took|take|are\s+taking)\s+part\s*:|"
                                 r"\b(?<=ships\s)(?:took|take|are\s+taking)\s+part\s*:|"
                                 r"(?P<before>\b(?:are|is|were|will\s+be)\s+(?:also\s+)?(?:taking|to\s+take)\s+part\b|"
                                 # "The patrol ship HMS X and the vessel HNLMS Y are expected to join the maritime
                                 # phase", "Two Chinese naval vessels, X and Y, will join the exercise"
                                 r"\b(?:(?:are|is)\s+(?:also\s+)?(?:expected|set|due|scheduled)\s+to\s+|"
                                 r"will\s+(?:also\s+)?)join\b)|"
                                 # "the Russian group includes the corvettes A and B", "the detachment comprises"
                                 r"\b(?P<group>group|detachment|flotilla|squadron)\s+(?:includes|included|comprises|"
                                 r"comprised|consists\s+of)\b"),
                      "together", "involved", "taking part", "to take part", "join", "includ", "compris",
                      "consists of", "took part", "take part")


# Ships a sentence says do something else than take part: shadow or monitor the drills, do research, escort others
_NOT_IN_THE_DRILLS = re.compile(r"\b(?:shadow\w*|monitor\w*|track\w*|research|separately|escort\w*|intercept\w*)\b",
                                re.IGNORECASE)


def _ships_in(ctx: SentenceContext, low: int, high: int) -> list[Mention]:
    """The ships named between ``low`` and ``high``: by their prefix ("USS X"), as a navy's ("the Spanish
    Navy amphibious ship Castilla") or after their kind ("the frigate Almirante Lynch")."""
    return [m for m in ctx.mentions if low <= m.start < high and m.type is EntityType.MILITARY_UNIT
            and (SHIP_NAME.match(m.label) or (m.part_of or "").endswith(("Navy", "Coast Guard"))
                 or _SHIP_NOUN_BEFORE.search(ctx.text, max(low, m.start - 30), m.start)
                 or _SHIPS_LISTED_BEFORE.search(ctx.text, max(low, m.start - 80), m.start))]


# "the destroyers Arica and ", "the corvettes A, B and ": a list of ships after their kind, in the plural
_SHIPS_LISTED_BEFORE = re.compile(rf"\b(?:{SHIP_NOUNS})s\s+"
                                  r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+|\s+and\s+))*$")


# What troops named by a state's acronym do in their clause that makes them take part ("Armenian and US soldiers
# trained together"), and the acronyms ("U.S.", "UK") that stand as a state's adjective
_TRAIN_OR_TAKE_PART = re.compile(r"[^;.]*?\b(?:train\w*|take\s+part|taking\s+part|took\s+part|participat\w+|"
                                 r"drill\w*|exercis\w+|manoeuv\w+|maneuv\w+|during|landings?|join\w*)\b")
_STATE_ACRONYM = re.compile(r"U\.?S\.?|U\.?K\.?|UAE")
# ("Brunei and Laos joined their Philippine hosts", "hosted the drills, in which Peru also took part", "will host
# the exercise with the participation of air forces from A and B")
_HOST_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:which|who|while|whereas|but|as|and)\b|,(?=\s+(?:signed|said|told)\b)")
_JOINT_OR_WITH = re.compile(r"\bjoint\b|\btogether\b|\balongside\b|\bwith\s+(?:the\s+)?participation\b|"
                            # (not "with Bolivia acting as the host country": the host itself)
                            r"\bwith\s+(?:the\s+)?[A-Z][\w.-]*+(?:\s+[A-Z][\w.-]*+)*+(?!\s+(?:as|acting)\b)|"
                            r"\bjoin(?:s|ed|ing)?\b|\balso\s+(?:took|take|takes|taking)\s+part\b")
# "The Polish-led drills ...": the state before "-led" leads them, where they open the sentence (not "a response
# to the US-led drills", "smaller than the Polish-led exercise": others)
_STATE_LED_EXERCISE = re.compile(rf"(?<=^The\s)[A-Z][\w.]*[-–]led\s+(?:[a-z]+(?:-[a-z]+)?\s+){{0,2}}?"
                                 rf"(?:{EXERCISE_NOUN})\b")
_SUSPENDED_BEFORE = re.compile(r"\b(?:suspend\w*|froze|frozen|freez\w*|halt\w*)\s+(?:its|their)\s+$")
# ("is headquartered alongside the 5th Fleet", "BRICS, where it sits alongside China": where one sits, no drills)
_SEATED_BEFORE = re.compile(r"\b(?:headquartered|based|stationed|located|moored|docked|berthed|sits|sit|sat|sitting|"
                            r"seated)\s+$")
# ("taking part with ships that tracked the corvette X", "unlike last year, when the destroyer Y broke down")
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whose|where|when|while|unlike|like|than|after|before|near)\b")
# A verb between two ships: the second is another clause's ("..., and the Navy said the corvette Y would follow")
_VERB_IN_LIST_GAP = re.compile(r"\b(?:said|says|told|added|would|will|is|are|was|were|has|have|had)\b|;")
_NEXT_CLAUSE = re.compile(r",?\s+(?:while|whereas|but|although)\b|;")  # not a list's commas


def _clause_opening(ctx: SentenceContext, position: int) -> int:
    """Where the clause holding ``position`` opens: after the last _NEXT_CLAUSE before it, else the sentence's start."""
    opening = ctx.sentence.start
    for opener in _NEXT_CLAUSE.finditer(ctx.text, ctx.sentence.start, position):
        opening = opener.end()
    return opening
_CLOSED_RELATIVE = re.compile(r",\s+(?:which|who)\s[^,;]{2,120},")


def _in_a_relative_on_other_drills(ctx: SentenceContext, match: re.Match[str]) -> bool:
    """Whether ``match`` (on the sentence's text) lies in a relative clause set off before the exercise that
    names drills of its own after it: "Peru, which took part in the drills in 2022 (in RIMPAC 2022), will
    join X" says nothing of X with the clause's verb (the exercise the clause names may be in another
    stretch of the sentence: see _exercise_parts)."""
    aside = _CLOSED_RELATIVE.search(ctx.sentence.text)
    if aside is None or not aside.start() < match.start() < aside.end() or \
            ctx.exercise is None or ctx.exercise.start < ctx.sentence.start + aside.end():
        return False
    text = ctx.sentence.text
    return bool(_EXERCISE_NOUNS.search(text, match.end(), aside.end())
                or _YEAR_IN.search(text, match.end(), aside.end())
                or any(m.type is EntityType.EXERCISE and m.label != ctx.exercise.label
                       and match.end() <= m.start - ctx.sentence.start < aside.end() for m in ctx.mentions))


_SENDS = re.compile(r"sen[dt]|sending|dispatch|commit|deploy|contribut|field|brought|brings|bringing|"
                    r"(?:is|are|be|was|were)\s+(?:being\s+)?represented", re.I)
# (", NATO partners C and D", ", as well as NATO partners C and D")
_ROSTER_GROUP = re.compile(r"(?:,\s+|,?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+)(?:[A-Z][\w-]*\s+)?"
                           r"(?:allies|partners|members)\s+$")
_PARTICIPANTS_NOUN = re.compile(r"\b(?:participants|participating\s+(?:countries|nations|states|navies|forces|allies|"
                                r"partners)|"
                                r"(?:contingents|troops|units|forces)\s+(?:also\s+)?(?:came|arrived)\s+from)\b",
                                # "Besides Norway and Finland, the participants are ...", "..., contingents came from"
                                re.I)
_JOINED_BEFORE = re.compile(r"\b(?:joined|joins|join|acceded\s+to|admitted\s+to|became\s+(?:a\s+)?members?\s+of)\s+"
                            r"(?:the\s+)?$", re.I)


def _joined_before(ctx: SentenceContext, position: int) -> bool:
    """Whether the sentence has a state join an organisation before ``position`` ("Lithuania joined NATO")."""
    return any(m.type in ORGS and m.end <= position and _JOINED_BEFORE.search(
        ctx.text, max(ctx.sentence.start, m.start - 30), m.start) for m in ctx.mentions)


# "contingents have been sent by A, B and C": one of _PARTICIPANT_PREP's prepositions that need forces before them
_SENT_BY = r"(?:been\s+)?(?:sent|dispatched|contributed|provided|fielded|deployed)\s+by"
_PARTICIPANT_PREP = re.compile(r"\b(?=[abcdfimnpstuw])(?:from(?:\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|"
                               r"eight|nine|ten|eleven|twelve|a\s+dozen|several|[a-z]+teen|twenty|thirty)\s+"
                               # ("from the six GCC member states - the State of Qatar, ...")
                               r"(?:[a-z]+\s+|[A-Z]{2,6}\s+(?:member\s+)?)?"
                               # ("... from ten nations – the UAE, France and Greece –": set off by dashes)
                               # ("troops come from eight countries, among them A, B and C")
                               r"(?:countries|nations|states)\s*(?::|(?:\s-|[–—])\s*(?:the\s+)?|"
                               r",\s+(?:among\s+them|including)\s+(?:the\s+)?)|"
                               # ("troops from fellow NATO members A, B and C": the states a bloc word names)
                               r"\s+(?:fellow\s+|other\s+)?(?-i:[A-Z]{2,6})\s+(?:members|allies|member\s+states))?|"
                               r"involving|with|"
                               r"between|"
                               r"troops\s+of|units\s+of|"
                               # "the exercise involves Bulgaria, Canada and ..."
                               # ("X-2022, which will involve the organization's Collective Rapid Reaction Forces")
                               # ("Last year's drills, held in March in the Gulf of Oman, involved the cruiser X")
                               r"(?:(?<=exercise )|(?<=drills )|(?<=It )|(?<=, which )|(?<=, which also )|(?<=, ))"
                               # ("The X 2020 exercise included Japan and Australia")
                               r"(?:involves|involved|includes|included|"
                               r"will\s+involve|will\s+include)(?:\s+the\s+(?:organi[sz]ation|bloc|alliance)['’]s|"
                               # ("X, which involves warships of Russia, China and Iran")
                               r"\s+(?:warships|ships|vessels|troops|forces|units|navies|aircraft|servicemen|"
                               r"personnel)\s+(?:of|from))?|"
                               # "the two-week exercise brings together 14 nations — A, B, ...": the drills', not a
                               # body's ("the SCO, which brings together A and B": its members)
                               # ("They bring together contingents of the CRRF from A, B and C": the drills')
                               r"(?<=together\s)(?:contingents|units|troops|forces|servicemen)\s+of|"
                               r"(?:(?<=exercise )|(?<=exercises )|(?<=drills )|(?<=It )|(?<=They ))"
                               r"(?:brings|bring|brought|will\s+bring)\s+together"
                               r"(?:\s+(?:(?:some|about|around|more\s+than|"
                               r"over)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                               r"[a-z]+teen|twenty|thirty)\s+(?:[a-z-]+\s+)?(?:countries|nations|states|navies|"
                               r"militaries)\s*"
                               r"(?::|[–—]\s*(?:the\s+)?))?|"
                               # "Twenty countries have confirmed they will send troops, among them A, B and C"
                               # ("Twenty nations are taking part. Among them are A, B": see _COUNTED_TAKING_PART)
                               r"among\s+them(?:\s+are|\s+were)?|they\s+(?:include|are)|"
                               # "Twenty nations are on the participant list: A, B", "with just three participants,
                               # A, B and C"; "Notably absent is Venezuela" (denied, see the modality's words)
                               r"(?:participant|participants['’]?)\s+list\s*:|"
                               rf"(?<=\s)(?:\d+|{TWO_TO_TEN})\s+participants,|"
                               r"(?:(?<=^)|(?<=\.\s)|(?<=Notably\s)|(?<=notably\s))(?:absent|missing)\s+(?:is|are|was|"
                               r"were)|"
                               # "alongside longtime contributors Canada", "including regular participants ..."
                               # (not "including the war in Ukraine": a place, no participant)
                               # ("including for the first time India, Norway and Singapore")
                               r"(?:alongside|including)(?:\s+(?!(?:in|at|on|off|near)\b)[a-z][\w-]*){0,4}?|"
                               r"soldiers\s+of|forces\s+of|those\s+of|navies\s+of|armies\s+of|militaries\s+of|"
                               # ("Ships of the Standing NATO Maritime Group 2 are also involved")
                               r"(?<![a-z] )(?:[Ss]hips|[Ww]arships|[Vv]essels)\s+of|"
                               r"(?:a|an|one|two|three)\s+(?:company|companies|platoons?|detachments?|contingents?)\s+of|"
                               # "Participants include ...", "participating nations are ...", "taking part are ..."
                               # ("Countries taking part in the X exercise include ...")
                               r"(?:participants|(?:countries|nations|states|navies|militaries)\s+"
                               r"(?:participating|taking\s+part)(?=\s+in\s)|"
                               # ("Partner nations contributing forces include ...")
                               r"(?:countries|nations|states)\s+(?:contributing|sending|providing|deploying)\s+"
                               r"(?:forces|troops|units|ships|personnel|contingents)|"
                               # ("Participating African countries include ..., while partner nations include ...")
                               r"(?:(?<=while\s)|(?<=whereas\s))(?:partner|other|visiting)\s+(?:countries|nations)|"
                               r"participating\s+(?:[A-Z][a-z]+\s+){0,2}(?:countries|nations|states|navies|militaries|"
                               r"forces|units|ships|vessels|platforms|assets|contingents|allies|partners)|"
                               # "Participating with forces are A, B and C" (beside observers)
                               r"participating\s+with\s+(?:forces|troops|units|contingents)"
                               r"(?:\s+in\s+(?:the|this\s+year['’]s)\s+(?:exercise|drills|manoeuvres|maneuvers))?|"
                               # ("Among the participants announced so far are ...", "Among the units involved are")
                               r"taking\s+part|(?<=units )involved|(?<=forces )involved|(?<=ships )involved|"
                               r"(?<=countries )involved|(?<=nations )involved)"
                               r"(?:\s+(?:(?:confirmed|announced|named|listed|registered)\s+)?"
                               r"(?:this\s+year|so\s+far|to\s+date))?"
                               # "Participants in this year's drills include ...": the drills they are in (not "in
                               # the talks", "in last year's drills")
                               r"(?:(?:(?<=participants)|(?<=participating)|(?<=taking\spart))\s+(?:in|of)\s+"
                               r"(?!(?:last|previous)\b)[^,;:]{0,50}?"
                               r"(?:exercises?|drills?|manoeuvres|maneuvers|war\s?games|(?:19|20)\d\d)|"
                               # ("Participants in this year's Cutlass Express included ...": this year's edition)
                               r"(?<=participants)\s+(?:in|of)\s+this\s+year['’]s\s+(?:[A-Z][\w-]*\s+){0,3}"
                               r"[A-Z][\w-]*)?"
                               # "Taking part, in addition to the host country, are ..."
                               r"(?:,\s+(?:in\s+addition\s+to|besides|apart\s+from|alongside)\s+[^,;]{2,40},)?\s+"
                               r"(?:(?:will\s+)?include[sd]?|are|were|will\s+be)"
                               r"(?:\s+also)?"
                               # "... include the two hosts as well as A, B and C"
                               r"(?:\s+the\s+(?:two\s+|three\s+)?host(?:s|\s+nations|\s+countries)?"
                               r"(?:,|\s+as\s+well\s+as|\s+and|\s+plus))?"
                               # "... include NATO allies such as A, B and C", "... include NATO allies A, B"
                               r"(?:\s+(?:[A-Z][\w-]*\s+)?(?:allies|partners|members|nations|countries|states)\s+"
                               # ("... are non-NATO countries A, B and C", "... include partner nations A and B")
                               # ("... are Black Sea neighbours A, B and C")
                               r"(?:such\s+as|like|including)|\s+(?:[A-Z][\w-]*\s+){0,2}(?:allies|partners|members|"
                               r"neighbou?rs)|"
                               r"\s+(?:non-[A-Z][\w-]*|partner)\s+(?:countries|nations|states)|"
                               # ("... include Black Sea littoral states A, B and C")
                               r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:littoral|coastal|neighbou?ring|regional|allied|"
                               r"member)\s+(?:countries|nations|states))?"
                               # "... participants are the navies of the Philippines, Germany and ..."
                               # ... "taking part are servicemen of A, B and C"
                               r"(?:\s+(?:the\s+)?(?:navies|armies|armed\s+forces|militaries|forces|troops|"
                               r"delegations|servicemen|soldiers|personnel|sailors|airmen|marines|units)\s+"
                               r"(?:of|from))?|"
                               # "Besides Thailand and the United States, troops from ... are taking part"
                               r"(?<![\w-])(?:besides|apart\s+from|in\s+addition\s+to)|"
                               # "contingents have been sent by A, B and C"
                               rf"{_SENT_BY}|"
                               # "Brazil, the host, was joined by Chile, Colombia and Ecuador"
                               r"(?:was|were|has\s+been|have\s+been|is|are|will\s+be)\s+joined\s+by|"
                               # "Troops from 13 other countries are taking part: the United States, ..."
                               # ... and "(3) Other participating countries: Australia and ..."
                               # ... "Twenty nations are contributing forces: Belgium, ..."
                               # ... "Thirteen countries are taking part with forces: A, B"
                               r"(?:(?:taking|take)\s+part(?:\s+with\s+(?:forces|troops|units|ships|contingents))?|"
                               r"participating(?:\s+(?:countries|nations|states))?|"
                               # ("Soldiers from nine NATO countries are involved: A, B and C")
                               r"(?<=countries are )involved|(?<=nations are )involved|(?<=states are )involved|"
                               r"(?<=allies are )involved|"
                               # ("seven allies have sent troops, aircraft or ships: A, B and C")
                               r"(?:contributing|sending|providing|deploying|sent|contributed|deployed)\s+(?:forces|"
                               r"troops|units|ships|personnel|assets|contingents)(?:,\s+[a-z]+)*(?:,?\s+(?:or|and)\s+"
                               r"[a-z]+)?|"
                               # ("Eight countries will fly: A, B and C", "Six navies are to participate: A, B")
                               r"(?:countries|nations|states|navies|air\s+forces)\s+(?:will|are\s+(?:set\s+)?to)\s+"
                               r"(?:participate|fly|sail|train))\s*:)"
                               # "... include the Army's 82nd Airborne Division": a unit of a service named bare
                               r"\s+(?:the\s+)?(?:(?:" + "|".join(s.replace(" ", r"\s+") for s in SERVICES) +
                               r")(?:’s|'s)\s+)?"
                               # "sailors from the Bahrain-based U.S. Fifth Fleet": a unit set where it is based
                               r"(?:[A-Z][\w’'.-]*[-–]based\s+)?"
                               # "Taking part were the carrier USS X": a ship after its kind
                               rf"(?:(?:[a-z-]+\s+){{0,2}}(?:{SHIP_NOUNS})\s+)?$", re.I)
_ASIDE_CLOSES = re.compile(r",\s")  # (after a name: an aside on it ends there)
_FEW_WORDS = re.compile(r"(?:[\w-]+\s+){0,4}")  # (before the sentence's subject: "A", "Some 150 members of the")
# A verb of going, and where to, before the names a verb of taking part follows: "will leave the island on Thursday
# for Trinidad and Tobago to take part", "were airlifted to Latvia to join the drills" (the host, no subject)
_WENT_TO_BEFORE = re.compile(r"\b(?:leav(?:e|es|ing)|left|travel\w*|head(?:s|ed|ing)?|fl(?:y|ies|ew|own|ying)|"
                             r"depart\w*|arriv\w*|sail\w*|return\w*|airlift\w*|ferr(?:y|ied)|transported|"
                             r"deploy\w*|send(?:s|ing)?|sent|dispatch\w*)\b[^.,;:]{0,40}?\b(?:for|to)\s+"
                             r"(?:the\s+)?$", re.IGNORECASE)
# The prepositions of _PARTICIPANT_PREP that need forces before them ("troops from", "contingents sent by")
_SENDING_PREP = re.compile(rf"from|{_SENT_BY}", re.I)
# The sentence before "They include A, B" or "Among them are A, B" that makes them participants: "Twenty-nine
# nations are taking part." (not "ECOWAS has 12 members.")
# (and "24 countries had confirmed their participation."; see also _FORCES_FROM_COUNTED)
_COUNTED_TAKING_PART = re.compile(rf"\b{_A_COUNT}\s+(?:other\s+)?(?:nations|countries|states|navies|militaries|armies|"
                                  r"air\s+forces)\s+(?:(?:are|were|will|have|had)\s+(?:be\s+|been\s+)?(?:taking\s+part|"
                                  r"take\s+part|taken\s+part|participating|participate|confirmed\s+(?:their\s+)?"
                                  r"participation)|took\s+part|participated)"
                                  # ("Twelve nations took part in the Desert Falcon 2023 exercise.")
                                  # (not "took part in the 2023 drills", another edition)
                                  r"(?:\s+(?:this\s+year|so\s+far|"
                                  r"in\s+(?!(?:the\s+)?(?:(?:19|20)\d\d|last|previous)\b)(?:the\s+)?"
                                  r"(?:[\w'’-]+\s+){0,5}?(?:drills?|exercises?|manoeuvres|maneuvers)|in\s+it))?"
                                  # ("... are taking part in this year's exercise with about 5,000 troops.")
                                  r"(?:\s+with\s+(?:some\s+|about\s+|around\s+|over\s+|more\s+than\s+)?\d[^.;]{0,120})?"
                                  r"\s*[.;]\s*$", re.IGNORECASE)
# "The drills opened on Monday with troops from 12 nations." before "Among them are A, B" (a sentence on drills)
_FORCES_FROM_COUNTED = re.compile(rf"\b(?:{EXERCISE_NOUN}|exercise)\b[^.;]*?"
                                  rf"\b(?:troops|personnel|forces|sailors|soldiers|service\s?members|servicemen|"
                                  r"participants|contingents)\s+from\s+(?:(?:more\s+than|some|about|around|nearly|"
                                  rf"over)\s+)?{_A_COUNT}\s+(?:other\s+)?(?:nations|countries)"
                                  r"\s*[.;]\s*$", re.IGNORECASE)
_THEY_INCLUDE = re.compile(r"among\s+them\s+(?:are|were)|they\s", re.IGNORECASE)
_BESIDES = re.compile(r"(?:besides|apart\s+from|in\s+addition\s+to)\b", re.I)
# ... before "alongside the UAE"; "one of seven partner countries in NATO's Mediterranean Dialogue, alongside A"
_MEMBER_OF_BEFORE = re.compile(r"\b(?:members?|partners?|(?:member|partner)\s+(?:countries|states|nations))"
                               r"(?:\s+(?:of|in)\s+[^,;]{2,60}?)?,?\s+$")


def _names_fellow_members(ctx: SentenceContext, alongside: int) -> bool:
    """Whether the "alongside" at ``alongside`` follows "a member of X": it lists X's other members."""
    return _MEMBER_OF_BEFORE.search(ctx.text, max(ctx.sentence.start, alongside - 150), alongside) is not None


def _observers_named_before(ctx: SentenceContext, position: int) -> list[Mention]:
    """The states (or their adjectives) listed before an observer cue, unless they are only fellow members
    named in an apposition ("Oman, a member of the GCC alongside the UAE and Qatar, attends as an observer")."""
    nearest = list_before(ctx, position, (EntityType.STATE,), max_gap=60, allow_demonyms=True)
    if nearest and _POSSESSIVE_AFTER.match(ctx.text, nearest[-1].end):
        nearest = nearest[:-1]  # "Neither A nor B, Mongolia's neighbours, ...": an owner, not an observer
    governed = _ALONG_WITH_BEFORE.search(ctx.text, max(ctx.sentence.start, nearest[0].start - 20),
                                         nearest[0].start) if nearest else None
    return [] if governed and _names_fellow_members(ctx, governed.start() + 1) else nearest
_BESIDES_OPENING = re.compile(r"\s*(?:Besides|Apart\s+from|In\s+addition\s+to)\s+")
# What comes "from" a state to an exercise: forces, ships, teams, delegations ("personnel from 13 countries").
_BOUGHT = re.compile(r"\b(?:bought|buys?|purchased?|delivered|acquired|ordered|supplied|built|imported)\b", re.I)
_SENT_FROM = re.compile(r"\b(?:troops|servicem[ae]n|service\s+members|soldiers|personnel|forces|contingents?|units|"
                        r"sailors|marines|special\s+operators|commandos|pilots|"
                        r"airmen|servicemembers|paratroopers|officers|specialists|militar\w*|navies|armies|ships|"
                        r"guards|"
                        r"vessels|warships|submarines|aircraft|jets|helicopters|teams|delegations|participants|"
                        r"frigates|destroyers|corvettes|minehunters|minesweepers|boats|crews|"
                        # "flying in reserve companies from A and B" (not "arms companies from")
                        r"(?:reserve|infantry|rifle|engineer|marine|army|airborne|mechani[sz]ed)\s+companies|"
                        r"platoons|detachments|battalions|"
                        # ("contingents of the Collective Rapid Reaction Forces (CRRF) from A": past the acronym)
                        r"countries|nations|states|partners|allies|participation)\b"
                        # ("Troops taking part come from A, B and C")
                        r"(?:\s+(?:taking\s+part|participating|involved)(?:\s+in\s+the\s+(?:exercise|drills))?)?"
                        r"(?:\s+[\w-]+){0,2}(?:\s*\([A-Z]{2,8}\))?\s*$|"
                        # "About 2,500 personnel are involved in all, drawn from A, B and C"
                        r"\b(?:drawn|coming|hailing)\s*$|"
                        # "The remainder come from eight allied countries: A, B" (of the troops counted before)
                        # ("Some 15,000 of the soldiers are Polish, and the rest come from A, B")
                        r"(?:^|(?:soldiers|troops|personnel|servicemen|sailors|forces)\s+are\s+[\w-]+,\s+and\s+)"
                        r"(?:the\s+)?(?:remainder|rest|others)\s+(?:come|came|are|were)\s*$", re.I)
_TROOPS = Cue(re.compile(r"\b(?=[abcdefghijmnoprstuvw])(?:troops|servicemen|soldiers|military personnel|personnel|"
                         r"paratroopers|officers|cadets|specialists|"
                         # "Israeli F-15s flew alongside French Rafales, Spanish F/A-18s": aircraft, by kind or model
                         r"(?:fighter\s+)?jets|fighters|bombers|helicopters|warplanes|"
                         r"(?:f|su|mig|j|f/a|jf)-\d{1,3}[a-z]?s|rafales|mirages|typhoons|eurofighters|gripens|tornados|"
                         r"forces|sailors|marines|units|contingents?|servicemembers|warships|aircraft|military|army|"
                         # ("A Brazilian frigate took part": one ship as well as several)
                         r"militaries|armies|navy|navies|airmen|vessels?|ships|warship|frigates?|destroyers?|"
                         r"submarines?|corvettes?|minehunters?|minesweepers?|"
                         r"engineers|sappers|pilots|commandos|special\s+operators|(?:air|boat|ship|tank)\s?crews|"
                         r"battalions|brigades|"
                         # ("Chilean commandos trained with Peruvian and Bolivian counterparts": forces, see below)
                         r"infantry|counterparts)\b", re.I),
              "counterparts", "troop", "servicem", "soldiers", "personnel", "forces", "sailors", "marines", "units",
              "contingent",
              "warships", "aircraft", "military", "army", "militaries", "armies", "navy", "navies", "airmen", "vessels",
              "ships", "frigates", "destroyers", "submarines", "engineers", "sappers", "pilots", "commandos", "crews",
              "vessel", "warship", "frigate", "destroyer", "submarine", "corvette", "minehunter", "minesweeper",
              "battalions", "brigades", "infantry", "jets", "fighters", "bombers", "helicopters", "warplanes", "f-",
              "su-", "mig-", "j-", "f/a-", "jf-", "special operators", "rafales", "mirages", "typhoons", "eurofighters",
              "gripens", "tornados", "officers", "cadets", "specialists")
_OWNED_NOUN_AFTER = re.compile(r"\s+(?:coast|coastline|shore|shores|waters|littoral|seaboard|border|frontier)\b")
# (but "the drills, in which Australian troops took part": theirs)
_NOT_THE_DRILLERS_BEFORE = re.compile(r"(?:,?\s+)?(?<!\bin )(?<!\bof )(?<!\bat )\b(?P<relative>that|which)\s+$|"
                                      r"(?<!organised )(?<!organized )(?<!\bled )(?<!hosted )(?<!conducted )(?<!held )"
                                      r"(?<!staged )(?<!joined )(?<!attended )\bby\s+$|\bagainst\s+$|"
                                      # "amid tension with Russian forces": the other side of a strife
                                      r"\b(?i:tensions?|clashes|conflict|confrontations?|war|fighting|skirmishes|"
                                      r"standoff|hostilities)\s+with\s+(?:the\s+)?$")
_BODYS_TROOPS = re.compile(r"troops|soldiers|contingents?|peacekeepers", re.IGNORECASE)  # a body's own forces
# (forces that shadow the drills, or that others intercept or watch; not "tracked targets", "struck a ship", "strike
# group")
_WATCHING_FORCES_AFTER = re.compile(r"(?:\s+(?:and|also|were|was|had|have)\b)*(?:\s+[\w/-]+){0,2}?\s+"
                                    r"(?:shadow|tail|buzz|harass|spotted)\w*|"
                                    r"\s+(?:flown|piloted)\s+by\b|"
                                    r"\s+flew\s+near\b", re.IGNORECASE)
_TAKING_PART_AFTER = re.compile(r"\s+(?:taking\s+part|participating)\b")
_WATCHING_FORCES_BEFORE = re.compile(r"\b(?:shadow|tail|intercept|buzz|harass|track|monitor|chase)\w*\s+"
                                     r"(?:(?:the|a|an|two|three|several)\s+)?"
                                     r"(?:[A-Z][\w-]*\s+)*(?:and\s+(?:[A-Z][\w-]*\s+)+)?$", re.IGNORECASE)
_ADJECTIVE_BEFORE = re.compile(r"(?<=\s)(?!(?:and|or|of|the|from|with|to|in)\s)[a-z][a-z-]+\s+$")
# "Kazakhstan, the host nation, ...", "with Kyrgyzstan acting as the host country"
# ("Chile, the main host, is providing the troops": the chief one of several)
_HOST_APPOSED = re.compile(rf",\s+the\s+(?:(?:\d+|{TWO_TO_TEN})\s+)?(?:(?:main|principal|lead|chief)\s+)?|"
                           r"\s+(?:acting|serving)\s+as\s+(?:the\s+)?")
# ("Estonia, the host of the Hedgehog 2025 exercise": the host of the exercise named after)
_NOUN_SET_OFF = re.compile(r"\s+(?:country|nation|state|countries|nations|states)(?:,|\.|$)|"
                           r"(?<=main host)(?=,)|(?<=principal host)(?=,)|(?<=lead host)(?=,)|"
                           r"(?=\s+of\s+(?:the\s+)?(?!(?:next|last|previous|following|upcoming|first)\b)"
                           r"[A-Z][^,;.]{0,60}?\b(?:exercises?|drills|manoeuvres|maneuvers)\b)")
_PLURAL_NOUN_SET_OFF = re.compile(r"\s+(?:countries|nations|states)\b")
_HOST = Cue(re.compile(r"\b(?:host|hosts|hosted|hosting)\b", re.I), "host")
# What a state hosts that is no exercise: "hosts seven UN Command rear bases", "hosted a summit of the bloc"
_HOSTS_SOMETHING_ELSE = re.compile(rf"\s+(?:(?:the|a|an|its|their|some|several|about|around|[\d,]+|{TWO_TO_TEN}|"
                                   r"dozens\s+of)\s+)?"
                                   # (the object itself: "will host at Andravida air base" is where)
                                   r"(?:(?!(?:at|in|on|near|from|for|during|with)\b)[\w.-]+\s+){0,3}?"
                                   r"(?:bases?|headquarters|summits?|meetings?|talks|conferences?|forums?|missiles|"
                                   r"weapons|warheads|refugees|embassy|facilit(?:y|ies)|garrisons?)\b")
_THE_GAP = re.compile(r"\s+(?:the\s+)?")
_WHICH_ACTS_AS_HOST_BEFORE = re.compile(r",\s+which\s+(?:will\s+|would\s+|is\s+to\s+)?(?:act|acts|acted|serve|serves|"
                                        r"served)\s+as\s+(?:the\s+)?(?:co-)?$")
# A second predicate, which ends a clause as its punctuation does ("hosts NATO on its eastern flank and will send")
_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:will|would|has|have|had|is|are|was|were|its|their|also)\b")


def _exercise_in_clause(ctx: SentenceContext, position: int) -> bool:
    """Whether the clause that goes on at ``position`` names an exercise ("hosts NATO in Exercise X", "hosts NATO
    and U.S. forces for X"; not "hosts NATO in Brussels, and sent a frigate to X")."""
    until = _clause_end(ctx, position)
    second = _SECOND_PREDICATE.search(ctx.text, position, until)
    until = second.start() if second else until
    return any(m.type is EntityType.EXERCISE and position <= m.start < until for m in ctx.mentions) or \
        _EXERCISE_NOUNS.search(ctx.text, position, until) is not None


_BESIDES_BEFORE = re.compile(r"\b(?:besides|apart\s+from|other\s+than|in\s+addition\s+to)\s+(?:the\s+)?(?:two\s+)?"
                             r"(?:co-)?$", re.IGNORECASE)
# ("alongside the four host nations": a count of them)
_ARTICLE_BEFORE = re.compile(rf"\b(?:the|a|an|its|their)\s+(?:(?:\d+|{TWO_TO_TEN}|other)\s+)?"
                             r"(?:(?:main|principal|lead|chief)\s+)?$", re.I)
_AS_THE_BEFORE_HOST = re.compile(r"\s+as\s+(?:the\s+)?")
_HOST_OF_ANOTHER_EDITION = re.compile(r"(?:\s+(?:country|nation))?\s+of\s+(?:the\s+)?"
                                      r"(?:(?:next|last|previous|following|upcoming|first)\s+|"
                                      r"(?:last|next)\s+year['’]s\s+)")
_AS_HOST = re.compile(r"As\s+(?:the\s+)?(?P<host>host)(?:\s+(?:nation|country))?,\s+(?:the\s+)?")
# ("the Indian Navy is hosting", "the Royal Navy will host")
_AUXILIARY_GAP = re.compile(r"(?:\s*\([A-Z]{2,8}\)|\))?\s+(?:(?:will|would|is\s+to|is\s+set\s+to|has|have|had|"
                            r"is|are|was|were|also|jointly|again)\s+){0,2}")


def _unit_state(ctx: SentenceContext, unit: Mention) -> Mention | None:
    """The state whose adjective names ``unit`` ("the Peruvian Navy"; its acronym, where the name is beside it)."""
    for named in (m for m in ctx.mentions if m.label == unit.label):
        for inner in named.inner[:1]:
            if inner.type is EntityType.STATE and (
                    inner.kind == "demonym"
                    or inner.start == named.start and _NATIONAL_FORCES.fullmatch(named.text, inner.end - named.start)):
                return inner  # (or its name: "the Ghana Armed Forces", but not "US Indo-Pacific Command")
    return None


# (not "the Kosovo Liberation Army", "the Sudan People's Liberation Army": a movement's, named by its land)
_NATIONAL_FORCES = re.compile(r"\s+(?:National\s+|Royal\s+|People['’]s\s+)?"
                              r"(?:Armed\s+Forces|Defen[cs]e\s+Forces|Army|Navy|Air\s+Force)")
_JOINT_FORCES_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_ALL_FORCES = re.compile(r"\s+(?i:armed\s+forces|militaries|armies|navies|defen[cs]e\s+forces)")


def _demonyms_of_joint_forces(ctx: SentenceContext, first: Mention) -> list[Mention]:
    """"the Russian and Belarusian armed forces": the states of the adjectives before the forces' noun, the last
    inside the unit the finder made of it; none where the list ends in anything else ("Russian and Belarusian
    officials")."""
    states = [first]
    for mention in ctx.mentions:
        if mention.start < states[-1].end + 2 or mention.start > states[-1].end + 6:
            continue
        if not _JOINT_FORCES_GAP.fullmatch(ctx.text, states[-1].end, mention.start):
            break
        if mention.type is EntityType.STATE and mention.kind == "demonym":
            states.append(mention)
        elif mention.type is EntityType.MILITARY_UNIT and mention.inner and mention.inner[0].kind == "demonym" \
                and _ALL_FORCES.fullmatch(ctx.text, mention.inner[0].end, mention.end):
            return [*states, mention.inner[0]]
        else:
            break
    return []



def _unit_subject(ctx: SentenceContext, position: int) -> Mention | None:
    """The unit whose verb starts at ``position`` ("the Royal Navy (RN) will host"), if one stands there."""
    unit = _nearest_before(ctx, position, (EntityType.MILITARY_UNIT,), max_gap=40)
    return unit if unit is not None and _AUXILIARY_GAP.fullmatch(ctx.text, unit.end, position) else None


_HOSTED_BY = re.compile(r"\bhosted by\s+(?:the\s+)?$", re.I)
# "hosted by", "hosted for the first time by"
# ("co-hosted this year by", "hosted once again by")
_BY = re.compile(r"\s+(?:jointly\s+|for\s+the\s+(?:first|second|third)\s+time\s+|this\s+year\s+|(?:once\s+)?again\s+)?"
                 r"by\b", re.I)
# ("rather than host Tajik troops": the verb after a comparison's "than")
_VERB_BEFORE_HOST = re.compile(r"\b(?:to|will|would|could|may|might|shall|can|also|not|than)\s+$")
# ("are serving as host nations", "is acting as the host country")
_IS_THE_HOST = re.compile(r"\b(?:is|are|was|were|will\s+be|remains?)\s+(?:also\s+|again\s+)?"
                          r"(?:the\s+|(?:serving|acting)\s+as\s+(?:the\s+)?)(?:co-)?$")
# ("Germany is the host of the Air Defender 23 exercise")
_HOST_NATION_AFTER = re.compile(r"\s+(?:nations?|countries|country|states?)\b|"
                                r"\s+of\s+(?:the\s+)?(?!(?:next|last|previous|following|upcoming|first)\b)"
                                r"(?=[A-Z][^,;.]{0,60}?\b(?:exercises?|drills|manoeuvres|maneuvers)\b)|"
                                # "Chile is the host of this year's drills", "... of the drills": the one spoken of
                                r"\s+of\s+(?:this\s+year['’]s|the|these)\s+(?:[a-z-]+\s+){0,2}"
                                r"(?:exercises?|drills|manoeuvres|maneuvers)\b")
# ("spread across four host nations: A, B, C and D": listed after a colon or a dash)
_HOST_NOUN = re.compile(r"\s+(?:(?P<plural>countries|nations|states)\s*[:—–]?\s+|(?:country|nation|state)\s+)?"
                        r"(?=[A-Z])")
_ORGANISE = Cue(re.compile(r"\b(?=[bcdhkloprstw])(?:will\s+|to\s+)?(?:hold|holds|held|holding|"
                           r"stage|stages|staged|staging|"
                           # "X is planning and directing the exercise"
                           r"(?:planning\s+and\s+)?direct(?:s|ed|ing)?(?=\s+(?:the|this|its)\s)|"
                           r"conduct|conducts|conducted|conducting|(?:co-)?organi[sz](?:e|es|ed|ing)|"
                           # "Cobra Gold, which Thailand and the United States have co-sponsored since 1982"
                           r"(?:co-)?sponsor(?:s|ed|ing)?|"
                           # "the German Navy is set to lead the Northern Coasts exercise" (not "led by", "-led")
                           # ("The Chilean Army and the Peruvian Army have begun X")
                           r"launch|launched|launches|opened|running|began|"
                           r"begun(?!\s+(?:to|preparations?|planning|work|talks)\b)|kicked\s+off|started|lead|leads|"
                           # ("the exercise that the United States has led since 1960": a perfect, no "led by")
                           r"leading|(?<=has\s)led|(?<=have\s)led|(?<=had\s)led)\b",
                           re.I),
                "hold", "held", "stag", "conduct", "organi", "sponsor", "launch", "opened", "running", "began",
                "begun", "kicked off", "started", "lead", "direct", "has led", "have led", "had led")
# "which Chile and Peru have co-sponsored": the auxiliaries between the doers of a relative clause and its verb
_AUXILIARIES_BEFORE = re.compile(r"(?:\s+(?:has|have|had|will|would|also|jointly|long|regularly|annually))+\s*$")
# "SOUTHCOM, which co-organizes the exercise with the Chilean Army": the body the relative clause is on
_WHICH_CO_VERB = re.compile(r",\s+which\s+(?:(?:has|have|had|will|also|jointly)\s+)*$")
_EXERCISE_WITH = re.compile(rf"\s+(?:the\s+)?(?:{EXERCISE_NOUN}|it|them)\s+(?:together\s+|jointly\s+)?with\s+"
                            r"(?:the\s+)?", re.IGNORECASE)
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_AMONG_THEM_AFTER = re.compile(r",\s+(?:among\s+them|including)\s+(?:the\s+)?")
_OBSERVING = Cue(re.compile(
    r"\b(?:send|sends|sent|sending|dispatch\w*|deploy\w*|delegat\w*)\s+(?:[\w-]+\s+){0,2}(?:observers|"
    r"observer\s+(?:delegations?|teams?|missions?|groups?))\b|"
    # "will send a group of observers", "sent a small team of military observers"
    r"\b(?:send|sends|sent|sending|dispatch\w*|deploy\w*)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:group|team|delegation|handful|number|couple)\s+of\s+(?:[\w-]+\s+)?observers\b|"
    # "have dispatched naval delegations to Chabahar to watch the exercise as observers", "has sent a group of
    # officers from its army to follow the exercise as observers"
    r"\b(?:send|sends|sent|sending|dispatch(?:es|ed|ing)?)\s+(?:[\w-]+\s+){0,20}?as\s+observers\b|"
    r"\bas\s+(?:an?\s+)?observers?\b|"
    # "India was an observer at the 2023 iteration", "India, an observer at the last edition, ..."
    r"\b(?:an?\s+)?observers?\s+(?:at|in|to)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+|last\s+year['’]s\s+|previous\s+|"
    r"last\s+|first\s+)?(?:edition|iteration|drills?|exercises?|maneuvers|manoeuvres)\b|"
    r"\bonly\s+with\s+(?:\w+\s+){0,2}?observers\b|"  # "is taking part only with observers this year"
    r"\brepresented\s+(?:only\s+)?by\s+(?:an?\s+)?observers?\b|"  # "are represented by observer delegations"
    r"\b(?:is|are|was|were)\s+among\s+the\s+(?:[\w-]+\s+)?observers\b|"  # "were among the foreign observers"
    # ("are not among the observer nations")
    r"\b(?:is|are|was|were)\s+not\s+among\s+the\s+(?:observers|observer\s+(?:countries|nations|states))\b|"
    # "Military attachés of A, B and C are also present at the range": people who only watch (see _PEOPLE_OF)
    r"\battach[ée]s\s+(?:of|from)\s+[^.;]{2,120}?\s(?:are|were)\s+(?:also\s+)?present\b|"
    # "drew A and B as participants, with C and D among the observers"
    r"(?<=[a-z] )among\s+the\s+observers\b(?=\s*[.,;])|"
    # "are among the observing countries", "the observer nations are A and B"
    r"\b(?:is|are|was|were)\s+among\s+the\s+observing\s+(?:countries|nations|states|navies)\b"
    r"(?!\s+(?:at|in|of)\b)|"
    r"\bobserver\s+status\s+(?:at|in|to)\s+(?:the\s+)?(?:drills?|exercises?|maneuvers|manoeuvres)\b|"
    r"\binvited\s+to\s+(?:watch|observe)\b|\bwill\s+(?:also\s+)?(?:watch|observe)\b|"
    # "would invite Colombian officers to observe X": the people invited, named inside
    r"\binvit(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:officers|officials|representatives|delegates|"
    r"delegations?)\s+to\s+(?:watch|observe)\b|"
    # "invited military attachés from a number of countries, among them A, B and C, to watch": named inside
    r"\binvit(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:officers|officials|representatives|delegates|delegations?|"
    r"attach[ée]s|experts)\s+from\s+[^.;]{2,120}?,?\s+to\s+(?:watch|observe|monitor)\b"
    r"(?!\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:vote|votes|elections?|referendum|polls?|trial|talks)\b)|"
    # "invited all OSCE member states, including A and B, to observe X", "invited A and B to observe": named inside
    r"\binvit(?:e|es|ed|ing)\s+(?:(?!\bto\s+(?:take|join|participate|send|deploy|contribute)\b|,\s+while\b)"
    r"[^.;]){2,120}?\s+to\s+(?:watch|observe|monitor)\b"
    r"(?!\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:vote|votes|elections?|referendum|polls?|trial|talks)\b)|"
    r"\bdeclin(?:ed|es|e)\s+(?:an?|the)\s+invitations?\s+to\s+(?:watch|observe)\b|"  # a negated observer
    # "observed the command-post phase", "observed the 2023 iteration", "observed the Cobra Gold 2024 exercise"
    # (not "observed the growing scale of Chinese drills": watched, as anyone may)
    # ("observed this year's Balikatan exercises")
    r"\bobserv(?:e|es|ed|ing)\s+(?:the|(?:this|last|next)\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drills?|exercises?|maneuvers|manoeuvres|phases?|stages?|edition|iteration)\b|"
    r"\bobserv(?:e|es|ed|ing)\s+the\s+(?:[\w-]+\s+){1,3}(?:19|20)?\d\d\s+"
    r"(?:drills?|exercises?|maneuvers|manoeuvres)\b|"
    # "sent two officers to watch"
    r"\b(?:send|sends|sent|sending)\s+(?:[\w-]+\s+){0,4}?(?:officers|officials|representatives|delegates)\s+"
    r"(?:[\w-]+\s+){0,6}?to\s+(?:watch|observe)\b|"
    # "Among the observer nations are A, B and C", "Observers include A and B": a list of observers after
    # ("Among the observers at Pabrade were officers from A and B": where they watched, between)
    r"(?:\bamong\s+the\s+(?:[\w-]+\s+)?(?:observers|observer\s+(?:nations|countries|states|delegations)|"
    r"observing\s+(?:nations|countries|states))(?:\s+(?:at|in)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})?"
    r"\s+(?:are|were|will\s+be)|"
    r"(?<![\w-])(?:observers|observer\s+(?:nations|countries|states)|observing\s+(?:nations|countries|"
    r"states))\s+(?:(?:will\s+)?include[sd]?|are|were|will\s+be)(?:\s+also)?)\b", re.I), "observ", "watch", "monitor",
    "attach")
_PEOPLE_FROM_AFTER = re.compile(r"\s+(?:(?:military|naval|army|air\s+force|senior|defen[cs]e)\s+)?"
                                r"(?:officers|officials|delegations?|delegates|representatives|attach[ée]s|personnel)"
                                r"\s+from\s+")
_OBSERVERS_LISTED_AFTER = re.compile(r"(?:among|observ)[^.;]*\b(?:are|were|be|include[sd]?|also)", re.IGNORECASE)
_INVITED_PEOPLE = re.compile(r"\b(?:officers|officials|representatives|delegates|delegations?|attach[ée]s|experts)\b",
                             re.IGNORECASE)
_INVITED_TO = re.compile(r"invited\s+to\s", re.IGNORECASE)  # "Germany was invited to observe": its subject's
_PEOPLE_AFTER_DEMONYM = re.compile(r"\s+(?:military\s+|naval\s+|army\s+|defen[cs]e\s+|senior\s+)?(?:officers|officials|"
                                   r"troops|soldiers|delegates|delegations?|personnel|representatives|servicemen)\b")
_TO_A_DATED_EDITION = re.compile(r"\s+(?:to|at|of)\s+(?:the\s+)?(?P<year>(?:19|20)\d\d)\s+(?:edition|iteration)\b")
_ANOTHER_EDITION_NAMED = re.compile(r"\b(?:last|previous|earlier|first|past)\b|"
                                    r"\b(?:19|20)\d\d\s+(?:edition|iteration)\b")
_ATTENDED_BEFORE_AS = re.compile(r"\b(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|watch(?:es|ed|ing)?)\s+(?:the\s+)?"
                                 r"[^,;.]{1,70}?\s*$")
# "to observe the Pitch Black air combat exercise": another exercise, by a name kg does not know
_OBSERVES_A_NAMED_ONE = re.compile(r"\s+(?:the|an?)\s+[A-Z]")
# "Officers of the CSTO Joint Staff will attend as observers": the body the people come from
# "from 23 foreign countries, including A, B and C": the ones the count names
_COUNTED_INCLUDING = re.compile(r"(?:\d+|[a-z]+)\s+(?:foreign\s+|other\s+)?(?:countries|states|nations),?\s+"
                                r"(?:including|among\s+them)\s+(?:the\s+)?")
_PEOPLE_OF = re.compile(r"\s*(?:(?:Senior|Military|Naval|Defen[cs]e)\s+)?(?:Officers|Officials|Representatives|"
                        r"Delegates|Members|Personnel|Staff|A\s+delegation|Delegations|[Aa]ttach[ée]s)\s+"
                        r"(?:of|from)\s+(?:the\s+)?")
_PEOPLE_OF_IN_A_CLAUSE = re.compile(_PEOPLE_OF.pattern, re.IGNORECASE)
# "will not send troops but will send observers", "Neither A nor B contributed troops, though both sent observers"
_NOT_BUT = re.compile(r"\b(?:not|no)\b[^,;]*(?:,\s*)?\bbut\b|\b(?i:neither)\b[^;]*?\b(?:but|though|although)\b|"
                      # "will not deploy forces this year and will again send only observers"
                      r"\bnot\s+(?:deploy|send|commit|contribute)\b[^,;.]{0,60}?\band\s+(?P<and_will>(?:will|would)\s+"
                      r"(?:again\s+|also\s+|instead\s+)?)$")  # (up to the observing's verb)
# ("will send observers to X but will not take part with ships": the same, denied after)
# ("A and B have sent observers but are not taking part")
# ("are attending only as observers and will not commit troops")
_BUT_NOT_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:but|and)\s+(?P<denied>(?:(?:will|would|did|does|do)\s+not\s+"
                            r"(?:take\s+part|participate|(?:send|commit|deploy|contribute)\s+(?:any\s+)?"
                            r"(?:troops|forces|ships|units))|"
                            r"(?:is|are|was|were)\s+not\s+(?:taking\s+part|participating)))\b")
_HELD_BY = Cue(re.compile(r"\b(?:held|(?:co-)?organi[sz]ed|conducted|staged|(?:co-)?led|run|directed|"
                          # "planned and executed by X", "prepared by the CSTO Secretariat", "commanded and
                          # controlled by X"
                          r"(?:co-)?sponsored|coordinated|planned|prepared|executed|commanded|controlled|launched)\s+"
                          r"(?:(?:jointly|annually|regularly|also)\s+)?by\b|"
                          # "is being conducted under the auspices of the CSTO", "are held within the framework of
                          # the SCO"
                          r"\b(?:under|within)\s+the\s+(?:auspices|aegis|umbrella|framework)\s+of\b", re.I),
               "by", "auspices", "aegis", "umbrella", "framework")
# ... whose subject is the exercise ("The X exercise was planned and executed by"), or after another participle
# that opens the sentence ("Led by A and commanded by B, X brings together ...")
_EXERCISE_AS_SUBJECT = re.compile(
    r"\s*(?:The\s+|This\s+year['’]s\s+)?"
    r"(?:(?!(?:on|of|for|about|to|from|by|with|in|at|during)\s)[\w’'\"“”-]+\s+){0,6}?"
    r"(?:exercises?|drills?|manoeuvres|maneuvers|[A-Z0-9][\w-]*[\"”]?)\s*(?:\([^()]{1,20}\)\s*)?,?\s*"
    r"(?:(?:is|are|was|were|will|be|being|been|has|have|had)\s+){1,3}"
    r"(?:(?:planned|held|organi[sz]ed|run|led|designed)\s+and\s+)?"
    r"(?:(?:held|conducted|staged|organi[sz]ed)\s+)?")
# ("the exercise runs from April 14 to May 23 and is planned and executed by X")
_SECOND_PREDICATE_OF_THE_EXERCISE = re.compile(
    r"\b(?:exercises?|drills?|manoeuvres|maneuvers)\s+(?:runs?|ran|takes?\s+place|took\s+place|began|begins|opened|"
    r"opens)\b[^;.]{0,80}?\s+and\s+(?:is|are|was|were|will\s+be)\s+(?:(?:planned|held|organi[sz]ed|run|led|"
    r"designed)\s+and\s+)?$", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"\b(?i:according\s+to)\s+(?:the\s+)?$")
_FRONTED_HELD = re.compile(r"\s*(?:Held|Conducted|Staged|Organi[sz]ed|Run|Carried\s+out)\s+")
_OPENING_PARTICIPLE_BY = re.compile(r"\s*(?:Led|Organi[sz]ed|Planned|Run|Hosted|Sponsored)\s+by\s+[^,;]{1,80}\s+and\s+")
# "organised by the Vicenza-based X": where the organiser sits, before its name
_BASED_BEFORE_NAME = re.compile(r"\s+(?:the\s+)?[A-Z][\w.-]*-based\s+(?=(?:the\s+)?[A-Z])")
# ("The exercise is being conducted under the auspices of the CSTO": the drills, held so)
_DRILLS_HELD_BEFORE = re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games|it)\s*,?\s+"
                                 r"(?:(?:is|are|was|were|will|be|being|been)\s+){0,3}"
                                 r"(?:(?:held|conducted|staged|organi[sz]ed|run)\s+)?$", re.IGNORECASE)
_ACRONYM_OWNER_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z]{2,8}(?:’s|'s)\s+")
# "the biennial exercise that Australia and the United States co-organise": the states before the verb
# ("The exercise, which the two countries organize jointly, ...": set off too)
_EXERCISE_THAT = re.compile(rf"\b(?:{EXERCISE_NOUN}|exercise),?\s+(?:that|which)\s+(?:[^,;.]{{2,80}})$", re.I)
_WHICH_OPENS = re.compile(r",\s+which\s+(?:the\s+)?$")  # a relative clause that opens at its subject
_SERIES_WHICH_OPENS = re.compile(r"\b(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:series|exercises)"
                                 r"(?:\s*\([^()]{1,12}\))?,\s+which\s+(?:the\s+)?")
_WITH_PARTNER_AFTER = re.compile(r"\s+(?:jointly\s+)?with\s+(?:the\s+)?")
# "which Georgia organises jointly with the United States", "by A together with B": a co-organiser
_JOINTLY_WITH_AFTER = re.compile(r"\s+(?:the\s+exercise\s+|them\s+|it\s+)?(?:(?:together|jointly)\s+with|"
                                 r"in\s+(?:cooperation|partnership|conjunction)\s+with)\s+(?:the\s+)?")
# "hosted by Egypt and jointly organised with U.S. Central Command": the host and its partner organise it
_HOSTED_BY_THEN_ORGANISED_WITH = re.compile(r"\bhosted\s+by\s+(?:the\s+)?[^,;]{2,40}?\s+and\s+(?:jointly\s+)?"
                                            r"(?:co-)?organi[sz]ed\s+(?:jointly\s+)?with\s+(?:the\s+)?")
# "is hosting this year's drills and organising them jointly with the United States": the drills, by a pronoun
_THEM_JOINTLY = re.compile(r"\s+(?:them|it)\s+(?:together|jointly)\s+with\b")
_ORGANISED = re.compile(r"organi[sz]ed$", re.I)
_ORGANISER_TYPES = ORGS + (EntityType.STATE, EntityType.MILITARY_UNIT)
_STARTING = r"began|begun|kicked\s+off|started"  # what an exercise or the force that runs it does
_LEADS = re.compile(r"\blead", re.IGNORECASE)
# What may follow an exercise led, its noun aside: the clause's end, a place or a time (not "'s maritime phase",
# "planning team")
_NOTHING_OF_IT_AFTER = re.compile(rf"(?:\s+(?:[\w-]+\s+){{0,2}}?{EXERCISE_NOUN})?(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|off|"
                                  r"from|next|this|later|with|and|near|across)\b)")
_HOLDS = re.compile(r"\bhold|\bheld|organi|sponsor|\bdirect|opened|running|\blead|\bled\b|\blaunch|" + _STARTING, re.I)
# What a force does to the exercise it runs; a state that does it takes part
_OPENS = re.compile(r"opened|running|launch|" + _STARTING, re.I)
_DRAWS_OTHERS_IN = re.compile(r",\s+(?:an?|the)\s+[^,;]{0,80}?\s+(?:that|which)\s+(?:draws|brings\s+in|involves)\s+"
                              r"(?:forces|troops|units|contingents)\s+from\b")
# (not "the Russian and Indian navies held ...": services, which may hold it themselves)
_FORCES_BEFORE = re.compile(r"\s+(?:(?:special|special\s+operations|airborne|ground|naval|marine)\s+)?"
                            r"(?:troops|forces|armed\s+forces|soldiers|servicemen|servicemembers|commandos|"
                            r"paratroopers|marines)\s+"
                            r"(?:(?:will|have|had|has|jointly|also)\s+)?$")
# ("Egyptian and US forces also regularly hold the Eagle Salute exercise": with the exercise named right after)
_FORCES_THEN_ADVERBS_BEFORE = re.compile(r"\s+(?:troops|forces|armed\s+forces|soldiers|servicemen|navies|armies)\s+"
                                         r"(?:(?:also|jointly|regularly|usually|annually|routinely)\s+){1,2}$")
_NOUN_OF_MEMBERS = re.compile(r"\s+(?:allies|members?|countries|states|nations|partners|navies|troops|forces)\b")
_INCLUDING_GAP = re.compile(r",\s+including\s+(?:the\s+)?")  # "in Luzon and Palawan, including Batanes"
# "at the South Base and the nearby Borovac training ground": a second venue
_NEARBY_GAP = re.compile(r",?\s+and\s+(?:at\s+)?(?:the\s+)?(?:nearby|neighbouring|neighboring|adjacent)\s+")
_STARTS = re.compile(_STARTING, re.I)  # ... which an exercise may do itself
#: People of armed forces who practise an exercise's drills ("commandos from A and B practised hostage rescue")
FORCES_WHO_PRACTISE = r"troops|soldiers|commandos|marines|paratroopers|forces|units|servicemen|sailors|pilots|" \
    r"personnel|crews|contingents?"
# Forces that train (or drill, exercise) with others, before the others' adjectives: "Chilean commandos trained with"
_FORCES_TRAIN_WITH_BEFORE = re.compile(rf"\b(?:{FORCES_WHO_PRACTISE})\s+(?:[\w-]+\s+){{0,3}}?(?:trained|train|training|"
                                       r"drilled|exercised|operated|practi[sc]ed)\s+(?:together\s+)?with\s+[^;]*$",
                                       re.IGNORECASE)
_FORCES_BEFORE_PRACTISING = re.compile(rf"\b(?:{FORCES_WHO_PRACTISE}|navies|armies|militaries)\b", re.IGNORECASE)
_ANOTHER_OCCASION = re.compile(r"\b(?:last\s+year|in\s+response|in\s+(?:19|20)\d\d|earlier|previously|"
                               r"trained\s+by)\b", re.IGNORECASE)
_OTHER_EVENT_OBJECT = re.compile(r"\s+in\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:air\s+show|show|forum|summit|"
                                 r"(?<!war )games|parade|talks|conference|exhibition|expo|ceremony|election|vote|"
                                 r"festival|competition)\b|"
                                 # "does not take part in the European-led maritime surveillance mission": a
                                 # standing mission or operation, in lower case (not "Peace Mission-2021")
                                 r"\s+in\s+(?:the|a|an|any|its|their)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?-i:missions?|operations?|patrols?)\b"
                                 r"(?!\s+(?:phase|stage|part|segment|component|of)\b)",  # (of the drills)
                                 re.IGNORECASE)
_INVITED_TO_AN_EVENT = re.compile(r"\s+to\s+(?:the|a|an|this\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|"
                                  r"talks|conference|ceremony|forum|parade|celebrations?|session)\b")
_APPEAL_BEFORE = re.compile(r"\b(?:called|calls|call|calling|urged|urges|urge|urging|asked|asks|pressed|presses|"
                            r"pressing|encouraged|encourages)\s+(?:on\s+|upon\s+)?(?:the\s+)?"
                            r"(?:[\w-]+,?\s+){0,3}?(?:including\s+|such\s+as\s+)?$")
_TO_ACT_AFTER = re.compile(r",?\s+to\s+(?:\w+\s+)?(?:join|send|take|participate|contribute|deploy|dispatch|field)")
_PART_OF_IT = re.compile(r"(?:[\w-]+\s+)?(?:portion|part|stage|segment|phase|share|leg|component|section)\s+of\b")
_ITS_OWN = re.compile(r"\s+(?:its|their)\s+(?:own\s+)?")
# The verb's object is an exercise: a few words (none of a meeting or a topic) before its noun ("their
# joint Zapad-2025 strategic exercise", "the \"Joint Sea-2025\" naval exercise", "its own exercise").
_EDITION_OF_GAP = re.compile(r"\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:edition|iteration)\s+of\s+(?:the\s+)?")
_EARLIER_EDITION = re.compile(r"\s+(?:in\s+|at\s+)?(?:the\s+)?(?:(?:last|previous|past)\s+year['’]s\s+(?:edition|iteration|"
                              r"exercise|drills)|(?:previous|earlier|past|former|last)\s+(?:editions?|iterations?))\b",
                              re.I)
_OBJECT_EXERCISE = re.compile(r"\s+(?:the\s+[\w-]+\s+edition\s+of\s+)?"  # "began the 19th edition of their ..."
                              r"(?:(?!(?:talks|meetings?|consultations|with|on|about|for)\b)[\w’'\"“”.()-]+\s+){0,6}?"
                              + EXERCISE_NOUN + r"\b", re.I)
# What stands between an exercise's owner and its name: its possessive (and the acronym the text defines
# for it), a word or two or a noun phrase in apposition ("'s largest annual exercise, "), an opening quote.
# "held the drills without the participation of Armenia": what is denied is only Armenia's part (the organiser's
# clause ends before it; kg.extract's modality denies nothing else of the exercise for it)
WITHOUT_SOMEONES_PART = r"without\s+(?:the\s+)?(?:participation|involvement|presence)\s+of"
_WITHOUT_SOMEONES_PART = re.compile(rf"\b{WITHOUT_SOMEONES_PART}\b")


def _organiser_scope(ctx: SentenceContext, organiser: Mention, after: int) -> tuple[int, int] | None:
    """The words an organiser's fact stands on when a denial of someone else's part follows ``after``
    ("held the drills without the participation of Armenia"): up to it; None (its clause) otherwise."""
    without = _WITHOUT_SOMEONES_PART.search(ctx.text, after, ctx.sentence.end)
    return (max(ctx.sentence.start, organiser.start), without.start()) if without else None
_OWNER_POSSESSIVE = r"(?:’s|'s|(?<=s)’|(?<=s)')(?:\s*\([A-Z]{2,8}\))?"
# ("NATO's annual nuclear deterrence exercise Steadfast Noon": the name after its noun, set off or not)
# (no clause between: "told the agency BelTA that Slavic Brotherhood 2020 would go ahead")
# (nor a force of the owner's that a verb follows: "Chile's navy joined X" is no exercise of Chile's)
_EXERCISE_OWNER_GAP = (r"\s*(?:(?:(?!(?:that|which|who|and|or|but|to|with|as|than|said|says|told|navy|army|military|"
                       r"troops|forces|marines|soldiers|sailors|warships|ships|units|contingent|personnel)\s)"
                       r"[\w-]+\s+){0,2}|"
                       # ("NATO's premier exercise in the Mediterranean, X": where it is held set off with it)
                       r"(?:[\w-]+\s+){0,4}(?:" + EXERCISE_NOUN + r")(?:\s+in\s+the\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                       r"(?:\s*,\s*|\s+))[\"“]?")
_OWNER_BEFORE_EXERCISE = re.compile(f"(?:{_OWNER_POSSESSIVE})?{_EXERCISE_OWNER_GAP}")
_POSSESSOR_BEFORE_EXERCISE = re.compile(_OWNER_POSSESSIVE + _EXERCISE_OWNER_GAP)
_APPOSITION_OPENS = re.compile(r",\s+(?:the\s+)?")
_OWNERS_EXERCISE_SET_OFF = re.compile(_OWNER_POSSESSIVE + r"\s+(?:[\w-]+\s+){0,5}?" + EXERCISE_NOUN + r"\s*,")
_A_BODYS_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}")
_BODYS_EXERCISE_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,5}?\s+" + EXERCISE_NOUN + r"\b")
_PREDICATE_OPENS = re.compile(r"(?:,[^,;]{2,60},)?\s+(?:is|was|will\s+be|has\s+been|had\s+been)\s+(?:also\s+)?"
                              r"(?:the\s+)?")
# "boycotted the CSTO's meetings and military exercises, including the Interaction-2024 drills": one of the body's
_OWNERS_EXERCISES_INCLUDING = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,4}?(?:exercises|drills|manoeuvres|maneuvers)"
                                         r",?\s+(?:including|such\s+as|among\s+them)\s+(?:the\s+)?")
_LED_PREDICATE_OPENS = re.compile(r"(?:\s+[^,;.]{0,80}?\s+and)?\s+(?:is|was|has\s+been|remains)\s+"
                                  r"(?:(?:originally|also|now|still)\s+)?an?\s+")
_LED_BEFORE_NAME = re.compile(r"[-–]led\s+(?:[\w-]+\s+){0,2}[\"“]?")
# "the US-led International Maritime Exercise, IMX 2022, ...": the name set off after the noun (closed by a comma
# after it, a full stop or the list it opens: not "Unlike the US-led drills, Vostok 2022 was ...")
_LED_NOUN_BEFORE_NAME = re.compile(r"[-–]led\s+(?:[\w-]+\s+){0,4}?(?i:exercises?|drills?|manoeuvres|maneuvers),\s+")
_THE_BLOCS_WORDS = rf"\b[Tt]he\s+{_BLOC_NOUN}(?:’s|'s)\s+(?:[\w-]+\s+){{0,2}}"  # "the bloc's (annual) "
_THE_BLOCS_OWN = re.compile(_THE_BLOCS_WORDS + "$")
_THE_BLOCS_EXERCISES = re.compile(_THE_BLOCS_WORDS + r"?(?:exercises|drills)\b[^.;:]{0,30}:\s+[^.;:]*$")
# ("Saber Strike 26, a US-led component,": the part of a larger exercise that the state leads)
# "The X exercise, a Greek-led ...": the apposition after the name's noun
_NOUN_THEN_APPOSITION = re.compile(rf"\s+{EXERCISE_NOUN},\s+(?:a|an|the)\s+")
# ("the Norwegian-led successor to Cold Response": an exercise named for the one before it)
_LED_EXERCISE_AFTER = re.compile(r"[-–]led\s+(?:[\w-]+\s+){0,3}?(?:" + EXERCISE_NOUN + r"|component|successor)\b")
_APPOSED_EXERCISE_THAT = re.compile(
    r"(?:\s+(?:" + EXERCISE_NOUN + r"|Exercise))?,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}?(?:" + EXERCISE_NOUN +
    r"|training)\s+(?:that|which)\s+|"
    # "the biennial AMAN exercise, which the Pakistan Navy initiated in 2007"
    r"(?:\s+(?:" + EXERCISE_NOUN + r"|series))?,\s+which\s+(?=the\s|[A-Z])|"
    # "X is one of several exercises AFRICOM runs on the continent" (a relative clause without its pronoun)
    r"\s+(?:is|was|remains)\s+(?:also\s+)?one\s+of\s+(?:the\s+|several\s+|many\s+|a\s+number\s+of\s+|"
    r"\w+\s+)?(?:[\w-]+\s+){0,3}?(?:exercises|drills)\s+(?:that\s+|which\s+)?")
_RUNS = re.compile(r"\s+(?:(?:will|would|also|has|have|had|first)\s+|is\s+to\s+)*(?:run|runs|ran|hold|holds|held|"
                   r"conduct|conducts|conducted|organi[sz]es?|organi[sz]ed|co-organi[sz]es?|co-organi[sz]ed|leads?|led|"
                   r"sponsors?|sponsored|co-sponsors?|co-sponsored|initiated|stages?|staged)\b")
_APPOSED_BLOCS_EXERCISE = re.compile(r",\s+" + _THE_BLOCS_WORDS + r"(?:[\w-]+\s+)?(?:" + EXERCISE_NOUN + r")\b",
                                     re.IGNORECASE)
# A state's exercise as one it takes part in: its first, last or only (one with others), one it holds abroad
_A_TAKERS_EXERCISE = re.compile(r"\b(?:first|last|only|maiden|latest)\b")
_WITH_OTHERS_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:with|as|alongside)\b")
_ABROAD_AFTER = re.compile(r"\s+(?:abroad|overseas|outside\s+its)\b")
_IN_A_PLACE_AFTER = re.compile(r"\s+(?:in|off)\s+(?:the\s+)?")


def _in_another_state(ctx: SentenceContext, position: int, state: Mention) -> bool:
    """Whether the words at ``position`` place the exercise in (or off) a state other than ``state``."""
    where = _IN_A_PLACE_AFTER.match(ctx.text, position)
    other = next((m for m in ctx.mentions if where is not None and m.start == where.end()), None)
    return other is not None and other.type is EntityType.STATE and other.label != state.label


# ("U.S. Africa Command's premier and largest annual special operations forces exercise": a run of words, no comma)
_OWNERS_EXERCISE_AFTER = re.compile(_OWNER_POSSESSIVE + r"\s+(?:[\w-]+\s+){0,7}?(?:" + EXERCISE_NOUN + r")\b")
_OF_ORG = re.compile(r"^\s*(?:,\s*)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:" + EXERCISE_NOUN + r")\s+"
                     r"(?:of|by)\s+(?:the\s+)?$", re.I)
# What "will conduct" or "will stage" holds the drills by: their noun or a part of them ("an amphibious landing"),
# or a name with its year ("Malabar 2026"), in lower case (not "will conduct interviews")
_DRILLS_AS_OBJECT = (r"(?=\s+(?:[a-z-]+\s+){0,4}?(?:exercises?|drills?|manoeuvres|maneuvers|war\s?games|landings?|"
                     r"assaults?|phases?|live-fire)\b|\s+(?:the\s+)?[a-z]+(?:[ -][a-z]+){0,2}[ -](?:19|20)?\d\d\b)")
# The phrases a drill's end is told with besides its verbs ("the exercise, which came to an end on Saturday")
_CAME_TO_AN_END = r"came\s+to\s+an\s+end|drew\s+to\s+a\s+close"
_HELD_IN = re.compile(r"\b(?=[abcdehjkmoprstuw])(?:held|hold|holds|take place|takes place|taking place|took place|"
                      # ("will conduct Malabar 2026 off Guam": the drills as object, not "will conduct interviews")
                      r"conducted|staged|(?:(?<=will )conduct|(?<=to )conduct|conducts|conducting|(?<=will )stage|"
                      rf"(?<=to )stage|stages|staging){_DRILLS_AS_OBJECT}|"
                      # "units have arrived in Serbia to take part in X": where X is held
                      r"arrived(?=\s+in\s+[^,.;]{2,40}?\s+(?:to\s+(?:take\s+part|participate|join)|for\s+the)\b)|"
                      # (the drills' noun, not as an owner: "The exercise's planning conference was held in X")
                      r"started|starts|begin|began|begins|under\s*way|kicked off|kick off|run|running|"
                      r"drills?(?!['’])|"
                      r"exercises?(?!['’])|maneuvers(?!['’])|manoeuvres(?!['’])|war games|be held|continue|continues|"
                      r"deployed|open|opens|opened|"
                      r"scheduled|planned|run|runs|ran|"
                      # "8,000 personnel are training in Egypt's Western Desert", "will converge on the X Province"
                      r"(?<=are )training|(?<=were )training|converge|converged|converging|"
                      # "Saber Strike 26 will unfold in Estonia", "soldiers will train until May 30 in Latgale"
                      r"unfold|unfolds|unfolded|(?<=will )train|"
                      # ("Forces will operate off the coasts of A and B": the forces of the drills)
                      r"(?<=forces will )operate|(?<=ships will )operate|(?<=units will )operate|"
                      # ("More than 20,000 soldiers from 13 nations train in the north of Norway")
                      r"(?<=[a-z]s )train(?=\s+(?:in|at|across)\s)|"
                      # "Special forces from both countries trained together last October at X"
                      r"trained\s+together|"
                      # "7,000 paratroopers are jumping into Estonia" (the place after "into": see _LOCATION_PREP;
                      # not "who jumped into Estonia last year", nor "stocks jumped in Japan")
                      r"(?<=are )jumping|(?<=will )jump|(?<=to )jump|"
                      # "bombers performed a joint air patrol over the Sea of Japan"
                      r"performed|patrolled|flew|(?<=are )sailing|(?<=were )sailing|practi[cs]ed|rehearsed|"
                      # "concluded in Kuwait on Tuesday": where it was
                      rf"concluded|ended|wrapped up|{_CAME_TO_AN_END}|"
                      # "Colombia hosted UNITAS 2025 off Cartagena", "was hosted by Greece on the island of Crete"
                      r"hosted|hosts|hosting|"
                      # "X brought 20,000 troops from 13 countries to Norway" (a venue only after "to", see
                      # _BROUGHT_THEM)
                      r"brought(?=\s+[^.;]{0,80}?\s+to\s)|"
                      # "On land, activity centres on A and B"
                      r"(?<=activity )(?:centres|centers|centred|centered)(?=\s+on\s)|"
                      # "The drills then moved to the port of Callao": where they went on
                      # ("the second phase will move to Tacna": where the drills go on)
                      r"(?:moved|moves|shifted|shifts|relocated|(?<=will )move|(?<=will )shift)(?=\s+to\s)|"
                      # "Activities are spread across A, B and C"
                      r"(?<=are )spread(?=\s+(?:across|over)\s)|(?<=were )spread(?=\s+(?:across|over)\s))\b", re.I)
# "the armed forces of the three countries", "warships and aircraft from the two countries": forces of the states
# a text listed last
_FORCES_OF_THE_COUNTED = re.compile(r"\b(?:(?:armed\s+)?forces|troops|militaries|navies|warships|ships|aircraft|"
                                    r"personnel|soldiers|sailors|marines)(?:\s+and\s+(?:aircraft|warships|ships|"
                                    r"troops|personnel))?\s+(?:of|from)\s+the\s+"
                                    rf"(?P<count>{TWO_TO_TEN})\s+(?:countries|nations|states)\b", re.IGNORECASE)
_FORCES_OF_LISTED_MEMBERS = re.compile(r"\b(?:(?:armed\s+)?forces|troops|units|contingents|militaries|navies|"
                                       r"warships|ships|personnel|soldiers|sailors|marines)\s+(?:of|from)\s+"
                                       r"(?:all\s+)?(?:the\s+)?"
                                       rf"(?:(?:\d+|{TWO_TO_TEN})\s+)?member\s+(?:states|countries|nations)\s+of\s+"
                                       r"[^,;:–—-]{2,60}?\s*(?:[-–—:]|,)\s+(?:the\s+)?", re.IGNORECASE)
# Between a state's adjective and the exercise it qualifies: more adjectives joined by hyphens ("Chilean-Peruvian X")
_DEMONYMS_BEFORE_NAME = re.compile(r"(?:[-–][A-Z][\w.]*(?:\s[A-Z][a-z]+)?)*\s")
# A clause with a subject and verb of its own, between the drills' verb and a place ("... that Lima blames on", "...
# when they met on the sidelines of")
_PLURAL_DRILLS_NOUNS = ("exercises", "drills", "manoeuvres", "maneuvers", "war games")
# Words that count or sort exercises in general, right before their noun ("the number of multinational exercises")
_QUANTIFIED_BEFORE = re.compile(r"\b(?:(?:number|numbers|share|frequency|scale|pace)\s+of|many|several|most|"
                                r"more|fewer|numerous|other|such|all)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_ANOTHER_SUBJECTS_ACT = re.compile(r"\b(?:that|which|when|after|before|while|where)\s+"
                                   r"(?:they|he|she|we|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:[a-z]+ly\s+)?"
                                   r"(?P<verb>met|said|saw|told|signed|[a-z]{3,}ed|[a-z]{3,}s)\b[^,;]*$")
# A second clause on forces that serve in a mission, no exercise ("..., and Peruvian troops have served in the UN
# mission in Haiti")
_SERVING_IN_A_MISSION = re.compile(r",\s+and\s+[^,;]{2,60}?\b(?:serve|serves|served|serving)\s+(?:in|with|on)\s+"
                                   r"[^,;]{0,60}?\bmissions?\b")
# A second clause on ships' visits to ports, up to a place (of a list) they call at
_PORT_CALLS_IN_A_CLAUSE_BEFORE = re.compile(
    r",\s+and\s+[^,;]{2,60}?\b(?:call|calls|called|calling|dock|docks|docked|berth|berths|berthed)\s+"
    r"(?:[a-z]+ly\s+)?(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*(?:,\s+|\s+and\s+))*$")
# A verb of holding drills (not their noun: '"these drills are aimed at Riyadh"' holds none)
_HOLDING_VERB = re.compile(r"\b(?:held|hold|holds|holding|take\s+place|takes\s+place|took\s+place|taking\s+place|"
                           r"conducted|staged|"
                           r"run|runs|ran|running|began|begin|begins|started|starts|opened|opens|"
                           r"unfold\w*|kicked\s+off|under\s?way)\b", re.IGNORECASE)
_QUOTATION = re.compile(r"[“\"][^“”\"]{3,}[”\"]")


def _quotation_around(ctx: SentenceContext, position: int) -> tuple[int, int] | None:
    """The span of the sentence's quotation that holds ``position``, if one does."""
    return next(((ctx.sentence.start + q.start(), ctx.sentence.start + q.end())
                 for q in _QUOTATION.finditer(ctx.sentence.text)
                 if ctx.sentence.start + q.start() < position < ctx.sentence.start + q.end()), None)


# Where a pact was signed or an embassy sits is no exercise's venue ("which A and B signed in Lima in 2020")
# ... and where a named body sits ("organised by the SADC Secretariat in Gaborone", "the Coordination Centre in X")
# ... nor where a meeting was held, a body set up or a ship repaired ("endorsed at a meeting in Oslo", "the Arctic
# Council, set up in Ottawa in 1996", "undergoing maintenance in Auckland")
# ... nor where a body is based, a think tank sits or people see the drills ("MARCOM, which is based in Northwood
# in the United Kingdom", "the EU's Military Staff in Brussels", "a fellow at the Centre for Maritime Strategy in
# New Delhi", "likely to be seen in Pyongyang as a response")
# ", the defence ministry in Budapest said", "a spokesman for the command in Tampa told reporters": a source's seat
_SPEAKERS_SEAT_BEFORE = re.compile(r"\b(?:ministry|spokes(?:man|woman|person)|office|officials?|command|government|"
                                   r"authorities|agency|service|staff|sources?|forces|army|navy)"
                                   r"\s+(?:in|at)\s+(?:the\s+)?$",
                                   re.IGNORECASE)
_SPEECH_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:said|says|told|announced|stated|confirmed|reported|"
                                r"added)\b")
# ("General X announced at NATO Headquarters in Brussels": where one spoke)
_NO_VENUE_BEFORE = re.compile(r"\b(?:(?i:signed|signing|initialled|embassy|consulate|headquartered|meeting|"
                              r"announced|said|stated|declared|"
                              # "told a weekly press briefing in Ankara", "told reporters in Tokyo": where one spoke
                              r"briefing|reporters|journalists|news\s+conference|press\s+conference|accredited|"
                              # "the devastation caused by Hurricane Beryl in the Grenadines": a storm's ground
                              r"(?:hurricane|typhoon|cyclone|storm)\s+[A-Z][\w-]+|earthquake|floods?|"
                              # "concern over heightened tensions on the Korean Peninsula", "damage to cables in X"
                              r"tensions?|concerns?|cables?|pipelines?|crisis|"
                              # "has drawn criticism in Brussels", "prompting questions in Canberra": where it is
                              # judged
                              r"criticism|condemnation|protests?|anger|alarm|outrage|questions|debate|doubts|"
                              r"speculation|fears|worries|unease|suspicion|scrutiny|"
                              # "a security conference held in Doha", "a council established in Riyadh"
                              r"(?:summit|talks|conference|meeting)\s+(?:held|hosted|convened)|established|"
                              # "proposed the exercise at a meeting of ASEAN defence chiefs in Bali"
                              r"(?:meeting|summit|conference)\s+of\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+|"
                              # ("the alliance's maritime headquarters in Oeiras", "in dry dock at X": a seat, a yard)
                              r"headquarters|garrisoned|dry\s+dock|"
                              r"summit|talks|conference|set\s+up|founded|maintenance|repairs?|refit|seen|viewed|"
                              r"perceived|regarded|war|conflict|fighting|invasion|insurgency|"  # "the war in Ukraine"
                              # "even as the bulk of its army remains tied down in Ukraine": where forces are held
                              r"tied\s+down|bogged\s+down|pinned\s+down|"
                              r"aimed|directed|targeted|pointed|"  # "drills aimed at Pyongyang": a target, no venue
                              # "instability in the Sahel", "kidnappings of seafarers off Nigeria", "Libya's
                              # government in Tripoli": what happens or sits there, no exercise
                              r"instability|insecurity|unrest|violence|kidnappings?|piracy|smuggling|trafficking|"
                              r"seafarers|government|authorities)|"
                              # "concern over China's activities in the South China Sea": what another does there
                              # (not "the drills include live-fire activities in Latvia")
                              # ("disinvited over its activities in the South China Sea")
                              r"(?:['’]s\s+|\b[A-Z][a-z]+(?:n|ese|ish|i)\s+|\b(?:its|their)\s+)(?:[a-z-]+\s+)?"
                              r"(?i:activit(?:y|ies)|presence|assertiveness|incursions?|claims|behaviou?r)|"
                              # "the Shangri-La Dialogue in Singapore": an event's venue
                              r"[A-Z][\w-]*\s+(?:Dialogue|Summit|Forum|Conference)|"
                              r"(?i:based|stationed)(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?|"
                              r"(?:Centre|Center|Institute|Council|Foundation|School)\s+(?:for|of|on)\s+"
                              r"(?:[A-Z][\w-]*\s+(?:and\s+|of\s+)?){0,4}[A-Z][\w-]*|"
                              r"[A-Z][\w-]*\s+(?:Centre|Center|Secretariat|Headquarters|Ministry|Commission|Office|"
                              r"Academy|University|Institute|College|Bureau|Agency|Staff))\s+$")
_EVENT_AFTER_PLACE = re.compile(r"\s+(?i:summit|talks|conference|meeting|format|process|declaration)\b")
# (after a verb of taking part: not "criticised Zapad-2021 in Moscow", where one spoke)
_JOINED_THE_DRILLS_BEFORE = re.compile(r"\b(?:took|take|takes|taking)\s+part\s+in\s+(?:the\s+)?$|"
                                       r"\b(?:participated|participates|participating|joined|joins|joining)\s+"
                                       r"(?:in\s+)?(?:the\s+)?$|"
                                       r"\b(?:sent|sends|sending|deployed|deploys|contributed|contributes)\b"
                                       r"[^.;]{0,50}?\bto\s+(?:the\s+)?$")


def _held_there(ctx: SentenceContext, exercise: Mention, there: re.Match[str]) -> Iterator[Candidate]:
    """"The jets did not fly to Belarus for the 'Combat Brotherhood-2023' exercise, held there in September": the
    drills are held where the sentence went before naming them."""
    named_before = next((m for m in reversed(ctx.mentions) if m.type is EntityType.EXERCISE
                         and m.end <= there.start()), None)
    went_to = next((m for m in reversed(ctx.mentions) if named_before and m.end <= named_before.start
                    and m.type in PLACES and m.kind != "demonym"
                    and _TO_OR_IN_BEFORE.search(ctx.text, max(ctx.sentence.start, m.start - 6), m.start)), None)
    if went_to is not None and named_before.label == exercise.label:
        yield Candidate(exercise, "exercise_located_in", went_to, None, (went_to.start, there.end()), 0.7,
                        scope=(named_before.start, there.end()))


# "..., held there in September", "which took place there": the place the sentence named before the drills
_HELD_THERE = re.compile(r",\s+(?:which\s+(?:was|were)\s+)?(?:held|staged|conducted)\s+there\b|"
                         r"\b(?:took|take|takes)\s+place\s+there\b")
_TO_OR_IN_BEFORE = re.compile(r"\b(?:to|in|into)\s+(?:the\s+)?$")
_PLACED_RIGHT_AFTER = re.compile(r"\s+(?:in|off|near)\s+(?:the\s+)?(?:coast\s+of\s+)?")
# ", where the joint drills are taking place": a relative clause on a place that holds the drills
# (the drills under way or to come: "where the drills were held in 2015" may be another edition's)
_WHERE_THE_DRILLS_ARE = re.compile(r"(?:\s+(?:near|outside)\s+[A-Z][\w-]+)?,\s+where\s+(?:the|this\s+year['’]s)\s+"
                                   rf"(?:[\w-]+\s+){{0,2}}?{EXERCISE_NOUN}\s+(?:(?:are|is|will\s+be)\s+"
                                   r"(?:being\s+)?(?:taking\s+place|held|staged|conducted|under\s*way)|"
                                   r"take\s+place|takes\s+place|will\s+take\s+place)\b")
_NEAR_BEFORE = re.compile(r"\b(?:near|outside)\s+$")
# "Nordic Response 2024 brought more than 20,000 troops from 13 countries to": the drills bring forces to their venue
_MOVED_TO = re.compile(r"\b(?:moved|moves|shifted|shifts|relocated|(?<=will )move|(?<=will )shift)\s+to\s+$")
_BROUGHT_THEM = re.compile(r"\b(?:brought|brings|bringing|drew|draws)\s+[^.;]{0,80}?\s+to\s+(?:the\s+)?$")
_LOCATION_PREP = re.compile(r"\b(?=[abcfinopst])(?:"
                            # ("will take place at sites including A, B and C", "ashore in the vicinity of A")
                            r"(?:at|in)\s+(?:sites|locations|ranges|bases)\s+(?:including|such\s+as)|"
                            r"in\s+the\s+vicinity\s+of|in(?:\s+and\s+around)?|at|off|"
                            r"(?<!called )(?<!calls )(?<!call )(?<!calling )on|near|outside|across|over|"
                            # "drills around Taiwan" (not "China's activities ... around Taiwan")
                            r"(?<=drills )around|(?<=exercises )around|(?<=games )around|(?<=manoeuvres )around|"
                            r"(?<=maneuvers )around|(?<=patrols )around|(?<=held )around|(?<=staged )around|"
                            r"(?<=areas )around|(?<=waters )around|"  # "as well as areas around the islands of A"
                            r"(?<=sailing )through|"
                            # "stretched from Norway to Romania": its ends
                            r"(?<=stretched )from|(?<=stretching )from|(?<=stretches )from|(?<=spanning )from|"
                            r"(?<=spanned )from|(?<=spans )from|(?<=stretched from )[^,;]{2,40}?\s+to|"
                            r"(?<=stretching from )[^,;]{2,40}?\s+to|(?<=stretches from )[^,;]{2,40}?\s+to|"
                            # "the drills, which this year span Lithuania, Latvia and Poland"
                            r"(?<=\s)(?:span|spans|spanned|spanning)|"
                            # "The drills are flown from Orland Air Station": an air base (not a state, below)
                            r"(?<=flown )from|(?<=flying )from|(?<=flew )from|(?<=operating )from|"
                            # ("The drills were staged out of Chabahar", "jets flew out of Ørland")
                            r"(?<=staged )out\s+of|(?<=operated )out\s+of|(?<=operating )out\s+of|"
                            r"(?<=flown )out\s+of|(?<=flew )out\s+of|(?<=flying )out\s+of|"
                            r"(?<=sailed )through|(?:planned|scheduled|slated)\s+for|"
                            # "paratroopers are jumping into Estonia": where an airborne exercise lands
                            r"(?<=jump )into|(?<=jumping )into|(?<=jumped )into|(?<=drop )into|(?<=dropped )into|"
                            r"(?<=dropping )into|(?<=parachuted )into|(?<=parachuting )into|"
                            r"(?<=waters )between|"
                            # "X brought 20,000 troops from 13 countries to Norway" (see _BROUGHT_THEM)
                            r"(?<=troops )to|(?<=personnel )to|(?<=soldiers )to|(?<=countries )to|(?<=nations )to|"
                            r"(?<=allies )to|(?<=moved )to|(?<=moves )to|(?<=shifted )to|(?<=shifts )to|"
                            r"(?<=relocated )to|(?<=will move )to|(?<=will shift )to)\s+"
                            # ("off the coasts of Valparaiso and Coquimbo", "off the eastern and southern coasts of
                            # Sicily")
                            r"(?:the\s+)?(?:(?:territorial\s+|(?:north|south|east|west)(?:ern)?\s+(?:and\s+"
                            r"(?:north|south|east|west)(?:ern)?\s+)?)?(?:coasts?|waters|shores?)\s+"
                            r"(?:of|off|around|near)\s+"
                            r"(?:the\s+)?)?"
                            # "in (international) waters south of Jeju Island", "in waters off Guam"
                            r"(?:(?:international\s+)?(?:waters|areas)\s+"
                            r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|off)\s+(?:the\s+)?)?"
                            # "in the north of Norway, Sweden and Finland", "in the snow-covered north of X"
                            r"(?:(?:[a-z]+-[a-z]+\s+|(?:remote|frozen|snowy|icy|rugged|mountainous|Arctic)\s+)?"
                            r"(?:far\s+|high\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|"
                            r"south-?west|centre|center)\s+of\s+(?:the\s+)?)?"
                            rf"(?:{_KIND_OF_PLACE})?"
                            # ("in northwest China's Xinjiang Uygur Autonomous Region", "in Saudi Arabia's Eastern
                            # Province")
                            rf"(?:the\s+)?(?:(?:{DIRECTION}\s+)?[A-Z][\w-]*(?:\s[A-Z][\w-]*){{0,2}}"
                            r"(?:’s|'s|(?<=s)['’])\s+)?"
                            # "in Pakistan's southern port city of Karachi", "near the provincial capital Pemba"
                            rf"(?:{DIRECTION}\s+|{_KIND_OF_PLACE}|{_LOCAL_CAPITAL})?"
                            # "at the Chinese-funded Ream Naval Base": who paid for it
                            r"(?:\w+-(?:funded|built|financed|operated)\s+)?$",
                            re.I)  # "in northern Norway"
# "was one of the twelve countries that (founded)": the subject is one of those the relative clause is on
_ONE_OF_THOSE_THAT = re.compile(rf"\s+(?:was|is|were|are)\s+(?:(?:one|{TWO_TO_TEN})\s+of|among)\s+the\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:countries|states|nations|governments)\s+(?:that|which)\s+$")
# What may stand between two organisers of a list ("by Beijing around Taiwan" has no such gap)
_ORGANISERS_GAP = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:,\s*|,?\s+(?:and|&|as\s+well\s+as)\s+|\s*/\s*)(?:the\s+)?|"
                             r"(?:['’]s)?\s+(?:and\s+)?(?:the\s+)?")
_STRETCHING_BEFORE = re.compile(r"\b(?:stretch\w*|span\w*)\s+$")  # "stretched from Norway to Romania": one end
# What stretches is the exercise: its name (a year or edition ends it) or its noun, right before the verb
_DRILLS_STRETCH = re.compile(r"(?:\b(?:exercises?|drills?|manoeuvres|maneuvers|operations?)|\d\d|\b[IVXL]{2,})"
                             r"(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:(?:has|have|had|will|would)\s+)?\s*$")
# ("the drills, which this year span A and B"): the drills, then the verb
_DRILLS_SPAN = re.compile(r"(?:\b(?:exercises?|drills?|manoeuvres|maneuvers)|\d\d|\b[IVXL]{2,})(?:\s*,)?\s+"
                          r"(?:(?:which|that)\s+)?(?:(?:this|next|last)\s+year\s+|now\s+|will\s+|would\s+)?$")
# The verbs a weekday dates an exercise by: its start, or its end ("concluded in Kuwait on Tuesday")
_WEEKDAY_VERB = re.compile(r"\b(?:start\w*|began|begin\w*|commenc\w*|open\w*|held|kick\w* off|launch\w*|performed|"
                           r"conducted|"
                           r"(?:will|would)\s+(?:end|close|conclude)|"
                           # "The exercise runs until Friday"
                           r"(?:runs?|lasts?|continues?)\s+(?:through|until|till)|"
                           r"(?:got|get|gets|is|was) under\s?way|concluded|ended|wrapped up|closed|"
                           rf"{_CAME_TO_AN_END})\b", re.I)
_DATE_VERBS = re.compile(r"\b(?=[bcefhkloprstuw])(?:held|hold|host\w*|take place|takes place|taking place|took place|"
                         r"start\w*|began|begin\w*|commenc\w*|launch\w*|performed|flew|"
                         r"end\w*|run\w*|scheduled|slated|conducted|staged|"
                         rf"(?:(?<=will )conduct|(?<=will )stage){_DRILLS_AS_OBJECT}|"
                         r"opening|open\w*|kick\w* off|"
                         r"complet(?:ed|es|e)|conclud(?:ed|es|e)|wrapped\s+up|wraps\s+up|planned\s+for|"
                         rf"{_CAME_TO_AN_END}|"
                         r"last\w*|continu\w*|from|on|until|between|under\s?way)\b", re.I)
# A withdrawal from the exercise right before a time, in the same clause: the time is the withdrawal's
# "against the background of the war in X, launched on February 24": another event, its place and date
_BACKGROUND_EVENT = (r"\b(?:against\s+the\s+(?:background|backdrop)\s+of|amidst?|in\s+the\s+wake\s+of|"
                     # "The exercise comes weeks after the Pentagon launched a review of AUKUS"
                     r"(?:comes?|came)\s+(?:(?:just|only|shortly|soon|barely|(?:less|more)\s+than)\s+)?"
                     r"(?:(?:(?:a\s+few|a|one|two|three|four|five|six|several|\d+)\s+)?(?:days?|weeks?|months?)\s+)?"
                     r"(?:after|before)|on\s+the\s+heels\s+of|"
                     # "The drills come as tensions rise in the Gulf of X": the setting, not the venue
                     r"(?:comes?|came)\s+(?:as|while|when|amid)|at\s+a\s+time\s+(?:of|when))\s")
_BACKGROUND_EVENT_OPENS = re.compile(_BACKGROUND_EVENT, re.IGNORECASE)
# ... up to a verb the exercise's clause goes on with ("... and will run until Friday off Luzon")
_BACKGROUND_WORDS = r"(?:(?!\band\s+(?:is|are|was|were|will|has|have)\b)[^,;])*"
_IN_A_BACKGROUND_EVENT = re.compile(_BACKGROUND_EVENT + _BACKGROUND_WORDS + r"(?:,\s+(?:which|that|launched|started|"
                                    r"begun|sparked|triggered|\w+ing)\b" + _BACKGROUND_WORDS + r")?$",
                                    re.IGNORECASE)
_WATCHES_THE_DRILLS = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?"
                                 r"(?:(?:monitor|shadow|track|tail|observ)(?:e|es|s|ed|ing)?|"
                                 r"sp(?:y|ies|ied|ying)\s+on|(?:closely\s+)?follow(?:s|ed|ing)|"
                                 r"(?:kept|keep|keeps|keeping)\s+watch\s+on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                                 r"(?:drills?|exercises?|manoeuvres|maneuvers|war\s+games)\b", re.IGNORECASE)
_ANOTHER_THING_AFTER = re.compile(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:review|probe|investigation|inquiry|study|"
                                  r"campaign|appeal|bid|process|dialogue|offensive|attack|crackdown)\b",
                                  re.IGNORECASE)
_JOINED_BARE_BEFORE = re.compile(r"\b(?:joined|followed(?:\s+suit)?|acceded)\s+(?:(?:in|on)\s+)?$")
_WITHDREW_BEFORE = re.compile(r"\b(?:pull(?:ed|s|ing)?\s+out\s+of|withdr(?:ew|awn|aws|awing)\s+from|"
                              r"(?:opted|dropped|backed)\s+out\s+of)\s+"
                              # (but "pulled out of the X exercise scheduled to start on June 12": the exercise's)
                              r"(?:(?!\b(?:scheduled|due|set|planned|slated|which|that|to\s+start|to\s+begin)\b)"
                              r"[^,;]){0,60}$",
                              re.IGNORECASE)
_GENERIC = Cue(re.compile(r"\b(?=[abefloprst])(?:(?:every|regular|annual|annually|series|since|each year|biennial|"
                          r"traditionally|previous|originally|postponed|similar)\b|(?:first|second|third|fourth|previous|"
                          r"last)\s+(?:were|was|ones?)\b)", re.I),
               "every", "regular", "annual", "series", "since", "each year", "biennial", "traditionally",
               "originally", "postponed", "similar", "first", "second", "third", "fourth", "previous", "last")
# Without re.I on an ASCII sentence's lower case (see _finditer_ascii): the same spans, found faster.
_TAKE_PART_LOWER = _lower_case(_TAKE_PART.pattern)
_DRILLS_OF_LOWER = _lower_case(_DRILLS_OF.pattern)
_TROOPS_LOWER = _lower_case(_TROOPS.pattern)
_ALONG_WITH_BEFORE = re.compile(r"\s(?:along\s+with|together\s+with|alongside)\s+(?:the\s+)?$")
_OBSERVING_LOWER = _lower_case(_OBSERVING.pattern)
_HELD_IN_LOWER = _lower_case(_HELD_IN)
_TERRITORY_AFTER = re.compile(r"\s+(?:territory|soil)\b")
_DATE_VERBS_LOWER = _lower_case(_DATE_VERBS)
# Between an exercise's first day and its last: "(open Tuesday) and run through (May 22)"
# ("opened on April 21 in Manila and runs through May 9": past where it opened)
_THEN_RUNS_UNTIL = re.compile(r"(?:\s+(?:in|at|off|near)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?"
                              r",?\s+and\s+(?:will\s+)?(?:run|runs|ran|last|lasts|lasted|continue|continues|continued|"
                              r"end|ends|ended|conclude|concludes|concluded|close|closes|closed)\s+"
                              r"(?:through|until|till|to|on)\s+|"
                              # "will open X on Monday, with 1,000 airmen expected to fly in it until April 18"
                              r",\s+with\s+[^.;]{0,80}?\b(?:fly|flying|train|training|drill|drills|exercise|sail|"
                              r"sailing|take\s+part|taking\s+part)\b[^.;]{0,40}?\s+(?:through|until|till)\s+")
_SERIES_BEGAN_BEFORE = re.compile(r"\b(?:began|first\s+held|launched|inaugurated|started)\s+in\s+$")
_DATELINE_CITY = re.compile(r"^[A-Z][A-Z .'/-]+,\s*$")  # "YEKATERINBURG, September 20": the story's date
_STATE_TALLY = re.compile(r":\s+(?:(?:approximately|about|around|some|roughly|nearly|over|more\s+than)\s+)?[\d,]+\s+"
                          r"(?:personnel|troops|soldiers|service\s?members|sailors|airmen|marines)\b")
# ... and "Taking part alongside Panama and the United States are A, B and C"
_JOINING_ARE = re.compile(r"(?:Also\s+)?(?:[Jj]oining|(?:[Tt]aking\s+part|[Pp]articipating)\s+alongside)\s+"
                          r"(?:the\s+)?(?P<first>[^;]{2,150}?)\s+(?:this\s+year\s+|again\s+)?"
                          r"(?:are|is|were|will\s+be)\s+(?:the\s+)?")
# ("Participating this year are A, B and C", "Taking part are ...": the exercise spoken of; not "next year", another)
_PARTICIPANTS_ARE = Cue(re.compile(r"\b(?:[Pp]articipating|[Tt]aking part)(?:\s+in\b[^,;]{0,80}?|\s+this\s+"
                                   r"(?:year|time))?\s+(?:are|is|were|will be)\s+"
                                   r"(?:the\s+)?|\b(?:bring|brings|brought|bringing)\s+together\s+(?:the\s+)?"),
                        "participat", "taking part", "together")
_DELEGATIONS_FROM = Cue(re.compile(r"\b(?:military\s+)?(?:delegations?|officers|officials)\s+from\s+(?:the\s+)?",
                                   re.IGNORECASE), "from")
# People a state sends to watch drills: "military attachés of", "representatives of 23 countries, among them"
_ENVOYS_OF_STATES = Cue(re.compile(r"\b(?:military\s+|defen[cs]e\s+)?(?:delegations|representatives|attach[eé]s)\s+"
                                   r"(?:of|from)\s+(?:the\s+)?(?:\d+\s+(?:other\s+)?(?:countries|states|nations),\s+"
                                   r"(?:among\s+them|including)\s+(?:[A-Z]{2,5}\s+members\s+)?(?:the\s+)?)?",
                                   re.IGNORECASE),
                        "delegations", "representatives", "attach")
# ... and what they do: attend, watch or are present at the drills, or at an exercise named right after
_PRESENT_AT_THE_DRILLS = re.compile(r",?\s+(?:(?:are|were|is|was|will\s+be)\s+(?:also\s+)?(?:present\s+at|attending|"
                                    r"watching|observing)|(?:also\s+)?(?:attended|watched|observed))\s+"
                                    r"(?:the\s+|its\s+)?(?:(?:[\w-]+\s+){0,2}(?P<noun>drills?|exercises?|manoeuvres|"
                                    r"maneuvers)\b)?", re.IGNORECASE)
_NOT_THE_DRILLS_THEMSELVES = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+)?(?:planning|conference|meeting|briefing|talks|"
                                        r"ceremony|headquarters)\b|\s+(?:last\s+(?:time|year)|previously|"
                                        r"in\s+(?:19|20)\d\d)\b")
# What a state's own forces do after its envoys are named: "... and Indian troops took part"
_TOOK_PART_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:took|take|takes|taking)\s+part\b|"
                              r"\s+(?:[a-z-]+\s+){0,3}?(?:participated|joined)\b")
_AND_JOINED_AFTER = re.compile(r"\band\s+(?:later\s+|then\s+|also\s+)?(?:joined|took\s+part|participated|sent)\b")
_ATTENDED_OBSERVER_DAY = re.compile(r"\s+(?:(?:also|will|would)\s+)?(?:attended|attend|attends|will\s+attend)\s+"
                                    r"(?:its|the|a)\s+(?:[\w'’-]+\s+){0,2}(?:observers?|visitors?)['’]?\s+day\b",
                                    re.IGNORECASE)
# "observers from the UN and Chile", "observers from some 30 other countries, among them Chad and Kenya"
_OBSERVERS_FROM = re.compile(r"\bobservers?\s+from\s+(?:the\s+)?(?:[^,;.]{0,30}?\b(?:countries|nations|states)"
                             # "observers from 23 countries attended the active phase, among them officers from A"
                             # ("observers from 14 countries including A, B and C": the comma left out)
                             r"(?:\s+[^,;.]{1,40})?(?:,\s+(?:among\s+them|including)|\s+including)\s+(?:the\s+)?"
                             r"(?:(?:military\s+)?(?:officers|officials|representatives|delegations?)\s+from\s+)?)?$|"
                             # "Observers from A and B are attending the drill, along with a delegation from C"
                             r"\bobservers?\s+from\s+[^;.]{2,80}?,\s+along\s+with\s+(?:an?\s+)?"
                             r"(?:delegations?|officers|team|representatives)\s+from\s+(?:the\s+)?$", re.I)
_NO_BEFORE = re.compile(r"\b[Nn]o\s+$")
# ("Ukrainian observers said the drills were a rehearsal", "Israeli observers of the Iranian drills say": analysts)
_OBSERVERS_WHO_COMMENT = re.compile(r"(?:\s+of\s+[^,;.]{0,40}?)?(?:,\s+[^,;.]{0,60},)?"
                                    r"\s+(?:have\s+(?:long\s+)?|had\s+)?"
                                    r"(?:said|say|says|note|notes|noted|warn|warns|warned|estimate|estimates|"
                                    r"estimated|believe|believes|argue|argues|argued|suggest|suggests|suggested|fear|"
                                    r"fears|feared|told|expect|expects|predicted|described|called|point\s+out|"
                                    r"pointed\s+out)\b")
# "Russian military observers", "No Chinese observers": a state's, by its adjective
_OBSERVERS_AFTER_ADJECTIVE = re.compile(r"\s+(?:(?:military|defen[cs]e|army|naval)\s+)?observers\b")
# (not "Russian observers at the OSCE", "Chinese observers of the elections": of a body or another event)
_OBSERVERS_OF_ANOTHER = re.compile(r"\s+(?:at|of|to|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:summit|talks|meetings?|session|"
                                   r"elections?|votes?|referendum|OSCE|UN\b|United\s+Nations|Council|Assembly|"
                                   r"Organi[sz]ation)")
# "CSTO drills": the word before an exercise noun, which may name the organiser.
_WORD_BEFORE_EXERCISE_NOUN = Cue(re.compile(
    rf"(?P<org>\S++)\s+(?:(?:naval|military|joint|air|land|command[- ]post|tactical|strategic|large-scale|annual|"
    rf"major|live-fire|amphibious|maritime|counter-terrorism|peacekeeping|staff)\s+){{0,3}}(?:{EXERCISE_NOUN})\b",
    re.I), "exercise", "drill", "maneuv", "manoeuv", "games")
_RESCHEDULED = re.compile(r"\b(?:originally|postponed)\b")
# The date of a speech act or a signing just before a date: that event's date, not the exercise's.
# (not "He said the exercise would end on Saturday": the date of what was said)
# ("following its accession to NATO on March 7", "which became NATO's 31st member on April 4": a membership's)
# ("The sea phase, scheduled from 16 to 18 April": not "The main phase is to open on April 14", the drills' own)
_A_PHASE_OPENS = re.compile(r"The\s+(?!main\b|active\b|practical\b)(?:[\w-]+\s+){0,2}"
                            r"(?:phase|stage|component|portion|leg)\b(?!\s+of\b)")
_ANOTHER_EVENTS_DATE = re.compile(r"\b(?:said|says|told|announced|stated|added|reported|statement|interview|"
                                  r"signed|ratified|set up|founded|established|created|formed|accession|joined|"
                                  # ("INS X, which arrived at Dar-es-Salaam on 12 April": the ship's arrival)
                                  r"became|admitted|arrived|departed)\b"
                                  r"(?![^,.;]{0,25}?\b(?:would|will)\s+(?:end|begin|start|open|close|run|last)\b)"
                                  # ("told foreign military attachés in Minsk last month that": whom and where)
                                  r"(?:(?!\bthat\b)[^,.;]){0,45}?\s"
                                  r"(?:on|in|last|this)?\s*$|"
                                  # "ahead of the 50th anniversary of its independence in September": a day marked
                                  r"\banniversary\s+of\s+[^,.;]{0,40}?\s(?:(?:on|in)\s+)?$", re.I)
# "agreed at a meeting on the sidelines of the Shangri-La Dialogue on June 2", "In a briefing last month": when
# the people met, not when the drills are held
_MEETINGS_DATE = re.compile(r"\b(?:briefing|meeting|summit|talks|conference|sidelines|visit|chairmanship|"
                            r"(?:take|takes|hand|hands)\s+over)\b"  # ("take over the chairmanship of X in May")
                            # (not "told a briefing that the drills would end on June 20": the words' date; nor
                            # "Under X's chairmanship the drills took place in September")
                            r"(?:(?!\b(?:said|says|told|announced|that|will|would|and\s+(?:is|are|was|were)|run|"
                            r"end|begin|start|took\s+place)\b)[^,.;])"
                            r"{0,70}?\s(?:on|in|last|this)?\s*$", re.IGNORECASE)
# "in 2024", and a year's part before it: "in early 2027", "in mid-2024", "in the first half of 2022",
# "in the fourth quarter of 2025", "in the spring of 2018" (the fact sheets give the year)
_NAME_THEN_IN_BEFORE = re.compile(r"\b[A-Z][\w-]+\s+in\s+$")  # "Situbondo in " (East Java): a place's region
_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:(?:early|late)\s+|mid-|the\s+(?:first|second)\s+half\s+of\s+|"
                        r"the\s+(?:first|second|third|fourth|last)\s+quarter\s+of\s+|"
                        r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?$|"
                        r"\b(?:planned|scheduled|slated|set)\s+for\s+$")  # "the next edition is planned for 2020"


def _in_before(text: str, start: int, floor: int = 0) -> bool:
    """Whether the year at ``start`` follows "in" (or "in" and a part of the year) or "planned for": _IN_BEFORE."""
    return _IN_BEFORE.search(text, max(floor, start - 30), start) is not None


_DATE_BEFORE_NAME = re.compile(r"\s*[“\"]?")


_PART_BREAK = re.compile(r"[,;]|\b(?:and|while|whereas|but|as well as)\b")
# (", the Poisk-2026 (Search-2026) reconnaissance drills and the Eshelon-2026 ...": each with its article, its
# name's translation and its kind)
# ("the joint exercise X and the special exercises Y and Z": the noun of the next ones before them)
# "... during Iron Wolf 2022", "during the Malabar 2024 exercise": a caption's time, the drills under way
_DURING_BEFORE = re.compile(r"\bduring\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$")
# ... where troops do something of the drills ("Marines land at Bowen during X", "Ships sail in formation during X"),
# or in a caption with no verb ("Soldiers at the Adazi training area during X"); not "Prices rose in Warsaw during X"
_DRILLING_VERB = re.compile(r"\b(?:(?:take|takes|took|taking)\s+part|train(?:s|ed|ing)?|land(?:s|ed|ing)?|"
                            r"sail(?:s|ed|ing)?|fir(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|practi[cs](?:e|es|ed|ing)|"
                            r"rehears(?:e|es|ed|ing)|parachut(?:e|es|ed|ing)|patrol(?:s|led|ling)?|fl(?:y|ies|ew|ying)|"
                            r"drill(?:s|ed|ing)?|manoeuvr\w*|maneuver\w*|assault\w*|jump(?:s|ed|ing)?)\b",
                            re.IGNORECASE)
_CAPTION_HAS_A_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|\w{3,}ed|rose|fell|met|went|came|saw|"
                                 r"told|spoke|began|took|made|gave|sent|held|left|arrived|gathered)\b")
# (not what someone said, signed or met on somewhere during them: "said in Vilnius during the Iron Wolf drills")
_NO_VENUE_DURING = re.compile(r"\b(?:said|says|told|met|meet|meets|visited|visits|signed|spoke|announced|discussed|"
                              r"stated|added|held\s+talks|talks)\b")
_OWN_TIME_IN_GAP = re.compile(rf"\s+in\s+(?:{_MONTH_NAMES_ONLY}|(?:19|20)\d\d)(?=,?\s+and\s)")
# ... and "the command-staff exercise "X-2024", as well as the special exercises "Y-2024" and "Z-2024"" (quoted)
# ('dubbed "A-2021," "B-2021" and "C-2021,"': the comma inside the quotation marks, as US style puts it)
_LISTED_EXERCISES_GAP = re.compile(r"(?:,(?=[\"”]))?[\"”]?(?:\s*\([^()]{1,40}\))?"
                                   # ("the X exercise in May and the Y exercise in October": each its month)
                                   r"(?:(?:\s+(?:drills|exercises?|manoeuvres|maneuvers))?\s+in\s+"
                                   rf"(?:{_MONTH_NAMES_ONLY}|(?:19|20)\d\d)(?=,?\s+and\s))?"
                                   # ('"X-2021" with the Rapid Reaction Forces, the special exercise with
                                   # reconnaissance forces "Y-2021" and ...': the forces each one is held with)
                                   r"(?:\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+(?=,))?"
                                   r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|,?\s+as\s+well\s+as\s+|"
                                   r"(?<=,[\"”])\s+(?=[\"“]))(?:the\s+)?"
                                   r"(?:(?:[a-z-]+\s+){0,2}?(?:drills|exercises?|manoeuvres|maneuvers)\s+"
                                   r"(?:with\s+(?:[a-z-]+\s+){1,3}?(?=[\"“]))?)?[\"“]?|"
                                   # (but "the annual maritime exercise, X": an apposition, no list)
                                   r"(?:\s*\([^()]{1,40}\))?\s+(?:[a-z-]+\s+){0,2}?(?:drills|exercises?|manoeuvres|"
                                   r"maneuvers)(?:,\s*and\s+|\s+and\s+)(?:the\s+)?")


_SHIP_NOUN_BEFORE = re.compile(rf"\b(?:{SHIP_NOUNS})\s+(?:the\s+)?$")
_FORCES_OF_STATES = re.compile(r"\s+(?:the\s+)?(?:armed\s+forces|militaries|navies|armies|defen[cs]e\s+ministries)\s+"
                               r"of\s+(?:the\s+)?")


_WHICH_IS_BEFORE = re.compile(r",\s+which\s+(?:is|was|are|were|has\s+been)\s+(?:\w+ly\s+)?$")
# ("will host further exercises in 2027": others whatever the sentence names)
_BARE_PLURAL_DRILLS = re.compile(r"\s+(?P<other>(?:further|more|other|future)\s+)?"
                                 r"(?:(?:joint|military|naval|large-scale|regular|its\s+own)\s+){0,2}"
                                 r"(?:exercises|drills|manoeuvres|maneuvers|war\s+games)\b(?!\s*[\"“]?[A-Z])")
_ANOTHER_EVENT_AS_SUBJECT = re.compile(
    # ("The exercise's planning conference was held in Sofia": the conference's venue, not the drills')
    r"\s*(?:The|A|An|Its|Their|This\s+year['’]s|Next\s+year['’]s)\s+(?:[a-z][\w-]*(?:['’]s?)?\s+){0,3}?"
    r"(?:meeting|summit|talks|conference|session|ceremony|visit|forum|gathering|negotiations|consultations)\b"
    r"(?:(?!\b(?:exercises?|drills?|manoeuvres|maneuvers)\b)[^,;\"“]){0,60}?")
# ("..., the Defence College, whose next session will open in Lisbon": another body's event)
_ANOTHER_BODYS_EVENT_BEFORE = re.compile(r",\s+whose\s+(?:[a-z]+\s+){0,2}(?:meeting|summit|conference|session|"
                                         r"course|visit|congress|assembly)\s+(?:[a-z]+\s+){0,3}"
                                         r"(?:in\s+[A-Z][\w-]+\s+)?$")
_FOR_THE_DRILLS_BEFORE = re.compile(r"\b(?:for|on|about)\s+the\s+$")
_DRILLS_OWN = re.compile(r"\b(?:exercise|drills|manoeuvres|maneuvers)['’]")
# ... a region wider than the ground it is held on (not "one of the biggest drills in Estonia": held there)
_WIDE_REGION = re.compile(r"\b(?:[Rr]egion|[Hh]emisphere|world)$|"
                          r"^(?:Middle East|Asia-Pacific|Indo-Pacific|Europe|Africa|Asia|Latin America|(?:the )?Americas|"
                          r"Pacific|Balkans|Caucasus|Baltics?)$")
_ONE_OF_A_CLASS_IN = re.compile(r"\b(?:one\s+of\s+the\s+(?:[\w-]+\s+){0,4}?(?:exercises|drills|manoeuvres|maneuvers)|"
                                r"the\s+premier\s+(?:[\w-]+\s+){0,3}?(?:exercise|drills?))\s+in\s+(?:the\s+)?$",
                                re.IGNORECASE)
_NOT_DRILLS_NOUN = re.compile(r"\b(?:mission|force|forces|operation|contingent|battalion|brigade|command|group|"
                              r"alliance|organi[sz]ation|bloc|coalition|summit|meeting|talks)\b", re.IGNORECASE)
# "hosted by Colombia", "hosted the drills", "hosts this year's exercise": the drills, hosted
_RELATIVE_OPENS_BEFORE = re.compile(r",\s+(?:which|that|who)\s+(?:[\w-]+\s+){0,2}$")
_HOSTS_THE_DRILLS = re.compile(rf"\s+(?:by\b|(?:(?:the|an?|this\s+year['’]s|last\s+year['’]s|its|their)\s+)?"
                               rf"(?:[\w-]+\s+){{0,3}}?(?:{EXERCISE_NOUN}|exercise|edition)\b)", re.IGNORECASE)
_DRILLS_NOUN = re.compile(rf"\b(?:{EXERCISE_NOUN}|exercise|edition|series)\b", re.IGNORECASE)
_EXERCISE_NOUN_AT_END = re.compile(rf"\b(?:{EXERCISE_NOUN}|exercise|edition|series)\s*$", re.IGNORECASE)


def _drills_after_the_opening(ctx: SentenceContext, position: int) -> bool:
    """Whether the clause after a fronted phrase that ends past ``position`` opens with the drills ("Held under the
    auspices of the CSTO, the X exercise ...": not "..., the talks in Vienna touched on the X exercise")."""
    comma = ctx.text.find(",", position, ctx.sentence.end)
    after = _COMMA_THE.match(ctx.text, comma) if comma > 0 else None
    return after is not None and (_DRILLS_NOUN_OPENING.match(ctx.text, after.end()) is not None or any(
        m.start == after.end() and m.type is EntityType.EXERCISE for m in ctx.mentions))


_DRILLS_NOUN_OPENING = re.compile(r"(?:[\w’'-]+\s+){0,4}?(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games)\b")


def _organised_by(ctx: SentenceContext, exercise: Mention) -> Iterator[Candidate]:
    """Who holds ``exercise`` by the sentence's "organised by A (together with B)", "held by the two countries"."""
    for match in _finditer(_HELD_BY, ctx):
        start, end = _span(match, ctx)
        if match.group(0)[:5].lower() in ("under", "withi") and not _DRILLS_HELD_BEFORE.search(
                ctx.text, max(ctx.sentence.start, start - 60), start) and not _EXERCISE_AS_SUBJECT.fullmatch(
                ctx.text, ctx.sentence.start, start) and not (_FRONTED_HELD.fullmatch(
                    ctx.text, ctx.sentence.start, start) and _drills_after_the_opening(ctx, end)):
            # "diplomats met under the auspices of the EU": not the drills (but "Held under the auspices of the
            # CSTO, the X exercise ...": the drills the sentence goes on with)
            continue
        relative = _WHICH_IS_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 20), start)
        antecedent = ctx.text[max(ctx.sentence.start, ctx.text.rfind(",", 0, relative.start()) + 1,
                                  relative.start() - 60):relative.start()] if relative else ""
        if relative and _NOT_DRILLS_NOUN.search(antecedent) and not _DRILLS_NOUN.search(antecedent) and \
                not any(m.type is EntityType.EXERCISE and m.end == relative.start() for m in ctx.mentions):
            # "the KFOR mission, which is led by NATO, is not involved in the drills": the mission's (but "the
            # largest drill in Africa, which is organised by X": the drill's)
            continue
        if match.group(0)[:4].lower() in ("prep", "exec", "comm", "cont", "laun") and not (
                _EXERCISE_AS_SUBJECT.fullmatch(ctx.text, ctx.sentence.start, start)
                or _OPENING_PARTICIPLE_BY.fullmatch(ctx.text, ctx.sentence.start, start)
                or _SECOND_PREDICATE_OF_THE_EXERCISE.search(ctx.text, ctx.sentence.start, start)):
            continue  # "The report on the X exercise was prepared by", "troops commanded by": not the drills
        end = based.end() if (based := _BASED_BEFORE_NAME.match(ctx.text, end)) else end
        forces_of = _FORCES_OF_STATES.match(ctx.text, end)  # "held jointly by the armed forces of A and B": A and B
        organisers = list_after(ctx, forces_of.end() if forces_of else end,
                                ORGS + (EntityType.STATE, EntityType.MILITARY_UNIT), max_gap=8)
        if not organisers and (owner := _ACRONYM_OWNER_AFTER.match(ctx.text, end)) is not None:
            organisers = list_after(ctx, owner.end(), (EntityType.MILITARY_UNIT,), max_gap=0)  # "the JASDF's X"
        if not organisers:
            organisers = _subjects_before(ctx, end + 12, (EntityType.STATE,)) if re.match(
                r"\s*(?:the\s+)?(?:two|three|four|five|six)\s+(?:countries|nations|states)",
                ctx.text[end:end + 40], re.I) else []
            if not organisers:
                counted = re.match(r"\s*(?:the\s+)?(two|three|four|five|six)\s+(?:countries|nations|states)",
                                   ctx.text[end:end + 40], re.I)
                if counted and ctx.state_lists:
                    size = _NUMBER_WORDS[counted.group(1).lower()]
                    organisers = _last_list_of(ctx, size)
        for index in range(1, len(organisers)):
            # (an owned unit's gap runs to its owner: "the Chilean Navy and the U.S. Navy's 4th Fleet")
            owner = next((m for m in ctx.mentions if organisers[index].part_of == m.label
                          and 0 < organisers[index].start - m.end <= 3), None) if organisers[index].part_of else None
            item_start = owner.start if owner is not None else organisers[index].start
            if not _ORGANISERS_GAP.fullmatch(ctx.text, organisers[index - 1].end, item_start):
                organisers = organisers[:index]  # "launched by Beijing around Taiwan": the list ends at Beijing
                break
        if match.group(0)[:7].lower() == "planned":  # "planned by the CSTO's Joint Staff": by its staff, not it
            organisers = [m for m in organisers if not _POSSESSIVE_AFTER.match(ctx.text, m.end)]
        if "led" in match.group(0).lower():  # "ships led by the corvette Rezkiy": the ship leads a detachment
            organisers = [m for m in organisers if not SHIP_NAME.match(m.label)
                          and not _SHIP_NOUN_BEFORE.search(ctx.text, max(ctx.sentence.start, m.start - 40), m.start)]
        partner = _JOINTLY_WITH_AFTER.match(ctx.text, organisers[-1].end) if organisers else None
        if partner:  # "organised annually by the Kazakh Ministry of Defence together with U.S. Central Command"
            organisers = organisers + list_after(ctx, partner.end(), _ORGANISER_TYPES, max_gap=0)
        for organiser in organisers:
            yield Candidate(organiser, "organizes_exercise", exercise, None, (start, end), 0.75)
    hosted = _HOSTED_BY_THEN_ORGANISED_WITH.search(ctx.sentence.text) if "rganis" in ctx.sentence.text or \
        "rganiz" in ctx.sentence.text else None
    if hosted:
        start = ctx.sentence.start + hosted.start()
        host = list_after(ctx, start + len("hosted by"), _ORGANISER_TYPES, max_gap=5)[:1]
        partners = list_after(ctx, ctx.sentence.start + hosted.end(), _ORGANISER_TYPES, max_gap=0)
        for organiser in [*host, *partners] if host and partners else ():
            yield Candidate(organiser, "organizes_exercise", exercise, None, (start, ctx.sentence.start + hosted.end()),
                            0.75)


_THE_EXERCISE_OPENS = re.compile(rf"(?:The|This)\s+(?:exercise|{EXERCISE_NOUN})\b")
_ANOTHER_IN_A_CLAUSE = re.compile(rf",\s+(?:while|whereas)\s+[^,;]*?\b(?:an?|its\s+own|their\s+own)\s+"
                                  rf"(?:[\w-]+\s+){{0,3}}?{EXERCISE_NOUN}\b")


def _exercise_components(ctx: SentenceContext) -> Iterator[Candidate]:
    """An exercise named as a component of another: "X, a component of the large-scale Y drills", "Y ... also
    includes the X airborne exercise"."""
    exercises = [m for m in ctx.mentions if m.type is EntityType.EXERCISE and m.kind != "series_of_edition"]
    for part, whole in itertools.pairwise(exercises):
        if _A_COMPONENT_OF.fullmatch(ctx.text, part.end, whole.start) or \
                part.label != whole.label and _IS_PART_OF.fullmatch(ctx.text, part.end, whole.start):
            yield Candidate(part, "part_of", whole, None, (part.start, whole.end), 0.7)
        elif part.label != whole.label and _ALSO_INCLUDES.fullmatch(ctx.text, part.end, whole.start):
            yield Candidate(whole, "part_of", part, None, (part.start, whole.end), 0.7)
    for whole in exercises:
        counted = _COMPRISES_EXERCISES.match(ctx.text, whole.end)
        # "X comprises three exercises: A with the CRRF, the reconnaissance exercise B and C": each a part of X
        for part in (m for m in exercises if counted and m.start >= counted.end() and m.label != whole.label):
            yield Candidate(part, "part_of", whole, None, (whole.start, part.end), 0.7)


# ("X, part of the Y drills", "X, which is a component of the Y drills", "X, one element of Y")
_A_SUCCESSOR_TO = re.compile(rf"(?:\s+{EXERCISE_NOUN})?,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?"
                             r"(?:successor|follow-on|heir)\s+(?:to|of)\s+(?:the\s+)?")
# ... and "X, the German-led drill that formed part of NATO's Y series"
_A_COMPONENT_OF = re.compile(r"(?:\s+[a-z-]+){0,3},\s+(?:which\s+(?:is|was)\s+)?(?:(?:a|an|the|one)\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:(?:that|which)\s+(?:is|was|forms|formed)\s+(?:a\s+)?)?"
                             r"(?:component|part|element)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?")
# "X is also part of NATO's much larger Y": the copula's
_IS_PART_OF = re.compile(r"\s+(?:is|was|are|were|will\s+be)\s+(?:also\s+)?(?:(?:a|an|one)\s+)?(?:component|part|element)"
                         r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?")
_COMPRISES_EXERCISES = re.compile(rf"\s+(?:comprises|comprised|consists\s+of|includes|included)\s+"
                                  rf"(?:(?:\d+|{TWO_TO_TEN})\s+)?(?:[a-z-]+\s+)?(?:exercises|drills|parts|stages|phases|"
                                  r"components)\s*:\s*")
# ("X ends on Friday and next month's calendar includes Y": another subject's)
_ALSO_INCLUDES = re.compile(r"(?:,?\s+(?:which\s+)?|,?\s+[^,;.]{1,50}?\s+and\s+also\s+|\s+(?:will\s+)?also\s+|"
                            r"\s+(?:now|will)\s+)"
                            r"(?:includes|included|include)\s+(?:the\s+)?")


def _exercise_parts(ctx: SentenceContext) -> list[SentenceContext]:
    """The sentence, or where it names several exercises, the stretch about each ("Serbia will skip
    Platinum Wolf in Belarus, as well as Slavic Brotherhood with Russia"): each stretch runs from the
    last clause break before its exercise's first name to the next stretch."""
    firsts: dict[str, Mention] = {}
    for mention in ctx.mentions:  # (a series named beside its edition is no other exercise)
        if mention.type is EntityType.EXERCISE and mention.kind not in ("series_of_edition", "series"):
            firsts.setdefault(mention.label, mention)
    named = list(firsts.values())
    wholes = [m for previous, m in itertools.pairwise(named) if _A_COMPONENT_OF.fullmatch(ctx.text, previous.end,
                                                                                          m.start)
              # ("X, the Norwegian-led successor to Y, brought ...": Y named in passing, in the aside on X)
              or _A_SUCCESSOR_TO.fullmatch(ctx.text, previous.end, m.start)]
    if len(named) == 2 and wholes:
        # "X, a component of the Y drills led by A, got under way in B": the sentence is X's, the aside Y's
        aside_end = ctx.text.find(",", wholes[0].end, ctx.sentence.end)
        aside_end = aside_end if aside_end > 0 else ctx.sentence.end
        # (with its owner: "NATO's Steadfast Defender 24 series" is NATO's)
        owner = next((m for m in ctx.mentions if m.type in ORGS and _POSSESSIVE_S.fullmatch(
            ctx.text, m.end, wholes[0].start)), None)
        aside_start = owner.start if owner is not None else wholes[0].start
        return [dataclasses.replace(ctx, exercise=named[0], mentions=[
                    m for m in ctx.mentions if not aside_start <= m.start < aside_end]),
                _stretch(ctx, aside_start, aside_end, wholes[0])]
    if len(named) < 2:
        # "X was held in Serbia, while NATO was staging a civil emergency drill in Montenegro": the clause is
        # about another exercise, which it does not name
        other = _ANOTHER_IN_A_CLAUSE.search(ctx.sentence.text) if ", wh" in ctx.sentence.text else None
        end = ctx.sentence.start + other.start() if other else ctx.sentence.end
        if other is None or any(m.start >= end for m in named):
            return [ctx]
        return [_stretch(ctx, ctx.sentence.start, end, ctx.exercise)]
    if "respectively" not in ctx.folded and all(
            _LISTED_EXERCISES_GAP.fullmatch(ctx.text, previous.end, following.start)
            for previous, following in itertools.pairwise(named)):
        # "The organization's Interaction-2025, Search-2025 and Echelon-2025 exercises are scheduled to take place
        # in Belarus": what the sentence says, it says of each
        # ... but "the X exercise in May and the Y exercise in October": the time after each item is its own
        items = [(m.start, following.start) for m, following in itertools.pairwise(named)] + \
            [(named[-1].start, ctx.sentence.end)]

        def own_times(index: int) -> Callable[[], list[tuple[int, int, str, str]]]:
            return lambda: [t for t in ctx.times if not any(a <= t[0] < b for j, (a, b) in enumerate(items)
                                                             if j != index)]
        dated_items = any(_OWN_TIME_IN_GAP.search(ctx.text, previous.end, following.start)
                          for previous, following in itertools.pairwise(named))
        return [dataclasses.replace(ctx, mentions=[m for m in ctx.mentions if m is exercise or m not in named],
                                    exercise=exercise, listed_from=named[0].start, **(
                                        {"find_times": own_times(index), "_times": None} if dated_items else {}))
                for index, exercise in enumerate(named)]
    relative = _CLOSED_RELATIVE.search(ctx.sentence.text) if len(named) == 2 and ", wh" in ctx.sentence.text \
        else None
    if relative is not None:
        aside_start, aside_end = ctx.sentence.start + relative.start(), ctx.sentence.start + relative.end()
        if aside_start < named[0].start and named[0].end <= aside_end <= named[1].start and any(
                m.end == aside_start for m in ctx.mentions):
            # "Peru, which took part in RIMPAC 2022, will join RIMPAC 2024": the clause's exercise is the
            # relative's; the main verb's, with the subject before the clause
            return [_stretch(ctx, ctx.sentence.start, aside_end, named[0]),
                    dataclasses.replace(ctx, exercise=named[1], mentions=[
                        m for m in ctx.mentions if not (m.type is EntityType.EXERCISE
                                                        and aside_start < m.start < aside_end)])]
    bounds = [ctx.sentence.start]
    for previous, following in zip(named, named[1:]):
        cuts = list(_PART_BREAK.finditer(ctx.text, previous.end, following.start))
        bounds.append(cuts[-1].start() if cuts else following.start)
    bounds.append(ctx.sentence.end)
    return [_stretch(ctx, start, end, exercise) for (start, end), exercise in zip(zip(bounds, bounds[1:]), named)]


def _stretch(ctx: SentenceContext, start: int, end: int, exercise: Mention | None) -> SentenceContext:
    """The context of the stretch of ``ctx``'s sentence from ``start`` to ``end``, about ``exercise``."""
    def times() -> list[tuple[int, int, str, str]]:
        return [t for t in ctx.times if start <= t[0] < end]

    sentence = Sentence(start, end, ctx.text[start:end], ctx.sentence.paragraph)
    return SentenceContext(ctx.text, sentence, [m for m in ctx.mentions if start <= m.start < end], ctx.last_org,
                           ctx.state_lists, exercise, times, ctx.subject_lists, bodies=ctx.bodies)


def _speaks_of_the_series(ctx: SentenceContext) -> bool:
    """Whether the sentence is about an exercise's series ("held every four years", "the previous ones
    were ..."), not this iteration; a cue set off in a clause of its own ("The exercise, which takes
    place every four years, will be held at ...") describes and does not count."""
    text = ctx.sentence.text
    asides = [m.span() for m in _ASIDE.finditer(text)] if "," in text else []
    if "time since" in text:  # "will host the drills for the first time since 2022": this one, and when
        asides += [m.span() for m in _FIRST_TIME_SINCE.finditer(text)]
    described = {m.start(1) for m in EDITION_ADJECTIVE.finditer(text)}  # "kicked off their annual drills"
    return any(not any(a <= match.start() < b for a, b in asides) and match.start() not in described
               for match in _GENERIC.pattern.finditer(text))


_FIRST_TIME_SINCE = re.compile(r"\bfor\s+the\s+(?:first|second|third)\s+time\s+since\b")
# Clauses and appositions, and a participle on who holds the drills ("..., co-organized by A and B since 2015.")
_ASIDE = re.compile(r",\s+(?:which|who|whose|that|held|staged|first held|an?)\b[^,;]*,|"
                    r",\s+(?:as|like|unlike)\s+(?:in\s+)?[^,;]{2,40},|"  # ", as in previous years,"
                    # "X organise the exercise, which Norway has hosted every other year since 2006."
                    r",\s+(?:which|who|whose)\b[^,;]*[.!?]?$|"
                    # "..., the ninth such mission since 2019.": this one, counted in its series
                    r",\s+the\s+(?:\w+\s+)?such\s+[^,;]*[.!?]?$|"
                    # (", organised annually by the Hellenic Air Force,")
                    r",\s+(?:co-)?(?:organi[sz]ed|run|led|hosted|sponsored)\s+(?:(?:annually|yearly|jointly|"
                    r"every\s+(?:other\s+|two\s+)?years?)\s+)?by\b[^,;]*(?:,|[.!?]?$)")


_ON_TO = re.compile(r"(?:\s+in\s+[^,;]{1,30}?)?\s+to\s+")
# A named facility right before "near" ("the Zar training centre", "the South Base"; not "a base", "ranges")
_NAMED_FACILITY_BEFORE_NEAR = re.compile(r"\b[A-Z][\w-]*(?:\s+[\w-]+){0,3}?\s+(?:training\s+(?:grounds?|cent(?:re|er)|"
                                         r"areas?|ranges?|base|fields?)|[Bb]ase|[Rr]ange|polygon|Area|Centre|Center|"
                                         r"Ground|Station|Camp)\s+$")
_HOSTS_TOGETHER_WITH = re.compile(r"(?:\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}?(?:drills?|exercises?|manoeuvres|"
                                  r"maneuvers|war\s+games|edition)))?\s+(?:together|jointly)\s+with\s+(?:the\s+)?")


# "Burkina Faso co-hosted the 2019 edition of Flintlock with Mauritania": the other host, past the exercise
_CO_HOSTED_WITH = re.compile(r"\s+(?:it|them|the\s+[^,;]{2,60}?|[A-Z][^,;]{2,40}?)\s+with\s+(?:the\s+)?")
# "the frigates A and B and the small missile ships C and D": a second kind of ship and its list
_AND_MORE_SHIPS = re.compile(rf",?\s+and\s+the\s+(?:[a-z-]+\s+){{0,2}}(?:{SHIP_NOUNS})s?\s+")
# What may stand before the subject of a clause "During the drills, ..." opens: a time, an article, its descriptors
_BEFORE_THE_SUBJECT = re.compile(r"(?:(?:on|in|at)\s+[\w ]{2,20}?,\s+)?(?:the\s+|a\s+)?(?:[A-Z][\w-]*\s+){0,3}"
                                 r"(?:[a-z-]+\s+){0,3}")
# "Chile is sending 200 marines, Peru 150 and Bolivia 80": a verb of sending with a number, then states with theirs
_SENDING_A_NUMBER = re.compile(r"\b(?:is|are|will\s+be|was|were)?\s*(?:sending|send|sends|sent|deploying|deploys|"
                               r"deployed|contributing|contributes|contributed|fielding|fields|fielded)\s+"
                               r"(?:(?:about|around|some|nearly|more\s+than)\s+)?\d[\d,]*\s+[a-z]+")
_GAPPED_NUMBER_BEFORE = re.compile(r"(?:[^.;]*?\d[\d,]*(?:\s+[a-z]+)?)?(?:,\s+(?:and\s+)?|\s+and\s+)")
_NUMBER_RIGHT_AFTER = re.compile(r"\s+(?:(?:about|around|some|nearly|more\s+than)\s+)?\d[\d,]*\b(?!\s*(?:%|per))")
# "During the drills, ...", "During Iron Lynx 2026, ...": what the clause after says happened in the exercise
# (not "During the 2022 drills" or "During last year's drills": another edition)
_DURING_THE_EXERCISE = re.compile(rf"During\s+(?:(?:the|this\s+year['’]s)\s+"
                                  r"(?:(?!(?:19|20)\d\d|previous|last|earlier|past|first)[\w-]+\s+){0,2}?"
                                  rf"(?P<noun>{EXERCISE_NOUN})|[^,;.]{{2,40}}?),\s+")


_VENUE_FOR = re.compile(r"\s+(?:was|is|will\s+be|has\s+been|had\s+been|became)\s+(?:again\s+)?(?:the\s+)?"
                        r"(?:main\s+|chosen\s+)?venue\s+(?:for|of)\s+(?:the\s+)?")


def _exercise_facts(ctx: SentenceContext) -> Iterator[Candidate]:
    exercise = ctx.exercise
    if exercise is None:
        return
    sentence_start = ctx.sentence.start
    # The series an edition is of ("the 67th edition of UNITAS") is no name of the edition here.
    explicit = [m for m in ctx.mentions if m.type is EntityType.EXERCISE and m.kind != "series_of_edition"]
    anchor = next((m for m in explicit if m.kind != "series"), explicit[0]) if explicit else None
    participants: dict[str, tuple[Mention, tuple[int, int]]] = {}
    locations: dict[int, int] = {}  # a location's start -> where the list it ends is introduced
    containing: dict[int, int] = {}  # the start of a place a location lies in -> where that location's list opens
    # ("The first were held in 2015 in X": an edition this sentence names by its rank and dates is no series)
    named_here = exercise.kind == "edition" and sentence_start <= exercise.start < ctx.sentence.end and \
        str(exercise.year) in ctx.sentence.text
    alternating = _ALTERNATING_BETWEEN.search(ctx.text, sentence_start, ctx.sentence.end) \
        if "between" in ctx.folded else None
    for place in list_after(ctx, alternating.end(), PLACES, max_gap=4) if alternating else ():
        # "The Selenge series has been held since 2008, alternating between Mongolia and Buryatia": its venues
        if place.kind != "demonym":
            yield Candidate(exercise, "exercise_located_in", place, None, (alternating.start(), place.end), 0.7)
    if not explicit and not named_here and ctx.words & _GENERIC.mask and _speaks_of_the_series(ctx):
        if _THE_EXERCISE_OPENS.match(ctx.sentence.text):  # "The exercise is organised annually by A": this one too
            yield from _organised_by(ctx, exercise)
        return
    venue = _VENUE_FOR.search(ctx.text, sentence_start, ctx.sentence.end) if "venue" in ctx.folded else None
    where = next((m for m in ctx.mentions if venue and m.end == venue.start() and m.type in PLACES
                  and m.kind != "demonym"), None)
    what = next((m for m in ctx.mentions if where and m.start == venue.end() and m.type is EntityType.EXERCISE), None)
    if what is not None:  # "Kenya's Lamu County was the venue for Justified Accord 2024": where it is held
        yield Candidate(what, "exercise_located_in", where, None, (where.start, what.end), 0.7)
        if where.type is EntityType.STATE:
            yield Candidate(where, "hosts_exercise", what, None, (where.start, what.end), 0.7)
    there = _HELD_THERE.search(ctx.text, sentence_start, ctx.sentence.end) if " there" in ctx.folded else None
    if there is not None:
        yield from _held_there(ctx, exercise, there)
    for mention in ctx.mentions if ", where " in ctx.sentence.text else ():
        # "Troops landed at the Batajnica airfield near Belgrade, where the joint drills are taking place"
        if mention.type in PLACES and mention.kind != "demonym" and _WHERE_THE_DRILLS_ARE.match(ctx.text, mention.end) \
                and not _NEAR_BEFORE.search(ctx.text, max(0, mention.start - 8), mention.start):
            yield Candidate(exercise, "exercise_located_in", mention, None, (mention.start, mention.end), 0.7)
    places = [m for m in ctx.mentions if m.type is EntityType.PLACE]  # what a location may lie in
    for mention in ctx.mentions:
        if mention.type not in PLACES or (mention.kind == "demonym"
                                          and not _TERRITORY_AFTER.match(ctx.text, mention.end)):
            continue  # (but "held on Russian territory": in Russia)
        prefix = ctx.text[max(sentence_start, mention.start - 40):mention.start]
        prep = _LOCATION_PREP.search(prefix)
        if not prep or ctx.text.startswith(("’s", "'s", "-based"), mention.end) or _FROM_BASES.search(prefix) or \
                mention.text.endswith("s") and ctx.text.startswith(("' ", "’ "), mention.end) or \
                _NO_VENUE_BEFORE.search(prefix, 0, prep.start()) or _LED_BY.match(ctx.text, mention.end) or (
                    "concluded" in prefix and any(m.type is EntityType.AGREEMENT for m in ctx.mentions)):
            # not after "in/at/off", or "Russia's southern Urals", "jets from bases in Japan", "signed in Lima",
            # "take part in the US-led exercise", "a researcher at the Tehran-based Institute", "a pact concluded
            # in Lima" (while "the drills concluded in Kuwait" place them)
            continue
        if prep.group(0).startswith("to") and not _BROUGHT_THEM.search(ctx.text, sentence_start, mention.start) \
                and not _MOVED_TO.search(prefix, 0, prep.end()):
            continue  # "sent troops to Lithuania" says where forces are sent, not where the drills are held
        if _EVENT_AFTER_PLACE.match(ctx.text, mention.end):
            continue  # "promised at the Bucharest summit in 2008": the place names a meeting, no drills
        if _SPEAKERS_SEAT_BEFORE.search(prefix) and _SPEECH_VERB_AFTER.match(ctx.text, mention.end):
            continue  # "..., the defence ministry in Budapest said": where the source sits
        stretching = prep.group(0)[:4].lower() == "from" and _STRETCHING_BEFORE.search(prefix, 0, prep.start())
        if stretching and not _DRILLS_STRETCH.search(ctx.text, sentence_start,
                                                     mention.start - len(prefix) + stretching.start()):
            continue  # "the convoy stretched from India to Japan", "the flank stretches from A to B": no drills
        if prep.group(0)[:4].lower() == "span" and not _DRILLS_SPAN.search(
                ctx.text, sentence_start, mention.start - len(prefix) + prep.start()):
            continue  # "a career spanning Chile and Peru": what spans them is no exercise
        if mention.type is EntityType.STATE and prep.group(0)[:4].lower() in ("near", "from", "outs") and \
                not stretching:
            continue  # drills "near Poland" are held in a neighbour; "near Brest" places them
        if prep.group(0)[:4].lower() == "from" and _ON_TO.match(ctx.text, mention.end) and not stretching:
            continue  # "paratroopers were flown from Pope Air Force Base to Latvia": where they took off
        if prep.group(0)[:4].lower() in ("near", "outs") and _NAMED_FACILITY_BEFORE_NEAR.search(
                ctx.text, max(sentence_start, mention.start - len(prefix) + prep.start() - 60),
                mention.start - len(prefix) + prep.start()):
            continue  # "at the Zar training centre near (outside) Yerevan": the town marks where the named venue is
        if mention.type is EntityType.STATE and (of := _STATES_OF_AFTER.match(ctx.text, mention.end)):
            # "in the US states of Florida and Texas", "around the U.S. territory of Guam": in those
            named = next((m for m in ctx.mentions if m.start == of.end() and m.type is EntityType.PLACE), None)
            if named is not None:
                locations[named.start] = mention.start
            continue
        # ("the Donguz training ground in the Orenburg Region": the region is a venue too, as annotators note it)
        # (but a sea after a place on land is no whole of it: "off Zambales province in the South China Sea")
        inside_place = next((m for m in places if m.end <= mention.start
                             and _PLACE_IN.fullmatch(ctx.text, m.end, mention.start)
                             and not (_TRAINING_VENUE.search(m.label) and mention.label.endswith(REGION_HEADS))
                             and not (_WATERS.search(mention.label) and not _WATERS.search(m.label))), None)
        if inside_place is None:
            locations[mention.start] = mention.start
        elif inside_place.start in locations:
            containing[mention.start] = locations[inside_place.start]
    for previous, mention in itertools.pairwise(ctx.mentions):
        # ("at the A training area in Latvia and the B training area in Lithuania": the list goes on past the
        # place the first venue lies in)
        if previous.start not in locations and previous.start in containing and mention.type is EntityType.PLACE \
                and mention.kind != "demonym" and _list_gap(ctx.text[previous.end:mention.start]) and \
                not _OPENS_A_CLAUSE.match(ctx.text, mention.end):
            locations[mention.start] = containing[previous.start]
        elif (previous.start in locations and mention.type in PLACES and mention.kind != "demonym"
                and not _POSSESSIVE_AFTER.match(ctx.text, mention.end)  # "off Port-Gentil, Gabon's oil hub"
                and not _OPENS_A_CLAUSE.match(ctx.text, mention.end)  # "... in the Thies region and Ghana plans X"
                # ("held in the Gulf, the Red Sea and the Indian Ocean, and Israel again took part")
                and not (" and " in ctx.text[previous.end:mention.start] and _TAKES_PART_AFTER.match(ctx.text,
                                                                                                   mention.end))
                and (_list_gap(ctx.text[previous.end:mention.start])
                     or _INCLUDING_GAP.fullmatch(ctx.text, previous.end, mention.start)
                     or _NEARBY_GAP.fullmatch(ctx.text, previous.end, mention.start)
                     or _PLACE_OF_KIND_GAP.fullmatch(ctx.text, previous.end, mention.start))):
            locations[mention.start] = locations[previous.start]  # "held in Norway, Sweden and Finland"
        elif (previous.start in locations and mention.type is EntityType.STATE and mention.kind != "demonym"
              and _list_gap(ctx.text[previous.end:mention.start])):
            # "off Ghana's Takoradi and Ivory Coast's San Pedro": the town after the state's possessive
            town = next((m for m in ctx.mentions if m.type is EntityType.PLACE and m.kind == "place"
                         and _OWNER_GAP.fullmatch(ctx.text, mention.end, m.start)), None)
            if town is not None:
                locations[town.start] = locations[previous.start]
    take_part = list(_finditer_ascii(_TAKE_PART, _TAKE_PART_LOWER, ctx))
    aside = _CLOSED_RELATIVE.search(ctx.sentence.text) if take_part and ", wh" in ctx.sentence.text else None
    if aside is not None and any(m.type is EntityType.EXERCISE
                                 and aside.start() <= m.start - sentence_start < aside.end() for m in ctx.mentions):
        aside = None  # "Mauritania, which sent a contingent to African Lion 2023, will not deploy": its own exercise
    for match in take_part:
        start, end = _span(match, ctx)
        word = match.group(0).lower()
        if aside is not None and aside.start() < match.start() < aside.end() and (
                take_part[-1].start() > aside.end() or _in_a_relative_on_other_drills(ctx, match)):
            # "DRC, which has committed its forces to the fighting, is not participating": the main verb's; "Peru,
            # which took part in the drills (in 2022), will join X": the clause's own drills, not X
            continue
        if word.startswith("join") and (word.endswith(" from") or " other " in word) and (
                not _exercise_follows(ctx, end) or " other " in word and _ANOTHER_ACTIVITY.match(ctx.text, end)):
            # ("joined 30 other nations in observing X", "... at a conference on X planning": no drills joined)
            continue  # "Peru joined forces from the US in a search for the boat": no drills they joined
        if _NEEDS_EXERCISE_OBJECT.match(word) and (not _exercise_follows(ctx, end)
                                                   or _COUNTED_EXERCISES.match(ctx.text, end)):
            continue  # "hold observer status", "began talks", "held 17 exercises last year": not the exercise
        if word.startswith("resum") and not any(m.type is EntityType.EXERCISE and m.kind == "exercise"
                                                and start <= m.start <= end + 60 for m in ctx.mentions):
            continue  # "The two countries will resume joint exercises next year": their own, not this one
        if _ENDS_IT.match(word) and not _ENDED_EXERCISE.match(ctx.text, end):
            continue  # "completed the withdrawal of their troops from the exercise area": not the drills ended
        if word.startswith(("practi", "rehears", "were practi", "are practi", "were rehears", "are rehears")) and (
                not _FORCES_BEFORE_PRACTISING.search(ctx.text, sentence_start, start)
                or _ANOTHER_OCCASION.search(ctx.sentence.text)):
            # "Doctors from Peru practised medicine": only forces practise an exercise's drills; "Last year,
            # troops from A practised ...": on another occasion
            continue
        if _OTHER_EVENT_OBJECT.match(ctx.text, end) and word.startswith(("took part", "take part", "taking part",
                                                                          "participat")):
            continue  # "took part in the air show at MAKS 2021": another kind of event
        if "invit" in word and _INVITED_TO_AN_EVENT.match(ctx.text, end):
            continue  # "Turkey was not invited to the summit": no invitation to the drills
        if word.startswith("participation") and _SUSPENDED_BEFORE.search(ctx.text, max(sentence_start, start - 30),
                                                                         start):
            continue  # "Tajikistan suspended its participation in the drills": no taking part (nor a standing)
        if word.startswith("participat") and any(
                m.type in ORGS and 0 <= m.start - end <= 15 and not _EXERCISE_NOUNS.match(ctx.text, m.end + 1)
                and not ctx.text.startswith(("’s", "'s"), m.end) and _IN_A_BODY.fullmatch(ctx.text, end, m.start)
                for m in ctx.mentions):
            continue  # "participation in the SCO": membership talk; "participate in the CSTO drills" is not
        clause = ctx.text[end:ctx.sentence.end].split(",", 1)[0]
        if exercise.year and any(int(y.group(1)) != exercise.year and not _NAME_BEFORE_ITS_YEAR.search(
                clause, 0, y.start()) for y in _YEAR_IN.finditer(clause)):
            continue  # "China, which took part in 2014 and 2016, ...": earlier iterations (but "took part in
            # RIMPAC 2020 and RIMPAC 2022" names each it took part in)
        if _EARLIER_EDITION.match(clause) and not any(
                m.type is EntityType.EXERCISE and end <= m.start <= end + len(clause) + 2 for m in ctx.mentions):
            # "Israel, which took part in last year's edition, will not participate": not this one (but "the
            # previous edition, Anakonda-18," names the one it is)
            continue
        of = _PARTICIPATION_OF.match(ctx.text, end) if word.startswith("participation") else None
        # "approved the participation of some 120 AFBiH members in X": those named after "of" take part
        doers = [m for m in list_after(ctx, of.end(), PARTICIPANTS, max_gap=12, allow_demonyms=True)
                 if m.kind != "demonym" or m.type is EntityType.STATE] if of else []
        counted = _STATES_COUNTED_AFTER.match(ctx.text, of.end()) if of and not doers else None
        if counted:  # "with the participation of troops of the two countries": the last pair (list) a sentence
            # opened with, else the last one named
            size = _NUMBER_WORDS.get(counted.group("count").lower(), 2)
            doers = _last_list_of(ctx, size, subjects_first=True)
        if not doers and word.startswith(("take", "taking", "particip", "join", "send", "contribut", "deploy")) and \
                _BUT_SECOND_PREDICATE.search(ctx.text, max(sentence_start, start - 30), start):
            doers = _opening_states(ctx)  # "Vietnam will send observers to X but will not take part with ships"
        sent_observers = word.startswith(("send", "sent", "dispatch")) and _OBSERVERS_AFTER.match(ctx.text, end) \
            or "invit" in word and _TO_SEND_OBSERVERS.match(ctx.text, end)
        # ("HNLMS X, a frigate of the Royal Netherlands Navy, will take part": the head the apposition sets off)
        takers = doers or _head_before_apposition(ctx, start, _subjects_before(ctx, start, PARTICIPANTS),
                                                  PARTICIPANTS) or _sentence_subject(ctx, start)
        subject = _first_ungoverned_state(ctx, start, names_only=True) if not doers and word.endswith("ing") and \
            ctx.text.endswith(", ", 0, start) else None
        if subject is not None and takers and subject not in takers:
            # "China staged war games near Taiwan on Wednesday, launching X": the participle's subject is the
            # clause's, not the state a preposition governs before it
            takers = [subject]
        # ("The Gajaba Regiment of the Sri Lanka Army took part": the unit, not the army it is named by)
        # ("the People's Liberation Army Southern Theater Command": the command, named after its army)
        takers = [_unit_named_before_of(ctx, m) for m in takers if not _names_a_unit_after(ctx, m)]
        went = _WENT_TO_BEFORE.search(ctx.text, max(sentence_start, takers[0].start - 60), takers[0].start) \
            if takers and not doers else None
        if went is not None:  # "members of the Peruvian Army will leave for Chile to take part": where they go
            takers = _those_who_went(ctx, went.start())
        for mention in takers:
            if sent_observers and mention.type is EntityType.STATE and mention.label not in participants:
                # "was notified of the exercise but was not invited to send observers": an observer's standing
                yield Candidate(mention, "observer_of", exercise, None, (start, end), 0.7)
            elif mention.start not in locations:
                participants.setdefault(mention.label, (mention, (start, end)))
        sends = _SENDS.match(match.group(0))
        if sends:  # "has sent the frigate X", "is represented by F-5s of the Bolivian Air Force"
            unit = _nearest_after(ctx, end, (EntityType.MILITARY_UNIT,), max_gap=60)
            if unit is not None and _AS_OBSERVERS_LATER.match(ctx.text, unit.end, ctx.sentence.end):
                unit = None  # "has sent officers from its National Army to follow the exercise as observers"
            if unit is not None and not _SPEAKS.match(ctx.text, unit.end):  # "..., the Peruvian Navy said"
                # "has sent the destroyer X, the frigate Y and the supply ship Z": each ship of the list
                listed = list_after(ctx, unit.start, (EntityType.MILITARY_UNIT,)) or [unit]
                for before, sent in zip([unit, *listed], listed):
                    if sent is not unit and _VERB_IN_LIST_GAP.search(ctx.text, before.end, sent.start):
                        break  # "..., and the Navy said the frigate Y would follow": another clause's
                    participants.setdefault(sent.label, (sent, (start, end)))
        # "The Chilean Navy is taking part with the frigates A and B", "X is contributing F-16s, the frigate BAP
        # Grau and the submarine BAP Islay": the ships the verb's clause names take part with its subject
        next_clause = _NEXT_CLAUSE.search(ctx.text, end, ctx.sentence.end)
        clause_end = next_clause.start() if next_clause else ctx.sentence.end
        with_ships = _WITH_SHIPS.search(ctx.text, end, clause_end)
        for ship in ctx.mentions:
            if end <= ship.start < clause_end and ship.type is EntityType.MILITARY_UNIT and (
                    ship.part_of in participants or (sends or with_ships and with_ships.end() <= ship.start)
                    # ("is taking part with the aircraft carrier Cavour": a ship named after its kind)
                    and (SHIP_NAME.match(ship.label) or _SHIP_NOUN_BEFORE.search(
                        ctx.text, max(ctx.sentence.start, ship.start - 40), ship.start)
                        and not _VERB_IN_LIST_GAP.search(ctx.text, end, ship.start)
                        and not _CLAUSE_WORD.search(ctx.text, end, ship.start))):
                participants.setdefault(ship.label, (ship, (start, end)))
    # "The drills bring together the U.S. aircraft carrier X, the South Korean destroyer Y and ...", "Five
    # submarines are involved: the Italian Navy's X, ...": ships described one by one; "The Spanish Navy ship X and
    # the U.S. Navy fast transport Y are also taking part": the same before the verb
    for match in _finditer(_SHIPS_TOGETHER, ctx):
        start, end = _span(match, ctx)
        if match.group("group") and _NOT_IN_THE_DRILLS.search(ctx.sentence.text):
            continue  # "the Russian group includes the frigates A and B, which shadowed the drills": watchers
        if match.group("before"):
            lo, hi = _clause_opening(ctx, start), start
        else:
            stop = _NEXT_CLAUSE.search(ctx.text, end, ctx.sentence.end)
            lo, hi = end, stop.start() if stop else ctx.sentence.end
        for ship in _ships_in(ctx, lo, hi):
            if not _SPEAKS_AFTER.match(ctx.text, ship.end):  # (not "..., the US Navy's Sixth Fleet said": the source)
                participants.setdefault(ship.label, (ship, (start, end)))
    besides = _BESIDES_PARTICIPANTS.match(ctx.text, sentence_start) if participants and ctx.text.startswith(
        ("Besides", "In addition to", "Alongside", "Along with"), sentence_start) else None
    named_besides = list_after(ctx, besides.end(), PARTICIPANTS, max_gap=4) if besides else []
    for mention in named_besides if named_besides and ctx.text.startswith(",", named_besides[-1].end) else ():
        # "Besides the host nation, Türkiye and the US, troops from A and B are taking part": both lists
        participants.setdefault(mention.label, (mention, (sentence_start, mention.end)))
    as_part = _AS_PART_OF_BEFORE.search(ctx.text, max(sentence_start, anchor.start - 30), anchor.start) \
        if anchor is not None and not participants and "part of" in ctx.folded else None
    opening = DATELINE_OPENING.match(ctx.text, sentence_start) if as_part else None
    subject_at = opening.end() if opening else sentence_start
    doer = next((m for m in ctx.mentions if m.type in (EntityType.MILITARY_UNIT, EntityType.STATE)
                 and m.kind != "demonym" and m.end <= as_part.start() and (m.start == subject_at or
                                                                        _FORCES_OF_OPENING.fullmatch(
                                                                            ctx.text, subject_at, m.start))),
                None) if as_part else None
    if doer is not None:  # "Warships of the Northern Fleet practiced ... in the Barents Sea as part of the X exercise"
        participants.setdefault(doer.label, (doer, (as_part.start(), anchor.end)))
    for match in _CONTINGENT_OF.finditer(ctx.text, sentence_start, ctx.sentence.end) if "contingent" in ctx.folded \
            or "detachment" in ctx.folded else ():
        # "The Serbian contingent comprises servicemen of the 63rd Parachute Brigade": that unit takes part
        unit = _nearest_after(ctx, match.end(), (EntityType.MILITARY_UNIT,), max_gap=40)
        if unit is not None and ctx.text.startswith(("’", "'"), unit.end):  # "the Land Forces' 66th Brigade"
            unit = _nearest_after(ctx, unit.end, (EntityType.MILITARY_UNIT,), max_gap=4)
        if unit is not None:
            participants.setdefault(unit.label, (unit, (match.start(), unit.end)))
    joins = _JOINS_NAMED.search(ctx.text, sentence_start, anchor.start) if anchor is not None and \
        "join" in ctx.folded else None
    if joins:  # "Japan will join Desert Flag 12 next year": a named exercise joined
        for mention in _subjects_before(ctx, joins.start(), PARTICIPANTS):
            participants.setdefault(mention.label, (mention, (joins.start(), anchor.end)))
    joined = _JOIN_OTHERS.search(ctx.text, sentence_start, anchor.start) if anchor is not None and joins is None \
        and "join" in ctx.folded else None
    others = list_after(ctx, joined.end(), PARTICIPANTS, max_gap=0) if joined else []
    if others and _IN_THE_EXERCISE_GAP.fullmatch(ctx.text, others[-1].end, anchor.start):
        # "the U.S. Navy will join India, Japan and Australia in the Malabar exercise": the joiner and the joined
        for mention in [*_subjects_before(ctx, joined.start(), PARTICIPANTS), *others]:
            participants.setdefault(mention.label, (mention, (joined.start(), anchor.end)))
    for match in _finditer(_PARTICIPANTS_ARE, ctx):  # "Participating in this year's drills are A, B and C"
        start, end = _span(match, ctx)
        for mention in list_after(ctx, end, PARTICIPANTS, max_gap=4):
            if mention.start not in locations:
                participants.setdefault(mention.label, (mention, (start, end)))
    for mention in ctx.mentions if ": " in ctx.sentence.text else ():
        # "(1) Japan: approximately 33,000 personnel from ...": a release's tally of each state's forces
        if mention.type is EntityType.STATE and mention.kind != "demonym" and _STATE_TALLY.match(ctx.text, mention.end):
            participants.setdefault(mention.label, (mention, (mention.start, mention.end)))
    joining = _JOINING_ARE.match(ctx.sentence.text) if ctx.sentence.text.startswith(
        ("Joining", "Also joining", "Taking part alongside", "Participating alongside", "Also taking part alongside",
         "Also participating alongside")) else None
    if joining:  # "Joining Australia and the United States this year are Canada, Fiji and ...": both lists
        start, end = ctx.sentence.start, ctx.sentence.start + joining.end()
        hosts = [m for m in list_after(ctx, ctx.sentence.start + joining.start("first"), PARTICIPANTS, max_gap=4)
                 if m.end <= end]
        for mention in hosts + list_after(ctx, end, PARTICIPANTS, max_gap=4):
            if mention.start not in locations:
                participants.setdefault(mention.label, (mention, (start, end)))
    # Every match of _OBSERVERS_FROM holds "observer": a sentence without it is not searched per mention.
    observers = "observer" in ctx.folded
    observed: set[str] = set()  # the labels of a list of "observers from A and B"
    roster_open: re.Match[str] | None = None  # a roster of participants the sentence has opened
    for delegations in _finditer(_DELEGATIONS_FROM, ctx) if "observer" in ctx.folded or "visitor" in ctx.folded \
            else ():
        # "military delegations from Kuwait and Bahrain attended its distinguished observer day": observers
        start, end = _span(delegations, ctx)
        group = list_after(ctx, end, (EntityType.STATE,), max_gap=0)
        day = _ATTENDED_OBSERVER_DAY.match(ctx.text, group[-1].end) if group else None
        # (not where they also join the drills: "attended the observer day and later joined the live-fire phase")
        if day is not None and not _AND_JOINED_AFTER.search(ctx.text, day.end(), ctx.sentence.end):
            for observer in group:
                yield Candidate(observer, "observer_of", exercise, None, (start, observer.end), 0.7,
                                scope=(start, ctx.sentence.end))
                observed.add(observer.label)
    for envoys in _finditer(_ENVOYS_OF_STATES, ctx):
        # "Military attachés of A and B are also present at the drills", "Representatives of 23 countries, among
        # them A, B and C, are attending Zapad 2025": they watch, sent by states that take no part
        start, end = _span(envoys, ctx)
        group = list_after(ctx, end, (EntityType.STATE,), max_gap=0)
        present = _PRESENT_AT_THE_DRILLS.match(ctx.text, group[-1].end) if group else None
        if present is not None and not present.group("noun") and not any(
                m.start == present.end() and m.type is EntityType.EXERCISE for m in ctx.mentions):
            present = None  # the drills, or an exercise by its name: not "attended talks in June"
        if present is not None and _NOT_THE_DRILLS_THEMSELVES.match(ctx.text, present.end()):
            # "attended the exercise planning conference", "the exercise's opening ceremony", "watched the drills
            # last time": no observers of these drills, and the envoys take no part either
            observed.update(state.label for state in group)
            present = None
        if present is not None and _AND_JOINED_AFTER.search(ctx.text, present.end(), ctx.sentence.end) and not any(
                m.start >= present.end() and m.type is EntityType.STATE for m in ctx.mentions):
            present = None  # "attended the drills and later joined the live-fire phase": the envoys' states take part
        for observer in group if present is not None else ():
            taking_part = next((m for m in ctx.mentions if m.start >= present.end() and m.label == observer.label
                                and _TOOK_PART_AFTER.match(ctx.text, m.end)), None)
            if taking_part is not None:
                continue  # "Delegations from A and B attended the drills, and A's troops took part": A takes part
            yield Candidate(observer, "observer_of", exercise, None, (start, observer.end), 0.7,
                            scope=(start, ctx.sentence.end))
            observed.add(observer.label)
    for mention in ctx.mentions:
        if mention.type not in PARTICIPANTS + ORGS or mention.start in locations or mention.label in observed:
            continue
        # back to "participating countries this year include ", "observers from 30 other countries, among them "
        prefix = ctx.text[max(sentence_start, mention.start - 80):mention.start]
        if observers and _OBSERVERS_FROM.search(ctx.text, max(sentence_start, mention.start - 140), mention.start):
            # "observers from the UN, the EU and Chile"
            group = list_after(ctx, mention.start, (EntityType.STATE,) + ORGS) or [mention]
            scope = (mention.start, ctx.sentence.end)  # the verb after the list ("have been invited") is theirs
            for observer in group:
                yield Candidate(observer, "observer_of", exercise, None, (mention.start, mention.end), 0.7,
                                scope=scope)
                observed.add(observer.label)
            continue
        demonym_observers = _OBSERVERS_AFTER_ADJECTIVE.match(ctx.text, mention.end) \
            if observers and mention.kind == "demonym" and mention.type is EntityType.STATE else None
        if demonym_observers is not None and not _OBSERVERS_OF_ANOTHER.match(ctx.text, demonym_observers.end()) \
                and not _OBSERVERS_WHO_COMMENT.match(ctx.text, demonym_observers.end()):
            # "No Russian observers were invited to X", "Chinese military observers attended": that state's
            denied = _NO_BEFORE.search(ctx.text, max(sentence_start, mention.start - 4), mention.start)
            scope = (denied.start() if denied else mention.start, ctx.sentence.end)
            yield Candidate(mention, "observer_of", exercise, None, (mention.start, demonym_observers.end()), 0.7,
                            scope=scope)
            observed.add(mention.label)
            continue
        if mention.type not in PARTICIPANTS:
            continue
        prep = _PARTICIPANT_PREP.search(prefix)
        if prep and prep.group(0).lower().startswith("with") and (not _WITH_PARTNER.search(
                ctx.text[max(sentence_start, mention.start - 70):mention.start]) or _joined_before(ctx, mention.start)
                or _BORDER_WITH.search(ctx.text, max(sentence_start, mention.start - 30), mention.start)) and not (
                    # "are taking part, with A, B and C among the participants"
                    "among" in ctx.folded and (listed := list_after(ctx, mention.start, PARTICIPANTS, max_gap=5))
                    and _AMONG_THE_PARTICIPANTS.match(ctx.text, listed[-1].end)):
            # "relations with China" is no exercise partner, nor is "joined NATO in 2004, together with Latvia";
            # "drills with the United States" is
            prep = None
        if prep and prep.group(0).lower().startswith("between") and _ALTERNATING_BEFORE.search(prefix, 0, prep.start()):
            prep = None  # "held since 2008, alternating between Mongolia and Buryatia": where, not who
        stretch = _STRETCHING_BEFORE.search(prefix, 0, prep.start()) if prep and prep.group(0).lower().startswith(
            "from") else None
        if stretch and _DRILLS_STRETCH.search(ctx.text, sentence_start,
                                              mention.start - len(prefix) + stretch.start()):
            prep = None  # "the drills, stretching from Estonia to Bulgaria": where, not who
        if prep and prep.group(0).lower().startswith("between") and (any(
                m.type is EntityType.AGREEMENT and 0 <= mention.start - len(prefix) + prep.start() - m.end <= 1
                for m in ctx.mentions) or _STRIFE_BEFORE.search(prefix, 0, prep.start())):
            # "the Visiting Forces Agreement between A and B": the agreement's parties; "a 12-day war between
            # A and B", "tensions between A and B": the sides of a conflict
            prep = None
        if prep and _THEY_INCLUDE.match(prep.group(0)) and not any(counted.search(
                ctx.text, max(0, sentence_start - 160), sentence_start)
                for counted in (_COUNTED_TAKING_PART, _FORCES_FROM_COUNTED)):
            prep = None  # "They include A, B" after no count of participants: members, or anything
        if prep and ctx.text.startswith(("-based", "–based"), mention.end):
            prep = None  # "sailors from the Bahrain-based U.S. Fifth Fleet": where the fleet sits
        if prep and _SENDING_PREP.match(prep.group(0)) and (not _SENT_FROM.search(
                ctx.text[max(sentence_start, mention.start - 70):mention.start - len(prep.group(0))]) or _BOUGHT.search(
                ctx.text[max(sentence_start, mention.start - 50):mention.start])):
            prep = None  # "troops from Kazakhstan" take part; "arms from France", "ships bought from Italy" do not
        if prep and _BESIDES.match(prep.group(0)) and not _TAKE_PART.pattern.search(ctx.sentence.text) \
                and not _PARTICIPANTS_NOUN.search(ctx.sentence.text):
            prep = None  # "Besides China, Russia also criticised the drills": no one takes part there
        along = mention.start - len(prefix) + prep.start() if prep else 0
        if prep and prep.group(0).lower().startswith("along") and (
                _names_fellow_members(ctx, along) or _SEATED_BEFORE.search(prefix, 0, prep.start())
                or _joined_another_thing_before(ctx, along)
                or any(m.type in ORGS and 0 <= along - m.end <= 1 for m in ctx.mentions)):
            # "Oman, a member of the GCC alongside the UAE and Qatar, ...": fellow members; "is headquartered
            # alongside the 5th Fleet": where a body sits; "sits on the Forum alongside A and B": in the body
            prep = None
        if prep is None and roster_open and _ROSTER_GROUP.search(prefix):
            prep = roster_open  # "Participants include NATO allies A and B, NATO partners C and D": the same roster
        if prep and prep.group(0).rstrip().endswith(":") and len(list_after(ctx, mention.start, PARTICIPANTS)) < 2:
            prep = None  # "Washington has deployed troops and aircraft: Russia called the move ...": a new clause
        if prep and not _HOSTED_BY.search(prefix):
            if "articipa" in prep.group(0):
                roster_open = prep
            group = list_after(ctx, mention.start, PARTICIPANTS)
            if prep.group(0).lower().rstrip().endswith("joined by"):  # "Brazil, the host, was joined by A, B"
                group = _subjects_before(ctx, mention.start - len(prefix) + prep.start(), PARTICIPANTS) + group
            for member in group or [mention]:
                if member.start not in locations and not _names_a_unit_after(ctx, member):
                    participants.setdefault(member.label, (member, (mention.start, mention.end)))
    # "the Iron Lynx exercise, which Turkey also joins this year": the state a relative clause on the exercise says
    # joins it
    for mention in ctx.mentions if ", which " in ctx.sentence.text else ():
        if mention.type is not EntityType.STATE or mention.kind == "demonym" or \
                not ctx.text.endswith(", which ", 0, mention.start) or not _JOINS_IT.match(ctx.text, mention.end):
            continue
        before = ctx.text.rfind(",", ctx.sentence.start, mention.start)
        if any(m.type is EntityType.EXERCISE and m.end == before for m in ctx.mentions) or \
                _EXERCISE_NOUN_ENDS.search(ctx.text, max(ctx.sentence.start, before - 12), before):
            participants.setdefault(mention.label, (mention, (mention.start, mention.end)))
    # "the India-US joint military exercise": the states of a hyphenated pair before the exercise.
    for first, second in zip(ctx.mentions, ctx.mentions[1:]):
        if (first.type is EntityType.STATE and second.type is EntityType.STATE
                and ctx.text[first.end:second.start] in ("-", "–", "—", "/")
                and _EXERCISE_NOUNS.search(ctx.text[second.end:second.end + 40])):
            for state in (first, second):
                participants.setdefault(state.label, (state, (first.start, second.end)))
    # "300 Russian, 400 Belarusian and 50 Serbian troops": demonyms before a troops noun.
    for match in _finditer_ascii(_TROOPS, _TROOPS_LOWER, ctx):
        start, end = _span(match, ctx)
        if _WATCHING_FORCES_AFTER.match(ctx.text, end) or _WATCHING_FORCES_BEFORE.search(
                ctx.text, max(ctx.sentence.start, start - 60), start) and not _TAKING_PART_AFTER.match(ctx.text, end):
            # "Chinese warplanes shadowed the drills", "scrambled to intercept Russian Su-27s", "French Rafales flown
            # by Indian pilots": forces that watch, meet or carry others, not theirs in it
            continue
        if match.group(0).lower() == "counterparts" and not _FORCES_TRAIN_WITH_BEFORE.search(
                ctx.text, ctx.sentence.start, start):
            continue  # "the minister met his Peruvian counterparts": officials, not forces in the drills
        adjective = _ADJECTIVE_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 20), start)
        if adjective:  # "Japanese and Canadian uncrewed vessels"
            start = adjective.start()
        demonyms = list_before(ctx, start, (EntityType.STATE,), max_gap=3, allow_demonyms=True)
        relative = _NOT_THE_DRILLERS_BEFORE.search(ctx.text, max(0, demonyms[0].start - 24), demonyms[0].start) \
            if demonyms else None
        if relative and not (relative.group("relative") and _EXERCISE_NOUN_AT_END.search(
                ctx.text, max(ctx.sentence.start, relative.start() - 30), relative.start())):
            # "the mines that Russian forces scattered", "drills against Russian troops", "attacked by Russian
            # forces": not theirs (but "the drills, which Filipino and American troops launched", "organised by
            # Ghanaian and Nigerian navies")
            continue
        for mention in demonyms:
            # ("Armenian and US soldiers": a state's acronym stands as its adjective; so does a name among
            # adjectives, "Australian, New Zealand and Fijian troops")
            if mention.kind == "demonym" or mention.kind == "gazetteer" and len(demonyms) > 2 and any(
                    m.kind == "demonym" for m in demonyms) \
                    or len(demonyms) > 1 and _STATE_ACRONYM.fullmatch(mention.text) and \
                    _TRAIN_OR_TAKE_PART.match(ctx.text, start):  # (not "were put on alert across the border")
                participants.setdefault(mention.label, (mention, (start, start + len(match.group(0)))))
        body = next((m for m in ctx.mentions if m.type in ORGS and m.end == start - 1), None) \
            if _BODYS_TROOPS.fullmatch(match.group(0)) else None
        if body is not None and ctx.text[body.end] == " ":  # "RSS troops would deploy to Belize for X"
            participants.setdefault(body.label, (body, (body.start, start + len(match.group(0)))))
    for counted in (_FORCES_OF_THE_COUNTED.finditer(ctx.sentence.text) if " countries" in ctx.folded else ()):
        # "The armed forces of the three countries take part in X", "X brought together warships from the three
        # countries": the last three states the text listed
        span = (sentence_start + counted.start(), sentence_start + counted.end())
        for state in _last_list_of(ctx, _count_of(counted.group("count"))):
            participants.setdefault(state.label, (state, span))
    for listed in (_FORCES_OF_LISTED_MEMBERS.finditer(ctx.sentence.text) if " member" in ctx.folded else ()):
        # "X brought together security units from all six member states of the GCC - A, B and C": the states
        # listed after the body
        span = (sentence_start + listed.start(), sentence_start + listed.end())
        for state in list_after(ctx, span[1], (EntityType.STATE,), max_gap=0):
            participants.setdefault(state.label, (state, span))
    for match in _finditer_ascii(_OBSERVING, _OBSERVING_LOWER, ctx):
        start, end = _span(match, ctx)
        earlier = _TO_A_DATED_EDITION.match(ctx.text, end)
        if earlier is not None and exercise.year and int(earlier.group("year")) != exercise.year:
            continue  # "India, which sent observers to the 2023 iteration, is fielding forces": another year's
        if ", wh" in ctx.sentence.text and _in_a_relative_on_other_drills(ctx, match):
            continue  # "Peru, which sent observers to RIMPAC 2022, will take part in RIMPAC 2024": the other's
        named_one = _OBSERVES_A_NAMED_ONE.match(ctx.text, end) if ctx.text[end - 5:end] in ("watch", "serve") else None
        if named_one and not any(m.type is EntityType.EXERCISE and m.label == exercise.label
                                 and named_one.end() - 1 <= m.start <= named_one.end() + 30 for m in ctx.mentions):
            for sender in _subjects_before(ctx, start, (EntityType.STATE,)):
                participants.pop(sender.label, None)  # its officers are sent to that one, not to this one
            continue
        # "The Serbian Armed Forces will follow the exercise as observers": a state's forces observe too; "The AU
        # Commission, the EASF and IGAD have been invited to attend as observers": bodies too; not "BIMSTEC" of
        # "the BIMSTEC exercise", nor the EU of "EUFOR, the EU-led force"
        # "Uzbek officers attended Türkiye's EFES-2024 exercise as observers": the people's state, not the owner's
        named_until = end if match.group(0)[:5].lower() == "invit" else start
        # (the states named inside "invited attachés from A and B to watch")
        invited = [m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym" and start < m.start
                   and m.end < end] if match.group(0)[:5].lower() == "invit" else []
        if not invited and match.group(0)[:5].lower() == "invit" and not _INVITED_PEOPLE.search(match.group(0)) \
                and not _INVITED_TO.match(match.group(0)):
            continue  # "invited journalists to observe the drills": no state named, nor its people
        sent = [m for m in ctx.mentions if m.kind == "demonym" and m.type is EntityType.STATE and m.end <= named_until
                and _PEOPLE_AFTER_DEMONYM.match(ctx.text, m.end) and not _NEXT_CLAUSE.search(ctx.text, m.end, start)]
        attended = _ATTENDED_BEFORE_AS.search(ctx.text, max(ctx.sentence.start, start - 90), start) \
            if match.group(0)[:2].lower() == "as" else None
        if attended is not None and _ANOTHER_EDITION_NAMED.search(attended.group(0)):
            attended = None  # "Fiji and Tonga, which joined the last iteration as observers, are sending troops"
        # "A and B attended the X 2024 exercise as observers": the subjects of the verb
        listed = None
        if _OBSERVERS_LISTED_AFTER.fullmatch(match.group(0)):
            # ("Among the observers were officers from A and B": the states the people come from)
            people_from = _PEOPLE_FROM_AFTER.match(ctx.text, end)
            listed = list_after(ctx, people_from.end() if people_from else end, (EntityType.STATE,), max_gap=5)
        if listed is not None and not listed:
            continue  # "Observers are expected to arrive": no list after
        # ("Israel is set to attend the X exercise in Morocco as an observer": the subject of "attend")
        observers = listed or invited or sent \
            or attended is not None and _subjects_before(ctx, attended.start(), (EntityType.STATE,)) \
            or _subjects_before(ctx, start, (EntityType.STATE, EntityType.MILITARY_UNIT)) \
            or _observers_named_before(ctx, start) or _sentence_subject(ctx, start) \
            or [m for m in _subjects_before(ctx, start, (*ORGS, EntityType.MILITARY_UNIT, EntityType.STATE))
                if not _ITS_EXERCISE.match(ctx.text, m.end) and not _LED_BY.match(ctx.text, m.end)
                # (not the OAS of "the Board, the defense body of the OAS, also sent a team of observers")
                and not _OF_THE_BEFORE.search(ctx.text, max(ctx.sentence.start, m.start - 8), m.start)]
        # "Officers from A and B arrived in Lima to observe the drills": the people the sentence opens with, or
        # its next clause ("..., while representatives of NATO and the EU are attending as observers")
        people_of = _PEOPLE_OF.match(ctx.text, ctx.sentence.start)
        next_clause = None if people_of else next(reversed(list(_NEXT_CLAUSE.finditer(
            ctx.text, ctx.sentence.start, start))), None)
        if next_clause is not None:
            people_of = _PEOPLE_OF_IN_A_CLAUSE.match(ctx.text, next_clause.end())
        counted = _COUNTED_INCLUDING.match(ctx.text, people_of.end()) if people_of else None
        named = list_after(ctx, (counted or people_of).end(), (*PARTICIPANTS, *ORGS), max_gap=0) \
            if people_of else []
        if named and (not observers or set(observers) < set(named)):
            observers = named
        among = _AMONG_THEM_AFTER.match(ctx.text, end) if not observers else None
        if among:  # "A further 20 states are attending as observers, among them A, B and C"
            observers = list_after(ctx, among.end(), (EntityType.STATE,), max_gap=0)
        along = _ALONGSIDE.match(ctx.text, end) if observers else None
        if along:  # "Oman is attending as an observer, along with Jordan and Pakistan"
            observers = observers + list_after(ctx, along.end(), (EntityType.STATE,), max_gap=0)
        if not observers and _BUT_BOTH_BEFORE.search(ctx.text, ctx.sentence.start, start):
            observers = _opening_states(ctx)  # "A and B are not sending troops, but both have sent observers"
        as_will = _AS_WILL_OTHERS.match(ctx.text, end) if observers else None
        if as_will:  # "Indian officers will follow the exercise as observers, as will delegations from A and B"
            observers = observers + list_after(ctx, as_will.end(), (EntityType.STATE,), max_gap=0)
        denied_after = _BUT_NOT_AFTER.match(ctx.text, end)
        denied_before = _NOT_BUT.search(ctx.text, ctx.sentence.start, start)
        for state in observers:
            taken = participants.get(state.label)
            if denied_after is not None:
                # "X is attending as an observer but will not take part", "... and will not commit troops": the
                # denial is the trigger of its (negated) part
                participants[state.label] = (state, denied_after.span("denied"))
            elif taken is not None and not re.search(r"troops|forces|units|soldiers|servicemen", match.group(0),
                                                     re.I) \
                    and not _NOT_BUT.search(ctx.text, state.end, start) \
                    and not (denied_before is not None and taken[0].start < denied_before.end()):
                # ("A will not send troops, but officers from A and B are attending as observers": A's part is
                # denied, B only observes)
                # an observer only ("officers from X attended as observers"), unless the sentence denies its
                # troops first ("will not send troops but will send observers": a negated participation too)
                participants.pop(state.label, None)
            # (its own predicate's modality after "and will": not the denial's before it)
            own = (denied_before.start("and_will"), end) if denied_before is not None and \
                denied_before.group("and_will") and denied_before.end() == start else None
            yield Candidate(state, "observer_of", exercise, None, (start, end), 0.7, scope=own)
    during = _DURING_THE_EXERCISE.match(ctx.text, sentence_start) if ctx.text.startswith(
        "During ", sentence_start) else None
    if during is not None and (during.group("noun") or any(
            m.start == sentence_start + len("During ") and m.type is EntityType.EXERCISE for m in ctx.mentions)):
        # "During the drills, the frigates A and B and the small missile ships C and D carried out launches": the
        # forces the clause is on took part
        # (the clause's subject, after the comma and a time at most: not "officials said the frigate X would stay")
        units = list_after(ctx, during.end(), (EntityType.MILITARY_UNIT,), max_gap=30)
        if units and not _BEFORE_THE_SUBJECT.fullmatch(ctx.text, during.end(), units[0].start):
            units = []
        while units and (more := _AND_MORE_SHIPS.match(ctx.text, units[-1].end)):
            kind = list_after(ctx, more.end(), (EntityType.MILITARY_UNIT,), max_gap=0)  # (each kind's own list)
            if not kind:
                break
            units += kind
        for unit in units:
            participants.setdefault(unit.label, (unit, (sentence_start, unit.end)))
    sending = _SENDING_A_NUMBER.search(ctx.text, sentence_start, ctx.sentence.end) if participants else None
    for mention in ctx.mentions if sending is not None else ():
        # "Chile is sending 200 marines, Peru 150 and Bolivia 80": the states after, each with its number, send too
        if mention.type is EntityType.STATE and mention.kind != "demonym" and mention.start > sending.end() and \
                _GAPPED_NUMBER_BEFORE.fullmatch(ctx.text, sending.end(), mention.start) and \
                _NUMBER_RIGHT_AFTER.match(ctx.text, mention.end):
            participants.setdefault(mention.label, (mention, (sending.start(), mention.end)))
    time = str(exercise.year) if exercise.year else None
    mission = _SERVING_IN_A_MISSION.search(ctx.text, sentence_start, ctx.sentence.end) \
        if "mission" in ctx.folded and "serv" in ctx.folded else None
    for mention, trigger in participants.values():
        if mention.label == exercise.label or mention.label in observed:
            continue  # ("Military observers from A and B were invited": observers, not participants)
        if mission is not None and mention.start > mission.start() and exercise.start < mission.start():
            continue  # "..., and Peruvian troops have served in the UN mission in Haiti": a mission, not the drills
        if _APPEAL_BEFORE.search(ctx.text, max(sentence_start, mention.start - 50), mention.start) and \
                _TO_ACT_AFTER.match(ctx.text, mention.end):
            continue  # "Lithuania called on allies, including Poland, to send troops": an appeal, no taking part
        if _WATCHES_THE_DRILLS.match(ctx.text, mention.end):
            continue  # "Chinese vessels are expected to monitor the drills": they watch, from outside
        if _SOURCE_BEFORE.search(ctx.text, max(sentence_start, mention.start - 20), mention.start):
            continue  # "..., according to the Chilean Navy": the source of the words, not one taking part
        named = next((m for m in ctx.mentions if m.type is EntityType.EXERCISE and mention.kind == "demonym"
                      and _DEMONYMS_BEFORE_NAME.fullmatch(ctx.text, mention.end, m.start)), None)
        # ("Japan does not take part in the Chilean-Peruvian X drills": theirs whatever Japan does)
        yield Candidate(mention, "participates_in_exercise", exercise, None, trigger, 0.75, time,
                        scope=(mention.start, named.end) if named is not None else None)
    for match in _finditer(_HOST, ctx):
        start, end = _span(match, ctx)
        by = _BY.match(ctx.text, end)
        if not by and (_HOSTS_SOMETHING_ELSE.match(ctx.text, end) or any(
                m.type in ORGS and m.kind != "demonym" and _THE_GAP.fullmatch(ctx.text, end, m.start)
                and not _exercise_in_clause(ctx, m.end) for m in ctx.mentions)):
            # "Japan, which hosts seven UN Command rear bases, is not taking part": bases, not the drills; "Ghana,
            # which hosts the KAIPTC": a body
            continue
        if _BESIDES_BEFORE.search(ctx.text, max(sentence_start, start - 30), start) and not any(
                m.type is EntityType.STATE and 0 <= m.start - end <= 12 for m in ctx.mentions):
            # "with the participation of A, B and C, besides the co-hosts": the others, the hosts named elsewhere
            # (not "Besides the host nation Morocco, ...": named here)
            continue
        bare = _BARE_PLURAL_DRILLS.match(ctx.text, end) if not by else None
        if bare is not None and (anchor is not None and anchor.end <= start or bare.group("other")):
            continue  # "sent troops to the X drills, and Tajikistan is preparing to host exercises next year": others
        # "and host Kyrgyzstan" names the host; "Tanzania to host China, Mozambique troops" is the verb
        noun = _HOST_NOUN.match(ctx.text, end) if match.group(0).lower() == "host" and not _VERB_BEFORE_HOST.search(
            ctx.text, max(sentence_start, start - 8), start) else None
        named = [m for m in ctx.mentions if noun and m.start == noun.end() and m.type is EntityType.STATE][:1]
        if named and noun is not None and noun.group("plural"):  # "in host nations A, B, C and D": each of them
            named = list_after(ctx, noun.end(), (EntityType.STATE,), max_gap=0)
        units: list[Mention] = []
        if by:  # "hosted by Australia and the United States", "co-hosted by the Royal Thai Armed Forces and ..."
            agents = list_after(ctx, by.end(), (EntityType.STATE, EntityType.MILITARY_UNIT), max_gap=5)
            counted = _STATES_COUNTED_AT.match(ctx.text, by.end()) if not agents else None
            if counted:  # "Co-hosted by the two countries, the exercise ...": the last pair (list) named
                size = _NUMBER_WORDS.get((counted.group("count") or "two").lower(), 2)
                agents = _last_list_of(ctx, size)
            hosts = [m for m in agents if m.type is EntityType.STATE]
            units = [m for m in agents if m.type is EntityType.MILITARY_UNIT]
        elif (unit := _unit_subject(ctx, start)) is not None:
            hosts, units = [], [unit]  # "the South African Navy (SAN) will host the third edition"
        elif named:  # "Russia, Belarus and host Kyrgyzstan sent contingents": the noun names the host
            hosts = named
        elif (demonym := next((m for m in ctx.mentions if m.kind == "demonym" and m.type is EntityType.STATE
                               and 0 <= start - m.end <= 1), None)) is not None:
            hosts = [demonym]  # "joined their Philippine hosts": the adjective names the host
        elif (is_the := _IS_THE_HOST.search(ctx.text, max(sentence_start, start - 30), start)) is not None and \
                _HOST_NATION_AFTER.match(ctx.text, end):
            # "Romania, Bulgaria and Hungary are the host nations for the airborne phase": the subject
            hosts = _subjects_before(ctx, is_the.start(), (EntityType.STATE,))
        elif (acting := _WHICH_ACTS_AS_HOST_BEFORE.search(ctx.text, max(sentence_start, start - 40), start)) \
                is not None and _HOST_NATION_AFTER.match(ctx.text, end):
            # "... off Norway, which will act as host nation": the state the clause is on
            hosts = [m for m in ctx.mentions if m.end == acting.start() and m.type is EntityType.STATE
                     and m.kind != "demonym"]
        elif (fronted := _AS_HOST.match(ctx.text, sentence_start)) is not None and fronted.end("host") == end:
            # "As host nation, Estonia will provide fuel": the state the noun is set before
            hosts = [m for m in ctx.mentions if m.start == fronted.end() and m.type is EntityType.STATE
                     and m.kind != "demonym"]
        elif with_as := [m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                         and _AS_THE_BEFORE_HOST.fullmatch(ctx.text, m.end, start)
                         and WITH_BEFORE.search(ctx.text, max(sentence_start, m.start - 10), m.start)]:
            if _HOST_OF_ANOTHER_EDITION.match(ctx.text, end):
                continue  # "with South Africa as the host of last year's edition": another edition's host
            hosts = with_as  # "organized by SADC with Angola as the host country"
        elif _ARTICLE_BEFORE.search(ctx.text, max(sentence_start, start - 12), start):
            # "Kazakhstan, the host nation, will field a battalion": the state the noun is set beside
            hosts = [m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                     and _HOST_APPOSED.fullmatch(ctx.text, m.end, start) and _NOUN_SET_OFF.match(ctx.text, end)]
            if hosts and _PLURAL_NOUN_SET_OFF.match(ctx.text, end):  # "Ghana and Togo, the two host nations,"
                hosts = list_before(ctx, hosts[-1].end, (EntityType.STATE,), max_gap=0)
            if not hosts:
                continue  # "troops from Croatia, Albania and the host country": a noun, not Albania's act
        else:
            hosts = _subjects_before(ctx, start, (EntityType.STATE,)) or _sentence_subject(ctx, start)
            hosts = _head_before_apposition(ctx, start, hosts, (EntityType.STATE,))
            venues = [] if hosts else _subjects_before(ctx, start, (EntityType.PLACE,))
            for venue in venues:  # "the Edelweiss training ground hosted the drills": where they took place
                yield Candidate(exercise, "exercise_located_in", venue, None, (venue.start, end), 0.7)
        together = (_HOSTS_TOGETHER_WITH.match(ctx.text, end) or ctx.text[start - 3:start].lower() == "co-" and
                    _CO_HOSTED_WITH.match(ctx.text, end, _clause_end(ctx, end))) if hosts and "with" in ctx.folded \
            else None
        first_hosts = list(hosts)
        if together:  # "Norway hosts the drills together with Sweden and Finland": co-hosts (up to the list's "and")
            co_hosts = list_after(ctx, together.end(), (EntityType.STATE,), max_gap=0)
            last = next((i for i, m in enumerate(co_hosts) if i and re.match(r",?\s+and\s+(?:the\s+)?$",
                                                                             ctx.text[co_hosts[i - 1].end:m.start])),
                        len(co_hosts) - 1)
            hosts = hosts + [m for m in co_hosts[:last + 1] if m.kind != "demonym"
                             and m.label not in {h.label for h in hosts}]
        partner = _WITH_PARTNER_AFTER.match(ctx.text, end) if ctx.text[start - 3:start].lower() == "co-" else None
        if partner:  # "which Egypt co-hosts with US Central Command": a command that co-hosts runs it
            units = units + [m for m in list_after(ctx, partner.end(), (EntityType.MILITARY_UNIT, *ORGS), max_gap=0)
                             if m.type is EntityType.MILITARY_UNIT or m.kind != "demonym"]
        for unit in units:
            # A navy or an army that hosts organises the exercise, in the state whose forces it is.
            yield Candidate(unit, "organizes_exercise", exercise, None, (start, end), 0.75)
            state = _unit_state(ctx, unit)  # "the Peruvian Navy": Peru, not "United States Indo-Pacific Command"
            if state is not None and state.label not in {h.label for h in hosts}:
                hosts.append(state)
        # A host takes part in a joint exercise it holds with others ("would host a joint military exercise with
        # the United States", "co-hosted by A and B"); hosting alone ("the 2023 edition was hosted by Australia")
        # says only where
        # (in the host's own clause: not "..., which coincided with Naadam", "..., while Latvia held talks with B")
        clause_start = max((m.end() for m in _HOST_CLAUSE_BREAK.finditer(ctx.text, sentence_start, start)),
                           default=sentence_start)
        clause_stop = _HOST_CLAUSE_BREAK.search(ctx.text, end, ctx.sentence.end)
        takes_part = _JOINT_OR_WITH.search(ctx.text, clause_start, clause_stop.start() if clause_stop
                                           else ctx.sentence.end) is not None or len(hosts) > 1 or \
            ctx.text[start - 3:start].lower() == "co-"  # co-hosts hold it together
        # ("Armenia refused to host the exercise, which was moved to Belarus": no host, and no place it is denied)
        refused = _HOSTING_REFUSED.search(ctx.text, max(sentence_start, start - 40), start)
        since = _SINCE_A_YEAR.search(ctx.text, end, _clause_end(ctx, end))
        # ("have jointly hosted the biennial X since 2013": the series, whatever the name was read as)
        series = exercise.kind == "series" or since is not None and _PERFECT_BEFORE.search(
            ctx.text, max(sentence_start, start - 30), start) is not None
        since = since if series else None
        for state in hosts:
            # (a series hosted "since 2013": since then, and no one edition's participants or ground)
            yield Candidate(state, "hosts_exercise", exercise, None, (start, end), 0.8,
                            since.group(1) if since else time)
            if takes_part and not series:
                yield Candidate(state, "participates_in_exercise", exercise, None, (start, end), 0.7, time)
            # (a series' host holds it on its ground, but not co-hosts that take turns, "since 2013")
            if refused is None and not (series and (since or len(hosts) > 1)) and (
                    len(hosts) != 2 or together and state in first_hosts or (
                    hosts[0].subregion is not None and hosts[0].subregion == hosts[1].subregion
                    and not _VENUE_NAMED.search(ctx.sentence.text))):
                # The host nation is where the exercise takes place, and three or more co-hosts share the ground
                # ("co-hosted by Finland, Norway and Sweden"); of two ("co-hosted by Indonesia and the US") one is
                # often a partner from afar, and which one the sentence does not say (but "Norway hosts the drills
                # together with the US" holds them in Norway, and neighbours of one part of the world, "co-hosted
                # by Ghana and Ivory Coast", hold them in both, unless the sentence says where).
                yield Candidate(exercise, "exercise_located_in", state, None, (start, end), 0.7)
    for match in _finditer(_ORGANISE, ctx):
        start, end = _span(match, ctx)
        if _COUNTED_EXERCISES.match(ctx.text, end):
            continue  # "the armed forces held 17 exercises with foreign partners last year": none of them this one
        # "Belarus and Russia will hold their joint Zapad-2025 exercise": states that hold or organise
        # the exercise (its name or noun the verb's object) organise it; organisations whatever follows.
        # "has held Golden Dragon 2026", "will hold the next edition of Golden Dragon"
        named_object = anchor is not None and (0 <= anchor.start - end <= 6 or _EDITION_OF_GAP.fullmatch(
            ctx.text, end, anchor.start) is not None or _NAMES_LISTED_BEFORE.fullmatch(ctx.text, end, anchor.start)
            is not None)  # ("NATO began the Cooperative Longbow 09 and Cooperative Lancer 09 exercises": both)
        relative = _EXERCISE_THAT.search(ctx.text, max(sentence_start, start - 120), start)
        if relative is None and anchor is not None:  # "Zapad-2025, which Russia and Belarus held in September"
            auxiliaries = _AUXILIARIES_BEFORE.search(ctx.text, max(sentence_start, start - 40), start)
            doers = list_before(ctx, auxiliaries.start() if auxiliaries else start,
                                ORGS + (EntityType.STATE, EntityType.MILITARY_UNIT), max_gap=1)
            relative = _WHICH_OPENS.match(ctx.text, anchor.end, doers[0].start) if doers else None
            named_series = _SERIES_WHICH_OPENS.search(ctx.text, max(sentence_start, doers[0].start - 80),
                                                      doers[0].start) \
                if doers and relative is None and _HOLDS.search(match.group(0)) else None
            # (a mention of its own, as the series' name may be no mention left here: "the 19th edition of the X
            # series" names the edition the sentence is on)
            series = Mention(named_series.start("name"), named_series.end("name"), named_series.group("name"),
                             named_series.group("name"), EntityType.EXERCISE, kind="series") \
                if named_series is not None and named_series.end() == doers[0].start else None
            if series is not None:
                # "X 2025 is the 19th edition of the X series, which A and B have held since 1980": the series'
                for doer in doers:
                    yield Candidate(doer, "organizes_exercise", series, None, (doer.start, end), 0.7,
                                    scope=(series.start, ctx.sentence.end))
                continue
        # "the Eastern Theater Command staged its drills": what a force stages as its own, it runs
        holds = (_HOLDS.search(match.group(0)) is not None or _ITS_OWN.match(ctx.text, end) is not None) and (
            _OBJECT_EXERCISE.match(ctx.text, end, ctx.sentence.end) is not None or named_object or relative is not None
            or _THEM_JOINTLY.match(ctx.text, end) is not None)
        if _LEADS.search(match.group(0)) and not (named_object and anchor is not None and anchor.start > end
                                                  and _NOTHING_OF_IT_AFTER.match(ctx.text, anchor.end)):
            continue  # "will lead a brigade in X", "lead the way in X", "lead X's maritime phase": not X itself
        if not holds and _STARTS.search(match.group(0)):
            continue  # "The drills near Poland, a NATO member, began": what begins is the exercise
        if not holds and (_ANOTHER_THING_AFTER.match(ctx.text, end) or
                          _IN_A_BACKGROUND_EVENT.search(ctx.text, max(sentence_start, start - 120), start)):
            continue  # "the Pentagon launched a review of AUKUS": what it launched is no exercise
        # Forces that hold, open or run the exercise organise it; states that open it may only take part.
        # ("Russia opened its Vostok-2022 exercise": a state that opens its own holds it)
        its_own = _ITS_OWN.match(ctx.text, end)
        if its_own is not None and _PART_OF_IT.match(ctx.text, its_own.end()):
            its_own = None  # "Kazakhstan opened its portion of the X exercise": a part of another's
        # ("Russia launched Vostok 2022, a ... exercise that draws forces from China and India": one state that
        # launches the drills others are drawn into runs them)
        draws_others = named_object and anchor is not None and \
            _DRAWS_OTHERS_IN.match(ctx.text, anchor.end) is not None
        kinds = (ORGS + (EntityType.MILITARY_UNIT,) if _OPENS.search(match.group(0)) and its_own is None
                 and not draws_others else ORGS + (EntityType.STATE, EntityType.MILITARY_UNIT)) if holds else ORGS
        organisers = _head_before_apposition(ctx, start, _subjects_before(ctx, start, kinds), kinds)
        if draws_others and _OPENS.search(match.group(0)) and its_own is None and (
                len(organisers) > 1 or len(list_before(ctx, start, (EntityType.STATE,), max_gap=20)) > 1):
            organisers = []  # "A, B and C launched X, ... that draws forces from D": states that open it take part
        if organisers and _A_BODY_NOUN_AS_SUBJECT.search(ctx.text, max(sentence_start, start - 40), start):
            organisers = []  # "... in Belize in May, and the organisation will stage its own exercise": not Belize
        if not organisers and anchor is not None and _WHICH_IT_DOES.fullmatch(ctx.text, anchor.end, start):
            organisers = _opening_state(ctx)  # "North Macedonia is hosting X, which it organizes jointly with Y"
        if not organisers and its_own is not None and ctx.last_org is not None and \
                _IT_OPENING.fullmatch(ctx.text, sentence_start, start) and \
                _opened_the_sentence_before(ctx, ctx.last_org):
            organisers = [ctx.last_org]  # "The CSTO met in Minsk. It has held its Interaction exercises annually"
        # ("the alliance regularly holds the Cooperation exercise": the exercise named as the verb's object)
        bloc = _BLOC_SUBJECT_BEFORE.search(ctx.text, max(sentence_start, start - 40), start) \
            if not organisers and (its_own is not None or holds and named_object) else None
        if bloc is not None:  # "Last year the grouping held its Joint Protector exercise": the body it refers to
            organisers = [org] if (org := _org_reference(ctx, bloc.start())) is not None else []
        which = _WHICH_CO_VERB.search(ctx.text, max(sentence_start, start - 30), start) \
            if not organisers and match.group(0)[:3].lower() == "co-" else None
        if which is not None:  # "SOUTHCOM, which co-organizes the exercise with the Chilean Army": both
            with_partner = _EXERCISE_WITH.match(ctx.text, end)
            organisers = list_before(ctx, which.start(), _ORGANISER_TYPES, max_gap=12) + (
                list_after(ctx, with_partner.end(), _ORGANISER_TYPES, max_gap=0) if with_partner else [])
        if holds and not organisers and relative is None and EntityType.STATE in kinds:
            organisers = _sentence_subject(ctx, start)  # "Russia and Belarus, which form ..., will hold"
        if holds and named_object:  # "... with China": a co-organiser
            partner = _WITH_PARTNER_AFTER.match(ctx.text, anchor.end)
            organisers = organisers + (list_after(ctx, partner.end(), (EntityType.STATE,), max_gap=0)
                                       if partner and organisers else [])
        forces = (_FORCES_BEFORE.search(ctx.text, sentence_start, start) or (
            _FORCES_THEN_ADVERBS_BEFORE.search(ctx.text, sentence_start, start) if named_object else None)) \
            if holds and not _OPENS.search(match.group(0)) else None
        if forces:  # "Armenian and U.S. troops held the exercise": the states whose forces hold it
            organisers = list_before(ctx, forces.start(), (EntityType.STATE,), max_gap=0, allow_demonyms=True) \
                or organisers
        jointly = _JOINTLY_WITH_AFTER.match(ctx.text, end) if "with" in ctx.text[end:end + 30] else None
        if jointly is None and organisers and match.group(0)[:3].lower() == "co-":
            jointly = _WITH_PARTNER_AFTER.match(ctx.text, end)  # "which it co-organises with the United States"
        if jointly and (organisers or _ORGANISED.match(match.group(0))):
            # "which Georgia organises jointly with the United States", "The exercise, organised jointly with
            # CENTCOM, ...": the partner organises it too
            organisers = organisers + list_after(ctx, jointly.end(), _ORGANISER_TYPES, max_gap=0)
        if relative is not None and holds and _OPENS.search(match.group(0)):
            # "the Freedom Shield exercise that the United States and South Korea began on Monday": the states
            # that open it take part
            for state in _subjects_before(ctx, start, (EntityType.STATE,)):
                if state.start > relative.start():
                    yield Candidate(state, "participates_in_exercise", exercise, None, (start, end), 0.75, time)
        for org in organisers:
            # "ships from 17 NATO allies began the exercise": a name before its noun qualifies that noun
            # ("The two countries held ..." after "Chinese and Tajik forces began ...": the states referred to)
            if forces or org.start < sentence_start or org.kind != "demonym" and \
                    not _NOUN_OF_MEMBERS.match(ctx.text, org.end):
                yield Candidate(org, "organizes_exercise", exercise, None, (start, end), 0.75,
                                scope=_organiser_scope(ctx, org, end))
    yield from _organised_by(ctx, exercise)
    if anchor is not None and "for" in ctx.folded:
        yield from _deployed_for(ctx, exercise, anchor)
    yield from _forces_of_two_states_act(ctx, exercise)
    if anchor is not None:
        # "NATO's Steadfast Dart", "the Cyprus National Guard's "Nikiforos 2026" exercise", "the Estonian
        # Defense Forces' (EDF) largest annual exercise, Spring Storm": the owner of the exercise holds it.
        # "Russia's Vostok-2018 strategic exercise": a state's too; "the US-led Baltops 23 exercise": its leader's
        # ("the CSTO's Interaction-2025, Search-2025 and Echelon-2025 exercises": the owner of the list's first)
        named_at = ctx.listed_from if ctx.listed_from is not None and ctx.listed_from <= anchor.start else anchor.start
        before = [m for m in ctx.mentions if m.end <= named_at and (
            m.type in ORGS and (_OWNER_BEFORE_EXERCISE.fullmatch(ctx.text, m.end, named_at)
                                or _OWNERS_EXERCISES_INCLUDING.fullmatch(ctx.text, m.end, named_at))
            or m.type in (EntityType.MILITARY_UNIT, EntityType.STATE) and m.kind != "demonym"
            and _POSSESSOR_BEFORE_EXERCISE.fullmatch(ctx.text, m.end, named_at)
            or m.type in (EntityType.STATE, *ORGS) and (_LED_BEFORE_NAME.fullmatch(ctx.text, m.end, named_at) or (
                _LED_NOUN_BEFORE_NAME.fullmatch(ctx.text, m.end, named_at)
                and ctx.text.startswith((",", ".", " and "), anchor.end))))]
        for org in before[-1:]:  # (what the rest of the sentence says of a list's last is not said of its owner)
            yield Candidate(org, "organizes_exercise", exercise, None, (org.start, anchor.end), 0.75,
                            scope=(org.start, anchor.end) if ctx.listed_from is not None else
                            _organiser_scope(ctx, org, anchor.end))
        # "Pitch Black, the Royal Australian Air Force's biennial air combat exercise, ...": the owner set off after
        owner = next((m for m in ctx.mentions if m.start > anchor.end and m.kind != "demonym"
                      and m.type in (*ORGS, EntityType.MILITARY_UNIT, EntityType.STATE)
                      and _APPOSITION_OPENS.fullmatch(ctx.text, anchor.end, m.start)), None) if not before else None
        owned = _OWNERS_EXERCISE_SET_OFF.match(ctx.text, owner.end) if owner is not None else None
        if owner is not None and owned is not None:
            span = (anchor.start, owned.end())
            yield Candidate(owner, "organizes_exercise", exercise, None, span, 0.75, scope=span)
        possessive = not before and ("’s" in ctx.sentence.text or "'s" in ctx.sentence.text)
        # "all three of the organization's exercises this year: A, B and C", "the bloc's Unity-2023 drills": its own
        listed = _THE_BLOCS_EXERCISES.search(ctx.text, sentence_start, anchor.start) if possessive else None
        owned = _THE_BLOCS_OWN.search(ctx.text, max(sentence_start, named_at - 40), named_at) \
            if possessive and listed is None else None
        holder = (_bloc_before(ctx, (listed or owned).start()) or ctx.last_org) if listed or owned else None
        if holder is not None:
            said_of = (listed or owned).start()
            # (what the clause says of others, "did not send troops to the bloc's X drills", is not said of it)
            yield Candidate(holder, "organizes_exercise", exercise, None, (said_of, anchor.end), 0.7,
                            scope=(said_of, anchor.end) if owned else None)
        # "Argo 2026, a Greek-led amphibious exercise": the leader in an apposition after the name
        # ... or in the predicate ("BALTOPS has been held since 1972 and was originally a U.S.-led exercise")
        leader = next((m for m in ctx.mentions if m.type in (EntityType.STATE, EntityType.MILITARY_UNIT, *ORGS)
                       and anchor.end < m.start and _LED_EXERCISE_AFTER.match(ctx.text, m.end)
                       and (APPOSITION_ARTICLE.fullmatch(ctx.text, anchor.end, m.start)
                            or _NOUN_THEN_APPOSITION.fullmatch(ctx.text, anchor.end, m.start)
                            or _LED_PREDICATE_OPENS.fullmatch(ctx.text, anchor.end, m.start))), None)
        if leader is not None:
            yield Candidate(leader, "organizes_exercise", exercise, None, (anchor.start, leader.end), 0.75)
        # "Condor Sur 2026, the Chilean Navy's annual exercise, ...": the owner in an apposition after the name
        # ... or in the predicate ("Steadfast Defender 2024 was NATO's largest exercise since the Cold War")
        # (not an aside on a whole named in a relative clause: "the exercise, which is part of Y, NATO's largest")
        # ("Vostok-2018, Russia's largest military exercise since the Cold War,": a state's own too)
        apposed = next((m for m in ctx.mentions if (m.type in ORGS or m.type is EntityType.MILITARY_UNIT
                                                    or m.type is EntityType.STATE and m.kind != "demonym")
                        and anchor.label == exercise.label
                        and (_APPOSITION_OPENS.fullmatch(ctx.text, anchor.end, m.start)
                             or _PREDICATE_OPENS.fullmatch(ctx.text, anchor.end, m.start))), None)
        owned = _OWNERS_EXERCISE_AFTER.match(ctx.text, apposed.end) if apposed is not None else None
        if owned is not None and apposed.type is EntityType.STATE and (
                _A_TAKERS_EXERCISE.search(owned.group(0)) and _WITH_OTHERS_AFTER.match(ctx.text, owned.end())
                or _ABROAD_AFTER.match(ctx.text, owned.end()) or _in_another_state(ctx, owned.end(), apposed)):
            # "X, Australia's first exercise with the Quad navies", "Sweden's first exercise as a NATO member",
            # "Germany's largest exercise in Australia": one it takes part in (but "Pakistan's first multinational
            # exercise", "Russia's largest naval exercise in the Pacific": its own)
            owned = None
        if owned is not None:
            yield Candidate(apposed, "organizes_exercise", exercise, None, (anchor.start, apposed.end), 0.75)
        # "Dacian Fall 2025, a NATO exercise led by France", "X, a Eurocorps command post and field exercise"
        described = next((m for m in ctx.mentions if _is_bloc(m) and m.start > anchor.end
                          and _A_BODYS_APPOSITION.fullmatch(ctx.text, anchor.end, m.start)
                          and _BODYS_EXERCISE_AFTER.match(ctx.text, m.end)), None)
        if described is not None:
            yield Candidate(described, "organizes_exercise", exercise, None, (anchor.start, described.end), 0.75)
        # "Ramstein Alloy 26-3, a live-flying exercise that NATO's Allied Air Command will run"; "the 67th edition of
        # the biennial X exercise, which the Y Navy initiated in 1995": the series', where the name is the series'
        for named in (m for m in ctx.mentions if m.type is EntityType.EXERCISE):
            relative = _APPOSED_EXERCISE_THAT.match(ctx.text, named.end)
            runner = next((m for m in ctx.mentions if relative and relative.end() <= m.start <= relative.end() + 40
                           and (m.type in ORGS or m.type is EntityType.MILITARY_UNIT)
                           and _RUNS.match(ctx.text, m.end)), None)
            # ("the Arctic Challenge Exercise, the cross-border air training that A, B and C have run together
            # since 2013": the states the relative clause opens with)
            states = list_after(ctx, relative.end(), (EntityType.STATE,), max_gap=0) \
                if relative and runner is None else []
            runners = [runner] if runner is not None else states if states and states[0].start <= relative.end() + 4 \
                and _RUNS.match(ctx.text, states[-1].end) else []
            for each in runners:
                run = named if named.kind in ("series", "series_of_edition") else exercise
                yield Candidate(each, "organizes_exercise", run, None, (named.start, each.end), 0.75)
        # "Combat Brotherhood-2025, the alliance's main annual exercise": the body "the alliance" stands for
        blocs = _APPOSED_BLOCS_EXERCISE.match(ctx.text, anchor.end) if anchor.label == exercise.label else None
        holder = (_bloc_before(ctx, anchor.start) or ctx.last_org) if blocs is not None else None
        if holder is not None and _is_bloc(holder) and (
                holder.type is EntityType.ALLIANCE or "alliance" not in blocs.group(0).lower()):
            yield Candidate(holder, "organizes_exercise", exercise, None, (anchor.start, blocs.end()), 0.7)
        after_text_start = anchor.end
        for org in [m for m in ctx.mentions if m.type in ORGS and m.start > after_text_start]:
            if _OF_ORG.match(ctx.text[after_text_start:org.start]):
                yield Candidate(org, "organizes_exercise", exercise, None, (anchor.start, org.end), 0.75)
                break
    # 'The joint naval drill "X 2025" of A, B and C': the states whose joint drill the name names
    named = next((m for m in ctx.mentions if m.type is EntityType.EXERCISE and m.label == exercise.label), None) \
        if " of " in ctx.sentence.text else None
    of_states = _NAME_THEN_OF.match(ctx.text, named.end) if named is not None else None
    quoted = named is not None and ctx.text[named.start - 1:named.start] in ('"', "“")
    if of_states is not None and _JOINT_BEFORE_DRILLS.search(ctx.text, max(sentence_start, named.start - 80),
                                                             named.start - quoted):
        owners = list_after(ctx, of_states.end(), (EntityType.STATE,), max_gap=0)
        for state in owners if len(owners) >= 2 and owners[0].start == of_states.end() else ():
            trigger = (of_states.end(), state.end)  # (past a quoted name: no words of someone's)
            # (its clause up to a "without": "... of A and B was held without C" denies C's part, not theirs)
            without = re.search(r"\bwithout\b", ctx.text[owners[-1].end:ctx.sentence.end])
            scope = (of_states.end(), owners[-1].end + without.start()) if without else None
            yield Candidate(state, "organizes_exercise", exercise, None, trigger, 0.7, scope=scope)
            yield Candidate(state, "participates_in_exercise", exercise, None, trigger, 0.7, time, scope=scope)
    # "Drills of the CSTO Collective Rapid Reaction Force": its force takes part, its organisation holds them.
    for match in _finditer_ascii(_DRILLS_OF, _DRILLS_OF_LOWER, ctx):
        end = match.end() + sentence_start
        owner = next((m for m in ctx.mentions if m.start == end), None)
        if owner is not None and owner.type is EntityType.MILITARY_UNIT and _NATIONAL_FORCES.search(owner.label) \
                and _ITS_OWN_EXERCISE_BEFORE.search(ctx.text, max(sentence_start, match.start() + sentence_start - 30),
                                                    match.start() + sentence_start):
            # "the largest exercise of the Polish Armed Forces this year": a state's forces (or its navy, army, air
            # force) hold their own
            yield Candidate(owner, "organizes_exercise", exercise, None, (match.start() + sentence_start,
                                                                         owner.end), 0.7)
        elif owner is not None and owner.type is EntityType.MILITARY_UNIT:
            yield Candidate(owner, "participates_in_exercise", exercise, None, (match.start() + sentence_start,
                                                                                 owner.end), 0.7, time)
            of_body = OF_THE_GAP.match(ctx.text, owner.end)
            body = next((m for m in ctx.mentions if of_body and m.start == of_body.end() and m.type in ORGS), None)
            if body is not None:  # "Exercises of the Collective Rapid Reaction Forces of the CSTO": the force's body
                yield Candidate(body, "organizes_exercise", exercise, None, (match.start() + sentence_start,
                                                                             body.end), 0.7)
        elif owner is not None and owner.type in ORGS:
            yield Candidate(owner, "organizes_exercise", exercise, None, (match.start() + sentence_start,
                                                                         owner.end), 0.7)
        if owner is not None and owner.type is EntityType.STATE and owner.kind != "demonym" and \
                _JOINT_BEFORE_DRILLS.search(ctx.text, max(sentence_start, match.start() + sentence_start - 80),
                                            match.start() + sentence_start):
            # "Zapad-2021, a joint strategic exercise of Russia and Belarus": the states whose joint exercise it is
            # hold it and take part
            owners = list_after(ctx, owner.start, (EntityType.STATE,), max_gap=0)
            for state in owners if len(owners) >= 2 else ():
                trigger = (match.start() + sentence_start, state.end)
                yield Candidate(state, "organizes_exercise", exercise, None, trigger, 0.7)
                yield Candidate(state, "participates_in_exercise", exercise, None, trigger, 0.7, time)
        if owner is not None and owner.kind == "demonym" and owner.type is EntityType.STATE:
            # "the joint strategic exercise of the Russian and Belarusian armed forces": the states whose forces
            # they are take part
            for state in _demonyms_of_joint_forces(ctx, owner):
                yield Candidate(state, "participates_in_exercise", exercise, None,
                                (match.start() + sentence_start, state.end), 0.7, time)
        forces = _FORCES_OF.match(ctx.text, end) if owner is None else None
        for state in list_after(ctx, forces.end(), (EntityType.STATE,), max_gap=0) if forces else ():
            # "a joint strategic exercise of the armed forces of Russia and Belarus": theirs, and they take part
            # (one of their air forces or navies is theirs to hold: they take part)
            trigger = (match.start() + sentence_start, state.end)
            if forces.group(0).lower().startswith(("armed", "militaries")):
                yield Candidate(state, "organizes_exercise", exercise, None, trigger, 0.7)
            yield Candidate(state, "participates_in_exercise", exercise, None, trigger, 0.7, time)
    # "CSTO drills": an organisation naming the exercise the sentence is about (one not named in it).
    for match in (_finditer(_WORD_BEFORE_EXERCISE_NOUN, ctx) if anchor is None else ()):
        org_start = match.start("org") + sentence_start
        org = next((m for m in ctx.mentions if m.type in ORGS and m.start <= org_start < m.end + 2), None)
        if org is not None and exercise.kind != "anonymous":
            yield Candidate(org, "organizes_exercise", exercise, None, (org.start, match.end() + sentence_start), 0.7)
    for match in (_STATE_LED_EXERCISE.finditer(ctx.sentence.text) if anchor is None and "-led" in ctx.folded else ()):
        # "The Polish-led drills began on June 3": the state that leads the exercise the sentence is about
        leader = next((m for m in ctx.mentions if m.start == sentence_start + match.start()
                       and m.type is EntityType.STATE), None)
        if leader is not None and exercise.kind != "anonymous":
            # (who leads it is no part of the clause's verb: "declined to comment on the Iranian-led drill")
            span = (leader.start, match.end() + sentence_start)
            yield Candidate(leader, "organizes_exercise", exercise, None, span, 0.7, scope=span)
    held = _search_ascii(_HELD_IN, _HELD_IN_LOWER, ctx)
    held_end = _span(held, ctx)[1] if held else 0
    if held and held.group(0)[:4].lower() == "host" and not _HOSTS_THE_DRILLS.match(ctx.text, held_end) \
            and not any(m.type is EntityType.EXERCISE and 0 <= m.start - held_end <= 12 for m in ctx.mentions):
        # the hosting of the drills ("hosted X off Cartagena", "was hosted by Greece on Crete"), not of something
        # else ("hosted ASEAN ministers in Bangkok"): then a verb of holding them, if the sentence has one
        held = next((m for m in _HELD_IN.finditer(ctx.sentence.text) if m.group(0)[:4].lower() != "host"), None)
    # ("The number of multinational exercises in the Black Sea has doubled": exercises in general, where they are
    # held no venue of this one)
    held_at = sentence_start + held.start() if held and held.group(0).lower() in _PLURAL_DRILLS_NOUNS else -1
    generic_at = held_at if held_at >= 0 and _QUANTIFIED_BEFORE.search(
        ctx.text, max(sentence_start, held_at - 40), held_at) else ctx.sentence.end
    if held:
        first_held, held_end = _span(held, ctx)
        # (up to a clause of contrast: "was held at X, while the first edition was conducted at Y"; or another
        # exercise: "such as a humanitarian exercise held in Brunei in 2013")
        contrast = _WHILE_ANOTHER_EDITION.search(ctx.text, first_held, ctx.sentence.end) or \
            _ANOTHER_EXERCISE_HELD.search(ctx.text, sentence_start, ctx.sentence.end)
        background = _BACKGROUND_EVENT_OPENS.search(ctx.sentence.text) is not None
        # (a host's clause only: "Thailand, which hosts X, hosted ministers in Bangkok" holds no venue of X)
        clause_end = ctx.text.find(",", held_end, ctx.sentence.end) if held.group(0)[:4].lower() == "host" and \
            _RELATIVE_OPENS_BEFORE.search(ctx.text, max(ctx.sentence.start, first_held - 30), first_held) else -1
        # ("The Y exercise opened in A. The next ministerial meeting is scheduled for 2027 in Vienna": the meeting's)
        other_event = _ANOTHER_EVENT_AS_SUBJECT.fullmatch(ctx.text, sentence_start, first_held)
        # (not "A visit to the exercise area in X is planned"; nor "The exercise's opening ceremony was held in X": a
        # part of the drills, held where they are)
        # ("A planning meeting for the exercise was held in X": what the meeting is for)
        for_the_drills = _FOR_THE_DRILLS_BEFORE.search(ctx.text, max(sentence_start, first_held - 12), first_held)
        other_event = other_event is not None and not (_DRILLS_NOUN.match(ctx.text, first_held)
                                                       and for_the_drills is None) and not (
            "ceremony" in other_event.group(0) and _DRILLS_OWN.search(other_event.group(0))) or \
            ", whose " in ctx.sentence.text and _ANOTHER_BODYS_EVENT_BEFORE.search(
                ctx.text, max(sentence_start, first_held - 60), first_held) is not None
        port_calls = "call" in ctx.folded or "dock" in ctx.folded or "berth" in ctx.folded
        mission = _SERVING_IN_A_MISSION.search(ctx.text, held_end, ctx.sentence.end) \
            if "mission" in ctx.folded and "serv" in ctx.folded else None
        for mention in ctx.mentions if not other_event else ():
            if contrast is not None and mention.start >= contrast.start() or 0 <= clause_end < mention.start \
                    or mention.start >= generic_at or mission is not None and mention.start > mission.start():
                break
            if _WIDE_REGION.search(mention.label) and _ONE_OF_A_CLASS_IN.search(
                    ctx.text, max(sentence_start, mention.start - 90), mention.start):
                continue  # "one of the largest exercises in the Middle East": the class it stands out in
            if background and _IN_A_BACKGROUND_EVENT.search(ctx.text, max(sentence_start, mention.start - 120),
                                                            mention.start):
                continue  # "The exercise comes weeks after X ..., prompting questions in Lima": that event's
            other_act = _ANOTHER_SUBJECTS_ACT.search(ctx.text, held_end, mention.start) \
                if mention.start > held_end else None
            if other_act is not None and not _HOLDING_VERB.match(other_act.group("verb")) and \
                    not other_act.group("verb").startswith("host"):
                continue  # "the cyber attacks that Lima blames on Quito", "when they met ... in Singapore": its own
            if port_calls and mention.start > held_end and _PORT_CALLS_IN_A_CLAUSE_BEFORE.search(
                    ctx.text, max(held_end, mention.start - 120), mention.start):
                continue  # "..., and Indian warships now call regularly at Lagos, Luanda and Dakar": port calls
            if mention.start in locations and mention.start > min(first_held, anchor.start if anchor else first_held):
                quoted = _quotation_around(ctx, mention.start) if '"' in ctx.sentence.text or "“" in \
                    ctx.sentence.text else None
                if quoted is not None and not _HOLDING_VERB.search(ctx.text, *quoted):
                    continue  # "the drills were aimed 'as much at Washington as at Abu Dhabi'": words quoted,
                    # no holding of the drills among them
                if mention.label != exercise.label:
                    yield Candidate(exercise, "exercise_located_in", mention, None,
                                    (locations[mention.start], mention.end), 0.7)
    for named in explicit:
        # "Japan took part in RIMPAC 2024 off Hawaii", "sent troops to Zapad-2021 in Belarus": a place right after
        # the name is where the drills are (and the list it opens)
        right = _PLACED_RIGHT_AFTER.match(ctx.text, named.end)  # (the cheap test first: most names have none)
        if right is not None and not _JOINED_THE_DRILLS_BEFORE.search(
                ctx.text, max(sentence_start, named.start - 80), named.start):
            right = None
        opener = right.end() if right and locations.get(right.end()) == right.end() else -1
        for mention in ctx.mentions if opener >= 0 and named.label == exercise.label else ():
            if locations.get(mention.start) == opener and mention.label != exercise.label:
                yield Candidate(exercise, "exercise_located_in", mention, None, (named.start, mention.end), 0.7)
    during = _DURING_BEFORE.search(ctx.text, max(sentence_start, anchor.start - 40), anchor.start) \
        if anchor is not None and anchor.label == exercise.label and not held and "during" in ctx.folded else None
    if during is not None and not _NO_VENUE_DURING.search(ctx.text, sentence_start, ctx.sentence.end) and (
            _DRILLING_VERB.search(ctx.text, sentence_start, during.start())
            or not _CAPTION_HAS_A_VERB.search(ctx.text, sentence_start, ctx.sentence.end)):
        # "Marines land at Bowen in Queensland during Talisman Sabre 2023", "Ships sail in formation during Malabar
        # 2024 in the Bay of Bengal": where the caption's troops are, during the drills, is where they are held
        for mention in ctx.mentions:
            if mention.start in locations and mention.label != exercise.label and not (
                    during.start() < mention.start < anchor.start):
                yield Candidate(exercise, "exercise_located_in", mention, None, (locations[mention.start],
                                                                                 mention.end), 0.65)
    if anchor is not None:  # "the Sept. 11-20 'Eagle Partner 2023' exercise": a date that modifies the name
        for start, end, value, kind in ctx.times:
            if kind not in ("year", "weekday", "relative") and "X" not in value and \
                    _DATE_BEFORE_NAME.fullmatch(ctx.text, end, anchor.start):
                yield Candidate(exercise, "exercise_date", None, value, (start, anchor.end), 0.7)
    # A series has no dates of its own: "first held in 2019" is its first edition's, "this year's" this one's.
    dated = _search_ascii(_DATE_VERBS, _DATE_VERBS_LOWER, ctx) if exercise.kind != "series" else None
    # ("In January 2023, Armenia refused to host the exercise": when it refused, not when the drills were held)
    refused = _REFUSED_TO.search(ctx.text, sentence_start, ctx.sentence.end) if dated else None
    # ("The sea phase, scheduled from 16 to 18 April, ...": a phase's dates, up to the exercise named after them)
    phase_until = next((m.start for m in ctx.mentions if m.type is EntityType.EXERCISE), ctx.sentence.end) \
        if dated and _A_PHASE_OPENS.match(ctx.sentence.text) else sentence_start
    if dated and not _RESCHEDULED.search(ctx.sentence.text):
        # "A and B signed a Reciprocal Access Agreement on July 8, allowing their forces to train": dates after an
        # agreement signed in a sentence that names no exercise are the signing's
        signed_before = ctx.sentence.start if anchor is None and any(
            m.type is EntityType.AGREEMENT for m in ctx.mentions) and _SIGNED.search(ctx.sentence.text, ctx.folded) \
            else None  # ("In April, A and B signed an agreement on training": the month is the signing's too)
        times = ctx.times
        days = [t for t in times if len(t[2]) == 10 and t[2][:4].isdigit()]
        for first, last in itertools.pairwise(days):
            if first[2] < last[2] and _THEN_RUNS_UNTIL.fullmatch(ctx.text, first[1], last[0]):
                # "The drills open Tuesday and run through May 22": one span, from the one day to the other
                yield Candidate(exercise, "exercise_date", None, f"{first[2]}/{last[2]}", (first[0], last[1]), 0.7)
                times = [t for t in times if t is not first and t is not last]
        for start, end, value, kind in times:
            if kind == "year" and (not _in_before(ctx.text, start, sentence_start)
                                   or not exercise.year and _SERIES_BEGAN_BEFORE.search(
                                       ctx.text, max(sentence_start, start - 25), start)):
                continue  # "a coast guard exercise that began in 1991": the series', not this edition's
            if (kind == "relative" and "/" in value) or _DATELINE_CITY.match(ctx.text[sentence_start:start]):
                continue  # a relative week is too loose a date; a month or a year will do
            if kind == "weekday" and not _WEEKDAY_VERB.search(ctx.sentence.text):
                continue
            if _ANOTHER_EVENTS_DATE.search(ctx.text[max(sentence_start, start - 45):start]) or \
                    _MEETINGS_DATE.search(ctx.text, max(sentence_start, start - 100), start) or (
                    signed_before is not None and signed_before <= start):
                continue  # "Zakharova said on August 29", "RELOS, signed in February": not the exercise's date
            if _WITHDREW_BEFORE.search(ctx.text, max(sentence_start, start - 80), start):
                continue  # "Serbia pulled out of X last month": when it withdrew, not when X is held
            if _JOINED_BARE_BEFORE.search(ctx.text, max(sentence_start, start - 30), start):
                continue  # "Finland joined in April last year; Sweden followed in March": when each joined
            if _JOINED_IN_AN_ASIDE.search(ctx.text, max(sentence_start, start - 80), start):
                continue  # "The alliance, which Turkey joined in 1952, holds X": when Turkey joined
            if refused is not None and start < refused.start() and \
                    not _HELD_VERB.search(ctx.text, end, refused.start()):
                continue  # (the date of the refusal that follows it; not "Last year, X was held ... after A declined")
            if _IN_A_BACKGROUND_EVENT.search(ctx.text, max(sentence_start, start - 120), start):
                continue  # "... amid the war in X, which began on April 15": that event's date
            if ", whose " in ctx.sentence.text and _ANOTHER_BODYS_EVENT_BEFORE.search(
                    ctx.text, max(sentence_start, start - 90), start):
                continue  # "..., whose next session will open in Lisbon in March": that session's date
            if exercise.year and not value.startswith(str(exercise.year)) and not value.startswith("XXXX") or \
                    start < phase_until:
                continue
            yield Candidate(exercise, "exercise_date", None, value, (start, end), 0.7)
    if named_here and exercise.year and exercise.text.startswith(str(exercise.year)) and not any(
            value.startswith(str(exercise.year)) and not exercise.start <= start < exercise.end
            for start, _, value, _ in ctx.times):
        # "The 2023 edition, held at the same base, ...": the year it is named by is its date
        yield Candidate(exercise, "exercise_date", None, str(exercise.year), (exercise.start, exercise.end), 0.6)


# -- agreements ----------------------------------------------------------------------------------------

# "signed, through their air force commanders, a joint declaration": an aside between the verb and its object
_ASIDE_BEFORE_THE_OBJECT = re.compile(r",\s+(?:in|through|via|at|during)\s[^,;]{2,60},\s+(?:an?|the|their|its)\s+")
# ("A, B and C were among the twelve founding members that signed X": three signers of many)
_AMONG_MORE_SIGNERS = re.compile(r"\b(?:among|one\s+of|some\s+of|part\s+of)\b")
# (not "de-ratified", "un-signed": the undoing of it)
_SIGNED = Cue(re.compile(r"\b(?<!de-)(?<!un-)(?:signed|sign|signs|signing|concluded|conclude|adopted|adopts|"
                         r"adoption\s+of|ratified|ratifies|approved|agreed|inked|sealed|renewed|renews|initiall?ed|"
                         # "Türkiye deposited its instrument of ratification of Sweden's accession protocol"
                         r"deposit(?:ed|s)\s+(?:its|their|the)\s+instruments?\s+of\s+ratification"
                         r"(?:\s+(?:of|to|for))?)\b", re.I),
              "sign", "conclude", "adopt", "ratif", "approved", "agreed", "inked", "sealed", "renew", "initial",
              "deposit")
# "with US backing", "with Germany's Rheinmetall": no third signer
_UNDOING_IT = re.compile(r"\bto\s+(?:\w+ly\s+)?(?:suspend|withdraw|leave|scrap|terminate|exit|denounce|abandon|quit|"
                         r"end|annul|revoke)\b")
_WHOSE_HELP_AFTER = re.compile(r"(?:['’]s|\s+(?:mediation|backing|support|participation|help|assistance|approval|"
                               r"blessing|consent|involvement)\b)")
_WITH_A_PARTY = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+with\s+(?:the\s+)?")
_BY_ANOTHER = re.compile(r"\s+(?:\w+\s+){0,3}?by\b")
# (a time or a place may follow: "... with Mali and Chad in 2023"; not "... with France and India in attendance")
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,.;]|$)|\s+(?:in|on|at)\s+(?=[A-Z0-9])|\s+(?:last|this|earlier|later)\b")
_SIGNED_BY_THEN_WITH = Cue(re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+signed\s+by\s+(?:the\s+)?"),
                           "signed")
# ("a joint communique Lithuania signed with Germany in June": the signer named in the clause)
_IT_SIGNED_WITH = Cue(re.compile(r"\b(?:agreements?|accords?|deals?|pacts?|memorand\w+|treaty|communiqu[eé]|"
                                 # ("The memorandum, which Morocco signed with Israel in 2021,": after a comma)
                                 r"declaration|partnership)(?:,?\s+(?:that|which))?\s+"
                                 r"(?:it|(?P<signer>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))\s+(?:had\s+|has\s+)?"
                                 r"signed\s+with\s+(?:the\s+)?"), "signed")
# ("a roadmap that Germany and Lithuania signed in 2023", "the accord Chile and Peru signed"; not "... signed with
# B", a third party, which _IT_SIGNED_WITH reads for one signer)
# "Egypt's deal with Paris ..., signed in 2015": a state's pact with another, then its signing
_OWN_PACT_WITH = Cue(re.compile(r"(?:’s|'s|(?<=s)['’])\s+"  # ("Solomon Islands' security pact with China")
                                # ("Seoul's cost-sharing deal with Washington")
                                r"(?:(?:new|first|latest|own|\d+-year|[\w-]+-(?:year|billion|million|sharing)|"
                                r"defen[cs]e|security|military|maritime|nuclear|trade)\s+)?"
                                r"(?:deal|agreement|pact|accord|treaty|memorandum|contract)\s+with\s+(?:the\s+)?"),
                     "deal", "agreement", "pact", "accord", "treaty", "memorandum", "contract")
_WHAT_FOR_THEN_SIGNED = re.compile(r"(?:\s+(?:for|on|to)\s+[^,;]{1,50})?,\s+(?:signed|inked|sealed)\b(?!\s+off\b)")
_PACT_A_PAIR_SIGNED = Cue(re.compile(r"\b(?:agreement|accord|deal|pact|memorandum|treaty|communiqu[eé]|declaration|"
                                     r"roadmap|road\s+map|charter|contract|protocol)(?:,?\s+(?:that|which))?\s+"
                                     r"(?P<pair>(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+and\s+(?:the\s+)?"
                                     r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+(?:had\s+|have\s+)?signed\b"
                                     r"(?!\s+with\b)"), "signed")
# ("A and B will sign a defence pact", "... agreed to sign ...": a signing to come)
_PAIR_SIGNED = Cue(re.compile(r"\b(?:(?:have|has|had)\s+)?(?:signed|concluded|sealed|inked|agreed|renewed|initiall?ed|"
                              # (not "failed to sign", "are unlikely to sign")
                              r"will\s+sign|(?<!failed\s)(?<!unlikely\s)(?<!refused\s)(?<!declined\s)to\s+sign)\s+"
                              # "signed in Santiago a memorandum of understanding": where, before what
                              # ("A and B signed such a reciprocal agreement in March": of a kind named before)
                              r"(?:(?:on\s+\w+|for\s+\w+\s+years?|in\s+[A-Z][\w-]+)\s+)?(?:an?|the|a new|such\s+an?)\s+"
                              # ('signed a "no limits" partnership agreement')
                              # (not "signed a letter opposing the new EU defence plan": what it opposes)
                              r"(?:(?![\w-]+ing\s)[\w“”\"-]+\s+){0,6}"
                              r"(?:agreement|accord|deal|treaty|memorandum|pact|partnership|"
                              r"arrangement|declaration|protocol|roadmap|framework|contract|plan|"
                              r"(?<=joint )statement)\b|"
                              # "Russia and Niger on Monday signed documents on strengthening military cooperation"
                              r"\b(?:signed|concluded)\s+(?:several\s+|a\s+number\s+of\s+|[\w-]+\s+)?documents\s+on\b|"
                              # "A and B signed two memorandums of understanding", "signed several defence deals"
                              r"\b(?:(?:have|has|had)\s+)?(?:signed|concluded|sealed|inked)\s+"
                              rf"(?:(?:\d+|{TWO_TO_TEN}|a\s+dozen|several|numerous|"
                              r"multiple|a\s+(?:number|series|raft|package|set)\s+of)\s+)?"
                              r"(?:(?![\w-]+ing\s)[\w-]+\s+){0,3}?"
                              # (not "have signed agreements with more than 20 countries": each with others)
                              r"(?:agreements|accords|deals|treaties|memorand(?:ums|a)|pacts|protocols|contracts)\b"
                              r"(?!(?:\s+of\s+understanding)?\s+with\s+(?!each\s+other\b))",
                              re.I),
                   "signed", "concluded", "sealed", "inked", "agreed", "renewed", "sign", "initial")
_NAMED_AMONG = re.compile(r"\b(?:among\s+them|including|namely|such\s+as|notably|the\s+(?:first|latest|last))\b|[:—–(]")
# "signed two agreements with", "has reciprocal access agreements in force with"
# ("is expected to sign a similar agreement with B", "will sign an accord with B": a signing to come, planned)
# (not "hopes to sign", "was unable to conclude": no signing, nor one set)
_COUNT_AGREEMENTS = Cue(re.compile(r"\b(?:signed|(?<=will )sign|(?<=would )sign|(?<=expected to )sign|"
                                   # (not "had planned to sign ..., but the ceremony was cancelled")
                                   r"(?<=plans to )sign|(?<=plan to )sign|(?<=intends to )sign|"
                                   r"(?<=set to )sign|(?<=due to )sign|(?<=scheduled to )sign|(?<=is )signing|"
                                   r"(?<=are )signing|(?<=, )signing|concluded|"
                                   # ("became the first country to sign such a pact with Ukraine": one signed)
                                   r"(?<=first country to )sign|(?<=first state to )sign|(?<=first nation to )sign|"
                                   r"(?:has|have|had)(?:\s+(?:already|also))?)\s+"
                                   # ("has a status of visiting forces agreement with")
                                   # ("signed a 2.7-billion-euro ($3 billion) contract with", "10-year bilateral
                                   # security agreements with")
                                   # (not "has terminated agreements with": an end, no signing)
                                   r"(?:(?!no\s|to\s|terminated\s|cancell?ed\s|scrapped\s|ended\s|revoked\s|"
                                   r"denounced\s|suspended\s|annulled\s)[\w.$€£()-]+\s+){0,6}"
                                   # ("signed its own pact with Washington", "signed a security and defence
                                   # partnership with the EU")
                                   r"(?:agreements?|accords?|deals?|treaties|memorand\w+|pacts?|partnerships?|"
                                   r"contracts?|protocols?)\s+(?:in\s+(?:force|place)\s+)?with\b|"
                                   # "signed a DCA with Washington": an agreement by an acronym the text gave it
                                   r"\b(?:sign|signs|signed|concluded|inked)\s+(?:an?|the|its)\s+(?-i:[A-Z]{2,6})"
                                   r"\s+with\b", re.I),
                        "agreement", "accord", "deal", "treaties", "memorand", "contract", "protocol", "sign",
                        "concluded", "inked", "pact", "partnership")
_COUNTED_AMONG_THEM = re.compile(rf"\s+(?:(?:some|about|around|more\s+than|over|nearly)\s+)?"
                                 # ("with several African countries, including A, B and C")
                                 # ("with countries including A, B and C")
                                 rf"(?:(?:{_A_COUNT}|several|many|a\s+number\s+of)\s+)?(?:other\s+)?"
                                 r"(?:[A-Z][a-z]+\s+)?(?:countries|states|nations|allies)(?:\s+so\s+far)?,?\s+"
                                 r"(?:among\s+them|including|such\s+as)\s+(?:the\s+)?")
_NAME_GOES_ON_AFTER = re.compile(r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                                 r"March|April|May|June|July|August|September|October|November|December|Sept?|Oct|"
                                 r"Nov|Dec|Jan|Feb|Aug|In|On|At)\b)[A-Z][a-z]|['’]s?\s")
_APPOSITION_SET_OFF = re.compile(r"^,[^,]*,")  # ("the X, another milestone, with Canada")
_ANOTHER_PACT = re.compile(r"\b(?:a|an)\s+(?:similar|separate|second|new|further)\b|\banother\b", re.IGNORECASE)
_NOT_YET_AFTER = re.compile(r"\s+(?:(?:are|is)\s+)?(?:expected|set|due|likely|poised|hoping|yet|to\s+follow)\b")
# ("with Burkina Faso, in 2018, and with Mali", "with Australia in January 2022 and with Britain in 2023", "a
# security agreement with France and a security agreement with Germany")
_AND_WITH_NEXT = re.compile(r"(?:,?\s+(?:in|on)\s+[^,;]{1,25}?)?,?\s+and\s+(?:also\s+)?"
                            r"(?:(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|pact|treaty|memorandum|deal)\s+)?"
                            r"with\s+(?:the\s+)?")


_WHAT_IT_IS_ON = re.compile(r"\s(?:on|for|of|regarding|concerning|about)\s")
# ("the Memorandum of Understanding on Nordic Defence Cooperation": the body it is on, which no party is)
_TOPIC_BEFORE = re.compile(r"\s(?:on|regarding|concerning)\s+(?:the\s+)?$")


def _sign_for_the_pair(ctx: SentenceContext, verb: int, pair: list[Mention]) -> bool:
    """Whether those who sign before ``verb`` sign for the two states named after it: people of whom the text made
    one an official of either before (and none of another), or officials unnamed ("Officials signed ... between A
    and B"); not a mediator or a witness ("Erdogan and Guterres signed a deal ... between Russia and Ukraine", "UN
    and Turkish officials signed")."""
    clause = max(ctx.text.rfind(",", ctx.sentence.start, verb), ctx.sentence.start)
    doers = [m for m in ctx.mentions if clause <= m.start and m.end <= verb]
    states = {m.label for m in pair}
    if not doers:
        return _GENERIC_SIGNERS.search(ctx.text, clause, verb) is not None
    # (the states of their titles are the pair's: "he and President of France X signed ... between A and France")
    doers = [m for m in doers if not (m.type is EntityType.STATE and m.label in states)]
    if not doers or not all(m.type is EntityType.PERSON for m in doers):
        return False
    known = [getattr(ctx.states_of_officials.get(m.label), "label", None) or m.nationality for m in doers]
    # (one of them known as an official of one of the two, none of another state)
    return any(state in states for state in known) and all(state is None or state in states for state in known)


def _signing_for_the_pair(ctx: SentenceContext, agreement: Mention, pair: list[Mention]) -> re.Match[str] | None:
    """The signing verb right before ``agreement`` ("signed an Agreement ... between A and B"), where those who
    signed it signed for ``pair`` (see _sign_for_the_pair); else None."""
    verb = _SIGNED_THE.search(ctx.text, max(ctx.sentence.start, agreement.start - 16), agreement.start)
    return verb if verb is not None and _sign_for_the_pair(ctx, verb.start(), pair) else None


_GENERIC_SIGNERS = re.compile(r"\b(?:officials|representatives|delegations|delegates|envoys|sides|negotiators)\b",
                              re.IGNORECASE)


def _state_of_government(mention: Mention) -> Mention:
    """The state a government is of ("the Russian government" signs for Russia), else ``mention``."""
    if mention.type is EntityType.ORGANIZATION and mention.label.startswith("Government of "):
        return next((m for m in mention.inner if m.type is EntityType.STATE), mention)
    return mention


# "signed documents on strengthening military cooperation between A and B": the pair after what was signed
_BETWEEN_AFTER_SIGNED = re.compile(r"[^,;.]{0,80}?\bbetween\s+")
_BY_A_SIGNER = re.compile(r"\s+by\s+(?:the\s+)?")
_SIGNED_THE = re.compile(r"\b(?:signed|inked|concluded|sealed)\s+(?:an?|the)\s+$")
# "a German-Lithuanian agreement (that A and B) signed": the signing of a pact its pair's adjectives name
_SIGNED_AFTER_A_PAIRS_PACT = re.compile(r"(?:,?\s+(?:that|which)\s+[^,;.]{2,80}?)?\s+(?:(?:had|have|has|was|were)\s+)?"
                                        r"(?:signed|concluded)\b")
_PAIR_OF_ADJECTIVES = re.compile(r"[A-Z][a-z]+[-–][A-Z][a-z]+")
# "a bilateral agreement signed between A and B": the signing before the pair
_SIGNED_BETWEEN = re.compile(r"\s+(?:(?:was|were)\s+)?(?:signed|concluded)\s+(?:in\s+\d{4}\s+)?between\s+")


# "The memorandum, signed by Chilean Defence Minister A and Peruvian Defence Minister B, covers ...": an agreement
# the text does not name, signed by two officials of two states
_UNNAMED_PACT_SIGNED_BY = re.compile(r"(?:The|An?)\s+(?:[a-z-]+\s+){0,3}?"
                                     r"(?:memorandum|agreement|pact|accord|treaty|deal|declaration)"
                                     r"(?:\s+of\s+understanding)?(?:\s+on\s+[a-z][^,;]{2,60}?)?"
                                     r"(?:,\s+|\s+(?:was|were|has\s+been|had\s+been)\s+)signed\s+"
                                     r"(?:(?:in|on|at)\s+[^,;]{2,40}?\s+)?by\s+")


def _unnamed_pact_signed_by_officials(ctx: SentenceContext) -> Iterator[Candidate]:
    opening = _UNNAMED_PACT_SIGNED_BY.match(ctx.sentence.text)
    if opening is None:
        return
    start = ctx.sentence.start + opening.end()
    people = [m for m in ctx.mentions if m.type is EntityType.PERSON and m.start >= start][:2]
    if len(people) < 2 or not _AND_BETWEEN.fullmatch(ctx.text, people[0].end, people[1].start):
        return
    # (each official named by the demonym of a state right before their titles: "Chilean Defence Minister A")
    states = [next((m for m in reversed(ctx.mentions) if m.type is EntityType.STATE and m.kind == "demonym"
                    and start <= m.start and m.end <= person.start and person.start - m.end <= 40), None)
              for person in people]
    if states[0] is not None and states[1] is not None and states[0].label != states[1].label:
        yield Candidate(states[0], "signed_agreement_with", states[1], None, (ctx.sentence.start, people[1].end),
                        0.7)


def _agreements(ctx: SentenceContext) -> Iterator[Candidate]:
    agreements = [m for m in ctx.mentions if m.type is EntityType.AGREEMENT]
    parties_types = _SIGNERS
    yield from _parties_to(ctx, agreements)
    if agreements or ctx.last_agreement is not None:
        yield from _ratified_the_one_named(ctx, agreements)
    if agreements and "normali" in ctx.folded:
        yield from _normalised_under(ctx, agreements)
    if agreements and (" to which " in ctx.folded or " to ratify " in ctx.folded or " to sign " in ctx.folded
                       or " to accede to " in ctx.folded):
        yield from _parties_by_rank_or_accession(ctx, agreements)
    anaphor, referred = _agreement_referred_to(ctx) if not agreements else (None, None)
    if not agreements and referred is None and " by " in ctx.sentence.text:
        yield from _unnamed_pact_signed_by_officials(ctx)
    noun = (anaphor.group("noun") or "").lower() if anaphor else ""
    pronoun = anaphor.group("pronoun") if anaphor else None
    if anaphor is not None and referred is not None:
        # ("The agreement, signed by the two ministers, will enter into force ...": the participle restates a
        # signing told before, and its date holds whatever the main verb says)
        aside_end = ctx.text.find(",", anaphor.end() + 1, ctx.sentence.end) \
            if ctx.text.startswith(",", anaphor.end()) else -1
        states_at = {m.start for m in ctx.mentions if m.type is EntityType.STATE}
        while aside_end > 0 and (listed := _LIST_GOES_ON.match(ctx.text, aside_end)) and listed.end() in states_at:
            aside_end = ctx.text.find(",", listed.end(), ctx.sentence.end)  # "signed by A, B and C, ...": past C
        aside = (anaphor.start(), aside_end) if aside_end > 0 else None
        if aside is None and noun != "document" and (pronoun or anaphor.group(0).startswith(("The ", "This "))):
            # (the document, or the agreement a report names mid-sentence, is one whose signers are known:
            # its date only)
            yield from _signed_by(ctx, referred, ctx.sentence.end)
        elif aside is not None:  # "The agreement, signed by A and B in December, will give ...": the aside's own
            for candidate in _signed_by(ctx, referred, aside_end):
                yield dataclasses.replace(candidate, scope=aside)
        # "The treaty was signed in Bangkok on Dec 15, 1995": when (the first date of the signing's clause)
        signed_end = aside_end if aside else _clause_end(ctx, anaphor.end() + 12)
        when = next((t for t in ctx.times if anaphor.end() <= t[0] < signed_end
                     and t[3] not in ("relative",) and "X" not in t[2]), None)
        if when is not None:
            yield Candidate(referred, "agreement_date", None, when[2], (anaphor.start(), when[1]), 0.7, scope=aside)
        pair = [m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                and anaphor.start("between") <= m.start < anaphor.end("between")] if anaphor.group("between") else []
        for party in pair:  # "The treaty between A and B was signed ...": the pair's
            yield Candidate(referred, "agreement_party", party, None, anaphor.span(), 0.7)
        if len(pair) == 2:
            yield Candidate(pair[0], "signed_agreement_with", pair[1], None, anaphor.span(), 0.7)
    if "ratified" in ctx.folded or "for signature" in ctx.folded:
        yield from _ratified_by_or_opened(ctx, agreements)
    for match in _finditer(_COUNT_AGREEMENTS, ctx):
        start, end = _span(match, ctx)
        # ("Chilean President X signed agreements with A and B": the state of the official who signed)
        signers = [_state_of_government(m) for m in
                   _subjects_before(ctx, start, parties_types) or _sentence_subject(ctx, start)
                   or _signing_officials(ctx, start)]
        counterparts = list_after(ctx, end, parties_types, max_gap=6)
        counted = _COUNTED_AMONG_THEM.match(ctx.text, end) if not counterparts else None
        if counted:  # "has concluded agreements with 28 countries, among them A, B and C"
            counterparts = list_after(ctx, counted.end(), parties_types, max_gap=0)
        while counterparts and (more := _AND_WITH_NEXT.match(ctx.text, counterparts[-1].end)):
            # "... agreements with Burkina Faso, in 2018, and with Mali, in 2019": each "with" names one more
            following = list_after(ctx, more.end(), parties_types, max_gap=0)
            if not following or _NOT_YET_AFTER.match(ctx.text, following[-1].end):
                break  # (not "and with Germany and France expected to follow": no signing yet)
            counterparts += following
        for signer in signers:
            for other in counterparts:
                # "... agreements with Australia, in 2022, and with Britain, in January 2023": the next date
                yield Candidate(signer, "signed_agreement_with", other, None, (start, end), 0.75,
                                _signing_time(ctx, other.end, ctx.sentence.end))
                for agreement in agreements:
                    # "... two accords with the EU, among them the X": named as one of those signed
                    if agreement.start > end and _NAMED_AMONG.search(ctx.text, end, agreement.start):
                        yield Candidate(agreement, "agreement_party", signer, None, (start, end), 0.7)
                        yield Candidate(agreement, "agreement_party", other, None, (start, end), 0.7)
    for match in _finditer(_SIGNED_BY_THEN_WITH, ctx):
        # "Similar documents were signed by Russia with Mali and Burkina Faso": the signer, then the others
        start, end = _span(match, ctx)
        signer = next((m for m in ctx.mentions if m.start == end and m.type in parties_types), None)
        beside = _WITH_A_PARTY.match(ctx.text, signer.end) if signer is not None else None
        others = list_after(ctx, beside.end(), parties_types, max_gap=0) if beside else []
        # (not "signed by Kenya with US backing", "... with Egypt and Qatar acting as mediators": how, not with whom)
        for other in others if others and _CLAUSE_ENDS_AFTER.match(ctx.text, others[-1].end) else ():
            yield Candidate(signer, "signed_agreement_with", other, None, (start, other.end), 0.7)
    for match in _finditer(_IT_SIGNED_WITH, ctx):
        # "trains soldiers under a framework agreement it signed with Mogadishu in 2024": the state named last
        # before "it" ("Russia criticised Armenia over the agreement it signed with the EU": Armenia)
        start, end = _span(match, ctx)
        named = ctx.sentence.start + match.start("signer") if match.group("signer") else -1
        antecedent = next((m for m in ctx.mentions if m.start == named and m.type is EntityType.STATE
                           and m.kind != "demonym"), None) if named >= 0 else next(
            (m for m in reversed(ctx.mentions) if m.end <= start and m.type is EntityType.STATE
             and m.kind != "demonym"), None)
        for signer in [antecedent] if antecedent is not None else []:
            for other in list_after(ctx, end, parties_types, max_gap=0):  # (the relative clause's own modality)
                yield Candidate(signer, "signed_agreement_with", other, None, (start, other.end), 0.7,
                                _signing_time(ctx, other.end, ctx.sentence.end), scope=(start, other.end))
    for match in _finditer(_OWN_PACT_WITH, ctx) if "signed" in ctx.folded or "inked" in ctx.folded else ():
        # "Egypt's deal with Paris for 24 Rafale jets, signed in February 2015,": the holder and the other signed a
        # pact kg may not name (the aside's own modality)
        start, end = _span(match, ctx)
        holder = next((m for m in ctx.mentions if m.end == start and m.type is EntityType.STATE
                       and m.kind != "demonym"), None)
        other = next((m for m in ctx.mentions if m.start == end and m.type is EntityType.STATE
                      and m.kind != "demonym"), None)
        signed = _WHAT_FOR_THEN_SIGNED.match(ctx.text, other.end) if holder and other else None
        if signed is not None and holder.label != other.label:
            span = (holder.start, signed.end())
            yield Candidate(holder, "signed_agreement_with", other, None, span, 0.7,
                            _signing_time(ctx, signed.end(), _clause_end(ctx, signed.end())), scope=span)
    for match in _finditer(_PACT_A_PAIR_SIGNED, ctx):
        # "The deal builds on a roadmap that Germany and Lithuania signed in Vilnius in 2023": a pact kg may not
        # name, signed by the pair of the relative clause (in that clause's modality)
        start, end = _span(match, ctx)
        pair = list_after(ctx, ctx.sentence.start + match.start("pair"), parties_types, max_gap=0)
        if len(pair) == 2 and pair[1].end == ctx.sentence.start + match.end("pair"):
            yield Candidate(pair[0], "signed_agreement_with", pair[1], None, (start, end), 0.7,
                            _signing_time(ctx, end, _clause_end(ctx, end)), scope=(start, end))
    # "Lithuania and Poland have signed an agreement on ...": the signers signed with each other.
    for match in _finditer(_PAIR_SIGNED, ctx):
        start, end = _span(match, ctx)
        signers = _subjects_before(ctx, start, parties_types)
        two = _THE_TWO_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 30), start)
        named = _pair_named_before(ctx, two.start()) if two else []
        if len(named) == 2:  # "France has had a treaty with Germany since 2019, when the two countries signed ...": the
            signers = named  # pair the sentence named before
        between = _BETWEEN_AFTER_SIGNED.match(ctx.text, end) if len(signers) < 2 else None
        pair = list_after(ctx, between.end(), parties_types, max_gap=4) if between else []
        if len(pair) == 2 and not signers and _sign_for_the_pair(ctx, start, pair):
            # "A and B signed documents on military cooperation between Niger and Russia": their officials signed
            # for the pair named after
            signers = pair
        officials = _signing_officials(ctx, start) if not signers else []
        people = [m for m in ctx.mentions if m.type is EntityType.PERSON and m.start < start] \
            if len(officials) == 2 else []
        if len(people) == 2 and not _SAID_BETWEEN.search(ctx.text, people[0].end, start):
            # "Russian President X and North Korean leader Y signed the agreement": their states (not two of three
            # people, "X, Peruvian President Y and Bolivian President Z signed"; nor a speaker and a signer, "X
            # said Y signed")
            signers = officials
        # "Ukraine and Ireland on June 23 signed an agreement", "... signed a pact on Monday"
        # (or the date the sentence opens with: "In June 2022, A and B signed ...")
        when = (_signing_time(ctx, signers[-1].end, _clause_end(ctx, end)) or _fronted_time(ctx, start)) \
            if signers else None
        with_other = _WITH_A_PARTY.match(ctx.text, end)
        # (not "A and B signed a memorandum with C": each with C)
        with_a_third = with_other is not None and any(
            m.start == with_other.end() and m.type in parties_types and m.kind != "demonym"
            and not _WHOSE_HELP_AFTER.match(ctx.text, m.end) for m in ctx.mentions)
        if len(signers) == 2 and not with_a_third:  # bilateral: "signed with" says nothing of each pair among five
            yield Candidate(signers[0], "signed_agreement_with", signers[1], None, (start, end), 0.75, when)
        elif len(signers) == 3 and not with_a_third and (
                "trilateral" in match.group(0).lower() or all(s.type is EntityType.STATE for s in signers)
                # (not "A, B and C were among the twelve founding members that signed X": three of many)
                and not _AMONG_MORE_SIGNERS.search(ctx.text, signers[-1].end, start)):
            # "A, B and C signed a (trilateral) memorandum": each with the two others (not of five: a treaty of
            # many is no pact of each with each)
            for first, second in itertools.combinations(signers, 2):
                yield Candidate(first, "signed_agreement_with", second, None, (start, end), 0.75, when)
        the_one = _THE_AGREEMENT_SIGNED.search(match.group(0)) if signers and not agreements and \
            ctx.last_agreement is not None and not ctx.text.startswith(("'s", "’s"), end) else None
        if the_one is not None and (the_one.group("noun").lower() in ctx.last_agreement.label.lower()
                                    or the_one.group("noun").lower() in _ANY_AGREEMENT_NOUNS
                                    and _pact_being_signed(ctx, when, start + the_one.end("noun"))):
            # "Finland and the United States signed the agreement in Washington": the one named before (by its own
            # noun; or by one any pact has, "the agreement", right after a sentence on its signing or ratification)
            referred = dataclasses.replace(ctx.last_agreement, start=start + the_one.start("noun"),
                                           end=start + the_one.end("noun"))
            for signer in signers:
                yield Candidate(referred, "agreement_party", signer, None, (start, end), 0.7)
            if when is not None:
                yield Candidate(referred, "agreement_date", None, when, (start, end), 0.7)
    # Each signing verb's listed objects and their own dates (found once for all the agreements of the sentence)
    listings: dict[int, tuple[list[Mention], list[tuple[int, int, str, str] | None]]] = {}
    for agreement in agreements:
        # "The X Agreement was signed in Vilnius on 18 March 2025": a passive signing and its date.
        # ... or a participle: "the X Treaty, signed in Tashkent in 1992, ...".
        passive = _PASSIVE_SIGNING.match(ctx.text[agreement.end:ctx.sentence.end])
        offset = agreement.end  # where the words of the signing follow on
        coordinated = AND_THE_GAP.match(ctx.text, agreement.end) if passive is None else None
        second = next((m for m in agreements if m.start == coordinated.end()), None) if coordinated else None
        if second is not None:
            # "The X and the Y were signed at the summit by A, B and C": the first is signed as the second is
            passive = _PASSIVE_SIGNING.match(ctx.text[second.end:ctx.sentence.end])
            offset = second.end
            if passive is None or not _PLURAL_AUXILIARY.match(passive.group("auxiliary") or ""):
                passive = None
        if passive:
            span_end = offset + passive.end()
            # a participle ("the X Treaties, signed in 1977, under which ...") states its date whatever the main
            # clause does ("Panama will not accept bases, a position rooted in the X Treaties, signed in 1977")
            participle = passive.group("auxiliary") is None
            # ("The X Agreement, signed by A and B on Monday, will take effect ...": the participle's aside has
            # its own modality, whatever the main verb's, and its own date: not "... is the first ... under a
            # declaration agreed in July 2023")
            # ("the X Arrangement, or TISA, signed in December 2014": past its acronym)
            acronym = _OR_ITS_ACRONYM.match(ctx.text, agreement.end) if participle else None
            opening = _ASIDE_AFTER_AGREEMENT.match(ctx.text, acronym.end() if acronym else agreement.end) \
                if participle else None
            # (a date's comma is none: "signed on Nov. 2, 2010, by A and B")
            comma = _COMMA_ENDING_AN_ASIDE.search(ctx.text, opening.end(), span_end) if opening else None
            while comma is not None and _between_list_items(ctx, comma.start()):
                # (nor a list's: "signed by Chile, Peru and Ecuador in 2015,")
                comma = _COMMA_ENDING_AN_ASIDE.search(ctx.text, comma.end(), span_end)
            aside_end = comma.start() if comma else -1
            dated_until = aside_end if aside_end > 0 else span_end
            # ("The X Accord, which entered into force in 2020, was signed in 2019": the relative clause's time is
            # no signing's)
            dated_from = offset + passive.end("relative") if passive.group("relative") else offset
            for t_start, t_end, value, kind in ctx.times:
                # (a weekday where the main clause says so: "The X contract was signed Thursday in Belgrade")
                # (or in a participle, one counted back: "Resolution 2729, adopted last Tuesday,")
                if dated_from <= t_start < dated_until and kind != "relative" and (
                        kind != "weekday" or (not participle or ctx.text.endswith("last ", 0, t_start))
                        and not value.startswith("XXXX")):
                    yield Candidate(agreement, "agreement_date", None, value, (agreement.start, t_end), 0.75,
                                    scope=(agreement.start, t_end) if participle else None)
                    break
            for candidate in _signed_by(ctx, agreement, span_end):
                yield dataclasses.replace(candidate, scope=(agreement.start, aside_end)) \
                    if aside_end > 0 and candidate.scope is None else candidate
        # Parties named in the agreement's own name ("Accession Protocols for Finland and Sweden",
        # "the Lithuanian–Polish ... Agreement").
        # ("the NATO-Ukraine Charter": a pair's, not the body's own)
        own_charter = (_BODYS_OWN_CHARTER.search(agreement.label) is not None
                       # ("the United Nations Convention on the Law of the Sea": a body's convention, which its
                       # members join, not the body)
                       or _BODYS_CONVENTION.match(agreement.label) is not None) and \
            sum(inner.type in parties_types for inner in agreement.inner) < 2
        for inner in agreement.inner:
            if any(other.start <= inner.start and inner.end <= other.end and other.end - other.start > inner.end -
                   inner.start for other in agreement.inner):
                continue  # "Guinea" of "Papua New Guinea": a name inside a longer one
            if inner.type in parties_types and inner.kind in ("gazetteer", "demonym") and not _BROKERED.match(
                    ctx.text, inner.end) and not _REGION_PREFIX.search(ctx.text, max(0, inner.start - 6), inner.start) \
                    and not _ESTABLISHING_BEFORE.search(ctx.text, agreement.start, inner.start) \
                    and not ((agreement.label.startswith("Pledge") and ctx.text.endswith("for ", 0, inner.start))
                             or _GIVEN_FOR_BEFORE.search(ctx.text, max(agreement.start, inner.start - 20),
                                                         inner.start)) \
                    and not (agreement.label[:1].islower() and _WHAT_IT_IS_ON.search(ctx.text, agreement.start,
                                                                                      inner.start)) \
                    and not (inner.type in ORGS and (_OF_THE_BODY_BEFORE.search(ctx.text, agreement.start, inner.start)
                                                     or own_charter
                                                     or _TOPIC_BEFORE.search(ctx.text, agreement.start, inner.start))):
                # (nor the court of "the Rome Statute of the International Criminal Court": what it sets up; nor
                # the body of "the United Nations Charter", "the OAS Charter", whose members are its parties)
                # (not China of "a China-brokered agreement": its mediator; nor the US of "Inter-American"; nor
                # the body "the Treaty Establishing the Regional Security System" sets up; nor Germany of "an
                # agreement on stationing German troops", what it is about; nor Chile of "a Pledge of Security
                # Assistance for Chile", to whom it is given, nor Peru of "the Joint Declaration of Support for Peru")
                # ("has not yet ratified Sweden's accession protocol": Sweden is its party all the same)
                named = (agreement.start, agreement.end) if agreement.label.startswith("Accession Protocol") else None
                yield Candidate(agreement, "agreement_party", inner, None, (agreement.start, agreement.end), 0.75,
                                scope=named)
        named_pair = [m for m in agreement.inner if m.type is EntityType.STATE and m.kind == "gazetteer"] \
            if " between " in agreement.text else []
        verb = _signing_for_the_pair(ctx, agreement, named_pair) \
            if len(named_pair) == 2 and named_pair[0].label != named_pair[1].label else None
        if verb is not None:
            # "X and President of France Y signed an Agreement on Security Cooperation between Ukraine and France":
            # the pair its name gives signed it with each other
            yield Candidate(named_pair[0], "signed_agreement_with", named_pair[1], None, (verb.start(), agreement.end),
                            0.7, _signing_time(ctx, agreement.end, _clause_end(ctx, agreement.end)))
        adjectives = [m for m in agreement.inner if m.type is EntityType.STATE and m.kind == "demonym"] \
            if agreement.label[:1].isupper() and agreement.label.split(None, 1)[-1][:1].islower() else []
        signed = _SIGNED_AFTER_A_PAIRS_PACT.match(ctx.text, agreement.end) \
            if len(adjectives) == 2 and adjectives[0].label != adjectives[1].label and \
            _PAIR_OF_ADJECTIVES.fullmatch(ctx.text, agreement.start, adjectives[1].end) else None
        if signed is not None:
            # "a German-Lithuanian agreement that A and his Lithuanian counterpart B signed in Vilnius": the pair its
            # adjectives name signed it with each other
            yield Candidate(adjectives[0], "signed_agreement_with", adjectives[1], None,
                            (agreement.start, signed.end()), 0.7,
                            _signing_time(ctx, signed.end(), _clause_end(ctx, signed.end())))
        launched = _PROGRAMME_LAUNCHED.match(ctx.text, agreement.end) if agreement.label.endswith(
            _LAUNCHED_HEADS) or agreement.kind == "gazetteer" else None
        when = _first_date(ctx, launched.end(), _clause_end(ctx, launched.end())) if launched else None
        if when is not None:  # "PESCO was launched in December 2017", "the EPF, an off-budget fund created in 2021"
            yield Candidate(agreement, "agreement_date", None, when, (agreement.start, launched.end()), 0.7)
        elif (agreement.label.endswith(_LAUNCHED_HEADS) or agreement.kind == "gazetteer") and (
                launch := _LAUNCHED_BEFORE.search(ctx.text, max(ctx.sentence.start, agreement.start - 20),
                                                  agreement.start)):
            # "NATO launched the Partnership for Peace in 1994" (the date in the launch's own clause, or fronted:
            # "In 1994, NATO launched the X")
            when = _first_date(ctx, agreement.end, _clause_end(ctx, agreement.end)) or _fronted_time(
                ctx, agreement.start)
            if when is not None:
                yield Candidate(agreement, "agreement_date", None, when, (launch.start(), agreement.end), 0.7)
        dated = _AGREEMENT_DATES_FROM.match(ctx.text, agreement.end) if "dat" in ctx.folded else None
        when = _first_date(ctx, dated.end(), dated.end() + 1) if dated else None
        if when is not None:  # "The X between NATO and Georgia dates from 2004", "The X dates back to 1998"
            yield Candidate(agreement, "agreement_date", None, when, (agreement.start, dated.end()), 0.7)
        endorsed = _ENDORSED_AT.match(ctx.text, agreement.end) if "ed at" in ctx.folded else None
        # (up to what they agreed to do: "agreed at the Wales Summit to fully implement by 2016")
        to_do = _TO_DO.search(ctx.text, endorsed.end(), ctx.sentence.end) if endorsed else None
        when = _first_date(ctx, endorsed.end(), to_do.start() if to_do else _clause_end(ctx, endorsed.end())) \
            if endorsed else None
        if when is not None:
            # "the X Package, which Allied leaders endorsed at the Wales Summit in September 2014", "the X, a set of
            # measures agreed at a NATO summit in Wales last September": adopted then
            yield Candidate(agreement, "agreement_date", None, when, (agreement.start, endorsed.end()), 0.7,
                            scope=(agreement.start, endorsed.end()))
        owners = _COUNTED_OWNERS_BEFORE.search(ctx.text, max(ctx.sentence.start, agreement.start - 40),
                                               agreement.start) if "’ " in ctx.text or "' " in ctx.text else None
        size = _NUMBER_WORDS[owners.group("count").lower()] if owners else 0
        here = [m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                and ctx.sentence.start <= m.start < owners.start()] if owners else []
        if here and list_after(ctx, here[0].start, (EntityType.STATE,), max_gap=0) != here:
            here = []  # (a pair named together, "A and B said ...", not "China criticised Japan over ...")
        # (the states this sentence names before it, else the last such list the text named)
        for party in (here if len(here) == size else _last_pair(ctx) if size == 2 else _last_list_of(ctx, size)) \
                if owners else ():
            # "since the two countries' Reciprocal Access Agreement entered into force": the pair spoken of
            yield Candidate(agreement, "agreement_party", party, None, (owners.start(), agreement.end), 0.7)
        yield from _signed_in_relative(ctx, agreement, parties_types)
        yield from _cooperating_through(ctx, agreement, parties_types)
        pair_under = _THE_TWO_UNDER.search(ctx.text, max(ctx.sentence.start, agreement.start - 90), agreement.start) \
            if "two" in ctx.folded else None
        for party in (_pair_named_before(ctx, pair_under.start()) or _last_pair(ctx)) if pair_under else ():
            # "The two countries have cooperated under a security cooperation agreement signed in 1982": the pair
            yield Candidate(agreement, "agreement_party", party, None, (pair_under.start(), agreement.end), 0.7)
        yield from _granted_a_programme(ctx, agreement)
        yield from _signed_in_passive_relative(ctx, agreement)
        bound = _BOUND_BY.search(ctx.text, ctx.sentence.start, agreement.start) if "bound by" in ctx.folded else None
        if bound is not None and (bound.end() == agreement.start or _YEAR_THEN_NAME.fullmatch(
                ctx.text, bound.end(), agreement.start)):  # "A and B are bound by a 1951 Mutual Defense Treaty"
            bound_pair = _subjects_before(ctx, bound.start(), parties_types)
            for party in bound_pair:
                yield Candidate(agreement, "agreement_party", party, None, (bound.start(), agreement.end), 0.75)
            if len(bound_pair) == 2 and all(party.type is EntityType.STATE for party in bound_pair):
                # (a treaty that binds two states is one they signed with each other)
                yield Candidate(bound_pair[0], "signed_agreement_with", bound_pair[1], None,
                                (bound_pair[0].start, agreement.end), 0.7)
        held = _HELD_BY_PAIR.search(ctx.text, max(ctx.sentence.start, agreement.start - 70), agreement.start) \
            if not _WITH_BESIDE.match(ctx.text, agreement.end) else None
        holders = _subjects_before(ctx, held.start(), (EntityType.STATE,)) if held is not None else []
        for party in holders if len(holders) >= 2 else ():  # "A and B have an agreement on ... dating back to"
            yield Candidate(agreement, "agreement_party", party, None, (held.start(), agreement.end), 0.7)
        yield from _signed_with_after(ctx, agreement)
        dating = _DATING_BACK.search(ctx.text, agreement.end, min(agreement.end + 80,
                                                                  _clause_end(ctx, agreement.end))) \
            if "back to" in ctx.folded else None
        since = _time_starting_at(ctx, dating.end()) if dating else None  # (the times are found only if asked)
        if since is not None:  # "a Visiting Forces Agreement with the US dating back to 1998": when it was made
            yield Candidate(agreement, "agreement_date", None, since, (agreement.start, dating.end()), 0.7)
        year = _year_of_agreement(ctx, agreement)
        if year is not None:  # "the 1936 Montreux Convention", "the Manila Pact of 1954"
            # (what the name says holds whatever the verb does: "Russia has not joined the 1997 Ottawa Convention")
            named = (min(agreement.start, year[0]), max(agreement.end, year[1]))
            yield Candidate(agreement, "agreement_date", None, year[2], named, 0.7, scope=named)
        beside = _WITH_BESIDE.match(ctx.text, agreement.end)
        if beside is not None and _DEPOSITARY_AFTER.match(ctx.text, agreement.end) and _DEPOSITED_BEFORE.search(
                ctx.text, max(ctx.sentence.start, agreement.start - 80), agreement.start):
            # "deposited its instrument of ratification of X with the State Department": the depositary (but "... of
            # the defence cooperation agreement with the United States": the other party)
            beside = None
        # (not Somalia of "a memorandum with Somalia's breakaway region of Somaliland": the region's)
        others = [m for m in list_after(ctx, beside.end(), parties_types, max_gap=0)
                  if not _POSSESSIVE_AFTER.match(ctx.text, m.end)] if beside else []
        for party in others:  # "the Nakamarra Treaty with Nauru (December 2024)": its other party
            yield Candidate(agreement, "agreement_party", party, None, (agreement.start, party.end), 0.7)
        signed_then = _SIGNED_PARTICIPLE.match(ctx.text, others[-1].end) if others else None
        when = _signing_time(ctx, signed_then.end(), _clause_end(ctx, signed_then.end())) if signed_then else None
        if when is not None:  # "has a status of forces agreement with Canada, signed in 2009": when it was signed
            span = (agreement.start, signed_then.end())
            yield Candidate(agreement, "agreement_date", None, when, span, 0.7, scope=span)
        with_at = agreement.end + beside.group(0).index("with") if beside else -1
        if beside and not others and _WITH_THE_BLOC.match(ctx.text, with_at - 1):
            referred = _org_reference(ctx, with_at + len("with"))  # "... with the alliance"
            if referred is not None and referred.part_of:  # not "NATO's North Atlantic Council": NATO
                referred = next((m for m in ctx.mentions if m.label == referred.part_of), referred)
            others = [referred] if referred is not None else []
        holder = _agreement_holder(ctx, agreement) if others else None
        for party in ([holder, *others] if holder is not None else ()):
            # "Serbia's ITPP with the alliance", "its first IPAP with NATO", "has an ITPP with the alliance"
            yield Candidate(agreement, "agreement_party", party, None, (agreement.start, party.end), 0.7)
        if holder is not None and signed_then is None and len(others) == 1 and holder.type is EntityType.STATE \
                and others[0].type is EntityType.STATE and _HAS_BEFORE.search(
                    ctx.text, max(ctx.sentence.start, agreement.start - 30), agreement.start):
            # "The Philippines has a Visiting Forces Agreement (VFA) with the United States": a pair's pact
            yield Candidate(holder, "signed_agreement_with", others[0], None, (holder.start, others[0].end), 0.7)
        if holder is not None and signed_then is not None and len(others) == 1 and \
                holder.type is EntityType.STATE and others[0].type is EntityType.STATE:
            # "Japan's Reciprocal Access Agreement with Australia, signed in January 2022,": the two signed it
            span = (holder.start, signed_then.end())
            yield Candidate(holder, "signed_agreement_with", others[0], None, span, 0.7, when, scope=span)
        between = re.search(r"\b(?:between|among)\s+", ctx.text[agreement.end:ctx.sentence.end])
        if between and between.start() < 80 and not _apposed_to_an_organisation(ctx, agreement):
            position = agreement.end + between.end()
            parties = list_after(ctx, position, parties_types, max_gap=6)
            if not parties and _THE_TWO_COUNTRIES.match(ctx.text, position):  # "between the two countries"
                parties = _last_pair(ctx)
            for party in parties:  # (a pair named before this sentence has no place in it: the agreement's span)
                trigger = (agreement.start, party.end if party.start > agreement.end else agreement.end)
                yield Candidate(agreement, "agreement_party", party, None, trigger, 0.75)
            signed = _SIGNED_PARTICIPLE.match(ctx.text, parties[-1].end) or _WAS_SIGNED.match(
                ctx.text, parties[-1].end) or _SIGNED_BETWEEN.fullmatch(ctx.text, agreement.end, position) \
                if len(parties) == 2 and parties[-1].start > agreement.end else None
            if signed is None and len(parties) == 2 and parties[-1].start > agreement.end:
                # "X and President of France Y signed an agreement on cooperation between Ukraine and France":
                # those who signed it for the pair after "between"
                signed = _signing_for_the_pair(ctx, agreement, parties)
            if signed and all(p.type is EntityType.STATE for p in parties) and \
                    not _BY_ANOTHER.match(ctx.text, signed.end()):  # (not ", signed by Russia as mediator,")
                # "the defence agreement between A and B, signed in 2021, ...": the pair signed it with each other
                span = (agreement.start, signed.end())
                yield Candidate(parties[0], "signed_agreement_with", parties[1], None, span, 0.7,
                                scope=span if signed.group(0).startswith(",") else None)
        for match in _finditer(_SIGNED, ctx):
            start, end = _span(match, ctx)
            if end not in listings:
                listings[end] = _listing(ctx, agreements, end)
            listed, own_dates = listings[end]
            in_list = next((i for i, m in enumerate(listed) if m is agreement), None)
            if not (start < agreement.start and (agreement.start - end < 40 or _FIRST_OF_TWO_SIGNED.fullmatch(
                    ctx.text, end, agreement.start) or in_list is not None
                    or _ASIDE_BEFORE_THE_OBJECT.fullmatch(ctx.text, end, agreement.start))):
                continue
            if any(0 <= start - other.end <= 2 for other in agreements):
                continue  # "the Aachen Treaty signed in 2019, and to Italy by the Quirinal Treaty": a participle
            if "," in ctx.text[end:agreement.start] and any(
                    _PARTY_THEN_COMMA.fullmatch(ctx.text, other.end, start) for other in agreements):
                continue  # "the X with the United States, signed in 1998, and the Y": the aside of the one before
            if _IT_AFTER.match(ctx.text, end):
                continue  # "refused to sign it, arguing that it undermines the NPT": "it" is what is signed
            if _UNDOING_IT.search(ctx.text, end, agreement.start):
                continue  # "approved a motion to fully suspend the X Agreement": no signing of it
            if _SOMETHING_UNDER_IT.search(ctx.text, end, agreement.start):
                continue  # "approved 11 new projects under the bloc's PESCO": the projects are what is approved
            signers = _subjects_before(ctx, start, parties_types)
            # ("after signing", "by signing", ", signing": the subject of the clause the gerund hangs on signs)
            gerund = _AFTER_SIGNING.search(ctx.text, max(ctx.sentence.start, start - 12), end)
            gerunds_subject = _opening_states(ctx) if gerund is not None else []
            if signers and gerunds_subject and gerunds_subject[-1].end < signers[0].start:
                signers = gerunds_subject  # "A angered B by signing a memorandum with C": A signed it, not B
            officials = _signing_officials(ctx, start) if len(signers) <= 1 else []
            if len(signers) == 1 and not (len(officials) > 1 and signers[0].label in {m.label for m in officials}):
                officials = []  # ("Hegseth and Indian Defence Minister X signed": India, and the US named before)
            signers = officials or signers or _signing_state_body(ctx, start)
            aside = _DASHED_ASIDE_BEFORE.search(ctx.text, ctx.sentence.start, start) if not signers else None
            if aside is not None:  # "the defence ministers of A, B and C – X, Y and Z respectively – signed"
                signers = _subjects_before(ctx, aside.start(), parties_types)
                if signers and ctx.text[signers[-1].end:aside.start()].strip():
                    signers = []  # (not "After Turkey hosted the talks – the first in years – both sides signed")
            opening = _opening_state(ctx) if not signers and _AND_PERHAPS_DUE_TO_BEFORE.search(
                ctx.text, max(ctx.sentence.start, start - 40), start) else []
            if opening and not any(m.type is EntityType.STATE and m.start < start for m in ctx.mentions[1:]):
                signers = opening  # "Moldova has been a member of the PfP since 1994 and signed an IPAP"
            if not signers and gerund is not None:
                signers = gerunds_subject  # "X joined NATO in 2020, two years after signing the Y with Greece"
            if not signers:
                signer_context = ctx.text[max(ctx.sentence.start, start - 40):start]
                signers = [m for m in ctx.mentions if m.type in parties_types and m.end <= start
                           and m.start >= start - 40 and m.kind == "gazetteer"
                           and re.search(r"\b(?:Ambassadors?|leaders?|ministers?|officials?|representatives?|"
                                         r"envoys?|Allies)\b", signer_context)][:1]
            # ("NATO's North Atlantic Council adopted the IPAP": the organisation its body acts for)
            signers = [next((m for m in ctx.mentions if m.label == s.part_of and m.end <= s.start), s)
                       if s.part_of and s.type in ORGS else s for s in signers]
            for signer in signers:
                yield Candidate(agreement, "agreement_party", signer, None, (start, end), 0.75)
            beneficiary = _FOR_A_STATE.match(ctx.text, agreement.end)
            for state in list_after(ctx, beneficiary.end(), (EntityType.STATE,), max_gap=0) if beneficiary else ():
                yield Candidate(agreement, "agreement_party", state, None, (start, state.end), 0.7)  # "... for Serbia"
            if match.group(0).lower().startswith("deposit"):
                break  # "deposited its instrument of ratification with the State Department": a depositary, no signer
            comma = _signers_clause(ctx, start) - 1
            if len(signers) == 2 and signers == officials and not any(  # two leaders signed: their states did
                    m.type is EntityType.PERSON and m.end == comma for m in ctx.mentions):  # (not two of three)
                yield Candidate(signers[0], "signed_agreement_with", signers[1], None, (start, end), 0.7,
                                _signing_time(ctx, start, ctx.sentence.end))
            # ("signed a pact on Sept. 3 with B": the point of a month's abbreviation before its day goes on)
            with_party = re.match(r"(?:[^.;]|\.(?=\s+\d)){0,60}?\bwith\s+(?:the\s+)?",
                                  ctx.text[agreement.end:ctx.sentence.end])
            # "signed X in 2022 and concluded a similar accord with Britain": Britain signed another (but "the X,
            # another milestone, with Canada": an apposition on this one)
            another_pact = with_party is not None and _ANOTHER_PACT.search(
                _APPOSITION_SET_OFF.sub("", with_party.group(0))) is not None
            with_at = agreement.end + with_party.end() if with_party else -1
            if in_list is not None and (colon := _COLON_LIST.fullmatch(ctx.text, end, listed[0].start)):
                # "signed the other three with the United States earlier: the X in 2002, ...": the "with" before
                # the list's colon names the counterpart of each
                with_party = re.search(r"\bwith\s+(?:the\s+)?", colon.group(0))
                with_at = end + with_party.end() if with_party else -1
            if with_party:
                when = _signing_time(ctx, start, _clause_end(ctx, with_at))
                others = [m for m in list_after(ctx, with_at, parties_types, max_gap=4)
                          if not _POSSESSIVE_AFTER.match(ctx.text, m.end)]
                counterpart = _COUNTERPART_AT.match(ctx.text, with_at) if not others else None
                if counterpart is not None:  # "X signed a pact with his Chilean counterpart": Chile
                    others = [m for m in ctx.mentions if m.start == counterpart.start("demonym")
                              and m.type is EntityType.STATE]
                if not others:  # "signed a pact with Dutch Prime Minister X": the state of the official
                    others = [m for m in ctx.mentions if m.start == with_at and m.type is EntityType.STATE
                              and any(p.type is EntityType.PERSON and 0 < p.start - m.end <= 60
                                      and _TITLES_OF_A_STATE.fullmatch(ctx.text, m.end, p.start) for p in ctx.mentions)]
                if not others and _WITH_THE_BLOC.match(ctx.text, agreement.end):
                    referred = _org_reference(ctx, agreement.end + with_party.end() - len("the "))
                    others = [referred] if referred is not None else []  # "with the Alliance": the one named last
                by_other = _BY_A_SIGNER.match(ctx.text, others[-1].end) if others else None
                if by_other is not None:  # "approved a memorandum signed with Turkey by Azerbaijan": that one's
                    signers = [m for m in ctx.mentions if m.start == by_other.end() and m.type in parties_types][:1]
                    for signer in signers:
                        yield Candidate(agreement, "agreement_party", signer, None, (start, end), 0.7)
                for other in others:
                    if not another_pact:
                        yield Candidate(agreement, "agreement_party", other, None, (start, end), 0.75)
                    for signer in signers:
                        yield Candidate(signer, "signed_agreement_with", other, None, (start, end), 0.7,
                                        None if another_pact else when)
                more = _AND_WITH_NEXT.match(ctx.text, others[-1].end) if others and not another_pact else None
                following = list_after(ctx, more.end(), parties_types, max_gap=0) if more else []
                for other in following if following and not _NOT_YET_AFTER.match(ctx.text, following[-1].end) else ():
                    # "signed a similar agreement with Australia in January 2022 and with Britain in January 2023":
                    # another pact of its kind, with the next party, at the next date
                    for signer in signers:
                        yield Candidate(signer, "signed_agreement_with", other, None, (start, end), 0.7,
                                        _signing_time(ctx, other.end, ctx.sentence.end))
            # The date of this signing: in the clause of its verb ("On Tuesday, A and B signed", not "left
            # in 2000 but signed" or "signed X in 2025, four years after B signed") up to the clause's end.
            clause_starts = list(_CLAUSE_OPENER.finditer(ctx.text, ctx.sentence.start, start)) + [
                opener for opener in _AND_THEN_WHEN.finditer(ctx.text, ctx.sentence.start, start)  # ", and in 2015 X"
                # (not "... on 3 May 2024, and Chile signed the X on the same day": the day given before)
                if opener.group(0).startswith(", and in") or not _THE_SAME_DAY.search(ctx.sentence.text)]
            clause_starts.sort(key=lambda m: m.end())
            low = clause_starts[-1].end() if clause_starts else ctx.sentence.start
            if match.group(0).lower().startswith(("ratif", "renew", "deposit")):
                break  # "The Duma on Tuesday ratified the X", "renewed their 2015 pact on Monday": not its signing
            if any(own_dates) and in_list is not None:
                # "signing the X in 2016, the Y in 2018 and the Z in 2020": each one's date, after its name
                when = own_dates[in_list]
                if when is not None:
                    yield Candidate(agreement, "agreement_date", None, when[2], (when[0], when[1]), 0.7)
                break
            if _AND_BEFORE_VERB.search(ctx.text, low, start):
                low = start  # "joined the PfP in 1996 and agreed an ITPP in 2023": the second predicate's date
            # ("A, which left X in 2000, signed Y in 2017": not the relative clause's date)
            relative = _SUBJECTS_RELATIVE_BEFORE.search(ctx.text, max(ctx.sentence.start, low - 16), start)
            skipped = relative.span() if relative is not None else (0, 0)
            aside = _APPOSITION_AFTER.match(ctx.text, agreement.end)  # "the X, a mutual-defence pact, in June 2021"
            high = _clause_end(ctx, aside.end() if aside else agreement.end)
            later_act = _LATER_ACT.search(ctx.text, agreement.end, high)
            high = later_act.start() if later_act else high  # "... on the first day and ratified it in 2000"
            for t_start, t_end, value, kind in ctx.times:
                if low <= t_start < high and (kind != "year" or _in_before(ctx.text, t_start)) \
                        and not skipped[0] <= t_start < skipped[1] \
                        and not _DATELINE_CITY.match(ctx.text[ctx.sentence.start:t_start]):
                    # (not "CAIRO, March 5 (Reuters) - ... signed ... on Tuesday": the story's date)
                    yield Candidate(agreement, "agreement_date", None, value, (t_start, t_end), 0.7)
                    break
            break


# ("the X with the United States, signed in 1998,": what an agreement's participle set off follows)
_PARTY_THEN_COMMA = re.compile(r"(?:\s+with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?,\s+")


# "The declaration was signed by ...": a sentence that opens on the agreement named before, signed
# ("The memorandum of understanding on the group was signed by ...": what it is on, said again)
# "Brunei and Myanmar have signed it", "India and Pakistan have neither signed nor ratified the treaty", "A and B
# never joined the treaty": the agreement named last, by a pronoun or by its noun
_RATIFIED_THE_ONE = Cue(re.compile(r"\b(?:signed|ratified|joined|acceded\s+to|sign|ratify|join|accede\s+to)"
                                   r"(?:\s+(?:n?or|and)\s+(?:signed|ratified|joined|sign|ratify|join)|"
                                   # "have signed but not ratified it": a party all the same
                                   r"(?P<but_not>\s+but\s+(?:(?:have|has|had|did)\s+)?(?:not|never)\s+(?:yet\s+)?"
                                   r"(?:ratified|ratify)))?\s+"
                                   r"(?:(?P<it>it)|the\s+(?P<noun>treaty|convention|protocol|agreement|accord|pact|"
                                   r"arrangement|declaration|memorandum|charter))\b"
                                   # (not "the treaty's protocol", "the agreement on ...")
                                   r"(?!\s+(?:on|of|to|for|with)\b|['’-])"), "sign", "ratif", "join", "acced")
# "signed the treaty but have not ratified it": the signature is what counts
_BUT_NOT_BEFORE = re.compile(r"\bbut\s+(?:(?:have|has|had|did|do|does)\s+)?(?:not|yet\s+to)\s+(?:yet\s+)?$")
_ASKED_TO = re.compile(r"\b(?:asked|asks|asking|requested|requests)\s+to\s+$")
_KIND_OF_STATE_AFTER = re.compile(r"\s+(?:countries|states|nations|members|member\s+states|allies)\b")
_REFUSED_TO_BEFORE = re.compile(r"\b(?:refused|refuses|declined|declines)\s+to\s+$")  # "refused to sign it": denied


def _ratified_the_one_named(ctx: SentenceContext, agreements: list[Mention]) -> Iterator[Candidate]:
    """Parties to the agreement a sentence signs or ratifies by "it" or "the treaty": the one it named before
    ("Russia signed the CTBT in 1996 and ratified it in 2000"), else the one the article named last, where no
    body was named after it ("joined it" may be an organisation's)."""
    for match in _finditer(_RATIFIED_THE_ONE, ctx):
        start, end = _span(match, ctx)
        named = [m for m in agreements if m.end <= start]
        referred = named[-1] if named else None
        if referred is None and not any(m.start < start for m in agreements):
            last = ctx.last_agreement
            newer_body = ctx.last_org is not None and last is not None and ctx.last_org.start > last.start
            # (an organisation named since may be what "joined it" joins, but only a treaty is signed or ratified)
            joined = match.group(0).lower().startswith(("join", "acced"))
            referred = last if last is not None and not (match.group("it") and newer_body and joined) else None
        if match.group(0).lower().startswith(("join", "acced")) and _JOINED_AS.match(ctx.text, end):
            continue  # "The body was created under the X Agreement, and A and B have joined it as observers"
        noun = match.group("noun")
        # (not "has not signed the document": which of the agreements named before, the last or the one the
        # article is on, is not clear)
        if referred is None or noun and noun not in referred.label.lower() and noun not in _ANY_AGREEMENT_NOUNS:
            continue
        wish = ctx.text[max(ctx.sentence.start, start - 30):start]
        if _BUT_NOT_BEFORE.search(wish) or _ASPIRATION.search(wish) and not _REFUSED_TO_BEFORE.search(wish) \
                or _ASKED_TO.search(wish):
            continue  # (a signature is what counts; "has asked to join the agreement" is an application)
        if any(m.type is EntityType.AGREEMENT and start <= m.start < end + 3 for m in ctx.mentions):
            continue  # "signed the treaty's protocol"
        # ("have signed but not ratified it": the signature's modality, not the ratification's)
        scope = (max(ctx.sentence.start, start - 30), match.start("but_not") + ctx.sentence.start) \
            if match.group("but_not") else None
        for party in _subjects_before(ctx, start, _SIGNERS):
            if party.type in ORGS and _KIND_OF_STATE_AFTER.match(ctx.text, party.end):
                continue  # "NATO countries had refused to ratify it": states of the body, not the body
            yield Candidate(referred, "agreement_party", party, None, (start, end), 0.7, scope=scope)


# ... "According to the ministry, the agreement was signed in Ankara on February 10 by ...", "The treaty, adopted
# by the UN General Assembly on September 10, 1996, bans ...": a signing or an adoption
def _agreement_referred_to(ctx: SentenceContext) -> tuple[re.Match[str] | None, Mention | None]:
    """The words opening the sentence that refer to the agreement named last ("The declaration was signed by ...",
    "The MoU, signed in Helsinki by A and B, ...", "They were signed by ..."), and that agreement where they
    stand; (None, None) where they refer to none."""
    anaphor = _AGREEMENT_ANAPHOR.match(ctx.text, ctx.sentence.start) if ctx.last_agreement is not None else None
    if anaphor is None:
        return None, None
    noun = (anaphor.group("noun") or "").lower()
    noun = "memorandum" if noun == "mou" else noun
    pronoun = anaphor.group("pronoun")
    if pronoun is not None and (ctx.last_agreement.start < ctx.sentence.start - 400 or (pronoun == "They") != bool(
            _PLURAL_AGREEMENT.search(ctx.last_agreement.label))):
        return None, None  # (an agreement named just before, and as many as the pronoun stands for)
    if not (pronoun or noun in ctx.last_agreement.label.lower() or noun in _ANY_AGREEMENT_NOUNS + ("document",)):
        return None, None
    return anaphor, dataclasses.replace(ctx.last_agreement, start=anaphor.start(),
                                        end=anaphor.end("noun" if noun else "pronoun"))


_AGREEMENT_ANAPHOR = re.compile(r"(?:(?:(?:[Aa]ccording\s+to\s+[^,;]{2,60},\s+)?(?:The|the)|This)\s+"
                                r"(?P<noun>declaration|agreement|treaty|pact|accord|memorandum|charter|MoU|MOU|"
                                r"convention|deal|protocol|document)(?:\s+of\s+understanding)?"
                                r"(?:\s+on\s+(?:the|this|its)\s+[a-z]+)?"
                                # ("The memorandum setting it up is due to be signed by ...": what it is for)
                                r"(?:\s+(?:setting|establishing|creating)\s+(?:it|them|the\s+[a-z]+)(?:\s+up)?)?"
                                # ("The treaty between A and B was signed in Washington on Dec. 8, 1987")
                                r"(?P<between>\s+between\s+(?:the\s+)?[A-Z][^,;]{2,60}?)?|"
                                # "The Lima Accords followed. They were signed by A, B and C": by a pronoun
                                r"(?P<pronoun>It(?=\s+was)|They(?=\s+were)))"
                                r"(?=\s+(?:was|were|has\s+been|had\s+been|(?:will|would)\s+be|"
                                r"(?:is|are|was|were)\s+(?:due|expected|set|scheduled|to)\s+(?:to\s+)?be)"
                                # ("It was originally signed by nine countries")
                                r"(?:\s+(?:originally|initially|first|jointly|formally))?\s+signed\s|"
                                r",\s+(?:signed|adopted)\s)")
# A name of several agreements, which "they" stands for: "the Abraham Accords", "the Minsk Agreements"
_PLURAL_AGREEMENT = re.compile(r"(?:Accords|Agreements|Treaties|Protocols|Conventions|Declarations)$")
_ANY_AGREEMENT_NOUNS = ("agreement", "pact", "deal", "accord")  # what any agreement may be called
# (or its acronym set off: "adopted an Individual Partnership Action Plan, IPAP, with the alliance in January 2015")
_APPOSITION_AFTER = re.compile(r",\s+(?:(?:a|an|the)\s[^,;]{2,80}|(?:or\s+)?[A-Z][A-Z\d-]{1,9}),")
_CLAUSE_OPENER = re.compile(r"\b(?:but|after|before|when|while|which|who|whereas|although|since)\s|;")
# (a pronoun may open the second clause: "hosted X in September, and it signed Y with France in February")
# ("applied to join in 2012 and is due to sign the treaty on 15 December": a signing planned)
_DUE_TO = r"(?:(?:is|are)\s+(?:due|set|expected|scheduled|slated)\s+to|will)\s+"
_SUBJECTS_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s[^,;]{2,80},(?=[^,;]*$)")
_AND_BEFORE_VERB = re.compile(rf"\sand\s+(?:(?:it|they|he|she)\s+)?(?:(?:also|then|later|subsequently)\s+)?"
                              rf"(?:{_DUE_TO})?$")
# ... a second predicate of the sentence's subject, done or planned ("and signed", "and is due to sign")
_AND_PERHAPS_DUE_TO_BEFORE = re.compile(rf"\band\s+(?:{_DUE_TO})?$")
_THE_TWO_BEFORE = re.compile(r"\bthe\s+two\s+(?:countries|states|nations|sides|governments)\s+"
                             r"(?:(?:have|has|had|also|then)\s+)?$")
_THE_COUNTED_BEFORE = re.compile(rf"\bthe\s+(?P<count>{TWO_TO_TEN})\s+(?:countries|states|nations|governments)\s+"
                                 r"(?:(?:have|has|had|also|then|later|jointly)\s+)?$")
_THE_TWO_UNDER = re.compile(r"\b(?:[Tt]he\s+two\s+(?:countries|states|nations|sides)|[Bb]oth\s+countries)\s+"
                            r"(?:(?:have|has|had|long|also)\s+)*(?:cooperated|worked|operated|trained)\s+"
                            r"(?:closely\s+)?under\s+(?:an?|the|their)\s+(?:[\w-]+\s+){0,4}?$")
_THE_TWO_COUNTRIES = re.compile(r"the\s+two\s+(?:countries|states|nations|sides)\b")
# ... or after a clause that ended on a date: "was approved in October 2023, and A and B signed X on 1 March 2024"
_THE_SAME_DAY = re.compile(r"\b(?:the\s+same\s+day|that\s+(?:same\s+)?day|on\s+the\s+day)\b")
_AND_THEN_WHEN = re.compile(r",\s+and\s+(?=(?:in|on|later|then)\s)|(?<=\d),\s+and\s+(?=[A-Z])")
_FOR_A_STATE = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s+for\s+(?=[A-Z])")
# A programme, fund or framework set up rather than signed: its launch is its date
# ("the PfP, launched in 1994,", "the PfP, which the alliance launched in 1994")
_PROGRAMME_LAUNCHED = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?(?:,\s+(?:an?|the)\s+[^,;]{2,60}?|"
                                 r",\s+which\s+(?:the\s+(?:alliance|bloc|organi[sz]ation|union)|it|[A-Z][\w-]+))?"
                                 r",?\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:launched|set\s+up|created|"
                                 r"established)\s+(?=in\s|on\s)")
# "NATO launched the Partnership for Peace in 1994": the launch right before the programme's name
_LAUNCHED_BEFORE = re.compile(r"\b(?:launched|set\s+up|created|established)\s+(?:the\s+|its\s+)?$")
_TO_DO = re.compile(r"\bto\s+(?:[a-z]+ly\s+)?[a-z]+\b")
_ENDORSED_AT = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?(?:,\s+(?:which|that)\s+[^,;()]{2,60}?|"
                          r",\s+(?:an?|the)\s+[^,;()]{2,40}?)\s+(?:endorsed|adopted|agreed|approved)\s+at\s+")
# (not "began in": what it set going, not its signing)
_AGREEMENT_DATES_FROM = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?(?:\s+(?:between|with)\s+[^,;()]{2,40}?)?"
                                   r"\s+(?:(?:dates|dated)\s+back\s+to|(?:dates|dated)\s+from)\s+")
_LAUNCHED_HEADS = ("Programme", "Program", "Facility", "Fund", "Initiative", "Cooperation", "Partnership")
# (a signing with its auxiliary, "was signed", or a participle, "signed in 1977", that the group tells apart)
# "of 12 February 2015", "of February 12, 2015": the date after an agreement's name
_OF_A_DATE = r"\s+of\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},\s+)?(?:19|20)\d\d"
# (not one before what the participle goes on with: "signed on Nov. 2, 2010, by A and B, will ...")
_HAS_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?(?:an?|its)\s+(?:[\w-]+\s+)?$")
_LIST_GOES_ON = re.compile(r",\s+(?:and\s+)?(?:the\s+)?")
_COMMA_ENDING_AN_ASIDE = re.compile(r",(?!\s*(?:\d|by|in|on|at|and|between|with|after|before)\b)")
_PARTY_TYPES = (EntityType.STATE, EntityType.ALLIANCE, EntityType.ORGANIZATION)


def _between_list_items(ctx: SentenceContext, comma: int) -> bool:
    """Whether the comma at ``comma`` parts two parties of a list ("Chile, Peru and Ecuador")."""
    return any(m.end == comma and m.type in _PARTY_TYPES for m in ctx.mentions) and \
        any(comma + 1 < m.start <= comma + 2 and m.type in _PARTY_TYPES for m in ctx.mentions)


# ("The New START treaty, signed by A and B in 2010, caps ...": the kind of agreement after its name)
_KIND_AFTER_AGREEMENT_NAME = r"(?:\s+(?:treaty|agreement|accord|pact|convention|protocol))?"
_ASIDE_AFTER_AGREEMENT = re.compile(_KIND_AFTER_AGREEMENT_NAME + ",")
_GIVEN_FOR_BEFORE = re.compile(r"\b(?:Support|Assistance|Aid)\s+(?:to|for)\s+(?:the\s+)?$")
_OR_ITS_ACRONYM = re.compile(r",\s+or\s+[A-Z][A-Za-z]{1,9}(?=,)")
_PLURAL_AUXILIARY = re.compile(r",?\s+(?:which\s+)?(?:were|have\s+been|are\s)")
_PASSIVE_SIGNING = re.compile(
    _KIND_AFTER_AGREEMENT_NAME +
    # ("the X Treaty between A and B, signed in 2010", "the X treaties between A and B were signed in 2010")
    # ("the Trilateral Information Sharing Arrangement, or TISA, signed in December 2014": its acronym set off)
    r"(?:\s*\([^()]{1,20}\)|,\s+or\s+[A-Z][A-Za-z]{1,9}(?=,\s+signed\b))?"
    r"(?:\s+between\s+[^,;]{2,40}(?=,\s+signed\b|\s+(?:was|were)\s+signed\b))?"
    # ("the Agreement on the Joint Base in Peru, signed in 2012": the place its name ends with)
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?=,\s+signed\b|\s+(?:was|were)\s+signed\b))?"
    # ("The BIMSTEC Charter, which gives the grouping a legal personality, was adopted ...": past a relative clause)
    # ("The Treaty of Lima, to which A, B and C are parties, was signed in 2010": one with a list in it)
    r"(?P<relative>,\s+(?:which|(?:to|of|under|by)\s+which)\s+(?!(?:was|were|has been|had been)\s)"
    r"(?:[^,;]|,(?=\s+(?:and\s+)?(?:the\s+)?[A-Z]))"
    r"{2,80}(?=,\s+(?:was|were|has been|had been)\s))?"
    # ("The Treaty of Rarotonga, the region's nuclear-free-zone pact, was signed ...": past an apposition)
    r"(?:,\s+(?:(?:the|an?)\s+|[\w-]+['’]s\s+)[^,;()]{2,60}?(?=,\s+(?:was|were|has been|had been)\s+"
    r"(?:signed|concluded|adopted|agreed)\b))?"
    # ("The memorandum of understanding on the group was signed by ...": what it is on)
    r"(?:\s+on\s+(?:the\s+)?[a-z][a-z -]{1,40}?(?=\s+(?:was|were|has been|had been)\s))?"
    # ("The Montreux Convention Regarding the Regime of the Straits was signed ...": the rest of its title)
    r"(?:\s+(?:Regarding|Concerning|Relating\s+to|Respecting)\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+(?:(?:of|on|and|for|in)\s+)?(?:the\s+)?[A-Z][\w-]*){0,5}(?=\s+(?:was|were|has been|had been)\s))?"
    # ("The Minsk II agreement of 12 February 2015 was signed by ...": its date)
    rf"(?:{_OF_A_DATE}(?=\s+(?:was|were)\s))?"
    # ("The Ankara Declaration, brokered by Türkiye and signed by A and B on ...", "..., brokered by Türkiye, was
    # signed by ...": past the other participle)
    r"(?:,\s+(?:brokered|mediated|negotiated|facilitated|drafted|prepared)\s+(?:by|in)\s+[^,;]{2,80}?"
    r"(?:\s+and(?=\s+(?:signed|concluded|inked|sealed)\b)|(?=,\s+(?:was|were|has been|had been)\s)))?"
    r"(?:(?P<auxiliary>,?\s+(?:which\s+)?(?:was|were|has been|had been|(?:will|would)\s+be|"
    # ("The memorandum is due to be signed by A, B and C on Thursday": a signing to come)
    r"(?:is|are|was|were)\s+(?:due|expected|set|scheduled|to)\s+(?:to\s+)?be))|"
    r",?(?=\s+\w+\s+(?:in|on|at|by|last|earlier|between|with)\b)|"
    # "the Yaoundé Code of Conduct, a 2013 agreement signed by ECOWAS, ECCAS and ..."
    # ... "the North Atlantic Treaty, the alliance's founding document signed in 1949"
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:agreement|treaty|pact|accord|convention|charter|code|deal|"
    r"document))"
    # ("a memorandum agreed by A, B and C"; "The X Treaty was opened for signature in New York on 24 September 1996")
    # ("The X Treaty was originally signed by nine countries")
    r"(?:\s+(?:originally|initially|first|jointly|formally))?"
    r"\s+(?:signed|concluded|adopted|ratified|agreed|inked|sealed|opened\s+for\s+signature)\b[^;]*")
# "the X Agreement, which Azerbaijan, Kazakhstan and Türkiye signed that year", "the Mutual Defense Treaty
# the two countries signed in 1953": the subject of a relative clause on the agreement signed it.
_SIGNED_IN_RELATIVE = re.compile(
    # ("the Shusha Declaration, the allied-relations pact that Türkiye signed with Azerbaijan": after an apposition)
    # ("ANZUS, the 1951 security treaty it signed with ...": the relative pronoun left out before "it")
    # ("the Geneva Agreement of February 17, 1966, which A and B signed": past its date)
    r"(?:\s*\([^()]{1,20}\))?(?:\s+of\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\s+)?(?:19|20)\d\d)?"
    # ("a military cooperation plan for 2025 that A and B signed": the period it covers)
    r"(?:\s+for\s+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)?"
    r"(?:,?\s+which|,?\s+that|,\s+(?:the|a|an)\s+(?:(?P<year>(?:19|20)\d\d)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:pact|treaty|agreement|accord|deal|declaration|charter|arrangement)"
    r"(?:\s+(?:that|which)|(?=\s+it\s)))?\s+(?P<subject>[^;.()]{2,100}?)\s+(?:(?:had|have|has)\s+)?"
    r"(?:(?:jointly|formally|also|first|finally)\s+)?(?P<verb>signed|concluded|launched|sealed|finali[sz]ed|ratified|"
    # ("the X Declaration, which G7 leaders adopted in July 2023")
    r"adopted)\b")
_ITS_PEOPLE_AT_END = re.compile(r"\s+(?:leaders|members|(?:foreign\s+|defen[cs]e\s+)?ministers|heads\s+of\s+state)")
_COUNTED_SUBJECT = re.compile(_COUNTED, re.I)
_COUNTS_A_PAIR = re.compile(r"(?i:both|neither|the\s+two)\b")
_YEAR_BEFORE_AGREEMENT = re.compile(r"\s+(?:[a-z][\w-]*\s+)?")  # "the 2018 inter-Korean Comprehensive ..."
# "the Manila Pact of 1954"; "the Rio Treaty (TIAR), a 1947 hemispheric defense pact", "X, the 1947 pact": a year
# set off after it
_YEAR_AFTER_AGREEMENT = re.compile(r"\s+of\s+|(?:\s*\([^()]{1,20}\))?,\s+(?:an?|the)\s+")
# ", the 1947 mutual defence pact known as ...", "..., the 1994 pact, on Monday": a description that ends there
_DESCRIPTION_CLOSES = re.compile(r"\s*[,.;)–—]|\s+(?:known|signed|that|which|under|it)\b")
_AGREEMENT_NOUN_AFTER_YEAR = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:agreement|treaty|pact|accord|convention|charter|"
                                        r"deal|declaration|memorandum|protocol)\b")


_BOUND_BY = re.compile(r"\b(?:are|is|were|was|remain|remains)\s+(?:also\s+|still\s+)?bound\s+by\s+(?:an?|the|their)\s+")
# ("the Treaty on the Creation of a Union State", "... on the Establishment of the Eurasian Economic Union")
_ESTABLISHING_BEFORE = re.compile(r"\b(?:Establishing|Creating|(?:Creation|Establishment|Formation)\s+of)\s+"
                                  r"(?:the\s+|an?\s+)?$")
_YEAR_THEN_NAME = re.compile(r"(?:19|20)\d\d\s+")
# "Peru and Chile have an intergovernmental agreement on ...", "A and B are allies under a mutual defense treaty":
# the pair that holds an agreement are its parties (a single state that "has" one names no other party)
_HELD_BY_PAIR = re.compile(r"\b(?:(?:have|had|share|shared)\s+(?:(?:also|long|already)\s+)?|"
                           r"(?:are|were|remain)\s+(?:also\s+|still\s+)?(?:allies|partners)\s+under\s+)"
                           r"(?:an?|the|their)\s+(?:[a-z][\w-]*\s+){0,3}?(?:(?:19|20)\d\d\s+)?$")
_DATING_BACK = re.compile(r"\b(?:(?:that|which)\s+dates|dating)\s+back\s+to\s+")
# "under a defence agreement signed with the UAE in 2009": a participle naming the other party
_SIGNED_WITH_AFTER = re.compile(r"(?:\s*\([A-Z]{2,10}\))?,?\s+(?:it\s+|they\s+)?signed\s+with\s+(?:the\s+)?")
# "signed a military training and cooperation agreement and a naval cooperation protocol": the second is signed too
# Between agreements listed after one signing verb: "the X (XA) in 2016, the Y in 2018 and the Z"
_AGREEMENT_LIST_GAP = re.compile(r"[”\"]?(?:\s*\([A-Z][\w-]{1,10}\))?(?:\s+(?:in|on)\s+[^,;()]{1,25}?)?"
                                 # ("..., which allows the two militaries to use each other's bases, and the Z")
                                 r"(?:,\s+(?:which|that)\s+[^;:()]{1,120}?)?"
                                 # (", together with a letter of intent on ...", "as well as")
                                 r"\s*(?:,\s*(?:and\s+|together\s+with\s+|as\s+well\s+as\s+)?|\s+and\s+)"
                                 # ('and a joint statement known as the "Spirit of Camp David"')
                                 r"(?:the\s+|an?\s+)?(?:(?:[a-z-]+\s+){1,3}(?:known\s+as|called|dubbed)\s+(?:the\s+)?)?"
                                 r"[“\"]?")


# "signed the other three with the United States earlier: the X, ...": the list after the signing's colon
# ("signed a series of agreements with Washington, among them the X in 2016 and the Y in 2020": named after)
_COLON_LIST = re.compile(r"[^.;:]{0,60}:\s*(?:the\s+)?|"
                         r"\s+(?:an?\s+|several\s+|(?:a\s+)?(?:series|number|string|raft)\s+of\s+)(?:[\w-]+\s+){0,3}?"
                         r"(?:agreements|accords|treaties|pacts|deals)\b[^.;:,]{0,50},\s+(?:among\s+them|including|"
                         r"notably|namely)\s+(?:the\s+)?")


def _listing(ctx: SentenceContext, agreements: list[Mention],
             verb_end: int) -> tuple[list[Mention], list[tuple[int, int, str, str] | None]]:
    """The agreements listed after the signing verb that ends at ``verb_end`` (none for a sentence with one
    agreement) and, for a list of two or more, the date right after each."""
    listed = _agreements_listed(ctx, agreements, verb_end) if len(agreements) > 1 else []
    return listed, [_date_after_listed(ctx, listed, i) for i in range(len(listed))] if len(listed) > 1 else []


def _agreements_listed(ctx: SentenceContext, agreements: list[Mention], verb_end: int) -> list[Mention]:
    """The agreements listed as the object of the signing verb that ends at ``verb_end``, in order."""
    listed = [m for m in agreements if 0 <= m.start - verb_end < 40 or
              m.start > verb_end and _COLON_LIST.fullmatch(ctx.text, verb_end, m.start)][:1]
    for agreement in agreements:
        if listed and agreement.start > listed[-1].end and \
                _AGREEMENT_LIST_GAP.fullmatch(ctx.text, listed[-1].end, agreement.start):
            if _CLAUSE_VERB_AFTER.match(ctx.text, agreement.end) or _STILL_AFTER.match(ctx.text, agreement.end):
                break  # "..., and the Border Security Agreement is still under negotiation": a clause of its own
            listed.append(agreement)
    return listed


_STILL_AFTER = re.compile(r"\s+(?:remains?|still|awaits)\b")


def _date_after_listed(ctx: SentenceContext, listed: list[Mention],
                       index: int) -> tuple[int, int, str, str] | None:
    """The date right after the ``index``-th of ``listed`` agreements, before the next one's name."""
    agreement = listed[index]
    limit = listed[index + 1].start if index + 1 < len(listed) else _clause_end(ctx, agreement.end)
    return next((t for t in ctx.times if agreement.end <= t[0] < limit and t[3] != "relative"
                 and _DATE_RIGHT_AFTER.fullmatch(ctx.text, agreement.end, t[0]) is not None), None)


# ("the X on Monday", "the X in Lima in 2016": past where it was signed)
_DATE_RIGHT_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                               r"\s+(?:in|on)\s+")


_FIRST_OF_TWO_SIGNED = re.compile(r"\s+(?:an?|the)\s+[a-z][a-z -]{0,50}?\s(?:agreement|accord|memorandum|treaty|pact|"
                                  r"protocol)\s+and\s+(?:an?|the)\s+")


def _signed_in_relative(ctx: SentenceContext, agreement: Mention,
                        parties_types: Sequence[EntityType]) -> Iterator[Candidate]:
    """The states a relative clause on ``agreement`` names as its signers, by name or as "the two
    countries" of an earlier sentence, with the date it gives."""
    relative = _SIGNED_IN_RELATIVE.match(ctx.text, agreement.end, ctx.sentence.end)
    if relative is None:
        return
    subject_start, verb_start = relative.start("subject"), relative.start("verb")
    counted = _COUNTED_SUBJECT.fullmatch(relative.group("subject"))
    opening = _opening_states(ctx) if counted and counted.group(1) else []
    if opening and len(opening) == _NUMBER_WORDS.get(counted.group(1).lower()) and opening[-1].end < agreement.start:
        # "A and B are bound by a 1951 treaty, and ... under the X the two countries signed in 2014": the pair
        # that opens the sentence
        signers = opening
    elif counted and _COUNTS_A_PAIR.match(counted.group(0)) and (named := _pair_named_before(ctx, agreement.start)):
        # "Thailand is Washington's oldest ally, under the 1954 Manila Pact, which both countries signed": the pair
        # the sentence itself names
        signers = named
    elif counted:
        signers = [m for m in _subjects_before(ctx, verb_start, parties_types)
                   if not ctx.sentence.start <= m.start < verb_start]
    elif (body := next((m for m in ctx.mentions if m.start == subject_start and m.type in ORGS
                        and _ITS_PEOPLE_AT_END.fullmatch(ctx.text, m.end, relative.end("subject"))), None)):
        # "the X Declaration, which G7 leaders adopted in July 2023": the body whose people adopted it
        signers = [body]
    elif relative.group("subject") == "they":
        # "A and B agreed to activate a security agreement they signed in 2001": the states the sentence opens with
        signers = _opening_states(ctx)
        signers = signers if len(signers) > 1 and signers[-1].end < agreement.start else []
    elif relative.group("subject") == "it":
        # "Serbia would keep working with NATO through the IPAP, which it signed in 2015": the clause's subject,
        # the first state no preposition governs
        subject = _first_ungoverned_state(ctx, agreement.start, names_only=True)
        signers = [subject] if subject is not None else []
    else:
        signers = list_before(ctx, relative.end("subject"), (EntityType.STATE,), max_gap=0)
        government = next((m for m in ctx.mentions if signers and m.type is EntityType.STATE
                           and _GOVERNMENT_AND.fullmatch(ctx.text, m.end, signers[0].start)), None)
        if government is not None:  # "which the Angolan government and Namibia signed": the state it governs
            signers.insert(0, government)
        if not signers:  # "which Russian President X and US President Y signed": the states of the two
            signers = _signing_officials(ctx, verb_start)
            subject_start = signers[0].start if signers else subject_start
        if not signers or not re.fullmatch(r"(?:the\s+)?", ctx.text[subject_start:signers[0].start]):
            return
    trigger = (agreement.start, relative.end())
    # "... that Türkiye signed with Azerbaijan in 2021": the other party after the verb
    with_party = _WITH_BESIDE.match(ctx.text, relative.end()) if len(signers) == 1 else None
    others = list_after(ctx, with_party.end(), parties_types, max_gap=0) if with_party else []
    # the relative clause is the signing's ("a pact that A signed with B in 2022 has not been ratified")
    scope = (agreement.start, others[-1].end if others else relative.end())
    for party in signers + others:
        yield Candidate(agreement, "agreement_party", party, None, trigger, 0.7, scope=scope)
    when = _signing_time(ctx, relative.end(), _clause_end(ctx, relative.end())) or relative.group("year")
    for other in others:
        yield Candidate(signers[0], "signed_agreement_with", other, None, trigger, 0.7, when, scope=scope)
    if when is not None and (signers or counted):  # ("which the eight Arctic states signed on ...": its date)
        yield Candidate(agreement, "agreement_date", None, when, trigger, 0.7, scope=scope)
    if len(signers) == 2:  # (in the relative clause's modality too: "..., that A and B signed in 2014, expires")
        yield Candidate(signers[0], "signed_agreement_with", signers[1], None, trigger, 0.7, when, scope=scope)


# "Serbia cooperates with NATO under its IPAP", "... works with the alliance within the framework of its ...":
# the two sides of the work are the parties of the agreement it goes through
_COOPERATING_THROUGH = re.compile(
    # ("A and B normalized ties with C under the X Accords")
    r"\b(?:cooperat(?:e|es|ed|ing)|work(?:s|ed|ing)?|engag(?:e|es|ed|ing)|partner(?:s|ed|ing)|"
    r"normali[sz](?:e|es|ed|ing)\s+(?:diplomatic\s+)?(?:ties|relations))\s+(?:\w+\s+)?"
    r"with\s+(?P<other>[^,;]{2,60}?)\s+(?:through|under|within|via)\s+(?:the\s+framework\s+of\s+)?"
    # ("through the NATO-Georgia Commission, the Annual National Programme and the Substantial Package": each)
    r"(?:(?:the|its|their|an?)\s+[A-Z][^,;]{1,60}?(?:,\s+(?:and\s+)?|\s+and\s+))*"
    r"(?:the|its|their|an?)\s+(?:new\s+|first\s+|second\s+|third\s+)?$")
# "Austria and Ireland take part in the alliance's activities under the Partnership for Peace program"
_TAKING_PART_THROUGH = re.compile(
    r"\b(?:(?:take|takes|took|taking)\s+part|participat(?:e|es|ed|ing))\s+in\s+(?P<other>[^,;]{2,60}?)(?:['’]s)?\s+"
    r"(?:activities|work|programmes|programs|exercises|missions|operations)\s+(?:through|under|within|via)\s+"
    r"(?:the\s+framework\s+of\s+)?(?:the|its|their|an?)\s+$")


def _cooperating_through(ctx: SentenceContext, agreement: Mention,
                         parties_types: Sequence[EntityType]) -> Iterator[Candidate]:
    """The parties of an agreement a state's cooperation with another goes through: the state, the other."""
    if "with" not in ctx.folded and " part " not in ctx.folded and "particip" not in ctx.folded:
        return
    through = _COOPERATING_THROUGH.search(ctx.text, max(ctx.sentence.start, agreement.start - 130), agreement.start) \
        or _TAKING_PART_THROUGH.search(ctx.text, max(ctx.sentence.start, agreement.start - 130), agreement.start)
    if through is None:
        return
    other_start, other_end = through.span("other")
    # the list "with" opens ("with Sweden on patrols off Norway under X": Sweden, not Norway)
    others = [m for m in list_after(ctx, other_start, parties_types, max_gap=4, allow_demonyms=True)
              if m.end <= other_end]  # ("with the Swedish and Norwegian navies": their states)
    if not others:
        referred = _org_reference(ctx, other_start)
        others = [referred] if referred is not None and referred.end <= agreement.start else []
    subjects = _subjects_before(ctx, through.start(), (EntityType.STATE,)) or _sentence_subject(ctx, through.start())
    if not subjects and _BUT_ALSO_BEFORE.search(ctx.text, ctx.sentence.start, through.start()):
        subjects = _opening_states(ctx)  # "A and B are members of the CSTO, but both also cooperate with NATO ..."
    if subjects and others and agreement.part_of and not _A_PLAN_OR_TREATY.search(agreement.label):
        # "cooperates with NATO within the Partnership for Peace": a programme states are members of (not
        # "under its Individual Partnership Action Plan", one it agreed)
        for subject in subjects:
            yield Candidate(subject, "member_of", agreement, None, (through.start(), agreement.end), 0.7)
        return
    for party in [*subjects, *others] if subjects and others else ():
        yield Candidate(agreement, "agreement_party", party, None, (through.start(), agreement.end), 0.7)


# "..., while the first edition was conducted at Y": a clause on another edition of the exercise
_ANOTHER_EXERCISE_HELD = re.compile(rf"\bsuch\s+as\s+an?\s+[^,;]{{0,60}}?{EXERCISE_NOUN}\s+"
                                    r"(?:held|conducted|staged)\b[^,;]{0,60}?\b(?:19|20)\d\d\b")
_WHILE_ANOTHER_EDITION = re.compile(r",\s+(?:while|whereas)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|previous|"
                                    r"last|next|inaugural|\d+(?:st|nd|rd|th))\s+(?:edition|iteration)\b|"
                                    # "... is held while the ships of the coalition continue their presence in the
                                    # Red Sea": a clause of another subject (not the drills', nor "it")
                                    r",?\s+(?:while|whereas)\s+(?!(?:it|they|the\s+(?:[\w'’-]+\s+){0,3}(?:drills?|"
                                    r"exercises?|manoeuvres|maneuvers|war\s+games|phase|stage|part|leg|portion|"
                                    r"component|segment))\b)"
                                    r"(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,5}?\s+(?:continue|continues|continued|remain|"
                                    r"remains|remained|is|are|was|were|holds?|held|patrols?|patrolled|keeps?|kept|"
                                    r"stays?|stayed|operates?|operated)\b")
# The second predicate of the sentence's subject: "..., but both also cooperate"
_BUT_ALSO_BEFORE = re.compile(r",?\s+(?:but|and)\s+(?:(?:both|all|also|they)\s+){0,3}$")
_A_PLAN_OR_TREATY = re.compile(r"\b(?:Plan|Programme|Program|Agreement|Treaty|Accord|Memorandum|Framework|Charter|"
                               r"Declaration|Arrangement)\b")


# "... and was granted a Membership Action Plan (MAP) in 2010": a body's programme given to a state
_GRANTED = re.compile(r"\b(?:(?:was|were|has\s+been|had\s+been)\s+(?:granted|given|offered|awarded)|received|"
                      r"obtained)\s+"
                      r"(?:an?|its|the)\s+(?:first\s+|own\s+)?\Z")


def _granted_a_programme(ctx: SentenceContext, agreement: Mention) -> Iterator[Candidate]:
    """The parties of a body's programme a state was granted, and when: the state and the body."""
    if not agreement.part_of:
        return
    granted = _GRANTED.search(ctx.text, max(ctx.sentence.start, agreement.start - 40), agreement.start)
    if granted is None:
        return
    holders = _subjects_before(ctx, granted.start(), (EntityType.STATE,)) or (
        _opening_state(ctx) if _AND_BEFORE_VERB.search(ctx.text, ctx.sentence.start, granted.start()) else [])
    owner = next((m for m in ctx.mentions if m.label == agreement.part_of), None)
    trigger = (granted.start(), agreement.end)
    for party in [*holders, *([owner] if owner is not None else [])] if holders else ():
        yield Candidate(agreement, "agreement_party", party, None, trigger, 0.7)
    when = _signing_time(ctx, agreement.end, _clause_end(ctx, agreement.end)) if holders else None
    if when is not None:
        yield Candidate(agreement, "agreement_date", None, when, trigger, 0.7)


_DATE_KINDS = ("month_day", "day_month", "month_year", "iso", "dotted")
_YEAR_IN_DATE = re.compile(r"(?:19|20)\d\d")
_NOUN_IN_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+[a-z]+\s+(?:in|under|of|from)\s+(?:the\s+)?$")


_PLAN_OF_A_PERIOD = re.compile(r"\b(?:Action|Work|Implementation)\s+(?:Plan|Programme|Program)$")


def _year_of_agreement(ctx: SentenceContext, agreement: Mention) -> tuple[int, int, str] | None:
    """The year that modifies an agreement's name: "the 1936 Montreux Convention", "the Manila Pact of 1954"."""
    for start, end, value, kind in ctx.times:
        if kind in _DATE_KINDS and re.fullmatch(r"\s+of\s+", ctx.text[agreement.end:start]) and \
                _YEAR_IN_DATE.search(ctx.text, start, end) and not _NOUN_IN_THE_BEFORE.search(
                    ctx.text, max(ctx.sentence.start, agreement.start - 30), agreement.start):
            # "The Minsk II agreement of February 12, 2015" (not "the deadline in the JCPOA of October 18, 2025")
            return start, end, value
        if kind != "year":
            continue
        if start == agreement.start and agreement.label.startswith(value):  # "the 1951 Defence Agreement"
            return start, end, value
        if end <= agreement.start and _YEAR_BEFORE_AGREEMENT.fullmatch(ctx.text, end, agreement.start) and \
                re.search(r"(?:\b(?:the|an?)|[’']s)\s+$", ctx.text[max(0, start - 5):start], re.I) and \
                not _PLAN_OF_A_PERIOD.search(agreement.label):
            # (not "the 2025 Action Plan": the year it covers, adopted the year before)
            # "a 1951 ... Treaty", "Chile's 2019 defence pact"
            return start, end, value
        after = _YEAR_AFTER_AGREEMENT.fullmatch(ctx.text, agreement.end, start)
        noun = _AGREEMENT_NOUN_AFTER_YEAR.match(ctx.text, end) if after and "of" not in after.group(0) else None
        if noun is not None and after.group(0).rstrip().endswith("the") and not _DESCRIPTION_CLOSES.match(
                ctx.text, noun.end()):
            noun = None  # ("the Rio Treaty, the 2024 trade agreement with China and ...": the next of a list)
        if after and not re.match(r"\d|\s*[-–]", ctx.text[end:end + 2]) and ("of" in after.group(0) or noun):
            return start, end, value
    return None
# "Finland's Defence Cooperation Agreement (DCA) with the United States, which was signed in Washington in December
# 2023": the holder, the other party, and the passive relative clause that dates the signing
_PASSIVE_SIGNED_RELATIVE = re.compile(r",\s+(?:which|that)\s+was\s+(?:signed|concluded|inked)\b")


def _signed_in_passive_relative(ctx: SentenceContext, agreement: Mention) -> Iterator[Candidate]:
    """The signing of ``agreement`` between its holder ("Finland's") and the state it is "with", dated by a
    relative clause ", which was signed in December 2023" after them."""
    with_party = _WITH_BESIDE.match(ctx.text, agreement.end) if "was" in ctx.folded else None
    others = list_after(ctx, with_party.end(), (EntityType.STATE,), max_gap=0) if with_party else []
    relative = _PASSIVE_SIGNED_RELATIVE.match(ctx.text, others[-1].end) if len(others) == 1 else None
    holder = next((m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                   and m.end < agreement.start and _HOLDER_GAP.fullmatch(ctx.text, m.end, agreement.start)), None) \
        if relative else None
    if holder is None:
        return
    trigger = (holder.start, relative.end())
    when = _signing_time(ctx, relative.end(), _clause_end(ctx, relative.end()))
    yield Candidate(holder, "signed_agreement_with", others[0], None, trigger, 0.7, when)
    if when is not None:
        yield Candidate(agreement, "agreement_date", None, when, trigger, 0.7)


# A body's own founding text, whose parties are its members: "the United Nations Charter", "the OAS Charter"
_BODYS_OWN_CHARTER = re.compile(r"\b(?:Charter|Statute|Constitution|Constitutive\s+Act)$")
_BODYS_CONVENTION = re.compile(r"(?:United\s+Nations|UN|U\.N\.|Council\s+of\s+Europe|African\s+Union|OAS|"
                               r"Organization\s+of\s+American\s+States)\s+(?:Framework\s+)?Convention\b")
# (and the passive: "Sweden's DCA with the United States was signed on 5 December")
_SIGNED_PARTICIPLE = re.compile(r"(?:,\s+|\s+(?:was|were|had\s+been|has\s+been)\s+)(?:first\s+)?(?:signed|concluded)\b")
_WITH_BESIDE = re.compile(r"(?:\s*\([A-Z]{2,10}\))?\s+with\s+(?:the\s+)?")  # "... (ITPP) with the alliance"
# What stands between an agreement's holder and its name: "Serbia's new", "its first", "has an"
# ("Chile's 2019 defence pact with Peru": its year between)
_HOLDER_GAP = re.compile(r"(?:’s|'s)\s+(?:(?:new|first|second|third|latest|own|current)\s+)?(?:\([^()]{1,12}\)\s+)?"
                         r"(?:(?:19|20)\d\d\s+)?$")
_AND_ANOTHER = re.compile(r"(?:,\s*|\s+)and\s+(?:an?|the)\s+(?:(?:new|separate|second)\s+)?$")
# ("Manila hosts troops under a Visiting Forces Agreement with Washington": the subject holds it too)
_ITS_OR_HAS = re.compile(r"\b(?:(?P<its>its|their)|(?:has|have|had|under)\s+(?:an?|its|their))\s+"
                         r"(?:(?:new|first|second|third|latest|own|current)\s+)?$", re.I)


_FRONTED_UNDER = re.compile(r"(?:Under|Through)\s+(?:the|an?)\s")


_DEPOSITARY_AFTER = re.compile(r"\s+with\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:Department|Secretary-General|"
                               r"Secretary\s+General|Secretariat|depositary|government|Foreign\s+Ministry)\b")
_DEPOSITED_BEFORE = re.compile(r"\bdeposit(?:ed|s)?\s+(?:its|their|the)\s+instruments?\s+of\s+[a-z]+\s+(?:of|to|for)\s+"
                               r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")


def _signed_with_after(ctx: SentenceContext, agreement: Mention) -> Iterator[Candidate]:
    """"France keeps a base in Dakar under a defence agreement signed with Senegal in 2011": the state that opens
    the sentence (if one does) and the one it signed with are the parties, and the year of that clause is the
    signing's."""
    signed = _SIGNED_WITH_AFTER.match(ctx.text, agreement.end)
    others = list_after(ctx, signed.end(), (EntityType.STATE,), max_gap=0) if signed else []
    holders = [m for m in _opening_state(ctx) if m.end <= agreement.start and m.label not in {o.label for o in others}]
    if not others:
        return
    if _BY_A_SIGNER.match(ctx.text, others[-1].end):
        return  # "approved a memorandum signed with Turkey by Azerbaijan": another's signing (see _agreements)
    fronted = _FRONTED_UNDER.match(ctx.text, ctx.sentence.start) if not holders else None
    # (the main clause's subject, after the comma that ends the fronted phrase)
    subject_at = _APPOSITION_OPENS.match(ctx.text, _clause_end(ctx, others[-1].end)) if fronted else None
    if subject_at is not None:  # "Under the X signed with Washington in 2023, Finland will ...": the main clause's
        holders = [m for m in ctx.mentions if m.start == subject_at.end() and m.type is EntityType.STATE
                   and m.kind != "demonym" and m.label not in {o.label for o in others}]
    trigger = (agreement.start, others[-1].end)
    for party in [*holders, *others]:  # ("Under a defence agreement signed with the US in 1951, ...": one party)
        yield Candidate(agreement, "agreement_party", party, None, trigger, 0.7)
    if not holders:
        return
    when = _signing_time(ctx, others[-1].end, _clause_end(ctx, others[-1].end))
    for other in others:
        yield Candidate(holders[0], "signed_agreement_with", other, None, trigger, 0.7, when)
    if when is not None:
        yield Candidate(agreement, "agreement_date", None, when, trigger, 0.7)


def _agreement_holder(ctx: SentenceContext, agreement: Mention) -> Mention | None:
    """The state whose agreement the text calls it: "Serbia's ITPP", or the sentence's subject before "its
    first IPAP" or "has an ITPP"."""
    owner = next((m for m in reversed(ctx.mentions) if m.end <= agreement.start and m.type is EntityType.STATE
                  and m.kind != "demonym" and _HOLDER_GAP.fullmatch(ctx.text, m.end, agreement.start)), None)
    if owner is not None:
        return owner
    its = _ITS_OR_HAS.search(ctx.text, max(ctx.sentence.start, agreement.start - 30), agreement.start)
    if its is None:
        # "has a VFA with the US dating back to 1998, and a RAA with Japan": the holder of the first
        another = _AND_ANOTHER.search(ctx.text, max(ctx.sentence.start, agreement.start - 20), agreement.start)
        first = next((m for m in reversed(ctx.mentions) if m.type is EntityType.AGREEMENT and m.end <= agreement.start
                      and not ctx.text.endswith("(", 0, m.start)), None) if another else None
        return _agreement_holder(ctx, first) if first is not None else None
    subjects = ([] if its.group("its") else _subjects_before(ctx, its.start(), (EntityType.STATE,))) \
        or _opening_state(ctx)
    return subjects[0] if len(subjects) == 1 else None
_WITH_THE_BLOC = re.compile(r"(?:\s*\([^()]{1,20}\)|,\s+(?-i:[A-Z][A-Z\d-]{1,9}),)?\s+with\s+(?:the\s+)?"
                            r"(?:alliance|bloc|organi[sz]ation)\b", re.I)


# "The Turkish parliament on Thursday ratified": a state's body, then what may stand before its verb
# ... and "the Chilean president", "the German defence minister": the official of a state, after "the"
_STATE_BODY_BEFORE_VERB = re.compile(r"\s+(?:(?:parliament|government|cabinet|legislature|lawmakers|senate|assembly)"
                                     r"(?:\s+on\s+\w+|\s+(?:has|have|had|also|formally|unanimously|finally))*|"
                                     r"(?P<official>(?:[a-z]+\s+){0,2}?(?:president|premier|prime\s+minister|"
                                     r"chancellor|(?:defen[cs]e|foreign)\s+minister|minister|leader|government|"
                                     r"ambassador|envoy))(?:\s+(?:has|have|had|also|formally|officially|"
                                     r"on\s+\w+day))*)\s+$")


def _signing_state_body(ctx: SentenceContext, position: int) -> list[Mention]:
    """"The Turkish parliament on Thursday ratified X", "The Chilean president signed X": the state whose parliament
    (government, cabinet) or official signs or ratifies, named by its adjective right before the body or office."""
    for m in ctx.mentions:
        body = _STATE_BODY_BEFORE_VERB.fullmatch(ctx.text, m.end, position) \
            if m.type is EntityType.STATE and ctx.sentence.start <= m.start else None
        if body is not None and (ctx.text.endswith(("the ", "The "), 0, m.start) if body.group("official")
                                 else m.kind == "demonym"):  # ("the US president": by its name too)
            return [m]
    return []


def _signing_officials(ctx: SentenceContext, position: int) -> list[Mention]:
    """"Australian Prime Minister X and his Fijian counterpart Y signed", "Chile's Defence Minister X and Peru's
    Minister of Defence Y signed": the states of the officials (each named by an adjective, or by its name before
    their titles, right before a person) who are the verb's subject."""
    clause = _signers_clause(ctx, position)
    people = [m for m in ctx.mentions if m.type is EntityType.PERSON and clause <= m.start and m.end <= position]
    counterpart = _AND_AN_UNNAMED_COUNTERPART.match(ctx.text, people[-1].end) if people else None
    other = next((m for m in ctx.mentions if counterpart and m.start == counterpart.start("demonym")
                  and m.type is EntityType.STATE and m.kind == "demonym"), None)
    if other is not None and _AUXILIARIES.fullmatch(ctx.text, counterpart.end(), position):
        # "British Defence Secretary X and his Danish counterpart signed": the official's state and the other's
        own = next((m for m in reversed(ctx.mentions) if m.type is EntityType.STATE and clause <= m.start
                    and m.end <= people[-1].start and people[-1].start - m.end <= 40), None)
        return [own, other] if own is not None and own.label != other.label else []
    if not people or not _AUXILIARIES.fullmatch(ctx.text, people[-1].end, position):
        return []  # (" are expected to sign", " on Wednesday signed": the people are the subject still)
    # ("Defence Minister X of Chile and his Peruvian counterpart Y signed": the state after a name too)
    titled = [m for m in ctx.mentions if m.type is EntityType.STATE and clause <= m.start and m.end <= position and any(
        0 <= p.start - m.end <= 40 if m.kind == "demonym" else
        0 <= p.start - m.end <= 80 and _TITLES_OF_A_STATE.fullmatch(ctx.text, m.end, p.start)
        or OF_THE_GAP.fullmatch(ctx.text, p.end, m.start) for p in people)]
    # "Spruds and Kosiniak-Kamysz signed", "Hegseth and Indian Defence Minister X signed": the state a sentence
    # before gave an official by their titles, for each one of the subject's two that has none here
    pair = people[-2:] if len(people) >= 2 and _AND_BETWEEN.fullmatch(ctx.text, people[-2].end, people[-1].start) \
        else []
    # (a state titles the name it comes before, not one after another name: "U.S. President X and Y signed")
    untitled = [p for p in pair if not any(m.end <= p.start and p.start - m.end <= 80 and not any(
        m.end <= q.start < p.start for q in people) for m in titled)]
    remembered = [ctx.states_of_officials.get(p.label) for p in untitled]
    if not untitled or None in remembered:
        return titled
    states = titled + [m for m in remembered if m is not None]
    return states if len({m.label for m in states}) == len(states) == 2 else titled


def _signers_clause(ctx: SentenceContext, position: int) -> int:
    """Where the clause of a signing verb at ``position`` begins: after the last comma before it, but before a
    counterpart's name set off by commas ("X and his Russian counterpart, Vladimir Putin, on Wednesday signed")."""
    clause = max(ctx.sentence.start, ctx.text.rfind(",", ctx.sentence.start, position) + 1)
    if clause == ctx.sentence.start or not _AUXILIARIES.fullmatch(ctx.text, clause, position):
        return clause
    named = next((m for m in ctx.mentions if m.type is EntityType.PERSON and m.end == clause - 1), None)
    set_off = _COUNTERPART_SET_OFF.search(ctx.text, ctx.sentence.start, named.start) if named else None
    if set_off is None or set_off.end() != named.start:
        return clause
    return max(ctx.sentence.start, ctx.text.rfind(",", ctx.sentence.start, set_off.start()) + 1)


_COUNTERPART_SET_OFF = re.compile(r"\bcounterparts?,\s+")
_COUNTERPART_AT = re.compile(r"(?:his|her|their)\s+(?P<demonym>[A-Z][\w-]+)\s+counterparts?\b")
_AND_AN_UNNAMED_COUNTERPART = re.compile(r",?\s+and\s+(?:his|her)\s+(?P<demonym>[A-Z][\w-]+)\s+counterpart\b")
# (" and ", " and Indian Defence Minister ", " and his Polish counterpart "): the second of two officials
_AND_BETWEEN = re.compile(r",?\s+and\s+(?:(?:his|her)\s+)?(?:then-)?(?:(?:[A-Z][\w’'-]*|of|for|counterpart)\s+)*")


# "Chile's Minister of Defence and Security ", "UK Defence Secretary ": a state's name, then an official's titles
# ("Chile's Defence Minister X", "the Peruvian Minister of Defence Y"; "President of Ukraine X": the title before)
# ("Peru's defence minister X": an office in lower case too)
_TITLES_OF_A_STATE = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w-]*\.?|of|for|and|the|defen[cs]e|foreign|prime|interior|"
                                r"deputy|vice|minister|secretary|president|chief|ambassador|envoy))*\s+")


# (" on Wednesday", " in Moscow on May 7": when and where, between the subject and its verb)
_AUXILIARIES = re.compile(r"(?:,?\s+(?:(?:on|in)\s+(?:\d{1,2}\s+[A-Z][a-z]+|"
                          r"[A-Z][a-z]+(?:\s+\d{1,2}|\s+(?:19|20)\d\d)?)|"
                          r"last\s+(?:week|month)|earlier\s+this\s+(?:week|month)),?(?=\s))*"
                          r"(?:\s+(?:are|is|were|was|will|would|have|has|had|also|jointly|expected|due|set|to|be))*\s*")
# "Estonia, Latvia and Lithuania are not parties to the agreement", "Moldova is a party to the X Treaty", "A and
# B are bound by the X Treaty".
# ... and "Brazil, a party to the Treaty of Tlatelolco," set off after the state
_PARTY_TO = Cue(re.compile(r"(?:\b(?:is|are|was|were|remains?|(?:has|have)(?:\s+never|\s+not)?\s+been|will\s+be|"
                           # ("Chile became a party to X in 2011")
                           r"would\s+be|became|become|becomes|becoming)|"
                           r"(?<=[a-z]),(?=\s+(?:a|both|all)\s+(?:state\s+)?part(?:y|ies)\s+to\b)|"
                           # ("A is a member of the OAS and a party to X": a second complement of the copula)
                           r"(?<=[A-Za-z)])\s+and(?=\s+(?:also\s+)?a\s+(?:state\s+)?party\s+to\b))\s+"
                           # ("Belarus remains formally a party to", "China, which has never been a party to")
                           r"(?:(?:not|never|no longer|also|still|formally|legally|now|both|all)\s+)*"
                           # ("A, B and C are states parties to", "are among the 68 states parties to")
                           # ("Chile is one of the 33 signatories of X", "are among the 33 signatories of")
                           r"(?:(?:among\s+|one\s+of\s+)?(?:a\s+|the\s+)?(?:\d+\s+)?(?:states?\s+)?part(?:y|ies)\s+to|"
                           # "A, B and C are among the signatories of the X Code of Conduct"
                           r"(?:among\s+|one\s+of\s+)?(?:a\s+|the\s+)?(?:\d+\s+)?(?:original\s+|founding\s+)?"
                           r"signator(?:y|ies)\s+(?:of|to)|"
                           r"bound\s+by)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?", re.I),  # "bound by the 1951 X Treaty"
                "party", "parties", "bound by", "signator")


# ("A, B and C are among its signatories, and a 2017 revision widened its scope")
_AMONG_THE_SIGNATORIES = re.compile(r"\s(?:are|were)\s+(?:also\s+)?among\s+(?:the\s+|its\s+)?"
                                    r"(?:original\s+|founding\s+|first\s+)?signatories"
                                    r"(?=\s*[.;]|,\s+(?:and|but|while|although)\s)")
_OTHER_SIGNED_THING = re.compile(r"\b(?:letter|petition|appeal|pledge)\b", re.IGNORECASE)
# ("Turkey, a signatory to the 1936 Montreux Convention,", "A and B, both signatories of the X,")
_SIGNATORY_APPOSED = re.compile(r",\s+(?:a|an|one\s+of\s+the|both|all)\s+(?:original\s+|founding\s+)?"
                                r"signator(?:y|ies)\s+(?:of|to)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?|"
                                # ("A, B and C, the European parties to the 2015 JCPOA")
                                r",\s+(?:both|all|the\s+(?:[A-Z][a-z]+\s+)?)(?:signatories|parties)\s+(?:of|to)\s+"
                                r"(?:the\s+)?(?:(?:19|20)\d\d\s+)?")


_A_BEFORE_PARTY = re.compile(r",\s+an?\s+$")
_STATE_PARTY_AFTER = re.compile(r"\s+(?:state\s+)?party\b")
_IN_A_YEAR_SET_OFF = re.compile(r"\s+in\s+(?P<year>(?:19|20)\d\d)(?=\s*,)")
_PARTIES_OPENING = re.compile(r"(?:Parties|Signatories|Signatory\s+states)\s+(?:to|of)\s+(?:the\s+)?")
_ITS_PARTIES_OPENING = re.compile(r"(?:Its|The\s+(?:treaty|convention|agreement|pact|accord)['’]s)\s+"
                                  r"(?:original\s+|founding\s+|first\s+|other\s+)?"
                                  r"(?P<noun>parties|signatories|signatory\s+states)\s+"
                                  r"(?:are|were|include|included|comprise|comprised)\s+(?:the\s+)?")
_INCLUDE_AFTER_AGREEMENT = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,\s[^;]{2,80}?,)?\s+(?:include|included|are|were)\s+"
                                      r"(?:the\s+)?")


# "Israel and the UAE normalized relations under the Abraham Accords", "Morocco normalised ties with Israel under
# the accords"
_NORMALISED_UNDER = re.compile(r"\bnormali[sz](?:ed|ing|e)\s+(?:(?:diplomatic|their|its)\s+)?(?:relations|ties)\s+"
                               r"(?P<with>with\s+[^,;]{2,40}?\s+)?under\s+(?:the\s+)?$")


# "the X, to which Ecuador acceded in 2018,": the states a relative clause says acceded to the agreement
_ACCEDED_IN_RELATIVE = re.compile(r",?\s+to\s+which\s+(?P<subject>[^;.()]{2,100}?)\s+(?:(?:had|have|has)\s+)?"
                                  r"(?:(?:also|formally|later|since)\s+)?(?:acceded|adhered)\b")
# "Chile was the first country to ratify the X", "Peru became the 50th state to sign the X"
_RANKED_TO_RATIFY = re.compile(r"\b(?:is|was|became|becomes|has\s+become)\s+the\s+(?:first|second|third|last|latest|"
                               r"\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+(?:country|state|nation|member)\s+to\s+"
                               r"(?:ratify|sign|accede\s+to|join)\s+(?:the\s+)?$")


def _parties_by_rank_or_accession(ctx: SentenceContext, agreements: list[Mention]) -> Iterator[Candidate]:
    """The parties an accession in a relative clause ("the X, to which A acceded in 2018,") or a rank among those
    that ratified ("A was the first country to ratify the X") names."""
    for agreement in agreements:
        relative = _ACCEDED_IN_RELATIVE.match(ctx.text, agreement.end, ctx.sentence.end)
        parties = list_before(ctx, relative.end("subject"), (EntityType.STATE,), max_gap=0) if relative else []
        if parties and parties[0].start != relative.start("subject"):
            parties = []
        ranked = _RANKED_TO_RATIFY.search(ctx.text, max(ctx.sentence.start, agreement.start - 90), agreement.start)
        if ranked is not None:
            parties += _subjects_before(ctx, ranked.start(), (EntityType.STATE,))
        span = (agreement.start, relative.end()) if relative is not None and parties else \
            (ranked.start() if ranked is not None else agreement.start, agreement.end)
        for party in parties:
            yield Candidate(agreement, "agreement_party", party, None, span, 0.7)


def _normalised_under(ctx: SentenceContext, agreements: list[Mention]) -> Iterator[Candidate]:
    for agreement in agreements:
        normalised = _NORMALISED_UNDER.search(ctx.text, max(ctx.sentence.start, agreement.start - 90),
                                              agreement.start)
        if normalised is None:
            continue
        parties = _subjects_before(ctx, normalised.start(), (EntityType.STATE,))
        if normalised.group("with"):
            parties += list_after(ctx, normalised.start("with") + 5, (EntityType.STATE,), max_gap=0)
        for party in parties:
            yield Candidate(agreement, "agreement_party", party, None, (normalised.start(), agreement.end), 0.7)


_COPULA_COMPLEMENT = re.compile(r"\s+(?:is|was|remains)\s+(?:also\s+)?(?:a|an)\s[^,;]{2,60}?")


def _parties_to(ctx: SentenceContext, agreements: list[Mention]) -> Iterator[Candidate]:
    for match in _finditer(_PARTY_TO, ctx):
        start, end = _span(match, ctx)
        agreement = next((m for m in agreements if 0 <= m.start - end <= 2), None)
        noun = _THE_AGREEMENT_NOUN.match(ctx.text, end) if agreement is None else None
        kind = noun.group("kind").lower() if noun is not None else ""
        if kind and kind not in _ANY_AGREEMENT_NOUNS + ("treaty", "protocol", "convention") \
                and ctx.last_agreement is not None and kind not in ctx.last_agreement.label.lower():
            noun = None  # ("the memorandum": of one so called)
        if agreement is None and (noun or _IT_ENDS_THE_CLAUSE.match(
                ctx.text, end) and ctx.last_agreement is not None and ctx.last_agreement.start >= _sentences_back(
                ctx, 2)):
            # "the agreement", "the new treaty", "it" (of one named in the last sentences): the one named last
            agreement = ctx.last_agreement
            if kind and agreement is not None and kind not in agreement.label.lower():
                # ("the pact" after the ICE Pact and then a memorandum: the last one its noun names)
                recent = _sentences_back(ctx, 3)
                agreement = next((a for a in reversed(ctx.agreements) if a.start >= recent
                                  and kind in a.label.lower()), agreement)
        if agreement is None:
            continue
        parties = _subjects_before(ctx, start, (EntityType.STATE,)) or _sentence_subject(ctx, start)
        if match.group(0).lstrip().startswith("and") and not (
                parties and _COPULA_COMPLEMENT.fullmatch(ctx.text, parties[-1].end, start)):
            continue  # ("A signed X and a party to Y objected": no copula the party's noun completes)
        along = _TOGETHER_WITH_AFTER.match(ctx.text, agreement.end) if parties and agreement in agreements else None
        # ("Peru is a party to the X, along with Chile and Bolivia": those named after it too)
        parties = parties + (list_after(ctx, along.end(), (EntityType.STATE,), max_gap=0) if along else [])
        for party in parties:
            yield Candidate(agreement, "agreement_party", party, None, (start, end), 0.75)
        named_end = agreement.end if agreement in agreements else noun.end() if noun else None
        nor = _NOR_IS.match(ctx.text, named_end) if parties and named_end is not None else None
        for party in list_after(ctx, nor.end(), (EntityType.STATE,), max_gap=0) if nor else ():
            # "A is not a party to the memorandum, nor is B": nor is B, in the same words
            yield Candidate(agreement, "agreement_party", party, None, (start, party.end), 0.7,
                            scope=(start, party.end))
    bare = _AMONG_THE_SIGNATORIES.search(ctx.text, ctx.sentence.start, ctx.sentence.end) \
        if ctx.last_agreement is not None and not agreements and "signatories" in ctx.folded else None
    if bare is not None and (ctx.last_agreement.start < _sentences_back(ctx, 2) or _OTHER_SIGNED_THING.search(
            ctx.text, ctx.last_agreement.end, bare.start())):
        bare = None  # (not of "A joint letter was circulated, and A and B were among the first signatories")
    if bare is not None:  # "A, B and C were among the original signatories.": of the agreement named last
        for party in _subjects_before(ctx, bare.start(), (EntityType.STATE,)):
            yield Candidate(ctx.last_agreement, "agreement_party", party, None, bare.span(), 0.7)
    for agreement in agreements if "party" in ctx.folded else ():
        # "Türkiye, a CFE state party and a NATO member, ...": the state set off before the treaty's name
        named_party = _STATE_PARTY_AFTER.match(ctx.text, agreement.end)
        apposed = _A_BEFORE_PARTY.search(ctx.text, max(ctx.sentence.start, agreement.start - 6), agreement.start) \
            if named_party else None
        party = next((m for m in ctx.mentions if apposed and m.end == apposed.start() and m.type is EntityType.STATE
                      and m.kind != "demonym"), None)
        if party is not None:
            yield Candidate(agreement, "agreement_party", party, None, (party.start, named_party.end()), 0.7)
    for match in _SIGNATORY_APPOSED.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end) \
            if "signator" in ctx.folded or "parties" in ctx.folded else ():
        # "Yemen, a signatory of the Djibouti Code of Conduct, is not taking part": the state set off
        agreement = next((m for m in ctx.mentions if m.start == match.end() and m.type is EntityType.AGREEMENT), None)
        party = next((m for m in ctx.mentions if m.end == match.start() and m.type is EntityType.STATE
                      and m.kind != "demonym"), None)
        # ("A and B, both signatories of the X,": each of the list)
        parties = (list_before(ctx, party.end, (EntityType.STATE,), max_gap=0) or [party]) \
            if party is not None and ("signatories" in match.group(0) or "parties" in match.group(0)) else [party]
        for each in parties if agreement is not None and party is not None else ():
            yield Candidate(agreement, "agreement_party", each, None, (each.start, match.end()), 0.75)
        signed_in = _IN_A_YEAR_SET_OFF.match(ctx.text, agreement.end) \
            if agreement is not None and party is not None else None
        when = next((t[2] for t in ctx.times if signed_in and t[0] == signed_in.start("year")), None)
        if when is not None:  # "Uzbekistan, one of the signatories of the X Treaty in 1992, ...": when it was signed
            yield Candidate(agreement, "agreement_date", None, when, (match.start(), signed_in.end()), 0.7)
    opening = _PARTIES_OPENING.match(ctx.sentence.text) if agreements and ctx.sentence.text.startswith(
        ("Parties", "Signatories", "Signatory")) else None
    agreement = next((m for m in agreements if opening and m.start == ctx.sentence.start + opening.end()), None)
    include = _INCLUDE_AFTER_AGREEMENT.match(ctx.text, agreement.end) if agreement is not None else None
    for party in list_after(ctx, include.end(), _SIGNERS, max_gap=0) if include else ():
        # "Parties to the X, signed in Tashkent in 1992, include A, B and C", "Signatories of X included A and B"
        yield Candidate(agreement, "agreement_party", party, None, (ctx.sentence.start, include.end()), 0.75)
    its = _ITS_PARTIES_OPENING.match(ctx.sentence.text) if ctx.last_agreement is not None and \
        ctx.sentence.text.startswith(("Its ", "The ")) and ctx.last_agreement.start >= ctx.sentence.start - 300 \
        else None
    for party in list_after(ctx, ctx.sentence.start + its.end(), _SIGNERS, max_gap=0) if its else ():
        # "The X was signed in 1936. Its original parties were A, B and C": the agreement named just before
        referred = dataclasses.replace(ctx.last_agreement, start=ctx.sentence.start,
                                       end=ctx.sentence.start + its.end("noun"))
        yield Candidate(referred, "agreement_party", party, None, (ctx.sentence.start, party.end), 0.75)
    if agreements:
        yield from _bound_to(ctx, agreements)
    for match in _finditer(_JOINED_A_TREATY, ctx) if agreements else ():
        start, end = _span(match, ctx)  # "Kazakhstan joined the X Treaty in 2006", "acceded to the Y Convention"
        treaty = next((m for m in agreements if m.start == end and not m.part_of), None)  # (not a body's programme)
        if _ASPIRATION.search(ctx.text[max(0, start - 30):start]):
            continue  # "has formally asked to join the X Programme": not yet
        # "decided not to join the State Partnership Program": a programme one is a member of
        programme = treaty is not None and treaty.label.endswith(_PROGRAMME_HEADS)
        owner = [m for m in ctx.mentions
                 if m.type is EntityType.STATE and _POSSESSIVE_S.fullmatch(ctx.text, m.end, start)]
        for party in (owner or _subjects_before(ctx, start, (EntityType.STATE,)) or _sentence_subject(ctx, start)) \
                if treaty is not None else ():
            if programme:
                yield Candidate(party, "member_of", treaty, None, (start, treaty.end), 0.75)
            else:
                yield Candidate(treaty, "agreement_party", party, None, (start, treaty.end), 0.75)
    for match in _finditer(_JOINED_A_TREATY, ctx) if not agreements and ctx.last_agreement is not None else ():
        # "The Ottawa Treaty bans landmines. Finland joined the treaty in 2012": the one named before, by its noun
        start, end = _span(match, ctx)
        noun = _THE_AGREEMENT_NOUN.match(ctx.text, end)
        if noun is None or _ASPIRATION.search(ctx.text[max(0, start - 30):start]) or \
                noun.group(0).lower() not in f"{ctx.last_agreement.label} {ctx.last_agreement.text}".lower():
            continue
        # ("Saudi Arabia, the prize Washington had chased, has not joined the accords": the head, not the aside's)
        parties = _subjects_before(ctx, start, (EntityType.STATE,)) or _sentence_subject(ctx, start)
        for party in _head_before_apposition(ctx, start, parties, (EntityType.STATE,)):
            yield Candidate(ctx.last_agreement, "agreement_party", party, None, (start, noun.end()), 0.7)
    for match in (_finditer(_TO_WHICH_PARTIES, ctx) if agreements else ()):
        # "the Rio Treaty, to which neighboring Colombia and Peru remain parties": the parties of the agreement before
        start, end = _span(match, ctx)
        before = [m for m in agreements if m.end <= start]
        agreement = before[-1] if before else None
        if len(before) > 1 and re.search(r"\bknown\s+as\s+(?:the\s+)?$", ctx.text[before[-2].end:before[-1].start]):
            agreement = before[-2]  # "X, a 1947 pact known as the Rio Treaty, to which ...": X by its other name
        who_start, who_end = match.start("who") + ctx.sentence.start, match.end("who") + ctx.sentence.start
        for party in [m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                      and who_start <= m.start < who_end] if agreement is not None else ():
            yield Candidate(agreement, "agreement_party", party, None, (start, end), 0.75, scope=(start, end))


# "X, signed in 1999, had been ratified only by A, B and C": the states that ratified it
_RATIFIED_BY = re.compile(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:since\s+)?ratified\s+"
                          r"(?:only\s+|so\s+far\s+)?by\s+(?:the\s+)?")
_COUNTED_STATES_INCLUDING = re.compile(rf"(?:more\s+than\s+|some\s+|about\s+)?(?:\d+|{TWO_TO_TEN})\s+"
                                       r"(?:states|countries|nations)(?:\s+so\s+far)?,?\s+(?:including|among\s+them)"
                                       r"\s+(?:the\s+)?")
# "The treaty, which was opened for signature in September 1996, ...": when it was signed first
_OPENED_FOR_SIGNATURE = re.compile(r"\b(?:was\s+|were\s+)?opened\s+for\s+signature\s+(?:in|on)\s+")
_THE_TREATY_OPENING = re.compile(r"(?:The|the)\s+(?:treaty|convention|protocol|agreement|pact|accord)\b")


def _ratified_by_or_opened(ctx: SentenceContext, agreements: list[Mention]) -> Iterator[Candidate]:
    """The states a passive ratification names, and the date an agreement was opened for signature: of the
    agreement the sentence names before the verb, or of the one named last where the sentence opens on "The
    treaty"."""
    for pattern in (_RATIFIED_BY, _OPENED_FOR_SIGNATURE):
        for match in pattern.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
            before = [m for m in agreements if m.end <= match.start()]
            agreement = before[-1] if before else ctx.last_agreement if _THE_TREATY_OPENING.match(
                ctx.text, ctx.sentence.start) and not agreements else None
            if agreement is None:
                continue
            if pattern is _RATIFIED_BY:
                # ("has been ratified by 73 states, including Mexico, Chile and Kazakhstan": those it names)
                counted = _COUNTED_STATES_INCLUDING.match(ctx.text, match.end())
                for party in list_after(ctx, counted.end() if counted else match.end(), (EntityType.STATE,),
                                        max_gap=0):
                    yield Candidate(agreement, "agreement_party", party, None, match.span(), 0.7)
                continue
            when = next((t for t in ctx.times if t[0] == match.end() and t[3] not in ("weekday", "relative")
                         and "X" not in t[2]), None)
            if when is not None:
                yield Candidate(agreement, "agreement_date", None, when[2], (match.start(), when[1]), 0.7)


# (not "the new pact": after an older one is named, too often one kg did not find)
# ... and "Armenia's accession to the Rome Statute": the possessive's
_JOINED_A_TREATY = Cue(re.compile(r"\b(?:joined|joins|join|joining|acceded\s+to|accedes\s+to|accede\s+to|"
                                  r"acceding\s+to|(?<=['’]s )accession\s+to)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?"),
                       "join", "acced", "accession")
_OF_THE_BODY_BEFORE = re.compile(r"\sof\s+(?:the\s+)?$")
_PROGRAMME_HEADS = ("Program", "Programme", "Partnership", "Initiative")
def _pact_being_signed(ctx: SentenceContext, when: str | None, noun_end: int) -> bool:
    """Whether the pact named last is the one "the agreement" (ending at ``noun_end``) signed in this sentence
    refers to: named in this sentence or the one before, where it is signed, ratified or approved, with no other
    year ("X ratified the Treaty on Y on Monday. A and B signed the agreement on June 19"; not "The Lisbon Treaty
    reshaped the EU", nor "The X Treaties were signed in 2010. A and B signed the agreement in 2025"), and no
    complement of its own after the noun ("signed the agreement to build a corridor")."""
    pact = ctx.last_agreement
    sentence_before = _sentences_back(ctx, 1)
    if pact is None or pact.start < sentence_before or _AGREEMENT_COMPLEMENT.match(ctx.text, noun_end):
        return False
    told = ctx.text[sentence_before:ctx.sentence.start]
    years = set(_YEAR_IN_TEXT.findall(told))
    return _PACT_EVENT.search(told) is not None and (not years or when is None or when[:4] in years)


_PACT_EVENT = re.compile(r"\b(?:ratif\w*|sign\w*|approv\w*|endors\w*|initial\w*|conclud\w*|inked|adopt\w*)\b",
                         re.IGNORECASE)
_AGREEMENT_COMPLEMENT = re.compile(r"\s+(?:to|on|for|with|between|that|which|under)\b")
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
_THE_AGREEMENT_SIGNED = re.compile(r"\bthe\s+(?P<noun>agreement|accord|treaty|pact|memorandum|declaration|"
                                   r"protocol)$", re.IGNORECASE)
_SOMETHING_UNDER_IT = re.compile(r"\s(?:under|within|through|as\s+part\s+of)\s+(?:the\s+)?(?:[\w-]+(?:’s|'s)\s+)?$")
_IT_ENDS_THE_CLAUSE = re.compile(r"it(?=\s*[.,;]|\s+(?:either|yet|since|until)\b)")
_THE_AGREEMENT_NOUN = re.compile(r"(?:(?:bilateral|landmark)\s+)?"
                                 r"(?P<kind>agreement|treaty|pact|accord|protocol|convention|memorandum|charter|"
                                 r"declaration)s?\b", re.IGNORECASE)
_NOR_IS = re.compile(r",\s+nor\s+(?:is|are|was|were)\s+(?:the\s+)?")
# "France is bound to Germany by the 1963 Elysee Treaty and the Aachen Treaty, and to Italy by the Quirinal Treaty"
_BOUND_TO = Cue(re.compile(r"\bbound\s+to\s+(?:the\s+)?(?=[A-Z])"), "bound to")
_BY_AN_AGREEMENT = re.compile(r"\s+by\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?")
_AND_TO_ANOTHER = re.compile(r"[^,;.]{0,40}?,?\s+and\s+to\s+(?:the\s+)?(?=[A-Z])")


def _bound_to(ctx: SentenceContext, agreements: list[Mention]) -> Iterator[Candidate]:
    """"A is bound to B by the X Treaty (and to C by the Y Treaty)": each treaty's parties."""
    for match in _finditer(_BOUND_TO, ctx):
        start, end = _span(match, ctx)
        subjects = _subjects_before(ctx, start, (EntityType.STATE,)) or _sentence_subject(ctx, start)
        position = end
        while subjects:
            other = next((m for m in ctx.mentions if m.start == position and m.type is EntityType.STATE
                          and m.kind != "demonym"), None)
            by = _BY_AN_AGREEMENT.match(ctx.text, other.end) if other is not None else None
            bound_by = list_after(ctx, by.end(), (EntityType.AGREEMENT,), max_gap=0) if by else []
            if not bound_by or bound_by[0].start != by.end():
                break
            for agreement in bound_by:
                for party in subjects + [other]:
                    yield Candidate(agreement, "agreement_party", party, None, (start, agreement.end), 0.75)
            following = _AND_TO_ANOTHER.match(ctx.text, bound_by[-1].end)
            if following is None:
                break
            position = following.end()


# ("to which Turkey, Russia, Bulgaria and Romania are among the parties", "to which A and B are state parties")
_TO_WHICH_PARTIES = Cue(re.compile(r",\s+to\s+which\s+(?P<who>[^,;]{2,80}?(?:,\s+[^,;]{2,40}?)*)\s+(?:is|are|was|were|"
                                   r"remains?|has\s+been|have\s+been)\s+(?:(?:also|still|all|both|now|among\s+the)\s+)*"
                                   r"(?:a\s+)?(?:(?:state|contracting|founding|original)\s+)?"
                                   r"(?:part(?:y|ies)|signator(?:y|ies))\b"), "which")
_CLAUSE_PUNCTUATION = re.compile(r"[,;]")


def _clause_end(ctx: SentenceContext, position: int) -> int:
    """Where the clause that goes on at ``position`` ends: the next ',' or ';', else the sentence's end."""
    stop = _CLAUSE_PUNCTUATION.search(ctx.text, position, ctx.sentence.end)
    return stop.start() if stop else ctx.sentence.end


def _signing_time(ctx: SentenceContext, start: int, end: int) -> str | None:
    """The date of a signing between ``start`` and ``end`` (its own stretch of the sentence): a day, a
    month or "in 2022"; a relative week is too loose, a bare year may be anything but a date ("2022 deal").
    A later act of another verb ends the stretch ("signed the treaty on the first day and ratified it in 2000")."""
    later_act = _LATER_ACT.search(ctx.text, start, end)
    return _first_date(ctx, start, later_act.start() if later_act else end, year_after_in=True)


_SUBORDINATE_CLAUSE = re.compile(r"\s+(?:after|before|when|while|because|although|though)\s")
# ", the regional grouping it quit": a body set off, and the pronoun of the state that left it
_BODY_IT_LEFT_BEFORE = re.compile(r",\s+the\s+(?:[\w-]+\s+){0,3}?(?:grouping|bloc|alliance|organi[sz]ation|body|"
                                  r"union|community|forum|force)\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:\w+ly\s+)?$")
_FROM_WHICH_BEFORE = re.compile(r",\s+(?:from\s+)?which\s+$")
_LATER_ACT = re.compile(r"\s+(?:and|but)\s+(?:later\s+|then\s+|only\s+|subsequently\s+|has\s+|have\s+|had\s+|never\s+)*"
                        r"(?:ratified|ratifies|approved|withdrew|left|suspended|revoked|denounced|quit)\b")


# Bodies sign as states do ("a 2013 agreement signed by ECOWAS and ECCAS"); what a council adopts is not theirs.
_SIGNERS = (EntityType.STATE, EntityType.ALLIANCE, EntityType.ORGANIZATION)
_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}")


def _apposed_to_an_organisation(ctx: SentenceContext, agreement: Mention) -> bool:
    """"AUKUS, the security pact between A, B and C": the pact is the organisation, its members no parties."""
    return agreement.kind == "agreement" and any(
        m.type in ORGS and m.end <= agreement.start and _APPOSED.fullmatch(ctx.text, m.end, agreement.start)
        for m in ctx.mentions)
_APPOSED_SIGNING = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|treaty|pact|accord|convention|"
                              r"charter|code|deal)\s+signed\b")
_WAS_SIGNED = re.compile(rf"(?:{_OF_A_DATE})?"  # ("X of 12 May 2015 was signed")
                         r"\s*(?:was|were|has been|had been)?\s*(?:signed|inked|sealed)")
_NAME_SET_OFF = re.compile(r"\s+[A-Z][a-z]+(?:\s[A-Z][\w-]+){1,2},")  # ("and Ali Shamkhani, secretary of ...")
# the clause after the signers (or a witness's phrase: "..., in the presence of X, China's top diplomat")
_SIGNERS_END = re.compile(r",\s+(?:and|but|while|which|who|whose|in\s+the\s+presence\s+of|witnessed\s+by)\b|;")


_NEW_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:the\s|[a-z])")  # (not "in Washington, D.C. on 18 December by")
_REGION_PREFIX = re.compile(r"\b(?:Inter|Pan|Trans|Latin)[- ]$")
_BROKERED = re.compile(r"[-–](?:brokered|mediated|sponsored|facilitated)\b")
_SIGNING_VERB = re.compile(r"\b(?:signed|concluded|adopted|ratified|inked|sealed)\b")
_BY_WORD = re.compile(r"\bby\s+")
_BETWEEN_AFTER_SIGNING = re.compile(r"(?:\s+(?:in|on)\s+[^,;]{1,30}?)?\s+between\s+")
_GOVERNMENT_AFTER = re.compile(r"\s+(?:government|authorities)\b")
_IN_THE_SIGNERS_LIST = re.compile(r"(?:(?:(?!\bwith\b)[^;])*?(?:,|\band)\s+)?(?:the\s+)?")
_GOVERNMENT_AND = re.compile(_GOVERNMENT_AFTER.pattern + r"\s+and\s+(?:the\s+)?")
_OTHER_PARTICIPLE_BY = re.compile(r",\s+(?:brokered|mediated|negotiated|facilitated|drafted|prepared)\s+by\s")


def _skip_spaces(text: str, position: int) -> int:
    """The position of the first character at or after ``position`` that is no white space."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _signed_by(ctx: SentenceContext, agreement: Mention, span_end: int) -> Iterator[Candidate]:
    """"... was signed in Manila by Japanese Foreign Minister X and Philippine Defence Secretary Y" (or
    "by Japan and the Philippines"): the states that signed, by name or by their officials' adjective."""
    signing = _SIGNING_VERB.search(ctx.text, agreement.end, span_end)
    # (the "by" of the signing: not "brokered by Türkiye and signed by A and B")
    after = signing.end() - agreement.end if signing is not None and _OTHER_PARTICIPLE_BY.search(
        ctx.text, agreement.end, signing.start()) else 0
    after_agreement = ctx.text[agreement.end:span_end]
    by = _BY_WORD.search(after_agreement, after)
    if by is None and signing is not None:
        # "... was signed on 5 November 2019 between the Yemeni government and the STC": the pair after the verb
        by = _BETWEEN_AFTER_SIGNING.match(after_agreement, signing.end() - agreement.end)
    verb = _SIGNING_VERB.search(ctx.text, agreement.end, agreement.end + by.start()) if by else None
    if by is None or verb is not None and _NEW_CLAUSE_AFTER_COMMA.search(ctx.text, verb.end(),
                                                                         agreement.end + by.start()):
        return  # "the Montreux Convention, signed in 1936, the phase was conducted by A": not the signing's "by"
    by_start = agreement.end + by.end()
    next_clause = _SIGNERS_END.search(ctx.text, by_start, span_end)  # "..., and it tests the centre in Yaoundé"
    people = [m.start for m in ctx.mentions if m.type is EntityType.PERSON]
    while next_clause is not None and next_clause.group(0).endswith("and") and (
            _skip_spaces(ctx.text, next_clause.end()) in people
            or _NAME_SET_OFF.match(ctx.text, next_clause.end()) is not None):
        # ("signed by X, Chile's defence minister, and Y, Peru's foreign minister": the next signer)
        next_clause = _SIGNERS_END.search(ctx.text, next_clause.end(), span_end)
    span_end = next_clause.start() if next_clause else span_end
    types = _SIGNERS if _WAS_SIGNED.match(ctx.text, agreement.end, by_start) \
        or _APPOSED_SIGNING.match(ctx.text, agreement.end) else (EntityType.STATE,)  # "adopted by the Council"
    signers: dict[str, Mention] = {}
    for mention in ctx.mentions:
        if mention.type in types and by_start <= mention.start < span_end and (
                mention.kind != "demonym" or any(0 <= start - mention.end <= 40 for start in people)
                or _GOVERNMENT_AFTER.match(ctx.text, mention.end)  # ("the Yemeni government", in the list)
                and _IN_THE_SIGNERS_LIST.fullmatch(ctx.text, by_start, mention.start)):
            signers.setdefault(mention.label, mention)
    parties = list(signers.values())
    counted = _COUNTED_SUBJECT.match(ctx.text, by_start) if not parties else None
    if counted:  # "signed by the two countries": the states the sentence named before it, or an earlier list
        size = _NUMBER_WORDS.get((counted.group(1) or "").lower())
        named = list({m.label: m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                      and m.end <= agreement.start}.values())
        parties = named if len(named) == size else _last_list_of(ctx, size)
    trigger = (agreement.start, span_end)
    for party in parties:
        yield Candidate(agreement, "agreement_party", party, None, trigger, 0.7)
    # a treaty of five is no signing of each with each, nor is a code that bodies signed
    if len(parties) in (2, 3) and all(p.type is EntityType.STATE for p in parties):
        # ("was signed in Prague on 8 April 2010 by A and B": the signing's date, before its signers)
        # ... or after them: "was signed by A, B and C in Lima on 3 May 2024"
        when = (_signing_time(ctx, signing.end(), agreement.end + by.start())
                or _signing_time(ctx, parties[-1].end, span_end)) if signing is not None else None
        for first, second in itertools.combinations(parties, 2):
            yield Candidate(first, "signed_agreement_with", second, None, trigger, 0.7, when)


# -- founding ------------------------------------------------------------------------------------------

# "The X Treaty, signed in Y on DATE by A, B and C, established the Z": what the signing set up
_ESTABLISHED_THE_BODY = re.compile(r",\s+(?:which\s+)?(?:established|created|set\s+up|founded|gave\s+birth\s+to)\s+"
                                   r"(?:the\s+)?")


def _body_an_agreement_set_up(ctx: SentenceContext) -> Iterator[Candidate]:
    """"The MoU, signed in Helsinki on 4 November 2009 by A, B and C, established NORDEFCO": the body's founders
    are the states that signed the agreement, and its founding date the signing's."""
    for match in _ESTABLISHED_THE_BODY.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        body = next((m for m in ctx.mentions if m.start == match.end() and m.type in ORGS), None)
        if body is None:
            continue
        agreement = ctx.mentions[0] if ctx.mentions and ctx.mentions[0].type is EntityType.AGREEMENT \
            and _opens_sentence(ctx, ctx.mentions[0]) else None
        agreement = agreement or _agreement_referred_to(ctx)[1]  # ("The MoU, signed ... by A and B, established X")
        if agreement is None:
            continue
        span = (agreement.start, body.end)
        for signing in _signed_by(ctx, agreement, match.start()):
            if signing.relation == "agreement_party" and signing.object.type is EntityType.STATE:
                yield Candidate(body, "founded_by", signing.object, None, span, 0.7)
        when = next((t for t in ctx.times if agreement.end <= t[0] < match.start()
                     and t[3] not in ("weekday", "relative") and "X" not in t[2]), None)
        if when is not None:
            yield Candidate(body, "founded_in", None, when[2], span, 0.7)


_LEADERS_OF_OPENING = re.compile(r"(?:The\s+)?(?:[a-z]+\s+)?(?:presidents|leaders|heads\s+of\s+state|prime\s+ministers|"
                                 r"foreign\s+ministers|defen[cs]e\s+ministers|ministers|governments)\s+of\s+(?:the\s+)?")
_FOUNDED = Cue(re.compile(r"\b(?:was|were|been)?\s*(?:set up|founded|established|created|formed|launched|unveiled|"
                          # ("The ADMM-Plus, inaugurated in Hanoi in 2010, ...")
                          r"(?<=, )inaugurated(?=\s+(?:in|on)\s))\b|"
                          # "AUKUS was announced on 15 September 2021 by A, B and C": a pact its founders announced
                          r"\b(?:was|were)\s+(?:jointly\s+)?announced(?=[^,;.]{0,40}\s+by\s)|"
                          r",\s+(?:forming|creating|establishing|setting\s+up)\b|"
                          # ("A and B signed a declaration on Friday creating X": what the signing made)
                          r"(?<=\w)\s+(?:creating|establishing)(?=\s+(?:the\s+)?[A-Z])|"
                          r"\s(?:helped|help|helps)\s+(?:to\s+)?(?:found|establish|create|set\s+up|launch)\b", re.I),
               "set up", "setting up", "founded", "established", "establishing", "created", "creating", "formed",
               "forming", "launched", "unveiled", "help", "announced", "inaugurated")
# "NATO, the Western alliance France helped found in 1949": the body a reduced relative clause is on
_SINCE_IT_BEFORE = re.compile(r"\b(?:since|when|after)\s+it\s+$")
_REDUCED_RELATIVE_GAP = re.compile(r",\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?")
_RELATIONS_AFTER = re.compile(r"\s+(?:full\s+)?(?:diplomatic\s+|formal\s+|military\s+|closer\s+)?"
                             r"(?:relations|ties|contacts|links)\b")
# "A and B left the X in 2025, forming the Y": the participle's subjects are the clause's, and so is its time.
_PARTICIPLE = re.compile(r",\s+(?=\w+ing\b)|\s+(?=(?:creating|establishing)\s)")


# ", which founded", ", who had founded": a relative clause whose verb is the founding
_RELATIVE_CLAUSE_BEFORE = re.compile(r",\s+(?:which|who|that)\s+(?:(?:had|has|have|also|jointly|once|first)\s+)*$")
_THING_NAMED_AFTER_BODY = re.compile(r"\s+(?!(?:in|on|at|and|with|for|as|to|by|after|last|this|next|since)\b)"
                                     r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:plan|programme|program|project|deal|"
                                     r"agreement|pact|strategy|initiative|pillar|framework|fund|roadmap)\b")
# "Founded in Shanghai in 2001 by China, Russia and four others, the SCO ...": the organisation follows.
_THE_SUBJECT_OPENING = re.compile(r"\s*(?:(?:In|On|Last|Earlier|This|At)\s[^,;]{1,30},\s*)?(?:[Tt]he\s+)?")
_SET_OFF_SIZED_NAME = re.compile(r",\s*(?:the\s+)?(?:[\w-]+-(?:member|nation|country|state)\s+)?$")
_FRONTED_FOUNDING = re.compile(r"(?:Founded|Established|Created|Set up|Formed|Launched)\b")
_THE_BLOC_SET_OFF = re.compile(rf",\s+(?:the|this)\s+(?:[\w-]+-led\s+)?{_BLOC_NOUN}(?!['’]s|\s+of\b)")


_UNDER_AGREEMENT = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s+(?:under|through|by|with)\s+(?:the\s+)?")
# ("the Union State, a loose political and military alliance the two countries founded in 1999": no pronoun)
_APPOSED_THAT_BEFORE = re.compile(r"(?:\s*\([A-Z][\w ]*\))?,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}?"
                                  r"(?:group|grouping|format|forum|alliance|bloc|organi[sz]ation|initiative|body|"
                                  # ("AUKUS, the partnership that A, B and C founded on 15 September 2021")
                                  r"coalition|force|partnership|pact|union|dialogue|mechanism|arrangement|community|"
                                  r"league|association|confederation|federation)\s+"
                                  # ("the G5 Sahel, a regional force it had founded in 2014 with A and B")
                                  rf"(?:(?:that|which)\s+|(?=the\s+(?:{TWO_TO_TEN})\s+)|(?=(?:it|they)\s))"
                                  r"(?:[^,;]|,(?=\s+(?:the\s+)?[A-Z]))*$")
_WHICH_BEFORE = re.compile(r"(?:\s*\([A-Z]{2,}[\w ]*\))?,\s+which\s+(?:[^,;]|,(?=\s+(?:the\s+)?[A-Z]))*$")
_AUXILIARY_OR_NOT_BEFORE = re.compile(r"(?:\b(?:was|were|is|are|been|be|not|never)|n[’']t)\s+(?:\w+ly\s+)?$")
# After a passive founding verb, its time or place and then "with" the states it was founded with.
_AS_ITS_FIRST_ONES = re.compile(r"\s+as\s+(?:its|their)\s+(?:(?:first|initial|original)\s+|(?P<founding>founding)\s+)?"
                                r"(?:members|partners|participants|participating\s+states)\b")
_FOUNDED_WITH = re.compile(r"(?:\s+(?:in|on|at)\s+[\w ]{1,30}?)?\s+(?:together\s+)?with\s+(?:the\s+)?"
                           r"(?:neighbou?ring\s+)?")
# ("by five South American states: A, B, ...", "by the juntas of A, B and C")
_FOUNDERS_COUNTED = re.compile(r"(?:\w+\s+){0,3}(?:states|countries|nations)\b[^:;.]{0,60}:\s*(?:the\s+)?|"
                               # "by 12 countries(,) including the United States, Britain and France"
                               # ("by six colonial powers including A, B and C")
                               r"(?:\w+\s+){0,2}(?:states|countries|nations|powers|governments),?\s+"
                               r"(?:including|among\s+them)\s+(?:the\s+)?|"
                               # "by a dozen countries of the Americas that are critical of X, including A, B and C"
                               rf"(?:a\s+dozen|several|some|(?:more\s+than\s+)?(?:\d+|{TWO_TO_TEN}))\s+"
                               r"(?:countries|states|nations)\b[^;.()]{0,100}?,\s+(?:including|among\s+them|"
                               r"such\s+as)\s+(?:the\s+)?|"
                               # "by the foreign ministers of Poland, Lithuania and Ukraine"
                               r"(?:[a-z]+\s+)?(?:ministers|leaders|presidents|heads\s+of\s+state|governments|juntas|"
                               r"military\s+(?:rulers|governments|leaders))\s+of\s+"
                               r"(?:the\s+)?|"
                               # "by its neighbours Mali, Burkina Faso and Niger"
                               r"(?:its|their)\s+(?:[a-z]+\s+)?(?:neighbours|neighbors|allies|partners)\s+|"
                               # "by its five members, A, B, C, D and E": founders, and members too
                               rf"(?:its|their)\s+(?:(?:\d+|{TWO_TO_TEN})\s+)?(?P<members>members),?\s+(?:the\s+)?")


_CLAUSE_OF_ANOTHER_NAME = re.compile(r"[,;]\s+(?:while|whereas|and|but)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                                     r"(?:\s+(?:was|were|had\s+been|has\s+been)\b[\w\s]*)?\s*$")
_AT_THE_INITIATIVE_OF = re.compile(r"\b(?:at|on)\s+the\s+(?:joint\s+)?initiative\s+of\s+(?:the\s+)?")
_WHICH_IT = re.compile(r"\b(?:which|that|force|alliance|bloc|group|grouping|organi[sz]ation)\s+(?:it|they)"
                       r"(?:\s+(?:also|jointly|then|had|has|have))*\s*$")


_WHICH_WAS = re.compile(r",\s+(?:which|that)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?")
_JUST_A_COMMA = re.compile(r"\s*,\s*")
# ("the JEF, a coalition that Britain launched in 2014": the body, described)
_BODY_BEFORE_THAT = re.compile(r"\s*(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:coalition|alliance|bloc|grouping|group|"
                               r"organi[sz]ation|initiative|format|framework|force|body|forum|partnership|pact)\s*)?")
_THAT_SUBJECT_BEFORE = re.compile(r"\bthat\s+(?:[A-Z][\w.-]*\s+){1,3}(?:\w+ly\s+)?$")
# Whether "founded" is passive ("is formally established") or a participle ("X, launched in 2015 by"), not a
# subject's own verb ("NATO on Monday launched X"), whose "by" after a clause set off is another verb's
_PASSIVE_OR_PARTICIPLE_BEFORE = re.compile(r"(?:,|\b(?:is|are|was|were|been|be|being)(?:\s+\w+ly)?)\s*$")
_CLAUSE_SET_OFF = re.compile(r",\s+[A-Za-z]")  # (a comma in a date, "June 6, 1997 by", sets off nothing)
_POSSESSIVE_THING_BEFORE_VERB = re.compile(r"['’]s\s+[\w-]+(?:\s+[\w-]+){0,4}\s+"
                                           r"(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:[a-z]+ly\s+)?")
_OBJECT_AFTER_VERB = re.compile(r"\s+(?:(?:the|a|an|its|their)\s|[A-Z])")
# The subject right before its verb, past an adverb or a time ("NATO on Monday launched", "A and B jointly set up")
# ("NATO and Georgia launched joint exercises": a subject of two)
_ACTIVE_VERB_AFTER_SUBJECT = re.compile(r"(?:\s*\([A-Z]{2,8}\)|\))?"
                                        r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
                                        # ("The EU's foreign ministers on Monday formally launched": its people)
                                        r"(?:\s+(?:(?:foreign|defen[cs]e)\s+)?(?:ministers|leaders|officials))?"
                                        r"(?:\s+(?:(?:on|in|last|this)\s+[\w ]{1,20}?\s+|"
                                        r"(?:also|jointly|formally|officially|then|later|yesterday|today|recently|"
                                        r"earlier)\s+)){0,2}\s*")


# "Peru is a member of the Pacific Alliance, the trade bloc it founded with Chile and Mexico in 2011"
_APPOSED_IT_FOUNDED = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?"
                                 r"(?:that\s+|which\s+)?(?P<who>it|they)\s+(?:co-?)?"
                                 r"(?:founded|set\s+up|created|established|launched|formed)\s+"
                                 r"(?:together\s+)?with\s+(?:the\s+)?")


def _founded_by_the_subject_with(ctx: SentenceContext) -> Iterator[Candidate]:
    """"A is a member of X, the bloc it founded with B and C in 2011": A, B and C founded X, then."""
    for org in ctx.mentions:
        apposed = _APPOSED_IT_FOUNDED.match(ctx.text, org.end) if org.type in ORGS else None
        others = list_after(ctx, apposed.end(), (EntityType.STATE,), max_gap=0) if apposed else []
        subject = (_opening_state(ctx) if apposed.group("who") == "it" else _opening_states(ctx)) if others else []
        if subject and any(m.type is EntityType.STATE and subject[-1].end < m.start < org.start
                           and not _LIKE_BEFORE.search(ctx.text, max(ctx.sentence.start, m.start - 8), m.start)
                           for m in ctx.mentions):
            subject = []  # "Germany urged Indonesia to stay in ASEAN, the bloc it founded with ...": which "it" is
        founders = [m for m in subject if m.end <= org.start] + others if subject else []
        if not founders:
            continue
        trigger = (org.start, founders[-1].end)
        for founder in founders:
            yield Candidate(org, "founded_by", founder, None, trigger, 0.7)
        year = _YEAR_AFTER_LIST.match(ctx.text, founders[-1].end)
        when = _first_date(ctx, year.start(), year.end()) if year else None
        if when:
            yield Candidate(org, "founded_in", None, when, (org.start, year.end()), 0.7)


_YEAR_AFTER_LIST = re.compile(r"\s+in\s+(?:19|20)\d\d\b")
_LIKE_BEFORE = re.compile(r"\b(?:unlike|like)\s+(?:the\s+)?$", re.IGNORECASE)


_BODY_NAMES_A_THING = re.compile(r"(?:[–-][\w-]+)*(?:\s+[\w-]+){0,3}?\s+(?:project|programme|program|plan|fund|"
                                 r"scheme|facility|network|course|centre|center|mission|force|operation)s?\b")
_APPOSED_THING_BEFORE_VERB = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                                        r"(?:mission|force|operation|project|programme|program|initiative|coalition|"
                                        r"task\s+force|fund)\s+$")
_APPOSED_DESCRIPTION_BEFORE_VERB = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?,\s+(?:an?|the)\s+"
                                              r"[^,;()]{2,60}?\s+")
_SET_OFF_THING = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$")
# The predecessor a body grew out of, right before a founding ("..., formed in 1996", "..., which was formed in 1996"):
# the predecessor's
_PREDECESSOR_THEN_FOUNDING = re.compile(r"\b(?:grew\s+out\s+of|evolved\s+(?:out\s+of|from)|emerged\s+from|succeeded|"
                                        r"replaced|successor\s+(?:to|of))\s+[^,;]{2,60},\s+(?:(?P<which>which|that)\s+"
                                        r"(?:(?:was|were|had|has)\s+(?:been\s+)?)?|an?\s+[\w-]+\s+)?$")
_UNNAMED_THING_THEY_MADE = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+){{1,5}}?(?:the\s+(?:{TWO_TO_TEN})|they|both)\s+"
                                      r"(?:(?:had|have|has)\s+)?$")


# ("when the defence ministers of A and B signed a memorandum of understanding": one not named before)
_SIGNED_BEFORE_AGREEMENT = re.compile(r"\b(?:signed|adopted|concluded)\s+(?:the\s+|its\s+|an?\s+)?$")
_CREATED_WHEN_SIGNED = re.compile(r"(?:(?:In|On)\s+[^,;]{2,30},\s+)?(?:The\s+)?(?P<body>[A-Z])[^,;]{0,80}?\s+"
                                  r"(?:was|were)\s+(?:formally\s+)?(?:created|founded|established|set\s+up|launched|"
                                  r"born)\b[^;]{0,80}?,"
                                  r"\s+when\s+(?:the\s+(?:leaders|presidents|heads\s+of\s+state|heads\s+of\s+"
                                  r"government|foreign\s+ministers|defen[cs]e\s+ministers)\s+of\s+)?(?:the\s+)?")
_AND_ITS_SIGNERS = re.compile(r"\s+(?:(?:formally|jointly|all)\s+)?")
_CREATING_AFTER_AGREEMENT = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?,?\s+(?:creating|establishing|setting\s+up|"
                                       r"founding|which\s+(?:created|established|set\s+up|founded))\s+(?:the\s+)?")


def _founded_by_signing(ctx: SentenceContext) -> Iterator[Candidate]:
    """"A, B and C signed the Liptako-Gourma Charter, creating the Alliance of Sahel States": the signatories
    founded the body, when the sentence says they signed."""
    for agreement in ctx.mentions:
        if agreement.type is not EntityType.AGREEMENT:
            continue
        signed = _SIGNED_BEFORE_AGREEMENT.search(ctx.text, max(ctx.sentence.start, agreement.start - 20),
                                                 agreement.start)
        creating = _CREATING_AFTER_AGREEMENT.match(ctx.text, agreement.end) if signed else None
        body = next((m for m in ctx.mentions if creating and m.start == creating.end() and m.type in ORGS
                     and m.kind != "demonym"), None)
        founders = _subjects_before(ctx, signed.start(), (EntityType.STATE,)) if body is not None else []
        created = _CREATED_WHEN_SIGNED.match(ctx.text, ctx.sentence.start) \
            if signed is not None and body is None and "when" in ctx.folded else None
        if created is not None and created.end() <= signed.start():
            # "Unasur was created on 23 May 2008, when the leaders of A, B and C signed its Constitutive Treaty": the
            # body the sentence opens with, founded by the signatories
            body = next((m for m in ctx.mentions if m.start == created.start("body")
                         and m.type in ORGS and m.kind != "demonym"), None)
            founders = [m for m in list_after(ctx, created.end(), (EntityType.STATE,), max_gap=0)
                        if m.end <= signed.start()] if body is not None else []
            if founders and _AND_ITS_SIGNERS.fullmatch(ctx.text, founders[-1].end, signed.start()) is None:
                founders = []
        for founder in founders:
            yield Candidate(body, "founded_by", founder, None, (founders[0].start, body.end), 0.75)
        when = _first_date(ctx, ctx.sentence.start, agreement.start) if founders else None
        if when is not None:
            yield Candidate(body, "founded_in", None, when, (ctx.sentence.start, body.end), 0.7)


# "Mercosur's founders – A, B, C and D – met", "the founders of Mercosur, A and B,": the states named after the noun
_FOUNDERS_OF = re.compile(r"(?:(?P<possessive>['’]s)\s+|(?P<its>\b[Ii]ts\s+)|"
                          r"\b[Tt]he\s+)(?:four\s+|five\s+|six\s+|original\s+)?founders"
                          r"(?(possessive)|(?(its)|\s+of\s+(?:the\s+)?))")
# "Ecuador was among the founders of X", "Peru is one of the founders of X": the subject before
_AMONG_THEM_BEFORE = re.compile(r"\s+(?:was|were|is|are)\s+(?:also\s+)?(?:among|one\s+of)\s+$")
_FOUNDERS_LISTED = re.compile(r"(?:\s*\([A-Z][\w-]{1,9}\))?(?:\s*(?:[–—:]|--)\s*|,\s+|\s+(?:were|are)\s+)"
                              r"(?:the\s+)?")


def _founders_named(ctx: SentenceContext) -> Iterator[Candidate]:
    for match in _FOUNDERS_OF.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        if match.group("possessive"):
            body = next((m for m in ctx.mentions if m.end == match.start() and m.type in ORGS), None)
            listed = _FOUNDERS_LISTED.match(ctx.text, match.end()) if body is not None else None
        elif match.group("its"):  # "Its founders were A, B and C": the body named before
            body = ctx.last_org if ctx.last_org is not None and ctx.last_org.start < ctx.sentence.start and \
                match.start() == ctx.sentence.start else None
            listed = _FOUNDERS_LISTED.match(ctx.text, match.end()) if body is not None else None
        else:
            body = next((m for m in ctx.mentions if m.start == match.end() and m.type in ORGS), None)
            listed = _FOUNDERS_LISTED.match(ctx.text, body.end) if body is not None else None
        founders = list_after(ctx, listed.end(), (EntityType.STATE,), max_gap=0) if listed else []
        among = _AMONG_THEM_BEFORE.search(ctx.text, max(ctx.sentence.start, match.start() - 24), match.start()) \
            if body is not None and not founders and not match.group("its") else None
        if among is not None:  # "Ecuador was among the founders of PROSUR": the subject
            founders = list_before(ctx, among.start(), (EntityType.STATE,), max_gap=0)
        if any(ctx.text.startswith(("'s", "’s"), m.end) for m in founders):
            continue  # "The Quad's founders – Japan's Shinzo Abe among them –": people, named by their states
        for state in founders:
            yield Candidate(body, "founded_by", state, None, (match.start(), founders[-1].end), 0.75)


def _states_of_officials_after(ctx: SentenceContext, position: int, limit: int) -> list[Mention]:
    """"by Romanian President X and his Polish counterpart Y": the states of the officials named from ``position`` to
    the clause's end, each by the people's adjective before the official's titles."""
    comma = ctx.text.find(",", position, limit)
    end = comma if comma > 0 else limit
    people = [m for m in ctx.mentions if m.type is EntityType.PERSON and position <= m.start < end]
    states: dict[str, Mention] = {}
    for person in people:
        state = next((m for m in reversed(ctx.mentions) if m.type is EntityType.STATE and m.kind == "demonym"
                      and position <= m.start and 0 <= person.start - m.end <= 40), None)
        if state is None:
            return []  # (an official whose state the text does not give here)
        states.setdefault(state.label, state)
    return list(states.values())


def _force_founded(ctx: SentenceContext) -> Iterator[Candidate]:
    """The founding of a force or an operation, told right after its name: "Atalanta, launched in 2008, ...",
    "KFOR was established in June 1999", "the Combined Joint Expeditionary Force that Britain and France set up in
    2010" (with the states that set it up). Not a ship's: a ship is launched as it leaves the yard."""
    for force in ctx.mentions:
        if force.type is not EntityType.MILITARY_UNIT or SHIP_NAME.match(force.label) or \
                force.start < ctx.sentence.start:
            continue
        told = _FORCE_FOUNDED_AFTER.match(ctx.text, force.end)
        founders: list[Mention] = []
        if told is None:
            made = _MADE_BY_SUBJECTS_AFTER.match(ctx.text, force.end)
            founders = list_after(ctx, made.end(), (EntityType.STATE,), max_gap=0) if made else []
            verb = _FOUNDING_VERB_AFTER.match(ctx.text, founders[-1].end) if founders else None
            if verb is None:
                continue
            end = verb.end()
        else:
            end = told.end()
            by = _BY_AFTER_VERB.match(ctx.text, end)
            founders = list_after(ctx, by.end(), (EntityType.STATE,), max_gap=0) if by else []
        clause_end = _clause_end(ctx, end)
        when = next((t for t in ctx.times if end <= t[0] < min(clause_end, end + 60)
                     and t[3] not in ("weekday", "relative")), None)
        span = (force.start, when[1] if when else end)
        for founder in founders:
            yield Candidate(force, "founded_by", founder, None, span, 0.7, scope=span)
        if when is not None:
            yield Candidate(force, "founded_in", None, when[2], span, 0.7, scope=span)


# ", launched in 2008", ", which was created in 1984", ", a naval operation set up in 2020", " was established in"
# ("UNIFIL, which has some 10,000 troops, was created in 1978": a relative clause set off before the verb)
_FORCE_FOUNDED_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?(?:,\s+(?:which\s+was\s+|"
                                  r"(?:an?|the)\s+[^,;()]{2,60}?\s+)?|\s+(?:was|were|has\s+been)\s+|"
                                  r",\s+which\s+(?!was\b)(?:[^,;()]|,(?=\d)){2,80}?,\s+(?:was|were|has\s+been)\s+|"
                                  # ("EUNAVFOR Atalanta, the EU's first naval operation, was launched in 2008")
                                  r",\s+(?:an?|the)\s+[^,;()]{2,60}?,\s+(?:was|were|has\s+been)\s+)"
                                  r"(?:first\s+)?"
                                  r"(?:launched|set\s+up|created|formed|established|founded|stood\s+up)\b")
_MADE_BY_SUBJECTS_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?,?\s+(?:that|which)\s+")
# What a founding's object is called before its name: "formed their own security pact, the Alliance of Sahel States"
_DESCRIBED_BODY_AFTER = re.compile(r"\s+(?:their|its|a|an)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:pact|alliance|bloc|"
                                   r"grouping|group|confederation|organi[sz]ation|coalition|union|partnership|format|"
                                   r"forum|community)\s*,\s+(?:the\s+)?")
_THE_BODY_NOUN_AFTER = re.compile(r"\s+the\s+(?:council|alliance|bloc|organi[sz]ation|grouping|union|forum|"
                                  r"community|group)\b")
_FOUNDING_VERB_AFTER = re.compile(r"\s+(?:jointly\s+)?(?:set\s+up|created|formed|established|founded)\b")
_STATES_COUNTED_BEFORE = re.compile(r"\b(?:[Ee]ight|[Ss]even|[Ss]ix|[Ff]ive|[Ff]our|[Tt]hree|[Tt]welve|[Tt]en|\d+)\s+"
                                    r"(?:[a-z]+\s+)?(?:governments|countries|states|nations)\s+$")
_BY_AFTER_VERB = re.compile(r"(?:\s+(?:in|on)\s+[^,;.]{1,30}?)?\s+by\s+(?:the\s+)?")


def _founding(ctx: SentenceContext) -> Iterator[Candidate]:
    if " signed " in ctx.folded or " adopted " in ctx.folded or " concluded " in ctx.folded:
        yield from _founded_by_signing(ctx)
    if ", the " in ctx.folded or ", a" in ctx.folded:
        yield from _founded_by_the_subject_with(ctx)
    since = _SINCE_ITS_FOUNDING.match(ctx.sentence.text)
    subject = next((m for m in ctx.mentions if m.type in ORGS and m.kind != "demonym"), None) if since else None
    if subject is not None and _CLAUSE_OPENING_BEFORE.fullmatch(ctx.text, ctx.sentence.start + since.end(),
                                                                 subject.start):
        # "Since its founding in 1981, the GCC has held ...": the founding of the clause's subject
        when = next((t for t in ctx.times if t[0] == ctx.sentence.start + since.end()), None)
        if when is not None:
            yield Candidate(subject, "founded_in", None, when[2], (ctx.sentence.start, subject.end), 0.7,
                            scope=(ctx.sentence.start, when[1]))
    for match in _finditer(_FOUNDED, ctx):
        start, end = _span(match, ctx)
        if _RELATIONS_AFTER.match(ctx.text, end):
            continue  # "Honduras, a member of the OAS, established diplomatic relations with China": no body founded
        org = _org_before(ctx, start, 140, _SUBJECT_ANAPHOR)
        owned_organ = next((m for m in ctx.mentions if org is not None and m.end < org.start
                            and m.type in (*ORGS, EntityType.MILITARY_UNIT)
                            and OF_THE_GAP.fullmatch(ctx.text, m.end, org.start)), None)
        if owned_organ is not None and owned_organ.type is EntityType.MILITARY_UNIT:
            continue  # "The Unified Military Command of the GCC ... was established in 2013": the command's
        org = owned_organ or org  # ("The Secretariat of the SCO was set up in 2004": the organ's)
        if org is not None and match.group(0).endswith("announced") and not (
                org.start >= ctx.sentence.start and not ctx.text[org.end:start].strip()
                and _THE_SUBJECT_OPENING.fullmatch(ctx.text, ctx.sentence.start, org.start)):
            # "was announced" is a founding only right after the body's name that opens the sentence ("AUKUS was
            # announced"; not "The expansion of BRICS was announced")
            continue
        with_auxiliary = match.group(0).lstrip()[:3].lower() in ("was", "wer", "bee")  # "was founded"
        passive = with_auxiliary or \
            _PASSIVE_OR_PARTICIPLE_BEFORE.search(ctx.text, max(ctx.sentence.start, start - 16), start) is not None
        verb_at = start + len(match.group(0)) - len(match.group(0).lstrip())
        maker = None  # a body that founds what it names after the verb
        if org is not None and not with_auxiliary and (
                not passive and _ACTIVE_VERB_AFTER_SUBJECT.fullmatch(ctx.text, org.end, verb_at)
                # ("The CMF, a naval partnership of 40 nations, set up CTF 153": the comma closes an aside)
                or _BODY_ASIDE_BEFORE_VERB.fullmatch(ctx.text, org.end, verb_at)) \
                and _OBJECT_AFTER_VERB.match(ctx.text, end):  # (not "a Union State set up in 1999": a participle)
            maker, org = org, None  # "The CSTO on Monday launched Iron Lynx 2026": what it launches, not its founding
        unit = next((m for m in reversed(ctx.mentions) if m.end <= start), None)
        if org is not None and unit is not None and unit.type is EntityType.MILITARY_UNIT and unit.start > org.end \
                and _JUST_A_COMMA.fullmatch(ctx.text, unit.end, start):
            continue  # "the CSTO's ... Collective Rapid Reaction Force, set up in 2009": the force's founding
        if org is not None and unit is not None and unit.type in (*ORGS, EntityType.MILITARY_UNIT) and \
                unit.start > org.end and _WHICH_WAS.fullmatch(ctx.text, unit.end, start):
            org = unit  # "The GCC ... maintains a joint arm, the Peninsula Shield Force, which was created in 1984"
        if org is not None and org.end < start and _CLAUSE_OF_ANOTHER_NAME.search(ctx.text, org.end, start):
            org = None  # "X is ASEAN's highest body, while the ADMM-Plus was launched in 2010": another's
        predecessor = _PREDECESSOR_THEN_FOUNDING.search(ctx.text, org.end, verb_at) \
            if org is not None and org.end < start else None
        if predecessor is not None and (predecessor.group("which") or not with_auxiliary):
            # "The SCO grew out of the Shanghai Five group, formed in 1996", "... the Shanghai Five, which was formed
            # in 1996": the predecessor's founding (not "The SCO, which succeeded the Shanghai Five, was founded in
            # 2001": the body's own)
            continue
        unnamed = _UNNAMED_THING_THEY_MADE.search(ctx.text, org.end, verb_at) \
            if org is not None and org.end < start else None
        if unnamed is not None and ctx.text[org.end:unnamed.start()].strip(" ,()") != "":
            continue  # "X was founded in 2020, reviving a dialogue the three had launched in 2011": that dialogue's
        apposed_thing = _APPOSED_THING_BEFORE_VERB.search(ctx.text, org.end, verb_at) \
            if org is not None and org.end < start else None
        if apposed_thing is not None:
            # "The EU launched Operation Aspides, a naval mission created in 2024": the founding of the thing the
            # apposition is on, if kg knows it as a body or force, not of its maker
            org = next((m for m in ctx.mentions if m.end == apposed_thing.start()
                        and m.type in (*ORGS, EntityType.MILITARY_UNIT)), None)
            if org is None:
                continue
        thing = _BODY_NAMES_A_THING.match(ctx.text, org.end) if org is not None and org.end < start else None
        if thing is not None and thing.end() <= verb_at:
            # "a joint NATO–Indo-Pacific partners project ... would be launched in 2026": the project's; "MINUSMA,
            # a UN mission created in 2013": the mission's, which the apposition is on
            anchor = _SET_OFF_THING.search(ctx.text, ctx.sentence.start, org.start)
            org = next((m for m in ctx.mentions if anchor and m.end == anchor.start()
                        and m.type in (*ORGS, EntityType.MILITARY_UNIT)), None)
            if org is None or _OBJECT_AFTER_VERB.match(ctx.text, end):
                continue  # (not "MINUSMA, a UN mission that launched X": its act)
        if org is None and (_SET_OFF_SUBJECT.match(ctx.text, ctx.sentence.start, start)
                            or _ANAPHOR_THEN_COMMA.fullmatch(ctx.text, ctx.sentence.start, start)):
            org = ctx.last_org  # ("The bloc, founded in 1975, has 15 members")
            if org is not None and org.type is not EntityType.ALLIANCE and \
                    ctx.text.startswith(("The alliance", "This alliance"), ctx.sentence.start):
                # "NATO leaders met. The EU sent observers. The alliance, founded in 1949, ...": the alliance
                org = next((b for b in reversed(ctx.bodies) if b.type is EntityType.ALLIANCE), org)
        relative = _THAT_SUBJECT_BEFORE.search(ctx.text, max(ctx.sentence.start, verb_at - 50), verb_at) \
            if org is not None and not passive else None
        if relative is not None and org is not None and (org.end > relative.start() or not _BODY_BEFORE_THAT.fullmatch(
                ctx.text, org.end, relative.start())):
            org = None  # "a review of all cooperation that Washington launched on May 30": the review, launched
        if not with_auxiliary and _SINCE_IT_BEFORE.search(ctx.text, max(ctx.sentence.start, verb_at - 12), verb_at):
            continue  # "the alliance since it launched its Afghanistan mission in 2003": what it did, not its founding
        programme = next((m for m in reversed(ctx.mentions) if m.type is EntityType.AGREEMENT and m.end <= verb_at
                          and org.end <= m.start), None) if org is not None and _IT_WAS_BEFORE.search(
                              ctx.text, max(ctx.sentence.start, verb_at - 16), verb_at) else None
        if programme is not None:
            # "has taken part in the EU's Eastern Partnership since it was launched in 2009": the programme's start
            when = next((t for t in ctx.times if end <= t[0] < ctx.sentence.end and t[3] not in ("weekday",
                                                                                                    "relative")), None)
            if when is not None:
                yield Candidate(programme, "agreement_date", None, when[2], (programme.start, when[1]), 0.7)
            continue
        # (up to the next clause: "... since it was created, and joined in 2023")
        # ("... on the initiative of Kazakhstan, whose president proposed it in October 1992", "..., which had
        # proposed it in 1996": that clause's time)
        clause_end = re.search(r"[;]|,\s+wh(?:ose|ich)\b(?![^,;]*,)|"
                               r",\s+and\s+(?=[a-z]+ed\b|(?:has|have|had|was|were|is|are|will)\b)|"
                               r"\b(?:shortly after|after|following|when|but)\b", ctx.text[end:ctx.sentence.end])
        limit = end + clause_end.start() if clause_end else ctx.sentence.end
        if org is None and _FRONTED_FOUNDING.match(ctx.text, start, end) and \
                not ctx.text[ctx.sentence.start:start].strip(" \"“'"):
            org = next((m for m in ctx.mentions if m.type in ORGS and m.start > end and m.kind != "demonym"
                        # ("Set up in 1981, the six-member Gulf Cooperation Council has ...": its size before it)
                        and _SET_OFF_SIZED_NAME.search(ctx.text, max(end, m.start - 30), m.start)), None)
            limit = org.start if org is not None else limit
            anaphor = _THE_BLOC_SET_OFF.search(ctx.text, end, ctx.sentence.end) if org is None else None
            spoken_of = ctx.last_org
            if anaphor is not None and spoken_of is not None and spoken_of.start >= _sentences_back(ctx, 1) and (
                    spoken_of.type is not EntityType.ALLIANCE or "alliance" in anaphor.group(0).lower()):
                # "... shifted to BIMSTEC, which links A and B. Formed in Bangkok in 1997 by A, B and C, the group
                # admitted ...": the body the sentence before named (an alliance is "the alliance", not "the
                # group": "NATO ministers met. Launched in 2022 by A and B, the group ..." is another one's)
                # "BIMSTEC links ... . Formed in Bangkok in 1997 by A, B and C, the group admitted ...": the one the
                # sentence before was about (not "NATO defence ministers met. Launched in 2022 by A, the group ...")
                org, limit = spoken_of, anaphor.start()
        owned = _owned_after(ctx, org) if org is not None else None
        if owned is not None and (owned.start < verb_at or org.start > end):
            # "NATO's Partnership for Peace was launched in 1994", "Established in 1994, NATO's Partnership for
            # Peace programme ...": the founding of what the body owns, if it is a body or a force (an agreement's
            # start is its date, told elsewhere)
            if owned.type is EntityType.AGREEMENT:
                continue
            org = owned
        elif owned is None and org is not None and org.end < verb_at and \
                _POSSESSIVE_THING_BEFORE_VERB.fullmatch(ctx.text, org.end, verb_at):
            continue  # "The European Union's Aspides mission was launched on 19 February": the mission's, not the EU's
        founders: list[Mention] = []
        aside: tuple[int, int] | None = None  # a reduced relative clause's span: its modality is its own
        if not with_auxiliary:
            # Active: "Norway and the UK launched the Coalition in 2023"; "the X, which A and B set up in 2024"
            # ("Brazil helped launch the rival Forum for ...": a word of the writer's before the name)
            created = _nearest_after(ctx, end, ORGS, max_gap=12 if "help" in match.group(0).lower() else 6)
            if created is None and maker is not None:  # "The Council established EUNAVFOR Irini on 31 March 2020"
                created = _nearest_after(ctx, end, (EntityType.MILITARY_UNIT,), max_gap=5)
            described = _DESCRIBED_BODY_AFTER.match(ctx.text, end) if created is None else None
            if described is not None:  # "have formed their own security pact, the Alliance of Sahel States"
                created = next((m for m in ctx.mentions if m.start == described.end() and m.type in ORGS), None)
            the_body = _THE_BODY_NOUN_AFTER.match(ctx.text, end) if created is None and described is None else None
            if the_body is not None and _WHICH_BEFORE.search(ctx.text, ctx.sentence.start, verb_at):
                # "delegations from A, B and C, which founded the council in 1981": the body named before
                created = _org_reference(ctx, end)
            if created is not None and (_NAME_GOES_ON_AFTER.match(ctx.text, created.end)
                                        or _THING_NAMED_AFTER_BODY.match(ctx.text, created.end)):
                # "launched the Quad Critical Minerals Initiative": a name the body's opens; "unveiled the AUKUS
                # submarine plan": a thing of the body's
                created = None
            relative = _WHICH_BEFORE.search(ctx.text, ctx.sentence.start, start)
            if created is None and relative is not None:
                created = _nearest_before(ctx, relative.start() + 1, ORGS, max_gap=25)
            apposed = _APPOSED_THAT_BEFORE.search(ctx.text, ctx.sentence.start, start) \
                if created is None and relative is None else None
            if apposed is not None:  # "the Weimar Triangle, the three-way format that A, B and C founded in 1991"
                created = _nearest_before(ctx, apposed.start() + 1, ORGS, max_gap=12)
                relative = apposed if created is not None else None
                # (its own clause: not "the CSTO, the alliance that Russia created and that Serbia never joined")
                aside = (apposed.start(), end) if created is not None else None
            if created is None and relative is None and "help" in match.group(0).lower():
                named = _subjects_before(ctx, start, (EntityType.STATE,))
                created = next((m for m in ctx.mentions if named and m.type in ORGS and m.end < named[0].start
                                and _REDUCED_RELATIVE_GAP.fullmatch(ctx.text, m.end, named[0].start)), None)
                comma = ctx.text.find(",", end, limit)  # "the alliance X had helped create, in 2012": the aside ends
                limit = comma if created is not None and comma >= 0 else limit
                aside = (created.end, limit) if created is not None else None
            if created is None:
                founders = []
            elif _PARTICIPLE.match(ctx.text, start):  # the states that open the sentence
                # ("The presidents of A, B and C signed a declaration on Friday, creating X": their states)
                leaders = _LEADERS_OF_OPENING.match(ctx.sentence.text)
                founders = [m for m in list_after(ctx, ctx.sentence.start + (leaders.end() if leaders else 0),
                                                  (EntityType.STATE,), max_gap=0 if leaders else 4)
                            if m.end <= start]
            else:  # (from the verb's first letter: "A, B and C, which formed X", its match opens on the space)
                verb = start + len(match.group(0)) - len(match.group(0).lstrip())
                founders = _subjects_before(ctx, verb, (EntityType.STATE,))
                two = _THE_TWO_BEFORE.search(ctx.text, max(ctx.sentence.start, verb - 30), verb) if not founders \
                    else None
                if two is not None:  # "A and B are members of X, an alliance the two countries founded in 1999"
                    founders = _pair_named_before(ctx, two.start())
                counted = _THE_COUNTED_BEFORE.search(ctx.text, max(ctx.sentence.start, verb - 30), verb) \
                    if not founders and apposed is not None else None
                if counted is not None:  # "the AES, the confederation the three countries formed": the last three
                    founders = _last_list_of(ctx, _NUMBER_WORDS[counted.group("count").lower()])
                one_of = _ONE_OF_THOSE_THAT.search(ctx.text, max(ctx.sentence.start, verb - 60), verb) \
                    if not founders else None
                if one_of is not None:  # "Chile was one of the twelve countries that founded X": the subject
                    founders = _subjects_before(ctx, one_of.start(), (EntityType.STATE,))
            if created is not None and relative is not None and not founders and _WHICH_IT.search(
                    ctx.text, max(ctx.sentence.start, start - 20), start):
                # "Peru ... the Pacific Alliance, which it founded together with Chile": the sentence's subject
                founders = _opening_state(ctx)
            # ("Mali formed the Alliance of Sahel States with neighbouring Burkina Faso and Niger": after the name)
            together = (_TOGETHER_WITH.match(ctx.text, end) or _WHICH_IT.search(
                ctx.text, max(ctx.sentence.start, start - 20), start) and _FOUNDED_WITH.match(ctx.text, end)
                or created.start >= end and _FOUNDED_WITH.match(ctx.text, created.end)) \
                if founders and created is not None else None
            if together:
                founders = founders + list_after(ctx, together.end(), (EntityType.STATE,), max_gap=0)
            if founders or created is not None and (maker is not None or _STATES_COUNTED_BEFORE.search(
                    ctx.text, max(ctx.sentence.start, verb_at - 40), verb_at)):
                org = created  # ("Eight governments launched X in 2019": its founding, by states it does not name)
        if org is None:
            continue
        for founder in founders:
            yield Candidate(org, "founded_by", founder, None, (founders[0].start, end), 0.75, scope=aside)
        under = _UNDER_AGREEMENT.match(ctx.text, org.end) if founders else None
        charter = next((m for m in ctx.mentions if under and m.start == under.end()
                        and m.type is EntityType.AGREEMENT), None)
        for founder in founders if charter is not None else ():  # "A and B founded the CIS under the X Accords"
            yield Candidate(charter, "agreement_party", founder, None, (founders[0].start, charter.end), 0.75)
        participle = _PARTICIPLE.match(ctx.text, start) is not None
        for t_start, t_end, value, kind in reversed(ctx.times) if participle else ctx.times:
            if kind == "weekday" or kind == "relative" and not value[:4].isdigit():
                continue
            if end <= t_start < limit or participle and founders and founders[-1].end <= t_start < start:
                yield Candidate(org, "founded_in", None, value, (min(start, t_start), max(end, t_end)), 0.8,
                                scope=aside)
                break
        else:
            # (not "In 2024, A and B, which founded the SCO, held patrols": the main clause's date)
            fronted = _fronted_time(ctx, start) if founders and founders[0].start > ctx.sentence.start \
                and not _RELATIVE_CLAUSE_BEFORE.search(ctx.text, max(ctx.sentence.start, verb_at - 30), verb_at) \
                else None
            if fronted is not None:  # "On 15 September, A, B and C unveiled AUKUS, a ...": the date it opens with
                yield Candidate(org, "founded_in", None, fronted, (ctx.sentence.start, end), 0.75, scope=aside)
        initiative = _AT_THE_INITIATIVE_OF.search(ctx.text, end, limit) if not founders else None
        for state in list_after(ctx, initiative.end(), (EntityType.STATE,), max_gap=0) if initiative else ():
            # "The format was launched in Bucharest in 2015 at the initiative of Romania and Poland"
            yield Candidate(org, "founded_by", state, None, (start, state.end), 0.7)
        by = re.search(r"\bby\s+(?:the\s+)?(?:then\s+)?", ctx.text[end:limit])  # ("by the then foreign ministers of")
        if by and _CLAUSE_SET_OFF.search(ctx.text, end, end + by.start()) and not passive:
            by = None  # "NATO launched Steadfast Noon, its annual exercise, hosted this year by the Netherlands"
        if by:
            # "by the six states that still make up its membership: A, B, ...": the list after the colon
            counted = _FOUNDERS_COUNTED.match(ctx.text, end + by.end(), limit)
            founders_at = counted.end() if counted else end + by.end()
            # ("established by a treaty signed in October 1969 by A, B and C": those who signed it)
            act_signed = _BY_AN_ACT_SIGNED_BY.match(ctx.text, end + by.start(), limit) if not counted else None
            founders_at = act_signed.end() if act_signed else founders_at
            founders = list_after(ctx, founders_at, (EntityType.STATE,), max_gap=4) or (
                _states_of_officials_after(ctx, founders_at, limit) if "," not in ctx.text[end:end + by.start()]
                else [])  # (not "launched in 2015, and the coalition is commanded by Pakistani ...")
            states_counted = _STATES_COUNTED_AT.match(ctx.text, end + by.start() + 2) if not founders else None
            if states_counted is not None and states_counted.group("count"):
                # "The Negev Forum was established by the six countries at the Negev Summit": the last six named
                founders = _last_list_of(ctx, _NUMBER_WORDS[states_counted.group("count").lower()])
            # (a participle's founding holds whatever the main verb says: "Chad has not joined the AES, the
            # confederation formed by A, B and C")
            verb_starts = start + len(match.group(0)) - len(match.group(0).lstrip())
            participle = not with_auxiliary and not _AUXILIARY_OR_NOT_BEFORE.search(
                ctx.text, max(ctx.sentence.start, start - 20), verb_starts)
            scope = (start, founders[-1].end) if founders and participle else None
            together = _TOGETHER_WITH.match(ctx.text, founders[-1].end) if founders else None
            if together is not None:  # "by the UK together with A, B and C": all of them
                founders += list_after(ctx, together.end(), (EntityType.STATE,), max_gap=0)
                scope = (start, founders[-1].end) if participle else None
            for state in founders:
                yield Candidate(org, "founded_by", state, None, (start, state.end), 0.75, scope=scope)
                if counted is not None and counted.group("members"):
                    yield Candidate(state, "member_of", org, None, (start, state.end), 0.75, scope=scope)
        # ("the G5 Sahel, a regional framework set up in 2014 with A, B and C": a participle on the apposition)
        apposed_participle = org.end < start and \
            _APPOSED_DESCRIPTION_BEFORE_VERB.fullmatch(ctx.text, org.end, verb_at) is not None
        founded_with = _FOUNDED_WITH.match(ctx.text, end, limit) \
            if (passive or apposed_participle) and not founders and not by else None
        launched_with = list_after(ctx, founded_with.end(), (EntityType.STATE,), max_gap=0) if founded_with else []
        # "launched in 1994 with A, B and C as its first partners": the first to take part, not its founders
        first_ones = _AS_ITS_FIRST_ONES.match(ctx.text, launched_with[-1].end) if launched_with else None
        for state in launched_with:
            # "the G5 Sahel, created in 2014 with Mauritania, Mali and Niger": its founders (not "with France's
            # backing", "with Chad's president as its chairman")
            if ctx.text.startswith(("'s", "’s"), state.end):
                continue
            if first_ones is not None:
                yield Candidate(state, "member_of", org, None, (start, first_ones.end()), 0.7)
            if first_ones is None or first_ones.group("founding"):
                yield Candidate(org, "founded_by", state, None, (start, state.end), 0.7)


_BY_AN_ACT_SIGNED_BY = re.compile(r"by\s+(?:a|an|the)\s+[^,;]{2,80}?\bsigned\s+(?:(?:in|on|at)\s+[^,;]{1,40}?\s+)?"
                                  r"by\s+(?:the\s+)?")
_IT_WAS_BEFORE = re.compile(r"\b(?:it|which)\s+(?:(?:was|had\s+been|has\s+been)\s+(?:first\s+|formally\s+)?)?$")


# "the NATO Liaison Office for Central Asia, which opened in Tashkent in 2013": a body's office opened then
_OFFICE_OPENED = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?(?:\s+in\s+[A-Z][\w-]+)?"
                            r"(?:,?\s+(?:which|that)\s+(?:was\s+)?|\s+(?:was|were)\s+)"
                            r"(?:officially\s+|formally\s+|first\s+)?opened\s+(?=in\s)")  # (not "on Sunday for voters")
_OFFICE_HEAD = re.compile(r"\b(?:Office|Centre|Center|Embassy|Mission|Academy|College|School|Secretariat|"
                          r"Headquarters|Bureau)\b")


def _office_opened(ctx: SentenceContext) -> Iterator[Candidate]:
    for office in ctx.mentions:
        if office.type not in ORGS or not _OFFICE_HEAD.search(office.label):
            continue
        opened = _OFFICE_OPENED.match(ctx.text, office.end)
        when = _first_date(ctx, opened.end(), _clause_end(ctx, opened.end()), year_after_in=True) if opened else None
        if when is not None:
            yield Candidate(office, "founded_in", None, when, (office.start, opened.end()), 0.7)


# -- geography and structure ------------------------------------------------------------------------------

# "Visakhapatnam, a port city in the southern Indian state of Andhra Pradesh": the place a town lies in
_DESCRIBED_TOWN_IN = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,2}?(?:city|town|port|village|hub|settlement|stronghold)\s+"
                                r"in\s+(?:the\s+)?"
                                rf"(?:{DIRECTION}\s+)?(?:{_KIND_OF_PLACE})?")
# "X, Rwanda", "X in Rayong", "X in neighbouring Kyrgyzstan",
# "Cherat, in northwestern Pakistan", "Izmir, western Türkiye", "X in southeastern Iran",
# "Qingdao, east China's Shandong Province"
# ("Severomorsk on the Kola Peninsula", "Visakhapatnam on India's east coast": on a peninsula or coast, not "on
# Russia's border")
# A time right after a place set off after a town, which makes it the town's region, not a second town ("at Umroi,
# Meghalaya last year", "at Pabbi, Khyber Pakhtunkhwa, on Monday"); and a list the town would be in
_TIME_AFTER_PLACE = re.compile(r"\s*(?:,?\s+(?:on|last|this|next|from|between|during|in\s+(?:early|mid|"
                                r"late|[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b)")
_LISTED_BEFORE_PLACE = re.compile(r"[A-Z][\w-]+,\s+$")
# ("Antofagasta and Iquique, both in Chile": the list's places)
_PLACE_IN_WHOLE = re.compile(rf"\s*(?:,\s*(?:both\s+)?(?:in\s+)?|\s+in\s+(?:neighbou?ring\s+)?|"
                             rf"\s+on\s+(?=(?:the\s+)?[A-Z][^,;.]{{0,40}}?\b"
                             rf"(?:[Pp]eninsula|[Ii]slands?|[Cc]oast|[Ss]hore|[Ss]eaboard)\b))(?:the\s+)?"
                             rf"(?:{DIRECTION}\s+)?"
                             rf"(?:{_KIND_OF_PLACE})?")  # "... in the Chilean region of Atacama"
_AND_AFTER = re.compile(r"\s+and\b")
# A verb after a name: the name is the subject of a new clause, not one more item of a list.
_OPENS_A_CLAUSE = re.compile(r"\s+(?:(?:also|has|have|had|is|are|was|were|will|would|could|may|did|does|do)\s+)?"
                             r"(?:said|says|told|announced|warned|insisted|stressed|argued|is|are|was|were|has|have|had|"
                             r"will|would|could|may|did|does|do|sent|signed|joined|hosted|accused|rejected|denied|"
                             r"called|responded|plans|planned|intends|sends|deploys|deployed|hosts)\b"
                             # (not "over Latvia and Estonia planned for September": a participle on the exercise)
                             r"(?!\s+for\b)|"
                             # ("According to sources in Brussels, Spain declined to join": any past verb of the state)
                             r"\s+(?!(?:based|located|situated|headquartered|stationed)\b)[a-z]{3,}ed\b"
                             r"(?!\s+(?:by|for)\b)|"
                             # ... or names a holder of its office: "In Wellington, New Zealand Defence Minister X said"
                             r"\s+(?:[A-Z][\w.-]*\s+){0,2}(?:Defen[cs]e|Foreign|Prime|State|Deputy)\s+"
                             r"(?:Minister|Secretary|Department|Ministry)\b|"
                             r"\s+(?:President|Prime\s+Minister|[Ff]oreign\s+[Mm]inister)\b|"
                             # ("at the air base in Rayong, US Ambassador X thanked": an envoy, or a service, of it)
                             r"\s+(?:Ambassador|Envoy|Embassy|Army|Navy|Air\s+Force|Marines|troops|forces|officials)\b")
# ... and one that takes part after "and" ("held in the Gulf, the Red Sea and the Indian Ocean, and Israel again took
# part"; not "the drills in Russia and Belarus took place in September": the venues' verb)
_TAKES_PART_AFTER = re.compile(r"\s+(?:(?:also|again|then|later|too)\s+)?(?:took|takes|take|participated|"
                               r"participates|contributed|contributes|joined|joins|sent|sends)\b(?!\s+place\b)")
_POSSESSIVE_AFTER = re.compile(r"’s|'s|(?<=s)['’]")
_DIVISIONS_OF_A_STATE = r"regions|provinces|districts|oblasts|counties|prefectures"  # in the plural
_BARE_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_REGIONS_AFTER = re.compile(rf"\s+(?:{_DIVISIONS_OF_A_STATE}|governorates)\b")
# "Russia's southern", "Belarus' Vitebsk", "Somalia's semi-autonomous", "Ukraine's Russian-controlled" (the state's
# part, whoever holds it)
_OWNER_GAP = re.compile(r"(?:’s|'s|(?<=s)['’])\s+(?:[\w-]+\s+)?")


# "Its command ship, USS Blue Ridge, belongs to the US Seventh Fleet", "The brigade is part of the 3rd Corps"
# "Greenland, a self-governing part of Denmark", "Con Dao became part of Ho Chi Minh City in 2025"
_BELONGS_TO = re.compile(r"(?:,?\s+(?:which\s+)?(?:belongs|belonged)\s+to|"
                         # ("The 7th Brigade, which is part of the 2nd Army Corps,", "forms part of", "is subordinate
                         # to", "falls under")
                         # ("Greenland and the Faroe Islands, which are part of Denmark": each of them)
                         r",?\s+(?:which\s+)?(?:is|was|became|has\s+been|had\s+been|forms?|formed|"
                         r"(?P<plural>(?<=which )are|(?<=which )were))\s+(?:(?:a|an)\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:part|territory|region|province)\s+(?:of|within)|"
                         # ("Greenland and the Faroe Islands are both self-governing parts of Denmark": each of them)
                         r"\s+(?:are|were)\s+(?P<both>both|all)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:parts|territories|regions|provinces)\s+(?:of|within)|"
                         r",?\s+(?:which\s+)?(?:is|are|was|were)\s+(?:directly\s+)?subordinate\s+to|"
                         r",?\s+(?:which\s+)?(?:falls|fall|fell)\s+under|"
                         r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:part|territory|region|province)\s+of|"
                         # "The 58th Combined Arms Army, part of Russia's Southern Military District,"
                         # ("Greenland and the Faroe Islands, both part of the Kingdom of Denmark,": each of them)
                         r",\s+(?:now\s+|(?P<each>both|all)\s+)?part\s+of|"
                         # "Tataouine, a town in southern Tunisia", "Leticia, the capital of the department of X"
                         r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|port|capital|district)\s+(?:of|in)"
                         r"(?:\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?)?)"
                         r"\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:’s|'s)\s+(?=[A-Z\d]))?")
_EXERCISE_PART_OF = re.compile(rf"(?:\s+{EXERCISE_NOUN})?(?:,[^,;]{{1,60}},|"
                               # "X, the German-led drill that formed part of Y": the apposition's relative clause
                               r",\s+(?:an?|the)\s+[^,;]{1,50}?\s+(?:that|which))?"
                               # ("Dragon-24 is led by Poland and forms part of Y": who leads it, then the whole)
                               r"(?:\s+(?:is|was)\s+(?:led|run|hosted|organi[sz]ed|commanded)\s+by\s+"
                               r"[^,;]{1,40}?\s+and)?"
                               r"\s+(?:forms|formed|is|was|will\s+be)\s+"
                               r"(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:part|component|phase)\s+of\s+(?:the\s+)?"
                               r"(?:[A-Z][\w-]*(?:’s|'s)\s+)?"
                               r"(?:(?:larger|wider|broader|bigger|overall)\s+)?"  # "part of the larger X exercise"
                               # ("part of the multinational joint exercise DEFENDER EUROPE 23": the whole described)
                               rf"(?:(?:[a-z-]+\s+){{0,3}}?{EXERCISE_NOUN}\s+)?")
_OR_GAP = re.compile(r",?\s+or\s+(?:the\s+)?")
_TOGETHER_WITH_OPENING = re.compile(r"(?:Together|Along)\s+with\s+(?:the\s+)?")
_WHOLES = {EntityType.MILITARY_UNIT: (EntityType.MILITARY_UNIT, *ORGS),
           EntityType.PLACE: (EntityType.PLACE, EntityType.STATE)}


_BODY_PART_OF = re.compile(r"(?:\s*\([A-Z]{2,8}\))?(?:\s+(?:is|was|are|were|remains?|has\s+been)\s+"
                           r"(?:not\s+|no\s+longer\s+|also\s+|now\s+)?(?:an?\s+)?(?:integral\s+)?part\s+of\s+|"
                           # "the Inter-American Defense Board, part of (an agency of) the OAS,"
                           r",\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:agency|organ|body|arm|institution|"
                           r"subsidiary|branch|part)|part)\s+of\s+)"
                           r"(?:the\s+)?")
# The heads of the names of a body's organs ("the Peace and Security Council of the African Union")
_ORGAN_HEADS = ("Council", "Commission", "Committee", "Assembly", "Secretariat", "Court", "Parliament")
_BODY_OF = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s+of\s+(?:the\s+)?")
# "the 1st Mountain Brigade of the Chilean Army", "Combined Task Force 150, a counter-terrorism unit of the CMF"
_UNIT_OF = re.compile(r"(?:\s*\([A-Z]{2,8}\))?(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                      # ("HNLMS X, a De Zeven Provincien-class frigate of the Royal Netherlands Navy,": a ship's)
                      # ("the Vanuatu Mobile Force, the paramilitary wing of the Vanuatu Police Force")
                      rf"(?:unit|component|formation|arm|wing|element|branch|force|(?<!former\s)(?:{SHIP_NOUNS})))?"
                      r"\s+of\s+(?:the\s+)?"
                      r"(?:[\w-]+-led\s+)?|"
                      # "the Africa Corps, a formation subordinate to the Russian Defense Ministry"; "X is a component
                      # of Y"
                      r"(?:\s*\([A-Z]{2,8}\))?(?:,\s+(?:a|an|the)|\s+(?:is|was|has\s+been)\s+(?:a|an|the))\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:unit|component|formation|arm|element|branch|force)\s+"
                      r"(?:of|subordinate\s+to|controlled\s+by|under)\s+(?:the\s+)?")
# "the Nyland Brigade, the Finnish Navy's coastal infantry unit": the owner named before the unit's noun
_UNIT_OF_OWNER = re.compile(r"(?:\s*\([A-Z]{2,8}\))?,\s+(?:the\s+)?")
# ("The Northern Fleet, Russia's main naval force in the Arctic,", "HMS X, the Royal Navy's flagship,")
_OWNERS_UNIT_NOUN = re.compile(r"(?:’s|'s|(?<=s)['’])\s+(?:[\w-]+\s+){0,4}?(?:unit|component|formation|arm|element|"
                               r"branch|wing|squadron|flotilla|brigade|battalion|regiment|operation|mission|"
                               r"(?<=naval\s)force|(?<=air\s)force|(?<=land\s)force|flagship|fleet|division|corps)\b")


# "The EDA, an agency of the European Union", "Frontex, the EU's border agency": a body of another
_AGENCY_NOUNS = r"(?:agency|body|organ|arm|institution|branch|wing|operation|mission)\b"
_AGENCY_OF = re.compile(r"(?:\s*\([A-Z]{2,8}\))?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?" + _AGENCY_NOUNS +
                        r"\s+of\s+(?:the\s+)?")
# (not "the African Union's co-sponsor of the Darfur mission": the noun of another phrase)
_OWNERS_AGENCY_NOUN = re.compile(r"(?:’s|'s)\s+(?:(?!(?:of|for|in|on|to)\b)[\w-]+\s+){0,5}?" + _AGENCY_NOUNS)
_NOT_A_PART_WORD = re.compile(r"\b(?:successor|predecessor|sister|partner|main|largest|biggest|only|rival|"
                              r"counterpart|equivalent)\b")


_SENDS_ITS_OWN = re.compile(r"\s+(?:(?:has|have|had|will)\s+)?(?:sent|sends|send|deployed|deploys|deploy|fielded|fields|"
                            r"dispatched|committed|brought)\s+(?:[^,;.]{0,50}?\s+from\s+)?(?:its|their)\s+")


_OWNED_BY_A_BODY_BEFORE = re.compile(r"(?:['’]s\s+(?:(?:new|own|main|former)\s+)?|-led\s+)\Z")


def _belongs_to(ctx: SentenceContext) -> Iterator[Candidate]:
    """part_of where the text says so: "belongs to", "is part of", a unit "of" another."""
    for part in ctx.mentions:
        wholes = _WHOLES.get(EntityType.PLACE if part.de_facto else part.type)  # (Transnistria is a region too)
        gap = _BELONGS_TO.match(ctx.text, part.end) if wholes else None
        said_part = False  # "The JEF is not part of NATO": a body said to be part of another
        if gap is None and part.type is EntityType.MILITARY_UNIT and not part.part_of:
            gap = _UNIT_OF.match(ctx.text, part.end)
        if gap is None and part.type in ORGS and (" part of " in ctx.folded or ", a" in ctx.folded
                                                  or ", the " in ctx.folded):
            # "The JEF is not part of NATO", "The Military Committee is part of the alliance"
            wholes, gap = ORGS, _BODY_PART_OF.match(ctx.text, part.end)
            if gap is not None and _NOT_A_PART_WORD.search(gap.group(0)):
                gap = None  # ("The African Union, the successor body of the OAU,": no part of it)
            said_part = gap is not None
        if gap is None and part.type is EntityType.ORGANIZATION and not part.part_of and ", " in ctx.text[
                part.end:part.end + 10]:
            # "The EDA, an agency of the European Union,": a body of the organisation (not "the AU, the successor
            # body of the OAU")
            agency = _AGENCY_OF.match(ctx.text, part.end)
            if agency is not None and not _NOT_A_PART_WORD.search(agency.group(0)):
                wholes, gap = ORGS, agency
        if gap is None and part.type is EntityType.ORGANIZATION and part.kind == "organisation" \
                and not part.part_of and part.label.endswith(_ORGAN_HEADS):
            # "the Peace and Security Council (PSC) of the African Union": a body of the organisation
            wholes, gap = ORGS, _BODY_OF.match(ctx.text, part.end)
        whole = next((m for m in ctx.mentions if m.start == gap.end() and m.type in wholes
                      and m.kind != "demonym"), None) if gap else None
        if whole is not None and part.type in (*ORGS, EntityType.MILITARY_UNIT) and (
                _POSSESSIVE_AFTER.match(ctx.text, whole.end) or said_part and not _ENDS_A_CLAUSE.match(
                    ctx.text, whole.end)):
            whole = None  # "The JEF is part of NATO's plans", "part of the NATO deterrence posture": of another
        if whole is None and part.type is EntityType.MILITARY_UNIT and not part.part_of and "," in ctx.text[
                part.end:part.end + 10]:
            # (a state's too, as "Russia's Northern Fleet" is: "the Northern Fleet, Russia's main naval force,")
            owner = _UNIT_OF_OWNER.match(ctx.text, part.end)
            whole = next((m for m in ctx.mentions if owner and m.start == owner.end()
                          and (m.type in wholes or m.type is EntityType.STATE and m.kind != "demonym")
                          and _OWNERS_UNIT_NOUN.match(ctx.text, m.end)), None)
        if whole is None and part.type is EntityType.ORGANIZATION and not part.part_of and "," in ctx.text[
                part.end:part.end + 10]:
            # "Frontex, the EU's border and coast guard agency": the body whose agency it is
            owner = _UNIT_OF_OWNER.match(ctx.text, part.end)
            whole = next((m for m in ctx.mentions if owner and m.start == owner.end() and m.type in ORGS
                          and (noun := _OWNERS_AGENCY_NOUN.match(ctx.text, m.end))
                          and not _NOT_A_PART_WORD.search(noun.group(0))), None)
        if whole is None and part.type in (EntityType.ORGANIZATION, EntityType.MILITARY_UNIT) and \
                not part.part_of and part.kind != "gazetteer":
            # "NATO's Allied Joint Force Command", "the NATO-led Stabilisation Force": a body's own command,
            # mission or force (a state's is no part of it: see the ministries; nor is a body the gazetteer
            # knows by its own name, "the EU's European Parliament")
            owned = _OWNED_BY_A_BODY_BEFORE.search(ctx.text, max(ctx.sentence.start, part.start - 30), part.start)
            owner = next((m for m in ctx.mentions if owned and m.end == owned.start()
                          and m.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION) and m.label != part.label),
                         None)
            if owner is not None:
                yield Candidate(part, "part_of", owner, None, (owner.start, part.end), 0.7)
        if whole is not None:
            yield Candidate(part, "part_of", whole, None, (part.start, whole.end), 0.7)
            belongs = gap is not None and gap.re is _BELONGS_TO
            listed = list_before(ctx, part.end, (part.type,), max_gap=0)[:-1] \
                if belongs and (gap.group("each") or gap.group("plural") or gap.group("both")) else []
            # ("does not cover Greenland or the Faroe Islands, which are part of Denmark": either of them)
            alternative = next((m for m in ctx.mentions if m.type is part.type and _OR_GAP.fullmatch(
                ctx.text, m.end, part.start)), None) if belongs and gap.group("plural") and not listed else None
            for other in [*listed, *([alternative] if alternative is not None else [])]:
                yield Candidate(other, "part_of", whole, None, (other.start, whole.end), 0.7)
    for part in [m for m in ctx.mentions if m.type is EntityType.EXERCISE] if " part of " in ctx.folded else ():
        # "The Nordic Response 24 exercise, hosted by Norway, forms part of NATO's Steadfast Defender 2024"
        gap = _EXERCISE_PART_OF.match(ctx.text, part.end)
        whole = next((m for m in ctx.mentions if gap and m.start == gap.end() and m.type is EntityType.EXERCISE
                      and m.label != part.label), None)
        if whole is not None:
            yield Candidate(part, "part_of", whole, None, (part.start, whole.end), 0.7)
        together = _TOGETHER_WITH_OPENING.match(ctx.text, ctx.sentence.start) if whole is not None else None
        for other in ctx.mentions if together else ():
            # "Together with A and B, C is part of D": the exercises named with it too
            if together.end() <= other.start < part.start and other.type is EntityType.EXERCISE and \
                    other.label not in (part.label, whole.label):
                yield Candidate(other, "part_of", whole, None, (other.start, whole.end), 0.7)
    units = [m for m in ctx.mentions if m.type is EntityType.MILITARY_UNIT] if "its " in ctx.folded or \
        "their " in ctx.folded else []
    for whole, part in itertools.pairwise(units):
        # "The Japan Ground Self-Defense Force sent 100 personnel from its 1st Airborne Brigade"
        if not part.part_of and _SENDS_ITS_OWN.fullmatch(ctx.text, whole.end, part.start):
            yield Candidate(part, "part_of", whole, None, (whole.start, part.end), 0.7)


# ("the Atacama region of northern Chile", "... of northwest China": the part of the state it lies in)
_REGION_OF = re.compile(rf" of (?:the )?(?:{DIRECTION}\s+)?")
_ISLANDS = re.compile(r"\b(?:Islands?|Isles?|Archipelago|Reef|Shoal|Atoll)\b")
_WATERS = re.compile(r"\b(?:Sea|Ocean|Straits?|Gulf|Bay|Channel|Waters)\b")
# A state's possessive and a kind of place: "Gabon's oil hub", "Norway's northernmost county" (not "Chile's" alone)
# ("Cusco, Peru's southern highlands": a part of the land)
# ("Abkhazia and South Ossetia, Georgia's two breakaway regions": each place of the list)
_OWNERS_PLACE = re.compile(r"(?:’s|'s|(?<=s)['’])\s+(?:[\w-]+\s+){0,2}?(?:capital|city|port|hub|town|base|region|"
                           r"province|county|district|island|coast|harbou?r|enclave|exclave|highlands|lowlands|"
                           r"heartland|hinterland|interior|borderlands?|(?P<plural>regions|provinces|islands|"
                           r"districts|territories|enclaves))\b")
_OWNERS_KIND_OF = re.compile(r"(?:’s|'s|(?<=s)['’])\s+(?:[\w-]+\s+){0,3}?(?:capital|city|port|town|region|"
                             r"province|island|enclave|exclave|governorate)\s+of\s+$")
_DEMONYMS_PLACE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:capital|city|port|town|region|province|island|enclave|"
                             r"exclave)\b(?!\s+(?:of|in)\b)")  # "the Chadian capital", not "the Chadian city of X"


_REFUSING = r"\b(?:refus|declin|reject)\w*\s+to\s+"  # "refused to", "declines to", "rejected to"
_REFUSED_TO = re.compile(rf"{_REFUSING}(?:host|hold|stage|organi[sz]e|join|take\s+part|participate|attend|send)\b")
_HELD_VERB = re.compile(r"\b(?:held|hold|took\s+place|take\s+place|staged|conducted|ran|began|opened)\b")
_HOSTING_REFUSED = re.compile(rf"{_REFUSING}$|\b(?:not|never|no\s+longer)\s+"
                              r"(?:\w+\s+)?(?:to\s+)?$|n[’']t\s+(?:\w+\s+)?$")
# ("co-hosted by Thailand and Singapore, was held in Thailand": the sentence says where)
_VENUE_NAMED = re.compile(r"\b(?:held|take[sn]?\s+place|took\s+place|staged|conducted|run)\s+(?:in|at|off|on)\s+[A-Z]")
_WHOSE_BEFORE = re.compile(r",\s+whose\s+$")
_KIND_OF_PLACE_AFTER = re.compile(r"\s+(?:exclave|enclave|region|province|island|islands|port|city|coast|territory)\b")
_PLACE_APPOSITION_OPENS = re.compile(r",\s+(?:the\s+|an?\s+)?")  # "Kaliningrad, a Russian exclave"
_STATES_KIND_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:territory|port|city|town|exclave|enclave|island|"
                                r"region|province)\b(?!\s+(?:of|in)\b)")
_KINDS_OF_A_STATE = re.compile(rf"\s+(?:{_DIVISIONS_OF_A_STATE})\s+of\s+(?:the\s+)?")
# "the U.S. territory of Guam": a state's name as the adjective
_STATES_PLACE_BEFORE = re.compile(r"\s+(?:territory|province|region|island|state|exclave|enclave)\s+of\s+")
# ("in the French Pacific territory of New Caledonia": a place the gazetteer knows, of the state named before it)
_PEOPLES_PLACE_BEFORE = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:capital|city|port|town|island|enclave|exclave)"
                                   rf"(?:\s+city)?,?\s+|\s+(?:(?:[a-z-]+|{ADJECTIVE_OF_A_PLACE})\s+){{0,2}}?"
                                   r"(?:territory|province|region|island|state|county|district|department|"
                                   r"(?P<plural>territories|provinces|regions|islands|districts))\s+of\s+")


# A venue of drills ("the Donguz training ground in the Orenburg Region") is where they are held; the corpus
# notes no region it lies in (only a state the text puts it in, below).
_TRAINING_VENUE = re.compile(r"\b(?:training\s+(?:grounds?|areas?|ranges?|cent(?:re|er)|fields?)|ranges?|polygon|"
                             r"proving\s+grounds?)$", re.I)


# (a relative clause, or a place the people come from: "troops fresh from training at Salisbury Plain"; not "said
# that")
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|which|whose|where|from|after|before)\b|"
                               r"(?<!said )(?<!says )(?<!announced )(?<!added )\bthat\b")


def _state_opening(ctx: SentenceContext) -> Mention | None:
    """The state of the phrase "In X," a sentence opens with, if it does."""
    return next((m for m in ctx.mentions if m.start == ctx.sentence.start + 3 and m.type is EntityType.STATE
                 and m.kind != "demonym" and ctx.text.startswith(",", m.end)), None)


_RECOGNISED_AS_PART_AFTER = re.compile(RECOGNISED_AS_PART)


# "Djibouti hosts Camp Lemonnier, the only US base in Africa": a base on the state's soil
_HOSTS_A_FACILITY = re.compile(r"\s+(?:(?:also|still|now)\s+)?(?:hosts|hosted|is\s+home\s+to|was\s+home\s+to|"
                               r"houses)\s+(?:the\s+)?$")
_FACILITY_ENDS = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:where|which|in|near|outside|on|at|and|as\s+well\s+as)\b")
_FACILITY_LABEL = re.compile(r"^(?:Camp|Fort)\s|\b(?:Base|Air\s+Base|Naval\s+Base|Air\s+Station|Naval\s+Station|"
                             r"Airfield|Barracks)$")


# "Georgia's breakaway regions of Abkhazia and South Ossetia": de facto states a text names as a state's regions
_OWNERS_REGIONS_OF = re.compile(r"(?:’s|'s)\s+(?:[a-z-]+\s+)?(?:regions|provinces|territories)\s+of\s+")


_A_BODYS_SEAT = re.compile(r"(?:NATO|EU|UN|OSCE|CSTO|SCO|ASEAN|AU)\s+Headquarters")


_INCLUDING_PARTS = re.compile(r" \(including\s+(?:the\s+)?")  # "Denmark (including Greenland and ...)"
# "A, B in North Carolina and C in Virginia": each place after its own region, not the list before the first one
_AND_ANOTHER_IN_ITS_OWN = re.compile(r",?\s+and\s+(?:the\s+)?[A-Z][^,;.]{1,60}?\s+in\s+(?:the\s+)?[A-Z]")


def _geography(ctx: SentenceContext) -> Iterator[Candidate]:
    facilities = [m for m in ctx.mentions if m.type is EntityType.PLACE and _FACILITY_LABEL.search(m.label)] \
        if "host" in ctx.folded or "home to" in ctx.folded or "houses" in ctx.folded else []
    for place in facilities:
        state = next((m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                      and m.end < place.start and _HOSTS_A_FACILITY.fullmatch(ctx.text, m.end, place.start)), None)
        if state is not None and _FACILITY_ENDS.match(ctx.text, place.end):  # (not "hosted the Camp David talks")
            yield Candidate(place, "part_of", state, None, (state.start, place.end), 0.7)
    for state in ctx.mentions if "s of " in ctx.folded and any(m.de_facto for m in ctx.mentions) else ():
        regions = _OWNERS_REGIONS_OF.match(ctx.text, state.end) if state.type is EntityType.STATE else None
        for region in list_after(ctx, regions.end(), (EntityType.PLACE,), max_gap=0) if regions else ():
            if region.de_facto:  # (the places among them are the place patterns' own)
                yield Candidate(region, "part_of", state, None, (state.start, region.end), 0.7)
    for place in (m for m in ctx.mentions if m.type is EntityType.PLACE or m.de_facto) if "part of" in ctx.folded \
            else ():
        part = _RECOGNISED_AS_PART_AFTER.match(ctx.text, place.end)
        state = next((m for m in ctx.mentions if part and m.start == part.end() and m.type is EntityType.STATE
                      and m.kind != "demonym"), None)
        if state is not None:  # "Transnistria is internationally recognised as part of Moldova"
            yield Candidate(place, "part_of", state, None, (place.start, state.end), 0.75,
                            scope=(place.start, state.end))
    for kinds in (_KINDS_OF_A_STATE.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end)
                  if "s of " in ctx.folded else ()):
        # "in the Odesa, Mykolaiv and Kherson regions of Ukraine": each a part of the state
        state = next((m for m in ctx.mentions if m.start == kinds.end() and m.type is EntityType.STATE
                      and m.kind != "demonym"), None)
        for place in list_before(ctx, kinds.start(), (EntityType.PLACE,), max_gap=0) if state is not None else ():
            yield Candidate(place, "part_of", state, None, (place.start, state.end), 0.7)
    for state in ctx.mentions if " (including " in ctx.sentence.text else ():
        # "Denmark (including Greenland and the Faroe Islands)": the parts of the state it counts in
        including = _INCLUDING_PARTS.match(ctx.text, state.end) if state.type is EntityType.STATE and \
            state.kind != "demonym" else None
        parts = list_after(ctx, including.end(), (EntityType.PLACE,), max_gap=0) if including else []
        for part in parts if parts and ctx.text.startswith(")", parts[-1].end) else ():
            yield Candidate(part, "part_of", state, None, (state.start, part.end), 0.7)
    # "In Morocco, the manoeuvres will be held in Agadir, Tan-Tan and Ben Guerir": towns of the state the sentence
    # opens in, where it names no other state after it
    opening = _state_opening(ctx) if ctx.text.startswith("In ", ctx.sentence.start) else None
    if opening is not None and any(m.type is EntityType.STATE and m.kind != "demonym" and m.start > opening.end
                                   for m in ctx.mentions):
        opening = None
    for place in ctx.mentions:
        if not (place.type is EntityType.PLACE or place.de_facto) or place.kind not in ("place", "gazetteer"):
            continue
        described = _PLACE_APPOSITION_OPENS.match(ctx.text, place.end)
        state = next((m for m in ctx.mentions if described and m.start == described.end() and m.type is EntityType.STATE
                      and ((_DEMONYMS_PLACE if m.kind == "demonym" else _OWNERS_PLACE).match(ctx.text, m.end)
                           # "Guam, a U.S. territory": a state's name as the adjective
                           or m.kind != "demonym" and _STATES_KIND_AFTER.match(ctx.text, m.end))), None)
        if state is not None:  # "Port-Gentil, Gabon's oil hub", "in Yaoundé, Cameroon's capital", "N'Djamena, the
            # Chadian capital", "Batanes, the Philippines' northernmost province"
            kind = _OWNERS_PLACE.match(ctx.text, state.end) if state.kind != "demonym" else None
            listed = list_before(ctx, place.end, (EntityType.PLACE,), max_gap=0) \
                if kind is not None and kind.group("plural") else [place]
            for each in listed:
                yield Candidate(each, "part_of", state, None, (each.start, state.end), 0.75)
            continue
        whose = _WHOSE_BEFORE.search(ctx.text, max(ctx.sentence.start, place.start - 10), place.start) \
            if _KIND_OF_PLACE_AFTER.match(ctx.text, place.end) else None
        owner_state = next((m for m in ctx.mentions if whose and m.end == whose.start() and m.type is EntityType.STATE
                            and m.kind != "demonym"), None)
        if owner_state is not None:  # "Russia, whose Kaliningrad exclave borders Lithuania"
            yield Candidate(place, "part_of", owner_state, None, (owner_state.start, place.end), 0.75)
            continue
        bracketed = next((m for m in ctx.mentions if m.start == place.end + 2 and m.type is EntityType.STATE
                          and m.kind not in ("demonym", "capital") and ctx.text.startswith(")", m.end)), None) \
            if ctx.text.startswith(" (", place.end) else None
        if bracketed is not None:  # "conducted at Pithoragarh (India) in February"
            yield Candidate(place, "part_of", bracketed, None, (place.start, bracketed.end + 1), 0.7)
            continue
        before = ctx.text[max(ctx.sentence.start, place.start - 30):place.start]
        owner = re.search(r"(?P<owner>\S+?)(?:’s|'s|(?<=s)['’])\s+(?:[\w-]+\s+)?$", before)
        kind_of = _OWNERS_KIND_OF.search(ctx.text, max(ctx.sentence.start, place.start - 60), place.start) \
            if owner is None else None
        state = next((m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                      and m.end == kind_of.start()), None) if kind_of else None
        if state is not None:  # "Russia's Black Sea port of Novorossiysk", "Sudan's Red Sea city of Port Sudan"
            yield Candidate(place, "part_of", state, None, (state.start, place.end), 0.75)
            continue
        # "India's Indian Ocean club": no state's part; nor "Ukraine's Black Sea coast": the coast is the state's
        if owner and not place.label.endswith("Ocean") and not _OWNED_NOUN_AFTER.match(ctx.text, place.end):
            state = next((m for m in ctx.mentions if m.type is EntityType.STATE and m.kind != "demonym"
                          and _OWNER_GAP.fullmatch(ctx.text, m.end, place.start)), None)
            if state is not None:
                yield Candidate(place, "part_of", state, None, (state.start, place.end), 0.75)
                listed = list_after(ctx, place.start, (EntityType.PLACE,), max_gap=0)
                # (only a bare list: not "Russia's Kaliningrad, the Grodno and Vitebsk regions", nor "... regions
                # of Belarus")
                bare = all(_BARE_LIST_GAP.fullmatch(ctx.text, a.end, b.start) for a, b in itertools.pairwise(listed))
                regions = _REGIONS_AFTER.match(ctx.text, listed[-1].end) if bare else None
                for other in listed[1:] if regions and not ctx.text.startswith(" of ", regions.end()) else ():
                    # "in Russia's Leningrad, Kaliningrad and Pskov regions": each of them
                    yield Candidate(other, "part_of", state, None, (state.start, other.end), 0.75)
                continue
        people = next((m for m in ctx.mentions if m.type is EntityType.STATE and m.end <= place.start and (
                           _PEOPLES_PLACE_BEFORE if m.kind == "demonym" else _STATES_PLACE_BEFORE).fullmatch(
                               ctx.text, m.end, place.start)
                       and (m.kind == "demonym" or ctx.text.endswith("the ", 0, m.start))), None)
        if people is not None:  # "off the Somali capital Mogadishu", "in the Kenyan capital, Nairobi,"
            yield Candidate(place, "part_of", people, None, (people.start, place.end), 0.75)
            kinds = _PEOPLES_PLACE_BEFORE.fullmatch(ctx.text, people.end, place.start) \
                if people.kind == "demonym" else None
            listed = list_after(ctx, place.start, (EntityType.PLACE, EntityType.STATE), max_gap=0) \
                if kinds is not None and kinds.group("plural") else []
            for other in listed[1:]:  # "the Georgian breakaway regions of Abkhazia and South Ossetia": each
                if other.type is EntityType.PLACE or other.de_facto:
                    yield Candidate(other, "part_of", people, None, (people.start, other.end), 0.75)
            continue
        if place.kind == "gazetteer" and not place.de_facto:
            continue  # "Greenland, Iceland and the United Kingdom": after a place the gazetteer knows, a list
            # (but "Transnistria, a breakaway region of Moldova": a de facto state described)
        of_whole = _REGION_OF.match(ctx.text, place.end) if place.label.endswith(REGION_HEADS) else None
        if of_whole:
            # "Leilek district of Batken region", "the Lori Province of Armenia", "... of the Russian Federation"
            whole = next((m for m in ctx.mentions if m.start == of_whole.end() and (m.type is EntityType.STATE or (
                m.type is EntityType.PLACE and m.label.endswith(REGION_HEADS)))), None)
            if whole is not None:
                yield Candidate(place, "part_of", whole, None, (place.start, whole.end), 0.7)
                continue
        described_in = _DESCRIBED_TOWN_IN.match(ctx.text, place.end)
        whole = next((m for m in ctx.mentions if described_in and m.start == described_in.end() and m.kind != "demonym"
                      and m.type in (EntityType.STATE, EntityType.PLACE)), None)
        if whole is not None:  # "Visakhapatnam, a port city in the southern Indian state of Andhra Pradesh"
            yield Candidate(place, "part_of", whole, None, (place.start, whole.end), 0.7)
            continue
        # ("its Standing Joint Force Headquarters in Northwood": a command's seat, no part of the town)
        # (but "NATO Headquarters in Brussels": a body's seat in the town)
        after = _PLACE_IN_WHOLE.match(ctx.text, place.end, place.end + 60) \
            if not place.label.endswith("Headquarters") or _A_BODYS_SEAT.fullmatch(place.label) else None
        if after:
            comma = "," in after.group(0)
            # After a comma, a state or a division of one ("Alta, Finnmark County"): "in Alta, Tromsø" and "in the
            # Urals, the Volga region and ..." list places
            whole = next((m for m in ctx.mentions if (m.type is EntityType.STATE or m.type is EntityType.PLACE and (
                              not comma or (m.label.endswith(REGION_HEADS)
                                            # ("held at Umroi, Meghalaya last year": a region the sentence goes
                                            # on after, no list)
                                            or _TIME_AFTER_PLACE.match(ctx.text, m.end)
                                            and not _LISTED_BEFORE_PLACE.search(ctx.text, ctx.sentence.start,
                                                                                place.start))
                              and not after.group(0).endswith("the ") and not _AND_AFTER.match(ctx.text, m.end)))
                          # ("Washington, London and Canberra": a capital after a comma stands for its state)
                          and m.kind not in (("demonym", "capital") if comma else ("demonym",))
                          and m.start == after.end()), None)
            if whole is not None and _POSSESSIVE_AFTER.match(ctx.text, whole.end):
                # "X in Kyrgyzstan's Issyk-Kul Region" (or "in Belarus' Vitebsk Region"): X lies in the region;
                # "in Russia's southern Urals": in the state, when no named place follows
                region = next((m for m in ctx.mentions if m.type is EntityType.PLACE and m.start > whole.end
                               and _OWNER_GAP.fullmatch(ctx.text, whole.end, m.start)), None)  # "'s northern X"
                # "For New Delhi, Bangladesh's participation matters": after a comma, a state's noun opens a clause
                bare_comma = after.group(0).strip() == ","
                whole = region or (whole if whole.type is EntityType.STATE and not bare_comma else None)
            elif whole is not None and comma and _OPENS_A_CLAUSE.match(ctx.text, whole.end):
                whole = None  # "In Lima, Chile said ...": the state opens the clause; Lima is no part of it
            if whole is not None and comma and _TRAINING_VENUE.search(place.label) and \
                    " in " not in f"{after.group(0)} ":
                # "at the Gabiro Combat Training Centre, Rwanda,": where the drills are, no part the corpus notes
                # (but "the X training ground in Y's Z region": in it)
                whole = None
            if whole is not None and place.capital_of is not None and whole.type is EntityType.STATE and \
                    place.capital_of != whole.label:
                whole = None  # "With the handover in Washington, Sweden acceded": another state's capital
            if whole is not None and _WATERS.search(whole.label) and not _WATERS.search(place.label) and \
                    not _ISLANDS.search(place.label):
                whole = None  # "off the coast of Zambales province in the South China Sea": land lies by a sea
            if whole is not None:
                yield Candidate(place, "part_of", whole, None, (place.start, whole.end), 0.7)
                # "Troms and Finnmark in northern Norway": the places listed before it lie there too
                # (not "A, B in North Carolina and C in Virginia": each after its own, the list's last first)
                listed = list_before(ctx, place.end, (EntityType.PLACE,), max_gap=0)[:-1] if (
                    not comma or " both " in after.group(0)) and not _AND_ANOTHER_IN_ITS_OWN.match(
                        ctx.text, whole.end) else []
                # (not "Situbondo in East Java, Karawang in West Java": each place in its own region)
                listed = listed[next((i + 1 for i in range(len(listed) - 1, -1, -1)
                                      if _NAME_THEN_IN_BEFORE.search(ctx.text, max(0, listed[i].start - 40),
                                                                     listed[i].start)),
                                     0):]
                for other in listed:
                    if other.kind == "place" and not _TRAINING_VENUE.search(other.label):
                        yield Candidate(other, "part_of", whole, None, (other.start, whole.end), 0.7)
                continue
        if opening is not None and place.start > opening.end and not _WATERS.search(place.label) and not \
                _RELATIVE_PRONOUN.search(ctx.text, opening.end, place.start):
            # (not "In Poland, troops who had trained at Rukla and Pabrade in Lithuania returned home")
            yield Candidate(place, "part_of", opening, None, (ctx.sentence.start, place.end), 0.65)
