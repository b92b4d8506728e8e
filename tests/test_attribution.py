"""Source attribution: claims that reach the article through a person and a medium."""

from __future__ import annotations

import pytest

from newsgraph import extract
from tests.conftest import SEED


def attributions(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract(text, language=language)
    names = {e.id: e.name for e in doc.entities}
    return [
        (
            doc.text[a.claim_start : a.claim_end],
            names.get(a.speaker or ""),
            names.get(a.outlet or ""),
        )
        for a in doc.attributions
    ]


def test_seed_claim_is_musaevs_on_espresso() -> None:
    doc = extract(SEED.read_text(encoding="utf-8"))
    names = {e.id: e.name for e in doc.entities}
    [attribution] = [a for a in doc.attributions if names.get(a.outlet or "") == "Espresso"]
    claim = doc.text[attribution.claim_start : attribution.claim_end]
    assert claim.startswith("Zu Beginn der umfassenden russischen Invasion in der Ukraine übte")
    assert "Lieferung bestimmter Waffentypen" in claim
    assert names[attribution.speaker or ""] == "Alnur Musaev"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Der Minister sprach lange. Das sagte Olaf Scholz im Interview mit dem Spiegel.",
            "de",
            ("Der Minister sprach lange.", "Olaf Scholz", "Spiegel"),
        ),
        (
            "The deal is dead, Sergei Lavrov told Reuters on Monday.",
            "en",
            ("The deal is dead", "Sergei Lavrov", "Reuters"),
        ),
        (
            '"We will not give up," Zelensky told CNN.',
            "en",
            ("We will not give up,", "Zelensky", "CNN"),
        ),
        (
            "Laut Interfax wurden drei Menschen verletzt.",
            "de",
            ("Laut Interfax wurden drei Menschen verletzt.", None, "Interfax"),
        ),
    ],
    ids=["das-sagte-im-interview", "told-reuters", "quote-told-cnn", "laut-outlet"],
)
def test_attribution_shapes(
    text: str, language: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in attributions(text, language)


def test_no_medium_no_attribution() -> None:
    assert attributions("Olaf Scholz sagte, die Hilfe gehe weiter.", "de") == []
