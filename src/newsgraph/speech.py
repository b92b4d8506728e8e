"""The speech lexicon of each language (`data/speech/<lang>.toml`): cue verbs, the phrases that
name a source (`laut`, `according to`), pronouns, and the words that make a quotation a title.

German verbs are compared by lemma (`betonte` → `betonen`); the other languages list word forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice
from typing import Any

from newsgraph.data import load_toml
from newsgraph.names import german_lemma

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# What ends a clause, for a separated particle that must close it (`gab … an,`).
CLAUSE_END = re.compile(r"[,;:.!?„“”\"»«()–—\n]")
# A separated particle closes the clause of its verb, which rarely holds more words than this
# (`Davon geht Slobodan Samardzic, der zuständige serbische Minister, aus`); looking no further
# keeps the cost of each candidate verb fixed, so a long sentence costs linear time.
PARTICLE_REACH = 16
# The stretch before a word in which the word before it is looked for (longer than any word).
PRECEDING_CHARS = 100
# A sentence points back with one word (`Das`, `Darüber`) or a preposition and a demonstrative
# (`Об этом`, `Про це`).
POINTER_WORDS = 2


@dataclass(frozen=True)
class Lexicon:
    language: str
    verbs: frozenset[str]
    particles: dict[str, frozenset[str]]
    needs_particle: frozenset[str]
    so: frozenset[str]
    according_to: tuple[str, ...]
    fragment_sources: tuple[str, ...]  # name the source of a quoted fragment only
    opinion: tuple[str, ...]
    possessives: dict[str, str]
    pronouns: dict[str, str]
    complementisers: frozenset[str]
    subjunctive: frozenset[str]
    claim_back: frozenset[str]
    auxiliaries: frozenset[str]  # `Das musste X einräumen`: before a clause-final speech verb
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
    agents: frozenset[str]  # `von einer Sprecherin`: the preposition of a passive's agent
    feminine: tuple[str, ...]  # endings of feminine role nouns (`Sprecherin`, `spokeswoman`)
    masculine: tuple[str, ...]  # of masculine ones (`spokesman`); none: all others are
    prepositions: frozenset[str]  # a name after one is an addressee or medium, not a speaker
    determiners: frozenset[str]  # articles that open a descriptive speaker (`die Polizei`)
    passive: frozenset[str]  # `„…“, wird X … zitiert`: the participle may stand far off
    impersonal: frozenset[str]  # `heißt es …`: the source is a document, not a speaker
    expletives: frozenset[str]  # the empty subject of an impersonal cue (`es`)
    infinitive: frozenset[str]  # `zu wehren`: the word before an infinitive is no particle
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

    def completes(self, verb: str, before: str, after: str) -> bool:
        """A particle verb (`fügte … hinzu`) counts only with its particle: closing a clause
        after the verb (before a comma, a full stop or `und`; `Davon geht X, der Minister,
        aus`) within `PARTICLE_REACH` words and before a coordinator after a comma (`…, und
        die Verhandlungen fingen wieder an` is another clause), or right before a verb that
        ends its clause (`wie X bekannt gab`). Elsewhere the word is no particle: the `zu` of
        an infinitive (`gebe es keine Möglichkeit, sich … zu wehren`, `Auskunft zu geben`), a
        preposition (`gingen an Frankreich`)."""
        if verb not in self.needs_particle:
            return True
        tokens = list(islice(WORD.finditer(after), PARTICLE_REACH + 1))
        for index, token in enumerate(tokens[:PARTICLE_REACH]):
            if index and self._opens_clause(after, tokens[index - 1], token):
                break
            if self._particle_of(verb, token) and self._closes(after, tokens[index + 1 :], token):
                return True
        preceding = last_word(before)
        return preceding is not None and (
            self._particle_of(verb, preceding)
            and preceding.group(0).casefold() not in self.infinitive
        )

    def _opens_clause(self, text: str, previous: re.Match[str], token: re.Match[str]) -> bool:
        """`…, und die Verhandlungen …`: a coordinator after a comma opens another clause."""
        return "," in text[previous.end() : token.start()] and (
            token.group(0).casefold() in self.coordinators
        )

    def _particle_of(self, verb: str, token: re.Match[str]) -> bool:
        return verb in self.particles.get(token.group(0).casefold(), frozenset())

    def _closes(self, text: str, following: list[re.Match[str]], token: re.Match[str]) -> bool:
        """Whether a word of `text` closes its clause: a boundary follows it, or nothing, or
        another clause (`fügte er hinzu und verwies auf …`)."""
        if not following:
            return True
        between = text[token.end() : following[0].start()]
        return bool(CLAUSE_END.search(between)) or (
            following[0].group(0).casefold() in self.coordinators
        )


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
        fragment_sources=tuple(_lower(table.get("fragment_sources", []))),
        opinion=tuple(sorted(_lower(table["opinion"]), key=len, reverse=True)),
        possessives={k.casefold(): v for k, v in table["possessives"].items()},
        pronouns={k.casefold(): v for k, v in table["pronouns"].items()},
        complementisers=folded("complementisers"),
        subjunctive=folded("subjunctive"),
        claim_back=folded("claim_back"),
        auxiliaries=optional("auxiliaries"),
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
        agents=optional("agents"),
        feminine=tuple(_fold(table.get("feminine", []))),
        masculine=tuple(_fold(table.get("masculine", []))),
        prepositions=optional("prepositions"),
        determiners=optional("determiners"),
        passive=optional("passive"),
        impersonal=optional("impersonal"),
        expletives=optional("expletives"),
        infinitive=optional("infinitive"),
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


def last_word(text: str) -> re.Match[str] | None:
    """The last word of `text`, read from its end only (offsets are those of that end)."""
    found = words(text[-PRECEDING_CHARS:])
    return found[-1] if found else None


def is_cue(lex: Lexicon, segment: str, token: re.Match[str]) -> bool:
    """Whether `token`, a word of `segment`, is a speech verb there. In German a capitalised word
    inside a sentence is a noun (`in dem Schreiben`, `keinen Glauben`), not the verb."""
    word = token.group(0)
    verb = lex.cue_verb(word)
    if verb is None:
        return False
    before, after = segment[: token.start()], segment[token.end() :]
    if lex.language == "de" and word[:1].isupper() and before.rstrip()[-1:].isalnum():
        return False
    if not lex.completes(verb, before, after):
        return False
    return verb not in lex.impersonal or _beside_expletive(lex, before, after)


def _beside_expletive(lex: Lexicon, before: str, after: str) -> bool:
    """`heißt es`, `es hieß`, `so heißt es`: an impersonal verb speaks only beside its empty
    subject; `das heißt` (that is) and `der Film heißt „…“` (is called) report nothing."""
    beside = [last_word(before), next(WORD.finditer(after), None)]
    return any(w is not None and w.group(0).casefold() in lex.expletives for w in beside)


@dataclass(frozen=True)
class Pointer:
    """A sentence that points back at what was said before it: its speech verb, and where in
    the sentence the one who said it is named."""

    verb: re.Match[str]
    speaker: tuple[int, int]


def points_back(lex: Lexicon, sentence: str) -> Pointer | None:
    """`Das sagte X.`, `Darüber erzählt …`, `Об этом рассказал …`, `Про це розповів …`,
    `That was said by X`: the pointing words open the sentence and the speech verb follows
    them (at most one word, such as an auxiliary, between), the speaker after it; or an
    auxiliary of the lexicon (`auxiliaries`) follows them and the speech verb closes the
    clause, the speaker between, named or a pronoun (`Das musste Minister X einräumen`, not
    `Das wird sich zeigen`). A capitalised word right after them makes the pointing word an
    article (`Das Gericht teilte mit`)."""
    tokens = words(sentence)
    opening = 0
    while opening < min(len(tokens), POINTER_WORDS) and _pointing(lex, tokens[opening]):
        opening += 1
    if not opening or len(tokens) < opening + 2 or tokens[opening].group(0)[:1].isupper():
        return None
    verb = next((t for t in tokens[opening : opening + 2] if is_cue(lex, sentence, t)), None)
    if verb is not None:
        return Pointer(verb, (verb.end(), len(sentence)))
    if tokens[opening].group(0).casefold() not in lex.auxiliaries:
        return None
    clause = words(CLAUSE_END.split(sentence, maxsplit=1)[0])
    final = clause[-1] if len(clause) > opening + 1 else None
    if final is None or not is_cue(lex, sentence, final):
        return None
    between = clause[opening + 1 : -1]
    if not any(_names_someone(lex, w.group(0)) for w in between):
        return None
    return Pointer(final, (tokens[opening].end(), final.start()))


def _names_someone(lex: Lexicon, word: str) -> bool:
    """A word that may name the speaker between an auxiliary and its verb: a name or noun
    (capitalised), or a pronoun (`Das hat er eingeräumt`); not `sich`."""
    return word[:1].isupper() or word.casefold() in lex.pronouns


def _pointing(lex: Lexicon, token: re.Match[str]) -> bool:
    return token.group(0).casefold() in lex.claim_back
