"""An optional knowledge base: FollowTheMoney entities (OpenSanctions, Aleph exports) whose names
and aliases, keyed like our own entities, give matching entities a `kb_id`.

A key that two knowledge-base entities share links nobody: the base must name one thing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.entities import cross_key
from newsgraph.errors import InputError
from newsgraph.model import Document

# FollowTheMoney schemata and the label of the entities they describe.
SCHEMA_LABELS = {
    "Person": "PER",
    "Organization": "ORG",
    "Company": "ORG",
    "PublicBody": "ORG",
    "LegalEntity": "ORG",
    "Airplane": "MISC",
    "Vessel": "MISC",
}
NAME_PROPERTIES = ("name", "alias", "weakAlias", "previousName")


@dataclass(frozen=True)
class KbEntity:
    id: str
    schema: str
    label: str
    names: tuple[str, ...]

    @property
    def caption(self) -> str:
        return self.names[0]

    def match_keys(self) -> set[str]:
        return {_match_key(self.label, cross_key(name, self.label, None)) for name in self.names}


def read_ftm(path: Path) -> Iterator[KbEntity]:
    """Entities of a FtM JSON-lines file; schemata that name no person or body are skipped."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: invalid JSON ({exc.msg})") from exc
            entity = _entity(data)
            if entity is not None:
                yield entity


def _entity(data: dict[str, object]) -> KbEntity | None:
    schema = str(data.get("schema", ""))
    label = SCHEMA_LABELS.get(schema)
    properties = data.get("properties")
    if label is None or not isinstance(properties, dict) or not data.get("id"):
        return None
    names = tuple(
        dict.fromkeys(
            str(value) for prop in NAME_PROPERTIES for value in properties.get(prop, []) if value
        )
    )
    return KbEntity(str(data["id"]), schema, label, names) if names else None


def unique_keys(entities: Iterable[KbEntity]) -> dict[str, str]:
    """key → knowledge-base id, for the keys exactly one entity has."""
    owners: dict[str, set[str]] = {}
    for entity in entities:
        for key in entity.match_keys():
            owners.setdefault(key, set()).add(entity.id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


def _match_key(label: str, key: str) -> str:
    """What a KB name and a document's entity meet by: label and cross-language key."""
    return f"{label}:{key}"


def link(doc: Document, keys: dict[str, str]) -> int:
    """Set `kb_id` on the document's entities whose key the base knows; how many were linked."""
    linked = 0
    for entity in doc.entities:
        kb_id = keys.get(_match_key(entity.label, entity.key))
        if kb_id is not None and entity.kb_id != kb_id:
            entity.kb_id = kb_id
            linked += 1
    return linked
