"""Quotations: direct and indirect speech, each with its cue and its speaker.

1. Direct quotations come from `quotation_marks`. One of fewer than `MIN_QUOTE_WORDS` words
   counts only inside speech (a cue in its sentence) and never when it reads as a name or
   title (`der Browser „Mozilla Firefox“`).
2. The cue is looked for after the quotation (`„…“, betonte Musaev`, `," he said`), before it
   (`X erklärte: „…“`, `Steinbrück: „…“`), then anywhere in its sentence (a fragment inside
   reported speech: `…, dass es politisch „klüger“ sei`).
3. Indirect speech, one per sentence: an opinion phrase (`Seiner Meinung nach …`), a source
   phrase (`laut X`, `X zufolge`, `according to X`), a cue verb opening a clause (`X sagte,
   dass …`, `X said (that) …`), or a cue at the end (`…, sagte X.`).
4. The subject of the cue names the speaker. Both stretches around the verb are candidates —
   before it (back to a strong boundary, appositions included: `Wolfgang Hürter, Vorsitzender
   von SWB, nennt`) and after it (`So warnten Vertreter …`, `betonte Musaev`) — in the order
   the clause suggests; the first with a named person (else organisation) wins. Else a pronoun
   or possessive (`er`, `seiner`) in the first: the last speaker if one spoke within
   `SPEAKER_MEMORY` sentences, else the last person named outside quotations; else a role noun
   (`der General`): the entity with that role. Reported speech cued only by the subjunctive
   (`…, seien „…“`) continues the last speaker, and so does a quotation with no cue at all. A
   quotation without a cue that opens a sentence right after another continues its speaker.
   Otherwise `speaker` is None and `speaker_text` keeps the subject as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsgraph.model import Document, Quote
from newsgraph.quotation_marks import Quoted, quotations
from newsgraph.roles import role_form
from newsgraph.speech import Lexicon, lexicon, words

MIN_QUOTE_WORDS = 4
# A cue verb stands this close to its quotation (words after the closing mark).
CUE_WINDOW_WORDS = 6
# The longest subject read after a verb.
MAX_SUBJECT_WORDS = 12
# A quotation without a cue opening a sentence this close after another continues its speaker.
CONTINUATION_SENTENCES = 2
# A pronoun refers to the last speaker if that one spoke this few sentences before.
SPEAKER_MEMORY = 4
NAMEISH = re.compile(r"^(?:[A-ZÄÖÜ0-9][\w.&'’-]*\s*)+$")
CLAUSE_BOUNDARY = re.compile(r"[,;:„“”\"»«()\n]|\s[–—]\s")
STRONG_BOUNDARY = re.compile(r"[;:„“”\"»«\n]|\s[–—]\s")
SUBJECT_END = re.compile(r"[.,;:!?()\n„“”\"»«]")
WIDE_END = re.compile(r"[.;:!?\n„“”\"»«]")
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


@dataclass
class _Cue:
    word: str
    at: int
    subjects: list[Span]
    subjunctive: bool = False
    adjacent: bool = True


def find_quotes(doc: Document) -> Document:
    """The pipeline stage: fills `doc.quotes`."""
    lex = lexicon(doc.language)
    if lex is None or not doc.text:
        return doc
    sentences = doc.sentences or [(0, len(doc.text))]
    starts = [s for s, _ in sentences]
    direct = [f for q in quotations(doc.text) if (f := _direct(doc, lex, q, sentences, starts))]
    inside = [(f.start, f.end) for f in direct]
    indirect = [
        f
        for sentence in sentences
        if not _covered(sentence, inside)
        if (f := _indirect(doc.text, lex, sentence, direct))
    ]
    acts = [f for sentence in sentences if (f := _speech_act(doc.text, lex, sentence))]
    found = sorted(direct + indirect + acts, key=lambda f: f.start)
    doc.quotes = _with_speakers(doc, lex, found, inside, starts)
    return doc


def _speech_act(text: str, lex: Lexicon, sentence: Span) -> _Found | None:
    """`Darüber erzählt …, General Alnur Musaev, auf Espresso.`: no quotation of its own, but
    it makes its subject the last speaker, whom the next `seiner Meinung nach` means."""
    tokens = words(text[sentence[0] : sentence[1]])
    clause = [t.group(0) for t in tokens]
    if len(tokens) < 3 or tokens[0].group(0).casefold() not in lex.claim_back:
        return None
    verb = tokens[1]
    if not _is_cue(lex, verb.group(0), clause):
        return None
    at, verb_end = sentence[0] + verb.start(), sentence[0] + verb.end()
    subjects = [_wide_after(text, verb_end, sentence[1])]
    return _Found("act", at, at, verb.group(0), at, subjects)


def _sentence(sentences: list[Span], starts: list[int], pos: int) -> Span:
    return sentences[max(0, bisect.bisect_right(starts, pos) - 1)]


def _covered(sentence: Span, spans: list[Span]) -> bool:
    return any(s <= sentence[0] + 1 and sentence[1] - 1 <= e for s, e in spans)


# --------------------------------------------------------------------------- direct speech


def _direct(
    doc: Document, lex: Lexicon, q: Quoted, sentences: list[Span], starts: list[int]
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
    cue = _cue_after(text, lex, after) or _cue_before(text, lex, before)
    if cue is None:
        cue = _cue_of_sentence(text, lex, (before[0], after[1]), (q.open_at, close + 1))
    short = len(content.split()) < MIN_QUOTE_WORDS
    if (short or cue is None) and _looks_like_a_name(text, lex, q, content):
        return None
    if short and cue is None:
        return None
    if cue is None:
        opens_sentence = not text[before[0] : q.open_at].strip()
        return _Found("direct", q.start, q.end, None, q.start, [], opens_sentence)
    return _Found(
        "direct",
        q.start,
        q.end,
        cue.word,
        cue.at,
        cue.subjects,
        False,
        cue.subjunctive,
        cue.adjacent,
    )


def _looks_like_a_name(text: str, lex: Lexicon, q: Quoted, content: str) -> bool:
    """`„Mozilla Firefox“`, `the film “Darkest Hour”`: capitalised words or a naming word."""
    before = words(text[max(0, q.open_at - 40) : q.open_at])
    if before and before[-1].group(0).casefold() in lex.naming:
        return True
    return bool(NAMEISH.match(content)) and not content.rstrip().endswith((".", "!", "?"))


def _is_cue(lex: Lexicon, word: str, clause: list[str]) -> bool:
    verb = lex.cue_verb(word)
    return verb is not None and lex.completes(verb, clause)


def _cue_after(text: str, lex: Lexicon, span: Span) -> _Cue | None:
    """`“, betonte Musaev .`, `," he said`, `," said Smith`, `, so X`."""
    segment = text[span[0] : span[1]]
    if not re.match(r"^[\s,.!?…:;–—-]*\w", segment) or re.match(r"^[^\w\n]*\n", segment):
        return None
    tokens = words(segment)
    clause = [t.group(0) for t in tokens]
    for index, token in enumerate(tokens[:CUE_WINDOW_WORDS]):
        word = token.group(0)
        if _is_cue(lex, word, clause) or word.casefold() in lex.so:
            at = span[0] + token.start()
            verb_end = span[0] + token.end()
            after = _subject_after(text, lex, verb_end, span[1])
            wide = _wide_after(text, verb_end, span[1])
            between = text[span[0] + tokens[0].start() : at] if index else ""
            if index == 0 or word.casefold() in lex.so or "," in between:
                return _Cue(word, at, [after, wide])
            before = (span[0] + tokens[0].start(), span[0] + tokens[index - 1].end())
            return _Cue(word, at, [before, after, wide])
    return None


def _cue_before(text: str, lex: Lexicon, span: Span) -> _Cue | None:
    """`X erklärte: „…“`, `Steinbrück: „…“`, `X said, "…"`."""
    segment = text[span[0] : span[1]]
    if not re.search(r"[:,]\s*$", segment):
        return None
    tokens = words(segment)
    clause = [t.group(0) for t in tokens]
    for token in reversed(tokens[-CUE_WINDOW_WORDS:]):
        if _is_cue(lex, token.group(0), clause):
            at = span[0] + token.start()
            return _Cue(token.group(0), at, _subjects(text, lex, span, at, span[0] + token.end()))
    if re.search(r"\w\s*:\s*$", segment) and tokens:
        colon = span[0] + segment.rstrip().rfind(":")
        return _Cue(":", colon, [_stretch_before(text, span[0], colon)])
    return None


def _cue_of_sentence(text: str, lex: Lexicon, sentence: Span, quote: Span) -> _Cue | None:
    """A quoted fragment inside reported speech takes that speech's cue and speaker:
    `… unterstrich, dass es „klüger“ sei`, `Nach Angaben einer Gewerkschaft sollen „…“`."""
    reported = _indirect(text, lex, sentence, [])
    if (
        reported is not None
        and reported.cue is not None
        and not quote[0] <= reported.cue_at < quote[1]
    ):
        return _Cue(reported.cue, reported.cue_at, reported.subjects, adjacent=False)
    tokens = words(text[sentence[0] : sentence[1]])
    clause = [t.group(0) for t in tokens]
    for token in tokens:
        at = sentence[0] + token.start()
        if quote[0] <= at < quote[1]:
            continue
        word = token.group(0)
        if _is_cue(lex, word, clause):
            end = sentence[0] + token.end()
            return _Cue(word, at, _subjects(text, lex, sentence, at, end), adjacent=False)
        if word.casefold() in lex.subjunctive:
            return _Cue(word, at, [], subjunctive=True, adjacent=False)
    return None


# --------------------------------------------------------------------------- subjects


def _clause_before(text: str, floor: int, at: int) -> Span:
    """The nearest non-empty stretch before `at` that no clause boundary cuts."""
    end = at
    while end > floor:
        cut = max((m.end() for m in CLAUSE_BOUNDARY.finditer(text, floor, end)), default=floor)
        if text[cut:end].strip():
            return _trim(text, cut, end)
        end = cut - 1
    return (at, at)


def _subject_after(text: str, lex: Lexicon, start: int, limit: int) -> Span:
    """Words after a verb up to punctuation, a preposition or a particle."""
    stop = SUBJECT_END.search(text, start, limit)
    end = stop.start() if stop else limit
    kept: list[re.Match[str]] = []
    for token in words(text[start:end])[:MAX_SUBJECT_WORDS]:
        if token.group(0).casefold() in lex.stops and kept:
            break
        if token.group(0).casefold() not in lex.stops:
            kept.append(token)
    if not kept:
        return (start, start)
    return (start + kept[0].start(), start + kept[-1].end())


def _stretch_before(text: str, floor: int, at: int) -> Span:
    """Back from `at` to a strong boundary: a subject with its appositions."""
    cut = max((m.end() for m in STRONG_BOUNDARY.finditer(text, floor, at)), default=floor)
    return _trim(text, cut, at)


def _subjects(text: str, lex: Lexicon, clause: Span, verb_at: int, verb_end: int) -> list[Span]:
    """Before the verb first, unless what stands first is no subject (`So warnten Vertreter`)
    or a clause ends right before the verb (`Nachdem …, sagte Scholz`)."""
    nearest = _clause_before(text, clause[0], verb_at)
    before = _stretch_before(text, clause[0], verb_at)
    if before[0] >= before[1]:
        before = nearest
    after = _subject_after(text, lex, verb_end, clause[1])
    first = words(text[nearest[0] : nearest[1]])
    fronted = not first or first[0].group(0).casefold() in lex.fronted
    comma_before_verb = text[clause[0] : verb_at].rstrip().endswith(",")
    wide = _wide_after(text, verb_end, clause[1])
    return [after, before, wide] if fronted or comma_before_verb else [before, after, wide]


def _wide_after(text: str, start: int, limit: int) -> Span:
    """After the verb up to the clause's end, appositions included (`erzählt ehemaliger Chef
    des Komitees, General Alnur Musaev, auf Espresso`): searched for names only."""
    stop = WIDE_END.search(text, start, limit)
    return _trim(text, start, stop.start() if stop else limit)


def _trim(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    return (start + len(piece) - len(piece.lstrip()), end - (len(piece) - len(piece.rstrip())))


# --------------------------------------------------------------------------- indirect speech


def _indirect(text: str, lex: Lexicon, sentence: Span, direct: list[_Found]) -> _Found | None:
    start, end = sentence
    segment = text[start:end]
    folded = segment.casefold()
    for phrase in lex.opinion:
        at = folded.find(phrase)
        if at != -1:
            head = words(segment[:at])
            subject = (start + head[-1].start(), start + head[-1].end()) if head else (start, start)
            cue = segment[at : at + len(phrase)]
            return _Found("indirect", start, end, cue, start + at, [subject])
    for phrase in lex.according_to:
        match = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded)
        if match is None:
            continue
        at = start + match.start()
        if phrase == "zufolge":
            subject = _clause_before(text, start, at)
        else:
            subject = _subject_after(text, lex, start + match.end(), end)
        return _Found("indirect", start, end, segment[match.start() : match.end()], at, [subject])
    return _indirect_by_verb(text, lex, sentence, {f.cue_at for f in direct if f.adjacent})


def _indirect_by_verb(
    text: str, lex: Lexicon, sentence: Span, direct_cues: set[int]
) -> _Found | None:
    """`X sagte, dass …` / `X said (that) …`, or `…, sagte X.` at the end."""
    start, end = sentence
    segment = text[start:end]
    if segment.lstrip()[:1] in QUOTE_OR_CONTINUATION:
        return None
    tokens = words(segment)
    clause = [t.group(0) for t in tokens]
    complementisers = "|".join(map(re.escape, lex.complementisers))
    opens_clause = re.compile(
        rf"^(?:\s*[\w-]+){{0,4}}?\s*(?:,|(?=\s*(?:{complementisers})\b))", re.IGNORECASE
    )
    for index, token in enumerate(tokens):
        at = start + token.start()
        if not _is_cue(lex, token.group(0), clause) or any(abs(at - c) < 2 for c in direct_cues):
            continue
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
        if head.endswith(",") and index >= MIN_CLAUSE_WORDS and _short_tail(tail):
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


def _short_tail(tail: str) -> bool:
    """After a final cue only the speaker follows: `…, sagte der Minister am Montag.`"""
    return len(tail.split()) <= MAX_SUBJECT_WORDS and not re.search(r"[:„“\"»«]", tail)


def index_of(segment: str, position: int) -> int:
    return len(segment[:position].split())


# --------------------------------------------------------------------------- speakers


def _with_speakers(
    doc: Document, lex: Lexicon, found: list[_Found], inside: list[Span], starts: list[int]
) -> list[Quote]:
    quotes: list[Quote] = []
    last: tuple[str, int] | None = None  # speaker entity id, sentence index
    for item in found:
        sentence = bisect.bisect_right(starts, item.start) - 1
        recent = last[0] if last and sentence - last[1] <= SPEAKER_MEMORY else None
        ends_in = bisect.bisect_right(starts, max(item.start, item.end - 1)) - 1
        speaker, speaker_text = _speaker(doc, lex, item, inside, recent)
        if speaker is None and (item.subjunctive or (item.kind == "direct" and item.cue is None)):
            speaker = recent  # reported speech going on, or a quotation with no cue of its own
        previous = quotes[-1] if quotes else None
        if item.continues and speaker is None and previous and previous.kind == "direct":
            previous_end = bisect.bisect_right(starts, max(previous.start, previous.end - 1)) - 1
            if sentence - previous_end <= CONTINUATION_SENTENCES:
                speaker, speaker_text = previous.speaker, previous.speaker_text
        if speaker is not None:
            last = (speaker, ends_in)
        if item.kind == "act":
            continue
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
    doc: Document, lex: Lexicon, item: _Found, inside: list[Span], recent: str | None
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
                if m.start < span_end and span_start < m.end and not _within(m.start, quoted)
            ]
            if named:
                start, end, entity_id = min(named)
                return entity_id, doc.text[start:end]
    if all(w.group(0).casefold() in lex.fronted for w in head):
        return recent, None
    for token in head:
        word, at = token.group(0), low + token.start()
        key = word.casefold()
        if key in lex.pronouns or key in lex.possessives:
            return recent or _last_person(doc, at, quoted), word
        role = role_form(word, doc.language)
        if role is not None:
            return _with_role(doc, role, at), doc.text[low:high]
    return None, doc.text[low:high]


def _up_to_comma(text: str) -> str:
    return text.split(",")[0].strip()


def _within(pos: int, spans: list[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _last_person(doc: Document, before: int, quoted: list[Span]) -> str | None:
    """The person named last before `before`, outside quotations."""
    mentions = [
        (m.start, e.id)
        for e in doc.entities
        if e.label == "PER"
        for m in e.mentions
        if m.end <= before and not _within(m.start, quoted)
    ]
    return max(mentions)[1] if mentions else None


def _with_role(doc: Document, role: str, at: int) -> str | None:
    """The entity with this role mentioned last before `at`; a role nobody had so far
    introduces someone new (`der Polizeisprecher`), so then nobody."""
    holders = [
        (m.start, e.id)
        for e in doc.entities
        if e.role and e.role.casefold() == role.casefold()
        for m in e.mentions
        if m.start < at
    ]
    return max(holders)[1] if holders else None
