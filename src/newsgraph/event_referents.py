"""Who a role noun stands for, when a sentence names its actor only by role.

News text names a person once and then by role: `The Foreign Secretary said:`, `Российский
президент назвал встречу …`, `sagte der Minister`. The entities already carry their role
(`Boris Johnson`, role `Foreign Secretary`), so a role noun right next to the trigger stands for
the entity with that role mentioned last before it. A role nobody holds so far introduces
someone new (`ein Polizeisprecher`) and stands for nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from newsgraph.event_lexicon import Token, tokens
from newsgraph.gazetteer import territory
from newsgraph.model import Document
from newsgraph.names import morph
from newsgraph.roles import CASED, named_role, role_form

T = TypeVar("T")
# How far before a name its role phrase is read (`министр иностранных дел Германии`).
PHRASE_CHARS = 160
ROLE_REACH_WORDS = 6
# How many words after a role noun its field may name the country (`глава МИД Литвы`).
FIELD_WORDS = 3


@dataclass(frozen=True)
class Holder:
    """One mention of an entity with a role: where it stands, who, and the role's head word
    (`secretary` of `Foreign Secretary`), case-folded."""

    start: int
    entity: str
    role: str
    country: str | None = None  # the country the role is held for (`Президент Украины`)


def role_holders(doc: Document) -> list[Holder]:
    """Every mention of an entity that has a role, in text order, with the country its role
    phrase names at any of its mentions (`президенту Украины Петру Порошенко`: UA)."""
    language = doc.language or ""
    holders = []
    for e in doc.entities:
        if not e.role or not e.role.split():
            continue
        countries = (_phrase_country(doc.text, m.start, language) for m in e.mentions)
        country = next((c for c in countries if c is not None), None)
        role = e.role.split()[-1].casefold()
        holders += [Holder(m.start, e.id, role, country) for m in e.mentions]
    return sorted(holders, key=lambda h: h.start)


def _phrase_country(text: str, start: int, language: str) -> str | None:
    """The country named in the role phrase right before a name (`российский министр
    иностранных дел Сергей Лавров`: RU), if a role noun stands within reach."""
    words = tokens(text[max(0, start - PHRASE_CHARS) : start], max(0, start - PHRASE_CHARS))
    words = words[-ROLE_REACH_WORDS:]
    for index in range(len(words) - 1, -1, -1):
        if role_form(words[index].text, language) is not None:
            previous = words[index - 1] if index > 0 else None
            return role_country(previous, words[index + 1 :], language)
    return None


def role_country(previous: Token | None, field: Sequence[Token], language: str) -> str | None:
    """The country a role phrase names: a nationality adjective before the role noun
    (`Российский президент`, `the Russian president`) or a country in the field after it
    (`президент России`, `глава МИД Литвы`); None when it names none."""
    if previous is not None:
        code = _nationality(previous.lower, language)
        if code is not None:
            return code
    places = (territory(w.text, language) for w in field[:FIELD_WORDS] if w.text[:1].isupper())
    return next((code for code in places if code is not None), None)


def _nationality(word: str, language: str) -> str | None:
    # imported here: `event_demonyms` reads `event_roles`, which reads this module
    from newsgraph.event_demonyms import demonym_code, demonyms

    table = demonyms(language)
    return demonym_code(table, word) if table is not None else None


def role_referent(
    word: Token,
    holders: list[Holder],
    language: str,
    following: Sequence[Token] = (),
    same_role: dict[str, str] | None = None,
    country: str | None = None,
) -> str | None:
    """The entity a role noun stands for: the holder of that role mentioned last before it.
    A phrase that names a role in other words (`глава государства` for `президент`, lexicon
    `same_role`; `глава МИД` for `министр`, `roles.heads_ministry`) counts as that role.
    `following`: the words after the role noun, in its phrase. A role named for a country
    (`Российский президент`, `role_country`) is not one held for another country: an article
    on two presidents names each by his country."""
    head = _role_head(word, language, following, same_role or {})
    if head is None:
        return None
    earlier = [
        h
        for h in holders
        if h.start < word.start
        and h.role == head
        and (country is None or h.country is None or h.country == country)
    ]
    return earlier[-1].entity if earlier else None


def _role_head(
    word: Token, language: str, following: Sequence[Token], same_role: dict[str, str]
) -> str | None:
    if following:
        phrase = f"{word.lower} {following[0].lower}"
        if phrase in same_role:
            return same_role[phrase]
    if word.lower in same_role:
        return same_role[word.lower]
    role = named_role(word.text, [w.text for w in following], language)
    if role is None or not role.split():
        return None
    return role.split()[-1].casefold()


# How many words' readings are kept (role nouns and names recur in every sentence).
CACHED_WORDS = 65536
# The grammatical genders a pronoun's gender (`speech` lexicon `pronouns`) agrees with.
GENDERS = {"m": frozenset({"masc", "ms-f"}), "f": frozenset({"femn", "ms-f"})}


def may_be_subject(word: Token, language: str, gender: str | None = None) -> bool:
    """A Russian or Ukrainian role noun or name is a subject only in the nominative
    (`президент заявил`, not `пресс-служба президента`) and, for a pronoun of a gender (`m`
    for `он`, `f` for `она`), only in that gender (`работу Лаврова` is no feminine subject of
    `Он`); elsewhere case is not read here."""
    return language not in CASED or _nominative(word.lower, language, gender)


@lru_cache(maxsize=CACHED_WORDS)
def _nominative(word: str, language: str, gender: str | None) -> bool:
    allowed = GENDERS.get(gender or "")
    return any(
        "nomn" in parse.tag and (allowed is None or bool(allowed & parse.tag.grammemes))
        for parse in morph(language).parse(word)
    )


def last_subject(
    candidates: Iterable[tuple[int, int, T]], text: str, language: str, gender: str | None = None
) -> T | None:
    """Who a pronoun stands for among the persons (start, end, what) named before it, latest
    first: in Russian and Ukrainian the first whose last word may be a subject of the pronoun's
    gender (`may_be_subject`; `Порошенко … после встречи с Путиным. Он заявил` → Порошенко).
    A name whose every word may also be an oblique case (`работу Лаврова`) gives way to the
    next such person if that one is clearly nominative (`Путин`)."""
    doubtful = None
    for start, end, item in candidates:
        words = tokens(text[start:end], start)
        if words and not may_be_subject(words[-1], language, gender):
            continue
        if not words or not all(oblique_person(w, language) for w in words):
            return item
        if doubtful is not None:
            return doubtful
        doubtful = item
    return doubtful


def oblique_person(word: Token, language: str) -> bool:
    """Whether a Russian or Ukrainian name may also be a declined person in another case
    (`Лаврова`: genitive of `Лавров`); an indeclinable name (`Керри`) shows no case."""
    return language in CASED and _oblique(word.lower, language)


@lru_cache(maxsize=CACHED_WORDS)
def _oblique(word: str, language: str) -> bool:
    return any(
        "anim" in p.tag and "nomn" not in p.tag and "Fixd" not in p.tag
        for p in morph(language).parse(word)
    )


def role_of_genitive(noun: str, opening: bool, language: str) -> bool:
    """Whether a body right after the word `noun` is a role's genitive, and so no subject or
    speaker (`глава МИД РФ подтвердил`, `добавил глава МИД`): `noun` is a role noun; in
    Russian and Ukrainian, where abbreviations show no case, a lower-case one or one opening
    its sentence (`opening`). German marks the genitive by its article, which callers read.
    Serves events (`event_roles._of_role_noun`) and quotations (`quotes._of_role`)."""
    if language in CASED and not (noun[:1].islower() or opening):
        return False
    return role_form(noun, language) is not None


def only_noun(word: Token, language: str) -> bool:
    """Whether pymorphy3 reads a Russian or Ukrainian word as a noun only (`визита`, which
    ends like the participle `убита` but is none)."""
    return language in CASED and _noun_only(word.lower, language)


@lru_cache(maxsize=CACHED_WORDS)
def _noun_only(word: str, language: str) -> bool:
    return all(parse.tag.POS == "NOUN" for parse in morph(language).parse(word))


def genitive_noun(word: Token, language: str) -> bool:
    """Whether a lower-case Russian or Ukrainian word may be a noun in the genitive
    (`визита главы МИДа`: whose visit)."""
    return language in CASED and word.text[:1].islower() and _genitive(word.lower, language)


@lru_cache(maxsize=CACHED_WORDS)
def _genitive(word: str, language: str) -> bool:
    return any(p.tag.POS == "NOUN" and "gent" in p.tag for p in morph(language).parse(word))
