"""Event participants: who a role phrase, a pronoun or a name next to another stands for.

Each sentence here is written for the test; the rules are those of `event_roles`,
`event_referents`, `roles` and `quotes` (speakers, whose quotations become statements).
"""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.events import _unique
from newsgraph.model import Event
from tests.test_events import events_of


def speakers(text: str, language: str) -> list[str | None]:
    doc = extract(text, language=language, published="2023-11-09")
    names = {e.id: e.name for e in doc.entities}
    return [names.get(q.speaker or "") for q in doc.quotes]


def roles(text: str, language: str) -> dict[str, str | None]:
    doc = extract(text, language=language, published="2023-11-09")
    return {e.name: e.role for e in doc.entities if e.label == "PER"}


def statements(text: str, language: str) -> set[str | None]:
    return {actor for kind, actor, *_ in events_of(text, language) if kind == "STATEMENT"}


# ---------------------------------------------------------------- roles with a genitive field


def test_russian_role_with_its_field_before_the_name() -> None:
    found = roles("Министр иностранных дел Германии Франк-Вальтер Штайнмайер прибыл в Киев.", "ru")
    assert found["Франк-Вальтер Штайнмайер"] == "министр"


def test_role_in_another_case_is_someone_elses() -> None:
    """`заместитель министра …`: the name agrees with the deputy, not with the minister."""
    found = roles("Заместитель министра обороны России Анатолий Антонов прибыл в Минск.", "ru")
    assert found["Анатолий Антонов"] is None


@pytest.mark.parametrize(
    "text",
    [
        # the head of the ministry is its minister, named by an adjective of the ministry
        "Глава внешнеполитического ведомства России Сергей Лавров прибыл в Токио. "
        "Вместе с тем глава МИД РФ подтвердил готовность Москвы к диалогу.",
        # … and named by another periphrasis later
        "Глава министерства иностранных дел Украины Павел Климкин прибыл в Берлин. "
        "Руководитель украинского внешнеполитического ведомства заявил, что переговоры "
        "будут сложными.",
    ],
)
def test_head_of_ministry_is_the_minister(text: str) -> None:
    minister = "Сергей Лавров" if "Лавров" in text else "Павел Климкин"
    assert statements(text, "ru") == {minister}


def test_ministry_after_role_noun_does_not_speak() -> None:
    text = (
        "Министр иностранных дел Германии Франк-Вальтер Штайнмайер прибыл в Киев. "
        "Глава МИД ФРГ заявил, что переговоры будут сложными."
    )
    assert statements(text, "ru") == {"Франк-Вальтер Штайнмайер"}
    text = (
        "Глава министерства иностранных дел Украины Павел Климкин прибыл в Берлин. "
        "«Переговоры будут сложными», - добавил глава МИД."
    )
    assert statements(text, "ru") == {"Павел Климкин"}
    assert speakers(text, "ru") == ["Павел Климкин"]


def test_capital_abbreviation_is_no_person() -> None:
    """A recogniser may read `МИД РФ` after `глава` as a person's name."""
    doc = extract("Вчера глава МИД РФ подтвердил готовность к диалогу.", language="ru")
    assert all(e.label != "PER" for e in doc.entities if e.name == "МИД РФ")


# ---------------------------------------------------------------- a name before another


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("«Мы договорились о многом», — сказал пресс-секретарь Путина Дмитрий Песков.", "ru",
         "Дмитрий Песков"),
        ("„Wir haben viel erreicht“, sagte Merkels Sprecher Steffen Seibert.", "de",
         "Steffen Seibert"),
    ],
)  # fmt: skip
def test_whose_spokesman_is_not_the_speaker(text: str, language: str, speaker: str) -> None:
    assert speakers(text, language) == [speaker]


def test_a_name_alone_after_the_verb_still_speaks() -> None:
    assert speakers("„Wir haben viel erreicht“, sagte Steffen Seibert in Berlin.", "de") == [
        "Steffen Seibert"
    ]


# ---------------------------------------------------------------- pronouns


def test_russian_pronoun_is_the_last_subject_not_an_oblique_name() -> None:
    text = (
        "Путин приехал в Минск. Порошенко же после встречи с Путиным охарактеризовал "
        "переговоры как сложные. Он заявил, что намерен начать работу над перемирием."
    )
    assert speakers(text, "ru") == ["Порошенко"]


def test_russian_pronoun_skips_an_indeclinable_name_after_a_preposition() -> None:
    text = (
        "Сергей Лавров прибыл в Вашингтон. «Мы готовы к диалогу», — сказал Лавров. Вечером "
        "Лавров встретился с Керри. Он заявил, что переговоры прошли успешно."
    )
    assert speakers(text, "ru") == ["Сергей Лавров", "Сергей Лавров"]


