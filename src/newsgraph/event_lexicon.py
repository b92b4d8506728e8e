"""Event trigger lexicons (`data/events/<lang>.toml`) and the matching of triggers in a sentence.

Entries are written in a small syntax (see the head of `data/events/de.toml`): word starts
(`besuch`), compound heads (`-angriff`), exact words (`=druck`), phrases (`call on`), separable
particles (`schloss+aus`) and conditions (`verurteil&haft,jahren`; a condition word marked `>`
must stand within `OBJECT_REACH` words after the trigger: `=fired&>rocket`; a bare `&` means
the event needs a named target, else it is only a statement: `condemns the attack`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsgraph.data import load_toml

WORD = re.compile(r"\w+(?:['’-]\w+)*|n't")
# A trigger is not asserted when one of these stands this many words before it (`keine Angst
# vor einer Verhaftung`).
NEGATION_REACH = 4
# How many words after a trigger its object is looked for (`delivered a long speech`).
OBJECT_REACH = 3
# Types whose object is the act itself (`received no aid`, `imposed no sanctions`): a negative
# determiner there negates the event.
OBJECT_ACTS = frozenset({"SUPPLY", "SANCTION", "MEET"})


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    start: int
    end: int


@dataclass(frozen=True)
class Entry:
    type: str
    parts: tuple[str, ...]  # each `=exact`, `-suffix` or a prefix
    particle: str | None = None
    needs: tuple[str, ...] | None = None  # () = needs a named target

    @property
    def needs_target(self) -> bool:
        return self.needs == ()


@dataclass(frozen=True)
class Trigger:
    type: str
    first: int  # token index
    last: int
    entry: Entry


@dataclass(frozen=True)
class EventLexicon:
    language: str
    by_prefix: dict[str, tuple[Entry, ...]]  # first two letters of the first part → entries
    suffixed: tuple[Entry, ...]
    exclude: frozenset[str]
    passive: frozenset[str]
    agent: frozenset[str]
    not_subject: frozenset[str]
    targets: dict[str, frozenset[str]]
    conjunctions: frozenset[str]
    negation: frozenset[str]
    recall: tuple[str, ...]
    definite: frozenset[str]
    fear: tuple[str, ...]
    irrealis: tuple[str, ...]
    clause_verbs: frozenset[str]  # and the words of `closing` (`При этом Москва`)
    pronouns: frozenset[str]
    first_person: frozenset[str]  # subject pronouns of the speaker (`we`, `wir`, `мы`)
    object_pronouns: frozenset[str]  # `him`, `ihn`, `его`: a person named before
    under: frozenset[str]  # `im Verdacht stehen`: the subject undergoes the accusation
    discussing: tuple[str, ...]  # `discussed`: its direct object is the topic, not a side
    occurred: tuple[Entry, ...]  # verbs of happening: `пройдет встреча` is a meeting
    same_role: dict[str, str]  # `глава государства` → `президент` (`event_referents`)
    obligation: tuple[Entry, ...]  # `must`, `essential that`: a speaker's demand
    mouthpiece: tuple[str, ...]  # `пресс-служба`: the body named after it speaks
    evaluative: tuple[str, ...]  # `циничн`, `Diktator`: a statement with them accuses
    sources: frozenset[tuple[str, ...]]  # statement cues that name their source after them
    locative: frozenset[str]  # prepositions of place: a place they bring in is the scene
    oblique: tuple[str, ...]  # endings of a place or body's name in a case no subject has
    oblique_person: tuple[str, ...]  # the same for a person's name
    inverted: bool  # subjects may follow their verb (`Am Samstag besuchte Putin …`)
    verb_endings: tuple[str, ...]  # endings of finite verbs and participles (not German)
    plural_endings: tuple[str, ...]  # endings of plural event nouns (`Luftangriffe`, `airstrikes`)
    genitive: frozenset[str]  # words that open a genitive attribute (`des`, `of`)
    issuing: tuple[str, ...]  # warrant nouns and issuing bodies (`Haftbefehl`, `court`)
    converb_endings: tuple[str, ...]  # adverbial participles (`заявив`): the main subject's
    converb_after_comma: bool  # the ending marks one only after a comma (English `-ing`)
    topic: frozenset[str]  # prepositions of topic (`talks on`, `переговоры о`)
    possessive: frozenset[str]  # `seiner`, `his`: before an arrest noun, who undergoes it
    dative: frozenset[tuple[str, ...]]  # accusing verbs whose passive keeps the accused dative
    conditional: frozenset[str]  # `если`, `if`: a sanction after its clause is threatened
    coordinating: frozenset[str]  # `and`, `und`, `и`: what follows adds, no consequence
    asking: tuple[str, ...]  # `asked if`: an indirect question, no condition
    nominative: tuple[str, ...] = ()  # `военные`: endings of no oblique case despite `oblique`
    received: tuple[str, ...] = ()  # `receive fire`, `unter Beschuss`: the subject is struck
    received_from: frozenset[str] = frozenset()  # `from`, `von`: who strikes
    counting: tuple[str, ...] = ()  # `Zahl`, `number`: events they count are a statistic
    phases: tuple[str, ...] = ()  # `Anfang`, `start`: `the start of the offensive` was told
    identifying: tuple[Entry, ...] = ()  # `this was`, `handelt es sich um`: names a told event
    # `received no aid`, `erhielt keine Hilfe`: a negative determiner right after a verb
    # negates it (a statement still is one: `said no troops had crossed`).
    negated_object: frozenset[str] = frozenset()
    hosting: tuple[str, ...] = ()  # `received`, `empfing`: a meeting only with a guest
    idioms: tuple[Entry, ...] = ()  # `strike a deal`: a trigger word in a phrase of no event
    figurative_objects: tuple[str, ...] = ()  # `delivered a speech`: no delivery
    verbal: tuple[Entry, ...] = ()  # `in a speech`: a person's attack in words accuses
    taking_part: tuple[str, ...] = ()  # `участие во встрече`: the meeting takes place
    relative: tuple[str, ...] = ()  # `которые`, `which`: relative pronouns
    capturing: tuple[str, ...] = ()  # `captured`: of a place an attack, of a person an arrest
    denial: tuple[Entry, ...] = ()  # `bestritt`, `denied`: what follows is not asserted
    repelling: tuple[Entry, ...] = ()  # `fought off`, `abgewehrt`: the subject is attacked
    claiming: tuple[Entry, ...] = ()  # `claimed responsibility`: the claimer did the attack

    def hypothetical_from(self, words: list[Token]) -> int:
        """Where the sentence turns to feared or possible events: its start when it tells of
        a fear (`dass die USA einen Anschlag befürchtet`), else the first modal or conditional
        word (`could`, `если`); the sentence's length if none. What comes before a modal word
        (`обвинил Москву в том, что она якобы …`) is still asserted."""
        if any(part_matches(p, w.lower) for w in words for p in self.fear):
            return 0
        return next(
            (
                i
                for i, w in enumerate(words)
                if any(part_matches(p, w.lower) for p in self.irrealis)
            ),
            len(words),
        )


def tokens(text: str, offset: int = 0) -> list[Token]:
    return [
        Token(m.group(0), m.group(0).casefold(), offset + m.start(), offset + m.end())
        for m in WORD.finditer(text)
    ]


def parse_entry(event_type: str, raw: str) -> Entry:
    """One entry of the data file's syntax."""
    needs: tuple[str, ...] | None = None
    if "&" in raw:
        raw, condition = raw.split("&", 1)
        needs = tuple(w for w in condition.split(",") if w)
    particle = None
    if "+" in raw:
        raw, particle = raw.split("+", 1)
    return Entry(event_type, tuple(raw.casefold().split()), particle, needs)


