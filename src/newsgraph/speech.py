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
    predicative: frozenset[str]  # naming words that introduce speech after a cue (`als`)
    foreign: frozenset[str]  # function words of other languages: a phrase with them is a title
    function_words: frozenset[str]  # this language's own: a phrase with them is not foreign
    connectors: frozenset[str]  # lower-case words inside titles and names (`Reporter ohne Grenzen`)
    coordinators: frozenset[str]  # `… und verwies`: the verb shares the clause's subject
    subordinators: frozenset[str]  # `…, dass er eine Person findet`: a verb there reports nothing
    viewpoint: frozenset[str]  # `Für X sei …`: subjunctive speech giving X's view
    fronted: frozenset[str]
    stops: frozenset[str]
    indefinite: frozenset[str]
    prepositions: frozenset[str]  # a name after one is an addressee or medium, not a speaker
    determiners: frozenset[str]  # articles that open a descriptive speaker (`die Polizei`)
    passive: frozenset[str]  # `„…“, wird X … zitiert`: the participle may stand far off
    impersonal: frozenset[str]  # `heißt es …`: the source is a document, not a speaker
    expletives: frozenset[str]  # the empty subject of an impersonal cue (`es`)
    subject_first: bool  # `…, Lavrov told Reuters` (English) rather than `…, sagte Scholz`

    def cue_verb(self, word: str) -> str | None:
        """The verb's lemma (German) or form when it is a speech verb, else None."""
        key = german_lemma(word).casefold() if self.language == "de" else word.casefold()
        return key if key in self.verbs else None

    def is_naming(self, word: str) -> bool:
        """Whether a word before a quotation makes it a title (`Film`, German `Magazins`); of a
        hyphenated compound its last part decides (`Klima-Dokumentation`, `Online-Magazins`)."""
        if "-" in word.strip("-"):
            return self.is_naming(word.rsplit("-", 1)[1])
        key = word.casefold()
        if key in self.naming:
            return True
        return self.language == "de" and german_lemma(word).casefold() in self.naming

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

    def folded(key: str) -> frozenset[str]:
        return frozenset(_fold(table[key]))

    def optional(key: str) -> frozenset[str]:
        """Keys a language may leave out (`passive`, `foreign`, …): empty then."""
        return frozenset(_fold(table.get(key, [])))

    return Lexicon(
        language=language or "",
        verbs=folded("verbs"),
        particles={k.casefold(): frozenset(_fold(v)) for k, v in table["particles"].items()},
        needs_particle=folded("needs_particle"),
        so=folded("so"),
        according_to=tuple(sorted(_lower(table["according_to"]), key=len, reverse=True)),
        opinion=tuple(sorted(_lower(table["opinion"]), key=len, reverse=True)),
        possessives={k.casefold(): v for k, v in table["possessives"].items()},
        pronouns={k.casefold(): v for k, v in table["pronouns"].items()},
        complementisers=folded("complementisers"),
        subjunctive=folded("subjunctive"),
        claim_back=folded("claim_back"),
        media=folded("media"),
        naming=folded("naming"),
        predicative=optional("predicative"),
        foreign=optional("foreign"),
        function_words=optional("function_words"),
        connectors=optional("connectors"),
        coordinators=optional("coordinators"),
        subordinators=optional("subordinators"),
        viewpoint=optional("viewpoint"),
        fronted=folded("fronted"),
        stops=folded("stops"),
        indefinite=folded("indefinite"),
        prepositions=optional("prepositions"),
        determiners=optional("determiners"),
        passive=optional("passive"),
        impersonal=optional("impersonal"),
        expletives=optional("expletives"),
        subject_first=bool(table.get("subject_first", False)),
    )


def _fold(entries: list[str]) -> list[str]:
    """Entries as text is compared: case-folded, which also spells `ß` as `ss` (`äußern` →
    `äussern`), so a word read from an article matches the entry written in the data file."""
    return [entry.casefold() for entry in entries]


def _lower(phrases: list[str]) -> list[str]:
    """Phrases are searched in running text (`find_phrase`), so they keep their spelling."""
    return [phrase.lower() for phrase in phrases]


def find_phrase(phrase: str, text: str, whole_words: bool = True) -> re.Match[str] | None:
    """Where a lexicon phrase stands in `text`, ignoring case. Searched in the text itself
    rather than a case-folded copy, whose offsets drift after every `ß` (folded to `ss`)."""
    pattern = re.escape(phrase)
    if whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return re.search(pattern, text, re.IGNORECASE)


def words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))
