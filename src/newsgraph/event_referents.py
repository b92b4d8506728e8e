"""Who a role noun stands for, when a sentence names its actor only by role.

News text names a person once and then by role: `The Foreign Secretary said:`, `Российский
президент назвал встречу …`, `sagte der Minister`. The entities already carry their role
(`Boris Johnson`, role `Foreign Secretary`), so a role noun right next to the trigger stands for
the entity with that role mentioned last before it. A role nobody holds so far introduces
someone new (`ein Polizeisprecher`) and stands for nobody.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.event_lexicon import Token
from newsgraph.model import Document
from newsgraph.roles import role_form


@dataclass(frozen=True)
class Holder:
    """One mention of an entity with a role: where it stands, who, and the role's head word
    (`secretary` of `Foreign Secretary`), case-folded."""

    start: int
    entity: str
    role: str


def role_holders(doc: Document) -> list[Holder]:
    """Every mention of an entity that has a role, in text order."""
    holders = [
        Holder(m.start, e.id, e.role.split()[-1].casefold())
        for e in doc.entities
        if e.role and e.role.split()
        for m in e.mentions
    ]
    return sorted(holders, key=lambda h: h.start)


def role_referent(word: Token, holders: list[Holder], language: str) -> str | None:
    """The entity a role noun stands for: the holder of that role mentioned last before it."""
    role = role_form(word.text, language)
    if role is None or not role.split():
        return None
    head = role.split()[-1].casefold()
    earlier = [h for h in holders if h.start < word.start and h.role == head]
    return earlier[-1].entity if earlier else None
