"""Named-entity recognition: newsgraph's own models by default, any spaCy pipeline on request.

Backends are named by a spec:
- `default`: the models shipped inside the package (`newsgraph/models/ner_<lang>/`);
- `spacy:NAME`: an installed spaCy pipeline (package name or path), used for the language it is
  for (`spacy:de_core_news_lg` → German); other languages keep the default;
- `none`: no recognition.
Ukrainian, for which no openly licensed training data exists, gets names by rule
(`uk_names.py`) unless a spaCy pipeline for it is named. A language with neither gets no
entities and one warning, never an error.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.errors import NewsgraphError
from newsgraph.model import Document, NamedSpan
from newsgraph.nlp.uk_names import uk_names

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger("newsgraph")

DEFAULT = "default"
SHIPPED = {"de": "ner_de", "en": "ner_en", "ru": "ner_ru"}
# Languages without a shipped model whose names are found by rule instead.
RULES = {"uk": uk_names}
# Labels of other pipelines (OntoNotes, WikiNER) mapped to ours; unlisted labels (dates,
# numbers, money) are not names and are dropped.
LABEL_MAP = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}


class ModelError(NewsgraphError):
    """A requested recogniser cannot be loaded."""


def shipped_model_path(language: str) -> Path | None:
    name = SHIPPED.get(language)
    if name is None:
        return None
    path = Path(str(resources.files("newsgraph.models").joinpath(name)))
    return path if (path / "meta.json").exists() else None


@cache
def _load(source: str) -> Language:
    import spacy  # half a second to import: only when a model is needed

    try:
        return spacy.load(source)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load spaCy pipeline {source!r}: {exc}") from exc


def check(spec: str) -> None:
    """Fail early on a spec that names no recogniser or a pipeline that does not load."""
    if spec.startswith("spacy:"):
        _load(spec.removeprefix("spacy:"))
    elif spec not in (DEFAULT, "none"):
        raise ModelError(f"unknown recogniser {spec!r}: use default, none or spacy:NAME")


def pipeline_for(language: str | None, spec: str = DEFAULT) -> Language | None:
    """The pipeline that recognises names in `language` under `spec`, or None."""
    if spec == "none" or language is None:
        return None
    if spec.startswith("spacy:"):
        chosen = _load(spec.removeprefix("spacy:"))
        if chosen.lang == language:
            return chosen
    elif spec != DEFAULT:
        raise ModelError(f"unknown recogniser {spec!r}: use default, none or spacy:NAME")
    path = shipped_model_path(language)
    if path is None:
        _warn_no_model(language)
        return None
    return _load(str(path))


@cache
def _warn_no_model(language: str) -> None:
    if language in RULES:
        log.debug("no named-entity model for language %r: its names are found by rule", language)
    else:
        log.warning("no named-entity model for language %r: its articles get no entities", language)


def recognise(doc: Document, spec: str = DEFAULT) -> Document:
    """The pipeline stage: names found in `doc.text` go to `doc.names`."""
    nlp = pipeline_for(doc.language, spec)
    if nlp is None:
        if spec != "none" and doc.language in RULES:
            doc.names = RULES[doc.language](doc.text)
        return doc
    parsed = nlp(doc.text)
    doc.names = [
        NamedSpan(ent.start_char, ent.end_char, LABEL_MAP[ent.label_])
        for ent in parsed.ents
        if ent.label_ in LABEL_MAP
    ]
    return doc
