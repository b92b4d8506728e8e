"""Scoring for dates and events against the hand-annotated fixtures in `tests/cases/{dates,events}`.

Pure functions, no newsgraph import: the eval scripts (`dates_eval.py`, `events_eval.py`), the
unit tests and a future floor gate all share this one module, so a figure means the same thing
everywhere.

How gold meets prediction:

1. **Locating gold in `doc.text`.** Gold offsets refer to the fixture text; newsgraph scores its
   own cleaned `doc.text`, which may differ (debris removed, spaces changed). `OffsetMap` aligns
   the two texts word by word (difflib over whitespace-separated tokens) and maps a fixture
   offset to the corresponding `doc.text` offset; `locate` then searches the gold string in a
   small window around that position (exact first, then ignoring whitespace) and keeps the
   occurrence nearest to it. A gold item that cannot be found is *unlocated*: it still counts
   as gold (a miss), and the count is reported so fixture/cleaning drift is visible.
2. **Dates** match when spans overlap; matching is one-to-one, largest overlap first.
   Predictions lying wholly inside an already matched gold span are *ignored* (neither right
   nor wrong): `am Donnerstag, dem 9. November` found as two pieces is one correct detection.
   The value is right when it equals the gold value; for `kind == "week"` items (`last week`,
   `vergangene Woche`, gold value = that week's Monday) any day of that ISO week counts.
3. **Events** match when the type is equal, the actor matches (gold actor null: not checked),
   the target matches (gold target null: not checked) and the predicted span overlaps the gold
   evidence sentence. Names match when the last word of the gold name and of any predicted
   name or mention agree, tolerating inflection (`Tokajew`/`Tokajews`, `Путин`/`Путина`);
   a gold name may list alternatives separated by ` | ` (`Vereinigten Staaten | USA`).
   MEET and AGREE are symmetric: actor and target may be swapped. Matching is a maximum
   one-to-one (bipartite) matching. Evidence sentences that cleaning changed beyond a
   whitespace difference (debris removed inside them) are located by mapping their start and
   end through `OffsetMap` instead: a sentence only has to overlap, not to be exact.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

EVENT_TYPES = (
    "VISIT", "MEET", "DEMAND", "SUPPLY", "ACCUSE", "THREATEN",
    "SANCTION", "ATTACK", "ARREST", "AGREE", "STATEMENT",
)  # fmt: skip
SYMMETRIC_TYPES = frozenset({"MEET", "AGREE"})
DATE_KINDS = ("absolute", "partial", "relative", "week")
GRAINS = ("day", "month", "year")
VALUE_PATTERN = {
    "year": re.compile(r"^\d{4}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
}
# How far (characters) around the aligned position a gold string is searched in `doc.text`.
SEARCH_WINDOW = 80
# Inflection tolerance for name matching: shared prefix this long, endings at most this long.
NAME_STEM_MIN = 4
NAME_SUFFIX_MAX = 3
# Gold names may list alternatives: "Vereinigten Staaten | USA".
NAME_ALTERNATIVES = " | "
# Trailing words that are no surname: `Charles H. Keating IV` is matched by `Keating`.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


# ---------------------------------------------------------------------------------------------
# Fixtures


@dataclass(frozen=True)
class GoldDate:
    text: str
    start: int
    value: str
    grain: str
    kind: str
    note: str | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class GoldEvent:
    type: str
    actor: str | None
    target: str | None
    date: str | None
    cue: str
    evidence: str
    evidence_start: int
    background: bool = False

    @property
    def evidence_end(self) -> int:
        return self.evidence_start + len(self.evidence)


@dataclass(frozen=True)
class Fixture:
    name: str
    language: str
    published: str | None
    text: str
    dates: tuple[GoldDate, ...]
    events: tuple[GoldEvent, ...]
    source: dict[str, Any] = field(default_factory=dict)


def load_fixture(path: Path) -> Fixture:
    """Read one fixture file. Evidence sentences are located by their first occurrence at or
    after the previous event's evidence, so repeated sentences stay in reading order."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    text: str = raw["text"]
    dates = tuple(
        GoldDate(d["text"], d["start"], d["value"], d["grain"], d["kind"], d.get("note"))
        for d in raw.get("dates", [])
    )
    events = tuple(_gold_event(e, text) for e in raw.get("events", []))
    return Fixture(
        name=path.stem,
        language=raw["language"],
        published=raw.get("published"),
        text=text,
        dates=dates,
        events=events,
        source=raw.get("source", {}),
    )