@cache
def event_lexicon(language: str | None) -> EventLexicon | None:
    try:
        table: dict[str, Any] = load_toml(f"events/{language}.toml")
    except FileNotFoundError:
        return None
    entries = [parse_entry(t, raw) for t, raws in table["triggers"].items() for raw in raws]
    by_prefix, suffixed = _indexed(tuple(entries))
    roles = table["participants"]
    return EventLexicon(
        language=language or "",
        by_prefix=by_prefix,
        suffixed=suffixed,
        exclude=frozenset(w.casefold() for w in table["exclude"]["words"]),
        passive=frozenset(roles["passive"]),
        agent=frozenset(roles["agent"]),
        not_subject=frozenset(roles["not_subject"]),
        targets={t: frozenset(p) for t, p in roles["targets"].items()},
        conjunctions=frozenset(roles["conjunctions"]),
        negation=frozenset(roles["negation"]),
        recall=tuple(r.casefold() for r in roles["recall"]),
        definite=frozenset(roles["definite"]),
        fear=tuple(w.casefold() for w in roles["fear"]),
        irrealis=tuple(w.casefold() for w in roles["irrealis"]),
        clause_verbs=frozenset(roles["clause_verbs"]) | frozenset(roles.get("closing", ())),
        pronouns=frozenset(roles["pronouns"]),
        first_person=frozenset(roles.get("first_person", ())),
        object_pronouns=frozenset(roles.get("object_pronouns", ())),
        under=frozenset(roles.get("under", ())),
        discussing=tuple(w.casefold() for w in roles.get("discussing", ())),
        occurred=tuple(parse_entry("", raw) for raw in roles.get("occurred", ())),
        same_role={k.casefold(): v.casefold() for k, v in roles.get("same_role", {}).items()},
        obligation=tuple(parse_entry("", raw) for raw in roles.get("obligation", ())),
        mouthpiece=tuple(w.casefold() for w in roles.get("mouthpiece", ())),
        evaluative=tuple(w.casefold() for w in roles.get("evaluative", ())),
        sources=frozenset(parse_entry("STATEMENT", raw).parts for raw in roles["sources"]),
        locative=frozenset(roles["locative"]),
        oblique=tuple(roles.get("oblique", ())),
        oblique_person=tuple(roles.get("oblique_person", ())),
        inverted=bool(roles["inverted_subjects"]),
        verb_endings=tuple(roles.get("verb_endings", ())),
        plural_endings=tuple(roles.get("plural_endings", ())),
        genitive=frozenset(roles.get("genitive", ())),
        issuing=tuple(roles.get("issuing", ())),
        converb_endings=tuple(roles.get("converb_endings", ())),
        converb_after_comma=bool(roles.get("converb_after_comma", False)),
        topic=frozenset(roles.get("topic", ())),
        possessive=frozenset(roles.get("possessive", ())),
        dative=frozenset(parse_entry("ACCUSE", raw).parts for raw in roles.get("dative", ())),
        conditional=frozenset(roles.get("conditional", ())),
        coordinating=frozenset(roles.get("coordinating", ())),
        asking=tuple(roles.get("asking", ())),
        nominative=tuple(roles.get("nominative", ())),
        received=tuple(w.casefold() for w in roles.get("received", ())),
        received_from=frozenset(roles.get("received_from", ())),
        counting=tuple(w.casefold() for w in roles.get("counting", ())),
        phases=tuple(w.casefold() for w in roles.get("phases", ())),
        identifying=tuple(parse_entry("", raw) for raw in roles.get("identifying", ())),
        negated_object=frozenset(roles.get("negated_object", ())),
        hosting=tuple(w.casefold() for w in roles.get("hosting", ())),
        idioms=tuple(parse_entry("", raw) for raw in roles.get("idioms", ())),
        figurative_objects=tuple(w.casefold() for w in roles.get("figurative_objects", ())),
        verbal=tuple(parse_entry("", raw) for raw in roles.get("verbal", ())),
        taking_part=tuple(w.casefold() for w in roles.get("taking_part", ())),
        relative=tuple(w.casefold() for w in roles.get("relative", ())),
        capturing=tuple(w.casefold() for w in roles.get("capturing", ())),
        denial=tuple(parse_entry("", raw) for raw in roles.get("denial", ())),
        repelling=tuple(parse_entry("", raw) for raw in roles.get("repelling", ())),
        claiming=tuple(parse_entry("", raw) for raw in roles.get("claiming", ())),
    )


