"""Dates: the temporal expressions of an article with their calendar values, and the
publication date they are resolved against.

1. `date_patterns` finds the expressions (per-language word lists in `data/dates/`).
2. Each gets its tense: does its sentence speak of the future (`soll am Mittwoch …`), or its
   clause of the past (`hatten sich am Freitag …`)?
3. Without a publication date from the metadata, `published` takes one from the text
   (a dateline, `heute, 9. November`) or infers it (basis `text` / `inferred`).
4. `date_resolve` turns each expression into a value of its grain (day, month, year) against
   that date; expressions that cannot be resolved (`gestern` with no date at all) are left out.
   Languages without a word list fall back to dateparser for dates that carry their year.

Also `normalise_date`, for the publication dates metadata gives.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser
from dateparser.search import search_dates

from newsgraph.date_patterns import Candidate, DateLexicon, lexicon, tag
from newsgraph.date_resolve import Reference, Tense, reference_of, resolve
from newsgraph.errors import InputError
from newsgraph.model import DateMention, Document
from newsgraph.nlp.sentences import sentence_index
from newsgraph.published import publication_date

ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:[T ].*)?$")
WORD = re.compile(r"\w+(?:['’]\w+)*")
# A clause ends at these: a past-tense word beyond them does not make a weekday past.
CLAUSE_BOUNDARY = re.compile(r"[,;:()„“”\"»«]|\s[–—-]\s")
# The fallback keeps only what dateparser found with a four-digit year in it.
FALLBACK_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def normalise_date(value: str) -> str:
    """`2023-11-09T10:00:00+02:00` → `2023-11-09`, `2023-11` stays `2023-11`, other spellings
    (`9 November 2023`, `09.11.2023`) through dateparser; raises InputError when it is no date."""
    text = value.strip()
    match = ISO_PREFIX.match(text)
    if match:
        return "-".join(part for part in match.groups() if part)
    parsed = dateparser.parse(text, settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
    if parsed is None:
        raise InputError(f"not a date: {value!r}")
    return str(parsed.date().isoformat())


def find_dates(doc: Document) -> Document:
    """The pipeline stage: fills `doc.dates`, and `doc.published` when metadata left it empty."""
    if not doc.text:
        return doc
    lex = lexicon(doc.language)
    if lex is None:
        doc.dates = _fallback(doc)
        return doc
    found = tag(doc.text, lex)
    sentences = doc.sentences or [(0, len(doc.text))]
    starts = [s for s, _ in sentences]
    future = [speaks_of_future(doc.text, c, sentences, starts, lex) for c in found]
    if doc.published is None:
        doc.published = publication_date(doc.text, found, future, lex)
    ref = None if doc.published is None else reference_of(doc.published.value)
    doc.dates = resolve_all(doc.text, found, future, ref)
    return doc


def resolve_all(
    text: str, found: list[Candidate], future: list[Tense], ref: Reference | None
) -> list[DateMention]:
    """Values for the expressions that have one, in text order (later stages bisect them);
    `the following day` counts from the day resolved last before it. Without a reference only
    dates that carry their year remain."""
    mentions: list[DateMention] = []
    previous: date | None = None
    for c, ahead in zip(found, future, strict=True):
        if ref is None:
            if c.year is None:
                continue
            resolved = resolve(c, Reference(date.max), ahead, previous)
        else:
            resolved = resolve(c, ref, ahead, previous)
        if resolved is None:
            continue
        start, end = c.start + c.lead, c.end
        mentions.append(DateMention(text[start:end], start, end, resolved.value, resolved.grain))
        if resolved.grain == "day":
            previous = resolved.day
    return sorted(mentions, key=lambda m: m.start)


def speaks_of_future(
    text: str,
    c: Candidate,
    sentences: list[tuple[int, int]],
    starts: list[int],
    lex: DateLexicon,
) -> Tense:
    """True for a look-ahead preposition (`auf Mittwoch`) or a future word in the sentence;
    False when the expression's own clause has a past-tense word (`Am Freitag hatten sich …`,
    `was killed on …`); None when neither says anything."""
    if c.prep is not None and c.prep in lex.future_prepositions:
        return True
    index = sentence_index(starts, c.start)
    s_start, s_end = sentences[index]
    clause = _clause(text, c, s_start, s_end)
    if {w.casefold() for w in WORD.findall(clause)} & lex.past_words:
        return False
    sentence_words = {w.casefold() for w in WORD.findall(text[s_start:s_end])}
    return True if sentence_words & lex.future_words else None


def _clause(text: str, c: Candidate, s_start: int, s_end: int) -> str:
    before = [m.end() for m in CLAUSE_BOUNDARY.finditer(text, s_start, c.start)]
    after = CLAUSE_BOUNDARY.search(text, c.end, s_end)
    return text[before[-1] if before else s_start : after.start() if after else s_end]


def _fallback(doc: Document) -> list[DateMention]:
    """Other languages: dateparser over each sentence, keeping dates written with their year.
    Relative expressions are left out: without a word list their tense cannot be read."""
    if doc.language is None:
        return []
    mentions: list[DateMention] = []
    base = datetime.combine(date.today(), datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    for start, end in doc.sentences or [(0, len(doc.text))]:
        try:
            hits = search_dates(doc.text[start:end], languages=[doc.language], settings=settings)
        except (ValueError, KeyError):
            return []
        at = start
        for phrase, when in hits or []:
            position = doc.text.find(phrase, at, end)
            if position < 0 or not FALLBACK_YEAR.search(phrase):
                continue
            at = position + len(phrase)
            value = when.date().isoformat()
            mentions.append(DateMention(phrase, position, at, value, "day"))
    return mentions
