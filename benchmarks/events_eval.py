"""Evaluate newsgraph's events on the hand-annotated article fixtures.

    python benchmarks/events_eval.py [--cases tests/cases/dates] [--lang ru] [--half dev]
                                     [--misses] [--json F]

The event annotations live in the same article files as the dates (one file per article, see
`tests/cases/events/README.md`). Runs `newsgraph.extract` on every fixture and prints
precision/recall overall, per language and per event type, the date accuracy of matched events
and how often their `background` flag agrees. Scoring rules: `benchmarks/temporal_scoring.py`.

`--half` splits the fixtures so that rules can be tuned on one half and measured on the other:
the fixture files sorted by name (`sorted(cases.glob("*.json"))`) are numbered from 0; files
with an even number are `dev` (read their misses, tune on them), files with an odd number are
`held-out` (only measure them). `all` (the default) scores every file. The split is taken
before `--lang`, so a language's halves are the same files as in the overall halves.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.dates_eval import command_line, run  # noqa: E402
from benchmarks.temporal_scoring import (  # noqa: E402
    EVENT_TYPES,
    EventOutcome,
    Fixture,
    PredictedEvent,
    Span,
    load_fixtures,
    locate_evidence,
    score_document_events,
    summarise_events,
)
from newsgraph import Document  # noqa: E402
from newsgraph.model import Event  # noqa: E402

# How much of an evidence sentence a line of `--misses` shows.
EVIDENCE_SHOWN = 160


def participant_names(doc: Document, ref: str | None) -> tuple[str, ...]:
    """An event slot holds an entity id; the names it may be matched by are the entity's name
    and its mention texts. A slot that is no known id is taken as a name itself."""
    if ref is None:
        return ()
    for entity in doc.entities:
        if entity.id == ref:
            return (entity.name, *(m.text for m in entity.mentions))
    return (ref,)


def predicted_events(doc: Document) -> list[PredictedEvent]:
    return [
        PredictedEvent(
            type=e.type,
            actor_names=participant_names(doc, e.actor),
            target_names=participant_names(doc, e.target),
            date=e.date,
            start=e.start,
            end=e.end,
            background=e.background,
        )
        for e in doc.events
    ]


@dataclass
class DocResult:
    fixture: Fixture
    outcomes: list[EventOutcome]
    predictions: list[tuple[str, bool]]
    misses: list[str]


def score_fixture(fixture: Fixture) -> DocResult:
    doc, offsets = run(fixture)
    located: list[Span | None] = [
        locate_evidence(e.evidence, e.evidence_start, doc.text, offsets) for e in fixture.events
    ]
    outcomes, predictions = score_document_events(
        fixture.language, fixture.events, located, predicted_events(doc)
    )
    misses = [
        f"{fixture.name}: missed {g.type} {g.actor} -> {g.target} ({g.cue!r})"
        + ("" if o.found else " (evidence not found in doc.text)")
        + f" | {g.evidence[:EVIDENCE_SHOWN]}"
        for g, o in zip(fixture.events, outcomes, strict=True)
        if not o.matched
    ]
    misses += [
        f"{fixture.name}: spurious {spurious_line(doc, e)}"
        for e, (_, matched) in zip(doc.events, predictions, strict=True)
        if not matched
    ]
    return DocResult(fixture, outcomes, predictions, misses)


def spurious_line(doc: Document, event: Event) -> str:
    """A prediction no gold event took, with its participants' names and its sentence."""
    names = {e.id: e.name for e in doc.entities}
    actor = names.get(event.actor or "", event.actor)
    target = names.get(event.target or "", event.target)
    sentence = doc.text[event.start : event.end][:EVIDENCE_SHOWN].replace("\n", " ")
    return f"{event.type} {actor} -> {target} ({event.cue!r}) | {sentence}"


def summary(results: Iterable[DocResult], event_type: str | None = None) -> dict[str, Any]:
    """Figures for all events, or for one type (gold and predictions of that type)."""
    rows = list(results)
    outcomes = [o for r in rows for o in r.outcomes if event_type in (None, o.type)]
    predictions = [p for r in rows for p in r.predictions if event_type in (None, p[0])]
    return summarise_events(outcomes, predictions).as_dict()


HALVES = ("all", "dev", "held-out")


def in_half(index: int, half: str) -> bool:
    """The module docstring's split: even positions are dev, odd ones held-out."""
    return half == "all" or (index % 2 == 0) == (half == "dev")


def evaluate(
    cases: Path, lang: str | None = None, half: str = "all"
) -> tuple[dict[str, Any], list[str]]:
    fixtures = [
        f
        for i, f in enumerate(load_fixtures(cases))
        if in_half(i, half) and lang in (None, f.language) and f.events
    ]
    results = [score_fixture(f) for f in fixtures]
    languages = sorted({f.language for f in fixtures})
    report: dict[str, Any] = {
        "articles": len(fixtures),
        "overall": summary(results),
        "per_language": {
            la: summary([r for r in results if r.fixture.language == la]) for la in languages
        },
        "per_type": {t: summary(results, t) for t in EVENT_TYPES},
    }
    return report, [m for r in results for m in r.misses]


def print_report(report: dict[str, Any]) -> None:
    print(f"events: {report['articles']} articles")
    print(
        f"{'':14} {'gold':>5} {'unloc':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'date':>6} {'bkgr':>6}"
    )
    rows = [("all", report["overall"])]
    rows += [(f"lang:{k}", v) for k, v in report["per_language"].items()]
    rows += [(f"type:{k}", v) for k, v in report["per_type"].items()]
    for key, s in rows:
        print(
            f"{key:14} {s['gold']:5d} {s['unlocated']:5d} {s['predicted']:5d} "
            f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
            f"{s['date_accuracy']:6.3f} {s['background_accuracy']:6.3f}"
        )


def main() -> None:
    """The shared command line of the temporal benchmarks, plus `--half` (taken off the
    arguments first, since the shared parser does not know it)."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--half", choices=HALVES, default="all")
    known, rest = pre.parse_known_args()
    sys.argv[1:] = rest

    def evaluate_half(cases: Path, lang: str | None) -> tuple[dict[str, Any], list[str]]:
        return evaluate(cases, lang, known.half)

    command_line(
        __doc__,
        evaluate_half,
        print_report,
        "list every missed gold event and every spurious prediction",
    )


if __name__ == "__main__":
    main()
