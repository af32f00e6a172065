"""Time expressions in news text, normalised to the ISO 8601 forms of the fact sheets.

Explicit dates ("June 15, 2001", "15 June 2001", "Sept. 11-20", "September 20-24", "November
2016", "in 1992"), weekdays ("on Tuesday") and relative expressions ("today", "next week", "last
month", "later this year") are resolved against a reference date. A year missing from the text comes
from the caller (an exercise name such as "Slavic Brotherhood-2017", or the reference date);
where none can be had it is written ``XXXX``.

The reference date is the page's date unless the text shows that the page was stamped long
after the events it reports (a republished or archived page): then it is the latest year the
text itself names. :func:`infer_reference_date` says which, and why.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from .cues import Cue, fold, folded, found

__all__ = ["ReferenceDate", "TimeExpression", "find_times", "infer_reference_date"]

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = r"(?P<{}>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?"  # not "3rd Marine"
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_YEAR = r"(?P<{}>(?:19|20)\d\d)(?![\d-]|s\b)"  # (not "the 1990s", "Mirage 2000s": a decade, a model)
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|to|and|through|until)\s*"

_PATTERNS = [
    # from June 9 to June 20 / June 28 to July 3, 2025
    ("month_day_to_month_day", re.compile(
        r"\b" + _MONTH.format("m1") + r"\s*" + _DAY.format("d1") + _DASH + _MONTH.format("m2") + r"\s*"
        + _DAY.format("d2") + r"(?![\d:])(?:,?\s+" + _YEAR.format("y") + ")?", re.I)),
    # from 28 August to 10 September 2025: the same, British style
    ("day_month_to_day_month", re.compile(
        r"\b" + _DAY.format("d1") + r"\s+" + _MONTH.format("m1") + _DASH + _DAY.format("d2") + r"\s+"
        + _MONTH.format("m2") + r"(?:,?\s+" + _YEAR.format("y") + ")?", re.I)),
    # September 20-24, 2021 / Sept. 11-20
    ("month_day_range", re.compile(
        _MONTH.format("m1") + r"\s+" + _DAY.format("d1") + _DASH + _DAY.format("d2")
        + r"(?:,?\s+" + _YEAR.format("y") + r")?(?![\d])", re.I)),
    # 20-24 September 2021
    ("day_range_month", re.compile(
        r"\b" + _DAY.format("d1") + _DASH + _DAY.format("d2") + r"\s+" + _MONTH.format("m1")
        + r"(?:,?\s+" + _YEAR.format("y") + ")?", re.I)),
    # June 15, 2001 / June 6
    ("month_day", re.compile(
        r"\b" + _MONTH.format("m1") + r"\s*" + _DAY.format("d1") + r"(?![\d:])(?:,?\s+" + _YEAR.format("y") + ")?",
        re.I)),
    # 15 June 2001 / 6 June
    ("day_month", re.compile(
        r"\b" + _DAY.format("d1") + r"\s+" + _MONTH.format("m1") + r"(?:,?\s+" + _YEAR.format("y") + ")?", re.I)),
    # the 20th to the 24th of September, between the 20th and 24th of September 2024
    ("day_of_month_range", re.compile(
        r"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)" + _DASH + r"(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+"
        + _MONTH.format("m1") + r"(?:,?\s+" + _YEAR.format("y") + ")?", re.IGNORECASE)),
    # the 15th of June 2001, the 6th of June
    ("day_of_month", re.compile(
        r"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+" + _MONTH.format("m1") + r"(?:,?\s+" + _YEAR.format("y") + ")?",
        re.IGNORECASE)),
    # October and November 2018, May-June 2023: the months a span of one year runs over
    ("month_to_month_year", re.compile(r"\b" + _MONTH.format("m1") + r"\s*(?:and|to|-|–|/)\s*" + _MONTH.format("m2")
                                       + r",?\s+" + _YEAR.format("y"), re.I)),
    # November 2016
    ("month_year", re.compile(r"\b" + _MONTH.format("m1") + r",?\s+" + _YEAR.format("y"), re.I)),
    # 2017-06-05
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # 20.09.2024 - 24.09.2024, 20-24.09.2024: a span of such dates (below)
    # ("from 20.09 to 24.09.2024", "20.-24.09.2024"; not inside "4.1.12.2024", a version's number)
    ("dotted_range", re.compile(r"\b(?<![\d.])(?P<d1>[0-3]?\d)(?:\.(?P<n1>[01]?\d)(?:\.(?P<y1>(?:19|20)\d\d))?)?\.?"
                                + _DASH + r"(?P<d2>[0-3]?\d)\.(?P<n2>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)")),
    # 05.06.2017: day, month and year, as ministries' releases in much of Europe write them
    ("dotted", re.compile(r"\b(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)")),
    # 2011–2012, the 2026-27 term: a span of years (not "Zapad-2021", a name; nor "2017-06-05", a date, above)
    ("year_range", re.compile(r"(?<![\w/-])(?P<y>(?:19|20)\d\d)\s*(?:–|—|-)\s*(?P<y2>(?:19|20)\d\d|\d\d)"
                              r"(?![\d-]|s\b)")),
    # in 1992 / since 2006 / 2015
    ("year", re.compile(r"(?:(?<![\w/-])|(?<=\bmid-))" + _YEAR.format("y"))),  # "in mid-2024"
    # March last year, October next year: a month of a year named relative to the page's
    ("month_relative_year", re.compile(_MONTH.format("m1") + r"\s+(?P<rel>last|next|this)\s+year\b")),
    # next October, last March: the nearest such month after or before the page's date
    # ("This September, X will host ...": one may open a sentence)
    ("relative_month", re.compile(r"\b(?P<rel>[Nn]ext|[Ll]ast|[Tt]his|[Cc]oming)\s+" + _MONTH.format("m1")
                                  + r"(?!\s*\d)")),
    # in May, in mid-May (a month without day or year)
    # ("at the end of February", "from the beginning of March": its month)
    ("month", re.compile(r"\b(?:(?:in|during|until|by|since|from|for|early|late|mid-)\s+(?:early\s+|late\s+|mid-)?|"
                         r"mid-|(?<=the )(?:end|beginning|start|middle)\s+of\s+)" + _MONTH.format("m1")
                         + r"(?!\s*[\d])", re.I)),
    ("weekday", re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("relative", re.compile(
        r"\b(?P<rel>(?:later|earlier) this (?:year|month)|this (?:year|month|week)|next (?:year|month|week)|"
        r"last (?:year|month|week)|late last month|early next month|in the coming weeks|today|yesterday|"
        r"tomorrow)\b(?![’']s)", re.I)),
]
_PATTERN = dict(_PATTERNS)
# Words one of which every match of a pattern holds (in lower case): a sentence without them skips it.
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CUE_WORDS = {"iso": ("19", "20"), "dotted": ("19", "20"), "dotted_range": ("19", "20"), "year": ("19", "20"),
              "year_range": ("19", "20"),
              "weekday": ("day",),
              "relative": ("this year", "this month", "this week", "next year", "next month", "next week",
                           "last year", "last month", "last week", "coming weeks", "today", "yesterday",
                           "tomorrow")}
_CUES = [(kind, Cue(pattern, *_CUE_WORDS.get(kind, _MONTH_WORDS))) for kind, pattern in _PATTERNS]
# Where every match of a pattern starts: at a month name, or at the digit of a day ("20-24 September").
# These patterns are tried there only; under re.I, trying every position of a sentence costs more.
_STARTS_AT = {"month_day_to_month_day": "month_digit", "month_day_range": "month_digit", "month_day": "month_digit",
              "month_year": "month_digit", "month_relative_year": "month_name",
              "month_to_month_year": "month_name", "day_range_month": "digit",
              "day_month": "digit", "day_of_month": "digit", "day_of_month_range": "digit",
              "day_month_to_day_month": "digit", "iso": "century", "dotted": "digit",
              "dotted_range": "digit",
              "year_range": "century", "year": "century"}
# A digit that starts a word (the digit patterns open with "\b"); the lookbehind, after the digit, keeps
# the cheap scan for a character class.
_DIGIT = re.compile(r"\d(?<!\w\d)")
# "Slavic Brotherhood-2017", "Malabar 2020". The word boundary before the capital is written as a
# lookbehind after it (the same test): a pattern opening with a character class is tried only where
# that class matches, one opening with "\b" at every position.
# The word is taken whole at once ("++"): giving back letters cannot find the space or hyphen after it.
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_NAMED_YEAR = re.compile(r"([A-Z](?<!\w.)[\w/]++)[ -]((?:19|20)\d\d)\b")
# An edition named by its year's last two digits ("Nordic Response 24", "BALTOPS 22"): a year the text names too
# (not "Article 51", "Chapter 11", nor a model's number, "F-16", which a hyphen joins)
_NAMED_SHORT_YEAR = re.compile(r"\b(?!(?:Article|Chapter|Resolution|Section|Route|Level|Phase|Stage|Group|Flight|Page|"
                               r"Room|Gate|Number|Block|Unit|Lot|Line|Item|Rule)\s)[A-Z][A-Za-z]{2,}\s(\d\d)\b"
                               r"(?![\d,./:%-])")
# Capitalised words before a year that name no exercise: "In May 2024", "Since 2022", "Early 2025".
_NOT_A_NAME = frozenset(_MONTHS) | {"in", "since", "by", "until", "till", "from", "before", "after", "during", "of",
                                    "on", "for", "the", "early", "late", "mid", "summer", "winter", "spring", "autumn",
                                    "fall", "end", "as", "through", "between", "and"}
_FUTURE_CUE = Cue(re.compile(r"\b(?:will|upcoming|scheduled|to be held|is to|are to|slated|planned)\b", re.I),
                  "will", "upcoming", "scheduled", "to be held", "is to", "are to", "slated", "planned")
# Where a sentence of infer_reference_date ends: a stop (and the quotation or bracket it closes) before white
# space, or a line break: a quotation's last sentence is no part of the next paragraph's first.
_SENTENCE_GAP = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")
_YEAR_WORD = re.compile(r"\b((?:19|20)\d\d)\b")
# A participle of a past event right before a year ("re-established in Visby in 2018"), not a planned one
# ("will be launched in 2027")
_PAST_EVENT_BEFORE = re.compile(r"(?<!\bbe )(?<!\bbeen )\b(?:re-)?(?:established|founded|created|formed|set up|"
                                r"launched|built|signed|adopted|disbanded|abolished|introduced)\b[^,;]{0,40}$|"
                                # "balloons of the kind that crossed the continent in early 2023": a relative clause's
                                r"\b(?:that|which|who)\s+(?:had\s+)?[a-z]+ed\b[^,;]{0,40}$")
_CAPITAL_MONTH = re.compile(r"[A-Z]")
_NAME_BEFORE_A_YEAR = re.compile(r"\b(?!(?:In|Since|From|By|Until|The|For|During|Between)\b)[A-Z][\w-]*\s+$")


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time found in text: its span and its ISO 8601 value (a date, month, year or interval)."""

    start: int
    end: int
    text: str
    value: str
    kind: str  # which pattern found it: 'month_day', 'year', 'weekday', 'relative'...

    @property
    def is_relative(self) -> bool:
        return self.kind in ("weekday", "relative", "relative_month", "month_relative_year")


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    """The date relative expressions are resolved against, and why it was chosen."""

    value: str | None  # ISO date, month or year; None when neither page nor text gives one
    reason: str

    @property
    def year(self) -> int | None:
        return int(self.value[:4]) if self.value else None

    def as_date(self) -> _dt.date | None:
        if not self.value:
            return None
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        try:
            return _dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            return None


