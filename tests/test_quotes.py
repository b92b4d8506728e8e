"""Quotations end to end: styles, cue orders, indirect speech, speakers — and the seed."""

from __future__ import annotations

import time

import pytest

from newsgraph import Document, extract
from newsgraph import quotes as quotes_module
from newsgraph.model import Quote
from newsgraph.quotation_marks import quotations
from newsgraph.quotes import _speech_act
from newsgraph.speech import lexicon, points_back
from tests.conftest import SEED

# Far above what the linear reading takes (milliseconds), far below the exponential one.
LINEAR_SECONDS = 5


def speaker_name(doc: Document, quote: Quote) -> str | None:
    names = {e.id: e.name for e in doc.entities}
    return names.get(quote.speaker) if quote.speaker else None


def only(doc: Document, kind: str) -> list[Quote]:
    return [q for q in doc.quotes if q.kind == kind]


@pytest.fixture(scope="module")
def seed() -> Document:
    return extract(SEED.read_text(encoding="utf-8"))


def test_seed_direct_quotations_are_whole_despite_broken_marks(seed: Document) -> None:
    first, second = only(seed, "direct")
    assert first.text.startswith("Er hat das Gefühl")
    assert first.text.endswith("eine sehr wichtige Aufgabe für Russland")
    assert "„grauen“ Importen" in first.text
    assert (first.cue, first.speaker_text) == ("betonte", "Musaev")
    assert second.text.startswith("Zum Beispiel war Putin persönlich.“ Treffen mit Tokajew")
    assert second.text.endswith("Das war heute für ihn äußerst wichtig")
    assert (second.cue, second.speaker_text) == ("fügte", "er")
    assert speaker_name(seed, first) == speaker_name(seed, second) == "Alnur Musaev"


def test_seed_indirect_opinions_are_musaevs(seed: Document) -> None:
    indirect = only(seed, "indirect")
    opinions = [q for q in indirect if "Meinung nach" in q.text]
    assert [q.text.split()[0] for q in opinions] == ["Seiner", "Insbesondere"]
    assert {speaker_name(seed, q) for q in opinions} == {"Alnur Musaev"}


def test_quote_offsets_point_into_the_text(seed: Document) -> None:
    for quote in seed.quotes:
        assert seed.text[quote.start : quote.end].strip() == quote.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Das ist ein langer Satz.“ Dann kam „mehr davon“.",
            ["Das ist ein langer Satz.", "mehr davon"],
        ),
        ("»Wir bleiben hier in Berlin«, sagte sie.", ["Wir bleiben hier in Berlin"]),
        ("«Мы не отступим никогда», — заявил он.", ["Мы не отступим никогда"]),
        ('"We will not move an inch," he said.', ["We will not move an inch,"]),
        (
            "“It is, as they say, ‘complicated’ but fine,” she said.",
            ["It is, as they say, ‘complicated’ but fine,"],
        ),
        ("‚Das ist ein Zitat im Zitat‘ steht hier.", []),
        (
            "Er sagte: „Das läuft einfach weiter bis zum Ende",
            ["Das läuft einfach weiter bis zum Ende"],
        ),
        ("„A b c d.“ Mehr Text. E f g h.“, sagte er.", ["A b c d.“ Mehr Text. E f g h."]),
        ("Don’t say it’s over, it’s not.", []),
        (
            "„Kein Ende in Sicht\n„Und es geht weiter“, sagte er.",
            ["Kein Ende in Sicht\n„Und es geht weiter"],
        ),
    ],
    ids=[
        "german-low-high",
        "german-guillemets",
        "russian-guillemets",
        "straight-double",
        "english-nested-single",
        "german-single-alone-is-no-quotation",
        "unclosed-runs-to-paragraph-end",
        "stray-closing-mark-extends",
        "apostrophes",
        "continuation-paragraph",
    ],
)
def test_quotation_marks(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in quotations(text)] == expected


def test_dash_style_quotation_and_its_speaker() -> None:
    text = (
        "Министр выступил в Москве.\n"
        "— Имидж страны пострадал, — считает политолог Иванов. — Это надолго."
    )
    found = [text[q.start : q.end] for q in quotations(text)]
    assert found == ["Имидж страны пострадал", "Это надолго."]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "„Wir werden die Ukraine weiter unterstützen“, sagte Olaf Scholz in Berlin.",
            "Olaf Scholz",
            "sagte",
        ),
        ("„Wir werden die Ukraine weiter unterstützen“, betonte Scholz.", "Scholz", "betonte"),
        (
            "Olaf Scholz sagte: „Wir werden die Ukraine weiter unterstützen.“",
            "Olaf Scholz",
            "sagte",
        ),
        ("Scholz: „Wir werden die Ukraine weiter unterstützen.“", "Scholz", ":"),
        ("„Wir werden die Ukraine weiter unterstützen“, so Olaf Scholz.", "Olaf Scholz", "so"),
    ],
    ids=["inverted-after", "surname-after", "before-colon", "name-colon", "so-x"],
)
def test_german_cue_orders(text: str, speaker: str, cue: str) -> None:
    doc = extract(text, language="de")
    [quote] = only(doc, "direct")
    assert (quote.cue, quote.speaker_text) == (cue, speaker)
    assert speaker_name(doc, quote) is not None


