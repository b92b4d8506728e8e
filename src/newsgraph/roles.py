"""Titles and roles around a person's name: `General Alnur Musaev` is Alnur Musaev, a general.

A role is looked for at the start of the name span and just before it, including the apposition
news prose loves: `dem Präsidenten Kasachstans, Kasym-Schomart Tokajew`. Word lists per language
live in `data/roles/`; German compounds count by their ending (`Außenminister` is a minister).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsgraph.data import load_toml
from newsgraph.names import lemma, morph

WORD = re.compile(r"[\w][\w'’.\-]*|,")
# Shortest role word that may end a German compound (so `chef` matches `Geheimdienstchef`).
MIN_COMPOUND_ROLE = 4
# How many words before a name may separate it from its role (`Präsidenten Kasachstans ,`).
LOOKBACK_WORDS = 3
# Languages whose role nouns take a genitive field and agree with the name in case.
CASED = frozenset({"ru", "uk"})
# How many words before a Russian or Ukrainian name its role may stand (`глава министерства
# иностранных дел Украины`).
CASED_LOOKBACK_WORDS = 6
# How many words after `глава` the ministry it heads may be named (`украинского
# внешнеполитического ведомства`).
MINISTRY_REACH = 2
# English demonyms before a role (`Russian Foreign Minister`) end like this.
DEMONYM = re.compile(r"(?:ian|ish|ese|an|i|ic)$")


@dataclass(frozen=True)
class RoleSplit:
    name_start: int  # offset of the name proper within the mention text
    role: str | None


def _table(language: str) -> dict[str, Any]:
    """A language's roles table; empty for a language without one."""
    try:
        return load_toml(f"roles/{language}.toml")
    except FileNotFoundError:
        return {}


@cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = _table(language)
    modifiers = frozenset(table.get("modifiers", []))
    return frozenset(table.get("titles", [])), frozenset(table.get("roles", [])), modifiers


def is_modifier(word: str, language: str | None) -> bool:
    """`Prime` in `Prime Minister`: part of a role only before a role word."""
    return word.casefold() in _words(language or "")[2]


def person_noun(word: str, language: str | None) -> bool:
    """Whether a noun names a person by office or by deed (`Präsidenten`, `Mitbegründer`,
    lexicon `epithets`): only such a noun can name again someone named before."""
    if role_form(word, language) is not None:
        return True
    epithets = _table(language or "").get("epithets", [])
    if not epithets:
        return False
    key = lemma(word, language).casefold()
    return any(key.endswith(e) for e in epithets) or word.casefold() in epithets


def is_title(word: str, language: str | None) -> bool:
    return word.casefold() in _words(language or "")[0]


@cache
def _stems(language: str) -> re.Pattern[str]:
    """Any role word's first letters: words without one are no role, whatever their lemma."""
    roles = _words(language)[1]
    stems = sorted({r[:MIN_COMPOUND_ROLE] for r in roles}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, stems)) if stems else r"(?!)")


def role_form(word: str, language: str | None) -> str | None:
    """The role a word names, in its base form (`Präsidenten` → `Präsident`), or None."""
    if not _stems(language or "").search(word.casefold()):
        return None
    roles = _words(language or "")[1]
    base = lemma(word, language)
    key = base.casefold()
    if key in roles:
        return base
    compound = any(key.endswith(r) and len(r) >= MIN_COMPOUND_ROLE for r in roles)
    if language == "de" and word[:1].isupper() and compound:
        return base
    return None


def split_role(mention: str, before: str, language: str | None) -> RoleSplit:
    """Where the name starts inside `mention`, and the role found in or before it. English
    roles keep their words (`Russian Foreign Minister`); German ones their base form."""
    role: str | None = None
    title: str | None = None
    name_start = 0
    words = list(WORD.finditer(mention))
    for index, match in enumerate(words[:-1]):
        word = match.group(0)
        found = role_form(word, language)
        demonym = language == "en" and index == 0 and _role_follows(words, language)
        modifies = is_modifier(word, language) and role_form(words[index + 1].group(0), language)
        if found is None and not is_title(word, language) and not demonym and not modifies:
            break
        if found is not None or demonym or modifies:
            role = mention[: match.end()] if language == "en" else found
        else:
            title = title or word
        name_start = words[index + 1].start()
    name = mention[name_start:].split()[:1]
    return RoleSplit(name_start, role or _role_before(before, language, name) or title)


