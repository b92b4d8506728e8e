"""Events: one-sided meetings and agreements, the speaker's `we`, what speakers' words imply,
role phrases, press offices, headlines, pronouns and warnings (`events`, `event_voice`,
`event_implied`, `event_headline`, `event_roles`)."""

from __future__ import annotations

import pytest

from newsgraph.event_aims import aimed
from newsgraph.event_demonyms import state_bodies
from newsgraph.event_lexicon import Trigger, event_lexicon, find_triggers, parse_entry, tokens
from newsgraph.event_roles import mentions_in
from newsgraph.model import Document, Entity, Mention
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


# ------------------------------------------------------------- precision pass (issue #5)


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # `договоренность` ends like a verb (`-ть`) but is a noun: no agreement by nobody.
        ("ru", "Итог\n\nРезультатом разговора стала договоренность о прекращении огня.", "AGREE"),
        # A speaker's obligation asks for what follows; it tells no attack.
        (
            "ru",
            "Позиция\n\n«Россия должна прекратить обстрелы», - сообщил спикер МИД Украины "
            "Евгений Перебийнис.",
            "ATTACK",
        ),
        # Plural attack nouns with no target and no date name a kind of action.
        ("de", "Israel\n\nIsrael verringerte die Zahl seiner Luftangriffe.", "ATTACK"),
        (
            "en",
            "Precautions\n\nThe Coalition takes all feasible precautions during the execution "
            "of airstrikes.",
            "ATTACK",
        ),
        # A meeting with a described side (`журналистами`, `reporters`) names no meeting.
        ("ru", "Лавров\n\nСергей Лавров заявил это на встрече с журналистами.", "MEET"),
        (
            "en",
            "Lavrov\n\nSergei Lavrov spoke at a meeting with reporters on Monday, Interfax "
            "reported.",
            "MEET",
        ),
        (
            "ru",
            "Лавров\n\nСергей Лавров заявил об этом на встрече со студентами МГИМО в Москве.",
            "MEET",
        ),
        # A name after a preposition of topic is what the talks are about.
        (
            "ru",
            "Кан\n\nНаото Кан будет вести переговоры о заключении договора с Россией.",
            "MEET",
        ),
        # A definite noun whose only name follows a quotation mark is told before.
        (
            "de",
            "Gaza\n\nSie sagte, Ziel der Bodenoffensive sei es, „die Stellungen der Hamas“ zu "
            "zerstören.",
            "ATTACK",
        ),
    ],
)
def test_no_event_where_the_sentence_tells_none(language: str, text: str, absent: str) -> None:
    assert absent not in types_of(text, language)


@pytest.mark.parametrize("kept", ["gab es", "there were"])
def test_plural_attacks_that_happened_stay(kept: str) -> None:
    text = {
        "gab es": ("de", "Kenia\n\nIn Nairobi gab es Anschläge."),
        "there were": ("en", "Kenya\n\nIn Nairobi there were attacks."),
    }[kept]
    assert "ATTACK" in types_of(text[1], text[0])


def test_quotation_whose_cue_accuses_is_no_statement() -> None:
    found = events_of(
        "Путин\n\nПрезидент России Владимир Путин обвинил Киев в нежелании «вести диалог с "
        "Донбассом».",
        "ru",
    )
    assert ("ACCUSE", "Владимир Путин") in [f[:2] for f in found]
    assert ("STATEMENT", "Владимир Путин") not in [f[:2] for f in found]


def test_agent_far_after_a_speech_noun_is_no_speaker() -> None:
    found = events_of(
        "Ceasefire\n\nIn London, the minister comments on reports of violations of the "
        "ceasefire in Syria brokered by Russia and Turkey.",
        "en",
    )
    assert [f for f in found if f[0] == "STATEMENT"] == []


def test_haben_of_a_later_infinitive_makes_no_perfect() -> None:
    found = events_of(
        "Kenia\n\nDie al-Shabaab wurde von Kenias Regierung beschuldigt, die Anschläge verübt "
        "zu haben.",
        "de",
    )
    assert ("ACCUSE", "Kenia", "al-Shabaab") in [f[:3] for f in found]


def test_german_verb_final_target_before_the_participle() -> None:
    found = events_of(
        "Urteil\n\nAm Freitag hat ein Gericht das Urteil gegen Julia Timoschenko bestätigt.",
        "de",
    )
    assert ("ARREST", None, "Julia Timoschenko") in [f[:3] for f in found]


@pytest.mark.parametrize(
    ("text", "slot", "expected"),
    [
        (
            "Bemba\n\nGrundlage ist ein Haftbefehl des Internationalen Strafgerichtshofs vom "
            "23. Mai.",
            1,
            "Internationalen Strafgerichtshofs",
        ),
        (
            "Putin\n\nAngela Merkel sprach über eine Verhaftung vor dem Haager Tribunal am Montag.",
            2,
            None,
        ),
    ],
)
def test_a_body_after_an_arrest_noun_issues_it_or_is_its_scene(
    text: str, slot: int, expected: str | None
) -> None:
    """The issuer acts (slot 1); a body a preposition brings in is no one arrested (slot 2)."""
    assert [f[slot] for f in events_of(text, "de") if f[0] == "ARREST"] == [expected]


def test_name_after_another_event_word_belongs_to_that_event() -> None:
    found = events_of(
        "Syria\n\nThe United States calls for an end to the attacks on Aleppo and Daraya.", "en"
    )
    assert [f[2] for f in found if f[0] == "DEMAND"] == [None]


def test_article_and_noun_before_a_speech_verb_are_its_subject() -> None:
    found = events_of(
        "Carter\n\nAsh Carter met Haider al-Abadi in Baghdad on Monday, the release said.", "en"
    )
    assert [f for f in found if f[0] == "STATEMENT"] == []


