"""Cross-language name keys (issue 6): spellings of one name meet, different people stay apart.

Each meeting group lists spellings that must meet pairwise (every pair is a test); each
non-meeting pair names two real, different people (or places) with similar names.
"""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.names import (
    ascii_key,
    name_key,
    nominative_name,
    nominative_place,
    nominatives,
    person_key,
    person_keys,
    place_key,
    same_person_name,
    spelling_keys,
)

Spelling = tuple[str, str | None]  # a name and the language of the text it was written in

MEETING_GROUPS: dict[str, list[Spelling]] = {
    "tokayev": [
        ("Tokajew", "de"),
        ("Tokayev", "en"),
        ("Tokaev", "en"),
        ("Tokaïev", None),
        ("Tokajev", "en"),
        ("Токаев", "ru"),
        ("Токаєв", "uk"),
        ("Токаєва", "uk"),
        ("Токаеву", "ru"),
        ("Tokajews", "de"),
        ("Tokayev's", "en"),
    ],
    "kassym-jomart": [
        ("Kasym-Schomart", "de"),
        ("Kassym-Jomart", "en"),
        ("Касым-Жомарт", "ru"),
        ("Касим-Жомарт", "uk"),
        ("Kasim-Schomart", "de"),
        ("Kassym-Zhomart", "en"),
        ("Qasym-Jomart", None),
    ],
    "kassym-jomart tokayev": [
        ("Kasym-Schomart Tokajew", "de"),
        ("Kassym-Jomart Tokayev", "en"),
        ("Касым-Жомарт Токаев", "ru"),
        ("Касим-Жомарт Токаєв", "uk"),
        ("Kasim-Schomart Tokajew", "de"),
        ("Касым-Жомарта Токаева", "ru"),
    ],
    "zelensky": [
        ("Selenskyj", "de"),
        ("Zelensky", "en"),
        ("Zelenskyy", "en"),
        ("Зеленський", "uk"),
        ("Зеленский", "ru"),
        ("Зеленського", "uk"),
        ("Зеленскому", "ru"),
        ("Selenskyjs", "de"),
        ("Zelenskyi", "en"),
        ("Zelenskiy", "en"),
    ],
    "musaev": [
        ("Musaev", "de"),
        ("Mussayev", "en"),
        ("Musajew", "de"),
        ("Мусаев", "ru"),
        ("Мусаєв", "uk"),
        ("Мусаева", "ru"),
    ],
    "alnur musaev": [
        ("Alnur Musaev", "de"),
        ("Alnur Mussayev", "en"),
        ("Алнур Мусаев", "ru"),
        ("Алнура Мусаєва", "uk"),
    ],
    "putin": [
        ("Putin", "de"),
        ("Путин", "ru"),
        ("Путін", "uk"),
        ("Путіна", "uk"),
        ("Putins", "de"),
        ("Путиным", "ru"),
        ("Путінові", "uk"),
        ("Putin's", "en"),
    ],
    "vladimir putin": [
        ("Wladimir Putin", "de"),
        ("Vladimir Putin", "en"),
        ("Владимир Путин", "ru"),
        ("Владимира Путина", "ru"),
        ("W. Putin", "de"),
        ("Vladimir Vladimirovich Putin", "en"),
        ("Путин Владимир Владимирович", "ru"),
    ],
    "tymoshenko": [
        ("Tymoshenko", "en"),
        ("Timoshenko", "en"),
        ("Timoschenko", "de"),
        ("Тимошенко", "uk"),
    ],
    "yulia tymoshenko": [
        ("Yulia Tymoshenko", "en"),
        ("Julija Timoschenko", "de"),
        ("Юлія Тимошенко", "uk"),
        ("Юлії Тимошенко", "uk"),
        ("Юлия Тимошенко", "ru"),
        ("Yuliia Tymoshenko", "en"),
    ],
    "shoigu": [("Shoigu", "en"), ("Shoygu", "en"), ("Schoigu", "de"), ("Шойгу", "ru")],
    "sergei shoigu": [
        ("Sergei Shoigu", "en"),
        ("Sergey Shoygu", "en"),
        ("Sergej Schoigu", "de"),
        ("Сергей Шойгу", "ru"),
        ("Сергея Шойгу", "ru"),
    ],
    "klitschko": [
        ("Klitschko", "de"),
        ("Klitschko", "en"),
        ("Klychko", "en"),
        ("Кличко", "uk"),
        ("Кличка", "uk"),
    ],
    "vitali klitschko": [
        ("Vitali Klitschko", "en"),
        ("Witali Klitschko", "de"),
        ("Віталій Кличко", "uk"),
        ("Vitaliy Klychko", "en"),
        ("Віталія Кличка", "uk"),
    ],
    "ilham aliyev": [
        ("Ilham Aliyev", "en"),
        ("Ilham Alijew", "de"),
        ("Ильхам Алиев", "ru"),
        ("Aliyev Ilham", "en"),
        ("Ільхам Алієв", "uk"),
    ],
    "navalny": [
        ("Navalny", "en"),
        ("Nawalny", "de"),
        ("Навальный", "ru"),
        ("Навальний", "uk"),
        ("Навального", "ru"),
        ("Navalnyi", "en"),
    ],
    "yulia navalnaya": [
        ("Yulia Navalnaya", "en"),
        ("Julia Nawalnaja", "de"),
        ("Юлия Навальная", "ru"),
        ("Юлія Навальна", "uk"),
        ("Yulia Navalna", "en"),
    ],
    "maria zakharova": [
        ("Maria Zakharova", "en"),
        ("Maria Sacharowa", "de"),
        ("Мария Захарова", "ru"),
        ("Марія Захарова", "uk"),
        ("Mariya Zakharova", "en"),
    ],
    "khrushchev": [
        ("Khrushchev", "en"),
        ("Chruschtschow", "de"),
        ("Хрущёв", "ru"),
        ("Хрущев", "ru"),
        ("Khrouchtchev", None),
    ],
    "gorbachev": [
        ("Gorbachev", "en"),
        ("Gorbatschow", "de"),
        ("Горбачёв", "ru"),
        ("Горбачов", "uk"),
    ],
    "yanukovych": [
        ("Yanukovych", "en"),
        ("Janukowytsch", "de"),
        ("Янукович", "uk"),
        ("Ianoukovitch", None),
    ],
    "medvedev": [("Medvedev", "en"), ("Medwedew", "de"), ("Медведев", "ru"), ("Медведєв", "uk")],
    "lavrov": [("Lavrov", "en"), ("Lawrow", "de"), ("Лавров", "ru"), ("Лаврова", "uk")],
    "kim jong-un": [("Kim Jong-un", "en"), ("Kim Jong-un", "de")],
    "ramzan kadyrov": [
        ("Ramzan Kadyrov", "en"),
        ("Ramsan Kadyrow", "de"),
        ("Рамзан Кадыров", "ru"),
        ("Рамзана Кадырова", "ru"),
    ],
}


