"""The pipeline: a raw record becomes a Document, then each stage fills in its part.

Stages are plain functions `Document -> Document`, run in the order listed; an unexpected error
is re-raised as a StageError naming the stage.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from newsgraph.attribution import attribute
from newsgraph.clean import clean
from newsgraph.dates import find_dates, normalise_date
from newsgraph.entities import group_entities
from newsgraph.errors import InputError, NewsgraphError, StageError
from newsgraph.events import find_events
from newsgraph.ingest.html import extract_article, looks_like_html
from newsgraph.ingest.records import RawRecord, RecordKind
from newsgraph.language import detect_language
from newsgraph.mentions import repair_mentions
from newsgraph.model import Document, Published, Source
from newsgraph.nlp.ner import DEFAULT, recognise
from newsgraph.nlp.sentences import split_sentences
from newsgraph.quotes import find_quotes

Stage = Callable[[Document], Document]


def stages(ner: str = DEFAULT) -> list[tuple[str, Stage]]:
    """The stages in order; `ner` names the recogniser (see `nlp.ner`)."""
    return [
        ("clean", clean),
        ("language", detect_language),
        ("ner", partial(recognise, spec=ner)),
        ("mentions", repair_mentions),
        ("entities", group_entities),
        ("sentences", split_sentences),
        ("quotes", find_quotes),
        ("attribution", attribute),
        ("dates", find_dates),
        ("events", find_events),
    ]


def extract(
    text_or_html: str,
    *,
    language: str | None = None,
    published: str | None = None,
    ner: str = DEFAULT,
) -> Document:
    """The Python API: one article (plain text or an HTML page) in, its Document out.
    `ner="spacy:de_core_news_lg"` uses an installed spaCy pipeline for names."""
    kind: RecordKind = "html" if looks_like_html(text_or_html) else "text"
    record = RawRecord(content=text_or_html, kind=kind, origin="<string>", size=len(text_or_html))
    return process(record, language=language, published=published, ner=ner)


def process(
    record: RawRecord,
    *,
    language: str | None = None,
    published: str | None = None,
    ner: str = DEFAULT,
) -> Document:
    """Run every stage on one record. `language`/`published` given here override detection
    and metadata."""
    doc = _guarded("read", lambda: start(record, language=language, published=published))
    for name, stage in stages(ner):
        doc = _guarded(name, partial(stage, doc))
    return doc


def _guarded(name: str, step: Callable[[], Document]) -> Document:
    try:
        return step()
    except NewsgraphError:
        raise
    except Exception as exc:
        raise StageError(name, exc) from exc


def start(record: RawRecord, *, language: str | None, published: str | None) -> Document:
    """The Document before any stage: raw text (main text for HTML) and the metadata."""
    text, title, url, outlet, date = (
        record.content,
        record.title,
        record.url,
        record.outlet,
        record.published,
    )
    if record.kind == "html":
        page = extract_article(record.content)
        text = page.text
        title, url = title or page.title, url or page.url
        outlet, date = outlet or page.outlet, date or page.published
    return Document(
        id=record.id,
        text=text,
        source=Source(path=record.path, url=url, outlet=outlet, record_id=record.record_id),
        language=language,
        title=title,
        published=_published(published or date),
    )


def _published(value: str | None) -> Published | None:
    """Metadata dates that are no dates are left out rather than failing the article."""
    if not value:
        return None
    try:
        return Published(normalise_date(value), "metadata")
    except InputError:
        return None
