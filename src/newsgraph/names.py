"""Name keys: the normal form under which two spellings of one name meet.

The same function builds every index (gazetteer, entity groups) and normalises every query.
Within one language the key is the casefolded lemma of each token, so inflected forms meet
their base form: German `Kasachstans`, `Putins`, `Russischen Föderation` (HanTa's lemmas),
Russian and Ukrainian `Китае`, `Трампом`, `Путіна` (pymorphy3's dictionaries), English `Putin's`.

Across languages and scripts (`person_key`, `person_keys`, `same_person_name`) a name word is
read back to its nominative, transliterated and folded into a spelling skeleton, so that
`Tokajew`, `Tokayev`, `Tokaïev`, `Токаєва` meet; the rules are data (`data/names/*.toml`).
Places meet through the gazetteer instead (`place_key`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pymorphy3
from anyascii import anyascii
from HanTa import HanoverTagger

from newsgraph.data import load_toml

TOKEN = re.compile(r"\w[\w'’.\-]*\w|\w", re.UNICODE)
POSSESSIVE = re.compile(r"['’]s?$")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A German genitive -s on a name: after a vowel or a consonant other than s, x, z.
GERMAN_GENITIVE = re.compile(r"\w\w[^sxzß\W]s$")


@cache
def _german() -> HanoverTagger.HanoverTagger:
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=200_000)
def german_lemma_tag(word: str) -> tuple[str, str]:
    """HanTa's lemma and part-of-speech tag of any German word (`NE` marks proper nouns)."""
    lemma_, tag = _german().analyze(word)
    return str(lemma_), str(tag)


def german_lemma(word: str) -> str:
    """HanTa's lemma of any German word (`betonte` → `betonen`, `Kasachstans` → `Kasachstan`)."""
    return german_lemma_tag(word)[0]


GENDERS = {"masc", "femn", "neut", "ms-f"}
# pymorphy3 tags of names, in the order their readings are preferred.
NAME_TAGS = ("Surn", "Geox", "Orgn", "Name", "Patr")
# Those of them that name people.
PERSON_TAGS = frozenset({"Surn", "Name", "Patr"})


@cache
def _analyzer(language: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=language)


def morph(language: str | None) -> pymorphy3.MorphAnalyzer:
    """pymorphy3 with Ukrainian's dictionary for Ukrainian, Russian's for any other Cyrillic
    text; one analyser per language for the whole process."""
    return _analyzer("uk" if language == "uk" else "ru")


@lru_cache(maxsize=200_000)
def _known_parses(word: str, language: str | None) -> tuple[pymorphy3.analyzer.Parse, ...]:
    """The dictionary's analyses of a Russian or Ukrainian word, name readings first. Guesses
    for unknown words are left out: pymorphy3's (`Шольцем` → `шолец`) are worse than the
    spelling rules of `cyrillic_nominatives`."""
    parses = morph(language).parse(word)

    def rank(parse: pymorphy3.analyzer.Parse) -> int:
        tags = [tag for tag in NAME_TAGS if tag in parse.tag.grammemes]
        return NAME_TAGS.index(tags[0]) if tags else len(NAME_TAGS)

    return tuple(sorted((p for p in parses if p.is_known), key=rank))


def _is_name(parse: pymorphy3.analyzer.Parse) -> bool:
    return any(tag in parse.tag.grammemes for tag in NAME_TAGS)


def _nominative(parse: pymorphy3.analyzer.Parse) -> str:
    """The word put in the nominative, keeping gender and number: `Навальной` → `навальная`
    (the dictionary's normal form would be the man's name), `Штатов` → `штаты`."""
    inflected = parse.inflect({"nomn"})
    return str(inflected.word if inflected else parse.normal_form)


@lru_cache(maxsize=200_000)
def cyrillic_lemma(word: str, language: str | None) -> str:
    """Base form of a Russian or Ukrainian word: a name the dictionary knows in the nominative
    (`Трампом` → `трамп`, `Китае` → `китай`), any other known word by its dictionary form
    (`президента` → `президент`). A capitalised word known only as a common noun stays as it
    is: `Токаев` is a surname, not the genitive of `токай`."""
    parses = _known_parses(word, language)
    if parses and _is_name(parses[0]):
        return _nominative(parses[0]).replace("ё", "е")
    if parses and not word[:1].isupper():
        return str(parses[0].normal_form).replace("ё", "е")
    return word.casefold()


