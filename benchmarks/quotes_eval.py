"""Quotation detection and speaker attribution: newsgraph against the bare-regex baseline.

    python benchmarks/quotes_eval.py [--split test|dev] [--limit N] [--corpus gnq|litbank|all]
                                     [--json OUT] [--write-measured]

Corpora (evaluation only, CC BY-NC-SA / CC BY; nothing of them is copied into the repository),
read from ``NEWSGRAPH_SHARED_DATA`` (default ``<repo>/../shared/data``):

* ``gnq``: german-news-quotes (German Wikinews), split ``--split``; direct, indirect and any-kind
  P/R/F1 with speaker accuracy.
* ``litbank``: LitBank quotations (English fiction, all 100 samples); quotation P/R/F1 and a
  name-label proxy for speaker accuracy.

The matching rules, gold-type mapping and speaker rules are in ``benchmarks/quotes_scoring.py``.
P/R/F1 count a quotation found when its span overlaps the gold one (one-to-one); ``exact`` needs
equal boundaries (quotation marks and punctuation trimmed), ``token`` is word-level overlap.
Speed is articles (and words) per second of ``newsgraph.extract`` in this one process, after
one warm-up article (model loading not counted).
``--write-measured`` stores the figures in ``benchmarks/quotes_baseline.json`` under "measured";
the floors there are not touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.quotes_scoring import (  # noqa: E402
    Article,
    Counts,
    Prediction,
    gnq_archive,
    litbank_dir,
    load_gnq,
    load_litbank,
    predict_newsgraph,
    predict_regex,
    score,
    shared_data_dir,
)

BASELINE = Path(__file__).resolve().parent / "quotes_baseline.json"
GNQ, LITBANK = "german-news-quotes", "litbank"
ROWS = {GNQ: ("direct", "indirect", "any"), LITBANK: ("direct",)}
SYSTEMS: dict[str, Callable[[Article], Prediction]] = {
    "newsgraph": predict_newsgraph,
    "regex": predict_regex,
}


def timed_predictions(
    articles: Sequence[Article], predict: Callable[[Article], Prediction]
) -> tuple[list[Prediction], float, float]:
    """Predictions with the wall and CPU seconds they took; one untimed warm-up call first, so
    that loading models is not counted as extraction time."""
    if articles:
        predict(articles[0])
    wall0, cpu0 = time.perf_counter(), time.process_time()
    predictions = [predict(a) for a in articles]
    return predictions, time.perf_counter() - wall0, time.process_time() - cpu0


def format_row(corpus: str, system: str, kind: str, c: Counts) -> str:
    p, r, f = c.prf
    exact, token = c.exact_prf[2], c.token_prf[2]
    speaker = f"{c.speaker_accuracy:.2f} ({c.speaker_scored})"
    return (
        f"{corpus:<19} {system:<10} {kind:<9} {p:5.2f} {r:5.2f} {f:5.2f} {exact:7.2f} "
        f"{token:7.2f}  {speaker:<12} {c.tp}/{c.fp}/{c.fn}/{c.ignored}"
    )


HEADER = (
    f"{'corpus':<19} {'system':<10} {'kind':<9} {'P':>5} {'R':>5} {'F1':>5} "
    f"{'exactF1':>7} {'tokenF1':>7}  {'speaker (n)':<12} tp/fp/fn/ignored"
)


def evaluate(corpus: str, articles: Sequence[Article]) -> dict[str, Any]:
    """Score every system on ``articles``; print the rows and return them as a dict."""
    words = sum(len(a.text.split()) for a in articles)
    result: dict[str, Any] = {"articles": len(articles), "words": words}
    for system, predict in SYSTEMS.items():
        predictions, wall, cpu = timed_predictions(articles, predict)
        rows = score(articles, predictions, ROWS[corpus])
        for kind, counts in rows.items():
            print(format_row(corpus, system, kind, counts), flush=True)
        result[system] = {kind: counts.as_dict() for kind, counts in rows.items()}
        if system == "newsgraph":
            result["speed"] = {
                "articles_per_second": round(len(articles) / wall, 2),
                "words_per_second": round(words / wall),
                "articles_per_cpu_second": round(len(articles) / cpu, 2),
                "seconds": round(wall, 1),
            }
    return result


def print_notes(results: dict[str, Any]) -> None:
    """What the table cannot show: speed, and why some matched quotes have no speaker score."""
    for corpus, res in results.items():
        speed = res["speed"]
        print(
            f"{corpus}: {res['articles']} articles, {res['words']} words; newsgraph "
            f"{speed['articles_per_second']} articles/s, {speed['words_per_second']} words/s "
            f"(wall, {speed['seconds']} s), {speed['articles_per_cpu_second']} articles per "
            f"CPU-second"
        )
        for system in SYSTEMS:
            unscored = res[system][ROWS[corpus][0]]["speaker_unscored"]
            if unscored:
                print(
                    f"  {system} {ROWS[corpus][0]}: matched quotes without a speaker score: "
                    + ", ".join(f"{k} {v}" for k, v in unscored.items())
                )
    print(
        "speaker: accuracy over matched quotations with a usable gold speaker (n); "
        "litbank: name-label proxy (see quotes_scoring)."
    )


def write_measured(results: dict[str, Any], split: str, limit: int | None) -> None:
    """Record the figures beside the floors (which stay as they are)."""
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    measured = baseline.setdefault("measured", {})
    measured["date"] = dt.date.today().isoformat()
    measured["gnq_split"] = split
    measured["limit"] = limit
    for corpus, res in results.items():
        measured[corpus] = {
            "articles": res["articles"],
            "speed": res["speed"],
            **{system: _summary(res[system]) for system in SYSTEMS},
        }
    BASELINE.write_text(json.dumps(baseline, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _summary(rows: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "precision",
        "recall",
        "f1",
        "exact_f1",
        "token_f1",
        "speaker_accuracy",
        "speaker_scored",
    )
    return {kind: {k: row[k] for k in keys} for kind, row in rows.items()}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--split",
        choices=("test", "dev"),
        default="test",
        help="german-news-quotes split (default test)",
    )
    ap.add_argument("--limit", type=int, default=None, help="first N articles of each corpus")
    ap.add_argument("--corpus", choices=("gnq", "litbank", "all"), default="all")
    ap.add_argument("--json", type=Path, default=None, help="also write all figures here")
    ap.add_argument(
        "--write-measured",
        action="store_true",
        help=f"store the figures in {BASELINE.name} under 'measured'",
    )
    a = ap.parse_args(argv)

    data = shared_data_dir()
    wanted = {"gnq": [GNQ], "litbank": [LITBANK], "all": [GNQ, LITBANK]}[a.corpus]
    paths = {GNQ: gnq_archive(data, a.split), LITBANK: litbank_dir(data)}
    loaders = {
        GNQ: lambda: load_gnq(data, a.split, a.limit),
        LITBANK: lambda: load_litbank(data, a.limit),
    }
    results: dict[str, Any] = {}
    for corpus in wanted:
        if not paths[corpus].exists():
            print(
                f"{corpus}: not found: {paths[corpus]} (set NEWSGRAPH_SHARED_DATA)", file=sys.stderr
            )
            continue
        if not results:
            print(HEADER)
        results[corpus] = evaluate(corpus, loaders[corpus]())
    if not results:
        return 2
    print_notes(results)
    if a.json:
        a.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    if a.write_measured:
        write_measured(results, a.split, a.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
