"""Language identification with lingua, as ISO 639-1 codes; None when it cannot tell.

Low-accuracy mode: it looks at trigrams only, which is plenty for article-length text, and keeps
the detector at ~130 MB instead of ~1 GB for all 75 languages.
"""

from __future__ import annotations

from functools import cache

from lingua import LanguageDetector, LanguageDetectorBuilder

from newsgraph.model import Document

# Below this many letters any answer is a guess.
MIN_LETTERS = 20
# Confidence the best language needs (lingua's values sum to 1 over all languages).
MIN_CONFIDENCE = 0.5
# Enough text to be sure; reading the whole of a long article only costs time.
SAMPLE_CHARS = 4000


@cache
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def identify(text: str) -> str | None:
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    values = detector().compute_language_confidence_values(sample)
    if not values or values[0].value < MIN_CONFIDENCE:
        return None
    return values[0].language.iso_code_639_1.name.lower()


def detect_language(doc: Document) -> Document:
    """The pipeline stage; a language given by the caller is kept."""
    if doc.language is None:
        doc.language = identify(doc.text)
    return doc
