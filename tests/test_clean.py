"""Cleaning: repairs, removals with reasons, boilerplate in four languages, title rules."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.boilerplate import boilerplate_lines
from newsgraph.clean import clean, repair
from newsgraph.errors import InputError
from newsgraph.model import Document
from tests.conftest import CASES, EXAMPLES

BOILERPLATE = CASES / "boilerplate"


def cleaned(text: str, title: str | None = None) -> Document:
    return clean(Document(id="t", text=text, title=title))


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_footer_removed_article_kept(lang: str) -> None:
    raw = (BOILERPLATE / f"{lang}.txt").read_text(encoding="utf-8")
    expected = json.loads((BOILERPLATE / f"{lang}.expected.json").read_text(encoding="utf-8"))
    doc = cleaned(raw)
    assert doc.text.endswith(expected["article_last_sentence"])
    assert [r.text for r in doc.removed] == expected["boilerplate"]
    article = raw.split(expected["article_last_sentence"])[0]
    for line in article.splitlines():
        assert line.strip() in doc.text


def test_ukrainian_footer_lines_after_an_article() -> None:
    footer = (BOILERPLATE / "uk_footer_lines.txt").read_text(encoding="utf-8").splitlines()
    article = [
        "Президент провів зустріч з міністром оборони у Києві.",
        "Про це повідомила пресслужба Офісу президента у четвер.",
    ]
    drop = boilerplate_lines(article + footer)
    assert sorted(drop) == list(range(len(article), len(article) + len(footer)))


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Putin visits Astana",
        "Tags: Putin, Kasachstan, Tokajew",
        "Home › World › Europe",
        "Share on Facebook",
        "Поділитися",
        "Подписывайтесь на наш Telegram-канал",
        "Alle Cookies akzeptieren",
    ],
)
def test_prompt_lines_removed_anywhere(line: str) -> None:
    text = f"Erster Absatz des Artikels mit einem Satz.\n{line}\nZweiter Absatz, auch ein Satz."
    doc = cleaned(text)
    assert line not in doc.text
    assert "Zweiter Absatz, auch ein Satz." in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Teilen der Stadt wurden am Montag überflutet.",
        "Home Secretary Priti Patel said the plan would go ahead.",
        "Related parties must disclose their interests, the minister said.",
        "Kommentare dazu gab es keine.",
    ],
)
def test_sentences_that_start_like_a_phrase_are_kept(line: str) -> None:
    doc = cleaned(f"Eine Überschrift ohne Punkt\n{line}\nNoch ein Satz des Artikels.")
    assert line in doc.text
    assert doc.removed == []


def test_link_list_after_a_header_in_the_middle() -> None:
    text = (
        "Erster Absatz des Artikels.\n"
        "Lesen Sie auch:\n"
        "Kanzler trifft Präsidenten in Berlin\n"
        "Streik bei der Bahn geht weiter\n"
        "Der Artikel geht hier weiter, mit einem Satz.\n"
    )
    doc = cleaned(text)
    assert doc.text == "Erster Absatz des Artikels.\nDer Artikel geht hier weiter, mit einem Satz."
    assert [(r.text, r.reason) for r in doc.removed] == [
        ("Lesen Sie auch:", "boilerplate"),
        ("Kanzler trifft Präsidenten in Berlin", "link list"),
        ("Streik bei der Bahn geht weiter", "link list"),
    ]


def test_trailing_link_list_without_header() -> None:
    text = (
        "Ein Absatz des Artikels, der mit einem Punkt endet.\n"
        "Kanzler trifft Präsidenten in Berlin zum Gespräch\n"
        "Streik bei der Bahn geht am Montag weiter\n"
        "Neue Regeln für Mieter in ganz Deutschland\n"
    )
    doc = cleaned(text)
    assert doc.text == "Ein Absatz des Artikels, der mit einem Punkt endet."
    assert {r.reason for r in doc.removed} == {"link list"}


def test_two_short_trailing_lines_are_not_a_link_list() -> None:
    text = "Ein Absatz des Artikels, der mit einem Punkt endet.\nMax Mustermann\nBerlin"
    assert cleaned(text).text == text


def test_markup_entities_and_stray_marks() -> None:
    doc = cleaned(
        "Titel der Meldung\nDer Minister&nbsp;sagte <b>heute</b>, es gebe &bdquo;keine&ldquo; "
        "Einigung.<br>Neuer Absatz > hier.</p>\n<script>alert('x')</script>Letzter Satz."
    )
    assert doc.text == (
        "Titel der Meldung\nDer Minister sagte heute, es gebe „keine“ Einigung.\n"
        "Neuer Absatz hier.\nLetzter Satz."
    )
    reasons = {(r.text, r.reason, r.replacement) for r in doc.removed}
    assert ("&nbsp;", "markup entity", "\xa0") in reasons
    assert ("&bdquo;", "markup entity", "„") in reasons
    assert ("<b>", "markup", None) in reasons
    assert ("<script>alert('x')</script>", "markup", None) in reasons
    assert (">", "stray markup", None) in reasons


def test_comparisons_between_numbers_are_not_stray_marks() -> None:
    assert "3 > 2" in cleaned("Ein Satz mit 3 > 2 im Text.").text


def test_mojibake_repaired_and_listed_curly_quotes_kept() -> None:
    doc = cleaned("Titel\nâ€žDas ist gut fÃ¼r Russlandâ€œ, sagte er. „Echt“ und “so”.")
    assert doc.text == "Titel\n„Das ist gut für Russland“, sagte er. „Echt“ und “so”."
    assert any(r.reason == "unicode repair" and r.replacement == "ü" for r in doc.removed)


def test_paragraphs_stay_and_blank_runs_shrink() -> None:
    doc = cleaned("Titel\n\n\n\nErster Absatz.\r\n\r\nZweiter   Absatz.\u200b")
    assert doc.text == "Titel\n\nErster Absatz.\n\nZweiter Absatz."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Putin besucht Astana\nDer Präsident reiste am Donnerstag.", "Putin besucht Astana"),
        (
            "Was will Putin in Astana?\nDer Präsident reiste am Donnerstag.",
            "Was will Putin in Astana?",
        ),
        ("Der Präsident reiste am Donnerstag.\nEr traf Tokajew.", None),
        ("Nur eine Zeile ohne Punkt", None),
    ],
)
def test_title_from_first_line_only_when_it_reads_as_headline(text: str, title: str | None) -> None:
    assert cleaned(text).title == title


def test_metadata_title_comes_first_in_text() -> None:
    doc = cleaned("Der Präsident reiste am Donnerstag.", title="Putin in Astana")
    assert doc.title == "Putin in Astana"
    assert doc.text == "Putin in Astana\nDer Präsident reiste am Donnerstag."


def test_metadata_title_with_site_suffix_defers_to_the_headline_line() -> None:
    doc = cleaned(
        "Putin in Astana\nDer Präsident reiste am Donnerstag.", title="Putin in Astana | Espreso"
    )
    assert doc.title == "Putin in Astana"
    assert doc.text.count("Putin in Astana") == 1


def test_nothing_left_is_an_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        cleaned("Teilen\nKommentare\n<br>")


def _is_subsequence(needle: str, haystack: str) -> bool:
    chars = iter(haystack)
    return all(ch in chars for ch in needle)


def _visible(text: str) -> str:
    return re.sub(r"\s+", "", text)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_cleaning_never_raises_and_only_removes_after_repair(text: str) -> None:
    try:
        doc = cleaned(text)
    except InputError:
        return
    repaired, _ = repair(text)
    assert _is_subsequence(_visible(doc.text), _visible(repaired))


PLAIN = st.text(
    alphabet=st.sampled_from(list("abcXYZäöüß ЖжЇї.,!?:-–\n„“\"'0123")), min_size=1, max_size=300
)


@settings(max_examples=300, deadline=None)
@given(PLAIN)
def test_plain_text_is_never_added_to(text: str) -> None:
    try:
        doc = cleaned(text)
    except InputError:
        return
    assert _is_subsequence(_visible(doc.text), _visible(text))


def _example_record(number: int) -> str:
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return str(json.loads(lines[number - 1])["text"])


def test_share_gallery_and_photo_credit_lines_of_a_real_page() -> None:
    doc = cleaned(_example_record(2))
    assert [(r.text, r.reason) for r in doc.removed] == [
        ("Mailen", "boilerplate"),
        ("1 von 1", "boilerplate"),
        ("Foto: Matzen", "boilerplate"),
        ("1 von 1", "boilerplate"),
    ]
    assert doc.text.startswith("Immer wieder gibt es Verzögerungen")
    assert doc.title is None


def test_title_after_a_dateline() -> None:
    doc = cleaned(_example_record(1))
    assert doc.title == "Fear the Walking Dead-Premiere in Berlin"
    assert doc.text.startswith("Berlin, 07.04.2016, 14:42 VideoMarkt | Verkauf\n")


def test_a_quote_after_eszett_is_not_mojibake() -> None:
    assert cleaned("Titel\nEr kam zu „Fuß“ und sagte „groß“.").text.endswith(
        "„Fuß“ und sagte „groß“."
    )
