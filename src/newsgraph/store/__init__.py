"""Storage behind one interface; SQLite is the embedded default."""

from newsgraph.store.hits import SearchHit
from newsgraph.store.sqlite import SqliteStore

__all__ = ["SearchHit", "SqliteStore"]