def test_adverbial_participle_shares_the_main_subject() -> None:
    found = events_of(
        "Лавров\n\nСергей Лавров резко отреагировал на слова премьера Японии Наото Кана, "
        "заявив, что они недипломатичны.",
        "ru",
    )
    assert ("STATEMENT", "Сергей Лавров") in [f[:2] for f in found]
    assert ("STATEMENT", "Наото Кан") not in [f[:2] for f in found]


def test_role_noun_in_the_genitive_speaks_for_nobody() -> None:
    found = events_of(
        "Порошенко\n\nПрезидент Украины Петр Порошенко прибыл в Брюссель. Об этом сообщает "
        "пресс-служба президента Украины.",
        "ru",
    )
    assert ("STATEMENT", "Петр Порошенко") not in [f[:2] for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pronoun closes the preposition's phrase: `Москва` is the subject.
        (
            "Москва\n\nПри этом Москва категорически отвергала эти обвинения.",
            ("STATEMENT", "Москва"),
        ),
        # `сделал заявление` is a statement.
        ("Кан\n\nНаото Кан сделал это заявление в понедельник.", ("STATEMENT", "Наото Кан")),
    ],
)
def test_russian_subjects_and_statements(text: str, expected: tuple[str, str]) -> None:
    assert expected in [f[:2] for f in events_of(text, "ru")]


def test_body_after_a_russian_role_noun_is_no_subject() -> None:
    found = events_of(
        "Кан\n\nПремьер-министр Японии Наото Кан накануне визита главы японского МИДа в "
        "Москву пообещал настаивать на возвращении островов Россией.",
        "ru",
    )
    assert [(f[1] or "")[:4] for f in found if f[0] == "DEMAND"] == ["Наот"]


def test_possessive_before_an_arrest_noun_names_the_arrested() -> None:
    found = events_of(
        "Mladić\n\nRatko Mladić erschien vor Gericht. Nach seiner Festnahme am 26. Mai 2011 "
        "schwieg er.",
        "de",
    )
    assert ("ARREST", None, "Ratko Mladić") in [f[:3] for f in found]


def test_no_subject_after_a_russian_event_noun() -> None:
    found = events_of(
        "Брюссель\n\nОб этом заявил в Брюсселе украинский лидер после встречи с председателем "
        "Еврокомиссии Жозе Мануэлом Баррозу.",
        "ru",
    )
    assert [f for f in found if f[0] == "MEET" and (f[1] or "").startswith("Жозе")] == []


def test_an_event_word_before_threatening_is_a_danger() -> None:
    assert "THREATEN" not in types_of(
        "Kenia\n\nDie USA sagen, dass Kenia ein großangelegter Anschlag droht.", "de"
    )


@pytest.mark.parametrize(
    ("word", "participle"),
    [("festgenommen", True), ("verhaftet", True), ("bombardiert", True), ("droht", False)],
)
def test_german_participles(word: str, participle: bool) -> None:
    from newsgraph.event_roles import _german_participle

    assert _german_participle(word) is participle


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A place the type's preposition brings in before a passive verb undergoes it.
        (
            "de",
            "Gaza\n\nAm Sonntag waren mehr als 100 Ziele im Gazastreifen angegriffen worden.",
            "Gazastreifen",
        ),
        # `seize … from X`: X is attacked.
        (
            "en",
            "Mosul\n\nIraqi Security Forces attempted to seize the hospital from ISIL fighters "
            "in East Mosul.",
            "ISIL",
        ),
    ],
)
def test_attacked_party(language: str, text: str, expected: str) -> None:
    assert [f[2] for f in events_of(text, language) if f[0] == "ATTACK"] == [expected]


def test_russian_event_noun_with_a_genitive_is_that_ones_doing() -> None:
    found = events_of(
        "Кан\n\nНаото Кан накануне визита главы японского МИДа в Москву пообещал ответ.", "ru"
    )
    assert [f for f in found if f[0] == "VISIT"] == []


def test_pronoun_after_a_speech_verb_is_the_person_named_before() -> None:
    found = events_of(
        "Mladić\n\nRatko Mladić erschien am Mittwoch vor Gericht. Danach sagte er, er habe "
        "sein Land verteidigt.",
        "de",
    )
    assert ("STATEMENT", "Ratko Mladić") in [f[:2] for f in found]


def test_issuer_of_an_arrest_noun_undergoes_no_other_arrest() -> None:
    found = events_of(
        "Bemba\n\nGrundlage der Verhaftung ist ein Haftbefehl des Internationalen "
        "Strafgerichtshofs vom 23. Mai.",
        "de",
    )
    assert [f[2] for f in found if f[0] == "ARREST"] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The dative of a passive accusation is the accused.
        (
            "Bemba\n\nÄhnliche Verbrechen werden Jean-Pierre Bemba und dem MLC im Kongo zur "
            "Last gelegt.",
            [(None, "Jean-Pierre Bemba")],
        ),
        # An agent after a comma belongs to another clause.
        (
            "Mladić\n\nDer Ankläger verlas, was Ratko Mladić vorgeworfen wird, darunter die "
            "Belagerung von Sarajevo.",
            [(None, "Ratko Mladić")],
        ),
    ],
)
def test_german_passive_accusations(text: str, expected: list[tuple[None, str]]) -> None:
    assert [f[1:3] for f in events_of(text, "de") if f[0] == "ACCUSE"] == expected


