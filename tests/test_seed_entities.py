"""DESIGN.md's entity list for the seed article, with the shipped German model, end to end."""

from __future__ import annotations

import re

import pytest

from newsgraph import Document, extract
from newsgraph.model import Entity
from tests.conftest import SEED

EXPECTED = [
    ("PER", "Wladimir Putin", {"Putin", "Wladimir Putin"}),
    (
        "PER",
        "Kasym-Schomart Tokajew",
        {"Tokajew", "Kasym-Schomart Tokajew", "Kasim-Schomart Tokajew"},
    ),
    ("PER", "Alnur Musaev", {"Musaev"}),
    ("ORG", "Espresso", {"Espresso"}),
    (
        "ORG",
        "Nationalen Sicherheitskomitees von Kasachstan",
        {"Nationalen Sicherheitskomitees von Kasachstan"},
    ),
    ("ORG", "Kreml", {"Kreml"}),
    ("ORG", "Haager Tribunal", {"Haager Tribunal"}),
    ("LOC", "Kasachstan", {"Kasachstan", "Kasachstans"}),
    ("LOC", "Russland", {"Russland", "Russischen Föderation"}),
    ("LOC", "Ukraine", {"Ukraine"}),
    ("LOC", "Kirgisistan", {"Kirgisistan"}),
    ("LOC", "Zentralasien", {"Zentralasien"}),
    ("LOC", "Astana", {"Astana"}),
]


@pytest.fixture(scope="module")
def seed() -> Document:
    return extract(SEED.read_text(encoding="utf-8"))


def holding(doc: Document, surface: str) -> list[Entity]:
    return [e for e in doc.entities if any(m.text == surface for m in e.mentions)]


@pytest.mark.parametrize(("label", "name", "surfaces"), EXPECTED, ids=[e[1] for e in EXPECTED])
def test_seed_entity(seed: Document, label: str, name: str, surfaces: set[str]) -> None:
    owners = {e.id: e for s in surfaces for e in holding(seed, s)}
    assert len(owners) == 1, f"{name}: {[(e.name, e.label) for e in owners.values()]}"
    [entity] = owners.values()
    assert entity.label == label
    assert entity.name == name
    assert surfaces <= {m.text for m in entity.mentions}


def test_every_putin_and_tokajew_is_a_mention(seed: Document) -> None:
    for surname in ("Putin", "Tokajew"):
        [entity] = [e for e in seed.entities if e.name.endswith(surname)]
        covered = [(m.start, m.end) for m in entity.mentions]
        for match in re.finditer(rf"\b{surname}\w*", seed.text):
            assert any(s <= match.start() and match.end() <= e for s, e in covered), match


def test_seed_roles(seed: Document) -> None:
    by_name = {e.name: e for e in seed.entities}
    assert by_name["Alnur Musaev"].role == "General"
    assert by_name["Kasym-Schomart Tokajew"].role == "Präsident"


def test_derived_adjectives_are_no_entities(seed: Document) -> None:
    surfaces = {m.text for e in seed.entities for m in e.mentions}
    assert not {"russischen", "russische", "diplomatische"} & surfaces


def test_mention_offsets_point_into_the_text(seed: Document) -> None:
    for entity in seed.entities:
        for mention in entity.mentions:
            assert seed.text[mention.start : mention.end] == mention.text
