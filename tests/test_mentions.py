"""Repairing the recogniser's spans before grouping: rules, joins, splits, labels, propagation."""

from __future__ import annotations

import pytest

from newsgraph.mentions import repair_mentions
from newsgraph.model import Document, NamedSpan
from newsgraph.ruler import outlet_spans, place_spans, rule_spans


def spans_of(
    text: str, found: list[tuple[str, str]], language: str = "de"
) -> list[tuple[str, str]]:
    """Run the stage on hand-made recogniser output; return (text, label) of every mention."""
    doc = Document(id="t", text=text, language=language)
    doc.names = []
    for name, label in found:
        start = text.index(name)
        doc.names.append(NamedSpan(start, start + len(name), label))
    doc.names.sort(key=lambda s: s.start)
    repaired = repair_mentions(doc).names
    return [(text[s.start : s.end], s.label) for s in repaired]


def test_quotes_trimmed_from_span_edges() -> None:
    assert spans_of("Er sprach mit „Kommersant“ darüber.", [("„Kommersant“", "ORG")]) == [
        ("Kommersant", "ORG")
    ]


def test_a_quotation_mark_opened_inside_a_name_keeps_its_closing_mark() -> None:
    text = "Контракт получило ООО «Ромашка» в марте."
    assert spans_of(text, [("ООО «Ромашка»", "ORG")], "ru") == [("ООО «Ромашка»", "ORG")]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Scholz kritisierte Putin scharf.", "Putin scharf", "Putin"),
        ("Abu Bakr al-Baghdadi sprach.", "Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi"),
    ],
)
def test_a_person_ends_with_a_capitalised_or_particled_word(
    text: str, found: str, expected: str
) -> None:
    assert (expected, "PER") in spans_of(text, [(found, "PER")])


def test_a_name_with_a_particle_is_not_split_as_two_people() -> None:
    text = "Ursula besuchte Kiew. Dann kam Ursula von der Leyen."
    found = [("Ursula", "PER"), ("Ursula von der Leyen", "PER")]
    assert ("Ursula von der Leyen", "PER") in spans_of(text, found)


def test_name_cut_in_two_is_joined() -> None:
    text = "Er traf Kasym-Schomart Tokajew in Astana."
    found = [("Kasym-Schomart", "LOC"), ("Tokajew", "PER"), ("Astana", "LOC")]
    assert spans_of(text, found) == [("Kasym-Schomart Tokajew", "PER"), ("Astana", "LOC")]


def test_two_known_people_glued_together_are_split() -> None:
    text = "Wladimir Putin kam. Tokajew wartete. Er wurde von Putin von Tokajew empfangen."
    found = [("Wladimir Putin", "PER"), ("Tokajew", "PER"), ("Putin von Tokajew", "PER")]
    result = spans_of(text, found)
    assert result == [
        ("Wladimir Putin", "PER"),
        ("Tokajew", "PER"),
        ("Putin", "PER"),
        ("Tokajew", "PER"),
    ]


def test_nobiliary_particle_is_not_glue() -> None:
    text = "Ursula von der Leyen sprach in Brüssel."
    assert spans_of(text, [("Ursula von der Leyen", "PER")]) == [("Ursula von der Leyen", "PER")]


@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ("Die Delegation besuchte Astana am Donnerstag.", "Astana", "de"),
        ("Die Gespräche in Kasachstan dauerten lange.", "Kasachstan", "de"),
        ("Talks in Kazakhstan went on.", "Kazakhstan", "en"),
        ("Die Armee rückte in den Gazastreifen vor.", "Gazastreifen", "de"),
        ("Обстрелы Донбасса продолжились.", "Донбасса", "ru"),
    ],
)
def test_places_get_loc_whatever_the_recogniser_said(text: str, name: str, language: str) -> None:
    assert spans_of(text, [(name, "ORG")], language) == [(name, "LOC")]


def test_a_place_ending_its_sentence_is_found_without_the_full_stop() -> None:
    text = "Die Armee rückte in den Gazastreifen."
    assert [text[s.start : s.end] for s in place_spans(text, "de")] == ["Gazastreifen"]


def test_recognised_names_found_again_in_the_document() -> None:
    text = "Putin reiste ab. Wladimir Putin sprach lange. Putins Rede endete, betonte Musaev."
    found = [("Wladimir Putin", "PER"), ("Musaev", "PER")]
    assert spans_of(text, found) == [
        ("Putin", "PER"),
        ("Wladimir Putin", "PER"),
        ("Putins", "PER"),
        ("Musaev", "PER"),
    ]


