"""Evaluate newsgraph's date mentions on the hand-annotated article fixtures.

    python benchmarks/dates_eval.py [--cases tests/cases/dates] [--lang de] [--misses] [--json F]

Runs `newsgraph.extract(text, language=..., published=...)` on every fixture and prints
detection precision/recall and value accuracy, overall, per language, per kind (absolute,
partial, relative, week) and per grain. Scoring rules: `benchmarks/temporal_scoring.py`.
Prints figures; the floor lives in `benchmarks/dates_events_baseline.json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.temporal_scoring import (  # noqa: E402
    DATE_KINDS,
    GRAINS,
    DateOutcome,
    Fixture,
    OffsetMap,
    PredictedDate,
    Span,
    load_fixtures,
    locate,
    score_document_dates,
    summarise_dates,
)
from newsgraph import Document, extract  # noqa: E402
from newsgraph.errors import NewsgraphError  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases" / "dates"


def run(fixture: Fixture) -> tuple[Document, OffsetMap]:
    """The document newsgraph makes of a fixture, and the map from fixture to `doc.text`.
    An article newsgraph fails on is scored as an empty document (its gold all missed), so
    one failure shows up in the figures and the list of failures instead of ending the run."""
    try:
        doc = extract(fixture.text, language=fixture.language, published=fixture.published)
    except NewsgraphError as exc:
        print(f"{fixture.name}: newsgraph failed: {exc}", file=sys.stderr)
        doc = Document(id=f"failed:{fixture.name}", text="")
    return doc, OffsetMap(fixture.text, doc.text)


@dataclass
class DocResult:
    fixture: Fixture
    outcomes: list[DateOutcome]
    predicted: int
    ignored: int
    misses: list[str]


def score_fixture(fixture: Fixture) -> DocResult:
    doc, offsets = run(fixture)
    located: list[Span | None] = [locate(d.text, doc.text, offsets(d.start)) for d in fixture.dates]
    predicted = [PredictedDate(d.start, d.end, d.value, d.grain) for d in doc.dates]
    outcomes, n_pred, ignored = score_document_dates(
        fixture.language, fixture.dates, located, predicted
    )
    misses = [
        f"{fixture.name}: {g.text!r} gold {g.value} got {o.predicted_value or '-'}"
        + ("" if o.found else " (not found in doc.text)")
        for g, o in zip(fixture.dates, outcomes, strict=True)
        if not o.value_ok
    ]
    return DocResult(fixture, outcomes, n_pred, ignored, misses)


def summary(
    results: Iterable[DocResult], keep: Callable[[DateOutcome], bool] | None = None
) -> dict[str, Any]:
    """Figures over whole documents, or over the gold outcomes `keep` selects. Predictions
    carry no gold kind, so a selection by kind or grain reports recall and value accuracy
    only, not precision."""
    rows = list(results)
    outcomes = [o for r in rows for o in r.outcomes if keep is None or keep(o)]
    predicted = sum(r.predicted for r in rows)
    ignored = sum(r.ignored for r in rows)
    figures = summarise_dates(outcomes, predicted, ignored).as_dict()
    if keep is not None:
        for key in ("predicted", "ignored", "precision"):
            figures.pop(key, None)
    return figures


def having(attribute: str, value: str) -> Callable[[DateOutcome], bool]:
    """Selects the outcomes whose gold `attribute` (kind, grain) is `value`."""

    def keep(outcome: DateOutcome) -> bool:
        return bool(getattr(outcome, attribute) == value)

    return keep


def evaluate(cases: Path, lang: str | None = None) -> tuple[dict[str, Any], list[str]]:
    fixtures = [f for f in load_fixtures(cases) if lang in (None, f.language)]
    results = [score_fixture(f) for f in fixtures]
    languages = sorted({f.language for f in fixtures})
    report: dict[str, Any] = {
        "articles": len(fixtures),
        "overall": summary(results),
        "per_language": {
            la: summary([r for r in results if r.fixture.language == la]) for la in languages
        },
        "per_kind": {k: summary(results, having("kind", k)) for k in DATE_KINDS},
        "per_grain": {g: summary(results, having("grain", g)) for g in GRAINS},
    }
    return report, [m for r in results for m in r.misses]


def print_report(report: dict[str, Any]) -> None:
    print(f"dates: {report['articles']} articles")
    header = f"{'':12} {'gold':>5} {'unloc':>5} {'pred':>5} {'P':>6} {'R':>6} {'value':>6}"
    print(header)
    sections = [("overall", {"all": report["overall"]}), ("language", report["per_language"])]
    for title, table in sections + [("kind", report["per_kind"]), ("grain", report["per_grain"])]:
        for key, s in table.items():
            predicted = f"{s['predicted']:5d}" if "predicted" in s else "    -"
            precision = f"{s['precision']:6.3f}" if "precision" in s else "     -"
            print(
                f"{title[:4] + ':' + key:12} {s['gold']:5d} {s['unlocated']:5d} "
                f"{predicted} {precision} {s['recall']:6.3f} {s['value_accuracy']:6.3f}"
            )


def command_line(
    description: str | None,
    evaluate: Callable[[Path, str | None], tuple[dict[str, Any], list[str]]],
    print_report: Callable[[dict[str, Any]], None],
    misses_help: str,
) -> None:
    """The command line both temporal benchmarks share: score, print, optionally list misses
    and write the figures."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--lang", default=None, help="only fixtures of this language")
    parser.add_argument("--misses", action="store_true", help=misses_help)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    report, misses = evaluate(args.cases, args.lang)
    print_report(report)
    if args.misses:
        print("\n".join(misses))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    command_line(__doc__, evaluate, print_report, "list every wrong or missed date")


if __name__ == "__main__":
    main()
