"""Tests of kg.dates.parse_time: lexical forms, XSD datatypes, bounds and rejections."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kg.dates import DatePoint, TimeValue, parse_time

XSD = "http://www.w3.org/2001/XMLSchema#"


# --- points: lexical form, datatype, bounds ----------------------------------------------------

@pytest.mark.parametrize(
    "text, lexical, datatype, earliest, latest",
    [
        ("2017", "2017", "gYear", dt.date(2017, 1, 1), dt.date(2017, 12, 31)),
        ("0001", "0001", "gYear", dt.date(1, 1, 1), dt.date(1, 12, 31)),
        ("9999", "9999", "gYear", dt.date(9999, 1, 1), dt.date(9999, 12, 31)),
        ("2017-09", "2017-09", "gYearMonth", dt.date(2017, 9, 1), dt.date(2017, 9, 30)),
        ("2017-01", "2017-01", "gYearMonth", dt.date(2017, 1, 1), dt.date(2017, 1, 31)),
        ("2017-04", "2017-04", "gYearMonth", dt.date(2017, 4, 1), dt.date(2017, 4, 30)),
        ("2017-12", "2017-12", "gYearMonth", dt.date(2017, 12, 1), dt.date(2017, 12, 31)),
        ("2019-02", "2019-02", "gYearMonth", dt.date(2019, 2, 1), dt.date(2019, 2, 28)),
        ("2020-02", "2020-02", "gYearMonth", dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
        ("2000-02", "2000-02", "gYearMonth", dt.date(2000, 2, 1), dt.date(2000, 2, 29)),  # /400: leap
        ("1900-02", "1900-02", "gYearMonth", dt.date(1900, 2, 1), dt.date(1900, 2, 28)),  # /100: not leap
        ("2017-09-07", "2017-09-07", "date", dt.date(2017, 9, 7), dt.date(2017, 9, 7)),
        ("2020-02-29", "2020-02-29", "date", dt.date(2020, 2, 29), dt.date(2020, 2, 29)),
        ("2000-02-29", "2000-02-29", "date", dt.date(2000, 2, 29), dt.date(2000, 2, 29)),
        ("1999-12-31", "1999-12-31", "date", dt.date(1999, 12, 31), dt.date(1999, 12, 31)),
        ("0001-01-01", "0001-01-01", "date", dt.date(1, 1, 1), dt.date(1, 1, 1)),
        ("9999-12-31", "9999-12-31", "date", dt.date(9999, 12, 31), dt.date(9999, 12, 31)),
    ],
)
def test_point_with_year(text, lexical, datatype, earliest, latest):
    value = parse_time(text)
    assert isinstance(value, TimeValue)
    assert not value.is_interval
    assert value.end is None
    assert value.start.lexical == lexical
    assert value.start.datatype == XSD + datatype
    assert value.earliest == value.start.earliest == earliest
    assert value.latest == value.start.latest == latest
    assert str(value) == text


@pytest.mark.parametrize(
    "text, lexical, datatype, month, day",
    [
        ("XXXX-06-12", "--06-12", "gMonthDay", 6, 12),
        ("XXXX-02-29", "--02-29", "gMonthDay", 2, 29),  # a real day in some year
        ("XXXX-12-31", "--12-31", "gMonthDay", 12, 31),
        ("XXXX-06", "--06", "gMonth", 6, None),
        ("XXXX-01", "--01", "gMonth", 1, None),
    ],
)
def test_point_without_year(text, lexical, datatype, month, day):
    value = parse_time(text)
    assert value.start == DatePoint(None, month, day)
    assert value.start.lexical == lexical
    assert value.start.datatype == XSD + datatype
    # No year is invented, so there are no bounds.
    assert value.earliest is None
    assert value.latest is None
    assert str(value) == text


def test_parsed_components():
    assert parse_time("2017").start == DatePoint(2017, None, None)
    assert parse_time("2017-09").start == DatePoint(2017, 9, None)
    assert parse_time("2017-09-07").start == DatePoint(2017, 9, 7)


def test_surrounding_white_space_is_ignored():
    assert str(parse_time("  2017-09-07\n")) == "2017-09-07"


def test_docstring_examples():
    assert parse_time("2021-09-20/2021-09-24").latest == dt.date(2021, 9, 24)
    assert parse_time("XXXX-06-12").start.datatype == XSD + "gMonthDay"


# --- intervals ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, earliest, latest, start_type, end_type",
    [
        ("2021-09-20/2021-09-24", dt.date(2021, 9, 20), dt.date(2021, 9, 24), "date", "date"),
        ("2017/2019", dt.date(2017, 1, 1), dt.date(2019, 12, 31), "gYear", "gYear"),
        ("2019-11/2020-02", dt.date(2019, 11, 1), dt.date(2020, 2, 29), "gYearMonth", "gYearMonth"),
        ("2018-03/2018-06", dt.date(2018, 3, 1), dt.date(2018, 6, 30), "gYearMonth", "gYearMonth"),
        ("2017-09-07/2018", dt.date(2017, 9, 7), dt.date(2018, 12, 31), "date", "gYear"),
        ("2017/2017-02", dt.date(2017, 1, 1), dt.date(2017, 2, 28), "gYear", "gYearMonth"),
        ("2017-09-07/2017-09-07", dt.date(2017, 9, 7), dt.date(2017, 9, 7), "date", "date"),
        ("2017/2017", dt.date(2017, 1, 1), dt.date(2017, 12, 31), "gYear", "gYear"),
    ],
)
def test_interval_bounds(text, earliest, latest, start_type, end_type):
    value = parse_time(text)
    assert value.is_interval
    assert value.end is not None
    assert value.earliest == earliest
    assert value.latest == latest
    assert value.start.datatype == XSD + start_type
    assert value.end.datatype == XSD + end_type
    assert str(value) == text


def test_interval_bounds_come_from_start_and_end_not_from_one_point():
    value = parse_time("2016-02/2020-02")
    # earliest is the start's first day, latest the end's last day (2020 is a leap year).
    assert value.earliest == dt.date(2016, 2, 1)
    assert value.latest == dt.date(2020, 2, 29)
    assert value.start.latest == dt.date(2016, 2, 29)
    assert value.end.earliest == dt.date(2020, 2, 1)


def test_interval_with_unknown_years_has_no_bounds():
    value = parse_time("XXXX-06-12/XXXX-06-14")
    assert value.is_interval
    assert value.start.lexical == "--06-12"
    assert value.end.lexical == "--06-14"
    assert value.earliest is None and value.latest is None
    assert str(value) == "XXXX-06-12/XXXX-06-14"


# --- rejections --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "2019-02-29",  # 2019 is not a leap year
        "1900-02-29",  # divisible by 100, not by 400
        "1949-02-30",
        "2017-06-31",
        "2017-04-31",
        "2017-01-32",
        "2017-01-00",
        "2017-13",
        "2017-00",
        "0000",
        "0000-01-01",
        "17",
        "217",
        "20170",
        "",
        "   ",
        "2017/",
        "/2017",
        "/",
        "2017//2018",
        "2017/2018/2019",
        "XXXX",
        "XXXX-13",
        "XXXX-02-30",
        "XXXX-04-31",
        "2020/2019",
        "2017-09-08/2017-09-07",
        "2018-01/2017-12",
        "12/06/2017",
        "2017-9",
        "2017-09-7",
        "2017-9-07",
        "2017-09-07T10:00",
        "2017-09-07Z",
        "2017-09-07+02:00",
        "-2017",
        "+2017",
        "20170907",
        "2017 09 07",
        "xxxx-06-12",
        "June 2017",
    ],
)
def test_invalid_text_is_rejected(text):
    with pytest.raises(ValueError):
        parse_time(text)


def test_error_message_names_the_text():
    with pytest.raises(ValueError, match="1949-02-30"):
        parse_time("1949-02-30")
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_time("2020/2019")
    with pytest.raises(ValueError, match="0000"):
        parse_time("0000")


@pytest.mark.parametrize("text", ["\uff12\uff10\uff11\uff17", "\u0662\u0660\u0661\u0667-\u0660\u0669"])
def test_non_ascii_digits_are_rejected(text):
    with pytest.raises(ValueError):
        parse_time(text)


# --- properties ---------------------------------------------------------------------------------

_dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@given(_dates)
@example(dt.date(1, 1, 1))
@example(dt.date(9999, 12, 31))
@example(dt.date(2000, 2, 29))
def test_day_round_trips_and_is_its_own_bounds(day):
    value = parse_time(day.isoformat())
    assert str(value) == day.isoformat()
    assert value.start.lexical == day.isoformat()
    assert value.start.datatype == XSD + "date"
    assert value.earliest == value.latest == day


@given(_dates)
def test_month_bounds_contain_every_day_of_the_month(day):
    value = parse_time(f"{day.year:04d}-{day.month:02d}")
    assert value.earliest == day.replace(day=1)
    assert value.earliest <= day <= value.latest
    assert value.latest.month == day.month
    if value.latest != dt.date(9999, 12, 31):
        assert (value.latest + dt.timedelta(days=1)).day == 1  # latest is the month's last day


@given(_dates)
def test_year_bounds(day):
    value = parse_time(f"{day.year:04d}")
    assert value.earliest == dt.date(day.year, 1, 1)
    assert value.latest == dt.date(day.year, 12, 31)


@given(_dates, _dates)
def test_interval_of_two_days(a, b):
    first, last = sorted((a, b))
    text = f"{first.isoformat()}/{last.isoformat()}"
    value = parse_time(text)
    assert str(value) == text
    assert value.earliest == first
    assert value.latest == last
    if first != last:
        with pytest.raises(ValueError):
            parse_time(f"{last.isoformat()}/{first.isoformat()}")


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=31))
def test_month_day_without_year_accepts_exactly_days_that_exist_in_a_leap_year(month, day):
    exists = True
    try:
        dt.date(2000, month, day)
    except ValueError:
        exists = False
    text = f"XXXX-{month:02d}-{day:02d}"
    if exists:
        assert parse_time(text).start.lexical == f"--{month:02d}-{day:02d}"
    else:
        with pytest.raises(ValueError):
            parse_time(text)


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=12),
       st.integers(min_value=1, max_value=31))
def test_day_is_accepted_exactly_when_the_calendar_has_it(year, month, day):
    text = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        expected = dt.date(year, month, day)
    except ValueError:
        with pytest.raises(ValueError):
            parse_time(text)
    else:
        assert parse_time(text).earliest == expected
