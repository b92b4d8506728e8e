"""Unit tests of the quotation scorer (benchmarks/quotes_scoring.py) on hand-made inputs.

No corpus is needed: these pin the alignment, matching and speaker rules the quotation
benchmark and its floor test rely on.
"""

from __future__ import annotations

from typing import Any

import pytest
from benchmarks.quotes_scoring import (
    NO_SPEAKER,
    Article,
    Counts,
    GoldQuote,
    GoldSpeaker,
    Prediction,
    PredQuote,
    align,
    gnq_gold,
    litbank_article,
    litbank_speaker,
    match,
    merge_duplicates,
    names_agree,
    prediction_from_document,
    regex_quotes,
    score_article,
    trimmed,
)

from newsgraph.model import Document, Entity, Mention, Quote


def _gold(kind: str | None, start: int, end: int, speaker: GoldSpeaker = NO_SPEAKER) -> GoldQuote:
    return GoldQuote(kind, ((start, end),), (speaker,), str(kind))  # type: ignore[arg-type]


def _pred(kind: str, start: int, end: int, **speaker: Any) -> PredQuote:
    return PredQuote(kind, (start, end), **speaker)  # type: ignore[arg-type]


def _score(
    text: str,
    gold: list[GoldQuote],
    preds: list[PredQuote],
    kinds: frozenset[str] = frozenset({"direct"}),
    mentions: tuple[tuple[tuple[int, int], str], ...] = (),
) -> Counts:
    counts = Counts()
    score_article(
        Article("t", text, tuple(gold), "de"), Prediction(tuple(preds), mentions), kinds, counts
    )
    return counts


# --------------------------------------------------------------------------- alignment


def test_align_identity() -> None:
    assert align("abc", "abc").to_original == (0, 1, 2)


def test_align_maps_back_across_deletions() -> None:
    original = "Er sagte:  < /p> „Wir  kommen.“\n\n\nÄhnliche Themen:"
    cleaned = "Er sagte: „Wir kommen.“"
    alignment = align(original, cleaned)
    for j, o in enumerate(alignment.to_original):
        assert o < 0 or original[o] == cleaned[j]
    start = cleaned.index("„")
    span = alignment.span(start, len(cleaned))
    assert span is not None
    assert original[span[0] : span[1]] == "„Wir  kommen.“"


def test_align_repaired_characters_stay_near() -> None:
    """ftfy-style repairs replace characters; the words around them still anchor the span."""
    original = "Der MinisterprÃ¤sident sagte gestern etwas."
    cleaned = "Der Ministerpräsident sagte gestern etwas."
    alignment = align(original, cleaned)
    start, at = cleaned.index("sagte"), original.index("sagte")
    assert alignment.span(start, start + 5) == (at, at + 5)
    word = alignment.span(4, 4 + len("Ministerpräsident"))
    assert word == (4, original.index(" sagte"))


def test_alignment_span_of_nothing_mapped_is_none() -> None:
    assert align("ab", "ab").span(2, 2) is None


# --------------------------------------------------------------------------- baseline regex


def test_regex_needs_four_words_and_one_line() -> None:
    text = (
        "„Das ist ein ganzer Satz“, „zu kurz“ und »Dies ist auch einer«. "
        '"Gerade Zeichen gehen auch"'
    )
    found = [text[s:e] for s, e in regex_quotes(text)]
    assert found == [
        "„Das ist ein ganzer Satz“",
        "»Dies ist auch einer«",
        '"Gerade Zeichen gehen auch"',
    ]
    broken = "„Dies ist\nein ganzer Satz“"
    assert regex_quotes(broken) == []
    assert regex_quotes(broken, line_breaks=True) == [(0, len(broken))]


# --------------------------------------------------------------------------- matching


def test_each_gold_matches_one_prediction() -> None:
    golds = [_gold("direct", 0, 10)]
    assert match(golds, [_pred("direct", 0, 5), _pred("direct", 5, 10)]) == [(0, 0)]


def test_nested_golds_keep_their_partners() -> None:
    golds = [_gold("direct", 0, 100), _gold("direct", 10, 20)]
    preds = [_pred("direct", 10, 20), _pred("direct", 0, 100)]
    assert match(golds, preds) == [(0, 1), (1, 0)]


def test_matching_is_maximal() -> None:
    """Greedy by similarity alone gives g0 to p0 (a tie with g1) and leaves p1 unmatched."""
    golds = [_gold("direct", 0, 10), _gold("direct", 10, 20)]
    preds = [_pred("direct", 0, 20), _pred("direct", 0, 3)]
    assert match(golds, preds) == [(0, 1), (1, 0)]


