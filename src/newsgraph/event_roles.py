"""Actor and target of an event, chosen among the entities the sentence names.

What a sentence offers, in this order:
1. A passive (`wurde … von X festgenommen`, `was killed by`, `приговорен`): the agent after
   `von`/`by` acts, the subject (the name before the trigger, or the person a pronoun stands
   for: `Sie wurde zu sieben Jahren Haft verurteilt`) undergoes. So does the subject of an
   attack it receives (`Iraqi forces received … fire from ISIL fighters`): the name after
   `from` strikes.
2. Otherwise the subject acts: the nearest name before the trigger that no preposition
   governs (`Putin forderte Tokajew auf`) and, in Russian and Ukrainian, that no oblique case
   ending marks (`пресс-служба президента Украины`), unless it speaks through its press
   office (`пресс-служба Кремля сообщила`); a name in commas after a person only
   describes that person (`Joseph L. Votel, U.S. Central Command commander, released`). An
   English possessor acts (`the Asad regime's attacks`). With no subject before, a role noun
   next to the trigger stands for the entity holding that role (`The Foreign Secretary said`,
   `Глава государства заявил`), `we` for the speaker (`event_voice`), an agent after an event
   noun acts (`the ceasefire announced by Russia`), then a role noun further back in the
   clause (`Глава государства … в ходе посещения`), and where subjects
   may follow their verb (German verb-second, Russian, Ukrainian; not English) the first name
   after it (`hieß es vom Sprecher Mark Toner`). A speech verb followed by a person takes that
   person (`betonte Musaev`, `sagte am Dienstag Marc Simeth`; not one a preposition brings in,
   `sagte über Janukowytsch`); one inserted after a comma
   (`…, передает ИТАР-ТАСС`) and a source cue (`laut`, `according to`, `по словам`) take
   only the name after them (before any comma). A body or place followed by a person in
   apposition gives way to the person (`laut dem Chefankläger des Internationalen
   Strafgerichts, Luis Moreno Ocampo`), as does a person right before another
   (`пресс-секретарь Путина Дмитрий Песков`).
3. The target is the person an object pronoun right after the trigger stands for (`urged
   him`), else a name after the trigger: one right after it first (its object, `посещения
   Музея мамонта в Якутске`), then one a preposition of the type brings in (`Treffen mit`,
   `Besuch in`, `Druck auf`), then one no preposition governs (`обвинил … Киев`), nearest
   first; places by preference for VISIT. A place after a preposition of place is the scene,
   not the target, except for VISIT, ATTACK and SANCTION (`talks … in Aleppo`). A place
   followed by a person in apposition gives way to the person (`den Präsidenten Kasachstans,
   Kasym-Schomart Tokajew`).
4. A symmetric event takes the other side of a pair with the actor rather than a name after
   the trigger that its own preposition does not bring in (`Präsident Boris Tadić und
   Regierungschef Vojislav Koštunica haben sich … verständigt`, `announced by Russia and
   Turkey`).
5. Refinements: a German participle's auxiliary stands before it or right after it (`zu
   haben` after a comma makes no perfect); a passive of accusing keeps the accused in the
   dative (`werden Bemba … zur Last gelegt`) and its agent in its own clause; a passive's
   place brought in before the verb undergoes it (`Ziele im Gazastreifen angegriffen`), as
   does the object of a German verb-final clause (`das Urteil gegen … Timoschenko bestätigt`).
   An adverbial participle shares the main subject (`Лавров …, заявив`); an English article
   and noun before a verb are its subject (`the release said`); a pronoun right after a
   speech verb stands for the last person (`sagte er`); in Russian and Ukrainian a body
   right after a role noun (`глава МИД РФ`) and the clause subject of an event noun with a
   genitive (`визита главы МИДа`) act not. An arrest's issuer is the body in the genitive
   after its noun (`Haftbefehl des IStGH`), a body a preposition brings in is its scene, a
   possessive names the arrested (`nach seiner Festnahme`). A name after an event word of
   another type belongs to that event (`call for an end to … attacks on Aleppo`), one after a
   preposition of topic to the topic (`переговоры о … договора с Россией`).
6. Participants by reading: a role noun named for a country stands for that country's holder
   (`Российский президент`, `event_referents`); a body in the genitive after a role noun is
   no subject (`глава МИД РФ`, `Ein Journalist der dpa`); a German dative epithet of a
   passive accusation is the person named last (`Dem Mitbegründer des MLC werden …
   vorgeworfen`); a bare meeting noun opening a sentence is the last person's (`Treffen mit
   Tokajew am Flughafen – …`), one of purpose is held between its clause's subject and object
   (`Johnson joined Kerry … for talks`); people joined to a person target are targets of
   events of their own (`co_targets`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsgraph.event_lexicon import EventLexicon, Token, Trigger, part_matches, tokens
from newsgraph.event_referents import (
    Holder,
    genitive_noun,
    may_be_subject,
    only_noun,
    role_country,
    role_of_genitive,
    role_referent,
)
from newsgraph.model import Document, Event
from newsgraph.roles import person_noun

SYMMETRIC = frozenset({"MEET", "AGREE"})
# Types one can be under (`im Verdacht`, `под стражей`): the subject undergoes them.
UNDERGONE = frozenset({"ACCUSE", "ARREST"})
# At most this many words join the two sides of a symmetric event (`X and Y`, `X und der Y`).
PAIR_GAP_WORDS = 3
# The types a person or a group undergoes: a court or a body after them issues (`Haftbefehl
# des IStGH`) or is the scene (`vor dem Haager Tribunal`).
PERSON_TARGETS = frozenset({"ARREST"})
# English indefinite articles (the definite ones are lexicon data).
INDEFINITE = frozenset({"a", "an"})
# How many words after an arrest noun its issuer's genitive may stand (`des Internationalen
# Strafgerichtshofs`).
GENITIVE_REACH = 3
# The types whose target may be a place.
PLACE_TARGETS = frozenset({"VISIT", "ATTACK", "SANCTION"})
# How many words may stand between a preposition and the name it brings in (`auf den
# Präsidenten Kasachstans`).
PREPOSITION_REACH = 3
# An agent at most this many words after an event noun is its doer (`ceasefire announced by
# Russia`).
NOUN_AGENT_REACH = 6
# How many words after `with`, `mit`, `с` the name of a meeting's other side may come (titles
# between: `with Iraqi Prime Minister Haider al-Abadi`).
PARTNER_REACH = 5
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
# How many words before an attack a word of receiving may stand (`receive heavy and sustained
# machine gun and rocket propelled grenade fire`).
RECEIVED_REACH = 10
# The German dative article of a masculine or neuter noun: the accused of `werden … vorgeworfen`.
DATIVE_ARTICLES = frozenset({"dem"})
# Words after a dative noun that make it a source, not the accused (`Dem Bericht zufolge`).
EPITHET_CUES = frozenset({"zufolge", "nach"})
# The article of a genitive after an epithet (`dem Mitbegründer des MLC`); `der` may be a
# feminine dative, the accused itself (`Dem Präsidenten der Ukraine …`).
EPITHET_GENITIVE = frozenset({"des"})
# German participles and nouns differ by case; Russian and Ukrainian short participles end so.
PARTICIPLE_ENDINGS = {
    "ru": ("ен", "ена", "ено", "ены", "ан", "ана", "ано", "аны", "ит", "ита", "ито", "иты", "ят"),
    "uk": ("ено", "ений", "ена", "ені", "ано", "аний", "ана"),
}
# What follows an English name in the possessive (`Johnson's wife`).
POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})
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
# German inseparable verb prefixes: their participles take no `ge` (`verhaftet`, `beschuldigt`).
INSEPARABLE = ("be", "ver", "er", "ent", "zer", "emp", "miss", "unter", "über", "hinter", "wider")
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
    first_person: tuple[tuple[int, Slot], ...] = ()  # (word index, who `we`/`I` is there)
    cues: tuple[tuple[int, str], ...] = ()  # (first word index, type) of every trigger


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
        agent = _agent(_in_clause(before + after, trigger, clause), clause, lex)
        subject = _dative(before, trigger, clause, lex, agent)
        subject = subject or _subject(before, clause, lex, exclude=agent)
        subject = subject or _pronoun(trigger, clause, lex)
        subject = subject or _brought_before(trigger, before, clause, lex)
        if subject is None:
            subject = _target(trigger, after, clause, lex, agent)
        return agent, subject
    received = _received(trigger, clause, lex, before, after)
    if received is not None:
        return received
    final = _verb_final(trigger, clause, before, lex)
    if final is not None:
        return final
    actor = _actor(trigger, clause, lex, before, after)
    target = _possessed(trigger, clause, lex, actor) or _object_pronoun(
        trigger, clause, lex, before, actor
    )
    target = target or _target(trigger, after, clause, lex, actor)
    if trigger.type in SYMMETRIC and actor is not None:
        partner = _pair_partner(actor, before + after, clause, lex)
        if partner is not None and (target is None or not introduced(target, trigger, clause, lex)):
            target = partner
    if trigger.type in SYMMETRIC and actor is None and target is not None:
        actor = _other_side(trigger, clause, lex, target)
    if trigger.type in SYMMETRIC and actor is not None and target is None:
        target = _purpose_partner(trigger, clause, lex, actor)
    return actor, target


def _purpose_partner(
    trigger: Trigger, clause: Clause, lex: EventLexicon, actor: Slot
) -> Slot | None:
    """`Johnson joined Kerry and international partners in Paris for talks`, `Putin empfing
    Tokajew zu Gesprächen`: a meeting noun in a phrase of purpose (after a preposition) is
    held between the subject and the object of its clause: the person that subject names,
    when the nearest name (taken as the actor) is its object. After a preposition of topic
    the meeting is what is spoken of (`принял предложение Байдена о встрече`), none held."""
    if trigger.first == 0 or verb_form(trigger, clause, lex):
        return None
    preposition = clause.words[trigger.first - 1].lower
    if preposition not in lex.not_subject or preposition in lex.topic or actor.label != "PER":
        return None
    start = clause_start(clause, clause.words[trigger.first].start)
    earlier = [s for s in clause.slots if start <= s.start and s.end <= actor.start]
    subject = _main_subject(earlier, clause, lex)
    if subject is None or subject.label != "PER" or subject.entity == actor.entity:
        return None
    if CLAUSE_MARK.search(clause.text[subject.end : actor.start]):
        return None  # `Putin sagte am Donnerstag, Tokajew komme zu Gesprächen`: two clauses
    return subject


def _other_side(trigger: Trigger, clause: Clause, lex: EventLexicon, partner: Slot) -> Slot | None:
    """`Treffen mit Tokajew am Flughafen – das ist …`: a meeting noun opening its sentence
    bare (a verbless phrase, no article) and naming only the side its preposition brings in
    is the meeting of the person the text was speaking of, the one named last before the
    sentence. Told in a clause of its own (`Danach folgte ein Treffen mit Barroso`) it keeps
    one side."""
    if trigger.first != 0 or verb_form(trigger, clause, lex):
        return None
    if not introduced(partner, trigger, clause, lex):
        return None
    person = clause.last_person
    return person if person is not None and person.entity != partner.entity else None


def _received(
    trigger: Trigger, clause: Clause, lex: EventLexicon, before: list[Slot], after: list[Slot]
) -> tuple[Slot | None, Slot | None] | None:
    """`Iraqi forces continued to receive heavy … fire from ISIL fighters`: an attack taken by
    the subject. The name `from`/`von` brings in after the trigger strikes, the subject is
    struck. None when the attack is not told so. The verbs of receiving are lexicon data
    (`receive`, `gerieten unter Beschuss`, `попали под обстрел`)."""
    if trigger.type != "ATTACK" or not _receiving_before(trigger, clause, lex):
        return None
    reach = trigger.last + PREPOSITION_REACH + 1
    strikers = [
        s
        for s in after
        if _index(clause.starts, s.start) <= reach and _governed(s, clause, lex.received_from)
    ]
    if not strikers:
        return None
    return strikers[0], _subject(before, clause, lex, exclude=strikers[0])


def _receiving_before(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """A verb of receiving (`receive`, `geriet`, `попали`) before the trigger in its clause
    whose object the trigger is (`received weapons from the EU after attacks` is none)."""
    return any(
        any(part_matches(p, clause.words[i].lower) for p in lex.received)
        and received_object(i, trigger.first, clause, lex)
        for i in range(max(0, trigger.first - RECEIVED_REACH), trigger.first)
    )


def received_object(verb: int, noun: int, clause: Clause, lex: EventLexicon) -> bool:
    """Whether the word at `noun` is the object of the verb of receiving at `verb`: in its
    clause, with only modifiers between: no preposition but one right before the noun
    (`geriet unter Beschuss`, `попали под обстрел`), and no name but an inverted subject
    (`gerieten Soldaten der Bundeswehr unter Beschuss`)."""
    words = clause.words
    if not 0 < noun - verb <= RECEIVED_REACH:
        return False
    gap = (words[verb].end, words[noun].start)
    if CLAUSE_MARK.search(clause.text[gap[0] : gap[1]]):
        return False
    if not lex.inverted and any(gap[0] <= s.start and s.end <= gap[1] for s in clause.slots):
        return False
    preps = lex.not_subject | lex.agent | lex.received_from
    return not any(w.lower in preps for w in words[verb + 1 : noun - 1])


def _actor(
    trigger: Trigger, clause: Clause, lex: EventLexicon, before: list[Slot], after: list[Slot]
) -> Slot | None:
    """Rule 2 of the module docstring, in order: for a speech verb inserted after a comma
    (`…, передает ИТАР-ТАСС`) only the name after it (the name before belongs to what is
    reported); else a possessor (`Asad regime's attacks`), the
    subject after a speech verb, the subject before, a pronoun or role noun standing for one,
    the agent of an event noun (`the ceasefire announced by Russia`), a role noun in the
    subject's case further back in the clause (`Глава государства заявил об этом в ходе
    посещения …`), and where the language puts subjects after verbs (German, Russian,
    Ukrainian) the first name after."""
    if _converb(trigger, clause, lex):
        shared = _main_subject(before, clause, lex) or _role_subject(trigger, clause, lex, 0)
        if shared is not None:
            return shared
    if trigger.type == "STATEMENT" and _parenthetical(trigger, clause):
        inserted = _inverted_subject(after, trigger, clause, lex, person_only=False)
        inserted = inserted or _by_role(trigger, clause, lex)
        return _person_in_apposition(inserted, clause) if inserted is not None else None
    if _described_subject(trigger, clause, lex):
        described = _by_role(trigger, clause, lex)
        return _person_in_apposition(described, clause) if described is not None else None
    actor = _possessor(before, trigger, clause)
    if actor is None and _genitive_doer(trigger, clause, lex):
        return _genitive_person(after, trigger, clause)
    if actor is None and trigger.type == "STATEMENT":
        actor = _inverted_pronoun(trigger, clause, lex)
        if subject_before(clause.words[trigger.first].start, clause, lex) is None:
            # `„…“, sagte Putin`, not `Scholz kritisierte Putin`: its clause's subject first
            actor = actor or _inverted_subject(after, trigger, clause, lex, person_only=True)
    actor = actor or _subject(before, clause, lex) or _pronoun(trigger, clause, lex)
    actor = actor or _by_role(trigger, clause, lex) or _noun_agent(after, trigger, clause, lex)
    actor = actor or _role_subject(trigger, clause, lex) or _issuer(after, trigger, clause, lex)
    if actor is None and lex.inverted and verb_form(trigger, clause, lex):
        actor = _inverted_subject(after, trigger, clause, lex, person_only=False)
        if actor is not None and _governed(actor, clause, lex.not_subject | lex.agent):
            actor = None
    return _person_in_apposition(actor, clause) if actor is not None else None


def _issuer(after: list[Slot], trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`ein Haftbefehl des Internationalen Strafgerichtshofs`, `a warrant of the ICC`: a body
    in the genitive right after an arrest noun issued it (a person there is the arrested), when
    the noun is a warrant or the body a court or prosecutor (lexicon `issuing`)."""
    if trigger.type not in PERSON_TARGETS or (
        lex.language == "de" and _verbal(trigger, clause, lex)
    ):
        return None
    following = clause.words[trigger.last + 1 : trigger.last + 1 + GENITIVE_REACH]
    if not following or following[0].lower not in lex.genitive:
        return None
    end = following[-1].end
    body = next((s for s in after if s.start <= end and s.label == "ORG"), None)
    if body is None:
        return None
    named = clause.words[trigger.first : trigger.last + 1] + tokens(
        clause.text[body.start : body.end]
    )
    if not any(w.lower.startswith(lex.issuing) for w in named):
        return None  # `the arrest of Hamas members`: the body is the arrested's
    return body


def _converb(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """Adverbial participles (`заявив`, `отметив`; after a comma `…, visiting Saudi
    Arabia`): lexicon `converb_endings`, and `after_comma` where the ending alone is no sign
    (English `-ing`)."""
    word = clause.words[trigger.first].lower
    if not lex.converb_endings or not word.endswith(lex.converb_endings):
        return False
    following = clause.words[trigger.last + 1 : trigger.last + 2]
    if following and following[0].lower in lex.agent | lex.genitive:
        return False  # `bombing by Russia`, `the shelling of Aleppo`: an event noun
    return not lex.converb_after_comma or _parenthetical(trigger, clause)


def _main_subject(before: list[Slot], clause: Clause, lex: EventLexicon) -> Slot | None:
    """`Лавров … отреагировал на заявление японского премьера, заявив …`: an adverbial
    participle shares the subject of the sentence's main verb, the first name of the
    sentence in the subject's case, not the nearest one; a person before a body he speaks for
    (`представитель США при ООН Саманта Пауэр заявила, …, подчеркнув`)."""
    found = [f for f in (_subject([slot], clause, lex) for slot in before) if f is not None]
    people = [f for f in found if f.label == "PER"]
    return next(iter(people or found), None)


def main_subject(position: int, clause: Clause, lex: EventLexicon) -> Slot | None:
    """The subject of the sentence's main clause, among the names before `position` (`Дэвид
    Кэмерон предложил: если …`)."""
    return _main_subject([s for s in clause.slots if s.end <= position], clause, lex)


def _described_subject(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`…, the release said`, `a spokesman said`: in English an article and a common noun
    right before a verb are its subject; a name further back is none (only a role noun there
    stands for someone, `the secretary said`). Before a noun they are its modifiers (`a
    precision strike`): only verb forms count (lexicon `verb_endings`)."""
    word = clause.words[trigger.first].lower
    if lex.language != "en" or trigger.first < 2 or not word.endswith(lex.verb_endings):
        return False
    article, noun = clause.words[trigger.first - 2], clause.words[trigger.first - 1]
    if article.lower not in lex.definite | INDEFINITE or not noun.text[:1].islower():
        return False
    return not any(s.start <= noun.start < s.end for s in clause.slots)


def _source(after: list[Slot], trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`laut dem Chefankläger …, Luis Moreno Ocampo`, `according to X`, `по словам X`: the
    source is the first name after the cue, or the person it stands in apposition to. A name
    after a comma is in the clause the source's view is about (`По мнению президента,
    украинская армия …`)."""
    cue_end = clause.words[trigger.last].end
    after = [s for s in after if not CLAUSE_MARK.search(clause.text[cue_end : s.start])]
    found = _inverted_subject(after, trigger, clause, lex, person_only=False)
    return _person_in_apposition(found, clause) if found is not None else None


def _parenthetical(trigger: Trigger, clause: Clause) -> bool:
    """A speech verb right after a comma or dash is an inserted clause whose subject follows
    (`…, передает ИТАР-ТАСС`, `…, sagte Müller`); outlets and bodies speak there too."""
    start = clause.words[trigger.first].start
    before = clause.text[max(0, start - 4) : start].rstrip()
    return before.endswith((",", "–", "—", "-"))


def _genitive_doer(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`накануне визита главы японского МИДа в Москву`: a Russian or Ukrainian event noun
    followed by a noun in the genitive is that one's doing, not the clause subject's."""
    if trigger.type == "STATEMENT" or verb_form(trigger, clause, lex):
        return False
    following = clause.words[trigger.last + 1 : trigger.last + 2]
    return bool(following) and genitive_noun(following[0], lex.language)


def _genitive_person(after: list[Slot], trigger: Trigger, clause: Clause) -> Slot | None:
    """The person the genitive phrase names (`визит президента Дмитрия Медведева`), if any."""
    end = clause.words[min(trigger.last + GENITIVE_REACH + 1, len(clause.words) - 1)].end
    return next((s for s in after if s.start <= end and s.label == "PER"), None)


def _inverted_pronoun(trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`sagte er`, `заявил он`: a subject pronoun right after a speech verb stands for the
    person named last before the sentence. Only with nothing but space between them and no
    subject before the verb (`Merkel sagte, er sei willkommen`: `er` is another's)."""
    following = clause.words[trigger.last + 1 : trigger.last + 2]
    if not following or following[0].lower not in lex.pronouns:
        return None
    if clause.text[clause.words[trigger.last].end : following[0].start].strip():
        return None
    if subject_before(clause.words[trigger.first].start, clause, lex) is not None:
        return None
    return clause.last_person


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
    place that a person follows in apposition only qualifies that person; an event word
    between ends the phrase (`Da'esh Attacks in Jabla`). So does a person right before
    another, with nothing between: the first is the genitive of a role noun (`пресс-секретарь
    Путина Дмитрий Песков`)."""
    later = [s for s in clause.slots if s.start >= chosen.end]
    if not later or later[0].label != "PER":
        return chosen
    if chosen.label == "PER":
        return later[0] if not clause.text[chosen.end : later[0].start].strip() else chosen
    cues = [clause.words[i].start for i, _ in clause.cues]
    if any(chosen.end <= c < later[0].start for c in cues):
        return chosen
    return later[0] if APPOSITION.match(clause.text[chosen.end : later[0].start]) else chosen


def _index(starts: list[int], position: int) -> int:
    """The index of the word starting at or after `position`."""
    return bisect.bisect_left(starts, position)


def _preceding(slot: Slot, clause: Clause, reach: int) -> list[str]:
    i = _index(clause.starts, slot.start)
    return [w.lower for w in clause.words[max(0, i - reach) : i]]


# A date within this many words of the sentence's start is fronted (`On Monday`, `Am 9. März`).
FRONTED_DATE_WORDS = 3


def _governed(
    slot: Slot,
    clause: Clause,
    preps: frozenset[str] | set[str],
    pronouns: frozenset[str] = frozenset(),
) -> bool:
    """A preposition stands before the name, with at most articles, adjectives or titles
    between (`gegen die ehemalige Ministerpräsidentin Julia Timoschenko`); punctuation or
    another name in between ends the search, and so do a pronoun, the preposition's own
    object (`die von ihm geführte MLC`: `von` governs `ihm`), and a date opening the sentence,
    which is what the preposition before it governs (`On Monday Russia attacked`,
    `В понедельник Россия`)."""
    i = _index(clause.starts, slot.start)
    edge = slot.start
    for k in range(i - 1, max(-1, i - 1 - GOVERNOR_REACH), -1):
        word = clause.words[k]
        if BREAK.search(clause.text[word.end : edge]):
            return False
        if any(s.start <= word.start < s.end for s in clause.slots) or word.lower in pronouns:
            return False
        if k <= FRONTED_DATE_WORDS and any(s <= word.start < e for s, e in clause.dates):
            return False
        if word.lower in preps:
            return True
        if word.lower in clause.stops or word.lower in clause.preps:
            return False
        edge = word.start
    return False


def _object_forms(lex: EventLexicon) -> frozenset[str]:
    """Pronouns that, right after a preposition, are its object (`von ihm`): German ones
    only; English `her` and Russian `его` are possessives too (`with her husband John`)."""
    return lex.pronouns | lex.object_pronouns if lex.language == "de" else frozenset()


def _agent(slots: list[Slot], clause: Clause, lex: EventLexicon) -> Slot | None:
    return next((s for s in slots if _governed(s, clause, lex.agent)), None)


def _noun_agent(
    after: list[Slot], trigger: Trigger, clause: Clause, lex: EventLexicon
) -> Slot | None:
    """`the ceasefire announced by Russia`: an agent right after an event noun (its participle
    between) acts; one further on belongs to another phrase (`comments on reports of
    violations of the ceasefire … announced by Russia`)."""
    agent = _agent(after, clause, lex)
    if agent is None or _index(clause.starts, agent.start) - trigger.last > NOUN_AGENT_REACH:
        return None
    return agent


def _verbal(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """German nouns are capitalised; elsewhere every trigger may be a verb."""
    word = clause.words[trigger.first]
    return not (lex.language == "de" and word.text[:1].isupper())


def verb_form(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """Whether the trigger is a verb: German nouns are capitalised; elsewhere a verb ends like
    one (lexicon `verb_endings`) and is no word a Russian or Ukrainian dictionary knows only
    as a noun (`договоренность` ends like `-ть`). A subject follows only a verb (`заявил
    Лавров`, not `после встречи с … Баррозу`)."""
    word = clause.words[trigger.first]
    if lex.language == "de":
        return not word.text[:1].isupper()
    return word.lower.endswith(lex.verb_endings) and not only_noun(word, lex.language)


def is_passive(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`wurde … festgenommen`, `… in Belgien verhaftet` (a headline participle), `was killed`,
    `приговорен`; and a suspicion or custody one is under (`Serbien stand im Verdacht`, `под
    стражей`), whose subject undergoes it as in a passive."""
    word = clause.words[trigger.first]
    if trigger.type in UNDERGONE and _under(trigger, clause, lex):
        return True
    endings = PARTICIPLE_ENDINGS.get(lex.language)
    if endings is not None:
        return word.lower.endswith(endings) and not only_noun(word, lex.language)
    if not _verbal(trigger, clause, lex):
        return False
    lowers = [w.lower for w in clause.words]
    if lex.language == "en":
        if not word.lower.endswith(("ed", "en", "wn", "ld", "zed")):
            return False
        return any(w in lex.passive for w in lowers[max(0, trigger.first - 3) : trigger.first])
    participle = _german_participle(clause.words[trigger.last].lower)  # `zur Last gelegt`
    auxiliaries = _auxiliary_places(trigger, lowers)
    if not participle or any(w in GERMAN_PERFECT for w in auxiliaries):
        return False
    return any(w in lex.passive for w in auxiliaries) or trigger.last == len(lowers) - 1


