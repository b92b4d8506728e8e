"""Events a speaker's words imply without a verb of demanding or accusing.

- What a speaker says someone must do is a DEMAND by the speaker on that someone: `The regime
  and its backers must comply` after `the Foreign Secretary said:`, `«Россия … должны
  прекратить обстрелы», - сообщил спикер`. Only in a quotation or a passage a speaker
  introduced (`event_voice`); what speakers say they must do themselves (`We must keep
  pushing`), or what a relative clause says its noun must do (`переговоры, которые должны
  определить …`), is no demand.
- A statement that condemns a named party in evaluative words accuses it: `Хаммонд назвал
  "циничным" участие России`, `sagte über Janukowytsch: „Jetzt ist er Diktator eines
  Verbrecherregimes“`. The words are lexicon data (`evaluative`).
- A sanction or an attack announced as the consequence of a condition is a threat by the
  sentence's subject against its target: `Кэмерон предложил: если сепаратисты предпримут
  атаку на Мариуполь, тогда Запад введет новые санкции против России`. The condition word
  (lexicon `conditional`) must stand in an earlier clause than the consequence.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.event_lexicon import EventLexicon, Token, Trigger, occurrences, part_matches
from newsgraph.event_roles import CLAUSE_MARK, Clause, choose_roles, main_subject, subject_before
from newsgraph.event_voice import Voice, quoted_voice
from newsgraph.model import Document

# Types that are threatened as the consequence of a condition.
# How many words before a conditional word a verb of asking may stand (`asked Merkel if`).
ASK_REACH = 3
CONSEQUENCES = frozenset({"SANCTION", "ATTACK"})
# Labels of the parties a condemnation can name.
PARTY_LABELS = frozenset({"PER", "ORG", "LOC"})


@dataclass(frozen=True)
class Implied:
    """An implied event: its type, who, to whom, and the word that implies it."""

    type: str
    actor: str
    target: str | None
    cue: Token


def obligations(
    doc: Document, lex: EventLexicon, clause: Clause, voice: Voice | None
) -> list[Implied]:
    """The module docstring's first point."""
    found = []
    for index in obligation_words(clause.words, lex):
        word = clause.words[index]
        speaker = quoted_voice(doc, word.start) or voice
        if speaker is None or any(i < index for i, _ in clause.first_person):
            continue
        subject = subject_before(word.start, clause, lex)
        target = subject.entity if subject and subject.entity != speaker.entity else None
        found.append(Implied("DEMAND", speaker.entity, target, word))
    return found


def obligation_words(words: list[Token], lex: EventLexicon) -> list[int]:
    """Where the words of obligation stand; not after a relative pronoun (`переговоры,
    которые должны определить взаимоотношения`, `talks which must settle …`): what a relative
    clause says its noun must do describes the noun, nobody is asked."""
    return [
        i
        for i, _ in occurrences(lex.obligation, words)
        if i == 0 or not any(part_matches(p, words[i - 1].lower) for p in lex.relative)
    ]


def evaluations(lex: EventLexicon, clause: Clause, cue: Token, speaker: str) -> list[Implied]:
    """The module docstring's second point, for one statement (its cue and its speaker): the
    first party named after the cue, when an evaluative word follows the cue too."""
    later = [w for w in clause.words if w.start >= cue.end]
    word = next((w for w in later if any(part_matches(p, w.lower) for p in lex.evaluative)), None)
    if word is None:
        return []
    party = next(
        (
            s
            for s in clause.slots
            if s.start >= cue.end and s.entity != speaker and s.label in PARTY_LABELS
        ),
        None,
    )
    return [Implied("ACCUSE", speaker, party.entity, word)] if party is not None else []


def threats(lex: EventLexicon, clause: Clause, triggers: list[Trigger]) -> list[Implied]:
    """The module docstring's third point."""
    words = clause.words
    condition = next((i for i, w in enumerate(words) if w.lower in lex.conditional), None)
    if condition is None or _asked(condition, clause, lex):
        return []
    closing = clause.text.find(",", words[condition].end)
    if closing < 0:
        return []
    after = [w for w in words if w.start > closing]
    if after and after[0].lower in lex.coordinating:
        return []  # `…, and the EU imposed sanctions`: added, no consequence
    found = []
    for trigger in triggers:
        if trigger.type not in CONSEQUENCES or words[trigger.first].start < closing:
            continue  # still the condition (`если сепаратисты предпримут атаку`)
        if CLAUSE_MARK.search(clause.text[closing + 1 : words[trigger.first].start]):
            continue  # not the clause right after the condition
        speaker = main_subject(words[condition].start, clause, lex)
        target = choose_roles(trigger, clause, lex)[1]
        if speaker is not None and target is not None and speaker.entity != target.entity:
            found.append(Implied("THREATEN", speaker.entity, target.entity, words[trigger.first]))
    return found


def _asked(condition: int, clause: Clause, lex: EventLexicon) -> bool:
    """`Merkel asked if Putin would come`: after a verb of asking (within `ASK_REACH` words
    before it, in its clause) the conditional word opens an indirect question."""
    words, at = clause.words, clause.words[condition]
    for word in reversed(words[max(0, condition - ASK_REACH) : condition]):
        if CLAUSE_MARK.search(clause.text[word.end : at.start]):
            return False
        if any(part_matches(p, word.lower) for p in lex.asking):
            return True
    return False
