"""Search results, with highlights as offsets so no caller has to parse markup."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str | None
    language: str | None
    published: str | None
    path: str | None
    url: str | None
    score: float
    snippet: str
    highlights: list[tuple[int, int]]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_snippet(marked: str, open_mark: str, close_mark: str) -> dict[str, Any]:
    """`a \\x02b\\x03 c` → snippet `a b c` with highlights [(2, 3)]."""
    plain: list[str] = []
    highlights: list[tuple[int, int]] = []
    length = 0
    start = 0
    for ch in marked:
        if ch == open_mark:
            start = length
        elif ch == close_mark:
            highlights.append((start, length))
        else:
            plain.append(ch)
            length += 1
    return {"snippet": "".join(plain), "highlights": highlights}
