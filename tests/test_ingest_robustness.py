"""Interrupted and oversized ingests, with the real command in a real process."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import run_cli

RECORDS = 1_500
# Sentences written for this test: the interruption mechanics, not the language, are under test.
SENTENCE = "Meldung {i}: Der Rat hat heute in Berlin getagt und über den Haushalt {i} beraten."


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("many") / "many.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(RECORDS):
            out.write(json.dumps({"text": SENTENCE.format(i=i)}, ensure_ascii=False) + "\n")
    return path


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _start_and_stop(
    source: Path, db: Path, how: signal.Signals
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgraph", "ingest", str(source), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while _stored(db) < 50 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(how)
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _assert_consistent(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        rows = conn.execute("SELECT text, data FROM documents").fetchall()
    for text, data in rows:
        assert json.loads(data)["text"] == text
    return len(rows)


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "kill-9"])
def test_interrupted_ingest_leaves_whole_documents_and_resumes(
    many: Path, tmp_path: Path, how: signal.Signals
) -> None:
    db = tmp_path / "part.db"
    stopped = _start_and_stop(many, db, how)
    if how is signal.SIGINT:
        assert stopped.returncode == 130
        assert "interrupted" in stopped.stderr
        assert "Traceback" not in stopped.stderr
    else:
        assert stopped.returncode == -signal.SIGKILL
    partial = _assert_consistent(db)
    assert 0 < partial < RECORDS
    resumed = run_cli("ingest", str(many), "--db", str(db))
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.startswith(f"{RECORDS - partial} new, {partial} already stored, 0 failed")
    assert _assert_consistent(db) == RECORDS


def _peak_memory_kb(*args: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run newsgraph in a child of a fresh interpreter and report the child's peak memory."""
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.stderr.write(done.stderr); sys.stdout.write(done.stdout)\n"
        "sys.exit(done.returncode)\n"
    )
    command = [sys.executable, "-c", probe, sys.executable, "-m", "newsgraph", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    first, _, rest = done.stdout.partition("\n")
    return subprocess.CompletedProcess(command, done.returncode, rest, done.stderr), int(first)


def test_200_mb_file_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    line = ("Ein Satz über das Wetter in Berlin, der sich oft wiederholt. " * 20 + "\n").encode()
    with huge.open("wb") as out:
        for _ in range(200_000_000 // len(line) + 1):
            out.write(line)
    small = tmp_path / "small.txt"
    small.write_text("Kurze Meldung\nDer Rat hat heute in Berlin über den Haushalt beraten.")
    done, with_huge = _peak_memory_kb("ingest", str(huge), str(small), "--db", str(tmp_path / "a"))
    assert done.returncode == 1
    assert f"failed: {huge}: too large (200.0 MB; the limit is 20.0 MB" in done.stderr
    assert "1 new, 0 already stored, 1 failed" in done.stdout
    _, without = _peak_memory_kb("ingest", str(small), "--db", str(tmp_path / "b"))
    assert with_huge - without < 50_000, f"peak memory {with_huge} kB against {without} kB"