def test_event_word_ends_an_apposition() -> None:
    """`Da'esh Attacks in Jabla`: the person after the event word does not replace the body
    before it (`laut dem Chefankläger des Strafgerichts, Luis Ocampo` still does)."""
    from newsgraph.event_lexicon import tokens
    from newsgraph.event_roles import Clause, Slot, _person_in_apposition

    def chosen(text: str, cue: int | None) -> str:
        words = tokens(text)
        body = Slot(0, text.index(" "), "body", "ORG")
        person = Slot(text.rindex(" ") + 1, len(text), "person", "PER")
        clause = Clause(
            text=text,
            words=words,
            starts=[w.start for w in words],
            slots=[body, person],
            dates=[],
            cues=() if cue is None else ((cue, "ATTACK"),),
        )
        return _person_in_apposition(body, clause).entity

    assert chosen("Daesh Attacks in Jabla", 1) == "body"
    assert chosen("Strafgericht, Ocampo", None) == "person"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Кэмерон\n\nПремьер-министр Великобритании Дэвид Кэмерон предложил: если "
            "сепаратисты предпримут атаку на Мариуполь, тогда Запад введет новые санкции "
            "против России.",
            [("Дэвид Кэмерон", "Росси")],
        ),
        # Inside the condition's own clause a sanction is no threat.
        (
            "en",
            "Sanctions\n\nBoris Johnson said that if the European Union imposed sanctions on "
            "Russia nothing would change.",
            [],
        ),
    ],
)
def test_consequence_of_a_condition_is_a_threat(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    threats = [f for f in events_of(text, language) if f[0] == "THREATEN"]
    assert [(f[1], (f[2] or "")[:5]) for f in threats] == expected


def test_english_participle_after_a_comma_shares_the_main_subject() -> None:
    found = events_of(
        "Johnson\n\nForeign Secretary Boris Johnson was in Paris. Later the Foreign Secretary "
        "will return to the Gulf, visiting Saudi Arabia on Sunday.",
        "en",
    )
    assert ("VISIT", "Boris Johnson", "Saudi Arabia") in [f[:3] for f in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "de",
            "Gaza\n\nIsrael startete eine Offensive. Die israelische Armee bombardierte am "
            "Samstag den Gazastreifen.",
            ("ATTACK", "Israel", "Gazastreifen"),
        ),
        (
            "en",
            "Mosul\n\nIraq is at war. On Monday, Iraqi forces attacked Mosul.",
            ("ATTACK", "Iraq", "Mosul"),
        ),
        (
            "ru",
            "Харьков\n\nРоссия начала операцию. Российские военные обстреляли Харьков "
            "в понедельник.",
            ("ATTACK", "Россия", "Харьков"),
        ),
    ],
)
def test_state_body_named_by_its_demonym_acts_for_its_country(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in [f[:3] for f in events_of(text, language)]


def test_body_named_in_full_is_that_body_not_its_country() -> None:
    text = "Iraq and the Iraqi Security Forces. Iraqi forces attacked."
    entities = [
        Entity("e1", "Iraq", "LOC", "iraq", [Mention(0, 4, "Iraq")]),
        Entity("e2", "Iraqi Security Forces", "ORG", "isf", [Mention(13, 34, "Iraqi")]),
    ]
    doc = Document(id="t", text=text, language="en", entities=entities)
    added = [s for s in state_bodies(doc, mentions_in(doc)) if s.start == 36]
    assert [(s.end, s.entity) for s in added] == [(48, "e2")]


def test_demonym_without_its_country_names_nobody() -> None:
    text = "Gaza\n\nDie israelische Armee bombardierte am Samstag den Gazastreifen."
    assert [f[:2] for f in events_of(text, "de") if f[0] == "ATTACK"] == [("ATTACK", None)]


def test_demonym_before_a_person_names_nobody() -> None:
    text = "Berlin\n\nIsrael wählt. Ein israelischer Journalist besuchte am Samstag Berlin."
    assert all(f[1] != "Israel" for f in events_of(text, "de"))


def test_source_cue_takes_no_name_after_a_comma() -> None:
    found = events_of(
        "Киев\n\nУкраина готовится. По мнению экспертов, Украина начнет переговоры.", "ru"
    )
    assert ("STATEMENT", "Украина") not in [f[:2] for f in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mosul\n\nThe coalition will continue to strike ISIL in Mosul on Monday."),
        ("en", "Mosul\n\nThe United States will help Iraq destroy ISIL on Monday."),
        (
            "de",
            "Somalia\n\nDie Armee rückte am Montag vor, um al-Shabaab in Somalia zu bombardieren.",
        ),
        ("ru", "Киев\n\nВ понедельник Россия стянула войска, чтобы атаковать Киев."),
    ],
)
def test_an_aimed_at_attack_is_no_event(language: str, text: str) -> None:
    assert "ATTACK" not in types_of(text, language)


