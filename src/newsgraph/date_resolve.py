"""From a temporal expression to a calendar value, against a reference date.

The reference is the publication date. Rules, each a small function below:

1. A date without its year takes the occurrence nearest the reference; one after it only
   within `FUTURE_HORIZON_DAYS` (`am 26. Februar beginnt` in an article of 16 February), or
   `FUTURE_CUE_HORIZON_DAYS` when the sentence speaks of the future, never when its clause is
   in the past tense (`was killed on Thanksgiving Day`). Months likewise.
2. A weekday is the most recent such day on or before the reference; the coming one when the
   sentence speaks of the future (`soll am Mittwoch fortgesetzt werden`) or a preposition
   looks ahead (`Verlängerung auf Donnerstag`); `letzten Freitag` is the Friday of the week
   before, `kommenden Montag` the next Monday, a weekday that is the reference day that day.
3. A weekday with a day and a month but no year fixes the year: the nearest occurrence if its
   weekday fits, else the most recent year, not after the reference, in which it did
   (`Donnerstag, dem 9. November` → 2023). Without a publication date the reference is a
   window: the earliest fitting year not before the latest date the text itself gives.
4. A week is given by its Monday; `vor 19 Jahren` counts back whole years; `the following
   day` counts from the date mentioned last.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from newsgraph.date_patterns import Candidate

Grain = Literal["day", "month", "year"]
# What the sentence says of an expression's time: True ahead, False past, None nothing.
Tense = bool | None

# How far after the reference a date without a year may lie when nothing says "future":
# articles announce dates of the coming weeks in the present tense (`am 26. Februar beginnt`).
FUTURE_HORIZON_DAYS = 62
# ... and when the sentence speaks of the future: up to half a year (then the past is nearer).
FUTURE_CUE_HORIZON_DAYS = 183
# How many years back a weekday with a day and month is looked up (the calendar repeats).
WEEKDAY_YEARS_BACK = 40
# A year is taken for one when it lies at most this far after the reference.
MAX_YEARS_AHEAD = 10
# The earliest year a bare number is read as.
MIN_BARE_YEAR = 1900


@dataclass(frozen=True)
class Reference:
    """The date expressions are resolved against. `grain` is the precision of the publication
    date (a month-only date is taken as the month's last day, so nothing in it is "after");
    `floor`, when the publication date is unknown, is the latest date the text itself gives."""

    day: date
    grain: Grain = "day"
    floor: date | None = None
    inferred: bool = False


@dataclass(frozen=True)
class Resolved:
    value: str
    grain: Grain
    day: date  # the first day of the value, for anaphora and ordering


def reference_of(value: str, floor: date | None = None, inferred: bool = False) -> Reference:
    """A Reference from an ISO value of any precision."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return Reference(date(parts[0], 12, 31), "year", floor, inferred)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return Reference(date(parts[0], parts[1], last), "month", floor, inferred)
    return Reference(date(parts[0], parts[1], parts[2]), "day", floor, inferred)


def resolve(c: Candidate, ref: Reference, future: Tense, previous: date | None) -> Resolved | None:
    """The value of `c`; None when it cannot be known (a weekday against a month-only date)."""
    match c.kind:
        case "date":
            return _date(c, ref, future)
        case "month":
            return _month(c, ref, future)
        case "year":
            return _year(c, ref)
        case "weekday":
            return _weekday(c, ref, future)
        case "relative" | "ago":
            return _shift(c, ref)
        case "anaphoric":
            return _day(previous + timedelta(days=c.offset)) if previous else None
        case "holiday":
            return _holiday(c, ref, future)
        case "anchor":
            return _anchor(c, ref)
        case "day_of_month":
            return _day_of_month(c, ref)
    return None


def _day(d: date) -> Resolved:
    return Resolved(d.isoformat(), "day", d)


def _month_value(year: int, month: int) -> Resolved:
    return Resolved(f"{year:04d}-{month:02d}", "month", date(year, month, 1))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest(occurrence: Callable[[int], date | None], ref: Reference, future: Tense) -> date | None:
    """The occurrence (one per year) nearest the reference, after it only within the horizon."""
    horizon = {True: FUTURE_CUE_HORIZON_DAYS, False: 0, None: FUTURE_HORIZON_DAYS}[future]
    years = range(ref.day.year - 1, ref.day.year + 2)
    dates = [d for y in years if (d := occurrence(y)) is not None]
    past = max((d for d in dates if d <= ref.day), default=None)
    ahead = min((d for d in dates if d > ref.day), default=None)
    if ahead is not None and _prefer_ahead(ahead, past, ref.day, horizon, future):
        return ahead
    return past


def _prefer_ahead(ahead: date, past: date | None, ref: date, horizon: int, future: Tense) -> bool:
    if (ahead - ref).days > horizon:
        return False
    return past is None or bool(future) or (ahead - ref) < (ref - past)


def _date(c: Candidate, ref: Reference, future: Tense) -> Resolved | None:
    assert c.month is not None and c.day is not None
    month, day = c.month, c.day
    if c.year is not None:
        found = _safe_date(c.year, month, day)
        return _day(found) if found else None
    if c.weekday is not None:
        found = year_by_weekday(month, day, c.weekday, ref, future)
    else:
        found = nearest(lambda y: _safe_date(y, month, day), ref, future)
    return _day(found) if found else None


def year_by_weekday(
    month: int, day: int, weekday: int, ref: Reference, future: Tense
) -> date | None:
    """Rule 3 of the module docstring."""
    if ref.inferred and ref.floor is not None:
        fitting = [
            d
            for y in range(ref.floor.year, ref.day.year + 1)
            if (d := _safe_date(y, month, day)) and d.weekday() == weekday
            if ref.floor <= d <= ref.day
        ]
        if fitting:
            return fitting[0]
    first = nearest(lambda y: _safe_date(y, month, day), ref, future)
    if first is not None and first.weekday() == weekday:
        return first
    for y in range(ref.day.year, ref.day.year - WEEKDAY_YEARS_BACK, -1):
        d = _safe_date(y, month, day)
        if d is not None and d <= ref.day and d.weekday() == weekday:
            return d
    return first


def _month(c: Candidate, ref: Reference, future: Tense) -> Resolved | None:
    assert c.month is not None
    month = c.month
    if c.year is not None:
        return _month_value(c.year, month)
    if c.offset:
        return _month_value(ref.day.year + c.offset, month)
    found = nearest(lambda y: date(y, month, 1), ref, future)
    return _month_value(found.year, month) if found else None


def _year(c: Candidate, ref: Reference) -> Resolved | None:
    assert c.year is not None
    if c.year > ref.day.year + MAX_YEARS_AHEAD or (c.bare and c.year < MIN_BARE_YEAR):
        return None
    return Resolved(f"{c.year:04d}", "year", date(c.year, 1, 1))


def _weekday(c: Candidate, ref: Reference, future: Tense) -> Resolved | None:
    if ref.grain != "day" or c.weekday is None:
        return None
    return _day(weekday_date(c.weekday, ref.day, c.modifier, future))


def weekday_date(weekday: int, ref: date, modifier: str | None, future: Tense) -> date:
    """Rule 2 of the module docstring."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    monday = ref - timedelta(days=ref.weekday())
    if modifier == "last":
        return monday - timedelta(days=7 - weekday)
    if modifier == "this":
        return monday + timedelta(days=weekday)
    if modifier == "next":
        return ref + timedelta(days=ahead or 7)
    if future:
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def _shift(c: Candidate, ref: Reference) -> Resolved | None:
    """`heute`, `gestern`, `last week`, `letzten Jahres`, `vor 19 Jahren`."""
    day = ref.day
    match c.unit:
        case "day" if ref.grain == "day":
            return _day(day + timedelta(days=c.offset))
        case "day" if ref.grain == "month" and c.offset == 0:
            return _month_value(day.year, day.month)
        case "week" if ref.grain == "day":
            monday = day - timedelta(days=day.weekday())
            return _day(monday + timedelta(weeks=c.offset))
        case "month" if ref.grain in ("day", "month"):
            index = day.year * 12 + day.month - 1 + c.offset
            return _month_value(index // 12, index % 12 + 1)
        case "year":
            return Resolved(f"{day.year + c.offset:04d}", "year", date(day.year + c.offset, 1, 1))
    return None


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = h + m - 7 * ((a + 11 * h + 22 * m) // 451) + 114
    return date(year, n // 31, n % 31 + 1)


def holiday_date(rule: str, year: int) -> date | None:
    """`easter`, `easter+49`, `thanksgiving` (fourth Thursday of November) or `MM-DD`."""
    if rule.startswith("easter"):
        shift = int(rule[len("easter") :] or 0)
        return easter(year) + timedelta(days=shift)
    if rule == "thanksgiving":
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    month, day = (int(p) for p in rule.split("-"))
    return _safe_date(year, month, day)


def _holiday(c: Candidate, ref: Reference, future: Tense) -> Resolved | None:
    assert c.holiday is not None
    rule = c.holiday
    if c.year is not None:
        found = holiday_date(rule, c.year)
    else:
        found = nearest(lambda y: holiday_date(rule, y), ref, future)
    return _day(found) if found else None


def _anchor(c: Candidate, ref: Reference) -> Resolved | None:
    """A named event counts only in texts written after it (`Invasion in der Ukraine` in a
    2014 article is another one)."""
    assert c.value is not None
    resolved = reference_of(c.value)
    start = date(resolved.day.year, resolved.day.month, 1)
    if ref.day < start:
        return None
    return Resolved(c.value, resolved.grain, start)


def _day_of_month(c: Candidate, ref: Reference) -> Resolved | None:
    """`28-го числа`: that day of the reference month, or of the month next to it if nearer."""
    assert c.day is not None
    day = c.day
    options = []
    for shift in (-1, 0, 1):
        index = ref.day.year * 12 + ref.day.month - 1 + shift
        found = _safe_date(index // 12, index % 12 + 1, day)
        if found is not None:
            options.append(found)
    if not options:
        return None
    return _day(min(options, key=lambda d: abs((d - ref.day).days)))