def infer_reference_date(page_date: str | None, text: str) -> ReferenceDate:
    """The page's date, unless the text's own "now" lies two or more years before it.

    The text's "now" shows in the years it treats as current or coming: those in the names of
    exercises it reports ("Slavic Brotherhood-2017") and those in sentences about the future
    ("September 2017 will see ..."). A page stamped 2024 whose "now" is 2017 is a republished copy:
    its relative dates are resolved against 2017. Years of past events ("signed in 2020") say
    nothing about when the page was written.
    """
    page_year = int(page_date[:4]) if page_date and re.match(r"\d{4}", page_date) else None
    if page_year is None:
        years = [int(m.group("y")) for m in _PATTERN["year"].finditer(text)]
        years += [int(y) for y in re.findall(r"(?<=[-\s])((?:19|20)\d\d)(?!\d)", text)]
        if years:
            return ReferenceDate(str(max(years)), "the page has no date; the latest year the text names")
        return ReferenceDate(None, "neither the page nor the text gives a date")
    current = [int(year) for word, year in _NAMED_YEAR.findall(text) if word.lower().rstrip(".") not in _NOT_A_NAME]
    for sentence in _sentences_naming_years(text):
        if not _FUTURE_CUE.search(sentence, fold(sentence.lower())):
            continue
        # "The regiment, re-established in Visby in 2018, will defend ...": a year of a past event set off
        # in the sentence says nothing of its "now"
        current += [int(year.group(1)) for year in _YEAR_WORD.finditer(sentence)
                    if not _PAST_EVENT_BEFORE.search(sentence, max(0, year.start() - 50), year.start())]
    current = [y for y in current if y <= page_year]
    # A text that names a later year than its "now" (a past event, "in May 2024", after "talks that
    # resumed in 2022 are expected to ...") was written after that year: no sign of a republished page.
    if current and max(current) <= page_year - 2 and max(
            (y for y in _years_named(text) if y <= page_year), default=0) <= max(current):
        return ReferenceDate(str(max(current)),
                             f"the page date {page_date} is years after the text's own present "
                             f"({max(current)}, from exercise names and sentences about the future): "
                             "a republished page")
    return ReferenceDate(page_date, "the page's date")


