"""The quality gate for dates and events: the scorers of `benchmarks/` over the annotated
fixtures (`tests/cases/dates/`), held to the floors pinned in
`benchmarks/dates_events_baseline.json`. A floor is never lowered silently."""

from __future__ import annotations

import json
from typing import Any

import pytest
from benchmarks import dates_eval, events_eval

from tests.conftest import CASES, ROOT

BASELINE = ROOT / "benchmarks" / "dates_events_baseline.json"


@pytest.fixture(scope="module")
def floors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]
    return data


def test_fixtures_are_there() -> None:
    assert len(list((CASES / "dates").glob("*.json"))) >= 40


def test_date_values_floor(floors: dict[str, Any]) -> None:
    report, misses = dates_eval.evaluate(CASES / "dates")
    accuracy = report["overall"]["value_accuracy"]
    assert accuracy >= floors["dates"]["value_accuracy_min"], misses[:20]


def test_event_floors(floors: dict[str, Any]) -> None:
    """The issue's floor (recall 0.60 at precision 0.70) and, above it, the pinned figures of
    the last measurement, so that events never get worse unnoticed. The fixtures' held-out
    half scores lower (see the baseline's note); this test holds all of them."""
    report, _ = events_eval.evaluate(CASES / "dates")
    overall = report["overall"]
    events = floors["events"]
    for floor in (events, events["pinned"]):
        assert overall["recall"] >= floor["recall_min"], overall
        assert overall["precision"] >= floor["precision_min"], overall


def test_halves_split_the_fixtures_by_position() -> None:
    """`events_eval.py --half`: even positions in name order are dev, odd ones held-out."""
    names = sorted(p.name for p in (CASES / "dates").glob("*.json"))
    dev = [n for i, n in enumerate(names) if events_eval.in_half(i, "dev")]
    held_out = [n for i, n in enumerate(names) if events_eval.in_half(i, "held-out")]
    assert dev == names[0::2] and held_out == names[1::2]
    assert all(events_eval.in_half(i, "all") for i in range(len(names)))