def test_russian_pronoun_agrees_in_gender_with_its_person() -> None:
    """`работу Лаврова`: a masculine genitive in -ова is no feminine nominative for `Он`."""
    text = (
        "Владимир Путин выступил в Кремле. Об этом сообщил Дмитрий Песков. Путин высоко оценил "
        "работу Лаврова. Он заявил: «Мы продолжим»."
    )
    assert speakers(text, "ru") == ["Владимир Путин"]


def test_russian_pronoun_of_an_event_is_no_doubtful_genitive() -> None:
    """Events read a pronoun's person as quotations do (`event_referents.last_subject`)."""
    text = (
        "Владимир Путин выступил в Кремле. Путин высоко оценил работу Лаврова. "
        "Он заявил, что переговоры продолжатся."
    )
    assert statements(text, "ru") == {"Владимир Путин"}


def test_russian_name_of_doubtful_case_gives_way_to_a_clear_nominative() -> None:
    text = (
        "Мария Захарова выступила в Москве. Она высоко оценила работу Лаврова. "
        "Она заявила: «Мы продолжим»."
    )
    assert speakers(text, "ru") == ["Мария Захарова"]


# ---------------------------------------------------------------- German genitive after a role


@pytest.mark.parametrize(
    "text",
    [
        "Ein Journalist der Deutschen Presse Agentur (dpa) war vor Ort und berichtet, dass "
        "Kinder verletzt wurden.",
        "Die Außenminister Frankreichs, Italiens und Österreichs erklärten bereits "
        "schriftlich, dass sie den Schritt begrüßen.",
    ],
)
def test_genitive_after_role_noun_does_not_speak(text: str) -> None:
    assert statements(text, "de") <= {None}


def test_genitive_after_other_noun_still_speaks() -> None:
    """Only a role noun makes the name its attribute: a government speaks for its country."""
    assert statements("Die Regierung Frankreichs erklärte, dass sie den Schritt begrüße.", "de")


def test_holder_in_apposition_after_the_genitive_speaks() -> None:
    text = (
        "Darüber erzählt der Chef des Nationalen Sicherheitskomitees, General Alnur Musaev, "
        "auf Espresso."
    )
    assert statements(text, "de") == {"Alnur Musaev"}


# ---------------------------------------------------------------- the subject after its verb


def test_name_after_comma_is_no_inverted_subject() -> None:
    """A speech verb after a relative clause's comma is no inserted `…, передает X`."""
    text = (
        "Министр Франк-Вальтер Штайнмайер, который завтра будет беседовать с Лавровым, "
        "указал, что миссия ООН возможна."
    )
    assert "ООН" not in statements(text, "ru")


def test_inserted_speech_verb_still_takes_the_name_after_it() -> None:
    text = "Переговоры будут сложными, передает ИТАР-ТАСС."
    assert statements(text, "ru") == {"ИТАР-ТАСС"}


# ---------------------------------------------------------------- statements of quotations


def statement_sentences(text: str, language: str) -> list[tuple[str | None, str]]:
    doc = extract(text, language=language, published="2023-11-09")
    names = {e.id: e.name for e in doc.entities}
    return [
        (names.get(e.actor or ""), doc.text[e.start : e.end])
        for e in doc.events
        if e.type == "STATEMENT"
    ]


def test_indirect_quotation_states_in_the_sentence_of_its_cue() -> None:
    """The cue before `, что …` is the quotation's, not the same verb in the next sentence."""
    text = (
        "Президент Петр Порошенко прибыл в Брюссель. Тем не менее Порошенко заявил, что его "
        "мирный план поможет. Об этом украинский лидер заявил в Брюсселе."
    )
    found = statement_sentences(text, "ru")
    assert found and all(sentence.startswith("Тем не менее") for _, sentence in found)


def test_role_noun_with_plural_verb_is_not_the_known_holder() -> None:
    text = (
        "Bundesaußenminister Guido Westerwelle erklärte, die Regierung erkenne die Fortschritte "
        "an. Die Außenminister Frankreichs und Italiens erklärten bereits, dass sie es begrüßen."
    )
    assert speakers(text, "de") == ["Guido Westerwelle", None]
    singular = (
        "Bundesaußenminister Guido Westerwelle sprach in Berlin. Der Außenminister erklärte, "
        "dass er es begrüße."
    )
    assert speakers(singular, "de") == ["Guido Westerwelle"]


def test_pronoun_after_an_unnamed_person_is_no_earlier_speaker() -> None:
    text = (
        "Israel startete die Offensive. Das meldet die israelische Tageszeitung Haaretz in "
        "ihrer Onlineausgabe. Die Offensive wurde von einer Armeesprecherin bestätigt. Sie "
        "sagte, Ziel der Offensive sei es, „die Infrastruktur in der Zone“ zu zerstören."
    )
    assert speakers(text, "de") == [None]


