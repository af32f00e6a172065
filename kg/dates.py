"""The one date model of kg.

A time as the fact sheets write it (ISO 8601, the precision the article gives) becomes typed
literals and bounds:

=====================  ======================  ==================================
written                literal                 earliest / latest bound (xsd:date)
=====================  ======================  ==================================
``2017``               ``xsd:gYear``           2017-01-01 / 2017-12-31
``2017-09``            ``xsd:gYearMonth``      2017-09-01 / 2017-09-30
``2017-09-07``         ``xsd:date``            2017-09-07 / 2017-09-07
``XXXX-06-12``         ``xsd:gMonthDay``       none: the year is unknown, none is invented
``XXXX-06``            ``xsd:gMonth``          none
``A/B``                start A, end B          earliest of A / latest of B
=====================  ======================  ==================================

Only values every engine reads the same are produced: four-digit years from 0001 to 9999, real
calendar days (no 30 February), no time zones.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass

__all__ = ["DatePoint", "TimeValue", "parse_time"]

XSD = "http://www.w3.org/2001/XMLSchema#"
_POINT = re.compile(r"(?P<year>[0-9]{4}|XXXX)(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")


@dataclass(frozen=True, slots=True)
class DatePoint:
    """A date at year, month or day precision; ``year`` is None when the article gives none."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def lexical(self) -> str:
        """The XSD lexical form of this point (``2017``, ``2017-09``, ``--06-12``...)."""
        if self.year is None:
            return f"--{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text

    @property
    def datatype(self) -> str:
        """The IRI of the XSD datatype that carries this point at its precision."""
        if self.year is None:
            return XSD + ("gMonthDay" if self.day else "gMonth")
        if self.day:
            return XSD + "date"
        return XSD + ("gYearMonth" if self.month else "gYear")

    @property
    def earliest(self) -> _dt.date | None:
        """The first day this point can mean, or None when the year is unknown."""
        if self.year is None:
            return None
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> _dt.date | None:
        """The last day this point can mean, or None when the year is unknown."""
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return _dt.date(self.year, month, day)

    def __str__(self) -> str:
        if self.year is None:
            return "XXXX" + self.lexical[1:]
        return self.lexical


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A point in time, or an interval from ``start`` to ``end``."""

    start: DatePoint
    end: DatePoint | None = None

    @property
    def is_interval(self) -> bool:
        return self.end is not None

    @property
    def earliest(self) -> _dt.date | None:
        return self.start.earliest

    @property
    def latest(self) -> _dt.date | None:
        return (self.end or self.start).latest

    def __str__(self) -> str:
        return f"{self.start}/{self.end}" if self.end else str(self.start)


def _parse_point(text: str, whole: str) -> DatePoint:
    match = _POINT.fullmatch(text)
    if not match:
        raise ValueError(
            f"{whole!r} is not an ISO 8601 date: write YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM-DD "
            "(year unknown) or START/END"
        )
    year = None if match["year"] == "XXXX" else int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    if year is not None and year < 1:
        raise ValueError(f"{whole!r}: year 0000 does not exist in XSD dates; kg keeps years 0001-9999")
    if year is None and month is None:
        raise ValueError(f"{whole!r}: a time with neither year nor month says nothing; leave it out")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{whole!r}: month {month:02d} does not exist")
    if day is not None:
        last = calendar.monthrange(year if year is not None else 2000, month or 1)[1]
        if not 1 <= day <= last:
            raise ValueError(f"{whole!r}: day {day:02d} does not exist in month {month:02d}")
    return DatePoint(year, month, day)


def parse_time(text: str) -> TimeValue:
    """Parse an ISO 8601 date, month, year or ``START/END`` interval as the fact sheets write it.

    >>> parse_time("2021-09-20/2021-09-24").latest
    datetime.date(2021, 9, 24)
    >>> parse_time("XXXX-06-12").start.datatype
    'http://www.w3.org/2001/XMLSchema#gMonthDay'

    Raises:
        ValueError: the text is not such a date, or names a day that does not exist.
    """
    text = str(text).strip()
    parts = text.split("/")
    if len(parts) > 2 or not all(parts):
        raise ValueError(f"{text!r} is not a date or a START/END interval")
    start = _parse_point(parts[0], text)
    end = _parse_point(parts[1], text) if len(parts) == 2 else None
    if end is not None and start.earliest and end.latest and end.latest < start.earliest:
        raise ValueError(f"{text!r}: the interval ends before it starts")
    return TimeValue(start, end)