@lru_cache(maxsize=200_000)
def cyrillic_base_forms(word: str, language: str | None) -> tuple[str, ...]:
    """Every dictionary base form of a word, for looking places up: Ukrainian `Києві` is also
    a given name (`кий`), and the gazetteer decides which reading names a place."""
    parses = _known_parses(word, language)
    forms = [_nominative(p) for p in parses] + [str(p.normal_form) for p in parses]
    return tuple(dict.fromkeys(f.replace("ё", "е") for f in forms))


def nominative_name(name: str, language: str | None) -> str:
    """A Russian or Ukrainian person's name put in the nominative where the dictionary knows its
    words as names and they agree in gender and case (`Сергеем Лавровым` → `Сергей Лавров`,
    `Ирину Иванову` → `Ирина Иванова`); anything else stays as written."""
    if language not in ("ru", "uk") or not CYRILLIC.search(name):
        return name
    words = list(re.finditer(r"[^\W\d_][\w'-]*", name))
    parses = [tuple(p for p in _known_parses(w.group(0), language) if _is_name(p)) for w in words]
    if not all(parses):
        return name
    for first in parses[0]:
        agreeing = [_agreeing(first, options) for options in parses]
        if all(agreeing):
            out, last = [], 0
            for match, parse in zip(words, agreeing, strict=True):
                assert parse is not None
                out += [name[last : match.start()], _written_like(_nominative(parse), match)]
                last = match.end()
            return "".join(out) + name[last:]
    return name


def nominative_place(name: str, language: str | None) -> str:
    """A Russian or Ukrainian one-word place put in the nominative by the dictionary's first
    reading of it as a place or a thing, not a person (`Москве` → `Москва`, `Києві` → `Київ`,
    though `Києві` is also the given name `Кий`); anything else stays as written."""
    word = re.fullmatch(r"[^\W\d_][\w'-]*", name)
    if language not in ("ru", "uk") or word is None or not CYRILLIC.search(name):
        return name
    for parse in _known_parses(name, language):
        person = any(tag in parse.tag.grammemes for tag in PERSON_TAGS)
        if parse.tag.POS == "NOUN" and not person:
            return _written_like(_nominative(parse), word)
    return name


def _agreeing(
    first: pymorphy3.analyzer.Parse, options: tuple[pymorphy3.analyzer.Parse, ...]
) -> pymorphy3.analyzer.Parse | None:
    """The reading of a name word in the gender and case of the first word's reading."""

    def genders(parse: pymorphy3.analyzer.Parse) -> set[str]:
        found = set(parse.tag.grammemes) & GENDERS
        return {"masc", "femn"} if "ms-f" in found else found

    for option in options:
        if option.tag.case == first.tag.case and genders(option) & genders(first):
            return option
    return None


def _written_like(base: str, match: re.Match[str]) -> str:
    """`base` capitalised as the word was, part by part across hyphens (`Нью-Йорк`)."""
    text = match.group(0)
    if "ё" not in text.casefold():
        base = base.replace("ё", "е")
    written, parts = text.split("-"), base.split("-")
    if len(written) != len(parts):
        written, parts = [text], [base]
    return "-".join(
        p[:1].upper() + p[1:] if w[:1].isupper() else p for w, p in zip(written, parts, strict=True)
    )


def genitive_label(word: str, language: str | None) -> str | None:
    """What a Russian or Ukrainian word in the genitive names, by the dictionary's best reading:
    `PER` (`Путина`), `LOC` (`Германии`), `ORG` (`Еврокомиссии`, `Кремля`); None when the word
    is not read as a genitive noun. A genitive before a name says whose it is
    (`пресс-секретарь Путина Дмитрий Песков`)."""
    if language not in ("ru", "uk") or not CYRILLIC.search(word):
        return None
    parses = morph(language).parse(word)
    best = next((p for p in parses if p.is_known), None)
    if best is None or best.tag.case != "gent" or best.tag.POS != "NOUN":
        return None
    grammemes = best.tag.grammemes
    if grammemes & {"Surn", "Name", "Patr"}:
        return "PER"
    return "LOC" if "Geox" in grammemes else "ORG"


def is_given_name(word: str, language: str | None) -> bool:
    """Whether the dictionary knows a Russian or Ukrainian word as a given name."""
    if language not in ("ru", "uk"):
        return False
    return any("Name" in p.tag.grammemes for p in _known_parses(word, language))