def test_pronoun_after_a_named_newcomer_is_that_person() -> None:
    text = (
        "Das meldet die Tageszeitung Haaretz. Ein Armeesprecher, Peter Lerner, bestätigte die "
        "Offensive. Er sagte, Ziel der Offensive sei es, die Infrastruktur zu zerstören."
    )
    assert speakers(text, "de")[-1] == "Peter Lerner"


# ---------------------------------------------------------------- the other side of a meeting


def test_meeting_noun_without_subject_is_the_last_persons() -> None:
    text = (
        "Wladimir Putin besuchte am Donnerstag Astana. Treffen mit Kasym-Schomart Tokajew am "
        "Flughafen – das ist eine ernsthafte diplomatische Geste."
    )
    assert ("MEET", "Wladimir Putin", "Tokajew") in [e[:3] for e in events_of(text, "de")]


def test_meeting_noun_takes_no_partner_as_its_other_side() -> None:
    text = (
        "Kasym-Schomart Tokajew wartete am Donnerstag in Astana. Treffen mit Tokajew am "
        "Flughafen – das ist eine ernsthafte diplomatische Geste."
    )
    assert all(e[1] is None for e in events_of(text, "de") if e[0] == "MEET")


# ---------------------------------------------------------------- a role named for a country


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("Российский президент назвал встречу «хорошей».", "Владимир Путин"),
        ("Президент Украины назвал встречу «хорошей».", "Петр Порошенко"),
        ("Президент назвал встречу «хорошей».", "Петр Порошенко"),  # no country: the last one
    ],
)
def test_role_with_nationality_is_that_countrys_holder(second: str, speaker: str) -> None:
    text = (
        "Президент России Владимир Путин и президент Украины Петр Порошенко встретились в "
        "Минске. " + second
    )
    assert statements(text, "ru") == {speaker}


def test_role_with_another_nationality_stands_for_nobody() -> None:
    text = (
        "Президент Украины Петр Порошенко прибыл в Минск. Российский президент назвал встречу "
        "«хорошей» и «откровенной»."
    )
    assert statements(text, "ru") == set()


# ---------------------------------------------------------------- two people as targets


def test_each_person_joined_to_the_target_is_a_target() -> None:
    text = (
        "Министр иностранных дел Германии Франк-Вальтер Штайнмайер завтра будет беседовать с "
        "Сергеем Лавровым и Павлом Климкиным."
    )
    meetings = [e for e in events_of(text, "ru") if e[0] == "MEET"]
    assert {e[1] for e in meetings} == {"Франк-Вальтер Штайнмайер"}
    partners = sorted(str(e[2]) for e in meetings)
    assert len(partners) == 2 and "Лавров" in partners[1] and "Климкин" in partners[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sergei Lavrov met John Kerry and Boris Johnson's wife Carrie in Geneva.", "en"),
        ("Sergei Lavrov met John Kerry and Boris Johnson’s wife Carrie in Geneva.", "en"),
        ("Sergej Lawrow traf John Kerry und Boris Johnsons Frau Carrie in Genf.", "de"),
    ],
)
def test_a_possessive_name_joined_to_the_target_is_no_target(text: str, language: str) -> None:
    meetings = [e[:3] for e in events_of(text, language) if e[0] == "MEET"]
    assert len(meetings) == 1 and meetings[0][2] == "John Kerry"


def test_a_plain_name_joined_to_the_target_stays_a_target() -> None:
    text = "Sergej Lawrow traf John Kerry und Klaus Iohannis in Genf."
    assert len([e for e in events_of(text, "de") if e[0] == "MEET"]) == 2


def test_places_joined_to_the_target_are_one_scene() -> None:
    text = "Russia continued its attacks on Aleppo and Daraya on Monday."
    assert len([e for e in events_of(text, "en") if e[0] == "ATTACK"]) == 1


# ---------------------------------------------------------------- German epithets


def test_dative_epithet_of_an_accusation_is_the_last_person() -> None:
    text = (
        "Der frühere Vizepräsident Jean-Pierre Bemba wurde am Samstag in Brüssel verhaftet. "
        "Dem Mitbegründer des Mouvement de Libération du Congo (MLC) werden Kriegsverbrechen "
        "vorgeworfen, die er begangen haben soll."
    )
    found = events_of(text, "de")
    assert ("ACCUSE", None, "Jean-Pierre Bemba") in [e[:3] for e in found]
    assert all(e[0] != "STATEMENT" for e in found)


def test_dative_title_before_a_name_is_no_epithet() -> None:
    text = (
        "Der frühere Vizepräsident Jean-Pierre Bemba wurde am Samstag in Brüssel verhaftet. "
        "Dem Präsidenten Wladimir Putin werden Kriegsverbrechen vorgeworfen."
    )
    assert ("ACCUSE", None, "Wladimir Putin") in [e[:3] for e in events_of(text, "de")]