def test_an_attempt_is_an_act() -> None:
    found = events_of(
        "Mosul\n\nOn Monday, Iraqi Security Forces attempted to seize the hospital from ISIL.", "en"
    )
    assert "ATTACK" in [f[0] for f in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Mosul fight\n\nThe Iraqi Security Forces (ISF) entered Mosul on Sunday. On Monday, "
            "the ISF received mortar fire from ISIL fighters.",
            ("ATTACK", "ISIL", "ISF"),
        ),
        (
            "de",
            "Kabul\n\nDie Bundeswehr ist in Afghanistan. Am Montag gerieten Soldaten der "
            "Bundeswehr unter Beschuss von den Taliban.",
            ("ATTACK", "Taliban", "Bundeswehr"),
        ),
    ],
)
def test_an_attack_told_by_the_side_that_takes_it(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = [f[:3] for f in events_of(text, language)]
    assert expected in found
    assert "MEET" not in [f[0] for f in found]  # receiving fire is no reception


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Haag\n\nJeder weiß, dass Putin vor einer Verhaftung vor dem Haager Tribunal steht.",
        ),
        ("en", "Hague\n\nVladimir Putin faces arrest in The Hague."),
        ("ru", "Москва\n\nНавальному грозит арест за участие в акции 5 мая."),
    ],
)
def test_an_arrest_someone_faces_is_no_event(language: str, text: str) -> None:
    assert "ARREST" not in types_of(text, language)


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("um die Stellungen anzugreifen", 3, True),
        ("um die Stellungen zu bombardieren", 4, True),
        ("die Stellungen wurden angegriffen", 3, False),
    ],
)
def test_german_infinitive_of_purpose(text: str, index: int, expected: bool) -> None:
    trigger = Trigger("ATTACK", index, index, parse_entry("ATTACK", "angr"))
    assert aimed(trigger, tokens(text), text, "de") is expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Kyiv\n\nRussia is at war. Russian airstrikes hit Kyiv on Monday.",
            ("ATTACK", "Russia", "Kyiv"),
        ),
        (
            "ru",
            "Киев\n\nРоссия ведет войну. Российские удары по Киеву продолжились в понедельник.",
            ("ATTACK", "Россия", "Киев"),
        ),
    ],
)
def test_demonym_before_an_event_noun_names_its_doer(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in [f[:3] for f in events_of(text, language)]


def test_person_right_before_another_is_a_genitive_not_the_speaker() -> None:
    found = events_of(
        "Минск\n\nВладимир Путин встретился с Петром Порошенко в Минске. «Встреча была "
        "хорошей», — сказал пресс-секретарь Путина Дмитрий Песков.",
        "ru",
    )
    assert ("STATEMENT", "Дмитрий Песков") in [f[:2] for f in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Paris\n\nBoris Johnson met John Kerry in Paris on Monday. The two leaders discussed "
            "Aleppo on Monday.",
        ),
        (
            "ru",
            "Минск\n\nВладимир Путин встретился с Петром Порошенко в Минске. В понедельник "
            "стороны обсудили кризис.",
        ),
    ],
)
def test_a_discussion_by_unnamed_sides_is_no_further_meeting(language: str, text: str) -> None:
    meetings = [f for f in events_of(text, language) if f[0] == "MEET"]
    assert len(meetings) == 1 and meetings[0][1] is not None


def test_a_name_before_the_headline_colon_is_its_topic_tag() -> None:
    found = events_of(
        "Ukraine: Berufungsgericht bestätigt Haftstrafe für Julia Timoschenko\n\nIn der Ukraine "
        "hat ein Gericht am Freitag das Urteil gegen Julia Timoschenko bestätigt.",
        "de",
    )
    arrests = [f[:3] for f in found if f[0] == "ARREST"]
    assert arrests and all(f[1] != "Ukraine" for f in arrests)


def test_an_attack_that_hits_meets_nobody() -> None:
    text = "Kiew\n\nRussland führt Krieg. Russische Luftangriffe trafen am Montag Kiew."
    assert "MEET" not in types_of(text, "de")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia\n\nMerkel said Russia threatened Ukraine on Monday."),
        ("ru", "Россия\n\nОн сказал, что Россия угрожает Украине арестом активов."),
    ],
)
def test_a_speech_verb_before_threatening_is_no_danger(language: str, text: str) -> None:
    assert "THREATEN" in types_of(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Minsk\n\nAfter the attack Putin met Obama in Minsk on Monday."),
        ("de", "Minsk\n\nNach dem Angriff traf Putin am Montag Merkel in Minsk."),
    ],
)
def test_a_meeting_after_an_attack_is_still_a_meeting(language: str, text: str) -> None:
    assert "MEET" in types_of(text, language)


def test_a_pronoun_after_a_comma_is_no_inverted_speaker() -> None:
    found = events_of(
        "Berlin\n\nWladimir Putin kam am Montag nach Berlin. Angela Merkel sagte, er sei "
        "willkommen.",
        "de",
    )
    assert ("STATEMENT", "Wladimir Putin") not in [f[:2] for f in found]


def test_a_reception_after_an_attack_is_a_meeting() -> None:
    text = "Moscow\n\nVladimir Putin received Recep Erdogan in Moscow on Monday after the attack."
    assert "MEET" in types_of(text, "en")


def test_an_attack_not_received_has_no_receiver_as_target() -> None:
    found = events_of(
        "Kyiv\n\nUkraine received weapons from the EU after attacks by Russia on Kyiv on Monday.",
        "en",
    )
    assert ("ATTACK", "Russia", "Ukraine") not in [f[:3] for f in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Israel\n\nIsrael kündigte eine neue Offensive an."),
        ("ru", "Украина\n\nУкраина заявила о подготовке атаки."),
        ("en", "Russia\n\nRussia has carried out attacks."),
    ],
)
def test_a_singular_or_a_done_attack_is_no_generic_plural(language: str, text: str) -> None:
    assert "ATTACK" in types_of(text, language)


@pytest.mark.parametrize(
    ("language", "word", "plural"),
    [
        ("ru", "атаки", False),
        ("ru", "авиаудары", True),
        ("de", "Offensive", False),
        ("de", "Luftangriffe", True),
    ],
)
def test_plural_event_nouns(language: str, word: str, plural: bool) -> None:
    from newsgraph.event_lexicon import event_lexicon
    from newsgraph.event_roles import Clause
    from newsgraph.events import _plural

    lex = event_lexicon(language)
    assert lex is not None
    text = f"eine {word}" if word == "Offensive" else f"viele {word}"
    words = tokens(text)
    clause = Clause(text=text, words=words, starts=[w.start for w in words], slots=[], dates=[])
    assert _plural(len(words) - 1, clause, lex) is plural


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mosul\n\nWith US help Iraq attacked Mosul on Monday."),
        ("de", "Kiew\n\nUm 5 Uhr kam es zu Angriffen auf Kiew."),
    ],
)
def test_help_or_a_preposition_before_a_done_attack_is_no_aim(language: str, text: str) -> None:
    assert "ATTACK" in types_of(text, language)


