"""Language identification: ISO 639-1 codes, None rather than a guess."""

from __future__ import annotations

import pytest

from newsgraph.language import identify
from tests.conftest import CASES, EXAMPLES


@pytest.mark.parametrize(
    ("path", "code"),
    [
        (EXAMPLES / "seed" / "000_3add1eb52833d786.txt", "de"),
        (CASES / "encodings" / "de_latin1.utf8.txt", "de"),
        (CASES / "encodings" / "ru_cp1251.utf8.txt", "ru"),
        (CASES / "boilerplate" / "en.txt", "en"),
    ],
    ids=["seed", "de", "ru", "en"],
)
def test_articles(path: object, code: str) -> None:
    assert identify(path.read_text(encoding="utf-8")) == code  # type: ignore[attr-defined]


def test_ukrainian_is_not_russian() -> None:
    text = (
        "Президент України провів зустріч з міністром оборони. Про це повідомила пресслужба "
        "Офісу президента у четвер, додавши, що сторони обговорили постачання зброї."
    )
    assert identify(text) == "uk"


@pytest.mark.parametrize("text", ["", "   ", "12345 678", "ok", "Putin!"])
def test_no_guess_without_enough_letters(text: str) -> None:
    assert identify(text) is None
