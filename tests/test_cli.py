"""The `newsgraph` command as a user runs it: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CASES, EXAMPLES, SEED, run_cli


def failed_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed: ")]


def test_extract_one_file_prints_one_object() -> None:
    done = run_cli("extract", str(SEED))
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["schema"] == "newsgraph.document/1"
    assert doc["source"]["path"] == str(SEED)
    assert doc["language"] == "de"


def test_extract_several_prints_an_array_and_jsonl_lines() -> None:
    paths = [str(SEED), str(CASES / "boilerplate" / "en.txt")]
    as_json = json.loads(run_cli("extract", *paths).stdout)
    assert [d["language"] for d in as_json] == ["de", "en"]
    lines = run_cli("extract", *paths, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [d["id"] for d in as_json]


def test_extract_one_document_is_an_object_however_it_was_found(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert isinstance(json.loads(run_cli("extract", str(tmp_path)).stdout), dict)


def test_extract_stdin_with_language_and_date() -> None:
    done = run_cli(
        "extract", "-", "--lang", "uk", "--published", "9 November 2023", stdin=SEED.read_bytes()
    )
    doc = json.loads(done.stdout)
    assert doc["language"] == "uk"
    assert doc["published"] == {"value": "2023-11-09", "basis": "metadata"}
    assert doc["source"]["path"] is None


def test_extract_stdin_jsonl() -> None:
    data = (CASES / "jsonl" / "mixed.jsonl").read_bytes()
    done = run_cli("extract", "-", "--format", "jsonl", stdin=data)
    assert len(done.stdout.splitlines()) == 3
    assert failed_lines(done.stderr) == [
        "failed: <stdin>:3: invalid JSON (Unterminated string starting at, column 156)"
    ]
    assert done.returncode == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "yesterday-ish"], "--published: not a date"),
        (["--lang", "german"], "--lang must be auto or a two-letter code"),
    ],
)
def test_extract_bad_options(args: list[str], message: str) -> None:
    done = run_cli("extract", str(SEED), *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_ingest_then_search_table_and_json(db: Path) -> None:
    first = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith(
        "14 new, 0 already stored, 0 failed; skipped 1 file of other types (.md ×1)"
    )
    again = run_cli("ingest", str(EXAMPLES), "--db", str(db))
    assert again.stdout.startswith("0 new, 14 already stored, 0 failed")
    table = run_cli("search", "Tokajew", "--db", str(db))
    assert table.returncode == 0
    assert "Putin forderte Tokajew" in table.stdout
    hits = json.loads(run_cli("search", "Tokajew", "--db", str(db), "--format", "json").stdout)
    assert hits[0]["path"] == str(SEED)
    assert set(hits[0]) >= {"title", "language", "published", "snippet", "highlights"}


def test_search_without_database_or_matches(db: Path, tmp_path: Path) -> None:
    missing = run_cli("search", "Tokajew", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 1
    assert missing.stderr.strip().startswith("newsgraph: no database at")
    run_cli("ingest", str(SEED), "--db", str(db))
    nothing = run_cli("search", "Quantenchromodynamik", "--db", str(db))
    assert nothing.returncode == 1
    assert "no article matches" in nothing.stderr


def test_bad_inputs_one_line_each_and_the_rest_goes_on(tmp_path: Path, db: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (bad / "undecodable.txt").write_bytes(bytes((i * 7919) % 127 + 129 for i in range(3000)))
    (bad / "good.txt").write_bytes(SEED.read_bytes())
    (bad / "broken.jsonl").write_bytes((CASES / "jsonl" / "mixed.jsonl").read_bytes())
    done = run_cli("ingest", str(bad), str(tmp_path / "missing.txt"), "--db", str(db))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert sorted(failed_lines(done.stderr)) == sorted(
        [
            f"failed: {tmp_path / 'missing.txt'}: no such file or directory",
            f"failed: {bad / 'binary.txt'}: binary file (PNG image), not text",
            f"failed: {bad / 'broken.jsonl'}:3: invalid JSON (Unterminated string starting at, "
            "column 156)",
            f"failed: {bad / 'empty.txt'}: empty file",
            f"failed: {bad / 'undecodable.txt'}: undecodable bytes: no text encoding fits",
        ]
    )
    assert done.stdout.startswith("4 new, 0 already stored, 5 failed")


def test_ukrainian_without_model_finds_names_by_rule(tmp_path: Path) -> None:
    # Short Ukrainian sentences written for this test: Ukrainian has no name model.
    texts = [
        "Володимир Зеленський зустрівся з прем'єр-міністром у Києві в четвер. "
        "Вони обговорили постачання зброї та відбудову енергетичної системи країни.",
        "Рустем Умєров відвідав Харків у п'ятницю разом із командувачем. "
        "Він провів нараду з командуванням і місцевою владою щодо захисту міста.",
    ]
    paths = []
    for number, text in enumerate(texts):
        paths.append(tmp_path / f"uk{number}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    done = run_cli("extract", *map(str, paths), "--format", "jsonl")
    assert done.returncode == 0
    docs = [json.loads(line) for line in done.stdout.splitlines()]
    assert [d["language"] for d in docs] == ["uk", "uk"]
    people = {e["name"] for doc in docs for e in doc["entities"] if e["label"] == "PER"}
    assert people == {"Володимир Зеленський", "Рустем Умєров"}
    assert done.stderr == ""


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("graph") / "examples.db"
    assert run_cli("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0
    return db


def test_entities_across_articles_and_languages(examples_db: Path) -> None:
    done = run_cli("entities", "--db", str(examples_db), "--format", "json", "--label", "PER")
    assert done.returncode == 0, done.stderr
    items = json.loads(done.stdout)
    assert set(items[0]) >= {"id", "name", "label", "aliases", "documents"}
    lavrov = next(i for i in items if "Lavrov" in {a["text"] for a in i["aliases"]})
    assert lavrov["documents"] >= 2
    assert {a["language"] for a in lavrov["aliases"]} >= {"de", "en"}
    assert all(i["label"] == "PER" for i in items)


def test_one_entity_with_its_quotes_and_timeline(examples_db: Path) -> None:
    done = run_cli("entity", "Musaev", "--db", str(examples_db))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["name"] == "Alnur Musaev"
    assert len(record["quotes_by"]) >= 2
    missing = run_cli("entity", "Nobody Nowhere", "--db", str(examples_db))
    assert missing.returncode == 1
    assert "no entity named" in missing.stderr


def test_stories_hold_every_article_once(examples_db: Path) -> None:
    done = run_cli("stories", "--db", str(examples_db), "--format", "json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    ids = [a["id"] for story in found for a in story["articles"]]
    assert len(ids) == len(set(ids)) == 14
    assert set(found[0]) == {"id", "title", "articles"}
