"""Events told as an aim, not as something that happened.

`We will continue to strike ISIL`, `help Iraq destroy ISIL`, `um … die Stellungen
anzugreifen`, `чтобы уничтожить …`: the trigger is an infinitive that a verb of aim or effort
(`continue`, `help`, `seek`) or a conjunction of purpose (`um`, `чтобы`) governs. What is aimed
at is not reported as done, and the annotators leave it out. Plans are not aims here (`plant
er ein Treffen` is annotated). Likewise an arrest or a sanction someone faces (`faces
arrest`, `steht vor einer Verhaftung`, `ему грозит арест`) looms; the one facing it would
otherwise be taken for its doer. Data: `data/events/aims.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsgraph.data import load_toml
from newsgraph.event_lexicon import Entry, Token, Trigger, parse_entry, part_matches
from newsgraph.event_roles import CLAUSE_MARK

# How many words before the infinitive (or its `to`) the word of aim may stand (`continue
# to`, `help Iraq destroy`, `um die Stellungen der Rebellen anzugreifen`).
AIM_REACH = 3
PURPOSE_REACH = 8
# A separable German verb's `zu`-infinitive (`anzugreifen`, `auszuliefern`).
ZU_INFIX = re.compile(r"^(?:an|auf|aus|ein|fest|ab|mit|vor|zurück|zusammen|bei|her|hin)zu\w+en$")
# How many words before the trigger a word of facing may stand (`steht vor einer Verhaftung`).
LOOMING_REACH = 3
# What one can face without its having happened.
LOOMING_TYPES = frozenset({"ARREST", "SANCTION"})


@dataclass(frozen=True)
class Aims:
    aims: tuple[str, ...]
    marker: frozenset[str]
    bare: tuple[str, ...]
    purpose: tuple[str, ...]
    infinitive: tuple[str, ...]
    inflected: tuple[str, ...]  # endings of no bare infinitive (`attacked`, `attacks`)
    zu_infix: bool
    looming: tuple[Entry, ...]
    capitalized_nouns: bool  # German: a capitalised trigger is a noun, `zu` then a preposition


@cache
def aims(language: str | None) -> Aims | None:
    """The language's table, or None for a language without one."""
    table: dict[str, Any] = load_toml("events/aims.toml")
    if language not in table:
        return None
    own = table[language]
    return Aims(
        aims=tuple(own["aims"]),
        marker=frozenset(own["marker"]),
        bare=tuple(own["bare"]),
        purpose=tuple(own["purpose"]),
        infinitive=tuple(own["infinitive"]),
        inflected=tuple(own.get("inflected", ())),
        zu_infix=bool(own["zu_infix"]),
        looming=tuple(parse_entry("", raw) for raw in own["looming"]),
        capitalized_nouns=bool(own.get("capitalized_nouns", False)),
    )


def aimed(trigger: Trigger, words: list[Token], text: str, language: str | None) -> bool:
    """Whether the trigger is an infinitive of aim or purpose (see the module docstring)."""
    table = aims(language)
    if table is None:
        return False
    first = trigger.first
    verb = not table.capitalized_nouns or words[first].text[:1].islower()
    marked = verb and first > 0 and words[first - 1].lower in table.marker
    if marked and _word_before(table.aims, words, first - 1, AIM_REACH, text):
        return True
    bare = not words[first].lower.endswith(table.inflected)
    if bare and _word_before(table.bare, words, first, AIM_REACH, text):
        return True
    return _infinitive(table, words[first], marked) and _word_before(
        table.purpose, words, first, PURPOSE_REACH, text
    )


def looming(trigger: Trigger, words: list[Token], text: str, language: str | None) -> bool:
    """`Jeder weiß, dass Putin vor einer Verhaftung … steht`, `faces arrest`, `ему грозит
    арест`: an arrest or sanction someone faces is not done, and not by the one facing it."""
    table = aims(language)
    if table is None or trigger.type not in LOOMING_TYPES:
        return False
    facing = [e for e in table.looming if _held(e, words, trigger.first, text)]
    return any(_word_before(e.parts, words, trigger.first, LOOMING_REACH, text) for e in facing)


def _held(entry: Entry, words: list[Token], index: int, text: str) -> bool:
    """The entry's condition: one of its words (entry syntax: by their start, `=` exact) is in
    the clause of the word at `index`."""
    if entry.needs is None:
        return True
    near = words[index].start
    return any(
        part_matches(n, w.lower)
        and not CLAUSE_MARK.search(text[min(w.end, near) : max(w.start, near)])
        for w in words
        for n in entry.needs
    )


def _infinitive(table: Aims, word: Token, marked: bool) -> bool:
    """`zu zerstören`, `anzugreifen`, `уничтожить`."""
    if marked:
        return True
    if table.zu_infix and ZU_INFIX.match(word.lower):
        return True
    return bool(table.infinitive) and word.lower.endswith(table.infinitive)


def _word_before(
    parts: tuple[str, ...], words: list[Token], index: int, reach: int, text: str
) -> bool:
    """One of `parts` within `reach` words before `index`, in the same clause."""
    for at in range(index - 1, max(-1, index - 1 - reach), -1):
        if CLAUSE_MARK.search(text[words[at].end : words[index].start]):
            return False
        if any(part_matches(p, words[at].lower) for p in parts):
            return True
    return False
