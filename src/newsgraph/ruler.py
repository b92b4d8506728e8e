"""Names found by rule rather than by the statistical recogniser.

1. Known organisations (`data/known_names.toml`): outlets and institutions, in every language's
   spelling, some only after a word that makes them a name (`auf Espresso`).
2. German institution names: capitalised adjectives in mid-sentence followed by an institution
   noun (`des Nationalen Sicherheitskomitees von Kasachstan`, `die Europäische Zentralbank`),
   with a following `von`/`der` + name. German capitalises adjectives only at a sentence start
   or inside a name, which makes this shape a strong signal.
3. News outlets named right after a noun for one (`die Tageszeitung Haaretz`, `the daily
   Kommersant`, `газета «Ведомости»`, `data/media_words.toml`), known to newsgraph or not.
4. People after a role or title (`General Alnur Musaev`, `Präsident Putin`, `Mr. Lavrov`,
   `dem Präsidenten Kasachstans, Kasim-Schomart Tokajew`): the capitalised words that follow,
   which for German must be proper nouns to HanTa (`title_spans`).
5. Countries and regions the gazetteer knows (`Zentralasien`, `Kasachstans`) (`place_spans`).
Points 4 and 5 only fill gaps the recogniser left (see `mentions.py`).
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.data import load_toml
from newsgraph.date_patterns import lexicon
from newsgraph.gazetteer import could_be_territory, territory
from newsgraph.model import NamedSpan
from newsgraph.names import cyrillic_lemma, german_lemma_tag
from newsgraph.roles import is_title, role_form

ADJECTIVE = r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)"
TAIL = r"(?:\s+(?:von|der|des|für)\s+[A-ZÄÖÜ][\w-]+)?"
NAME_WORD = re.compile(r"[\w.’'-]+")
PARTICLES = {"von", "van", "de", "der", "den", "al", "bin", "ibn", "da", "di", "le", "la"}
MAX_NAME_WORDS = 4


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
    spans += outlet_spans(text, language)
    # a known outlet after an outlet noun is found twice
    return list({(s.start, s.end, s.label): s for s in spans}.values())


# Quotation marks around an outlet's name, opener and its closers: `Nachrichtenagentur „Sana“`,
# `die Zeitung »Bild«`, `газета «Ведомости»`.
QUOTE_PAIRS = {"„": "“”", "“": "”", "«": "»", "»": "«", '"': '"', "‚": "‘’"}
MAX_QUOTED_CHARS = 60
GERMAN_ENDINGS = ("", "s", "es", "n", "en")
MAX_OUTLET_WORDS = 3
# Russian and Ukrainian outlet nouns are compared by lemma; this many first letters pick the
# words worth lemmatising.
LEMMA_PREFIX = 4


def outlet_spans(text: str, language: str | None) -> list[NamedSpan]:
    """Outlets named after a noun for one; see point 3 of the module docstring. The name is
    the quoted text that follows, or its capitalised words up to punctuation (German ones
    proper nouns: `die Zeitung Millionen Leser` names none), unless they are a date (`the
    newspaper Monday`) or a country (`die Zeitung Russlands`)."""
    tokens = list(NAME_WORD.finditer(text))
    spans = []
    for index, token in enumerate(tokens):
        if not _outlet_noun(token.group(0), language):
            continue
        quoted = _quoted_after(text, token.end())
        if quoted is not None:
            spans.append(NamedSpan(*quoted, "ORG"))
            continue
        following = tokens[index + 1 : index + 1 + MAX_OUTLET_WORDS]
        run = _proper_run(_capitalised_run(following, token, text), text, language)
        if not run:
            continue
        start, end = run[0].start(), _name_end(run[-1])
        if not _calendar_or_place(text[start:end], language):
            spans.append(NamedSpan(start, end, "ORG"))
    return spans


def _quoted_after(text: str, position: int) -> tuple[int, int] | None:
    """The capitalised text in quotation marks right after `position`, without the marks."""
    opening = len(text) - len(text[position:].lstrip())
    closers = QUOTE_PAIRS.get(text[opening : opening + 1])
    if closers is None:
        return None
    start = opening + 1
    for end in range(start + 1, min(len(text), start + MAX_QUOTED_CHARS)):
        if text[end] == "\n":
            return None
        if text[end] in closers:
            name = text[start:end]
            return (start, end) if name.strip() == name and name[:1].isupper() else None
    return None


@cache
def _outlet_words(language: str) -> tuple[str, ...]:
    return tuple(load_toml("media_words.toml").get(language, ()))


@cache
def _german_outlet_endings() -> tuple[str, ...]:
    """Every inflected compound ending of a German outlet noun, built once: the test runs on
    every word of every German article."""
    return tuple(w + ending for w in _outlet_words("de") for ending in GERMAN_ENDINGS)


@cache
def _outlet_prefixes(language: str) -> tuple[str, ...]:
    """The Russian and Ukrainian outlet nouns' first letters, built once: the test runs on
    every word of every article before the dictionary is asked."""
    return tuple(w[:LEMMA_PREFIX] for w in _outlet_words(language))


def _outlet_noun(word: str, language: str | None) -> bool:
    words = _outlet_words(language or "")
    if language == "de":
        return word[:1].isupper() and word.casefold().endswith(_german_outlet_endings())
    if language == "en":
        return word in words or (word.endswith("s") and word[:-1] in words)
    return (
        word[:1].islower()
        and word.startswith(_outlet_prefixes(language or ""))
        and cyrillic_lemma(word, language) in words
    )


def _capitalised_run(
    tokens: list[re.Match[str]], previous: re.Match[str], text: str
) -> list[re.Match[str]]:
    """Capitalised words following `previous` with only spaces between them, up to the end
    of its sentence."""
    run: list[re.Match[str]] = []
    for token in tokens:
        before = run[-1] if run else previous
        if text[before.end() : token.start()].strip() or not token.group(0)[:1].isupper():
            break
        run.append(token)
        if _ends_sentence(token.group(0)):
            break
    return run


def _calendar_or_place(name: str, language: str | None) -> bool:
    dates = lexicon(language)
    first = name.split()[0].casefold()
    calendar = dates is not None and (first in dates.weekdays or first in dates.months)
    return calendar or territory(name, language) is not None


def title_spans(text: str, language: str | None) -> list[NamedSpan]:
    """People named right after a role or title; see point 4 of the module docstring."""
    tokens = list(NAME_WORD.finditer(text))
    spans: list[NamedSpan] = []
    index = 0
    while index < len(tokens):
        if not _titles(tokens[index].group(0), language):
            index += 1
            continue
        while index + 1 < len(tokens) and _titles(tokens[index + 1].group(0), language):
            index += 1
        index = _past_place_apposition(tokens, index, text, language)
        name = _proper_run(tokens[index + 1 : index + 1 + MAX_NAME_WORDS], text, language)
        if name:
            start, end = name[0].start(), _name_end(name[-1])
            if territory(text[start:end], language) is None:
                spans.append(NamedSpan(start, end, "PER"))
        index += 1 + len(name)
    return spans


def _past_place_apposition(
    tokens: list[re.Match[str]], index: int, text: str, language: str | None
) -> int:
    """`Präsidenten Kasachstans, Kasim-Schomart Tokajew`: step over the place and the comma."""
    if index + 2 < len(tokens):
        place = tokens[index + 1]
        between = text[place.end() : tokens[index + 2].start()]
        if between.strip() == "," and territory(place.group(0), language) is not None:
            return index + 1
    return index


def place_spans(text: str, language: str | None) -> list[NamedSpan]:
    """Capitalised runs of one to three words that name a country or region."""
    tokens = list(NAME_WORD.finditer(text))
    spans: list[NamedSpan] = []
    index = 0
    while index < len(tokens):
        if not could_be_territory(tokens[index].group(0)):
            index += 1
            continue
        for size in (3, 2, 1):
            run = tokens[index : index + size]
            if len(run) < size or not all(t.group(0)[:1].isupper() for t in run):
                continue
            start, end = run[0].start(), _name_end(run[-1])
            if re.search(r"[^\w\s'’-]", text[start:end]):
                continue
            if territory(text[start:end], language) is not None:
                spans.append(NamedSpan(start, end, "LOC"))
                index += size - 1
                break
        index += 1
    return spans


def _titles(word: str, language: str | None) -> bool:
    return role_form(word, language) is not None or is_title(word, language)


def _proper_run(
    tokens: list[re.Match[str]], text: str, language: str | None
) -> list[re.Match[str]]:
    """The capitalised words that follow without punctuation between them; German ones must be
    proper nouns to HanTa unless a particle (`von der`) precedes them."""
    kept: list[re.Match[str]] = []
    for token in tokens:
        word = token.group(0)
        if kept and text[kept[-1].end() : token.start()].strip():
            break
        after_particle = bool(kept) and kept[-1].group(0) in PARTICLES
        if kept and _ends_sentence(kept[-1].group(0)):
            break
        if (
            word in PARTICLES
            and kept
            or word[:1].isupper()
            and (
                language != "de"
                or after_particle
                or "-" in word
                or german_lemma_tag(word)[1] == "NE"
            )
        ):
            kept.append(token)
        else:
            break
    while kept and kept[-1].group(0) in PARTICLES:
        kept.pop()
    return kept


def _ends_sentence(word: str) -> bool:
    """`Коваль.` ends a sentence; an initial (`W.`) does not."""
    return word.endswith(".") and len(word.rstrip(".")) > 1


def _name_end(token: re.Match[str]) -> int:
    """Where a name token ends, without the full stop of its sentence."""
    word = token.group(0)
    return token.end() - (len(word) - len(word.rstrip(".")) if _ends_sentence(word) else 0)
