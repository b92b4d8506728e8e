"""Names in a headline, where name recognition reads title case as one long name.

English headlines capitalise every word, so `Coalition Strikes Mosul Hospital` comes out as one
organisation and `Carter, Iraqi Prime Minister Discuss Next Moves` holds a person `Discuss Next
Moves`; the event word is swallowed and its participants with it. In the headline, a mention
that holds an event trigger is dropped, and the names the article uses elsewhere are looked up
in its words instead (`Coalition`, `Carter`), as are those recognition missed there (`Da'esh
Attacks in Jabla`). A name before the headline's colon (`Ukraine: Berufungsgericht bestätigt
…`) is a tag of its topic, no participant.
"""

from __future__ import annotations

import re

from newsgraph.event_lexicon import EventLexicon, find_triggers, tokens
from newsgraph.event_roles import Slot
from newsgraph.model import Document

Span = tuple[int, int]
# Apostrophes are written two ways (`Da'esh`, `Da’esh`); compared as one.
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
# Shorter names are too often a common word of a headline.
MIN_NAME_CHARS = 3


def headline_slots(doc: Document, slots: list[Slot], title: Span, lex: EventLexicon) -> list[Slot]:
    """`slots` with the headline's mentions corrected (module docstring)."""
    words = tokens(doc.text[title[0] : title[1]], title[0])
    cues = [(words[t.first].start, words[t.last].end) for t in find_triggers(words, lex)]
    inside = [s for s in slots if title[0] <= s.start and s.end <= title[1]]
    swallowed = [s for s in inside if any(s.start <= a and b <= s.end for a, b in cues)]
    tags = [s for s in inside if _topic_tag(doc.text, s, title)]
    kept = [s for s in inside if s not in swallowed and s not in tags]
    taken = kept + tags + [Slot(a, b, "", "") for a, b in cues]
    found = _known_names(doc, slots, title, taken)
    others = [s for s in slots if s not in inside]
    return sorted(others + kept + found, key=lambda s: (s.start, -s.end))


def _topic_tag(text: str, slot: Slot, title: Span) -> bool:
    """`Ukraine: Berufungsgericht bestätigt …`, `Kenia: USA warnen …`: a name that opens the
    headline and ends at a colon tags its topic or place; it takes no part in the event."""
    return not text[title[0] : slot.start].strip() and text[slot.end : slot.end + 1] == ":"


def _known_names(doc: Document, slots: list[Slot], title: Span, taken: list[Slot]) -> list[Slot]:
    """Names of the article's body found in the headline's text, longest first, where nothing
    else stands."""
    body = [s for s in slots if s.start >= title[1]]
    names: dict[str, Slot] = {}
    for slot in body:
        text = doc.text[slot.start : slot.end].translate(APOSTROPHES)
        if len(text) >= MIN_NAME_CHARS:
            names.setdefault(text, slot)
    headline = doc.text[title[0] : title[1]].translate(APOSTROPHES)
    found: list[Slot] = []
    for text in sorted(names, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", headline):
            start, end = title[0] + match.start(), title[0] + match.end()
            if any(s.start < end and start < s.end for s in taken + found):
                continue
            found.append(Slot(start, end, names[text].entity, names[text].label))
    return found
