"""Quotations: direct and indirect speech, each with its cue and its speaker.

1. Direct quotations come from `quotation_marks`. One of fewer than `MIN_QUOTE_WORDS` words
   counts only inside speech (a cue in its sentence). Unless a cue verb stands right next to
   it, a quotation is dropped when it reads as a name or title: a naming word before it
   (`der Film „…“`, `des Magazins „…“`), capitalised words joined by connectors (`„Reporter
   ohne Grenzen“`; where no speech verb governs it also with adjectives before nouns: `„Rat
   für nationale Sicherheit“`), a web address, or a phrase in another language (`„Deus
   caritas est“`).
2. The cue is looked for after the quotation (`„…“, betonte Musaev`, `," he said`, passive
   `„…“, wird X … zitiert`), before it (`X erklärte: „…“`, `Steinbrück: „…“`, `…, so X,
   „…“`; before a colon also far off: `X äußerte Vorbehalte und wagte die Prognose, …: „…“`)
   — the one before wins when the one after names the speaker only by pronoun or not at all
   (`weiter hieß es`) — then anywhere in its sentence (a fragment inside reported speech: `…,
   dass es „klüger“ sei`; the last source phrase before it: `nach Bewertung von X „…“`), or a
   name right before its parentheses (`X („…“)`). A cue after the quotation that opens a
   clause of its own (`„…“ und verwies`, German `„…“, Löw bezeichnete`) yields to a cue verb
   before it in its clause (`X nannte sie „…“`). A capitalised German word inside a sentence
   is a noun, not a cue (`in dem Schreiben`); a verb in a `dass` clause is content, `heißen`
   speaks only beside its `es` (not `das heißt`), a naming participle (`„PACs“ genannt`) not.
3. Indirect speech, one per sentence: an opinion phrase (`Seiner Meinung nach …`), a source
   phrase (`laut X`, `X zufolge`, `according to X`), a cue verb opening a clause (`X sagte,
   dass …`, `X said (that) …`), or a cue at the end (`…, sagte X.`; not after a name set off
   by commas, which is the verb's subject: `Anja Hajduk, …, kritisierte die Pläne`). A
   sentence with a cue verb and no quotation still makes its subject the last speaker when
   that subject names someone (not `Die Zahlen zeigen …`; no naming verb, nor one inside a
   direct quotation).
4. The subject of the cue names the speaker. Both stretches around the verb are candidates —
   before it (back to a strong boundary, appositions included: `Wolfgang Hürter, Vorsitzender
   von SWB, nennt`) and after it (`So warnten Vertreter …`, `betonte Musaev`) — in the order
   the clause suggests; the first with a named person (else organisation) wins, but not one
   after a preposition (`gegenüber dem Tagesspiegel`) nor a genitive (`Obamas Einsatz`). The
   stretch before starts after another speech clause in it (`X wies … zurück, Y erklärte:`).
   Subjunctive speech opening with `Für X` is X's view. An impersonal cue names a document
   (`heißt es in einer Erklärung`). Else a pronoun or possessive opening the first (`er`,
   `seiner`): the last speaker if one spoke within `SPEAKER_MEMORY` sentences, else the last
   person named outside quotations; else a role noun (`der General`, `der Minister`): the
   entity whose role has that head; else for a subjunctive cue (`Die Studie zeige`) the last
   speaker; else, with `speaker` None, a description as written (`die Polizei`).
5. Reported speech cued only by the subjunctive (`…, seien „…“`), and a quotation with no cue
   at all, continue: the source a following sentence points back to (`„…“ Das sagte X.`); for
   one inside its sentence, whom the sentence names before it, else the noun phrase opening it
   (`Das Gericht kam zu dem Ergebnis, „…“`); a described speaker (or a document) after the
   last named one; a subjunctive sentence before a colon goes on with the last speaker; the
   last speaker if they spoke in the sentence before, else whom that sentence names. A
   quotation without a cue that opens a sentence right after another continues its speaker.
   Otherwise `speaker` is None and `speaker_text` keeps the subject as written.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from newsgraph.event_referents import last_subject, role_of_genitive
from newsgraph.model import Document, Mention, Quote
from newsgraph.nlp.sentences import sentence_index
from newsgraph.quotation_marks import Quoted, quotations
from newsgraph.roles import CASED, MIN_COMPOUND_ROLE, named_role, role_form
from newsgraph.speech import Lexicon, find_phrase, is_cue, lexicon, points_back, words

MIN_QUOTE_WORDS = 4
# A cue verb stands this close to its quotation (words after the closing mark).
CUE_WINDOW_WORDS = 6
# A cue verb before a quotation introduced by a colon stands this close to it: the subject and
# an object may come between (`begründete der Präsident seine Position folgendermaßen: „…“`).
CUE_BEFORE_WORDS = 8
# A cue verb before a quotation in the same clause stands this close to it (`nannte die
# Sanktionen eine moralische Unterstützung seines Volkes gegen das „…“`).
GOVERNING_WORDS = 12
# The longest subject read after a verb.
MAX_SUBJECT_WORDS = 12
# A quotation without a cue opening a sentence this close after another continues its speaker.
CONTINUATION_SENTENCES = 2
# A pronoun refers to the last speaker if that one spoke this few sentences before.
SPEAKER_MEMORY = 4
# A pronoun names the speaker only among the first words of a subject (`er`, `so er`); further
# on it belongs to an object (`laut der Studie … von seinem Beitrag`).
PRONOUN_WORDS = 2
# Finite verbs in the plural end so (`erklärten`, `betonen`; Russian and Ukrainian `заявили`).
PLURAL_VERB_ENDINGS = {"de": ("en",), "ru": ("ли",), "uk": ("ли",)}
# How far before a name the role noun it may be the genitive of is read.
ROLE_WORD_CHARS = 40
# Capitalised words; written so that a long run that fails at its end fails in linear time.
NAMEISH = re.compile(r"^[A-ZÄÖÜ0-9][\w.&'’-]*(?:\s+[A-ZÄÖÜ0-9][\w.&'’-]*)*\s*$")
# How a quotation of a whole sentence ends (closing marks or brackets may follow the mark).
SENTENCE_END = re.compile(r"[.!?…][\s\"'“”»«)]*$")
DOMAIN = re.compile(r"^\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\s*$")
CLAUSE_BOUNDARY = re.compile(r"[,;:„“”\"»«()\n]|\s[–—]\s")
STRONG_BOUNDARY = re.compile(r"[;:„“”\"»«\n]|\s[–—]\s")
SUBJECT_END = re.compile(r"[.,;:!?()\n„“”\"»«]")
WIDE_END = re.compile(r"[.;:!?\n„“”\"»«]")
# An apposition after a source: `, Luis Moreno Ocampo,` (comma, a few words, comma).
APPOSITION = re.compile(r"\s*,\s*((?:[^\s,.;:!?„“”\"»«()]+\s*){1,5}?)(?=,)")
APPOSITION_CHARS = 80
# A name in quotation marks inside a subject: `schrieb „Die Zeit“`, `zitiert die „Computerwoche“`.
QUOTE_MARKS = re.compile(r"[„“”\"»«]")
QUOTED_NAME = re.compile(r"[„“\"»«](?:[^\s„“”\"»«]+\s?){1,4}[“”\"«»]")
# German adjective endings: an adjective so inflected before a noun may stand inside a title.
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# A sentence opening with these is (the rest of) a quotation, not reported speech.
QUOTE_OR_CONTINUATION = set('„“”"»«,;:–—-')
# `Erinnern Sie sich …`, `Sagen wir …`: the verb addresses the reader, nobody speaks.
IMPERATIVE_SUBJECTS = {"Sie", "wir"}
# `…, Sergei Lavrov told Reuters.`: the most words a subject between comma and verb may have.
MAX_FINAL_SUBJECT_WORDS = 4
# Fewest words of reported content before a final cue (`…, sagte X.`).
MIN_CLAUSE_WORDS = 3
FINAL_SO = {language: re.compile(r",\s+(so)\s+[^,]+$") for language in ("de",)}

Span = tuple[int, int]
Named = tuple[int, int, str]  # a mention: start, end, entity id


@dataclass
class _Found:
    kind: str
    start: int
    end: int
    cue: str | None
    cue_at: int
    subjects: list[Span]  # where the speaker may be named, most likely first
    continues: bool = False
    subjunctive: bool = False
    adjacent: bool = False  # the cue stands right before or after the quotation
    named_only: bool = False  # an act that may make only a named subject the last speaker


@dataclass
class _Cue:
    word: str
    at: int
    subjects: list[Span]
    subjunctive: bool = False
    adjacent: bool = True
    own_clause: bool = False  # a cue after the quotation with its own subject or coordinator
    coordinated: bool = False  # `„…“ und verwies`: the verb follows a coordinator


@dataclass
class _Context:
    """Where a quotation without a speaker of its own stands: its document and sentences."""

    doc: Document
    lex: Lexicon
    sentences: list[Span]
    quoted: list[Span]
    first: int  # index of the sentence it starts in
    last: int  # and of the one it ends in


def find_quotes(doc: Document) -> Document:
    """The pipeline stage: fills `doc.quotes`."""
    lex = lexicon(doc.language)
    if lex is None or not doc.text:
        return doc
    sentences = doc.sentences or [(0, len(doc.text))]
    starts = [s for s, _ in sentences]
    persons = _person_mentions(doc)
    direct = [
        f for q in quotations(doc.text) if (f := _direct(doc, lex, q, sentences, starts, persons))
    ]
    inside = [(f.start, f.end) for f in direct]
    indirect = [
        f
        for sentence in sentences
        if not _covered(sentence, inside)
        if (f := _indirect(doc.text, lex, sentence, direct, persons))
    ]
    spoken = [f.start for f in direct + indirect]
    acts = [
        f
        for sentence in sentences
        if (
            f := _speech_act(doc.text, lex, sentence)
            or _act(doc.text, lex, sentence, spoken, inside)
        )
    ]
    found = sorted(direct + indirect + acts, key=lambda f: f.start)
    doc.quotes = _with_speakers(doc, lex, found, inside, sentences, persons)
    return doc


def _speech_act(text: str, lex: Lexicon, sentence: Span) -> _Found | None:
    """`Darüber erzählt …, General Alnur Musaev, auf Espresso.`: no quotation of its own, but
    it makes its subject the last speaker, whom the next `seiner Meinung nach` means."""
    pointer = points_back(lex, text[sentence[0] : sentence[1]])
    if pointer is None:
        return None
    at = sentence[0] + pointer.verb.start()
    low, high = (sentence[0] + bound for bound in pointer.speaker)
    return _Found("act", at, at, pointer.verb.group(0), at, [_wide_after(text, low, high)])


def _act(
    text: str, lex: Lexicon, sentence: Span, spoken: list[int], inside: list[Span]
) -> _Found | None:
    """`Olaf Scholz weist auf die neuen Risiken hin.`: a sentence with a speech verb but no
    quotation makes its subject the last speaker, whom reported speech in the sentences after
    it goes on quoting (`Dazu gehöre …`, `So gewonnene Daten seien „…“`) — only a subject that
    names someone (`named_only`): most such verbs have no speaker for a subject (`Die Zahlen
    zeigen …`). Not a naming verb (`… intern Wumms genannt`), nor one inside a direct
    quotation (`„… Die Polizei teilte mir mit …“`), which is what its speaker says."""
    if any(sentence[0] <= at < sentence[1] for at in spoken):
        return None
    segment = text[sentence[0] : sentence[1]]
    for token in words(segment):
        at, end = sentence[0] + token.start(), sentence[0] + token.end()
        if _within(at, inside) or lex.is_naming(token.group(0)):
            continue
        if _reporting(lex, segment, token):
            subjects = _subjects(text, lex, sentence, at, end)
            return _Found("act", at, at, token.group(0), at, subjects, named_only=True)
    return None


def _sentence(sentences: list[Span], starts: list[int], pos: int) -> Span:
    return sentences[sentence_index(starts, pos)]


def _covered(sentence: Span, spans: list[Span]) -> bool:
    return any(s <= sentence[0] + 1 and sentence[1] - 1 <= e for s, e in spans)


# --------------------------------------------------------------------------- direct speech


def _direct(
    doc: Document,
    lex: Lexicon,
    q: Quoted,
    sentences: list[Span],
    starts: list[int],
    persons: list[Named],
) -> _Found | None:
    text = doc.text
    content = text[q.start : q.end].strip()
    if not content:
        return None
    close = q.close_at if q.close_at is not None else q.end
    after_end = _sentence(sentences, starts, close)[1]
    if q.dash:
        newline = text.find("\n", q.end)
        after_end = newline if newline != -1 else len(text)
    after = (close + 1, max(after_end, close + 1))
    before = (_sentence(sentences, starts, q.open_at)[0], q.open_at)
    after_cue = _cue_after(text, lex, after)
    cue = _better_cue(text, lex, after_cue, _cue_before(text, lex, before))
    if cue is not None and _clause_after(lex, cue):
        cue = _governing_cue(text, lex, before) or cue
    if cue is None:
        sentence = (before[0], after[1])
        cue = _cue_of_sentence(text, lex, sentence, (q.open_at, close + 1), persons)
    short = len(content.split()) < MIN_QUOTE_WORDS
    loose = short or cue is None or not cue.adjacent
    if loose and _named(text, lex, q, governed=not short and cue is not None):
        return None
    if loose and (
        _looks_like_a_name(content, lex, _unspoken(text, lex, after_cue or cue, before))
        or _foreign(content, lex)
    ):
        return None
    if short and cue is None:
        return None
    if cue is None and _in_parentheses(text, before):
        if _after_person(text, persons, before[1]) and not SENTENCE_END.search(content):
            return None  # `Regisseur Wolfgang Petersen („Das Boot ist voll“)`: a title
        cue = _parenthesised(text, before)
    if cue is None:
        opens_sentence = not text[before[0] : q.open_at].strip()
        return _Found("direct", q.start, q.end, None, q.start, [], opens_sentence)
    subjects = cue.subjects
    if not cue.subjunctive and not any(low < high for low, high in subjects):
        # `X hatte die Zustimmung „…“ bekanntgegeben.`: the verb closes a clause whose subject
        # stands before the quotation
        subjects = [_stretch_before(text, before[0], before[1])]
    return _Found(
        "direct",
        q.start,
        q.end,
        cue.word,
        cue.at,
        subjects,
        False,
        cue.subjunctive,
        cue.adjacent,
    )


def _in_parentheses(text: str, before: Span) -> bool:
    """Whether a quotation opens parentheses right after a word (`X („…“)`)."""
    return re.search(r"\w\s*\(\s*$", text[before[0] : before[1]]) is not None


def _after_person(text: str, persons: list[Named], mark: int) -> bool:
    """Whether the parenthesis before a quotation's mark follows a person's name at once."""
    paren = text.rfind("(", 0, mark)
    return any(0 <= paren - end <= 1 and not text[end:paren].strip() for _, end, _ in persons)


def _parenthesised(text: str, before: Span) -> _Cue:
    """`der Leiter der IAEA, Mohammed ElBaradei („Mir fällt niemand ein …“)`: a quotation in
    parentheses right after a name is what the one named last said — when it ends like a
    sentence (the caller checks); a title does not (`Regisseur Wolfgang Petersen („Das Boot
    ist voll“)`) and is no quotation."""
    segment = text[before[0] : before[1]]
    paren = before[0] + segment.rstrip().rfind("(")
    return _Cue("(", paren, [_clause_before(text, before[0], paren)], adjacent=False)


def _named(text: str, lex: Lexicon, q: Quoted, governed: bool) -> bool:
    """`der Film „…“`, `des Magazins „…“`, `bekannt als „…“`: a naming word right before a
    quotation makes it a title; `als` only when no speech cue governs the quotation
    (`bezeichnete die Lage als „…“` is speech)."""
    floor = max(0, q.open_at - 40)
    before = words(text[floor : q.open_at])
    if not before or text[floor + before[-1].end() : q.open_at].strip(" \t:"):
        return False  # the naming word stands right before the mark (or its colon)
    word = before[-1].group(0)
    return lex.is_naming(word) and not (governed and word.casefold() in lex.predicative)


def _foreign(content: str, lex: Lexicon) -> bool:
    """`„Deus caritas est“`, `„Have a nice day“`: a phrase in another language (one of its
    function words, none of ours) that does not end a sentence is a title, not a quotation of
    what someone here said."""
    if content.rstrip().endswith((".", "!", "?", "…")):
        return False
    tokens = {t.group(0).casefold() for t in words(content)}
    return bool(tokens & lex.foreign) and not tokens & lex.function_words


def _better_cue(text: str, lex: Lexicon, after: _Cue | None, before: _Cue | None) -> _Cue | None:
    """The cue after a quotation, unless it names its speaker only by a pronoun, or names
    nobody (`weiter hieß es`), and a cue before it names them (`X sagte gegenüber der ARD: „…“,
    betont sie.`, `X schrieb bei Twitter: „…“, weiter hieß es, …`)."""
    if after is None or before is None:
        return after or before
    subject = next(((a, b) for a, b in after.subjects if a < b), None)
    if subject is None:
        return before
    head = [w.group(0).casefold() for w in words(text[subject[0] : subject[1]])]
    unnamed = set(lex.pronouns) | lex.expletives | lex.fronted
    return before if head and all(w in unnamed for w in head) else after


def _clause_after(lex: Lexicon, cue: _Cue) -> bool:
    """Whether a cue after the quotation belongs to a clause of its own rather than to the
    quotation: a verb after a coordinator (`nannte sie „fahrlässig“ und verwies auf …`), or in
    German, where the verb comes before its subject (`„…“, sagte X`), one after its own subject
    (`nannte seinen Platzverweis „überzogen“, Joachim Löw bezeichnete …`)."""
    return cue.coordinated or (cue.own_clause and not lex.subject_first)


def _governing_cue(text: str, lex: Lexicon, before: Span) -> _Cue | None:
    """A cue verb before the quotation in its own clause (`Der Hauptgeschäftsführer nannte sie
    „fahrlässig“`), which governs it when the cue after it starts another clause."""
    start = _last_boundary(text, CLAUSE_BOUNDARY, before[0], before[1])
    segment = text[start : before[1]]
    for token in reversed(words(segment)[-GOVERNING_WORDS:]):
        at, end = start + token.start(), start + token.end()
        if is_cue(lex, segment, token):
            return _Cue(token.group(0), at, _subjects(text, lex, before, at, end))
    return None


def _unspoken(text: str, lex: Lexicon, cue: _Cue | None, before: Span) -> bool:
    """Whether no speech verb stands next to the quotation or in its clause before it: then
    a capitalised noun phrase in it (`den „Rat für nationale Sicherheit“`) is a name, while
    after a verb (`würdigte … Einsatz zur „Stärkung der internationalen Diplomatie“`) it is
    what was said."""
    return cue is None or not (cue.adjacent or _governing_cue(text, lex, before) is not None)


def _looks_like_a_name(content: str, lex: Lexicon, unspoken: bool = False) -> bool:
    """`„Mozilla Firefox“`, `„Reporter ohne Grenzen“`, `„news.bbc.co.uk“`: capitalised words
    (joined by connectors such as `of`, `für`, `de`, and where nobody `unspoken` is said to
    speak, adjectives before nouns) or a web address. Speech ends a sentence or has a
    lower-case word that is not a connector."""
    if content.rstrip().endswith((".", "!", "?")):
        return False
    if NAMEISH.match(content) or DOMAIN.match(content):
        return True
    return _title_case(lex, content, adjectives=unspoken)


def _title_case(lex: Lexicon, content: str, adjectives: bool) -> bool:
    """Capitalised from its first word on, every word but the connectors, at least two of them:
    a title or the name of an organisation rather than a fragment of speech."""
    tokens = [t.group(0) for t in words(content)]
    capitalised = [t for t in tokens if _capitalised(t)]
    starts_capitalised = bool(tokens) and tokens[0] in capitalised
    return (
        starts_capitalised
        and len(capitalised) >= 2
        and all(_title_word(lex, tokens, index, adjectives) for index in range(len(tokens)))
    )


def _capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


def _title_word(lex: Lexicon, tokens: list[str], index: int, adjectives: bool) -> bool:
    """A word a title may have: capitalised, a connector, or with `adjectives` in German an
    inflected adjective before a capitalised noun (`Rat für nationale Sicherheit`, `Woche des
    verbotenen Buches`)."""
    token = tokens[index]
    if _capitalised(token) or token.casefold() in lex.connectors:
        return True
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return (
        adjectives
        and lex.language == "de"
        and token.endswith(ADJECTIVE_ENDINGS)
        and _capitalised(following)
        and index > 0
    )


def _cue_after(text: str, lex: Lexicon, span: Span) -> _Cue | None:
    """`“, betonte Musaev .`, `," he said`, `," said Smith`, `, so X`."""
    segment = text[span[0] : span[1]]
    if not re.match(r"^[\s,.!?…:;–—-]*\w", segment) or re.match(r"^[^\w\n]*\n", segment):
        return None
    tokens = words(segment)
    passive = bool(tokens) and tokens[0].group(0).casefold() in lex.passive
    window = len(tokens) if passive else CUE_WINDOW_WORDS
    for index, token in enumerate(tokens[:window]):
        word = token.group(0)
        following = tokens[index + 1 : index + 2]
        if word.casefold() in lex.so and following and is_cue(lex, segment, following[0]):
            continue  # `„…“, so heißt es in …`: the verb is the cue
        if is_cue(lex, segment, token) or word.casefold() in lex.so:
            at = span[0] + token.start()
            verb_end = span[0] + token.end()
            after = _subject_after(text, lex, verb_end, span[1])
            wide = _wide_after(text, verb_end, span[1])
            between = text[span[0] + tokens[0].start() : at] if index else ""
            own = index > 0 and not passive and word.casefold() not in lex.so
            coordinated = own and tokens[index - 1].group(0).casefold() in lex.coordinators
            if index == 0 or word.casefold() in lex.so:
                return _Cue(word, at, [after, wide], own_clause=own, coordinated=coordinated)
            if "," in between and not passive:
                # `„…“ sei, hatte Koch-Mehrin damals gesagt`: a subject may stand between the
                # clause's comma and a final verb
                head = _trim(text, at - len(between) + between.rfind(",") + 1, at)
                subjects = [after, wide]
                if not _fronted_only(lex, text[head[0] : head[1]]):
                    subjects.insert(0, head)
                return _Cue(word, at, subjects, own_clause=own, coordinated=coordinated)
            before = (span[0] + tokens[0].start(), span[0] + tokens[index - 1].end())
            return _Cue(word, at, [before, after, wide], own_clause=own, coordinated=coordinated)
    return None


def _fronted_only(lex: Lexicon, stretch: str) -> bool:
    """`…, so heißt es`: words that open a clause without being its subject, or none."""
    return all(w.group(0).casefold() in lex.fronted for w in words(stretch))


def _cue_before(text: str, lex: Lexicon, span: Span) -> _Cue | None:
    """`X erklärte: „…“`, `Steinbrück: „…“`, `X said, "…"`."""
    segment = text[span[0] : span[1]]
    if not re.search(r"[:,]\s*$", segment):
        return None
    tokens = words(segment)
    for token in reversed(tokens[-CUE_BEFORE_WORDS:]):
        at, end = span[0] + token.start(), span[0] + token.end()
        if _reporting(lex, segment, token):
            return _Cue(token.group(0), at, _subjects(text, lex, span, at, end))
        if token.group(0).casefold() in lex.so and text[span[0] : at].rstrip().endswith(","):
            # `…, so Gall, „…“`
            return _Cue(token.group(0), at, [_subject_after(text, lex, end, span[1])])
    if re.search(r"\w\s*:\s*$", segment) and tokens:
        colon = span[0] + segment.rstrip().rfind(":")
        far = _far_cue(text, lex, span, tokens[:-CUE_BEFORE_WORDS])
        if far is not None:
            return far
        # no verb says it is speech (`mit dem Titel: „…“`), so names and titles are checked
        if _reported(text, lex, (span[0], colon)):
            return _Cue(":", colon, [], subjunctive=True, adjacent=False)
        return _Cue(":", colon, [_stretch_before(text, span[0], colon)], adjacent=False)
    return None


def _far_cue(text: str, lex: Lexicon, span: Span, tokens: list[re.Match[str]]) -> _Cue | None:
    """`Renate Schmidt äußerte Vorbehalte und wagte die Prognose, bei der Kanzlerwahl würden
    nicht alle für sie stimmen: „…“`: the speech verb of a sentence that announces a quotation
    with a colon may stand far before it. Not adjacent, so names and titles are still checked."""
    segment = text[span[0] : span[1]]
    for token in reversed(tokens):
        if _reporting(lex, segment, token):
            at, end = span[0] + token.start(), span[0] + token.end()
            return _Cue(token.group(0), at, _subjects(text, lex, span, at, end), adjacent=False)
    return None


def _reported(text: str, lex: Lexicon, stretch: Span) -> bool:
    """`Die Pflichten seien im Vertrag klar festgelegt: „…“`: a sentence before a colon whose
    first clause is in the subjunctive, with no speech verb nor quotation of its own, goes on
    with the reported speech before it."""
    segment = text[stretch[0] : stretch[1]]
    if QUOTE_MARKS.search(segment):
        return False
    if any(is_cue(lex, segment, t) for t in words(segment)):
        return False
    first = words(segment.split(",", 1)[0])
    return any(w.group(0).casefold() in lex.subjunctive for w in first)


def _cue_of_sentence(
    text: str, lex: Lexicon, sentence: Span, quote: Span, persons: list[Named]
) -> _Cue | None:
    """A quoted fragment inside reported speech takes that speech's cue and speaker:
    `… unterstrich, dass es „klüger“ sei`, `Nach Angaben einer Gewerkschaft sollen „…“`."""
    source = _nearest_source(text, lex, (sentence[0], quote[0]))
    if source is not None:
        return source
    reported = _indirect(text, lex, sentence, [], persons)
    if (
        reported is not None
        and reported.cue is not None
        and not quote[0] <= reported.cue_at < quote[1]
    ):
        return _Cue(reported.cue, reported.cue_at, reported.subjects, adjacent=False)
    segment = text[sentence[0] : sentence[1]]
    for token in words(segment):
        at = sentence[0] + token.start()
        if quote[0] <= at < quote[1]:
            continue
        word = token.group(0)
        if is_cue(lex, segment, token):
            end = sentence[0] + token.end()
            return _Cue(word, at, _subjects(text, lex, sentence, at, end), adjacent=False)
        if word.casefold() in lex.subjunctive:
            holder = _viewpoint(text, lex, (sentence[0], at))
            return _Cue(word, at, holder, subjunctive=True, adjacent=False)
    return None


def _nearest_source(text: str, lex: Lexicon, head: Span) -> _Cue | None:
    """`Nach Angaben von X soll es sich um Y handeln, die nach Bewertung von Z „…“ hergibt`:
    of the source phrases before a quoted fragment, the last one introduces it; here also
    those that elsewhere mostly say when (`nach der Ankündigung`)."""
    segment = text[head[0] : head[1]]
    found = [
        (match.start(), match.end(), phrase)
        for phrase in lex.according_to + lex.fragment_sources
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", segment, re.IGNORECASE)
    ]
    if not found:
        return None
    start, end, phrase = max(found)
    at = head[0] + start
    if phrase == "zufolge":
        subject = _clause_before(text, head[0], at)
    else:
        subject = _with_apposition(text, _subject_after(text, lex, head[0] + end, head[1]))
    return _Cue(segment[start:end], at, [subject], adjacent=False)


def _viewpoint(text: str, lex: Lexicon, head: Span) -> list[Span]:
    """`Für den Theologen Hans Küng sei der Rücktritt „…“`: subjunctive speech in a sentence
    that opens with `für X` gives X's view, so X is its speaker."""
    tokens = words(text[head[0] : head[1]])
    if len(tokens) < 2 or tokens[0].group(0).casefold() not in lex.viewpoint:
        return []
    return [(head[0] + tokens[1].start(), head[0] + tokens[-1].end())]