def test_propagation_keeps_to_whole_words_and_capitals() -> None:
    text = "Bach spielte. Der bach floss. Bachmann kam. Johann Sebastian Bach."
    found = [("Johann Sebastian Bach", "PER")]
    assert spans_of(text, found) == [("Bach", "PER"), ("Johann Sebastian Bach", "PER")]


def test_rule_name_wins_over_a_fragment_and_keeps_a_nested_place() -> None:
    text = "Der Chef des Nationalen Sicherheitskomitees von Kasachstan sprach."
    found = [("Sicherheitskomitees von", "MISC"), ("Kasachstan", "LOC")]
    assert spans_of(text, found) == [
        ("Nationalen Sicherheitskomitees von Kasachstan", "ORG"),
        ("Kasachstan", "LOC"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Er trank einen Espresso und ging.", []),
        ("Das sagte er auf Espresso, dem Sender.", ["Espresso"]),
        ("Der Kreml schwieg, die NATO auch.", ["Kreml", "NATO"]),
        ("Он сказал ТАСС, что Кремль молчит.", ["ТАСС", "Кремль"]),
        ("Die Europäische Zentralbank hob die Zinsen.", ["Europäische Zentralbank"]),
        ("Die russische Armee zog ab.", []),
        ("Russische Truppen zogen ab.", []),
        ("Die Milizen der al-Shabaab und der Hamas griffen an.", ["al-Shabaab", "Hamas"]),
        ("Soldaten der KFOR wurden verletzt.", ["KFOR"]),
        ("Der IS griff an, Kämpfer des IS flohen.", ["IS", "IS"]),
        ("THE WAR IS OVER", []),
    ],
)
def test_rule_names(text: str, names: list[str]) -> None:
    language = "ru" if text.startswith("Он") else "de"
    assert [
        text[s.start : s.end] for s in sorted(rule_spans(text, language), key=lambda s: s.start)
    ] == names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Das meldet die israelische Tageszeitung Haaretz online.", "de", ["Haaretz"]),
        ("Die Nachrichtenagentur „Sana“ spricht von Terror.", "de", ["Sana"]),
        ("Laut der Zeitung Russlands ist das falsch.", "de", []),
        ("Der Sender berichtete am Montag.", "de", []),
        ("The daily Kommersant reported it.", "en", ["Kommersant"]),
        ("The newspaper Monday edition was late.", "en", []),
        ("The Daily Mail reported it.", "en", []),
        ("Die Sendung sahen im Sender Millionen Zuschauer.", "de", []),
        ("Der Suezkanal Richtung Norden ist gesperrt.", "de", []),
        ("Das schrieb die Zeitung »Bild« am Montag.", "de", ["Bild"]),
        ("Laut der Agentur „Moody’s Daily“ ist das so.", "de", ["Moody’s Daily"]),
        ("Об этом сообщил журналист Андрей Иванов.", "ru", []),
        ("Вода ушла в канализацию Москвы.", "ru", []),
        (
            "Об этом пишет газета «Ведомости» со ссылкой на агентство Bloomberg.",
            "ru",
            ["Ведомости", "Bloomberg"],
        ),
        ("Про це повідомило видання «Українська правда».", "uk", ["Українська правда"]),
    ],
)
def test_outlets_named_after_a_noun_for_one(text: str, language: str, names: list[str]) -> None:
    assert [text[s.start : s.end] for s in outlet_spans(text, language)] == names


def test_a_known_outlet_after_an_outlet_noun_is_found_once() -> None:
    text = "Die Nachrichtenagentur Reuters meldete das."
    assert [text[s.start : s.end] for s in rule_spans(text, "de")] == ["Reuters"]


def test_a_country_before_a_full_name_is_split_off() -> None:
    text = "Госсекретарь США Хиллари Клинтон прилетела."
    assert spans_of(text, [("США Хиллари Клинтон", "PER")], "ru") == [
        ("США", "LOC"),
        ("Хиллари Клинтон", "PER"),
    ]


def test_a_first_name_that_is_a_country_stays() -> None:
    text = "Georgia Smith spoke."
    assert spans_of(text, [("Georgia Smith", "PER")], "en") == [("Georgia Smith", "PER")]


