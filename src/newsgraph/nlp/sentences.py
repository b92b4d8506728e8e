"""Sentence boundaries, from SoMaJo (German and English web-text rules: ordinals such as
`9. November`, abbreviations, quotation marks). Paragraphs are split on their own, so a headline
without a full stop never runs into the first sentence. Other languages use the German rules,
which suit Cyrillic news punctuation well enough."""

from __future__ import annotations

import bisect
from functools import cache

from somajo import SoMaJo

from newsgraph.model import Document


@cache
def _splitter(language: str) -> SoMaJo:
    model = "en_PTB" if language == "en" else "de_CMC"
    return SoMaJo(model, split_camel_case=False, split_sentences=True, character_offsets=True)


def sentence_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    offset = 0
    paragraphs = text.split("\n")
    splitter = _splitter(language or "de")
    for paragraph, sentences in zip(paragraphs, _per_paragraph(splitter, paragraphs), strict=True):
        for tokens in sentences:
            start = tokens[0].character_offset[0]
            end = tokens[-1].character_offset[1]
            spans.append((offset + start, offset + end))
        offset += len(paragraph) + 1
    return spans


def _per_paragraph(splitter: SoMaJo, paragraphs: list[str]) -> list[list[list]]:  # type: ignore[type-arg]
    return [list(splitter.tokenize_text([p])) if p.strip() else [] for p in paragraphs]


def sentence_index(starts: list[int], position: int) -> int:
    """Which sentence, given their start offsets in order, holds `position` (the first one for
    a position before any)."""
    return max(0, bisect.bisect_right(starts, position) - 1)


def split_sentences(doc: Document) -> Document:
    """The pipeline stage: fills `doc.sentences`."""
    doc.sentences = sentence_spans(doc.text, doc.language)
    return doc