def _years_named(text: str) -> list[int]:
    """Every year ``text`` names, in full or as an edition's last two digits ("Nordic Response 24")."""
    return [int(y) for y in _ANY_YEAR.findall(text)] + [2000 + int(y) for y in _NAMED_SHORT_YEAR.findall(text)]


def _sentences_naming_years(text: str) -> Iterator[str]:
    """The sentences of ``text`` (split at ``_SENTENCE_GAP``) that hold "19" or "20" (most sentences name
    no year)."""
    if "19" not in text and "20" not in text:
        return
    start = 0
    for gap in _SENTENCE_GAP.finditer(text):
        end = gap.end()
        piece = text[start:end]
        if "19" in piece or "20" in piece:
            yield piece
        start = end
    piece = text[start:]
    if "19" in piece or "20" in piece:
        yield piece


def find_times(text: str, *, offset: int = 0, reference: ReferenceDate | None = None,
               default_year: int | None = None, year_before: int | None = None,
               future: bool | Callable[[], bool] = False) -> list[TimeExpression]:
    """Time expressions in ``text`` (a sentence), longest first where they overlap.

    ``default_year`` fills a missing year (else the reference year, else ``XXXX``); ``year_before``, the year
    the text before the sentence named last, is the one a date "of that year" has when the sentence names none;
    ``future`` says which way a bare weekday points from the reference date; it may be a function,
    then asked only for a sentence that names a weekday (few do, and telling the tense costs).
    """
    times: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    of_that_year: set[int] = set()
    yearless: set[int] = set()  # where a date without its year begins
    year = default_year or (reference.year if reference else None)
    folded_text = folded(text)
    words = found(folded_text)  # the cue words of the text, tested against each pattern's
    starts: dict[str, list[int] | None] = {}  # "month", "digit", "century" positions, found when first needed
    for kind, cue in _CUES:
        if not words & cue.mask:
            continue
        where = _STARTS_AT.get(kind)
        if kind == "month" or where == "month_digit":
            if "month" not in starts:
                starts["month"] = _month_starts(text, folded_text)
            months = starts["month"]
            aligned = months is not None and "\u0307" not in text
            # "month" is tried everywhere, but only where a month name follows one of its words.
            if kind == "month" and aligned and not _after_month_word(folded_text, months):
                continue
            if where == "month_digit" and where not in starts:
                # The others open with the month name, and a number follows it: not in "market", "may".
                starts[where] = [m for m in months if _number_after_month(text, m)] if aligned else months
        elif where == "month_name" and where not in starts:
            if "month" not in starts:
                starts["month"] = _month_starts(text, folded_text)
            starts[where] = starts["month"]  # None (every position) where the folded text's length differs
        elif where == "digit" and where not in starts:
            starts[where] = _digit_starts(text)
        elif where == "century" and where not in starts:
            starts[where] = _century_starts(text)
        at = starts[where] if where is not None else None  # None: try every position
        for match in (cue.pattern.finditer(text) if at is None else _matches_at(cue.pattern, text, at)):
            span = match.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            if kind == "weekday" and callable(future):
                future = future()
            # "started on Monday ... and are due to end on March 20": the verb before the weekday tells
            # ... or the verb right after it ("Nigeria and Cameroon on Wednesday signed a memorandum that will ...")
            tense = (_PAST_BEFORE_WEEKDAY.search(text, max(0, span[0] - 30), span[0])
                     or _PAST_VERB_THEN_OBJECT.search(text, max(0, span[0] - 80), span[0])
                     or _PAST_AFTER_WEEKDAY.match(text, span[1])
                     and not _FUTURE_BEFORE_WEEKDAY.search(text, max(0, span[0] - 40), span[0])) \
                if kind == "weekday" else None
            value = _value(kind, match, year, reference, False if tense else future)
            if value is None:
                continue
            if kind == "weekday" and reference is not None and value == reference.value and \
                    text.endswith(("last ", "Last "), 0, span[0]):
                # "signed last Tuesday" in a text of a Tuesday: a week before, not the day itself
                value = (_dt.date.fromisoformat(value) - _dt.timedelta(days=7)).isoformat()
            relative_year = _RELATIVE_YEAR_AFTER.match(text, span[1]) if kind in _YEARLESS and \
                not match.groupdict().get("y") and reference is not None and reference.year else None
            if relative_year is not None:  # "on December 19 last year": in the year before the page's
                shift = {"last": -1, "next": 1}.get(relative_year.group("rel").lower(), 0)
                value = re.sub(r"\b\d{4}-", f"{reference.year + shift:04d}-", value)
                span = (span[0], relative_year.end())
            elif default_year is None and kind in _YEARLESS and not match.groupdict().get("y"):
                value, future = _nearer_year(value, reference, future, text, text[max(0, span[0] - 100):span[0]])
            taken.append(span)
            if kind in _YEARLESS and not match.groupdict().get("y") and _OF_THAT_YEAR.match(text, span[1]):
                of_that_year.add(offset + span[0])  # "on May 15 of that year": the year named before, below
            elif kind in _YEARLESS and not match.groupdict().get("y") and relative_year is None:
                yearless.add(offset + span[0])
            times.append(TimeExpression(offset + span[0], offset + span[1], text[span[0]:span[1]], value, kind))
    times.sort(key=lambda t: t.start)
    if yearless and len(times) > 1:
        times = _in_the_month_named_before(times, yearless)
    return _in_the_year_named_before(times, of_that_year, year_before) if of_that_year else times


