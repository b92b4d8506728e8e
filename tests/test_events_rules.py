"""Events: one-sided meetings and agreements, the speaker's `we`, what speakers' words imply,
role phrases, press offices, headlines, pronouns and warnings (`events`, `event_voice`,
`event_implied`, `event_headline`, `event_roles`)."""

from __future__ import annotations

import pytest

from tests.test_events import events_of


def types_of(text: str, language: str) -> list[str]:
    return [f[0] for f in events_of(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Перемирие\n\nПрезиденты России и Украины договорились о полном прекращении огня.",
            ("AGREE", None, None),
        ),
        (
            "ru",
            "Минск\n\nВ Минске сегодня пройдет встреча контактной группы по Украине.",
            ("MEET", None, None),
        ),
    ],
)
def test_meeting_told_as_happening_needs_no_named_side(
    language: str, text: str, expected: tuple[str, None, None]
) -> None:
    assert expected in [f[:3] for f in events_of(text, language)]


def test_meeting_noun_with_its_preposition_keeps_one_side() -> None:
    found = events_of(
        "Brüssel\n\nPetro Poroschenko sprach in Brüssel. Danach folgte ein Treffen mit "
        "José Manuel Barroso.",
        "de",
    )
    assert ("MEET", None, "José Manuel Barroso") in [f[:3] for f in found]


def test_we_after_a_colon_introduction_is_the_speaker() -> None:
    found = events_of(
        "Statement\n\nMinister Tobias Ellwood said:\n\n"
        "We call on all parties to respect the ceasefire.",
        "en",
    )
    assert [f[:2] for f in found if f[0] == "DEMAND"] == [("DEMAND", "Tobias Ellwood")]


def test_we_in_a_statement_is_its_issuer() -> None:
    found = events_of(
        "Attacks\n\nThe United States strongly condemns the attacks by Da'esh in Jabla. "
        "We also call on Russia to end the airstrikes.",
        "en",
    )
    assert ("DEMAND", "United States", "Russia") in [f[:3] for f in found]


def test_obligation_in_a_quotation_is_the_speakers_demand() -> None:
    found = events_of(
        "Позиция\n\n«Россия должна прекратить обстрелы», - сообщил спикер МИД Украины "
        "Евгений Перебийнис.",
        "ru",
    )
    assert ("DEMAND", "Евгений Перебийнис", "Россия") in [f[:3] for f in found]


def test_condemnation_in_evaluative_words_accuses() -> None:
    """(Names compared by their stem: the entity names' case is the entities' business.)"""
    found = events_of(
        "Хаммонд\n\nМинистр иностранных дел Великобритании Филип Хаммонд назвал "
        '"циничным" участие России в минском процессе.',
        "ru",
    )
    accusations = [f[1:3] for f in found if f[0] == "ACCUSE"]
    assert [(actor, (target or "")[:5]) for actor, target in accusations] == [
        ("Филип Хаммонд", "Росси")
    ]


def test_role_phrase_stands_for_its_holder() -> None:
    found = events_of(
        "Путин\n\nПрезидент России Владимир Путин прибыл в Якутск. Глава государства "
        "заявил об этом журналистам.",
        "ru",
    )
    assert ("STATEMENT", "Владимир Путин") in [f[:2] for f in found]


def test_press_office_speaks_for_the_body() -> None:
    found = events_of(
        "Разговор\n\nРанее в среду пресс-служба Кремля сообщила о телефонном разговоре.", "ru"
    )
    assert [(f[1] or "")[:5] for f in found if f[0] == "STATEMENT"] == ["Кремл"]


def test_headline_names_come_from_the_body() -> None:
    doc = events_of(
        "Coalition Strikes Mosul Hospital\n\nThe Coalition conducted a strike on a hospital "
        "in Mosul on Dec. 7.",
        "en",
    )
    assert ("ATTACK", "Coalition") in [f[:2] for f in doc[:1]]


def test_object_pronoun_is_the_person_named_before() -> None:
    found = events_of(
        "Call\n\nSecretary Kerry spoke with Foreign Minister Sergey Lavrov and urged him to "
        "press the regime.",
        "en",
    )
    assert ("DEMAND", "Kerry", "Sergey Lavrov") in [f[:3] for f in found]


def test_pronoun_subject_of_a_passive_undergoes() -> None:
    found = events_of(
        "Urteil\n\nDas Gericht in Kiew verhandelte gegen Julia Timoschenko. Sie wurde zu "
        "sieben Jahren Haft verurteilt.",
        "de",
    )
    assert ("ARREST", None, "Julia Timoschenko") in [f[:3] for f in found]


def test_under_suspicion_is_the_target() -> None:
    found = events_of(
        "Serbien\n\nSerbien stand im Verdacht, die Unruhen angezettelt zu haben.", "de"
    )
    assert ("ACCUSE", None, "Serbien") in [f[:3] for f in found]


def test_warned_of_attacks_are_no_attacks() -> None:
    assert "ATTACK" not in types_of(
        "Kenia\n\nDie US-Botschaft warnte am Samstag vor Anschlägen in Kenia.", "de"
    )
