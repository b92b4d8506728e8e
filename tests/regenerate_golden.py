"""Rewrite the golden documents from the current code: `python -m tests.regenerate_golden`.

Only after a deliberate change, and only with a read of `git diff tests/cases/golden` after it.
"""

from __future__ import annotations

import json

from newsgraph import extract
from tests.conftest import CASES, SEED


def main() -> None:
    doc = extract(SEED.read_text(encoding="utf-8"))
    path = CASES / "golden" / "seed.json"
    path.write_text(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