def _in_the_month_named_before(times: list[TimeExpression], starts: set[int]) -> list[TimeExpression]:
    """``times`` with each yearless date (at one of ``starts``) put in the year of the same month named with its
    year before it in the sentence ("in September 2023, when A and B signed the pact ... on September 13")."""
    months: dict[str, str] = {}  # "09" -> "2023", from "September 2023"
    out: list[TimeExpression] = []
    for time in times:
        month = time.value[5:7] if len(time.value) >= 7 and time.value[:4].isdigit() else None
        if time.start in starts and month in months and "/" not in time.value:
            time = replace(time, value=months[month] + time.value[4:])
        elif time.start not in starts and month is not None and "/" not in time.value and time.kind != "weekday":
            months.setdefault(month, time.value[:4])
        out.append(time)
    return out


# "on December 19 last year", "on 2 February next year": a day of the year the words name, relative to the page's
_RELATIVE_YEAR_AFTER = re.compile(r"\s+(?P<rel>last|next|this)\s+year\b", re.IGNORECASE)
# "signed on May 15 of that year", "in June of the same year", "In November that year": the year of the date
# named before
_OF_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")


def _in_the_year_named_before(times: list[TimeExpression], starts: set[int],
                              year_before: int | None = None) -> list[TimeExpression]:
    """``times`` with each date "of that year" (at one of ``starts``) put in the year of the first time
    before it that gives one: the sentence's own ("regained sovereignty in 1955, ten years after the
    occupation began in 1945, and signed the treaty on May 15 of that year"), else ``year_before``, the one
    named before the sentence ("... in September 2021. In November that year, the three signed ...")."""
    out: list[TimeExpression] = []
    named: str | None = None
    for time in times:
        year = named or (str(year_before) if year_before else None)
        if time.start in starts:
            time = replace(time, value=year + time.value[4:]) if year else time
        elif named is None and time.value[:4].isdigit() and "/" not in time.value and time.kind != "weekday":
            named = time.value[:4]
        out.append(time)
    return out


