"""Exact-span NER scoring: BIO -> spans, per-label and micro P/R/F1.

Kept free of spaCy so tests and benchmarks can import it cheaply. A span is
``(start_token, end_token_exclusive, label)``; only exact matches count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

Span = tuple[int, int, str]


def bio_to_spans(tags: Sequence[str]) -> list[Span]:
    """Extract spans from IOB2/IOB1/IO tags (an ``I-`` after O or another type opens a span)."""
    spans: list[Span] = []
    start: int | None = None
    label: str | None = None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, typ = tag.partition("-") if tag not in ("O", "", "-") else ("O", "", "")
        if prefix == "I" and label == typ and start is not None:
            continue
        if start is not None and label is not None:
            spans.append((start, i, label))
        start, label = (i, typ) if prefix in ("B", "I") and typ else (None, None)
    return spans


@dataclass
class PRF:
    """Counts for one label; precision/recall/F1 derived on demand."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f": round(self.f, 4),
            "support": self.tp + self.fn,
        }


@dataclass
class Scores:
    """Per-label counts plus micro average over ``labels`` (the labels the gold set has)."""

    labels: tuple[str, ...]
    per_label: dict[str, PRF] = field(default_factory=dict)

    @property
    def micro(self) -> PRF:
        tot = PRF()
        for lab in self.labels:
            c = self.per_label.get(lab, PRF())
            tot.tp, tot.fp, tot.fn = tot.tp + c.tp, tot.fp + c.fp, tot.fn + c.fn
        return tot

    def as_dict(self) -> dict[str, object]:
        return {
            "labels": {lab: self.per_label.get(lab, PRF()).as_dict() for lab in self.labels},
            "micro": self.micro.as_dict(),
        }


def score_spans(
    gold: Iterable[Sequence[Span]],
    pred: Iterable[Sequence[Span]],
    labels: Sequence[str] | None = None,
) -> Scores:
    """Score exact span matches per sentence.

    ``labels`` restricts scoring to those labels (predictions of other labels,
    e.g. MISC on a PER/ORG/LOC-only set, are ignored); default = labels seen in gold.
    """
    gold_l, pred_l = list(gold), list(pred)
    if labels is None:
        labels = sorted({s[2] for sent in gold_l for s in sent})
    keep = set(labels)
    counts: dict[str, PRF] = {lab: PRF() for lab in labels}
    for g, p in zip(gold_l, pred_l, strict=True):
        gs = Counter(s for s in g if s[2] in keep)
        ps = Counter(s for s in p if s[2] in keep)
        for s, n in ps.items():
            hit = min(n, gs.get(s, 0))
            counts[s[2]].tp += hit
            counts[s[2]].fp += n - hit
        for s, n in gs.items():
            counts[s[2]].fn += n - min(n, ps.get(s, 0))
    return Scores(tuple(labels), counts)


def format_table(name: str, scores: Scores) -> str:
    """Render a small per-label table for terminal output."""
    rows = [f"== {name}", f"{'label':<6} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}"]
    for lab in scores.labels:
        c = scores.per_label.get(lab, PRF())
        rows.append(f"{lab:<6} {c.p:6.3f} {c.r:6.3f} {c.f:6.3f} {c.tp + c.fn:6d}")
    m = scores.micro
    rows.append(f"{'micro':<6} {m.p:6.3f} {m.r:6.3f} {m.f:6.3f} {m.tp + m.fn:6d}")
    return "\n".join(rows)
