"""One entity across documents, spellings and languages.

Each document's entities get a global id from their label and a cross-language key:
- people by `names.person_key` of their fullest name (`Tokajew`, `Tokayev`, `Токаєв` meet);
  an entity known only by a surname joins a full name with that surname only when exactly one
  such person is known and the two documents share another entity — a shared surname alone
  never merges two people;
- places by `names.place_key` (gazetteer codes: `Kasachstan`, `Kazakhstan`, `Казахстан`);
- organisations by the canonical name of a known organisation (`gazetteer.organisation`:
  `Kreml`, `Kremlin`, `Кремль`), else by their transliterated, casefolded name.
The keys are the entities' own (`entities.cross_key`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsgraph.entities import cross_key
from newsgraph.model import Document, Entity
from newsgraph.names import person_key

Ref = tuple[str, str]  # (document id, entity id)


def link_entities(docs: Sequence[Document]) -> dict[Ref, str]:
    """(document id, entity id) → global entity id, for every entity that can be keyed."""
    links: dict[Ref, str] = {}
    surnames_only: list[tuple[Document, Entity]] = []
    for doc in docs:
        for entity in doc.entities:
            if entity.label == "PER" and len(entity.name.split()) < 2:
                surnames_only.append((doc, entity))
                continue
            key = global_key(entity, doc.language)
            if key:
                links[(doc.id, entity.id)] = key
    _link_surnames(surnames_only, links)
    return links


def global_key(entity: Entity, language: str | None) -> str | None:
    key = cross_key(entity.name, entity.label, language)
    return f"{entity.label}:{key}" if key else None


def _link_surnames(candidates: list[tuple[Document, Entity]], links: dict[Ref, str]) -> None:
    by_surname: dict[str, set[str]] = defaultdict(set)
    for key in set(links.values()):
        if key.startswith("PER:"):
            by_surname[key.split()[-1]].add(key)
    entities_of: dict[str, set[str]] = defaultdict(set)
    for (doc_id, _), key in links.items():
        entities_of[doc_id].add(key)
    documents_of: dict[str, set[str]] = defaultdict(set)
    for (doc_id, _), key in links.items():
        documents_of[key].add(doc_id)
    for doc, entity in candidates:
        surname = person_key(entity.name, doc.language).split()[-1:]
        matches = by_surname.get(surname[0], set()) if surname else set()
        if len(matches) != 1:
            continue
        [full] = matches
        context = entities_of[doc.id] - {full}
        if any(context & entities_of[other] for other in documents_of[full]):
            links[(doc.id, entity.id)] = full
