"""The article that defines the job (DESIGN.md): cleaning, title and language."""

from __future__ import annotations

import json

import pytest

from newsgraph import Document, extract
from tests.conftest import CASES, SEED


@pytest.fixture(scope="module")
def seed() -> Document:
    return extract(SEED.read_text(encoding="utf-8"))


def test_debris_removed_and_listed(seed: Document) -> None:
    removed = {(r.text, r.reason) for r in seed.removed}
    assert ("< /p>", "markup") in removed
    assert (">", "stray markup") in removed
    assert ("Ähnliche Themen:", "boilerplate") in removed
    assert ("Weitere Nachrichten", "boilerplate") in removed
    assert "< /p>" not in seed.text
    assert "erzählt > ehemaliger" not in seed.text
    assert "erzählt ehemaliger" in seed.text
    assert "Ähnliche Themen" not in seed.text
    assert "Weitere Nachrichten" not in seed.text


def test_every_article_sentence_kept(seed: Document) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    article = [line.replace(" < /p>", "").replace(" > ", " ") for line in lines[:-2]]
    assert [line.strip() for line in seed.text.split("\n")] == [line.strip() for line in article]


def test_title_language_and_contract(seed: Document) -> None:
    first_line = SEED.read_text(encoding="utf-8").splitlines()[0]
    assert seed.title == first_line
    assert seed.text.startswith(first_line + "\n")
    assert seed.language == "de"
    data = seed.to_dict()
    assert data["schema"] == "newsgraph.document/1"
    assert data["published"] == {"value": "2023-11-09", "basis": "inferred"}
    for key in ("entities", "quotes", "dates", "events", "attributions"):
        assert isinstance(data[key], list) and data[key]


def test_matches_golden_file(seed: Document) -> None:
    """The whole document, as reviewed by reading. After a deliberate change (a retrained
    model), regenerate with `python -m tests.regenerate_golden` and read the diff."""
    golden = json.loads((CASES / "golden" / "seed.json").read_text(encoding="utf-8"))
    assert seed.to_dict() == golden
