"""Dates: expressions per type in German, English, Ukrainian and Russian, resolved against a
publication date; the publication date from the text or inferred; the seed (DESIGN.md)."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph import Document, extract
from newsgraph.date_resolve import easter, holiday_date, weekday_date
from newsgraph.dates import find_dates, normalise_date
from newsgraph.model import DateMention, Published
from tests.conftest import SEED


def dates_of(text: str, language: str, published: str | None) -> list[DateMention]:
    """The date stage alone, on one text (one sentence: no sentence splitting needed)."""
    doc = Document(id="t", text=text, language=language)
    doc.published = Published(published, "metadata") if published else None
    return find_dates(doc).dates


def one(text: str, language: str, published: str | None = "2023-11-09") -> tuple[str, str]:
    found = dates_of(text, language, published)
    assert len(found) == 1, found
    return found[0].value, found[0].grain


# 2023-11-09 was a Thursday.
CASES = [
    # absolute
    ("de", "Am 9. November 2023 reiste er ab.", ("2023-11-09", "day")),
    ("de", "Die Sitzung vom 09.11.2023 war kurz.", ("2023-11-09", "day")),
    ("de", "Das war im März 2010.", ("2010-03", "month")),
    ("de", "Das geschah im Jahr 2006.", ("2006", "year")),
    ("de", "Mitte 1999 endete der Krieg.", ("1999", "year")),
    ("en", "He left on November 9, 2023.", ("2023-11-09", "day")),
    ("en", "The talks took place on 5-6 April 2016.", ("2016-04-05", "day")),
    ("uk", "Нагадаємо, 2 лютого 2024 року Польща заборонила імпорт.", ("2024-02-02", "day")),
    ("ru", "Суд вынес приговор в 2012 году.", ("2012", "year")),
    ("en", "It opened 2015-11-24T08:09:32+01:00 sharp.", ("2015-11-24", "day")),
    # partial: the year nearest the reference, not after it unless soon or said
    ("de", "Die Abstimmung war am 24. März.", ("2023-03-24", "day")),
    ("de", "Die Entscheidung fiel im September.", ("2023-09", "month")),
    ("de", "Gestreikt wird den ganzen Dezember über.", ("2023-12", "month")),
    ("de", "Die Liga beginnt am 26. November.", ("2023-11-26", "day")),
    ("en", "The convoy was hit on 19 September.", ("2023-09-19", "day")),
    ("en", "He died Nov. 8 in Syria.", ("2023-11-08", "day")),
    ("en", "No aid has arrived since June.", ("2023-06", "month")),
    ("ru", "Переговоры прошли 27 августа в Минске.", ("2023-08-27", "day")),
    ("ru", "Договориться удалось еще в марте.", ("2023-03", "month")),
    ("uk", "Польща передасть генератори до кінця листопада.", ("2023-11", "month")),
    # relative
    ("de", "Das ist heute eine wichtige Aufgabe.", ("2023-11-09", "day")),
    ("de", "Er wurde gestern festgenommen.", ("2023-11-08", "day")),
    ("de", "Am Dienstag stimmten die Gläubiger ab.", ("2023-11-07", "day")),
    ("de", "Der Streik soll am Montag fortgesetzt werden.", ("2023-11-13", "day")),
    ("de", "Eine Verlängerung auf Samstag ist möglich.", ("2023-11-11", "day")),
    ("de", "Das Gericht wurde vor 19 Jahren gegründet.", ("2004", "year")),
    ("de", "Im April letzten Jahres wurde sie eingestuft.", ("2022-04", "month")),
    ("de", "Die Wahl war vergangene Woche.", ("2023-10-30", "day")),
    ("de", "Das Treffen ist für nächsten Monat geplant.", ("2023-12", "month")),
    ("en", "Carter commented on yesterday's bombings.", ("2023-11-08", "day")),
    ("en", "The attacks occurred on Saturday.", ("2023-11-04", "day")),
    ("en", "He met officials last week.", ("2023-10-30", "day")),
    ("en", "The meeting is planned for next week.", ("2023-11-13", "day")),
    ("ru", "Путин вчера заявил об этом.", ("2023-11-08", "day")),
    ("ru", "Лавров в понедельник резко отреагировал.", ("2023-11-06", "day")),
    ("ru", "Министр должен прибыть в Москву на этой неделе.", ("2023-11-06", "day")),
    ("ru", "Это было в ноябре прошлого года.", ("2022-11", "month")),
    ("uk", "Вчора Новак відвідав Київ.", ("2023-11-08", "day")),
    ("uk", "Коваль у вівторок зустрілася з Новаком.", ("2023-11-07", "day")),
    ("uk", "Перша партія прибуде наступного тижня.", ("2023-11-13", "day")),
    # holidays and anchors
    ("de", "Der Anschlag am Ostersonntag wurde verurteilt.", ("2023-04-09", "day")),
    ("en", "He was killed on Thanksgiving Day.", ("2022-11-24", "day")),
    ("uk", "Це сталося на початку повномасштабного вторгнення.", ("2022-02", "month")),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES]
)
def test_expression_resolves(language: str, text: str, expected: tuple[str, str]) -> None:
    assert one(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The UN adopted Resolution 2249 unanimously."),
        ("de", "Rund 2000 Soldaten wurden verlegt."),
        ("de", "Er wurde zu sieben Jahren Haft verurteilt."),
        ("de", "Um 11:50 Uhr begann die Sitzung."),
        ("ru", "Комплексы С-300 охраняют базу."),
        ("ru", "Меры защищают окружающую среду."),
        ("de", "Der 63-Jährige lebte seit fast 13 Jahren dort."),
    ],
)
def test_no_date(language: str, text: str) -> None:
    assert dates_of(text, language, "2023-11-09") == []


def test_weekday_with_day_and_month_fixes_the_year() -> None:
    """`Dienstag, dem 1. März` in an article of 16 February 2016: 1 March 2016 was a Tuesday."""
    assert one("Am Dienstag, dem 1. März, wird erneut abgestimmt.", "de", "2016-02-16") == (
        "2016-03-01",
        "day",
    )
    assert one("Das war am Montag, dem 9. November.", "de", "2023-11-30") == ("2020-11-09", "day")


def test_range_start_and_shared_year() -> None:
    found = dates_of("Sie regierte von Januar bis September 2005.", "de", "2011-12-25")
    assert [(d.value, d.grain) for d in found] == [("2005-01", "month"), ("2005-09", "month")]
    assert one("Die Tötungen am 11. und 12. Juli 1995 in Srebrenica.", "de") == (
        "1995-07-11",
        "day",
    )


def test_following_day_counts_from_the_last_date() -> None:
    found = dates_of(
        "On Dec. 6th they attacked and the following day they left.", "en", "2016-12-08"
    )
    assert [d.value for d in found] == ["2016-12-06", "2016-12-07"]


def test_month_only_publication_keeps_month_precision() -> None:
    assert one("Minister Ellwood visited Turkey on 4 April.", "en", "2016-04") == (
        "2016-04-04",
        "day",
    )
    assert one("Today the minister spoke.", "en", "2016-04") == ("2016-04", "month")
    assert dates_of("He spoke on Thursday.", "en", "2016-04") == []


def test_without_any_reference_only_dated_expressions_remain() -> None:
    found = dates_of("Gestern, am 3. Mai, und im Jahr 2006.", "de", None)
    assert [d.value for d in found] == ["2006"]


def test_weekday_rule() -> None:
    thursday = date(2023, 11, 9)
    assert weekday_date(3, thursday, None, False) == thursday
    assert weekday_date(4, thursday, None, False) == date(2023, 11, 3)
    assert weekday_date(4, thursday, None, True) == date(2023, 11, 10)
    assert weekday_date(4, date(2009, 1, 3), "last", False) == date(2008, 12, 26)
    assert weekday_date(0, date(2015, 11, 24), "next", False) == date(2015, 11, 30)


def test_holidays() -> None:
    assert easter(2017) == date(2017, 4, 16)
    assert easter(2024) == date(2024, 3, 31)
    assert holiday_date("thanksgiving", 2016) == date(2016, 11, 24)
    assert holiday_date("12-25", 2020) == date(2020, 12, 25)


def test_publication_date_from_a_dateline() -> None:
    doc = Document(id="t", text="Titel\n24.11.2015 | 08:09 Uhr\nDie Lufthansa streikt heute.")
    doc.language = "de"
    doc = find_dates(doc)
    assert doc.published == Published("2015-11-24", "text")
    assert [d.value for d in doc.dates] == ["2015-11-24", "2015-11-24"]


def test_publication_date_beside_today() -> None:
    doc = Document(id="t", text="Сьогодні, 6 листопада 2023 року, міністр прибув.", language="uk")
    assert find_dates(doc).published == Published("2023-11-06", "text")


def test_normalise_date_keeps_precision() -> None:
    assert normalise_date("2023-11-09T10:00:00+02:00") == "2023-11-09"
    assert normalise_date("2023-11") == "2023-11"
    assert normalise_date("9 November 2023") == "2023-11-09"


# ------------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module", params=[None, "2023-11-09"], ids=["inferred", "metadata"])
def seed(request: pytest.FixtureRequest) -> Document:
    return extract(SEED.read_text(encoding="utf-8"), published=request.param)


def test_seed_weekday_fixes_the_year(seed: Document) -> None:
    """No year is written: 9 November fell on a Thursday in 2023, and the text's own anchor
    (the invasion of February 2022) rules out 2017."""
    thursday = [d for d in seed.dates if d.text == "Donnerstag, dem 9. November"]
    assert [(d.value, d.grain) for d in thursday] == [("2023-11-09", "day")]


def test_seed_today_is_the_publication_date(seed: Document) -> None:
    assert seed.published is not None and seed.published.value == "2023-11-09"
    today = [d for d in seed.dates if d.text == "heute"]
    assert len(today) == 4
    assert {d.value for d in today} == {"2023-11-09"}


def test_seed_invasion_start(seed: Document) -> None:
    invasion = [d for d in seed.dates if d.text.startswith("Zu Beginn der")]
    assert [(d.value, d.grain) for d in invasion] == [("2022-02", "month"), ("2022-02", "month")]
    assert invasion[0].text.startswith("Zu Beginn der umfassenden russischen Invasion")


def test_seed_publication_basis() -> None:
    inferred = extract(SEED.read_text(encoding="utf-8"))
    given = extract(SEED.read_text(encoding="utf-8"), published="2023-11-09")
    assert inferred.published == Published("2023-11-09", "inferred")
    assert given.published == Published("2023-11-09", "metadata")