def _pairs() -> list[object]:
    return [
        pytest.param(a, b, id=f"{group}: {a[0]} ~ {b[0]}")
        for group, spellings in MEETING_GROUPS.items()
        for a, b in combinations(spellings, 2)
    ]


@pytest.mark.parametrize(("a", "b"), _pairs())
def test_spellings_of_one_name_meet(a: Spelling, b: Spelling) -> None:
    assert same_person_name(a[0], b[0], a[1], b[1])
    if " " not in a[0] + b[0]:
        # the index view: the key sets of two spellings of one word intersect (full names may
        # differ in patronymics, initials and order, which only `same_person_name` weighs)
        assert set(person_keys(*a)) & set(person_keys(*b))


NOT_MEETING: list[tuple[Spelling, Spelling]] = [
    # family members and namesakes: the given names tell them apart
    (("Ramzan Kadyrov", "en"), ("Akhmat Kadyrov", "en")),
    (("Рамзан Кадыров", "ru"), ("Akhmat Kadyrov", "en")),
    (("Bill Clinton", "en"), ("Hillary Clinton", "en")),
    (("Hillary Clinton", "en"), ("Chelsea Clinton", "en")),
    (("George W. Bush", "en"), ("George H. W. Bush", "en")),
    (("Ilham Aliyev", "en"), ("Heydar Aliyev", "en")),
    (("Aliyev Ilham", "en"), ("Aliyev Heydar", "en")),
    (("Vitali Klitschko", "en"), ("Wladimir Klitschko", "de")),
    (("Віталій Кличко", "uk"), ("Wladimir Klitschko", "de")),
    (("Kim Jong-un", "en"), ("Kim Jong-il", "en")),
    (("Kim Jong-un", "en"), ("Kim Il-sung", "en")),
    (("Kim Jong-un", "en"), ("Kim Yo-jong", "en")),
    (("Viktor Yanukovych", "en"), ("Oleksandr Yanukovych", "en")),
    (("Petro Poroshenko", "en"), ("Oleksiy Poroshenko", "en")),
    (("Yulia Tymoshenko", "en"), ("Yevhenia Tymoshenko", "en")),
    (("Islam Karimov", "en"), ("Gulnara Karimova", "en")),
    (("Alexander Lukashenko", "en"), ("Viktor Lukashenko", "en")),
    (("Gurbanguly Berdimuhamedow", "en"), ("Serdar Berdimuhamedow", "en")),
    (("Boris Johnson", "en"), ("Lyndon Johnson", "en")),
    (("Joe Biden", "en"), ("Hunter Biden", "en")),
    (("Donald Trump", "en"), ("Eric Trump", "en")),
    (("Sergei Skripal", "en"), ("Yulia Skripal", "en")),
    (("Alexander Litvinenko", "en"), ("Marina Litvinenko", "en")),
    (("Alnur Musaev", "de"), ("Ruslan Musaev", "en")),
    (("Vladimir Putin", "en"), ("Vladimir Pozner", "en")),
    (("Wladimir Klitschko", "de"), ("Wladimir Putin", "de")),
    # one family, two genders: in Latin script the feminine surname is another person
    (("Ivanov", "en"), ("Ivanova", "en")),
    (("Petrov", "en"), ("Petrova", "en")),
    (("Zelensky", "en"), ("Zelenska", "en")),
    (("Volodymyr Zelensky", "en"), ("Olena Zelenska", "en")),
    (("Зеленський", "uk"), ("Зеленська", "uk")),
    (("Зеленського", "uk"), ("Зеленської", "uk")),
    (("Navalny", "en"), ("Navalnaya", "en")),
    (("Навальный", "ru"), ("Навальная", "ru")),
    (("Alexei Navalny", "en"), ("Yulia Navalnaya", "en")),
    (("Mikhail Gorbachev", "en"), ("Raisa Gorbacheva", "en")),
    (("Boris Yeltsin", "en"), ("Naina Yeltsina", "en")),
    (("Anna Politkovskaya", "en"), ("Alexander Politkovsky", "en")),
    (("Aliyev", "en"), ("Aliyeva", "en")),
    (("Kadyrov", "en"), ("Kadyrova", "en")),
    (("Kyrylo Budanov", "en"), ("Marianna Budanova", "en")),
    (("Sviatlana Tsikhanouskaya", "en"), ("Siarhei Tsikhanouski", "en")),
    (("Tokayev", "en"), ("Tokayeva", "en")),
    # similar surnames, different people
    (("Putin", "en"), ("Pupkin", "en")),
    (("Путін", "uk"), ("Pupkin", "en")),
    (("Lavrov", "en"), ("Lavrin", "en")),
    (("Medvedev", "en"), ("Medvedchuk", "en")),
    (("Медведев", "ru"), ("Medwedtschuk", "de")),
    (("Tokayev", "en"), ("Tokarev", "en")),
    (("Musaev", "en"), ("Musin", "en")),
    (("Nazarbayev", "en"), ("Nazarov", "en")),
    (("Zakharov", "en"), ("Zakharchenko", "en")),
    (("Yermak", "en"), ("Yermakov", "en")),
    (("Reznikov", "en"), ("Reznik", "en")),
    (("Churkin", "en"), ("Chirkov", "en")),
    (("Gerasimov", "en"), ("Gerashchenko", "en")),
    (("Lukashenko", "en"), ("Lukashevich", "en")),
    (("Mirziyoyev", "en"), ("Mirzoyev", "en")),
    (("Akhmetov", "en"), ("Akhmedov", "en")),
    (("Usmanov", "en"), ("Osmanov", "en")),
    (("Abramovich", "en"), ("Abramov", "en")),
    (("Kolomoisky", "en"), ("Kolomiets", "en")),
    (("Scholz", "de"), ("Schulz", "de")),
    (("Merkel", "de"), ("Merz", "de")),
    (("Timchenko", "en"), ("Tymoshenko", "en")),
    (("Yanukovych", "en"), ("Yatsenyuk", "en")),
    (("Surkov", "en"), ("Sukhov", "en")),
    (("Kirill", "en"), ("Kirillov", "en")),
    (("Peskov", "en"), ("Pekov", "en")),
    (("Navalny", "en"), ("Naval", "en")),
    (("Pashinyan", "en"), ("Pashayan", "en")),
    (("Kozak", "en"), ("Kozakov", "en")),
    (("Shoigu", "en"), ("Shuvalov", "en")),
    (("Rahmon", "en"), ("Rahman", "en")),
    (("Klitschko", "de"), ("Kličković", None)),
]


