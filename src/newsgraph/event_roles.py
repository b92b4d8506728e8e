"""Actor and target of an event, chosen among the entities the sentence names.

What a sentence offers, in this order:
1. A passive (`wurde … von X festgenommen`, `was killed by`, `приговорен`): the agent after
   `von`/`by` acts, the subject (the name before the trigger) undergoes.
2. Otherwise the subject acts: the nearest name before the trigger that no preposition
   governs (`Putin forderte Tokajew auf`); with none, the first after it (`hieß es vom
   Sprecher Mark Toner`, German verb-second). A speech verb followed by a person takes that
   person (`betonte Musaev`, `sagte am Dienstag Marc Simeth`).
3. The target is a name after the trigger: one a preposition of the type brings in first
   (`Treffen mit`, `Besuch in`, `Druck auf`), then by the label the type expects (places for
   VISIT, people for MEET …), then the nearest. A place followed by a person in apposition
   gives way to the person (`den Präsidenten Kasachstans, Kasym-Schomart Tokajew`).
4. A symmetric event without a target after the trigger takes the other side of a pair before
   it (`Präsident Boris Tadić und Regierungschef Vojislav Koštunica haben sich … verständigt`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsgraph.event_lexicon import EventLexicon, Token, Trigger
from newsgraph.model import Document

SYMMETRIC = frozenset({"MEET", "AGREE"})
# How many words may stand between a preposition and the name it brings in (`auf den
# Präsidenten Kasachstans`).
PREPOSITION_REACH = 3
# A person this many words after a speech verb is its subject (`sagte am Dienstag X`).
INVERTED_SUBJECT_REACH = 4
# Preferred labels of the target, per type (earlier is better); others come after.
TARGET_LABELS = {
    "VISIT": ("LOC", "ORG", "MISC", "PER"),
    "MEET": ("PER", "ORG", "LOC"),
    "DEMAND": ("PER", "ORG", "LOC"),
    "ACCUSE": ("PER", "ORG", "LOC"),
    "ARREST": ("PER", "ORG"),
    "AGREE": ("PER", "ORG", "LOC"),
    "THREATEN": ("PER", "ORG", "LOC"),
}
# German participles and nouns differ by case; Russian and Ukrainian short participles end so.
PARTICIPLE_ENDINGS = {
    "ru": ("ен", "ена", "ено", "ены", "ан", "ана", "ано", "аны", "ит", "ита", "ито", "иты", "ят"),
    "uk": ("ено", "ений", "ена", "ені", "ано", "аний", "ана"),
}
# `den Präsidenten Kasachstans, Kasym-Schomart Tokajew`: a comma, maybe a title between.
APPOSITION = re.compile(r"^\s*,\s*(?:\w+\s+){0,2}$")
# How many words back from a name its preposition is looked for.
GOVERNOR_REACH = 4
BREAK = re.compile(r"[,;:()„“”\"»«–—]")
CLAUSE_MARK = re.compile(r"[,;:–—]")
CLAUSE_END = set('.,;:!?)–—"“”»')
# A German sentence with these is active perfect, not passive (`hat … unterzeichnet`).
GERMAN_PERFECT = frozenset({"hat", "haben", "hatte", "hatten", "habe"})


@dataclass(frozen=True)
class Slot:
    start: int
    end: int
    entity: str
    label: str


def mentions_in(doc: Document) -> list[Slot]:
    """Every entity mention of the document, in text order."""
    slots = [Slot(m.start, m.end, e.id, e.label) for e in doc.entities for m in e.mentions]
    return sorted(slots, key=lambda s: (s.start, -s.end))


@dataclass(frozen=True)
class Clause:
    """What role choice reads of one sentence: the text, its words and their starts, the
    names in it, and the spans of its dates (their commas bound no clause)."""

    text: str
    words: list[Token]
    starts: list[int]
    slots: list[Slot]
    dates: list[tuple[int, int]]
    stops: frozenset[str] = frozenset()  # finite verbs: no preposition reaches over them
    preps: frozenset[str] = frozenset()  # every preposition: the nearest one governs
    last_person: Slot | None = None  # the person named last before the sentence


def choose_roles(
    trigger: Trigger, clause: Clause, lex: EventLexicon
) -> tuple[Slot | None, Slot | None]:
    """(actor, target) of one trigger; see the module docstring."""
    words = clause.words
    first, last = words[trigger.first], words[trigger.last]
    free = [s for s in clause.slots if s.label != "MISC" or trigger.type == "VISIT"]
    free = [s for s in free if s.end <= first.start or s.start >= last.end]
    before = [s for s in free if s.end <= first.start]
    after = [s for s in free if s.start >= last.end]
    passive = _passive(trigger, clause, lex)
    if passive:
        agent = _agent(before + after, clause, lex)
        subject = _subject(before, clause, lex, exclude=agent)
        if subject is None:
            subject = _target(trigger, after, clause, lex, agent)
        return agent, subject
    final = _verb_final(trigger, clause, before, lex)
    if final is not None:
        return final
    actor = None
    if trigger.type == "STATEMENT":
        actor = _inverted_subject(after, trigger, clause, person_only=True)
    actor = actor or _subject(before, clause, lex) or _pronoun(trigger, clause, lex)
    if actor is None and _verbal(trigger, clause, lex):
        actor = _inverted_subject(after, trigger, clause, person_only=False)
        if actor is not None and _governed(actor, clause, lex.not_subject | set(lex.agent)):
            actor = None
    target = _target(trigger, after, clause, lex, actor)
    if target is None and trigger.type in SYMMETRIC and actor is not None:
        target = _pair_partner(actor, before, clause, lex)
    return actor, target


def _index(starts: list[int], position: int) -> int:
    """The index of the word starting at or after `position`."""
    return bisect.bisect_left(starts, position)


def _preceding(slot: Slot, clause: Clause, reach: int) -> list[str]:
    i = _index(clause.starts, slot.start)
    return [w.lower for w in clause.words[max(0, i - reach) : i]]


def _governed(slot: Slot, clause: Clause, preps: frozenset[str] | set[str]) -> bool:
    """A preposition stands before the name, with at most articles, adjectives or titles
    between (`gegen die ehemalige Ministerpräsidentin Julia Timoschenko`); punctuation or
    another name in between ends the search."""
    i = _index(clause.starts, slot.start)
    edge = slot.start
    for k in range(i - 1, max(-1, i - 1 - GOVERNOR_REACH), -1):
        word = clause.words[k]
        if BREAK.search(clause.text[word.end : edge]):
            return False
        if any(s.start <= word.start < s.end for s in clause.slots):
            return False
        if word.lower in preps:
            return True
        if word.lower in clause.stops or word.lower in clause.preps:
            return False
        edge = word.start
    return False


def _agent(slots: list[Slot], clause: Clause, lex: EventLexicon) -> Slot | None:
    agents = frozenset(lex.agent)
    return next((s for s in slots if _governed(s, clause, agents)), None)


def _verbal(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """German nouns are capitalised; elsewhere every trigger may be a verb."""
    word = clause.words[trigger.first]
    return not (lex.language == "de" and word.text[:1].isupper())


def _passive(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`wurde … festgenommen`, `… in Belgien verhaftet` (a headline participle), `was killed`,
    `приговорен`."""
    word = clause.words[trigger.first]
    endings = PARTICIPLE_ENDINGS.get(lex.language)
    if endings is not None:
        return word.lower.endswith(endings)
    if not _verbal(trigger, clause, lex):
        return False
    lowers = [w.lower for w in clause.words]
    if lex.language == "en":
        if not word.lower.endswith(("ed", "en", "wn", "ld", "zed")):
            return False
        return any(w in lex.passive for w in lowers[max(0, trigger.first - 3) : trigger.first])
    perfect = any(w in GERMAN_PERFECT for w in lowers)
    if any(w in lex.passive for w in lowers) and not perfect:
        return True
    at_end = trigger.last == len(lowers) - 1
    return word.lower.endswith(("t", "en")) and at_end and not perfect


