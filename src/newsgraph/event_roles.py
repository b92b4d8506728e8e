"""Actor and target of an event, chosen among the entities the sentence names.

What a sentence offers, in this order:
1. A passive (`wurde … von X festgenommen`, `was killed by`, `приговорен`): the agent after
   `von`/`by` acts, the subject (the name before the trigger) undergoes.
2. Otherwise the subject acts: the nearest name before the trigger that no preposition
   governs (`Putin forderte Tokajew auf`) and, in Russian and Ukrainian, that no oblique case
   ending marks (`пресс-служба президента Украины`); a name in commas after a person only
   describes that person (`Joseph L. Votel, U.S. Central Command commander, released`). An
   English possessor acts (`the Asad regime's attacks`). With no subject before, a role noun
   next to the trigger stands for the entity holding that role (`The Foreign Secretary said`),
   an agent after an event noun acts (`the ceasefire announced by Russia`), and where subjects
   may follow their verb (German verb-second, Russian, Ukrainian; not English) the first name
   after it (`hieß es vom Sprecher Mark Toner`). A speech verb followed by a person takes that
   person (`betonte Musaev`, `sagte am Dienstag Marc Simeth`); one inserted after a comma
   (`…, передает ИТАР-ТАСС`) and a source cue (`laut`, `according to`, `по словам`) take
   only the name after them. A body or place followed by a person in apposition gives way to
   the person (`laut dem Chefankläger des Internationalen Strafgerichts, Luis Moreno Ocampo`).
3. The target is a name after the trigger: one a preposition of the type brings in first
   (`Treffen mit`, `Besuch in`, `Druck auf`), then one no preposition governs (the direct
   object, `обвинил Киев`), nearest first; places by preference for VISIT. A place after a
   preposition of place is the scene, not the target, except for VISIT, ATTACK and SANCTION
   (`talks … in Aleppo`). A place followed by a person in apposition gives way to the person
   (`den Präsidenten Kasachstans, Kasym-Schomart Tokajew`).
4. A symmetric event without a target after the trigger takes the other side of a pair with
   the actor (`Präsident Boris Tadić und Regierungschef Vojislav Koštunica haben sich …
   verständigt`, `announced by Russia and Turkey`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsgraph.event_lexicon import EventLexicon, Token, Trigger
from newsgraph.event_referents import Holder, role_referent
from newsgraph.model import Document

SYMMETRIC = frozenset({"MEET", "AGREE"})
# At most this many words join the two sides of a symmetric event (`X and Y`, `X und der Y`).
PAIR_GAP_WORDS = 3
# The types whose target may be a place.
PLACE_TARGETS = frozenset({"VISIT", "ATTACK", "SANCTION"})
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
# `den Präsidenten Kasachstans, Kasym-Schomart Tokajew`, `президентом Франції Емманюелем
# Макроном`: maybe a comma, maybe a title between.
APPOSITION = re.compile(r"^\s*,?\s*(?:\w+\s+){0,2}$")
# How many words back from a name its preposition is looked for.
GOVERNOR_REACH = 4
# `X's` (and a word or two, `regime's escalating`) right before an event noun.
POSSESSIVE = re.compile(r"^(?:\s+[\w-]+)?['’]s?(?:\s+[\w-]+){0,2}\s*$")
POSSESSOR_REACH_CHARS = 40
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
    holders: tuple[Holder, ...] = ()  # mentions of entities with a role (`event_referents`)


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
    if trigger.entry.parts in lex.sources:
        return _source(after, trigger, clause, lex), None
    passive = is_passive(trigger, clause, lex)
    if passive:
        agent = _agent(before + after, clause, lex)
        subject = _subject(before, clause, lex, exclude=agent)
        if subject is None:
            subject = _target(trigger, after, clause, lex, agent)
        return agent, subject
    final = _verb_final(trigger, clause, before, lex)
    if final is not None:
        return final
    actor = _actor(trigger, clause, lex, before, after)
    target = _target(trigger, after, clause, lex, actor)
    if target is None and trigger.type in SYMMETRIC and actor is not None:
        target = _pair_partner(actor, before + after, clause, lex)
    return actor, target


def _actor(
    trigger: Trigger, clause: Clause, lex: EventLexicon, before: list[Slot], after: list[Slot]
) -> Slot | None:
    """Rule 2 of the module docstring, in order: for a speech verb inserted after a comma
    (`…, передает ИТАР-ТАСС`) only the name after it (the name before belongs to what is
    reported); else a possessor (`Asad regime's attacks`), the
    subject after a speech verb, the subject before, a pronoun or role noun standing for one,
    the agent of an event noun (`the ceasefire announced by Russia`), and where the language
    puts subjects after verbs (German, Russian, Ukrainian) the first name after."""
    if trigger.type == "STATEMENT" and _parenthetical(trigger, clause):
        inserted = _inverted_subject(after, trigger, clause, lex, person_only=False)
        inserted = inserted or _by_role(trigger, clause, lex)
        return _person_in_apposition(inserted, clause) if inserted is not None else None
    actor = _possessor(before, trigger, clause)
    if actor is None and trigger.type == "STATEMENT":
        actor = _inverted_subject(after, trigger, clause, lex, person_only=True)
    actor = actor or _subject(before, clause, lex) or _pronoun(trigger, clause, lex)
    actor = actor or _by_role(trigger, clause, lex) or _agent(after, clause, lex)
    if actor is None and lex.inverted and _verbal(trigger, clause, lex):
        actor = _inverted_subject(after, trigger, clause, lex, person_only=False)
        if actor is not None and _governed(actor, clause, lex.not_subject | set(lex.agent)):
            actor = None
    return _person_in_apposition(actor, clause) if actor is not None else None


def _source(after: list[Slot], trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`laut dem Chefankläger …, Luis Moreno Ocampo`, `according to X`, `по словам X`: the
    source is the first name after the cue, or the person it stands in apposition to."""
    found = _inverted_subject(after, trigger, clause, lex, person_only=False)
    return _person_in_apposition(found, clause) if found is not None else None


