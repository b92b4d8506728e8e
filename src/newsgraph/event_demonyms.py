"""Participants named by a nationality adjective and a body acting for the state.

`die israelische Armee`, `Israelische Kampfflugzeuge`, `the Iraqi forces`, `российские
военные`: the annotators (and a reader) take such a body for its country. When the document
names the country (`Israel`, `Iraq`, `Россия`) the phrase becomes a mention of that country for
role choice; when it does not, nothing is invented and the phrase stays unnamed. Only nouns of
bodies that act for a state count (`data/events/demonyms.toml`): `ein israelischer Journalist`
acts for nobody but himself. An adjective right before an event noun names its doer the same
way (`israelische Luftangriffe` → Israel).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsgraph.data import load_toml
from newsgraph.event_lexicon import Token, part_matches, tokens
from newsgraph.event_roles import Slot
from newsgraph.model import Document, Entity

# How many words may stand between the adjective and the body (`the Iraqi security forces`,
# `российские вооруженные силы`).
BODY_GAP_WORDS = 1


@dataclass(frozen=True)
class Demonyms:
    endings: tuple[str, ...]
    bodies: tuple[str, ...]  # entry syntax: word starts, `=` whole words
    persons: tuple[str, ...]  # person nouns a body word may qualify (`военный эксперт`)
    countries: dict[str, str]  # adjective stem -> ISO 3166 code


@cache
def demonyms(language: str | None) -> Demonyms | None:
    """The language's table, or None for a language without one."""
    table: dict[str, Any] = load_toml("events/demonyms.toml")
    if language not in table:
        return None
    own = table[language]
    return Demonyms(
        endings=tuple(own["endings"]),
        bodies=tuple(b.casefold() for b in own["bodies"]),
        persons=tuple(p.casefold() for p in own.get("persons", ())),
        countries={k.casefold(): v for k, v in own["countries"].items()},
    )


def state_bodies(doc: Document, slots: list[Slot]) -> list[Slot]:
    """`slots` with a slot for the country added on every state body named by its demonym,
    whose country the document names (or for the body itself, where the document names it in
    full); a MISC mention of the adjective itself gives way."""
    table = demonyms(doc.language)
    if table is None or not doc.text:
        return slots
    added = []
    words = tokens(doc.text)
    kinds = _kinds(words, table)
    ordered = sorted(slots, key=lambda s: (s.start, -s.end))
    overlapping = _overlap_finder(ordered)
    gone: set[int] = set()
    for index, word in enumerate(words):
        body = _body_after(words, index, kinds)
        if body is None:
            continue
        country = _named_body(doc, word, body) or _country(doc, table, word)
        if country is None:
            continue
        slot = Slot(word.start, body.end, country.id, "ORG")
        under = overlapping(slot)
        if not any(ordered[i].label != "MISC" for i in under):
            added.append(slot)
            gone.update(under)
    kept = [s for i, s in enumerate(ordered) if i not in gone]
    return sorted(kept + added, key=lambda s: (s.start, -s.end))


def _overlap_finder(ordered: list[Slot]) -> Callable[[Slot], list[int]]:
    """For slots in text order: the indices of those overlapping a span, by bisection (a slot
    starting more than the longest slot's length before the span cannot reach it)."""
    starts = [s.start for s in ordered]
    longest = max((s.end - s.start for s in ordered), default=0)

    def overlapping(span: Slot) -> list[int]:
        low = bisect_left(starts, span.start - longest)
        high = bisect_left(starts, span.end)
        return [i for i in range(low, high) if _overlap(ordered[i], span)]

    return overlapping


def demonym_doer(doc: Document, words: list[Token], first: int) -> Slot | None:
    """`israelische Luftangriffe`, `Russian airstrikes`, `российские удары`: a nationality
    adjective right before an event noun names its doer, as a body of that state would; the
    country's entity when the document names it."""
    table = demonyms(doc.language)
    if table is None or first == 0:
        return None
    word = words[first - 1]
    country = _country(doc, table, word)
    return Slot(word.start, word.end, country.id, "ORG") if country is not None else None


def _named_body(doc: Document, adjective: Token, body: Token) -> Entity | None:
    """`Iraqi forces` after `Iraqi Security Forces`: a body the document names in full, with
    the same adjective and head noun, is that body rather than its country."""
    for entity in doc.entities:
        words = entity.name.casefold().split()
        if len(words) > 1 and words[0] == adjective.lower and words[-1] == body.lower:
            return entity
    return None


def _country(doc: Document, table: Demonyms, word: Token) -> Entity | None:
    """The entity of the country the word's adjective names, if the document names it: the
    gazetteer has keyed it by its code (`Israels`, `России` → `territory:…`)."""
    code = demonym_code(table, word.lower)
    if code is None:
        return None
    return next((e for e in doc.entities if e.key == f"territory:{code}"), None)


def demonym_code(table: Demonyms, word: str) -> str | None:
    """The country code a nationality adjective names (`israelische` → IL), else None."""
    return next(
        (
            code
            for stem, code in table.countries.items()
            if word.startswith(stem) and word[len(stem) :] in table.endings
        ),
        None,
    )


def _kinds(words: list[Token], table: Demonyms) -> list[tuple[bool, bool]]:
    """Whether each word is a body noun and whether a person noun, each distinct word matched
    against the lexicon once (a long article repeats its words)."""
    kinds = {
        lower: (
            any(part_matches(b, lower) for b in table.bodies),
            any(part_matches(p, lower) for p in table.persons),
        )
        for lower in {w.lower for w in words}
    }
    return [kinds[w.lower] for w in words]


def _body_after(words: list[Token], index: int, kinds: list[tuple[bool, bool]]) -> Token | None:
    """The body noun right after the adjective, or one word later."""
    for position in range(index + 1, min(len(words), index + 2 + BODY_GAP_WORDS)):
        if kinds[position][0]:
            if position + 1 < len(words) and kinds[position + 1][1]:
                return None  # `военные эксперты`: people, who act for nobody
            return words[position]
    return None


def _overlap(a: Slot, b: Slot) -> bool:
    return a.start < b.end and b.start < a.end