# --------------------------------------------------------------------------- subjects


def _clause_before(text: str, floor: int, at: int) -> Span:
    """The nearest non-empty stretch before `at` that no clause boundary cuts."""
    end = at
    while end > floor:
        cut = _last_boundary(text, CLAUSE_BOUNDARY, floor, end)
        if text[cut:end].strip():
            return _trim(text, cut, end)
        end = cut - 1
    return (at, at)


def _subject_after(text: str, lex: Lexicon, start: int, limit: int) -> Span:
    """Words after a verb up to punctuation, a preposition or a particle."""
    end = _end(text, SUBJECT_END, start, limit)
    kept: list[re.Match[str]] = []
    for token in words(text[start:end])[:MAX_SUBJECT_WORDS]:
        if token.group(0).casefold() in lex.stops and kept and not _attribute(lex, kept):
            break
        if token.group(0).casefold() not in lex.stops:
            kept.append(token)
    if not kept:
        return (start, start)
    return (start + kept[0].start(), start + kept[-1].end())


def _attribute(lex: Lexicon, kept: list[re.Match[str]]) -> bool:
    """`schrieb die in New York geborene Lopez`: an article followed at once by a preposition
    opens an attribute; the subject goes on to the noun after it."""
    return len(kept) == 1 and kept[0].group(0).casefold() in lex.determiners


