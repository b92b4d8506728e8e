"""The speech lexicon of each language (`data/speech/<lang>.toml`): cue verbs, the phrases that
name a source (`laut`, `according to`), pronouns, and the words that make a quotation a title.

German verbs are compared by lemma (`betonte` → `betonen`); the other languages list word forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsgraph.data import load_toml
from newsgraph.names import german_lemma

WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class Lexicon:
    language: str
    verbs: frozenset[str]
    particles: dict[str, frozenset[str]]
    needs_particle: frozenset[str]
    so: frozenset[str]
    according_to: tuple[str, ...]
    opinion: tuple[str, ...]
    possessives: dict[str, str]
    pronouns: dict[str, str]
    complementisers: frozenset[str]
    subjunctive: frozenset[str]
    claim_back: frozenset[str]
    media: frozenset[str]
    naming: frozenset[str]
    fronted: frozenset[str]
    stops: frozenset[str]
    indefinite: frozenset[str]
    subject_first: bool  # `…, Lavrov told Reuters` (English) rather than `…, sagte Scholz`

    def cue_verb(self, word: str) -> str | None:
        """The verb's lemma (German) or form when it is a speech verb, else None."""
        key = german_lemma(word).casefold() if self.language == "de" else word.casefold()
        return key if key in self.verbs else None

    def completes(self, verb: str, words: list[str]) -> bool:
        """A particle verb (`fügte … hinzu`) counts only with its particle later in the clause."""
        if verb not in self.needs_particle:
            return True
        return any(verb in self.particles.get(w.casefold(), frozenset()) for w in words)


@cache
def lexicon(language: str | None) -> Lexicon | None:
    try:
        table: dict[str, Any] = load_toml(f"speech/{language}.toml")
    except FileNotFoundError:
        return None
    return Lexicon(
        language=language or "",
        verbs=frozenset(table["verbs"]),
        particles={k: frozenset(v) for k, v in table["particles"].items()},
        needs_particle=frozenset(table["needs_particle"]),
        so=frozenset(table["so"]),
        according_to=tuple(sorted(table["according_to"], key=len, reverse=True)),
        opinion=tuple(sorted(table["opinion"], key=len, reverse=True)),
        possessives=dict(table["possessives"]),
        pronouns=dict(table["pronouns"]),
        complementisers=frozenset(table["complementisers"]),
        subjunctive=frozenset(table["subjunctive"]),
        claim_back=frozenset(table["claim_back"]),
        media=frozenset(table["media"]),
        naming=frozenset(table["naming"]),
        fronted=frozenset(table["fronted"]),
        stops=frozenset(table["stops"]),
        indefinite=frozenset(table["indefinite"]),
        subject_first=bool(table.get("subject_first", False)),
    )


def words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))
