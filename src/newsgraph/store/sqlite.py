"""The embedded store: one SQLite file, an FTS5 index over title and text.

Each document is written in one transaction together with its index entry, so a crash or Ctrl-C
never leaves half a document; ids are content hashes, so writing one twice is a no-op.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsgraph.errors import QueryError, StoreError
from newsgraph.ingest.records import RawRecord
from newsgraph.kb import KbEntity, link, unique_keys
from newsgraph.model import Document, document_from_dict
from newsgraph.store.hits import SearchHit, parse_snippet
from newsgraph.store.query import to_fts

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    path TEXT,
    url TEXT,
    outlet TEXT,
    language TEXT,
    title TEXT,
    published TEXT,
    text TEXT NOT NULL,
    raw TEXT NOT NULL,
    raw_kind TEXT NOT NULL,
    data TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_language ON documents(language);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS kb_entities (
    id TEXT PRIMARY KEY, schema TEXT NOT NULL, label TEXT NOT NULL, caption TEXT NOT NULL,
    names TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
"""
# bm25 weights: a hit in the title counts five times a hit in the text.
TITLE_WEIGHT, TEXT_WEIGHT = 5.0, 1.0
SNIPPET_TOKENS = 16
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


class SqliteStore:
    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = str(path)
        if not create and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path}: run `newsgraph ingest` first")
        try:
            self.conn = sqlite3.connect(self.path)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            with self.conn:
                self.conn.executescript(SCHEMA)
                self.conn.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {self.path} as a newsgraph database: {exc}") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def contains(self, doc_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def add(self, doc: Document, record: RawRecord) -> bool:
        """Store one document with its raw input; False when its id was already there."""
        with self.conn:
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO documents (id, path, url, outlet, language, title,"
                " published, text, raw, raw_kind, data, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id,
                    doc.source.path,
                    doc.source.url,
                    doc.source.outlet,
                    doc.language,
                    doc.title,
                    doc.published.value if doc.published else None,
                    doc.text,
                    record.content,
                    record.kind,
                    json.dumps(doc.to_dict(), ensure_ascii=False),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
        return cursor.rowcount == 1

    def import_kb(self, entities: Iterable[KbEntity]) -> int:
        """Store knowledge-base entities (again: replacing them); how many there were."""
        rows = [
            (e.id, e.schema, e.label, e.caption, json.dumps(e.names, ensure_ascii=False))
            for e in entities
        ]
        with self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO kb_entities VALUES (?, ?, ?, ?, ?)", rows)
        return len(rows)

    def kb_keys(self) -> dict[str, str]:
        """key → knowledge-base id for the stored base (empty without one)."""
        rows = self.conn.execute("SELECT id, schema, label, names FROM kb_entities")
        return unique_keys(
            KbEntity(kb_id, schema, label, tuple(json.loads(names)))
            for kb_id, schema, label, names in rows
        )

    def link_kb(self, keys: dict[str, str]) -> tuple[int, int]:
        """Give stored documents' entities their `kb_id`; (entities linked, documents changed).
        One transaction: an interrupted run links nothing, and linking again is harmless."""
        entities = documents = 0
        with self.conn:
            for doc in list(self.documents()):
                linked = link(doc, keys)
                if linked:
                    self.conn.execute(
                        "UPDATE documents SET data = ? WHERE id = ?",
                        (json.dumps(doc.to_dict(), ensure_ascii=False), doc.id),
                    )
                    entities, documents = entities + linked, documents + 1
        return entities, documents

    def documents(self) -> Iterator[Document]:
        """Every stored document, in the order they were stored."""
        for (data,) in self.conn.execute("SELECT data FROM documents ORDER BY rowid"):
            yield document_from_dict(json.loads(data))

    def document(self, doc_id: str) -> dict[str, object] | None:
        row = self.conn.execute("SELECT data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def search(
        self, query: str, *, language: str | None = None, limit: int = 20
    ) -> list[SearchHit]:
        """Ranked hits (best first) with a snippet of the text around the matches."""
        sql = (
            "SELECT d.id, d.title, d.language, d.published, d.path, d.url,"
            f" bm25(documents_fts, {TITLE_WEIGHT}, {TEXT_WEIGHT}) AS rank,"
            f" snippet(documents_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {SNIPPET_TOKENS})"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ?"
        )
        params: list[object] = [to_fts(query)]
        if language:
            sql += " AND d.language = ?"
            params.append(language)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError(f"cannot search for {query!r}: {exc}") from exc
        return [
            SearchHit(
                id=row[0],
                title=row[1],
                language=row[2],
                published=row[3],
                path=row[4],
                url=row[5],
                score=round(-row[6], 3),
                **parse_snippet(row[7], MARK_OPEN, MARK_CLOSE),
            )
            for row in rows
        ]
