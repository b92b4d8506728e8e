"""Events: trigger lexicons, actor and target from what the sentence offers, dates, background,
statements from quotations; the seed's events (DESIGN.md)."""

from __future__ import annotations

import pytest

from newsgraph import Document, extract
from newsgraph.event_lexicon import event_lexicon, find_triggers, parse_entry, tokens
from tests.conftest import SEED

Frame = tuple[str, str | None, str | None, str | None]


def frames(doc: Document) -> list[Frame]:
    """(type, actor name, target name, date) of each event."""
    name = {e.id: e.name for e in doc.entities}
    return [(e.type, name.get(e.actor or ""), name.get(e.target or ""), e.date) for e in doc.events]


def events_of(text: str, language: str, published: str = "2023-11-09") -> list[Frame]:
    return frames(extract(text, language=language, published=published))


def test_entry_syntax() -> None:
    entry = parse_entry("SANCTION", "schloss+aus")
    assert (entry.parts, entry.particle, entry.needs) == (("schloss",), "aus", None)
    assert parse_entry("ACCUSE", "kritisier&").needs_target
    assert parse_entry("ARREST", "verurteil&haft,jahren").needs == ("haft", "jahren")


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("de", "Die G8 schloss Russland aus ihrer Gruppe aus.", ["SANCTION"]),
        ("de", "Bei einem Luftangriff wurde er getötet.", ["ATTACK", "ATTACK"]),
        ("de", "Sie wurde zu sieben Jahren Haft verurteilt.", ["ARREST"]),
        ("de", "Er hat keine Angst vor einer Verhaftung.", []),
        ("en", "The secretary and Abadi agreed on the plan.", ["AGREE"]),
        ("en", "We call on all parties to respect the ceasefire.", ["DEMAND"]),
        ("ru", "Путин обвинил Киев в отказе вести диалог.", ["ACCUSE"]),
        ("uk", "Коваль і Новак домовилися про поставки генераторів.", ["AGREE", "SUPPLY"]),
    ],
)
def test_triggers(language: str, sentence: str, expected: list[str]) -> None:
    lex = event_lexicon(language)
    assert lex is not None
    assert [t.type for t in find_triggers(tokens(sentence), lex)] == expected


def test_english_subject_verb_object() -> None:
    found = events_of(
        "Carter in Baghdad\n\nDefense Secretary Ash Carter met with Prime Minister "
        "Haider al-Abadi in Baghdad on Monday.",
        "en",
    )
    assert ("MEET", "Ash Carter", "Haider al-Abadi", "2023-11-06") in found


def test_english_title_before_name() -> None:
    """`Secretary of State John Kerry urged …`: `of` inside a title governs no name."""
    found = events_of(
        "Kerry and Lavrov\n\nSecretary of State John Kerry urged Sergey Lavrov to press the "
        "regime.",
        "en",
    )
    assert ("DEMAND", "John Kerry", "Sergey Lavrov", None) in found


def test_german_passive_without_agent() -> None:
    found = events_of(
        "Festnahme\n\nAm Samstag wurde Jean-Pierre Bemba in Brüssel festgenommen.", "de"
    )
    assert found == [("ARREST", None, "Jean-Pierre Bemba", "2023-11-04")]


def test_german_preposition_and_pronoun() -> None:
    found = events_of(
        "Besuch\n\nWladimir Putin besuchte am Donnerstag Kasachstan. Dort plant er ein Treffen "
        "mit Kassym-Schomart Tokajew.",
        "de",
    )
    assert ("VISIT", "Wladimir Putin", "Kasachstan", "2023-11-09") in found
    meet = [f for f in found if f[0] == "MEET"]
    assert meet and meet[0][1] == "Wladimir Putin" and meet[0][3] == "2023-11-09"


def test_source_cue_names_the_person_after_it() -> None:
    """`laut dem Sprecher der Vereinten Nationen, X`: the person in apposition is the source."""
    found = events_of(
        "Waffenruhe\n\nDie Waffenruhe wurde am Montag laut dem Sprecher der Vereinten Nationen, "
        "Stéphane Dujarric, gebrochen.",
        "de",
    )
    assert ("STATEMENT", "Stéphane Dujarric", None, "2023-11-06") in found


def test_inserted_speech_verb_takes_the_name_after_it() -> None:
    """`…, передает ИТАР-ТАСС`: the agency speaks, also after an accusation."""
    found = events_of(
        "Переговоры\n\nПрезидент России Владимир Путин обвинил Киев в срыве переговоров, "
        "передает ИТАР-ТАСС.",
        "ru",
    )
    assert ("ACCUSE", "Владимир Путин", "Киев", None) in found
    assert ("STATEMENT", "ИТАР-ТАСС", None, None) in found


