"""Views across documents: global entities with their aliases, one entity's record, stories.

They read stored documents and call `resolve.link_entities` and `stories.group_stories`, so
what they show is computed afresh each time from what is stored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgraph.gazetteer import territory_name
from newsgraph.model import Document, Entity
from newsgraph.resolve import link_entities
from newsgraph.stories import group_stories


@dataclass
class GlobalEntity:
    id: str
    name: str
    label: str
    aliases: Counter[tuple[str, str]] = field(default_factory=Counter)  # (text, language)
    documents: set[str] = field(default_factory=set)
    members: list[tuple[Document, Entity]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "label": self.label,
            "aliases": [
                {"text": text, "language": language, "count": count}
                for (text, language), count in self.aliases.most_common()
            ],
            "documents": len(self.documents),
            "kb_id": next((e.kb_id for _, e in self.members if e.kb_id), None),
        }


def global_entities(docs: Sequence[Document]) -> list[GlobalEntity]:
    """Entities across documents, most documents first; unlinked ones stand alone."""
    links = link_entities(docs)
    found: dict[str, GlobalEntity] = {}
    for doc in docs:
        for entity in doc.entities:
            key = links.get((doc.id, entity.id)) or f"{doc.id}/{entity.id}"
            item = found.setdefault(key, GlobalEntity("", entity.name, entity.label))
            item.documents.add(doc.id)
            item.members.append((doc, entity))
            for mention in entity.mentions:
                item.aliases[(mention.text, doc.language or "?")] += 1
    ordered = sorted(found.values(), key=lambda g: (-len(g.documents), g.name))
    for number, item in enumerate(ordered, start=1):
        item.id = f"g{number}"
        item.name = _best_name(item)
    return ordered


def _best_name(item: GlobalEntity) -> str:
    """People: the fullest name, then the most frequent, then one in Latin script (read by most
    users of a multilingual collection). A country or region: its English name
    (`United States`, whatever mix of `США` and `USA` the articles use). Anything else: the
    most frequent name, then the shortest."""
    names = Counter(entity.name for _, entity in item.members)
    if item.label == "PER":
        return max(names, key=lambda n: (len(n.split()), names[n], n.isascii(), -len(n)))
    codes = Counter(
        e.key.removeprefix("territory:") for _, e in item.members if e.key.startswith("territory:")
    )
    if codes and (english := territory_name(codes.most_common(1)[0][0])):
        return english
    return max(names, key=lambda n: (names[n], -len(n)))


def entity_record(item: GlobalEntity) -> dict[str, Any]:
    """One entity: aliases, documents, quotations by it and about it, dated events."""
    said, about, timeline = [], [], []
    for doc, entity in item.members:
        for quote in doc.quotes:
            row = {"document": doc.id, "kind": quote.kind, "text": quote.text}
            if quote.speaker == entity.id:
                said.append(row)
            elif any(quote.start <= m.start < quote.end for m in entity.mentions):
                about.append(row)
        for event in doc.events:
            if entity.id in (event.actor, event.target) and event.date:
                timeline.append(
                    {
                        "date": event.date,
                        "type": event.type,
                        "document": doc.id,
                        "evidence": doc.text[event.start : event.end],
                    }
                )
    record = item.to_dict()
    record.update(
        documents=sorted(item.documents),
        quotes_by=said,
        quotes_about=about,
        timeline=sorted(timeline, key=lambda row: row["date"]),
    )
    return record


def stories(docs: Sequence[Document]) -> list[dict[str, Any]]:
    """Stories with their articles, largest first; titles from their earliest article."""
    by_id = {doc.id: doc for doc in docs}
    groups = sorted(group_stories(docs), key=lambda g: (-len(g), g[0]))
    out = []
    for number, group in enumerate(groups, start=1):
        articles = sorted((by_id[i] for i in group), key=_published_first)
        out.append(
            {
                "id": f"s{number}",
                "title": next((a.title for a in articles if a.title), None),
                "articles": [
                    {
                        "id": a.id,
                        "path": a.source.path,
                        "url": a.source.url,
                        "language": a.language,
                        "published": a.published.value if a.published else None,
                    }
                    for a in articles
                ],
            }
        )
    return out


def _published_first(doc: Document) -> tuple[str, str]:
    return (doc.published.value if doc.published else "9999", doc.id)


def find_entity(items: Sequence[GlobalEntity], name: str) -> GlobalEntity | None:
    """By name or alias, case-insensitively; the entity in most documents wins."""
    wanted = name.casefold()
    for item in items:
        if item.name.casefold() == wanted or any(t.casefold() == wanted for t, _ in item.aliases):
            return item
    return None
