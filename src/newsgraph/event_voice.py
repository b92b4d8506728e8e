"""Who `we` and `I` stand for: the voice a sentence speaks in.

Official statements and the quotations of news speak in the first person: `We agreed our
first priority must be …` after `Following the meeting the Foreign Secretary said:`, `We also
call for an end to …` in a State Department statement. The speaker is, in this order:
1. the speaker of a quotation around the pronoun;
2. the speaker who introduced the paragraphs that follow with a colon (`Minister Ellwood
   said:`), until another such introduction;
3. the body or country that issues the statement: the actor of the first event of the body
   (`The United States strongly condemns …`), when that actor is no person (a person's
   `we` outside quotation marks is mostly an undetected quotation, whose speaker is unknown).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.model import Document, Event

Span = tuple[int, int]
# Labels of entities that issue statements in their own name.
ISSUER_LABELS = frozenset({"ORG", "LOC"})


@dataclass(frozen=True)
class Voice:
    """The entity speaking in the first person in one sentence, and its label."""

    entity: str
    label: str


def issuer(doc: Document, events: list[Event], sentences: list[Span]) -> Voice | None:
    """Rule 3: the actor of the first event after the title, when it is a body or a state."""
    labels = {e.id: e.label for e in doc.entities}
    body_start = sentences[1][0] if len(sentences) > 1 else 0
    first = next((e for e in events if e.start >= body_start and e.actor is not None), None)
    if first is None or first.actor is None or labels.get(first.actor) not in ISSUER_LABELS:
        return None
    return Voice(first.actor, labels[first.actor])


def introduced_voice(doc: Document, sentence: Span, events: list[Event]) -> Voice | None:
    """Rule 2: a sentence that ends its paragraph with a colon and states who speaks
    (`Minister Ellwood said:`) gives the voice of the paragraphs after it."""
    text = doc.text[sentence[0] : sentence[1]].rstrip()
    after = doc.text[sentence[1] :].lstrip(" ")
    if not text.endswith(":") or (after and not after.startswith("\n")):
        return None
    labels = {e.id: e.label for e in doc.entities}
    speakers = [e.actor for e in events if e.type == "STATEMENT" and e.actor is not None]
    return Voice(speakers[-1], labels.get(speakers[-1], "PER")) if speakers else None


def quoted_voice(doc: Document, position: int) -> Voice | None:
    """Rule 1: the speaker of the quotation that holds `position`."""
    labels = {e.id: e.label for e in doc.entities}
    for quote in doc.quotes:
        if quote.speaker is not None and quote.start <= position < quote.end:
            return Voice(quote.speaker, labels.get(quote.speaker, "PER"))
    return None
