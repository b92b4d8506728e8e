"""What readers hand to the pipeline: a raw article record, or the reason one could not be read."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

RecordKind = Literal["text", "html"]


@dataclass(frozen=True)
class RawRecord:
    """One article as read, before any cleaning. `origin` names it in messages (`file.jsonl:3`)."""

    content: str
    kind: RecordKind
    origin: str
    size: int
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    record_id: str | None = None

    @property
    def id(self) -> str:
        """Content hash; the URL takes part so that one text syndicated by two outlets stays two
        articles, while the same file read twice (or in another encoding) is one."""
        digest = hashlib.sha256(self.content.encode("utf-8"))
        if self.url:
            digest.update(b"\x00" + self.url.encode("utf-8"))
        return digest.hexdigest()[:16]


@dataclass(frozen=True)
class ReadFailure:
    origin: str
    reason: str
    size: int = 0