def _with_apposition(text: str, subject: Span) -> Span:
    """`laut dem Chefankläger des Strafgerichts, Luis Moreno Ocampo, …`: the name set off by
    commas right after a described source belongs to it."""
    after = text[subject[1] : subject[1] + APPOSITION_CHARS]
    apposition = APPOSITION.match(after)
    if subject[0] >= subject[1] or apposition is None:
        return subject
    return (subject[0], subject[1] + apposition.end(1))


def _stretch_before(text: str, floor: int, at: int) -> Span:
    """Back from `at` to a strong boundary: a subject with its appositions."""
    return _trim(text, _last_boundary(text, STRONG_BOUNDARY, floor, at), at)


def _last_boundary(text: str, boundary: re.Pattern[str], floor: int, end: int) -> int:
    """Where the last boundary before `end` ends; the marks around a short quoted name
    (`wird von der „Netzeitung“ zitiert`) are part of the clause, not boundaries."""
    names = [m.span() for m in QUOTED_NAME.finditer(text, floor, end)]
    cuts = (m.end() for m in boundary.finditer(text, floor, end))
    return max((c for c in cuts if not any(a < c <= b for a, b in names)), default=floor)


def _subjects(text: str, lex: Lexicon, clause: Span, verb_at: int, verb_end: int) -> list[Span]:
    """Before the verb first, unless what stands first is no subject (`So warnten Vertreter`)
    or a clause ends right before the verb (`Nachdem …, sagte Scholz`) — not a name set off as
    an apposition (`Der Vorsitzende von ver.di, Frank Bsirske, würdigte`)."""
    nearest = _clause_before(text, clause[0], verb_at)
    before = _past_other_cue(text, lex, _stretch_before(text, clause[0], verb_at))
    if before[0] >= before[1]:
        before = nearest
    after = _subject_after(text, lex, verb_end, clause[1])
    first = [w.group(0) for w in words(text[nearest[0] : nearest[1]])]
    fronted = not first or first[0].casefold() in lex.fronted and not _noun_phrase(lex, first)
    comma_before_verb = text[clause[0] : verb_at].rstrip().endswith(",") and not (
        before[0] < nearest[0] and NAMEISH.match(text[nearest[0] : nearest[1]])
    )
    wide = _wide_after(text, verb_end, clause[1])
    return [after, before, wide] if fronted or comma_before_verb else [before, after, wide]


