"""Where the recipe finds its inputs and writes its outputs.

The shared corpora live outside the repository; their location comes from the
``NEWSGRAPH_SHARED_DATA`` environment variable so CI and developers can point
at their own copy. The default is ``../shared/data`` relative to the repo root.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT: Path = Path(__file__).resolve().parent.parent
MODELS_DIR: Path = REPO_ROOT / "src" / "newsgraph" / "models"
WORK_DIR: Path = Path(os.environ.get("NEWSGRAPH_NER_WORK", REPO_ROOT / "training" / "_work"))


def data_root() -> Path:
    """Return the shared-data directory (env ``NEWSGRAPH_SHARED_DATA`` or ``../shared/data``)."""
    env = os.environ.get("NEWSGRAPH_SHARED_DATA")
    root = Path(env) if env else REPO_ROOT.parent / "shared" / "data"
    if not root.is_dir():
        raise FileNotFoundError(f"shared data not found at {root}; set NEWSGRAPH_SHARED_DATA")
    return root
