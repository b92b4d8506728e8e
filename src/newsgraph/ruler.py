"""Names found by rule rather than by the statistical recogniser.

1. Known organisations (`data/known_names.toml`): outlets and institutions, in every language's
   spelling, some only after a word that makes them a name (`auf Espresso`).
2. German institution names: capitalised adjectives in mid-sentence followed by an institution
   noun (`des Nationalen Sicherheitskomitees von Kasachstan`, `die Europäische Zentralbank`),
   with a following `von`/`der` + name. German capitalises adjectives only at a sentence start
   or inside a name, which makes this shape a strong signal.
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.data import load_toml
from newsgraph.model import NamedSpan

ADJECTIVE = r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)"
TAIL = r"(?:\s+(?:von|der|des|für)\s+[A-ZÄÖÜ][\w-]+)?"


@cache
def _known() -> list[tuple[re.Pattern[str], str]]:
    rules = []
    for entry in load_toml("known_names.toml")["org"]:
        forms = "|".join(re.escape(f) for f in sorted(entry["forms"], key=len, reverse=True))
        after = entry.get("after")
        lead = rf"\b(?:{'|'.join(map(re.escape, after))})\s+" if after else ""
        name = rf"(?<![\w-])(?P<name>(?:{forms})s?)(?![\w-])"
        rules.append((re.compile(lead + name), "ORG"))
    return rules


@cache
def _institution() -> re.Pattern[str]:
    words = sorted(load_toml("institution_words.toml")["de"], key=len, reverse=True)
    heads, alone = "|".join(words), "|".join(w.capitalize() for w in words)
    noun = rf"(?:[A-ZÄÖÜ][a-zäöüß]*(?:{heads})|{alone})(?:s|es)?"
    # preceded by a lower-case word: not the capital of a sentence start
    return re.compile(rf"(?<=[a-zäöüß,] )((?:{ADJECTIVE}\s+)+{noun}){TAIL}(?![\w-])")


def rule_spans(text: str, language: str | None) -> list[NamedSpan]:
    spans = [
        NamedSpan(m.start("name"), m.end("name"), label)
        for pattern, label in _known()
        for m in pattern.finditer(text)
    ]
    if language == "de":
        spans += [NamedSpan(m.start(), m.end(), "ORG") for m in _institution().finditer(text)]
    return spans