def lemma(word: str, language: str | None) -> str:
    """Base form of one name token: German by HanTa, Russian and Ukrainian by pymorphy3."""
    if language == "de" and word[:1].isupper():
        return german_lemma(word)
    if language == "en":
        return POSSESSIVE.sub("", word)
    if language in ("ru", "uk") and CYRILLIC.search(word):
        return cyrillic_lemma(word, language)
    return word


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def token_keys(text: str, language: str | None) -> list[str]:
    return [lemma(token, language).casefold().replace("ё", "е") for token in tokens(text)]


def name_key(text: str, language: str | None) -> str:
    return " ".join(token_keys(text, language))


def ascii_key(text: str) -> str:
    """Script-free form for fuzzy comparison: `Kasim-Schomart` and `Kasym-Schomart` come close."""
    return anyascii(text).casefold()


# --- Cross-language keys ---------------------------------------------------------------------
#
# A person's name meets its other spellings in three steps, each a function of its own:
# 1. `nominatives`: the base forms a word may stand for — Ukrainian/Russian case endings read off
#    by the rules in `data/names/inflection.toml`, German ones by HanTa, the English possessive;
# 2. `spelling_keys`: each base form transliterated (anyascii) and folded into one skeleton by the
#    rules in `data/names/spelling.toml` (j/y/i glides, kh/ch/h, sch/sh/zh/j, w/v, z/s, doubles …);
# 3. `same_person_name`: two names meet when their words do (any reading of one = any reading of
#    the other), given name with given name (initials count) and surname with surname.
# An index built with `person_keys` and a query normalised with it meet exactly when their key
# sets intersect; `person_key` is the preferred reading, for display and exact grouping.
# Places do not meet by spelling: `place_key` names the country, region or capital they are.

# Readings kept per word, and per full name, preferred first; more are ambiguities nobody needs.
MAX_WORD_READINGS = 8
MAX_NAME_READINGS = 16
# Anything anyascii leaves that is not part of a key (punctuation, symbols, spaces).
NOT_KEY = re.compile(r"[^a-z0-9CSX]")
# The upper-case letters `data/names/spelling.toml` writes for one sound each (ч, ш/ж, х/г/h).
PLACEHOLDERS = frozenset("CSX")


@dataclass(frozen=True)
class _Rewrite:
    name: str
    pattern: re.Pattern[str]
    replace: tuple[str, ...]
    languages: frozenset[str] | None


@dataclass(frozen=True)
class _Spelling:
    letters: dict[str, str]
    rewrites: tuple[_Rewrite, ...]
    settle: tuple[tuple[re.Pattern[str], str], ...]
    output: dict[str, str]


@cache
def _spelling() -> _Spelling:
    rules = load_toml("names/spelling.toml")
    rewrites = tuple(
        _Rewrite(
            name=rule["name"],
            pattern=re.compile(rule["pattern"]),
            replace=tuple(rule["replace"]),
            languages=frozenset(rule["languages"]) if "languages" in rule else None,
        )
        for rule in rules["rewrite"]
    )
    settle = tuple((re.compile(rule["pattern"]), rule["replace"]) for rule in rules["settle"])
    return _Spelling(dict(rules["letters"]), rewrites, settle, dict(rules["output"]))


@cache
def _endings() -> tuple[int, tuple[tuple[str, int, tuple[str, ...]], ...]]:
    """`min_base` and every (suffix, length of its case ending, nominative endings), longest
    suffix first, classes in file order on a tie."""
    rules = load_toml("names/inflection.toml")
    table = [
        (stem + ending, len(ending), tuple(nominative))
        for class_ in rules["class"]
        for stem in class_["stems"]
        for ending, nominative in class_["endings"].items()
    ]
    table.sort(key=lambda row: -len(row[0]))  # stable: file order among equal lengths
    return int(rules["min_base"]), tuple(table)


def cyrillic_nominatives(word: str) -> tuple[str, ...]:
    """Base forms a casefolded Cyrillic word may be an inflection of, itself last.

    `путіна` → (`путін`, `путіна`); `зеленського` → (`зеленський`, `зеленського`)."""
    min_base, table = _endings()
    for suffix, ending_length, nominative in table:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_base:
            stem = word[: len(word) - ending_length]
            return tuple(dict.fromkeys([stem + ending for ending in nominative] + [word]))
    return (word,)