def test_an_arrest_before_which_one_stood_is_no_looming_one() -> None:
    text = "Belgrad\n\nWenige Tage vor der Verhaftung stand Mladić noch in Belgrad."
    assert "ARREST" in types_of(text, "de")


def test_a_body_after_an_arrest_noun_is_no_issuer_unless_a_court() -> None:
    found = events_of("Gaza\n\nThe arrest of Hamas members took place on Monday.", "en")
    assert ("ARREST", "Hamas") not in [f[:2] for f in found]


def test_his_accusations_do_not_target_himself() -> None:
    found = events_of(
        "Moscow\n\nSergei Lavrov spoke on Monday. He repeated his accusations against Ukraine.",
        "en",
    )
    assert [f for f in found if f[0] == "ACCUSE" and f[1] is not None and f[1] == f[2]] == []


def test_an_ing_noun_with_its_agent_is_no_converb() -> None:
    found = events_of("Aleppo\n\nIn Aleppo, bombing by Russia killed 20 people on Monday.", "en")
    assert ("ATTACK", "Russia") in [f[:2] for f in found]


def test_an_indirect_question_and_a_clause_after_it_threaten_nothing() -> None:
    found = events_of(
        "Berlin\n\nAngela Merkel asked if Putin would come, and the EU imposed sanctions on "
        "Russia on Monday.",
        "en",
    )
    assert "THREATEN" not in [f[0] for f in found]


def test_a_demonym_before_sanctions_is_no_doer() -> None:
    found = events_of("Russia\n\nRussia grows. Russian sanctions began on Monday.", "en")
    assert ("SANCTION", "Russia") not in [f[:2] for f in found]


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        (
            "ru",
            "Москва\n\nРоссия готовится. Российский военный эксперт заявил в понедельник, что "
            "кризис продолжится.",
            "Россия",
        ),
        (
            "de",
            "Israel\n\nIsrael wählt. Der israelische Regierungschef sagte am Montag, die Krise "
            "dauere an.",
            "Israel",
        ),
    ],
)
def test_a_body_stem_in_a_person_noun_names_no_country(
    language: str, text: str, country: str
) -> None:
    assert ("STATEMENT", country) not in [f[:2] for f in events_of(text, language)]


# ------------------------------------------------------------- triggers and types (issue #6)


def test_an_indefinite_personal_verb_tells_the_act() -> None:
    found = events_of("Запад\n\nНа Западе обвиняют Москву в помощи сепаратистам.", "ru")
    assert ("ACCUSE", None, "Москва") in [f[:3] for f in found]


def test_a_verb_with_a_described_subject_is_no_indefinite_personal() -> None:
    text = "Запад\n\nЗападные страны обвиняют Москву в помощи сепаратистам."
    assert "ACCUSE" not in types_of(text, "ru")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Gaza\n\nDie Zahl israelischer Luftangriffe auf Gaza nahm am Montag ab."),
        ("en", "Aleppo\n\nThe number of Russian airstrikes on Aleppo fell on Monday."),
        ("ru", "Донбасс\n\nКоличество обстрелов Донецка в понедельник снизилось."),
    ],
)
def test_events_counted_by_a_noun_of_quantity_are_a_statistic(language: str, text: str) -> None:
    assert "ATTACK" not in types_of(text, language)


def test_a_counted_verb_is_still_an_event() -> None:
    text = "Aleppo\n\nThe number of Syrians killed by Russian airstrikes on Aleppo rose."
    assert "ATTACK" in types_of(text, "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Gaza\n\nSeit dem Anfang der Offensive am letzten Freitag flohen Tausende."),
        ("en", "Gaza\n\nThousands fled since the start of the offensive on Friday."),
    ],
)
def test_an_event_after_a_noun_of_its_phase_was_told_before(language: str, text: str) -> None:
    assert "ATTACK" not in types_of(text, language)


def test_an_event_after_a_noun_of_its_phase_keeps_a_name_of_its_own() -> None:
    text = "Gaza\n\nThousands fled since the start of the offensive on Gaza."
    assert "ATTACK" in types_of(text, "en")


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        (
            "de",
            "Bemba\n\nBei dem Haftbefehl handelt es sich um den ersten Haftbefehl des IStGH in "
            "Afrika.",
            "ARREST",
        ),
        (
            "en",
            "Convoy\n\nThis was an indefensible attack, with at least ten people killed.",
            "ATTACK",
        ),
        ("ru", "Встреча\n\nЭто была первая встреча Путина и Токаева в Астане.", "MEET"),
    ],
)
def test_a_copula_names_an_event_told_before(language: str, text: str, absent: str) -> None:
    assert absent not in types_of(text, language)


def test_a_copula_before_a_name_identifies_no_event() -> None:
    assert "ATTACK" in types_of("Kyiv\n\nIt was Russia that attacked Kyiv on Monday.", "en")


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("en", "Aid\n\nMany Syrians in Aleppo have received no aid since June.", "MEET"),
        ("de", "Waffen\n\nRussland lieferte keine Waffen an Syrien.", "SUPPLY"),
    ],
)
def test_a_negative_determiner_after_the_trigger_negates_it(
    language: str, text: str, absent: str
) -> None:
    assert absent not in types_of(text, language)


def test_a_statement_before_a_negative_determiner_is_still_made() -> None:
    text = "Kyiv\n\nSergei Lavrov said no troops had crossed the border."
    assert "STATEMENT" in types_of(text, "en")