_PAST_BEFORE_WEEKDAY = re.compile(r"\b(?:started|began|opened|kicked off|ended|held|launched|signed|said|told|"
                                  r"announced|was|were|took place|arrived|met|joined|came to an end|drew to a close)"
                                  r"\s+(?:on\s+)?$")
# "began the annual X exercise on Monday": a past verb, its object, then the weekday (no future between)
_PAST_VERB_THEN_OBJECT = re.compile(r"\b(?:started|began|opened|kicked off|ended|launched|signed|concluded|wrapped up)"
                                    r"\s+(?![^,.;]*\b(?:will|would|shall|to|due|set|scheduled)\b)"
                                    r"[^,.;]{1,60}?\s+on\s+$")
# (not a participle: "a ceremony on Friday held in Accra", "will end on Friday said navy spokesman X")
_PAST_AFTER_WEEKDAY = re.compile(r"\s+(?:(?:formally|jointly|also|officially)\s+)?(?:started|began|kicked off|ended|"
                                 r"launched|signed|announced|took place|arrived|met|ratified|agreed|concluded)\b",
                                 re.IGNORECASE)
_FUTURE_BEFORE_WEEKDAY = re.compile(r"\b(?:will|would|shall|to|due|set|scheduled|expected|plans?)\b[^,.;]{0,40}$")