def test_role_noun_stands_for_its_holder() -> None:
    found = events_of(
        "Johnson in Paris\n\nForeign Secretary Boris Johnson travelled to Paris on Monday. "
        "Following the meeting the Foreign Secretary said that the talks went well.",
        "en",
    )
    assert ("STATEMENT", "Boris Johnson", None, None) in found


def test_apposition_after_a_person_is_no_subject() -> None:
    found = events_of(
        "Votel\n\nGen. Joseph L. Votel, U.S. Central Command commander, released a statement "
        "today.",
        "en",
    )
    assert [f[:2] for f in found] == [("STATEMENT", "Joseph L. Votel")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Talks\n\nJohn Kerry held talks on Syria in Geneva on Monday."),
        ("de", "Gespräche\n\nAngela Merkel führte am Montag Gespräche in Paris."),
        ("ru", "Заявление\n\nПресс-служба президента Украины сообщила о переговорах в Минске."),
    ],
)
def test_topic_place_and_genitive_are_no_participants(language: str, text: str) -> None:
    """A meeting needs two sides: the topic (`on Syria`), the scene (`in Paris`) and a
    genitive attribute (`президента Украины`) are none; nor is a genitive a speaker."""
    assert events_of(text, language) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Angriff\n\nRussland könnte die Ukraine am Montag angreifen.", []),
        ("Angriff\n\nDie Regierung befürchtet, dass Russland die Ukraine am Montag angreift.", []),
        ("Festnahme\n\nKenianische Polizisten nahmen am Montag zwei Iraner fest.", ["ARREST"]),
    ],
)
def test_possible_feared_and_anonymous_events(text: str, kept: list[str]) -> None:
    """What follows `könnte` and a whole sentence of fear is no event; an arrest by unnamed
    police is one."""
    assert [f[0] for f in events_of(text, "de")] == kept


def test_accusation_before_a_modal_word_holds() -> None:
    found = events_of(
        "Lavrov\n\nSergei Lavrov accused the United States of lying, although he could not "
        "prove it.",
        "en",
    )
    assert ("ACCUSE", "Sergei Lavrov", "United States", None) in found


def test_negated_event_is_no_event() -> None:
    found = events_of(
        "Angst\n\nAngela Merkel hat keine Angst vor einer Verhaftung durch Wladimir Putin.", "de"
    )
    assert not [f for f in found if f[0] == "ARREST"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Erinnerung\n\nErinnern Sie sich daran, dass Angela Merkel Moskau besuchte."),
        ("en", "Recall\n\nRecall that Barack Obama visited Moscow in July 2009."),
    ],
)
def test_recalled_events_are_background(language: str, text: str) -> None:
    doc = extract(text, language=language, published="2023-11-09")
    visits = [e for e in doc.events if e.type == "VISIT"]
    assert visits and all(e.background for e in visits)


def test_every_attributed_quotation_is_a_statement() -> None:
    """Except one whose cue tells a demand or an accusation its speaker makes (the seed's
    `Putin forderte Tokajew auf, … zu liefern`)."""
    doc = extract(SEED.read_text(encoding="utf-8"), published="2023-11-09")
    told = {(e.actor, e.cue) for e in doc.events if e.type != "STATEMENT"}
    speakers = {q.speaker for q in doc.quotes if q.speaker and (q.speaker, q.cue) not in told}
    statements = {e.actor for e in doc.events if e.type == "STATEMENT"}
    assert speakers <= statements
    assert ("STATEMENT", "Wladimir Putin") not in [f[:2] for f in frames(doc)]
    for event in doc.events:
        assert doc.text[event.start : event.end].strip()
        assert event.cue


# ------------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module", params=[None, "2023-11-09"], ids=["inferred", "metadata"])
def seed(request: pytest.FixtureRequest) -> list[Frame]:
    return frames(extract(SEED.read_text(encoding="utf-8"), published=request.param))


def test_seed_demand(seed: list[Frame]) -> None:
    assert ("DEMAND", "Wladimir Putin", "Kasym-Schomart Tokajew", "2022-02") in seed


def test_seed_visit(seed: list[Frame]) -> None:
    assert ("VISIT", "Wladimir Putin", "Astana", "2023-11-09") in seed


def test_seed_meet(seed: list[Frame]) -> None:
    meetings = {(a, t, d) for kind, a, t, d in seed if kind == "MEET"}
    pair = {"Wladimir Putin", "Kasym-Schomart Tokajew"}
    assert any({a, t} == pair and d == "2023-11-09" for a, t, d in meetings)


def test_seed_recalled_visit_is_background() -> None:
    doc = extract(SEED.read_text(encoding="utf-8"))
    visit = [e for e in doc.events if e.type == "VISIT" and e.cue == "besuchte"]
    assert len(visit) == 1 and visit[0].background
