"""Readers: HTML through trafilatura, JSONL, legacy encodings, directories, stdin, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import RawRecord, ReadFailure, discover, read_inputs
from newsgraph.ingest.decode import decode_bytes
from newsgraph.pipeline import process
from tests.conftest import CASES

LIMIT = 20_000_000


def read(*paths: str | Path, max_bytes: int = LIMIT) -> list[RawRecord | ReadFailure]:
    return list(read_inputs(discover([str(p) for p in paths]), max_bytes=max_bytes))


def test_html_page_main_text_and_metadata() -> None:
    page = CASES / "html" / "article_with_chrome.html"
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    [record] = read(page)
    assert isinstance(record, RawRecord) and record.kind == "html"
    doc = process(record)
    for snippet in expected["must_contain"]:
        assert snippet in doc.text
    for snippet in expected["must_not_contain"]:
        assert snippet not in doc.text
    assert doc.title == expected["title"]
    assert doc.text.startswith(expected["title"] + "\n")
    assert doc.source.url == expected["url"]
    assert doc.source.outlet == expected["outlet"]
    assert doc.published is not None
    assert (doc.published.value, doc.published.basis) == (expected["published"], "metadata")
    assert doc.language == "en"


def test_jsonl_broken_line_reported_others_read() -> None:
    path = CASES / "jsonl" / "mixed.jsonl"
    items = read(path)
    failures = [i for i in items if isinstance(i, ReadFailure)]
    records = [i for i in items if isinstance(i, RawRecord)]
    assert [f.origin for f in failures] == [f"{path}:3"]
    assert "invalid JSON" in failures[0].reason
    assert [r.origin for r in records] == [f"{path}:1", f"{path}:2", f"{path}:4"]
    assert [r.kind for r in records] == ["text", "text", "html"]
    first = process(records[0])
    assert (
        first.source.url == "https://www.gov.uk/government/news/minister-ellwood-statement-on-mosul"
    )
    assert first.source.record_id == "D23AD6D80730BEF27D23CDD2287AC200"
    assert first.title == "Minister Ellwood statement on Mosul"
    assert process(records[1]).language == "ru"
    assert process(records[2]).title == "Additional Assistance for the Syrian Opposition"


@pytest.mark.parametrize("name", ["ru_cp1251", "ru_koi8r", "de_cp1252", "de_latin1"])
def test_legacy_encodings_decoded(name: str) -> None:
    folder = CASES / "encodings"
    original = (folder / f"{name}.utf8.txt").read_text(encoding="utf-8")
    [record] = read(folder / f"{name}.txt")
    assert isinstance(record, RawRecord)
    assert record.content == original


def test_same_text_in_two_encodings_is_one_article() -> None:
    folder = CASES / "encodings"
    ids = {r.id for r in read(folder / "ru_cp1251.txt", folder / "ru_koi8r.txt")}
    assert len(ids) == 1


def test_directory_read_recursively_other_types_counted(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text("Ein Satz.", encoding="utf-8")
    (tmp_path / "two.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("versteckt", encoding="utf-8")
    inputs = discover([str(tmp_path)])
    assert inputs.files == [str(tmp_path / "a" / "b" / "one.txt"), str(tmp_path / "two.html")]
    assert inputs.skipped == {".pdf": 1}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t\n", "only whitespace"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "binary file (executable)"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "binary file (PDF document)"),
        (b"Hallo\x00Welt" * 20, "NUL bytes"),
        (bytes(range(1, 32)) * 40, "control characters"),
        (bytes((i * 7919) % 127 + 129 for i in range(3000)), "undecodable bytes"),
    ],
    ids=["empty", "whitespace", "elf", "pdf", "nul", "controls", "undecodable"],
)
def test_bad_files_fail_with_a_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [failure] = read(path)
    assert isinstance(failure, ReadFailure)
    assert failure.origin == str(path)
    assert reason in failure.reason


def test_missing_path_fails_with_a_reason(tmp_path: Path) -> None:
    [failure] = read(tmp_path / "nope.txt")
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "no such file or directory"


def test_too_large_file_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Ein Satz. " * 200, encoding="utf-8")
    [failure] = read(path, max_bytes=1000)
    assert isinstance(failure, ReadFailure)
    assert "too large (2.0 kB; the limit is 1.0 kB" in failure.reason
    assert "--max-bytes" in failure.reason


def test_too_large_jsonl_line_refused_others_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [{"text": "kurz genug."}, {"text": "x" * 5000}, {"text": "auch kurz."}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    items = read(path, max_bytes=1000)
    assert [type(i).__name__ for i in items] == ["RawRecord", "ReadFailure", "RawRecord"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('["a list"]', "must be an object"),
        ('{"title": "no text"}', "no non-empty 'text' or 'html' field"),
        ('{"text": "   "}', "no non-empty 'text' or 'html' field"),
    ],
)
def test_jsonl_lines_without_article(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    [failure] = read(path)
    assert isinstance(failure, ReadFailure)
    assert reason in failure.reason
    assert failure.origin == f"{path}:1"


def test_utf8_bom_and_utf16_decoded() -> None:
    assert decode_bytes("Ärger in Köln".encode("utf-8-sig")) == "Ärger in Köln"
    assert decode_bytes("Ärger in Köln".encode("utf-16")) == "Ärger in Köln"


def test_decode_refuses_empty() -> None:
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"")