def _gold_event(raw: dict[str, Any], text: str) -> GoldEvent:
    evidence: str = raw["evidence"]
    start = raw["evidence_start"] if "evidence_start" in raw else text.find(evidence)
    return GoldEvent(
        type=raw["type"],
        actor=raw.get("actor"),
        target=raw.get("target"),
        date=raw.get("date"),
        cue=raw["cue"],
        evidence=evidence,
        evidence_start=start,
        background=bool(raw.get("background", False)),
    )


def load_fixtures(folder: Path) -> list[Fixture]:
    """Every `*.json` fixture in `folder`, sorted by name for stable output."""
    return [load_fixture(p) for p in sorted(folder.glob("*.json"))]


def fixture_problems(fixture: Fixture) -> list[str]:
    """Internal consistency of a fixture: offsets, value formats, types. Empty when sound."""
    problems: list[str] = []
    for d in fixture.dates:
        if fixture.text[d.start : d.end] != d.text:
            problems.append(f"date {d.text!r} is not at offset {d.start}")
        if d.grain not in GRAINS or not VALUE_PATTERN[d.grain].match(d.value):
            problems.append(f"date {d.text!r}: value {d.value!r} does not fit grain {d.grain!r}")
        if d.kind not in DATE_KINDS:
            problems.append(f"date {d.text!r}: unknown kind {d.kind!r}")
        if d.kind == "week" and d.grain == "day" and date.fromisoformat(d.value).weekday() != 0:
            problems.append(f"date {d.text!r}: a week is given by its Monday")
    for e in fixture.events:
        if e.type not in EVENT_TYPES:
            problems.append(f"event type {e.type!r} unknown")
        if e.evidence_start < 0:
            problems.append(f"evidence not in text: {e.evidence[:60]!r}")
        elif e.cue not in e.evidence:
            problems.append(f"cue {e.cue!r} not in its evidence {e.evidence[:60]!r}")
        if e.date is not None and not any(p.match(e.date) for p in VALUE_PATTERN.values()):
            problems.append(f"event date {e.date!r} is no ISO date")
    return problems


# ---------------------------------------------------------------------------------------------
# Locating gold strings in the scored text


_TOKEN = re.compile(r"\S+")


class OffsetMap:
    """Maps character offsets of `source` to the corresponding offsets of `target`, through a
    word-level alignment: cleaning changes a few words, it does not reorder the article."""

    def __init__(self, source: str, target: str) -> None:
        self.identical = source == target
        self._length = len(target)
        self._src = [(m.start(), m.group()) for m in _TOKEN.finditer(source)]
        self._tgt = [m.start() for m in _TOKEN.finditer(target)]
        self._pairs: list[tuple[int, int]] = []  # (source token index, target token index)
        if not self.identical:
            tgt_words = [m.group() for m in _TOKEN.finditer(target)]
            matcher = difflib.SequenceMatcher(
                None, [w for _, w in self._src], tgt_words, autojunk=False
            )
            for block in matcher.get_matching_blocks():
                self._pairs.extend((block.a + k, block.b + k) for k in range(block.size))

    def __call__(self, offset: int) -> int:
        """The target offset for a source offset: the nearest aligned word at or before it,
        shifted by the distance from that word (clamped to the target text)."""
        if self.identical:
            return offset
        if not self._pairs:
            return min(offset, self._length)
        index = _last_token_at_or_before(self._src, offset)
        best = None
        for src_i, tgt_i in self._pairs:
            if src_i > index:
                break
            best = (src_i, tgt_i)
        if best is None:
            src_i, tgt_i = self._pairs[0]
        else:
            src_i, tgt_i = best
        return min(self._length, max(0, self._tgt[tgt_i] + (offset - self._src[src_i][0])))