@pytest.mark.parametrize(
    ("a", "b"), [pytest.param(a, b, id=f"{a[0]} ≠ {b[0]}") for a, b in NOT_MEETING]
)
def test_different_people_do_not_meet(a: Spelling, b: Spelling) -> None:
    assert not same_person_name(a[0], b[0], a[1], b[1])
    assert not same_person_name(b[0], a[0], b[1], a[1])


KNOWN_COLLISIONS: list[tuple[Spelling, Spelling, str]] = [
    (
        ("Sakharov", "en"),
        ("Zakharov", "en"),
        "z and s fold because German writes both Сахаров and Захаров `Sacharow`",
    ),
    (
        ("Poroshenko", "en"),
        ("Porozhenko", "en"),
        "sh and zh fold because German writes both ш and ж `sch`",
    ),
]


@pytest.mark.parametrize(
    ("a", "b"),
    [pytest.param(a, b, id=f"{a[0]} = {b[0]}: {why}") for a, b, why in KNOWN_COLLISIONS],
)
def test_known_collisions(a: Spelling, b: Spelling) -> None:
    """A documented limitation: different names the skeleton cannot tell apart. When a fold
    learns to keep them apart, this test fails: move the pair to the must-not-meet list."""
    assert same_person_name(a[0], b[0], a[1], b[1])