@pytest.mark.parametrize(
    ("language", "text", "attacked"),
    [
        ("en", "Mosul\n\nIraq fights. Iraqi forces fought off several counterattacks.", "Iraq"),
        (
            "de",
            "Donbass\n\nDie Ukraine kämpft. Die ukrainische Armee wehrte mehrere Angriffe ab.",
            "Ukraine",
        ),
    ],
)
def test_the_subject_of_repelling_is_attacked(language: str, text: str, attacked: str) -> None:
    found = [f[:3] for f in events_of(text, language)]
    assert ("ATTACK", None, attacked) in found
    assert ("ATTACK", attacked, None) not in found


def test_an_attack_after_repelling_that_is_no_object_keeps_its_doer() -> None:
    text = "Mosul\n\nIraq fights. Iraqi forces repelled the rebels and attacked on Monday."
    assert ("ATTACK", "Iraq", None) in [f[:3] for f in events_of(text, "en")]


def test_a_phrase_of_obligation_is_the_speakers_demand() -> None:
    found = events_of(
        "Aleppo\n\nMinister Tobias Ellwood said:\n\n"
        "It is essential that the regime provides access at once.",
        "en",
    )
    assert ("DEMAND", "Tobias Ellwood") in [f[:2] for f in found]


def test_an_adjective_of_obligation_alone_asks_for_nothing() -> None:
    found = events_of(
        "Aleppo\n\nMinister Tobias Ellwood said:\n\nEssential supplies reached Aleppo.", "en"
    )
    assert "DEMAND" not in [f[0] for f in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Aleppo\n\nRussia denied that its aircraft bombed Aleppo on Monday."),
        ("de", "Aleppo\n\nRussland bestritt, dass seine Flugzeuge Aleppo bombardiert hätten."),
        ("ru", "Алеппо\n\nРоссия отрицает, что ее самолеты атаковали Алеппо в понедельник."),
    ],
)
def test_a_denied_event_is_not_asserted(language: str, text: str) -> None:
    assert "ATTACK" not in types_of(text, language)


def test_denied_access_is_no_denial_of_what_follows() -> None:
    text = "Aleppo\n\nThe regime denied access to Aleppo and shelled Aleppo on Monday."
    assert "ATTACK" in types_of(text, "en")


def test_the_verb_an_event_word_needs_is_no_statement_of_its_own() -> None:
    found = events_of(
        "Syria\n\nThe ceasefire in Syria announced by Russia and Turkey on 29 December holds.",
        "en",
    )
    assert ("AGREE", "Russia", "Turkey") in [f[:3] for f in found]
    assert ("STATEMENT", "Russia") not in [f[:2] for f in found]


def test_a_statement_whose_event_word_tells_nothing_is_still_made() -> None:
    found = events_of("Syria\n\nRussia announced the ceasefire.", "en")
    assert ("STATEMENT", "Russia") in [f[:2] for f in found]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Tanks\n\nUkraine received the first tanks on Monday."),
        ("de", "Panzer\n\nDie Ukraine empfing am Montag die ersten Panzer."),
        ("ru", "Решение\n\nПутин в понедельник принял решение о выводе войск."),
    ],
)
def test_receiving_things_is_no_meeting(language: str, text: str) -> None:
    assert "MEET" not in types_of(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ankara\n\nPresident Erdogan received Vladimir Putin in Ankara on Monday."),
        ("de", "Ankara\n\nRecep Erdogan empfing am Montag Wladimir Putin in Ankara."),
        ("ru", "Кремль\n\nВ понедельник Путин принял Токаева в Кремле."),
    ],
)
def test_receiving_a_guest_is_a_meeting(language: str, text: str) -> None:
    assert "MEET" in types_of(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Kiew\n\nDer Vorschlag Russlands wurde am Montag von der Ukraine abgelehnt."),
        ("de", "Kiew\n\nDie Regierung kündigte am Montag eine Charmeoffensive in Brüssel an."),
        ("en", "Kremlin\n\nPutin fired his defense minister Sergei Shoigu on Monday."),
    ],
)
def test_words_that_name_no_blow_are_no_attack(language: str, text: str) -> None:
    assert "ATTACK" not in types_of(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Kiew\n\nRussland führte am Montag einen Luftschlag gegen Kiew aus."),
        ("en", "Kharkiv\n\nRussian troops fired rockets at Kharkiv on Monday."),
        ("en", "Kiev\n\nPolice fired on protesters in Kiev on Monday."),
    ],
)
def test_blows_and_gunfire_stay_attacks(language: str, text: str) -> None:
    assert "ATTACK" in types_of(text, language)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Песков\n\nДмитрий Песков в понедельник исключил возможность встречи Путина и "
            "Зеленского.",
            "SANCTION",
        ),
        (
            "Песков\n\nДмитрий Песков в понедельник исключил возможность встречи Путина и "
            "Зеленского.",
            "MEET",
        ),
        ("Закон\n\nНовый закон призван защитить граждан России, заявил Песков.", "DEMAND"),
    ],
)
def test_ruling_out_and_being_meant_to_are_no_events(text: str, absent: str) -> None:
    assert absent not in types_of(text, "ru")


def test_exclusion_from_a_body_is_a_sanction() -> None:
    found = events_of("G8\n\nG8 в понедельник исключила Россию из своего состава.", "ru")
    assert "SANCTION" in [f[0] for f in found]


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("en", "Grain\n\nRussia and Ukraine strike a deal on grain in Istanbul.", "ATTACK"),
        (
            "en",
            "Arms\n\nThe United States refused on Monday to supply offensive weapons.",
            "ATTACK",
        ),
        ("de", "EU\n\nDer Rat der EU hat am Montag in Brüssel einen Beschluss gefasst.", "ARREST"),
    ],
)
def test_a_trigger_word_in_a_fixed_phrase_tells_no_event(
    language: str, text: str, absent: str
) -> None:
    assert absent not in types_of(text, language)


