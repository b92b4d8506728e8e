"""Readers: paths (files, directories, `-` for stdin) to raw article records.

Every problem becomes a `ReadFailure` naming the input and the reason, and reading goes on with
the next input: one bad file or JSONL line never stops a batch.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from rich.filesize import decimal

from newsgraph.errors import InputError
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.html import looks_like_html
from newsgraph.ingest.records import RawRecord, ReadFailure, RecordKind

STDIN = "-"
SUFFIX_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
JSONL_FIELDS = ("url", "title", "published", "outlet", "id")

Item = RawRecord | ReadFailure


@dataclass
class Inputs:
    """What a list of paths expands to, known before reading so progress can show a total."""

    files: list[str] = field(default_factory=list)
    missing: list[ReadFailure] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def total_bytes(self) -> int:
        return sum(os.path.getsize(f) for f in self.files if f != STDIN)


def discover(paths: Sequence[str]) -> Inputs:
    """Expand directories (recursively, sorted, hidden entries left out) into readable files."""
    inputs = Inputs()
    for raw in paths:
        if raw == STDIN:
            inputs.files.append(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if not child.is_file():
                    continue
                if child.suffix.lower() in SUFFIX_KINDS:
                    inputs.files.append(str(child))
                else:
                    inputs.skipped[child.suffix.lower() or "(no suffix)"] += 1
        elif path.is_file():
            inputs.files.append(raw)
        elif path.exists():
            inputs.missing.append(ReadFailure(raw, "not a regular file"))
        else:
            inputs.missing.append(ReadFailure(raw, "no such file or directory"))
    return inputs


def read_inputs(inputs: Inputs, *, max_bytes: int) -> Iterator[Item]:
    yield from inputs.missing
    for name in inputs.files:
        if name == STDIN:
            yield from read_stream(sys.stdin.buffer, "<stdin>", max_bytes=max_bytes)
        else:
            yield from read_file(name, max_bytes=max_bytes)


def read_file(name: str, *, max_bytes: int) -> Iterator[Item]:
    kind = SUFFIX_KINDS.get(Path(name).suffix.lower())
    try:
        size = os.path.getsize(name)
        if kind == "jsonl":
            with open(name, "rb") as stream:
                yield from read_jsonl(stream, name, max_bytes=max_bytes)
            return
        if size > max_bytes:
            yield ReadFailure(name, _too_large(size, max_bytes), size)
            return
        with open(name, "rb") as stream:
            data = stream.read()
    except OSError as exc:
        yield ReadFailure(name, f"cannot read: {exc.strerror or exc}")
        return
    yield _record_from_bytes(data, name, path=name, kind=kind)


def read_stream(stream: BinaryIO, origin: str, *, max_bytes: int) -> Iterator[Item]:
    """Standard input: JSONL, HTML or text, told apart by content."""
    head = stream.read(max_bytes + 1)
    if len(head) > max_bytes:
        yield ReadFailure(origin, _too_large(len(head), max_bytes, at_least=True), len(head))
        return
    if _looks_like_jsonl(head):
        yield from read_jsonl(io.BytesIO(head), origin, max_bytes=max_bytes)
    else:
        yield _record_from_bytes(head, origin, path=None, kind=None)


def read_jsonl(stream: BinaryIO, origin: str, *, max_bytes: int) -> Iterator[Item]:
    """One article per line; a broken line is reported and the next one is read."""
    for number, line in enumerate(stream, start=1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield ReadFailure(where, _too_large(len(line), max_bytes), len(line))
            continue
        try:
            yield _record_from_json(decode_bytes(line.rstrip(b"\r\n")), where, origin, len(line))
        except InputError as exc:
            yield ReadFailure(where, str(exc), len(line))


def _record_from_json(line: str, where: str, path: str, size: int) -> RawRecord:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg}, column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise InputError("a JSONL line must be an object with a 'text' or 'html' field")
    kind: RecordKind
    if isinstance(obj.get("html"), str) and obj["html"].strip():
        kind, content = "html", obj["html"]
    elif isinstance(obj.get("text"), str) and obj["text"].strip():
        kind, content = "text", obj["text"]
    else:
        raise InputError("no non-empty 'text' or 'html' field")
    meta = {key: _as_text(obj.get(key)) for key in JSONL_FIELDS}
    return RawRecord(
        content=content,
        kind=kind,
        origin=where,
        size=size,
        path=None if path == "<stdin>" else path,
        url=meta["url"],
        title=meta["title"],
        published=meta["published"],
        outlet=meta["outlet"],
        record_id=meta["id"],
    )


def _record_from_bytes(data: bytes, origin: str, *, path: str | None, kind: str | None) -> Item:
    try:
        text = decode_bytes(data)
    except InputError as exc:
        return ReadFailure(origin, str(exc), len(data))
    if not text.strip():
        return ReadFailure(origin, "no text (only whitespace)", len(data))
    record_kind: RecordKind = "html" if kind == "html" or looks_like_html(text) else "text"
    return RawRecord(content=text, kind=record_kind, origin=origin, size=len(data), path=path)


def _as_text(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _looks_like_jsonl(data: bytes) -> bool:
    first = data.lstrip()[:1]
    if first != b"{":
        return False
    line = data.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


def _too_large(size: int, limit: int, *, at_least: bool = False) -> str:
    amount = f"more than {decimal(limit)}" if at_least else decimal(size)
    return (
        f"too large ({amount}; the limit is {decimal(limit)}: "
        "raise it with --max-bytes or NEWSGRAPH_MAX_BYTES)"
    )