def is_role_phrase(text: str, language: str | None) -> bool:
    """`Russian Foreign Minister`, `Ministers`, `der General`: roles, nobody's name."""
    words = [w.group(0) for w in WORD.finditer(text) if w.group(0) != ","]
    if not words:
        return False
    roles = [
        role_form(w, language) or role_form(w.rstrip("s"), language) or _modifier_form(w, language)
        for w in words
    ]
    if all(r is not None or is_title(w, language) for r, w in zip(roles, words, strict=True)):
        return True
    return language == "en" and bool(DEMONYM.search(words[0])) and all(r for r in roles[1:])


def _modifier_form(word: str, language: str | None) -> str | None:
    return word if is_modifier(word, language) else None


def _role_follows(words: list[re.Match[str]], language: str | None) -> bool:
    """A demonym counts as part of the role only if a role word comes right after it."""
    second = words[1].group(0) if len(words) > 2 else ""
    return bool(DEMONYM.search(words[0].group(0))) and bool(
        role_form(second, language) or is_modifier(second, language)
    )


def _role_before(before: str, language: str | None, name: list[str]) -> str | None:
    if language in CASED:
        return _cased_role_before(before, language, name)
    words = WORD.findall(before[-120:])[-LOOKBACK_WORDS:]
    for distance, word in enumerate(reversed(words)):
        found = role_form(word, language)
        if found is not None:
            if language == "en":
                return _english_role_phrase(words[: len(words) - distance])
            return found
        if distance == 0 and word == ",":
            continue
        if not word[:1].isupper():
            return None
    return None


def _cased_role_before(before: str, language: str, name: list[str]) -> str | None:
    """Russian and Ukrainian roles take their field in the genitive between them and the name
    (`министр иностранных дел Германии Франк-Вальтер Штайнмайер`, `глава внешнеполитического
    ведомства России Сергей Лавров`), and agree with the name in case: the role of a name in
    another case is someone else's (`заместитель министра обороны России Анатолий Антонов` is
    no minister). A head of a ministry is its minister (`heads_ministry`)."""
    words = WORD.findall(before[-160:])[-CASED_LOOKBACK_WORDS:]
    for distance, word in enumerate(reversed(words)):
        found = role_form(word, language)
        if found is not None:
            if name and not _same_case(word, name[0], language):
                return None
            return named_role(word, words[len(words) - distance :], language)
        if distance == 0 and word == ",":
            continue
        if not (word[:1].isupper() or _genitive(word.casefold(), language)):
            return None
    return None


def named_role(word: str, field: Sequence[str], language: str | None) -> str | None:
    """The role a role noun names given the words after it: a ministry's head is its
    minister (`heads_ministry`), else the noun's own role (`role_form`)."""
    if language in CASED and heads_ministry(word, field, language):
        return _ministry_words(language or "")[2]
    return role_form(word, language)


def heads_ministry(word: str, field: Sequence[str], language: str | None) -> bool:
    """`глава МИД`, `руководитель украинского внешнеполитического ведомства`, `глава
    министерства иностранных дел`: Russian and Ukrainian news name a minister as the head of
    the ministry (lexicon `ministry_heads`, `ministries` in `data/roles/`); `field` holds the
    words after the role noun."""
    heads, ministries, _ = _ministry_words(language or "")
    if not heads or lemma(word, language).casefold() not in heads:
        return False
    return any(w.casefold().startswith(ministries) for w in field[:MINISTRY_REACH])


@cache
def _ministry_words(language: str) -> tuple[frozenset[str], tuple[str, ...], str]:
    """The heads of a ministry, the word starts naming one, and the minister's role word."""
    table = _table(language)
    heads = frozenset(table.get("ministry_heads", []))
    return heads, tuple(table.get("ministries", [])), str(table.get("minister", ""))


@cache
def _cases(word: str, language: str) -> frozenset[tuple[str, str]]:
    """The (case, number) readings of a word."""
    return frozenset(
        (str(parse.tag.case), str(parse.tag.number))
        for parse in morph(language).parse(word)
        if parse.tag.case is not None
    )


def _same_case(role: str, name: str, language: str) -> bool:
    """Whether the role noun and the name's first word may stand in one case and number (a
    name unknown to the dictionary may stand in any)."""
    cases = _cases(name.casefold(), language)
    return not cases or bool(_cases(role.casefold(), language) & cases)


def _genitive(word: str, language: str) -> bool:
    """A lower-case word of a role's field: a noun or adjective that may be in the genitive."""
    return word.islower() and any(case == "gent" for case, _ in _cases(word, language))


def _english_role_phrase(words: list[str]) -> str:
    """`Prime Minister`, `Foreign Secretary`: capitalised role words read backwards."""
    phrase: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() and (role_form(word, "en") or is_modifier(word, "en")):
            phrase.insert(0, word)
        else:
            break
    return " ".join(phrase) if phrase else words[-1]
