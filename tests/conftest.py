"""Shared paths and a runner for the real `newsgraph` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "seed" / "000_3add1eb52833d786.txt"


def run_cli(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m newsgraph` as a user would; stdin as bytes, output decoded as UTF-8."""
    done = subprocess.run(
        [sys.executable, "-m", "newsgraph", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        timeout=300,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