def _month_starts(text: str, folded: str) -> list[int] | None:
    """Where a month name may start in ``text`` (``folded`` is its :func:`.cues.fold`), in order; None
    when their lengths differ, as a position in one need not then be the same in the other."""
    if len(folded) != len(text):
        return None
    found = []
    for word in _MONTH_WORDS:
        start = folded.find(word)
        while start >= 0:
            found.append(start)
            start = folded.find(word, start + 1)
    return sorted(found)


# The words the "month" pattern opens with; white space then stands before the month name.
_MONTH_PATTERN_WORDS = ("in", "during", "until", "by", "since", "from", "for", "early", "late", "mid-", "end of",
                        "beginning of", "start of", "middle of")


def _after_month_word(folded: str, months: list[int]) -> bool:
    """Whether one of the ``months`` positions (of month names in ``folded``) follows white space after
    a word the "month" pattern opens with: where it is not, that pattern cannot match."""
    for start in months:
        end = start
        while end > 0 and folded[end - 1].isspace():
            end -= 1
        if end < start and folded.endswith(_MONTH_PATTERN_WORDS, 0, end) or folded.endswith("mid-", 0, start):
            return True
    return False


def _number_after_month(text: str, start: int) -> bool:
    """Whether a digit follows the month name that starts at ``start`` (past the rest of its letters, a
    full stop, a comma, white space), as it does in each match of the patterns that open with one."""
    end = len(text)
    index = start + 3  # the shortest month names ("May", "Jun") have three letters
    while index < end and text[index].isalpha():
        index += 1
    while index < end and (text[index] in ".," or text[index].isspace()):
        index += 1
    return index < end and text[index].isdigit()


def _century_starts(text: str) -> list[int]:
    """Where a year of the patterns ("19xx", "20xx") may start, in order."""
    found = []
    for digits in ("19", "20"):
        start = text.find(digits)
        while start >= 0:
            found.append(start)
            start = text.find(digits, start + 1)
    return sorted(found)


def _digit_starts(text: str) -> list[int]:
    """Where a day of the patterns ("\\b[0-3]?\\d") may start: at a digit that starts a word, in order."""
    return [match.start() for match in _DIGIT.finditer(text)]


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, given (in order) every position a match can start at:
    the pattern is tried at those only, left to right, each match resuming after its end."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            yield match
            end = match.end()


_YEARLESS = frozenset({"month", "month_day", "day_month", "day_of_month", "month_day_range", "day_range_month",
                       "day_of_month_range",
                       "month_day_to_month_day"})
_FAR = 200  # days: a yearless date this far from the page's date is taken in the year before or after
_NEAR = 31  # days after the page's date within which a past-tense sentence may still be reporting late
# Verbs that tell of an event as past ("held the drills in September", "the pact was signed on May 5")
_TOLD_IN_THE_PAST = re.compile(r"\b(?:was|were|held|took\s+(?:place|part)|hosted|conducted|staged|began|started|"
                               r"ended|concluded|completed|joined|participated|signed|launched|came\s+to\s+an\s+end|"
                               # ("became the bloc's fifth member in July", in a March article: the verbs of a
                               # standing, not "arrived ahead of the drills in May", which are to come)
                               r"became|withdrew|ratified|acceded|left\s+the|applied\s+(?:for|to)|"
                               # ("its exit from the OAS took effect in November", in an August article)
                               r"took\s+effect|(?:came|entered)\s+into\s+force)\b")