def _last_token_at_or_before(tokens: Sequence[tuple[int, str]], offset: int) -> int:
    index = 0
    for i, (start, _) in enumerate(tokens):
        if start > offset:
            break
        index = i
    return index


def locate(needle: str, haystack: str, near: int, window: int = SEARCH_WINDOW) -> Span | None:
    """Where `needle` occurs in `haystack` close to offset `near`: exact occurrences first,
    then a whitespace-insensitive match (cleaning may join or split spaces); the one nearest
    to `near` wins. None when it is not within `window` characters."""
    lo = max(0, near - window)
    hi = min(len(haystack), near + len(needle) + window)
    region = haystack[lo:hi]
    candidates = [
        Span(lo + m.start(), lo + m.start() + len(needle))
        for m in re.finditer(re.escape(needle), region)
    ]
    if not candidates:
        words = needle.split()
        if not words:
            return None
        loose = r"\s*".join(re.escape(w) for w in words)
        candidates = [Span(lo + m.start(), lo + m.end()) for m in re.finditer(loose, region)]
    if not candidates:
        return None
    return min(candidates, key=lambda s: abs(s.start - near))


def locate_evidence(evidence: str, start: int, haystack: str, offsets: OffsetMap) -> Span | None:
    """An evidence sentence in `haystack`: exactly or ignoring whitespace (see `locate`), else
    the span its fixture start and end map to, as long as that span is not empty."""
    found = locate(evidence, haystack, offsets(start))
    if found is not None:
        return found
    lo, hi = offsets(start), offsets(start + len(evidence))
    return Span(lo, min(hi, len(haystack))) if hi > lo else None


# ---------------------------------------------------------------------------------------------
# Dates


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def overlap(self, other: Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def within(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end


@dataclass(frozen=True)
class PredictedDate:
    start: int
    end: int
    value: str
    grain: str = ""


@dataclass(frozen=True)
class DateOutcome:
    """One gold date after scoring; `found` is False when the string was not in `doc.text`."""

    language: str
    grain: str
    kind: str
    found: bool
    matched: bool
    value_ok: bool
    gold_value: str
    predicted_value: str | None = None


@dataclass(frozen=True)
class DateScore:
    gold: int
    unlocated: int
    predicted: int
    ignored: int
    matched: int
    value_ok: int

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted - self.ignored)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def value_accuracy(self) -> float:
        """Share of all gold dates found with the right value: the figure the floor pins."""
        return _ratio(self.value_ok, self.gold)

    @property
    def value_accuracy_matched(self) -> float:
        """Share of matched dates with the right value: resolution quality alone."""
        return _ratio(self.value_ok, self.matched)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "unlocated": self.unlocated,
            "predicted": self.predicted,
            "ignored": self.ignored,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "value_accuracy": round(self.value_accuracy, 4),
            "value_accuracy_of_matched": round(self.value_accuracy_matched, 4),
        }


def date_value_ok(gold: GoldDate, predicted: str | None) -> bool:
    """Equal values; for week items any day of the gold week (Monday..Sunday) also counts."""
    if predicted is None:
        return False
    if predicted == gold.value:
        return True
    if gold.kind == "week" and VALUE_PATTERN["day"].match(predicted):
        monday = date.fromisoformat(gold.value)
        return monday <= date.fromisoformat(predicted) <= monday + timedelta(days=6)
    return False


