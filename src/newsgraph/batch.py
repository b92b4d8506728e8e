"""Batch ingest: read inputs, skip what is stored, extract the rest, store each in one go.

Failures are collected, never raised, so one bad article never stops a batch. An interruption
(Ctrl-C) between two documents leaves every stored one complete; running the same command again
skips them by id and finishes the job.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsgraph.errors import NewsgraphError
from newsgraph.ingest import ReadFailure, discover, read_inputs
from newsgraph.kb import link
from newsgraph.nlp.ner import DEFAULT
from newsgraph.pipeline import process
from newsgraph.store import SqliteStore


@dataclass
class IngestReport:
    new: int = 0
    existing: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False

    def summary(self) -> str:
        text = f"{self.new} new, {self.existing} already stored, {len(self.failures)} failed"
        if self.skipped:
            kinds = ", ".join(f"{suffix} ×{n}" for suffix, n in sorted(self.skipped.items()))
            count = sum(self.skipped.values())
            text += (
                f"; skipped {count} {'file' if count == 1 else 'files'} of other types ({kinds})"
            )
        return text


Progress = Callable[[int], None]


def ingest(
    paths: Sequence[str],
    store: SqliteStore,
    *,
    max_bytes: int,
    ner: str = DEFAULT,
    on_start: Callable[[int], None] | None = None,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Ingest files, directories or `-`. `on_start` gets the total bytes, `on_progress` the
    bytes each record took."""
    inputs = discover(paths)
    report = IngestReport(skipped=inputs.skipped)
    kb_keys = store.kb_keys()
    if on_start:
        on_start(inputs.total_bytes)
    try:
        for item in read_inputs(inputs, max_bytes=max_bytes):
            if isinstance(item, ReadFailure):
                report.failures.append(item)
            elif store.contains(item.id):
                report.existing += 1
            else:
                try:
                    doc = process(item, ner=ner)
                except NewsgraphError as exc:
                    report.failures.append(ReadFailure(item.origin, str(exc), item.size))
                else:
                    link(doc, kb_keys)
                    if store.add(doc, item):
                        report.new += 1
                    else:
                        report.existing += 1
            if on_progress:
                on_progress(item.size)
    except KeyboardInterrupt:
        report.interrupted = True
    return report