def _past_other_cue(text: str, lex: Lexicon, stretch: Span) -> Span:
    """`X wies diese Behauptung zurück, die Sprecherin …, Y, erklärte:`: a stretch before a
    verb that holds another speech clause starts after that clause (its first comma), so the
    speaker of the one does not stand in for the other's. Not when what is left names nobody
    (`X zitiert eine Stelle, in der davon berichtet wird`: a relative clause) or ends in `zu`
    (`fordern X auf, die Abgeordneten zu bitten`: an infinitive has no subject of its own)."""
    segment = text[stretch[0] : stretch[1]]
    for token in reversed(words(segment)):
        if not is_cue(lex, segment, token):
            continue
        comma = text.find(",", stretch[0] + token.end(), stretch[1])
        rest = words(text[comma + 1 : stretch[1]]) if comma != -1 else []
        if any(_capitalised(w.group(0)) for w in rest) and rest[-1].group(0) not in lex.infinitive:
            return _trim(text, comma + 1, stretch[1])
        return stretch
    return stretch


def _wide_after(text: str, start: int, limit: int) -> Span:
    """After the verb up to the clause's end, appositions included (`erzählt ehemaliger Chef
    des Komitees, General Alnur Musaev, auf Espresso`): searched for names only."""
    return _trim(text, start, _end(text, WIDE_END, start, limit))