def _verb_final(
    trigger: Trigger, clause: Clause, before: list[Slot], lex: EventLexicon
) -> tuple[Slot | None, Slot | None] | None:
    """German verb-final clauses (`dass … Putin am Donnerstag … Astana besuchte.`): the
    first name of the clause acts, the last undergoes."""
    if lex.language != "de" or not _verbal(trigger, clause, lex):
        return None
    last = clause.words[trigger.last]
    rest = clause.text[last.end :].lstrip()
    if rest and rest[0] not in CLAUSE_END:
        return None
    start = _clause_start(clause, clause.words[trigger.first].start)
    inside = [s for s in before if s.start >= start and not _governed(s, clause, lex.not_subject)]
    if len(inside) < 2 or inside[0].entity == inside[-1].entity:
        return None
    return inside[0], inside[-1]


def _clause_start(clause: Clause, position: int) -> int:
    """After the last comma or colon before `position` that is not part of a date."""
    start = 0
    for m in CLAUSE_MARK.finditer(clause.text, 0, position):
        if not any(s <= m.start() <= e for s, e in clause.dates):
            start = m.end()
    return start


def _subject(
    before: list[Slot], clause: Clause, lex: EventLexicon, exclude: Slot | None = None
) -> Slot | None:
    preps = lex.not_subject | frozenset(lex.agent)
    for slot in reversed(before):
        if exclude is not None and slot.entity == exclude.entity:
            continue
        if _in_parentheses(slot, clause) or _governed(slot, clause, preps):
            continue
        return slot
    return None