KNOWN_MISSES: list[tuple[Spelling, Spelling, str]] = [
    (
        ("Wladimir Putin", "de"),
        ("Володимир Путін", "uk"),
        "Ukrainian and Russian forms of a given name are different words, not spellings",
    ),
    (
        ("Volodymyr Zelensky", "en"),
        ("Владимир Зеленский", "ru"),
        "Ukrainian and Russian forms of a given name are different words, not spellings",
    ),
    (
        ("Kim Jong-un", "en"),
        ("Ким Чен Ын", "ru"),
        "Russian writes Korean names by its own convention (Концевич), not from the Latin",
    ),
]


@pytest.mark.parametrize(
    ("a", "b"),
    [pytest.param(a, b, id=f"{a[0]} ≠ {b[0]}: {why}") for a, b, why in KNOWN_MISSES],
)
def test_known_misses(a: Spelling, b: Spelling) -> None:
    """A documented limitation: one person the rules cannot bring together (a table of
    given-name forms would). When they meet, this test fails: move the pair to the groups."""
    assert not same_person_name(a[0], b[0], a[1], b[1])


# In Cyrillic the feminine nominative of a possessive surname is the masculine genitive: the
# word reads both ways (documented in data/names/inflection.toml).
@pytest.mark.parametrize(
    ("word", "language", "meets"),
    [
        pytest.param("Иванова", "ru", "Ivanov", id="Иванова ~ Ivanov (genitive)"),
        pytest.param("Иванова", "ru", "Ivanova", id="Иванова ~ Ivanova (feminine)"),
        pytest.param("Захаровой", "ru", "Zakharova", id="Захаровой ~ Zakharova"),
        pytest.param("Зеленської", "uk", "Zelenska", id="Зеленської ~ Zelenska"),
        pytest.param("Навальной", "ru", "Navalnaya", id="Навальной ~ Navalnaya"),
    ],
)
def test_cyrillic_gender_readings(word: str, language: str, meets: str) -> None:
    assert same_person_name(word, meets, language, "en")


def test_feminine_oblique_is_not_the_man() -> None:
    assert not same_person_name("Захаровой", "Zakharov", "ru", "en")
    assert not same_person_name("Зеленської", "Zelensky", "uk", "en")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("путіна", "путін"),
        ("токаєва", "токаєв"),
        ("токаеву", "токаев"),
        ("зеленського", "зеленський"),
        ("зеленскому", "зеленский"),
        ("навального", "навальний"),
        ("путиным", "путин"),
        ("владимира", "владимир"),
        ("кличка", "кличко"),
        ("юлії", "юлія"),
        ("сергея", "сергей"),
        ("шойгу", "шойгу"),
    ],
)
def test_case_endings_are_read_off(word: str, expected: str) -> None:
    assert expected in nominatives(word, None)