def _end(text: str, boundary: re.Pattern[str], start: int, limit: int) -> int:
    """Where a subject read from `start` ends: at the first boundary that does not open a
    short quoted name (which belongs to the subject)."""
    while (stop := boundary.search(text, start, limit)) is not None:
        name = QUOTED_NAME.match(text, stop.start(), limit)
        if name is None:
            return stop.start()
        start = name.end()
    return limit


def _trim(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    return (start + len(piece) - len(piece.lstrip()), end - (len(piece) - len(piece.rstrip())))


# --------------------------------------------------------------------------- indirect speech


def _indirect(
    text: str, lex: Lexicon, sentence: Span, direct: list[_Found], persons: list[Named]
) -> _Found | None:
    """One per sentence; `persons` are where people are named (`_final_cue`)."""
    start, end = sentence
    segment = text[start:end]
    for phrase in lex.opinion:
        opinion = find_phrase(phrase, segment, whole_words=False)
        if opinion is not None:
            at = opinion.start()
            head = words(segment[:at])
            subject = (start + head[-1].start(), start + head[-1].end()) if head else (start, start)
            return _Found("indirect", start, end, opinion.group(0), start + at, [subject])
    for phrase in lex.according_to:
        match = find_phrase(phrase, segment)
        if match is None:
            continue
        at = start + match.start()
        if phrase == "zufolge":
            subject = _clause_before(text, start, at)
        else:
            subject = _with_apposition(text, _subject_after(text, lex, start + match.end(), end))
        return _Found("indirect", start, end, segment[match.start() : match.end()], at, [subject])
    cues = {f.cue_at for f in direct if f.adjacent}
    return _indirect_by_verb(text, lex, sentence, cues, persons)


def _indirect_by_verb(
    text: str, lex: Lexicon, sentence: Span, direct_cues: set[int], persons: list[Named]
) -> _Found | None:
    """`X sagte, dass …` / `X said (that) …`, or `…, sagte X.` at the end."""
    start, end = sentence
    segment = text[start:end]
    if segment.lstrip()[:1] in QUOTE_OR_CONTINUATION:
        return None
    tokens = words(segment)
    complementisers = "|".join(map(re.escape, lex.complementisers))
    opens_clause = re.compile(
        rf"^(?:\s*[\w-]+){{0,4}}?\s*(?:,|(?=\s*(?:{complementisers})\b))", re.IGNORECASE
    )
    for index, token in enumerate(tokens):
        at = start + token.start()
        if not is_cue(lex, segment, token) or any(abs(at - c) < 2 for c in direct_cues):
            continue
        if lex.is_naming(token.group(0)) or _subordinate(lex, segment[: token.start()]):
            continue  # `kurz „PACs“ genannt, …`, `…, dass er eine Person findet, …`
        if index == 0 and len(tokens) > 1 and tokens[1].group(0) in IMPERATIVE_SUBJECTS:
            continue  # `Erinnern Sie sich daran, dass …` addresses the reader
        verb_end = start + token.end()
        opening = opens_clause.match(segment[token.end() :])
        if opening and segment[token.end() + opening.end() :].strip(" ,.;"):
            content = verb_end + opening.end()
            subjects = _subjects(text, lex, (start, content), at, verb_end)
            return _Found("indirect", content, end, token.group(0), at, subjects)
        head = segment[: token.start()].rstrip()
        tail = segment[token.end() :]
        if _final_cue(head, index, _named_pieces(head, start, persons)) and _short_tail(tail):
            subject = _subject_after(text, lex, verb_end, end)
            return _Found("indirect", start, start + len(head) - 1, token.group(0), at, [subject])
        comma = head.rfind(",")
        named_before = head[comma + 1 :].split() if comma != -1 else []
        content_words = len(head[:comma].split()) if comma != -1 else 0
        final_subject = lex.subject_first and 0 < len(named_before) <= MAX_FINAL_SUBJECT_WORDS
        if final_subject and content_words >= MIN_CLAUSE_WORDS and _short_tail(tail):
            subject = _trim(text, start + comma + 1, at)  # `The deal is dead, Lavrov told …`
            return _Found("indirect", start, start + comma, token.group(0), at, [subject])
    final_so = FINAL_SO[lex.language].search(segment) if lex.so else None
    if final_so is not None and index_of(segment, final_so.start()) >= MIN_CLAUSE_WORDS:
        at = start + final_so.start(1)
        subject = _subject_after(text, lex, start + final_so.end(1), end)
        return _Found("indirect", start, start + final_so.start(), final_so.group(1), at, [subject])
    return None


def _final_cue(head: str, index: int, named: list[bool]) -> bool:
    """`Die Lage sei ernst, sagte X.`: a verb after a comma that closes what was said; not
    after a name set off as an apposition (`Die Politikerin der Grünen, Anja Hajduk,
    kritisierte …`) nor after a name with its apposition opening the sentence (`Sadiq Khan,
    einer der Abgeordneten, verurteilte …`): that name is the subject of the verb. `named`
    tells of each comma-separated piece of `head` whether it is a person's name (all German
    nouns are capitalised, so `Die Regierung, die …, habe versagt, sagte X` is speech)."""
    if not head.endswith(",") or index < MIN_CLAUSE_WORDS:
        return False
    if len(named) < 2:
        return True
    return not (named[0] or named[-1])


def _named_pieces(head: str, start: int, persons: list[Named]) -> list[bool]:
    """Of each comma-separated piece of `head` (at `start` in the text), whether it is a
    person's name: capitalised words (`Anja Hajduk`, `Minister Olaf Scholz`), a person named
    among them."""
    named: list[bool] = []
    for piece in re.finditer(r"[^,]+", head.rstrip(",")):
        low, high = _trim(head, piece.start(), piece.end())
        person = any(a < start + high and start + low < b for a, b, _ in persons)
        named.append(person and NAMEISH.match(head[low:high]) is not None)
    return named


def _reporting(lex: Lexicon, segment: str, token: re.Match[str]) -> bool:
    """A speech verb in a main clause of `segment` (not `…, dass er eine Person findet`)."""
    return is_cue(lex, segment, token) and not _subordinate(lex, segment[: token.start()])


def _subordinate(lex: Lexicon, head: str) -> bool:
    """Whether a verb after `head` stands in a clause opened by a subordinator (`…, dass
    dieses eine Person findet`): such a clause is what is said, its verb is no cue."""
    clause = words(head[head.rfind(",") + 1 :])
    return bool(clause) and clause[0].group(0).casefold() in lex.subordinators


def _short_tail(tail: str) -> bool:
    """After a final cue only the speaker follows: `…, sagte der Minister am Montag.`"""
    return len(tail.split()) <= MAX_SUBJECT_WORDS and not re.search(r"[:„“\"»«]", tail)


def index_of(segment: str, position: int) -> int:
    return len(segment[:position].split())


# --------------------------------------------------------------------------- speakers


def _with_speakers(
    doc: Document,
    lex: Lexicon,
    found: list[_Found],
    inside: list[Span],
    sentences: list[Span],
    people: list[Named],
) -> list[Quote]:
    starts = [s for s, _ in sentences]
    quotes: list[Quote] = []
    last: tuple[str, int] | None = None  # speaker entity id, sentence index
    described: tuple[str, int] | None = None  # a speaker known only by description
    previous_end = 0  # the sentence the last quotation ends in
    for item in found:
        sentence = bisect.bisect_right(starts, item.start) - 1
        recent = last[0] if last and sentence - last[1] <= SPEAKER_MEMORY else None
        ends_in = bisect.bisect_right(starts, max(item.start, item.end - 1)) - 1
        speaker, speaker_text = _speaker(doc, lex, item, inside, recent, people)
        if speaker is None and (item.subjunctive or (item.kind == "direct" and item.cue is None)):
            # reported speech going on, or a quotation with no cue of its own
            context = _Context(doc, lex, sentences, inside, sentence, ends_in)
            speaker, speaker_text = _inherited(context, item, last, described) or (
                recent,
                speaker_text,
            )
        previous = quotes[-1] if quotes else None
        near = sentence - previous_end <= CONTINUATION_SENTENCES
        if item.continues and speaker is None and previous and previous.kind == "direct" and near:
            speaker, speaker_text = previous.speaker, previous.speaker_text
        if speaker is not None:
            last = (speaker, ends_in)
        elif item.named_only:
            continue
        elif speaker_text and (_descriptive(lex, speaker_text) or _impersonal(lex, item.cue)):
            described = (speaker_text, ends_in)  # `ein Sprecher`, `in der Erklärung heißt es`
        if item.kind == "act":
            continue
        previous_end = ends_in
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                kind=item.kind,  # type: ignore[arg-type]
                text=doc.text[item.start : item.end].strip(),
                start=item.start,
                end=item.end,
                speaker=speaker,
                speaker_text=speaker_text,
                cue=item.cue,
            )
        )
    return quotes