def nominatives(word: str, language: str | None) -> tuple[str, ...]:
    """Step 1: the casefolded base forms of one name word, preferred first."""
    if CYRILLIC.search(word):
        return cyrillic_nominatives(word.casefold())
    base = lemma(word, language)
    # HanTa only ever takes an ending off a name (`Putins`); a lemma that rewrites the word is
    # a guess about a common noun and is ignored.
    if not word.casefold().startswith(base.casefold()) or not base:
        base = word
    if language == "de" and base == word and GERMAN_GENITIVE.search(word):
        return (word.casefold(), word[:-1].casefold())  # `Obamas`, which HanTa does not know
    return (base.casefold(),)


def _rewrite(text: str, rule: _Rewrite, language: str | None) -> list[str]:
    if rule.languages is not None and language not in rule.languages:
        return [text]
    if not rule.pattern.search(text):
        return [text]
    return [rule.pattern.sub(replacement, text) for replacement in rule.replace]


def _settle(text: str) -> str:
    previous = None
    while text != previous:
        previous = text
        for pattern, replacement in _spelling().settle:
            text = pattern.sub(replacement, text)
    return text


def _spell_out(text: str) -> str:
    output = _spelling().output
    return "".join(output.get(char, char) for char in text)


def _fold_part(part: str, language: str | None) -> list[str]:
    """Skeletons of one hyphen-free part of a casefolded word."""
    spelling = _spelling()
    if CYRILLIC.search(part):
        language = None  # anyascii writes Cyrillic in the English convention
    part = "".join(spelling.letters.get(char, char) for char in part.casefold())
    ascii_ = "".join(c if c in PLACEHOLDERS else anyascii(c).casefold() for c in part)
    readings = [NOT_KEY.sub("", ascii_)]
    for rule in spelling.rewrites:
        readings = [out for text in readings for out in _rewrite(text, rule, language)]
        readings = list(dict.fromkeys(readings))[:MAX_WORD_READINGS]
    return list(dict.fromkeys(_spell_out(_settle(text)) for text in readings))


def spelling_keys(word: str, language: str | None) -> tuple[str, ...]:
    """Step 2: the skeletons of one (base form of a) word, preferred first.

    `Tokajew` (de), `Tokayev`, `Токаєв` → (`tokaev`,); `Jomart` (en) → (`šomart`, `omart`)."""
    parts = [p for p in word.split("-") if p]
    per_part = [_fold_part(p, language) for p in parts]
    keys = [""]
    for options in per_part:
        options = [o for o in options if o] or [""]
        keys = [f"{k}-{o}" if k else o for k in keys for o in options][:MAX_WORD_READINGS]
    return tuple(dict.fromkeys(k.strip("-") for k in keys if k.strip("-")))


@lru_cache(maxsize=200_000)
def word_keys(word: str, language: str | None) -> tuple[str, ...]:
    """Steps 1 and 2 for one word of a name: every skeleton of every base form."""
    keys = [key for base in nominatives(word, language) for key in spelling_keys(base, language)]
    return tuple(dict.fromkeys(keys))[:MAX_WORD_READINGS]


def _name_words(name: str, language: str | None) -> list[tuple[str, ...]]:
    return [keys for word in tokens(name) if (keys := word_keys(word, language))]


def person_keys(name: str, language: str | None) -> tuple[str, ...]:
    """Every key of a full name (one per combination of word readings), preferred first.

    Build an index with these and look a query up with these: two names written alike under
    some reading share a key."""
    keys = [""]
    for options in _name_words(name, language):
        keys = [f"{k} {o}".strip() for k in keys for o in options][:MAX_NAME_READINGS]
    return tuple(k for k in keys if k)


def person_key(name: str, language: str | None) -> str:
    """The preferred key of a full name: `Kasym-Schomart Tokajew` (de) → `kasim-šomart tokaev`."""
    keys = person_keys(name, language)
    return keys[0] if keys else ""


@cache
def kinship_words(language: str) -> tuple[str, ...]:
    """Family words (`wife`, `Frau`, `жена`) from `data/names/kinship.toml`: a surname and a full
    name on either side of one are two relatives, not one person."""
    return tuple(load_toml("names/kinship.toml").get(language, ()))


def _initial(keys: tuple[str, ...]) -> bool:
    return any(len(key) == 1 for key in keys)


