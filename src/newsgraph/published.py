"""The publication date when the metadata gives none, from the article itself.

1. **text**: a dateline (`24.11.2015 | 08:09 Uhr`, `publiziert: Dienstag, 1. Dez 2015`) — a
   full date opening one of the first `DATELINE_LINES` lines, after nothing but a label — or
   a date set beside "today" (`сьогодні, 6 листопада`, `heute, Donnerstag, 9. November`).
2. **inferred**: the latest day the text dates an event to that it does not put in the future.
   Dates without a year count when a weekday fixes it (`Donnerstag, dem 9. November`); the
   year is then looked for between the latest date the text gives (`Zu Beginn der umfassenden
   russischen Invasion` → not before February 2022) and today.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsgraph.date_patterns import Candidate, DateLexicon
from newsgraph.date_resolve import Reference, Resolved, Tense, resolve
from newsgraph.model import Published

# A dateline stands in the first lines of an article.
DATELINE_LINES = 4
# What may stand between "today" and its date: `heute, 9. November`, `сьогодні, 6 листопада`.
TODAY_JOIN = re.compile(r"^\s*[,(–—-]?\s*$")
LABEL_PUNCTUATION = " \t:|/-–—,()[]"


def publication_date(
    text: str,
    found: Sequence[Candidate],
    future: Sequence[Tense],
    lex: DateLexicon,
    today: date | None = None,
) -> Published | None:
    """Rules 1 and 2 of the module docstring; None when the text gives no day."""
    upper = today or date.today()
    window = Reference(upper, "day", _floor(found, future, upper), inferred=True)
    stated = _dateline(text, found, lex, window) or _beside_today(text, found, window)
    if stated is not None:
        return Published(stated.value, "text")
    days = [
        r.day
        for c, ahead in zip(found, future, strict=True)
        if c.kind == "date" and ahead is not True and (c.year is not None or c.weekday is not None)
        if (r := resolve(c, window, False, None)) is not None and r.day <= upper
    ]
    return Published(max(days).isoformat(), "inferred") if days else None


def _floor(found: Sequence[Candidate], future: Sequence[Tense], upper: date) -> date | None:
    """The latest date the text gives on its own (with its year), as a lower bound."""
    window = Reference(upper, "day")
    starts = [
        r.day
        for c, ahead in zip(found, future, strict=True)
        if ahead is not True and (c.year is not None or c.kind == "anchor")
        if (r := resolve(c, window, False, None)) is not None and r.day <= upper
    ]
    return max(starts, default=None)


def _dateline(
    text: str, found: Sequence[Candidate], lex: DateLexicon, window: Reference
) -> Resolved | None:
    limit = _nth_line_end(text, DATELINE_LINES)
    labels = tuple(label.casefold() for label in lex.published_labels)
    for c in found:
        if c.start >= limit:
            break
        if c.kind != "date" or c.year is None:
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        before = text[line_start : c.start].strip(LABEL_PUNCTUATION).casefold()
        if not before or before.endswith(labels):
            return resolve(c, window, False, None)
    return None


def _beside_today(text: str, found: Sequence[Candidate], window: Reference) -> Resolved | None:
    for first, second in zip(found, found[1:], strict=False):
        is_today = first.kind == "relative" and first.unit == "day" and first.offset == 0
        if is_today and second.kind == "date" and TODAY_JOIN.match(text[first.end : second.start]):
            return resolve(second, window, False, None)
    return None


def _nth_line_end(text: str, n: int) -> int:
    end = -1
    for _ in range(n):
        end = text.find("\n", end + 1)
        if end == -1:
            return len(text)
    return end
