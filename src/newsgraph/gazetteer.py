"""Countries and regions by name, in the languages newsgraph reads, to ISO/UN codes.

Names come from CLDR (through Babel: `Russland`, `Russia`, `Росія`, `Россия`, regions such as
`Zentralasien`) and from ISO 3166 official names with their translations (through pycountry:
`Russische Föderation`, `Republik Kasachstan`). Two mentions with one code are one place.
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry
from babel import Locale

from newsgraph.names import name_key

LANGUAGES = ("de", "en", "uk", "ru")


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
    return index


def territory(name: str, language: str | None) -> str | None:
    """The code of a country or region named so (`Kasachstans` → `KZ`), else None."""
    return _index().get(name_key(name, language))
