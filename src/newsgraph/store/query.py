"""User search syntax to SQLite FTS5 syntax.

Users type names with hyphens and apostrophes (`Kasym-Schomart`, `O'Brien`) that FTS5 would read
as operators. Each word becomes a quoted phrase; `"…"` keeps a phrase, a trailing `*` a prefix,
and upper-case AND, OR, NOT stay operators.
"""

from __future__ import annotations

import re

from newsgraph.errors import QueryError

TOKEN = re.compile(r'"([^"]*)"|(\S+)')
OPERATORS = {"AND", "OR", "NOT"}


def to_fts(query: str) -> str:
    parts: list[str] = []
    for match in TOKEN.finditer(query):
        phrase, word = match.groups()
        if word in OPERATORS:
            if parts and parts[-1] not in OPERATORS:
                parts.append(word)
            continue
        text = phrase if phrase is not None else word.replace('"', "")
        prefix = phrase is None and text.endswith("*")
        text = text.rstrip("*").strip()
        if not any(ch.isalnum() for ch in text):
            continue
        quoted = '"' + text.replace('"', '""') + '"'
        parts.append(quoted + ("*" if prefix else ""))
    while parts and parts[-1] in OPERATORS:
        parts.pop()
    if not parts:
        raise QueryError("empty query: give at least one word to search for")
    return " ".join(parts)