def part_matches(part: str, word: str) -> bool:
    if part.startswith("="):
        return word == part[1:]
    if part.startswith("-"):
        return word.endswith(part[1:])
    return word.startswith(part)


def find_triggers(words: list[Token], lex: EventLexicon) -> list[Trigger]:
    """Every trigger of one sentence, at most one per word and type."""
    found: dict[tuple[int, str], Trigger] = {}
    lowers = [w.lower for w in words]
    idiomatic = _idiom_words(lowers, lex)
    for i, word in enumerate(lowers):
        if word in lex.exclude or i in idiomatic:
            continue
        candidates = lex.by_prefix.get(word[:2], ()) + lex.suffixed
        for entry in candidates:
            last = _match_at(entry, lowers, i)
            if last is None or (i, entry.type) in found:
                continue
            if _negated(lowers, i, lex) or not _conditions_hold(entry, lowers, last):
                continue
            if _object_unfit(entry.type, lowers, last, lex):
                continue
            found[(i, entry.type)] = Trigger(entry.type, i, last, entry)
    return sorted(found.values(), key=lambda t: t.first)


def _idiom_words(lowers: list[str], lex: EventLexicon) -> set[int]:
    """The indices of the words inside a fixed phrase that holds a trigger word but tells no
    event (lexicon `idioms`: `einen Beschluss gefasst`; `strike a` with `deal` after it, which
    keeps the deal an agreement)."""
    return {i for first, last in _occurrences(lex.idioms, lowers) for i in range(first, last + 1)}