def test_an_oblique_country_is_a_place_whatever_the_recogniser_said() -> None:
    text = "Посол Соединенных Штатов уехал."
    assert spans_of(text, [("Соединенных Штатов", "PER")], "ru") == [("Соединенных Штатов", "LOC")]


def test_a_surname_taken_for_a_place_is_the_person() -> None:
    text = "Barack Obama sprach. Die Rede Obamas war kurz."
    found = [("Barack Obama", "PER"), ("Obamas", "LOC")]
    assert spans_of(text, found) == [("Barack Obama", "PER"), ("Obamas", "PER")]


def test_two_relatives_read_as_one_name_are_split() -> None:
    text = "Trumps Frau Melania Trump sprach."
    assert spans_of(text, [("Trumps Frau Melania Trump", "PER")]) == [
        ("Trumps", "PER"),
        ("Melania Trump", "PER"),
    ]


def test_a_surname_glued_to_a_relative_is_split() -> None:
    text = "Жена Трампа Мелания Трамп выступила."
    assert spans_of(text, [("Трампа Мелания Трамп", "PER")], "ru") == [
        ("Трампа", "PER"),
        ("Мелания Трамп", "PER"),
    ]


def test_a_noun_compound_between_two_names_parts_them() -> None:
    text = "Der Donald Trump-Imitator John Di Domenico trat auf."
    found = [("Donald Trump-Imitator John Di Domenico", "PER")]
    assert spans_of(text, found) == [("Donald Trump", "PER"), ("John Di Domenico", "PER")]


def test_a_double_surname_stays_whole() -> None:
    text = "Annegret Kramp-Karrenbauer sprach."
    found = [("Annegret Kramp-Karrenbauer", "PER")]
    assert spans_of(text, found) == [("Annegret Kramp-Karrenbauer", "PER")]


def test_a_place_cut_short_at_the_front_is_widened() -> None:
    text = "Officials of the People’s Republic of China met."
    assert spans_of(text, [("Republic of China", "LOC")], "en") == [
        ("People’s Republic of China", "LOC")
    ]


def test_an_organisation_named_with_its_country_is_split_from_the_person() -> None:
    text = "Глава МИД России Сергеем Лавровым встретился."
    assert spans_of(text, [("МИД России Сергеем Лавровым", "PER")], "ru") == [
        ("МИД России", "ORG"),
        ("Сергеем Лавровым", "PER"),
    ]


def test_an_inflected_country_before_a_surname_is_split() -> None:
    text = "Канцлер Германии Шольц приехал."
    assert spans_of(text, [("Германии Шольц", "PER")], "ru") == [
        ("Германии", "LOC"),
        ("Шольц", "PER"),
    ]


def test_a_surname_in_another_case_is_the_same_person() -> None:
    text = "Он встретился с Сергеем Лавровым. Лавров заявил, что слова Лаврова поняли."
    found = [("Сергеем Лавровым", "PER")]
    assert spans_of(text, found, "ru") == [
        ("Сергеем Лавровым", "PER"),
        ("Лавров", "PER"),
        ("Лаврова", "PER"),
    ]


def test_a_name_after_a_title_ends_with_its_sentence() -> None:
    text = "Про це заявив міністр Петро Коваль. Росія атакувала."
    assert ("Петро Коваль", "PER") in spans_of(text, [], "uk")


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("Путина Дмитрий Песков", [("Путина", "PER"), ("Дмитрий Песков", "PER")]),
        ("Еврокомиссии Жозе Баррозу", [("Еврокомиссии", "ORG"), ("Жозе Баррозу", "PER")]),
        ("Владимир Владимирович Путин", [("Владимир Владимирович Путин", "PER")]),
    ],
)
def test_a_genitive_before_a_full_name_is_whose_it_is(
    span: str, expected: list[tuple[str, str]]
) -> None:
    text = f"Сказал {span} вчера."
    assert spans_of(text, [(span, "PER")], "ru") == expected


def test_a_name_cut_at_a_hyphen_is_completed() -> None:
    text = "Вчера Франк-Вальтер Штайнмайер сказал."
    assert spans_of(text, [("Франк", "PER")], "ru") == [("Франк-Вальтер Штайнмайер", "PER")]
    assert spans_of("Hans-dietrich kam.", [("Hans", "PER")]) == [("Hans", "PER")]
