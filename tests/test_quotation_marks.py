"""Quotation marks typed or tokenised in ways the pairing must still read."""

from __future__ import annotations

import pytest

from newsgraph.quotation_marks import quotations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German opening mark closed by a straight one
        (
            '„Das ist eine Größenordnung, die selten ist", zitiert der Sender den Sprecher.',
            ["Das ist eine Größenordnung, die selten ist"],
        ),
        # tokenised text (LitBank): a space after the opening mark
        ("“ we ’ll take over , mother , ” said he .", [" we ’ll take over , mother , "]),
    ],
)
def test_marks_are_paired(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in quotations(text)] == expected


def test_space_after_a_german_closing_mark_opens_nothing() -> None:
    """In German text `“` closes; a space after it does not make it an opening mark."""
    text = "„Wir bleiben hier“ sagte er und „gehen nicht weg“ fügte er hinzu."
    assert [text[q.start : q.end] for q in quotations(text)] == [
        "Wir bleiben hier",
        "gehen nicht weg",
    ]
