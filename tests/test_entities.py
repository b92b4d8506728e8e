"""Grouping mentions into entities, given the names a recogniser found.

The spans here are written by hand (what a perfect recogniser would return), so these tests hold
the grouping rules themselves; `test_seed_entities.py` runs the real model end to end.
"""

from __future__ import annotations

import re

import pytest

from newsgraph.entities import group_entities
from newsgraph.model import Document, Entity, NamedSpan
from tests.conftest import SEED


def annotate(text: str, names: dict[str, str], language: str) -> Document:
    """Every occurrence of each name (longest names first, no overlaps) becomes a span."""
    taken: list[tuple[int, int]] = []
    spans: list[NamedSpan] = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append(match.span())
            spans.append(NamedSpan(match.start(), match.end(), names[name]))
    doc = Document(id="t", text=text, language=language)
    doc.names = sorted(spans, key=lambda s: s.start)
    return group_entities(doc)


def by_name(doc: Document) -> dict[str, Entity]:
    return {e.name: e for e in doc.entities}


def surfaces(entity: Entity) -> set[str]:
    return {m.text for m in entity.mentions}


SEED_NAMES = {
    "Putin": "PER",
    "Wladimir Putin": "PER",
    "Tokajew": "PER",
    "Kasym-Schomart Tokajew": "PER",
    "Kasim-Schomart Tokajew": "PER",
    "General Alnur Musaev": "PER",
    "Musaev": "PER",
    "Russischen Föderation": "LOC",
    "Ukraine": "LOC",
    "Kasachstan": "LOC",
    "Kasachstans": "LOC",
    "Russland": "LOC",
    "Zentralasien": "LOC",
    "Kirgisistan": "LOC",
    "Astana": "LOC",
    "Nationalen Sicherheitskomitees von Kasachstan": "ORG",
    "Espresso": "ORG",
    "Kreml": "ORG",
    "Haager Tribunal": "ORG",
}


@pytest.fixture(scope="module")
def seed() -> dict[str, Entity]:
    return by_name(annotate(SEED.read_text(encoding="utf-8"), SEED_NAMES, "de"))


def test_seed_people_one_entity_each(seed: dict[str, Entity]) -> None:
    people = {name for name, e in seed.items() if e.label == "PER"}
    assert people == {"Wladimir Putin", "Kasym-Schomart Tokajew", "Alnur Musaev"}
    assert surfaces(seed["Wladimir Putin"]) == {"Putin", "Wladimir Putin"}
    assert surfaces(seed["Kasym-Schomart Tokajew"]) == {
        "Tokajew",
        "Kasym-Schomart Tokajew",
        "Kasim-Schomart Tokajew",
    }
    assert surfaces(seed["Alnur Musaev"]) == {"General Alnur Musaev", "Musaev"}


def test_seed_roles(seed: dict[str, Entity]) -> None:
    assert seed["Alnur Musaev"].role == "General"
    assert seed["Kasym-Schomart Tokajew"].role == "Präsident"
    assert seed["Wladimir Putin"].role in {"Präsident", "Diktator"}


def test_seed_places_inflected_and_official_names_meet(seed: dict[str, Entity]) -> None:
    assert surfaces(seed["Kasachstan"]) == {"Kasachstan", "Kasachstans"}
    assert surfaces(seed["Russland"]) == {"Russland", "Russischen Föderation"}
    places = {name for name, e in seed.items() if e.label == "LOC"}
    assert places == {"Kasachstan", "Russland", "Ukraine", "Kirgisistan", "Zentralasien", "Astana"}


def test_seed_organisations(seed: dict[str, Entity]) -> None:
    orgs = {name for name, e in seed.items() if e.label == "ORG"}
    assert orgs == {
        "Nationalen Sicherheitskomitees von Kasachstan",
        "Espresso",
        "Kreml",
        "Haager Tribunal",
    }
    assert len(seed["Haager Tribunal"].mentions) == 2


def test_every_mention_keeps_its_offsets() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = annotate(text, SEED_NAMES, "de")
    for entity in doc.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    assert sum(len(e.mentions) for e in doc.entities) == len(doc.names)


