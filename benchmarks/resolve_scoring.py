"""Scoring for story clustering and cross-document entity resolution (issue 6, item 5).

Pure functions, no newsgraph import: ``benchmarks/resolve_eval.py`` runs the pipeline and feeds
these, ``tests/test_resolve_scoring.py`` pins them on hand-made inputs. The fixture they are meant
for is ``tests/cases/stories/`` (see its README).

Stories: B³
-----------
Each document is scored by how well its predicted story matches its gold story (Bagga & Baldwin
1998): precision of a document = |pred(d) ∩ gold(d)| / |pred(d)|, recall = |pred(d) ∩ gold(d)| /
|gold(d)|, both averaged over all gold documents. B³ rather than pairwise counting because the
gold has many singleton stories (distractors): pairwise scores ignore singletons, B³ rewards
keeping them apart. Rules for an imperfect prediction:

* a gold document the prediction leaves out counts as a singleton story (nothing is lost silently,
  nothing is gained by omitting hard cases — a singleton scores recall 1/|gold story|);
* a document the gold does not know is dropped before scoring;
* a document placed in two predicted stories is an error (``ValueError``): a partition is asked for.

Entities: pairwise links over gold mentions
-------------------------------------------
Gold: clusters of mentions (document, offsets, surface); a *gold pair* is two mentions of one
cluster **in different documents** (within-document coreference is not what is measured here).
Prediction: each predicted mention carries a global entity id. A gold mention takes the id of the
predicted mention matched to it (`match_mentions`); a *predicted pair* is two matched gold
mentions in different documents with equal ids. Precision = shared pairs / predicted pairs,
recall = shared pairs / gold pairs. Only gold mentions take part, so a link between two names the
fixture does not annotate (or a spurious name) is neither rewarded nor punished: the fixture's
non-PUD distractors annotate only the entities that recur elsewhere in it, and PUD's gold NER
misses a few names. With no predicted pair precision is 0.0 (not a vacuous 1.0), so an empty
answer cannot pass a precision floor.

Matching a predicted mention to a gold mention (same document always required):

1. **Offsets** — when both carry offsets into the same text, the predicted mention with the largest
   character overlap wins (ties: the earlier start). newsgraph cleans its input, so the harness
   first moves the gold offsets into ``Document.text`` with `locate` (the k-th occurrence of the
   gold surface in the fixture text maps to the k-th occurrence in the cleaned text).
2. **Surface** — when either side has no offsets (the gold surface could not be located, or a
   predictor only names surfaces), a predicted mention with the same `normalise`d surface is taken
   (NFKC, casefold, outer punctuation stripped, inner whitespace collapsed); the first such
   prediction in input order wins.

A gold mention with no match stays unlinked: it forms no predicted pair and so costs recall only.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

Partition = Sequence[Sequence[str]]


@dataclass(frozen=True)
class PRF:
    """Precision, recall and their harmonic mean (0.0 when both are 0)."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> PRF:
        total = precision + recall
        return cls(precision, recall, 2 * precision * recall / total if total else 0.0)


@dataclass(frozen=True)
class PairScore:
    """Pairwise figures with the counts behind them, so small samples are visible as such."""

    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int
    gold_pairs: int


@dataclass(frozen=True)
class GoldMention:
    """A gold mention; `start`/`end` are None when it could not be placed in the scored text."""

    doc: str
    start: int | None
    end: int | None
    text: str
    cluster: str


@dataclass(frozen=True)
class PredictedMention:
    """A mention as a system reports it, with the global entity id it was linked to."""

    doc: str
    start: int | None
    end: int | None
    text: str
    entity: str


# --- stories -------------------------------------------------------------------------------


def _membership(partition: Partition, name: str) -> dict[str, frozenset[str]]:
    """Document -> its cluster; a document in two clusters makes the partition invalid."""
    member: dict[str, frozenset[str]] = {}
    for cluster in partition:
        block = frozenset(cluster)
        for doc in cluster:
            if doc in member:
                raise ValueError(f"{name}: document {doc!r} is in more than one cluster")
            member[doc] = block
    return member


def restrict(partition: Partition, keep: Iterable[str]) -> list[list[str]]:
    """The partition induced on the documents in `keep` (empty clusters dropped): used to score
    a subset, e.g. only the en and de documents, without re-running the system."""
    wanted = set(keep)
    out = [[doc for doc in cluster if doc in wanted] for cluster in partition]
    return [cluster for cluster in out if cluster]


def b_cubed(predicted: Partition, gold: Partition) -> PRF:
    """B³ precision/recall/F1 of `predicted` against `gold` (rules in the module docstring)."""
    gold_of = _membership(gold, "gold")
    if not gold_of:
        raise ValueError("gold partition is empty")
    pred_of = _membership(restrict(predicted, gold_of), "predicted")
    precision = recall = 0.0
    for doc, gold_block in gold_of.items():
        pred_block = pred_of.get(doc, frozenset({doc}))
        shared = len(pred_block & gold_block)
        precision += shared / len(pred_block)
        recall += shared / len(gold_block)
    n = len(gold_of)
    return PRF.of(precision / n, recall / n)