def _german_participle(word: str) -> bool:
    """`festgenommen`, `verhaftet`, `angegriffen`, `bombardiert`; not `besuchte`, nor the
    finite `droht`, `liefert`: a participle ends in `-t` or `-en` and has `ge` after a
    separable prefix, or an inseparable prefix, or is a verb in `-ieren`."""
    if not word.endswith(("t", "en")):
        return False
    return "ge" in word[:6] or word.startswith(INSEPARABLE) or word.endswith("iert")


def _auxiliary_places(trigger: Trigger, lowers: list[str]) -> list[str]:
    """Where a German participle's auxiliary stands: before it (`wurde … beschuldigt`, `hat …
    verurteilt`) or right after it in a subordinate clause (`verurteilt wurde`, `worden`).
    A `haben` further on belongs to another verb (`beschuldigt, die Anschläge verübt zu
    haben`)."""
    return lowers[: trigger.first] + lowers[trigger.last + 1 : trigger.last + 3]


def _under(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    return trigger.first > 0 and clause.words[trigger.first - 1].lower in lex.under


def _in_clause(slots: list[Slot], trigger: Trigger, clause: Clause) -> list[Slot]:
    """The names of the trigger's clause: `was Mladić vorgeworfen wird, …, die Belagerung von
    Sarajevo` has no agent; the `von` belongs to a later clause."""
    start = clause_start(clause, clause.words[trigger.first].start)
    after = CLAUSE_MARK.search(clause.text, clause.words[trigger.last].end)
    end = after.start() if after else len(clause.text)
    return [s for s in slots if start <= s.start and s.end <= end]


def _dative(
    before: list[Slot], trigger: Trigger, clause: Clause, lex: EventLexicon, agent: Slot | None
) -> Slot | None:
    """`Ähnliche Verbrechen werden Bemba und dem MLC … zur Last gelegt`, `was Mladić
    vorgeworfen wird`: the passive of a verb of accusing keeps the accused in the dative; the
    subject is what they are accused of. The first name of the clause is the accused
    (lexicon `dative`)."""
    if trigger.entry.parts not in lex.dative:
        return None
    if _dative_epithet(trigger, clause, lex):
        return clause.last_person
    inside = _in_clause(before, trigger, clause)
    return _main_subject(
        [s for s in inside if agent is None or s.entity != agent.entity], clause, lex
    )


def _dative_epithet(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`57 Verbrechen werden dem Ex-Serbengeneral vorgeworfen`, `Dem Mitbegründer des MLC
    werden … vorgeworfen`: German news names the accused it is speaking of again by a
    definite noun in the dative (an epithet), which stands for the person named last before
    the sentence. Only a noun naming a person by office or deed is one (`roles.person_noun`;
    not `Dem Konzern Gazprom`), not one a source cue follows (`Dem Bericht zufolge`), and
    only while the clause names no other candidate: a name after the noun other than its
    genitive (`des MLC`) or a bracket (`Dem Präsidenten der Ukraine Selenskyj`) is the
    accused itself. A noun right before a person's name is that name's title (`dem
    Präsidenten Putin`)."""
    start = clause_start(clause, clause.words[trigger.first].start)
    words = clause.words[: trigger.first + 1]
    people = {s.start for s in clause.slots if s.label == "PER"}
    for index in range(len(words) - 2):
        article, noun, following = words[index : index + 3]
        if article.start < start or article.lower not in DATIVE_ARTICLES:
            continue
        named = any(s.start <= noun.start < s.end for s in clause.slots)
        if named or following.start in people or following.lower in EPITHET_CUES:
            continue
        if not person_noun(noun.text, lex.language):
            continue
        inside = [s for s in clause.slots if start <= s.start and s.end <= words[-1].start]
        return all(_in_epithet(s, noun, clause) for s in inside)
    return False


def _in_epithet(slot: Slot, noun: Token, clause: Clause) -> bool:
    """Whether a name after an epithet noun belongs to it: its genitive (`des Mouvement de
    Libération du Congo`) or an abbreviation in brackets (`(MLC)`)."""
    if slot.start < noun.end or slot.label == "PER":
        return False
    if _in_parentheses(slot, clause):
        return True
    previous = [w for w in clause.words if w.end <= slot.start]
    return bool(previous) and previous[-1].lower in EPITHET_GENITIVE


def _brought_before(
    trigger: Trigger, before: list[Slot], clause: Clause, lex: EventLexicon
) -> Slot | None:
    """`100 Ziele im Gazastreifen wurden angegriffen`: when a passive's subject is no name, a
    name the type's preposition brings in before the verb, in its clause, undergoes it."""
    preps = lex.targets.get(trigger.type, frozenset())
    start = clause_start(clause, clause.words[trigger.first].start)
    brought = [s for s in before if s.start >= start and preps and _governed(s, clause, preps)]
    return brought[-1] if brought else None


def _verb_final(
    trigger: Trigger, clause: Clause, before: list[Slot], lex: EventLexicon
) -> tuple[Slot | None, Slot | None] | None:
    """German verb-final clauses (`dass … Putin am Donnerstag … Astana besuchte.`): the
    first name of the clause acts, the last undergoes; or the one the type's preposition
    brings in before the verb does (`hat ein Gericht das Urteil gegen … Julia Timoschenko
    bestätigt`)."""
    if lex.language != "de" or not _verbal(trigger, clause, lex):
        return None
    last = clause.words[trigger.last]
    rest = clause.text[last.end :].lstrip()
    if rest and rest[0] not in CLAUSE_END:
        return None
    start = clause_start(clause, clause.words[trigger.first].start)
    inside = [s for s in before if s.start >= start and not _governed(s, clause, lex.not_subject)]
    if len(inside) >= 2 and inside[0].entity != inside[-1].entity:
        return inside[0], inside[-1]
    brought = _brought_before(trigger, before, clause, lex)
    if brought is None:
        return None
    return (inside[0] if inside else None), brought


def _marks(clause: Clause, low: int, high: int) -> Iterator[re.Match[str]]:
    """The commas and colons between `low` and `high` that are no part of a date
    (`December 27, 2016`)."""
    return (
        m
        for m in CLAUSE_MARK.finditer(clause.text, low, high)
        if not any(s <= m.start() <= e for s, e in clause.dates)
    )


def _clause_mark(clause: Clause, low: int, high: int) -> bool:
    """Whether a comma or colon that is no part of a date stands between `low` and `high`."""
    return next(_marks(clause, low, high), None) is not None


def clause_start(clause: Clause, position: int) -> int:
    """After the last comma or colon before `position` that is not part of a date; else the
    sentence's start (`clause.text` is the whole document: the search starts there, not at the
    document's start)."""
    start = clause.words[0].start if clause.words else 0
    for mark in _marks(clause, start, position):
        start = mark.end()
    return start


def clause_end(clause: Clause, start: int) -> int:
    """Where the clause going on at `start` ends: its next comma or colon that is not part of
    a date, else its sentence's end."""
    sentence_end = clause.words[-1].end
    mark = next(_marks(clause, start, sentence_end), None)
    return mark.start() if mark is not None else sentence_end


def _subject(
    before: list[Slot], clause: Clause, lex: EventLexicon, exclude: Slot | None = None
) -> Slot | None:
    preps, objects = lex.not_subject | lex.agent, _object_forms(lex)
    for slot in reversed(before):
        if exclude is not None and slot.entity == exclude.entity:
            continue
        if _in_parentheses(slot, clause):
            continue
        if _spoken_for(slot, clause, lex):
            return slot
        if _governed(slot, clause, preps, objects) or _oblique(slot, clause, lex):
            continue
        if _of_role_noun(slot, clause, lex):
            continue
        return _head_of_apposition(slot, before, clause)
    return None


def subject_before(position: int, clause: Clause, lex: EventLexicon) -> Slot | None:
    """The subject of the word at `position`: the nearest name before it in its clause that
    no preposition governs (`Россия … должны прекратить`)."""
    start = clause_start(clause, position)
    before = [s for s in clause.slots if start <= s.start and s.end <= position]
    return _subject(before, clause, lex)


def _spoken_for(slot: Slot, clause: Clause, lex: EventLexicon) -> bool:
    """`пресс-служба Кремля сообщила`: a body in the genitive after its press office or
    spokesman speaks through it (lexicon `mouthpiece`)."""
    previous = [w for w in clause.words if w.end <= slot.start]
    if not previous or clause.text[previous[-1].end : slot.start].strip():
        return False
    return any(part_matches(p, previous[-1].lower) for p in lex.mouthpiece)


def _of_role_noun(slot: Slot, clause: Clause, lex: EventLexicon) -> bool:
    """`глава МИД РФ подтвердил`: in Russian and Ukrainian a body right after a lower-case
    role noun (or one opening the sentence) is its genitive attribute (abbreviations show no
    case); the role holder, not the body, is the subject. A person there is the holder
    himself (`президент Путин`). German marks the genitive by its article or ending: `Ein
    Journalist der Deutschen Presse Agentur berichtet`, `Die Außenminister Frankreichs,
    Italiens und Österreichs erklärten` (every name of the row after the role noun)."""
    if slot.label == "PER" or lex.language not in ("ru", "uk", "de"):
        return False
    i = _index(clause.starts, _row_start(slot, clause, lex))
    if lex.language == "de" and i >= 2 and clause.words[i - 1].lower in lex.genitive:
        i -= 1
    if i == 0:
        return False
    noun = clause.words[i - 1]
    if clause.text[noun.end : clause.words[i].start].strip():
        return False
    return role_of_genitive(noun.text, i == 1, lex.language)


def _row_start(slot: Slot, clause: Clause, lex: EventLexicon) -> int:
    """Where the row of names that `slot` ends starts (`Frankreichs, Italiens und
    Österreichs`): names joined by commas or a conjunction."""
    start = slot.start
    for other in reversed([s for s in clause.slots if s.end <= slot.start]):
        between = clause.text[other.end : start].strip()
        if between != "," and between.casefold() not in lex.conjunctions:
            break
        start = other.start
    return start


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
    places and bodies decline more regularly than foreign personal names; a plural adjective
    (`российские военные`) ends like an oblique case but is nominative."""
    word = clause.text[slot.start : slot.end].split()[-1]
    endings = lex.oblique_person if slot.label == "PER" else lex.oblique
    if word.casefold().endswith(lex.nominative):
        return False
    return bool(endings) and not word.isupper() and word.casefold().endswith(endings)


def _pronoun(trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`Dort plant er ein Treffen …`: a subject pronoun before the trigger stands for the
    person named last before the sentence; `We agreed …` for the speaker (`event_voice`).
    The pronoun nearest the trigger counts."""
    speakers = dict(clause.first_person)
    for index in range(trigger.first - 1, -1, -1):
        if index in speakers:
            return speakers[index]
        if clause.words[index].lower in lex.pronouns:
            return clause.last_person
    return None


def _by_role(trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`The Foreign Secretary said`, `Глава государства заявил`, and for statements also
    `сказал министр`: a role noun (or a role phrase of two words) next to the trigger stands
    for the entity holding that role (`event_referents`)."""
    words = clause.words
    spans = [(trigger.first - 2, trigger.first), (trigger.first - 1, trigger.first)]
    if trigger.type == "STATEMENT":
        spans += [(trigger.last + 1, trigger.last + 3), (trigger.last + 1, trigger.last + 2)]
        spans += [(trigger.last + 2, trigger.last + 3)]
    for low, high in spans:
        if low < 0 or high > len(words):
            continue
        following = words[low + 1 : high]
        holders = list(clause.holders)
        country = role_country(words[low - 1] if low else None, following, lex.language)
        entity = role_referent(words[low], holders, lex.language, following, lex.same_role, country)
        # `сообщает пресс-служба президента`: a role noun in the genitive speaks for nobody.
        if entity is not None and may_be_subject(words[low], lex.language):
            return Slot(words[low].start, words[low].end, entity, "PER")
    return None


def _role_subject(
    trigger: Trigger, clause: Clause, lex: EventLexicon, start: int | None = None
) -> Slot | None:
    """`Глава государства заявил об этом в ходе посещения …`: a role noun in the subject's
    case, in the trigger's clause (or after `start`) and no preposition's object, stands for
    its holder."""
    words = clause.words
    if start is None:
        start = clause_start(clause, words[trigger.first].start)
    for index in range(trigger.first - 1, -1, -1):
        word = words[index]
        if word.start < start:
            return None
        following = words[index + 1 : trigger.first]
        country = role_country(words[index - 1] if index else None, following, lex.language)
        holders = list(clause.holders)
        entity = role_referent(word, holders, lex.language, following, lex.same_role, country)
        if entity is None or not may_be_subject(word, lex.language):
            continue
        slot = Slot(word.start, word.end, entity, "PER")
        if not _governed(slot, clause, lex.not_subject):
            return slot
    return None


def _in_parentheses(slot: Slot, clause: Clause) -> bool:
    """`Guido Westerwelle (FDP) erklärte`: the party is no subject."""
    return clause.text[: slot.start].rstrip().endswith("(")


def _inverted_subject(
    after: list[Slot], trigger: Trigger, clause: Clause, lex: EventLexicon, person_only: bool
) -> Slot | None:
    """The subject after its verb: a name within reach, in the verb's clause (`…, который
    … беседовать с Лавровым, указал, что миссия ООН …`: no name after the comma is it)."""
    end = clause.words[trigger.last].end
    for slot in after:
        if _index(clause.starts, slot.start) - trigger.last > INVERTED_SUBJECT_REACH:
            return None
        if _clause_mark(clause, end, slot.start):
            return None
        if _oblique(slot, clause, lex) or _governed(slot, clause, lex.not_subject):
            continue
        if lex.language != "de" and _of_role_noun(slot, clause, lex):
            # `добавил глава МИД`: the minister speaks, not the ministry; German names the
            # holder after the genitive (`erzählt der Chef des Komitees, General Musaev`),
            # whom `_person_in_apposition` finds from the body
            continue
        if slot.label == "PER" or (not person_only and slot.label in ("ORG", "LOC")):
            return slot
    return None


def _possessed(
    trigger: Trigger, clause: Clause, lex: EventLexicon, actor: Slot | None
) -> Slot | None:
    """`nach seiner Festnahme`, `after his arrest`: a possessive pronoun before an arrest noun
    names who undergoes it, the person named last before the sentence; never the actor (`his
    accusations` are the ones he makes)."""
    if trigger.type != "ARREST" or trigger.first == 0:
        return None
    if clause.words[trigger.first - 1].lower not in lex.possessive:
        return None
    person = clause.last_person
    if person is None or (actor is not None and actor.entity == person.entity):
        return None
    return person


def _object_pronoun(
    trigger: Trigger, clause: Clause, lex: EventLexicon, before: list[Slot], actor: Slot | None
) -> Slot | None:
    """`Kerry … in a call with … Lavrov … urged him to press`: an object pronoun right after
    the trigger stands for the person named last before it other than the actor, in the
    sentence or before it."""
    following = clause.words[trigger.last + 1 : trigger.last + 2]
    if not following or following[0].lower not in lex.object_pronouns:
        return None
    people = [s for s in before if s.label == "PER" and (actor is None or s.entity != actor.entity)]
    if people:
        return people[-1]
    last = clause.last_person
    return last if last is not None and (actor is None or last.entity != actor.entity) else None


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
        for s in _before_next_event(after, trigger, clause)
        if (actor is None or s.entity != actor.entity)
        and (not labels or s.label in labels)
        and not (trigger.type in PERSON_TARGETS and s.label != "PER" and _scene_of(s, clause, lex))
        and not _scene(s, trigger, clause, lex)
        and not _topic(s, trigger, clause, lex)
    ]
    if not candidates:
        return None
    preps = lex.targets.get(trigger.type, frozenset())

    end = clause.words[trigger.last].end

    def rank(slot: Slot) -> tuple[bool, bool, bool, int, int]:
        adjacent = not clause.text[end : slot.start].strip()
        introduced = bool(preps) and _governed(slot, clause, preps)
        other = not introduced and _governed(slot, clause, lex.not_subject)
        label = labels.index(slot.label) if slot.label in labels else len(labels)
        place = label if trigger.type in PLACE_TARGETS else 0
        return not adjacent, not introduced, other, place, slot.start

    best = min(candidates, key=rank)
    return _apposition(best, candidates, clause) or best


def co_targets(event: Event, trigger: Trigger, clause: Clause, lex: EventLexicon) -> list[str]:
    """`беседовать с Лавровым и Климкиным`, `met Kerry and Lavrov`: people joined by commas or
    a conjunction to the person who is the target are targets too, each of an event of its
    own (one item per participant). Places so joined are the scene of one event (`attacks on
    Aleppo and Daraya`), so only people count."""
    end = clause.words[trigger.last].end
    slots = [s for s in clause.slots if s.start >= end]
    chosen = next((i for i, s in enumerate(slots) if s.entity == event.target), None)
    if chosen is None or slots[chosen].label != "PER":
        return []
    found: list[str] = []
    previous = slots[chosen]
    for slot in slots[chosen + 1 :]:
        between = clause.text[previous.end : slot.start].strip().casefold()
        if slot.label != "PER" or (between != "," and between not in lex.conjunctions):
            break
        if _possessive_name(slot, clause, lex):
            break
        if slot.entity not in (event.actor, event.target, *found):
            found.append(slot.entity)
        previous = slot
    return found


def _possessive_name(slot: Slot, clause: Clause, lex: EventLexicon) -> bool:
    """`Boris Johnson's wife Carrie`, `Boris Johnsons Frau`: a name in the possessive (English
    `'s`, German genitive `-s` before a noun) names whose someone is, not who takes part."""
    if clause.text[slot.end : slot.end + 2] in POSSESSIVE_ENDINGS:
        return True
    following = [w for w in clause.words if w.start >= slot.end][:1]
    return (
        lex.language == "de"
        and clause.text[slot.start : slot.end].endswith("s")
        and bool(following)
        and following[0].text[:1].isupper()
        and not any(s.start == following[0].start for s in clause.slots)
    )


def _before_next_event(after: list[Slot], trigger: Trigger, clause: Clause) -> list[Slot]:
    """`call for an end to the Asad regime's escalating attacks on Aleppo`: a place or body
    after an event word of another type belongs to that event's phrase (what is attacked, where
    it happened), not to the demand; a person there may be its doer, whom the trigger is about
    (`осудил визит … Дмитрия Медведева`)."""
    following = [i for i, kind in clause.cues if i > trigger.last and kind != trigger.type]
    if not following:
        return after
    edge = clause.words[following[0]].start
    return [s for s in after if s.start < edge or s.label == "PER"]


def introduced(slot: Slot, trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """The type's own preposition brings the name in (`Treffen mit Tokajew`, `встречи с …`)."""
    return _governed(slot, clause, lex.targets.get(trigger.type, frozenset()))


def unnamed_partner(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`на встрече с журналистами`, `a meeting with reporters`, `со студентами МГИМО`: the
    type's preposition right after the trigger brings in a side that no name follows within
    reach, or a common noun that a body's name only qualifies; that side is a description,
    and the sentence names no meeting between named parties."""
    words = clause.words
    following = trigger.last + 1
    preps = lex.targets.get(trigger.type, frozenset())
    if following >= len(words) or words[following].lower not in preps:
        return False
    reach = words[following + 1 : following + 1 + PARTNER_REACH]
    if not reach or not _common_head(reach[0], lex, clause.holders):
        return False
    for word in reach:
        slot = next((s for s in clause.slots if s.start <= word.start < s.end), None)
        if slot is not None:
            return slot.label != "PER"
        if word.lower in lex.not_subject or BREAK.search(clause.text[word.start : word.end + 1]):
            break
    return True


def _common_head(word: Token, lex: EventLexicon, holders_of: tuple[Holder, ...]) -> bool:
    """`журналистами`, `reporters`: a lower-case word that is no article or pronoun and no role
    someone named holds (`with him`, `with the minister` stand for someone) heads a
    description. German capitalises every noun, so a German description is not told apart
    from a name's title."""
    if lex.language == "de" or not word.text[:1].islower():
        return False
    function = lex.definite | INDEFINITE | lex.pronouns | lex.object_pronouns | lex.first_person
    if word.lower in function:
        return False
    holders = list(holders_of)
    return role_referent(word, holders, lex.language, (), lex.same_role) is None


def _topic(slot: Slot, trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`talks on Syria`, `переговоры о …`: the other side of a meeting or an agreement is the
    direct object or comes with the type's preposition (`with`, `mit`, `с`); a name another
    preposition brings in is what they talk about. The direct object of a verb of discussing
    (`discussed the campaign to liberate Mosul`, `обсудили кризис`) is the topic too, and so
    is every name after a preposition of topic (`переговоры о возвращении островов и
    заключении договора с Россией`: the treaty is with Russia, the talks are about it)."""
    if trigger.type not in SYMMETRIC:
        return False
    between = [w.lower for w in clause.words[trigger.last + 1 :] if w.end <= slot.start]
    if any(w in lex.topic for w in between):
        return True
    introduced = _governed(slot, clause, lex.targets.get(trigger.type, frozenset()))
    if introduced:
        return False
    word = clause.words[trigger.first].lower
    discussing = any(part_matches(p, word) for p in lex.discussing)
    return discussing or _governed(slot, clause, lex.not_subject)


def _scene_of(slot: Slot, clause: Clause, lex: EventLexicon) -> bool:
    """`vor einer Verhaftung vor dem Haager Tribunal`: a body that a preposition brings in is
    where an arrest or sentence is decided, and one in the genitive after an arrest word
    issued it (`Verhaftung ist ein Haftbefehl des IStGH`); neither undergoes it (a group like
    `Pussy Riot` may)."""
    if _governed(slot, clause, lex.not_subject):
        return True
    i = _index(clause.starts, slot.start)
    issued = {index for index, kind in clause.cues if kind in PERSON_TARGETS}
    return i >= 2 and clause.words[i - 1].lower in lex.genitive and i - 2 in issued


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