def match_dates(gold: Sequence[Span | None], predicted: Sequence[Span]) -> dict[int, int]:
    """One-to-one matching of overlapping spans, largest overlap first (ties: earliest gold).
    Returns gold index -> predicted index; unlocated gold (None) never matches."""
    pairs = sorted(
        (
            (-g.overlap(p), gi, pi)
            for gi, g in enumerate(gold)
            if g is not None
            for pi, p in enumerate(predicted)
            if g.overlap(p) > 0
        ),
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


def score_document_dates(
    language: str,
    gold: Sequence[GoldDate],
    located: Sequence[Span | None],
    predicted: Sequence[PredictedDate],
) -> tuple[list[DateOutcome], int, int]:
    """Score one document. `located[i]` is gold[i]'s span in `doc.text` (None: not found).
    Returns (gold outcomes, number of predictions, number of ignored predictions)."""
    spans = [Span(p.start, p.end) for p in predicted]
    matched = match_dates(located, spans)
    used = set(matched.values())
    matched_gold = [located[gi] for gi in matched]
    ignored = sum(
        1
        for pi, span in enumerate(spans)
        if pi not in used and any(g is not None and span.within(g) for g in matched_gold)
    )
    outcomes = []
    for gi, g in enumerate(gold):
        pi = matched.get(gi)
        value = predicted[pi].value if pi is not None else None
        outcomes.append(
            DateOutcome(
                language=language,
                grain=g.grain,
                kind=g.kind,
                found=located[gi] is not None,
                matched=pi is not None,
                value_ok=pi is not None and date_value_ok(g, value),
                gold_value=g.value,
                predicted_value=value,
            )
        )
    return outcomes, len(predicted), ignored


def summarise_dates(outcomes: Iterable[DateOutcome], predicted: int, ignored: int) -> DateScore:
    """Totals over any selection of outcomes (one language, one kind, everything)."""
    items = list(outcomes)
    return DateScore(
        gold=len(items),
        unlocated=sum(not o.found for o in items),
        predicted=predicted,
        ignored=ignored,
        matched=sum(o.matched for o in items),
        value_ok=sum(o.value_ok for o in items),
    )


# ---------------------------------------------------------------------------------------------
# Events


@dataclass(frozen=True)
class PredictedEvent:
    """A predicted event with its participants already turned into names: the entity's name
    and the texts of all its mentions (empty when the slot is empty)."""

    type: str
    actor_names: tuple[str, ...]
    target_names: tuple[str, ...]
    date: str | None
    start: int
    end: int
    background: bool = False


@dataclass(frozen=True)
class EventOutcome:
    """One gold event after scoring."""

    language: str
    type: str
    found: bool
    matched: bool
    has_date: bool
    date_ok: bool
    background_ok: bool


@dataclass(frozen=True)
class EventScore:
    gold: int
    unlocated: int
    predicted: int
    matched_gold: int
    matched_predicted: int
    dated: int
    date_ok: int
    background_ok: int

    @property
    def precision(self) -> float:
        return _ratio(self.matched_predicted, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        """Of the matched events whose gold has a date, the share with that exact date."""
        return _ratio(self.date_ok, self.dated)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "unlocated": self.unlocated,
            "predicted": self.predicted,
            "matched": self.matched_gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "date_accuracy": round(self.date_accuracy, 4),
            "background_accuracy": round(_ratio(self.background_ok, self.matched_gold), 4),
        }


def last_word(name: str) -> str:
    """The comparison key of a name: its last word (generational suffixes skipped), case-folded,
    punctuation stripped."""
    words = [w.strip("'’-") for w in re.findall(r"[\w'’-]+", name.casefold())]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def same_word(a: str, b: str) -> bool:
    """Equal, or one inflected form of the other (long shared stem, short differing endings)."""
    if not a or not b:
        return False
    if a == b:
        return True
    stem = len(_common_prefix(a, b))
    return (
        stem >= NAME_STEM_MIN
        and len(a) - stem <= NAME_SUFFIX_MAX
        and len(b) - stem <= NAME_SUFFIX_MAX
    )


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]


