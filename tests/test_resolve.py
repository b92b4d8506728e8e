"""Cross-document entities and stories on small hand-made documents."""

from __future__ import annotations

from newsgraph.entities import cross_key
from newsgraph.graph import global_entities
from newsgraph.model import Document, Entity, Mention, Published
from newsgraph.resolve import link_entities
from newsgraph.stories import group_stories


def doc(doc_id: str, language: str, entities: list[tuple[str, str]], text: str = "") -> Document:
    return Document(
        id=doc_id,
        text=text,
        language=language,
        entities=[
            Entity(f"e{i}", name, label, name.casefold(), [Mention(0, len(name), name)])  # type: ignore[arg-type]
            for i, (name, label) in enumerate(entities, start=1)
        ],
    )


def test_one_person_and_place_across_languages() -> None:
    docs = [
        doc("de", "de", [("Kasym-Schomart Tokajew", "PER"), ("Kasachstan", "LOC")]),
        doc("en", "en", [("Kassym-Jomart Tokayev", "PER"), ("Kazakhstan", "LOC")]),
        doc("ru", "ru", [("Касым-Жомарт Токаев", "PER"), ("Казахстан", "LOC")]),
    ]
    links = link_entities(docs)
    assert len({links[(d, "e1")] for d in ("de", "en", "ru")}) == 1
    assert len({links[(d, "e2")] for d in ("de", "en", "ru")}) == 1
    assert links[("de", "e1")] != links[("de", "e2")]


def test_a_shared_surname_alone_merges_nobody() -> None:
    docs = [
        doc("a", "en", [("Bill Clinton", "PER")]),
        doc("b", "en", [("Hillary Clinton", "PER")]),
        doc("c", "en", [("Clinton", "PER")]),
    ]
    links = link_entities(docs)
    assert links[("a", "e1")] != links[("b", "e1")]
    assert ("c", "e1") not in links


def test_a_surname_joins_the_one_full_name_it_shares_a_context_with() -> None:
    docs = [
        doc("a", "de", [("Wladimir Putin", "PER"), ("Astana", "LOC")]),
        doc("b", "de", [("Putin", "PER"), ("Astana", "LOC")]),
        doc("c", "de", [("Putin", "PER"), ("Paris", "LOC")]),
    ]
    links = link_entities(docs)
    assert links[("b", "e1")] == links[("a", "e1")]
    assert ("c", "e1") not in links


def test_alike_names_meet_only_with_a_shared_context() -> None:
    docs = [
        doc("en", "en", [("Donald Trump", "PER"), ("Washington", "LOC")]),
        doc("ru", "ru", [("Дональд Трамп", "PER"), ("Вашингтон", "LOC")]),
        doc("ru2", "ru", [("Дональд Трамп", "PER"), ("Тула", "LOC")]),
        doc("other", "en", [("Donald Trimp", "PER"), ("Oslo", "LOC")]),
    ]
    links = link_entities(docs)
    assert links[("en", "e1")] == links[("ru", "e1")] == links[("ru2", "e1")]
    assert links[("other", "e1")] != links[("en", "e1")]


def test_husband_and_wife_stay_apart_in_a_shared_context() -> None:
    docs = [
        doc("a", "en", [("Ivan Ivanov", "PER"), ("Moscow", "LOC")]),
        doc("b", "en", [("Inna Ivanova", "PER"), ("Moscow", "LOC")]),
    ]
    links = link_entities(docs)
    assert links[("a", "e1")] != links[("b", "e1")]


def test_bare_surnames_in_a_shared_context_join_the_full_name() -> None:
    docs = [
        doc("en", "en", [("Obama", "PER"), ("United States", "LOC")]),
        doc("ru", "ru", [("Обамы", "PER"), ("США", "LOC")]),
        doc("de", "de", [("Barack Obama", "PER"), ("USA", "LOC")]),
        doc("far", "en", [("Obama", "PER"), ("Oslo", "LOC")]),
    ]
    links = link_entities(docs)
    assert links[("en", "e1")] == links[("ru", "e1")] == links[("de", "e1")]
    assert ("far", "e1") not in links


def test_a_bare_surname_joins_a_full_name_written_alike() -> None:
    docs = [
        doc("en", "en", [("Steven Seagal", "PER"), ("Russia", "LOC")]),
        doc("ru", "ru", [("Сигал", "PER"), ("Россия", "LOC")]),
    ]
    links = link_entities(docs)
    assert links[("en", "e1")] == links[("ru", "e1")]