# "signed a memorandum of understanding on January 1": a past verb whose clause the date ends
# (not "is to be launched on February 25", "will be held in March": a passive of the future)
_PAST_VERB_OF_DATE = re.compile(r"(?<!be\s)(?<!been\s)\b(?:signed|held|hosted|conducted|staged|began|started|ended|"
                                r"concluded|launched|took\s+place)\b[^,.;]{0,80}\s+(?:on|in)\s+$")

_FUTURE_PASSIVE_OF_DATE = re.compile(r"\b(?:will|would|shall|to)\s+be\s+(?:\w+ly\s+)?\w+\b[^,.;]{0,40}\s+(?:on|in)\s+$")


def _nearer_year(value: str, reference: ReferenceDate | None, future: bool | Callable[[], bool],
                 text: str = "", before: str = "") -> tuple[str, bool | Callable[[], bool]]:
    """``value`` (a yearless date given the reference's year) moved to the year before when it would
    lie far after the reference and the sentence is not about the future ("was signed in December",
    in a March article), or lies after it at all and the sentence ``text`` tells of the past ("held the
    drills in September", in a March article); or to the year after when far before it and about the
    future ("will be held in January", in a November article), unless a past verb governs the date itself
    (``before``, the words before it: "signed a memorandum on January 1", in a December article). Returns the
    value and ``future``, asked at most once."""
    ref = reference.as_date() if reference and reference.value and len(reference.value) >= 10 else None
    if ref is None:
        return value, future
    start = value.split("/", 1)[0]
    try:
        first = _dt.date(int(start[:4]), int(start[5:7]), int(start[8:10]) if len(start) >= 10 else 1)
    except ValueError:
        return value, future
    days = (first - ref).days
    if abs(days) <= _FAR and not (days > _NEAR and _TOLD_IN_THE_PAST.search(text)):
        return value, future
    if callable(future):
        future = future()
    past_of_date = _PAST_VERB_OF_DATE.search(before) is not None and not _FUTURE_PASSIVE_OF_DATE.search(before)
    # ("Denmark signed its own agreement on Dec. 21, and lawmakers are due to vote on it": the signing is past)
    step = -1 if days > 0 and (not future or past_of_date) else 1 if days < 0 and future and not past_of_date else 0
    if step == 0:
        return value, future
    return re.sub(r"\b(\d{4})-", lambda m: f"{int(m.group(1)) + step:04d}-", value), future


def _days_in(year: str, month: int) -> int:
    """How many days ``month`` has in ``year`` (29 in a February of an unknown year, "XXXX")."""
    return calendar.monthrange(int(year) if year.isdigit() else 2000, month)[1]