def _speaker(
    doc: Document,
    lex: Lexicon,
    item: _Found,
    inside: list[Span],
    recent: str | None,
    people: list[Named],
) -> tuple[str | None, str | None]:
    subjects = [(low, high) for low, high in item.subjects if low < high]
    if not subjects:
        return None, None
    low, high = subjects[0]
    head = words(doc.text[low:high])
    introduced = len(head) > 1 and head[0].group(0).casefold() in lex.indefinite
    if introduced and role_form(head[1].group(0), doc.language) is not None:
        return None, _up_to_comma(doc.text[low:high])  # `Ein Sprecher des Senders, …`
    quoted = [*inside, (item.start, item.end)] if item.kind == "direct" else inside
    for label in ("PER", "ORG"):
        for span_start, span_end in subjects:
            named = [
                (m.start, m.end, entity.id)
                for entity in doc.entities
                if entity.label == label
                for m in entity.mentions
                if m.start < span_end
                and span_start < m.end
                and not _within(m.start, quoted)
                and not _after_preposition(doc.text, lex, span_start, m.start)
                and not _possessor(doc.text, m, entity.name)
                and not (label != "PER" and _of_role(doc, m.start))
            ]
            if named:
                start, end, entity_id = min(_holders(doc, named))
                return entity_id, doc.text[start:end]
    if _impersonal(lex, item.cue):
        return None, _document_named(doc.text, lex, subjects)
    if all(w.group(0).casefold() in lex.fronted for w in head):
        return recent, None
    for index, token in enumerate(head):
        word, at = token.group(0), low + token.start()
        key = word.casefold()
        if (key in lex.pronouns or key in lex.possessives) and index < PRONOUN_WORDS:
            if _unnamed_before(doc, lex, at, key, people):
                return None, word
            subject = _last_subject(doc, lex, at, quoted, key, people)
            return subject or recent or _last_person(people, at, quoted), word
        role = named_role(word, [t.group(0) for t in head[index + 1 :]], doc.language)
        if role is not None:
            holder = None if _plural(doc, item.cue) else _with_role(doc, role, at)
            return holder, doc.text[low:high]
    if recent is not None and _subjunctive_cue(lex, item.cue):
        return recent, None
    described = (doc.text[a:b] for a, b in subjects)
    return None, next((t for t in described if _descriptive(lex, t)), doc.text[low:high])


