"""Word lists and phrase tables, kept as data files per language rather than in code."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A TOML file of this folder, e.g. `load_toml("boilerplate/de.toml")`."""
    with resources.files(__package__).joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


def names_in(folder: str) -> list[str]:
    """File names in a sub-folder (one per language), sorted."""
    return sorted(entry.name for entry in resources.files(__package__).joinpath(folder).iterdir())