def test_a_deal_struck_is_still_an_agreement() -> None:
    text = "Grain\n\nRussia and Ukraine strike a deal on grain in Istanbul."
    assert "AGREE" in types_of(text, "en")


def test_a_captured_suspect_is_still_arrested() -> None:
    assert "ARREST" in types_of("Berlin\n\nDer Täter wurde am Montag in Berlin gefasst.", "de")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Минск\n\nУчастие во встрече примет министр иностранных дел Сергей Лавров."),
        ("en", "Minsk\n\nSergei Lavrov took part in the talks in Minsk on Monday."),
        ("de", "Minsk\n\nSergej Lawrow bestätigte am Montag seine Teilnahme am Treffen in Minsk."),
    ],
)
def test_taking_part_in_a_meeting_tells_it(language: str, text: str) -> None:
    assert "MEET" in types_of(text, language)


def test_talking_about_a_meeting_tells_none() -> None:
    text = "Minsk\n\nSergei Lavrov spoke about the talks in Minsk on Monday."
    assert "MEET" not in types_of(text, "en")


def test_obligation_in_a_relative_clause_asks_nobody() -> None:
    found = events_of(
        "Песков\n\n«Это переговоры, которые должны определить отношения с регионами», - "
        "сказал Дмитрий Песков.",
        "ru",
    )
    assert "DEMAND" not in [f[0] for f in found]
    assert "STATEMENT" in [f[0] for f in found]


def test_capturing_a_place_is_an_attack() -> None:
    found = events_of("Kharkiv\n\nRussian forces captured Kharkiv on Monday.", "en")
    assert [f[0] for f in found] == ["ATTACK"]


def test_capturing_a_person_is_an_arrest() -> None:
    found = events_of("Kenya\n\nKenyan police captured Ali Hassan in Mombasa on Monday.", "en")
    assert ("ARREST", "Ali Hassan") in [(f[0], f[2]) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Russland\n\nRussland hat der Ukraine am Montag mit Vergeltung gedroht.",
        "Moskau\n\nMoskau drohe Kiew mit Vergeltung, sagte Lawrow am Montag.",
    ],
)
def test_perfect_and_reported_threats(text: str) -> None:
    assert "THREATEN" in types_of(text, "de")


def test_a_reported_danger_is_no_threat() -> None:
    text = "Haft\n\nNawalny drohe eine lange Haftstrafe in Moskau, sagte sein Anwalt Iwan Petrow."
    assert "THREATEN" not in types_of(text, "de")


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ru", "Лавров побеседовал с Керри.", "MEET"),
        ("ru", "Путин созвонился с Макроном.", "MEET"),
        ("ru", "Медведев побывал на Курилах.", "VISIT"),
        ("ru", "Киев возложил ответственность на ополченцев.", "ACCUSE"),
        ("ru", "Ополченцы ударили по Мариуполю.", "ATTACK"),
        ("uk", "Київ поклав відповідальність на Москву.", "ACCUSE"),
        ("en", "Russia signs the treaty.", "AGREE"),
        ("de", "Russland liefere Waffen an Syrien.", "SUPPLY"),
    ],
)
def test_lexicon_forms(language: str, sentence: str, expected: str) -> None:
    lex = event_lexicon(language)
    assert lex is not None
    assert expected in [t.type for t in find_triggers(tokens(sentence), lex)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Moscow\n\nVladimir Putin delivered a speech in Moscow on Monday."),
        ("ru", "Привет\n\nПутин передал привет Токаеву в понедельник."),
        ("de", "Beweise\n\nDie Ukraine lieferte am Montag Beweise."),
    ],
)
def test_an_object_of_speech_makes_no_delivery(language: str, text: str) -> None:
    assert "SUPPLY" not in types_of(text, language)


def test_delivering_goods_is_a_delivery() -> None:
    text = "Kyiv\n\nThe United States delivered missiles to Kyiv on Monday."
    assert "SUPPLY" in types_of(text, "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Rede\n\nWladimir Putin griff den Westen am Montag in einer Rede scharf an."),
        ("ru", "Речь\n\nВладимир Путин в понедельник атаковал Запад в своей речи."),
    ],
)
def test_a_persons_attack_in_words_accuses(language: str, text: str) -> None:
    types = types_of(text, language)
    assert "ACCUSE" in types
    assert "ATTACK" not in types


def test_a_statement_after_the_attacks_clause_leaves_it_an_attack() -> None:
    text = "Kharkiv\n\nRussia attacked Kharkiv on Monday, Zelensky said in a statement."
    assert "ATTACK" in types_of(text, "en")


def test_a_condemnation_accuses_who_claimed_the_attack() -> None:
    found = events_of(
        "Jabla\n\nThe United States strongly condemns the attacks today in the towns of Jabla "
        "and Tartus, for which Da'esh has claimed responsibility.",
        "en",
    )
    accused = [f[2] for f in found if f[0] == "ACCUSE"]
    assert accused == ["Da'esh"]