# --- entities ------------------------------------------------------------------------------

_OUTER_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


def normalise(surface: str) -> str:
    """Comparable form of a name: NFKC, casefolded, outer punctuation off, spaces collapsed.
    Keeps inner punctuation ("U.S", "Addenbrooke's") because it distinguishes names."""
    text = unicodedata.normalize("NFKC", surface).casefold()
    text = _OUTER_PUNCT.sub("", text)
    return " ".join(text.split())


def locate(original: str, cleaned: str, start: int, end: int) -> tuple[int, int] | None:
    """Where `original[start:end]` sits in `cleaned`, or None if its text is not there.

    The k-th occurrence in `original` maps to the k-th in `cleaned` when both have as many;
    otherwise to the occurrence at the nearest relative position (cleaning removed or repeated
    something). Plain substring occurrences, so the count is the same on both sides."""
    surface = original[start:end]
    if not surface:
        return None
    ours = _occurrences(original, surface)
    theirs = _occurrences(cleaned, surface)
    if not theirs:
        return None
    if len(ours) == len(theirs) and start in ours:
        at = theirs[ours.index(start)]
    else:
        where = start / max(len(original), 1)
        at = min(theirs, key=lambda i: abs(i / max(len(cleaned), 1) - where))
    return at, at + len(surface)


def _occurrences(text: str, surface: str) -> list[int]:
    out, i = [], text.find(surface)
    while i >= 0:
        out.append(i)
        i = text.find(surface, i + 1)
    return out


def _overlap(gold: GoldMention, pred: PredictedMention) -> int:
    if None in (gold.start, gold.end, pred.start, pred.end):
        return 0
    assert gold.start is not None and gold.end is not None
    assert pred.start is not None and pred.end is not None
    return max(0, min(gold.end, pred.end) - max(gold.start, pred.start))


def match_mentions(
    gold: Sequence[GoldMention], predicted: Sequence[PredictedMention]
) -> dict[int, str]:
    """Gold mention index -> global entity id of the predicted mention matched to it
    (offset overlap first, equal normalised surface as fallback; see the module docstring)."""
    by_doc: dict[str, list[PredictedMention]] = {}
    for pred in predicted:
        by_doc.setdefault(pred.doc, []).append(pred)
    assignment: dict[int, str] = {}
    for index, mention in enumerate(gold):
        candidates = by_doc.get(mention.doc, [])
        best = max(
            candidates,
            key=lambda p: (_overlap(mention, p), -(p.start if p.start is not None else 0)),
            default=None,
        )
        if best is not None and _overlap(mention, best) > 0:
            assignment[index] = best.entity
            continue
        if mention.start is not None:
            candidates = [p for p in candidates if p.start is None]
        key = normalise(mention.text)
        for pred in candidates:
            if normalise(pred.text) == key:
                assignment[index] = pred.entity
                break
    return assignment


def _cross_pairs(gold: Sequence[GoldMention]) -> Iterable[tuple[int, int]]:
    for i, j in itertools.combinations(range(len(gold)), 2):
        if gold[i].doc != gold[j].doc:
            yield i, j


def pairwise(
    gold: Sequence[GoldMention],
    assignment: Mapping[int, str],
    keep: Mapping[tuple[int, int], bool] | None = None,
) -> PairScore:
    """Cross-document pairwise P/R/F1 of `assignment` (from `match_mentions`) against the gold
    clusters. `keep`, if given, limits scoring to the pairs it maps to True (language pairs)."""
    true = predicted = wanted = 0
    for i, j in _cross_pairs(gold):
        if keep is not None and not keep.get((i, j), False):
            continue
        in_gold = gold[i].cluster == gold[j].cluster
        linked = i in assignment and j in assignment and assignment[i] == assignment[j]
        wanted += in_gold
        predicted += linked
        true += in_gold and linked
    precision = true / predicted if predicted else 0.0
    recall = true / wanted if wanted else 0.0
    prf = PRF.of(precision, recall)
    return PairScore(prf.precision, prf.recall, prf.f1, true, predicted, wanted)


def pairwise_by_language_pair(
    gold: Sequence[GoldMention], assignment: Mapping[int, str], language: Mapping[str, str]
) -> dict[str, PairScore]:
    """`pairwise` split by the languages of the two documents ("de-en", "en-en", ...), because
    cross-language links are the hard part and an overall figure hides them."""
    kind: dict[tuple[int, int], str] = {}
    for i, j in _cross_pairs(gold):
        kind[(i, j)] = "-".join(sorted((language[gold[i].doc], language[gold[j].doc])))
    return {
        name: pairwise(gold, assignment, {pair: k == name for pair, k in kind.items()})
        for name in sorted(set(kind.values()))
    }
