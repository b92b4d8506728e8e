"""Choosing the recogniser: shipped models, another spaCy pipeline, or none."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsgraph import extract
from newsgraph.nlp.ner import ModelError, check, shipped_model_path
from tests.conftest import SEED, run_cli


@pytest.fixture(scope="module")
def other_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real spaCy pipeline with OntoNotes-style labels, saved to disk like an installed one."""
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "PERSON", "pattern": "Emmanuel Macron"},
            {"label": "GPE", "pattern": "Lyon"},
            {"label": "DATE", "pattern": "Donnerstag"},
        ]
    )
    path = tmp_path_factory.mktemp("pipeline") / "de_test_ner"
    nlp.to_disk(path)
    return path


def labels(text: str, ner: str, language: str = "de") -> dict[str, str]:
    return {e.name: e.label for e in extract(text, ner=ner, language=language).entities}


def test_shipped_models_are_inside_the_package() -> None:
    for language in ("de", "en"):
        path = shipped_model_path(language)
        assert path is not None and (path / "MODEL_CARD.md").exists()
    assert shipped_model_path("uk") is None


MEETING = "Angela Merkel traf am Donnerstag Emmanuel Macron in Lyon."


def test_another_spacy_pipeline_replaces_the_shipped_one(other_pipeline: Path) -> None:
    found = labels(MEETING, f"spacy:{other_pipeline}")
    assert found == {"Emmanuel Macron": "PER", "Lyon": "LOC"}
    assert labels(MEETING, "default")["Angela Merkel"] == "PER"


def test_other_languages_keep_the_default(other_pipeline: Path) -> None:
    text = "Prime Minister Boris Johnson met Emmanuel Macron in London on Tuesday."
    assert labels(text, f"spacy:{other_pipeline}", "en") == labels(text, "default", "en")


def test_none_leaves_only_what_rules_find() -> None:
    assert labels(MEETING, "none") == {}
    found = labels(SEED.read_text(encoding="utf-8"), "none")
    assert found["Kreml"] == "ORG"
    assert found["Alnur Musaev"] == "PER"


@pytest.mark.parametrize(
    ("spec", "message"),
    [("spacy:no_such_pipeline", "cannot load spaCy pipeline"), ("flair", "unknown recogniser")],
)
def test_bad_specs_fail_early(spec: str, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        check(spec)


def test_cli_ner_option(other_pipeline: Path) -> None:
    done = run_cli("extract", str(SEED), "--ner", f"spacy:{other_pipeline}")
    assert done.returncode == 0, done.stderr
    bad = run_cli("extract", str(SEED), "--ner", "spacy:no_such_pipeline")
    assert bad.returncode == 2
    assert bad.stderr.startswith("newsgraph: --ner: cannot load spaCy pipeline 'no_such_pipeline'")
