"""Source attribution: claims that reach the article through a person and a medium.

Three shapes:
1. A sentence that points back (`Darüber erzählt … General Alnur Musaev, auf Espresso.`,
   `Das sagte X der Zeitung Y`, `Про це розповів … в ефірі Z`): the claim is the sentence
   before, the speaker the person named, the outlet an organisation after a media preposition.
2. A quotation whose cue clause names a medium (`X told Reuters`, `sagte X dem Spiegel`,
   `sagte X im Interview mit der FAZ`): the claim is the quotation.
3. A source phrase with an organisation (`laut Interfax`, `according to Reuters`, `citing TASS`):
   the claim is the sentence, with no person.
"""

from __future__ import annotations

from operator import itemgetter

from newsgraph.model import Attribution, Document, Quote
from newsgraph.nlp.sentences import sentence_index
from newsgraph.speech import Lexicon, find_phrase, lexicon, points_back, words

Span = tuple[int, int]
# How far after a media preposition the outlet's name may begin.
OUTLET_REACH_CHARS = 40


def attribute(doc: Document) -> Document:
    """The pipeline stage: fills `doc.attributions`."""
    lex = lexicon(doc.language)
    if lex is None or not doc.sentences:
        return doc
    found: list[Attribution] = []
    for index, sentence in enumerate(doc.sentences):
        pointed = _points_back(doc, lex, index, sentence)
        if pointed is not None:
            found.append(pointed)
    found += [a for q in doc.quotes if (a := _quoted_through(doc, lex, q)) is not None]
    found += [a for s in doc.sentences if (a := _source_phrase(doc, lex, s)) is not None]
    unique = {(a.claim_start, a.claim_end, a.speaker, a.outlet): a for a in found}
    doc.attributions = sorted(unique.values(), key=lambda a: a.claim_start)
    return doc


def _points_back(doc: Document, lex: Lexicon, index: int, sentence: Span) -> Attribution | None:
    pointer = points_back(lex, doc.text[sentence[0] : sentence[1]]) if index else None
    if pointer is None:
        return None
    named = (sentence[0] + pointer.speaker[0], sentence[0] + pointer.speaker[1])
    speaker = _first(doc, named, "PER")
    outlet = _outlet(doc, lex, named)
    if speaker is None and outlet is None:
        return None
    claim = doc.sentences[index - 1]
    return Attribution(claim[0], claim[1], speaker, outlet)


def _quoted_through(doc: Document, lex: Lexicon, quote: Quote) -> Attribution | None:
    if quote.cue is None:
        return None
    sentence = _sentence_of(doc, quote.start)
    tail = (max(quote.end, sentence[0]), sentence[1])
    head = (sentence[0], min(quote.start, sentence[1]))
    outlet = _outlet(doc, lex, tail) or _outlet(doc, lex, head)
    if outlet is None or outlet == quote.speaker:
        return None
    return Attribution(quote.start, quote.end, quote.speaker, outlet)


def _source_phrase(doc: Document, lex: Lexicon, sentence: Span) -> Attribution | None:
    segment = doc.text[sentence[0] : sentence[1]]
    for phrase in lex.according_to:
        match = find_phrase(phrase, segment)
        if match is None:
            continue
        reach = (sentence[0] + match.end(), sentence[0] + match.end() + OUTLET_REACH_CHARS)
        outlet = _first(doc, reach, "ORG")
        if outlet is not None:
            return Attribution(sentence[0], sentence[1], None, outlet)
    return None


def _outlet(doc: Document, lex: Lexicon, span: Span) -> str | None:
    """An organisation right after a media preposition (`auf Espresso`, `told Reuters`,
    `im Interview mit dem Spiegel`) within the span."""
    for token in words(doc.text[span[0] : span[1]]):
        if token.group(0).casefold() in lex.media:
            start = span[0] + token.end()
            outlet = _first(doc, (start, min(span[1], start + OUTLET_REACH_CHARS)), "ORG")
            if outlet is not None:
                return outlet
    return None


def _first(doc: Document, span: Span, label: str) -> str | None:
    mentions = [
        (m.start, e)
        for e in doc.entities
        if e.label == label
        for m in e.mentions
        if span[0] <= m.start < span[1]
    ]
    return min(mentions, key=itemgetter(0))[1].id if mentions else None


def _sentence_of(doc: Document, position: int) -> Span:
    starts = [s for s, _ in doc.sentences]
    return doc.sentences[sentence_index(starts, position)]