def _parenthetical(trigger: Trigger, clause: Clause) -> bool:
    """A speech verb right after a comma or dash is an inserted clause whose subject follows
    (`…, передает ИТАР-ТАСС`, `…, sagte Müller`); outlets and bodies speak there too."""
    start = clause.words[trigger.first].start
    before = clause.text[max(0, start - 4) : start].rstrip()
    return before.endswith((",", "–", "—", "-"))


def _possessor(before: list[Slot], trigger: Trigger, clause: Clause) -> Slot | None:
    """`the Asad regime's escalating attacks`: the possessor of the event noun acts, whatever
    preposition governs the phrase (the pattern needs an apostrophe: English)."""
    for slot in reversed(before):
        tail = clause.text[slot.end : clause.words[trigger.first].start]
        if POSSESSIVE.match(tail):
            return slot
        if slot.end < clause.words[trigger.first].start - POSSESSOR_REACH_CHARS:
            return None
    return None


def _person_in_apposition(chosen: Slot, clause: Clause) -> Slot:
    """`der Chefankläger des Internationalen Strafgerichts, Luis Moreno Ocampo`: a body or
    place that a person follows in apposition only qualifies that person."""
    if chosen.label == "PER":
        return chosen
    later = [s for s in clause.slots if s.start >= chosen.end]
    if (
        later
        and later[0].label == "PER"
        and APPOSITION.match(clause.text[chosen.end : later[0].start])
    ):
        return later[0]
    return chosen


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


