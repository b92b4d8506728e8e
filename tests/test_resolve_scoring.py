"""Unit tests of the story and entity-resolution scorer (benchmarks/resolve_scoring.py).

Hand-made partitions and mentions only; the fixture in tests/cases/stories/ is checked for
consistency at the end (every document in exactly one gold story, mentions at their offsets).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.resolve_scoring import (
    PRF,
    GoldMention,
    PredictedMention,
    b_cubed,
    locate,
    match_mentions,
    normalise,
    pairwise,
    pairwise_by_language_pair,
    restrict,
)

FIXTURE = Path(__file__).parent / "cases" / "stories"


def test_b_cubed_perfect_and_singletons() -> None:
    gold = [["a", "b", "c"], ["d"]]
    assert b_cubed([["c", "a", "b"], ["d"]], gold) == PRF(1.0, 1.0, 1.0)
    single = b_cubed([["a"], ["b"], ["c"], ["d"]], gold)
    assert single.precision == 1.0
    assert single.recall == pytest.approx((1 / 3 * 3 + 1) / 4)


def test_b_cubed_all_in_one() -> None:
    score = b_cubed([["a", "b", "c", "d"]], [["a", "b", "c"], ["d"]])
    assert score.recall == 1.0
    assert score.precision == pytest.approx((3 / 4 * 3 + 1 / 4) / 4)
    assert score.f1 == pytest.approx(2 * score.precision / (score.precision + 1))


def test_b_cubed_missing_and_unknown_documents() -> None:
    # "c" left out counts as a singleton; "zzz" is unknown to the gold and dropped.
    left_out = b_cubed([["a", "b", "zzz"]], [["a", "b", "c"]])
    as_singleton = b_cubed([["a", "b"], ["c"]], [["a", "b", "c"]])
    assert left_out == as_singleton
    assert left_out.precision == 1.0
    assert left_out.recall == pytest.approx((2 / 3 * 2 + 1 / 3) / 3)


def test_b_cubed_rejects_overlapping_clusters() -> None:
    with pytest.raises(ValueError):
        b_cubed([["a", "b"], ["b"]], [["a", "b"]])
    with pytest.raises(ValueError):
        b_cubed([["a"]], [["a"], ["a"]])


def test_restrict_keeps_order_and_drops_empty() -> None:
    assert restrict([["a", "b"], ["c"]], {"b", "c"}) == [["b"], ["c"]]
    assert restrict([["a"]], set()) == []


def _gold() -> list[GoldMention]:
    # Trump in three documents (twice in d1), Clinton in two.
    return [
        GoldMention("d1", 0, 12, "Donald Trump", "trump"),
        GoldMention("d1", 20, 25, "Trump", "trump"),
        GoldMention("d2", 5, 17, "Дональд Трамп", "trump"),
        GoldMention("d3", 0, 5, "Trump", "trump"),
        GoldMention("d1", 30, 37, "Clinton", "clinton"),
        GoldMention("d2", 40, 47, "Клинтон", "clinton"),
    ]


def test_pairwise_perfect_and_counts() -> None:
    gold = _gold()
    assignment = {i: m.cluster for i, m in enumerate(gold)}
    score = pairwise(gold, assignment)
    # trump: 4 mentions, within-d1 pair excluded -> 6 - 1 = 5; clinton: 1.
    assert (score.true_pairs, score.predicted_pairs, score.gold_pairs) == (6, 6, 6)
    assert score.f1 == 1.0


def test_pairwise_merge_costs_precision_and_split_costs_recall() -> None:
    gold = _gold()
    merged = pairwise(gold, {i: "x" for i in range(len(gold))})
    assert merged.recall == 1.0
    assert merged.predicted_pairs == 15 - 4  # all pairs but 3 within d1 and 1 within d2
    assert merged.precision == pytest.approx(6 / 11)
    split = pairwise(gold, {0: "t", 1: "t", 3: "t"})  # d2 mentions unlinked
    assert split.precision == 1.0
    assert split.true_pairs == 2 and split.recall == pytest.approx(2 / 6)


def test_pairwise_no_prediction_has_zero_precision() -> None:
    score = pairwise(_gold(), {})
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


def test_pairwise_by_language_pair() -> None:
    gold = _gold()
    assignment = {0: "t", 1: "t", 3: "t", 2: "t", 4: "c"}
    rows = pairwise_by_language_pair(gold, assignment, {"d1": "en", "d2": "ru", "d3": "en"})
    assert set(rows) == {"en-en", "en-ru"}
    assert rows["en-en"].gold_pairs == 2 and rows["en-en"].recall == 1.0
    assert rows["en-ru"].gold_pairs == 4 and rows["en-ru"].true_pairs == 3


def test_match_by_overlap_prefers_largest() -> None:
    gold = [GoldMention("d1", 10, 22, "Donald Trump", "trump")]
    predicted = [
        PredictedMention("d1", 5, 12, "x Donald", "wrong"),
        PredictedMention("d1", 17, 22, "Trump", "also-wrong"),
        PredictedMention("d1", 10, 22, "Donald Trump", "right"),
        PredictedMention("d2", 10, 22, "Donald Trump", "other-doc"),
    ]
    assert match_mentions(gold, predicted) == {0: "right"}


def test_match_by_surface_when_offsets_missing() -> None:
    gold = [
        GoldMention("d1", None, None, "Obamas", "obama"),
        GoldMention("d1", 0, 5, "Obama", "obama"),
    ]
    predicted = [PredictedMention("d1", None, None, " obamas,", "g1")]
    # gold 0 has no offsets -> surface; gold 1 has offsets but the prediction has none and the
    # surfaces differ -> unmatched.
    assert match_mentions(gold, predicted) == {0: "g1"}
    offsets_no_overlap = [PredictedMention("d1", 50, 55, "Obama", "g2")]
    assert match_mentions(gold[1:], offsets_no_overlap) == {}


def test_normalise() -> None:
    assert normalise("  «Фольксваген»  ") == "фольксваген"
    assert normalise("U.S.") == "u.s"
    assert normalise("Addenbrooke's") == "addenbrooke's"
    assert normalise("Hong\u00a0 Kong") == "hong kong"


def test_locate_maps_kth_occurrence() -> None:
    original = "Trump met Trump.\n\nTrump left."
    cleaned = "Trump met Trump. Trump left."
    assert locate(original, cleaned, 10, 15) == (10, 15)
    assert locate(original, cleaned, 18, 23) == (17, 22)
    assert locate(original, "nothing here", 0, 5) is None


def test_fixture_is_consistent() -> None:
    records = [json.loads(line) for line in (FIXTURE / "documents.jsonl").open(encoding="utf-8")]
    gold = json.loads((FIXTURE / "gold.json").read_text(encoding="utf-8"))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    in_stories = [doc for story in gold["stories"] for doc in story]
    assert sorted(in_stories) == sorted(ids)
    text = {r["id"]: r["text"] for r in records}
    for cluster in gold["entities"]:
        assert cluster["label"] in {"PER", "ORG", "LOC"}
        for m in cluster["mentions"]:
            assert text[m["doc"]][m["start"] : m["end"]] == m["text"]
    multi_story = [s for s in gold["stories"] if len(s) >= 3]
    assert len(multi_story) >= 12
    assert len(gold["stories"]) - len(multi_story) >= 10
    spanning = [c for c in gold["entities"] if len({m["doc"] for m in c["mentions"]}) >= 2]
    assert len(spanning) >= 60