def test_pronoun_speaker_is_the_last_speaker() -> None:
    doc = extract(
        "Angela Merkel traf Emmanuel Macron in Paris. Merkel sagte, die Lage sei ernst. "
        "„Wir müssen gemeinsam handeln, und zwar schnell“, fügte sie hinzu.",
        language="de",
    )
    [quote] = only(doc, "direct")
    assert quote.speaker_text == "sie"
    assert speaker_name(doc, quote) == "Angela Merkel"


def test_role_noun_speaker_is_the_entity_with_that_role() -> None:
    doc = extract(
        "General Alnur Musaev war Chef des Geheimdienstes. Präsident Tokajew schwieg. "
        "„Das war ein Fehler der ganzen Regierung“, sagte der General später.",
        language="de",
    )
    [quote] = only(doc, "direct")
    assert speaker_name(doc, quote) == "Alnur Musaev"


def test_no_speaker_keeps_the_words() -> None:
    doc = extract("„Das ist das Ende einer langen Geschichte“, sagte ein Sprecher.", language="de")
    [quote] = only(doc, "direct")
    assert quote.speaker is None
    assert quote.speaker_text == "ein Sprecher"


def test_titles_and_scare_quotes_are_not_quotations() -> None:
    doc = extract(
        "Der Browser „Mozilla Firefox“ hat eine Lücke. Der Film „Der Untergang“ lief gestern.",
        language="de",
    )
    assert only(doc, "direct") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Olaf Scholz sagte am Montag, dass die Hilfe weitergehe.",
            "dass die Hilfe weitergehe.",
            "Olaf Scholz",
        ),
        (
            "Die Hilfe werde weitergehen, sagte Olaf Scholz am Montag.",
            "Die Hilfe werde weitergehen",
            "Olaf Scholz",
        ),
        (
            "Laut Olaf Scholz wird die Hilfe weitergehen.",
            "Laut Olaf Scholz wird die Hilfe weitergehen.",
            "Olaf Scholz",
        ),
        (
            "Olaf Scholz zufolge wird die Hilfe weitergehen.",
            "Olaf Scholz zufolge wird die Hilfe weitergehen.",
            "Olaf Scholz",
        ),
        ("Die Hilfe gehe weiter, so Olaf Scholz.", "Die Hilfe gehe weiter", "Olaf Scholz"),
    ],
    ids=["sagte-dass", "final-cue", "laut", "zufolge", "so-x"],
)
def test_german_indirect_speech(text: str, content: str, speaker: str) -> None:
    doc = extract(text, language="de")
    [quote] = only(doc, "indirect")
    assert quote.text == content
    assert speaker_name(doc, quote) == speaker


def test_unbalanced_marks_never_raise() -> None:
    for text in ["„", "“", "„„„ a “", "« » « »", '"', "— ", "—\n—", "„a“ b“ c“ d“"]:
        extract(text + " Ein Satz, damit es Text gibt.", language="de")


@pytest.mark.parametrize(
    ("language", "sentence", "verb"),
    [
        pytest.param("de", "Das sagte Olaf Scholz im Interview.", "sagte", id="de-das-sagte"),
        pytest.param(
            "de", "Darüber erzählt General Alnur Musaev auf Espresso.", "erzählt", id="de-darueber"
        ),
        pytest.param(
            "de", "Das musste Minister Olaf Scholz einräumen.", "einräumen", id="de-final-verb"
        ),
        pytest.param("en", "That was said by John Smith on CNN.", "said", id="en-that-was-said"),
        pytest.param(
            "ru", "Об этом рассказал генерал Алексей Петров.", "рассказал", id="ru-ob-etom"
        ),
        pytest.param("ru", "Это сказал генерал Алексей Петров.", "сказал", id="ru-eto"),
        pytest.param(
            "uk", "Про це розповів генерал Олексій Петренко.", "розповів", id="uk-pro-tse"
        ),
    ],
)
def test_a_sentence_points_back_through_its_speech_verb(
    language: str, sentence: str, verb: str
) -> None:
    """The pointing words may be two (`Об этом`, `Про це`): the verb after them is the cue."""
    lex = lexicon(language)
    assert lex is not None
    pointer = points_back(lex, sentence)
    assert pointer is not None and pointer.verb.group(0) == verb
    act = _speech_act(sentence, lex, (0, len(sentence)))
    assert act is not None and act.cue == verb


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Das Gericht teilte das Urteil mit.", id="article-before-a-noun"),
        pytest.param("Das heißt, die Frist läuft ab.", id="das-heisst"),
        pytest.param("Dazu gehöre die Gesichtserkennung.", id="no-speech-verb"),
        pytest.param("Das wird sich zeigen.", id="no-auxiliary-before-a-final-verb"),
    ],
)
def test_a_sentence_that_does_not_point_back(sentence: str) -> None:
    lex = lexicon("de")
    assert lex is not None
    assert points_back(lex, sentence) is None


def test_a_long_capitalised_run_is_read_in_linear_time() -> None:
    """A run of capitalised words that fails at its end once took exponential time."""
    run = " ".join(["Word"] * 30)
    assert quotes_module.NAMEISH.match(run + " end") is None
    assert quotes_module.NAMEISH.match("Minister Olaf Scholz") is not None
    started = time.perf_counter()
    extract(f"{run} end, {run} x, sagte er.", language="de")
    assert time.perf_counter() - started < LINEAR_SECONDS