def is_passive(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
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
    participle = word.lower.endswith(("t", "en"))  # `festgenommen`, `verhaftet`, not `besuchte`
    if not participle or any(w in GERMAN_PERFECT for w in lowers):
        return False
    return any(w in lex.passive for w in lowers) or trigger.last == len(lowers) - 1


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
        if _oblique(slot, clause, lex):
            continue
        return _head_of_apposition(slot, before, clause)
    return None


def _head_of_apposition(slot: Slot, before: list[Slot], clause: Clause) -> Slot:
    """`Gen. Joseph L. Votel, U.S. Central Command commander, released …`: a name inside
    commas right after a person describes that person, who is the subject."""
    earlier = [s for s in before if s.end <= slot.start]
    if not earlier or earlier[-1].label != "PER" or slot.label == "PER":
        return slot
    between = clause.text[earlier[-1].end : slot.start]
    return earlier[-1] if between.strip() == "," else slot


def _oblique(slot: Slot, clause: Clause, lex: EventLexicon) -> bool:
    """Russian and Ukrainian subjects are nominative: `пресс-служба президента Украины`,
    `встречи с Путиным` name no subject. The endings are per label (`data/events/*.toml`):
    places and bodies decline more regularly than foreign personal names."""
    word = clause.text[slot.start : slot.end].split()[-1]
    endings = lex.oblique_person if slot.label == "PER" else lex.oblique
    return bool(endings) and not word.isupper() and word.casefold().endswith(endings)


def _pronoun(trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`Dort plant er ein Treffen …`: a subject pronoun before the trigger stands for the
    person named last before the sentence."""
    before = [w.lower for w in clause.words[: trigger.first]]
    return clause.last_person if set(before) & lex.pronouns else None


def _by_role(trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`The Foreign Secretary said`, `Российский президент назвал`, and for statements also
    `сказал министр`: a role noun next to the trigger stands for the entity holding that role
    (`event_referents`)."""
    near = [trigger.first - 1]
    if trigger.type == "STATEMENT":
        near += [trigger.last + 1, trigger.last + 2]
    for index in near:
        if not 0 <= index < len(clause.words):
            continue
        word = clause.words[index]
        entity = role_referent(word, list(clause.holders), lex.language)
        if entity is not None:
            return Slot(word.start, word.end, entity, "PER")
    return None


def _in_parentheses(slot: Slot, clause: Clause) -> bool:
    """`Guido Westerwelle (FDP) erklärte`: the party is no subject."""
    return clause.text[: slot.start].rstrip().endswith("(")


def _inverted_subject(
    after: list[Slot], trigger: Trigger, clause: Clause, lex: EventLexicon, person_only: bool
) -> Slot | None:
    for slot in after:
        if _index(clause.starts, slot.start) - trigger.last > INVERTED_SUBJECT_REACH:
            return None
        if _oblique(slot, clause, lex):
            continue
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
        if (actor is None or s.entity != actor.entity)
        and (not labels or s.label in labels)
        and not _scene(s, trigger, clause, lex)
        and not _topic(s, trigger, clause, lex)
    ]
    if not candidates:
        return None
    preps = lex.targets.get(trigger.type, frozenset())

    def rank(slot: Slot) -> tuple[bool, bool, int, int]:
        introduced = bool(preps) and _governed(slot, clause, preps)
        other = not introduced and _governed(slot, clause, lex.not_subject)
        label = labels.index(slot.label) if slot.label in labels else len(labels)
        return not introduced, other, label if trigger.type in PLACE_TARGETS else 0, slot.start

    best = min(candidates, key=rank)
    return _apposition(best, candidates, clause) or best


def _topic(slot: Slot, trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`talks on Syria`, `переговоры о …`: the other side of a meeting or an agreement is the
    direct object or comes with the type's preposition (`with`, `mit`, `с`); a name another
    preposition brings in is what they talk about."""
    if trigger.type not in SYMMETRIC:
        return False
    introduced = _governed(slot, clause, lex.targets.get(trigger.type, frozenset()))
    return not introduced and _governed(slot, clause, lex.not_subject)


def _scene(slot: Slot, trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`Gespräche in Paris`, `переговоры в Минске`: a place after a preposition of place is
    where the event happens; only a visit or an attack has a place as its target."""
    if trigger.type in PLACE_TARGETS or slot.label != "LOC":
        return False
    return _governed(slot, clause, lex.locative)


def _apposition(chosen: Slot, candidates: list[Slot], clause: Clause) -> Slot | None:
    """Rule 3's last sentence: `Kasachstans, Kasym-Schomart Tokajew` → the person."""
    if chosen.label != "LOC":
        return None
    for slot in candidates:
        if slot.start > chosen.end and slot.label == "PER":
            return slot if APPOSITION.match(clause.text[chosen.end : slot.start]) else None
    return None


def _pair_partner(actor: Slot, slots: list[Slot], clause: Clause, lex: EventLexicon) -> Slot | None:
    """The name joined to the actor by a conjunction, before it (`Tadić und Koštunica haben
    sich verständigt`) or after it (`announced by Russia and Turkey`)."""
    others = [s for s in slots if s.entity != actor.entity]
    earlier = [s for s in others if s.end <= actor.start]
    later = [s for s in others if s.start >= actor.end]
    pairs = ([(earlier[-1], earlier[-1].end, actor.start)] if earlier else []) + (
        [(later[0], actor.end, later[0].start)] if later else []
    )
    for other, low, high in pairs:
        between = [w.lower for w in clause.words if low <= w.start and w.end <= high]
        if any(w in lex.conjunctions for w in between) and len(between) <= PAIR_GAP_WORDS:
            return other
    return None
