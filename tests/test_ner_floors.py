"""The shipped NER models against their pinned floors (`benchmarks/ner_baseline.json`).

Scored like `benchmarks/ner_eval.py`: exact spans on the gold tokens, over the labels each set
has. Needs the shared corpora; without them the test skips and names what is missing.
"""

from __future__ import annotations

import json

import pytest

from newsgraph.nlp.ner import shipped_model_path
from tests.conftest import ROOT

BASELINE = json.loads((ROOT / "benchmarks" / "ner_baseline.json").read_text(encoding="utf-8"))
FLOORS = BASELINE["floors"]["micro_f1"]


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_micro_f1_floor(language: str) -> None:
    from training import paths

    try:
        paths.data_root()
    except FileNotFoundError as exc:
        pytest.skip(f"shared corpora missing: {exc}")
    import spacy
    from benchmarks.ner_eval import EVAL_SETS, RULES, predict, predict_by_rule
    from training.scoring import bio_to_spans, score_spans

    floor = FLOORS[language]
    [(name, load, labels)] = [s for s in EVAL_SETS[language] if s[0] == floor["set"]]
    sentences = load()
    if floor.get("recogniser") == RULES:
        predicted = predict_by_rule(language, sentences)
    else:
        model = shipped_model_path(language)
        assert model is not None
        predicted = predict(spacy.load(model), sentences)
    scores = score_spans([bio_to_spans(t) for _, t in sentences], predicted, labels)
    micro = scores.micro.f
    assert micro >= floor["micro_f1_min"], f"{name}: micro F1 {micro:.3f} < {floor['micro_f1_min']}"