def test_known_organisations_meet_across_languages() -> None:
    docs = [doc("de", "de", [("Kreml", "ORG")]), doc("ru", "ru", [("Кремль", "ORG")])]
    links = link_entities(docs)
    assert links[("de", "e1")] == links[("ru", "e1")]


# Short sentences written for this test.
VISIT = {
    "de": "Putin besuchte am Donnerstag Astana und traf Präsident Tokajew am Flughafen.",
    "en": "Putin visited Astana on Thursday and met President Tokayev at the airport.",
    "ru": "Путин в четверг посетил Астану и встретился с президентом Токаевым в аэропорту.",
}
FOOTBALL = "Die Bundesliga beginnt am Freitag mit dem Spiel zwischen Bayern und Bremen."


def test_translations_are_one_story_other_news_another() -> None:
    docs = [doc(lang, lang, [], text) for lang, text in VISIT.items()]
    docs.append(doc("sport", "de", [], FOOTBALL))
    stories = sorted(sorted(s) for s in group_stories(docs))
    assert stories == [["de", "en", "ru"], ["sport"]]


def test_the_same_news_months_apart_is_two_stories() -> None:
    first, second = doc("a", "de", [], VISIT["de"]), doc("b", "en", [], VISIT["en"])
    first.published = Published("2023-11-09", "metadata")
    second.published = Published("2024-03-01", "metadata")
    assert sorted(group_stories([first, second])) == [["a"], ["b"]]


def test_near_duplicates_in_one_language() -> None:
    text = " ".join(
        ["Der Rat hat heute in Berlin über den Haushalt des nächsten Jahres beraten."] * 3
    )
    docs = [doc("a", "de", [], text), doc("b", "de", [], text + " Mehr dazu später.")]
    assert group_stories(docs) == [["a", "b"]]


def test_two_people_known_only_by_one_surname_get_two_ids() -> None:
    docs = [
        doc("a", "en", [("Clinton", "PER"), ("Oslo", "LOC")]),
        doc("b", "en", [("Clinton", "PER"), ("Oslo", "LOC")]),
        doc("c", "en", [("Clinton", "PER"), ("Lima", "LOC")]),
        doc("d", "en", [("Clinton", "PER"), ("Lima", "LOC")]),
    ]
    links = link_entities(docs)
    assert links[("a", "e1")] == links[("b", "e1")]
    assert links[("c", "e1")] == links[("d", "e1")]
    assert links[("a", "e1")] != links[("c", "e1")]


def test_two_surnames_named_together_support_each_other() -> None:
    docs = [
        doc("a", "en", [("Donald Trump", "PER"), ("Clinton", "PER")]),
        doc("b", "de", [("Trump", "PER"), ("Hillary Clinton", "PER")]),
    ]
    links = link_entities(docs)
    assert links[("b", "e1")] == links[("a", "e1")]
    assert links[("a", "e2")] == links[("b", "e2")]


def test_what_one_document_keeps_apart_no_other_joins() -> None:
    docs = [
        doc("a", "en", [("Trump", "PER"), ("Melania Trump", "PER"), ("Clinton", "PER")]),
        doc("b", "en", [("Melania Trump", "PER"), ("Clinton", "PER")]),
    ]
    links = link_entities(docs)
    assert links[("a", "e2")] == links[("b", "e1")]
    assert links.get(("a", "e1")) != links[("a", "e2")]


def test_one_name_with_two_labels_is_one_thing_in_a_shared_context() -> None:
    docs = [
        doc("en", "en", [("Tarlo", "MISC"), ("China", "LOC")]),
        doc("de", "de", [("Tarlo", "LOC"), ("China", "LOC")]),
        doc("far", "de", [("Tarlo", "PER"), ("Peru", "LOC")]),
    ]
    links = link_entities(docs)
    assert links[("en", "e1")] == links[("de", "e1")]
    assert links.get(("far", "e1")) != links[("en", "e1")]


def test_global_entities_are_named_for_their_readers() -> None:
    docs = [
        doc("ru", "ru", [("США", "LOC"), ("Николя Саркози", "PER")]),
        doc("ru2", "ru", [("США", "LOC"), ("Саркози", "PER")]),
        doc("de", "de", [("USA", "LOC"), ("Nicolas Sarkozy", "PER")]),
    ]
    for item in docs:
        for entity in item.entities:
            entity.key = cross_key(entity.name, entity.label, item.language)
    names = {g.label: g.name for g in global_entities(docs)}
    assert names == {"LOC": "United States", "PER": "Nicolas Sarkozy"}
