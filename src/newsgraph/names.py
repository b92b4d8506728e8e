"""Name keys: the normal form under which two spellings of one name meet.

The same function builds every index (gazetteer, entity groups) and normalises every query.
Within one language the key is the casefolded lemma of each token, so inflected forms meet
their base form: German `Kasachstans`, `Putins`, `Russischen Föderation` (HanTa's lemmas),
English `Putin's`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii
from HanTa import HanoverTagger

TOKEN = re.compile(r"\w[\w'’.\-]*\w|\w", re.UNICODE)
POSSESSIVE = re.compile(r"['’]s?$")


@cache
def _german() -> HanoverTagger.HanoverTagger:
    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=200_000)
def german_lemma_tag(word: str) -> tuple[str, str]:
    """HanTa's lemma and part-of-speech tag of any German word (`NE` marks proper nouns)."""
    lemma_, tag = _german().analyze(word)
    return str(lemma_), str(tag)


def german_lemma(word: str) -> str:
    """HanTa's lemma of any German word (`betonte` → `betonen`, `Kasachstans` → `Kasachstan`)."""
    return german_lemma_tag(word)[0]


def lemma(word: str, language: str | None) -> str:
    """Base form of one name token; only German gets a morphological analysis."""
    if language == "de" and word[:1].isupper():
        return german_lemma(word)
    if language == "en":
        return POSSESSIVE.sub("", word)
    return word


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def token_keys(text: str, language: str | None) -> list[str]:
    return [lemma(token, language).casefold() for token in tokens(text)]


def name_key(text: str, language: str | None) -> str:
    return " ".join(token_keys(text, language))


def ascii_key(text: str) -> str:
    """Script-free form for fuzzy comparison: `Kasim-Schomart` and `Kasym-Schomart` come close."""
    return anyascii(text).casefold()
