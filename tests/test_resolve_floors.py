"""Stories and cross-document entities on the multilingual fixture (`tests/cases/stories/`),
scored by `benchmarks/resolve_scoring.py` against `benchmarks/resolve_baseline.json`."""

from __future__ import annotations

import json
from typing import Any

import pytest
from benchmarks import resolve_eval

from newsgraph.resolve import link_entities
from newsgraph.stories import group_stories
from tests.conftest import ROOT

BASELINE = json.loads((ROOT / "benchmarks" / "resolve_baseline.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def fixture() -> tuple[list[dict[str, Any]], dict[str, Any], list[Any]]:
    records, gold = resolve_eval.load_fixture()
    return records, gold, resolve_eval.extract_all(records)


def test_stories_floor(fixture: tuple[list[dict[str, Any]], dict[str, Any], list[Any]]) -> None:
    records, gold, docs = fixture
    language = {r["id"]: r["language"] for r in records}
    score = resolve_eval.score_stories(group_stories(docs), gold, language)["all"]
    assert score.f1 >= BASELINE["floors"]["stories_b3_f1"], score


def test_entities_pinned_floor(
    fixture: tuple[list[dict[str, Any]], dict[str, Any], list[Any]],
) -> None:
    records, gold, docs = fixture
    language = {r["id"]: r["language"] for r in records}
    mentions, _ = resolve_eval.gold_mentions(gold, records, docs)
    score = resolve_eval.score_links(link_entities(docs), docs, mentions, language)["all"]
    pinned = BASELINE["pinned"]
    assert score.precision >= pinned["entities_pairwise_precision"], score
    assert score.recall >= pinned["entities_pairwise_recall"], score
