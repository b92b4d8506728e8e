"""Ingest throughput: articles/s, words/s and peak memory for `newsgraph ingest`.

Corpus: real articles from ../shared/data (SmartData v1 test, FactRuEval test, re3d) when that
folder is there (override with NEWSGRAPH_SHARED_DATA), else the bundled examples. Prints figures;
it is not a pass/fail test.

    python benchmarks/ingest_bench.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from newsgraph.batch import ingest
from newsgraph.store import SqliteStore

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("NEWSGRAPH_SHARED_DATA", ROOT.parent / "shared" / "data"))


def smartdata() -> Iterator[dict[str, str]]:
    with gzip.open(DATA / "smartdata" / "v1" / "test.json.gz", "rt", encoding="utf-8") as f:
        raw = f.read()
    decoder, pos = json.JSONDecoder(), 0
    while pos < len(raw):
        while pos < len(raw) and raw[pos].isspace():
            pos += 1
        if pos >= len(raw):
            break
        doc, pos = decoder.raw_decode(raw, pos)
        yield {"text": doc["text"]["string"], "url": doc["id"]}


def factrueval() -> Iterator[dict[str, str]]:
    for path in sorted((DATA / "factrueval2016" / "testset").glob("*.txt")):
        if path.name != "list.txt":
            yield {"text": path.read_text(encoding="utf-8-sig"), "id": path.stem}


def re3d() -> Iterator[dict[str, str]]:
    for path in sorted((DATA / "re3d").glob("*/documents.json")):
        if "BBC" in str(path):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            yield {"text": doc["text"], "title": doc["title"], "url": doc.get("sourceUrl", "")}


def corpus(folder: Path, limit: int) -> tuple[list[str], str]:
    if not DATA.exists():
        return [str(ROOT / "examples")], "bundled examples"
    path = folder / "corpus.jsonl"
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for source in (smartdata, factrueval, re3d):
            for record in source():
                if count >= limit:
                    break
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return [str(path)], f"{count} articles from SmartData, FactRuEval, re3d"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="most articles to ingest")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths, label = corpus(Path(tmp), args.limit)
        store = SqliteStore(Path(tmp) / "bench.db")
        started = time.perf_counter()
        report = ingest(paths, store, max_bytes=20_000_000)
        seconds = time.perf_counter() - started
        words = sum(
            len(text.split()) for (text,) in store.conn.execute("SELECT text FROM documents")
        )
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {label}")
    print(f"result: {report.summary()}")
    print(f"time: {seconds:.2f} s (includes loading the language detector)")
    print(f"throughput: {report.new / seconds:.1f} articles/s, {words / seconds:,.0f} words/s")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
