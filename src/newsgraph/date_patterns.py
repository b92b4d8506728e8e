"""Temporal expressions found by per-language patterns (`data/dates/<lang>.toml`).

Each pattern yields a `Candidate`: what the words say (a day and month, a weekday, `gestern`,
`vor 19 Jahren` …), not yet a calendar value — that needs the reference date (`date_resolve`).
Where patterns overlap, the longest expression wins: `am Dienstag, dem 1. März` is one date,
not a weekday and a date. Bare years are kept only when nothing marks them as a quantity
(`Resolution 2249`, `rund 2000 Soldaten`).

dateparser's `search_dates` was measured on whole articles: about 25 ms per 2,500 characters
once warm, and in German it reads articles (`die`) as Tuesdays; these patterns take a fraction
of a millisecond and say which words made the date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal

from newsgraph.data import load_toml

Kind = Literal[
    "date", "month", "year", "weekday", "relative", "anaphoric", "ago", "holiday", "anchor",
    "day_of_month",
]  # fmt: skip
Unit = Literal["day", "week", "month", "year"]
Modifier = Literal["last", "next", "this"]

YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
DAY_NUMBER = r"(?P<day>[0-3]?\d)"
DAY = rf"(?<![\d.,:]){DAY_NUMBER}"
DAY2 = r"(?P<day2>[0-3]?\d)"
# Words joining the two ends of a compact range (`11. und 12. Juli`, `11-13 Dec.`).
RANGE_JOINERS = [
    "-", "–", "—", "/", "bis", "bis am", "bis zum", "und", "and", "to", "until", "по", "и",
    "і", "та", "до",
]  # fmt: skip
# Between two ends of a range whose first end lacks the year (`von Januar bis September 2005`).
RANGE_GAP = re.compile(r"\s*(?:-|–|—|bis|und|to|until|till|through|and|по|до|и|і|та)?\s*$")
# Weekday glued to a date: `Dienstag, dem 1. März`, `Thursday, the 9th of`.
WEEKDAY_ARTICLES = ["dem", "den", "the"]


@dataclass(frozen=True)
class Candidate:
    """One temporal expression as written; fields say what each part of it fixes."""

    kind: Kind
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    unit: Unit | None = None  # relative and `ago` expressions
    offset: int = 0  # in units; for a month, the year offset of `April letzten Jahres`
    modifier: Modifier | None = None
    prep: str | None = None
    holiday: str | None = None
    value: str | None = None  # anchors: the fixed value
    bare: bool = False  # a year with nothing around it
    lead: int = 0  # characters of a leading preposition (`am `), left out of the mention


@dataclass(frozen=True)
class DateLexicon:
    language: str
    bare_weekdays: bool  # a weekday without a preposition is a date (not in Russian: `среда`)
    months: dict[str, int]  # lower-cased form → month number
    weekdays: dict[str, int]
    relative: dict[str, tuple[Unit, int]]
    anaphoric: dict[str, int]
    ago_units: dict[str, Unit]
    ago_numbers: dict[str, int]
    holidays: dict[str, str]
    future_prepositions: frozenset[str]
    future_words: frozenset[str]
    past_words: frozenset[str]
    published_labels: tuple[str, ...]
    modifiers: dict[str, Modifier]
    quantity_before: tuple[str, ...]
    quantity_after: frozenset[str]
    patterns: list[tuple[Kind, re.Pattern[str]]] = field(default_factory=list)
    anchors: list[tuple[re.Pattern[str], str]] = field(default_factory=list)


def _alternation(phrases: Iterable[str], case_sensitive: bool = False) -> str:
    """Phrases as one regex group, longest first; a space matches any run of whitespace."""
    parts = sorted({p for p in phrases if p}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    if not body:
        return "(?!)"
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _phrase_alternation(phrases: Iterable[str], case_sensitive: Iterable[str]) -> str:
    exact = set(case_sensitive)
    loose = [p for p in phrases if p not in exact]
    return f"(?:{_alternation(loose)}|{_alternation(exact, case_sensitive=True)})"


@cache
def lexicon(language: str | None) -> DateLexicon | None:
    """The compiled date lexicon of a language, or None when there is no data file."""
    try:
        table: dict[str, Any] = load_toml(f"dates/{language}.toml")
    except FileNotFoundError:
        return None
    months = {
        form.casefold(): number
        for key in ("months", "month_abbreviations")
        for number, forms in enumerate(table[key], start=1)
        for form in forms
    }
    weekdays = {form.casefold(): i for i, forms in enumerate(table["weekdays"]) for form in forms}
    modifiers: dict[str, Modifier] = {}
    for key, name in (("weekday_last", "last"), ("weekday_next", "next"), ("weekday_this", "this")):
        modifiers.update({w.casefold(): name for w in table[key]})
    relative = {p.casefold(): (unit, offset) for p, (unit, offset) in _relative(table).items()}
    lex = DateLexicon(
        language=language or "",
        bare_weekdays=bool(table["bare_weekdays"]),
        months=months,
        weekdays=weekdays,
        relative=relative,
        anaphoric={p.casefold(): n for p, n in table["anaphoric"].items()},
        ago_units={k.casefold(): v for k, v in table["ago"]["units"].items()},
        ago_numbers={k.casefold(): v for k, v in table["ago"]["numbers"].items()},
        holidays={k.casefold(): v for k, v in table["holidays"].items()},
        future_prepositions=frozenset(p.casefold() for p in table["future_prepositions"]),
        future_words=frozenset(w.casefold() for w in table["tense"]["future"]),
        past_words=frozenset(w.casefold() for w in table["tense"]["past"]),
        published_labels=tuple(table["published"]["labels"]),
        modifiers=modifiers,
        quantity_before=tuple(table["quantity_before"]),
        quantity_after=frozenset(w.casefold() for w in table["quantity_after"]),
    )
    lex.patterns.extend(_patterns(table))
    lex.anchors.extend(
        (re.compile(a["pattern"], re.IGNORECASE), a["value"]) for a in table.get("anchors", [])
    )
    return lex


def _relative(table: dict[str, Any]) -> dict[str, tuple[Unit, int]]:
    return {p: (v[0], int(v[1])) for p, v in table["relative"].items() if p != "case_sensitive"}


def _patterns(table: dict[str, Any]) -> list[tuple[Kind, re.Pattern[str]]]:
    """The regular expressions of one language, built from its word lists."""
    names_exact = bool(table.get("case_sensitive_names", False))
    full_months = _alternation((f for fs in table["months"] for f in fs), names_exact)
    abbreviations = _alternation(
        (f for fs in table["month_abbreviations"] for f in fs), names_exact
    )
    any_month = rf"(?:{full_months}|{abbreviations}\.?)"
    weekdays = _alternation((f for fs in table["weekdays"] for f in fs), names_exact)
    parts = _alternation(table["weekday_parts"])
    preps = _alternation(table["prepositions"])
    prep = rf"(?:(?P<prep>{preps})\s+)?"
    periods = _alternation(table["periods"])
    modifiers = _alternation(table["weekday_last"] + table["weekday_next"] + table["weekday_this"])
    year_words = "|".join(table["year_words"]) or "(?!)"
    year_tail = rf"(?:\s*(?P<yword>{year_words}))?"
    mark = table["day_mark"]
    joiners = _alternation(RANGE_JOINERS)
    weekday_head = (
        rf"(?:(?P<modifier>{modifiers})\s+)?(?:(?P<weekday>{weekdays})(?:{parts})?,?\s+"
        rf"(?:{_alternation(WEEKDAY_ARTICLES)}\s+)?)?"
    )
    day_month = (
        rf"{prep}{weekday_head}{DAY}{mark}(?:\s*{joiners}\s*(?:am\s+)?{DAY2}{mark})?"
        rf"(?:\s+of)?\s*(?P<month>{any_month})(?:,?\s+{YEAR}{year_tail})?"
    )
    relative = _phrase_alternation(_relative(table), table["relative"].get("case_sensitive", []))
    ago = table["ago"]
    number = _alternation(ago["numbers"])
    ago_pattern = ago["pattern"].format(
        number=rf"(?:\d+|{number})", unit=_alternation(ago["units"])
    )
    found: list[tuple[Kind, str]] = [
        (
            "date",
            rf"(?<![\w-]){YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
            r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])",
        ),
        ("date", rf"{prep}{weekday_head}{DAY}\.(?P<month>[01]?\d)\.{YEAR}(?!\d)"),
        ("date", day_month),
        (
            "month",
            rf"(?:(?P<period>{periods})\s+)?{prep}(?P<month>{full_months})\s+{YEAR}{year_tail}",
        ),
        (
            "month",
            rf"(?:(?P<period>{periods})\s+)?{prep}(?P<month>{full_months})\s+(?:of\s+)?"
            rf"(?P<relative>{relative})",
        ),
        ("month", rf"(?:(?P<period>{periods})|(?P<prep>{preps}))\s+(?P<month>{full_months})"),
        (
            "year",
            rf"(?:(?P<period>{periods})\s+)?{prep}(?:(?P<season>{_alternation(table['seasons'])})"
            rf"\s+(?:of\s+)?)?(?:(?P<noun>{_alternation(table['year_nouns'])})\s+)?"
            rf"(?<![\d.,/-]){YEAR}{year_tail}(?![.,]\d|%)",
        ),
        ("weekday", rf"{prep}(?:(?P<modifier>{modifiers})\s+)?(?P<weekday>{weekdays})(?:{parts})?"),
        ("relative", rf"(?:(?P<period>{periods})\s+)?{prep}(?P<relative>{relative})"),
        ("anaphoric", rf"(?P<anaphoric>{_alternation(table['anaphoric'])})"),
        ("ago", ago_pattern),
        (
            "holiday",
            rf"{prep}(?:(?P<modifier>{modifiers})\s+)?(?P<holiday>{_alternation(table['holidays'])})"
            rf"(?:\s+{YEAR})?",
        ),
    ]
    if table.get("month_first"):
        found.append(
            (
                "date",
                rf"{prep}{weekday_head}(?P<month>{any_month})\s*{DAY_NUMBER}"
                rf"(?:st|nd|rd|th)?(?!\d)(?:\s*[-–]\s*{DAY2}(?:st|nd|rd|th)?)?(?:,?\s+{YEAR})?",
            )
        )
    if table["day_of_month"]:
        suffix = "|".join(table["day_of_month"])
        found.append(("day_of_month", rf"{DAY}(?:{suffix})"))
    return [(kind, re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE)) for kind, p in found]


def tag(text: str, lex: DateLexicon) -> list[Candidate]:
    """Every temporal expression of `text`, longest first where they overlap, in text order."""
    found = [c for kind, pattern in lex.patterns for c in _matches(kind, pattern, text, lex)]
    found += [
        Candidate("anchor", m.start(), m.end(), m.group(0), value=value)
        for pattern, value in lex.anchors
        for m in pattern.finditer(text)
    ]
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= s or c.start >= e for s, e in taken):
            chosen.append(c)
            taken.append((c.start, c.end))
    return _share_years(text, sorted(chosen, key=lambda c: c.start))


def _matches(
    kind: Kind, pattern: re.Pattern[str], text: str, lex: DateLexicon
) -> Iterator[Candidate]:
    for m in pattern.finditer(text):
        c = _candidate(kind, m, lex)
        if c is not None and _plausible(c, text, lex):
            yield c


def _group(m: re.Match[str], name: str) -> str | None:
    return m.groupdict().get(name)


def _number(m: re.Match[str], name: str) -> int | None:
    value = _group(m, name)
    return int(value) if value and value.isdigit() else None


def _candidate(kind: Kind, m: re.Match[str], lex: DateLexicon) -> Candidate | None:
    """What the matched words fix; None when a number is out of range (`32. Mai`)."""
    month_word = _group(m, "month")
    month = (
        int(month_word)
        if month_word and month_word.isdigit()
        else lex.months.get(month_word.rstrip(".").casefold())
        if month_word
        else None
    )
    day = _number(m, "day")
    if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31):
        return None
    weekday_word, modifier_word = _group(m, "weekday"), _group(m, "modifier")
    weekday = _weekday(weekday_word, lex) if weekday_word else None
    prep = _group(m, "prep")
    lead = 0
    if prep and m.start("prep") == m.start():
        rest = m.group(0)[len(prep) :]
        lead = len(prep) + len(rest) - len(rest.lstrip())
    base = Candidate(
        kind,
        m.start(),
        m.end(),
        m.group(0),
        year=_number(m, "year"),
        month=month,
        day=day,
        weekday=weekday,
        modifier=lex.modifiers.get(_squash(modifier_word)) if modifier_word else None,
        prep=_squash(prep) if prep else None,
        lead=lead,
    )
    return _specific(base, m, lex)


def _specific(c: Candidate, m: re.Match[str], lex: DateLexicon) -> Candidate | None:
    """The fields that only some kinds carry."""
    relative = _group(m, "relative")
    if relative is not None:
        unit, offset = lex.relative[_squash(relative)]
        if c.kind == "month":
            return replace(c, offset=offset) if unit == "year" else None
        return replace(c, unit=unit, offset=offset)
    if c.kind == "anaphoric":
        return replace(c, unit="day", offset=lex.anaphoric[_squash(m.group("anaphoric"))])
    if c.kind == "ago":
        n = m.group("n")
        count = int(n) if n.isdigit() else lex.ago_numbers[_squash(n)]
        return replace(c, unit=lex.ago_units[_squash(m.group("unit"))], offset=-count)
    if c.kind == "holiday":
        return replace(c, holiday=lex.holidays[_squash(m.group("holiday"))])
    if c.kind == "year":
        marked = any(_group(m, g) for g in ("period", "prep", "season", "noun", "yword"))
        return replace(c, bare=not marked)
    return c


def _squash(words: str) -> str:
    return " ".join(words.split()).casefold()


def _weekday(word: str, lex: DateLexicon) -> int | None:
    key = word.casefold()
    for form, number in lex.weekdays.items():
        if key.startswith(form):  # `Samstagabend`
            return number
    return None


def _plausible(c: Candidate, text: str, lex: DateLexicon) -> bool:
    """Filters that patterns cannot express: a weekday that needs a preposition, a bare year
    that reads as a quantity or a number."""
    if c.kind == "weekday" and not lex.bare_weekdays:
        return c.prep is not None or c.modifier is not None
    if c.kind == "year" and c.bare:
        before = text[max(0, c.start - 20) : c.start].rstrip()
        after = text[c.end : c.end + 20].split()
        if any(_ends_with_word(before, w) for w in lex.quantity_before):
            return False
        if after and after[0].strip(".,;:").casefold() in lex.quantity_after:
            return False
    return True


def _ends_with_word(text: str, word: str) -> bool:
    return text.endswith(word) and (len(text) == len(word) or not text[-len(word) - 1].isalnum())


def _share_years(text: str, found: list[Candidate]) -> list[Candidate]:
    """The two ends of a range share the year written once: `von Januar bis September 2005`,
    `vom 24. März bis zum 10. Juni 1999`."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.kind not in ("date", "month") or b.kind not in ("date", "month"):
            continue
        if not RANGE_GAP.match(text[a.end : b.start]) or (a.year is None) == (b.year is None):
            continue
        if a.year is None and a.month is not None and b.year is not None:
            later = (a.month, a.day or 1) > (b.month or 12, b.day or 31)
            out[i] = replace(a, year=b.year - 1 if later else b.year)
        elif b.year is None and a.year is not None and b.month is not None:
            earlier = (b.month, b.day or 31) < (a.month or 1, a.day or 1)
            out[i + 1] = replace(b, year=a.year + 1 if earlier else a.year)
    return out