def test_trimmed_drops_marks_and_punctuation() -> None:
    text = " „Wir kommen.“, "
    assert text[slice(*trimmed(text, (0, len(text))))] == "Wir kommen"


# --------------------------------------------------------------------------- detection counts


def test_excluded_types_neither_count_nor_punish() -> None:
    text = "x" * 100
    gold = [_gold("direct", 0, 10), _gold(None, 50, 60)]
    c = _score(text, gold, [_pred("direct", 2, 8), _pred("direct", 52, 58)])
    assert (c.tp, c.fp, c.fn, c.ignored) == (1, 0, 0, 1)


def test_wrong_kind_is_a_false_positive() -> None:
    text = "x" * 100
    gold = [_gold("indirect", 0, 10)]
    c = _score(text, gold, [_pred("direct", 0, 10)])
    assert (c.tp, c.fp, c.fn) == (0, 1, 0)
    any_kind = _score(text, gold, [_pred("direct", 0, 10)], frozenset({"direct", "indirect"}))
    assert (any_kind.tp, any_kind.fp, any_kind.fn) == (1, 0, 0)


def test_exact_and_token_figures() -> None:
    text = "Er sagte: „Wir kommen morgen.“ Dann ging er."
    start = text.index("„")
    end = text.index("“") + 1
    c = _score(text, [_gold("direct", start, end)], [_pred("direct", start + 1, end - 2)])
    assert c.prf == (1.0, 1.0, 1.0)
    assert c.exact_prf == (1.0, 1.0, 1.0)
    half = _score(text, [_gold("direct", start, end)], [_pred("direct", start, start + 5)])
    assert half.exact_tp == 0
    assert half.token_prf[:2] == (1.0, 1 / 3)


def test_duplicate_gold_is_one_quote_with_two_speakers() -> None:
    a = _gold("direct", 0, 10, GoldSpeaker(((20, 25),), "Müller", "scorable"))
    b = _gold("direct", 0, 10, GoldSpeaker(((30, 35),), "Focus", "scorable"))
    merged = merge_duplicates([a, b, _gold("indirect", 0, 10)])
    assert len(merged) == 2
    assert [s.text for s in merged[0].speakers] == ["Müller", "Focus"]
    c = _score("x" * 40, list(merged), [_pred("direct", 0, 10, speaker_text="Focus")])
    assert (c.tp, c.fn, c.speaker_correct, c.speaker_scored) == (1, 0, 1, 1)


# --------------------------------------------------------------------------- speakers

TEXT = "Midjiyawa Bakary, der Gouverneur der Region Far North, sagte: „Wir sind bereit.“"
SPEAKER = GoldSpeaker(((0, 53),), TEXT[:53], "scorable")
QUOTE = (TEXT.index("„"), len(TEXT))
MENTIONS = (((0, 16), "PER"), ((44, 53), "LOC"))


def _speaker_ok(**speaker: Any) -> bool:
    gold = [_gold("direct", *QUOTE, speaker=SPEAKER)]
    c = _score(TEXT, gold, [_pred("direct", *QUOTE, **speaker)], mentions=MENTIONS)
    assert c.speaker_scored == 1
    return c.speaker_correct == 1


def test_speaker_by_entity_mention_in_gold_span() -> None:
    assert _speaker_ok(speaker_name="Bakary", speaker_label="PER", speaker_mentions=((0, 16),))


def test_speaker_place_inside_the_speaker_phrase_is_wrong() -> None:
    assert not _speaker_ok(
        speaker_name="Far North",
        speaker_label="LOC",
        speaker_mentions=((44, 53),),
        speaker_text="Far North",
    )


def test_speaker_by_name_elsewhere_and_by_speaker_text() -> None:
    assert _speaker_ok(
        speaker_name="Midjiyawa Bakary", speaker_label="PER", speaker_mentions=((500, 516),)
    )
    assert _speaker_ok(speaker_text="der Gouverneur")
    assert not _speaker_ok(speaker_text="er")
    assert not _speaker_ok()


def test_pronoun_and_missing_gold_speakers_are_not_scored() -> None:
    pronoun = GoldSpeaker(((0, 2),), "Er", "pronoun")
    gold = [_gold("direct", 10, 20, pronoun), _gold("direct", 30, 40)]
    c = _score("x" * 50, gold, [_pred("direct", 10, 20), _pred("direct", 30, 40)])
    assert c.speaker_scored == 0
    assert c.speaker_unscored == {"pronoun": 1, "no_speaker": 1}