def _calendar_day(year: str, month: str, day: str) -> str | None:
    """The ISO date of a day written in numbers, or None when there is no such day ("31.02.2024")."""
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _value(kind: str, match: re.Match[str], year: int | None, reference: ReferenceDate | None,
           future: bool) -> str | None:
    groups = match.groupdict()
    if groups.get("m1") and not _CAPITAL_MONTH.match(groups["m1"]):
        return None  # "may 5" is a verb and a number
    y = groups.get("y")
    year_text = y if y else (f"{year:04d}" if year else "XXXX")
    if kind in ("month_day_to_month_day", "day_month_to_day_month"):
        if groups.get("m2") and not _CAPITAL_MONTH.match(groups["m2"]):
            return None
        m1, m2 = _MONTHS[groups["m1"].lower().rstrip(".")], _MONTHS[groups["m2"].lower().rstrip(".")]
        d1, d2 = int(groups["d1"]), int(groups["d2"])
        if not (1 <= d1 <= 31 and 1 <= d2 <= 31) or (m2, d2) <= (m1, d1):
            return None
        return f"{year_text}-{m1:02d}-{d1:02d}/{year_text}-{m2:02d}-{d2:02d}"
    if kind == "month":
        return f"{year_text}-{_MONTHS[groups['m1'].lower().rstrip('.')]:02d}"
    if kind in ("month_day_range", "day_range_month", "day_of_month_range"):
        month = _MONTHS[groups["m1"].lower().rstrip(".")]
        d1, d2 = int(groups["d1"]), int(groups["d2"])
        if not (1 <= d1 < d2 <= _days_in(year_text, month)):
            return None  # (not "from the 30th to the 31st of June")
        return f"{year_text}-{month:02d}-{d1:02d}/{year_text}-{month:02d}-{d2:02d}"
    if kind in ("month_day", "day_month", "day_of_month"):
        month = _MONTHS[groups["m1"].lower().rstrip(".")]
        day = int(groups["d1"])
        if not 1 <= day <= _days_in(year_text, month):
            return None  # (not "the 31st of June")
        return f"{year_text}-{month:02d}-{day:02d}"
    if kind == "month_year":
        return f"{y}-{_MONTHS[groups['m1'].lower().rstrip('.')]:02d}"
    if kind == "month_to_month_year":
        if not _CAPITAL_MONTH.match(groups["m2"]):
            return None
        m1, m2 = _MONTHS[groups["m1"].lower().rstrip(".")], _MONTHS[groups["m2"].lower().rstrip(".")]
        return f"{y}-{m1:02d}/{y}-{m2:02d}" if m1 < m2 else None
    if kind == "iso":
        return f"{groups['y']}-{groups['m']}-{groups['d']}"
    if kind == "dotted_range":
        first, last = (_calendar_day(groups["y1"] or y, groups["n1"] or groups["n2"], groups["d1"]),
                       _calendar_day(y, groups["n2"], groups["d2"]))
        if first and last and first > last and not groups["y1"]:  # "28.12-04.01.2025": from the year before
            first = _calendar_day(str(int(y) - 1), groups["n1"] or groups["n2"], groups["d1"])
        return f"{first}/{last}" if first and last and first < last else None
    if kind == "dotted":
        return _calendar_day(y, groups["m"], groups["d"])
    if kind == "year":
        return y
    if kind == "year_range":
        if _NAME_BEFORE_A_YEAR.search(match.string, max(0, match.start() - 40), match.start()):
            return None  # "the Defender-Europe 2020–21 exercises": the name's years
        last = groups["y2"] if len(groups["y2"]) == 4 else y[:2] + groups["y2"]
        return f"{y}/{last}" if 0 < int(last) - int(y) <= 10 else None
    if kind in ("month_relative_year", "relative_month"):
        return _month_of_a_relative_year(groups["rel"].lower(), _MONTHS[groups["m1"].lower().rstrip(".")],
                                         reference, nearest=kind == "relative_month")
    ref = reference.as_date() if reference else None
    if ref is None or reference is None or reference.value is None or len(reference.value) < 10:
        if kind == "relative" and reference and reference.year:
            return _relative_year(groups["rel"].lower(), reference.year)
        return None
    if kind == "weekday":
        target = _WEEKDAYS[groups["w"].lower()]
        delta = (target - ref.weekday()) % 7
        if not future and delta:
            delta -= 7
        return (ref + _dt.timedelta(days=delta)).isoformat()
    return _relative(groups["rel"].lower(), ref)


_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def _month_of_a_relative_year(rel: str, month: int, reference: ReferenceDate | None, *,
                              nearest: bool) -> str | None:
    """"March last year", "May next year": the month in the year ``rel`` names relative to ``reference``'s;
    with ``nearest`` ("next October", "last March"), the nearest such month after or before the reference
    month."""
    if reference is None or not reference.year:
        return None
    year = reference.year
    if not nearest:
        year += 1 if rel == "next" else -1 if rel == "last" else 0
        return f"{year:04d}-{month:02d}"
    ref_month = int(reference.value[5:7]) if reference.value and len(reference.value) >= 7 else None
    if rel in ("next", "coming") and ref_month is not None and month <= ref_month:
        year += 1
    elif rel == "last" and ref_month is not None and month >= ref_month:
        year -= 1
    return f"{year:04d}-{month:02d}"


def _relative_year(rel: str, year: int) -> str | None:
    if "year" in rel:
        return str(year + (1 if rel.startswith("next") else -1 if rel.startswith("last") else 0))
    return None


def _relative(rel: str, ref: _dt.date) -> str | None:
    if rel in _DAY_OFFSETS:  # "began the exercise today": the page's day
        return (ref + _dt.timedelta(days=_DAY_OFFSETS[rel])).isoformat()
    if "year" in rel:
        return _relative_year(rel, ref.year)
    if "month" in rel:
        step = 1 if "next" in rel else -1 if "last" in rel else 0
        month_index = ref.year * 12 + ref.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    if "week" in rel:
        step = 7 if "next" in rel or "coming" in rel else -7 if "last" in rel else 0
        monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=step)
        return f"{monday.isoformat()}/{(monday + _dt.timedelta(days=6)).isoformat()}"
    return None
