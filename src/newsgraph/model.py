"""The document model: the one place the shape of `newsgraph.document/1` is declared.

JSON output, the database rows and the API responses all follow from `Document.to_dict()`.
Offsets are character offsets into `Document.text`. Fields may be added; none is renamed or
removed without a new schema version.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "newsgraph.document/1"

PublishedBasis = Literal["metadata", "text", "inferred"]


@dataclass
class Source:
    """Where the article came from; `record_id` is the id an input record carried, if any."""

    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    record_id: str | None = None


@dataclass
class Published:
    value: str
    basis: PublishedBasis


@dataclass
class Removal:
    """A piece of the input that cleaning took out (or, for repairs, replaced) and why."""

    text: str
    reason: str
    replacement: str | None = None


@dataclass
class NamedSpan:
    """A name as the recogniser found it, before mentions are grouped into entities.
    Working state between two stages: not part of the JSON contract."""

    start: int
    end: int
    label: str


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    name: str
    label: Literal["PER", "ORG", "LOC", "MISC"]
    key: str
    mentions: list[Mention]
    kb_id: str | None = None
    role: str | None = None


@dataclass
class Quote:
    id: str
    kind: Literal["direct", "indirect"]
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_text: str | None
    cue: str | None


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: str
    grain: Literal["day", "month", "year"]


@dataclass
class Event:
    type: str
    actor: str | None
    target: str | None
    date: str | None
    cue: str
    start: int
    end: int
    background: bool = False


@dataclass
class Attribution:
    claim_start: int
    claim_end: int
    speaker: str | None
    outlet: str | None


@dataclass
class Document:
    """One article after extraction. Built by `pipeline.process`, filled stage by stage.
    `names` and `sentences` are working state that stages hand on; they are not in the JSON."""

    id: str
    text: str
    source: Source = field(default_factory=Source)
    language: str | None = None
    title: str | None = None
    published: Published | None = None
    removed: list[Removal] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    names: list[NamedSpan] = field(default_factory=list, repr=False)
    sentences: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object, keys in the documented order."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "source": asdict(self.source),
            "language": self.language,
            "title": self.title,
            "published": asdict(self.published) if self.published else None,
            "text": self.text,
            "removed": [asdict(r) for r in self.removed],
            "entities": [asdict(e) for e in self.entities],
            "quotes": [asdict(q) for q in self.quotes],
            "dates": [asdict(d) for d in self.dates],
            "events": [asdict(e) for e in self.events],
            "attributions": [asdict(a) for a in self.attributions],
        }


def document_from_dict(data: dict[str, Any]) -> Document:
    """The inverse of `Document.to_dict`, for documents read back from a store."""
    return Document(
        id=data["id"],
        text=data["text"],
        source=Source(**data["source"]),
        language=data["language"],
        title=data["title"],
        published=Published(**data["published"]) if data["published"] else None,
        removed=[Removal(**r) for r in data["removed"]],
        entities=[
            Entity(**{**e, "mentions": [Mention(**m) for m in e["mentions"]]})
            for e in data["entities"]
        ],
        quotes=[Quote(**q) for q in data["quotes"]],
        dates=[DateMention(**d) for d in data["dates"]],
        events=[Event(**e) for e in data["events"]],
        attributions=[Attribution(**a) for a in data["attributions"]],
    )