def _pronoun(trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`Dort plant er ein Treffen …`: a subject pronoun before the trigger stands for the
    person named last before the sentence."""
    before = [w.lower for w in clause.words[: trigger.first]]
    return clause.last_person if set(before) & lex.pronouns else None


def _in_parentheses(slot: Slot, clause: Clause) -> bool:
    """`Guido Westerwelle (FDP) erklärte`: the party is no subject."""
    return clause.text[: slot.start].rstrip().endswith("(")


def _inverted_subject(
    after: list[Slot], trigger: Trigger, clause: Clause, person_only: bool
) -> Slot | None:
    for slot in after:
        if _index(clause.starts, slot.start) - trigger.last > INVERTED_SUBJECT_REACH:
            return None
        if slot.label == "PER" or (not person_only and slot.label in ("ORG", "LOC")):
            return slot
    return None


def _target(
    trigger: Trigger,
    after: list[Slot],
    clause: Clause,
    lex: EventLexicon,
    actor: Slot | None,
) -> Slot | None:
    labels = TARGET_LABELS.get(trigger.type, ())
    candidates = [
        s
        for s in after
        if (actor is None or s.entity != actor.entity) and (not labels or s.label in labels)
    ]
    if not candidates:
        return None
    preps = lex.targets.get(trigger.type, frozenset())

    def rank(slot: Slot) -> tuple[bool, int, int]:
        introduced = bool(preps) and _governed(slot, clause, preps)
        label = labels.index(slot.label) if slot.label in labels else len(labels)
        return not introduced, label, slot.start

    best = min(candidates, key=rank)
    return _apposition(best, candidates, clause) or best


def _apposition(chosen: Slot, candidates: list[Slot], clause: Clause) -> Slot | None:
    """Rule 3's last sentence: `Kasachstans, Kasym-Schomart Tokajew` → the person."""
    if chosen.label != "LOC":
        return None
    for slot in candidates:
        if slot.start > chosen.end and slot.label == "PER":
            return slot if APPOSITION.match(clause.text[chosen.end : slot.start]) else None
    return None


def _pair_partner(
    actor: Slot, before: list[Slot], clause: Clause, lex: EventLexicon
) -> Slot | None:
    earlier = [s for s in before if s.end <= actor.start and s.entity != actor.entity]
    if not earlier:
        return None
    other = earlier[-1]
    between = [w.lower for w in clause.words if other.end <= w.start and w.end <= actor.start]
    return other if any(w in lex.conjunctions for w in between) and len(between) <= 3 else None