def occurrences(entries: tuple[Entry, ...], words: list[Token]) -> list[tuple[int, int]]:
    """The first and last word of every occurrence of the entries (data files' syntax: `took
    place`, `fand+statt`) in the words, in order."""
    return _occurrences(entries, [w.lower for w in words])


def _occurrences(entries: tuple[Entry, ...], lowers: list[str]) -> list[tuple[int, int]]:
    by_start, suffixed = _indexed(entries)
    found = []
    for i, word in enumerate(lowers):
        for entry in by_start.get(word[:2], ()) + suffixed:
            last = _match_at(entry, lowers, i)
            if last is not None and _conditions_hold(entry, lowers, last):
                found.append((i, last))
    return found


@cache
def _indexed(entries: tuple[Entry, ...]) -> tuple[dict[str, tuple[Entry, ...]], tuple[Entry, ...]]:
    """The entries by the first two letters of their first part, and those whose first part
    is a word end: a sentence's words are tried only against the entries that can start
    there (`EventLexicon.by_prefix`, `suffixed`)."""
    by_start: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if not entry.parts[0].startswith("-"):
            by_start[entry.parts[0].lstrip("=")[:2]].append(entry)
    suffixed = tuple(e for e in entries if e.parts[0].startswith("-"))
    return {k: tuple(v) for k, v in by_start.items()}, suffixed


def _match_at(entry: Entry, lowers: list[str], i: int) -> int | None:
    """The index of the last word of `entry` matched from word `i`, or None."""
    if i + len(entry.parts) > len(lowers):
        return None
    for k, part in enumerate(entry.parts):
        if not part_matches(part, lowers[i + k]):
            return None
    return i + len(entry.parts) - 1


def _negated(lowers: list[str], i: int, lex: EventLexicon) -> bool:
    return any(w in lex.negation for w in lowers[max(0, i - NEGATION_REACH) : i])


def _object_unfit(event_type: str, lowers: list[str], last: int, lex: EventLexicon) -> bool:
    """`received no aid`, `erhielt keine Hilfe`: for a type whose object is what is done
    (`OBJECT_ACTS`), the negative determiner of the object right after the trigger negates
    the act; an agreement, demand or threat with one still is one (`agreed no heavy weapons
    would be moved`). `delivered a speech`, `передал привет`: an object of speech within
    `OBJECT_REACH` words makes a verb of delivery a figure of speech (lexicon
    `figurative_objects`), no SUPPLY; a criticism of a speech still accuses."""
    if event_type not in OBJECT_ACTS:
        return False
    after = lowers[last + 1 : last + 1 + OBJECT_REACH]
    if after[:1] and after[0] in lex.negated_object:
        return True
    return event_type == "SUPPLY" and any(
        part_matches(p, w) for w in after for p in lex.figurative_objects
    )


def _conditions_hold(entry: Entry, lowers: list[str], last: int) -> bool:
    """The particle after the trigger, and a word of the condition anywhere in the sentence,
    or for a condition word marked `>` within `OBJECT_REACH` words after the trigger (`fired
    two rockets`, not `fired his minister over the missile programme`)."""
    if entry.particle is not None and entry.particle not in lowers[last + 1 :]:
        return False
    if entry.needs:
        after = lowers[last + 1 : last + 1 + OBJECT_REACH]
        return any(
            any(w.startswith(n[1:]) for w in after)
            if n.startswith(">")
            else any(w.startswith(n) for w in lowers)
            for n in entry.needs
        )
    return True
