"""SQLite store and full-text search, used through the library."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.batch import ingest
from newsgraph.errors import QueryError, StoreError
from newsgraph.store import SqliteStore
from newsgraph.store.hits import parse_snippet
from newsgraph.store.query import to_fts
from tests.conftest import EXAMPLES, SEED


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SqliteStore:
    store = SqliteStore(tmp_path_factory.mktemp("db") / "examples.db")
    report = ingest([str(EXAMPLES)], store, max_bytes=20_000_000)
    assert report.failures == []
    return store


def test_examples_all_stored_and_second_ingest_adds_nothing(store: SqliteStore) -> None:
    before = store.count()
    report = ingest([str(EXAMPLES)], store, max_bytes=20_000_000)
    assert (report.new, report.existing) == (0, before)
    assert store.count() == before
    assert before >= 12


def test_search_finds_seed_by_tokajew(store: SqliteStore) -> None:
    hits = store.search("Tokajew")
    assert hits[0].path == str(SEED)
    assert hits[0].language == "de"
    assert hits[0].title is not None and hits[0].title.startswith("Putin forderte Tokajew")
    start, end = hits[0].highlights[0]
    assert hits[0].snippet[start:end] == "Tokajew"


def test_search_hyphenated_name_and_language_filter(store: SqliteStore) -> None:
    assert [h.path for h in store.search("Kasym-Schomart")] == [str(SEED)]
    assert store.search("Tokajew", language="en") == []


def test_search_ranks_title_hits_first(store: SqliteStore) -> None:
    hits = store.search("Putin")
    assert hits[0].title is not None and "Putin" in hits[0].title


def test_search_ignores_diacritics_and_case(store: SqliteStore) -> None:
    assert store.search("foderation")[0].path == str(SEED)


def test_stored_document_is_the_extraction(store: SqliteStore) -> None:
    [hit] = store.search("Musaev Espresso")
    data = store.document(hit.id)
    assert data is not None and data["schema"] == "newsgraph.document/1"
    assert data["language"] == "de"


@pytest.mark.parametrize(
    ("query", "fts"),
    [
        ("Tokajew", '"Tokajew"'),
        ("Kasym-Schomart Tokajew", '"Kasym-Schomart" "Tokajew"'),
        ('"Haager Tribunal"', '"Haager Tribunal"'),
        ("Toka*", '"Toka"*'),
        ("Putin OR Tokajew", '"Putin" OR "Tokajew"'),
        ("OR Putin NOT", '"Putin"'),
        ('say "hi', '"say" "hi"'),
        ("O'Brien", '"O\'Brien"'),
    ],
)
def test_query_translation(query: str, fts: str) -> None:
    assert to_fts(query) == fts


@pytest.mark.parametrize("query", ["", "   ", "- * :", "OR"])
def test_empty_queries_rejected(query: str) -> None:
    with pytest.raises(QueryError, match="empty query"):
        to_fts(query)


def test_snippet_markers_become_offsets() -> None:
    parsed = parse_snippet("a \x02bc\x03 d \x02e\x03", "\x02", "\x03")
    assert parsed == {"snippet": "a bc d e", "highlights": [(2, 4), (7, 8)]}


def test_missing_database_for_search(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        SqliteStore(tmp_path / "none.db", create=False)


def test_a_file_that_is_no_database(tmp_path: Path) -> None:
    path = tmp_path / "text.db"
    path.write_text("not a database, just text " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open"):
        SqliteStore(path)