@pytest.mark.parametrize(
    ("language", "text", "accusation"),
    [
        (
            "en",
            "Russia accused Ukraine of shelling Donetsk; "
            "Hamas claimed responsibility for the Jerusalem attack.",
            ("Russia", "Ukraine"),
        ),
        (
            "de",
            "Scholz kritisierte Putin scharf; Macron betonte die Verantwortung für Europa.",
            ("Scholz", "Putin"),
        ),
        (
            "ru",
            "Лавров обвинил Киев в срыве переговоров, "
            "а Шольц взял на себя ответственность за поставки.",
            ("Лавров", "Киев"),
        ),
        (
            "de",
            "Der IS bekannte sich zu dem Anschlag, "
            "und Israel warf dem Iran vor, ihn zu unterstützen.",
            ("Israel", "Iran"),
        ),
    ],
)
def test_a_claim_leaves_an_accusation_of_someone_else_alone(
    language: str, text: str, accusation: tuple[str, str]
) -> None:
    found = events_of("Titel\n\n" + text, language)
    assert [f[1:3] for f in found if f[0] == "ACCUSE"] == [accusation]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Angela Merkel criticised Vladimir Putin's speech on Monday."),
        ("en", "Boris Johnson condemned the remarks by Sergei Lavrov."),
        ("de", "Merkel kritisierte die Beweise der Ukraine scharf."),
    ],
)
def test_criticising_words_still_accuses(language: str, text: str) -> None:
    assert "ACCUSE" in types_of("Titel\n\n" + text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia and Ukraine agreed no heavy weapons would be moved into the zone."),
        ("de", "Russland und die Ukraine vereinbarten keine weiteren Angriffe auf Zivilisten."),
    ],
)
def test_agreeing_to_no_act_is_an_agreement(language: str, text: str) -> None:
    assert "AGREE" in types_of("Titel\n\n" + text, language)


def test_receiving_no_aid_is_no_meeting_nor_delivery() -> None:
    assert events_of("Titel\n\nUkraine received no aid from Germany on Monday.", "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "This was the first meeting between Vladimir Putin and Joe Biden since June, "
            "and Russia also attacked Kharkiv.",
        ),
        (
            "ru",
            "Это была первая встреча Путина и Байдена, а в понедельник Россия атаковала Харьков.",
        ),
    ],
)
def test_a_copula_identifies_nothing_past_its_clause(language: str, text: str) -> None:
    assert "ATTACK" in types_of("Titel\n\n" + text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Two journalists were captured in Syria on Monday.",
        "Russian troops captured two Ukrainian soldiers near Bakhmut.",
    ],
)
def test_capturing_people_somewhere_is_an_arrest(text: str) -> None:
    assert types_of("Titel\n\n" + text, "en") == ["ARREST"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Abu Bakr al-Baghdadi attacked the base on Tuesday "
            "according to a statement by the ministry.",
        ),
        ("uk", "Командир Ігор Гіркін атакував аеропорт і заявив про успіх."),
        ("de", "Der Kommandeur Igor Girkin griff den Flughafen an und hielt danach eine Rede."),
    ],
)
def test_speech_words_outside_the_attack_leave_it_an_attack(language: str, text: str) -> None:
    types = types_of("Titel\n\n" + text, language)
    assert "ATTACK" in types
    assert "ACCUSE" not in types


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Moskau bestritt die Vorwürfe, "
            "und am Montag griffen russische Truppen erneut Charkiw an.",
        ),
        ("ru", "Киев отверг предложение Москвы, и в понедельник ВСУ обстреляли Донецк."),
        (
            "en",
            "Russia denied reports that it bombed Aleppo, but Syrian jets bombed Idlib on Monday.",
        ),
    ],
)
def test_a_denial_ends_at_the_next_clause(language: str, text: str) -> None:
    assert "ATTACK" in types_of("Titel\n\n" + text, language)


def test_signs_of_rapprochement_are_no_agreement() -> None:
    assert types_of("Titel\n\nRussia and Ukraine show signs of rapprochement.", "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russian jets carried out a number of airstrikes on Idlib on Monday."),
        ("de", "Russland hat eine Anzahl von Luftangriffen auf Idlib geflogen."),
    ],
)
def test_an_indefinite_number_of_attacks_are_attacks(language: str, text: str) -> None:
    assert "ATTACK" in types_of("Titel\n\n" + text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Путин принял отставку Сергея Шойгу."),
        ("de", "Putin empfing einen Brief von Joe Biden."),
        ("en", "Vladimir Putin received a letter from Joe Biden on Monday."),
    ],
)
def test_receiving_a_thing_from_someone_is_no_meeting(language: str, text: str) -> None:
    assert "MEET" not in types_of("Titel\n\n" + text, language)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Ukraine repelled a Russian attack on Kharkiv on Monday.", (None, "Kharkiv")),
        (
            "The ISF fought off several counterattacks by ISIL near Ramadi on Monday.",
            ("ISIL", "ISF"),
        ),
    ],
)
def test_who_repels_an_attack_named_on_a_place_is_not_its_doer(
    text: str, sides: tuple[str | None, str]
) -> None:
    assert [f[1:3] for f in events_of("Titel\n\n" + text, "en") if f[0] == "ATTACK"] == [sides]


def test_firing_a_minister_is_no_attack() -> None:
    text = "Putin fired his defence minister Sergei Shoigu over the failed missile programme."
    assert "ATTACK" not in types_of("Titel\n\n" + text, "en")
    assert "ATTACK" in types_of("Titel\n\nRussian troops fired two rockets at Kharkiv.", "en")


def test_who_takes_part_in_a_summit_is_its_side() -> None:
    found = events_of("Titel\n\nВладимир Путин принял участие в саммите в Пекине.", "ru")
    assert [f[:2] for f in found if f[0] == "MEET"] == [("MEET", "Владимир Путин")]


def test_the_place_visited_is_not_the_visitor() -> None:
    found = events_of("Titel\n\nМіністр і його заступник відвідали Харків у понеділок.", "uk")
    assert not any(f[0] == "VISIT" and f[1] == "Харків" for f in found)


def test_a_dates_comma_does_not_end_the_clause_of_a_verbal_attack() -> None:
    text = "Titel\n\nVladimir Putin attacked the West on December 27, 2016 in a speech."
    assert "ACCUSE" in types_of(text, "en")