def test_dative_source_is_no_epithet() -> None:
    text = (
        "Putin traf Xi Jinping in Peking. "
        "Dem Bericht zufolge wird der Ukraine vorgeworfen, Donezk beschossen zu haben."
    )
    accused = [e[2] for e in events_of(text, "de") if e[0] == "ACCUSE"]
    assert accused == ["Ukraine"]


def test_dative_body_noun_is_no_epithet() -> None:
    text = (
        "Putin traf Xi Jinping in Peking. "
        "Dem Konzern Gazprom wird vorgeworfen, Steuern hinterzogen zu haben."
    )
    accused = [e[2] for e in events_of(text, "de") if e[0] == "ACCUSE"]
    assert accused == ["Gazprom"]


def test_dative_noun_with_a_name_after_it_is_no_epithet() -> None:
    text = (
        "Putin traf Xi Jinping in Peking. "
        "Dem Präsidenten der Ukraine Selenskyj wird Verrat vorgeworfen."
    )
    accused = [e[2] for e in events_of(text, "de") if e[0] == "ACCUSE"]
    assert "Xi Jinping" not in accused


# ---------------------------------------------------------------- what a preposition governs


def test_pronoun_after_preposition_is_its_object() -> None:
    text = "Die von ihm geführte Hamas soll am Samstag Angriffe auf Israel verübt haben."
    assert ("ATTACK", "Hamas", "Israel") in [e[:3] for e in events_of(text, "de")]


def test_english_possessive_after_preposition_keeps_it_governing() -> None:
    text = "Foreign Secretary Liz Truss met with her counterpart Sergei Lavrov in Moscow today."
    assert ("MEET", "Liz Truss", "Sergei Lavrov") in [e[:3] for e in events_of(text, "en")]


def test_meeting_of_purpose_is_between_subject_and_object() -> None:
    text = (
        "Foreign Secretary Boris Johnson will travel to Paris.\n\nThe Foreign Secretary Boris "
        "Johnson joined US Secretary of State John Kerry and international partners in Paris "
        "on 10 December for talks on the humanitarian situation in Aleppo."
    )
    meetings = [set(e[1:3]) for e in events_of(text, "en", "2016-12-10") if e[0] == "MEET"]
    assert meetings == [{"Boris Johnson", "John Kerry"}]


def test_meeting_after_a_preposition_of_topic_is_no_meeting_of_purpose() -> None:
    text = "Путин принял предложение Байдена о встрече."
    meetings = [e[1:3] for e in events_of(text, "ru") if e[0] == "MEET"]
    assert len(meetings) <= 1 and ("Байдена", "Путин") not in meetings


def test_a_symmetric_event_told_reversed_is_the_same_event() -> None:
    meeting = Event("MEET", "e1", "e2", None, "встрече", 0, 40)
    reversed_meeting = Event("MEET", "e2", "e1", None, "принял", 0, 40)
    accusing = Event("ACCUSE", "e1", "e2", None, "обвинил", 0, 40)
    accused = Event("ACCUSE", "e2", "e1", None, "обвинил", 0, 40)
    assert len(_unique([meeting, reversed_meeting])) == 1
    assert len(_unique([accusing, accused])) == 2


def test_meeting_of_purpose_in_a_reported_clause_is_not_the_speakers() -> None:
    text = (
        "Wladimir Putin sagte am Donnerstag, Kasym-Schomart Tokajew komme zu Gesprächen nach "
        "Moskau."
    )
    assert all(e[0] != "MEET" for e in events_of(text, "de"))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Attack\n\nOn Monday Russia attacked Kharkiv.", ("ATTACK", "Russia", "Kharkiv")),
        ("ru", "Атака\n\nВ понедельник Россия атаковала Харьков.", ("ATTACK", "Россия", "Харьков")),
        ("uk", "Атака\n\nУ понеділок Росія атакувала Харків.", ("ATTACK", "Росія", "Харків")),
    ],
)
def test_a_fronted_date_leaves_the_subject_after_it_free(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    """The preposition of `On Monday` governs the date, not the name after it."""
    assert expected in [f[:3] for f in events_of(text, language)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kritik\n\nScholz kritisierte Putin scharf.", "Scholz"),
        ("Kritik\n\n„Das ist falsch“, kritisierte Putin.", "Putin"),
        ("Kritik\n\nRussland sei bereit, sagte Putin.", "Putin"),
    ],
)
def test_a_speech_verb_takes_the_name_after_it_only_without_a_subject_before(
    text: str, speaker: str
) -> None:
    """`„…“, sagte Putin` inverts; `Scholz kritisierte Putin` does not."""
    assert [f[1] for f in events_of(text, "de") if f[0] == "STATEMENT"] == [speaker]
