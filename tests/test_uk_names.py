"""Ukrainian names by rule (`nlp/uk_names.py`). Short sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.mentions import repair_mentions
from newsgraph.model import Document
from newsgraph.nlp.ner import recognise
from newsgraph.nlp.uk_names import uk_names


def names(text: str) -> list[tuple[str, str]]:
    """The names stage as the pipeline runs it for Ukrainian: rules, then repairs."""
    doc = repair_mentions(recognise(Document(id="t", text=text, language="uk")))
    return [(text[n.start : n.end], n.label) for n in doc.names]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence's first word before a surname is the given name, though the dictionary
        # reads `Володимир` as a town.
        ("Володимир Зеленський зустрівся з делегацією.", ("Володимир Зеленський", "PER")),
        # A given name beats the Romanian town of Roman.
        ("Слово взяв Романа Шмігельського брат.", ("Романа Шмігельського", "PER")),
        # A large city beats the surname Lvov.
        ("Делегація прибула до Львова ввечері.", ("Львова", "LOC")),
        ("Контракт отримало ТОВ «Каштан-плюс» у березні.", ("ТОВ «Каштан-плюс»", "ORG")),
        (
            "Заяву оприлюднило Міністерство оборони України вчора.",
            ("Міністерство оборони України", "ORG"),
        ),
        ("Бої тривають у Донецькій області.", ("Донецькій області", "LOC")),
        ("Про це повідомила СБУ.", ("СБУ", "ORG")),
        ("Тендер оголосила Укрзалізниця вчора.", ("Укрзалізниця", "ORG")),
        ("Послугу запустив Kyivstar вчора.", ("Kyivstar", "ORG")),
        ("Рішення ухвалила Київрада вчора.", ("Київрада", "ORG")),
        # A city that ends like a council (`раді`) stays a city.
        ("Делегація прибула у Кіровограді вчора.", ("Кіровограді", "LOC")),
        # An institution's genitive complement ends before the person after it.
        ("Виступив депутат від Партії регіонів Микола Джига.", ("Микола Джига", "PER")),
        ("Делегація США прибула.", ("США", "LOC")),
        # A full stop ends a name; an initial's does not.
        ("Зустріч була у Львові. Петро Порошенко прибув.", ("Петро Порошенко", "PER")),
        ("Заяву зробив В. Зеленський.", ("В. Зеленський", "PER")),
    ],
)
def test_names_and_their_kinds(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Вона пішла додому.", "Вона"),  # a pronoun opening a sentence
        ("Вчора Зеленський виступив.", "Вчора Зеленський"),  # an adverb before the name
        ("Президент Зеленський виступив.", "Президент Зеленський"),  # a role before it
        ("Це сталося у XX столітті.", "XX"),  # a Roman numeral
    ],
)
def test_capitalised_words_that_are_no_names(text: str, not_a_name: str) -> None:
    assert not_a_name not in [found for found, _ in names(text)]


def test_a_role_stays_out_but_the_surname_is_found() -> None:
    assert ("Зеленський", "PER") in names("Президент Зеленський виступив.")


@given(st.text(alphabet="АБВгдеєжзиіїКЛМН «»\n.,-'ТОВ", max_size=80))
def test_spans_lie_in_the_text_in_order(text: str) -> None:
    spans = uk_names(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