@pytest.mark.parametrize(
    ("word", "language", "key"),
    [
        pytest.param("Tokajew", "de", "tokaev", id="german j and w, glide"),
        pytest.param("Tokaïev", None, "tokaev", id="french ï, glide"),
        pytest.param("Selenskyj", "de", "selenski", id="-yj ending"),
        pytest.param("Zelenskyy", "en", "selenski", id="-yy ending, z/s"),
        pytest.param("Kassym", "en", "kasim", id="double letters, y vowel"),
        pytest.param("Schomart", "de", "šomart", id="german sch"),
        pytest.param("Zhomart", "en", "šomart", id="english zh"),
        pytest.param("Klitschko", "en", "kličko", id="tsch"),
        pytest.param("Sacharowa", "de", "sagarova", id="german ch"),
        pytest.param("Medvedchuk", "en", "medvedčuk", id="english ch"),
        pytest.param("Hanna", "en", "gana", id="h/g"),
        pytest.param("Yevgeny", "en", "evgeni", id="initial glide"),
        pytest.param("Gorbatschow", "de", "gorbačev", id="ё after ч"),
        pytest.param("Romanoff", "en", "romanov", id="-off"),
        pytest.param("Alexander", "en", "aleksander", id="x"),
        pytest.param("Toqaev", None, "tokaev", id="kazakh q"),
    ],
)
def test_spelling_rules(word: str, language: str | None, key: str) -> None:
    assert spelling_keys(word, language)[0] == key


def test_english_j_reads_both_ways() -> None:
    assert spelling_keys("Jomart", "en") == ("šomart", "omart")
    assert spelling_keys("Jomart", "de") == ("omart",)


def test_person_key_of_the_seed_spellings() -> None:
    assert person_key("Kasym-Schomart Tokajew", "de") == "kasim-šomart tokaev"
    assert person_key("Kasim-Schomart Tokajew", "de") == "kasim-šomart tokaev"
    assert person_key("Касым-Жомарт Токаев", "ru") == "kasim-šomart tokaev"


def test_one_word_meets_the_full_name() -> None:
    assert same_person_name("Putin", "Wladimir Putin", "en", "de")
    assert same_person_name("Tokajew", "Kassym-Jomart Tokayev", "de", "en")
    assert not same_person_name("Putin", "Wladimir Klitschko", "en", "de")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(("Kasachstan", "de"), ("Kazakhstan", "en"), id="Kasachstan ~ Kazakhstan"),
        pytest.param(("Kazakhstan", "en"), ("Казахстан", "ru"), id="Kazakhstan ~ Казахстан"),
        pytest.param(("Kasachstans", "de"), ("Казахстан", "uk"), id="Kasachstans ~ Казахстан"),
        pytest.param(("Казахстану", "uk"), ("Kasachstan", "de"), id="Казахстану ~ Kasachstan"),
        pytest.param(("Russland", "de"), ("Russische Föderation", "de"), id="Russland ~ RF"),
        pytest.param(("Astana", "de"), ("Астана", "ru"), id="Astana ~ Астана"),
        pytest.param(("Kiew", "de"), ("Київ", "uk"), id="Kiew ~ Київ"),
        pytest.param(("Києві", "uk"), ("Kyiv", "en"), id="Києві ~ Kyiv"),
        pytest.param(("Китае", "ru"), ("China", "de"), id="Китае ~ China"),
        pytest.param(("Соединенных Штатов", "ru"), ("USA", "de"), id="Соединенных Штатов ~ USA"),
        pytest.param(("Сполучених Штатів", "uk"), ("U.S.", "en"), id="Сполучених Штатів ~ U.S."),
        pytest.param(("Великобритании", "ru"), ("UK", "en"), id="Великобритании ~ UK"),
        pytest.param(("Großbritannien", "de"), ("United Kingdom", "en"), id="Großbritannien ~ UK"),
        pytest.param(("Крыму", "ru"), ("Krim", "de"), id="Крыму ~ Krim"),
    ],
)
def test_places_meet_through_the_gazetteer(a: Spelling, b: Spelling) -> None:
    assert place_key(*a) == place_key(*b)
    assert not place_key(*a).startswith("name:")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(("Kasachstan", "de"), ("Kirgisistan", "de"), id="Kasachstan ≠ Kirgisistan"),
        pytest.param(("Austria", "en"), ("Australia", "en"), id="Austria ≠ Australia"),
        pytest.param(("Slowakei", "de"), ("Slowenien", "de"), id="Slowakei ≠ Slowenien"),
        pytest.param(("Niger", "en"), ("Nigeria", "en"), id="Niger ≠ Nigeria"),
        pytest.param(("Гвинея", "ru"), ("Гвинея-Бисау", "ru"), id="Гвинея ≠ Гвинея-Бисау"),
    ],
)
def test_similar_places_do_not_meet(a: Spelling, b: Spelling) -> None:
    assert place_key(*a) != place_key(*b)


