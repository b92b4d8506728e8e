"""Events: who did what to whom, when — typed frames from trigger words, sentence by sentence.

1. Triggers come from per-language lexicons (`event_lexicon`); a negated trigger (`keine Angst
   vor einer Verhaftung`, `received no aid`), one inside what a demand or threat asks for
   (`forderte Tokajew auf, … Waffen … zu liefern`) and one after a denial in its clause
   (`denied that its aircraft bombed Aleppo`) assert nothing and are skipped; a speech verb
   there is still said (`обвинил Киев в …, передает ИТАР-ТАСС`).
   What follows a modal or conditional word (`könnte`, `could`, `если`, `must`), or a
   speaker's word of obligation (`«Россия должна прекратить обстрелы»`), and every trigger of
   a sentence that tells of a fear or a warning (`befürchtet`, `warnte vor Anschlägen`) is
   only possible or asked for; statements, demands, threats and accusations are still made.
   A plural attack noun with no target and no date names a kind of action (`the execution of
   airstrikes`); an event word as the subject of `droht` is a danger, not a threat. An
   infinitive of aim or purpose (`will continue to strike`, `um … anzugreifen`) and an arrest
   or sanction someone faces (`steht vor einer Verhaftung`) have not happened (`event_aims`);
   receiving fire or things is no reception of guests (`received the first tanks`), nor do
   attacks that hit (`trafen`) meet. Events a noun of quantity counts (`die Zahl
   israelischer Luftangriffe`) are a statistic; an event noun a copula predicates (`this
   was an indefensible attack, with ten people killed`) and what follows it up to the next
   clause a conjunction opens describe an event told before.
2. Actor and target are chosen among the entities named in the sentence (`event_roles`; in a
   title-cased headline also among the names the body uses, `event_headline`):
   word order, prepositions per type (`Treffen mit`, `Besuch in`, `Sanktionen gegen`), the
   agent of a passive (`von US-Militär getötet`, `killed by`), the attacked subject of a verb
   of repelling (`the ISF fought off several counterattacks`), the two sides of a symmetric
   event (`X und Y einigten sich`), a role noun for its holder (`the Foreign Secretary said`),
   `we` and `I` for the speaker (`event_voice`: `We agreed …` after `X said:`), a state's body
   named by its demonym for the state (`die israelische Armee`, `Russian airstrikes`:
   `event_demonyms`). What a speaker says someone must do is a DEMAND, a condemnation in
   evaluative words an ACCUSE, a sanction announced as the consequence of a condition a
   THREATEN (`event_implied`). A person's attack in words (`griff den Westen in einer Rede
   an`) is an ACCUSE, the capture of a place (`captured Kharkiv`) an ATTACK.
   A type told for its doer (VISIT, DEMAND, …) without an actor is no event, unless a
   passive or a Russian indefinite-personal verb leaves the doer unsaid (`обвиняют Москву`).
   A MEET or AGREE needs both sides unless a verb tells it (`договорились`, `einigte man
   sich`), a verb of happening goes with its noun (`пройдет встреча`, `fand statt`), or its
   own preposition brings in the side it names (`Treffen mit Tokajew`, `после встречи с …
   Баррозу`): a noun with one side or none mostly names a topic (`talks on Aleppo`,
   `переговоры о …`), and a discussion by sides told only by description (`the two leaders
   discussed`) goes on with a meeting told before; one whose preposition brings in a
   description is no meeting of named parties (`встрече с журналистами`). An
   ATTACK or ARREST told by a verb is one even when nobody in it is named (`kenianische
   Polizeikräfte nahmen zwei Iraner fest`).
3. The date is the date in the sentence nearest the trigger; else that of the same event
   (type and a participant) dated elsewhere in the article (a title and its body sentence).
4. Every quotation with a known speaker is a STATEMENT by that speaker, in the sentence of its
   cue, unless the cue tells a demand or an accusation its speaker takes part in (`Putin
   forderte Tokajew auf, …`); so is a sentence whose speech or report verb has a named
   subject. A quotation without a cue (the second paragraph of a statement in quotation
   marks) has no sentence of its own that says it was said: the STATEMENT is the one of its
   cue.
5. A sentence that recalls (`Erinnern Sie sich daran, dass …`, `Recall that …`, `Напомним`)
   and the rest of its paragraph are background.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol, TypeVar

from newsgraph.event_aims import aimed, looming
from newsgraph.event_demonyms import demonym_doer, state_bodies
from newsgraph.event_headline import headline_slots
from newsgraph.event_implied import evaluations, obligation_words, obligations, threats
from newsgraph.event_lexicon import (
    EventLexicon,
    Token,
    Trigger,
    event_lexicon,
    find_triggers,
    occurrences,
    part_matches,
    tokens,
)
from newsgraph.event_referents import Holder, last_subject, role_holders
from newsgraph.event_roles import (
    CLAUSE_MARK,
    SYMMETRIC,
    Clause,
    Slot,
    choose_roles,
    clause_end,
    clause_start,
    co_targets,
    introduced,
    is_passive,
    mentions_in,
    received_object,
    unnamed_partner,
    verb_form,
)
from newsgraph.event_voice import Voice, introduced_voice, issuer, quoted_voice
from newsgraph.model import DateMention, Document, Event, Quote
from newsgraph.names import morph
from newsgraph.nlp.sentences import sentence_index

Span = tuple[int, int]
# Types whose complement states what is asked or threatened, not what happened.
IRREALIS_HEADS = frozenset({"DEMAND", "THREATEN", "ACCUSE"})
# Types told for their doer: without a named actor (and no passive to explain its absence) a
# trigger of these is mostly a noun about the topic (`talks on Aleppo`, `Abkommen`), no event.
DOER_TYPES = frozenset({"VISIT", "DEMAND", "SUPPLY", "THREATEN", "ACCUSE", "SANCTION"})
# Types that often happen to or by nobody named (`kenianische Polizeikräfte nahmen zwei Iraner
# fest`) or between parties named only by description (`Президенты России и Украины
# договорились`): told by a verb, or by a noun with a verb of happening (`пройдет встреча`),
# they are events even without a name or a date.
ANONYMOUS_TYPES = frozenset({"ATTACK", "ARREST", "MEET", "AGREE"})
# Types still reported in a sentence about feared or possible events.
SAID_ANYWAY = frozenset({"STATEMENT", "DEMAND", "THREATEN", "ACCUSE"})
# A definite noun (`der Anschlag`, `the meeting`) refers back to an event told before unless a
# date or a name of its own follows within this many characters (`den Angriff am 27. Dezember`).
OWN_DETAIL_CHARS = 40
# A name or date after these is no detail of the noun before them (`Ziel der Bodenoffensive
# sei es, „die Hamas-Terror-Infrastruktur …“`); after a comma it may be (`the attack on an aid
# convoy, which took place in Urem al-Kubra`).
OTHER_PHRASE = re.compile(r"[;:„“”\"«»()]")
# Between a trigger and a date, these mark another clause (commas inside dates aside).
CLAUSE_BREAK = re.compile(r",\s+(?:aber|doch|but|но|а|але|und|and|и|і|та)\b|;")
# How many words before a verb of threatening an event word is its subject (`ein
# großangelegter Anschlag droht`).
DANGER_REACH = 3
SUBJECT_EVENTS = frozenset({"ATTACK", "ARREST", "SANCTION"})  # nouns a danger can be
# Types a demonym before the trigger does not do: `Russian sanctions` are mostly sanctions on
# Russia, a `Russian arrest` one in Russia.
NO_DEMONYM_DOER = frozenset({"STATEMENT", "SANCTION", "ARREST"})
INDEFINITE_REACH = 3  # words an article may stand before its noun
GERMAN_INDEFINITE = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})
HITTING = ("traf", "treff", "trifft", "hit")  # meeting verbs that also mean hitting
GUESTS = frozenset({"PER", "ORG"})  # who can be received (`empfing Putin`)
# How far (characters) from the end of a quotation its cue is looked for.
CUE_REACH_CHARS = 250


def find_events(doc: Document) -> Document:
    """The pipeline stage: fills `doc.events`."""
    lex = event_lexicon(doc.language)
    if lex is None or not doc.text:
        return doc
    sentences = doc.sentences or [(0, len(doc.text))]
    background = _background(doc.text, sentences, lex)
    slots = state_bodies(doc, mentions_in(doc))
    if len(sentences) > 1 and _new_paragraph(doc.text, sentences, 1):
        slots = headline_slots(doc, slots, sentences[0], lex)
    slots = sorted(slots, key=lambda s: (s.start, -s.end))
    holders = tuple(role_holders(doc))
    found: list[Event] = []
    introduced: Voice | None = None
    for index, sentence in enumerate(sentences):
        voices = (introduced, introduced or issuer(doc, found, sentences))
        events = _sentence_events(doc, lex, sentence, slots, holders, background[index], voices)
        for event in events:
            if event.date is None and event.type != "STATEMENT":
                event = replace(event, date=_date_before(doc.dates, doc.text, sentences, index))
            found.append(event)
        introduced = introduced_voice(doc, sentence, events) or introduced
    found += _quote_statements(doc, sentences, background, found)
    doc.events = _dated_by_coreference(_unique(found))
    return doc


def _sentence_events(
    doc: Document,
    lex: EventLexicon,
    sentence: Span,
    slots: list[Slot],
    holders: tuple[Holder, ...],
    background: bool,
    voices: tuple[Voice | None, Voice | None] = (None, None),
) -> list[Event]:
    """The events of one sentence. `voices`: who speaks in it by a colon's introduction
    (`Minister Ellwood said:`), and who `we` is there (that speaker, else the issuer)."""
    speaking, voice = voices
    words = tokens(doc.text[sentence[0] : sentence[1]], sentence[0])
    triggers = find_triggers(words, lex)
    heads = [(t.first, len(words)) for t in triggers if t.type in IRREALIS_HEADS]
    heads += [(i, len(words)) for i in _obliged(doc, words, lex, speaking)]
    heads += _denied(doc.text, words, lex)
    clause = Clause(
        text=doc.text,
        words=words,
        starts=[w.start for w in words],
        slots=[s for s in _starting_in(slots, sentence) if s.end <= sentence[1]],
        dates=[(d.start, d.end) for d in _starting_in(doc.dates, sentence)],
        stops=lex.clause_verbs,
        preps=lex.not_subject | lex.agent,
        last_person=_last_person(doc, slots, sentence[0]),
        holders=holders,
        first_person=_first_person(doc, words, lex, voice),
        cues=tuple((t.first, t.type) for t in triggers),
    )
    hypothetical = lex.hypothetical_from(words)
    identified = _identified_from(triggers, clause, lex)
    found: list[tuple[Token, Event]] = []
    framed: list[Trigger] = []
    for trigger in triggers:
        if trigger.type not in SAID_ANYWAY and trigger.first >= hypothetical:
            continue
        if trigger.type != "STATEMENT" and identified[0] <= trigger.first < identified[1]:
            continue
        asked = any(h < trigger.first < end for h, end in heads)
        if asked and trigger.type not in IRREALIS_HEADS and trigger.type != "STATEMENT":
            continue
        if _told_before(trigger, clause, lex):
            continue
        if trigger.type != "STATEMENT" and aimed(trigger, words, doc.text, doc.language):
            continue
        if looming(trigger, words, doc.text, doc.language):
            continue
        if _receiving_attack(trigger, triggers, clause, lex) or _counted(trigger, clause, lex):
            continue
        event = _frame(doc, lex, trigger, clause, sentence, background)
        if event is not None:
            found.append((words[trigger.last], event))
            framed.append(trigger)
            others = co_targets(event, trigger, clause, lex)
            found += [(words[trigger.last], replace(event, target=o)) for o in others]
            framed += [trigger] * len(others)
    found = [f for f, t in zip(found, framed, strict=True) if not _verb_of_other(t, framed, words)]
    claimer = _claimer(clause, lex)
    events = [
        replace(e, target=claimer.entity)
        if claimer is not None
        and e.type == "ACCUSE"
        and e.actor != claimer.entity
        and _accuses_attack(cue, e, clause, triggers)
        else e
        for cue, e in found
    ]
    implied = _implied(doc, lex, clause, sentence, background, found, speaking, triggers)
    return events + implied


def _claimer(clause: Clause, lex: EventLexicon) -> Slot | None:
    """`condemns the attacks …, for which Da'esh has claimed responsibility`: whoever claims
    an attack of the sentence did it, and that party is what a condemnation there accuses
    (README's ACCUSE United States → Da'esh), when the condemnation names no one else
    (`_accuses_attack`). The claimer is the last person or body named
    before the claim (lexicon `claiming`, a verb of claiming) in the claim's own clause, else
    the first named after it there (`ответственность взяла на себя группировка …`)."""
    for first, last in occurrences(lex.claiming, clause.words):
        start, end = clause.words[first].start, clause.words[last].end
        opening = clause_start(clause, start)
        named = [s for s in clause.slots if s.label in GUESTS and s.end <= clause_end(clause, end)]
        subjects = [s for s in named if opening <= s.start and s.end <= start]
        after = [s for s in named if s.start >= end]
        if subjects or after:
            return subjects[-1] if subjects else after[0]
    return None


def _accuses_attack(cue: Token, event: Event, clause: Clause, triggers: list[Trigger]) -> bool:
    """Whether an accusation names no one but the attack it condemns: no target, or one named
    in the attack noun's phrase after it (`condemns the attacks today in the towns of Jabla`).
    One that accuses someone of its own (`accused Ukraine of shelling Donetsk`) keeps them."""
    if event.target is None:
        return True
    named = next(
        (s.start for s in clause.slots if s.entity == event.target and s.start > cue.end), None
    )
    return named is not None and any(
        t.type == "ATTACK" and cue.end <= clause.words[t.first].start <= named for t in triggers
    )


def _verb_of_other(trigger: Trigger, framed: list[Trigger], words: list[Token]) -> bool:
    """`the ceasefire in Syria announced by Russia and Turkey`: a speech verb that is the
    condition another event's trigger needs (`=ceasefire&announced`) tells that event, the
    agreement; it is no statement of its own."""
    if trigger.type != "STATEMENT":
        return False
    word = words[trigger.first].lower
    return any(
        other.type != "STATEMENT" and any(word.startswith(n) for n in other.entry.needs or ())
        for other in framed
    )


def _identified_from(triggers: list[Trigger], clause: Clause, lex: EventLexicon) -> tuple[int, int]:
    """Where a copula names an event told before as what it is (`Bei dem Haftbefehl handelt
    es sich um den ersten Haftbefehl des IStGH`, `this was an indefensible attack, with ten
    people killed`, `это была первая встреча`): the event noun of the predicate, within
    `INDEFINITE_REACH` words after the copula in its clause. The words from it to the next
    clause a conjunction opens (`CLAUSE_BREAK`: `…, and Russia also attacked Kharkiv` tells
    an event of its own) describe the event identified, told before; an empty span if there
    is none."""
    words = clause.words
    for _, end in occurrences(lex.identifying, words):
        for trigger in triggers:
            if not end < trigger.first <= end + INDEFINITE_REACH + 1:
                continue
            gap = clause.text[words[end].end : words[trigger.first].start]
            if not CLAUSE_MARK.search(gap) and not verb_form(trigger, clause, lex):
                start = words[trigger.first].start
                after = CLAUSE_BREAK.search(clause.text, start, words[-1].end)
                stop = after.start() if after else words[-1].end
                return trigger.first, bisect_left(clause.starts, stop)
    return 0, 0


def _receiving_attack(
    trigger: Trigger, triggers: list[Trigger], clause: Clause, lex: EventLexicon
) -> bool:
    """`the ISF received mortar fire from ISIL`: receiving an attack is no reception of
    guests (`event_roles` makes the attack's sides of it). The attack must be what is
    received (`received Erdogan in Moscow after the attack` is a reception)."""
    if trigger.type != "MEET" or not any(
        part_matches(p, clause.words[trigger.first].lower) for p in lex.received
    ):
        return False
    return any(
        t.type == "ATTACK" and received_object(trigger.last, t.first, clause, lex) for t in triggers
    )


def _denied(text: str, words: list[Token], lex: EventLexicon) -> list[tuple[int, int]]:
    """What each denial of the sentence (lexicon `denial`) denies: the words after it up to
    the next clause a conjunction opens (`CLAUSE_BREAK`: `Moskau bestritt, dass …, und am
    Montag griffen russische Truppen … an` asserts the second attack)."""
    spans = []
    for first, last in occurrences(lex.denial, words):
        after = CLAUSE_BREAK.search(text, words[last].end, words[-1].end)
        spans.append(
            (first, bisect_left([w.start for w in words], after.start()) if after else len(words))
        )
    return spans


def _obliged(
    doc: Document, words: list[Token], lex: EventLexicon, speaking: Voice | None
) -> list[int]:
    """Where a speaker's word of obligation stands (`«Россия … должны прекратить обстрелы и
    выполнять договоренности»`): what follows it is asked for, like the complement of a
    demand. In narration the word tells a plan (`Маэхара должен прибыть в Москву`)."""
    return [
        i
        for i in obligation_words(words, lex)
        if speaking is not None or quoted_voice(doc, words[i].start) is not None
    ]


def _implied(
    doc: Document,
    lex: EventLexicon,
    clause: Clause,
    sentence: Span,
    background: bool,
    found: list[tuple[Token, Event]],
    speaking: Voice | None,
    triggers: list[Trigger],
) -> list[Event]:
    """Demands, accusations and threats the speakers' words imply (`event_implied`); `found`
    holds the sentence's events with their trigger's last word."""
    implied = obligations(doc, lex, clause, speaking) + threats(lex, clause, triggers)
    for cue, event in found:
        if event.type == "STATEMENT" and event.actor is not None:
            implied += evaluations(lex, clause, cue, event.actor)
    return [
        Event(
            type=i.type,
            actor=i.actor,
            target=i.target,
            date=_date_near(doc.dates, sentence, i.cue.start, doc.text),
            cue=i.cue.text,
            start=sentence[0],
            end=sentence[1],
            background=background,
        )
        for i in implied
    ]


def _first_person(
    doc: Document, words: list[Token], lex: EventLexicon, voice: Voice | None
) -> tuple[tuple[int, Slot], ...]:
    """Who each `we`/`I` of the sentence is (`event_voice`): a quotation's speaker, else the
    sentence's voice."""
    found = []
    for index, word in enumerate(words):
        if word.lower not in lex.first_person:
            continue
        speaker = quoted_voice(doc, word.start) or voice
        if speaker is not None:
            found.append((index, Slot(word.start, word.end, speaker.entity, speaker.label)))
    return tuple(found)


def _last_person(doc: Document, slots: list[Slot], before: int) -> Slot | None:
    """Who `er`, `he`, `он` stands for: the person named last before the sentence, in Russian
    and Ukrainian the last one named in the subject's case (`Порошенко … после встречи с
    Путиным. Он заявил` → Порошенко; `event_referents.last_subject`, as for quotations)."""
    people = (
        slots[i]
        for i in range(bisect_left(slots, before, key=_start) - 1, -1, -1)
        if slots[i].end <= before and slots[i].label == "PER"
    )
    latest = next(people, None)
    if latest is None:
        return None
    candidates = ((s.start, s.end, s) for s in itertools.chain([latest], people))
    return last_subject(candidates, doc.text, doc.language or "") or latest


def _told_before(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """A definite noun without a date or name of its own (`verurteilte den Anschlag`); one
    after a quotation mark belongs to another phrase. After a noun of its phase (`gegenüber
    dem Anfang der Offensive am letzten Freitag`, `since the start of the offensive`) the
    event is a point in time told before; a date there is the phase's, only a name is its own."""
    words = clause.words
    if trigger.type == "STATEMENT" or trigger.first == 0:
        return False
    previous = [w.lower for w in words[max(0, trigger.first - 2) : trigger.first]]
    if not previous or not (previous[-1] in lex.definite or previous[0] in lex.definite):
        return False
    before = words[trigger.first - 1]
    if any(s.start <= before.start < s.end for s in clause.slots):
        return False  # `die Ukraine vereinbarten`: the article is a name's, the trigger a verb
    phase = _headed(trigger, clause, lambda word: any(part_matches(p, word) for p in lex.phases))
    end = words[trigger.last].end
    detail = [
        s
        for s in ([] if phase else clause.dates) + [(x.start, x.end) for x in clause.slots]
        if end <= s[0] <= end + OWN_DETAIL_CHARS
        and not OTHER_PHRASE.search(clause.text[end : s[0]])
    ]
    return not detail


def _frame(
    doc: Document,
    lex: EventLexicon,
    trigger: Trigger,
    clause: Clause,
    sentence: Span,
    background: bool,
) -> Event | None:
    actor, target = choose_roles(trigger, clause, lex)
    event_type = trigger.type
    place = _captured_place(trigger, clause, lex)
    if place is not None:
        event_type, target = "ATTACK", place
    if event_type == "VISIT" and target is None and _place_after(actor, trigger, clause):
        actor, target = None, actor  # `відвідали Харків`: where the visit goes, not who goes
    if event_type == "ATTACK" and _repelled(trigger, clause, lex):
        actor, target = _repelled_roles(actor, target, trigger, clause, lex)
    if event_type == "ATTACK" and _verbal(actor, trigger, clause, lex):
        event_type = "ACCUSE"
    if actor is None and event_type not in SYMMETRIC | NO_DEMONYM_DOER:
        actor = demonym_doer(doc, clause.words, trigger.first)
    if actor is None and event_type in SYMMETRIC:
        actor = _participant(trigger, clause, lex, target)
    if trigger.entry.needs_target and target is None:
        event_type = "STATEMENT"
    if _missing_side(event_type, actor, target, trigger, clause, lex):
        return None
    first, last = clause.words[trigger.first], clause.words[trigger.last]
    date = _date_near(doc.dates, sentence, first.start, doc.text)
    anonymous = event_type in ANONYMOUS_TYPES and _happening(trigger, clause, lex)
    if actor is None and target is None and date is None and not anonymous:
        return None  # neither who nor whom nor when: nothing a reader could use
    if _generic_plural(event_type, actor, target, date, sentence, trigger, clause, lex):
        return None
    if _unnamed_discussion(event_type, actor, target, trigger, clause, lex):
        return None
    if event_type == "THREATEN" and _danger(trigger, clause):
        return None
    if event_type == "MEET" and (_hit(trigger, clause) or _no_guest(trigger, clause, lex)):
        return None
    return Event(
        type=event_type,
        actor=actor.entity if actor else None,
        target=target.entity if target and event_type != "STATEMENT" else None,
        date=date,
        cue=doc.text[first.start : last.end],
        start=sentence[0],
        end=sentence[1],
        background=background,
    )


def _place_after(slot: Slot | None, trigger: Trigger, clause: Clause) -> bool:
    """Whether `slot` is a place named after the trigger: after a verb of visiting it is the
    place visited (`Міністр і його заступник відвідали Харків`), whose nominative and
    accusative look alike, no subject standing after its verb."""
    return slot is not None and slot.label == "LOC" and slot.start > clause.words[trigger.last].end


def _participant(
    trigger: Trigger, clause: Clause, lex: EventLexicon, target: Slot | None
) -> Slot | None:
    """`Владимир Путин принял участие в саммите`, `участие во встрече примет … Лавров`: who
    takes part in a meeting noun (lexicon `taking_part` before it) is its side, the last
    person or body named before the noun in its clause, else the first named after it."""
    if not _headed(trigger, clause, lambda w: any(part_matches(p, w) for p in lex.taking_part)):
        return None
    noun = clause.words[trigger.first]
    start, end = clause_start(clause, noun.start), clause_end(clause, noun.end)
    named = [
        s
        for s in clause.slots
        if s.label in GUESTS and start <= s.start and s.end <= end and s != target
    ]
    before = [s for s in named if s.end <= noun.start]
    return before[-1] if before else next(iter(named), None)


def _captured_place(trigger: Trigger, clause: Clause, lex: EventLexicon) -> Slot | None:
    """`Russian forces captured Kharkiv`: a verb of capture (lexicon `capturing`) with a place
    as its direct object seizes it by force, an ATTACK on the place; with a person (`captured
    Ali Hassan in Mombasa`) it is an arrest. The object is the first name after the verb in
    its clause, with no preposition before it (`captured two soldiers near Bakhmut` names the
    scene); a passive's subject is the captured (`were captured in Syria`)."""
    if trigger.type != "ARREST" or not any(
        part_matches(p, clause.words[trigger.first].lower) for p in lex.capturing
    ):
        return None
    if is_passive(trigger, clause, lex):
        return None
    start = clause.words[trigger.last].end
    end = clause_end(clause, start)
    after = [s for s in clause.slots if start <= s.start < end]
    if not after or after[0].label != "LOC":
        return None
    between = tokens(clause.text[start : after[0].start])
    return None if any(w.lower in clause.preps | lex.locative for w in between) else after[0]


def _verbal(actor: Slot | None, trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`Putin attacked the West in a speech`, `griff den Westen in einer Rede scharf an`: a
    person who attacks with words (lexicon `verbal`: the phrase of a speech, a sharp adverb)
    criticises; the attack is an accusation. Only in the trigger's own clause, before a
    coordinating conjunction (`атакував аеропорт і заявив`) adds another act; a statement
    the attack is reported in (`according to a statement`) is no phrase of it."""
    if actor is None or actor.label != "PER":
        return False
    start = trigger.last + 1
    end = bisect_left(clause.starts, clause_end(clause, clause.words[trigger.last].end))
    stop = next((i for i in range(start, end) if clause.words[i].lower in lex.coordinating), end)
    return bool(occurrences(lex.verbal, clause.words[start:stop]))


def _repelled(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`the ISF fought off several counterattacks`, `wehrten den Angriff ab`, `отбили атаку`:
    the subject of a verb of repelling is attacked, not attacking (lexicon `repelling`); the
    attack must be the verb's object (`received_object`), a noun."""
    if verb_form(trigger, clause, lex):
        return False
    return any(
        received_object(verb, trigger.first, clause, lex)
        for _, verb in occurrences(lex.repelling, clause.words)
    )


def _repelled_roles(
    actor: Slot | None, target: Slot | None, trigger: Trigger, clause: Clause, lex: EventLexicon
) -> tuple[Slot | None, Slot | None]:
    """Who attacks and who is attacked in a repelled attack: the subject, named before the
    attack noun, is never its doer. It is the attacked unless the attack names what it was on
    (`Ukraine repelled a Russian attack on Kharkiv`: Kharkiv); the attack's agent (`fought
    off counterattacks by ISIL`) is the doer."""
    if actor is None or actor.start >= clause.words[trigger.first].start:
        return actor, target
    if target is None:
        return None, actor
    before = [w for w in clause.words if w.end <= target.start][-1:]
    if any(w.lower in lex.agent for w in before):
        return target, actor
    return None, target


def _generic_plural(
    event_type: str,
    actor: Slot | None,
    target: Slot | None,
    date: str | None,
    sentence: Span,
    trigger: Trigger,
    clause: Clause,
    lex: EventLexicon,
) -> bool:
    """`the execution of airstrikes`, `fought off several counterattacks`, `die Zahl
    israelischer Luftangriffe`: a plural attack noun with nobody named as struck and no date
    names a kind of action. Attacks that happened are told with a date, a target (`attacks on
    Aleppo`) or a verb of happening (`In Nairobi gab es … Anschläge`); a headline's plural is
    mostly a verb in title case (`Coalition Strikes Mosul Hospital`)."""
    if event_type != "ATTACK" or target is not None or date is not None or sentence[0] == 0:
        return False
    if actor is not None and not _attribute(trigger, clause, lex):
        return False  # `Russia has carried out attacks`: told of its doer, it happened
    if verb_form(trigger, clause, lex) or not _plural(trigger.last, clause, lex):
        return False
    return not occurrences(lex.occurred, clause.words)


def _attribute(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """Whether the event noun stands in an attribute or a prepositional phrase (`the execution
    of airstrikes`, `die Zahl seiner Luftangriffe`): a genitive word, a preposition or a
    possessive within `INDEFINITE_REACH` words before it in its clause."""
    heads = lex.genitive | lex.not_subject | lex.agent | lex.possessive
    return _headed(trigger, clause, lambda word: word in heads)


def _counted(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`die Zahl israelischer Luftangriffe habe abgenommen`, `the number of airstrikes fell`,
    `количество обстрелов`: events a noun of quantity counts are a statistic of their kind,
    none told as it happened. Only for nouns: `the number killed` has no counted noun. Where
    articles are written the noun is definite: `a number of airstrikes`, `eine Anzahl von
    Luftangriffen` are several attacks told as they happened."""
    if verb_form(trigger, clause, lex):
        return False
    at = _head_at(trigger, clause, lambda word: any(part_matches(p, word) for p in lex.counting))
    if at is None:
        return False
    return lex.language in ("ru", "uk") or (at > 0 and clause.words[at - 1].lower in lex.definite)


def _headed(trigger: Trigger, clause: Clause, head: Callable[[str], bool]) -> bool:
    """Whether a word that `head` accepts stands within `INDEFINITE_REACH` words before the
    trigger, in its clause."""
    return _head_at(trigger, clause, head) is not None


def _head_at(trigger: Trigger, clause: Clause, head: Callable[[str], bool]) -> int | None:
    """The index of the nearest word that `head` accepts within `INDEFINITE_REACH` words
    before the trigger, in its clause; None if there is none."""
    words, noun = clause.words, clause.words[trigger.first]
    for index in range(trigger.first - 1, max(0, trigger.first - INDEFINITE_REACH) - 1, -1):
        if CLAUSE_MARK.search(clause.text[words[index].end : noun.start]):
            return None
        if head(words[index].lower):
            return index
    return None


def _plural(index: int, clause: Clause, lex: EventLexicon) -> bool:
    """Whether the event noun at `index` is plural: a plural ending, and in Russian and
    Ukrainian no singular reading (`атаки` is also genitive singular); a German `-e` after
    an indefinite article is a singular (`eine neue Offensive`)."""
    word = clause.words[index]
    if not word.lower.endswith(lex.plural_endings):
        return False
    if lex.language in ("ru", "uk"):
        parses = [p for p in morph(lex.language).parse(word.lower) if "NOUN" in p.tag]
        return bool(parses) and not any("sing" in p.tag for p in parses)
    if lex.language == "de":
        start = max(0, index - INDEFINITE_REACH)
        gap = clause.text[clause.words[start].start : word.start]
        if not CLAUSE_MARK.search(gap):
            return not any(w.lower in GERMAN_INDEFINITE for w in clause.words[start:index])
    return True


def _unnamed_discussion(
    event_type: str,
    actor: Slot | None,
    target: Slot | None,
    trigger: Trigger,
    clause: Clause,
    lex: EventLexicon,
) -> bool:
    """`the two leaders discussed the next steps`, `стороны обсудили кризис`: who discussed,
    told only by description, are the sides of a meeting told before; the sentence tells its
    topics, not another meeting."""
    if event_type != "MEET" or actor is not None or target is not None:
        return False
    word = clause.words[trigger.first].lower
    return any(part_matches(p, word) for p in lex.discussing)


def _danger(trigger: Trigger, clause: Clause) -> bool:
    """`dass Kenia ein großangelegter Anschlag droht`: an event noun just before the verb is
    its subject, a danger that looms; nobody threatens anybody."""
    return _event_subject(trigger, clause)


def _hit(trigger: Trigger, clause: Clause) -> bool:
    """`Russische Luftangriffe trafen am Montag Kiew`: an attack as the subject of `treffen`
    hits; nobody meets. Only a verb that also means hitting (`Nach dem Angriff traf Putin`
    keeps its meeting: the attack there follows a preposition)."""
    word = clause.words[trigger.first].lower
    return word.startswith(HITTING) and _event_subject(trigger, clause, frozenset({"ATTACK"}))


def _no_guest(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """`Ukraine received the first tanks`, `принял решение`, `empfing die ersten Panzer`: a
    verb of receiving (lexicon `hosting`) is a meeting only with a guest, the first person or
    body named after it in its clause (`empfing am Montag Wladimir Putin`), not one a
    preposition or a genitive word brings in (`received a letter from Joe Biden`, `empfing
    einen Brief von Joe Biden`). In Russian and Ukrainian a thing as the verb's object
    (`принял отставку Сергея Шойгу`) is what is received. In a passive the guest is its
    subject (`wurde von Tokajew empfangen`)."""
    word = clause.words[trigger.first]
    if not any(part_matches(p, word.lower) for p in lex.hosting):
        return False
    if is_passive(trigger, clause, lex):
        return False
    if _thing_received(trigger, clause, lex):
        return True
    start = clause.words[trigger.last].end
    end = clause_end(clause, start)
    guest = next((s for s in clause.slots if start <= s.start < end and s.label in GUESTS), None)
    if guest is None:
        return True
    before = [w for w in clause.words if start <= w.start and w.end <= guest.start][-1:]
    return any(w.lower in clause.preps | lex.genitive for w in before)


def _thing_received(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """Whether the first word after a Russian or Ukrainian verb of receiving, dates aside, is
    an inanimate common noun (`отставку`, `решение`): a thing received, no guest."""
    if lex.language not in ("ru", "uk"):
        return False
    after = (
        w
        for w in clause.words[trigger.last + 1 :]
        if not any(s <= w.start < e for s, e in clause.dates)
    )
    first = next(after, None)
    if first is None or not first.text[:1].islower():
        return False  # a name (`принял Касым-Жомарта Токаева`) is a guest
    parses = morph(lex.language).parse(first.lower)
    return bool(parses) and "NOUN" in parses[0].tag and "inan" in parses[0].tag


def _event_subject(
    trigger: Trigger, clause: Clause, kinds: frozenset[str] = SUBJECT_EVENTS
) -> bool:
    """Whether an event noun of `kinds` stands just before the trigger as its subject: within
    `DANGER_REACH` words, no clause mark, name or other trigger between, and no preposition
    governing it (`after the attack`, `nach dem Angriff`)."""
    words, first = clause.words, clause.words[trigger.first]
    for index, kind in clause.cues:
        if kind not in kinds or not trigger.first - DANGER_REACH <= index < trigger.first:
            continue
        noun = words[index]
        if CLAUSE_MARK.search(clause.text[noun.end : first.start]):
            continue
        if any(index < i < trigger.first for i, _ in clause.cues):
            continue
        if any(noun.end <= s.start and s.end <= first.start for s in clause.slots):
            continue
        head = index
        while head > 0 and index - head < DANGER_REACH:
            gap = clause.text[words[head - 1].end : words[head].start]
            if CLAUSE_MARK.search(gap) or gap.strip():
                break
            head -= 1
            if words[head].lower in clause.preps:
                break
        if words[head].lower not in clause.preps:
            return True
    return False


def _missing_side(
    event_type: str,
    actor: Slot | None,
    target: Slot | None,
    trigger: Trigger,
    clause: Clause,
    lex: EventLexicon,
) -> bool:
    """Rule 2's requirements: a statement needs its speaker; a type told for its doer needs
    an actor unless the verb leaves its doer unsaid (`_doer_unnamed`); a symmetric
    event needs both sides unless it is told as happening or its preposition brings in the one
    side, and is none with a side its preposition brings in unnamed (`встрече с
    журналистами`)."""
    if event_type == "STATEMENT":
        return actor is None
    if event_type in DOER_TYPES and actor is None and not _doer_unnamed(trigger, clause, lex):
        return True
    if event_type in SYMMETRIC and unnamed_partner(trigger, clause, lex):
        return True
    if event_type not in SYMMETRIC or (actor is not None and target is not None):
        return False
    if _happening(trigger, clause, lex):
        return False
    return target is None or not introduced(target, trigger, clause, lex)


def _doer_unnamed(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """A passive leaves the agent unsaid (`wurde festgenommen`); so does the Russian and
    Ukrainian indefinite-personal verb, a third person plural with no subject (`на Западе
    обвиняют Москву`, `їх звинувачують`): the act is told, by doers nobody names."""
    return is_passive(trigger, clause, lex) or _indefinite_personal(trigger, clause, lex)


def _indefinite_personal(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """A Russian or Ukrainian plural verb (present or past) with no word before it in its
    clause that could be a plural subject (`страны`, `они`)."""
    if lex.language not in ("ru", "uk"):
        return False
    analyse = morph(lex.language).parse
    word = clause.words[trigger.first]
    if not any(
        p.tag.POS == "VERB" and "plur" in p.tag and ("3per" in p.tag or "past" in p.tag)
        for p in analyse(word.lower)
    ):
        return False
    start = next(
        (
            i + 1
            for i in range(trigger.first - 1, -1, -1)
            if CLAUSE_MARK.search(clause.text[clause.words[i].end : clause.words[i + 1].start])
        ),
        0,
    )
    return not any(
        "plur" in p.tag and "nomn" in p.tag
        for w in clause.words[start : trigger.first]
        for p in analyse(w.lower)
    )


def _happening(trigger: Trigger, clause: Clause, lex: EventLexicon) -> bool:
    """Told as something that happened: by a verb (`договорились`), by a noun in a sentence
    with a verb of happening (`пройдет встреча`, `the talks took place`), or by a noun someone
    takes part in (`участие во встрече примет … Лавров`, `took part in the talks`)."""
    if verb_form(trigger, clause, lex):
        return True
    if _headed(trigger, clause, lambda word: any(part_matches(p, word) for p in lex.taking_part)):
        return True
    return bool(occurrences(lex.occurred, clause.words))


class _Placed(Protocol):
    @property
    def start(self) -> int: ...


Placed = TypeVar("Placed", bound=_Placed)


def _start(item: _Placed) -> int:
    return item.start


def _starting_in(items: list[Placed], span: Span) -> list[Placed]:
    """The items (slots, dates: in text order) starting in the span, found by bisection rather
    than by a pass over the whole document for each sentence."""
    return items[bisect_left(items, span[0], key=_start) : bisect_left(items, span[1], key=_start)]


def _date_near(dates: list[DateMention], sentence: Span, at: int, text: str = "") -> str | None:
    """The date of the sentence nearest the trigger, one in the trigger's own clause first
    (`Zu Beginn der Invasion … übte Russland Druck …, aber heute …` → the invasion)."""
    inside = [d for d in _starting_in(dates, sentence) if d.end <= sentence[1]]
    if not inside:
        return None

    def rank(d: DateMention) -> tuple[bool, int]:
        lo, hi = (d.end, at) if d.end <= at else (at, d.start)
        other_clause = bool(CLAUSE_BREAK.search(text[lo:hi])) if text else False
        return other_clause, max(0, hi - lo)

    return min(inside, key=rank).value


def _date_before(
    dates: list[DateMention], text: str, sentences: list[Span], index: int
) -> str | None:
    """The issue's "nearest resolved date": the last date of the sentence before, when it is
    in the same paragraph (`… am Donnerstag, dem 9. November, Astana besuchte. Dort plant er
    ein Treffen …`)."""
    if _new_paragraph(text, sentences, index):
        return None
    start, end = sentences[index - 1]
    inside = [d for d in _starting_in(dates, (start, end)) if d.end <= end and d.grain == "day"]
    return inside[-1].value if inside else None


def _new_paragraph(text: str, sentences: list[Span], index: int) -> bool:
    """Whether sentence `index` opens a paragraph (the first one always does)."""
    return index == 0 or "\n" in text[sentences[index - 1][1] : sentences[index][0]]


def _background(text: str, sentences: list[Span], lex: EventLexicon) -> list[bool]:
    """Rule 5 of the module docstring."""
    flags: list[bool] = []
    recalling = False
    for index, (start, end) in enumerate(sentences):
        if _new_paragraph(text, sentences, index):
            recalling = False
        opening = text[start:end].lstrip(" „“\"'«»(").casefold()
        if opening.startswith(lex.recall) or any(
            f"({r})" in text[start:end].casefold() for r in lex.recall
        ):
            recalling = True
        flags.append(recalling)
    return flags


def _quote_statements(
    doc: Document, sentences: list[Span], background: list[bool], found: list[Event]
) -> list[Event]:
    """Rule 4: a STATEMENT for each attributed quotation with a cue, in the sentence of it;
    not where the cue tells an event of another type its speaker takes part in (`_told_as`)."""
    starts = [s for s, _ in sentences]
    by_cue: dict[tuple[int, str], list[Event]] = defaultdict(list)
    for event in found:
        by_cue[(event.start, event.cue)].append(event)
    events = []
    for quote in doc.quotes:
        if quote.speaker is None or not quote.cue:
            continue
        at = _cue_position(doc.text, quote, quote.cue)
        index = sentence_index(starts, at)
        start, end = sentences[index]
        if _told_as_other(quote.speaker, by_cue[(start, quote.cue)]):
            continue
        events.append(
            Event(
                type="STATEMENT",
                actor=quote.speaker,
                target=None,
                date=_date_near(doc.dates, (start, end), at),
                cue=quote.cue,
                start=start,
                end=end,
                background=background[index],
            )
        )
    return events


def _told_as_other(speaker: str, same_cue: list[Event]) -> bool:
    """`Putin forderte Tokajew auf, … zu liefern`, `обвинил Киев в нежелании «…»`, `was Mladić
    vorgeworfen wird`: what the cue introduces is the content of a demand or an accusation
    (or, in a passive, of one its "speaker" undergoes), told by that event, not a statement.
    An event with no actor (`Dem Mitbegründer des MLC werden … vorgeworfen, die er …`) has no
    speaker for its cue at all, whoever the quotation module read as one. `same_cue`: the
    events of the quotation's sentence with its cue."""
    return any(
        e.type != "STATEMENT" and (e.actor is None or speaker in (e.actor, e.target))
        for e in same_cue
    )


def _cue_position(text: str, quote: Quote, cue: str) -> int:
    """Where the cue stands: the nearer of after the quotation (`…“, betonte Musaev`) and
    before it (`Westerwelle erklärte, die Regierung erkenne an …`, where the next sentence's
    `erklärten` is another cue)."""
    after = text.find(cue, quote.end, quote.end + CUE_REACH_CHARS)
    before = text.rfind(cue, max(0, quote.start - CUE_REACH_CHARS), quote.start + 1)
    nearer = before < 0 or after - quote.end <= quote.start - before - len(cue)
    if after >= 0 and "\n" not in text[quote.end : after] and nearer:
        return after
    if before >= 0:
        return before
    return quote.start


def _unique(events: list[Event]) -> list[Event]:
    """One event per type, participants and sentence; the first trigger gives the cue, and a
    symmetric one told reversed is the same one. An event that another of its sentence tells
    with more sides named is that one (`_subsumes`)."""
    seen: dict[tuple[str, str | None, str | None, int], Event] = {}
    for event in events:
        key = (event.type, event.actor, event.target, event.start)
        if event.type in SYMMETRIC and (event.type, event.target, event.actor, event.start) in seen:
            key = (event.type, event.target, event.actor, event.start)
        if key not in seen:
            seen[key] = event
        elif seen[key].date is None and event.date is not None:
            seen[key] = replace(seen[key], date=event.date)
    rivals: dict[tuple[str, int], list[Event]] = defaultdict(list)
    for event in seen.values():
        rivals[(event.type, event.start)].append(event)
    kept = [e for e in seen.values() if not any(_subsumes(o, e) for o in rivals[(e.type, e.start)])]
    return sorted(kept, key=lambda e: (e.start, e.type))


def _subsumes(full: Event, part: Event) -> bool:
    """`full` tells `part` with more named: the same type in the same sentence, every side
    `part` names named the same, and more (`met with Abadi … where the two leaders discussed
    the campaign`: one meeting, Carter → Abadi)."""
    if full is part or (full.type, full.start) != (part.type, part.start):
        return False
    named = [(p, f) for p, f in ((part.actor, full.actor), (part.target, full.target)) if p]
    more = sum(x is not None for x in (full.actor, full.target)) > len(named)
    if part.type in SYMMETRIC:
        sides = {full.actor, full.target}
        return more and all(p in sides for p, _ in named)
    return more and all(p == f for p, f in named)


def _dated_by_coreference(events: list[Event]) -> list[Event]:
    """Rule 3: an undated event takes the date of the same event dated elsewhere — the same
    type and a shared participant (the title's DEMAND and the body's)."""
    dated = [e for e in events if e.date is not None and e.type != "STATEMENT"]
    out = []
    for event in events:
        if event.date is None and event.type != "STATEMENT":
            sides = {event.actor, event.target} - {None}
            same = [
                d for d in dated if d.type == event.type and sides & ({d.actor, d.target} - {None})
            ]
            if same:
                nearest = min(same, key=lambda d: abs(d.start - event.start))
                event = replace(event, date=nearest.date)
        out.append(event)
    return out