def names_match(gold: str | None, predicted: Sequence[str]) -> bool:
    """Gold slot empty: anything goes. Otherwise some predicted name or mention must share
    the gold name's last word."""
    if gold is None:
        return True
    keys = [last_word(g) for g in gold.split(NAME_ALTERNATIVES)]
    return any(same_word(k, last_word(p)) for k in keys for p in predicted)


def event_compatible(gold: GoldEvent, evidence: Span | None, pred: PredictedEvent) -> bool:
    """Could `pred` be the system's version of `gold`? See the module docstring, point 3."""
    if evidence is None or pred.type != gold.type:
        return False
    if Span(pred.start, max(pred.end, pred.start + 1)).overlap(evidence) == 0:
        return False
    straight = names_match(gold.actor, pred.actor_names) and names_match(
        gold.target, pred.target_names
    )
    if straight or gold.type not in SYMMETRIC_TYPES:
        return straight
    return names_match(gold.actor, pred.target_names) and names_match(gold.target, pred.actor_names)


def max_bipartite(n_left: int, edges: Callable[[int], Iterable[int]]) -> dict[int, int]:
    """Maximum matching by augmenting paths (Kuhn): left index -> right index. Greedy matching
    would undercount when one prediction fits two gold events and only one of them fits
    another prediction."""
    right_of: dict[int, int] = {}
    left_of: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges(left):
            if right in seen:
                continue
            seen.add(right)
            if right not in left_of or augment(left_of[right], seen):
                left_of[right] = left
                right_of[left] = right
                return True
        return False

    for left in range(n_left):
        augment(left, set())
    return right_of


def score_document_events(
    language: str,
    gold: Sequence[GoldEvent],
    located: Sequence[Span | None],
    predicted: Sequence[PredictedEvent],
) -> tuple[list[EventOutcome], list[tuple[str, bool]]]:
    """Score one document. `located[i]` is gold[i]'s evidence span in `doc.text`.
    Returns gold outcomes and, per prediction, (type, matched)."""
    candidates = [_candidates(g, span, predicted) for g, span in zip(gold, located, strict=True)]
    pairs = max_bipartite(len(gold), lambda gi: candidates[gi])
    outcomes = []
    for gi, g in enumerate(gold):
        pi = pairs.get(gi)
        pred = predicted[pi] if pi is not None else None
        outcomes.append(
            EventOutcome(
                language=language,
                type=g.type,
                found=located[gi] is not None,
                matched=pred is not None,
                has_date=g.date is not None,
                date_ok=pred is not None and g.date is not None and pred.date == g.date,
                background_ok=pred is not None and pred.background == g.background,
            )
        )
    used = set(pairs.values())
    return outcomes, [(p.type, pi in used) for pi, p in enumerate(predicted)]


def _candidates(
    gold: GoldEvent, evidence: Span | None, predicted: Sequence[PredictedEvent]
) -> list[int]:
    """Predictions that could match `gold`, those with its date (and background flag) first:
    two events of one sentence that differ only by date (two arrests on two days) then pair
    up the right way."""

    def preference(pi: int) -> tuple[bool, bool]:
        return predicted[pi].date != gold.date, predicted[pi].background != gold.background

    fitting = [pi for pi, p in enumerate(predicted) if event_compatible(gold, evidence, p)]
    return sorted(fitting, key=preference)


def summarise_events(
    outcomes: Iterable[EventOutcome], predictions: Iterable[tuple[str, bool]]
) -> EventScore:
    """Totals over any selection (one language, one type, everything)."""
    items = list(outcomes)
    preds = list(predictions)
    matched = [o for o in items if o.matched]
    return EventScore(
        gold=len(items),
        unlocated=sum(not o.found for o in items),
        predicted=len(preds),
        matched_gold=len(matched),
        matched_predicted=sum(ok for _, ok in preds),
        dated=sum(o.has_date for o in matched),
        date_ok=sum(o.date_ok for o in matched),
        background_ok=sum(o.background_ok for o in matched),
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
