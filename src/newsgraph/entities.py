"""One entity per real thing within a document.

The recogniser finds names; this stage decides which of them name the same thing. Mentions are
taken in text order and each joins the most recently mentioned group it fits, by:
1. the same key (lemmatised, casefolded: `Kasachstans` = `Kasachstan`, `Putins` = `Putin`);
2. for places, the same country or region code (`Russland` = `Russische Föderation`);
3. for people, a name that is part of a fuller one (`Putin` ⊂ `Wladimir Putin`, initials
   count: `W. Putin`), or a spelling variant with every word alike (`Kasym-Schomart Tokajew` ~
   `Kasim-Schomart Tokajew`). Two people who share only a surname (`Bill Clinton`, `Hillary
   Clinton`) stay two; a bare `Clinton` joins the one mentioned last.
Titles and roles are split off the name and kept as `role` (`General Alnur Musaev`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsgraph.gazetteer import organisation
from newsgraph.model import Document, Entity, Mention, NamedSpan
from newsgraph.names import (
    CYRILLIC,
    ascii_key,
    cyrillic_nominatives,
    kinship_words,
    name_key,
    nominative_name,
    nominative_place,
    person_key,
    place_code,
    place_key,
    token_keys,
)
from newsgraph.roles import is_role_phrase, split_role

LABELS = ("PER", "ORG", "LOC", "MISC")
# Spelling variants: every word pair at least this similar (0–100, on ASCII-folded words) …
MIN_WORD_SIMILARITY = 80
# … and the whole names at least this similar.
MIN_NAME_SIMILARITY = 88
# How far before a name to look for its role.
ROLE_CONTEXT_CHARS = 120
# How far before a bare surname to look for a family word that comes first (`жена Трампа`).
KIN_CONTEXT_CHARS = 20
# The longest word read as an abbreviation of a body (`ОБСЕ`, `NATO`).
ABBREVIATION_CHARS = 4
# A name shorter than this keeps a final -s (`Ross`, `Hess` are no genitives to take apart).
MIN_GENITIVE_BASE = 4


@dataclass
class _Mention:
    start: int
    end: int
    text: str  # the span as found, for the output
    name: str  # the name proper, role and title split off
    label: str
    key: str
    words: list[str]
    role: str | None
    place: str | None

    @property
    def inflected(self) -> bool:
        return self.key != " ".join(self.name.casefold().split())


def group_entities(doc: Document) -> Document:
    """The pipeline stage: `doc.names` become `doc.entities`."""
    mentions = [m for span in doc.names if (m := _mention(doc, span)) is not None]
    kin = _kin(doc, mentions)
    groups: list[list[_Mention]] = []
    for mention in mentions:
        apart = kin.get(mention.start)
        group = _best_group(
            mention, [g for g in groups if apart is None or all(m.start != apart for m in g)]
        )
        if group is None:
            groups.append([mention])
        else:
            group.append(mention)
    doc.entities = [
        _entity(f"e{n}", group, doc.language) for n, group in enumerate(groups, start=1)
    ]
    return doc


def _mention(doc: Document, span: NamedSpan) -> _Mention | None:
    start, end = span.start, span.end
    text = doc.text[start:end]
    if span.label not in LABELS or not text or text.islower():
        return None
    if is_role_phrase(text, doc.language):
        return None
    label = "ORG" if span.label == "PER" and _abbreviations(text) else span.label
    before = doc.text[max(0, start - ROLE_CONTEXT_CHARS) : start]
    split = split_role(text, before, doc.language) if label == "PER" else None
    name = text[split.name_start :] if split else text
    key = name_key(name, doc.language)
    if not key:
        return None
    return _Mention(
        start=start,
        end=end,
        text=text,
        name=name,
        label=label,
        key=key,
        words=token_keys(name, doc.language),
        role=split.role if split else None,
        place=place_code(name, doc.language) if span.label == "LOC" else None,
    )


def _abbreviations(text: str) -> bool:
    """`глава МИД РФ`: a recogniser may take a role's genitive for the name after it, but
    short words all in capitals (`МИД РФ`, `UNO`) abbreviate bodies and states, never a
    person (a surname in a headline in capitals, `ПУТИН`, is longer)."""
    found = text.split()
    return bool(found) and all(w.isupper() and 1 < len(w) <= ABBREVIATION_CHARS for w in found)


def _kin(doc: Document, mentions: list[_Mention]) -> dict[int, int]:
    """Full name → the bare surname before it that names a relative (`Trump's wife, Melania
    Trump`): start offsets, so that the two are kept apart."""
    words = kinship_words(doc.language or "")
    if not words:
        return {}
    kin = "|".join(map(re.escape, words))
    after = re.compile(rf"(?:['’]?s)?\s+(?:{kin})\s*,?\s*", re.IGNORECASE)
    before = re.compile(rf"(?:^|\W)(?:{kin})\s+$", re.IGNORECASE)
    out: dict[int, int] = {}
    for first, second in itertools.pairwise(mentions):
        if second.label != "PER" or len(second.words) < 2 or len(first.words) != 1:
            continue
        if not _part_of(first.words, second.words) and not _part_of(
            [first.words[0].removesuffix("s")], second.words
        ):
            continue
        between = doc.text[first.end : second.start]
        preceding = doc.text[max(0, first.start - KIN_CONTEXT_CHARS) : first.start]
        if after.fullmatch(between) or (
            re.fullmatch(r"\s*,?\s*", between) and before.search(preceding)
        ):
            out[second.start] = first.start
    return out


def _best_group(mention: _Mention, groups: list[list[_Mention]]) -> list[_Mention] | None:
    by_recency = sorted(groups, key=lambda g: g[-1].start, reverse=True)
    for rule in (_same_key, _same_place, _same_person):
        for group in by_recency:
            if rule(mention, group):
                return group
    return None


def _same_key(mention: _Mention, group: list[_Mention]) -> bool:
    return any(other.key == mention.key for other in group)


def _same_place(mention: _Mention, group: list[_Mention]) -> bool:
    return mention.place is not None and any(other.place == mention.place for other in group)


def _same_person(mention: _Mention, group: list[_Mention]) -> bool:
    if mention.label != "PER" or _label(group) != "PER":
        return False
    fullest = max(group, key=lambda m: len(m.words)).words
    return any(
        _part_of(words, fullest) or _part_of(fullest, words) or _variant(words, fullest)
        for words in _readings(mention.words)
    )


def _readings(words: list[str]) -> list[list[str]]:
    """The name's words, then with its last word read back to a nominative: a genitive -s the
    lemmatiser left (German `Obamas` for a name it does not know), a Russian or Ukrainian case
    ending the dictionary does not know (`Климкиным` → `климкин`)."""
    if not words:
        return [words]
    last = words[-1]
    bases = list(cyrillic_nominatives(last)[:-1]) if CYRILLIC.search(last) else []
    if len(last) > MIN_GENITIVE_BASE and last.endswith("s"):
        bases.append(last[:-1])
    return [words, *([*words[:-1], base] for base in bases)]


def _part_of(part: list[str], whole: list[str]) -> bool:
    """`Putin` in `Wladimir Putin`, `W. Putin` in `Wladimir Putin`; the surname must be there.
    Middle initials, where both names have them, must agree (`George W.` is not `George H. W.`)."""
    if not part or len(part) > len(whole) or part[-1] != whole[-1]:
        return False
    middle = [_middle_initials(part), _middle_initials(whole)]
    if all(middle) and middle[0] != middle[1]:
        return False
    remaining = whole[:-1]
    for word in part[:-1]:
        match = next((w for w in remaining if _same_or_initial(word, w)), None)
        if match is None:
            return False
        remaining.remove(match)
    return True


def _middle_initials(words: list[str]) -> list[str]:
    return [w for w in words[1:-1] if len(w.rstrip(".")) == 1]


def _same_or_initial(word: str, full: str) -> bool:
    if word == full:
        return True
    initial = word.rstrip(".")
    return len(initial) == 1 and full.startswith(initial)


def _variant(words: list[str], other: list[str]) -> bool:
    if len(words) != len(other) or len(words) < 2:
        return False
    pairs = [(ascii_key(a), ascii_key(b)) for a, b in zip(words, other, strict=True)]
    return all(fuzz.ratio(a, b) >= MIN_WORD_SIMILARITY for a, b in pairs) and (
        fuzz.ratio(" ".join(words), " ".join(other)) >= MIN_NAME_SIMILARITY
    )


def _label(group: list[_Mention]) -> str:
    """Majority label; ties go to the label seen first."""
    counts = Counter(m.label for m in group)
    return max(counts, key=lambda label: (counts[label], -_first_index(group, label)))


def _first_index(group: list[_Mention], label: str) -> int:
    return next(i for i, m in enumerate(group) if m.label == label)


def _entity(entity_id: str, group: list[_Mention], language: str | None) -> Entity:
    label = _label(group)
    name = _name(group, label)
    roles = Counter(m.role for m in group if m.role)
    return Entity(
        id=entity_id,
        name=_nominative(name.name, label, language),
        label=label,  # type: ignore[arg-type]
        key=cross_key(name.name, label, language) or name.key,
        mentions=[Mention(m.start, m.end, m.text) for m in group],
        role=roles.most_common(1)[0][0] if roles else None,
    )


def _nominative(name: str, label: str, language: str | None) -> str:
    """Russian and Ukrainian people and places are named in the nominative (`Сергей Лавров`,
    `Москва`), whatever case the chosen mention has."""
    if label == "PER":
        return nominative_name(name, language)
    return nominative_place(name, language) if label == "LOC" else name


def cross_key(name: str, label: str, language: str | None) -> str:
    """The key under which this name meets its spellings in other languages (`names.py`)."""
    if label == "PER":
        return person_key(name, language)
    if label == "LOC":
        return place_key(name, language)
    known = organisation(name, language) if label == "ORG" else None
    return ascii_key(known or name_key(name, language))


def _name(group: list[_Mention], label: str) -> _Mention:
    """People: the fullest name, first seen. Other things: an uninflected form if there is one,
    then the fullest, then the most frequent."""
    counts = Counter(m.name for m in group)
    if label == "PER":
        return max(group, key=lambda m: (len(m.words), -m.start))
    return max(group, key=lambda m: (not m.inflected, len(m.words), counts[m.name], -m.start))