def test_abbreviations_are_places_only_as_written() -> None:
    assert place_key("US", "en") == "territory:US"
    assert place_key("us", "en").startswith("name:")


def test_in_language_keys_keep_their_behaviour() -> None:
    assert name_key("Kasachstans", "de") == "kasachstan"
    assert name_key("Putin's", "en") == "putin"
    assert ascii_key("Касым") == "kasym"


@pytest.mark.parametrize(
    ("word", "language", "key"),
    [
        ("Трампом", "ru", "трамп"),
        ("Китае", "ru", "китай"),
        ("Ивановой", "ru", "иванова"),  # the woman's name, not the man's
        ("Токаев", "ru", "токаев"),  # a surname, not the genitive plural of `токай`
        ("президента", "ru", "президент"),
        ("Путіна", "uk", "путін"),
    ],
)
def test_russian_and_ukrainian_words_have_dictionary_lemmas(
    word: str, language: str, key: str
) -> None:
    assert name_key(word, language) == key


def test_german_genitive_of_an_unknown_name_is_read_off() -> None:
    assert same_person_name("Obamas", "Barack Obama", "de", "en")
    assert not same_person_name("Ross", "Ro", "de", "de")


LANGUAGES = st.sampled_from(["de", "en", "uk", "ru", None])
NAMES = st.text(st.characters(codec="utf-8", categories=["L", "M", "N", "P", "Zs"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(NAMES, LANGUAGES)
def test_person_key_never_raises_and_is_idempotent(name: str, language: str | None) -> None:
    key = person_key(name, language)
    assert person_key(key, None) == key


@settings(max_examples=200, deadline=None)
@given(NAMES, NAMES, LANGUAGES, LANGUAGES)
def test_same_person_name_is_symmetric(a: str, b: str, la: str | None, lb: str | None) -> None:
    assert same_person_name(a, b, la, lb) == same_person_name(b, a, lb, la)


@settings(max_examples=200, deadline=None)
@given(NAMES, LANGUAGES)
def test_a_name_meets_itself(name: str, language: str | None) -> None:
    assert same_person_name(name, name, language, language) == bool(person_keys(name, language))


@pytest.mark.parametrize(
    ("name", "language", "nominative"),
    [
        ("Сергеем Лавровым", "ru", "Сергей Лавров"),
        ("Ирину Иванову", "ru", "Ирина Иванова"),  # gender agrees: not `Иванов`
        ("Юлии Тимошенко", "ru", "Юлия Тимошенко"),
        ("Володимира Зеленського", "uk", "Володимир Зеленський"),
        ("Алнура Мусаева", "ru", "Алнура Мусаева"),  # a word the dictionary lacks: left alone
        ("Wladimir Putin", "de", "Wladimir Putin"),
    ],
)
def test_russian_and_ukrainian_names_are_put_in_the_nominative(
    name: str, language: str, nominative: str
) -> None:
    assert nominative_name(name, language) == nominative


@pytest.mark.parametrize(
    ("name", "language", "nominative"),
    [
        ("Москве", "ru", "Москва"),
        ("Києві", "uk", "Київ"),  # also the given name `Кий`: the place reading wins
        ("Одесі", "uk", "Одеса"),
        ("Штатах", "ru", "Штаты"),  # plural stays plural
        ("Нью-Йорке", "ru", "Нью-Йорк"),  # capitals kept across the hyphen
        ("Донецькій області", "uk", "Донецькій області"),  # several words: left alone
        ("Berlin", "de", "Berlin"),
    ],
)
def test_russian_and_ukrainian_places_are_put_in_the_nominative(
    name: str, language: str, nominative: str
) -> None:
    assert nominative_place(name, language) == nominative