def _holders(doc: Document, named: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`сказал пресс-секретарь Путина Дмитрий Песков`, `sagte Merkels Sprecher Steffen Seibert`:
    a name followed by another name, with nothing or one role word between, is the genitive of
    that role (whose spokesman); the second name holds the role and speaks."""
    followed = {
        (start, end, entity)
        for start, end, entity in named
        for later, _, other in named
        if other != entity and later >= end and _role_or_nothing(doc, doc.text[end:later])
    }
    return [n for n in named if n not in followed] or named


def _of_role(doc: Document, start: int) -> bool:
    """`добавил глава МИД`: in Russian and Ukrainian a body right after a lower-case role noun
    (or one opening the sentence) is the role's genitive (whose head); the role's holder
    speaks, not the body."""
    if doc.language not in CASED:
        return False
    previous = doc.text[max(0, start - ROLE_WORD_CHARS) : start]
    found = previous.split()
    if not found or not previous.endswith(" "):
        return False
    opening = len(found) == 1 or found[-2].endswith((".", "!", "?"))
    return role_of_genitive(found[-1], opening, doc.language)


def _role_or_nothing(doc: Document, between: str) -> bool:
    found = between.split()
    if "\n" in between or len(found) > 1:
        return False
    return not found or role_form(found[0], doc.language) is not None


def _plural(doc: Document, cue: str | None) -> bool:
    """`Die Außenminister Frankreichs, Italiens und Österreichs erklärten`, `министры
    заявили`: a role noun with a verb in the plural names several holders, not the one
    holder of that role named before."""
    endings = PLURAL_VERB_ENDINGS.get(doc.language or "")
    return cue is not None and endings is not None and cue.casefold().endswith(endings)


def _subjunctive_cue(lex: Lexicon, cue: str | None) -> bool:
    """`Die Studie zeige in Wahrheit, „dass …“`: a German cue verb in the subjunctive (`zeige`,
    not `zeigt` nor the past `zeigte`) is itself reported, so a subject that names nobody is
    what the last speaker spoke of, not who speaks."""
    if cue is None or lex.language != "de" or lex.cue_verb(cue) is None:
        return False
    word = cue.casefold()
    return word.endswith("e") and not word.endswith("te") and word != lex.cue_verb(cue)


def _impersonal(lex: Lexicon, cue: str | None) -> bool:
    """`heißt es`: the cue names a document, not a speaker."""
    return cue is not None and lex.cue_verb(cue) in lex.impersonal


def _document_named(text: str, lex: Lexicon, subjects: list[Span]) -> str | None:
    """`heißt es in einer Erklärung`, `In der Pressemitteilung heißt es:`: an impersonal cue
    has no speaker but a document, named where it appeared (`auf der Homepage heißt es zur
    Begründung`), else in the widest stretch around it (without `es`)."""
    named: list[str] = []
    for low, high in sorted(subjects, key=lambda s: s[0] - s[1]):
        stretch = words(text[low:high])
        while stretch and stretch[0].group(0).casefold() in lex.expletives:
            stretch = stretch[1:]
        if stretch:
            named.append(text[low + stretch[0].start() : high])
    medium = (n for n in named if words(n)[0].group(0).casefold() in lex.media)
    return next(medium, named[0] if named else None)


def _introduced(context: _Context, sentence: Span) -> tuple[str, str] | None:
    """The person (else organisation) a sentence names first, outside quotations: who a
    quotation with no cue next to it is by (`Sadiq Khan … verurteilte die Haltung der
    Regierung. „…“`, `Die SPD will … festhalten. „Wir wollen …“`). A sentence that speaks of a
    person by pronoun (`wolle er der NATO überlassen`) names no organisation as the source."""
    doc, quoted = context.doc, context.quoted
    tokens = {w.group(0).casefold() for w in words(doc.text[sentence[0] : sentence[1]])}
    labels = ("PER",) if tokens & set(context.lex.pronouns) else ("PER", "ORG")
    for label in labels:
        mentions = [
            (m.start, m.end, e.id)
            for e in doc.entities
            if e.label == label
            for m in e.mentions
            if sentence[0] <= m.start < sentence[1] and not _within(m.start, quoted)
        ]
        if mentions:
            start, end, entity_id = min(mentions)
            return entity_id, doc.text[start:end]
    return None


def _possessor(text: str, mention: Mention, name: str) -> bool:
    """`würdigte damit Obamas Einsatz`: a name in the genitive before a noun owns the object
    (or the speaker, `Merkels Sprecher`) and is not the one who speaks."""
    last = mention.text.split()[-1] if mention.text.split() else ""
    if not last.endswith("s") or last in name.split():
        return False
    following = words(text[mention.end : mention.end + 40])
    return (
        bool(following)
        and text[mention.end : mention.end + following[0].start()] == " "
        and (following[0].group(0)[:1].isupper())
    )


def _after_preposition(text: str, lex: Lexicon, floor: int, at: int) -> bool:
    """`Gegenüber dem Tagesspiegel sagte der Linkspolitiker`, `schrieb im Magazin DER SPIEGEL`:
    a name governed by a preposition (in its own stretch, since the last comma) is where or to
    whom something was said, not who said it."""
    comma = text.rfind(",", floor, at)
    before = words(text[max(floor, comma + 1) : at])
    return any(w.group(0).casefold() in lex.prepositions for w in before)


def _inherited(
    context: _Context,
    item: _Found,
    last: tuple[str, int] | None,
    described: tuple[str, int] | None,
) -> tuple[str | None, str | None] | None:
    """Who a quotation without a cue, or reported speech cued only by the subjunctive, is by:
    the source the next sentence points back to (`„…“ Das sagte X.`); a speaker described
    (`ein Sprecher`) after the last named one; the last named one if they spoke in the
    sentence before; else whom the sentence before names (`X verurteilte die Haltung. „…“`).
    None leaves the last named speaker of the last few sentences."""
    sentence = context.first
    following = context.last + 1
    if item.cue is None and following < len(context.sentences):
        pointed = _points_back(context, context.sentences[following])
        if pointed is not None:
            return pointed
    if _inside_clause(item):
        own = _clause_subject(context, (context.sentences[sentence][0], item.start))
        if own is not None:
            return own
    if _more_recent(described, last) and described and sentence - described[1] <= SPEAKER_MEMORY:
        return None, described[0]
    if sentence and not (last and last[1] >= sentence - 1):
        return _introduced(context, context.sentences[sentence - 1])
    return None


def _inside_clause(item: _Found) -> bool:
    """A direct quotation within a sentence whose clause has no cue before it: none at all, or
    only a subjunctive after it (`X will „…“ prüfen, ob … solle`); a subjunctive before it
    (`Queensland sei …: „…“`) makes what precedes reported content, not a speaker."""
    return (
        item.kind == "direct"
        and not item.continues
        and (item.cue is None or item.cue_at > item.end)
    )


def _clause_subject(context: _Context, head: Span) -> tuple[str | None, str] | None:
    """`Auch der Sprecher der SPD, Dieter Wiefelspütz, will „…“ prüfen`: a quotation without a
    cue inside a sentence is by the person (else organisation) its sentence names before it,
    neither after a preposition nor as a possessor; else by the noun phrase opening the sentence
    (`Das Gericht kam zu dem Ergebnis, „…“`)."""
    doc, lex = context.doc, context.lex
    for label in ("PER", "ORG"):
        mentions = [
            (m.start, m.end, e.id)
            for e in doc.entities
            if e.label == label
            for m in e.mentions
            if head[0] <= m.start < head[1]
            and not _within(m.start, context.quoted)
            and not _after_preposition(doc.text, lex, head[0], m.start)
            and not _possessor(doc.text, m, e.name)
        ]
        if mentions:
            start, end, entity_id = min(mentions)
            return entity_id, doc.text[start:end]
    opening = _opening_noun_phrase(lex, doc.text[head[0] : head[1]])
    return (None, opening) if opening else None


def _opening_noun_phrase(lex: Lexicon, text: str) -> str | None:
    """`Das Gericht`, `Der Berliner Senat`, `Die bildungspolitische Sprecherin`: an article,
    at most two adjectives and the capitalised words after them, opening a clause."""
    tokens = words(text)
    if (
        not tokens
        or text[: tokens[0].start()].strip()
        or tokens[0].group(0).casefold() not in (lex.determiners)
    ):
        return None
    index = 1
    while index < min(len(tokens), 3) and tokens[index].group(0).endswith(ADJECTIVE_ENDINGS):
        if _capitalised(tokens[index].group(0)):
            break
        index += 1
    nouns = 0
    while index + nouns < len(tokens) and _capitalised(tokens[index + nouns].group(0)):
        nouns += 1
    if not nouns:
        return None
    return text[tokens[0].start() : tokens[index + nouns - 1].end()]


def _points_back(context: _Context, sentence: Span) -> tuple[str, str] | None:
    """`„Ja, es gibt Zumutungen“. Das musste Minister X einräumen.`: a sentence that opens with
    a word pointing back and says so with a speech verb names the source of the quotation
    before it (`Das Gericht wies die Klage ab` does not: `Das` is an article there)."""
    if points_back(context.lex, context.doc.text[sentence[0] : sentence[1]]) is None:
        return None
    return _introduced(context, sentence)


def _more_recent(described: tuple[str, int] | None, last: tuple[str, int] | None) -> bool:
    """Whether the last speaker known only by description spoke after the last named one."""
    return described is not None and (last is None or described[1] >= last[1])


def _descriptive(lex: Lexicon, speaker_text: str) -> bool:
    """`ein Sprecher des Ministeriums`, `die Polizei`: a speaker described by a noun phrase,
    neither named nor a pronoun, whom the reported speech that follows goes on quoting."""
    head = [w.group(0) for w in words(speaker_text)]
    if len(head) < 2 or len(head) > MAX_SUBJECT_WORDS:
        return False
    return _noun_phrase(lex, head) or any(role_form(w, lex.language) is not None for w in head)


def _noun_phrase(lex: Lexicon, head: list[str]) -> bool:
    """A subject's article and, after at most two adjectives, a capitalised noun: `die Polizei`,
    `Das staatliche sudanesische Fernsehen` (German nouns are capitalised; in English the
    article alone decides)."""
    if len(head) < 2 or head[0].casefold() not in lex.determiners:
        return False
    return lex.language != "de" or any(w[:1].isupper() for w in head[1:4])


def _up_to_comma(text: str) -> str:
    return text.split(",")[0].strip()


def _within(pos: int, spans: list[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _person_mentions(doc: Document) -> list[Named]:
    """Every mention of a person, (start, end, entity) in text order: read once per document,
    then bisected for each pronoun (`_started_before`)."""
    return sorted(
        (m.start, m.end, e.id) for e in doc.entities if e.label == "PER" for m in e.mentions
    )


def _started_before(people: list[Named], position: int) -> int:
    """How many of the mentions start before `position`."""
    return bisect.bisect_left(people, position, key=lambda named: named[0])


def _last_person(people: list[Named], before: int, quoted: list[Span]) -> str | None:
    """The person named last before `before`, outside quotations."""
    for start, end, entity in reversed(people[: _started_before(people, before)]):
        if end <= before and not _within(start, quoted):
            return entity
    return None


def _unnamed_before(
    doc: Document, lex: Lexicon, at: int, pronoun: str, people: list[Named]
) -> bool:
    """`Die Bodenoffensive wurde von einer Armeesprecherin bestätigt. Sie sagte, …`: a person
    the sentence before (or this one) brings in as its subject or agent by an indefinite
    article and a role noun (`Ein Sprecher …`, `von einer Sprecherin`), and whom no name
    follows, is who a pronoun of the noun's gender after stands for; that person has no name,
    so the pronoun names no speaker (not the outlet that spoke before). One brought in as an
    object (`Scholz traf einen Sprecher`) is not who the pronoun means."""
    sentences = doc.sentences or [(0, len(doc.text))]
    starts = [s for s, _ in sentences]
    index = sentence_index(starts, at)
    low = sentences[max(0, index - 1)][0]
    found = words(doc.text[low:at])
    introduced = [
        low + noun.end()
        for index, (article, noun) in enumerate(itertools.pairwise(found))
        if article.group(0).casefold() in lex.indefinite
        and role_form(noun.group(0), doc.language) is not None
        and _agrees(noun.group(0), pronoun, lex)
        and (
            (index > 0 and found[index - 1].group(0).casefold() in lex.agents)
            or _opens_sentence(doc, starts, low + article.start())
        )
    ]
    if not introduced:
        return False
    return _started_before(people, introduced[-1]) == _started_before(people, at)


def _agrees(noun: str, pronoun: str, lex: Lexicon) -> bool:
    """Whether a role noun may be what a pronoun stands for: `Sie` a `Sprecherin`, `er` a
    `Sprecher`, `she` a `spokeswoman`; a noun of neither form (`spokesperson`) may be either
    (lexicon `feminine`, `masculine` endings; with no masculine ones every noun not feminine
    is masculine, as German role nouns are)."""
    gender = lex.pronouns.get(pronoun) or lex.possessives.get(pronoun)
    key = noun.casefold()
    if key.endswith(lex.feminine):
        form = "f"
    elif key.endswith(lex.masculine) or (lex.feminine and not lex.masculine):
        form = "m"
    else:
        return True
    return gender not in ("m", "f") or form == gender


def _opens_sentence(doc: Document, starts: list[int], position: int) -> bool:
    """Whether only an opening quotation mark or nothing stands before `position` in its
    sentence (`Ein Sprecher sagte`)."""
    start = starts[sentence_index(starts, position)]
    return not doc.text[start:position].strip(" \n\"„“«‚'")


def _last_subject(
    doc: Document, lex: Lexicon, before: int, quoted: list[Span], pronoun: str, people: list[Named]
) -> str | None:
    """`Порошенко же после встречи с Путиным охарактеризовал … Он заявил`: where case marks
    the subject (Russian, Ukrainian), a pronoun stands for the person last named in the
    subject's case and the pronoun's gender outside quotations (`event_referents.last_subject`),
    who may have come up after the last speaker spoke; an oblique mention (`с Путиным`, or an
    indeclinable name after a preposition: `с Керри`) is none. Elsewhere None: the last
    speaker is meant."""
    if doc.language not in CASED:
        return None
    gender = lex.pronouns.get(pronoun) or lex.possessives.get(pronoun)
    candidates = (
        (start, end, entity)
        for start, end, entity in reversed(people[: _started_before(people, before)])
        if end <= before
        and not _within(start, quoted)
        and not any(
            w.group(0).casefold() in lex.prepositions
            for w in words(doc.text[max(0, start - ROLE_WORD_CHARS) : start])[-1:]
        )
    )
    return last_subject(candidates, doc.text, doc.language, gender)


def _with_role(doc: Document, role: str, at: int) -> str | None:
    """The entity with this role mentioned last before `at`; a role nobody had so far
    introduces someone new (`der Polizeisprecher`), so then nobody."""
    holders = [
        (m.start, e.id)
        for e in doc.entities
        if e.role and _same_role(e.role, role)
        for m in e.mentions
        if m.start < at
    ]
    return max(holders)[1] if holders else None


def _same_role(held: str, named: str) -> bool:
    """`der Minister` for the `Innenminister`: the role named in the text may be the head of
    the role held (German compounds end with their head), not the reverse — `der
    Bundespräsident` is not whoever is a `Präsident`, nor `der Polizeisprecher` a `Sprecher`.
    A short role is only itself (`мэр`, `CEO`)."""
    held, named = held.casefold(), named.casefold()
    return held == named or (held.endswith(named) and len(named) >= MIN_COMPOUND_ROLE)