@pytest.mark.parametrize(
    ("text", "names", "language", "groups"),
    [
        pytest.param(
            "Bill Clinton traf Hillary Clinton. Clinton sagte nichts.",
            {"Bill Clinton": "PER", "Hillary Clinton": "PER", "Clinton": "PER"},
            "de",
            [{"Bill Clinton"}, {"Hillary Clinton", "Clinton"}],
            id="de-namesakes-stay-two-bare-surname-to-latest",
        ),
        pytest.param(
            "Angela Merkel kam. Merkels Rede war kurz. Merkel ging.",
            {"Angela Merkel": "PER", "Merkels": "PER", "Merkel": "PER"},
            "de",
            [{"Angela Merkel", "Merkels", "Merkel"}],
            id="de-genitive",
        ),
        pytest.param(
            "Bundeskanzler Olaf Scholz sprach. Der Kanzler Scholz ging.",
            {"Bundeskanzler Olaf Scholz": "PER", "Scholz": "PER"},
            "de",
            [{"Bundeskanzler Olaf Scholz", "Scholz"}],
            id="de-role-in-span",
        ),
        pytest.param(
            "Putin reiste ab. Später kam Wladimir Putin zurück.",
            {"Putin": "PER", "Wladimir Putin": "PER"},
            "de",
            [{"Putin", "Wladimir Putin"}],
            id="de-surname-before-full-name",
        ),
        pytest.param(
            "Ramsan Kadyrow und Achmat Kadyrow wurden genannt.",
            {"Ramsan Kadyrow": "PER", "Achmat Kadyrow": "PER"},
            "de",
            [{"Ramsan Kadyrow"}, {"Achmat Kadyrow"}],
            id="de-family-members",
        ),
        pytest.param(
            "Die Ukraine und die Republik Kasachstan. Kasachstans Präsident.",
            {"Ukraine": "LOC", "Republik Kasachstan": "LOC", "Kasachstans": "LOC"},
            "de",
            [{"Ukraine"}, {"Republik Kasachstan", "Kasachstans"}],
            id="de-official-country-name",
        ),
        pytest.param(
            "Mr. Lavrov met Sergey Lavrov's deputy. Lavrov's aide said so.",
            {"Mr. Lavrov": "PER", "Sergey Lavrov's": "PER", "Lavrov's": "PER"},
            "en",
            [{"Mr. Lavrov", "Sergey Lavrov's", "Lavrov's"}],
            id="en-title-and-possessive",
        ),
        pytest.param(
            "George W. Bush and George H. W. Bush were both there. G. Bush spoke.",
            {"George W. Bush": "PER", "George H. W. Bush": "PER", "G. Bush": "PER"},
            "en",
            [{"George W. Bush"}, {"George H. W. Bush", "G. Bush"}],
            id="en-middle-initials-differ-ambiguous-initial-to-latest",
        ),
        pytest.param(
            "The Russian Federation and Russia are one; the United States another.",
            {"Russian Federation": "LOC", "Russia": "LOC", "United States": "LOC"},
            "en",
            [{"Russian Federation", "Russia"}, {"United States"}],
            id="en-country-names",
        ),
        pytest.param(
            "Volodymyr Zelensky spoke. Volodymyr Zelenskyy answered. Olena Zelenska listened.",
            {"Volodymyr Zelensky": "PER", "Volodymyr Zelenskyy": "PER", "Olena Zelenska": "PER"},
            "en",
            [{"Volodymyr Zelensky", "Volodymyr Zelenskyy"}, {"Olena Zelenska"}],
            id="en-spelling-variant-not-spouse",
        ),
        pytest.param(
            "Делегація прибула до Києва вчора. Переговори пройшли у Києві.",
            {"Києва": "LOC", "Києві": "LOC"},
            "uk",
            [{"Києва", "Києві"}],
            id="uk-capital-in-two-cases",
        ),
        pytest.param(
            "Die Delegation kam nach Kiew. In Kyjiw wurde verhandelt.",
            {"Kiew": "LOC", "Kyjiw": "LOC"},
            "de",
            [{"Kiew", "Kyjiw"}],
            id="de-capital-two-spellings",
        ),
    ],
)
def test_grouping_rules(
    text: str, names: dict[str, str], language: str, groups: list[set[str]]
) -> None:
    doc = annotate(text, names, language)
    assert [surfaces(e) for e in doc.entities] == groups


def test_role_and_title_kept_apart_from_name() -> None:
    doc = annotate(
        "Prime Minister Boris Johnson spoke. Dr. Anna Smith replied.",
        {"Boris Johnson": "PER", "Dr. Anna Smith": "PER"},
        "en",
    )
    people = by_name(doc)
    assert people["Boris Johnson"].role == "Prime Minister"
    assert people["Anna Smith"].role == "Dr."


def test_derived_lowercase_forms_are_no_entities() -> None:
    doc = annotate("Die russische Armee.", {"russische": "MISC"}, "de")
    assert doc.entities == []


def test_a_relative_named_by_the_same_surname_is_another_person() -> None:
    text = "Clinton attacked Trump. Trump's wife, Melania Trump, spoke. Trump laughed."
    doc = annotate(text, {"Clinton": "PER", "Trump": "PER", "Melania Trump": "PER"}, "en")
    people = by_name(doc)
    assert [m.text for m in people["Melania Trump"].mentions] == ["Melania Trump"]
    assert [m.text for m in people["Trump"].mentions] == ["Trump", "Trump", "Trump"]


def test_without_a_family_word_the_surname_joins_the_full_name() -> None:
    text = "Trump spoke. Later Melania Trump spoke."
    doc = annotate(text, {"Trump": "PER", "Melania Trump": "PER"}, "en")
    assert surfaces(by_name(doc)["Melania Trump"]) == {"Trump", "Melania Trump"}