@pytest.mark.parametrize(
    ("gold", "predicted", "agree"),
    [
        ("Merkels Sprecher", "Angela Merkel", True),
        ("Kanzlerin Angela Merkel", "Merkel", True),
        ("der Sprecher", "er", False),
        ("Mrs Bennet", "Mr. Bennet", False),
        ("Mr Sherlock Holmes", "Holmes", True),
        ("die Polizei", "Polizeisprecher", False),
    ],
)
def test_names_agree(gold: str, predicted: str, agree: bool) -> None:
    assert names_agree(gold, predicted) is agree


# --------------------------------------------------------------------------- corpora


def test_gnq_type_mapping_and_speaker_status() -> None:
    def annotation(kind: str, speaker: str) -> dict[str, Any]:
        spans = [{"charBegin": 0, "charEnd": len(speaker)}] if speaker else []
        return {
            "type": kind,
            "quote": {
                "spans": [{"charBegin": 30, "charEnd": 40}, {"charBegin": 10, "charEnd": 20}]
            },
            "speaker": {"text": speaker, "spans": spans},
        }

    direct = gnq_gold(annotation("Direct", "Yang Liwei"))
    assert (direct.kind, direct.spans, direct.speaker_status) == (
        "direct",
        ((10, 20), (30, 40)),
        "scorable",
    )
    assert direct.hull == (10, 40)
    assert gnq_gold(annotation("IndirectFreeIndirect", "er")).kind == "indirect"
    assert gnq_gold(annotation("Indirect", "er")).speaker_status == "pronoun"
    assert gnq_gold(annotation("Indirect", "")).speaker_status == "no_speaker"
    assert gnq_gold(annotation("Reported", "Polizei")).kind is None
    assert gnq_gold(annotation("FreeIndirect", "Polizei")).kind is None


def test_litbank_records_become_character_spans() -> None:
    text = "He looked up .\n“ Good night , ” said he .\n“ Come in ,\nsir . ”\n"
    records = [
        "QUOTE\tQ1\t1\t0\t1\t4\t“ Good night , ”",
        "ATTRIB\tQ1\tJack_Durbeyfield-0",
        "QUOTE\tQ2\t2\t0\t3\t2\t“ Come in , sir . ”",
        "ATTRIB\tQ2\tthe_parson-3",
    ]
    article = litbank_article("x", text, records)
    first, second = article.gold
    assert text[slice(*first.hull)] == "“ Good night , ”"
    assert text[slice(*second.hull)] == "“ Come in ,\nsir . ”"
    assert (first.speakers[0].text, first.speaker_status) == ("Jack Durbeyfield", "scorable")
    assert second.speaker_status == "descriptive"


@pytest.mark.parametrize(
    ("chain", "status"),
    [
        ("Mr__Sherlock_Holmes-2", "scorable"),
        ("Parson_Tringham-4", "scorable"),
        ("Uncle-1", "descriptive"),
        ("The_boy-3", "descriptive"),
        ("Tom_s_aunt-5", "descriptive"),
        ("I-0", "descriptive"),
    ],
)
def test_litbank_speaker_labels(chain: str, status: str) -> None:
    text = "My uncle and the parson met Mr. Sherlock Holmes and Parson Tringham ."
    assert litbank_speaker(chain, text)[1] == status


# --------------------------------------------------------------------------- newsgraph output


def test_prediction_from_document_maps_quotes_and_mentions() -> None:
    original = "<p>Putin sagte:   „Wir kommen nicht.“</p>"
    cleaned = "Putin sagte: „Wir kommen nicht.“"
    putin = Entity("e1", "Wladimir Putin", "PER", "putin", [Mention(0, 5, "Putin")])
    start = cleaned.index("„")
    doc = Document(
        id="d",
        text=cleaned,
        entities=[putin],
        quotes=[
            Quote("q1", "direct", cleaned[start:], start, len(cleaned), "e1", "Putin", "sagte")
        ],
    )
    prediction = prediction_from_document(doc, align(original, cleaned))
    (quote,) = prediction.quotes
    assert original[slice(*quote.span)] == "„Wir kommen nicht.“"
    assert quote.speaker_mentions == ((3, 8),)
    assert (quote.speaker_name, quote.speaker_label) == ("Wladimir Putin", "PER")
    assert prediction.mentions == (((3, 8), "PER"),)