def _words_meet(a: tuple[str, ...], b: tuple[str, ...], initials: bool) -> bool:
    """Two words meet when a reading of one is a reading of the other; with `initials`, a
    one-letter word also meets a word beginning with that letter (`W.` ~ `Wladimir`)."""
    if set(a) & set(b):
        return True
    if not initials:
        return False
    if _initial(a) and not _initial(b):
        return any(key[0] == other[0] for key in a if len(key) == 1 for other in b)
    if _initial(b) and not _initial(a):
        return _words_meet(b, a, initials)
    return False


def _ordered_names_meet(a: list[tuple[str, ...]], b: list[tuple[str, ...]]) -> bool:
    """Given name first, surname last, anything between a middle name or patronymic."""
    if not _words_meet(a[0], b[0], initials=True):
        return False
    if not _words_meet(a[-1], b[-1], initials=False):  # a surname is never an initial
        return False
    middle_a, middle_b = a[1:-1], b[1:-1]
    if not middle_a or not middle_b:  # `Vladimir Putin` ~ `Vladimir Vladimirovich Putin`
        return True
    # both name a middle: it must be the same (`George W. Bush` ≠ `George H. W. Bush`)
    return len(middle_a) == len(middle_b) and all(
        _words_meet(x, y, initials=True) for x, y in zip(middle_a, middle_b, strict=True)
    )


def same_person_name(
    a: str, b: str, language_a: str | None = None, language_b: str | None = None
) -> bool:
    """Step 3: whether two names, each in the language of its text, can name one person.

    A one-word name meets a full name whose first or last word it matches (`Putin` ~ `Wladimir
    Putin`; the order of given name and surname is not known). Two full names meet when given
    names and surnames meet, in either order (`Aliyev Ilham` ~ `Ilham Aliyev`); a middle name or
    patronymic on only one side does not matter, on both sides it must agree. Given names must
    meet too: `Bill Clinton` and `Hillary Clinton` are two people."""
    words_a, words_b = _name_words(a, language_a), _name_words(b, language_b)
    if not words_a or not words_b:
        return False
    if len(words_a) == 1 or len(words_b) == 1:
        single, full = (words_a, words_b) if len(words_a) == 1 else (words_b, words_a)
        return any(_words_meet(single[0], w, initials=False) for w in {full[0], full[-1]})

    def surname_first(words: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
        return words[1:] + words[:1]

    return (
        _ordered_names_meet(words_a, words_b)
        or _ordered_names_meet(words_a, surname_first(words_b))
        or _ordered_names_meet(surname_first(words_a), words_b)
    )


def place_key(name: str, language: str | None) -> str:
    """A place meets its other names through the gazetteer, not through spelling:
    `Kasachstan`, `Kazakhstan`, `Казахстану` → `territory:KZ`; `Astana`, `Астане` →
    `geonames:1526273`; any other place → `name:` and its spelling key."""
    return place_code(name, language) or f"name:{person_key(name, language)}"


@lru_cache(maxsize=200_000)
def place_code(name: str, language: str | None) -> str | None:
    """The gazetteer's code of a country, region or capital named so in any case, else None."""
    from newsgraph import gazetteer  # deferred: the gazetteer builds its index with `name_key`

    for candidate in _place_readings(name, language):
        code = gazetteer.territory(candidate, language)
        if code is not None:
            return f"territory:{code}"
        city = gazetteer.capital(candidate, language)
        if city is not None:
            return f"geonames:{city}"
    return None


def _cyrillic_place_words(word: str, language: str | None) -> tuple[str, ...]:
    """A Cyrillic place word's base forms, capitalised as written, so that the gazetteer keys
    them as it keys its own names (`Соединенных` → `Соединенные`)."""
    forms = cyrillic_base_forms(word, language) + cyrillic_nominatives(word.casefold())
    if word[:1].isupper():
        forms = tuple(form[:1].upper() + form[1:] for form in forms)
    return tuple(dict.fromkeys(forms))


def _place_readings(name: str, language: str | None) -> list[str]:
    """The name as written, then with Cyrillic words read back to their dictionary base forms
    (`Києві` → `київ`) or their case endings read off (`Казахстану`)."""
    readings = [""]
    for word in tokens(name):
        options = _cyrillic_place_words(word, language) if CYRILLIC.search(word) else (word,)
        readings = [f"{r} {o}".strip() for r in readings for o in options][:MAX_NAME_READINGS]
    return list(dict.fromkeys([name, *readings]))
