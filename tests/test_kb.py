"""The optional knowledge base: FollowTheMoney entities linked to stored articles' entities."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SEED, run_cli

# A small FtM file written for the test: one person known by several spellings, an
# organisation, a namesake pair that must link nobody, and a schema we do not use.
FTM = [
    {
        "id": "Q-tokayev",
        "schema": "Person",
        "properties": {"name": ["Kassym-Jomart Tokayev"], "alias": ["Касым-Жомарт Токаев"]},
    },
    {"id": "Q-kremlin", "schema": "PublicBody", "properties": {"name": ["Kremlin"]}},
    {"id": "Q-putin-1", "schema": "Person", "properties": {"name": ["Vladimir Putin"]}},
    {"id": "Q-putin-2", "schema": "Person", "properties": {"name": ["Wladimir Putin"]}},
    {"id": "Q-doc", "schema": "Document", "properties": {"title": ["Eine Akte"]}},
]


def write_ftm(path: Path) -> Path:
    path.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in FTM) + "\n", "utf-8")
    return path


def kb_ids(db: Path) -> dict[str, str | None]:
    listed = json.loads(run_cli("entities", "--db", str(db), "--format", "json").stdout)
    return {item["name"]: item["kb_id"] for item in listed}


def test_import_links_stored_and_later_articles(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    ftm = write_ftm(tmp_path / "kb.ftm.json")
    assert run_cli("ingest", str(SEED), "--db", str(db)).returncode == 0
    done = run_cli("kb", "import", str(ftm), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("4 knowledge-base entities imported;")
    ids = kb_ids(db)
    assert ids["Kasym-Schomart Tokajew"] == "Q-tokayev"
    assert ids["Kreml"] == "Q-kremlin"
    assert ids["Wladimir Putin"] is None  # two base entities share that name: nobody is linked

    later = tmp_path / "later.db"
    assert run_cli("kb", "import", str(ftm), "--db", str(later)).returncode == 0
    assert run_cli("ingest", str(SEED), "--db", str(later)).returncode == 0
    assert kb_ids(later)["Kasym-Schomart Tokajew"] == "Q-tokayev"


def test_missing_or_broken_file(tmp_path: Path) -> None:
    missing = run_cli("kb", "import", str(tmp_path / "none.json"), "--db", str(tmp_path / "x"))
    assert missing.returncode == 1 and "no such file" in missing.stderr
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}\n{oops\n')
    done = run_cli("kb", "import", str(broken), "--db", str(tmp_path / "y.db"))
    assert done.returncode == 1
    assert "broken.json:2: invalid JSON" in done.stderr
